"""Names are listed as a reader orders them: accents and case do not push a name after Z."""

from __future__ import annotations

from datetime import date

from relance_desktop.services import letters
from relance_desktop.services.customers import CustomerInput, create_customer
from relance_desktop.services.invoices import InvoiceInput, create_invoice
from relance_desktop.store.session import CompanySession
from tests.helpers import TODAY

NAMES = ["Zola Bâtiment", "Łukasz Nowak", "Élodie Petit", "atelier Dumas", "Emile Roux"]


def test_the_letters_page_lists_accented_names_among_their_letter(cf: CompanySession) -> None:
    ids = []
    for pos, name in enumerate(NAMES):
        cid = create_customer(cf, CustomerInput(name=name))
        create_invoice(cf, InvoiceInput(cid, f"F{pos}", date(2026, 9, 1), date(2026, 10, 1),
                                        10_000))
        ids.append(cid)
    rows = letters.letter_rows(cf, ids, TODAY)
    assert [r.name for r in rows] == ["atelier Dumas", "Élodie Petit", "Emile Roux",
                                      "Łukasz Nowak", "Zola Bâtiment"]

"""Two people editing one customer, contact, invoice or the company's own card (two instances on
one file, or two collectors on one server): the form that saves second shows both versions field
by field, the user chooses per field, the merge is saved; going back keeps what was typed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from relance_desktop.services import company as company_service
from relance_desktop.services import customers as customer_service
from relance_desktop.services import invoices as invoice_service
from relance_desktop.services import team_connect
from relance_desktop.services.session import CompanySession, open_company
from relance_desktop.store.server import ServerParams
from relance_desktop.views.conflict_dialog import KEEP_MINE, TAKE_THEIRS, ConflictDialog
from relance_desktop.views.dialogs import (
    CompanyDialog,
    ContactDialog,
    CustomerDialog,
    InvoiceDialog,
)
from relance_desktop.views.main_window import MainWindow

Opener = Callable[[], CompanySession]


@pytest.fixture(params=[
    pytest.param("sqlite", marks=pytest.mark.sqlite_only(reason="two instances on one file")),
    "postgres"])
def opener(request: pytest.FixtureRequest) -> Opener:
    """Opens one more connection to the same company: on a file (another instance of Relance)
    or on a team server (another collector)."""
    if request.param == "sqlite":
        path: Path = request.getfixturevalue("company_path")
        return lambda: open_company(path)
    params: ServerParams = request.getfixturevalue("team_db")
    return lambda: team_connect.open_team_company(params, None)


@contextmanager
def two(opener: Opener) -> Iterator[tuple[CompanySession, CompanySession]]:
    mine, theirs = opener(), opener()
    try:
        yield mine, theirs
    finally:
        theirs.close()
        mine.close()


class Chooser:
    """Stands in for the user in front of the conflict dialog."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.seen: list[dict[str, tuple[str, str, str]]] = []
        self.choices: dict[str, str] = {}
        self.accept = True
        monkeypatch.setattr(ConflictDialog, "exec", lambda dialog: self.run(dialog))

    def run(self, dialog: ConflictDialog) -> int:
        table = dialog.table
        rows = {}
        for row, difference in enumerate(dialog.found):
            proposed = dialog.choices[difference.field].currentData()
            rows[difference.field] = (table.item(row, 0).text(), table.item(row, 1).text(),
                                      table.item(row, 2).text() + " → " + proposed)
        self.seen.append(rows)
        for field, keep in self.choices.items():
            dialog.choose(field, keep)
        return int(QDialog.DialogCode.Accepted if self.accept else QDialog.DialogCode.Rejected)


@pytest.fixture
def chooser(monkeypatch: pytest.MonkeyPatch) -> Chooser:
    return Chooser(monkeypatch)


def _customer(cf: CompanySession) -> int:
    return customer_service.create_customer(cf, customer_service.CustomerInput(
        name="Imprimerie Vidal", city="Nantes", phone="+33 2 40 11 22 33"))


def test_each_differing_field_is_shown_and_chosen(
    qtbot: Any, window: MainWindow, opener: Opener, chooser: Chooser,
) -> None:
    with two(opener) as (mine, theirs):
        customer_id = _customer(mine)
        dialog = CustomerDialog(window.session, window, mine, customer_id)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.ui.city.setText("Rezé")  # both change the city
        dialog.ui.approver.setText("Mme Vidal")  # only I change the approver
        other = customer_service.customer_input(theirs, customer_id)
        customer_service.update_customer(theirs, customer_id, replace(
            other, city="Saint-Nazaire", email="compta@vidal.fr"), loaded=other)

        chooser.choices = {"city": TAKE_THEIRS}
        dialog.accept()

        assert dialog.result() == QDialog.DialogCode.Accepted
        assert chooser.seen == [{
            "city": ("Ville", "Saint-Nazaire", "Rezé → " + KEEP_MINE),
            "email": ("E-mail", "compta@vidal.fr", "(vide) → " + TAKE_THEIRS),
        }]
        saved = customer_service.customer_input(theirs, customer_id)
        assert (saved.city, saved.email, saved.approver) == (
            "Saint-Nazaire", "compta@vidal.fr", "Mme Vidal")


def test_going_back_keeps_what_was_typed_and_asks_again(
    qtbot: Any, window: MainWindow, opener: Opener, chooser: Chooser,
) -> None:
    with two(opener) as (mine, theirs):
        customer_id = _customer(mine)
        dialog = CustomerDialog(window.session, window, mine, customer_id)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.ui.city.setText("Rezé")
        other = customer_service.customer_input(theirs, customer_id)
        customer_service.update_customer(theirs, customer_id, replace(other, city="Vertou"),
                                         loaded=other)
        chooser.accept = False
        dialog.accept()
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert dialog.ui.city.text() == "Rezé"  # nothing typed is lost
        assert "modifié ailleurs" in dialog.error_text()
        assert customer_service.customer_input(theirs, customer_id).city == "Vertou"

        chooser.accept = True  # saved again: the two versions again, mine kept
        dialog.accept()
        assert len(chooser.seen) == 2
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert customer_service.customer_input(theirs, customer_id).city == "Rezé"


def test_contact_invoice_and_company_card_merge_too(
    qtbot: Any, window: MainWindow, opener: Opener, chooser: Chooser,
) -> None:
    with two(opener) as (mine, theirs):
        customer_id = _customer(mine)
        contact_id = customer_service.add_contact(mine, customer_id, customer_service.ContactInput(
            name="Paul Vidal", function="Gérant"))
        invoice_id = invoice_service.create_invoice(mine, invoice_service.InvoiceInput(
            customer_id, "F-2026-077", date(2026, 10, 2), date(2026, 11, 1), 88_000))
        forms = (ContactDialog(window.session, window, mine, customer_id, contact_id),
                 InvoiceDialog(window.session, window, mine, invoice_id=invoice_id),
                 CompanyDialog(window.session, window, cf=mine))
        for form in forms:
            qtbot.addWidget(form)
        contact_form, invoice_form, company_form = forms
        contact_form.ui.phone.setText("02 40 00 00 00")
        invoice_form.ui.description.setPlainText("Catalogues")
        company_form.ui.city.setText("Angers")

        contact = customer_service.contact_input(theirs, contact_id)
        customer_service.update_contact(theirs, contact_id, replace(contact, function="DAF"),
                                        loaded=contact)
        invoice = invoice_service.invoice_input(theirs, invoice_id)
        invoice_service.update_invoice(theirs, invoice_id, replace(
            invoice, amount_cents=80_000, description="Affiches"), loaded=invoice)
        card = company_service.company_input(theirs)
        company_service.update_company(theirs, replace(card, city="Tours", email="a@b.fr"),
                                       loaded=card)

        for form in forms:
            form.accept()
            assert form.result() == QDialog.DialogCode.Accepted

        assert [sorted(seen) for seen in chooser.seen] == [
            ["function"], ["amount_cents", "description"], ["city", "email"]]
        assert chooser.seen[1]["amount_cents"][1] == window.session.formatter.number(80_000)
        now = customer_service.contact_input(theirs, contact_id)
        assert (now.function, now.phone) == ("DAF", "+33240000000")
        bill = invoice_service.invoice_input(theirs, invoice_id)
        assert (bill.amount_cents, bill.description) == (80_000, "Catalogues")
        company = company_service.company_input(theirs)
        assert (company.city, company.email) == ("Angers", "a@b.fr")

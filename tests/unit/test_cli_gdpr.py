"""``relance-desktop gdpr``: export, list and anonymise from the command line."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from relance_desktop.__main__ import main
from relance_desktop.services.customers import CustomerInput, create_customer
from relance_desktop.services.invoices import (
    InvoiceInput,
    PaymentInput,
    add_payment,
    create_invoice,
)
from relance_desktop.store.database import open_company_file
from relance_desktop.store.models import Customer


@pytest.fixture
def company(tmp_path: Path) -> Path:
    """A company with Garage Dupuis (411DUP), paid in full on 15/03/2020, and Boulangerie
    Martin (411MAR), who still owes 50,00 €."""
    path = tmp_path / "societe.relance"
    assert main(["new", str(path), "--name", "Ateliers Test"]) == 0
    with open_company_file(path) as cf:
        dupuis = create_customer(cf, CustomerInput(name="Garage Dupuis", account="411DUP",
                                                   email="compta@garage-dupuis.fr"))
        inv = create_invoice(cf, InvoiceInput(dupuis, "F2019-0007", date(2019, 12, 1), None,
                                              120_000))
        add_payment(cf, PaymentInput(inv, date(2020, 3, 15), 120_000), today=date(2020, 3, 15))
        martin = create_customer(cf, CustomerInput(name="Boulangerie Martin", account="411MAR"))
        create_invoice(cf, InvoiceInput(martin, "F2019-0008", date(2019, 12, 1), None, 5_000))
    return path


def test_export_writes_json_and_pdf(company: Path, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "export"
    assert main(["gdpr", "export", str(company), "--customer", "411DUP", "--out", str(out)]) == 0
    printed = capsys.readouterr().out.split()
    assert [Path(p).suffix for p in printed] == [".json", ".pdf"]
    data = json.loads(Path(printed[0]).read_text(encoding="utf-8"))
    assert data["customer"]["email"] == "compta@garage-dupuis.fr"
    assert Path(printed[1]).read_bytes().startswith(b"%PDF")


def test_export_of_an_unknown_customer_is_a_message(company: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["gdpr", "export", str(company), "--customer", "Inconnu", "--out",
                 str(tmp_path)]) == 2
    assert "Inconnu" in capsys.readouterr().err


def test_due_then_anonymise(company: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["gdpr", "due", str(company), "--on", "2025-03-15", "--years", "5"]) == 0
    listed = capsys.readouterr().out
    assert "Garage Dupuis" in listed and "Boulangerie Martin" not in listed
    assert main(["gdpr", "anonymise", str(company), "--customer", "411MAR",
                 "--on", "2030-01-01"]) == 2
    assert "F2019-0008" in capsys.readouterr().err
    assert main(["gdpr", "anonymise", str(company), "--customer", "411DUP",
                 "--on", "2025-03-14"]) == 2
    assert "15/03/2025" in capsys.readouterr().err
    assert main(["gdpr", "anonymise", str(company), "--customer", "411DUP",
                 "--on", "2025-03-15"]) == 0
    with open_company_file(company) as cf:
        names = sorted(c.name for c in Customer.select())
        assert cf is not None
    assert names == ["Boulangerie Martin", names[1]] and names[1].startswith("Client anonymisé")

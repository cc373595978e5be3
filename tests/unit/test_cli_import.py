"""``relance-desktop import``: preview, apply with --yes, JSON, and refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from relance_desktop.__main__ import main
from relance_desktop.store.database import open_company_file
from relance_desktop.store.models import Customer, ImportBatch, Invoice
from tests.helpers import sha256

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples"
pytestmark = pytest.mark.skipif(
    not SAMPLES.is_dir(), reason="shared/samples is not beside the repo")
FEC = SAMPLES / "fec" / "0000000001FEC20220831.txt"



def test_preview_writes_nothing_then_yes_applies(
    company_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = sha256(company_path)
    assert main(["import", str(company_path), str(FEC)]) == 0
    out = capsys.readouterr().out
    assert "6 nouveaux" in out and "52596.37 EUR" in out
    assert sha256(company_path) == before
    assert main(["import", str(company_path), str(FEC), "--yes"]) == 0
    assert "importé :" in capsys.readouterr().out
    with open_company_file(company_path) as cf:
        assert Customer.select().count() == 6
        assert ImportBatch.select().count() == 1
        invoices = Invoice.select().count()
    assert main(["import", str(company_path), str(FEC), "--yes", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    [file] = data["files"]
    assert file["already_imported"] is True
    assert file["invoices"] == {"new": 0, "changed": 0, "unchanged": invoices}
    with open_company_file(company_path) as cf:
        assert ImportBatch.select().count() == 1  # nothing changed, nothing recorded
        assert cf.company.name == "Test SARL"


def test_json_gives_amounts_per_currency_and_customer(
    company_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", str(company_path), str(FEC), "--json"]) == 0
    [file] = json.loads(capsys.readouterr().out)["files"]
    assert file["customers"] == {"new": 6, "matched": 0}
    assert file["due_per_currency"] == {"EUR": "52596.37"}
    prosol = next(c for c in file["due_per_customer"] if c["account"] == "CPRO00")
    assert prosol["due"] == "27123.29" and prosol["currency"] == "EUR"


def test_rows_with_errors_stop_the_import_unless_accepted(
    company_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv = tmp_path / "export.csv"
    csv.write_text("Client;N° facture;Date;Échéance;Montant TTC\n"
                   "Garage Dubois;F1;01/09/2026;01/10/2026;1 200,00\n"
                   "Boulangerie Roy;F2;31/02/2026;01/10/2026;300,00\n"
                   "Hôtel des Tilleuls;F3;14/09/2026;14/10/2026;2 450,10\n"
                   "Menuiserie Arnaud;F4;21/09/2026;21/10/2026;89,90\n"
                   "Pharmacie Centrale;F5;28/09/2026;28/10/2026;640,00\n", encoding="utf-8")
    before = sha256(company_path)
    assert main(["import", str(company_path), str(csv), "--yes"]) == 2
    captured = capsys.readouterr()
    assert "ligne 3" in captured.out and "export.csv" in captured.out
    assert "rien n'est importé" in captured.err
    assert sha256(company_path) == before
    assert main(["import", str(company_path), str(csv), "--yes", "--accept-valid"]) == 0
    with open_company_file(company_path):
        assert sorted(i.number for i in Invoice.select()) == ["F1", "F3", "F4", "F5"]


def test_a_file_that_is_not_an_export_is_refused(
    company_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    odd = tmp_path / "photo.csv"
    odd.write_bytes(bytes(range(256)) * 4)
    before = sha256(company_path)
    assert main(["import", str(company_path), str(odd), "--yes"]) == 2
    assert "photo.csv" in capsys.readouterr().err
    assert sha256(company_path) == before

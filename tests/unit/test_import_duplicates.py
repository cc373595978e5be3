"""A folder where two documents share a number: the preview says so, naming both files, and
what is stored is what was previewed; importing the folder again changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from relance_desktop.importers.records import Severity
from relance_desktop.services import imports
from relance_desktop.store.models import ImportBatch, Invoice
from relance_desktop.store.session import CompanySession
from tests.helpers import TODAY, all_rows

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples"
FACTURX = SAMPLES / "facturx"
HEADER = "Client;N° compte;N° facture;Date;Échéance;Montant TTC\n"


def csv(folder: Path, name: str, *lines: str) -> Path:
    path = folder / name
    path.write_text(HEADER + "".join(line + "\n" for line in lines), encoding="utf-8")
    return path


dump = all_rows


def test_two_files_with_one_number_are_announced_and_stored_as_previewed(
    cf: CompanySession, tmp_path: Path
) -> None:
    first = csv(tmp_path, "septembre.csv",
                "Garage Dubois;411DUB;F1;01/09/2026;01/10/2026;100,00",
                "Garage Dubois;411DUB;F2;02/09/2026;02/10/2026;40,00")
    second = csv(tmp_path, "septembre-bis.csv",
                 "Garage Dubois;411DUB;F1;01/09/2026;01/10/2026;150,00",
                 "Garage Dubois;411DUB;F3;03/09/2026;03/10/2026;60,00")
    plan = imports.preview(cf, [first, second], today=TODAY)
    assert [f.count("new") for f in plan.files] == [2, 1]
    [warning] = [p for p in plan.problems if p.found == "F1"]
    assert warning.severity is Severity.WARNING and warning.file == "septembre-bis.csv"
    assert warning.line == 2 and "septembre.csv" in warning.expected_text()
    assert [d.record.number for d in plan.files[1].duplicates] == ["F1"]
    text = imports.preview_text(plan)
    assert "septembre.csv" in text and "numéros en double, laissés de côté : 1" in text
    previewed = sum(sum(f.due_per_currency().values()) for f in plan.files)
    assert previewed == 20_000  # 100 + 40 + 60: the second F1 is not counted

    imports.apply(cf, plan)
    assert Invoice.select().count() == 3
    assert Invoice.get(Invoice.number == "F1").amount_cents == 10_000
    assert int(cf.scalar("SELECT SUM(owed_cents) FROM invoice_balance")) == previewed

    before = dump(cf)
    again = imports.preview(cf, [first, second], today=TODAY)
    assert [f.count("changed") for f in again.files] == [0, 0]
    assert not again.has_changes
    imports.apply(cf, again)
    assert dump(cf) == before and ImportBatch.select().count() == 2


@pytest.mark.skipif(not FACTURX.is_dir(), reason="shared/samples is not beside the repo")
def test_the_same_invoice_as_pdf_and_as_xml_is_announced_and_imported_once(
    cf: CompanySession,
) -> None:
    """Two real files hold invoice F20260023 to LE CLIENT (104.90 EUR): the Factur-X PDF and
    its MINIMUM-profile XML."""
    pdf = FACTURX / "Facture_F20260023-LE_FOURNISSEUR-POUR-LE_CLIENT_EN_16931.pdf"
    xml = FACTURX / "factur-x-minimum.xml"
    plan = imports.preview(cf, [pdf, xml], today=TODAY)
    [warning] = [p for p in plan.problems if p.found == "F20260023"]
    assert warning.file == xml.name and pdf.name in warning.expected_text()
    assert [f.count("new") for f in plan.files] == [1, 0]
    imports.apply(cf, plan)
    assert Invoice.select().count() == 1
    assert int(cf.scalar("SELECT SUM(owed_cents) FROM invoice_balance")) == 10_490
    again = imports.preview(cf, [pdf, xml], today=TODAY)
    assert not again.has_changes

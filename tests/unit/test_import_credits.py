"""Credit notes brought in by an import: stored, counted in what the customer owes, applied to
their invoice whenever it comes (same import or later, either order), never twice."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from relance_desktop.services import imports
from relance_desktop.services.customers import overview
from relance_desktop.store.models import ImportBatch, Invoice
from relance_desktop.store.session import CompanySession
from tests.helpers import TODAY, all_rows, owed_by_customer

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples"
FACTURX = SAMPLES / "facturx"
INVOICE_PDF = FACTURX / "Facture_F20260023-LE_FOURNISSEUR-POUR-LE_CLIENT_EN_16931.pdf"
CREDIT_PDF = FACTURX / "Facture_F20260028-LE_FOURNISSEUR-POUR-LE_CLIENT_EN_16931.pdf"
needs_samples = pytest.mark.skipif(not FACTURX.is_dir(),
                                   reason="shared/samples is not beside the repo")
HEADER = "Client;N° compte;N° facture;Date;Échéance;Montant TTC\n"


dump = all_rows


def owed(cf: CompanySession) -> dict[str, int]:
    return owed_by_customer(cf, TODAY)


def due_of(cf: CompanySession, number: str) -> int:
    invoice = Invoice.get((Invoice.number == number) & (Invoice.kind == "invoice"))
    return int(cf.scalar("SELECT due_cents FROM invoice_balance WHERE invoice_id = ?",
                         (invoice.id,)))


def csv(tmp_path: Path, name: str, *lines: str) -> Path:
    path = tmp_path / name
    path.write_text(HEADER + "".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def run(cf: CompanySession, *paths: Path) -> imports.ImportPreview:
    plan = imports.preview(cf, list(paths), today=TODAY)
    imports.apply(cf, plan)
    return plan


@needs_samples
def test_a_credit_note_imported_alone_is_stored_and_owed_to_the_customer(
    cf: CompanySession,
) -> None:
    plan = run(cf, CREDIT_PDF)
    assert plan.files[0].due_per_currency() == {"EUR": -10_000}
    assert owed(cf) == {"LE CLIENT": -10_000}  # 110.00, of which 10.00 already refunded
    [card] = [c for c in overview(cf, TODAY.isoformat()) if c.name == "LE CLIENT"]
    assert card.due_cents == -10_000 and card.open_count == 0


@needs_samples
def test_a_credit_note_imported_again_is_not_new_and_adds_no_batch(cf: CompanySession) -> None:
    run(cf, CREDIT_PDF)
    before = dump(cf)
    again = imports.preview(cf, [CREDIT_PDF], today=TODAY)
    [file] = again.files
    assert [c.action for c in file.credits] == ["unchanged"]
    assert not again.has_changes
    assert "avoirs : 0 nouveau," in imports.preview_text(again)
    imports.apply(cf, again)
    assert dump(cf) == before and ImportBatch.select().count() == 1


@needs_samples
def test_the_invoice_arriving_after_its_credit_note_gets_it_applied(cf: CompanySession) -> None:
    run(cf, CREDIT_PDF)
    run(cf, INVOICE_PDF)
    assert owed(cf) == {"LE CLIENT": 490}  # 104.90 − 100.00
    assert due_of(cf, "F20260023") == 490
    before = dump(cf)
    run(cf, CREDIT_PDF, INVOICE_PDF)
    assert dump(cf) == before


@needs_samples
def test_credit_note_before_its_invoice_in_one_import(cf: CompanySession) -> None:
    run(cf, CREDIT_PDF, INVOICE_PDF)
    assert owed(cf) == {"LE CLIENT": 490}
    assert due_of(cf, "F20260023") == 490


def test_a_credit_note_larger_than_the_invoices_leaves_the_rest_owed_to_the_customer(
    cf: CompanySession, tmp_path: Path
) -> None:
    run(cf, csv(tmp_path, "avoirs.csv", "Garage Dubois;411DUB;AV1;01/09/2026;01/09/2026;-500,00"))
    assert owed(cf) == {"Garage Dubois": -50_000}
    run(cf, csv(tmp_path, "factures.csv",
                "Garage Dubois;411DUB;F1;02/09/2026;02/10/2026;120,00",
                "Garage Dubois;411DUB;F2;03/09/2026;03/10/2026;200,00"))
    assert owed(cf) == {"Garage Dubois": -18_000}  # 320.00 − 500.00
    assert due_of(cf, "F1") == 0 and due_of(cf, "F2") == 0
    run(cf, csv(tmp_path, "octobre.csv", "Garage Dubois;411DUB;F3;01/10/2026;31/10/2026;300,00"))
    assert owed(cf) == {"Garage Dubois": 12_000}
    assert due_of(cf, "F3") == 12_000


def test_a_credit_note_is_applied_only_to_its_own_customer_and_currency(
    cf: CompanySession, tmp_path: Path
) -> None:
    run(cf, csv(tmp_path, "factures.csv",
                "Garage Dubois;411DUB;F1;02/09/2026;02/10/2026;120,00",
                "Hôtel du Parc;411PAR;F2;03/09/2026;03/10/2026;200,00"))
    run(cf, csv(tmp_path, "avoirs.csv", "Hôtel du Parc;411PAR;AV1;04/09/2026;04/09/2026;-50,00"))
    assert owed(cf) == {"Garage Dubois": 12_000, "Hôtel du Parc": 15_000}
    assert due_of(cf, "F1") == 12_000 and due_of(cf, "F2") == 15_000


def test_a_credit_note_goes_first_to_the_invoice_it_names(
    cf: CompanySession, tmp_path: Path
) -> None:
    run(cf, csv(tmp_path, "factures.csv",
                "Garage Dubois;411DUB;F1;02/09/2026;02/10/2026;120,00",
                "Garage Dubois;411DUB;F2;03/09/2026;03/10/2026;200,00"))
    plan = imports.preview(cf, [csv(tmp_path, "avoir.csv",
                                    "Garage Dubois;411DUB;AV1;04/09/2026;04/09/2026;-50,00")],
                           today=TODAY)
    [credit] = plan.files[0].credits
    credit.record = dataclasses.replace(credit.record, references=("F2",))  # as UBL/CII say
    imports.apply(cf, plan)
    assert due_of(cf, "F1") == 12_000 and due_of(cf, "F2") == 15_000  # not the oldest

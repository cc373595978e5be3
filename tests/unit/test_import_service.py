"""The import service on the real samples: preview, apply, re-import, atomicity, settle."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from relance_desktop.errors import UserFacingError
from relance_desktop.services import import_write, imports
from relance_desktop.services.receivables import open_items
from relance_desktop.store.models import (
    Attachment,
    Customer,
    ImportBatch,
    Invoice,
)
from relance_desktop.store.session import CompanySession
from tests.helpers import TODAY, all_rows, owed_by_customer

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples"
pytestmark = pytest.mark.skipif(
    not SAMPLES.is_dir(), reason="shared/samples is not beside the repo")

FEC = SAMPLES / "fec" / "111111111FEC20221231.TXT"


dump = all_rows


def due_by_customer(cf: CompanySession) -> dict[str, int]:
    return owed_by_customer(cf, TODAY)


def test_fec_import_finds_the_open_amounts_per_customer(cf: CompanySession) -> None:
    plan = imports.preview(cf, [FEC], today=TODAY)
    [file] = plan.files
    assert file.source == "fec" and file.result.full_export
    assert file.new_customers == len(file.result.customers) > 0
    summary = imports.apply(cf, plan)
    assert summary.invoices_created == file.count("new") > 0
    totals = due_by_customer(cf)
    assert sum(totals.values()) == 1_447_255  # 14,472.55: what there is to chase
    colruyt = next(name for name in totals if name.startswith("COLRUYT"))
    assert totals[colruyt] == 643_994
    assert ImportBatch.select().count() == 1
    colruyt_row = Customer.get(Customer.name == colruyt)
    assert colruyt_row.account == "41101050"


def test_reimporting_the_same_file_changes_nothing(cf: CompanySession) -> None:
    imports.apply(cf, imports.preview(cf, [FEC], today=TODAY))
    before = dump(cf)
    again = imports.preview(cf, [FEC], today=TODAY)
    [file] = again.files
    assert file.already_imported
    assert not again.has_changes
    assert file.count("new") == 0 and file.count("changed") == 0 and file.new_customers == 0
    imports.apply(cf, again)
    assert dump(cf) == before


def test_a_cancelled_or_failed_import_leaves_the_file_as_it_was(
    cf: CompanySession, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = dump(cf)
    plan = imports.preview(cf, [FEC], today=TODAY)
    calls = []

    def cancel_halfway(done: int, total: int) -> bool:
        calls.append(done)
        return done < total // 2

    with pytest.raises(imports.ImportCancelled):
        imports.apply(cf, plan, progress=cancel_halfway)
    assert calls and dump(cf) == before

    real_insert = import_write._insert_invoices

    def fails_after_writing(*args: object, **kwargs: object) -> None:
        real_insert(*args, **kwargs)  # type: ignore[arg-type]
        assert Invoice.select().count() > 0  # rows were written inside the transaction...
        raise RuntimeError("disk pulled out")

    monkeypatch.setattr(import_write, "_insert_invoices", fails_after_writing)
    with pytest.raises(RuntimeError):
        imports.apply(cf, imports.preview(cf, [FEC], today=TODAY))
    assert dump(cf) == before


def test_an_invoice_paid_since_the_last_export_is_offered_as_paid(
    cf: CompanySession, tmp_path: Path
) -> None:
    imports.apply(cf, imports.preview(cf, [FEC], today=TODAY))
    colruyt = Invoice.select().join(Customer).where(Customer.account == "41101050").get()
    later = tmp_path / "111111111FEC20230831.TXT"
    raw = FEC.read_bytes()
    header = raw.splitlines()[0].decode("latin-1")
    fields = header.split("|")
    values = dict.fromkeys(fields, "")
    values.update({
        "JournalCode": "C1", "JournalLib": "BANQUE", "EcritureNum": "99999999",
        "EcritureDate": "20230801", "CompteNum": "41100000", "CompteLib": "CLIENTS",
        "CompAuxNum": "41101050", "CompAuxLib": "COLRUYT RETAIL FRA", "PieceRef": "VIR",
        "PieceDate": "20230801", "EcritureLib": "REGLEMENT", "Debit": "0,00",
        "Credit": "6439,94", "ValidDate": "20230801",
    })
    line = "|".join(values[f] for f in fields)
    later.write_bytes(raw.rstrip(b"\n") + b"\n" + line.encode("latin-1") + b"\n")
    plan = imports.preview(cf, [later], today=TODAY)
    [file] = plan.files
    assert [s.invoice_id for s in file.settle] == [colruyt.id]
    assert file.settle[0].due_cents == 643_994
    imports.apply(cf, plan)  # not confirmed: stays open
    assert colruyt.id in {i.invoice_id for i in open_items(cf, TODAY)}
    imports.apply(cf, imports.preview(cf, [later], today=TODAY), settle=[colruyt.id])
    assert colruyt.id not in {i.invoice_id for i in open_items(cf, TODAY)}


def test_facturx_keeps_the_pdf_as_the_invoice_copy(cf: CompanySession) -> None:
    pdf = SAMPLES / "facturx" / "Facture_FR_EN16931.pdf"
    imports.apply(cf, imports.preview(cf, [pdf], today=TODAY))
    invoice = Invoice.get(Invoice.number == "FA-2017-0010")
    assert invoice.amount_cents == 67_115
    [item] = [i for i in open_items(cf, TODAY) if i.invoice_id == invoice.id]
    assert item.due_cents == 47_015
    assert bytes(Attachment.get_by_id(invoice.copy_id).data) == pdf.read_bytes()
    customer = Customer.get_by_id(invoice.customer_id)
    assert customer.company_number == "78787878400035"
    assert customer.email == "alexandre.payet@majolieboutique.net"


def test_a_credit_note_reduces_what_the_customer_owes(cf: CompanySession) -> None:
    folder = SAMPLES / "facturx"
    invoice_pdf = folder / "Facture_F20260023-LE_FOURNISSEUR-POUR-LE_CLIENT_EN_16931.pdf"
    credit_pdf = folder / "Facture_F20260028-LE_FOURNISSEUR-POUR-LE_CLIENT_EN_16931.pdf"
    imports.apply(cf, imports.preview(cf, [invoice_pdf, credit_pdf], today=TODAY))
    assert due_by_customer(cf) == {"LE CLIENT": 490}  # 104.90 − 100.00
    [allocation] = cf.rows("SELECT amount_cents FROM credit_allocation")
    assert allocation.amount_cents == 10_000
    before = dump(cf)
    imports.apply(cf, imports.preview(cf, [invoice_pdf, credit_pdf], today=TODAY))
    assert dump(cf) == before  # the credit note is not applied twice


def test_ubl_already_paid_invoice_is_nothing_to_chase(cf: CompanySession) -> None:
    xml = SAMPLES / "ubl" / "odoo-beg" / "testcase06_discount_with_cash_payment.xml"
    imports.apply(cf, imports.preview(cf, [xml], today=TODAY))
    assert Invoice.select().count() == 1
    assert open_items(cf, TODAY) == []


def test_invoice_ninja_csv_imports_with_the_right_total(cf: CompanySession) -> None:
    csv = SAMPLES / "csv" / "invoiceninja" / "invoice.csv"
    plan = imports.preview(cf, [csv], today=TODAY)
    [file] = plan.files
    assert file.due_per_currency() == {"USD": 617_466}
    imports.apply(cf, plan)
    assert sum(due_by_customer(cf).values()) == 617_466
    assert Customer.select().count() == 20


def test_a_plain_pdf_and_an_unknown_file_are_refused_with_their_names(
    cf: CompanySession, tmp_path: Path
) -> None:
    plain = SAMPLES / "facturx" / "MustangGnuaccountingBeispielRE-20170509_505PDF14.pdf"
    plan = imports.preview(cf, [plain], today=TODAY)
    assert plan.problems and plain.name in plan.problems[0].file
    assert not plan.has_changes
    odd = tmp_path / "notes.docx"
    odd.write_bytes(b"PK\x03\x04")
    with pytest.raises(UserFacingError, match=r"notes\.docx"):
        imports.preview(cf, [odd], today=TODAY)


def test_fec_pseudo_customers_excluded_and_remembered(cf: CompanySession, tmp_path: Path) -> None:
    till = SAMPLES / "fec" / "000000000FEC20231231.txt"
    copy = tmp_path / till.name
    shutil.copy(till, copy)
    imports.remember_fec_exclusions(cf, ["CCB", "CESP", "CCHQ", "CVIR"])
    plan = imports.preview(cf, [copy], today=TODAY)
    assert not plan.files[0].result.invoices
    assert imports.fec_exclusions(cf) == frozenset({"CCB", "CESP", "CCHQ", "CVIR"})


def test_a_customer_new_in_two_files_of_one_import_is_created_once(
    cf: CompanySession, tmp_path: Path
) -> None:
    first, second = tmp_path / "septembre.csv", tmp_path / "octobre.csv"
    header = "Client;N° compte;N° facture;Date;Échéance;Montant TTC\n"
    first.write_text(header + "Garage Dubois;411DUB;F1;01/09/2026;01/10/2026;1 200,00\n"
                     "Hôtel du Parc;411PAR;F2;03/09/2026;03/10/2026;300,00\n", encoding="utf-8")
    second.write_text(header + "Garage Dubois;411DUB;F3;01/10/2026;31/10/2026;80,00\n"
                      "Hôtel du Parc;411PAR;F4;02/10/2026;01/11/2026;45,50\n", encoding="utf-8")
    plan = imports.preview(cf, [first, second], today=TODAY)
    assert [f.new_customers for f in plan.files] == [2, 0]
    imports.apply(cf, plan)
    assert Customer.select().count() == 2
    dubois = Customer.get(Customer.account == "411DUB")
    assert sorted(i.number for i in Invoice.select().where(Invoice.customer == dubois)) == [
        "F1", "F3"]


def test_an_import_and_a_remembered_choice_are_reported(cf: CompanySession) -> None:
    from relance_desktop.store.session import Change, Topic

    seen: list[Change] = []
    cf.changes.subscribe(seen.append)
    plan = imports.preview(cf, [FEC], today=TODAY)
    assert seen == []  # a preview writes nothing
    imports.apply(cf, plan)
    imports.remember_fec_exclusions(cf, ["41100000"])
    assert [c.topics for c in seen] == [
        {Topic.IMPORTS, Topic.INVOICES, Topic.CUSTOMERS}, {Topic.IMPORTS}]
    assert imports.fec_exclusions(cf) == {"41100000"}

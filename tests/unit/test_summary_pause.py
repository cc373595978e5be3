"""An import writes without the summary's triggers (migration 13) and leaves ``customer_summary``
as ``invoice_balance`` says: customers new, changed, credited or settled, on both engines; a
failed import leaves the summary and the pause as they were; nobody else sees the pause."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from relance_desktop.services import demo, import_write, imports
from relance_desktop.store import summary
from relance_desktop.store.models import Customer, Invoice
from relance_desktop.store.session import CompanySession, Engine
from tests.helpers import TODAY
from tests.unit.test_customer_summary import expected, found

HEADER = "Client;N° compte;N° facture;Date;Échéance;Montant TTC\n"


def csv(tmp_path: Path, name: str, *lines: str) -> Path:
    path = tmp_path / name
    path.write_text(HEADER + "".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def pauses(cf: CompanySession) -> int:
    return int(cf.scalar('SELECT COUNT(*) FROM "customer_summary_pause"'))


def a_customer_already_owing(cf: CompanySession) -> Customer:
    """« Garage Dubois » (account 411DUB), entered by hand before any import: 400.00 overdue."""
    customer = Customer.create(name="Garage Dubois", account="411DUB")
    Invoice.create(customer=customer, number="M1", issue_date=TODAY - timedelta(days=90),
                   due_date=TODAY - timedelta(days=60), amount_cents=400_00)
    return customer


def test_an_import_leaves_the_summary_as_the_invoices_say(cf: CompanySession,
                                                          tmp_path: Path) -> None:
    dubois = a_customer_already_owing(cf)
    first = imports.preview(cf, [csv(
        tmp_path, "septembre.csv",
        "Garage Dubois;411DUB;F1;01/09/2026;01/10/2026;1200,00",
        "Hôtel du Parc;411PAR;F2;04/09/2026;04/10/2026;300,00",
        "Hôtel du Parc;411PAR;AV1;05/09/2026;05/09/2026;-50,00",
        "Boulangerie Martin;411MAR;F3;10/11/2026;10/12/2026;80,00",
    )], today=TODAY)
    imports.apply(cf, first)
    assert found(cf) == expected(cf)
    rows = {(c, cur) for c, cur in found(cf)}
    assert {(int(dubois.id), "EUR"), (int(dubois.id), "*")} <= rows
    assert len({c for c, _ in rows}) == 3  # Dubois, Parc (credited), Martin (not yet due)

    second = imports.preview(cf, [csv(
        tmp_path, "octobre.csv",
        "Garage Dubois;411DUB;F1;01/09/2026;01/10/2026;1500,00",  # amount corrected
        "Hôtel du Parc;411PAR;F2;04/09/2026;04/10/2026;300,00",
        "Café des Arts;411ART;F4;02/10/2026;01/11/2026;640,00",
    )], today=TODAY)
    actions = {d.record.number: d.action for f in second.files for d in f.documents()}
    assert actions["F1"] == "changed" and actions["F4"] == "new"
    imports.apply(cf, second)
    assert found(cf) == expected(cf)
    assert pauses(cf) == 0


def test_a_failed_import_leaves_the_summary_and_the_pause_as_before(cf: CompanySession,
                                                                    tmp_path: Path) -> None:
    a_customer_already_owing(cf)
    before = found(cf)
    plan = imports.preview(cf, [csv(
        tmp_path, "novembre.csv",
        "Garage Dubois;411DUB;F1;01/09/2026;01/10/2026;1200,00",
        "Hôtel du Parc;411PAR;F2;04/09/2026;04/10/2026;300,00",
    )], today=TODAY)

    def stop_at_the_last_line(done: int, total: int) -> bool:
        return done < total

    with pytest.raises(import_write.ImportCancelled):
        imports.apply(cf, plan, progress=stop_at_the_last_line)
    assert found(cf) == before == expected(cf)
    assert pauses(cf) == 0
    assert Invoice.select().count() == 1


def test_while_paused_the_summary_waits_for_the_writer(cf: CompanySession) -> None:
    """The triggers do nothing during the pause (both engines); its end counts the customer."""
    customer = Customer.create(name="Pause SARL")
    with summary.paused(cf, "test") as touched:
        Invoice.create(customer=customer, number="P1", issue_date=TODAY,
                       due_date=TODAY - timedelta(days=5), amount_cents=75_00)
        assert found(cf) == {}
        touched.add(int(customer.id))
    assert found(cf) == expected(cf) != {}
    assert pauses(cf) == 0


def test_another_connection_never_sees_the_pause(cf: CompanySession) -> None:
    """A reader (and so any later writer) of the same file sees no pause row while an import
    holds one: their writes keep the triggers."""
    if cf.engine is not Engine.SQLITE or cf.path is None:
        pytest.skip("a second connection to the same company file")
    with summary.paused(cf, "test"):
        assert pauses(cf) == 1
        other = sqlite3.connect(cf.path)
        try:
            assert other.execute('SELECT COUNT(*) FROM "customer_summary_pause"').fetchone() \
                == (0,)
        finally:
            other.close()


def test_a_demo_company_written_in_bulk_has_every_customer_summed(cf: CompanySession) -> None:
    """The demo writes without the triggers too: each of its customers, with its disputes and
    payments, summed as the invoices say."""
    demo.populate(cf, TODAY, demo.DemoSize(customers=12, invoices=120, days=200), seed=5)
    summed = found(cf)
    assert summed == expected(cf)
    assert len({c for c, _ in summed}) == 12
    assert pauses(cf) == 0


FEC = Path(__file__).resolve().parents[2].parent / "shared" / "samples" / "fec" / \
    "111111111FEC20221231.TXT"


@pytest.mark.skipif(not FEC.is_file(), reason="shared/samples is not beside the repo")
def test_an_invoice_confirmed_as_paid_by_a_later_export_leaves_its_customer_owing_less(
    cf: CompanySession, tmp_path: Path,
) -> None:
    """A full export no longer listing an invoice, confirmed as paid: the customer's summary
    (only that customer's documents changed) follows."""
    imports.apply(cf, imports.preview(cf, [FEC], today=TODAY))
    colruyt = Invoice.select().join(Customer).where(Customer.account == "41101050").get()
    raw = FEC.read_bytes()
    fields = raw.splitlines()[0].decode("latin-1").split("|")
    values = dict.fromkeys(fields, "")
    values.update({
        "JournalCode": "C1", "JournalLib": "BANQUE", "EcritureNum": "99999999",
        "EcritureDate": "20230801", "CompteNum": "41100000", "CompteLib": "CLIENTS",
        "CompAuxNum": "41101050", "CompAuxLib": "COLRUYT RETAIL FRA", "PieceRef": "VIR",
        "PieceDate": "20230801", "EcritureLib": "REGLEMENT", "Debit": "0,00",
        "Credit": "6439,94", "ValidDate": "20230801",
    })
    later = tmp_path / "111111111FEC20230831.TXT"
    later.write_bytes(raw.rstrip(b"\n") + b"\n"
                      + "|".join(values[f] for f in fields).encode("latin-1") + b"\n")
    owed_before = found(cf)[(int(colruyt.customer_id), "*")][2]
    plan = imports.preview(cf, [later], today=TODAY)
    assert [s.invoice_id for s in plan.files[0].settle] == [colruyt.id]
    imports.apply(cf, plan, settle=[colruyt.id])
    assert found(cf) == expected(cf)
    owed_after = found(cf).get((int(colruyt.customer_id), "*"), (0, 0, 0))[2]
    assert owed_after == owed_before - 643_994


def test_another_users_write_during_an_import_keeps_the_summary(cf: CompanySession) -> None:
    """On a server, another user adds an invoice (and commits) while an import holds its pause:
    their triggers, not seeing the pause, count it; the import counts its own customers."""
    if cf.engine is not Engine.POSTGRES:
        pytest.skip("two writers at once: a server")
    import psycopg2

    importing, other_user = Customer.create(name="Import SA"), Customer.create(name="Autre SA")
    other = psycopg2.connect(dbname=cf.db.database, **cf.db.connect_params)
    try:
        with summary.paused(cf, "test") as touched:
            Invoice.create(customer=importing, number="I1", issue_date=TODAY,
                           due_date=TODAY - timedelta(days=3), amount_cents=90_00)
            touched.add(int(importing.id))
            with other, other.cursor() as cursor:
                cursor.execute(demo.INVOICE_INSERT.replace("?", "%s"), (
                    int(other_user.id), "A1", TODAY.isoformat(),
                    (TODAY - timedelta(days=10)).isoformat(), 45_00, "EUR", "", "open",
                    "manual", 0, "", "2026-11-23 09:00:00", "2026-11-23 09:00:00"))
        summed = found(cf)
        assert summed == expected(cf)
        assert summed[(int(other_user.id), "*")][2] == 45_00
        assert summed[(int(importing.id), "*")][2] == 90_00
    finally:
        other.close()

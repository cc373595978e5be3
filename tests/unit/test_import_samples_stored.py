"""Every real sample file: what the preview says is owed is what the company file holds after
the import, per customer and per currency; importing it again changes no byte.

The samples are read from ``../shared/samples`` (beside the repository); without them the
tests are skipped. A file refused as a whole must leave the company file untouched.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from relance_desktop.errors import UserFacingError
from relance_desktop.services import imports
from relance_desktop.store.balance import OPEN
from relance_desktop.store.session import CompanySession
from tests.helpers import TODAY, all_rows

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples"
FILES = sorted(p for p in SAMPLES.rglob("*") if p.is_file() and p.suffix.lower() != ".md") \
    if SAMPLES.is_dir() else []
pytestmark = pytest.mark.skipif(not FILES, reason="shared/samples is not beside the repo")


dump = all_rows


def stored_per_customer(cf: CompanySession) -> dict[tuple[str, str, str], int]:
    """(name, account, currency) → what the customer owes, read back from the company file."""
    rows = cf.rows(f"""SELECT c.name, c.account, b.currency, SUM(b.owed_cents) AS owed
                       FROM invoice_balance b JOIN customer c ON c.id = b.customer_id
                       WHERE {OPEN} GROUP BY c.name, c.account, b.currency""")
    return {(str(r.name), str(r.account), str(r.currency)): int(r.owed) for r in rows
            if int(r.owed)}


def previewed_per_customer(plan: imports.ImportPreview) -> dict[tuple[str, str, str], int]:
    totals: dict[tuple[str, str, str], int] = defaultdict(int)
    for f in plan.files:
        for name, account, currency, cents in f.due_per_customer():
            totals[(name, account, currency)] += cents
    return {key: cents for key, cents in totals.items() if cents}


def per_currency(totals: dict[tuple[str, str, str], int]) -> dict[str, int]:
    out: dict[str, int] = defaultdict(int)
    for (_name, _account, currency), cents in totals.items():
        out[currency] += cents
    return {currency: cents for currency, cents in out.items() if cents}


def check_stored_equals_previewed(cf: CompanySession, paths: list[Path]) -> None:
    empty = dump(cf)
    try:
        plan = imports.preview(cf, paths, today=TODAY)
    except UserFacingError:
        assert dump(cf) == empty  # refused as a whole: nothing written
        return
    previewed = previewed_per_customer(plan)
    previewed_currency: dict[str, int] = defaultdict(int)
    for f in plan.files:
        for currency, cents in f.due_per_currency().items():
            previewed_currency[currency] += cents
    imports.apply(cf, plan)
    stored = stored_per_customer(cf)
    assert stored == previewed
    assert per_currency(stored) == {c: v for c, v in previewed_currency.items() if v}

    before = dump(cf)
    again = imports.preview(cf, paths, today=TODAY)
    for f in again.files:
        assert f.new_customers == 0
        assert [p.record.number for p in f.invoices + f.credits if p.action != "unchanged"] == []
        assert f.settle == []
    assert not again.has_changes
    imports.apply(cf, again)
    assert dump(cf) == before


@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(SAMPLES)) for p in FILES])
def test_each_sample_stores_what_its_preview_showed(cf: CompanySession, path: Path) -> None:
    check_stored_equals_previewed(cf, [path])


@pytest.mark.parametrize("folder", sorted({p.parent for p in FILES}),
                         ids=lambda p: str(p.relative_to(SAMPLES)))
def test_each_sample_folder_imported_at_once_stores_what_its_preview_showed(
    cf: CompanySession, folder: Path
) -> None:
    check_stored_equals_previewed(cf, sorted(p for p in folder.iterdir() if p.is_file()
                                             and p.suffix.lower() != ".md"))


def test_paid_amounts_outside_the_total_are_previewed_as_they_are_stored(
    cf: CompanySession, tmp_path: Path
) -> None:
    """Overpaid (150.00 paid of 100.00) and negative paid amounts (−20.00 of 80.00): the
    preview used to net the overpayment (−50.00) and count 100.00 due, while 0 and 80.00
    were stored. Now both say: paid in full, and what the source says is due (100.00)."""
    export = tmp_path / "export.csv"
    export.write_text(
        "Client,Email,Invoice Number,Amount,Paid,Status,Invoice Date,Due Date\n"
        "Acme,a@acme.test,INV-1,100.00,150.00,Paid,2026-09-01,2026-10-01\n"
        "Acme,a@acme.test,INV-2,200.00,0,Sent,2026-09-02,2026-10-02\n"
        "Acme,a@acme.test,INV-3,80.00,-20.00,Sent,2026-09-03,2026-10-03\n", encoding="utf-8")
    plan = imports.preview(cf, [export], today=TODAY)
    assert plan.files[0].due_per_currency() == {"EUR": 30_000}
    assert sum(1 for p in plan.problems if "Relance compte" in p.expected_text()) == 2
    check_stored_equals_previewed(cf, [export])
    assert stored_per_customer(cf) == {("Acme", "", "EUR"): 30_000}


ZUGFERD1 = SAMPLES / "facturx" / "MustangGnuaccountingBeispielRE-20170509_505.pdf"


@pytest.mark.skipif(not ZUGFERD1.is_file(), reason="shared/samples is not beside the repo")
def test_a_zugferd_1_invoice_with_more_payable_than_its_total_is_stored_as_previewed(
    cf: CompanySession, tmp_path: Path
) -> None:
    """The sample's ZUGFeRD 1.0 XML with a total of 220.00 and 440.00 payable: previewed
    440.00 due and stored 220.00 before; what the document asks (440.00) now, both sides."""
    import pypdf

    xml = pypdf.PdfReader(ZUGFERD1).attachments["ZUGFeRD-invoice.xml"][0].decode()
    money = '<ram:{0} currencyID="EUR">{1}</ram:{0}>'
    xml = xml.replace(money.format("GrandTotalAmount", "571.04"),
                      money.format("GrandTotalAmount", "220.00"))
    xml = xml.replace(money.format("DuePayableAmount", "571.04"),
                      money.format("DuePayableAmount", "440.00"))
    path = tmp_path / "ZUGFeRD-invoice.xml"
    path.write_text(xml, encoding="utf-8")
    plan = imports.preview(cf, [path], today=TODAY)
    assert plan.files[0].due_per_currency() == {"EUR": 44_000}
    check_stored_equals_previewed(cf, [path])

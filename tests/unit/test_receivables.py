"""The open items behind the main window, checked on the demo company."""

from __future__ import annotations

from datetime import timedelta

from relance_desktop.domain.aging import Bucket, bucket_for
from relance_desktop.domain.parties import InvoiceStatus
from relance_desktop.services.receivables import OpenItem, bucket_totals, open_items
from relance_desktop.store.models import Dispute, Promise
from relance_desktop.store.session import CompanySession
from tests.helpers import TODAY

UNPAID_SQL = """
SELECT i.id FROM invoice i
WHERE i.state = 'open'
  AND i.amount_cents > (SELECT COALESCE(SUM(p.amount_cents), 0) FROM payment p
                        WHERE p.invoice_id = i.id)
"""


def _by_id(cf: CompanySession) -> dict[int, OpenItem]:
    return {item.invoice_id: item for item in open_items(cf, TODAY)}


def test_open_items_are_exactly_the_unpaid_invoices(demo_cf: CompanySession) -> None:
    items = open_items(demo_cf, TODAY)
    unpaid = {r[0] for r in demo_cf.raw().execute(UNPAID_SQL)}
    all_ids = {r[0] for r in demo_cf.raw().execute("SELECT id FROM invoice")}
    assert {i.invoice_id for i in items} == unpaid
    assert 0 < len(unpaid) < len(all_ids)  # the paid ones are absent
    for item in items:
        assert 0 <= item.paid_cents < item.amount_cents
        assert item.due_cents == item.amount_cents - item.paid_cents
        assert item.days_overdue == (TODAY - item.due_date).days
        assert item.bucket is bucket_for(item.days_overdue)
        assert item.status is not InvoiceStatus.PAID


def test_bucket_totals_add_up(demo_cf: CompanySession) -> None:
    items = open_items(demo_cf, TODAY)
    totals = bucket_totals(items)
    assert set(totals) == set(Bucket)
    assert sum(t.count for t in totals.values()) == len(items)
    assert sum(t.amounts.get("EUR", 0) for t in totals.values()) == sum(
        i.due_cents for i in items)
    for bucket, total in totals.items():
        mine = [i for i in items if i.bucket is bucket]
        assert total.count == len(mine)
        assert total.amounts == ({"EUR": sum(i.due_cents for i in mine)} if mine else {})


def test_bucket_totals_of_nothing() -> None:
    assert all(t.count == 0 and t.amounts == {} for t in bucket_totals([]).values())


def test_bucket_totals_never_add_two_currencies(demo_cf: CompanySession) -> None:
    items = open_items(demo_cf, TODAY)
    first = items[0]
    dollars = first._replace(currency="USD")
    totals = bucket_totals([*items[1:], dollars])
    assert totals[first.bucket].amounts["USD"] == first.due_cents
    assert "USD" not in {c for b, t in totals.items() if b is not first.bucket for c in t.amounts}


def test_one_customers_items(demo_cf: CompanySession) -> None:
    everyone = open_items(demo_cf, TODAY)
    customer = everyone[0].customer_id
    mine = open_items(demo_cf, TODAY, customer_id=customer)
    assert mine and {i.customer_id for i in mine} == {customer}
    assert sorted(mine) == sorted(i for i in everyone if i.customer_id == customer)


def _overdue_customer_with_two_items(cf: CompanySession) -> list[OpenItem]:
    groups: dict[int, list[OpenItem]] = {}
    for item in open_items(cf, TODAY):
        if item.days_overdue > 0 and item.status in (
            InvoiceStatus.OVERDUE,
            InvoiceStatus.PARTLY_PAID,
        ):
            groups.setdefault(item.customer_id, []).append(item)
    return next(g for g in groups.values() if len(g) >= 2)


def test_dispute_on_one_invoice_marks_that_invoice(demo_cf: CompanySession) -> None:
    first, second, *_ = _overdue_customer_with_two_items(demo_cf)
    Dispute.create(
        customer=first.customer_id,
        invoice=first.invoice_id,
        opened_on=TODAY,
        reason="Livraison incomplète",
    )
    items = _by_id(demo_cf)
    assert items[first.invoice_id].status is InvoiceStatus.DISPUTED
    assert items[second.invoice_id].status is second.status


def test_dispute_on_the_customer_marks_all_its_invoices(demo_cf: CompanySession) -> None:
    group = _overdue_customer_with_two_items(demo_cf)
    Dispute.create(customer=group[0].customer_id, opened_on=TODAY, reason="Conteste tout")
    items = _by_id(demo_cf)
    assert {items[i.invoice_id].status for i in group} == {InvoiceStatus.DISPUTED}


def test_resolved_dispute_no_longer_counts(demo_cf: CompanySession) -> None:
    first, *_ = _overdue_customer_with_two_items(demo_cf)
    Dispute.create(
        customer=first.customer_id,
        invoice=first.invoice_id,
        opened_on=TODAY,
        status="resolved",
        resolved_on=TODAY,
    )
    assert _by_id(demo_cf)[first.invoice_id].status is first.status


def test_open_promise_marks_the_invoice_promised(demo_cf: CompanySession) -> None:
    first, second, *_ = _overdue_customer_with_two_items(demo_cf)
    Promise.create(
        customer=first.customer_id,
        invoice=first.invoice_id,
        amount_cents=first.due_cents,
        promised_on=TODAY + timedelta(days=7),
    )
    items = _by_id(demo_cf)
    assert items[first.invoice_id].status is InvoiceStatus.PROMISED
    assert items[second.invoice_id].status is second.status


def test_kept_or_broken_promise_no_longer_counts(demo_cf: CompanySession) -> None:
    first, *_ = _overdue_customer_with_two_items(demo_cf)
    Promise.create(
        customer=first.customer_id,
        invoice=first.invoice_id,
        status="broken",
        amount_cents=first.due_cents,
        promised_on=TODAY - timedelta(days=7),
    )
    assert _by_id(demo_cf)[first.invoice_id].status is first.status


def test_dispute_wins_over_promise(demo_cf: CompanySession) -> None:
    first, *_ = _overdue_customer_with_two_items(demo_cf)
    Promise.create(customer=first.customer_id, amount_cents=100, promised_on=TODAY)
    Dispute.create(customer=first.customer_id, invoice=first.invoice_id, opened_on=TODAY)
    assert _by_id(demo_cf)[first.invoice_id].status is InvoiceStatus.DISPUTED


def test_last_action_and_next_step_come_from_calls_and_tasks(demo_cf: CompanySession) -> None:
    conn = demo_cf.raw()
    last = dict(
        conn.execute(
            "SELECT customer_id, MAX(occurred_at) FROM interaction WHERE draft = 0 "
            "GROUP BY customer_id"
        ).fetchall()
    )
    nxt = dict(
        conn.execute(
            "SELECT customer_id, MIN(due_at) FROM task WHERE done_at IS NULL GROUP BY customer_id"
        ).fetchall()
    )
    assert last and nxt
    for item in open_items(demo_cf, TODAY):
        if item.customer_id in last:
            assert item.last_action_at is not None
            assert item.last_action_at.isoformat(sep=" ") == last[item.customer_id]
            assert item.last_action_kind == "call"
        else:
            assert (item.last_action_at, item.last_action_kind) == (None, "")
        if item.customer_id in nxt:
            assert item.next_step_at is not None
            assert item.next_step_at.isoformat(sep=" ") == nxt[item.customer_id]
            assert item.next_step_kind in ("call_back", "check_payment")
        else:
            assert item.next_step_at is None

"""The open items behind the main window (checked on the demo company), and the balance rule
they rest on (``invoice_balance``) at its boundaries, on explicit data."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pytest

from relance_desktop.domain.aging import Bucket, bucket_for
from relance_desktop.domain.parties import InvoiceStatus
from relance_desktop.services import lists
from relance_desktop.services.customers import overview
from relance_desktop.services.followup import refresh
from relance_desktop.services.invoices import (
    PaymentInput,
    add_payment,
    delete_payment,
    invoice_details,
    invoices_of,
)
from relance_desktop.services.queue import today_queue
from relance_desktop.services.receivables import OpenItem, open_items
from relance_desktop.store.models import (
    CreditAllocation,
    Customer,
    Dispute,
    Invoice,
    Payment,
    Promise,
    Task,
)
from relance_desktop.store.session import CompanySession
from tests.helpers import TODAY

# An oracle independent of the balances kept by triggers: the payments added up here.
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
    unpaid = {r.id for r in demo_cf.rows(UNPAID_SQL)}
    all_ids = {r.id for r in demo_cf.rows("SELECT id FROM invoice")}
    assert {i.invoice_id for i in items} == unpaid
    assert 0 < len(unpaid) < len(all_ids)  # the paid ones are absent
    for item in items:
        assert 0 <= item.paid_cents < item.amount_cents
        assert item.due_cents == item.owed_cents == item.amount_cents - item.paid_cents
        assert item.days_overdue == (TODAY - item.due_date).days
        assert item.bucket is bucket_for(item.days_overdue)
        assert item.status is not InvoiceStatus.PAID


def test_the_lists_bucket_totals_add_up_the_same_items(demo_cf: CompanySession) -> None:
    """The aging tabs' totals, added up in SQL (services.lists), are those of the open items."""
    items = open_items(demo_cf, TODAY)
    totals = lists.bucket_totals(demo_cf, TODAY)
    assert set(totals) == set(Bucket)
    assert sum(t.count for t in totals.values()) == len(items)
    for bucket, total in totals.items():
        mine = [i for i in items if i.bucket is bucket]
        assert total.count == len(mine)
        assert dict(total.amounts) == ({"EUR": sum(i.owed_cents for i in mine)} if mine else {})


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
    last = dict(demo_cf.tuples(
        "SELECT customer_id, MAX(occurred_at) FROM interaction WHERE draft = 0 "
        "GROUP BY customer_id"))
    nxt = dict(demo_cf.tuples(
        "SELECT customer_id, MIN(due_at) FROM task WHERE done_at IS NULL GROUP BY customer_id"))
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


# -- the balance rule at its boundaries ---------------------------------------------------------
DUE = TODAY - timedelta(days=20)


@pytest.fixture
def customer(cf: CompanySession) -> int:
    return int(Customer.create(name="Scierie Vosgienne", phone="+33329000001").id)


def _document(customer_id: int, number: str, cents: int, *, kind: str = "invoice",
              state: str = "open") -> int:
    return int(Invoice.create(customer=customer_id, number=number, kind=kind, state=state,
                              issue_date=DUE - timedelta(days=30), due_date=DUE,
                              amount_cents=cents).id)


@pytest.fixture
def invoice(customer: int) -> int:
    """F-100: 1 000,00 € due 20 days before TODAY, nothing paid."""
    return _document(customer, "F-100", 1000_00)


def _balance(cf: CompanySession, invoice_id: int) -> Any:
    return cf.one("SELECT * FROM invoice_balance WHERE invoice_id = ?", (invoice_id,))


def _open_ids(cf: CompanySession) -> set[int]:
    return {i.invoice_id for i in open_items(cf, TODAY)}


def _pay(invoice_id: int, cents: int) -> int:
    return int(Payment.create(invoice=invoice_id, paid_on=TODAY, amount_cents=cents).id)


def test_an_unpaid_invoice_is_open_everywhere(cf: CompanySession, invoice: int,
                                              customer: int) -> None:
    b = _balance(cf, invoice)
    assert (b.amount_cents, b.paid_cents, b.credited_cents, b.due_cents, b.owed_cents) == (
        1000_00, 0, 0, 1000_00, 1000_00)
    assert (b.is_open, b.disputed, b.promised) == (1, 0, 0)
    (item,) = open_items(cf, TODAY)
    assert (item.invoice_id, item.due_cents, item.days_overdue) == (invoice, 1000_00, 20)
    (row,) = today_queue(cf, datetime.combine(TODAY, datetime.min.time()).replace(hour=10))
    assert (row.customer_id, row.due) == (customer, {"EUR": 1000_00})
    (card,) = [c for c in overview(cf, TODAY.isoformat()) if c.id == customer]
    assert (card.open_count, card.due_cents, card.overdue_cents, card.max_days) == (
        1, 1000_00, 1000_00, 20)


def test_an_invoice_fully_paid_is_not_open(cf: CompanySession, invoice: int,
                                           customer: int) -> None:
    _pay(invoice, 600_00)
    assert (_balance(cf, invoice).due_cents, _balance(cf, invoice).is_open) == (400_00, 1)
    _pay(invoice, 400_00)
    b = _balance(cf, invoice)
    assert (b.paid_cents, b.due_cents, b.is_open) == (1000_00, 0, 0)
    assert _open_ids(cf) == set()
    assert today_queue(cf, datetime.combine(TODAY, datetime.min.time())) == []
    assert invoices_of(cf, customer)[0].due_cents == 0
    call_back = Task.create(customer=customer, kind="call_back", due_at=datetime(2026, 12, 1, 9))
    assert refresh(cf, TODAY).tasks_closed == 1  # owes nothing any more: its tasks close
    assert Task.get_by_id(call_back.id).done_note == "paid"


def test_an_overpaid_invoice_is_not_open_and_owes_less_than_nothing(
    cf: CompanySession, invoice: int
) -> None:
    _pay(invoice, 1000_00)
    _pay(invoice, 150_00)  # paid twice in part (an import, a bank error): the service refuses it
    b = _balance(cf, invoice)
    assert (b.paid_cents, b.due_cents, b.owed_cents, b.is_open) == (1150_00, -150_00, -150_00, 0)
    assert _open_ids(cf) == set()


def test_a_payment_deleted_makes_the_invoice_due_again(cf: CompanySession, invoice: int) -> None:
    first = _pay(invoice, 300_00)
    last = add_payment(cf, PaymentInput(invoice, TODAY, 700_00), today=TODAY)
    assert _balance(cf, invoice).is_open == 0
    delete_payment(cf, last, today=TODAY)  # the service
    assert (_balance(cf, invoice).due_cents, _balance(cf, invoice).is_open) == (700_00, 1)
    assert _open_ids(cf) == {invoice}
    Payment.delete_by_id(first)  # the trigger alone, whoever deletes it
    b = _balance(cf, invoice)
    assert (b.paid_cents, b.due_cents) == (0, 1000_00)


def test_a_payment_moved_to_another_invoice(cf: CompanySession, customer: int,
                                            invoice: int) -> None:
    other = _document(customer, "F-101", 500_00)
    payment = _pay(invoice, 500_00)
    Payment.update(invoice=other).where(Payment.id == payment).execute()  # put right
    assert (_balance(cf, invoice).paid_cents, _balance(cf, invoice).due_cents) == (0, 1000_00)
    assert (_balance(cf, other).paid_cents, _balance(cf, other).is_open) == (500_00, 0)
    assert _open_ids(cf) == {invoice}
    Payment.update(amount_cents=200_00).where(Payment.id == payment).execute()
    assert _balance(cf, other).due_cents == 300_00


def test_a_credit_allocation_reduces_the_invoice_and_the_credit_note(
    cf: CompanySession, customer: int, invoice: int
) -> None:
    credit = _document(customer, "AV-7", 300_00, kind="credit_note")
    b = _balance(cf, credit)
    assert (b.kind, b.due_cents, b.owed_cents, b.is_open) == ("credit_note", 300_00, -300_00, 1)
    allocation = CreditAllocation.create(credit=credit, invoice=invoice, amount_cents=200_00)
    inv, note = _balance(cf, invoice), _balance(cf, credit)
    assert (inv.credited_cents, inv.due_cents, inv.is_open) == (200_00, 800_00, 1)
    assert (note.credited_cents, note.due_cents, note.owed_cents, note.is_open) == (
        200_00, 100_00, -100_00, 1)
    items = {i.invoice_id: i for i in open_items(cf, TODAY)}
    assert (items[invoice].due_cents, items[credit].owed_cents) == (800_00, -100_00)
    assert sum(t.amounts.get("EUR", 0) for t in lists.bucket_totals(cf, TODAY).values()) \
        == 700_00  # the credit still to give is netted out
    assert invoice_details(cf, invoice).due_cents == 800_00

    CreditAllocation.update(amount_cents=300_00).where(
        CreditAllocation.id == allocation.id).execute()
    assert (_balance(cf, invoice).due_cents, _balance(cf, credit).is_open) == (700_00, 0)
    _pay(invoice, 700_00)
    assert _open_ids(cf) == set()  # paid and credited: settled

    CreditAllocation.delete_by_id(allocation.id)
    assert (_balance(cf, invoice).due_cents, _balance(cf, credit).due_cents) == (300_00, 300_00)
    assert _open_ids(cf) == {invoice, credit}


def test_a_cancelled_invoice_is_not_open_even_if_unpaid(
    cf: CompanySession, customer: int
) -> None:
    cancelled = _document(customer, "F-102", 800_00, state="cancelled")
    b = _balance(cf, cancelled)
    assert (b.due_cents, b.is_open) == (800_00, 0)
    assert _open_ids(cf) == set()
    assert today_queue(cf, datetime.combine(TODAY, datetime.min.time())) == []
    (card,) = [c for c in overview(cf, TODAY.isoformat()) if c.id == customer]
    assert (card.open_count, card.due_cents) == (0, 0)


def test_disputed_and_promised_come_with_the_balance(cf: CompanySession, customer: int,
                                                     invoice: int) -> None:
    other = _document(customer, "F-103", 100_00)
    Dispute.create(customer=customer, invoice=invoice, opened_on=TODAY)
    Promise.create(customer=customer, amount_cents=100_00, promised_on=date(2026, 12, 1))
    assert (_balance(cf, invoice).disputed, _balance(cf, other).disputed) == (1, 0)
    assert (_balance(cf, invoice).promised, _balance(cf, other).promised) == (1, 1)
    statuses = {i.invoice_id: i.status for i in open_items(cf, TODAY)}
    assert statuses == {invoice: InvoiceStatus.DISPUTED, other: InvoiceStatus.PROMISED}

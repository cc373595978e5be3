"""The change counter of migration 14: every write to what the day's actions read about a
customer counts one more change for that customer (and only for it); a write to what they do not
read counts none. SQLite, or PostgreSQL with --engine postgres."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

import pytest

from relance_desktop.store import summary
from relance_desktop.store.models import Customer, DunningAction, Invoice, Payment, Task
from relance_desktop.store.session import CompanySession

DAY = date(2026, 3, 2)
NOW = datetime(2026, 3, 2, 10, 0)


def changes(cf: CompanySession, customer: int) -> int:
    return int(cf.scalar('SELECT "changes" FROM "dunning_quiet" WHERE "customer_id" = ?',
                         (customer,)) or 0)


def book(cf: CompanySession) -> dict[str, int]:
    """Two customers; the first with an invoice, a payment, a step handed over and a call-back."""
    first = Customer.create(name="Atelier Roux")
    other = Customer.create(name="Boulangerie Nord")
    invoice = Invoice.create(customer=first, number="F-1", issue_date=DAY, due_date=DAY,
                             amount_cents=50_000)
    payment = Payment.create(invoice=invoice, paid_on=DAY, amount_cents=1000)
    action = DunningAction.create(customer=first, scenario_key="fr-business", position=2,
                                  channel="call", outcome="pending", done_on=DAY)
    task = Task.create(customer=first, kind="call_back", due_at=NOW)
    return {"Atelier Roux": first.id, "Boulangerie Nord": other.id, "invoice": invoice.id,
            "payment": payment.id, "action": action.id, "task": task.id}


WRITES: dict[str, Callable[[CompanySession, dict[str, int]], object]] = {
    "a payment": lambda cf, ids: cf.execute(
        "INSERT INTO payment (invoice_id, paid_on, amount_cents, method, reference, note, source, "
        "created_at) VALUES (?, ?, 500, 'transfer', '', '', 'manual', ?)",
        (ids["invoice"], DAY, NOW)),
    "a payment's day changed": lambda cf, ids: cf.execute(
        "UPDATE payment SET paid_on = ? WHERE id = ?", (date(2026, 3, 3), ids["payment"])),
    "an invoice's due date": lambda cf, ids: cf.execute(
        "UPDATE invoice SET due_date = ? WHERE id = ?", (date(2026, 4, 1), ids["invoice"])),
    "a promise": lambda cf, ids: cf.execute(
        "INSERT INTO promise (customer_id, amount_cents, promised_on, means, status, created_at) "
        "VALUES (?, 100, ?, '', 'open', ?)", (ids["Atelier Roux"], DAY, NOW)),
    "a plan": lambda cf, ids: cf.execute(
        "INSERT INTO payment_plan (customer_id, total_cents, status, note, created_at) "
        "VALUES (?, 100, 'active', '', ?)", (ids["Atelier Roux"], NOW)),
    "a dispute": lambda cf, ids: cf.execute(
        "INSERT INTO dispute (customer_id, invoice_id, opened_on, reason, status, notes) "
        "VALUES (?, ?, ?, '', 'open', '')", (ids["Atelier Roux"], ids["invoice"], DAY)),
    "a stop": lambda cf, ids: cf.execute(
        "INSERT INTO dunning_stop (customer_id, reason, created_at) VALUES (?, 'r', ?)",
        (ids["Atelier Roux"], NOW)),
    "a call logged": lambda cf, ids: cf.execute(
        "UPDATE dunning_action SET outcome = 'done' WHERE id = ?", (ids["action"],)),
    "a step's invoice": lambda cf, ids: cf.execute(
        "INSERT INTO dunning_action_invoice (action_id, invoice_id) VALUES (?, ?)",
        (ids["action"], ids["invoice"])),
    "a call-back closed": lambda cf, ids: cf.execute(
        "UPDATE task SET done_at = ? WHERE id = ?", (NOW, ids["task"])),
    "a call": lambda cf, ids: cf.execute(
        "INSERT INTO interaction (customer_id, kind, occurred_at, duration_s, outcome, reason, "
        "notes, draft) VALUES (?, 'call', ?, 0, '', '', '', 0)", (ids["Atelier Roux"], NOW)),
    "the customer's tags": lambda cf, ids: cf.execute(
        "UPDATE customer SET tags = 'vip' WHERE id = ?", (ids["Atelier Roux"],)),
    "the customer archived": lambda cf, ids: cf.execute(
        "UPDATE customer SET archived = 1 WHERE id = ?", (ids["Atelier Roux"],)),
}


@pytest.mark.parametrize("write", sorted(WRITES))
def test_each_write_counts_a_change_for_its_customer_only(cf: CompanySession, write: str) -> None:
    ids = book(cf)
    first, other = ids["Atelier Roux"], ids["Boulangerie Nord"]
    before, untouched = changes(cf, first), changes(cf, other)
    WRITES[write](cf, ids)
    assert changes(cf, first) > before
    assert changes(cf, other) == untouched


def test_what_the_day_s_actions_do_not_read_counts_nothing(cf: CompanySession) -> None:
    ids = book(cf)
    first = ids["Atelier Roux"]
    before = changes(cf, first)
    cf.execute("UPDATE customer SET notes = 'rappeler le matin', search_key = 'x' WHERE id = ?",
               (first,))
    cf.execute("UPDATE invoice SET description = 'travaux' WHERE id = ?", (ids["invoice"],))
    cf.execute("UPDATE customer SET tags = '' WHERE id = ?", (first,))  # the same value
    assert changes(cf, first) == before


def test_an_invoice_moved_to_another_customer_counts_for_both(cf: CompanySession) -> None:
    ids = book(cf)
    first, other = ids["Atelier Roux"], ids["Boulangerie Nord"]
    before = changes(cf, first), changes(cf, other)
    cf.execute("UPDATE invoice SET customer_id = ? WHERE id = ?", (other, ids["invoice"]))
    assert changes(cf, first) > before[0] and changes(cf, other) > before[1]


def test_a_bulk_write_counts_one_change_per_customer_it_names(cf: CompanySession) -> None:
    ids = book(cf)
    first, other = ids["Atelier Roux"], ids["Boulangerie Nord"]
    before = changes(cf, first), changes(cf, other)
    with summary.paused(cf, "import") as touched:
        for n in range(3):
            invoice = Invoice.create(customer=first, number=f"I-{n}", issue_date=DAY,
                                     due_date=DAY, amount_cents=1000)
            Payment.create(invoice=invoice, paid_on=DAY, amount_cents=500)
        assert changes(cf, first) == before[0]  # held by the pause
        touched.add(first)
    assert changes(cf, first) == before[0] + 1
    assert changes(cf, other) == before[1]

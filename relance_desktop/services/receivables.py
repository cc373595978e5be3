"""The open items behind the main window: one row per open document, read in bulk.

What is open and what is still due come from the ``invoice_balance`` view (migration 4), the
one definition of a balance: a document is listed when ``is_open`` (state « open » and
something left to pay, or for a credit note, to give back). Its ``owed_cents`` is negative for
a credit note, so totals net the credits out.

Rows are plain tuples (DESIGN §5: model objects are 8× slower than tuples at 100k rows). The
main window's lists read theirs a page at a time (:mod:`services.lists`); this reads them all,
for one customer (the interest calculator) or as a reference for the benchmark and the tests.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import NamedTuple

from relance_desktop.domain.aging import Bucket, bucket_for
from relance_desktop.domain.parties import InvoiceStatus, invoice_status
from relance_desktop.store.balance import OPEN
from relance_desktop.store.session import CompanySession, in_session

# The customer's latest action (not a draft) and next step (a task not done): one row each,
# picked with a window function (the same on SQLite and PostgreSQL).
OPEN_ITEMS_SQL = f"""
SELECT b.invoice_id, b.customer_id, c.name AS customer, c.kind AS customer_kind, b.kind,
       b.number, b.issue_date, b.due_date, b.amount_cents, b.paid_cents, b.credited_cents,
       b.due_cents, b.owed_cents, b.currency, b.state, b.dunning_level, b.disputed, b.promised,
       la.occurred_at AS last_action_at, la.kind AS last_action_kind,
       la.outcome AS last_action_outcome, nt.due_at AS next_step_at, nt.kind AS next_step_kind
FROM invoice_balance b
JOIN customer c ON c.id = b.customer_id
LEFT JOIN (SELECT customer_id, occurred_at, kind, outcome, ROW_NUMBER() OVER (
               PARTITION BY customer_id ORDER BY occurred_at DESC, id DESC) AS n
           FROM interaction WHERE draft = 0) la ON la.customer_id = b.customer_id AND la.n = 1
LEFT JOIN (SELECT customer_id, due_at, kind, ROW_NUMBER() OVER (
               PARTITION BY customer_id ORDER BY due_at, id) AS n
           FROM task WHERE done_at IS NULL) nt ON nt.customer_id = b.customer_id AND nt.n = 1
WHERE {OPEN}
"""


class OpenItem(NamedTuple):
    """An open document; its amounts are ``invoice_balance``'s, under the same names."""

    invoice_id: int
    customer_id: int
    customer: str
    customer_kind: str
    kind: str  # « invoice » or « credit_note »
    number: str
    issue_date: date
    due_date: date
    amount_cents: int
    paid_cents: int
    credited_cents: int
    due_cents: int  # still to pay (for a credit note: still to give back)
    owed_cents: int  # due_cents, negative for a credit note
    currency: str
    days_overdue: int
    bucket: Bucket
    status: InvoiceStatus
    dunning_level: int
    last_action_at: datetime | None
    last_action_kind: str
    last_action_outcome: str
    next_step_at: datetime | None
    next_step_kind: str


def _dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


@in_session
def open_items(cf: CompanySession, today: date, customer_id: int | None = None) -> list[OpenItem]:
    """Every open document (or one customer's), with its follow-up, as of ``today``."""
    sql = OPEN_ITEMS_SQL
    params: tuple[int, ...] = ()
    if customer_id is not None:
        sql += " AND b.customer_id = ?"
        params = (customer_id,)
    today_ord = today.toordinal()
    fromiso = date.fromisoformat
    items = []
    for r in cf.rows(sql, params):
        due = fromiso(r.due_date)
        days = today_ord - due.toordinal()
        items.append(
            OpenItem(
                r.invoice_id, r.customer_id, r.customer, r.customer_kind, r.kind, r.number,
                fromiso(r.issue_date), due, r.amount_cents, r.paid_cents, r.credited_cents,
                r.due_cents, r.owed_cents, r.currency, days, bucket_for(days),
                invoice_status(
                    state=r.state, amount_cents=r.amount_cents,
                    paid_cents=r.paid_cents + r.credited_cents, days_overdue=days,
                    disputed=bool(r.disputed), promised=bool(r.promised),
                ),
                r.dunning_level, _dt(r.last_action_at), r.last_action_kind or "",
                r.last_action_outcome or "", _dt(r.next_step_at), r.next_step_kind or "",
            )
        )
    return items

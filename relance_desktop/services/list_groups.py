"""The invoice list grouped by customer (« Grouper par client »): the customers a page at a time
with what their invoices that a filter lets through add up to, and a customer's invoices when it
is opened — the flat list's filter, orders and search (:mod:`services.lists`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from relance_desktop.services.lists import (
    FROM,
    PAGE_COLUMNS,
    InvoiceFilter,
    InvoiceOrder,
    _day,
    _items,
    _joins,
    _order_by,
    _where,
)
from relance_desktop.services.receivables import OpenItem
from relance_desktop.store.balance import OPEN
from relance_desktop.store.session import CompanySession, in_session

__all__ = ["CustomerGroup", "GroupWalk", "customer_groups", "group_invoices", "groups_invoices",
           "invoice_group"]

@dataclass(frozen=True)
class CustomerGroup:
    """A customer's open invoices in one currency that a filter lets through, added up: a row
    of the list grouped by customer (``owed_cents``: credit notes count against)."""

    customer_id: int
    customer: str
    customer_kind: str
    currency: str
    count: int
    amount_cents: int
    owed_cents: int
    oldest_due: date  # the earliest due date among them (the group's days overdue)


@dataclass
class GroupWalk:
    """Where the reading of a grouped list stands, kept by its model between pages (see
    :func:`customer_groups`)."""

    rows_read: int = 0
    seen: set[tuple[int, str]] = field(default_factory=set)
    done: bool = False
    ahead: list[tuple[int, str]] = field(default_factory=list)  # by total: read, not given yet
    last_read: bool = False  # by total: the last of them read


GROUP_WALK_ROWS = 500  # invoices read at a time while looking for the next customers
TOTAL_PAGES_AHEAD = 10  # by total, the pages of customers read with one pass over the invoices
_BY_TOTAL = frozenset({InvoiceOrder.AMOUNT, InvoiceOrder.STILL_DUE})
_GROUP_COLUMNS = (
    "b.customer_id, b.currency, MIN(c.name) AS customer, MIN(c.kind) AS customer_kind, "
    "COUNT(*) AS n, SUM(b.amount_cents) AS amount, SUM(b.owed_cents) AS owed, "
    "MIN(b.due_date) AS oldest"
)


def _group(r: Any) -> CustomerGroup:
    return CustomerGroup(int(r.customer_id), str(r.customer), str(r.customer_kind),
                         str(r.currency), int(r.n), int(r.amount or 0), int(r.owed or 0),
                         _day(r.oldest))


def _groups_of(cf: CompanySession, flt: InvoiceFilter,
               keys: Sequence[tuple[int, str]]) -> list[CustomerGroup]:
    """The groups ``keys`` (customer id, currency) added up over the invoices ``flt`` lets
    through, in the order of ``keys``: each customer's invoices read through the index of open
    invoices by customer."""
    if not keys:
        return []
    params: dict[str, Any] = {}
    ids = ", ".join(str(int(c)) for c in sorted({c for c, _ in keys}))
    found = {(int(r.customer_id), str(r.currency)): _group(r) for r in cf.rows(
        f"SELECT {_GROUP_COLUMNS}{FROM} WHERE {OPEN} AND b.customer_id IN ({ids})"
        f"{_where(cf, flt, params)} GROUP BY b.customer_id, b.currency", params)}
    return [found[key] for key in keys if key in found]


@in_session
def customer_groups(cf: CompanySession, flt: InvoiceFilter, order: InvoiceOrder,
                    descending: bool, walk: GroupWalk, limit: int = 100) -> list[CustomerGroup]:
    """The next ``limit`` groups of the list grouped by customer (one per customer and
    currency with an invoice ``flt`` lets through), ``walk`` saying where the last page ended
    (a new :class:`GroupWalk` for the first page; ``walk.done`` once all are read).

    Sorted by amount or still due, the customers come by their total (what the groups show),
    and by fewest days overdue, by their oldest invoice: one query adds up every invoice the
    filter lets through (and orders the next :data:`TOTAL_PAGES_AHEAD` pages, kept in ``walk``).
    In any other order a customer comes where its first invoice comes in
    the flat list (most days overdue first: its oldest invoice; by name: its name): the flat
    list's own query (and index) is walked, :data:`GROUP_WALK_ROWS` invoices at a time, until
    ``limit`` new customers are met — the first page of a million invoices reads a few hundred
    rows. Either way the groups' figures are added up for the customers of the page only."""
    if walk.done:
        return []
    by_total = order in _BY_TOTAL
    if by_total or (order == InvoiceOrder.DAYS and not descending):
        if not walk.ahead and not walk.last_read:  # a pass costs the same for 10 pages as 1
            ahead = int(limit) * TOTAL_PAGES_AHEAD
            params: dict[str, Any] = {"limit": ahead, "offset": walk.rows_read}
            way = "DESC" if descending else "ASC"
            # fewest days first: the latest of the groups' earliest due dates first
            key = f"SUM(b.owed_cents) {way}" if by_total else "MIN(b.due_date) DESC"
            walk.ahead = [(int(c), str(cur)) for c, cur in cf.tuples(
                f"SELECT b.customer_id, b.currency FROM invoice_balance b WHERE {OPEN}"
                f"{_where(cf, flt, params, every_row=True)} GROUP BY b.customer_id, b.currency "
                f"ORDER BY {key}, b.customer_id {way}, b.currency {way} "
                "LIMIT :limit OFFSET :offset", params)]
            walk.rows_read += len(walk.ahead)
            walk.last_read = len(walk.ahead) < ahead
        keys, walk.ahead = walk.ahead[:limit], walk.ahead[limit:]
        walk.done = walk.last_read and not walk.ahead
        return _groups_of(cf, flt, keys)
    keys = []
    while len(keys) < limit and not walk.done:
        params = {"limit": GROUP_WALK_ROWS, "offset": walk.rows_read}
        rows = cf.tuples(
            f"SELECT b.customer_id, b.currency{FROM}{_joins(order)} WHERE {OPEN}"
            f"{_where(cf, flt, params)}{_order_by(order, descending)} "
            "LIMIT :limit OFFSET :offset", params)
        for customer_id, currency in rows:
            walk.rows_read += 1
            found = (int(customer_id), str(currency))
            if found not in walk.seen:
                walk.seen.add(found)
                keys.append(found)
                if len(keys) == limit:
                    break
        else:
            walk.done = len(rows) < GROUP_WALK_ROWS
    return _groups_of(cf, flt, keys)


@in_session
def group_invoices(cf: CompanySession, flt: InvoiceFilter, customer_id: int, currency: str,
                   order: InvoiceOrder = InvoiceOrder.DAYS, descending: bool = False,
                   offset: int = 0, limit: int = 200) -> list[OpenItem]:
    """Rows ``offset`` … of one group: the customer's invoices in ``currency`` that ``flt``
    lets through, in the list's order."""
    one = InvoiceFilter(flt.today, flt.buckets, flt.words, customer_id)
    params: dict[str, Any] = {"limit": int(limit), "offset": int(offset), "currency": currency}
    sql = (f"SELECT {PAGE_COLUMNS}{FROM}{_joins(order)} WHERE {OPEN}{_where(cf, one, params)}"
           f" AND b.currency = :currency{_order_by(order, descending)} "
           "LIMIT :limit OFFSET :offset")
    return _items(cf, cf.rows(sql, params), flt.today)


@in_session
def groups_invoices(cf: CompanySession, flt: InvoiceFilter, keys: Sequence[tuple[int, str]],
                    order: InvoiceOrder = InvoiceOrder.DAYS, descending: bool = False,
                    limit: int = 2000) -> dict[tuple[int, str], list[OpenItem]]:
    """The invoices of several groups at once (one query), each group's in the list's order:
    group (customer id, currency) → its invoices ``flt`` lets through (at most ``limit`` in
    all)."""
    found: dict[tuple[int, str], list[OpenItem]] = {key: [] for key in keys}
    if not keys:
        return found
    params: dict[str, Any] = {"limit": int(limit)}
    ids = ", ".join(str(int(c)) for c in sorted({c for c, _ in keys}))
    sql = (f"SELECT {PAGE_COLUMNS}{FROM}{_joins(order)} WHERE {OPEN} "
           f"AND b.customer_id IN ({ids}){_where(cf, flt, params)}"
           f"{_order_by(order, descending)} LIMIT :limit")
    for item in _items(cf, cf.rows(sql, params), flt.today):
        mine = found.get((item.customer_id, item.currency))
        if mine is not None:
            mine.append(item)
    return found


@in_session
def invoice_group(cf: CompanySession, invoice_id: int) -> tuple[int, str] | None:
    """The group (customer id, currency) an invoice belongs to."""
    row = cf.one("SELECT customer_id, currency FROM invoice WHERE id = ?", (invoice_id,))
    return None if row is None else (int(row[0]), str(row[1]))

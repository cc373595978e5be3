"""The lists of the main window, read from the database a page at a time.

A list asks for one page of rows (``offset``/``limit``) in the order the user chose, filtered by
aging bucket and search words; counts and totals (per aging bucket, per currency) are computed
in SQL too. Nothing here grows with the file: a page costs the same with 10,000 invoices or a
million, when its order has an index (migration 5: due date, issue date, amount, number,
customer). Orders without one (still due, status, last action, next step) cost one pass over
the open invoices.

Open invoices are those of the ``invoice_balance`` view with state « open » and something left
to pay; the condition is spelled on the view's base columns (``amount_cents - paid_cents -
credited_cents > 0``) exactly as the partial indexes of migration 5 spell it, so that SQLite and
PostgreSQL use them. A search word is looked for inside the customer's name (its
``search_key``, folded: case and accents) and the invoice number, and, for a word made of digits,
at the start of the amount and of what is still due (« 1234 » finds 1 234,56 and 12 340,00);
each word that lets few invoices through is read through indexes first (see :func:`_where`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from relance_desktop.domain.aging import Bucket, bucket_for
from relance_desktop.domain.parties import invoice_status
from relance_desktop.domain.text import search_key
from relance_desktop.services.customers import CustomerRow
from relance_desktop.services.number_search import NumberIndex
from relance_desktop.services.receivables import OpenItem
from relance_desktop.store.balance import OPEN, STILL_DUE
from relance_desktop.store.session import CompanySession, Engine, in_session

__all__ = [
    "CustomerListRow",
    "InvoiceFilter",
    "InvoiceOrder",
    "Stoppable",
    "Superseded",
    "Totals",
    "amount_ranges",
    "bucket_totals",
    "customer_count",
    "customer_count_at_least",
    "customer_page",
    "fill_search_keys",
    "invoice_page",
    "invoice_position",
    "invoice_totals",
    "is_amount_word",
    "open_count_at_least",
]

class InvoiceOrder(StrEnum):
    """The orders of the invoice list (the columns a user can sort on)."""

    CUSTOMER = "customer"
    NUMBER = "number"
    ISSUED = "issued"
    DUE = "due"
    DAYS = "days"  # days overdue: the due date, the other way round
    AMOUNT = "amount"
    STILL_DUE = "still_due"
    LAST_ACTION = "last_action"
    NEXT_STEP = "next_step"
    STATUS = "status"


# Each order as (expression, ascending?) terms, ending on a unique key so pages never overlap.
_STATUS_RANK = (
    "CASE WHEN b.disputed = 1 THEN 1 WHEN b.promised = 1 THEN 0 "
    "WHEN b.due_date >= :today THEN 2 WHEN b.paid_cents + b.credited_cents > 0 THEN 3 ELSE 4 END"
)
_ORDERS: dict[InvoiceOrder, tuple[tuple[str, bool], ...]] = {
    InvoiceOrder.CUSTOMER: (("c.search_key", True), ("c.id", True), ("b.due_date", True),
                            ("b.invoice_id", True)),
    InvoiceOrder.NUMBER: (("b.number", True), ("b.invoice_id", True)),
    InvoiceOrder.ISSUED: (("b.issue_date", True), ("b.invoice_id", True)),
    InvoiceOrder.DUE: (("b.due_date", True), ("b.invoice_id", True)),
    InvoiceOrder.DAYS: (("b.due_date", False), ("b.invoice_id", False)),
    InvoiceOrder.AMOUNT: (("b.amount_cents", True), ("b.invoice_id", True)),
    InvoiceOrder.STILL_DUE: ((STILL_DUE, True), ("b.invoice_id", True)),
    # Never acted on first (as the oldest action); nothing planned last.
    InvoiceOrder.LAST_ACTION: (("CASE WHEN la.at IS NULL THEN 0 ELSE 1 END", True),
                               ("la.at", True), ("b.invoice_id", True)),
    InvoiceOrder.NEXT_STEP: (("CASE WHEN nt.due IS NULL THEN 1 ELSE 0 END", True),
                             ("nt.due", True), ("b.invoice_id", True)),
    InvoiceOrder.STATUS: ((_STATUS_RANK, True), ("b.invoice_id", True)),
}
LAST_ACTION_JOIN = (
    " LEFT JOIN (SELECT customer_id, MAX(occurred_at) AS at FROM interaction WHERE draft = 0 "
    "GROUP BY customer_id) la ON la.customer_id = b.customer_id"
)
NEXT_STEP_JOIN = (
    " LEFT JOIN (SELECT customer_id, MIN(due_at) AS due FROM task WHERE done_at IS NULL "
    "GROUP BY customer_id) nt ON nt.customer_id = b.customer_id"
)

# Bucket → (earliest due date, latest due date) as days before today (None: unbounded).
_BUCKET_DAYS: dict[Bucket, tuple[int | None, int | None]] = {
    Bucket.NOT_DUE: (0, None),  # due today or later
    Bucket.D1_30: (30, 1),
    Bucket.D31_60: (60, 31),
    Bucket.D61_90: (90, 61),
    Bucket.OVER_90: (None, 91),
}
ALL_BUCKETS = frozenset(Bucket)


@dataclass(frozen=True)
class InvoiceFilter:
    """Which open invoices a list shows: aging buckets, search words (all must match, each in
    the customer's name, the number or an amount), one customer."""

    today: date
    buckets: frozenset[Bucket] = ALL_BUCKETS
    words: tuple[str, ...] = ()
    customer_id: int | None = None
    # Invoice ids that every invoice the words match is among (None: unknown): the list read
    # whole for a shorter form of the words, which typing on can only narrow.
    within: tuple[int, ...] | None = None
    # The open invoices' numbers read into memory, if the list has them (services.number_search):
    # used while they are current, instead of a pass over the numbers' index.
    numbers: NumberIndex | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class Totals:
    """How many rows, and what they owe per currency (``owed_cents``: credit notes count
    against; never added across currencies)."""

    count: int = 0
    amounts: Mapping[str, int] = field(default_factory=dict)


def _like(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def is_amount_word(word: str) -> bool:
    """Whether a search word is an amount (digits, at most one dot)."""
    return bool(word) and all(ch.isdigit() or ch == "." for ch in word) and word.count(".") <= 1


# The largest amount an amount search looks for: 10^11 currency units.
_LARGEST_CENTS = 10**13


def amount_ranges(word: str) -> list[tuple[int, int]]:
    """The amounts, in cents, whose « units.cents » text starts with ``word`` (an amount as
    :func:`views.invoice_cells.normalise_query` writes it: digits, at most one dot), as
    inclusive ranges: « 1234 » is 1 234,00–1 234,99, 12 340,00–12 349,99, and so on; « 1234.5 »
    is 1 234,50–1 234,59. A search for an amount is a few index ranges, not a pass over the
    amounts written as text."""
    units, dot, cents = word.partition(".")
    if not units or (units != "0" and units.startswith("0")) or len(cents) > 2:
        return []
    value = int(units)
    if dot:  # the units are written out: only the cents may go on
        low = value * 100 + (int(cents) * 10 ** (2 - len(cents)) if cents else 0)
        return [(low, low + 10 ** (2 - len(cents)) - 1)]
    ranges = []
    scale = 1
    while value * scale * 100 <= _LARGEST_CENTS:
        ranges.append((value * scale * 100, (value + 1) * scale * 100 - 1))
        if value == 0:
            break  # « 0 » is followed by the dot, never by more digits
        scale *= 10
    return ranges


def _date_ranges(buckets: frozenset[Bucket], today: date) -> list[tuple[str | None, str | None]]:
    """The buckets as ranges of due dates (adjacent buckets merged): (from, to), ISO, inclusive."""
    ranges: list[tuple[int | None, int | None]] = []
    for bucket in sorted(buckets, reverse=True):  # oldest first: over 90 days … not due
        earliest, latest = _BUCKET_DAYS[bucket]
        if ranges and ranges[-1][1] is not None and earliest is not None \
                and ranges[-1][1] == earliest + 1:
            ranges[-1] = (ranges[-1][0], latest)
        else:
            ranges.append((earliest, latest))

    def iso(days: int | None) -> str | None:
        return None if days is None else (today - timedelta(days=days)).isoformat()

    return [(iso(earliest), iso(latest)) for earliest, latest in ranges]


def _name_like(param: str, table: str = "") -> str:
    """The customer's name matches ``:param``: by its search key, or by its name in lower case
    while the key is blank (written since the window last filled keys; see
    :func:`fill_search_keys`). Lists only read."""
    return (f"({table}search_key LIKE :{param} ESCAPE '\\' OR ({table}search_key = '' "
            f"AND lower({table}name) LIKE :{param} ESCAPE '\\'))")


# A search word that lets at most this many open invoices through is read first (each of its
# sources through an index) and the list then shows those invoices by id; a broader word is
# checked row by row while the list's order is walked (its first page comes long before the end).
FEW_MATCHES = 2000

# An open invoice, spelled on the base table as the partial indexes of migration 5 are.
_OPEN_ROW = "state = 'open' AND amount_cents - paid_cents - credited_cents > 0"


@dataclass(frozen=True)
class _Source:
    """Where the open invoices a word matches come from: ``term`` checks a row of the list
    (``b``); ``ids`` lists their ids through an index (or ``""``: no index serves it)."""

    term: str
    ids: str = ""
    number: str = ""  # the word, for the source that looks inside the numbers


def _phrase(word: str) -> str:
    """``word`` as an FTS5 phrase: with the trigram tokenizer, « anywhere inside »."""
    return '"' + word.replace('"', '""') + '"'


def _between(expr: str, ranges: list[tuple[int, int]]) -> str:
    return "(" + (" OR ".join(f"{expr} BETWEEN {low} AND {high}" for low, high in ranges)
                  or "1 = 0") + ")"


def _word_sources(cf: CompanySession, word: str, name: str, params: dict[str, Any],
                  joined: bool = False) -> list[_Source]:
    """The customer's name and the number (anywhere inside) and, for an amount, the amount and
    what is still due (from their start: :func:`amount_ranges`).

    On SQLite each source can also list its invoices through an index: the customers from the
    trigram index (migration 6, three letters or more), the numbers from the partial index of
    open invoices' numbers (a pass over that index), the amounts by ranges of the amount and
    still-due indexes. On PostgreSQL the planner chooses (trigram indexes serve the ``LIKE``).

    ``joined``: the query joins each row's customer as ``c`` (a page's head): a word of one or
    two letters checks the name on that row instead of a list of the customers made first by a
    pass over all of them (no index serves so short a word: 30 ms at 50,000 customers)."""
    like = f"LIKE :{name} ESCAPE '\\'"
    sqlite = cf.engine is Engine.SQLITE
    if sqlite and len(word) >= 3:
        params[f"{name}k"] = f"key : {_phrase(word)}"
        customers = ("SELECT rowid FROM customer_search WHERE customer_search MATCH "
                     f":{name}k UNION ALL SELECT id FROM customer WHERE search_key = '' "
                     f"AND lower(name) {like}")
    else:
        customers = f"SELECT id FROM customer WHERE {_name_like(name)}"
    # SQLite's LIKE ignores the case of ASCII letters already (and lower() folds no other)
    number = "{}number" if sqlite else "lower({}number)"
    found_in = f"{number} {like}"
    if sqlite and word.lower() == word.upper():
        # no letter, so no case to ignore: the same test as the LIKE, a quarter faster over
        # the index of open invoices' numbers (234,000 of them at 1M: 26 ms against 34)
        params[f"{name}t"] = word
        found_in = f"instr({{}}number, :{name}t) > 0"
    columns = [(found_in.format("b."), [found_in.format("")], "invoice_open_number")]
    if is_amount_word(word):
        ranges = amount_ranges(word)
        # one query per range: each an index range (an OR of ranges would read the whole index)
        columns += [
            (_between("b.amount_cents", ranges),
             [_between("amount_cents", [r]) for r in ranges], "invoice_open_amount"),
            (_between(STILL_DUE, ranges),
             [_between("(amount_cents - paid_cents - credited_cents)", [r]) for r in ranges],
             "invoice_open_still_due")]
    name_term = (_name_like(name, "c.") if joined and sqlite and len(word) < 3
                 else f"b.customer_id IN ({customers})")
    sources = [_Source(name_term,
                       "SELECT id FROM invoice INDEXED BY invoice_open_customer "
                       f"WHERE {_OPEN_ROW} AND customer_id IN ({customers})" if sqlite else "")]
    for term, conditions, index in columns:
        ids = " UNION ALL ".join(f"SELECT id FROM invoice INDEXED BY {index} "
                                 f"WHERE {_OPEN_ROW} AND {c}" for c in conditions)
        sources.append(_Source(term, (ids or "SELECT NULL WHERE 0") if sqlite else "",
                               word if index == "invoice_open_number" else ""))
    return sources


def _few_ids(cf: CompanySession, sources: list[_Source], params: dict[str, Any],
             numbers: NumberIndex | None = None) -> list[int] | None:
    """The ids of the open invoices the sources of a word let through, if at most
    :data:`FEW_MATCHES` (each source read up to that bound). The numbers are looked for in
    ``numbers`` while it is current."""
    if not all(source.ids for source in sources):
        return None
    found: set[int] = set()
    for source in sources:
        if source.number and numbers is not None and numbers.current(cf):
            found.update(numbers.ids_containing(cf, source.number, FEW_MATCHES + 1))
        else:
            rows = cf.tuples(f"{source.ids} LIMIT {FEW_MATCHES + 1}", params)
            found.update(int(r[0]) for r in rows)
        if len(found) > FEW_MATCHES:
            return None
    return sorted(found)


def _where(cf: CompanySession, flt: InvoiceFilter, params: dict[str, Any],
           every_row: bool = False, head: bool = False, rare: bool = False) -> str:
    """The conditions after ``OPEN`` (each starting with `` AND``); fills ``params``.

    Each search word matches the customer's name, the number or an amount. The first word that
    lets few invoices through (:func:`_few_ids`) is replaced by their ids; every other word is
    checked on the rows. ``every_row``: a query that reads every matching row (totals), where
    each word's invoices are read through their indexes (their ids joined), however many.
    ``head``: the words checked on each row of a page's head (:func:`_page_from_head`), never
    narrowed first. ``rare``: the head held too few of a short word's rows, so that word too is
    read first when it lets few invoices through."""
    sql = ""
    params["today"] = flt.today.isoformat()
    if flt.customer_id is not None:
        sql += " AND b.customer_id = :customer_id"
        params["customer_id"] = flt.customer_id
    if not flt.buckets:
        return sql + " AND 1 = 0"
    if flt.buckets != ALL_BUCKETS:
        parts = []
        for pos, (first, last) in enumerate(_date_ranges(flt.buckets, flt.today)):
            terms = []
            if first is not None:
                terms.append(f"b.due_date >= :from{pos}")
                params[f"from{pos}"] = first
            if last is not None:
                terms.append(f"b.due_date <= :to{pos}")
                params[f"to{pos}"] = last
            parts.append(" AND ".join(terms) or "1 = 1")
        sql += " AND (" + " OR ".join(f"({p})" for p in parts) + ")"
    words = []
    for pos, word in enumerate(flt.words):
        name = f"w{pos}"
        params[name] = _like(word)
        words.append(_word_sources(cf, word, name, params, joined=head))
    narrowed = False
    if flt.within is not None and flt.words:  # ints read from the file: written as they are
        sql += f" AND b.invoice_id IN ({', '.join(map(str, flt.within)) or 'NULL'})"
        narrowed, every_row = True, False  # the words are checked on those few rows
    for word, sources in zip(flt.words, words, strict=True):
        ids = None
        if every_row and all(source.ids for source in sources):
            sql += (" AND b.invoice_id IN ("
                    + " UNION ".join(source.ids for source in sources) + ")")
            continue
        if not narrowed and not head and flt.customer_id is None and (len(word) >= 3 or rare):
            ids = _few_ids(cf, sources, params, flt.numbers)  # (shorter: rarely selective)
        if ids is not None:  # ints read from the file: written as they are
            narrowed = True
            sql += f" AND b.invoice_id IN ({', '.join(map(str, ids)) or 'NULL'})"
        else:
            sql += " AND (" + " OR ".join(s.term for s in sources) + ")"
    return sql


def _order_by(order: InvoiceOrder, descending: bool) -> str:
    terms = []
    for expr, ascending in _ORDERS[order]:
        up = ascending != descending
        terms.append(f"{expr} {'ASC' if up else 'DESC'}")
    return " ORDER BY " + ", ".join(terms)


def _joins(order: InvoiceOrder) -> str:
    if order == InvoiceOrder.LAST_ACTION:
        return LAST_ACTION_JOIN
    if order == InvoiceOrder.NEXT_STEP:
        return NEXT_STEP_JOIN
    return ""


PAGE_COLUMNS = (
    "b.invoice_id, b.customer_id, c.name AS customer, c.kind AS customer_kind, b.kind, b.number, "
    "b.issue_date, b.due_date, b.amount_cents, b.paid_cents, b.credited_cents, b.due_cents, "
    "b.owed_cents, b.currency, b.state, b.dunning_level, b.disputed, b.promised"
)
FROM = " FROM invoice_balance b JOIN customer c ON c.id = b.customer_id"


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _moment(value: Any) -> datetime | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def _follow_up_of(cf: CompanySession, customer_ids: Sequence[int]) -> tuple[
        dict[int, tuple[datetime | None, str, str]], dict[int, tuple[datetime | None, str]]]:
    """Each customer's last action (when, kind, outcome) and next step (when, kind)."""
    last: dict[int, tuple[datetime | None, str, str]] = {}
    nxt: dict[int, tuple[datetime | None, str]] = {}
    if not customer_ids:
        return last, nxt
    marks = ", ".join("?" * len(customer_ids))
    for r in cf.rows(
        "SELECT customer_id, occurred_at, kind, outcome FROM interaction WHERE draft = 0 "
        f"AND customer_id IN ({marks}) ORDER BY customer_id, occurred_at, id", customer_ids,
    ):
        last[int(r.customer_id)] = (_moment(r.occurred_at), str(r.kind or ""),
                                    str(r.outcome or ""))
    for r in cf.rows(
        "SELECT customer_id, due_at, kind FROM task WHERE done_at IS NULL "
        f"AND customer_id IN ({marks}) ORDER BY customer_id, due_at DESC, id DESC", customer_ids,
    ):
        nxt[int(r.customer_id)] = (_moment(r.due_at), str(r.kind or ""))
    return last, nxt


def _items(cf: CompanySession, rows: Iterable[Any], today: date) -> list[OpenItem]:
    rows = list(rows)
    last, nxt = _follow_up_of(cf, sorted({int(r.customer_id) for r in rows}))
    today_ord = today.toordinal()
    items = []
    for r in rows:
        due = _day(r.due_date)
        days = today_ord - due.toordinal()
        amount, paid, credited = int(r.amount_cents), int(r.paid_cents), int(r.credited_cents)
        at, kind, outcome = last.get(int(r.customer_id), (None, "", ""))
        step_at, step_kind = nxt.get(int(r.customer_id), (None, ""))
        items.append(OpenItem(
            invoice_id=int(r.invoice_id), customer_id=int(r.customer_id),
            customer=str(r.customer), customer_kind=str(r.customer_kind), kind=str(r.kind),
            number=str(r.number), issue_date=_day(r.issue_date), due_date=due,
            amount_cents=amount, paid_cents=paid, credited_cents=credited,
            due_cents=int(r.due_cents), owed_cents=int(r.owed_cents), currency=str(r.currency),
            days_overdue=days, bucket=bucket_for(days),
            status=invoice_status(state=str(r.state), amount_cents=amount,
                                  paid_cents=paid + credited, days_overdue=days,
                                  disputed=bool(r.disputed), promised=bool(r.promised)),
            dunning_level=int(r.dunning_level), last_action_at=at, last_action_kind=kind,
            last_action_outcome=outcome, next_step_at=step_at, next_step_kind=step_kind,
        ))
    return items


@in_session
def fill_search_keys(cf: CompanySession) -> int:
    """Fill the blank search keys (names with accents written by plain SQL: imports, demo);
    how many were filled. A write: the window calls it when a file is opened, never to show a
    list (until then a blank key is searched by the name in lower case)."""
    rows = cf.rows("SELECT id, name FROM customer WHERE search_key = ''")
    if not rows:
        return 0
    with cf.atomic():
        cf.executemany("UPDATE customer SET search_key = ? WHERE id = ?",
                       [(search_key(str(r.name)) or " ", int(r.id)) for r in rows])
    return len(rows)


@in_session
def open_count_at_least(cf: CompanySession, count: int) -> bool:
    """Whether the company has at least ``count`` open invoices (reads at most that many)."""
    found = cf.scalar(f"SELECT COUNT(*) FROM (SELECT 1 FROM invoice_balance b WHERE {OPEN} "
                      "LIMIT :count) x", {"count": int(count)})
    return int(found or 0) >= count


# A search with a word of one or two letters looks for its page among about this many first rows
# of the list's order first (see _page_from_head).
HEAD_ROWS = 4000
# The first term of each order that an index serves (the head is bounded by it).
_HEAD_KEYS = {InvoiceOrder.CUSTOMER: "c.search_key", InvoiceOrder.NUMBER: "b.number",
              InvoiceOrder.ISSUED: "b.issue_date", InvoiceOrder.DUE: "b.due_date",
              InvoiceOrder.DAYS: "b.due_date", InvoiceOrder.AMOUNT: "b.amount_cents"}


def _head_fits(cf: CompanySession, flt: InvoiceFilter, order: InvoiceOrder, offset: int,
               limit: int) -> bool:
    """Whether the page is looked for in the list's head first (:func:`_page_from_head`)."""
    return cf.engine is Engine.SQLITE and order in _HEAD_KEYS and offset + limit <= HEAD_ROWS \
        and len(flt.words) == 1 and len(flt.words[0]) < 3 and flt.within is None


def _page_from_head(cf: CompanySession, flt: InvoiceFilter, order: InvoiceOrder,
                    descending: bool, offset: int, limit: int) -> list[Any] | None:
    """The page, if it lies within the head of the list: its first :data:`HEAD_ROWS` rows in
    the list's order (and those tied with the last on the order's first term). The words are
    checked on each row walked and on its customer, the walk bounded by the first term of the
    head's last row (read through the order's index). None when fewer rows match in the head:
    the page is then read the usual way (a rare word pays the head on top, 10–30 ms at 1M).

    For one word of one or two letters (the first keys typed), which no index serves: the
    usual way first makes the list of the customers it matches, by a pass over all of them
    (20–25 ms of CPU at 50,000 customers), where such a word usually finds its page after a
    few hundred rows (2–9 ms)."""
    key = _HEAD_KEYS.get(order)
    if key is None or not _head_fits(cf, flt, order, offset, limit):
        return None
    params: dict[str, Any] = {"last": HEAD_ROWS - 1, "limit": int(limit), "offset": int(offset)}
    order_by = _order_by(order, descending)
    joins = _joins(order)
    source = FROM if order == InvoiceOrder.CUSTOMER else " FROM invoice_balance b"
    last = cf.tuples(f"SELECT {key}{source} WHERE {OPEN}"
                     f"{_where(cf, replace(flt, words=()), params)}{order_by} "
                     "LIMIT 1 OFFSET :last", params)
    bound = ""
    if last:  # else the whole list is the head
        ascending = _ORDERS[order][0][1] != descending
        bound = f" AND {key} {'<=' if ascending else '>='} :bound"
        params["bound"] = last[0][0]
    rows = cf.rows(f"SELECT {PAGE_COLUMNS}{FROM}{joins} WHERE {OPEN}"
                   f"{_where(cf, flt, params, head=True)}{bound}{order_by} "
                   "LIMIT :limit OFFSET :offset", params)
    return rows if len(rows) == limit or not last else None


@in_session
def invoice_page(cf: CompanySession, flt: InvoiceFilter, order: InvoiceOrder = InvoiceOrder.DAYS,
                 descending: bool = False, offset: int = 0, limit: int = 200) -> list[OpenItem]:
    """Rows ``offset`` … ``offset + limit - 1`` of the open invoices that ``flt`` lets through,
    in ``order`` (``descending``: the other way round)."""
    found = _page_from_head(cf, flt, order, descending, offset, limit)
    if found is not None:
        return _items(cf, found, flt.today)
    # A short word that the head did not fill a page with is rare: read through its sources
    # first when it lets few invoices through, not by walking the list (« zz » at 1M: 300 ms).
    rare = _head_fits(cf, flt, order, offset, limit)
    params: dict[str, Any] = {"limit": int(limit), "offset": int(offset)}
    sql = (f"SELECT {PAGE_COLUMNS}{FROM}{_joins(order)} WHERE {OPEN}"
           f"{_where(cf, flt, params, rare=rare)}"
           f"{_order_by(order, descending)} LIMIT :limit OFFSET :offset")
    return _items(cf, cf.rows(sql, params), flt.today)


@in_session
def invoice_position(cf: CompanySession, flt: InvoiceFilter, invoice_id: int,
                     order: InvoiceOrder = InvoiceOrder.DAYS, descending: bool = False,
                     within: int = 5000) -> int | None:
    """Where the invoice is in the list (0-based), if it is among its first ``within`` rows."""
    params: dict[str, Any] = {"within": int(within)}
    sql = (f"SELECT b.invoice_id{FROM}{_joins(order)} WHERE {OPEN}{_where(cf, flt, params)}"
           f"{_order_by(order, descending)} LIMIT :within")
    for pos, row in enumerate(cf.tuples(sql, params)):
        if int(row[0]) == invoice_id:
            return pos
    return None


def _add(amounts: dict[str, int], currency: str, cents: int) -> None:
    amounts[currency] = amounts.get(currency, 0) + cents


@in_session
def invoice_totals(cf: CompanySession, flt: InvoiceFilter) -> Totals:
    """How many open invoices ``flt`` lets through, and what they still owe per currency."""
    params: dict[str, Any] = {}
    sql = (f"SELECT b.currency, COUNT(*), SUM(b.owed_cents) FROM invoice_balance b WHERE {OPEN}"
           f"{_where(cf, flt, params, every_row=True)} GROUP BY b.currency")
    count, amounts = 0, dict[str, int]()
    for currency, n, cents in cf.tuples(sql, params):
        count += int(n)
        _add(amounts, str(currency), int(cents or 0))
    return Totals(count, amounts)


class Superseded(Exception):
    """A read stopped because its answer is no longer wanted (:class:`Stoppable`)."""


class Stoppable:
    """A read made on a worker thread that the GUI thread may stop once its answer is no
    longer wanted (the user typed on): on SQLite the query is interrupted
    (``sqlite3.Connection.interrupt``, made to be called from another thread), elsewhere it runs
    to its end and its answer is dropped. A search's totals at 1M are a pass over the invoices
    it matches (0.1–0.7 s of CPU): left to run, they took the GUI thread's core on a busy
    two-core machine, where a keystroke taking more than the pause they wait for (150 ms) set
    them off after every key (1M, load 6–8: a keystroke's median 276–483 ms, against 58–105 ms
    with no totals while typing; stopped when superseded, at load 3–4: 52–71 ms against
    72–188 ms)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._connection: Any = None
        self.stopped = False

    def run(self, cf: CompanySession, work: Callable[[], Any]) -> Any:
        """``work()`` (reading ``cf`` on this thread); :class:`Superseded` when stopped before
        it starts or, on SQLite, while it runs."""
        with self._lock:
            if self.stopped:
                raise Superseded
            if cf.engine is Engine.SQLITE:
                self._connection = cf.db.connection()
        try:
            return work()
        except Exception as exc:
            if self.stopped:  # interrupted: whatever error the interruption became
                raise Superseded from exc
            raise
        finally:
            with self._lock:
                self._connection = None

    def stop(self) -> None:
        with self._lock:
            self.stopped = True
            if self._connection is not None:
                self._connection.interrupt()


@in_session
def bucket_totals(cf: CompanySession, today: date,
                  customer_id: int | None = None) -> dict[Bucket, Totals]:
    """Count and still due per currency of the open invoices in each aging bucket."""
    params: dict[str, Any] = {
        f"d{days}": (today - timedelta(days=days)).isoformat() for days in (0, 30, 60, 90)}
    where = ""
    if customer_id is not None:
        where = " AND b.customer_id = :customer_id"
        params["customer_id"] = customer_id
    sql = (
        "SELECT CASE WHEN b.due_date >= :d0 THEN 0 WHEN b.due_date >= :d30 THEN 1 "
        "WHEN b.due_date >= :d60 THEN 2 WHEN b.due_date >= :d90 THEN 3 ELSE 4 END AS bucket, "
        f"b.currency, COUNT(*), SUM(b.owed_cents) FROM invoice_balance b WHERE {OPEN}{where} "
        "GROUP BY 1, 2"
    )
    counts = dict.fromkeys(Bucket, 0)
    sums: dict[Bucket, dict[str, int]] = {b: {} for b in Bucket}
    for bucket, currency, n, cents in cf.tuples(sql, params):
        counts[Bucket(int(bucket))] += int(n)
        _add(sums[Bucket(int(bucket))], str(currency), int(cents or 0))
    return {b: Totals(counts[b], sums[b]) for b in Bucket}


# -- customers ----------------------------------------------------------------------------------


CustomerListRow = CustomerRow
"""A row of the customer list: the same as the customer overview's (services.customers)."""


def _customer_where(words: Sequence[str], params: dict[str, Any]) -> str:
    sql = " WHERE c.archived = 0"
    for pos, word in enumerate(words):
        name = f"w{pos}"
        params[name] = _like(word)
        sql += (f" AND ({_name_like(name, 'c.')} "
                f"OR lower(c.city) LIKE :{name} ESCAPE '\\' OR c.phone LIKE :{name} ESCAPE '\\')")
    return sql


@in_session
def customer_count(cf: CompanySession, words: Sequence[str] = ()) -> int:
    """How many customers (not archived) the customer list shows for ``words``."""
    params: dict[str, Any] = {}
    return int(cf.scalar(f"SELECT COUNT(*) FROM customer c{_customer_where(words, params)}",
                         params) or 0)


@in_session
def customer_count_at_least(cf: CompanySession, count: int) -> bool:
    """Whether the customer list (customers not archived) has at least ``count`` rows; reads at
    most that many (a count of 50,000 customers took 12–26 ms, twice a keystroke)."""
    found = cf.scalar("SELECT COUNT(*) FROM (SELECT 1 FROM customer c WHERE c.archived = 0 "
                      "LIMIT :count) x", {"count": int(count)})
    return int(found or 0) >= count


@in_session
def customer_page(cf: CompanySession, today: date, words: Sequence[str] = (),
                  descending: bool = False, offset: int = 0,
                  limit: int = 200) -> list[CustomerListRow]:
    """One page of the customer list, by name (folded), with what each still owes on its open
    invoices (credit notes left out, as ``customers.overview`` counts)."""
    params: dict[str, Any] = {"limit": int(limit), "offset": int(offset)}
    way = "DESC" if descending else "ASC"
    customers = cf.rows(
        "SELECT c.id, c.name, c.kind, c.country, c.city, c.phone FROM customer c"
        f"{_customer_where(words, params)} ORDER BY c.search_key {way}, c.id {way} "
        "LIMIT :limit OFFSET :offset", params)
    if not customers:
        return []
    ids = [int(c.id) for c in customers]
    marks = ", ".join("?" * len(ids))
    owed: dict[int, tuple[int, int, int, str | None]] = {}
    for r in cf.tuples(
        f"SELECT b.customer_id, COUNT(*), SUM({STILL_DUE}), "
        f"SUM(CASE WHEN b.due_date < ? THEN {STILL_DUE} ELSE 0 END), MIN(b.due_date) "
        f"FROM invoice_balance b WHERE {OPEN} AND b.kind = 'invoice' "
        f"AND b.customer_id IN ({marks}) "
        "GROUP BY b.customer_id", [today.isoformat(), *ids],
    ):
        owed[int(r[0])] = (int(r[1]), int(r[2] or 0), int(r[3] or 0),
                           None if r[4] is None else str(r[4]))
    result = []
    for c in customers:
        n, due, overdue, oldest = owed.get(int(c.id), (0, 0, 0, None))
        days = max(0, (today - _day(oldest)).days) if oldest else 0
        result.append(CustomerListRow(int(c.id), str(c.name), str(c.kind), str(c.country),
                                      str(c.city), str(c.phone), n, due, overdue, days))
    return result

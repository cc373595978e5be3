"""The invoice list as a table that fetches its rows from the database a page at a time.

The model holds only the rows the user has scrolled through (``canFetchMore`` / ``fetchMore``:
a first page of :data:`FIRST_PAGE` rows, then :data:`PAGE_SIZE` at a time); sorting and
searching ask :mod:`services.lists` for a new first page, in SQL with its indexes. A search
keystroke changes the rows in place (:meth:`PagedInvoiceModel._change_rows`): the view paints
again only the rows that differ, often none. The numbers of the open invoices are read into
memory on a thread once the list is shown (:mod:`services.number_search`), so that a number
typed in the search box is not a pass over an index. What the list adds up (how many rows,
what they still owe: one pass over the open invoices) is read on a worker thread with its own
connection — once the user pauses typing (``totals_changed``), and for the aging tabs once per
reload (``buckets_changed``) — so the window keeps answering meanwhile. A company of a million
invoices opens, sorts and searches about as fast as a small one, and the memory used does not
grow with the file.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from relance_desktop.domain.aging import Bucket
from relance_desktop.formatting import Formatter
from relance_desktop.services import lists, number_search
from relance_desktop.services.number_search import NumberIndex
from relance_desktop.services.receivables import OpenItem
from relance_desktop.services.session import CompanySession
from relance_desktop.views.cell_painter import PlainCell
from relance_desktop.views.invoice_cells import (
    BUCKET_COLOURS,
    HEADERS,
    NUMERIC,
    Col,
    CustomerIdRole,
    InvoiceIdRole,
    Scope,
    item_role,
    item_text,
    normalise_query,
)
from relance_desktop.views.table_model import IdRole, Row

log = logging.getLogger(__name__)
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
PAGE_SIZE = 100  # rows read at a time as the user scrolls: a few screenfuls
# The first page of a search, a sort or a reload: a tall screenful (a list 1,200 px high). Read
# at each keystroke, where every row costs (60 rows against 100: 1–2 ms less at 100,000
# invoices); a list shown taller reads the next page at once, as scrolling does.
FIRST_PAGE = 60
CELL_CACHE = 20_000  # formatted cells kept across searches and sorts (babel is slow)
TOTALS_DELAY_MS = 150  # totals of a search once the user pauses typing
ORDER_OF_COLUMN = {
    Col.CUSTOMER: lists.InvoiceOrder.CUSTOMER,
    Col.NUMBER: lists.InvoiceOrder.NUMBER,
    Col.ISSUED: lists.InvoiceOrder.ISSUED,
    Col.DUE: lists.InvoiceOrder.DUE,
    Col.DAYS: lists.InvoiceOrder.DAYS,
    Col.AMOUNT: lists.InvoiceOrder.AMOUNT,
    Col.STILL_DUE: lists.InvoiceOrder.STILL_DUE,
    Col.LAST_ACTION: lists.InvoiceOrder.LAST_ACTION,
    Col.NEXT_STEP: lists.InvoiceOrder.NEXT_STEP,
    Col.STATUS: lists.InvoiceOrder.STATUS,
}
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
COLUMN_COUNT = len(Col)
COLUMNS = tuple(Col)  # by position, without an enum call per cell
ALIGNMENTS = tuple(ALIGN_RIGHT if c in NUMERIC else None for c in Col)
# The roles a flat row answers (item_role); Qt asks seven per cell it paints, most of them
# (font, check state, icon, background) answered by nothing here: turned away first.
ROW_ROLES = frozenset({DISPLAY, ALIGNMENT, FOREGROUND, int(Qt.ItemDataRole.ToolTipRole),
                       int(InvoiceIdRole), int(CustomerIdRole)})
TABLE_ROLES = frozenset({DISPLAY, ALIGNMENT, FOREGROUND, int(IdRole)})  # PagedRowsModel
MUTED = QBrush(QColor("#777777"))
DAYS = int(Col.DAYS)
DAYS_BRUSHES = {bucket: QBrush(colour) for bucket, colour in BUCKET_COLOURS.items()}
OVERDUE_BUCKETS = (Bucket.D1_30, Bucket.D31_60, Bucket.D61_90, Bucket.OVER_90)


class _Results(QObject):
    """Hands totals read on a worker thread to the GUI thread. One for the application, never
    deleted while it runs, so a worker never emits on a deleted object."""

    ready = Signal(object, object)  # the request (a tuple), the value (or the exception)


_results: _Results | None = None


def _the_results() -> _Results:
    global _results
    if _results is None or not shiboken6.isValid(_results):
        _results = _Results(QCoreApplication.instance())
    return _results


def read_in_background(cf: CompanySession, request: tuple[Any, ...],
                       work: Callable[[], Any]) -> None:
    """Run ``work()`` (a service reading ``cf``) on a thread, with that thread's own database
    connection (closed after), then emit ``(request, value)`` from :func:`_the_results` on the
    GUI thread. SQLite and the PostgreSQL driver let go of the GIL while a query runs, so the
    window keeps answering."""
    ready = _the_results().ready

    def run() -> None:
        try:
            value = work()
        except Exception as exc:  # the GUI thread decides (logged there)
            value = exc
        finally:
            with contextlib.suppress(Exception):
                if not cf.db.is_closed():
                    cf.db.close()  # this thread's connection only
        with contextlib.suppress(RuntimeError):  # the application quit meanwhile
            ready.emit(request, value)

    threading.Thread(target=run, name="relance-totals", daemon=True).start()


class PagedInvoiceModel(QAbstractTableModel):
    """The open invoices of one company, flat, in pages (see the module docstring)."""

    totals_changed = Signal()  # visible_totals() has the totals of the current filter
    buckets_changed = Signal()  # bucket_totals() is read

    def __init__(self, formatter: Formatter, parent: Any = None) -> None:
        super().__init__(parent)
        self._fmt = formatter
        self._cf: CompanySession | None = None
        self._today = date.today()
        self._scope = Scope.OVERDUE
        self._words: tuple[str, ...] = ()
        self._within: tuple[int, ...] | None = None  # see _narrowing
        self._column = Col.DAYS
        self._descending = True
        self._rows: list[OpenItem] = []
        self._exhausted = True
        self._cells: dict[tuple[int, int], str] = {}  # (invoice id, column) → text
        self._totals: lists.Totals | None = None
        self._buckets: dict[Bucket, lists.Totals] | None = None
        self._headers = {c: QCoreApplication.translate("ReceivablesModel", t)
                         for c, t in HEADERS.items()}
        self._totals_timer = QTimer(self)
        self._totals_timer.setSingleShot(True)
        self._totals_timer.setInterval(TOTALS_DELAY_MS)
        self._totals_timer.timeout.connect(self._request_totals)
        self._buckets_timer = QTimer(self)  # the tabs' totals too wait for a pause
        self._buckets_timer.setSingleShot(True)
        self._buckets_timer.setInterval(TOTALS_DELAY_MS)
        self._buckets_timer.timeout.connect(self._read_buckets)
        self._generation = 0  # a request's answer counts only if nothing changed since
        self._totals_read: lists.Stoppable | None = None  # the totals being read, if any
        self._buckets_asked = False
        self._numbers: NumberIndex | None = None  # the open invoices' numbers in memory
        self._numbers_asked: CompanySession | None = None  # the file they are being read from
        _the_results().ready.connect(self._answer)

    # -- what to show ------------------------------------------------------------------------
    def set_company(self, cf: CompanySession | None, today: date) -> None:
        """Show ``cf``'s open invoices as of ``today`` (None: nothing)."""
        if cf is not self._cf:
            self._numbers = None
        self._cf = cf
        self._today = today
        self.reload()

    def set_formatter(self, formatter: Formatter) -> None:
        self.beginResetModel()
        self._fmt = formatter
        self._cells.clear()
        self.endResetModel()

    def set_scope(self, scope: Scope) -> None:
        if scope != self._scope:
            self._scope = scope
            self._within = None
            self._refetch()

    def set_search(self, text: str) -> None:
        words = tuple(normalise_query(text))
        if words != self._words:
            self._check_numbers()
            self._within = self._narrowing(words)
            self._words = words
            self._refetch(in_place=True)

    def _narrowing(self, words: tuple[str, ...]) -> tuple[int, ...] | None:
        """The invoices every match of ``words`` is among, when the list shown now is read whole
        for a search that ``words`` can only narrow (each word typed on, or a word more): typing
        on a rare word (an invoice number, a name) then reads those rows, not the indexes again
        (a pass over the numbers of the open invoices: 26 ms at 1M)."""
        if self._cf is None or not self._exhausted or not self._words \
                or len(self._rows) > lists.FEW_MATCHES \
                or len(words) < len(self._words) \
                or not all(new.startswith(old)
                           for new, old in zip(words, self._words, strict=False)):
            return None
        return tuple(sorted(item.invoice_id for item in self._rows))

    def set_order(self, column: int, order: Qt.SortOrder) -> None:
        """The order of the next read (nothing is read now)."""
        if 0 <= column < COLUMN_COUNT:
            self._column = Col(column)
            self._descending = order == Qt.SortOrder.DescendingOrder

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < COLUMN_COUNT:
            return
        self._column = Col(column)
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._refetch(totals=False)  # the same rows in another order

    @property
    def scope(self) -> Scope:
        return self._scope

    @property
    def grouped(self) -> bool:
        return False

    def filter(self) -> lists.InvoiceFilter:
        return lists.InvoiceFilter(self._today, self._scope.buckets(), self._words,
                                   within=self._within, numbers=self._numbers)

    def _check_numbers(self) -> None:
        """Read the open invoices' numbers into memory (:mod:`services.number_search`) on a
        thread, unless those held are still current: at once, so that they are there by the
        time a number is typed."""
        cf = self._cf
        if cf is None or self._numbers_asked is cf:
            return
        if self._numbers is not None and self._numbers.current(cf):
            return
        self._numbers = None
        stamp = cf.write_stamp()  # before the read: a write in between makes it stale
        if stamp is not None:
            self._numbers_asked = cf
            read_in_background(cf, (id(self), "numbers", cf),
                               lambda: number_search.read_number_index(cf, stamp))

    def reload(self) -> None:
        """Read again: the first page, the tabs' totals, the list's totals."""
        self._buckets = None
        self._buckets_asked = False
        self._within = None  # invoices may have come or changed
        self._cells.clear()  # amounts, follow-ups or days may have changed
        self._refetch()
        self._check_numbers()

    def _refetch(self, totals: bool = True, in_place: bool = False) -> None:
        self._generation += 1
        if totals and self._totals_read is not None:
            self._totals_read.stop()  # its answer would not count
            self._totals_read = None
        if self._buckets_timer.isActive():
            self._buckets_timer.start()  # still typing: later
        rows = self._page(0, FIRST_PAGE) if self._cf is not None else []
        if in_place:
            self._change_rows(rows)
        else:
            self._replace_rows(rows)
        self._exhausted = self._cf is None or len(rows) < FIRST_PAGE
        if totals:
            self._totals = None
            if self._cf is not None:
                self._totals_timer.start()

    def _replace_rows(self, rows: list[OpenItem]) -> None:
        """Show ``rows`` instead (read before: a failed read leaves the list as it was). A
        reset, not the old rows removed and the new inserted: measured, that costs the view
        more (a keystroke at 100,000 invoices: 23–25 ms of CPU against 15–19)."""
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def _change_rows(self, rows: list[OpenItem]) -> None:
        """Show ``rows`` instead, telling the view only what changed: the rows that differ
        where they stand, and the rows added or taken away at the end. A search keystroke
        often leaves the screenful as it was (« gar » → « gara »: the same first 23 invoices
        at 1,000,000), and then nothing is painted again; a reset repaints every cell."""
        old = self._rows
        if not old or not rows:
            self._replace_rows(rows)
            return
        common = min(len(old), len(rows))
        differ = [pos for pos in range(common) if old[pos] != rows[pos]]
        if len(rows) < len(old):
            self.beginRemoveRows(ROOT, common, len(old) - 1)
            self._rows = old[:common]
            self.endRemoveRows()
        self._rows = rows[:common]  # the rows that stay, as they are now
        if differ:
            self.dataChanged.emit(self.index(differ[0], 0),
                                  self.index(differ[-1], COLUMN_COUNT - 1))
        if len(rows) > common:
            self.beginInsertRows(ROOT, common, len(rows) - 1)
            self._rows = rows
            self.endInsertRows()

    def _page(self, offset: int, size: int = PAGE_SIZE) -> list[OpenItem]:
        assert self._cf is not None
        return lists.invoice_page(self._cf, self.filter(), ORDER_OF_COLUMN[self._column],
                                  self._descending, offset, size)

    # -- totals ------------------------------------------------------------------------------
    def _compute_totals(self) -> None:
        if self._cf is None:
            return
        self._totals = lists.invoice_totals(self._cf, self.filter())
        self.totals_changed.emit()

    def _request_totals(self) -> None:
        cf, flt = self._cf, self.filter()
        if cf is not None:
            read = self._totals_read = lists.Stoppable()
            read_in_background(cf, (id(self), "totals", self._generation),
                               lambda: read.run(cf, lambda: lists.invoice_totals(cf, flt)))

    def request_buckets(self) -> None:
        """Read the aging buckets' totals on a thread once the user pauses (``buckets_changed``
        when done): on two busy cores, that pass over the open invoices made while the list
        was being painted slowed it (opening the list at 100k: 190–300 ms, against 105–120 ms
        when it waits; three runs each, load 2.7)."""
        if self._cf is not None and self._buckets is None and not self._buckets_asked:
            self._buckets_asked = True
            self._buckets_timer.start()

    def _read_buckets(self) -> None:
        cf, today = self._cf, self._today
        if self._buckets is not None and self._buckets_asked:
            self._buckets_asked = False  # read meanwhile (bucket_totals): the tabs still wait
            self.buckets_changed.emit()
        elif cf is not None and self._buckets is None and self._buckets_asked:
            read_in_background(cf, (id(self), "buckets", cf, today),
                               lambda: lists.bucket_totals(cf, today))

    def _answer(self, request: tuple[Any, ...], value: Any) -> None:
        if request[0] != id(self) or isinstance(value, lists.Superseded):
            return
        if request[1] == "numbers":
            if self._numbers_asked is request[2]:
                self._numbers_asked = None
            if request[2] is self._cf and isinstance(value, NumberIndex):
                self._numbers = value
            elif isinstance(value, Exception):
                log.info("invoice numbers not read ahead: %s", value)
            return
        if isinstance(value, Exception):
            log.warning("list totals not read: %s", value)
            return
        if request[1] == "totals" and request[2] == self._generation:
            self._totals = value
            self.totals_changed.emit()
        elif request[1] == "buckets" and request[2:] == (self._cf, self._today) \
                and self._buckets_asked:
            self._buckets = value
            self._buckets_asked = False
            self.buckets_changed.emit()

    def visible_totals(self, wait: bool = False) -> lists.Totals | None:
        """How many rows the filter lets through and what they owe; None while the user types
        (``wait``: compute them now)."""
        if self._totals is None and wait and self._cf is not None:
            self._totals_timer.stop()
            self._compute_totals()
        return self._totals

    def visible_count(self) -> int:
        totals = self.visible_totals(wait=True)
        return totals.count if totals is not None else 0

    def visible_due(self) -> dict[str, int]:
        totals = self.visible_totals(wait=True)
        return dict(totals.amounts) if totals is not None else {}

    def buckets_known(self) -> bool:
        """Whether the aging buckets' totals are read (else reading them costs a pass)."""
        return self._buckets is not None or self._cf is None

    def bucket_totals(self) -> Mapping[Bucket, lists.Totals]:
        """Count and amounts of each aging bucket (whatever the search), read once a reload."""
        if self._buckets is None:
            if self._cf is None:
                return {b: lists.Totals() for b in Bucket}
            self._buckets = lists.bucket_totals(self._cf, self._today)
        return self._buckets

    def scope_totals(self) -> dict[Scope, tuple[int, dict[str, int]]]:
        """(count, owed per currency) of each aging tab."""
        buckets = self.bucket_totals()
        result = {}
        for scope in Scope:
            amounts: dict[str, int] = {}
            for bucket in scope.buckets():
                for currency, cents in buckets[bucket].amounts.items():
                    amounts[currency] = amounts.get(currency, 0) + cents
            result[scope] = (sum(buckets[b].count for b in scope.buckets()), amounts)
        return result

    def overdue(self) -> dict[str, int]:
        """Everything overdue in the company, whatever the filter, per currency."""
        amounts: dict[str, int] = {}
        for bucket in OVERDUE_BUCKETS:
            for currency, cents in self.bucket_totals()[bucket].amounts.items():
                amounts[currency] = amounts.get(currency, 0) + cents
        return amounts

    # -- rows --------------------------------------------------------------------------------
    def loaded_items(self) -> list[OpenItem]:
        """The rows fetched so far, in display order."""
        return self._rows

    def item_at(self, index: Index) -> OpenItem | None:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        return self._rows[index.row()]

    def customer_at(self, index: Index) -> int | None:
        item = self.item_at(index)
        return item.customer_id if item is not None else None

    def index_of_invoice(self, invoice_id: int) -> QModelIndex:
        """The invoice's row, fetching pages up to it if it is among the first few thousand."""
        for pos, item in enumerate(self._rows):
            if item.invoice_id == invoice_id:
                return self.index(pos, 0)
        if self._cf is None or self._exhausted:
            return QModelIndex()
        found = lists.invoice_position(self._cf, self.filter(), invoice_id,
                                       ORDER_OF_COLUMN[self._column], self._descending)
        if found is None:
            return QModelIndex()
        pos = found
        while len(self._rows) <= pos and self.canFetchMore(ROOT):
            self.fetchMore(ROOT)
        return self.index(pos, 0) if pos < len(self._rows) else QModelIndex()

    def items_of_customer(self, customer_id: int) -> list[OpenItem]:
        """Every open invoice of one customer, oldest due date first."""
        if self._cf is None:
            return []
        flt = lists.InvoiceFilter(self._today, customer_id=customer_id)
        return lists.invoice_page(self._cf, flt, lists.InvoiceOrder.DUE, False, 0, 100_000)

    # -- QAbstractTableModel -----------------------------------------------------------------
    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def canFetchMore(self, parent: Index = ROOT) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = ROOT) -> None:
        if parent.isValid() or self._exhausted or self._cf is None:
            return
        more = self._page(len(self._rows))
        self._exhausted = len(more) < PAGE_SIZE
        if more:
            start = len(self._rows)
            self.beginInsertRows(ROOT, start, start + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < COLUMN_COUNT:
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[Col(section)]
            if role == Qt.ItemDataRole.TextAlignmentRole and Col(section) in NUMERIC:
                return ALIGN_RIGHT
        return None

    # flags(): QAbstractTableModel's own (enabled, selectable, no children) — no Python call
    # for each of the ~450 times a repaint asks.

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        # Asked for every role of every cell painted: the common answers come first, each with
        # as few calls as can be (the same answers as item_role's).
        if role not in ROW_ROLES:
            return None
        row = index.row()  # -1 for an invalid index
        if not 0 <= row < len(self._rows):
            return None
        column = index.column()
        if role == ALIGNMENT:
            return ALIGNMENTS[column]
        item = self._rows[row]
        if role == DISPLAY:
            return self._text(item, column)
        if role == FOREGROUND:
            return DAYS_BRUSHES.get(item.bucket) if column == DAYS else None
        return item_role(item, COLUMNS[column], role)

    def plain_cell(self, row: int, column: int) -> PlainCell:
        """What the list's painter draws in a cell (:mod:`views.cell_painter`): the same text,
        alignment and colour as :meth:`data` answers, in one call instead of seven."""
        rows = self._rows
        if not 0 <= row < len(rows):
            return None
        item = rows[row]
        return (self._text(item, column), ALIGNMENTS[column] is not None,
                DAYS_BRUSHES.get(item.bucket) if column == DAYS else None)

    def _text(self, item: OpenItem, column: int) -> str:
        key = (item.invoice_id, column)
        text = self._cells.get(key)
        if text is None:
            if len(self._cells) >= CELL_CACHE:
                self._cells.clear()
            text = self._cells[key] = self._display(item, COLUMNS[column])
        return text

    def _display(self, item: OpenItem, column: Col) -> str:
        return item_text(item, column, self._fmt)


class LazyRow(Row):
    """A :class:`table_model.Row` whose cells are formatted the first time they are read: a
    long list (today's calls of a big company) formats only the rows the view shows."""

    def __init__(self, id: int, make_cells: Callable[[], list[str]], keys: list[Any],
                 muted: bool = False) -> None:
        self._make_cells: Callable[[], list[str]] | None = make_cells
        self._cells: list[str] = []
        super().__init__(id, [], keys, muted)

    @property
    def cells(self) -> list[str]:
        if self._make_cells is not None:
            self._cells, self._make_cells = self._make_cells(), None
        return self._cells

    @cells.setter
    def cells(self, value: list[str]) -> None:
        if value:
            self._cells, self._make_cells = value, None


class PagedRowsModel(QAbstractTableModel):
    """A read-only table of :class:`table_model.Row` read a page at a time from ``source(offset,
    limit)`` (in the order the source gives: no sorting here), with the reading API of
    :class:`table_model.RowsModel` (``row``, ``rows``) so a window can use either."""

    def __init__(self, headers: list[str], numeric: set[int] | None = None,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._numeric = numeric or set()
        self._source: Callable[[int, int], list[Row]] | None = None
        self._rows: list[Row] = []
        self._exhausted = True

    def set_source(self, source: Callable[[int, int], list[Row]] | None) -> None:
        """Read the first page of ``source`` (None: nothing)."""
        self.beginResetModel()
        self._source = source
        self._rows = source(0, PAGE_SIZE) if source is not None else []
        self._exhausted = source is None or len(self._rows) < PAGE_SIZE
        self.endResetModel()

    def row(self, index: Index) -> Row | None:
        return self._rows[index.row()] if index.isValid() and index.row() < len(self._rows) \
            else None

    def rows(self) -> list[Row]:
        """The rows read so far."""
        return self._rows

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def canFetchMore(self, parent: Index = ROOT) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = ROOT) -> None:
        if parent.isValid() or self._exhausted or self._source is None:
            return
        more = self._source(len(self._rows), PAGE_SIZE)
        self._exhausted = len(more) < PAGE_SIZE
        if more:
            start = len(self._rows)
            self.beginInsertRows(ROOT, start, start + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
            if role == Qt.ItemDataRole.TextAlignmentRole and section in self._numeric:
                return ALIGN_RIGHT
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        row_number = index.row()  # -1 for an invalid index
        if role not in TABLE_ROLES or not 0 <= row_number < len(self._rows):
            return None
        row = self._rows[row_number]
        if role == DISPLAY:
            return row.cells[index.column()]
        if role == ALIGNMENT:
            return ALIGN_RIGHT if index.column() in self._numeric else None
        if role == FOREGROUND:
            return MUTED if row.muted else None
        return row.id  # IdRole

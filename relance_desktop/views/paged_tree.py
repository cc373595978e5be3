"""The invoice list grouped by customer, as a tree read from the database as the user goes.

The top level is the customers (one row per customer and currency) that have an open invoice
the aging tab and the search let through, with what those invoices add up to; it is read a page
at a time (``canFetchMore`` / ``fetchMore`` on the root) through
:func:`services.list_groups.customer_groups`, sorted and searched in SQL as the flat list is. A
customer's invoices are read only when the user opens that customer (``fetchMore`` on its row,
which the tree view calls on expanding it), a page at a time too. A company of a million
invoices shows its grouped list after reading a few hundred rows, and the memory used grows
with what the user opened, not with the file.

The totals of the status bar and of the aging tabs are the flat list's (the same filter): the
main window reads them from :class:`views.paged_model.PagedInvoiceModel`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from relance_desktop.formatting import Formatter
from relance_desktop.services import list_groups, lists
from relance_desktop.services.receivables import OpenItem
from relance_desktop.services.session import CompanySession
from relance_desktop.views.invoice_cells import (
    ANSWERED_ROLES,
    HEADERS,
    LEAF_FLAGS,
    NO_FLAGS,
    NUMERIC,
    Col,
    CustomerIdRole,
    Scope,
    item_role,
    item_text,
    normalise_query,
)
from relance_desktop.views.paged_model import ORDER_OF_COLUMN

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
PAGE_SIZE = 100  # customers, or one customer's invoices, read at a time
GROUP_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
DISPLAY = Qt.ItemDataRole.DisplayRole
ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
COLUMN_COUNT = len(Col)
COLUMNS = tuple(Col)


class _Group:
    """A customer's row and the invoices of it read so far."""

    __slots__ = ("exhausted", "items", "row")

    def __init__(self, row: list_groups.CustomerGroup) -> None:
        self.row = row
        self.items: list[OpenItem] = []
        self.exhausted = False

    @property
    def key(self) -> tuple[int, str]:
        return self.row.customer_id, self.row.currency


class PagedCustomerTree(QAbstractItemModel):
    """The open invoices of one company grouped by customer, lazily (see the module
    docstring). A group's row has the internal id 0; an invoice's, its group's row + 1."""

    def __init__(self, formatter: Formatter, parent: Any = None) -> None:
        super().__init__(parent)
        self._fmt = formatter
        self._cf: CompanySession | None = None
        self._today = date.today()
        self._scope = Scope.OVERDUE
        self._words: tuple[str, ...] = ()
        self._column = Col.DAYS
        self._descending = True
        self._groups: list[_Group] = []
        self._walk = list_groups.GroupWalk(done=True)
        self._cells: dict[tuple[int, int], str] = {}  # (group's row, column) → its text
        self._more_wanted: Callable[[], bool] | None = None
        self._headers = {c: QCoreApplication.translate("ReceivablesModel", t)
                         for c, t in HEADERS.items()}
        self._bold = QFont()
        self._bold.setBold(True)

    # -- what to show ------------------------------------------------------------------------
    def set_company(self, cf: CompanySession | None, today: date) -> None:
        """Show ``cf``'s open invoices as of ``today`` (None: nothing, and nothing read)."""
        self._cf = cf
        self._today = today
        self.reload()

    def set_formatter(self, formatter: Formatter) -> None:
        self.beginResetModel()
        self._fmt = formatter
        self._cells.clear()
        self.endResetModel()

    def set_more_wanted(self, wanted: Callable[[], bool] | None) -> None:
        """``wanted()`` says whether the view wants more customers now (scrolled to the end).
        A tree view lays itself out again when a customer is opened and, doing so, asks for one
        more page of customers whether they would be seen or not: without this, each opening
        would read (and keep) a hundred customers more."""
        self._more_wanted = wanted

    def more_customers(self) -> bool:
        """Whether customers are left to read (whatever the view wants)."""
        return not self._walk.done

    def set_scope(self, scope: Scope) -> None:
        if scope != self._scope:
            self._scope = scope
            self.reload()

    def set_search(self, text: str) -> None:
        words = tuple(normalise_query(text))
        if words != self._words:
            self._words = words
            self.reload()

    def set_order(self, column: int, order: Qt.SortOrder) -> None:
        """The order of the next read (nothing is read now)."""
        if 0 <= column < COLUMN_COUNT:
            self._column = Col(column)
            self._descending = order == Qt.SortOrder.DescendingOrder

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < COLUMN_COUNT:
            self.set_order(column, order)
            self.reload()

    @property
    def scope(self) -> Scope:
        return self._scope

    @property
    def grouped(self) -> bool:
        return True

    def filter(self) -> lists.InvoiceFilter:
        return lists.InvoiceFilter(self._today, self._scope.buckets(), self._words)

    def reload(self) -> None:
        """Read the first page of customers again (every customer closed)."""
        self.beginResetModel()
        self._groups = []
        self._cells.clear()
        self._walk = list_groups.GroupWalk(done=self._cf is None)
        if self._cf is not None:
            self._groups = [_Group(g) for g in self._read_groups()]
        self.endResetModel()

    def _read_groups(self) -> list[list_groups.CustomerGroup]:
        assert self._cf is not None
        return list_groups.customer_groups(self._cf, self.filter(), ORDER_OF_COLUMN[self._column],
                                     self._descending, self._walk, PAGE_SIZE)

    def _read_items(self, group: _Group, limit: int = PAGE_SIZE) -> list[OpenItem]:
        assert self._cf is not None
        return list_groups.group_invoices(self._cf, self.filter(), group.row.customer_id,
                                    group.row.currency, ORDER_OF_COLUMN[self._column],
                                    self._descending, len(group.items), limit)

    def open_all_if_few(self, groups: int = 200, invoices: int = 2000) -> bool:
        """When the whole list is at most ``groups`` customers and ``invoices`` invoices, read
        every customer's invoices (to show them all opened); True if done."""
        if self._cf is None or not self._walk.done or not self._groups \
                or len(self._groups) > groups \
                or sum(g.row.count for g in self._groups) > invoices:
            return False
        closed = [group for group in self._groups if not group.items and not group.exhausted]
        if closed:  # one query for all of them
            found = list_groups.groups_invoices(self._cf, self.filter(), [g.key for g in closed],
                                          ORDER_OF_COLUMN[self._column], self._descending,
                                          invoices)
            closed_ids = {id(group) for group in closed}
            for row, group in enumerate(self._groups):
                if id(group) not in closed_ids:
                    continue
                items = found.get(group.key)
                group.exhausted = True
                if items:
                    self.beginInsertRows(self.index(row, 0), 0, len(items) - 1)
                    group.items = items
                    self.endInsertRows()
        return True

    # -- rows --------------------------------------------------------------------------------
    def _group_of(self, index: Index) -> _Group | None:
        """The group of a customer's row."""
        if not index.isValid() or index.internalId() != 0 or index.row() >= len(self._groups):
            return None
        return self._groups[index.row()]

    def item_at(self, index: Index) -> OpenItem | None:
        """The invoice of an invoice's row (None on a customer's row)."""
        if not index.isValid() or index.internalId() == 0:
            return None
        items = self._groups[index.internalId() - 1].items
        return items[index.row()] if index.row() < len(items) else None

    def customer_at(self, index: Index) -> int | None:
        group = self._group_of(index)
        if group is not None:
            return group.row.customer_id
        item = self.item_at(index)
        return item.customer_id if item is not None else None

    def index_of_invoice(self, invoice_id: int) -> QModelIndex:
        """The invoice's row, if its customer's row is read (its invoices are read up to it)."""
        for g_pos, group in enumerate(self._groups):
            for pos, item in enumerate(group.items):
                if item.invoice_id == invoice_id:
                    return self.index(pos, 0, self.index(g_pos, 0))
        if self._cf is None:
            return QModelIndex()
        key = list_groups.invoice_group(self._cf, invoice_id)
        for g_pos, group in enumerate(self._groups):
            if group.key == key:
                parent = self.index(g_pos, 0)
                start = len(group.items)
                while not group.exhausted:
                    self.fetchMore(parent)
                for pos, item in enumerate(group.items[start:], start):
                    if item.invoice_id == invoice_id:
                        return self.index(pos, 0, parent)
        return QModelIndex()

    # -- QAbstractItemModel ------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        if row < 0 or not 0 <= column < COLUMN_COUNT:
            return QModelIndex()
        if parent.isValid():
            group = self._group_of(parent)
            if group is None or parent.column() != 0 or row >= len(group.items):
                return QModelIndex()
            return self.createIndex(row, column, parent.row() + 1)
        if row >= len(self._groups):
            return QModelIndex()
        return self.createIndex(row, column, 0)

    def parent(self, index: Index = ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = ROOT) -> int:
        if not parent.isValid():
            return len(self._groups)
        group = self._group_of(parent)
        return len(group.items) if group is not None and parent.column() == 0 else 0

    def columnCount(self, parent: Index = ROOT) -> int:
        return COLUMN_COUNT

    def hasChildren(self, parent: Index = ROOT) -> bool:
        if not parent.isValid():
            return bool(self._groups) or not self._walk.done
        return parent.column() == 0 and self._group_of(parent) is not None

    def canFetchMore(self, parent: Index = ROOT) -> bool:
        if not parent.isValid():
            return not self._walk.done and (self._more_wanted is None or self._more_wanted())
        group = self._group_of(parent)
        return group is not None and not group.exhausted

    def fetchMore(self, parent: Index = ROOT) -> None:
        if self._cf is None:
            return
        if not parent.isValid():
            if self._walk.done:
                return
            more = self._read_groups()
            if more:
                start = len(self._groups)
                self.beginInsertRows(ROOT, start, start + len(more) - 1)
                self._groups.extend(_Group(g) for g in more)
                self.endInsertRows()
            return
        group = self._group_of(parent)
        if group is None or group.exhausted:
            return
        items = self._read_items(group)
        group.exhausted = len(items) < PAGE_SIZE
        if items:
            start = len(group.items)
            self.beginInsertRows(self.index(parent.row(), 0), start, start + len(items) - 1)
            group.items.extend(items)
            self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < COLUMN_COUNT:
            if role == DISPLAY:
                return self._headers[Col(section)]
            if role == Qt.ItemDataRole.TextAlignmentRole and Col(section) in NUMERIC:
                return ALIGN_RIGHT
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return NO_FLAGS
        return GROUP_FLAGS if index.internalId() == 0 else LEAF_FLAGS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in ANSWERED_ROLES or not index.isValid():
            return None
        column = COLUMNS[index.column()]
        group = self._group_of(index)
        if group is not None:
            if role != DISPLAY:
                return self._group_data(group.row, column, role)
            key = (index.row(), index.column())  # formatted once (babel is slow)
            text = self._cells.get(key)
            if text is None:
                text = self._cells[key] = self._group_data(group.row, column, role)
            return text
        item = self.item_at(index)
        if item is None:
            return None
        if role == DISPLAY:
            return "" if column == Col.CUSTOMER else item_text(item, column, self._fmt)
        return item_role(item, column, role)

    def _group_data(self, group: list_groups.CustomerGroup, column: Col, role: int) -> Any:
        if role == DISPLAY:
            if column == Col.CUSTOMER:
                return group.customer
            if column == Col.NUMBER:  # beside the name: the name column keeps its room
                return self.tr("%n factures", "", group.count)
            if column == Col.AMOUNT:
                return self._fmt.money(group.amount_cents, group.currency)
            if column == Col.STILL_DUE:
                return self._fmt.money(group.owed_cents, group.currency)
            if column == Col.DAYS:
                days = (self._today - group.oldest_due).days
                return str(days) if days > 0 else ""
            return ""
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return ALIGN_RIGHT
        if role == CustomerIdRole:
            return group.customer_id
        return None

"""Item model of the open invoices, flat or grouped by customer.

Sorting and filtering happen inside the model on precomputed keys (DESIGN §5: a
QSortFilterProxyModel over a Python model takes ~30 s to sort 100k rows). Formatting happens
in ``data()``, so only the rows on screen are ever formatted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QFont

from relance_desktop.domain.aging import Bucket
from relance_desktop.domain.text import search_key
from relance_desktop.formatting import Formatter
from relance_desktop.i18n import QT_TRANSLATE_NOOP
from relance_desktop.services.lists import is_amount_word
from relance_desktop.services.receivables import OpenItem, add_amount, bucket_totals
from relance_desktop.views import labels

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
InvoiceIdRole = Qt.ItemDataRole.UserRole + 1
CustomerIdRole = Qt.ItemDataRole.UserRole + 2
SortRole = Qt.ItemDataRole.UserRole + 3


class Col(IntEnum):
    CUSTOMER = 0
    NUMBER = 1
    ISSUED = 2
    DUE = 3
    DAYS = 4
    AMOUNT = 5
    STILL_DUE = 6
    LAST_ACTION = 7
    NEXT_STEP = 8
    STATUS = 9


HEADERS = {
    Col.CUSTOMER: QT_TRANSLATE_NOOP("ReceivablesModel", "Client"),
    Col.NUMBER: QT_TRANSLATE_NOOP("ReceivablesModel", "N° facture"),
    Col.ISSUED: QT_TRANSLATE_NOOP("ReceivablesModel", "Date"),
    Col.DUE: QT_TRANSLATE_NOOP("ReceivablesModel", "Échéance"),
    Col.DAYS: QT_TRANSLATE_NOOP("ReceivablesModel", "Retard (j)"),
    Col.AMOUNT: QT_TRANSLATE_NOOP("ReceivablesModel", "Montant TTC"),
    Col.STILL_DUE: QT_TRANSLATE_NOOP("ReceivablesModel", "Reste dû"),
    Col.LAST_ACTION: QT_TRANSLATE_NOOP("ReceivablesModel", "Dernière action"),
    Col.NEXT_STEP: QT_TRANSLATE_NOOP("ReceivablesModel", "Prochaine étape"),
    Col.STATUS: QT_TRANSLATE_NOOP("ReceivablesModel", "Statut"),
}
NUMERIC = {Col.DAYS, Col.AMOUNT, Col.STILL_DUE}
COLUMN_COUNT = len(Col)
NO_FLAGS = Qt.ItemFlag.NoItemFlags
GROUP_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
LEAF_FLAGS = GROUP_FLAGS | Qt.ItemFlag.ItemNeverHasChildren
STATUS_ORDER = {"promised": 0, "disputed": 1, "not_due": 2, "partly_paid": 3, "overdue": 4}
BUCKET_COLOURS = {
    Bucket.D31_60: QColor("#b26a00"),
    Bucket.D61_90: QColor("#c2410c"),
    Bucket.OVER_90: QColor("#b3261e"),
}
ANSWERED_ROLES = frozenset(int(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole, InvoiceIdRole, CustomerIdRole,
))
FAR_FUTURE = datetime.max
FAR_PAST = datetime.min


class Scope(IntEnum):
    """What the aging tabs show."""

    OVERDUE = 0
    NOT_DUE = 1
    D1_30 = 2
    D31_60 = 3
    D61_90 = 4
    OVER_90 = 5
    ALL = 6

    def buckets(self) -> frozenset[Bucket]:
        return _SCOPE_BUCKETS[self]


_SCOPE_BUCKETS = {
    Scope.OVERDUE: frozenset({Bucket.D1_30, Bucket.D31_60, Bucket.D61_90, Bucket.OVER_90}),
    Scope.NOT_DUE: frozenset({Bucket.NOT_DUE}),
    Scope.D1_30: frozenset({Bucket.D1_30}),
    Scope.D31_60: frozenset({Bucket.D31_60}),
    Scope.D61_90: frozenset({Bucket.D61_90}),
    Scope.OVER_90: frozenset({Bucket.OVER_90}),
    Scope.ALL: frozenset(Bucket),
}


@dataclass
class Group:
    customer_id: int
    name: str
    rows: list[int]
    due_cents: int
    amount_cents: int
    max_days: int
    currency: str


def normalise_query(text: str) -> list[str]:
    """Words to find (all must match).

    An amount is one word whatever the user's habits: « 1 234,56 », « 1234.56 » and « 1.234,56 »
    all become « 1234.56 ».
    """
    text = search_key(text.strip())
    if not text:
        return []
    compact = text.replace("€", "").replace("\u202f", "").replace("\xa0", "").replace(" ", "")
    if compact and all(ch.isdigit() or ch in ",." for ch in compact):
        head, sep, tail = compact.replace(",", ".").rpartition(".")
        if sep and len(tail) <= 2:  # a decimal part: earlier separators group thousands
            return [head.replace(".", "") + "." + tail]
        return [compact.replace(",", "").replace(".", "")]
    return text.split()


class ReceivablesModel(QAbstractItemModel):
    def __init__(self, formatter: Formatter, parent: Any = None) -> None:
        super().__init__(parent)
        self._fmt = formatter
        self._items: list[OpenItem] = []
        self._keys: list[str] = []
        self._names: dict[int, str] = {}
        self._due: list[int] = []
        self._overdue: dict[str, int] = {}
        self._order: list[int] = []
        self._rows: list[int] = []  # visible item indices, in display order
        self._groups: list[Group] = []
        self._grouped = False
        self._scope = Scope.OVERDUE
        self._words: list[str] = []
        self._sort_column = Col.DAYS
        self._sort_order = Qt.SortOrder.DescendingOrder
        self._headers = {c: QCoreApplication.translate("ReceivablesModel", t)
                         for c, t in HEADERS.items()}
        self._bold = QFont()
        self._bold.setBold(True)

    def set_formatter(self, formatter: Formatter) -> None:
        self.beginResetModel()
        self._fmt = formatter
        self.endResetModel()

    # -- loading, filtering, sorting --------------------------------------------------------
    def set_items(self, items: list[OpenItem]) -> None:
        self.beginResetModel()
        self._items = items
        names: dict[int, str] = {}
        for i in items:
            if i.customer_id not in names:
                names[i.customer_id] = search_key(i.customer)
        self._names = names
        self._due = [i.owed_cents for i in items]
        self._keys = []  # built after the first paint (or by the first search), see keys()
        self._overdue: dict[str, int] = {}
        for i, due in zip(items, self._due, strict=True):
            if i.days_overdue > 0:
                add_amount(self._overdue, i.currency, due)
        self._order = self._sorted(self._sort_column, self._sort_order)
        self._apply_filter()
        self.endResetModel()
        if items:  # right after this event; a search typed sooner builds them itself
            QTimer.singleShot(0, self.keys)

    def keys(self) -> list[str]:
        """One search key per item, built once: customer and number (a word is looked for
        anywhere inside), then amount and still due, each after a ``\v`` (an amount word is
        looked for at their start, as ``services.lists.amount_ranges`` does)."""
        if len(self._keys) != len(self._items):
            names = self._names
            # Inlined on purpose (about 25 ms for 23,000 open invoices): amounts and still-due
            # amounts of open invoices are positive, so « units.cents » needs no sign.
            self._keys = [
                f"{names[i.customer_id]}\t"
                f"{number.casefold() if number.isascii() else search_key(number)}\t"
                f"\v{i.amount_cents // 100}.{i.amount_cents % 100:02d}"
                f"\v{due // 100}.{due % 100:02d}"
                for i, due in zip(self._items, self._due, strict=True)
                for number in (i.number,)
            ]
        return self._keys

    def set_scope(self, scope: Scope) -> None:
        if scope != self._scope:
            self._refilter(scope=scope)

    def set_search(self, text: str) -> None:
        words = normalise_query(text)
        if words != self._words:
            self._refilter(words=words)

    def set_grouped(self, grouped: bool) -> None:
        if grouped != self._grouped:
            self.beginResetModel()
            self._grouped = grouped
            self._build_groups()
            self.endResetModel()

    @property
    def grouped(self) -> bool:
        return self._grouped

    @property
    def scope(self) -> Scope:
        return self._scope

    def _refilter(self, *, scope: Scope | None = None, words: list[str] | None = None) -> None:
        self.beginResetModel()
        if scope is not None:
            self._scope = scope
        if words is not None:
            self._words = words
        self._apply_filter()
        self.endResetModel()

    def _apply_filter(self) -> None:
        buckets = self._scope.buckets()
        items = self._items
        rows = self._order
        if len(buckets) < len(Bucket):
            rows = [i for i in rows if items[i].bucket in buckets]
        if self._words:
            keys = self.keys()
            for word in self._words:
                if is_amount_word(word):
                    start = "\v" + word
                    rows = [i for i in rows
                            if start in keys[i] or word in keys[i].partition("\v")[0]]
                else:
                    rows = [i for i in rows if word in keys[i]]
        self._rows = rows
        self._build_groups()

    def _sort_key(self, column: Col) -> Callable[[int], Any]:
        items = self._items
        if column == Col.CUSTOMER:
            names = self._names
            return lambda k: (names[items[k].customer_id], items[k].due_date)
        getters: dict[Col, Callable[[OpenItem], Any]] = {
            Col.NUMBER: lambda i: i.number,
            Col.ISSUED: lambda i: i.issue_date,
            Col.DUE: lambda i: i.due_date,
            Col.DAYS: lambda i: i.days_overdue,
            Col.AMOUNT: lambda i: i.amount_cents,
            Col.LAST_ACTION: lambda i: i.last_action_at or FAR_PAST,
            Col.NEXT_STEP: lambda i: i.next_step_at or FAR_FUTURE,
            Col.STATUS: lambda i: STATUS_ORDER.get(i.status, 9),
        }
        if column == Col.STILL_DUE:
            return self._due.__getitem__
        getter = getters[column]
        return lambda k: getter(items[k])

    def _sorted(self, column: Col, order: Qt.SortOrder) -> list[int]:
        return sorted(
            range(len(self._items)),
            key=self._sort_key(column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Col):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort_column = Col(column)
        self._sort_order = order
        self._order = self._sorted(self._sort_column, order)
        self._apply_filter()
        self.layoutChanged.emit()

    def _build_groups(self) -> None:
        if not self._grouped:
            self._groups = []
            return
        by_customer: dict[tuple[int, str], Group] = {}  # one group per customer and currency
        items = self._items
        for k in self._rows:
            item = items[k]
            group = by_customer.get((item.customer_id, item.currency))
            if group is None:
                group = by_customer[(item.customer_id, item.currency)] = Group(
                    item.customer_id, item.customer, [], 0, 0, item.days_overdue, item.currency
                )
            group.rows.append(k)
            group.due_cents += self._due[k]
            group.amount_cents += item.amount_cents
            group.max_days = max(group.max_days, item.days_overdue)
        groups = list(by_customer.values())
        column, reverse = self._sort_column, self._sort_order == Qt.SortOrder.DescendingOrder
        if column in (Col.AMOUNT, Col.STILL_DUE):
            groups.sort(key=lambda g: g.due_cents, reverse=reverse)
        elif column == Col.DAYS:
            groups.sort(key=lambda g: g.max_days, reverse=reverse)
        elif column == Col.CUSTOMER:
            groups.sort(key=lambda g: search_key(g.name), reverse=reverse)
        else:  # keep the order of each customer's first row
            pass
        self._groups = groups

    # -- what the window reads ---------------------------------------------------------------
    def visible_items(self) -> Iterable[OpenItem]:
        return (self._items[k] for k in self._rows)

    def visible_count(self) -> int:
        return len(self._rows)

    def visible_due(self) -> dict[str, int]:
        """Still due on the rows shown, per currency."""
        due, items = self._due, self._items
        if all(i.currency == "EUR" for i in items):  # the usual case, without a dict per row
            return {"EUR": sum(due[k] for k in self._rows)} if self._rows else {}
        amounts: dict[str, int] = {}
        for k in self._rows:
            add_amount(amounts, items[k].currency, due[k])
        return amounts

    def overdue(self) -> dict[str, int]:
        """Everything overdue in the company file, whatever the filter, per currency."""
        return dict(self._overdue)

    def all_items(self) -> list[OpenItem]:
        return self._items

    def item_at(self, index: Index) -> OpenItem | None:
        if not index.isValid():
            return None
        if self._grouped:
            parent_id = index.internalId()
            if parent_id == 0:
                return None
            return self._items[self._groups[parent_id - 1].rows[index.row()]]
        return self._items[self._rows[index.row()]]

    def customer_at(self, index: Index) -> int | None:
        if not index.isValid():
            return None
        if self._grouped and index.internalId() == 0:
            return self._groups[index.row()].customer_id
        item = self.item_at(index)
        return item.customer_id if item else None

    def index_of_invoice(self, invoice_id: int) -> QModelIndex:
        for pos, k in enumerate(self._rows):
            if self._items[k].invoice_id == invoice_id:
                if not self._grouped:
                    return self.index(pos, 0)
                for g_pos, group in enumerate(self._groups):
                    if k in group.rows:
                        return self.index(group.rows.index(k), 0, self.index(g_pos, 0))
        return QModelIndex()

    # -- QAbstractItemModel ------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        # Called for every row the view lays out: no hasIndex() (it calls rowCount twice).
        if row < 0 or not 0 <= column < COLUMN_COUNT:
            return QModelIndex()
        if parent.isValid():
            if not self._grouped or parent.internalId() != 0:
                return QModelIndex()
            if row >= len(self._groups[parent.row()].rows):
                return QModelIndex()
            return self.createIndex(row, column, parent.row() + 1)
        if row >= (len(self._groups) if self._grouped else len(self._rows)):
            return QModelIndex()
        return self.createIndex(row, column, 0)

    def parent(self, index: Index = ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or not self._grouped or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = ROOT) -> int:
        if not parent.isValid():
            return len(self._groups) if self._grouped else len(self._rows)
        if self._grouped and parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()].rows)
        return 0

    def columnCount(self, parent: Index = ROOT) -> int:
        return COLUMN_COUNT

    def hasChildren(self, parent: Index = ROOT) -> bool:
        if not parent.isValid():
            return True
        return self._grouped and parent.internalId() == 0 and parent.column() == 0

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[Col(section)]
            if role == Qt.ItemDataRole.TextAlignmentRole and Col(section) in NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in ANSWERED_ROLES or not index.isValid():
            return None
        column = Col(index.column())
        if self._grouped and index.internalId() == 0:
            return self._group_data(self._groups[index.row()], column, role)
        item = self.item_at(index)
        assert item is not None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        return item_role(item, column, role)

    def _display(self, item: OpenItem, column: Col) -> str:
        if column == Col.CUSTOMER and self._grouped:
            return ""  # the group's row names the customer
        return item_text(item, column, self._fmt)

    def _group_data(self, group: Group, column: Col, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Col.CUSTOMER:
                return group.name
            if column == Col.NUMBER:  # beside the name: the name column keeps its room
                return self.tr("%n factures", "", len(group.rows))
            if column == Col.AMOUNT:
                return self._fmt.money(group.amount_cents, group.currency)
            if column == Col.STILL_DUE:
                return self._fmt.money(group.due_cents, group.currency)
            if column == Col.DAYS:
                return str(group.max_days) if group.max_days > 0 else ""
            return ""
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == CustomerIdRole:
            return group.customer_id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return NO_FLAGS
        if self._grouped and index.internalId() == 0:
            return GROUP_FLAGS
        return LEAF_FLAGS


def scope_totals(items: list[OpenItem]) -> dict[Scope, tuple[int, dict[str, int]]]:
    """(count, still due per currency) for each aging tab, from one pass over the items."""
    per_bucket = bucket_totals(items)
    result = {}
    for scope in Scope:
        amounts: dict[str, int] = {}
        for bucket in scope.buckets():
            for currency, cents in per_bucket[bucket].amounts.items():
                add_amount(amounts, currency, cents)
        result[scope] = (sum(per_bucket[b].count for b in scope.buckets()), amounts)
    return result


def item_role(item: OpenItem, column: int, role: int) -> Any:
    """What an invoice row gives for a role other than its text (alignment, colour of the
    days, ids, tooltip): the same in the in-memory and the paged lists."""
    if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
        return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if role == Qt.ItemDataRole.ForegroundRole and column == Col.DAYS:
        colour = BUCKET_COLOURS.get(item.bucket)
        return QBrush(colour) if colour else None
    if role == InvoiceIdRole:
        return item.invoice_id
    if role == CustomerIdRole:
        return item.customer_id
    if role == Qt.ItemDataRole.ToolTipRole and column == Col.CUSTOMER:
        return labels.label(labels.KINDS, item.customer_kind)
    return None


def item_text(item: OpenItem, column: int, fmt: Formatter) -> str:
    """The text of an invoice row's cell: the same in the in-memory and the paged lists."""
    if column == Col.CUSTOMER:
        return item.customer
    if column == Col.NUMBER:
        return item.number
    if column == Col.ISSUED:
        return fmt.date(item.issue_date)
    if column == Col.DUE:
        return fmt.date(item.due_date)
    if column == Col.DAYS:
        return str(item.days_overdue) if item.days_overdue > 0 else ""
    if column == Col.AMOUNT:
        return fmt.money(item.amount_cents, item.currency)
    if column == Col.STILL_DUE:
        return fmt.money(item.owed_cents, item.currency)
    if column == Col.LAST_ACTION:
        if item.last_action_at is None:
            return ""
        text = f"{labels.label(labels.ACTIONS, item.last_action_kind)} " \
               f"{fmt.date(item.last_action_at.date())}"
        if item.last_action_outcome:
            text += f" ({labels.label(labels.OUTCOMES, item.last_action_outcome)})"
        return text
    if column == Col.NEXT_STEP:
        if item.next_step_at is not None:
            return f"{labels.label(labels.TASKS, item.next_step_kind)} " \
                   f"{fmt.date(item.next_step_at.date())}"
        if item.days_overdue > 0 and item.status in ("overdue", "partly_paid"):
            return QCoreApplication.translate(labels.CTX, labels.NEXT_CALL)
        return ""
    return labels.label(labels.STATUSES, item.status)

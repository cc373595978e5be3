"""A small read-only table model for short lists (one customer's invoices, payments...).

Rows carry display strings plus sort keys, and the model sorts itself (no proxy).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cmp_to_key
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QTableView

from relance_desktop.views.columns import fit_columns, tidy_table
from relance_desktop.views.plain import plain

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
IdRole = Qt.ItemDataRole.UserRole + 1


@dataclass
class Row:
    id: int
    cells: list[str]
    keys: list[Any]
    muted: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


def collator() -> QCollator:
    """Compares texts as a reader of the interface language orders them: « Élodie » beside
    « Emile », « Łukasz » among the L, case ignored, « F9 » before « F10 »."""
    found = QCollator(QLocale())
    found.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    found.setNumericMode(True)
    return found


def text_order(texts_of: Any = None) -> Any:
    """A sort key (for ``sorted``/``list.sort``) ordering texts with :func:`collator`; other
    values compare as usual. ``texts_of`` picks the value from an item (the item itself if
    omitted)."""
    compare_texts = collator().compare
    pick = texts_of or (lambda item: item)

    def compare(a: Any, b: Any) -> int:
        x, y = pick(a), pick(b)
        if isinstance(x, str) and isinstance(y, str):
            return int(compare_texts(x, y))
        return int(x > y) - int(x < y)

    return cmp_to_key(compare)


class RowsModel(QAbstractTableModel):
    def __init__(self, headers: list[str], numeric: set[int] | None = None,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._numeric = numeric or set()
        self._rows: list[Row] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: list[Row]) -> None:
        """Replace the rows, keeping the order the user chose last."""
        self.beginResetModel()
        self._rows = rows
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        self._rows.sort(key=text_order(lambda r: r.keys[column]),
                        reverse=order == Qt.SortOrder.DescendingOrder)

    def row(self, index: Index) -> Row | None:
        return self._rows[index.row()] if index.isValid() else None

    def rows(self) -> list[Row]:
        return self._rows

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
            if role == Qt.ItemDataRole.TextAlignmentRole and section in self._numeric:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and row.muted:
            return QBrush(QColor("#777777"))
        if role == IdRole:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = row.extra.get("tooltip")
            return plain(tip) if isinstance(tip, str) else tip
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._sort_rows(column, order)
        self.layoutChanged.emit()


def make_table(model: RowsModel) -> QTableView:
    """A read-only, sortable table of whole rows for a :class:`RowsModel`."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    # Opens in A→Z order of the first column (Qt's header would start Z→A).
    view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    fit_columns(view)  # titles whole, content where there is room, nothing out of sight
    tidy_table(view)
    return view

"""« En appel avec Claire depuis 10:42 » in the invoice list and the customer list (team mode).

The lists are told the others' claims by the same reading that feeds Today (the main window's
:class:`views.claim_watch.ClaimBanner` and its ``seen`` signal: no reading of their own). A
claimed customer's name cell shows an icon and says who is calling, since when, as its tooltip
and to screen readers: the mark is a picture and words, never a colour alone. The marks are
kept by customer id, so they outlive a reload, a sort or a search of the list."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    SignalInstance,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle, QTableView, QTreeView

from relance_desktop.views.cell_painter import PlainCell
from relance_desktop.views.columns import fitter_of
from relance_desktop.views.invoice_cells import Col
from relance_desktop.views.paged_model import PagedInvoiceModel, PagedRowsModel
from relance_desktop.views.paged_tree import PagedCustomerTree
from relance_desktop.views.table_model import RowsModel

Index = QModelIndex | QPersistentModelIndex
TIP = int(Qt.ItemDataRole.ToolTipRole)
ICON = int(Qt.ItemDataRole.DecorationRole)
SPOKEN = int(Qt.ItemDataRole.AccessibleTextRole)
MARK_ROLES = frozenset({TIP, ICON, SPOKEN})
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_icon: QIcon | None = None


def claim_icon() -> QIcon:
    global _icon
    if _icon is None:
        style = QApplication.style()
        _icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    return _icon


class ClaimMarks:
    """The marks of one list's model (mixed in before the model's class): ``claim_column`` is
    the cell that shows them, ``claimed_customer(index)`` the customer of a row."""

    claim_column = 0
    _claims: Mapping[int, str] = MappingProxyType({})  # no claim (until __init__ runs)
    _unmarked: Any = None  # the list model's own ``data`` (the class after this one)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        mro = cls.__mro__
        for base in mro[mro.index(ClaimMarks) + 1:]:
            if "data" in base.__dict__:
                cls._unmarked = base.__dict__["data"]
                break

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Read for every cell Qt paints: kept on the object itself. On a Qt object an attribute
        # of the object is found in about 0.05 µs, one of its class in 0.3 µs, and a missing one
        # (``getattr`` with a default) in about 10 µs (measured, PySide6 6.11).
        self._claims = MappingProxyType({})
        self._data = type(self)._unmarked

    def set_claims(self, texts: Mapping[int, str]) -> bool:
        """Customer id → « En appel avec … » (all the others' claims; {}: none); True when
        that changed what the list shows."""
        texts = dict(texts)
        if texts == self._claims:
            return False
        self._claims = texts
        model: QAbstractItemModel = self  # type: ignore[assignment]
        parents = [QModelIndex()]  # and, grouped by customer, each group's invoices
        parents += [model.index(r, 0) for r in range(model.rowCount())
                    if model.rowCount(model.index(r, 0))]
        for parent in parents:
            rows = model.rowCount(parent)
            if rows:
                model.dataChanged.emit(model.index(0, self.claim_column, parent),
                                       model.index(rows - 1, self.claim_column, parent),
                                       sorted(MARK_ROLES))
        return True

    def claimed_customer(self, index: Index) -> int | None:
        raise NotImplementedError

    def claim_mark(self, index: Index, role: int) -> Any:
        """What the cell shows of a claim for ``role`` (None: no claim, or not this cell)."""
        claims = self._claims
        if not claims or role not in MARK_ROLES or index.column() != self.claim_column:
            return None
        text = claims.get(self.claimed_customer(index) or 0)
        if text is None:
            return None
        return claim_icon() if role == ICON else text

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        # Called for every role of every cell Qt paints or measures: a set lookup and a truth
        # test, unless someone else is calling a customer.
        if role in MARK_ROLES and self._claims:
            mark = self.claim_mark(index, role)
            if mark is not None:
                return mark
        return self._data(self, index, role)


def feed_lists(seen: SignalInstance, models: Sequence[ClaimMarks],
               views: Sequence[QTableView | QTreeView]) -> None:
    """Give each reading of the claims (``ClaimBanner.seen``) to the lists' ``models``; when
    a mark comes or goes, the ``views`` measure their columns again (an icon takes room)."""

    def show(texts: Mapping[int, str]) -> None:
        if any([model.set_claims(texts) for model in models]):
            for view in views:
                fitter = fitter_of(view)
                if fitter is not None:
                    fitter.remeasure()

    seen.connect(show)


class ClaimedPagedInvoices(ClaimMarks, PagedInvoiceModel):
    """The invoice list read in pages, with the marks in its customer column."""

    claim_column = int(Col.CUSTOMER)

    def claimed_customer(self, index: Index) -> int | None:
        return self.customer_at(index)

    def plain_cell(self, row: int, column: int) -> PlainCell:
        """A marked cell (an icon) is painted by the stock painter."""
        if self._claims and column == self.claim_column:
            item = self.item_at(self.index(row, column))
            if item is not None and item.customer_id in self._claims:
                return None
        return super().plain_cell(row, column)


class ClaimedTree(ClaimMarks, PagedCustomerTree):
    """The invoice list grouped by customer, with the marks on the customer's row and on each
    of its invoices."""

    claim_column = int(Col.CUSTOMER)

    def claimed_customer(self, index: Index) -> int | None:
        return self.customer_at(index)

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """The texts keep the tree's own translation context (a class's ``tr`` takes its
        class's name)."""
        return QCoreApplication.translate("PagedCustomerTree", text, disambiguation, n)


class ClaimedCustomers(ClaimMarks, RowsModel):
    """The customer list (each row's id is the customer's), marks beside the name."""

    def claimed_customer(self, index: Index) -> int | None:
        row = self.row(index)
        return row.id if row is not None else None


class ClaimedPagedCustomers(ClaimMarks, PagedRowsModel):
    """The customer list read in pages, marks beside the name."""

    def claimed_customer(self, index: Index) -> int | None:
        row = self.row(index)
        return row.id if row is not None else None

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

from relance_desktop.views.columns import fitter_of
from relance_desktop.views.paged_model import PagedInvoiceModel, PagedRowsModel
from relance_desktop.views.receivables_model import Col, ReceivablesModel
from relance_desktop.views.table_model import RowsModel

Index = QModelIndex | QPersistentModelIndex
TIP = int(Qt.ItemDataRole.ToolTipRole)
ICON = int(Qt.ItemDataRole.DecorationRole)
SPOKEN = int(Qt.ItemDataRole.AccessibleTextRole)
MARK_ROLES = frozenset({TIP, ICON, SPOKEN})
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
    # No claim yet: a class default, so reading it per cell is a plain lookup (an attribute
    # missing on a Qt object is looked for through its C++ side, slowly, for every cell).
    _claims: Mapping[int, str] = MappingProxyType({})

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

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every cell Qt paints or measures: nothing more than a
        # truth test and a set lookup unless someone else is calling a customer.
        if self._claims and role in MARK_ROLES:
            mark = self.claim_mark(index, role)
            if mark is not None:
                return mark
        return super().data(index, role)  # type: ignore[misc]


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


class ClaimedInvoices(ClaimMarks, ReceivablesModel):
    """The invoice list in memory, with the marks in its customer column."""

    claim_column = int(Col.CUSTOMER)

    def claimed_customer(self, index: Index) -> int | None:
        return self.customer_at(index)

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """The texts keep the list's own translation context (a class's ``tr`` takes its
        class's name)."""
        return QCoreApplication.translate("ReceivablesModel", text, disambiguation, n)


class ClaimedPagedInvoices(ClaimMarks, PagedInvoiceModel):
    """The invoice list read in pages, with the marks in its customer column."""

    claim_column = int(Col.CUSTOMER)

    def claimed_customer(self, index: Index) -> int | None:
        return self.customer_at(index)


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

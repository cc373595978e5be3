"""Overdue-invoices page of the main window: the list (read from the database a page at a
time), aging tabs, search, grouping, status bar totals.

A part of :class:`views.main_window.MainWindow` (mixed into it): its methods run on the main
window and share its attributes. Texts keep the « MainWindow » translation context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from relance_desktop.i18n import QT_TRANSLATE_NOOP
from relance_desktop.services import lists
from relance_desktop.services.receivables import OpenItem
from relance_desktop.views.aging_bar import AgingBar
from relance_desktop.views.cell_painter import paint_plain_cells
from relance_desktop.views.columns import fit_columns, fitter_of
from relance_desktop.views.empty_state import EmptyState, no_invoice_text
from relance_desktop.views.invoice_cells import Col, Scope
from relance_desktop.views.main_pages import (
    PAGE_CUSTOMERS,
    PAGE_RECEIVABLES,
    PAGE_TODAY,
)

if TYPE_CHECKING:
    pass

translate = QCoreApplication.translate  # the « MainWindow » context, as lupdate reads it


SCOPE_TITLES = {
    Scope.OVERDUE: QT_TRANSLATE_NOOP("MainWindow", "Échues"),
    Scope.NOT_DUE: QT_TRANSLATE_NOOP("MainWindow", "À échoir"),
    Scope.D1_30: QT_TRANSLATE_NOOP("MainWindow", "1–30 j"),
    Scope.D31_60: QT_TRANSLATE_NOOP("MainWindow", "31–60 j"),
    Scope.D61_90: QT_TRANSLATE_NOOP("MainWindow", "61–90 j"),
    Scope.OVER_90: QT_TRANSLATE_NOOP("MainWindow", "+ de 90 j"),
    Scope.ALL: QT_TRANSLATE_NOOP("MainWindow", "Toutes"),
}
# The most a column's content makes it wide (its title always fits: views/columns.py).
COLUMN_CAPS = {
    Col.CUSTOMER: 260,
    Col.LAST_ACTION: 240,
    Col.NEXT_STEP: 200,
}


def scrolled_to_end(view: QTreeView) -> bool:
    """Whether the last screenful of ``view`` is shown (or everything fits on the screen)."""
    bar = view.verticalScrollBar()
    return bar.maximum() == 0 or bar.value() >= bar.maximum() - bar.pageStep()


class Counts(QObject):
    """Plural wording (%n) of the invoice list. lupdate marks a plural only in ``self.tr``, and
    PySide's ``tr`` finds a plural only in the context of the object's own class, not of a mixin
    such as :class:`InvoicesPage`: hence a class of its own."""

    def invoices_shown(self, count: int | str) -> str:
        if isinstance(count, str):  # totals still being read
            return self.tr("… factures affichées")
        return self.tr("%n factures affichées", "", count)


class InvoicesPage:
    """The overdue-invoice list, its aging tabs, search, grouping and status bar totals."""

    def _build_invoices_page(self) -> QWidget:
        """Page 1: the open invoices (a table, or a tree when grouped by customer)."""
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            translate("MainWindow", "Rechercher un client, un n° de facture, un montant… (Ctrl+F)")
        )
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._focus_list)
        top.addWidget(self.search, 1)
        self.group_box = QCheckBox(translate("MainWindow", "&Grouper par client"))
        self.group_box.toggled.connect(self._group_toggled)
        top.addWidget(self.group_box)
        layout.addLayout(top)
        self.tabs = AgingBar([translate("MainWindow", SCOPE_TITLES[scope]) for scope in Scope])
        self.tabs.setObjectName("agingTabs")
        self.tabs.currentChanged.connect(self._scope_changed)
        layout.addWidget(self.tabs)
        self._build_invoice_views()
        self.view_stack = QStackedWidget()
        self.view_stack.addWidget(self.table)
        self.view_stack.addWidget(self.tree)
        self.view: QTableView | QTreeView = self.table
        self._attach_model(self.table)
        self.view.sortByColumn(Col.DAYS, Qt.SortOrder.DescendingOrder)
        self.invoices_empty = EmptyState(*no_invoice_text())
        self.view_stack.addWidget(self.invoices_empty)
        layout.addWidget(self.view_stack, 1)
        return page

    def _show_invoices_empty(self) -> None:
        """No open invoice: the list says how to get some instead of showing a blank grid."""
        empty = self.cf is not None and not lists.open_count_at_least(self.cf, 1)
        self.view_stack.setCurrentWidget(self.invoices_empty if empty else self.view)

    def _build_invoice_views(self) -> None:
        """The flat list is a table (it lays out only the rows on screen: fast at 100k rows);
        the grouped list is a tree. Only the visible one is attached to its model."""
        self.table = QTableView()
        self.table.setObjectName("invoiceList")
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.setCornerButtonEnabled(False)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setMinimumSectionSize(self.fontMetrics().height() + 2)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 4)
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        paint_plain_cells(self.table, self.paged_model)  # fewer calls per cell than Qt's painter
        self.tree = QTreeView()
        self.tree.setObjectName("groupedList")
        self.tree.setUniformRowHeights(True)
        for view in (self.table, self.tree):
            view.setAlternatingRowColors(True)
            view.setSortingEnabled(True)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.activated.connect(self._row_activated)
        self.tree.setAllColumnsShowFocus(True)
        self.tree_model.set_more_wanted(lambda: scrolled_to_end(self.tree))
        for view in (self.table, self.tree):
            fitter = fit_columns(view, {int(col): cap for col, cap in COLUMN_CAPS.items()},
                                 stretch=int(Col.CUSTOMER))  # the name whole, the status near
            self.formatter_changed.connect(fitter.remeasure)  # amounts and dates written anew
        from relance_desktop.views.dunning_timeline import InvoiceStopMenu

        self.invoice_stops = InvoiceStopMenu(  # stop or resume one invoice's dunning
            self, [self.table, self.tree], self.session, lambda: self.cf, self._invoice_named)

    def _invoice_named(self) -> tuple[int, str] | None:
        item = self.model.item_at(self.view.currentIndex())
        return None if item is None else (int(item.invoice_id), str(item.number))

    def reload(self) -> None:
        if self.cf is None:
            return
        current = self.model.item_at(self.view.currentIndex())
        self._pick_model()
        if self.pages.currentIndex() != PAGE_RECEIVABLES:
            self._list_stale = True  # read when shown
            current = None
        else:
            self._list_stale = False
            today = self.session.today()
            self.paged_model.set_company(self.cf, today)  # grouped too: the totals are its
            if self.model is self.tree_model:
                self.tree_model.set_company(self.cf, today)
                self._open_groups_if_few()
            self._update_tabs()  # read on a thread: filled in when known
            self._update_status()
        self._show_invoices_empty()
        if self.pages.currentIndex() == PAGE_CUSTOMERS:
            self._reload_customers()
        if self.pages.currentIndex() == PAGE_TODAY:
            self.reload_today()
        self._select(current)

    def _select(self, item: OpenItem | None) -> None:
        """Select ``item``'s invoice again if the list shows it (its customer opened)."""
        if item is None:
            return
        index = self.model.index_of_invoice(item.invoice_id)
        if index.isValid():
            if index.parent().isValid():
                self.tree.expand(index.parent())
            self.view.setCurrentIndex(index)

    def _pick_model(self) -> None:
        """The list's model attached: read in pages when flat, a tree read as it is opened when
        grouped by customer."""
        grouped = self.group_box.isChecked()
        model = self.tree_model if grouped else self.paged_model
        view = self.tree if grouped else self.table
        if model is not self.model or view is not self.view:
            header = self.list_header()
            column, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
            if model is not self.model and self.model is self.tree_model:
                self.tree_model.set_company(None, self.session.today())  # its memory back
            self.model = model
            model.set_order(column, order)
            self._attach_model(view)
            self.list_header().setSortIndicator(column, order)

    def _open_groups_if_few(self) -> None:
        """Grouped, a short list shows every customer opened (its invoices read)."""
        if self.tree_model.open_all_if_few():
            self.tree.expandAll()

    def _update_tabs(self) -> None:
        if self.cf is None:
            return
        if not self.paged_model.buckets_known():
            self.paged_model.request_buckets()  # buckets_changed calls this again
            return
        totals = self.paged_model.scope_totals()
        for pos, (scope, (count, amounts)) in enumerate(totals.items()):
            title = translate("MainWindow", SCOPE_TITLES[scope])
            self.tabs.setTabText(pos, f"{title} ({count})\n{self.amounts_text(amounts)}")

    def _update_status(self) -> None:
        # Invoice counts and totals describe the invoice list: shown only beside it.
        on_list = self.cf is not None and self.pages.currentIndex() == PAGE_RECEIVABLES
        for label in (self.status_count, self.status_total, self.status_overdue):
            label.setVisible(on_list)
        # the flat list's totals, grouped too (the same filter), read once the user pauses typing
        totals = self.paged_model.visible_totals()
        if totals is None and self.cf is None:
            totals = lists.Totals()  # no file: nothing shown
        count: int | str = "…" if totals is None else totals.count
        due = "…" if totals is None else self.amounts_text(dict(totals.amounts))
        overdue = (
            self.amounts_text(self.paged_model.overdue())
            if self.paged_model.buckets_known()
            else "…"
        )
        self.status_count.setText(Counts().invoices_shown(count))
        self.status_total.setText(
            translate("MainWindow", "Reste dû affiché : {amount}").format(amount=due)
        )
        self.status_overdue.setText(
            translate("MainWindow", "Total échu : {amount}").format(amount=overdue)
        )

    def amounts_text(self, amounts: dict[str, int]) -> str:
        """« 1 234,56 € + 80,00 $US »: one amount per currency, the company's first."""
        fmt = self.session.formatter
        main = self.cf.company.currency if self.cf is not None else "EUR"
        if not amounts:
            return fmt.money(0, main)
        order = sorted(amounts, key=lambda c: (c != main, c))
        return " + ".join(fmt.money(amounts[c], c) for c in order)

    def _search_changed(self, text: str) -> None:
        self.paged_model.set_search(text)  # the totals, grouped too
        self.tree_model.set_search(text)  # (read only while grouped)
        if self.model is self.paged_model:  # rows changed in place: the top, its first row
            self.view.scrollToTop()
            current = self.view.currentIndex()
            if current.isValid() and current.row() != 0:
                self.view.setCurrentIndex(self.model.index(0, 0))
        self._after_filter()

    def _scope_changed(self, pos: int) -> None:
        self.paged_model.set_scope(Scope(pos))
        self.tree_model.set_scope(Scope(pos))
        self._after_filter()

    def _attach_model(self, view: QTableView | QTreeView) -> None:
        """Show the list in ``view`` (table when flat, tree when grouped), same columns."""
        previous = self.view
        header = (
            previous.horizontalHeader() if isinstance(previous, QTableView) else previous.header()
        )
        column, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
        if previous is not view:
            previous.setModel(None)  # type: ignore[arg-type]
        view.setModel(self.model)
        view.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        self.view = view
        self.view_stack.setCurrentWidget(view)
        new_header = self.list_header()
        fitter = fitter_of(view)
        if fitter is not None:
            fitter.watch_model()
        if previous is not view:
            new_header.setSortIndicator(column, order)

    def list_header(self) -> QHeaderView:
        view = self.view
        return view.horizontalHeader() if isinstance(view, QTableView) else view.header()

    def _group_toggled(self, grouped: bool) -> None:
        had_focus = self.view.hasFocus()
        if self.cf is None or self._list_stale or self.pages.currentIndex() != PAGE_RECEIVABLES:
            self._pick_model()
            if self.cf is not None:
                self.reload()  # (read when shown)
        else:  # the same invoices: the flat list keeps its totals (and its rows)
            current = self.model.item_at(self.view.currentIndex())
            self._pick_model()
            if grouped:
                self.tree_model.set_company(self.cf, self.session.today())
            self._select(current)  # (a short grouped list is opened below)
        if had_focus:
            self.view.setFocus()
        self._after_filter()

    def _after_filter(self) -> None:
        self._update_status()
        if self.model is self.tree_model:
            self._open_groups_if_few()
        if not self.view.currentIndex().isValid() and self.model.rowCount() > 0:
            self.view.setCurrentIndex(self.model.index(0, 0))

    def _focus_list(self) -> None:
        self.view.setFocus()
        if not self.view.currentIndex().isValid() and self.model.rowCount() > 0:
            self.view.setCurrentIndex(self.model.index(0, 0))

    def focus_search(self) -> None:
        self.show_page(PAGE_RECEIVABLES)
        self.search.setFocus()
        self.search.selectAll()

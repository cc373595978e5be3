"""Customers page of the main window: the list (paged from a size), search, merge.

A part of :class:`views.main_window.MainWindow` (mixed into it): its methods run on the main
window and share its attributes. Texts keep the « MainWindow » translation context.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from relance_desktop.errors import UserFacingError
from relance_desktop.services import lists
from relance_desktop.views import labels
from relance_desktop.views.claim_marks import ClaimedCustomers, ClaimedPagedCustomers
from relance_desktop.views.columns import fitter_of
from relance_desktop.views.common import show_user_error
from relance_desktop.views.empty_state import EmptyState
from relance_desktop.views.paged_model import LazyRow, PagedRowsModel
from relance_desktop.views.plain import plain
from relance_desktop.views.table_model import Row, RowsModel, make_table

translate = QCoreApplication.translate  # the « MainWindow » context, as lupdate reads it


CUSTOMERS_PAGED_FROM = 2000  # the same for the customer list (by name only, when paged)


class CustomersPage:
    """Customers page of the main window: the list (paged from a size), search, merge."""

    def _build_customers_page(self) -> QWidget:
        """Page 2: customers."""
        cpage = QWidget()
        clayout = QVBoxLayout(cpage)
        clayout.setContentsMargins(0, 0, 0, 0)
        crow = QHBoxLayout()
        self.customer_search = QLineEdit()
        self.customer_search.setClearButtonEnabled(True)
        self.customer_search.setPlaceholderText(translate("MainWindow", "Rechercher un client…"))
        self.customer_search.textChanged.connect(self._reload_customers)
        self.customer_search.returnPressed.connect(self._customer_search_entered)
        crow.addWidget(self.customer_search, 1)
        add = QPushButton(translate("MainWindow", "Nouveau &client…"))
        add.clicked.connect(self.new_customer)
        crow.addWidget(add)
        self.merge_button = QPushButton(translate("MainWindow", "&Fusionner les deux clients…"))
        self.merge_button.setToolTip(
            QCoreApplication.translate(
                "MainWindow",
                "Deux fiches pour le même client (par exemple après un import) : sélectionnez-les "
                "toutes les deux (Ctrl+clic).",
            )
        )
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.merge_selected_customers)
        crow.addWidget(self.merge_button)
        clayout.addLayout(crow)
        self.customers_model = ClaimedCustomers(
            [
                translate("MainWindow", "Client"),
                translate("MainWindow", "Type"),
                translate("MainWindow", "Ville"),
                translate("MainWindow", "Pays"),
                translate("MainWindow", "Téléphone"),
                translate("MainWindow", "Factures ouvertes"),
                translate("MainWindow", "Reste dû"),
                translate("MainWindow", "Dont échu"),
                translate("MainWindow", "Retard max (j)"),
            ],
            numeric={5, 6, 7, 8},
            parent=self,
        )
        self.customer_rows_model = self.customers_model  # small files: all rows, any order
        self.paged_customers = ClaimedPagedCustomers(
            [
                self.customers_model.headerData(c, Qt.Orientation.Horizontal)
                for c in range(self.customers_model.columnCount())
            ],
            {5, 6, 7, 8},
            self,
        )
        self.customer_view = make_table(self.customers_model)
        self.customer_view.setObjectName("customerList")
        fitter = fitter_of(self.customer_view)
        if fitter is not None:  # amounts and phone numbers written anew
            self.formatter_changed.connect(fitter.remeasure)
        self.customer_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.customer_view.activated.connect(self._customer_activated)
        self.customer_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customer_view.customContextMenuRequested.connect(self._customer_menu)
        self.customer_view.selectionModel().selectionChanged.connect(self._customer_selection)
        self.customers_empty = EmptyState(
            translate("MainWindow", "Aucun client"),
            translate("MainWindow", "Les clients arrivent avec l'import de vos factures, ou "
                      "ajoutez-en un vous-même. La société de démonstration en montre quarante."))
        self.customer_stack = QStackedWidget()
        self.customer_stack.addWidget(self.customer_view)
        self.customer_stack.addWidget(self.customers_empty)
        clayout.addWidget(self.customer_stack, 1)
        return cpage

    def _reload_customers(self) -> None:
        if self.cf is None:
            return
        from relance_desktop.domain.text import search_key

        none = not lists.customer_count_at_least(self.cf, 1)  # a new company: how they come
        self.customer_stack.setCurrentWidget(self.customers_empty if none else self.customer_view)
        fmt = self.session.formatter
        words = search_key(self.customer_search.text()).split()
        from relance_desktop.services import customers as customer_service

        def cells(c: Any) -> list[str]:
            return [
                c.name,
                labels.label(labels.KINDS, c.kind),
                c.city,
                labels.label(labels.COUNTRIES, c.country),
                fmt.phone(c.phone, c.country),
                str(c.open_count) if c.open_count else "",
                fmt.money(c.due_cents),
                fmt.money(c.overdue_cents),
                str(c.max_days) if c.max_days else "",
            ]

        def keys(c: Any) -> list[Any]:
            return [
                search_key(c.name),
                c.kind,
                c.city,
                c.country,
                c.phone,
                c.open_count,
                c.due_cents,
                c.overdue_cents,
                c.max_days,
            ]

        cf, today = self.cf, self.session.today()
        if lists.customer_count_at_least(cf, CUSTOMERS_PAGED_FROM):  # by name, a page at a time
            self._show_customers(self.paged_customers)
            self.paged_customers.set_source(
                lambda offset, limit: [
                    LazyRow(c.id, lambda c=c: cells(c), keys(c), muted=c.due_cents == 0)
                    for c in lists.customer_page(cf, today, words, offset=offset, limit=limit)
                ]
            )
            return
        self._show_customers(self.customer_rows_model)
        rows = []
        for c in customer_service.overview(self.cf, self.session.today().isoformat()):
            haystack = search_key(c.name, c.city, c.phone)
            if not all(w in haystack for w in words):
                continue
            rows.append(Row(c.id, cells(c), keys(c), muted=c.due_cents == 0))
        self.customer_rows_model.set_rows(rows)

    def _show_customers(self, model: RowsModel | PagedRowsModel) -> None:
        """The customer list shows ``model`` (paged: in the order read, not sortable)."""
        if self.customers_model is model:
            return
        self.customers_model = model  # type: ignore[assignment]
        self.customer_view.setModel(model)
        fitter = fitter_of(self.customer_view)
        if fitter is not None:
            fitter.watch_model()
        self.customer_view.setSortingEnabled(model is self.customer_rows_model)
        self.customer_view.selectionModel().selectionChanged.connect(self._customer_selection)
        self.merge_button.setEnabled(False)
        self._update_actions()

    def _selected_customers(self) -> list[int]:
        rows = sorted({i.row() for i in self.customer_view.selectionModel().selectedRows()})
        return [self.customers_model.rows()[r].id for r in rows]

    def _customer_menu(self, pos: Any) -> None:
        """Team mode: « Affecter à » the customers selected."""
        from relance_desktop.views.team_assign import assign_menu, is_team

        if self.cf is None or not is_team(self.cf) or not self._selected_customers():
            return
        menu = QMenu(self.customer_view)
        menu.addMenu(assign_menu(menu, self.session, self.cf, self._selected_customers,
                                 self._reload_customers))
        menu.exec(self.customer_view.viewport().mapToGlobal(pos))

    def _customer_selection(self) -> None:
        self.merge_button.setEnabled(len(self._selected_customers()) == 2)
        self._update_actions()

    def merge_selected_customers(self) -> None:
        """Keep the record with the most history; the other one's invoices etc. move to it."""
        ids = self._selected_customers()
        if self.cf is None or len(ids) != 2:
            return
        from relance_desktop.services import customers as customer_service

        rows = {row.id: row for row in self.customers_model.rows() if row.id in ids}
        names = {cid: rows[cid].cells[0] for cid in ids}
        counts = {cid: rows[cid].keys[5] for cid in ids}
        keep, other = sorted(ids, key=lambda cid: (-counts.get(cid, 0), cid))
        answer = QMessageBox.question(
            self,
            translate("MainWindow", "Fusionner deux clients"),
            plain(QCoreApplication.translate(
                "MainWindow",
                "Garder « {keep} » et y rattacher tout ce qui concerne « {other} » (factures, "
                "paiements, contacts, historique) ? « {other} » disparaîtra ; ses informations "
                "complètent celles qui manquent.",
            ).format(keep=names[keep], other=names[other])),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        for window in [w for cid, w in self.customer_windows.items() if cid in ids]:
            window.close()
        try:
            customer_service.merge_customers(self.cf, keep, other)
        except UserFacingError as exc:
            show_user_error(self, self.session, exc)

    def focus_customer_list(self) -> None:
        """From the search box to the list, on its first row (Down)."""
        if self.customers_model.rowCount() == 0:
            return
        self.customer_view.setFocus()
        if not self.customer_view.currentIndex().isValid():
            self.customer_view.setCurrentIndex(self.customers_model.index(0, 0))

    def _customer_search_entered(self) -> None:
        """Enter in the search box: one customer found opens; several, the list takes over."""
        if self.customers_model.rowCount() == 1:
            self._customer_activated(self.customers_model.index(0, 0))
        else:
            self.focus_customer_list()

    def _customer_activated(self, index: QModelIndex) -> None:
        row = self.customers_model.row(index)
        if row is not None:
            self.open_customer(row.id)

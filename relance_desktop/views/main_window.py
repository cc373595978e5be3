"""The main window: a sidebar, the overdue-invoice list with aging tabs, the customers list.

What it shows comes from the services; it refreshes when the open company reports a change
(:mod:`views.changes`), whichever window made it. Showing a page only reads. Follow-ups (promises
kept or broken, payment checks due) are brought up to date when the file is opened, after a
change to invoices or payments, and when the day changes.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from relance_desktop import __version__, paths
from relance_desktop.errors import UserFacingError
from relance_desktop.formatting import Formatter
from relance_desktop.i18n import QT_TRANSLATE_NOOP
from relance_desktop.services import followup, lists
from relance_desktop.services.receivables import open_items
from relance_desktop.services.session import (
    Change,
    CompanySession,
    Topic,
    demo_company,
    open_company,
)
from relance_desktop.services.storage import storage_error
from relance_desktop.views import labels
from relance_desktop.views.aging_bar import AgingBar
from relance_desktop.views.changes import ChangeBridge
from relance_desktop.views.common import Session, show_user_error
from relance_desktop.views.paged_model import LazyRow, PagedInvoiceModel, PagedRowsModel
from relance_desktop.views.receivables_model import Col, ReceivablesModel, Scope, scope_totals
from relance_desktop.views.table_model import Row, RowsModel, make_table

if TYPE_CHECKING:
    from relance_desktop.views.call_sheet import CallSheet
    from relance_desktop.views.customer_window import CustomerWindow
    from relance_desktop.views.import_wizard import ImportWizard

log = logging.getLogger(__name__)

SCOPE_TITLES = {
    Scope.OVERDUE: QT_TRANSLATE_NOOP("MainWindow", "Échues"),
    Scope.NOT_DUE: QT_TRANSLATE_NOOP("MainWindow", "À échoir"),
    Scope.D1_30: QT_TRANSLATE_NOOP("MainWindow", "1–30 j"),
    Scope.D31_60: QT_TRANSLATE_NOOP("MainWindow", "31–60 j"),
    Scope.D61_90: QT_TRANSLATE_NOOP("MainWindow", "61–90 j"),
    Scope.OVER_90: QT_TRANSLATE_NOOP("MainWindow", "+ de 90 j"),
    Scope.ALL: QT_TRANSLATE_NOOP("MainWindow", "Toutes"),
}
COLUMN_WIDTHS = {Col.CUSTOMER: 220, Col.NUMBER: 100, Col.ISSUED: 84, Col.DUE: 84, Col.DAYS: 70,
                 Col.AMOUNT: 105, Col.STILL_DUE: 105, Col.LAST_ACTION: 200, Col.NEXT_STEP: 150}
PAGE_EMPTY, PAGE_RECEIVABLES, PAGE_CUSTOMERS, PAGE_TODAY, PAGE_LETTERS = 0, 1, 2, 3, 4
SIDEBAR_PAGES = (PAGE_TODAY, PAGE_RECEIVABLES, PAGE_CUSTOMERS, PAGE_LETTERS)
SECTION_TITLES = {
    "broken_promise": QT_TRANSLATE_NOOP("MainWindow", "1 · Promesse non tenue"),
    "call_back": QT_TRANSLATE_NOOP("MainWindow", "2 · Rappel prévu"),
    "payment_check": QT_TRANSLATE_NOOP("MainWindow", "3 · Paiement à vérifier"),
    "to_call": QT_TRANSLATE_NOOP("MainWindow", "4 · À appeler"),
}
# The changes that alter the lists (invoices, customers, today's calls, last actions, currency).
LIST_TOPICS = frozenset({Topic.INVOICES, Topic.CUSTOMERS, Topic.CALLS, Topic.DOCUMENTS,
                         Topic.COMPANY})
DAY_CHECK_MS = 60_000  # how often to look whether the day changed (follow-ups, days overdue)
FOLLOW_UPS_ONE_BY_ONE = 20  # above this many customers changed, all follow-ups are refreshed
# From this many open invoices the flat list is read from the database a page at a time
# (views.paged_model); below, and when grouped by customer, it is held in memory.
PAGED_FROM = 5000
CUSTOMERS_PAGED_FROM = 2000  # the same for the customer list (by name only, when paged)
HOURS_STATES = {
    "open": QT_TRANSLATE_NOOP("MainWindow", "joignable maintenant"),
    "later": QT_TRANSLATE_NOOP("MainWindow", "plus tard aujourd'hui"),
    "closed": QT_TRANSLATE_NOOP("MainWindow", "pas aujourd'hui"),
}


class MainWindow(QMainWindow):
    company_changed = Signal()  # a company file was opened or closed
    formatter_changed = Signal()  # the user chose other formats for dates and amounts

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.cf: CompanySession | None = None
        self.changes: ChangeBridge | None = None  # the open company's change events
        self._follow_ups_day: date | None = None  # the day follow-ups were last brought up to
        self.day_timer = QTimer(self)
        self.day_timer.setInterval(DAY_CHECK_MS)
        self.day_timer.timeout.connect(self._check_day)
        self.day_timer.start()
        self.customer_windows: dict[int, CustomerWindow] = {}
        self.call_sheets: dict[int, CallSheet] = {}
        self.import_wizard: ImportWizard | None = None
        self.setObjectName("MainWindow")
        self.setAcceptDrops(True)  # files dropped here open the import wizard
        self.resize(1280, 760)
        self.model: ReceivablesModel | PagedInvoiceModel = ReceivablesModel(session.formatter, self)
        self.memory_model = self.model
        self.paged_model = PagedInvoiceModel(session.formatter, self)
        self.paged_model.totals_changed.connect(self._update_status)
        self.paged_model.buckets_changed.connect(self._update_tabs)
        self.paged_model.buckets_changed.connect(self._update_status)
        self._list_stale = False  # a paged list not read since the file changed (not shown)
        self._build_ui()
        self._build_menus()
        self._restore_geometry()
        self._show_company()

    # -- construction ------------------------------------------------------------------------
    def _build_ui(self) -> None:
        central = QWidget()
        outer = QHBoxLayout(central)
        outer.setContentsMargins(6, 6, 6, 6)
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.addItems([self.tr("Aujourd'hui"), self.tr("Factures en retard"),
                               self.tr("Clients"), self.tr("Courriers")])
        self.sidebar.setFixedWidth(170)
        self.sidebar.setStyleSheet("QListWidget#sidebar::item { padding: 6px 4px; }")
        self.sidebar.currentRowChanged.connect(self._sidebar_changed)
        outer.addWidget(self.sidebar)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.pages.addWidget(self._build_welcome_page())
        self.pages.addWidget(self._build_invoices_page())
        self.pages.addWidget(self._build_customers_page())
        self.pages.addWidget(self._build_today_page())
        from relance_desktop.views.letters_page import LettersPage

        self.letters_page = LettersPage(self.session, self)
        self.pages.addWidget(self.letters_page)  # page 4
        self.status_count = QLabel()
        self.status_total = QLabel()
        self.status_overdue = QLabel()
        for label in (self.status_count, self.status_total, self.status_overdue):
            self.statusBar().addPermanentWidget(label)

    def _build_welcome_page(self) -> QWidget:
        """Page 0: no company open."""
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        intro = QLabel(self.tr(
            "<h2>Bienvenue dans Relance</h2>"
            "<p>Une société = un fichier. Créez le fichier de votre société, ouvrez-en un "
            "existant, ou essayez la société de démonstration pour découvrir l'application.</p>"
            "<p>Ensuite, saisissez vos factures impayées (ou importez-les depuis votre logiciel "
            "de facturation) : Relance vous dira qui appeler aujourd'hui.</p>"))
        intro.setWordWrap(True)
        intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty_layout.addWidget(intro)
        row = QHBoxLayout()
        row.addStretch(1)
        for text, slot in ((self.tr("&Nouvelle société…"), self.new_company),
                           (self.tr("&Ouvrir un fichier…"), self.open_dialog),
                           (self.tr("Essayer la &démo"), self.open_demo)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        empty_layout.addLayout(row)
        empty_layout.addStretch(2)
        return empty

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
            self.tr("Rechercher un client, un n° de facture, un montant… (Ctrl+F)"))
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._focus_list)
        top.addWidget(self.search, 1)
        self.group_box = QCheckBox(self.tr("&Grouper par client"))
        self.group_box.toggled.connect(self._group_toggled)
        top.addWidget(self.group_box)
        layout.addLayout(top)
        self.tabs = AgingBar(
            [QCoreApplication.translate("MainWindow", SCOPE_TITLES[scope]) for scope in Scope])
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
        layout.addWidget(self.view_stack, 1)
        return page

    def _build_invoice_views(self) -> None:
        """The flat list is a table (it lays out only the rows on screen: fast at 100k rows);
        the grouped list is a tree. Only the visible one is attached to the model."""
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
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
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

    def _build_customers_page(self) -> QWidget:
        """Page 2: customers."""
        cpage = QWidget()
        clayout = QVBoxLayout(cpage)
        clayout.setContentsMargins(0, 0, 0, 0)
        crow = QHBoxLayout()
        self.customer_search = QLineEdit()
        self.customer_search.setClearButtonEnabled(True)
        self.customer_search.setPlaceholderText(self.tr("Rechercher un client…"))
        self.customer_search.textChanged.connect(self._reload_customers)
        crow.addWidget(self.customer_search, 1)
        add = QPushButton(self.tr("Nouveau &client…"))
        add.clicked.connect(self.new_customer)
        crow.addWidget(add)
        self.merge_button = QPushButton(self.tr("&Fusionner les deux clients…"))
        self.merge_button.setToolTip(self.tr(
            "Deux fiches pour le même client (par exemple après un import) : sélectionnez-les "
            "toutes les deux (Ctrl+clic)."))
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.merge_selected_customers)
        crow.addWidget(self.merge_button)
        clayout.addLayout(crow)
        self.customers_model = RowsModel(
            [self.tr("Client"), self.tr("Type"), self.tr("Ville"), self.tr("Pays"),
             self.tr("Téléphone"), self.tr("Factures ouvertes"), self.tr("Reste dû"),
             self.tr("Dont échu"), self.tr("Retard max (j)")], numeric={5, 6, 7, 8}, parent=self)
        self.customer_rows_model = self.customers_model  # small files: all rows, any order
        self.paged_customers = PagedRowsModel(
            [self.customers_model.headerData(c, Qt.Orientation.Horizontal)
             for c in range(self.customers_model.columnCount())], {5, 6, 7, 8}, self)
        self.customer_view = make_table(self.customers_model)
        self.customer_view.setObjectName("customerList")
        self.customer_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.customer_view.activated.connect(self._customer_activated)
        self.customer_view.selectionModel().selectionChanged.connect(self._customer_selection)
        clayout.addWidget(self.customer_view, 1)
        return cpage

    def _build_today_page(self) -> QWidget:
        """Page 3: today's calls."""
        tpage = QWidget()
        tlayout = QVBoxLayout(tpage)
        tlayout.setContentsMargins(0, 0, 0, 0)
        self.today_title = QLabel()
        self.today_title.setObjectName("todayTitle")
        self.today_title.setTextFormat(Qt.TextFormat.RichText)
        self.today_title.setWordWrap(True)
        title_row = QHBoxLayout()
        title_row.addWidget(self.today_title, 1)
        print_list = QPushButton(self.tr("&Imprimer la liste d'appels"))
        print_list.setObjectName("printCallList")
        print_list.clicked.connect(self.print_call_list)
        title_row.addWidget(print_list, 0, Qt.AlignmentFlag.AlignTop)
        tlayout.addLayout(title_row)
        self.today_model = RowsModel(
            [self.tr("Priorité"), self.tr("Client"), self.tr("Pourquoi"), self.tr("Heures d'appel"),
             self.tr("Échu"), self.tr("Dernier appel"), self.tr("Téléphone")],
            numeric={4}, parent=self)
        self.today_view = make_table(self.today_model)
        self.today_view.setObjectName("todayList")
        self.today_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # the queue's own order
        self.today_view.setSortingEnabled(False)
        self.today_view.activated.connect(self._today_activated)
        header = self.today_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # not measured on rows
        for col, width in enumerate((150, 210, 380, 170, 110, 200)):
            header.resizeSection(col, width)
        tlayout.addWidget(self.today_view, 1)
        self.today_rows: list[Any] = []
        return tpage

    def _action(self, text: str, slot: object, shortcut: QKeySequence | str | None = None,
                menu: object = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        if menu is not None:
            menu.addAction(action)  # type: ignore[attr-defined]
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Fichier"))
        self._action(self.tr("&Nouvelle société…"), self.new_company, "Ctrl+Shift+N", file_menu)
        self._action(self.tr("&Ouvrir…"), self.open_dialog, QKeySequence.StandardKey.Open,
                     file_menu)
        self.recent_menu = file_menu.addMenu(self.tr("Ouvrir un fichier &récent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._action(self.tr("Ouvrir la &démo"), self.open_demo, None, file_menu)
        file_menu.addSeparator()
        self.import_action = self._action(self.tr("&Importer des factures…"),
                                          lambda: self.open_import(), "Ctrl+Shift+I", file_menu)
        self.company_action = self._action(self.tr("Fiche de la &société…"), self.edit_company,
                                           None, file_menu)
        self.close_action = self._action(self.tr("&Fermer"), self.close_company,
                                         QKeySequence.StandardKey.Close, file_menu)
        file_menu.addSeparator()
        self._action(self.tr("&Préférences…"), self.preferences,
                     QKeySequence.StandardKey.Preferences, file_menu)
        file_menu.addSeparator()
        self._action(self.tr("&Quitter"), self.close, QKeySequence.StandardKey.Quit, file_menu)

        entry = bar.addMenu(self.tr("&Saisie"))
        self.new_customer_action = self._action(self.tr("Nouveau &client…"), self.new_customer,
                                                "Ctrl+Shift+C", entry)
        self.new_invoice_action = self._action(self.tr("Nouvelle &facture…"), self.new_invoice,
                                               QKeySequence.StandardKey.New, entry)
        self.payment_action = self._action(self.tr("Enregistrer un &paiement…"),
                                           self.add_payment, "Ctrl+P", entry)
        self.open_customer_action = self._action(self.tr("Ouvrir le c&lient"),
                                                 self.open_selected_customer, "Ctrl+Return",
                                                 entry)
        self.call_action = self._action(self.tr("&Appeler le client (fiche d'appel)"),
                                        self.call_selected_customer, "Ctrl+L", entry)

        view = bar.addMenu(self.tr("&Affichage"))
        self._action(self.tr("A&ujourd'hui"), lambda: self.show_page(PAGE_TODAY), "Ctrl+0", view)
        self._action(self.tr("&Factures en retard"), lambda: self.show_page(PAGE_RECEIVABLES),
                     "Ctrl+1", view)
        self._action(self.tr("&Clients"), lambda: self.show_page(PAGE_CUSTOMERS), "Ctrl+2", view)
        self._action(self.tr("C&ourriers"), lambda: self.show_page(PAGE_LETTERS), "Ctrl+3", view)
        view.addSeparator()
        self._action(self.tr("&Rechercher"), self.focus_search, QKeySequence.StandardKey.Find,
                     view)
        self.group_action = self._action(self.tr("&Grouper par client"),
                                         self.group_box.toggle, "Ctrl+G", view)
        aging = view.addMenu(self.tr("É&chéancier"))
        for pos, scope in enumerate(Scope):
            self._action(QCoreApplication.translate("MainWindow", SCOPE_TITLES[scope]),
                         lambda _=False, p=pos: self.tabs.setCurrentIndex(p), f"Alt+{pos + 1}",
                         aging)
        view.addSeparator()
        self._action(self.tr("&Actualiser"), self.reload, QKeySequence.StandardKey.Refresh, view)

        tools = bar.addMenu(self.tr("&Outils"))
        self._action(self.tr("Calcul des &intérêts de retard…"), self.open_calculator, "Ctrl+I",
                     tools)
        self._action(self.tr("&Taux d'intérêt…"), self.open_rates, None, tools)
        self.templates_action = self._action(self.tr("Te&xtes des appels et courriers…"),
                                             self.open_templates, None, tools)
        self._action(self.tr("Envoi des &e-mails…"), self.open_smtp_settings, None, tools)

        help_menu = bar.addMenu(self.tr("&Aide"))
        self._action(self.tr("Dossier des &journaux"), self.show_logs, None, help_menu)
        self._action(self.tr("À &propos de Relance"), self.about, None, help_menu)

    # -- company file ------------------------------------------------------------------------
    def open_file(self, path: Path) -> bool:
        """Open a company file; on a problem show a plain message and keep what was open."""
        try:
            cf = open_company(path)
        except UserFacingError as exc:
            show_user_error(self, self.session, exc)
            if not Path(path).exists():
                self.session.settings.forget_recent(Path(path))
            return False
        self._close_current()
        self.cf = cf
        self.session.company_path = cf.path
        self.session.settings.add_recent(cf.path)
        self.refresh_follow_ups()  # before listening: the lists below read the result anyway
        self._fill_search_keys()
        self.changes = ChangeBridge(cf, self)
        self.changes.changed.connect(self._changed)
        self._show_company()
        return True

    def _close_current(self) -> None:
        for window in [*self.customer_windows.values(), *self.call_sheets.values()]:
            window.close()
        self.customer_windows.clear()
        self.call_sheets.clear()
        if self.changes is not None:
            self.changes.close()
            self.changes = None
        if self.cf is not None:
            self.cf.close()
            self.cf = None
            self.session.company_path = None
            self._follow_ups_day = None

    def close_company(self) -> None:
        self._close_current()
        self.session.settings.set("last_file", "")
        self._show_company()

    def _show_company(self) -> None:
        has_file = self.cf is not None
        for action in (self.company_action, self.close_action, self.import_action,
                       self.new_customer_action,
                       self.new_invoice_action, self.payment_action, self.open_customer_action,
                       self.group_action, self.call_action, self.templates_action):
            action.setEnabled(has_file)
        self.sidebar.setEnabled(has_file)
        self._show_title()
        if self.cf is None:
            self.memory_model.set_items([])
            self.paged_model.set_company(None, self.session.today())
            self.pages.setCurrentIndex(PAGE_EMPTY)
            self._update_status()
        else:
            self.reload()
            self.show_page(PAGE_TODAY)
        self.company_changed.emit()

    def _show_title(self) -> None:
        if self.cf is None:
            self.setWindowTitle(self.tr("Relance"))
        else:
            where = self.cf.path.name if self.cf.path is not None else self.cf.where
            self.setWindowTitle(self.tr("{company} — {file} — Relance").format(
                company=self.cf.company.name, file=where))

    # -- what changed ------------------------------------------------------------------------
    def _changed(self, change: Change) -> None:
        """A service reported a change to the open company (from any window or thread)."""
        if Topic.COMPANY in change.topics:
            self._show_title()
        if Topic.INVOICES in change.topics:  # a payment may keep a promise, settle a task...
            self.refresh_follow_ups(change.customer_ids)
        if change.concerns(LIST_TOPICS):
            self.reload()

    def refresh_follow_ups(self, customer_ids: Iterable[int] = ()) -> None:
        """Bring follow-ups up to date as of today (promises kept or broken, payment checks,
        call-backs): of ``customer_ids``, or all. What it changes is reported like any other
        change. Never done when a page is shown: see :meth:`_check_day`."""
        if self.cf is None:
            return
        today = self.session.today()
        ids = sorted(set(customer_ids))
        try:
            if ids and len(ids) <= FOLLOW_UPS_ONE_BY_ONE:
                for customer_id in ids:
                    followup.refresh(self.cf, today, customer_id=customer_id)
            else:
                followup.refresh(self.cf, today)
                self._follow_ups_day = today
        except Exception as exc:  # a read-only or busy file still shows its lists; retried
            if not isinstance(exc, UserFacingError) and storage_error(exc, self.cf.where) is None:
                raise
            log.info("follow-ups not refreshed: %s", exc)

    def _fill_search_keys(self) -> None:
        """Fold the names of customers written without their search key (services.lists): an
        import's non-ASCII names; until then they are searched by their name in lower case."""
        if self.cf is None:
            return
        try:
            lists.fill_search_keys(self.cf)
        except Exception as exc:  # a read-only or busy file: searched by lower-case name
            if not isinstance(exc, UserFacingError) and storage_error(exc, self.cf.where) is None:
                raise
            log.info("search keys not filled: %s", exc)

    def _check_day(self) -> None:
        """At midnight (or on waking up the next day): promises past their date, days overdue."""
        if self.cf is not None and self.session.today() != self._follow_ups_day:
            self.refresh_follow_ups()
            self.reload()

    def new_company(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Nouvelle société"), str(Path.home()),
            self.tr("Société Relance (*.relance)"))
        if not name:
            return
        path = Path(name)
        if path.suffix != paths.COMPANY_SUFFIX:
            path = path.with_name(path.name + paths.COMPANY_SUFFIX)
        from relance_desktop.views.dialogs import CompanyDialog
        if CompanyDialog(self.session, self, path=path).exec():
            self.open_file(path)

    def open_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Ouvrir une société"), str(Path.home()),
            self.tr("Société Relance (*.relance);;Tous les fichiers (*)"))
        if name:
            self.open_file(Path(name))

    def open_demo(self) -> None:
        try:
            path = demo_company(self.session.today())
        except UserFacingError as exc:
            show_user_error(self, self.session, exc)
            return
        self.open_file(path)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.session.settings.get("recent_files")
        if not recent:
            action = self.recent_menu.addAction(self.tr("(aucun)"))
            action.setEnabled(False)
        for pos, name in enumerate(recent):
            action = self.recent_menu.addAction(f"&{pos + 1} {name}")
            action.triggered.connect(lambda _=False, p=name: self.open_file(Path(p)))

    def edit_company(self) -> None:
        from relance_desktop.views.dialogs import CompanyDialog
        if self.cf is not None:
            CompanyDialog(self.session, self, cf=self.cf).exec()  # the change says what to show

    # -- list --------------------------------------------------------------------------------
    def reload(self) -> None:
        if self.cf is None:
            return
        current = self.model.item_at(self.view.currentIndex())
        if not self._pick_model():
            self.memory_model.set_items(open_items(self.cf, self.session.today()))
            self._update_tabs()
            self._update_status()
        elif self.pages.currentIndex() != PAGE_RECEIVABLES:
            self._list_stale = True  # read when shown
            current = None
        else:
            self._list_stale = False
            self.paged_model.set_company(self.cf, self.session.today())
            self._update_tabs()  # read on a thread: filled in when known
            self._update_status()
        if self.pages.currentIndex() == PAGE_CUSTOMERS:
            self._reload_customers()
        if self.pages.currentIndex() == PAGE_TODAY:
            self.reload_today()
        if current is not None:
            index = self.model.index_of_invoice(current.invoice_id)
            if index.isValid():
                self.view.setCurrentIndex(index)

    def _pick_model(self) -> bool:
        """The list's model for this file (paged when big and flat), attached; True if paged."""
        assert self.cf is not None
        grouped = self.group_box.isChecked()
        paged = not grouped and lists.open_count_at_least(self.cf, PAGED_FROM)
        model = self.paged_model if paged else self.memory_model
        view = self.tree if grouped else self.table
        if model is not self.model or view is not self.view:
            header = self.list_header()
            column, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
            if model is not self.model:
                if self.model is self.memory_model:
                    self.memory_model.set_items([])  # its memory back
                else:
                    self.paged_model.set_company(None, self.session.today())
                self.model = model
            self.paged_model.set_order(column, order)
            self._attach_model(view)
            self.list_header().setSortIndicator(column, order)
        return paged

    def _update_tabs(self) -> None:
        if self.cf is None:
            return
        if self.model is self.paged_model and not self.paged_model.buckets_known():
            self.paged_model.request_buckets()  # buckets_changed calls this again
            return
        totals = self.paged_model.scope_totals() if self.model is self.paged_model \
            else scope_totals(self.memory_model.all_items())
        for pos, (scope, (count, amounts)) in enumerate(totals.items()):
            title = QCoreApplication.translate("MainWindow", SCOPE_TITLES[scope])
            self.tabs.setTabText(pos, f"{title} ({count})\n{self.amounts_text(amounts)}")

    def _update_status(self) -> None:
        for label in (self.status_count, self.status_total, self.status_overdue):
            label.setVisible(self.cf is not None)
        if self.model is self.paged_model:  # totals read once the user pauses typing
            totals = self.paged_model.visible_totals()
            count: int | str = "…" if totals is None else totals.count
            due = "…" if totals is None else self.amounts_text(dict(totals.amounts))
            overdue = self.amounts_text(self.paged_model.overdue()) \
                if self.paged_model.buckets_known() else "…"
        else:
            count = self.model.visible_count()
            due = self.amounts_text(self.model.visible_due())
            overdue = self.amounts_text(self.model.overdue())
        self.status_count.setText(self.tr("{count} facture(s) affichée(s)").format(count=count))
        self.status_total.setText(self.tr("Reste dû affiché : {amount}").format(amount=due))
        self.status_overdue.setText(self.tr("Total échu : {amount}").format(amount=overdue))

    def amounts_text(self, amounts: dict[str, int]) -> str:
        """« 1 234,56 € + 80,00 $US »: one amount per currency, the company's first."""
        fmt = self.session.formatter
        main = self.cf.company.currency if self.cf is not None else "EUR"
        if not amounts:
            return fmt.money(0, main)
        order = sorted(amounts, key=lambda c: (c != main, c))
        return " + ".join(fmt.money(amounts[c], c) for c in order)

    def _search_changed(self, text: str) -> None:
        self.model.set_search(text)
        self._after_filter()

    def _scope_changed(self, pos: int) -> None:
        self.model.set_scope(Scope(pos))
        self._after_filter()

    def _attach_model(self, view: QTableView | QTreeView) -> None:
        """Show the list in ``view`` (table when flat, tree when grouped), same columns."""
        previous = self.view
        header = previous.horizontalHeader() if isinstance(previous, QTableView) \
            else previous.header()
        column, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
        if previous is not view:
            previous.setModel(None)  # type: ignore[arg-type]
        view.setModel(self.model)
        self.view = view
        self.view_stack.setCurrentWidget(view)
        new_header = self.list_header()
        new_header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        new_header.setStretchLastSection(True)
        for col, width in COLUMN_WIDTHS.items():
            new_header.resizeSection(col, width)
        if previous is not view:
            new_header.setSortIndicator(column, order)

    def list_header(self) -> QHeaderView:
        view = self.view
        return view.horizontalHeader() if isinstance(view, QTableView) else view.header()

    def _group_toggled(self, grouped: bool) -> None:
        had_focus = self.view.hasFocus()
        self.memory_model.set_grouped(grouped)
        if self.cf is not None and (self.model is self.paged_model or (
                not grouped and lists.open_count_at_least(self.cf, PAGED_FROM))):
            self.reload()  # a big file: grouped in memory, flat in pages
        else:
            self._attach_model(self.tree if grouped else self.table)
        if had_focus:
            self.view.setFocus()
        self._after_filter()

    def _after_filter(self) -> None:
        self._update_status()
        if self.model.grouped and self.model.rowCount() <= 200:
            self.tree.expandAll()
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

    def keyPressEvent(self, event: object) -> None:
        key = event.key()  # type: ignore[attr-defined]
        if key == Qt.Key.Key_Escape and self.search.hasFocus() and self.search.text():
            self.search.clear()
            return
        if key == Qt.Key.Key_Down and self.search.hasFocus():
            self._focus_list()
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]

    def show_page(self, page: int) -> None:
        if self.cf is None:
            return
        self.sidebar.setCurrentRow(SIDEBAR_PAGES.index(page))

    def _sidebar_changed(self, row: int) -> None:
        if self.cf is None or row < 0:
            return
        page = SIDEBAR_PAGES[row]
        self.pages.setCurrentIndex(page)
        if page == PAGE_CUSTOMERS:
            self._reload_customers()
        elif page == PAGE_TODAY:
            self.reload_today()
            self.today_view.setFocus()
        elif page == PAGE_RECEIVABLES and self._list_stale:
            self.reload()
        elif page == PAGE_LETTERS:
            self.letters_page.set_company(self.cf)

    # -- today -------------------------------------------------------------------------------
    def reload_today(self) -> None:
        """List today's calls (reads only: follow-ups are brought up to date elsewhere)."""
        if self.cf is None:
            return
        from relance_desktop.services.queue import QueuePolicy, today_queue

        rows = today_queue(self.cf, self.session.now(), policy=QueuePolicy())
        fmt = self.session.formatter
        current = self.today_model.row(self.today_view.currentIndex())

        def cells(r: Any) -> list[str]:
            hours = r.call_hours
            if r.hours_state in HOURS_STATES:
                hours = f"{hours} — " + QCoreApplication.translate(
                    "MainWindow", HOURS_STATES[r.hours_state])
            if r.written_only:
                hours = self.tr("par écrit uniquement")
            last = ""
            if r.last_call_at is not None:
                last = self.tr("{when} ({outcome}), {who}").format(
                    when=fmt.datetime(r.last_call_at),
                    outcome=labels.label(labels.OUTCOMES, r.last_outcome),
                    who=r.last_call_by or "—")
            return [
                QCoreApplication.translate("MainWindow", SECTION_TITLES[r.section]), r.customer,
                self.session.message_text(r.reason), hours, self.amounts_text(r.due), last,
                fmt.phone(r.phone) if r.phone else ""]

        # Formatted when shown: a big company has tens of thousands of customers to call.
        table: list[Row] = [
            LazyRow(r.customer_id, lambda r=r: cells(r), [pos] * 7,
                    muted=r.hours_state == "closed")
            for pos, r in enumerate(rows)]
        self.today_rows = rows
        self.today_model.set_rows(table)
        counts = {s: sum(1 for r in rows if r.section == s) for s in SECTION_TITLES}
        self.today_title.setText(self.tr(
            "<h3>Aujourd'hui, {date}</h3><p>{broken} promesse(s) non tenue(s) · {callbacks} "
            "rappel(s) · {checks} paiement(s) à vérifier · {calls} client(s) à appeler</p>")
            .format(date=fmt.date(self.session.today()), broken=counts["broken_promise"],
                    callbacks=counts["call_back"], checks=counts["payment_check"],
                    calls=counts["to_call"]))
        if not rows:
            self.today_title.setText(self.today_title.text() + self.tr(
                "<p>Rien à faire pour l'instant : aucune facture échue à relancer.</p>"))
        index = None
        if current is not None:
            for pos, row in enumerate(self.today_model.rows()):
                if row.id == current.id:
                    index = self.today_model.index(pos, 0)
        if index is None and rows:
            index = self.today_model.index(0, 0)
        if index is not None:
            self.today_view.setCurrentIndex(index)

    def call_list_pdf(self) -> bytes:
        """Today's calls on paper (in the interface's language)."""
        assert self.cf is not None
        from relance_desktop.reports.render import render
        from relance_desktop.services import printables

        spec = printables.call_list(
            self.cf, self.today_rows, language=str(self.session.settings.get("ui_language")),
            fmt=self.session.formatter, render=self.session.message_text,
            today=self.session.today(),
            section_titles={k: QCoreApplication.translate("MainWindow", v)
                            for k, v in SECTION_TITLES.items()},
            outcome_label=lambda code: labels.label(labels.OUTCOMES, code))
        return render(spec)

    def print_call_list(self) -> None:
        if self.cf is None:
            return
        from relance_desktop.views.pdf_preview import open_pdf

        self.reload_today()
        open_pdf(self.call_list_pdf(), f"appels-{self.session.today().isoformat()}.pdf")

    def _today_activated(self, index: QModelIndex) -> None:
        row = self.today_model.row(index)
        if row is None:
            return
        queue_row = next((r for r in self.today_rows if r.customer_id == row.id), None)
        if queue_row is not None and queue_row.written_only:
            self.open_customer(row.id)
            return
        self.open_call_sheet(row.id)

    def call_selected_customer(self) -> None:
        page = self.pages.currentIndex()
        if page == PAGE_TODAY:
            row = self.today_model.row(self.today_view.currentIndex())
            customer_id = row.id if row is not None else None
        elif page == PAGE_CUSTOMERS:
            row = self.customers_model.row(self.customer_view.currentIndex())
            customer_id = row.id if row is not None else None
        else:
            customer_id = self.model.customer_at(self.view.currentIndex())
        if customer_id is None:
            QMessageBox.information(self, self.tr("Appel"),
                                    self.tr("Choisissez d'abord un client dans la liste."))
            return
        self.open_call_sheet(customer_id)

    def open_call_sheet(self, customer_id: int) -> CallSheet | None:
        """The customer's call sheet, beside the list (one window per customer)."""
        if self.cf is None:
            return None
        window = self.call_sheets.get(customer_id)
        if window is None:
            from relance_desktop.views.call_sheet import CallSheet
            window = CallSheet(self.session, self.cf, customer_id, self)
            window.destroyed.connect(lambda _=None, c=customer_id: self.call_sheets.pop(c, None))
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.call_sheets[customer_id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def _reload_customers(self) -> None:
        if self.cf is None:
            return
        from relance_desktop.domain.text import search_key

        fmt = self.session.formatter
        words = search_key(self.customer_search.text()).split()
        from relance_desktop.services import customers as customer_service

        def cells(c: Any) -> list[str]:
            return [
                c.name, labels.label(labels.KINDS, c.kind), c.city,
                labels.label(labels.COUNTRIES, c.country), fmt.phone(c.phone, c.country),
                str(c.open_count) if c.open_count else "", fmt.money(c.due_cents),
                fmt.money(c.overdue_cents), str(c.max_days) if c.max_days else ""]

        def keys(c: Any) -> list[Any]:
            return [search_key(c.name), c.kind, c.city, c.country, c.phone, c.open_count,
                    c.due_cents, c.overdue_cents, c.max_days]

        cf, today = self.cf, self.session.today()
        if lists.customer_count(cf) >= CUSTOMERS_PAGED_FROM:  # read by name, a page at a time
            self._show_customers(self.paged_customers)
            self.paged_customers.set_source(lambda offset, limit: [
                LazyRow(c.id, lambda c=c: cells(c), keys(c), muted=c.due_cents == 0)
                for c in lists.customer_page(cf, today, words, offset=offset, limit=limit)])
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
        self.customer_view.setSortingEnabled(model is self.customer_rows_model)
        self.customer_view.selectionModel().selectionChanged.connect(self._customer_selection)
        self.merge_button.setEnabled(False)

    def _selected_customers(self) -> list[int]:
        rows = sorted({i.row() for i in self.customer_view.selectionModel().selectedRows()})
        return [self.customers_model.rows()[r].id for r in rows]

    def _customer_selection(self) -> None:
        self.merge_button.setEnabled(len(self._selected_customers()) == 2)

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
        answer = QMessageBox.question(self, self.tr("Fusionner deux clients"), self.tr(
            "Garder « {keep} » et y rattacher tout ce qui concerne « {other} » (factures, "
            "paiements, contacts, historique) ? « {other} » disparaîtra ; ses informations "
            "complètent celles qui manquent.").format(keep=names[keep], other=names[other]))
        if answer != QMessageBox.StandardButton.Yes:
            return
        for window in [w for cid, w in self.customer_windows.items() if cid in ids]:
            window.close()
        try:
            customer_service.merge_customers(self.cf, keep, other)
        except UserFacingError as exc:
            show_user_error(self, self.session, exc)

    # -- opening things ----------------------------------------------------------------------
    def _row_activated(self, index: QModelIndex) -> None:
        customer_id = self.model.customer_at(index)
        item = self.model.item_at(index)
        if customer_id is not None:
            window = self.open_customer(customer_id)
            if item is not None and window is not None:
                window.select_invoice(item.invoice_id)

    def open_selected_customer(self) -> None:
        if self.pages.currentIndex() == PAGE_CUSTOMERS:
            self._customer_activated(self.customer_view.currentIndex())
        else:
            self._row_activated(self.view.currentIndex())

    def _customer_activated(self, index: QModelIndex) -> None:
        row = self.customers_model.row(index)
        if row is not None:
            self.open_customer(row.id)

    def open_customer(self, customer_id: int) -> CustomerWindow | None:
        if self.cf is None:
            return None
        window = self.customer_windows.get(customer_id)
        if window is None:
            from relance_desktop.views.customer_window import CustomerWindow
            window = CustomerWindow(self.session, self.cf, customer_id, self)
            window.call_requested.connect(self.open_call_sheet)
            self.formatter_changed.connect(window.reload)
            window.destroyed.connect(lambda _=None, c=customer_id:
                                     self.customer_windows.pop(c, None))
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.customer_windows[customer_id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def new_customer(self) -> None:
        if self.cf is None:
            return
        from relance_desktop.views.dialogs import CustomerDialog
        dialog = CustomerDialog(self.session, self, self.cf)
        if dialog.exec() and dialog.customer_id is not None:
            self.open_customer(dialog.customer_id)

    def new_invoice(self) -> None:
        if self.cf is None:
            return
        from relance_desktop.services import customers as customer_service
        if not customer_service.customer_names(self.cf):
            QMessageBox.information(self, self.tr("Nouvelle facture"),
                                    self.tr("Créez d'abord le client de cette facture."))
            self.new_customer()
            return
        current = self.model.customer_at(self.view.currentIndex())
        from relance_desktop.views.dialogs import InvoiceDialog
        InvoiceDialog(self.session, self, self.cf, customer_id=current).exec()

    def add_payment(self) -> None:
        item = self.model.item_at(self.view.currentIndex())
        if self.cf is None or item is None:
            QMessageBox.information(self, self.tr("Paiement"),
                                    self.tr("Choisissez d'abord une facture dans la liste."))
            return
        from relance_desktop.views.dialogs import PaymentDialog
        PaymentDialog(self.session, self, self.cf, item.invoice_id).exec()

    # -- importing ---------------------------------------------------------------------------
    def open_import(self, paths: list[Path] | None = None) -> ImportWizard | None:
        """The import wizard (window-modal), with ``paths`` already chosen when given."""
        if self.cf is None:
            return None
        from relance_desktop.views.import_wizard import ImportWizard

        if self.import_wizard is not None:
            self.import_wizard.deleteLater()
        wizard = ImportWizard(self.session, self.cf, paths, self)
        self.import_wizard = wizard
        wizard.open()
        return wizard

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        from relance_desktop.views.import_wizard import dropped_files

        if self.cf is not None and dropped_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        from relance_desktop.views.import_wizard import dropped_files

        paths = dropped_files(event.mimeData())
        if self.cf is not None and paths:
            event.acceptProposedAction()
            self.open_import(paths)

    def open_calculator(self) -> None:
        """The calculator, on the selected customer's open invoices when there is one."""
        from relance_desktop.views.calculator import CalculatorWindow

        customer_id = self.model.customer_at(self.view.currentIndex())
        if self.model is self.paged_model:
            items = self.paged_model.items_of_customer(customer_id) if customer_id else []
        else:
            items = [i for i in self.memory_model.all_items() if i.customer_id == customer_id]
        items.sort(key=lambda i: i.due_date)
        country = self.cf.company.country if self.cf is not None else "FR"
        window = CalculatorWindow(self.session, country=country, items=items, parent=self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        self.calculator = window

    def open_templates(self) -> None:
        if self.cf is None:
            return
        from relance_desktop.views.template_editor import TemplateEditor

        editor = TemplateEditor(self.session, self.cf, self)
        editor.exec()
        for sheet in self.call_sheets.values():
            sheet.reload_templates()

    def open_smtp_settings(self) -> None:
        from relance_desktop.views.smtp_settings import SmtpSettingsDialog

        SmtpSettingsDialog(self.session, self).exec()

    def open_rates(self) -> None:
        from relance_desktop.views.rates import RatesDialog

        RatesDialog(self.session, self).exec()

    def preferences(self) -> None:
        from relance_desktop.views.preferences import PreferencesDialog

        if PreferencesDialog(self.session, self).exec():
            locale = self.session.settings.get("format_locale")
            if locale != self.session.formatter.locale_name:
                self.session.formatter = Formatter(locale)
                self.memory_model.set_formatter(self.session.formatter)
                self.paged_model.set_formatter(self.session.formatter)
                self.reload()
                self.formatter_changed.emit()

    # -- help --------------------------------------------------------------------------------
    def show_logs(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.log_dir())))

    def about(self) -> None:
        QMessageBox.about(self, self.tr("À propos de Relance"), self.tr(
            "<b>Relance {version}</b><p>Le suivi des factures impayées et des relances "
            "téléphoniques, hors ligne.</p><p>Journal : {log}</p>").format(
                version=__version__, log=paths.log_dir()))

    # -- window state ------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        saved = self.session.settings.get("window_geometry")
        if saved and self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
            return
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None and screen.width() < 1500:
            self.setWindowState(Qt.WindowState.WindowMaximized)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.session.settings.set(
            "window_geometry", bytes(self.saveGeometry().toBase64().data()).decode("ascii"))
        self._close_current()
        super().closeEvent(event)



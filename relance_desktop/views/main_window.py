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
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from relance_desktop import paths
from relance_desktop.errors import UserFacingError
from relance_desktop.services import followup, lists
from relance_desktop.services.session import (
    Change,
    CompanySession,
    Topic,
    demo_company,
    open_company,
)
from relance_desktop.services.storage import storage_error
from relance_desktop.views.changes import ChangeBridge
from relance_desktop.views.claim_marks import ClaimedPagedInvoices, ClaimedTree
from relance_desktop.views.common import Session, show_user_error
from relance_desktop.views.file_keeper import FileKeeper, save_copy_dialog
from relance_desktop.views.file_lock import CompanyLock, claim
from relance_desktop.views.invoice_cells import Scope
from relance_desktop.views.lazy_pages import LazyPages, build_actions_page, build_letters_page
from relance_desktop.views.live import watch_live
from relance_desktop.views.main_customers import CustomersPage
from relance_desktop.views.main_invoices import SCOPE_TITLES, InvoicesPage
from relance_desktop.views.main_pages import (
    PAGE_ACTIONS,
    PAGE_CUSTOMERS,
    PAGE_EMPTY,
    PAGE_LETTERS,
    PAGE_RECEIVABLES,
    PAGE_TODAY,
)
from relance_desktop.views.main_today import TodayPage
from relance_desktop.views.main_tools import ToolsMenu
from relance_desktop.views.paged_model import PagedInvoiceModel
from relance_desktop.views.paged_tree import PagedCustomerTree

if TYPE_CHECKING:
    from relance_desktop.views.actions_page import ActionsPage
    from relance_desktop.views.call_sheet import CallSheet
    from relance_desktop.views.customer_window import CustomerWindow
    from relance_desktop.views.import_wizard import ImportWizard
    from relance_desktop.views.letters_page import LettersPage

log = logging.getLogger(__name__)

SIDEBAR_PAGES = (PAGE_TODAY, PAGE_RECEIVABLES, PAGE_CUSTOMERS, PAGE_LETTERS, PAGE_ACTIONS)
# The changes that alter the lists (invoices, customers, today's calls, last actions, currency).
LIST_TOPICS = frozenset({Topic.INVOICES, Topic.CUSTOMERS, Topic.CALLS, Topic.DOCUMENTS,
                         Topic.COMPANY})
DAY_CHECK_MS = 60_000  # how often to look whether the day changed (follow-ups, days overdue)
FOLLOW_UPS_ONE_BY_ONE = 20  # above this many customers changed, all follow-ups are refreshed
DEFAULT_SIZE = (1280, 760)  # the window's size when none was saved (or the saved one is wrong)
MIN_SIZE = (900, 560)  # smaller, the lists and the call sheet's steps no longer fit
# The invoice list is read from the database as the user goes, at every size: a page at a time
# when flat (views.paged_model), customer by customer when grouped (views.paged_tree).


class MainWindow(InvoicesPage, TodayPage, CustomersPage, ToolsMenu, QMainWindow):
    company_changed = Signal()  # a company file was opened or closed
    formatter_changed = Signal()  # the user chose other formats for dates and amounts

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.cf: CompanySession | None = None
        self.changes: ChangeBridge | None = None  # the open company's change events
        self.keeper: FileKeeper | None = None  # settles and backs up the open file
        self.file_lock: CompanyLock | None = None  # this instance writes the open file
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
        self.resize(*DEFAULT_SIZE)
        self.paged_model = ClaimedPagedInvoices(session.formatter, self)
        self.tree_model = ClaimedTree(session.formatter, self)  # grouped by customer
        self.model: PagedInvoiceModel | PagedCustomerTree = self.paged_model
        self.paged_model.totals_changed.connect(self._update_status)
        self.paged_model.buckets_changed.connect(self._update_tabs)
        self.paged_model.buckets_changed.connect(self._update_status)
        self._list_stale = False  # a paged list not read since the file changed (not shown)
        self._build_ui()
        from relance_desktop.views.rates_notice import install_rates_banner

        self.rates_banner = install_rates_banner(self, session, self.open_rates)
        self._build_menus()
        from relance_desktop.views.icons import decorate_main_window

        decorate_main_window(self)
        self.invoices_empty.set_actions(  # what fills an empty list
            [self.import_action, self.new_invoice_action, self.demo_action])
        self.customers_empty.set_actions([self.import_action, self.new_customer_action,
                                          self.demo_action])
        self._restore_geometry()
        self._show_company()

    # -- construction ------------------------------------------------------------------------
    @property
    def letters_page(self) -> LettersPage:
        """The letters page (page 4), built on first use."""
        return cast("LettersPage", self.lazy_pages.page(PAGE_LETTERS))

    @property
    def actions_page(self) -> ActionsPage:
        """« Actions du jour » (page 5), built on first use."""
        return cast("ActionsPage", self.lazy_pages.page(PAGE_ACTIONS))

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
        self.lazy_pages = LazyPages(self.pages, {  # built on their first visit
            PAGE_LETTERS: lambda: build_letters_page(self),
            PAGE_ACTIONS: lambda: build_actions_page(self)})
        self.sidebar.addItem(QCoreApplication.translate("ActionsPage", "Actions du jour"))
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
        self._build_file_menu(bar.addMenu(self.tr("&Fichier")))
        self._build_entry_menu(bar.addMenu(self.tr("&Saisie")))
        self._build_view_menu(bar.addMenu(self.tr("&Affichage")))
        self._build_tools_menu(bar.addMenu(self.tr("&Outils")))
        self._build_help_menu(bar.addMenu(self.tr("&Aide")))

    def _build_file_menu(self, file_menu: QMenu) -> None:
        self._action(self.tr("&Nouvelle société…"), self.new_company, "Ctrl+Shift+N", file_menu)
        self._action(self.tr("&Ouvrir…"), self.open_dialog, QKeySequence.StandardKey.Open,
                     file_menu)
        self.recent_menu = file_menu.addMenu(self.tr("Ouvrir un fichier &récent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.demo_action = self._action(self.tr("Ouvrir la &démo"), self.open_demo, None,
                                        file_menu)
        self._action(self.tr("Se connecter à un serveur d'é&quipe…"), self.connect_server, None,
                     file_menu)
        self._action(self.tr("Dé&placer une société…"), self.move_company, None, file_menu)
        file_menu.addSeparator()
        self.import_action = self._action(self.tr("&Importer des factures…"),
                                          lambda: self.open_import(), "Ctrl+Shift+I", file_menu)
        self.company_action = self._action(self.tr("Fiche de la &société…"), self.edit_company,
                                           None, file_menu)
        self.copy_action = self._action(
            self.tr("Enregistrer une &copie…"),
            lambda: self.cf is not None and save_copy_dialog(self, self.session, self.cf),
            None, file_menu)
        self.close_action = self._action(self.tr("&Fermer"), self.close_company,
                                         QKeySequence.StandardKey.Close, file_menu)
        self.print_action = self._action(self.tr("Im&primer la liste d'appels…"),
                                         self.print_call_list, QKeySequence.StandardKey.Print,
                                         file_menu)
        file_menu.addSeparator()
        self._action(self.tr("&Préférences…"), self.preferences,
                     QKeySequence.StandardKey.Preferences, file_menu)
        file_menu.addSeparator()
        self._action(self.tr("&Quitter"), self.close, QKeySequence.StandardKey.Quit, file_menu)

    def _build_entry_menu(self, entry: QMenu) -> None:
        self.new_customer_action = self._action(self.tr("Nouveau &client…"), self.new_customer,
                                                "Ctrl+Shift+C", entry)
        self.new_invoice_action = self._action(self.tr("Nouvelle &facture…"), self.new_invoice,
                                               QKeySequence.StandardKey.New, entry)
        self.payment_action = self._action(self.tr("Enregistrer un &paiement…"),
                                           self.add_payment, "Ctrl+Shift+P", entry)
        self.open_customer_action = self._action(self.tr("Ouvrir le c&lient"),
                                                 self.open_selected_customer, "Ctrl+Return",
                                                 entry)
        self.call_action = self._action(self.tr("&Appeler le client (fiche d'appel)"),
                                        self.call_selected_customer, "Ctrl+L", entry)
        self.next_action = self._action(self.tr("Client &suivant"), self.next_customer,
                                        "Ctrl+Shift+L", entry)  # team mode

    def _build_view_menu(self, view: QMenu) -> None:
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

    def _build_tools_menu(self, tools: QMenu) -> None:
        self._action(self.tr("Calcul des &intérêts de retard…"), self.open_calculator, "Ctrl+I",
                     tools)
        self.rates_action = self._action(self.tr("&Taux d'intérêt…"), self.open_rates, None,
                                         tools)
        self.templates_action = self._action(self.tr("Te&xtes des appels et courriers…"),
                                             self.open_templates, None, tools)
        self.smtp_action = self._action(self.tr("Envoi des &e-mails…"), self.open_smtp_settings,
                                        None, tools)
        from relance_desktop.views import team_assign, team_dialog  # team mode only

        self.team_action = self._action(self.tr("É&quipe…"), lambda: team_dialog.open_team(self),
                                        None, tools)
        self.rules_action = self._action(self.tr("&Règles d'affectation…"),
                                         lambda: team_assign.open_rules(self), None, tools)

    def _build_help_menu(self, help_menu: QMenu) -> None:
        self._action(self.tr("&Guide"), self.show_guide, QKeySequence.StandardKey.HelpContents,
                     help_menu)
        self._action(self.tr("&Raccourcis clavier"), self.show_shortcuts, None, help_menu)
        self._action(self.tr("Dossier des &journaux"), self.show_logs, None, help_menu)
        self._action(self.tr("À &propos de Relance"), self.about, None, help_menu)

    # -- company file ------------------------------------------------------------------------
    def open_file(self, path: Path) -> bool:
        """Open a company file; on a problem show a plain message and keep what was open."""
        same = self.cf is not None and self.cf.path == Path(path).absolute()
        claimed = (self.file_lock, self.cf is not None and self.cf.read_only) if same else (
            claim(self, Path(path)) if Path(path).is_file() else (None, False))
        if claimed is None:
            return False
        lock, read_only = claimed
        try:
            cf = open_company(path, read_only=read_only)
        except UserFacingError as exc:
            if lock is not None and not same:
                lock.release()
            show_user_error(self, self.session, exc)
            if not Path(path).exists():
                self.session.settings.forget_recent(Path(path))
            return False
        if same:
            self.file_lock = None  # carried over to the file opened again
        self._close_current()
        self.file_lock = lock
        cf.answer_quickly_on_this_thread()  # another program writing never freezes the window
        self.cf = cf
        self.session.company_path = cf.path
        self.session.settings.add_recent(cf.path)
        self.refresh_follow_ups()  # before listening: the lists below read the result anyway
        self._fill_search_keys()
        self.changes = ChangeBridge(cf, self)
        self.changes.changed.connect(self._changed)
        self.keeper = FileKeeper(self.session, cf, self)
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
        if self.keeper is not None:
            self.keeper.stop()
            self.keeper.deleteLater()
            self.keeper = None
        if self.file_lock is not None:
            self.file_lock.release()
            self.file_lock = None
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
        for action in (self.company_action, self.close_action, self.import_action, self.copy_action,
                       self.new_customer_action,
                       self.new_invoice_action, self.payment_action, self.open_customer_action,
                       self.group_action, self.call_action, self.templates_action,
                       self.print_action):
            action.setEnabled(has_file)
        self.sidebar.setEnabled(has_file)
        self._show_title()
        self._update_actions()
        if self.cf is None:
            self.tree_model.set_company(None, self.session.today())
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
            from relance_desktop.views.connect_dialog import show_server

            show_server(self, None)
            self.claim_banner.set_company(None)
            watch_live(self, None)
        else:
            from relance_desktop.views.connect_dialog import show_server

            server = show_server(self, self.cf)
            self.claim_banner.set_company(self.cf)
            watch_live(self, self.cf)  # other people's changes shown here as they happen
            where = self.cf.path.name if self.cf.path is not None else server or self.cf.where
            self.setWindowTitle(self.tr("{company} — {file} — Relance").format(
                company=self.cf.company.name, file=where))
            if self.cf.read_only:
                self.setWindowTitle(self.tr("{title} (lecture seule)").format(
                    title=self.windowTitle()))

    # -- what changed ------------------------------------------------------------------------
    def _changed(self, change: Change) -> None:
        """A service reported a change to the open company (from any window or thread)."""
        if Topic.COMPANY in change.topics:
            self._show_title()
        # A payment may keep a promise, settle a task... (made elsewhere: followed up there)
        if Topic.INVOICES in change.topics and not change.remote:
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

    def connect_server(self, params: object = None) -> bool:
        """Open a company on a team server; True when one is open (views.connect_dialog)."""
        from relance_desktop.views import connect_dialog

        return connect_dialog.connect_window(self, params)

    def move_company(self) -> None:
        from relance_desktop.views.team_move_dialog import TeamMoveDialog

        TeamMoveDialog(self, self.session, self.cf.path if self.cf else None).exec()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.session.settings.get("recent_files")
        if not recent:
            action = self.recent_menu.addAction(self.tr("(aucun)"))
            action.setEnabled(False)
        for pos, name in enumerate(recent):
            action = self.recent_menu.addAction(f"&{pos + 1} {name}")
            action.triggered.connect(lambda _=False, p=name: self.open_file(Path(p)))
        from relance_desktop.views.connect_dialog import fill_recent_servers

        fill_recent_servers(self.recent_menu, self.session, self.connect_server)

    def edit_company(self) -> None:
        from relance_desktop.views.dialogs import CompanyDialog
        if self.cf is not None:
            CompanyDialog(self.session, self, cf=self.cf).exec()  # the change says what to show

    # -- list --------------------------------------------------------------------------------

    def keyPressEvent(self, event: object) -> None:
        key = event.key()  # type: ignore[attr-defined]
        if key == Qt.Key.Key_Escape and self.search.hasFocus() and self.search.text():
            self.search.clear()
            return
        if key == Qt.Key.Key_Down and self.search.hasFocus():
            self._focus_list()
            return
        if key == Qt.Key.Key_Down and self.customer_search.hasFocus():
            self.focus_customer_list()
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
        elif page == PAGE_ACTIONS:
            self.actions_page.set_company(self.cf)
        self._update_status()
        self._update_actions()

    # -- today -------------------------------------------------------------------------------

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
            from relance_desktop.views.claim_watch import claim_for_sheet
            claim_for_sheet(self, self.session, self.cf, customer_id, window)
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    # -- opening things ----------------------------------------------------------------------
    def _row_activated(self, index: QModelIndex) -> None:
        customer_id = self.model.customer_at(index)
        item = self.model.item_at(index)
        if customer_id is not None:
            window = self.open_customer(customer_id)
            if item is not None and window is not None:
                window.select_invoice(item.invoice_id)

    # -- what the actions apply to: the selection of the page shown -------------------------
    def current_customer_id(self) -> int | None:
        """The customer selected on the page shown (never a selection left on a hidden page)."""
        if self.cf is None:
            return None
        page = self.pages.currentIndex()
        if page == PAGE_TODAY:
            row = self.today_model.row(self.today_view.currentIndex())
            return row.id if row is not None else None
        if page == PAGE_CUSTOMERS:
            row = self.customers_model.row(self.customer_view.currentIndex())
            return row.id if row is not None else None
        if page == PAGE_RECEIVABLES:
            return self.model.customer_at(self.view.currentIndex())
        if page == PAGE_LETTERS:
            return self.letters_page.current_customer_id()
        if page == PAGE_ACTIONS:
            return self.actions_page.current_customer_id()
        return None

    def current_invoice_id(self) -> int | None:
        """The invoice the actions apply to: the one selected in the invoice list when it is
        shown; on a page of customers, the selected customer's oldest open invoice."""
        if self.cf is None:
            return None
        if self.pages.currentIndex() == PAGE_RECEIVABLES:
            item = self.model.item_at(self.view.currentIndex())
            return item.invoice_id if item is not None else None
        customer_id = self.current_customer_id()
        if customer_id is None:
            return None
        from relance_desktop.services import invoices as invoice_service

        lines = [line for line in invoice_service.invoices_of(self.cf, customer_id)
                 if line.state == "open" and line.due_cents > 0]
        lines.sort(key=lambda line: (line.due_date, line.number))
        return lines[0].id if lines else None

    def _update_actions(self) -> None:
        """Enable what applies to a selection only when the page shown has one."""
        if not hasattr(self, "rules_action"):  # still being built
            return
        has_file = self.cf is not None
        customer = self.current_customer_id() if has_file else None
        for action in (self.open_customer_action, self.call_action):
            action.setEnabled(customer is not None)
        self.payment_action.setEnabled(customer is not None)
        for action in (self.rates_action, self.smtp_action, self.team_action, self.rules_action,
                       self.next_action):
            action.setEnabled(True)
        from relance_desktop.views.team_dialog import apply_role

        apply_role(self)  # team mode: what this person's role may do

    def open_selected_customer(self) -> None:
        customer_id = self.current_customer_id()
        if customer_id is None:
            self._nothing_selected()
            return
        window = self.open_customer(customer_id)
        invoice_id = self.current_invoice_id() \
            if self.pages.currentIndex() == PAGE_RECEIVABLES else None
        if window is not None and invoice_id is not None:
            window.select_invoice(invoice_id)

    def _nothing_selected(self) -> None:
        QMessageBox.information(self, self.tr("Sélection"),
                                self.tr("Choisissez d'abord un client dans la liste."))

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
        current = self.current_customer_id()
        from relance_desktop.views.dialogs import InvoiceDialog
        InvoiceDialog(self.session, self, self.cf, customer_id=current).exec()

    def add_payment(self) -> None:
        invoice_id = self.current_invoice_id()
        if self.cf is None or invoice_id is None:
            QMessageBox.information(self, self.tr("Paiement"),
                                    self.tr("Choisissez d'abord une facture dans la liste."))
            return
        from relance_desktop.views.dialogs import PaymentDialog
        PaymentDialog(self.session, self, self.cf, invoice_id).exec()

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

    # -- window state ------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        """The size and place of the last session, maximised if it was; never smaller than the
        window's minimum nor off every screen (a saved geometry can be wrong: a window
        maximised before it was ever shown, a screen unplugged since). First start: maximised
        on a small screen, else a comfortable size in the middle."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)
        self.setMinimumSize(min(MIN_SIZE[0], area.width()), min(MIN_SIZE[1], area.height()))
        saved = self.session.settings.get("window_geometry")
        restored = bool(saved) and self.restoreGeometry(
            QByteArray.fromBase64(saved.encode("ascii")))
        maximised = restored and bool(self.windowState() & Qt.WindowState.WindowMaximized)
        normal = self.normalGeometry() if maximised else self.geometry()
        screens = [s.availableGeometry() for s in QGuiApplication.screens()] or [area]
        fits = (normal.width() >= self.minimumWidth() and normal.height() >= self.minimumHeight()
                and any(s.intersected(normal).width() >= 100
                        and s.intersected(normal).height() >= 100 for s in screens))
        if restored and fits:
            return
        size = QSize(min(DEFAULT_SIZE[0], area.width()), min(DEFAULT_SIZE[1], area.height()))
        self.setWindowState(Qt.WindowState.WindowNoState)
        self.setGeometry(QStyle.alignedRect(Qt.LayoutDirection.LeftToRight,
                                            Qt.AlignmentFlag.AlignCenter, size, area))
        if maximised or (not restored and area.width() < 1500):
            self.setWindowState(Qt.WindowState.WindowMaximized)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.session.settings.set(
            "window_geometry", bytes(self.saveGeometry().toBase64().data()).decode("ascii"))
        self._close_current()
        super().closeEvent(event)



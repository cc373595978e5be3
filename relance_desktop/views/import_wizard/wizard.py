"""The import wizard: files → columns of each CSV/Excel file → FEC accounts not to chase →
preview → confirm and import (in a worker thread, with progress and cancel) → summary.

The route depends on the files (:meth:`ImportWizard.nextId`): a columns page for each CSV/Excel
file only, the FEC page only when a FEC has till-like accounts.

Nothing is written to the company file before the user clicks « Importer », except the choices
meant to be remembered for next time: a CSV/Excel profile (when the user leaves its columns page
with « Enregistrer » ticked) and the FEC accounts not to chase (when leaving that page).

Reading the files (preview) and writing them (apply) run on a thread of the wizard's own pool.
peewee keeps one connection per thread: the worker opens its own on the company file and closes
it before reporting back, so the GUI thread's connection is never shared.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, QThreadPool, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QWidget, QWizard

from relance_desktop.errors import UserFacingError
from relance_desktop.importers.tabular_profiles import Profile
from relance_desktop.services import imports
from relance_desktop.services.session import CompanySession
from relance_desktop.views.common import Session
from relance_desktop.views.import_wizard.apply_pages import ConfirmPage, ResultPage
from relance_desktop.views.import_wizard.common import (
    CONFIRM_ID,
    FEC,
    FEC_ID,
    FILES_ID,
    FIRST_MAPPING_ID,
    PREVIEW_ID,
    RESULT_ID,
    TABULAR,
    StepPage,
    dropped_files,
)
from relance_desktop.views.import_wizard.fec_page import FecPage, read_accounts
from relance_desktop.views.import_wizard.files_page import FilesPage
from relance_desktop.views.import_wizard.mapping_page import MappingPage
from relance_desktop.views.import_wizard.preview_page import PreviewPage
from relance_desktop.views.jobs import Job

log = logging.getLogger(__name__)

Button = QWizard.WizardButton
NOT_YET_CREATED = 0  # a columns page in the route before the files page created it


class ImportWizard(QWizard):
    """Bring invoices in from files; ``imported`` is emitted once they are written."""

    imported = Signal()

    def __init__(self, session: Session, cf: CompanySession, paths: list[Path] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ImportWizard")
        self.setWindowTitle(self.tr("Importer des factures"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        for which, text in ((Button.BackButton, self.tr("< &Précédent")),
                            (Button.NextButton, self.tr("&Suivant >")),
                            (Button.CommitButton, self.tr("&Importer")),
                            (Button.FinishButton, self.tr("&Fermer")),
                            (Button.CancelButton, self.tr("Annuler"))):
            self.setButtonText(which, text)
        self.session = session
        self.cf = cf
        self.currency = imports.default_currency(cf)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.job: Job | None = None
        self.busy = ""  # « plan » (the FECs read), « preview » or « apply » while a job runs
        self.summary: imports.ApplySummary | None = None
        self.mapping_pages: dict[Path, MappingPage] = {}
        self.mapping_ids: dict[Path, int] = {}
        self.fec_needed = False
        self.fecs_read: list[Path] = []  # the FECs whose accounts the FEC page lists
        self._on_done: Callable[[Any], None] = lambda _outcome: None
        self.setAcceptDrops(True)
        self._add_pages()
        self.currentIdChanged.connect(self._page_shown)
        if paths:
            self.files_page.add(paths)
        size = QSize(1060, 700)
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None:  # 1366×768: the whole dialog on screen
            size = size.boundedTo(QSize(screen.width() - 40, screen.height() - 50))
        self.resize(size)

    def _add_pages(self) -> None:
        self.files_page = FilesPage()
        self.files_page.changed.connect(self._update_title)
        self.fec_page = FecPage(self.session, self.cf)
        self.preview_page = PreviewPage(self.session)
        self.confirm_page = ConfirmPage()
        self.result_page = ResultPage()
        for page_id, page in ((FILES_ID, self.files_page), (FEC_ID, self.fec_page),
                              (PREVIEW_ID, self.preview_page), (CONFIRM_ID, self.confirm_page),
                              (RESULT_ID, self.result_page)):
            self._add(page_id, page)
        self.setStartId(FILES_ID)

    def _add(self, page_id: int, page: StepPage) -> None:
        page.setTitle(page.heading())
        self.setPage(page_id, page)
        page.completeChanged.connect(self._sync_buttons)  # after the wizard's own update

    # the route
    def route(self) -> list[int]:
        """The pages the files listed need, in order, up to « Importer »."""
        ids = [FILES_ID]
        ids += [self.mapping_ids.get(info.path, NOT_YET_CREATED)
                for info in self.files_page.infos if info.kind == TABULAR]
        if self.fec_needed:
            ids.append(FEC_ID)
        return [*ids, PREVIEW_ID, CONFIRM_ID]

    def nextId(self) -> int:
        current = self.currentId()
        if current == CONFIRM_ID:
            return RESULT_ID
        route = self.route()
        if current == RESULT_ID or current not in route:
            return -1
        return route[route.index(current) + 1]

    def validateCurrentPage(self) -> bool:
        if self.busy:
            return False
        current = self.currentId()
        if not super().validateCurrentPage():
            if current == CONFIRM_ID:  # « Importer »: the page goes on once it is done
                self.start_apply()
            return False
        if current == FILES_ID:
            return self._plan()
        return True

    def initializePage(self, page_id: int) -> None:
        super().initializePage(page_id)
        if page_id == PREVIEW_ID:
            self.start_preview()
        elif page_id == CONFIRM_ID and self.preview_page.plan is not None:
            self.confirm_page.show_plan(self.preview_page.plan, sorted(self.preview_page.ticked))
        elif page_id == RESULT_ID:  # nothing left to cancel: « Fermer » only
            self.setOption(QWizard.WizardOption.NoCancelButton, True)

    def _plan(self) -> bool:
        """The pages the chosen files need; False (with a message) when one cannot be read."""
        for info in self.files_page.infos:
            if info.kind == TABULAR and info.path not in self.mapping_pages:
                page = MappingPage(self.session, self.cf, info, self.currency)
                page_id = FIRST_MAPPING_ID + len(self.mapping_pages)
                self.mapping_pages[info.path] = page
                self.mapping_ids[info.path] = page_id
                self._add(page_id, page)
        fecs = [info.path for info in self.files_page.infos if info.kind == FEC]
        if not fecs:
            self.fec_needed = False
            return True
        if fecs == self.fecs_read:
            return True
        # A ledger of 100,000 lines takes a second to read: off the GUI thread, then on.
        self._start("plan", lambda _report: read_accounts(fecs),
                    lambda accounts: self._fecs_read(fecs, accounts))
        return False

    def _fecs_read(self, fecs: list[Path], accounts: list[tuple[Path, Any]]) -> None:
        self.fec_page.show_accounts(accounts)
        self.fec_needed = bool(self.fec_page.accounts)
        self.fecs_read = fecs
        self.next()

    def _back_to_files(self, text: str) -> None:
        while self.currentId() not in (FILES_ID, -1):
            self.back()
        self.files_page.show_error(text)

    # what the user sees of the route
    def _page_shown(self, _page_id: int) -> None:
        self._update_title()
        self._sync_buttons()

    def _update_title(self) -> None:
        page = self.currentPage()
        if not isinstance(page, StepPage):
            return
        current = self.currentId()
        if current == RESULT_ID:
            page.setTitle(page.heading())
            return
        route = self.route()
        page.setTitle(self.tr("Étape {n} sur {total} — {title}").format(
            n=route.index(current) + 1 if current in route else 1, total=len(route),
            title=page.heading()))

    def _sync_buttons(self) -> None:
        """What QWizard cannot know: nothing but « Interrompre » while the files are written,
        nothing at all while they are read."""
        if self.busy:
            self.button(Button.BackButton).setEnabled(False)
        self.setButtonText(Button.CancelButton, self.tr("&Interrompre l'import")
                           if self.busy == "apply" else self.tr("Annuler"))
        self.button(Button.CancelButton).setEnabled(
            self.busy != "preview" and not (self.job is not None and self.job.cancel.is_set()))

    # work in the background
    def _start(self, kind: str, work: Callable[[Callable[[int, int], bool]], Any],
               done: Callable[[Any], None]) -> None:
        job = Job(self.cf, work)
        job.signals.progress.connect(self._progress)
        job.signals.done.connect(self._job_done)
        job.signals.failed.connect(self._job_failed)
        self._on_done = done
        self.job = job
        self.busy = kind
        if kind == "apply":
            self.confirm_page.set_running(True)
        else:
            self.preview_page.progress.setRange(0, 0)
            self.preview_page.progress.show()
        self._sync_buttons()
        self.pool.start(job)

    def _finish_job(self) -> None:
        kind = self.busy
        self.job = None
        self.busy = ""
        if kind == "apply":
            self.confirm_page.set_running(False)
        else:
            self.preview_page.progress.hide()
        page = self.currentPage()
        if page is not None:
            page.completeChanged.emit()  # the wizard's buttons, then ours
        self._sync_buttons()

    def _progress(self, done: int, total: int) -> None:
        if self.busy == "apply":
            self.confirm_page.show_progress(done, total)

    def _job_done(self, outcome: Any) -> None:
        self._finish_job()
        self._on_done(outcome)

    def _job_failed(self, exc: BaseException) -> None:
        kind = self.busy
        self._finish_job()
        if isinstance(exc, imports.ImportCancelled):
            self.confirm_page.show_status(self.tr(
                "Import interrompu : rien n'a été enregistré, le fichier de la société est tel "
                "qu'avant."))
            return
        if isinstance(exc, UserFacingError):
            if kind in ("preview", "plan"):
                self._back_to_files(self.session.message(exc))
            else:
                self.confirm_page.show_status(self.session.message(exc) + " " + self.tr(
                    "Rien n'a été enregistré."))
            return
        raise exc  # a bug: the application's crash dialog shows it

    def start_preview(self) -> None:
        """Read every file (in the background) and show what importing would do."""
        # All files in one preview, so that a customer new in one file is matched in the next;
        # each CSV/Excel file with its own profile.
        infos = self.files_page.infos
        paths = [info.path for info in infos]
        profiles: dict[Path, Profile | None] = {
            info.path: self.mapping_pages[info.path].profile()
            for info in infos if info.kind == TABULAR
        }
        cf, today = self.cf, self.session.today()
        self.preview_page.start_reading()

        def work(_report: Callable[[int, int], bool]) -> imports.ImportPreview:
            return imports.preview(cf, paths, today=today, profiles=profiles)

        self._start("preview", work, self.preview_page.set_plan)

    def start_apply(self) -> None:
        plan = self.preview_page.plan
        if plan is None or self.busy:
            return
        settle = sorted(self.preview_page.ticked)
        cf = self.cf

        def work(report: Callable[[int, int], bool]) -> imports.ApplySummary:
            return imports.apply(cf, plan, settle=settle, progress=report)

        self._start("apply", work, self._applied)

    def _applied(self, summary: imports.ApplySummary) -> None:
        self.summary = summary
        self.confirm_page.summary = summary
        self.confirm_page.show_status("")
        self.result_page.show_summary(summary)
        self.next()
        self.imported.emit()

    def cancel_import(self) -> None:
        if self.job is not None and self.busy == "apply":
            self.job.cancel.set()
            self.confirm_page.show_status(self.tr("Interruption de l'import…"))
            self._sync_buttons()

    # closing
    def reject(self) -> None:
        if self.busy == "apply":
            self.cancel_import()
            return
        if self.busy:
            return  # reading the files: a moment
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            self.cancel_import()
            event.ignore()
            return
        super().closeEvent(event)

    def done(self, result: int) -> None:
        if self.job is not None:
            self.job.cancel.set()
            self.pool.waitForDone()
        super().done(result)

    # drag and drop onto the files page
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.currentId() == FILES_ID and not self.busy and dropped_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_files(event.mimeData())
        if self.currentId() == FILES_ID and paths:
            event.acceptProposedAction()
            self.files_page.add(paths)

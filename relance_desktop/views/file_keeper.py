"""While a company file is open: keep the file itself complete (a copy made by hand misses
nothing), take the day's automatic backup, and « Enregistrer une copie… ».

:class:`FileKeeper` ticks when the window is idle: each tick asks the backup service to settle
the file (a checkpoint that never waits, and only when something was written) and, once a day,
to make the automatic backup on a worker thread (the first one, a tick after the file opened).
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from relance_desktop import paths
from relance_desktop.errors import UserFacingError
from relance_desktop.services import backup
from relance_desktop.services.session import CompanySession
from relance_desktop.services.storage import storage_error
from relance_desktop.views.common import Session, show_user_error
from relance_desktop.views.jobs import in_background
from relance_desktop.views.plain import plain

log = logging.getLogger(__name__)

SETTLE_MS = 1500  # how soon after a write the main file is made complete


class FileKeeper(QObject):
    def __init__(self, session: Session, cf: CompanySession, parent: QObject) -> None:
        super().__init__(parent)
        self.session, self.cf = session, cf
        self.backed_up_on: date | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(SETTLE_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()  # the first tick takes the day's backup: not while the first page is
        # read (copying a big file on a worker thread slowed Today's reads about threefold)

    def stop(self) -> None:
        self.timer.stop()

    def tick(self) -> None:
        try:
            backup.settle(self.cf)
        except UserFacingError as exc:  # locked, full: the next tick tries again
            log.info("file not settled: %s", exc)
        if self.backed_up_on != self.session.today():
            self.take_daily_backup()

    def take_daily_backup(self) -> None:
        today = self.session.today()
        keep = int(self.session.settings.get("backup_keep"))
        self.backed_up_on = today
        cf = self.cf
        in_background(lambda: backup.daily_backup(cf, keep=keep, today=today), owner=self,
                      on_done=lambda _path: None, on_failed=self._backup_failed)

    def _backup_failed(self, exc: BaseException) -> None:
        mapped = exc if isinstance(exc, UserFacingError) else storage_error(exc, "")
        if mapped is None:
            raise exc
        log.warning("automatic backup not made: %s", mapped)
        self.backed_up_on = None  # try again at the next tick


def save_copy_dialog(parent: QWidget, session: Session, cf: CompanySession) -> Path | None:
    """Ask where, then write a complete copy of the open company there."""
    start = cf.path.with_name(f"{cf.path.stem} (copie){paths.COMPANY_SUFFIX}") if cf.path else None
    name, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("FileKeeper", "Enregistrer une copie de la société"),
        str(start or ""), QCoreApplication.translate(
            "FileKeeper", "Société Relance (*.relance)"))
    if not name:
        return None
    target = Path(name)
    if target.suffix != paths.COMPANY_SUFFIX:
        target = target.with_name(target.name + paths.COMPANY_SUFFIX)
    try:
        saved = backup.save_copy(cf, target)
    except UserFacingError as exc:
        show_user_error(parent, session, exc)
        return None
    except Exception as exc:
        mapped = storage_error(exc, target)
        if mapped is None:
            raise
        show_user_error(parent, session, mapped)
        return None
    QMessageBox.information(parent, QCoreApplication.translate("FileKeeper", "Copie"), plain(
        QCoreApplication.translate(
            "FileKeeper", "Copie complète de la société enregistrée dans « {path} ».").format(
            path=str(saved))))
    return saved

"""Crash handling: expected problems become plain messages, bugs open the crash dialog."""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from relance_desktop import __version__, paths
from relance_desktop.errors import UserFacingError
from relance_desktop.services.storage import storage_error
from relance_desktop.views.common import Session
from relance_desktop.views.plain import plain

log = logging.getLogger(__name__)


def report_text(exc_type: type[BaseException], exc: BaseException,
                tb: TracebackType | None) -> str:
    import platform
    import traceback

    lines = [
        f"Relance {__version__}",
        f"Python {platform.python_version()} · Qt {qVersion()} · {platform.platform()}",
        "",
        "".join(traceback.format_exception(exc_type, exc, tb)),
    ]
    return "\n".join(lines)


class CrashDialog(QDialog):
    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CrashDialog")
        self.setWindowTitle(self.tr("Relance — erreur inattendue"))
        self.resize(720, 460)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Relance a rencontré une erreur qu'il ne sait pas traiter. Vos données déjà "
            "enregistrées ne sont pas perdues.\nCopiez le rapport ci-dessous et transmettez-le "
            "au support. Journal : {log}").format(log=paths.log_dir()))
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(intro)
        self.report = QPlainTextEdit(report)
        self.report.setReadOnly(True)
        layout.addWidget(self.report, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("&Copier le rapport"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.report.toPlainText())


def as_user_error(exc: BaseException) -> UserFacingError | None:
    """The plain message for an expected problem (a broken rule, a locked or full file...);
    None for a bug."""
    if isinstance(exc, UserFacingError):
        return exc
    return storage_error(exc, QCoreApplication.translate("crash", "le fichier"))


def install_excepthook(session: Session) -> None:
    """Route uncaught exceptions (including those raised in Qt slots) to the right dialog."""
    showing = False

    def hook(exc_type: type[BaseException], exc: BaseException,
             tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        user_error = as_user_error(exc)
        parent = QApplication.activeWindow()
        if user_error is not None:
            log.warning("environment problem: %s", user_error)
            QMessageBox.warning(parent, "Relance", plain(session.message(user_error)))
            return
        report = report_text(exc_type, exc, tb)
        log.error("unexpected error\n%s", report)
        if showing:  # an error inside the crash dialog itself: log only
            return
        showing = True
        try:
            CrashDialog(report, parent).exec()
        finally:
            showing = False

    sys.excepthook = hook

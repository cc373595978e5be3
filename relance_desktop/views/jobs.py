"""Long work off the GUI thread (imports, batches of letters), with progress and cancel."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal

from relance_desktop.store.session import CompanySession


class _Signals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)


class Job(QRunnable):
    """Runs ``work(report)`` on a pool thread; ``report(done, total)`` returns False once the
    user asked to cancel. The thread's own database connection is closed before reporting."""

    def __init__(
        self, cf: CompanySession, work: Callable[[Callable[[int, int], bool]], Any]
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.cf = cf
        self.work = work
        self.signals = _Signals()
        self.cancel = threading.Event()
        self._last = 0.0

    def report(self, done: int, total: int) -> bool:
        now = time.monotonic()
        if done >= total or now - self._last >= 0.05:  # at most ~20 updates a second
            self._last = now
            self.signals.progress.emit(done, total)
        return not self.cancel.is_set()

    def run(self) -> None:
        failed = False
        try:
            outcome = self.work(self.report)
        except BaseException as exc:  # handed to the GUI thread, which decides
            outcome, failed = exc, True
        finally:
            with contextlib.suppress(Exception):
                if not self.cf.db.is_closed():
                    self.cf.db.close()
        (self.signals.failed if failed else self.signals.done).emit(outcome)




def wait_for(work: Callable[[], Any], *, busy: Any = None) -> Any:
    """Run ``work()`` on a thread while the window keeps repainting and answering (a local
    event loop); return its result or raise its exception. ``busy`` (a widget) is disabled
    meanwhile so nothing is started twice. For short network work: an SMTP send, a login."""
    from PySide6.QtCore import QEventLoop, QMetaObject, Qt
    from PySide6.QtGui import QGuiApplication

    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def run() -> None:
        try:
            outcome["value"] = work()
        except BaseException as exc:  # handed back to the GUI thread below
            outcome["error"] = exc
        finally:
            QMetaObject.invokeMethod(loop, "quit", Qt.ConnectionType.QueuedConnection)

    if busy is not None:
        busy.setEnabled(False)
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        thread = threading.Thread(target=run, name="relance-wait-for", daemon=True)
        thread.start()
        loop.exec()
        thread.join()
    finally:
        QGuiApplication.restoreOverrideCursor()
        if busy is not None:
            busy.setEnabled(True)
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")

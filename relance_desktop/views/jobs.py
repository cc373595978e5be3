"""Long work off the GUI thread (imports, batches of letters), with progress and cancel."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal

from relance_desktop.store.database import CompanyFile


class _Signals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)


class Job(QRunnable):
    """Runs ``work(report)`` on a pool thread; ``report(done, total)`` returns False once the
    user asked to cancel. The thread's own database connection is closed before reporting."""

    def __init__(self, cf: CompanyFile, work: Callable[[Callable[[int, int], bool]], Any]) -> None:
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



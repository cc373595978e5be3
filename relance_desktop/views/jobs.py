"""Work off the GUI thread; its outcome comes back on the GUI thread, never a nested event loop.

* :class:`Job`: long work (imports, batches of letters) on the thread pool, with progress and
  cancel; its signals are connected by the window that started it.
* :func:`in_background`: one piece of work (an e-mail sent, a server tested), then a callback on
  the GUI thread for its result or its exception.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from relance_desktop.services.session import CompanySession

log = logging.getLogger(__name__)


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


# -- one piece of work, then a callback on the GUI thread ------------------------------------------
class _Dispatcher(QObject):
    """Hands a worker's outcome to the GUI thread. One for the application, never deleted while
    it runs, so a worker thread never holds a Qt object that could be gone."""

    finished = Signal(int, bool, object)  # ticket, succeeded, value or exception

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(int, bool, object)
    def _deliver(self, ticket: int, succeeded: bool, outcome: object) -> None:
        pending = _PENDING.pop(ticket, None)
        if pending is not None:
            pending.deliver(succeeded, outcome)


@dataclass
class _Pending:
    owner: QObject
    on_done: Callable[[Any], None]
    on_failed: Callable[[BaseException], None]
    busy: QWidget | None

    def deliver(self, succeeded: bool, outcome: Any) -> None:
        QGuiApplication.restoreOverrideCursor()
        if self.busy is not None and shiboken6.isValid(self.busy):
            self.busy.setEnabled(True)
        if not shiboken6.isValid(self.owner):  # the window was closed meanwhile
            log.info("background work ended after its window closed")
            return
        if succeeded:
            self.on_done(outcome)
        else:
            self.on_failed(outcome)


_PENDING: dict[int, _Pending] = {}
_TICKETS = itertools.count(1)
_dispatcher: _Dispatcher | None = None


def _the_dispatcher() -> _Dispatcher:
    global _dispatcher
    if _dispatcher is None or not shiboken6.isValid(_dispatcher):
        _dispatcher = _Dispatcher(QCoreApplication.instance())
    return _dispatcher


def in_background(work: Callable[[], Any], *, owner: QObject,
                  on_done: Callable[[Any], None], on_failed: Callable[[BaseException], None],
                  busy: QWidget | None = None, cf: CompanySession | None = None) -> int:
    """Run ``work()`` on a thread and return at once; then, on the GUI thread, ``on_done(value)``
    or ``on_failed(exception)``, unless ``owner`` was destroyed meanwhile. ``busy`` (a widget) is
    disabled and the cursor shows a wait until then, so nothing is started twice.

    ``work`` must not touch Qt objects. When it uses the company (``cf``), the thread's own
    database connection is closed before the outcome is handed over. Returns a ticket (for logs).
    """
    dispatcher = _the_dispatcher()
    ticket = next(_TICKETS)
    _PENDING[ticket] = _Pending(owner, on_done, on_failed, busy)
    if busy is not None:
        busy.setEnabled(False)
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    finished = dispatcher.finished  # the signal only: the thread keeps no other Qt object

    def run() -> None:
        succeeded, outcome = True, None
        try:
            outcome = work()
        except BaseException as exc:  # handed to the GUI thread, which decides
            succeeded, outcome = False, exc
        finally:
            if cf is not None:
                with contextlib.suppress(Exception):
                    if not cf.db.is_closed():
                        cf.db.close()  # this thread's connection only
        with contextlib.suppress(RuntimeError):  # the application quit meanwhile
            finished.emit(ticket, succeeded, outcome)

    threading.Thread(target=run, name=f"relance-work-{ticket}", daemon=True).start()
    return ticket


def pending_work() -> int:
    """How many pieces of work started with :func:`in_background` have not reported yet."""
    return len(_PENDING)

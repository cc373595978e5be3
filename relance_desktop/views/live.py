"""What other people change shows here without a manual refresh, and a lost server is said.

On a team server the session hears the others' changes as they are committed (LISTEN/NOTIFY,
see :mod:`relance_desktop.store.live`); on a company file another instance of Relance may
write, which a tiny check each second notices (``PRAGMA data_version``). Either way the change
reaches the windows as the same events as their own changes (:mod:`views.changes`).

When the server cannot be reached, the main window says so in its status bar until it answers
again (the session reconnects by itself); call sheets keep their notes on this computer
meanwhile and save them once it is back (:mod:`views.call_sheet.draft`).
"""

from __future__ import annotations

import contextlib
import logging
import threading
import weakref
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QMainWindow

from relance_desktop.services.session import CompanySession
from relance_desktop.views import style

log = logging.getLogger(__name__)

POLL_MS = 1_000  # a company file: how often to look for another instance's commits


class ConnectionBridge(QObject):
    """The session's « server reachable or not », as a Qt signal on the GUI thread."""

    changed = Signal(bool)
    _arrived = Signal(bool)

    def __init__(self, cf: CompanySession, parent: QObject) -> None:
        super().__init__(parent)
        self._arrived.connect(self.changed, Qt.ConnectionType.QueuedConnection)
        lock = threading.Lock()
        alive = [True]
        arrived = self._arrived

        def listen(online: bool) -> None:  # any thread
            with lock:
                if alive[0]:
                    arrived.emit(online)

        unsubscribe = cf.connection.subscribe(listen)

        def close() -> None:
            with lock:
                alive[0] = False
                unsubscribe()

        self._close = close
        self.destroyed.connect(lambda *_: close())

    def close(self) -> None:
        self._close()


def when_back_online(cf: CompanySession, parent: QObject, action: Callable[[], None]) -> None:
    """Run ``action`` on the GUI thread each time the server answers again (while ``parent``
    lives)."""
    bridge = ConnectionBridge(cf, parent)
    bridge.changed.connect(lambda online: action() if online else None)


class LiveWatch(QObject):
    """Keeps one main window's company live: other sessions' changes, the server's state."""

    def __init__(self, cf: CompanySession, window: QMainWindow) -> None:
        super().__init__(window)
        self.cf = cf
        self.window = window
        self.banner = _offline_label(window)
        self.bridge = ConnectionBridge(cf, self)
        self.bridge.changed.connect(self._show_state)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        if cf.path is not None:  # a company file: another instance may write it
            cf.poll_changes()  # the file as it is now: later commits are the others'
            self.timer.start()
        else:
            cf.watch()
        self._show_state(cf.connection.online)

    @Slot()
    def poll(self) -> None:
        try:
            self.cf.poll_changes()
        except Exception as exc:  # a file gone or locked: said by the file keeper
            log.info("changes of other instances not read: %s", type(exc).__name__)

    @Slot(bool)
    def _show_state(self, online: bool) -> None:
        self.banner.setText(QCoreApplication.translate(
            "LiveWatch", "Serveur injoignable — vos notes sont gardées sur cet ordinateur. "
            "Reconnexion automatique dès qu'il répond…"))
        self.banner.setVisible(not online)

    def stop(self) -> None:
        self.timer.stop()
        self.bridge.close()
        self.banner.hide()
        self.deleteLater()


def _offline_label(window: QMainWindow) -> QLabel:
    label = window.findChild(QLabel, "offlineBanner")
    if label is None:
        label = QLabel(window)
        label.setObjectName("offlineBanner")
        label.setTextFormat(Qt.TextFormat.PlainText)
        style.make_banner(label, style.Status.STOP, extra="font-weight: bold; padding: 2px 6px;")
        window.statusBar().insertPermanentWidget(0, label)
    label.hide()
    return label


_WATCHES: weakref.WeakKeyDictionary[QMainWindow, LiveWatch] = weakref.WeakKeyDictionary()


def watch_live(window: QMainWindow, cf: CompanySession | None) -> None:
    """Keep ``window`` live for ``cf`` (None: nothing open any more)."""
    current = _WATCHES.pop(window, None)
    if current is not None and current.cf is cf:
        _WATCHES[window] = current
        return
    if current is not None:
        with contextlib.suppress(RuntimeError):  # already deleted with the window
            current.stop()
    if cf is not None:
        _WATCHES[window] = LiveWatch(cf, window)


def live_watch(window: QMainWindow) -> LiveWatch | None:
    return _WATCHES.get(window)

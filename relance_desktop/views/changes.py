"""Changes flow one way: a service reports what it changed to its session, the windows listen.

:class:`ChangeBridge` turns the session's plain-Python change events into a Qt signal delivered
on the GUI thread, whatever thread the service ran in (an import or a batch of letters runs on
a worker thread). Delivery is queued: the changes reported during one operation reach the window
once, merged, after the operation returned. The subscription to the session ends when the
bridge is destroyed, with the widget that owns it (Vorta's « track_signal » idea), or when
:meth:`ChangeBridge.close` is called (the company file is closed).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Qt, Signal, Slot

from relance_desktop.services.session import Change, CompanySession, Topic


def merged(changes: Iterable[Change]) -> Change:
    """One change saying all that ``changes`` say (all customers as soon as one says so; made
    elsewhere only when all were)."""
    topics: set[Topic] = set()
    customers: set[int] = set()
    everyone = False
    remote = True
    for change in changes:
        remote = remote and change.remote
        topics |= change.topics
        if change.customer_ids:
            customers |= change.customer_ids
        else:
            everyone = True
    return Change(frozenset(topics), frozenset() if everyone else frozenset(customers), remote)


class _Inbox:
    """What arrived and not yet delivered; plain Python, shared with any thread."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.pending: list[Change] = []
        self.open = True
        self.unsubscribe: Callable[[], None] = lambda: None

    def close(self) -> None:
        with self.lock:
            self.open = False
            self.pending.clear()
            self.unsubscribe()


class ChangeBridge(QObject):
    """The changes of one company session, as a Qt signal on the GUI thread.

    Create it in the GUI thread with the widget that listens as its parent::

        self.bridge = ChangeBridge(cf, self)
        self.bridge.changed.connect(self._changed)
    """

    changed = Signal(object)  # a Change: what the operation(s) just done changed
    _arrived = Signal()

    def __init__(self, session: CompanySession, parent: QObject) -> None:
        super().__init__(parent)
        self.session = session
        inbox = self._inbox = _Inbox()
        self._arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        arrived = self._arrived

        def listen(change: Change) -> None:  # any thread
            with inbox.lock:  # the bridge cannot be destroyed meanwhile (see below)
                if not inbox.open:
                    return
                inbox.pending.append(change)
                if len(inbox.pending) == 1:  # one delivery for all that comes before it runs
                    arrived.emit()

        inbox.unsubscribe = session.changes.subscribe(listen)
        # Destroyed with its parent: stop listening before the object is gone. A plain function,
        # not a method of the object being destroyed.
        self.destroyed.connect(lambda *_: inbox.close())

    @Slot()
    def _deliver(self) -> None:
        inbox = self._inbox
        with inbox.lock:
            pending, inbox.pending = inbox.pending, []
            if not inbox.open or not pending:
                return
        self.changed.emit(merged(pending))

    def close(self) -> None:
        """Stop listening (the session is about to be closed); nothing pending is delivered."""
        self._inbox.close()
        self.deleteLater()

"""What the other collectors change, as it happens: PostgreSQL's LISTEN/NOTIFY.

A service reports what it changed to its session (:meth:`CompanySession.report`); on a server
the session also sends it with ``NOTIFY`` (delivered when the transaction commits, never when
it rolls back). Each session LISTENs on a connection of its own, in a thread that sleeps in
``select()`` until the server writes to that connection (no polling), and turns what arrives
into the same change events the windows already listen to, marked ``remote``.

When that connection breaks (server stopped, network cut, connection killed), the session is
told it is offline; the thread tries again after 0.5, 1, 2, 4… seconds (at most
:data:`MAX_BACKOFF_S`), and once it is back says so and reports that anything may have changed
meanwhile.

The payload is small: the topics, the customers (none: possibly all) and who sent it.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import select
import threading
from collections.abc import Callable
from typing import Any

from relance_desktop.store.session import Change, Topic

log = logging.getLogger(__name__)

CHANNEL = "relance_changes"
MAX_CUSTOMERS = 200  # more customers than this in one change: « possibly all » (payload < 8 kB)
FIRST_BACKOFF_S = 0.5
MAX_BACKOFF_S = 8.0


def encode(change: Change, sender: str) -> str:
    """The NOTIFY payload of a change."""
    customers = sorted(change.customer_ids)
    if len(customers) > MAX_CUSTOMERS:
        customers = []
    return json.dumps({"s": sender, "t": sorted(t.value for t in change.topics),
                       "c": customers}, separators=(",", ":"))


def decode(payload: str) -> tuple[str, Change] | None:
    """Who sent a payload, and the change it says (None: not ours, or unreadable)."""
    try:
        data = json.loads(payload)
        topics = frozenset(Topic(t) for t in data["t"])
        customers = frozenset(int(c) for c in data["c"])
        return str(data["s"]), Change(topics, customers, remote=True)
    except (ValueError, KeyError, TypeError):
        log.info("change notice not understood")
        return None


class ServerFeed:
    """The LISTEN connection of one session and its thread.

    ``connect()`` opens a new psycopg2 connection to the session's database; ``received`` is
    called (in the feed's thread) with each change another session sent; ``state`` with True
    or False when the connection comes back or is lost."""

    def __init__(self, connect: Callable[[], Any], sender: str,
                 received: Callable[[Change], None], state: Callable[[bool], None]) -> None:
        self._connect = connect
        self.sender = sender
        self._received = received
        self._state = state
        self._wake_read, self._wake_write = os.pipe()
        self._pipe_lock = threading.Lock()
        self._pipe_closed = False
        self._stopping = threading.Event()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="relance-changes", daemon=True)

    def start(self, wait_s: float = 5.0) -> None:
        """Start listening; returns once the first LISTEN is done (or failed), so that
        nothing sent after this call is missed."""
        self._thread.start()
        self._ready.wait(wait_s)

    def stop(self) -> None:
        self._stopping.set()
        with self._pipe_lock:
            if not self._pipe_closed:
                with contextlib.suppress(OSError):
                    os.write(self._wake_write, b"x")
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(5)
        if self._thread.is_alive():  # still connecting: it ends by itself, its pipe with it
            return
        self._close_pipe()

    def _close_pipe(self) -> None:
        """Once only, whoever comes last (the thread, or :meth:`stop` once it has ended)."""
        with self._pipe_lock:
            if self._pipe_closed:
                return
            self._pipe_closed = True
        for fd in (self._wake_read, self._wake_write):
            with contextlib.suppress(OSError):
                os.close(fd)

    # the thread ------------------------------------------------------------------------------
    def _listen(self) -> Any:
        conn = self._connect()
        conn.autocommit = True
        conn.cursor().execute(f"LISTEN {CHANNEL}")
        return conn

    def _run(self) -> None:
        try:
            self._loop()
        except Exception:  # never a thread dying loudly: the windows just stop being live
            log.exception("change feed stopped")
        finally:
            self._ready.set()
            if self._stopping.is_set():
                self._close_pipe()

    def _loop(self) -> None:
        backoff = FIRST_BACKOFF_S
        lost = False
        while not self._stopping.is_set():
            try:
                conn = self._listen()
            except Exception as exc:  # server down or unreachable: try again later
                log.info("change feed cannot connect: %s", type(exc).__name__)
                self._ready.set()
                if not lost:
                    lost = True
                    self._state(False)
                if self._sleep(backoff):
                    return
                backoff = min(backoff * 2, MAX_BACKOFF_S)
                continue
            self._ready.set()
            backoff = FIRST_BACKOFF_S
            if lost:
                lost = False
                self._state(True)
                self._received(Change(frozenset(Topic), frozenset(), remote=True))
            try:
                self._serve(conn)
            except Exception as exc:  # the connection broke
                log.info("change feed lost its connection: %s", type(exc).__name__)
                if not self._stopping.is_set():
                    lost = True
                    self._state(False)
            finally:
                with contextlib.suppress(Exception):
                    conn.close()

    def _sleep(self, seconds: float) -> bool:
        """Wait, or less when stopped; True when stopped."""
        ready, _, _ = select.select([self._wake_read], [], [], seconds)
        return bool(ready) or self._stopping.is_set()

    def _serve(self, conn: Any) -> None:
        while not self._stopping.is_set():
            ready, _, _ = select.select([conn, self._wake_read], [], [])
            if self._wake_read in ready:
                return
            conn.poll()  # raises when the server closed the connection
            while conn.notifies:
                notice = conn.notifies.pop(0)
                decoded = decode(notice.payload)
                if decoded is None or decoded[0] == self.sender:
                    continue  # our own change: already reported here
                self._received(decoded[1])

"""The company session: one open company (a SQLite file or a PostgreSQL database) and its
connection, its SQL dialect and its change events. Nothing here is process-wide.

peewee binds a model class to one database; here the models are bound to
:data:`store.routing.ROUTER`, which forwards each query to the session *active in the current
context*, so two companies can be open side by side in one process (and a worker thread can
write to one while the window reads the other). Services receive the session and activate it
with :func:`in_session`; using a model with no active session raises :class:`NoSessionError`.

Raw SQL (bulk reads on hot paths) goes through :meth:`CompanySession.rows` and friends: they
take ``?`` or ``:name`` placeholders, adapt them to the engine, and return named rows. Dates and
times come back as ISO text on both engines (as SQLite stores them), so a query reads the same
everywhere; :class:`Dialect` writes the few expressions the two engines spell differently.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import re
import threading
from collections import namedtuple
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from peewee import Database, SqliteDatabase, _savepoint

from relance_desktop.errors import NOT_A_RELANCE_FILE, CompanyFileError
from relance_desktop.store.models import Company
from relance_desktop.store.routing import ACTIVE, NoSessionError, active_session

__all__ = ["CompanySession", "Engine", "NoSessionError", "active_session", "in_session"]

log = logging.getLogger(__name__)

P = ParamSpec("P")
R = TypeVar("R")


class Engine(StrEnum):
    SQLITE = "sqlite"
    POSTGRES = "postgres"


def in_session(func: Callable[P, R]) -> Callable[P, R]:
    """Run a service function with its first argument (a :class:`CompanySession`) active."""

    @functools.wraps(func)
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        session = args[0]
        if not isinstance(session, CompanySession):
            raise TypeError(f"{func.__qualname__}: the first argument must be a CompanySession")
        token = ACTIVE.set(session)
        try:
            return func(*args, **kwargs)
        finally:
            ACTIVE.reset(token)

    return inner


# --- What changed ------------------------------------------------------------------------------


class Topic(StrEnum):
    """What a change is about; a window refreshes only for the topics it shows."""

    COMPANY = "company"  # own company, letter settings
    CUSTOMERS = "customers"  # customers and contacts
    INVOICES = "invoices"  # invoices, payments, credits (anything that changes a balance)
    CALLS = "calls"  # calls, promises, plans, disputes, tasks (follow-ups)
    DOCUMENTS = "documents"  # letters and e-mails kept
    TEMPLATES = "templates"  # texts edited by the user
    IMPORTS = "imports"  # import profiles and batches
    CLAIMS = "claims"  # who is on the phone with which customer (team mode: services.claims)


@dataclass(frozen=True)
class Change:
    """What one operation changed: topics, and the customers concerned (empty: possibly all).
    ``remote``: made by another session (another collector, another instance of Relance),
    learnt from the server or the file; what follows from it was already done there."""

    topics: frozenset[Topic]
    customer_ids: frozenset[int] = frozenset()
    remote: bool = False

    @staticmethod
    def of(*topics: Topic, customers: Iterable[int] = ()) -> Change:
        return Change(frozenset(topics), frozenset(customers))

    def concerns(self, topics: Iterable[Topic], customer_id: int | None = None) -> bool:
        if not self.topics.intersection(topics):
            return False
        return customer_id is None or not self.customer_ids or customer_id in self.customer_ids


Listener = Callable[[Change], None]


@dataclass
class ChangeHub:
    """The session's change events. Listeners are called in the order they subscribed.

    Plain Python (no Qt): the views adapt it to a Qt signal on the GUI thread.
    """

    _listeners: list[Listener] = field(default_factory=list)

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)

        def unsubscribe() -> None:
            with contextlib.suppress(ValueError):
                self._listeners.remove(listener)

        return unsubscribe

    def emit(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)


class ConnectionState:
    """Whether the session's server answers (a company file always does). Listeners are called
    with True or False when it changes, from whichever thread noticed."""

    def __init__(self) -> None:
        self.online = True
        self._listeners: list[Callable[[bool], None]] = []
        self._lock = threading.Lock()

    def subscribe(self, listener: Callable[[bool], None]) -> Callable[[], None]:
        self._listeners.append(listener)

        def unsubscribe() -> None:
            with contextlib.suppress(ValueError):
                self._listeners.remove(listener)

        return unsubscribe

    def set(self, online: bool) -> None:
        with self._lock:
            if online == self.online:
                return
            self.online = online
        log.info("server %s", "reachable again" if online else "unreachable")
        for listener in list(self._listeners):
            listener(online)


EVERYTHING = Change(frozenset(Topic), frozenset(), remote=True)


# --- SQL dialect -------------------------------------------------------------------------------

_PLACEHOLDER = re.compile(r"'(?:[^']|'')*'|\"[^\"]*\"|%|\?|(?<!:):([A-Za-z_]\w*)")


@functools.lru_cache(maxsize=512)
def _to_pyformat(sql: str) -> str:
    """``?`` → ``%s``, ``:name`` → ``%(name)s``, ``%`` → ``%%``; quoted text left alone."""

    def sub(match: re.Match[str]) -> str:
        token = match.group(0)
        if token == "?":
            return "%s"
        if token == "%":
            return "%%"
        if match.group(1):
            return f"%({match.group(1)})s"
        return token

    return _PLACEHOLDER.sub(sub, sql)


@dataclass(frozen=True)
class Dialect:
    """The expressions SQLite and PostgreSQL spell differently."""

    engine: Engine

    def days_between(self, later: str, earlier: str) -> str:
        """Whole days from ``earlier`` to ``later`` (two ISO date expressions or params)."""
        if self.engine is Engine.POSTGRES:
            return f"(CAST({later} AS DATE) - CAST({earlier} AS DATE))"
        return f"CAST(julianday({later}) - julianday({earlier}) AS INTEGER)"

    def add_days(self, day: str, days: str) -> str:
        """The ISO date ``days`` days after ``day``."""
        if self.engine is Engine.POSTGRES:
            return f"CAST(CAST({day} AS DATE) + CAST({days} AS INTEGER) AS TEXT)"
        return f"date({day}, '+' || ({days}) || ' days')"

    def group_concat(self, expr: str, separator: str = ",") -> str:
        if self.engine is Engine.POSTGRES:
            return f"STRING_AGG(CAST({expr} AS TEXT), '{separator}')"
        return f"GROUP_CONCAT({expr}, '{separator}')"


# --- The SQLite connection ---------------------------------------------------------------------


class _Savepoint(_savepoint):
    def rollback(self, begin: bool = True) -> None:
        if _transaction_gone(self.db):
            return
        super().rollback(begin)


def _transaction_gone(db: Any) -> bool:
    conn = db._state.conn
    return conn is not None and not conn.in_transaction


class CompanyDatabase(SqliteDatabase):
    """A company file's connection. When a write fails on a full disk (or an I/O error),
    SQLite rolls the whole transaction back by itself; peewee's own ``ROLLBACK`` then fails with
    « cannot rollback - no transaction is active », which would hide the real cause from the
    message shown to the user. Here a rollback with nothing left to undo does nothing, so the
    original error (« database or disk is full ») is the one raised."""

    # The thread that must answer quickly (the window's), and how long it waits for a lock.
    quick_thread: int | None = None
    quick_busy_ms = 250

    def rollback(self) -> None:
        if _transaction_gone(self):
            return
        super().rollback()

    def _add_conn_hooks(self, conn: Any) -> None:
        super()._add_conn_hooks(conn)  # type: ignore[misc]
        if threading.get_ident() == self.quick_thread:
            conn.execute(f"PRAGMA busy_timeout = {int(self.quick_busy_ms)}")

    def savepoint(self) -> Any:
        return _Savepoint(self)


# --- The session -------------------------------------------------------------------------------


def _row_type(names: tuple[str, ...]) -> Any:
    return _row_types(names)


@functools.lru_cache(maxsize=256)
def _row_types(names: tuple[str, ...]) -> Any:
    return namedtuple("Row", names, rename=True)


class CompanySession:
    """One open company: its database connection, dialect, cached own-company row and change
    events. Open it with :func:`store.database.open_company_file` (SQLite) or
    :func:`store.server.open_server_company` (PostgreSQL); close it when done."""

    def __init__(self, db: Database, engine: Engine, *, path: Path | None = None,
                 label: str = "") -> None:
        self.db = db
        self.engine = engine
        self.dialect = Dialect(engine)
        self.path = path
        self.label = label or (path.stem if path is not None else "")
        self.changes = ChangeHub()
        self._company: Any = None
        self._tokens: list[Any] = []
        self._settled: tuple[int, int] | None = None  # the WAL as it was when last settled
        self.read_only = False
        self.connection = ConnectionState()
        self.sender = os.urandom(6).hex()  # tells this session's own change notices apart
        self._feed: Any = None  # the server's LISTEN thread (store.live), once watching
        self._data_version: int | None = None  # the file as this connection last saw it
        if hasattr(db, "on_state"):  # a server's database says when it is lost and back
            db.on_state = self.connection.set

    def answer_quickly_on_this_thread(self, busy_ms: int = 250) -> None:
        """This thread (the window's) waits at most ``busy_ms`` for a file another program is
        writing, instead of the default 3 s: a write that cannot get the lock fails fast with a
        plain « locked » message (the form stays open, the draft is kept aside and retried), and
        the window never freezes. Worker threads and the command line keep the longer wait."""
        if isinstance(self.db, CompanyDatabase):
            self.db.quick_thread = threading.get_ident()
            self.db.quick_busy_ms = int(busy_ms)
            if not self.db.is_closed():
                self.scalar(f"PRAGMA busy_timeout = {int(busy_ms)}")

    def make_read_only(self) -> None:
        """From now on this session only reads (another instance of Relance writes the file):
        any write is refused by the database itself, on every connection of the session."""
        if isinstance(self.db, SqliteDatabase):
            self.db.pragma("query_only", 1, permanent=True)
        else:
            self.db.execute_sql("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
        self.read_only = True

    # activation ------------------------------------------------------------------------------
    @contextlib.contextmanager
    def use(self) -> Iterator[CompanySession]:
        """Make this session the one the models use in this context (nests, restores)."""
        token = ACTIVE.set(self)
        try:
            yield self
        finally:
            ACTIVE.reset(token)

    # the own company -------------------------------------------------------------------------
    @property
    def company(self) -> Any:
        """The own company (read once, then kept until a change to it is reported)."""
        if self._company is None:
            with self.use():
                company = Company.select().order_by(Company.id).first()
            if company is None:
                raise CompanyFileError(NOT_A_RELANCE_FILE, path=self.where)
            self._company = company
        return self._company

    @property
    def display_name(self) -> str:
        return self.label

    @property
    def where(self) -> str:
        """Where the company lives, for messages: the file path or the server's address."""
        return str(self.path) if self.path is not None else self.label

    def report(self, change: Change) -> None:
        """Tell the listeners what an operation changed (the services call this); on a server,
        the other sessions too (a ``NOTIFY``, sent when the transaction commits)."""
        self._received(change)
        announce = getattr(self.db, "announce", None)  # a server (store.server, store.live)
        if announce is not None and not change.remote and not self.read_only:
            announce(change, self.sender)

    def _received(self, change: Change) -> None:
        if Topic.COMPANY in change.topics:
            self._company = None
        self.changes.emit(change)

    # what the others change ----------------------------------------------------------------
    def watch(self) -> None:
        """Start hearing what other sessions change (a server: a LISTEN thread; a file:
        :meth:`poll_changes`, called by the window). Idempotent."""
        listen = getattr(self.db, "listen", None)
        if listen is None or self._feed is not None:
            return
        self._feed = listen(self.sender, self._received, self.connection.set)

    def poll_changes(self) -> bool:
        """A company file: whether another connection (another instance of Relance) committed
        since the last call, by ``PRAGMA data_version`` on this thread's connection (one tiny
        read); if so, every topic is reported as changed (``remote``). A server: nothing to do
        (the LISTEN thread reports as it happens)."""
        if self.engine is not Engine.SQLITE or self.db.is_closed():
            return False
        version = int(self.scalar("PRAGMA data_version"))
        seen, self._data_version = self._data_version, version
        if seen is None or seen == version:
            return False
        self._received(EVERYTHING)
        return True

    def write_stamp(self) -> tuple[int, int] | None:
        """A company file: what this thread's connection has seen written, as (``PRAGMA
        data_version``: the others' commits, ``total_changes``: its own rows written, rolled
        back or not). Equal stamps mean nothing was written in between, so something read in
        between is still true. None on a server, or while this connection is in a
        transaction (what it wrote is not in the others' reads yet)."""
        if self.engine is not Engine.SQLITE or self.db.is_closed():
            return None
        connection = self.db.connection()
        if connection.in_transaction:
            return None
        return int(self.scalar("PRAGMA data_version")), int(connection.total_changes)

    # raw SQL ---------------------------------------------------------------------------------
    def _sql(self, sql: str) -> str:
        return _to_pyformat(sql) if self.engine is Engine.POSTGRES else sql

    def cursor(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> Any:
        """A DB-API cursor over ``sql`` (placeholders ``?`` or ``:name``)."""
        return self.db.execute_sql(self._sql(sql), params)

    def rows(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> list[Any]:
        """Every row of ``sql`` as a named tuple (by column name, or by position)."""
        cursor = self.cursor(sql, params)
        names = tuple(d[0] for d in cursor.description)
        row = _row_type(names)
        return [row._make(r) for r in cursor.fetchall()]

    def tuples(
        self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()
    ) -> list[tuple[Any, ...]]:
        """Every row of ``sql`` as a plain tuple: for bulk reads measured to need it."""
        return [tuple(r) for r in self.cursor(sql, params).fetchall()]

    def one(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> Any | None:
        rows = self.rows(sql, params)
        return rows[0] if rows else None

    def scalar(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> Any:
        row = self.cursor(sql, params).fetchone()
        return None if row is None else row[0]

    def execute(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> int:
        """Run a statement that changes rows; the number of rows it touched."""
        return int(self.cursor(sql, params).rowcount)

    def insert(self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> int:
        """Run an ``INSERT`` and return the new row's id (both engines)."""
        if self.engine is Engine.POSTGRES:
            return int(self.cursor(sql + " RETURNING id", params).fetchone()[0])
        return int(self.cursor(sql, params).lastrowid)

    def executemany(self, sql: str, seq: Iterable[Sequence[Any] | Mapping[str, Any]]) -> None:
        """The same statement for many rows, in one call (bulk imports, demo data)."""
        cursor = self.db.cursor()
        if self.engine is Engine.POSTGRES:
            # psycopg2's executemany makes one round trip per row; execute_batch sends pages.
            from psycopg2.extras import execute_batch

            execute_batch(cursor, self._sql(sql), list(seq), page_size=1000)
            return
        cursor.executemany(sql, seq)

    def raw(self) -> Any:
        """The SQLite connection of this thread, for what examines the file itself (schema
        checks, tests). The application's queries use :meth:`rows` (both engines)."""
        if self.engine is not Engine.SQLITE:
            raise NotImplementedError("raw() is SQLite only: use rows()")
        return self.db.connection()

    def atomic(self) -> Any:
        """A transaction (a savepoint when nested)."""
        return self.db.atomic()

    def settle(self) -> bool:
        """Copy what was committed into the main file, so that a copy of the company file made
        now (by the user, a backup program, an e-mail) holds everything. SQLite only.

        Committed work first goes to the ``-wal`` beside the file. This runs a *passive*
        checkpoint: it never waits for another connection (it does what it can and is called
        again later), so it costs the window nothing when another program holds the file.
        Does nothing when the WAL did not change since the last complete checkpoint. True when
        the main file is now complete."""
        if self.engine is not Engine.SQLITE or self.path is None or self.read_only:
            return False
        try:
            stat = Path(f"{self.path}-wal").stat()
        except FileNotFoundError:
            return True
        mark = (stat.st_size, stat.st_mtime_ns)
        if stat.st_size == 0 or mark == self._settled:
            return True
        busy, frames, copied = self.db.execute_sql("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        complete = not busy and frames == copied
        if complete:
            self._settled = mark
        return bool(complete)

    def close(self) -> None:
        if self._feed is not None:
            self._feed.stop()
            self._feed = None
        if self.db.is_closed():
            return
        if self.engine is Engine.SQLITE:
            with contextlib.suppress(Exception):
                self.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        self.db.close()

    def __enter__(self) -> CompanySession:
        """``with open_company_file(path) as session:`` — active inside, closed after."""
        self._tokens.append(ACTIVE.set(self))
        return self

    def __exit__(self, *exc: object) -> None:
        ACTIVE.reset(self._tokens.pop())
        self.close()

    def __repr__(self) -> str:
        return f"<CompanySession {self.engine} {self.where}>"

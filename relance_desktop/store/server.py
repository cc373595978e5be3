"""A company on a PostgreSQL server: creating, opening and migrating it (the server engine).

One company is one PostgreSQL database. The schema and its version (``schema_version``) are
the same as a company file's, created by the same numbered migrations
(:mod:`relance_desktop.store.migrations`), run in one transaction. The password is never kept
here: the caller gets it from the system keyring (:mod:`relance_desktop.secrets`).

Values come back as on SQLite, so one query reads the same on both engines: dates and times
as ISO text (peewee's date fields parse them), whole numbers as ``int`` (PostgreSQL's ``SUM``
of a ``BIGINT`` is a ``NUMERIC``), binary data as ``bytes``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, cast

from peewee import PostgresqlDatabase, _savepoint

from relance_desktop.errors import CompanyFileError
from relance_desktop.i18n import QT_TRANSLATE_NOOP
from relance_desktop.store import server_roles
from relance_desktop.store.database import run_migrations
from relance_desktop.store.live import CHANNEL, ServerFeed, encode
from relance_desktop.store.migrations import SCHEMA_VERSION, MigrationConnection
from relance_desktop.store.models import Company
from relance_desktop.store.session import Change, CompanySession, Engine

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ServerParams:
    """Where a company lives on a server (never the password)."""

    host: str
    port: int
    database: str
    user: str
    sslmode: str = "prefer"  # "verify-full" whenever the host is not local (see sslmode_for)
    ca_file: str = ""  # the certificate of the authority (CA) that signed the server's
    # certificate; empty: libpq's own (~/.postgresql/root.crt)
    hostaddr: str = ""  # the server's IP address when the name does not resolve here (the
    # certificate is still checked against ``host``)

    @property
    def tls_mode(self) -> str:
        """The TLS mode really used: a server that is not on this computer is always verified
        (its certificate, signed by a known authority, and its name), whatever was asked."""
        return self.sslmode if is_local(self.host) else "verify-full"

    @property
    def label(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.database}"


LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})


def is_local(host: str) -> bool:
    """A server on this computer (a Unix socket folder counts): TLS is not required there."""
    host = host.strip().lower()
    return host in LOCAL_HOSTS or host.startswith("/")


def sslmode_for(host: str, verify_certificate: bool = False) -> str:
    """TLS verified (``verify-full``: the server's certificate is signed by the authority given
    and bears the server's name) unless the server is on this computer, where it is optional
    (``verify_certificate`` asks for it there too)."""
    if verify_certificate or not is_local(host):
        return "verify-full"
    return "prefer"


WRONG_PASSWORD = QT_TRANSLATE_NOOP(
    "errors", "Le serveur {where} a refusé l'utilisateur ou le mot de passe. Vérifiez-les."
)
SERVER_DOWN = QT_TRANSLATE_NOOP(
    "errors", "Le serveur {where} ne répond pas : vérifiez son adresse, son port, qu'il est "
    "démarré et que le réseau passe. Rien n'a été modifié."
)
NO_TLS = QT_TRANSLATE_NOOP(
    "errors", "Le serveur {where} n'accepte pas de connexion chiffrée (TLS), or Relance l'exige "
    "pour un serveur qui n'est pas sur cet ordinateur. Demandez à son administrateur d'activer "
    "TLS (ssl = on)."
)
BAD_CERTIFICATE = QT_TRANSLATE_NOOP(
    "errors", "Le certificat du serveur {where} n'a pas pu être vérifié : {reason}"
)
UNKNOWN_AUTHORITY = QT_TRANSLATE_NOOP(
    "errors", "Le certificat du serveur {where} n'est pas signé par l'autorité (CA) indiquée : "
    "ce n'est peut-être pas le bon serveur. Demandez à son administrateur le certificat de "
    "l'autorité qui l'a signé et indiquez-le. Rien n'a été envoyé."
)
NO_AUTHORITY = QT_TRANSLATE_NOOP(
    "errors", "Le serveur {where} n'est pas sur cet ordinateur : Relance vérifie son certificat. "
    "Indiquez le certificat de l'autorité (CA) qui l'a signé, fourni par l'administrateur du "
    "serveur. Rien n'a été envoyé."
)
WRONG_NAME = QT_TRANSLATE_NOOP(
    "errors", "Le certificat présenté par le serveur {where} n'est pas établi au nom « {host} » : "
    "vérifiez le nom du serveur (celui de son certificat). Rien n'a été envoyé."
)
NO_DATABASE = QT_TRANSLATE_NOOP(
    "errors", "La base « {database} » n'existe pas sur le serveur {where}, ou vous n'avez pas le "
    "droit de vous y connecter."
)
SERVER_REFUSED = QT_TRANSLATE_NOOP(
    "errors", "Le serveur {where} a refusé la connexion : {reason}"
)


def connection_error(params: ServerParams, exc: Exception) -> CompanyFileError:
    """A plain message for a connection that failed (never containing the password)."""
    text = str(exc)
    low = text.lower()
    where = f"{params.host}:{params.port}"
    reason = text.strip().splitlines()[-1] if text.strip() else type(exc).__name__
    if "password authentication failed" in low or "no password supplied" in low \
            or ("role" in low and "does not exist" in low):
        return CompanyFileError(WRONG_PASSWORD, where=where)
    if ("database" in low and "does not exist" in low) or "permission denied for database" in low:
        return CompanyFileError(NO_DATABASE, where=where, database=params.database)
    if "server does not support ssl" in low or "no encryption" in low \
            or "ssl off" in low:
        return CompanyFileError(NO_TLS, where=where)
    if "root certificate file" in low and "does not exist" in low:
        return CompanyFileError(NO_AUTHORITY, where=where)
    if "does not match host name" in low:
        return CompanyFileError(WRONG_NAME, where=where, host=params.host)
    if "certificate verify failed" in low or "unknown ca" in low:
        return CompanyFileError(UNKNOWN_AUTHORITY, where=where)
    if "certificate" in low or "root.crt" in low:
        return CompanyFileError(BAD_CERTIFICATE, where=where, reason=reason)
    if ("connection refused" in low or "could not translate host name" in low
            or "timeout expired" in low or "no route to host" in low
            or "network is unreachable" in low or "name or service not known" in low):
        return CompanyFileError(SERVER_DOWN, where=where)
    return CompanyFileError(SERVER_REFUSED, where=where, reason=reason)


def _as_int_or_decimal(value: str | None, _cursor: Any) -> int | Decimal | None:
    if value is None:
        return None
    return int(value) if value.lstrip("-").isdigit() else Decimal(value)


def _register_types(conn: Any) -> None:
    import psycopg2
    import psycopg2.extensions as ext

    as_text = ext.new_type((1082, 1114, 1184, 1083), "RELANCE_ISO_TEXT",
                           lambda value, _cursor: value)  # date, timestamp(tz), time
    ext.register_type(as_text, conn)
    ext.register_type(ext.new_type((1700,), "RELANCE_NUMERIC", _as_int_or_decimal), conn)
    binary = ext.new_type(psycopg2.BINARY.values, "RELANCE_BYTES",
                          lambda value, cursor: None if value is None
                          else bytes(psycopg2.BINARY(value, cursor)))
    ext.register_type(binary, conn)


UNREACHABLE = QT_TRANSLATE_NOOP(
    "errors", "Serveur injoignable ({where}) : rien n'a été enregistré sur le serveur. Relance "
    "se reconnecte dès qu'il répond."
)


def connection_lost(exc: BaseException) -> bool:
    """Whether an error says the server connection is gone (server stopped, network cut,
    connection ended by the server), rather than a refused query."""
    import psycopg2

    cause = exc.__cause__ or exc.__context__
    for err in (exc, cause):
        if isinstance(err, psycopg2.errors.AdminShutdown):
            return True
        conn = getattr(getattr(err, "cursor", None), "connection", None)
        if conn is not None and conn.closed:
            return True
    low = str(exc).lower()
    return any(text in low for text in (
        "server closed the connection", "connection already closed", "terminating connection",
        "could not connect", "connection refused", "no connection to the server",
        "ssl connection has been closed", "could not receive data", "could not send data",
        "connection to server at", "timeout expired"))


class _ServerDatabase(PostgresqlDatabase):
    """A server company's connection, one per thread. A connection the server dropped is
    replaced by a new one at the next query outside a transaction (the query that noticed
    fails with a plain « Serveur injoignable »; what it wrote was rolled back by the server).
    ``on_state(False/True)`` is told when the server is lost and when it answers again."""

    on_state: Any = None

    def _initialize_connection(self, conn: Any) -> None:
        _register_types(conn)
        super()._initialize_connection(conn)  # type: ignore[misc]

    _lost = False  # a connection of this database was lost and not replaced yet

    def _say(self, online: bool) -> None:
        self._lost = not online
        if self.on_state is not None:
            self.on_state(online)

    def _gone(self) -> bool:
        conn = cast(Any, self)._state.conn
        return conn is not None and bool(conn.closed)

    def cursor(self, named_cursor: Any = None) -> Any:
        if self._gone() and not self.in_transaction():
            cast(Any, self)._state.reset()  # dropped by the server: connect again
        reconnecting = self._lost and self.is_closed()
        try:
            cursor = super().cursor(named_cursor)  # type: ignore[no-untyped-call]
        except Exception:
            if reconnecting:
                self._say(False)  # still down
            raise
        if reconnecting:
            self._say(True)
        return cursor

    def _execute_cursor(self, sql: str, params: Any, **options: Any) -> Any:
        try:
            return super()._execute_cursor(sql, params, **options)  # type: ignore[misc]
        except Exception as exc:
            if self._gone() or connection_lost(exc):
                self._say(False)
            raise

    def rollback(self) -> None:
        if self._gone():  # the server already dropped the transaction with the connection
            return
        super().rollback()

    def savepoint(self) -> Any:
        return _ServerSavepoint(self)

    def listen_connection(self) -> Any:
        """A new connection of its own (for LISTEN), with this database's parameters."""
        import psycopg2

        conn = psycopg2.connect(dbname=self.database, **self.connect_params)
        conn.autocommit = True
        return conn

    def announce(self, change: Change, sender: str) -> None:
        """Tell the other sessions (``NOTIFY``; sent when the transaction commits)."""
        try:
            payload = (CHANNEL, encode(change, sender))
            self.execute_sql("SELECT pg_notify(%s, %s)", payload)  # type: ignore[no-untyped-call]
        except Exception as exc:  # the change is made; the others see it at their next reload
            log.info("change not sent to the other sessions: %s", type(exc).__name__)

    def listen(self, sender: str, received: Callable[[Change], None],
               state: Callable[[bool], None]) -> ServerFeed:
        """Start hearing the other sessions' changes (a thread of its own; see store.live)."""
        feed = ServerFeed(self.listen_connection, sender, received, state)
        feed.start()
        return feed


class _ServerSavepoint(_savepoint):
    def rollback(self, begin: bool = True) -> None:
        if self.db._gone():
            return
        super().rollback(begin)


CONNECT_TIMEOUT_S = 8  # a server that does not answer: the user hears it within seconds


def _connect(params: ServerParams, password: str | None) -> Any:
    """A connected database, or a :class:`CompanyFileError` saying plainly what went wrong."""
    import psycopg2
    from peewee import OperationalError

    db = _database(params, password)
    try:
        db.connect()
    except (OperationalError, psycopg2.OperationalError) as exc:
        log.info("connection to %s failed: %s", params.label, type(exc).__name__)
        raise connection_error(params, exc) from None
    return db


def _database(params: ServerParams, password: str | None) -> Any:
    tls: dict[str, Any] = {}
    if params.ca_file:
        tls["sslrootcert"] = params.ca_file
    if params.hostaddr:
        tls["hostaddr"] = params.hostaddr
    return _ServerDatabase(
        params.database, host=params.host, port=params.port, user=params.user, **tls,
        password=password, sslmode=params.tls_mode, connect_timeout=CONNECT_TIMEOUT_S,
        application_name="Relance", keepalives=1, keepalives_idle=10, keepalives_interval=5,
        keepalives_count=3,  # a cut network is noticed within about 25 s, not hours
    )


NOT_A_COMPANY = QT_TRANSLATE_NOOP(
    "errors", "La base « {where} » ne contient pas de société Relance. Rien n'a été modifié."
)
NEWER = QT_TRANSLATE_NOOP(
    "errors",
    "La base « {where} » a été mise à jour par une version plus récente de Relance (format "
    "{found}, cette version lit jusqu'au format {known}). Mettez Relance à jour.",
)


def _version(db: Any) -> int:
    row = db.execute_sql(
        "SELECT to_regclass('schema_version') IS NOT NULL, to_regclass('company') IS NOT NULL"
    ).fetchone()
    if row[0]:
        return int(db.execute_sql('SELECT MAX("version") FROM "schema_version"').fetchone()[0])
    return 0


def create_server_company(params: ServerParams, password: str | None, **company: Any) -> None:
    """Create the schema and the own company in an empty database, all or nothing."""
    db = _connect(params, password)
    try:
        if _version(db) != 0:
            raise CompanyFileError(QT_TRANSLATE_NOOP(
                "errors", "La base « {where} » contient déjà une société."), where=params.label)
        with db.atomic():
            roles = _create_groups(db, params.database)
            cursor = db.cursor()
            if roles:
                server_roles.act_as_owner(cursor, params.database)
            run_migrations(MigrationConnection(cursor, Engine.POSTGRES.value), 0)
            with CompanySession(db, Engine.POSTGRES, label=params.label).use():
                Company.create(**company)
            if roles:
                server_roles.apply_grants(cursor, params.database)
    finally:
        db.close()
    log.info("created company on %s", params.label)


def _create_groups(db: Any, database: str) -> bool:
    """The company's group roles (:mod:`store.server_roles`); False when this login may not
    create roles: the company is then run by the database's owner alone, with the server's
    own grants (the README says how an administrator of the server adds the groups)."""
    import psycopg2

    try:
        with db.atomic():
            server_roles.create_groups(db.cursor(), database)
    except psycopg2.errors.InsufficientPrivilege as exc:
        log.warning("no team roles created on %s: %s", database, type(exc).__name__)
        return False
    return True


NEEDS_ADMIN = QT_TRANSLATE_NOOP(
    "errors", "La société de « {where} » doit être mise à jour pour cette version de Relance, "
    "ce que seul un administrateur de l'équipe peut faire : demandez-lui d'ouvrir la société "
    "une fois. Rien n'a été modifié."
)


def _migrate(db: Any, params: ServerParams, version: int) -> None:
    """Bring the schema up to date, all or nothing, as the administrators' group (so it keeps
    owning every table), then grant the new tables to the groups."""
    import psycopg2

    try:
        with db.atomic():
            cursor = db.cursor()
            roles = server_roles.has_groups(cursor, params.database)
            if roles and not server_roles.act_as_owner(cursor, params.database):
                raise CompanyFileError(NEEDS_ADMIN, where=params.label)
            run_migrations(MigrationConnection(cursor, Engine.POSTGRES.value), version)
            if roles:
                server_roles.apply_grants(cursor, params.database)
    except psycopg2.errors.InsufficientPrivilege:
        raise CompanyFileError(NEEDS_ADMIN, where=params.label) from None


def open_server_company(params: ServerParams, password: str | None) -> CompanySession:
    """Open (and migrate, in one transaction) a company on a server: a session on it."""
    db = _connect(params, password)
    try:
        version = _version(db)
        if version == 0:
            raise CompanyFileError(NOT_A_COMPANY, where=params.label)
        if version > SCHEMA_VERSION:
            raise CompanyFileError(NEWER, where=params.label, found=version,
                                   known=SCHEMA_VERSION)
        if version < SCHEMA_VERSION:
            _migrate(db, params, version)
    except BaseException:
        db.close()
        raise
    log.info("opened company on %s", params.label)
    return CompanySession(db, Engine.POSTGRES, label=params.label)

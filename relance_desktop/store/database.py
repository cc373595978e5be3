"""Creating, opening, migrating and backing up a company file (the SQLite engine).

A company file is one SQLite database marked with Relance's ``application_id``; its schema
version is in the ``schema_version`` table (and mirrored in ``user_version``, which versions
before 4 read to refuse a newer file). A file is judged before it is opened for writing: its
header must say SQLite, then SQLite itself, read-only and with the ``-wal`` beside it, says
what the file holds. A file that is refused (not SQLite, not Relance, truncated, from a newer
version) is never modified.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import sqlite3
import struct
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from peewee import SqliteDatabase

from relance_desktop.errors import NOT_A_RELANCE_FILE, CompanyFileError, UserFacingError
from relance_desktop.i18n import QT_TRANSLATE_NOOP
from relance_desktop.store.migrations import MIGRATIONS, SCHEMA_VERSION, MigrationConnection
from relance_desktop.store.models import Company
from relance_desktop.store.session import CompanyDatabase, CompanySession, Engine

log = logging.getLogger(__name__)

APPLICATION_ID = 0x524C4E43  # "RLNC"
SQLITE_MAGIC = b"SQLite format 3\x00"
PRAGMAS: dict[str, Any] = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "normal",
    "busy_timeout": 3000,
    "cache_size": -16000,
    # statement journals (each statement of a trigger that keeps customer_summary, migration 12)
    # and sorts in memory, not in temporary files: the summary's triggers cost half as much
    "temp_store": "memory",
}
LOCK_WAIT = PRAGMAS["busy_timeout"] / 1000  # seconds a write waits for another program


@dataclass(frozen=True)
class FileHeader:
    application_id: int
    user_version: int  # the schema version, read through SQLite (WAL included)
    page_size: int
    page_count: int
    size_valid: bool


def _cannot_read(path: Path, exc: OSError) -> CompanyFileError:
    if isinstance(exc, PermissionError):
        return CompanyFileError(
            QT_TRANSLATE_NOOP("errors", "Vous n'avez pas le droit de lire « {path} »."),
            path=str(path),
        )
    return CompanyFileError(
        QT_TRANSLATE_NOOP("errors", "Impossible de lire « {path} » : {reason}"),
        path=str(path),
        reason=exc.strerror or str(exc),
    )


def _read_only_uri(path: Path) -> str:
    """A URI opening ``path`` read-only. With no ``-wal`` beside it the file is all there is,
    and ``immutable`` keeps SQLite from creating side files next to a file it may refuse."""
    # as_uri() percent-encodes the path: a raw « # », « ? » or « % » in a file name would
    # otherwise cut the URI and open (and create) some other, empty file.
    uri = f"{Path(path).absolute().as_uri()}?mode=ro"
    return uri if Path(f"{path}-wal").exists() else f"{uri}&immutable=1"


def _version_through_sqlite(path: Path) -> tuple[int, int]:
    """(application_id, schema version) as SQLite sees the file, its WAL included."""
    conn = sqlite3.connect(_read_only_uri(path), uri=True)
    try:
        (application_id,) = conn.execute("PRAGMA application_id").fetchone()
        (user_version,) = conn.execute("PRAGMA user_version").fetchone()
        has_table = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
        ).fetchone()
        version = user_version
        if has_table:
            row = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
            version = max(version, int(row[0] or 0))
        return int(application_id), int(version)
    finally:
        conn.close()


def read_header(path: Path) -> FileHeader:
    """Check ``path`` is a complete Relance company file this version can open (read-only).

    The 100-byte header only says whether the file is SQLite; what it holds (application id,
    schema version, whether it is complete) is asked of SQLite itself, which reads the ``-wal``
    beside the file: after a crash during a checkpoint the main file can be shorter than its
    header says while the WAL holds everything.
    """
    path = Path(path)
    if not path.exists():
        raise CompanyFileError(
            QT_TRANSLATE_NOOP("errors", "Le fichier « {path} » n'existe pas."), path=str(path)
        )
    if path.is_dir():
        raise CompanyFileError(NOT_A_RELANCE_FILE, path=str(path))
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
        size = path.stat().st_size
    except OSError as exc:
        raise _cannot_read(path, exc) from None
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise CompanyFileError(NOT_A_RELANCE_FILE, path=str(path))
    (raw_page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if raw_page_size == 1 else raw_page_size
    change_counter, page_count = struct.unpack(">II", header[24:32])
    (valid_for,) = struct.unpack(">I", header[92:96])
    size_valid = page_count > 0 and valid_for == change_counter
    wal = Path(f"{path}-wal")
    wal_holds_pages = wal.exists() and wal.stat().st_size > 32
    if size_valid and size < page_count * page_size and not wal_holds_pages:
        raise CompanyFileError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Le fichier « {path} » est incomplet ou endommagé ({size} octets au lieu de "
                "{expected}). Rouvrez une sauvegarde. Rien n'a été modifié.",
            ),
            path=str(path),
            size=size,
            expected=page_count * page_size,
        )
    try:
        application_id, version = _version_through_sqlite(path)
    except sqlite3.Error as exc:
        raise classify_sqlite_error(exc, path) or CompanyFileError(
            NOT_A_RELANCE_FILE, path=str(path)
        ) from exc
    if application_id != APPLICATION_ID:
        raise CompanyFileError(NOT_A_RELANCE_FILE, path=str(path))
    if version > SCHEMA_VERSION:
        raise CompanyFileError(
            QT_TRANSLATE_NOOP(
                "errors",
                "« {path} » a été enregistré par une version plus récente de Relance (format "
                "{found}, cette version lit jusqu'au format {known}). Mettez Relance à jour pour "
                "l'ouvrir. Rien n'a été modifié.",
            ),
            path=str(path),
            found=version,
            known=SCHEMA_VERSION,
        )
    return FileHeader(application_id, version, page_size, page_count, size_valid)


LOCKED = QT_TRANSLATE_NOOP(
    "errors",
    "« {path} » est utilisé par un autre programme (verrouillé). Fermez-le puis réessayez.",
)
READ_ONLY = QT_TRANSLATE_NOOP(
    "errors",
    "« {path} » est en lecture seule : Relance ne peut pas y enregistrer. Copiez-le dans un "
    "dossier où vous pouvez écrire.",
)
DISK_FULL = QT_TRANSLATE_NOOP(
    "errors",
    "Le disque est plein : « {path} » n'a pas pu être enregistré. Libérez de la place ; la "
    "dernière modification n'a pas été enregistrée.",
)
DAMAGED = QT_TRANSLATE_NOOP(
    "errors", "« {path} » est endommagé et ne peut pas être lu. Rouvrez une sauvegarde."
)
CANNOT_OPEN = QT_TRANSLATE_NOOP("errors", "Impossible d'ouvrir « {path} ».")

# SQLite's primary result codes (the low byte of an extended code) → what the user is told.
_BY_SQLITE_CODE = {
    sqlite3.SQLITE_BUSY: LOCKED,
    sqlite3.SQLITE_LOCKED: LOCKED,
    sqlite3.SQLITE_READONLY: READ_ONLY,
    sqlite3.SQLITE_PERM: READ_ONLY,
    sqlite3.SQLITE_FULL: DISK_FULL,
    sqlite3.SQLITE_CORRUPT: DAMAGED,
    sqlite3.SQLITE_NOTADB: DAMAGED,
    sqlite3.SQLITE_IOERR: DAMAGED,
    sqlite3.SQLITE_CANTOPEN: CANNOT_OPEN,
}
_BY_ERRNO = {
    errno.EACCES: READ_ONLY,
    errno.EPERM: READ_ONLY,
    errno.EROFS: READ_ONLY,
    errno.ENOSPC: DISK_FULL,
    errno.EDQUOT: DISK_FULL,
}
# An I/O error whose extended code says the disk is full is a full disk, not damage.
_SQLITE_IOERR_WRITE_FULL = {sqlite3.SQLITE_IOERR_WRITE, sqlite3.SQLITE_IOERR_FSYNC}


def classify_sqlite_error(exc: BaseException, path: Path | str) -> CompanyFileError | None:
    """The message for a SQLite or OS error caused by the environment; None for a bug.

    Uses SQLite's result code (``sqlite_errorcode``) and the OS ``errno``, never the English
    text of the message. The whole chain of causes is read: on a full disk SQLite rolls the
    transaction back itself, and the ``ROLLBACK`` that follows fails with « no transaction is
    active », which must not hide the full disk behind it.
    """
    seen: set[int] = set()
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        mapped = _classify_one(cause, path)
        if mapped is not None:
            return mapped
        cause = cause.__cause__ or cause.__context__
    return None


def _classify_one(cause: BaseException, path: Path | str) -> CompanyFileError | None:
    if isinstance(cause, OSError):
        text = _BY_ERRNO.get(cause.errno or 0)
        return CompanyFileError(text, path=str(path)) if text else None
    if not isinstance(cause, sqlite3.Error):
        return None
    code = getattr(cause, "sqlite_errorcode", None)
    if code is None:
        return None
    text = _BY_SQLITE_CODE.get(code & 0xFF)
    if code & 0xFF == sqlite3.SQLITE_IOERR and _disk_full_hint(path):
        text = DISK_FULL
    return CompanyFileError(text, path=str(path)) if text else None


def _disk_full_hint(path: Path | str) -> bool:
    """Whether the folder of ``path`` has no room left (an I/O error there is a full disk)."""
    try:
        stats = os.statvfs(Path(path).absolute().parent)
    except (OSError, AttributeError):
        return False
    return stats.f_bavail * stats.f_frsize < 64 * 1024


@contextlib.contextmanager
def environment_errors(path: Path | str) -> Iterator[None]:
    """Turn SQLite errors that come from the environment into :class:`CompanyFileError` (a
    message already made for the user is left as it is)."""
    try:
        yield
    except UserFacingError:
        raise
    except Exception as exc:  # peewee wraps sqlite3 errors in its own classes
        mapped = classify_sqlite_error(exc, path)
        if mapped is None:
            raise
        raise mapped from exc


def _connect(path: Path, wait: float) -> SqliteDatabase:
    pragmas = {**PRAGMAS, "busy_timeout": int(wait * 1000)}
    db = CompanyDatabase(str(path), pragmas=pragmas, check_same_thread=False)
    db.connect()
    return db


BACKUP_LEFTOVER = ".{stem}.backup-"  # temporary copies a killed backup may leave behind


def backup_path(path: Path, version: int) -> Path:
    """The one backup kept before migrating a file of ``version``: « Name.v4.relance.bak »."""
    return path.with_name(f"{path.stem}.v{version}{path.suffix}.bak")


def _fsync(path: Path) -> None:
    """Push a file's (or a folder's) bytes to the disk; a folder that cannot be opened (some
    systems) is skipped."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove_backup_leftovers(path: Path, version: int) -> None:
    """What an interrupted backup left (a temporary copy and its journal) and the stamped
    backups of ``version`` made by earlier releases (« Name.v4-20261206-101500.relance.bak »):
    one backup per version is kept."""
    for leftover in path.parent.glob(f"{BACKUP_LEFTOVER.format(stem=path.stem)}*"):
        leftover.unlink(missing_ok=True)
    for stamped in path.parent.glob(f"{path.stem}.v{version}-*{path.suffix}.bak"):
        stamped.unlink(missing_ok=True)


def backup_copy(path: Path, version: int,
                progress: Callable[[int, int, int], object] | None = None) -> Path:
    """Copy a company file of schema ``version`` next to it, consistently (SQLite's backup
    API, the ``-wal`` included) and atomically: the copy is made under a temporary name,
    flushed, then renamed over the previous backup of that version. A kill at any moment
    leaves either the previous backup or the new one, complete, and a temporary file that the
    next attempt removes. ``progress`` is SQLite's backup callback (remaining, total pages)."""
    target = backup_path(path, version)
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, suffix=".tmp",
                                    prefix=BACKUP_LEFTOVER.format(stem=path.stem))
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        src = sqlite3.connect(_read_only_uri(path), uri=True)
        try:
            dst = sqlite3.connect(str(tmp))
            try:
                src.backup(dst, pages=1024, progress=progress)
            finally:
                dst.close()
        finally:
            src.close()
        _fsync(tmp)
        os.replace(tmp, target)
        _fsync(path.parent)
    except BaseException:
        for leftover in (tmp, Path(f"{tmp}-journal")):
            leftover.unlink(missing_ok=True)
        raise
    _remove_backup_leftovers(path, version)
    return target


def migrate(conn: sqlite3.Connection, from_version: int) -> None:
    """Run the pending migrations in one transaction (all or nothing)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        _migrate_in_transaction(conn, from_version)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _migrate_in_transaction(conn: sqlite3.Connection, from_version: int) -> None:
    run_migrations(MigrationConnection(conn, Engine.SQLITE.value), from_version)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _version_in(conn: sqlite3.Connection) -> int:
    """The schema version as this connection sees it (inside its transaction)."""
    (version,) = conn.execute("PRAGMA user_version").fetchone()
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
    ).fetchone()
    if has_table:
        row = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
        version = max(int(version), int(row[0] or 0))
    return int(version)


def _backup_then_migrate(path: Path, wait: float) -> None:
    """Under the file's write lock (so two programs opening an old file migrate it once): read
    the version again, keep a backup of that version, migrate, commit."""
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=wait)
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = _version_in(conn)
            if version < SCHEMA_VERSION:
                copy = backup_copy(path, version)
                log.info("backup before migration: %s", copy.name)
                _migrate_in_transaction(conn, version)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.close()


def run_migrations(conn: MigrationConnection, from_version: int) -> None:
    """Migrations ``from_version + 1`` … :data:`SCHEMA_VERSION`, then the version recorded
    (inside the caller's transaction; both engines)."""
    for version in range(from_version + 1, SCHEMA_VERSION + 1):
        MIGRATIONS[version - 1](conn)
        log.info("migrated to schema %d", version)
    conn.execute('UPDATE "schema_version" SET "version" = ?', (SCHEMA_VERSION,))


def _company_rows(path: Path) -> int:
    """How many own-company rows the file holds, read without changing the file."""
    conn = sqlite3.connect(_read_only_uri(path), uri=True)
    try:
        has_table = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'company'"
        ).fetchone()
        if not has_table:
            return 0
        return int(conn.execute("SELECT COUNT(*) FROM company").fetchone()[0])
    finally:
        conn.close()


def open_company_file(path: Path | str, *, wait: float = LOCK_WAIT) -> CompanySession:
    """Open (and migrate, after a backup) a company file: a session on it.

    ``wait``: how long (seconds) a write waits while another program holds the file before it
    fails as « locked » (the command line waits longer than the window's thread does)."""
    path = Path(path).absolute()
    header = read_header(path)
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise CompanyFileError(READ_ONLY, path=str(path))
    with environment_errors(path):
        # Checked before anything writes: a refused file stays untouched.
        if _company_rows(path) != 1:
            raise CompanyFileError(NOT_A_RELANCE_FILE, path=str(path))
        if header.user_version < SCHEMA_VERSION:
            _backup_then_migrate(path, wait)
        db = _connect(path, wait)
    log.info("opened %s", path)
    return CompanySession(db, Engine.SQLITE, path=path)


def create_company_file(path: Path | str, **company: Any) -> Path:
    """Create a new company file atomically: it appears complete or not at all."""
    path = Path(path).absolute()
    if path.exists():
        raise CompanyFileError(
            QT_TRANSLATE_NOOP(
                "errors", "« {path} » existe déjà : choisissez un autre nom de fichier."
            ),
            path=str(path),
        )
    if not path.parent.is_dir():
        raise CompanyFileError(
            QT_TRANSLATE_NOOP("errors", "Le dossier « {path} » n'existe pas."),
            path=str(path.parent),
        )
    with environment_errors(path):  # a folder one may not write to, a full disk
        fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=".relance-new-", suffix=".tmp")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        with environment_errors(path):
            conn = sqlite3.connect(str(tmp), isolation_level=None)
            try:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                migrate(conn, 0)
                # Born in WAL mode: opening the file later to read it changes no byte.
                conn.execute("PRAGMA journal_mode = wal")
            finally:
                conn.close()
            db = SqliteDatabase(str(tmp), pragmas={"foreign_keys": 1})
            db.connect()
            try:
                with CompanySession(db, Engine.SQLITE, path=tmp).use():
                    Company.create(**company)
            finally:
                db.close()
            os.replace(tmp, path)
    except BaseException:
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    log.info("created company file %s", path)
    return path

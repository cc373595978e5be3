"""Creating, opening, migrating and backing up a company file.

A company file is one SQLite database marked with Relance's ``application_id``; its
``user_version`` is the schema version. A file is checked from its 100-byte header before SQLite
touches it, so a file that is refused (not SQLite, not Relance, truncated, from a newer version)
is never modified.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import sqlite3
import struct
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from peewee import SqliteDatabase

from relance_desktop.errors import NOT_A_RELANCE_FILE, CompanyFileError
from relance_desktop.i18n import QT_TRANSLATE_NOOP
from relance_desktop.store.migrations import MIGRATIONS, SCHEMA_VERSION
from relance_desktop.store.models import ALL_MODELS, Company

log = logging.getLogger(__name__)

APPLICATION_ID = 0x524C4E43  # "RLNC"
SQLITE_MAGIC = b"SQLite format 3\x00"
PRAGMAS: dict[str, Any] = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "normal",
    "busy_timeout": 3000,
    "cache_size": -16000,
}


@dataclass(frozen=True)
class FileHeader:
    application_id: int
    user_version: int
    page_size: int
    page_count: int
    size_valid: bool


def read_header(path: Path) -> FileHeader:
    """Check ``path`` is a complete Relance company file this version can open (read-only)."""
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
    except PermissionError:
        raise CompanyFileError(
            QT_TRANSLATE_NOOP("errors", "Vous n'avez pas le droit de lire « {path} »."),
            path=str(path),
        ) from None
    except OSError as exc:
        raise CompanyFileError(
            QT_TRANSLATE_NOOP("errors", "Impossible de lire « {path} » : {reason}"),
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from None
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise CompanyFileError(NOT_A_RELANCE_FILE, path=str(path))
    (raw_page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if raw_page_size == 1 else raw_page_size
    change_counter, page_count = struct.unpack(">II", header[24:32])
    (user_version, application_id) = struct.unpack(">i4xi", header[60:72])
    (valid_for,) = struct.unpack(">I", header[92:96])
    info = FileHeader(
        application_id=application_id,
        user_version=user_version,
        page_size=page_size,
        page_count=page_count,
        size_valid=page_count > 0 and valid_for == change_counter,
    )
    if application_id != APPLICATION_ID:
        raise CompanyFileError(NOT_A_RELANCE_FILE, path=str(path))
    if info.size_valid and size < page_count * page_size:
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
    if user_version > SCHEMA_VERSION:
        raise CompanyFileError(
            QT_TRANSLATE_NOOP(
                "errors",
                "« {path} » a été enregistré par une version plus récente de Relance (format "
                "{found}, cette version lit jusqu'au format {known}). Mettez Relance à jour pour "
                "l'ouvrir. Rien n'a été modifié.",
            ),
            path=str(path),
            found=user_version,
            known=SCHEMA_VERSION,
        )
    return info


def translate_sqlite_error(exc: BaseException, path: Path | str) -> CompanyFileError | None:
    """Map a SQLite error caused by the environment to a message; None for a bug."""
    text = str(exc).lower()
    # OSError texts say « Permission denied », « No space left on device »: use the code.
    code = exc.errno if isinstance(exc, OSError) else None
    if "locked" in text or "busy" in text:
        return CompanyFileError(
            QT_TRANSLATE_NOOP(
                "errors",
                "« {path} » est utilisé par un autre programme (verrouillé). Fermez-le puis "
                "réessayez.",
            ),
            path=str(path),
        )
    if (
        code in (errno.EACCES, errno.EPERM, errno.EROFS)
        or "readonly" in text
        or "read-only" in text
        or "attempt to write" in text
    ):
        return CompanyFileError(
            QT_TRANSLATE_NOOP(
                "errors",
                "« {path} » est en lecture seule : Relance ne peut pas y enregistrer. Copiez-le "
                "dans un dossier où vous pouvez écrire.",
            ),
            path=str(path),
        )
    if code in (errno.ENOSPC, errno.EDQUOT) or "full" in text:
        return CompanyFileError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Le disque est plein : « {path} » n'a pas pu être enregistré. Libérez de la "
                "place ; la dernière modification n'a pas été enregistrée.",
            ),
            path=str(path),
        )
    if "malformed" in text or "not a database" in text or "disk i/o" in text:
        return CompanyFileError(
            QT_TRANSLATE_NOOP(
                "errors",
                "« {path} » est endommagé et ne peut pas être lu. Rouvrez une sauvegarde.",
            ),
            path=str(path),
        )
    if "unable to open" in text:
        return CompanyFileError(
            QT_TRANSLATE_NOOP("errors", "Impossible d'ouvrir « {path} »."), path=str(path)
        )
    return None


@contextlib.contextmanager
def environment_errors(path: Path | str) -> Iterator[None]:
    """Turn SQLite errors that come from the environment into :class:`CompanyFileError`."""
    try:
        yield
    except (sqlite3.Error, OSError) as exc:
        mapped = translate_sqlite_error(exc, path)
        if mapped is None:
            raise
        raise mapped from exc
    except Exception as exc:  # peewee wraps sqlite3 errors in its own classes
        if type(exc).__module__ == "peewee":
            mapped = translate_sqlite_error(exc, path)
            if mapped is not None:
                raise mapped from exc
        raise


class CompanyFile:
    """An open company file: its path and its peewee database, bound to the models."""

    def __init__(self, path: Path, db: SqliteDatabase) -> None:
        self.path = path
        self.db = db

    @property
    def company(self) -> Company:
        company: Company | None = Company.select().order_by(Company.id).first()
        if company is None:
            raise CompanyFileError(NOT_A_RELANCE_FILE, path=str(self.path))
        return company

    @property
    def display_name(self) -> str:
        return self.path.stem

    def raw(self) -> sqlite3.Connection:
        """The underlying connection, for bulk reads (tuples) on hot paths."""
        conn: sqlite3.Connection = self.db.connection()
        return conn

    def close(self) -> None:
        if not self.db.is_closed():
            with contextlib.suppress(sqlite3.Error):
                self.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            self.db.close()

    def __enter__(self) -> CompanyFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _connect(path: Path) -> SqliteDatabase:
    db = SqliteDatabase(str(path), pragmas=PRAGMAS, check_same_thread=False)
    db.connect()
    db.bind(ALL_MODELS, bind_refs=False, bind_backrefs=False)
    return db


def backup_copy(path: Path, label: str) -> Path:
    """Copy a company file (consistently, through SQLite's backup API) next to it."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{label}-{stamp}{path.suffix}.bak")
    # as_uri() percent-encodes the path: a raw « # », « ? » or « % » in a file name would
    # otherwise cut the URI and back up (and create) some other, empty file.
    src = sqlite3.connect(f"{Path(path).absolute().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def migrate(conn: sqlite3.Connection, from_version: int) -> None:
    """Run the pending migrations in one transaction (all or nothing)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        for version in range(from_version + 1, SCHEMA_VERSION + 1):
            MIGRATIONS[version - 1](conn)
            log.info("migrated to schema %d", version)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _company_rows(path: Path) -> int:
    """How many own-company rows the file holds, read without changing the file."""
    conn = sqlite3.connect(str(path))
    try:
        return int(conn.execute("SELECT COUNT(*) FROM company").fetchone()[0])
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            return 0
        raise
    finally:
        conn.close()


def open_company_file(path: Path | str) -> CompanyFile:
    path = Path(path).absolute()
    header = read_header(path)
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise translate_sqlite_error(sqlite3.OperationalError("readonly"), path) or AssertionError
    with environment_errors(path):
        if header.user_version < SCHEMA_VERSION:
            copy = backup_copy(path, f"v{header.user_version}")
            log.info("backup before migration: %s", copy)
            conn = sqlite3.connect(str(path), isolation_level=None)
            try:
                migrate(conn, header.user_version)
            finally:
                conn.close()
        # Checked before _connect switches the file to WAL: a refused file stays untouched.
        if _company_rows(path) != 1:
            raise CompanyFileError(NOT_A_RELANCE_FILE, path=str(path))
        db = _connect(path)
    log.info("opened %s", path)
    return CompanyFile(path, db)


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
                with db.bind_ctx([Company]):
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

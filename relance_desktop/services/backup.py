"""Copies of the company file that hold everything: « Enregistrer une copie… », the automatic
daily backups, and keeping the file itself complete while the app runs.

Users copy, e-mail and back up « the company file ». While the app runs, committed work first
sits in the ``-wal`` beside it, so a plain file copy could miss the last payment. Two answers:

* :func:`settle` (called when the app is idle after a write) copies the WAL into the main file
  with a checkpoint that never waits, so a copy made by hand is complete;
* the copies Relance makes itself use SQLite's backup API on a read-only connection that reads
  the WAL too: consistent even while another window writes. A copy is written under a
  temporary name in the target folder then renamed: it is complete or absent.

Automatic backups go to the user's data folder (one sub-folder per company file), one per
day, the oldest removed beyond the number the user keeps (setting ``backup_keep``, 0: none).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import sqlite3
import tempfile
from datetime import date
from pathlib import Path

from relance_desktop import paths
from relance_desktop.errors import CompanyFileError
from relance_desktop.i18n import QT_TRANSLATE_NOOP
from relance_desktop.store.database import environment_errors
from relance_desktop.store.session import CompanySession, Engine, in_session

log = logging.getLogger(__name__)

FOLDER = "backups"
DEFAULT_KEEP = 7

NOT_A_FILE = QT_TRANSLATE_NOOP(
    "errors", "« {where} » est une société sur un serveur : ses sauvegardes se font sur le "
    "serveur, pas par Relance.")
SAME_FILE = QT_TRANSLATE_NOOP(
    "errors", "Choisissez un autre fichier que la société ouverte pour y enregistrer la copie.")


@in_session
def settle(cf: CompanySession) -> bool:
    """Make the main file complete (see :meth:`CompanySession.settle`); errors of the
    environment (a locked or full disk) are left for the next attempt."""
    with environment_errors(cf.where):
        return cf.settle()


def _source(cf: CompanySession) -> Path:
    if cf.engine is not Engine.SQLITE or cf.path is None:
        raise CompanyFileError(NOT_A_FILE, where=cf.where)
    return cf.path


def copy_file(source: Path, target: Path) -> Path:
    """A consistent copy of the company file ``source`` at ``target`` (replaced if present),
    through SQLite's backup API (the WAL included)."""
    target = Path(target).absolute()
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=".relance-copy-", suffix=".tmp")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        uri = f"{Path(source).absolute().as_uri()}?mode=ro"
        src = sqlite3.connect(uri, uri=True)
        try:
            dst = sqlite3.connect(str(tmp))
            try:
                src.backup(dst)
                # A copy stands alone: its own journal, no -wal to carry beside it.
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        os.replace(tmp, target)
    except BaseException:
        for leftover in (tmp, Path(f"{tmp}-journal"), Path(f"{tmp}-wal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise
    return target


@in_session
def save_copy(cf: CompanySession, target: Path) -> Path:
    """« Enregistrer une copie… »: the whole company, as it is now, in ``target``."""
    source = _source(cf)
    target = Path(target).absolute()
    if target == source.absolute():
        raise CompanyFileError(SAME_FILE)
    with environment_errors(target):
        copy_file(source, target)
    log.info("copy of %s saved as %s", source, target)
    return target


def backups_folder(cf: CompanySession) -> Path:
    """Where the automatic backups of this company file go (not created here)."""
    source = _source(cf)
    key = hashlib.sha256(str(source.absolute()).encode("utf-8")).hexdigest()[:8]
    return paths.data_dir() / FOLDER / f"{source.stem}-{key}"


def _backups(folder: Path, stem: str) -> list[Path]:
    """The automatic backups in ``folder``, oldest first (the date is in the name)."""
    pattern = re.compile(re.escape(stem) + r" \d{4}-\d{2}-\d{2}" + re.escape(paths.COMPANY_SUFFIX))
    try:
        return sorted(p for p in folder.iterdir() if pattern.fullmatch(p.name))
    except FileNotFoundError:
        return []


@in_session
def daily_backup(cf: CompanySession, *, keep: int, today: date) -> Path | None:
    """Today's automatic backup, unless there is one already or ``keep`` is 0; then only the
    ``keep`` most recent are kept. The new backup's path, or None when none was needed."""
    if keep <= 0 or cf.engine is not Engine.SQLITE or cf.path is None:
        return None
    source = _source(cf)
    folder = backups_folder(cf)
    target = folder / f"{source.stem} {today.isoformat()}{paths.COMPANY_SUFFIX}"
    if target.exists():
        return None
    with environment_errors(folder):
        paths.ensure_dir(folder)
        copy_file(source, target)
    for old in _backups(folder, source.stem)[:-keep]:
        with contextlib.suppress(OSError):
            old.unlink()
    log.info("automatic backup %s", target)
    return target


@in_session
def backups(cf: CompanySession) -> list[Path]:
    """The automatic backups of this company file, oldest first."""
    if cf.engine is not Engine.SQLITE or cf.path is None:
        return []
    return _backups(backups_folder(cf), cf.path.stem)

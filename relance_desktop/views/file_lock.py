"""One company file, one Relance that writes it: a lock file beside the company file.

The first instance that opens a file holds ``<file>.lock`` (``QLockFile``: it writes its process
id, program and computer). A second instance finds it held and offers to open the file read-only
(or not at all). A lock left by an instance that crashed names a process that no longer runs:
Qt recognises it as stale and it is taken over without asking.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile
from PySide6.QtWidgets import QMessageBox, QWidget

from relance_desktop.views.plain import plain

LOCK_SUFFIX = ".lock"


def lock_path(company: Path) -> Path:
    return company.with_name(company.name + LOCK_SUFFIX)


class CompanyLock:
    """The lock of one company file (released when the file is closed)."""

    def __init__(self, company: Path) -> None:
        self.file = lock_path(Path(company).absolute())
        self.lock = QLockFile(str(self.file))
        self.lock.setStaleLockTime(0)  # held while the file is open: only a dead holder is stale

    def acquire(self) -> bool:
        """True when this instance now holds the lock, or when no lock can be written here (a
        read-only folder: opening the file says so itself)."""
        if self.lock.tryLock(0):
            return True
        return self.lock.error() != QLockFile.LockError.LockFailedError

    def holder(self) -> tuple[int, str]:
        """(process id, computer) of the instance holding the lock (0, "" when unknown)."""
        info = self.lock.getLockInfo()  # (pid, host, program); False when unreadable
        if not isinstance(info, tuple) or len(info) < 2:
            return 0, ""
        return int(info[0]), str(info[1])

    def release(self) -> None:
        if self.lock.isLocked():
            self.lock.unlock()


def claim(parent: QWidget, company: Path) -> tuple[CompanyLock | None, bool] | None:
    """Lock ``company`` for this instance. Returns (the lock, read-only): read-only when another
    instance holds it and the user chose to only read; None when the user gave up."""
    lock = CompanyLock(company)
    if lock.acquire():
        return (lock if lock.lock.isLocked() else None), False
    pid, host = lock.holder()
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("CompanyLock", "Fichier déjà ouvert"), plain(
            QCoreApplication.translate(
                "CompanyLock", "« {file} » est déjà ouvert dans Relance (programme n° {pid} sur "
                "l'ordinateur « {host} »). Deux Relance qui écrivent dans le même fichier se "
                "gêneraient.\n\nL'ouvrir ici en lecture seule ? Vous pourrez consulter mais pas "
                "modifier.").format(file=company.name, pid=pid or "?", host=host or "?")),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    if answer != QMessageBox.StandardButton.Yes:
        return None
    return None, True

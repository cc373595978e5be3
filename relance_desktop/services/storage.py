"""What the views need to know about where a company is stored, without touching the store."""

from __future__ import annotations

from pathlib import Path

from relance_desktop.errors import CompanyFileError
from relance_desktop.store.database import classify_sqlite_error


def storage_error(exc: BaseException, where: Path | str) -> CompanyFileError | None:
    """The plain message for a database error caused by the environment (locked file, full
    disk, read-only folder…), or None when it is a bug."""
    return classify_sqlite_error(exc, where)

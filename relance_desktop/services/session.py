"""The company session as the views see it: how to open one, its type, and what a change says.

The views never import :mod:`relance_desktop.store`; they hold a :class:`CompanySession`, pass
it to the services, and listen to ``session.changes`` for :class:`Change` events.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from relance_desktop import paths
from relance_desktop.store.database import open_company_file
from relance_desktop.store.session import Change, CompanySession, Topic

__all__ = ["Change", "CompanySession", "Topic", "demo_company", "open_company"]


def open_company(path: Path | str, *, read_only: bool = False) -> CompanySession:
    """Open a company file (migrated after a backup when older): a session on it. Raises a
    :class:`relance_desktop.errors.UserFacingError` when the file cannot be used.
    ``read_only``: another instance of Relance has it open; this one only reads."""
    cf = open_company_file(path)
    if read_only:
        cf.make_read_only()
    return cf


def demo_company(today: date | None = None) -> Path:
    """The demo company in the user's data folder, created on first use."""
    from relance_desktop.services.demo import create_demo

    path = paths.demo_company_file()
    if not path.exists():
        create_demo(path, today or date.today())
    return path

"""What Relance runs on, for « À propos »: each component's version running now and its
licence."""

from __future__ import annotations

import platform
import sqlite3
from dataclasses import dataclass

from relance_desktop import __version__
from relance_desktop.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str  # a licence's name; « domaine public » is translatable (context « AboutDialog »)


PUBLIC_DOMAIN = QT_TRANSLATE_NOOP("AboutDialog", "domaine public")


def components(qt: str, pyside: str) -> list[Component]:
    """Every component; ``qt`` and ``pyside``: their versions, as the interface reads them
    (services do not import Qt)."""
    import peewee
    import reportlab

    return [
        Component("Relance", __version__, "—"),
        Component("Python", platform.python_version(), "PSF License"),
        Component("Qt", qt, "LGPL v3"),
        Component("PySide6", pyside, "LGPL v3"),
        Component("ReportLab", reportlab.Version, "BSD"),
        Component("peewee", str(getattr(peewee, "__version__", "")), "MIT"),
        Component("SQLite", sqlite3.sqlite_version, PUBLIC_DOMAIN),
    ]

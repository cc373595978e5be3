"""Public holidays kept on disk between runs, so a start does not import the holidays package.

Importing ``holidays`` loads every country it knows (about 0.35 s on a 2-core machine), paid the
first time Today checks call hours. What Relance needs of it is tiny: a few dates and their names
per country and year. Once read, they are written as JSON in a folder the application gives
(:func:`keep_in`); later runs read that file instead. The file's name carries the size and
modification time of the installed package (of the program, in a frozen build), so an update
is read again.
Without a folder (tests, command-line tools) nothing is written and nothing is read.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

_folder: Path | None = None


def keep_in(folder: Path | None) -> None:
    """Keep the holidays read in ``folder`` (None: keep nothing)."""
    global _folder
    _folder = folder


def _package_stamp() -> str | None:
    """Which copy of the holidays package is installed, without importing it: its file's size
    and time, or in a frozen build (the package inside the program) the program's. None:
    unknown, nothing is kept."""
    origin: str | None = sys.executable if getattr(sys, "frozen", False) else None
    if origin is None:
        try:
            spec = importlib.util.find_spec("holidays")
        except (ImportError, ValueError):
            return None
        origin = spec.origin if spec is not None else None
    if not origin or not os.path.isfile(origin):
        return None
    stat = os.stat(origin)
    return f"{stat.st_size}-{stat.st_mtime_ns}"


def _path(country: str, year: int) -> Path | None:
    if _folder is None:
        return None
    stamp = _package_stamp()
    if stamp is None:
        return None
    return _folder / f"holidays-{country}-{year}-{stamp}.json"


def cached(country: str, year: int, read: Callable[[], dict[date, str]]) -> dict[date, str]:
    """The holidays of ``country`` in ``year``: from the folder's file, else ``read()`` (then
    kept). A file that cannot be read or written is ignored: the package is asked."""
    path = _path(country, year)
    if path is not None:
        try:
            stored = json.loads(path.read_text(encoding="utf-8"))
            return {date.fromisoformat(day): str(name) for day, name in stored.items()}
        except (OSError, ValueError, AttributeError):
            pass  # not kept yet, or damaged: read again below
    found = read()
    if path is not None and found:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            scratch = path.with_suffix(f".{os.getpid()}.tmp")
            scratch.write_text(json.dumps({d.isoformat(): n for d, n in sorted(found.items())},
                                          ensure_ascii=False), encoding="utf-8")
            os.replace(scratch, path)
        except OSError:
            pass  # a read-only profile: the package is asked each run, as before
    return found

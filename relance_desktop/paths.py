"""Where Relance keeps its data, logs and settings.

Everything is computed on demand (no folder is created at import). ``RELANCE_HOME`` overrides the
base folder, which tests and portable installs use.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Relance"
APP_AUTHOR = "Relance"
COMPANY_SUFFIX = ".relance"


def _override() -> Path | None:
    value = os.environ.get("RELANCE_HOME")
    return Path(value) if value else None


def data_dir() -> Path:
    base = _override()
    return base / "data" if base else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def config_dir() -> Path:
    base = _override()
    return base / "config" if base else Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def log_dir() -> Path:
    base = _override()
    return base / "logs" if base else Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def cache_dir() -> Path:
    """What can be computed again, kept to start faster (the public holidays read).
    ``RELANCE_CACHE`` puts it elsewhere (benchmarks share one between fresh profiles)."""
    shared = os.environ.get("RELANCE_CACHE")
    if shared:
        return Path(shared)
    base = _override()
    return base / "cache" if base else Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR))


def settings_file() -> Path:
    return config_dir() / "settings.json"


def demo_company_file() -> Path:
    return data_dir() / f"Démo{COMPANY_SUFFIX}"


def resources_dir() -> Path:
    """The shipped ``resources/`` folder (next to the package, or inside a frozen bundle)."""
    import sys

    frozen_base = getattr(sys, "_MEIPASS", None)
    if frozen_base:
        return Path(frozen_base) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def ensure_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path

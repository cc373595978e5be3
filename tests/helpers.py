"""Shared constants and small helpers for the test suites (no Qt here)."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

# The demo data and every date-dependent test are computed against this day (a Monday).
TODAY = date(2026, 11, 23)

SIDECAR_SUFFIXES = ("-wal", "-shm", "-journal")


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def sidecars(path: Path) -> list[Path]:
    """SQLite's side files (-wal, -shm, -journal) left next to ``path``."""
    return [
        Path(f"{path}{suffix}") for suffix in SIDECAR_SUFFIXES if Path(f"{path}{suffix}").exists()
    ]

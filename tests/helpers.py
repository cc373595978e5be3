"""Shared constants and small helpers for the test suites (no Qt here)."""

from __future__ import annotations

import hashlib
from datetime import date
from functools import cache
from pathlib import Path

from relance_desktop.domain.legal import RateTable

# The demo data and every date-dependent test are computed against this day (a Monday).
TODAY = date(2026, 11, 23)

SIDECAR_SUFFIXES = ("-wal", "-shm", "-journal")

# The rate table shipped with the app (resources/legal/rates.json).
RATES_FILE = Path(__file__).resolve().parents[1] / "resources" / "legal" / "rates.json"


@cache
def shipped_rates() -> RateTable:
    """The shipped rate table, read once (it is immutable)."""
    return RateTable.from_json(RATES_FILE.read_text(encoding="utf-8"))


def sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def sidecars(path: Path) -> list[Path]:
    """SQLite's side files (-wal, -shm, -journal) left next to ``path``."""
    return [
        Path(f"{path}{suffix}") for suffix in SIDECAR_SUFFIXES if Path(f"{path}{suffix}").exists()
    ]

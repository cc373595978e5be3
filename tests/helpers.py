"""Shared constants and small helpers for the test suites (no Qt here)."""

from __future__ import annotations

import hashlib
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

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


def all_rows(cf: Any) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table of the models, in id order (on both engines): two calls give
    equal results when nothing was written in between."""
    from relance_desktop.store.models import ALL_MODELS

    out = {}
    for model in ALL_MODELS:
        table = model._meta.table_name
        order = "id" if "id" in model._meta.fields else "1"
        out[table] = [tuple(r) for r in cf.rows(f'SELECT * FROM "{table}" ORDER BY {order}')]
    return out


def owed_by_customer(cf: Any, today: date) -> dict[str, int]:
    """What each customer owes, as the lists read it (credit notes negative)."""
    from relance_desktop.services.receivables import open_items

    totals: dict[str, int] = {}
    for item in open_items(cf, today):
        totals[item.customer] = totals.get(item.customer, 0) + item.owed_cents
    return totals


# What a French sender prints on every letter (see services.company.LETTER_FIELDS): a company
# that produces letters in a test has them, the ones that must not are left without.
LETTER_DETAILS = {"street": "12 rue des Lilas", "postcode": "69003", "city": "Lyon",
                  "company_number": "443 061 841", "iban": "FR76 3000 6000 0112 3456 7890 189",
                  "email": "compta@test-sarl.example", "phone": "04 72 00 00 00"}


def with_letter_details(cf: Any) -> None:
    """Fill in the test company's card with what a letter prints (validated as the form does)."""
    from dataclasses import replace

    from relance_desktop.services.company import company_input, update_company

    update_company(cf, replace(company_input(cf), **LETTER_DETAILS))


def shown_items(window: Any) -> list[Any]:
    """Every invoice the main window's invoice list shows for its tab and search, in its order
    (the pages not read yet are read; grouped, each customer's invoices in turn)."""
    model = window.model
    root = model.index(-1, -1)
    while model.more_customers() if model.grouped else model.canFetchMore(root):
        model.fetchMore(root)
    if not model.grouped:
        return list(model.loaded_items())
    items = []
    for row in range(model.rowCount()):
        group = model.index(row, 0)
        while model.canFetchMore(group):
            model.fetchMore(group)
        items += [model.item_at(model.index(r, 0, group)) for r in range(model.rowCount(group))]
    return items


def company_items(window: Any) -> list[Any]:
    """Every open invoice of the main window's company, whatever its list shows."""
    from relance_desktop.services.receivables import open_items

    return open_items(window.cf, window.session.today())

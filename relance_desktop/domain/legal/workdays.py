"""Business days in France and Belgium: Monday to Friday, national public holidays excluded.

Public holidays come from the ``holidays`` package (national days only: the Alsace-Moselle extra
days of France are not counted). Saturday is *not* a business day: whether it is a "jour
ouvrable" for Book XIX CDE is UNCONFIRMED, and counting it would start the Belgian consumer's
14-day wait earlier than the cautious reading (LEGAL-NOTES §6, "safest choice: Mon–Fri").
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

CALENDAR_COUNTRIES = ("FR", "BE")


@lru_cache(maxsize=256)
def _public_holidays(country: str, year: int) -> frozenset[date]:
    # Imported here: the holidays package costs ~0.15 s to import and start-up does not need it.
    # The country modules are named explicitly so a frozen build (PyInstaller) finds them.
    if country == "FR":
        from holidays.countries.france import France

        return frozenset(France(years=year))  # type: ignore[no-untyped-call]
    if country == "BE":
        from holidays.countries.belgium import Belgium

        return frozenset(Belgium(years=year))  # type: ignore[no-untyped-call]
    raise ValueError(f"no calendar for country {country!r} (known: {CALENDAR_COUNTRIES})")


def public_holidays(country: str, year: int) -> frozenset[date]:
    """The national public holidays of ``country`` ("FR" or "BE") in ``year``."""
    return _public_holidays(country, year)


def is_public_holiday(d: date, country: str) -> bool:
    return d in _public_holidays(country, d.year)


def is_business_day(d: date, country: str) -> bool:
    """Monday–Friday and not a national public holiday of ``country``."""
    if country not in CALENDAR_COUNTRIES:
        raise ValueError(f"no calendar for country {country!r} (known: {CALENDAR_COUNTRIES})")
    return d.weekday() < 5 and not is_public_holiday(d, country)


def business_days_after(d: date, n: int, country: str) -> date:
    """The ``n``-th business day strictly after ``d`` (``n`` = 0 gives ``d`` itself).

    E.g. Belgium, posted Monday 18/9/2023, ``n`` = 3 → Thursday 21/9/2023.
    """
    if n < 0:
        raise ValueError("n must be 0 or more")
    current = d
    remaining = n
    while remaining:
        current += timedelta(days=1)
        if is_business_day(current, country):
            remaining -= 1
    return current


def next_business_day(d: date, country: str) -> date:
    """``d`` itself when it is a business day, else the first business day after it."""
    return d if is_business_day(d, country) else business_days_after(d, 1, country)

"""Simple interest, split by half-year.

interest = principal (incl. VAT) × rate % × days / 365 for each half-year's days (bpifrance,
propulsebyca.fr, heropay.eu). Each :class:`Period` keeps its interest unrounded; the total is
rounded half-up to the cent once (:func:`total_cents`), never period by period.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from decimal import Decimal, localcontext

from relance_desktop.domain.legal.model import DEFAULT_OPTIONS, DayCount, Options, Period
from relance_desktop.domain.legal.rates import HalfYear
from relance_desktop.domain.money import to_cents

_PRECISION = 40


def year_basis(year: int, day_count: DayCount) -> int:
    """Divisor for days of ``year``: 365, or 366 in a leap year with :attr:`DayCount.ACTUAL`."""
    if day_count is DayCount.ACTUAL and calendar.isleap(year):
        return 366
    return 365


def simple_interest(
    principal_cents: int,
    start: date,
    end: date,
    rate_for: Callable[[HalfYear], Decimal],
    options: Options = DEFAULT_OPTIONS,
) -> tuple[Period, ...]:
    """Interest on ``principal_cents`` for the days ``start``..``end`` inclusive, one
    :class:`Period` per half-year, each at ``rate_for(half_year)`` percent.

    ``start`` is the first day of delay (the day after the due date for L441-10); so the number of
    days is ``end − start + 1`` (= ``end − due_date``). An empty range gives ``()``.
    Only ``options.day_count`` matters here: the rate mode is applied by the caller through
    ``rate_for`` (see :func:`relance_desktop.domain.legal.engine.assess`). Whatever ``rate_for``
    raises (e.g. :class:`RateUnknown`) propagates.
    """
    if principal_cents < 0:
        raise ValueError("principal_cents must not be negative")
    if end < start:
        return ()
    periods: list[Period] = []
    hy = HalfYear.of(start)
    current = start
    with localcontext() as ctx:
        ctx.prec = _PRECISION
        while current <= end:
            last = min(hy.last_day, end)
            days = (last - current).days + 1
            rate = rate_for(hy)
            if rate < 0:
                raise ValueError(f"negative rate {rate} for {hy}")
            basis = year_basis(hy.year, options.day_count)
            interest = Decimal(principal_cents) * rate * days / (Decimal(10_000) * basis)
            periods.append(Period(hy, current, last, days, rate, interest))
            hy = hy.next()
            current = last + timedelta(days=1)
    return tuple(periods)


def total_interest(periods: Iterable[Period]) -> Decimal:
    """The unrounded sum of the periods' interest, in euros."""
    with localcontext() as ctx:
        ctx.prec = _PRECISION
        return sum((p.interest for p in periods), Decimal(0))


def total_cents(periods: Iterable[Period]) -> int:
    """The periods' interest rounded half-up to the cent once (not period by period)."""
    return to_cents(total_interest(periods))

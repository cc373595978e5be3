"""How current the rate table is on a given day: what was last published, what is missing.

A half-year is *missing* from a series once it has begun (its first day is on or before the day
asked) and the table holds no figure for it. Nothing here guesses a rate: the status only says
which figures a computation on that day may need and cannot find.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from relance_desktop.domain.legal.rates import SERIES, HalfYear, Official, RateTable


@dataclass(frozen=True)
class SeriesStatus:
    """One series on one day."""

    name: str
    last: HalfYear | None  # latest half-year the table holds
    missing: tuple[HalfYear, ...]  # begun by the day asked, without a figure
    provisional: tuple[HalfYear, ...]  # held but marked not yet officially published
    official: Official
    first: HalfYear | None = None  # earliest half-year the table holds

    @property
    def known_until(self) -> date | None:
        """The last day this series covers without a gap (None when it holds nothing): the
        day up to which interest at this rate can be computed."""
        if self.first is None:
            return None
        end = self.missing[0] if self.missing else (self.last.next() if self.last else None)
        return end.first_day - timedelta(days=1) if end else None


@dataclass(frozen=True)
class RatesStatus:
    """The rate table's state on ``on``.

    - ``complete``: every series has a figure for every half-year begun by ``on``.
    - ``missing_half_years``: the half-years (any series) without a figure, oldest first.
    - ``last_complete``: the latest half-year every series holds (None for an empty table).
    - ``known_until``: the last day every series covers without a gap.
    """

    on: date
    known_until: date
    last_complete: HalfYear | None
    series: tuple[SeriesStatus, ...]

    @property
    def complete(self) -> bool:
        return not any(s.missing for s in self.series)

    @property
    def missing_half_years(self) -> tuple[HalfYear, ...]:
        return tuple(sorted({hy for s in self.series for hy in s.missing}))

    def missing_series(self, hy: HalfYear) -> tuple[str, ...]:
        """The series (in :data:`SERIES` order) without a figure for ``hy``."""
        return tuple(s.name for s in self.series if hy in s.missing)

    def of(self, name: str) -> SeriesStatus:
        for status in self.series:
            if status.name == name:
                return status
        raise ValueError(f"unknown rate series {name!r}")

    def is_known(self, name: str, hy: HalfYear) -> bool:
        """True when a computation may use ``name`` for ``hy`` (held, provisional or not)."""
        status = self.of(name)
        return hy not in status.missing and status.last is not None and hy <= status.last


def table_status(table: RateTable, on: date) -> RatesStatus:
    """The state of ``table`` on day ``on`` (see :class:`RatesStatus`)."""
    current = HalfYear.of(on)
    found = []
    for name in SERIES:
        values = table.series(name)
        first = min(values) if values else current
        missing = []
        hy = first
        while hy <= current:
            if hy not in values:
                missing.append(hy)
            hy = hy.next()
        found.append(SeriesStatus(
            name=name, last=table.last_half_year(name), missing=tuple(missing),
            provisional=tuple(sorted(table.provisional.get(name, {}))),
            official=table.official_source(name), first=min(values) if values else None))
    common = set.intersection(*(set(table.series(n)) for n in SERIES))
    return RatesStatus(on=on, known_until=table.known_until,
                       last_complete=max(common) if common else None, series=tuple(found))

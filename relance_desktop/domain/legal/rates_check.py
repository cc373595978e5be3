"""Checking published rates before they join the table: one rule set for every way in.

An update file, an online update and a rate typed by hand all become :class:`AddedRate` records,
checked here against the current table: a real half-year, a plausible figure, not a half-year
still to come, no second figure for the same half-year, no figure contradicting a published
one, and no gap left in a series. A record that passes is applied with :func:`apply_added`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from relance_desktop.domain.legal.rates import SERIES, HalfYear, RateTable, be_b2b_from_ecb

#: How a rate reached the table.
VIA = ("file", "online", "manual", "settings")

#: Plausible bounds of each series, in percent (a figure outside is a typing or file error).
BOUNDS: dict[str, tuple[Decimal, Decimal]] = {
    "ecb": (Decimal("-1"), Decimal("15")),
    "fr_legal_individual": (Decimal("0"), Decimal("25")),
    "fr_legal_other": (Decimal("0"), Decimal("25")),
    "be_b2b": (Decimal("0"), Decimal("30")),
}


@dataclass(frozen=True)
class AddedRate:
    """A published figure the user brought in, with where it comes from."""

    series: str
    half_year: HalfYear
    rate: Decimal
    source: str  # who published it / where it was read (required)
    via: str  # one of VIA
    added_on: date
    link: str = ""
    origin: str = ""  # the file or address it came from
    line: int | None = None  # line in the update file, for messages


@dataclass(frozen=True)
class Problem:
    """Why a record is refused (``error``) or worth a second look (``warning``).

    ``code`` names the rule; ``args`` fill the sentence the service layer prints.
    """

    code: str
    series: str
    half_year: str
    args: dict[str, object]
    severity: str = "error"
    line: int | None = None


@dataclass(frozen=True)
class Checked:
    """The outcome of :func:`check_added`: what is new, what was already known, what is wrong."""

    new: tuple[AddedRate, ...]
    already_known: tuple[AddedRate, ...]
    problems: tuple[Problem, ...]

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == "error")

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == "warning")


def _problem(code: str, added: AddedRate, severity: str = "error", **args: object) -> Problem:
    return Problem(code, added.series, str(added.half_year), args, severity, added.line)


def check_added(table: RateTable, records: Sequence[AddedRate], today: date) -> Checked:
    """Check ``records`` against ``table`` on day ``today``; see the module's rules."""
    problems: list[Problem] = []
    new: list[AddedRate] = []
    known: list[AddedRate] = []
    seen: dict[tuple[str, HalfYear], AddedRate] = {}
    latest_allowed = HalfYear.of(today).next()
    for added in records:
        if added.series not in SERIES:
            problems.append(_problem("unknown_series", added))
            continue
        if not added.source.strip():
            problems.append(_problem("source_required", added))
            continue
        low, high = BOUNDS[added.series]
        if not added.rate.is_finite() or not low <= added.rate <= high:
            problems.append(_problem("out_of_range", added, rate=added.rate, low=low, high=high))
            continue
        if added.series == "be_b2b" and (added.rate * 2) % 1:
            problems.append(_problem("not_half_point", added, rate=added.rate))
            continue
        if added.half_year > latest_allowed:
            problems.append(_problem("not_yet", added, latest=str(latest_allowed)))
            continue
        key = (added.series, added.half_year)
        earlier = seen.get(key)
        if earlier is not None:
            if earlier.rate != added.rate:
                problems.append(_problem("given_twice", added, rate=added.rate,
                                         other=earlier.rate, other_line=earlier.line))
            continue
        seen[key] = added
        values = table.series(added.series)
        current = values.get(added.half_year)
        if current is not None and not table.is_provisional(added.series, added.half_year):
            if current == added.rate:
                known.append(added)
            else:
                problems.append(_problem("conflict", added, rate=added.rate, current=current))
            continue
        new.append(added)
    problems.extend(_gaps(table, new))
    problems.extend(_formula_warnings(table, new))
    return Checked(tuple(new), tuple(known), tuple(problems))


def _gaps(table: RateTable, new: Iterable[AddedRate]) -> list[Problem]:
    """A new figure must follow the series without a hole (2027-S1 needs 2026-S2 first)."""
    problems = []
    by_series: dict[str, set[HalfYear]] = {name: set(table.series(name)) for name in SERIES}
    records = list(new)
    for added in records:
        by_series[added.series].add(added.half_year)
    for added in records:
        held = by_series[added.series]
        hy = min(held)
        while hy < added.half_year:
            if hy not in held:
                problems.append(_problem("gap", added, missing=str(hy)))
                break
            hy = hy.next()
    return problems


def _formula_warnings(table: RateTable, new: Iterable[AddedRate]) -> list[Problem]:
    """The Belgian figure is published, but it should be ECB + 8 rounded up to the half point."""
    records = list(new)
    ecb = dict(table.ecb) | {a.half_year: a.rate for a in records if a.series == "ecb"}
    out = []
    for added in records:
        if added.series != "be_b2b" or added.half_year not in ecb:
            continue
        expected = be_b2b_from_ecb(ecb[added.half_year])
        if expected != added.rate:
            out.append(_problem("be_formula", added, "warning", rate=added.rate,
                                expected=expected, ecb=ecb[added.half_year]))
    return out


def apply_added(table: RateTable, records: Iterable[AddedRate]) -> RateTable:
    """``table`` with each record's figure set (clearing a provisional mark it replaces)."""
    for added in records:
        table = table.with_half_year(added.half_year, **{added.series: added.rate})
    return table

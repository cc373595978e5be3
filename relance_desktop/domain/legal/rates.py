"""Half-years and the rate tables (ECB, French legal rates, Belgian law-of-2002 rate).

Rates are :class:`~decimal.Decimal` percentages (``Decimal("13.15")`` means 13.15 % a year). The
table ships as ``resources/legal/rates.json`` (format described in ``resources/legal/README.md``);
a user adds a published half-year with :meth:`RateTable.with_half_year`. A computation that needs
a half-year the table does not hold raises :class:`RateUnknown`: the engine never guesses a rate.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_CEILING, Decimal, InvalidOperation
from types import MappingProxyType
from typing import Any

#: The four series of a :class:`RateTable`, in file order.
SERIES: tuple[str, ...] = ("ecb", "fr_legal_individual", "fr_legal_other", "be_b2b")

#: Points added to the ECB rate: France (L441-10 C. com.) and Belgium (law of 2 August 2002 art. 5).
FR_B2B_MARGIN = Decimal(10)
BE_B2B_MARGIN = Decimal(8)
#: A contractual rate in France may not be below 3 × the legal rate (L441-10 II).
FR_FLOOR_FACTOR = Decimal(3)

FORMAT_VERSION = 1
FILE_COMMENT = (
    "Half-yearly rates in percent, as strings. Format and update procedure: README.md beside "
    "this file. Figures and sources: shared/LEGAL-NOTES.md §1, §2, §5."
)



@dataclass(frozen=True)
class Official:
    """Who publishes a series, and where a user reads the published figure."""

    name: str
    url: str


#: The official publisher of each series (used when a table file does not name one).
OFFICIAL: Mapping[str, Official] = MappingProxyType({
    "ecb": Official(
        "Banque centrale européenne : taux des opérations principales de refinancement "
        "(portail de données de la BCE, série FM.D.U2.EUR.4F.KR.MRR_FR.LEV)",
        "https://data.ecb.europa.eu/data/datasets/FM/FM.D.U2.EUR.4F.KR.MRR_FR.LEV"),
    "fr_legal_individual": Official(
        "Taux de l'intérêt légal (créancier particulier), fixé par arrêté publié au Journal "
        "officiel chaque semestre",
        "https://www.service-public.fr/particuliers/vosdroits/F783"),
    "fr_legal_other": Official(
        "Taux de l'intérêt légal (autres cas), fixé par arrêté publié au Journal officiel "
        "chaque semestre",
        "https://www.service-public.fr/particuliers/vosdroits/F783"),
    "be_b2b": Official(
        "Taux de la loi du 2 août 2002 (transactions commerciales), avis du SPF Finances publié "
        "au Moniteur belge chaque semestre",
        "https://www.ejustice.just.fgov.be/cgi/welcome.pl"),
})

_HALF_YEAR_RE = re.compile(r"^\s*(\d{4})\s*-\s*[SsHh]([12])\s*$")


@dataclass(frozen=True, order=True)
class HalfYear:
    """A calendar half-year: S1 = 1 January – 30 June, S2 = 1 July – 31 December."""

    year: int
    half: int

    def __post_init__(self) -> None:
        if not isinstance(self.year, int) or not 1 <= self.year <= 9999:
            raise ValueError(f"not a year: {self.year!r}")
        if self.half not in (1, 2):
            raise ValueError(f"a half-year is 1 or 2, not {self.half!r}")

    @classmethod
    def of(cls, d: date) -> HalfYear:
        return cls(d.year, 1 if d.month <= 6 else 2)

    @classmethod
    def parse(cls, text: str) -> HalfYear:
        """``"2025-S1"`` (also ``"2025-s1"``, ``"2025-H2"``) → ``HalfYear(2025, 1)``."""
        match = _HALF_YEAR_RE.match(text) if isinstance(text, str) else None
        if match is None:
            raise ValueError(f"not a half-year (expected e.g. 2025-S1): {text!r}")
        return cls(int(match.group(1)), int(match.group(2)))

    @property
    def first_day(self) -> date:
        return date(self.year, 1 if self.half == 1 else 7, 1)

    @property
    def last_day(self) -> date:
        return date(self.year, 6, 30) if self.half == 1 else date(self.year, 12, 31)

    @property
    def days(self) -> int:
        return (self.last_day - self.first_day).days + 1

    def next(self) -> HalfYear:
        return HalfYear(self.year, 2) if self.half == 1 else HalfYear(self.year + 1, 1)

    def previous(self) -> HalfYear:
        return HalfYear(self.year, 1) if self.half == 2 else HalfYear(self.year - 1, 2)

    def __str__(self) -> str:
        return f"{self.year}-S{self.half}"


def half_years_between(start: date, end: date) -> tuple[HalfYear, ...]:
    """Every half-year that has at least one day in ``start``..``end`` (inclusive); () if empty."""
    if end < start:
        return ()
    found = []
    hy = HalfYear.of(start)
    last = HalfYear.of(end)
    while hy <= last:
        found.append(hy)
        hy = hy.next()
    return tuple(found)


class RateUnknown(Exception):
    """A computation needs a rate the table does not hold (raised instead of guessing).

    ``series`` is one of :data:`SERIES`; ``half_years`` lists every missing half-year the
    computation needed; ``known_until`` is the last day the whole table covers.
    """

    def __init__(self, half_years: Iterable[HalfYear], series: str, known_until: date) -> None:
        self.half_years: tuple[HalfYear, ...] = tuple(sorted(set(half_years)))
        self.series = series
        self.known_until = known_until
        listed = ", ".join(str(hy) for hy in self.half_years)
        super().__init__(
            f"no {series} rate for {listed} (the rate table is known until "
            f"{known_until.isoformat()}); add the published rate in the settings"
        )


def _rate(value: object, where: str) -> Decimal:
    if isinstance(value, float | bool):
        raise TypeError(f"{where}: a rate must be a Decimal or a string, not {value!r}")
    try:
        rate = Decimal(value)  # type: ignore[arg-type]
    except (InvalidOperation, TypeError, ValueError) as exc:
        raise ValueError(f"{where}: not a rate: {value!r}") from exc
    if not rate.is_finite():
        raise ValueError(f"{where}: not a rate: {value!r}")
    if rate < Decimal(-10) or rate > Decimal(100):
        raise ValueError(f"{where}: implausible rate {rate}%")
    return rate


def _freeze_rates(values: Mapping[HalfYear, Any], series: str) -> Mapping[HalfYear, Decimal]:
    frozen: dict[HalfYear, Decimal] = {}
    for key in sorted(values):
        if not isinstance(key, HalfYear):
            raise TypeError(f"{series}: keys must be HalfYear, not {key!r}")
        frozen[key] = _rate(values[key], f"{series} {key}")
    return MappingProxyType(frozen)


def _official(value: object, name: str) -> Official:
    if (not isinstance(value, dict) or not isinstance(value.get("name"), str)
            or not isinstance(value.get("url", ""), str)):
        raise ValueError(f'rate table: {name}.official must be {{"name": "…", "url": "…"}}')
    return Official(value["name"], value.get("url", ""))


def be_b2b_from_ecb(ecb: Decimal) -> Decimal:
    """The Belgian law-of-2002 rate the formula gives: ECB + 8 points rounded *up* to the next
    half point (schoups.be). The published figure in the table stays authoritative; this helps a
    user who adds a half-year and is checked against the shipped table in the tests."""
    doubled = ((ecb + BE_B2B_MARGIN) * 2).to_integral_value(rounding=ROUND_CEILING)
    return (doubled / 2).quantize(Decimal("0.01"))


@dataclass(frozen=True, eq=False)
class RateTable:
    """Immutable table of half-yearly rates (Decimal percents), one mapping per series.

    - ``ecb``: ECB main refinancing rate in force on the half-year's first day (1 Jan / 1 Jul).
    - ``fr_legal_individual``: French taux légal when the creditor is an individual acting for
      non-professional purposes ("particuliers").
    - ``fr_legal_other``: French taux légal in every other case ("autres cas"), i.e. the one a
      business creditor uses.
    - ``be_b2b``: the Belgian law-of-2002 rate as published (ECB + 8, rounded up to the half point).
    - ``provisional``: per series, the half-years whose figure is expected but not yet published,
      with a note (e.g. ``be_b2b`` 2026-S1). A computation using one gets a ``provisional_rate``
      notice.
    - ``sources``: per series, free-text lines saying where the figures come from.
    - ``descriptions``: per series, what the series is (kept so the file round-trips).
    - ``official``: per series, the publisher and link named by the file (optional; see
      :meth:`official_source`, which falls back to :data:`OFFICIAL`).
    """

    ecb: Mapping[HalfYear, Decimal]
    fr_legal_individual: Mapping[HalfYear, Decimal]
    fr_legal_other: Mapping[HalfYear, Decimal]
    be_b2b: Mapping[HalfYear, Decimal]
    provisional: Mapping[str, Mapping[HalfYear, str]] = field(default_factory=dict)
    sources: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    descriptions: Mapping[str, str] = field(default_factory=dict)
    official: Mapping[str, Official] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for name in SERIES:
            object.__setattr__(self, name, _freeze_rates(getattr(self, name), name))
        provisional: dict[str, Mapping[HalfYear, str]] = {}
        for name, marks in self.provisional.items():
            if name not in SERIES:
                raise ValueError(f"provisional: unknown series {name!r}")
            for hy in marks:
                if hy not in self.series(name):
                    raise ValueError(f"provisional: {name} has no rate for {hy}")
            if marks:
                provisional[name] = MappingProxyType({hy: str(marks[hy]) for hy in sorted(marks)})
        object.__setattr__(self, "provisional", MappingProxyType(provisional))
        sources: dict[str, tuple[str, ...]] = {}
        for name, lines in self.sources.items():
            if name not in SERIES:
                raise ValueError(f"sources: unknown series {name!r}")
            if isinstance(lines, str):
                raise TypeError("sources: a series' sources are a sequence of strings")
            sources[name] = tuple(str(line) for line in lines)
        object.__setattr__(self, "sources", MappingProxyType(sources))
        descriptions = {name: str(text) for name, text in self.descriptions.items()}
        stray = sorted(set(descriptions) - set(SERIES))
        if stray:
            raise ValueError(f"descriptions: unknown series {stray}")
        object.__setattr__(self, "descriptions", MappingProxyType(descriptions))
        official = dict(self.official)
        stray = sorted(set(official) - set(SERIES))
        if stray:
            raise ValueError(f"official: unknown series {stray}")
        object.__setattr__(self, "official", MappingProxyType(official))

    # -- reading -----------------------------------------------------------------------------
    def series(self, name: str) -> Mapping[HalfYear, Decimal]:
        if name not in SERIES:
            raise ValueError(f"unknown rate series {name!r}")
        value: Mapping[HalfYear, Decimal] = getattr(self, name)
        return value

    def half_years(self) -> tuple[HalfYear, ...]:
        """Every half-year at least one series knows, in order."""
        return tuple(sorted({hy for name in SERIES for hy in self.series(name)}))

    @property
    def known_until(self) -> date:
        """The last day the table covers for every series without a gap, counting from the
        earliest half-year it holds (``date.min`` for an empty table)."""
        every = self.half_years()
        if not every:
            return date.min
        ends = []
        for name in SERIES:
            values = self.series(name)
            hy = every[0]
            while hy in values:
                hy = hy.next()
            ends.append(hy.first_day - timedelta(days=1))
        return min(ends)

    def missing(self, name: str, half_years: Iterable[HalfYear]) -> tuple[HalfYear, ...]:
        values = self.series(name)
        return tuple(sorted({hy for hy in half_years if hy not in values}))

    def require(self, name: str, half_years: Iterable[HalfYear]) -> None:
        """Raise :class:`RateUnknown` listing every half-year of ``half_years`` the series lacks."""
        missing = self.missing(name, half_years)
        if missing:
            raise RateUnknown(missing, name, self.known_until)

    def rate(self, name: str, hy: HalfYear) -> Decimal:
        values = self.series(name)
        if hy not in values:
            raise RateUnknown((hy,), name, self.known_until)
        return values[hy]

    def official_source(self, name: str) -> Official:
        """Who publishes series ``name`` and where to read it."""
        self.series(name)
        return self.official.get(name) or OFFICIAL[name]

    def last_half_year(self, name: str) -> HalfYear | None:
        """The latest half-year series ``name`` holds (None when empty)."""
        values = self.series(name)
        return max(values) if values else None

    def is_provisional(self, name: str, hy: HalfYear) -> bool:
        return hy in self.provisional.get(name, {})

    def fr_b2b_rate(self, hy: HalfYear) -> Decimal:
        """Default French late-payment rate (L441-10 II): ECB rate of 1 Jan / 1 Jul + 10 points."""
        return self.rate("ecb", hy) + FR_B2B_MARGIN

    def fr_contract_floor(self, hy: HalfYear) -> Decimal:
        """Lowest contractual rate L441-10 II allows: 3 × the legal rate ("autres cas")."""
        return FR_FLOOR_FACTOR * self.rate("fr_legal_other", hy)

    def be_b2b_rate(self, hy: HalfYear) -> Decimal:
        return self.rate("be_b2b", hy)

    # -- changing (returns a new table) -------------------------------------------------------
    def with_half_year(
        self,
        hy: HalfYear,
        *,
        ecb: Decimal | str | None = None,
        fr_legal_individual: Decimal | str | None = None,
        fr_legal_other: Decimal | str | None = None,
        be_b2b: Decimal | str | None = None,
    ) -> RateTable:
        """A copy with the given rates set for ``hy`` (a user adding a newly published
        half-year, or correcting one). Setting a rate clears its provisional mark: the user enters
        the published figure. See :meth:`with_provisional` and :meth:`with_source` for notes."""
        given = {
            "ecb": ecb,
            "fr_legal_individual": fr_legal_individual,
            "fr_legal_other": fr_legal_other,
            "be_b2b": be_b2b,
        }
        if all(value is None for value in given.values()):
            raise ValueError("with_half_year: give at least one rate")
        series: dict[str, dict[HalfYear, Decimal]] = {n: dict(self.series(n)) for n in SERIES}
        marks: dict[str, dict[HalfYear, str]] = {n: dict(m) for n, m in self.provisional.items()}
        for name, value in given.items():
            if value is None:
                continue
            series[name][hy] = _rate(value, f"{name} {hy}")
            marks.get(name, {}).pop(hy, None)
        return self._copy(series=series, provisional=marks)

    def with_provisional(self, name: str, hy: HalfYear, note: str | None) -> RateTable:
        """A copy where ``name``'s rate for ``hy`` is marked expected-but-unpublished with
        ``note`` (or unmarked when ``note`` is None)."""
        if hy not in self.series(name):
            raise ValueError(f"{name} has no rate for {hy}")
        marks: dict[str, dict[HalfYear, str]] = {n: dict(m) for n, m in self.provisional.items()}
        if note is None:
            marks.get(name, {}).pop(hy, None)
        else:
            marks.setdefault(name, {})[hy] = note
        return self._copy(provisional=marks)

    def with_source(self, name: str, line: str) -> RateTable:
        """A copy with one more source line for series ``name``."""
        self.series(name)  # validates the name
        sources = dict(self.sources)
        sources[name] = (*sources.get(name, ()), line)
        return self._copy(sources=sources)

    def _copy(
        self,
        *,
        series: Mapping[str, Mapping[HalfYear, Decimal]] | None = None,
        provisional: Mapping[str, Mapping[HalfYear, str]] | None = None,
        sources: Mapping[str, tuple[str, ...]] | None = None,
    ) -> RateTable:
        values = series if series is not None else {n: self.series(n) for n in SERIES}
        return RateTable(
            ecb=values["ecb"],
            fr_legal_individual=values["fr_legal_individual"],
            fr_legal_other=values["fr_legal_other"],
            be_b2b=values["be_b2b"],
            provisional=self.provisional if provisional is None else provisional,
            sources=self.sources if sources is None else sources,
            descriptions=self.descriptions,
            official=self.official,
        )

    # -- JSON ---------------------------------------------------------------------------------
    @classmethod
    def from_json(cls, text: str) -> RateTable:
        """Read the format of ``resources/legal/rates.json`` (see its README). Rates are strings
        (``"13.15"``) or JSON numbers (read as Decimal, never float). A ``known_until`` in the
        file must match what the series actually cover."""
        try:
            data = json.loads(text, parse_float=Decimal)
        except json.JSONDecodeError as exc:
            raise ValueError(f"rate table: not JSON: {exc}") from exc
        if not isinstance(data, dict):
            raise ValueError("rate table: the top level must be an object")
        version = data.get("format", FORMAT_VERSION)
        if version != FORMAT_VERSION:
            raise ValueError(f"rate table: unsupported format {version!r}")
        raw_series = data.get("series")
        if not isinstance(raw_series, dict):
            raise ValueError('rate table: missing "series" object')
        unknown = set(raw_series) - set(SERIES)
        if unknown:
            raise ValueError(f"rate table: unknown series {sorted(unknown)}")
        rates: dict[str, dict[HalfYear, Decimal]] = {}
        provisional: dict[str, dict[HalfYear, str]] = {}
        sources: dict[str, tuple[str, ...]] = {}
        descriptions: dict[str, str] = {}
        official: dict[str, Official] = {}
        for name in SERIES:
            entry = raw_series.get(name)
            if not isinstance(entry, dict) or not isinstance(entry.get("rates"), dict):
                raise ValueError(f'rate table: series {name!r} needs a "rates" object')
            rates[name] = {}
            for key, value in entry["rates"].items():
                hy = HalfYear.parse(key)
                if hy in rates[name]:
                    raise ValueError(f"rate table: {name} {hy} given twice")
                if isinstance(value, int) and not isinstance(value, bool):
                    value = Decimal(value)
                rates[name][hy] = _rate(value, f"{name} {key}")
            marks = entry.get("provisional", {})
            if not isinstance(marks, dict):
                raise ValueError(f"rate table: {name}.provisional must be an object")
            provisional[name] = {HalfYear.parse(k): str(v) for k, v in marks.items()}
            lines = entry.get("sources", [])
            if not isinstance(lines, list) or not all(isinstance(s, str) for s in lines):
                raise ValueError(f"rate table: {name}.sources must be a list of strings")
            sources[name] = tuple(lines)
            if "description" in entry:
                descriptions[name] = str(entry["description"])
            if "official" in entry:
                official[name] = _official(entry["official"], name)
        table = cls(
            ecb=rates["ecb"],
            fr_legal_individual=rates["fr_legal_individual"],
            fr_legal_other=rates["fr_legal_other"],
            be_b2b=rates["be_b2b"],
            provisional=provisional,
            sources=sources,
            descriptions=descriptions,
            official=official,
        )
        stated = data.get("known_until")
        if stated is not None:
            try:
                stated_date = date.fromisoformat(str(stated))
            except ValueError as exc:
                raise ValueError(f"rate table: known_until is not a date: {stated!r}") from exc
            if stated_date != table.known_until:
                raise ValueError(
                    f"rate table: known_until says {stated_date} but the series cover "
                    f"{table.known_until}"
                )
        return table

    def to_json(self) -> str:
        """The same format as the shipped file (round-trips through :meth:`from_json`)."""
        series: dict[str, Any] = {}
        for name in SERIES:
            entry: dict[str, Any] = {}
            if name in self.descriptions:
                entry["description"] = self.descriptions[name]
            if name in self.official:
                entry["official"] = {"name": self.official[name].name,
                                     "url": self.official[name].url}
            entry["sources"] = list(self.sources.get(name, ()))
            marks = self.provisional.get(name)
            if marks:
                entry["provisional"] = {str(hy): note for hy, note in marks.items()}
            entry["rates"] = {str(hy): str(rate) for hy, rate in self.series(name).items()}
            series[name] = entry
        known = self.known_until
        document = {
            "format": FORMAT_VERSION,
            "comment": FILE_COMMENT,
            "known_until": None if known == date.min else known.isoformat(),
            "series": series,
        }
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RateTable):
            return NotImplemented
        return (
            all(dict(self.series(n)) == dict(other.series(n)) for n in SERIES)
            and {k: dict(v) for k, v in self.provisional.items()}
            == {k: dict(v) for k, v in other.provisional.items()}
            and dict(self.sources) == dict(other.sources)
            and dict(self.descriptions) == dict(other.descriptions)
            and dict(self.official) == dict(other.official)
        )

    __hash__ = None  # type: ignore[assignment]

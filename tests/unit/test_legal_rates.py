"""Half-years and the rate table: the shipped data (checked against LEGAL-NOTES), the JSON format,
adding a half-year, and RateUnknown instead of a guess."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from relance_desktop.domain.legal import (
    SERIES,
    HalfYear,
    RateTable,
    RateUnknown,
    be_b2b_from_ecb,
    half_years_between,
)
from tests.helpers import RATES_FILE

D = Decimal
SHIPPED = [HalfYear(y, h) for y in range(2019, 2027) for h in (1, 2)][:-1]  # 2019-S1 … 2026-S1

# LEGAL-NOTES §1, §2, §5, half-year by half-year:
# ECB on the 1st day, FR default (ECB+10), floor (3 × autres), particuliers, autres, BE B2B.
NOTES = {
    "2019-S1": ("0.00", "10.00", "2.58", "3.40", "0.86", "8.00"),
    "2019-S2": ("0.00", "10.00", "2.61", "3.26", "0.87", "8.00"),
    "2020-S1": ("0.00", "10.00", "2.61", "3.15", "0.87", "8.00"),
    "2020-S2": ("0.00", "10.00", "2.52", "3.11", "0.84", "8.00"),
    "2021-S1": ("0.00", "10.00", "2.37", "3.14", "0.79", "8.00"),
    "2021-S2": ("0.00", "10.00", "2.28", "3.12", "0.76", "8.00"),
    "2022-S1": ("0.00", "10.00", "2.28", "3.13", "0.76", "8.00"),
    "2022-S2": ("0.00", "10.00", "2.31", "3.15", "0.77", "8.00"),
    "2023-S1": ("2.50", "12.50", "6.18", "4.47", "2.06", "10.50"),
    "2023-S2": ("4.00", "14.00", "12.66", "6.82", "4.22", "12.00"),
    "2024-S1": ("4.50", "14.50", "15.21", "8.01", "5.07", "12.50"),
    "2024-S2": ("4.25", "14.25", "14.76", "8.16", "4.92", "12.50"),
    "2025-S1": ("3.15", "13.15", "11.13", "7.21", "3.71", "11.50"),
    "2025-S2": ("2.15", "12.15", "8.28", "6.65", "2.76", "10.50"),
    "2026-S1": ("2.15", "12.15", "7.86", "6.67", "2.62", "10.50"),
}


# -- HalfYear ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2025, 1, 1), HalfYear(2025, 1)),
        (date(2025, 6, 30), HalfYear(2025, 1)),
        (date(2025, 7, 1), HalfYear(2025, 2)),
        (date(2025, 12, 31), HalfYear(2025, 2)),
        (date(2024, 2, 29), HalfYear(2024, 1)),
    ],
)
def test_half_year_of_a_day(day: date, expected: HalfYear) -> None:
    assert HalfYear.of(day) == expected


def test_half_year_bounds_and_neighbours() -> None:
    s1, s2 = HalfYear(2024, 1), HalfYear(2024, 2)
    assert (s1.first_day, s1.last_day, s1.days) == (date(2024, 1, 1), date(2024, 6, 30), 182)
    assert (s2.first_day, s2.last_day, s2.days) == (date(2024, 7, 1), date(2024, 12, 31), 184)
    assert HalfYear(2025, 1).days == 181
    assert s1.next() == s2 and s2.next() == HalfYear(2025, 1)
    assert s2.previous() == s1 and s1.previous() == HalfYear(2023, 2)
    assert HalfYear(2023, 2) < s1 < s2 < HalfYear(2025, 1)


@pytest.mark.parametrize("text", ["2025-S1", "2025-s1", " 2025-H1 ", "2025 - S1"])
def test_half_year_parse(text: str) -> None:
    assert HalfYear.parse(text) == HalfYear(2025, 1)
    assert str(HalfYear.parse(text)) == "2025-S1"


@pytest.mark.parametrize("text", ["2025", "2025-S3", "2025-S0", "25-S1", "S1-2025", ""])
def test_half_year_parse_refuses(text: str) -> None:
    with pytest.raises(ValueError):
        HalfYear.parse(text)


def test_half_year_refuses_a_third_half() -> None:
    with pytest.raises(ValueError):
        HalfYear(2025, 3)


def test_half_years_between() -> None:
    assert half_years_between(date(2024, 12, 15), date(2025, 1, 15)) == (
        HalfYear(2024, 2),
        HalfYear(2025, 1),
    )
    assert half_years_between(date(2025, 7, 1), date(2025, 7, 1)) == (HalfYear(2025, 2),)
    assert half_years_between(date(2025, 7, 2), date(2025, 7, 1)) == ()
    assert len(half_years_between(date(2019, 1, 1), date(2026, 6, 30))) == 15


# -- the shipped table ------------------------------------------------------------------------
def test_shipped_table_covers_2019_s1_to_2026_s1(rates: RateTable) -> None:
    for name in SERIES:
        assert tuple(rates.series(name)) == tuple(SHIPPED), name
    assert rates.known_until == date(2026, 6, 30)
    assert json.loads(RATES_FILE.read_text(encoding="utf-8"))["known_until"] == "2026-06-30"


@pytest.mark.parametrize("key", sorted(NOTES))
def test_shipped_rates_match_the_notes(rates: RateTable, key: str) -> None:
    ecb, default, floor, individual, other, be = (D(v) for v in NOTES[key])
    hy = HalfYear.parse(key)
    assert rates.ecb[hy] == ecb
    assert rates.fr_b2b_rate(hy) == default
    assert rates.fr_contract_floor(hy) == floor
    assert rates.fr_legal_individual[hy] == individual
    assert rates.fr_legal_other[hy] == other
    assert rates.be_b2b[hy] == be == rates.be_b2b_rate(hy)


@pytest.mark.parametrize("hy", SHIPPED, ids=str)
def test_belgian_rate_is_ecb_plus_8_rounded_up_to_the_half_point(
    rates: RateTable, hy: HalfYear
) -> None:
    assert be_b2b_from_ecb(rates.ecb[hy]) == rates.be_b2b[hy]


@pytest.mark.parametrize(
    ("ecb", "expected"),
    [("0.00", "8.00"), ("4.25", "12.50"), ("3.15", "11.50"), ("2.50", "10.50"), ("4.00", "12.00")],
)
def test_be_b2b_from_ecb(ecb: str, expected: str) -> None:
    assert be_b2b_from_ecb(D(ecb)) == D(expected)


def test_only_2026_s1_belgian_rate_is_provisional(rates: RateTable) -> None:
    assert set(rates.provisional) == {"be_b2b"}
    assert list(rates.provisional["be_b2b"]) == [HalfYear(2026, 1)]
    assert "expected" in rates.provisional["be_b2b"][HalfYear(2026, 1)]
    assert rates.is_provisional("be_b2b", HalfYear(2026, 1))
    assert not rates.is_provisional("be_b2b", HalfYear(2025, 2))
    assert not rates.is_provisional("ecb", HalfYear(2026, 1))


def test_every_series_names_its_sources(rates: RateTable) -> None:
    for name in SERIES:
        assert rates.sources[name], name
        assert rates.descriptions[name], name


def test_the_shipped_file_is_in_canonical_form() -> None:
    text = RATES_FILE.read_text(encoding="utf-8")
    assert RateTable.from_json(text).to_json() == text


def test_the_table_is_read_only(rates: RateTable) -> None:
    with pytest.raises(TypeError):
        rates.ecb[HalfYear(2030, 1)] = D(1)  # type: ignore[index]
    with pytest.raises(AttributeError):
        rates.ecb = {}  # type: ignore[misc]


# -- JSON format ------------------------------------------------------------------------------
def _doc(**overrides: object) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(RATES_FILE.read_text(encoding="utf-8"))
    doc.update(overrides)
    return doc


def test_json_numbers_are_read_as_exact_decimals() -> None:
    text = (
        '{"series": {"ecb": {"rates": {"2025-S1": 3.15}}, '
        '"fr_legal_individual": {"rates": {"2025-S1": 7.21}}, '
        '"fr_legal_other": {"rates": {"2025-S1": 3.71}}, '
        '"be_b2b": {"rates": {"2025-S1": 11.5}}}}'
    )
    table = RateTable.from_json(text)
    assert table.ecb[HalfYear(2025, 1)] == D("3.15")
    assert table.fr_b2b_rate(HalfYear(2025, 1)) == D("13.15")
    assert table.known_until == date(2025, 6, 30)
    assert RateTable.from_json(table.to_json()) == table


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"known_until": "2026-12-31"}, "known_until"),
        ({"known_until": "not a date"}, "known_until"),
        ({"format": 2}, "format"),
        ({"series": {}}, "series"),
    ],
)
def test_json_errors_are_refused(change: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        RateTable.from_json(json.dumps(_doc(**change)))


def test_json_refuses_unknown_series_bad_keys_and_floats_free_text() -> None:
    doc = _doc()
    doc["series"]["ecb_typo"] = {"rates": {}}
    with pytest.raises(ValueError, match="unknown series"):
        RateTable.from_json(json.dumps(doc))
    doc = _doc()
    doc["series"]["ecb"]["rates"]["2027-S3"] = "1.00"
    with pytest.raises(ValueError, match="half-year"):
        RateTable.from_json(json.dumps(doc))
    doc = _doc()
    doc["series"]["ecb"]["rates"]["2019-S1"] = "zero"
    with pytest.raises(ValueError, match="not a rate"):
        RateTable.from_json(json.dumps(doc))
    with pytest.raises(ValueError, match="not JSON"):
        RateTable.from_json("{")


def test_a_gap_ends_known_until() -> None:
    doc = _doc(known_until=None)
    del doc["series"]["fr_legal_other"]["rates"]["2024-S1"]
    table = RateTable.from_json(json.dumps(doc))
    assert table.known_until == date(2023, 12, 31)
    assert table.fr_legal_other.get(HalfYear(2024, 2)) == D("4.92")  # still usable after the gap


# -- adding a half-year -----------------------------------------------------------------------
def test_with_half_year_adds_2026_s2(rates: RateTable) -> None:
    s2 = HalfYear(2026, 2)
    partial = rates.with_half_year(s2, ecb=D("2.00"))
    assert partial.fr_b2b_rate(s2) == D("12.00")
    assert partial.known_until == date(2026, 6, 30)  # the other series still stop at S1
    full = partial.with_half_year(
        s2, fr_legal_individual="6.50", fr_legal_other=D("2.50"), be_b2b=D("10.00")
    )
    assert full.known_until == date(2026, 12, 31)
    assert full.fr_contract_floor(s2) == D("7.50")
    assert s2 not in rates.ecb  # the original is untouched
    assert RateTable.from_json(full.to_json()) == full
    assert json.loads(full.to_json())["known_until"] == "2026-12-31"


def test_setting_a_published_rate_clears_the_provisional_mark(rates: RateTable) -> None:
    published = rates.with_half_year(HalfYear(2026, 1), be_b2b="10.50")
    assert not published.is_provisional("be_b2b", HalfYear(2026, 1))
    marked = published.with_provisional("ecb", HalfYear(2026, 1), "to check")
    assert marked.provisional["ecb"][HalfYear(2026, 1)] == "to check"
    assert not marked.with_provisional("ecb", HalfYear(2026, 1), None).provisional.get("ecb")
    with pytest.raises(ValueError):
        rates.with_provisional("ecb", HalfYear(2030, 1), "no such rate")


def test_with_source_and_refusals(rates: RateTable) -> None:
    added = rates.with_source("ecb", "2026-S2: ECB press release")
    assert added.sources["ecb"][-1] == "2026-S2: ECB press release"
    with pytest.raises(ValueError):
        rates.with_half_year(HalfYear(2026, 2))  # nothing given
    with pytest.raises(ValueError):
        rates.with_half_year(HalfYear(2026, 2), ecb="abc")
    with pytest.raises(TypeError):
        rates.with_half_year(HalfYear(2026, 2), ecb=2.0)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        rates.series("libor")


# -- RateUnknown ------------------------------------------------------------------------------
def test_rate_unknown_instead_of_a_guess(rates: RateTable) -> None:
    with pytest.raises(RateUnknown) as caught:
        rates.fr_b2b_rate(HalfYear(2026, 2))
    assert caught.value.half_years == (HalfYear(2026, 2),)
    assert caught.value.series == "ecb"
    assert caught.value.known_until == date(2026, 6, 30)
    assert "2026-S2" in str(caught.value) and "2026-06-30" in str(caught.value)
    with pytest.raises(RateUnknown) as caught:
        rates.require("be_b2b", [HalfYear(2027, 1), HalfYear(2026, 2), HalfYear(2025, 1)])
    assert caught.value.half_years == (HalfYear(2026, 2), HalfYear(2027, 1))
    with pytest.raises(RateUnknown):
        rates.fr_contract_floor(HalfYear(2018, 2))  # before the table, too


# -- official sources ----------------------------------------------------------------------------
def test_each_series_names_its_official_publisher_and_a_file_without_them_still_reads(
    rates: RateTable,
) -> None:
    assert "Moniteur belge" in rates.official_source("be_b2b").name
    assert "arrêté" in rates.official_source("fr_legal_individual").name
    data = json.loads(RATES_FILE.read_text(encoding="utf-8"))
    for entry in data["series"].values():
        entry.pop("official")
    older = RateTable.from_json(json.dumps(data))  # a file of the first layout
    assert older.official == {}
    assert older.official_source("ecb") == rates.official_source("ecb")
    assert "official" not in older.to_json()


def test_a_malformed_official_entry_is_refused() -> None:
    data = json.loads(RATES_FILE.read_text(encoding="utf-8"))
    data["series"]["ecb"]["official"] = "BCE"
    with pytest.raises(ValueError, match=r"ecb\.official"):
        RateTable.from_json(json.dumps(data))

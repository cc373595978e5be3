"""Keeping the rate table current: its state on a day, and the three ways in (update file, typed
by hand, online in test_rates_online.py), all checked by the same rules and kept with their
source in the user's data folder."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from relance_desktop.domain.legal import HalfYear
from relance_desktop.domain.legal.rates_status import table_status
from relance_desktop.errors import UserFacingError
from relance_desktop.services import legal, rates_update
from relance_desktop.services.rates_update import RatesRefused
from relance_desktop.settings import Settings

D = Decimal
S2 = HalfYear(2026, 2)
ON = date(2026, 12, 6)
# The four figures of 2026-S2 as an accountant would send them (fixture values, not LEGAL-NOTES).
S2_FILE = {
    "format": 1,
    "series": {
        "ecb": {"sources": ["BCE, décision du 11/06/2025"], "rates": {"2026-S2": "2.15"}},
        "fr_legal_individual": {"sources": ["arrêté du 20/06/2026, JO du 25/06/2026"],
                                "rates": {"2026-S2": "6.40"}},
        "fr_legal_other": {"sources": ["arrêté du 20/06/2026, JO du 25/06/2026"],
                           "rates": {"2026-S2": "2.55"}},
        "be_b2b": {"sources": ["avis SPF Finances, MB 10/07/2026"], "rates": {"2026-S2": "10.50"}},
    },
}


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.json")


def write(tmp_path: Path, name: str, document: object) -> Path:
    path = tmp_path / name
    text = document if isinstance(document, str) else json.dumps(document, indent=2)
    path.write_text(text, encoding="utf-8")
    return path


# -- the state of the table ----------------------------------------------------------------------
def test_on_6_december_2026_the_shipped_table_misses_2026_s2_in_every_series(
        settings: Settings) -> None:
    status = legal.rates_status(settings, ON)
    assert not status.complete
    assert status.missing_half_years == (S2,)
    assert status.missing_series(S2) == ("ecb", "fr_legal_individual", "fr_legal_other",
                                         "be_b2b")
    assert status.last_complete == HalfYear(2026, 1)
    assert status.known_until == date(2026, 6, 30)
    assert not status.is_known("ecb", S2) and status.is_known("ecb", HalfYear(2026, 1))
    assert status.of("be_b2b").provisional == (HalfYear(2026, 1),)
    assert status.of("ecb").official.url.startswith("https://data.ecb.europa.eu/")
    assert "arrêté" in status.of("fr_legal_other").official.name


@pytest.mark.parametrize(("on", "missing"), [
    (date(2026, 6, 30), ()),  # last day of the last half-year held: nothing is missing yet
    (date(2026, 7, 1), (S2,)),  # the half-year has begun
    (date(2027, 1, 1), (S2, HalfYear(2027, 1))),
])
def test_a_half_year_is_missing_from_its_first_day(settings: Settings, on: date,
                                                   missing: tuple[HalfYear, ...]) -> None:
    assert legal.rates_status(settings, on).missing_half_years == missing


def test_every_series_names_its_official_source_and_link(settings: Settings) -> None:
    table = legal.load_rates(settings)
    for name in ("ecb", "fr_legal_individual", "fr_legal_other", "be_b2b"):
        official = table.official_source(name)
        assert official.name and official.url.startswith("https://"), name


# -- a) an update file ---------------------------------------------------------------------------
def test_an_update_file_completes_2026_s2_with_its_sources(settings: Settings,
                                                           tmp_path: Path) -> None:
    result = rates_update.import_file(settings, write(tmp_path, "taux-2026-S2.json", S2_FILE), ON)
    assert len(result.new) == 4 and not result.warnings
    status = legal.rates_status(settings, ON)
    assert status.complete and status.last_complete == S2
    table, origins = rates_update.table_and_origins(settings)
    assert table.fr_b2b_rate(S2) == D("12.15")
    record = origins[("fr_legal_other", S2)]
    assert (record.via, record.origin, record.added_on) == ("file", "taux-2026-S2.json", ON)
    assert "JO du 25/06/2026" in record.source
    # Kept in the user's data folder, outside the program: an app update does not touch it.
    stored = json.loads(rates_update.store_file().read_text(encoding="utf-8"))
    assert {r["series"] for r in stored["rates"]} == {"ecb", "fr_legal_individual",
                                                     "fr_legal_other", "be_b2b"}
    # Importing the same file again changes nothing and says all four were already known.
    again = rates_update.import_file(settings, write(tmp_path, "taux-2026-S2.json", S2_FILE), ON)
    assert not again.new and len(again.already_known) == 4


def test_a_full_table_file_only_adds_what_is_new(settings: Settings, tmp_path: Path) -> None:
    full = json.loads(rates_update.shipped_file().read_text(encoding="utf-8"))
    for name, entry in S2_FILE["series"].items():  # type: ignore[attr-defined]
        full["series"][name]["rates"]["2026-S2"] = entry["rates"]["2026-S2"]
    full.pop("known_until")
    result = rates_update.import_file(settings, write(tmp_path, "rates.json", full), ON)
    # 2026-S2 everywhere, and the Belgian 2026-S1 figure, provisional until now, is confirmed.
    assert sorted((r.series, str(r.half_year)) for r in result.new) == sorted(
        [(n, "2026-S2") for n in ("ecb", "fr_legal_individual", "fr_legal_other", "be_b2b")]
        + [("be_b2b", "2026-S1")])
    assert not legal.load_rates(settings).is_provisional("be_b2b", HalfYear(2026, 1))


@pytest.mark.parametrize(("change", "expected"), [
    ({"ecb": {"rates": {"2026-S2": "2.15", "2026-s2": "2.40"}}}, "deux fois"),
    ({"ecb": {"sources": ["x"], "rates": {"2026-S1": "2.40"}}}, "connaît déjà 2.15"),
    ({"ecb": {"sources": ["x"], "rates": {"2027-S1": "2.15"}}}, "il manque d'abord le semestre "
                                                                 "2026-S2"),
    ({"ecb": {"sources": ["x"], "rates": {"2026-S2": "21.5"}}}, "n'est pas plausible"),
    ({"be_b2b": {"sources": ["x"], "rates": {"2026-S2": "10.15"}}}, "demi-point"),
    ({"ecb": {"sources": ["x"], "rates": {"2027-S2": "2"}}}, "pas encore pu être publié"),
    ({"ecb": {"sources": ["x"], "rates": {"2026-S3": "2"}}}, "« 2026-S3 » n'est pas un semestre"),
    ({"ecb": {"sources": ["x"], "rates": {"2026-S2": "deux"}}}, "n'est pas un taux"),
    ({"ecb": {"sources": ["x"], "rates": {"2026-S2": True}}}, "n'est pas un taux"),
    ({"chf": {"rates": {"2026-S2": "1"}}}, "série inconnue"),
])
def test_a_bad_update_file_is_refused_whole_naming_file_line_and_field(
        settings: Settings, tmp_path: Path, change: dict[str, object], expected: str) -> None:
    document = {"format": 1, "series": {
        "fr_legal_other": {"sources": ["arrêté"], "rates": {"2026-S2": "2.55"}}, **change}}
    path = write(tmp_path, "maj.json", document)
    with pytest.raises(RatesRefused) as caught:
        rates_update.import_file(settings, path, ON)
    text = caught.value.render()
    assert expected in text and "maj.json, ligne " in text
    assert "rien n'a été enregistré" in text
    assert not rates_update.store_file().exists()  # nothing kept, not even the valid figure
    assert HalfYear(2026, 2) not in legal.load_rates(settings).fr_legal_other


def test_the_line_named_is_the_line_of_the_figure(settings: Settings, tmp_path: Path) -> None:
    text = ('{\n "format": 1,\n "series": {\n  "ecb": {\n   "sources": ["BCE"],\n'
            '   "rates": {\n    "2026-S2": "99"\n   }\n  }\n }\n}\n')
    with pytest.raises(RatesRefused) as caught:
        rates_update.import_file(settings, write(tmp_path, "maj.json", text), ON)
    assert "maj.json, ligne 7 : Taux BCE (opérations principales de refinancement) 2026-S2" \
        in caught.value.render()


def test_a_file_that_is_not_json_says_where(settings: Settings, tmp_path: Path) -> None:
    with pytest.raises(RatesRefused) as caught:
        rates_update.import_file(settings, write(tmp_path, "maj.json", '{\n "series": {,\n'), ON)
    assert "maj.json, ligne 2 : JSON" in caught.value.render()


def test_a_belgian_figure_off_the_formula_is_kept_with_a_warning(settings: Settings,
                                                                 tmp_path: Path) -> None:
    document = {"format": 1, "series": {
        "ecb": {"sources": ["BCE"], "rates": {"2026-S2": "2.15"}},
        "be_b2b": {"sources": ["MB"], "rates": {"2026-S2": "11.00"}}}}
    result = rates_update.import_file(settings, write(tmp_path, "maj.json", document), ON)
    assert [w.code for w in result.warnings] == ["be_formula"]
    assert legal.load_rates(settings).be_b2b_rate(S2) == D("11.00")


# -- c) typed by hand ----------------------------------------------------------------------------
def test_a_rate_typed_by_hand_needs_its_source(settings: Settings) -> None:
    with pytest.raises(UserFacingError, match="source"):
        rates_update.add_typed(settings, S2, {"fr_legal_other": D("2.55")}, "  ", ON)
    rates_update.add_typed(settings, S2, {"fr_legal_other": D("2.55")},
                           "arrêté du 20/06/2026", ON, link="https://www.legifrance.gouv.fr/")
    _, origins = rates_update.table_and_origins(settings)
    record = origins[("fr_legal_other", S2)]
    assert (record.via, record.source, record.link) == (
        "manual", "arrêté du 20/06/2026", "https://www.legifrance.gouv.fr/")
    assert legal.rates_status(settings, ON).missing_series(S2) == (
        "ecb", "fr_legal_individual", "be_b2b")


def test_rates_from_an_earlier_version_are_kept_and_moved_to_the_store(
        settings: Settings) -> None:
    settings.set("extra_rates", {"2026-S2": {"ecb": "2.15"}})
    assert legal.load_rates(settings).rate("ecb", S2) == D("2.15")
    rates_update.add_typed(settings, S2, {"be_b2b": D("10.50")}, "MB 10/07/2026", ON)
    assert settings.get("extra_rates") == {}
    _, origins = rates_update.table_and_origins(settings)
    assert origins[("ecb", S2)].via == "settings" and origins[("be_b2b", S2)].via == "manual"


def test_an_unreadable_store_is_never_overwritten(settings: Settings) -> None:
    store = rates_update.store_file()
    store.parent.mkdir(parents=True)
    store.write_text("{ broken", encoding="utf-8")
    assert legal.rates_status(settings, ON).missing_half_years == (S2,)  # the app still runs
    assert rates_update.store_problem() is not None
    with pytest.raises(UserFacingError, match="illisible"):
        rates_update.add_typed(settings, S2, {"ecb": D("2.15")}, "BCE", ON)
    assert store.read_text(encoding="utf-8") == "{ broken"


def test_the_previous_store_is_kept_beside_it(settings: Settings) -> None:
    rates_update.add_typed(settings, S2, {"ecb": D("2.15")}, "BCE", ON)
    rates_update.add_typed(settings, S2, {"be_b2b": D("10.50")}, "MB", ON)
    backup = rates_update.store_file().with_name("rates-added.json.bak")
    assert len(json.loads(backup.read_text(encoding="utf-8"))["rates"]) == 1


def test_a_figure_the_shipped_table_publishes_wins_over_an_added_one(
        settings: Settings) -> None:
    # A record for a half-year a later release ships (2026-S1 ECB 2.15) with another figure.
    rates_update.save_store([rates_update.AddedRate(
        "ecb", HalfYear(2026, 1), D("2.40"), "typo", "manual", ON)])
    assert legal.load_rates(settings).rate("ecb", HalfYear(2026, 1)) == D("2.15")


def test_status_of_an_empty_series_counts_from_the_current_half_year() -> None:
    from relance_desktop.domain.legal import RateTable

    empty = RateTable(ecb={}, fr_legal_individual={}, fr_legal_other={}, be_b2b={})
    status = table_status(empty, ON)
    assert status.missing_half_years == (S2,) and status.last_complete is None


def test_each_series_says_up_to_which_day_it_can_compute(settings: Settings) -> None:
    rates_update.add_typed(settings, S2, {"ecb": D("2.15")}, "BCE", ON)
    status = legal.rates_status(settings, date(2027, 2, 1))
    assert status.of("ecb").known_until == date(2026, 12, 31)  # 2027-S1 not added yet
    assert status.of("fr_legal_other").known_until == date(2026, 6, 30)
    assert status.missing_series(HalfYear(2027, 1)) == ("ecb", "fr_legal_individual",
                                                        "fr_legal_other", "be_b2b")


def test_a_figure_typed_wrong_is_corrected_only_on_purpose(settings: Settings) -> None:
    rates_update.add_typed(settings, S2, {"ecb": D("2.40")}, "BCE (mal lu)", ON)
    with pytest.raises(RatesRefused, match=r"connaît déjà 2\.40"):
        rates_update.add_typed(settings, S2, {"ecb": D("2.15")}, "BCE", ON)
    rates_update.add_typed(settings, S2, {"ecb": D("2.15")}, "BCE, décision du 11/06/2025", ON,
                           replace=True)
    table, origins = rates_update.table_and_origins(settings)
    assert table.rate("ecb", S2) == D("2.15")
    assert origins[("ecb", S2)].source == "BCE, décision du 11/06/2025"
    assert len(rates_update.read_store()) == 1  # the wrong figure is gone, not hidden
    # A figure shipped as published is never replaced, even on purpose.
    with pytest.raises(RatesRefused, match=r"connaît déjà 2\.15"):
        rates_update.add_typed(settings, HalfYear(2026, 1), {"ecb": D("2.40")}, "x", ON,
                               replace=True)

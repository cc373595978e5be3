"""Preferred call hours typed freely in the customer form, and the company's calling hours."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from relance_desktop.domain.calls.hours import (
    DEFAULT_ALLOWED,
    CallHours,
    CallHoursError,
    describe,
    parse_call_hours,
)

MON_FRI = frozenset(range(5))


def windows(text: str) -> list[tuple[frozenset[int], time, time]]:
    return [(w.weekdays, w.start, w.end) for w in parse_call_hours(text).windows]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("lun-ven 9h30-11h30", [(MON_FRI, time(9, 30), time(11, 30))]),
        ("mon-fri 09:30-11:30", [(MON_FRI, time(9, 30), time(11, 30))]),
        ("Ma-Vr 9:30-11:30; za 10-12",
         [(MON_FRI, time(9, 30), time(11, 30)), (frozenset({5}), time(10), time(12))]),
        ("9h-12h, 14h-17h", [(MON_FRI, time(9), time(12)), (MON_FRI, time(14), time(17))]),
        ("mardi et jeudi 14h-16h", [(frozenset({1, 3}), time(14), time(16))]),
        ("lun,mer,ven 10:00-12:00", [(frozenset({0, 2, 4}), time(10), time(12))]),
        ("MERCREDI 8h-9h", [(frozenset({2}), time(8), time(9))]),
        ("9h30–11h30", [(MON_FRI, time(9, 30), time(11, 30))]),  # en dash, as in the demo
        ("mar–jeu 10h–12h", [(frozenset({1, 2, 3}), time(10), time(12))]),
        ("du lundi au vendredi de 9h à 12h", [(MON_FRI, time(9), time(12))]),
        ("maandag tot woensdag 9.30-12", [(frozenset({0, 1, 2}), time(9, 30), time(12))]),
        ("tuesday and thursday 2-4", [(frozenset({1, 3}), time(2), time(4))]),
        ("9h-12h lun-ven", [(MON_FRI, time(9), time(12))]),
        ("lu-ve 9-12, di 10-11",  # French two-letter abbreviations: « di » is Sunday
         [(MON_FRI, time(9), time(12)), (frozenset({6}), time(10), time(11))]),
        ("samedi jusqu'à dimanche 10h jusqu'à midi", [(frozenset({5, 6}), time(10), time(12))]),
        ("matin", [(MON_FRI, time(9), time(12))]),
    ],
)
def test_reads_the_usual_ways_of_writing_hours(
    text: str, expected: list[tuple[frozenset[int], time, time]]
) -> None:
    assert windows(text) == expected


def test_empty_text_means_no_preference() -> None:
    hours = parse_call_hours("   ")
    assert hours.empty
    assert hours.next_open(datetime(2026, 11, 23, 10)) is None
    assert not hours.is_open(datetime(2026, 11, 23, 10))


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("lun-ven", "indiquez aussi les heures"),
        ("le soir 9-12", "« soir »"),
        ("12h-9h", "12:00–09:00 finit avant de commencer"),
        ("25h-26h", "« 25h » n'est pas une heure valide"),
        ("9h", "un début et une fin"),
        ("lun 9h-12h ?", "« ? »"),
    ],
)
def test_invalid_text_says_what_was_expected_with_the_text_typed(text: str, says: str) -> None:
    with pytest.raises(CallHoursError) as caught:
        parse_call_hours(text)
    rendered = caught.value.message.render()
    assert says in rendered
    assert f"« {text} »" in rendered
    assert "lun-ven 9h30-11h30" in rendered  # an example of what works


def test_open_and_next_opening() -> None:
    hours = parse_call_hours("lun-ven 9h30-11h30; sam 10-12")
    monday = datetime(2026, 11, 23, 9, 29)
    assert not hours.is_open(monday)
    assert hours.next_open(monday) == datetime(2026, 11, 23, 9, 30)
    assert hours.is_open(datetime(2026, 11, 23, 9, 30))
    assert not hours.is_open(datetime(2026, 11, 23, 11, 30))  # the end is excluded
    at = datetime(2026, 11, 23, 10, 15)
    assert hours.next_open(at) == at
    assert hours.next_open(datetime(2026, 11, 27, 12)) == datetime(2026, 11, 28, 10)
    assert hours.next_open(datetime(2026, 11, 28, 12)) == datetime(2026, 11, 30, 9, 30)
    assert hours.today_windows(date(2026, 11, 28)) == ((time(10), time(12)),)
    assert hours.today_windows(date(2026, 11, 29)) == ()


def test_default_company_hours_are_weekday_office_hours() -> None:
    assert DEFAULT_ALLOWED.today_windows(date(2026, 11, 23)) == (
        (time(9), time(12)), (time(14), time(18)))
    assert not DEFAULT_ALLOWED.is_open(datetime(2026, 11, 23, 12, 30))
    assert DEFAULT_ALLOWED.next_open(datetime(2026, 11, 28, 9)) == datetime(2026, 11, 30, 9)
    assert describe(DEFAULT_ALLOWED).render() == (
        "du lundi au vendredi de 09:00 à 12:00 et de 14:00 à 18:00")


def test_description_lists_days_and_groups() -> None:
    text = describe(parse_call_hours("lun,mer,ven 10-12; sam 9-11")).render()
    assert text == (
        "les lundi, mercredi et vendredi de 10:00 à 12:00 ; le samedi de 09:00 à 11:00")
    assert describe(CallHours(())).render() == "sans préférence"

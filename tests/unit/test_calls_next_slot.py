"""« May I call now, and when next? »: one answer for the guard, Today and call-back proposals."""

from __future__ import annotations

from datetime import datetime

import pytest

from relance_desktop.domain.calls.guards import (
    CallPolicy,
    hours_allow,
    in_be_night,
    next_call_slot,
)
from relance_desktop.domain.calls.hours import parse_call_hours

EVERY_HOUR = CallPolicy(allowed=parse_call_hours("lun-dim 00:00-23:59"))
OFFICE = CallPolicy()  # weekdays 09:00-12:00 and 14:00-18:00


@pytest.mark.parametrize(("hour", "minute", "banned"), [
    (21, 59, False), (22, 0, True), (7, 59, True), (8, 0, False), (0, 0, True),
])
def test_the_belgian_night_starts_at_22_00_and_ends_at_08_00(
        hour: int, minute: int, banned: bool) -> None:
    at = datetime(2026, 11, 24, hour, minute)  # a Tuesday
    assert in_be_night(at, "BE") is banned
    assert not in_be_night(at, "FR")
    assert hours_allow(at, country="BE", policy=EVERY_HOUR) is not banned


def test_a_french_customer_may_be_called_at_night_when_the_user_allows_it() -> None:
    assert hours_allow(datetime(2026, 11, 24, 22, 30), country="FR", policy=EVERY_HOUR)


@pytest.mark.parametrize(("at", "country", "expected"), [
    (datetime(2026, 12, 6, 7, 46), "BE", datetime(2026, 12, 7, 9, 0)),  # Sunday morning
    (datetime(2026, 12, 7, 10, 0), "BE", datetime(2026, 12, 7, 10, 0)),  # open: now
    (datetime(2026, 12, 7, 12, 0), "FR", datetime(2026, 12, 7, 14, 0)),  # lunch break
    (datetime(2026, 12, 7, 18, 0), "FR", datetime(2026, 12, 8, 9, 0)),  # closed at 18:00
    (datetime(2026, 12, 24, 18, 30), "FR", datetime(2026, 12, 28, 9, 0)),  # Christmas, weekend
    (datetime(2026, 7, 20, 18, 30), "BE", datetime(2026, 7, 22, 9, 0)),  # 21 July: holiday
])
def test_the_next_slot_skips_the_night_weekends_holidays_and_closed_hours(
        at: datetime, country: str, expected: datetime) -> None:
    assert next_call_slot(at, country=country, policy=OFFICE) == expected


def test_in_belgium_the_user_s_early_hours_start_at_08_00() -> None:
    early = CallPolicy(allowed=parse_call_hours("lun-ven 07:00-21:00"))
    assert next_call_slot(datetime(2026, 11, 24, 6, 0), country="BE",
                          policy=early) == datetime(2026, 11, 24, 8, 0)
    assert next_call_slot(datetime(2026, 11, 24, 6, 0), country="FR",
                          policy=early) == datetime(2026, 11, 24, 7, 0)


def test_the_customer_s_hours_narrow_the_user_s_and_are_dropped_if_they_never_meet() -> None:
    tuesday_afternoon = parse_call_hours("mar 15h-16h")
    assert next_call_slot(datetime(2026, 11, 23, 10, 0), country="FR", policy=OFFICE,
                          customer_hours=tuesday_afternoon) == datetime(2026, 11, 24, 15, 0)
    saturday = parse_call_hours("sam 10h-12h")  # never inside the user's weekdays
    assert next_call_slot(datetime(2026, 11, 23, 10, 0), country="FR", policy=OFFICE,
                          customer_hours=saturday) == datetime(2026, 11, 23, 10, 0)

"""Business days (Mon–Fri, national holidays excluded) and the Belgian consumer's 14-day wait."""

from __future__ import annotations

from datetime import date

import pytest

from relance_desktop.domain.legal import (
    Channel,
    be_waiting_period,
    business_days_after,
    is_business_day,
    next_business_day,
    public_holidays,
)


@pytest.mark.parametrize(
    ("day", "country", "expected"),
    [
        (date(2025, 7, 18), "BE", True),  # Friday
        (date(2025, 7, 19), "BE", False),  # Saturday: not a business day (see calendar.py)
        (date(2025, 7, 20), "BE", False),  # Sunday
        (date(2025, 7, 21), "BE", False),  # Belgian National Day (Monday)
        (date(2025, 7, 21), "FR", True),  # an ordinary Monday in France
        (date(2025, 7, 14), "FR", False),  # Fête nationale
        (date(2025, 7, 14), "BE", True),
        (date(2025, 5, 8), "FR", False),  # Victoire 1945
        (date(2025, 5, 8), "BE", True),
        (date(2025, 4, 21), "FR", False),  # Easter Monday, both countries
        (date(2025, 4, 21), "BE", False),
        (date(2025, 5, 29), "BE", False),  # Ascension
        (date(2025, 6, 9), "FR", False),  # Whit Monday
        (date(2023, 11, 1), "BE", False),  # All Saints (Wednesday)
        (date(2025, 12, 26), "FR", True),  # St Stephen: Alsace-Moselle only, not national
        (date(2025, 12, 26), "BE", True),
    ],
)
def test_is_business_day(day: date, country: str, expected: bool) -> None:
    assert is_business_day(day, country) is expected


def test_public_holidays_per_country() -> None:
    assert len(public_holidays("BE", 2025)) >= 10
    assert date(2025, 11, 11) in public_holidays("FR", 2025)
    assert date(2025, 11, 11) in public_holidays("BE", 2025)
    with pytest.raises(ValueError):
        public_holidays("DE", 2025)
    with pytest.raises(ValueError):
        is_business_day(date(2025, 1, 2), "NL")


@pytest.mark.parametrize(
    ("start", "n", "country", "expected"),
    [
        (date(2023, 9, 18), 3, "BE", date(2023, 9, 21)),  # Mon → Thu (the notes' example)
        (date(2023, 9, 21), 3, "BE", date(2023, 9, 26)),  # Thu → Tue: Saturday not counted
        (date(2025, 7, 17), 3, "BE", date(2025, 7, 23)),  # Thu → Wed over 21 July
        (date(2025, 7, 17), 3, "FR", date(2025, 7, 22)),  # no holiday on 21 July in France
        (date(2023, 10, 27), 3, "BE", date(2023, 11, 2)),  # Fri → Thu over 1 November
        (date(2025, 12, 24), 1, "BE", date(2025, 12, 26)),  # Christmas skipped
        (date(2025, 7, 19), 1, "BE", date(2025, 7, 22)),  # from a Saturday, over the holiday
        (date(2025, 7, 19), 0, "BE", date(2025, 7, 19)),  # n = 0: the day itself
    ],
)
def test_business_days_after(start: date, n: int, country: str, expected: date) -> None:
    assert business_days_after(start, n, country) == expected


def test_business_days_after_refuses_a_negative_count() -> None:
    with pytest.raises(ValueError):
        business_days_after(date(2025, 1, 2), -1, "FR")


def test_next_business_day() -> None:
    assert next_business_day(date(2025, 5, 31), "FR") == date(2025, 6, 2)  # Sat → Mon
    assert next_business_day(date(2025, 6, 2), "FR") == date(2025, 6, 2)
    assert next_business_day(date(2025, 6, 7), "FR") == date(2025, 6, 10)  # Whit Monday skipped


# -- the 14-day wait (Book XIX CDE) -------------------------------------------------------------
def test_worked_example_posted_monday_18_september_2023() -> None:
    first, last = be_waiting_period(date(2023, 9, 18), Channel.POST)
    assert first == date(2023, 9, 21)  # Thursday: 3rd business day after posting
    assert last == date(2023, 10, 4)
    assert (last - first).days + 1 == 14
    # charges from the day after: Thursday 5 October 2023, as in forumforthefuture.be


def test_email_starts_the_next_calendar_day() -> None:
    assert be_waiting_period(date(2023, 9, 18), Channel.EMAIL) == (
        date(2023, 9, 19),
        date(2023, 10, 2),
    )
    # sent on a Saturday: the next calendar day (a Sunday) still counts
    assert be_waiting_period(date(2025, 7, 19), Channel.EMAIL)[0] == date(2025, 7, 20)


def test_post_vs_email_over_the_belgian_national_day() -> None:
    sent = date(2025, 7, 17)  # Thursday; Monday 21 July is a public holiday
    assert be_waiting_period(sent, Channel.POST) == (date(2025, 7, 23), date(2025, 8, 5))
    assert be_waiting_period(sent, Channel.EMAIL) == (date(2025, 7, 18), date(2025, 7, 31))


def test_post_over_all_saints_and_christmas() -> None:
    assert be_waiting_period(date(2023, 10, 27), Channel.POST)[0] == date(2023, 11, 2)
    # Tue 23/12/2025 → Wed 24 (1), [25 Christmas], Fri 26 (2), [weekend], Mon 29 (3)
    assert be_waiting_period(date(2025, 12, 23), Channel.POST) == (
        date(2025, 12, 29),
        date(2026, 1, 11),
    )


def test_channel_may_be_given_as_text() -> None:
    assert be_waiting_period(date(2023, 9, 18), "post") == be_waiting_period(  # type: ignore[arg-type]
        date(2023, 9, 18), Channel.POST
    )
    with pytest.raises(ValueError):
        be_waiting_period(date(2023, 9, 18), "fax")  # type: ignore[arg-type]

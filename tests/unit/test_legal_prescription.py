"""Prescription: the last day each invoice can still be claimed, moved by acknowledgements and
partial payments, with warnings when near and when passed."""

from __future__ import annotations

from datetime import date

import pytest

from relance_desktop.domain.legal import (
    BeConsumerPrescription,
    Claim,
    DebtorKind,
    Options,
    RateTable,
    add_years,
    assess,
    prescription_date,
    prescription_years,
)

B, C = DebtorKind.BUSINESS, DebtorKind.CONSUMER


def claim(country: str, debtor: DebtorKind, due: date, **kw: object) -> Claim:
    on = kw.pop("on", due)
    return Claim(country, debtor, 10000, due, on, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("country", "debtor", "years", "expected"),
    [
        ("FR", B, 5, date(2027, 8, 1)),  # L110-4; berton-associes: 1/8/2022 → 1/8/2027
        ("FR", C, 2, date(2024, 8, 1)),  # L218-2
        ("BE", B, 10, date(2032, 8, 1)),
        ("BE", C, 1, date(2023, 12, 31)),  # 1 year from the end of the year of sale
    ],
)
def test_periods(country: str, debtor: DebtorKind, years: int, expected: date) -> None:
    c = claim(country, debtor, date(2022, 8, 1))
    assert prescription_years(c) == years
    assert prescription_date(c) == expected


def test_french_consumer_starts_at_the_invoice_date_when_known() -> None:
    c = claim("FR", C, date(2025, 3, 31), issued_on=date(2025, 3, 1))
    assert prescription_date(c) == date(2027, 3, 1)
    assert prescription_date(claim("FR", C, date(2025, 3, 31))) == date(2027, 3, 31)
    # a business claim runs from the due date whatever the invoice date
    assert prescription_date(claim("FR", B, date(2025, 3, 31), issued_on=date(2025, 3, 1))) == (
        date(2030, 3, 31)
    )


def test_belgian_consumer_options() -> None:
    sold_in_december = claim("BE", C, date(2026, 1, 15), issued_on=date(2025, 12, 16))
    assert prescription_date(sold_in_december) == date(2026, 12, 31)
    sold_in_january = claim("BE", C, date(2025, 2, 15), issued_on=date(2025, 1, 16))
    assert prescription_date(sold_in_january) == date(2026, 12, 31)
    ten = Options(be_consumer_prescription=BeConsumerPrescription.GENERAL_TEN_YEARS)
    assert prescription_years(sold_in_december, ten) == 10
    assert prescription_date(sold_in_december, ten) == date(2036, 1, 15)


@pytest.mark.parametrize(
    ("country", "debtor", "expected"),
    [
        ("FR", B, date(2029, 2, 28)),
        ("FR", C, date(2026, 2, 28)),
        ("BE", B, date(2034, 2, 28)),
    ],
)
def test_29_february_ends_on_28_february(country: str, debtor: DebtorKind, expected: date) -> None:
    assert prescription_date(claim(country, debtor, date(2024, 2, 29))) == expected


def test_add_years() -> None:
    assert add_years(date(2024, 2, 29), 4) == date(2028, 2, 29)
    assert add_years(date(2024, 2, 29), 1) == date(2025, 2, 28)
    assert add_years(date(2025, 3, 1), 5) == date(2030, 3, 1)


def test_no_extension_when_the_last_day_is_a_weekend() -> None:
    # 2025-03-29 + 5 years = Friday 2030-03-29; 2025-03-30 → Saturday 2030-03-30, kept as is
    assert prescription_date(claim("FR", B, date(2025, 3, 30))) == date(2030, 3, 30)


def test_an_acknowledgement_restarts_the_full_period() -> None:
    c = claim("FR", B, date(2020, 1, 15), acknowledgements=(date(2022, 6, 1),))
    assert prescription_date(c) == date(2027, 6, 1)
    several = claim(
        "FR", C, date(2020, 1, 15), acknowledgements=(date(2023, 3, 1), date(2021, 6, 1))
    )
    # 2020-01-15 → 2022-01-15; 2021-06-01 → 2023-06-01; 2023-03-01 → 2025-03-01
    assert prescription_date(several) == date(2025, 3, 1)
    be_consumer = claim("BE", C, date(2025, 3, 15), acknowledgements=(date(2026, 5, 4),))
    assert prescription_date(be_consumer) == date(2027, 5, 4)  # a new one-year period


def test_an_acknowledgement_after_the_time_bar_does_not_revive(rates: RateTable) -> None:
    c = claim("FR", C, date(2020, 1, 15), acknowledgements=(date(2022, 3, 1),), on=date(2022, 4, 1))
    assert prescription_date(c) == date(2022, 1, 15)
    result = assess(c, rates)
    assert "acknowledgement_after_prescription" in result.notice_codes
    assert "prescription_passed" in result.notice_codes


def test_an_acknowledgement_on_the_last_day_still_counts() -> None:
    c = claim("FR", C, date(2020, 1, 15), acknowledgements=(date(2022, 1, 15),))
    assert prescription_date(c) == date(2024, 1, 15)


def test_an_early_acknowledgement_never_shortens() -> None:
    c = claim("FR", B, date(2020, 1, 15), acknowledgements=(date(2019, 12, 1),))
    assert prescription_date(c) == date(2025, 1, 15)


@pytest.mark.parametrize(
    ("on", "codes", "days_left"),
    [
        (date(2026, 9, 28), (), None),  # 184 days before the last day
        (date(2026, 9, 29), ("prescription_near",), 183),
        (date(2027, 3, 31), ("prescription_near",), 0),  # the last day itself
        (date(2027, 4, 1), ("prescription_passed",), None),
    ],
)
def test_near_and_passed_warnings(
    rates: RateTable, on: date, codes: tuple[str, ...], days_left: int | None
) -> None:
    c = Claim("FR", C, 150000, date(2025, 3, 31), on)  # no formal notice: no rate needed
    result = assess(c, rates)
    assert result.prescription_date == date(2027, 3, 31)
    found = tuple(n for n in result.notice_codes if n.startswith("prescription"))
    assert found == codes
    if days_left is not None:
        notice = result.notice("prescription_near")
        assert notice is not None
        assert notice.args == {"date": date(2027, 3, 31), "days_left": days_left}


def test_warning_window_is_an_option(rates: RateTable) -> None:
    c = Claim("FR", C, 10000, date(2025, 3, 31), date(2026, 10, 1))  # 181 days left
    assert "prescription_near" in assess(c, rates).notice_codes
    quiet = Options(prescription_warning_days=30)
    assert "prescription_near" not in assess(c, rates, quiet).notice_codes


def test_belgian_consumer_reading_is_always_stated(rates: RateTable) -> None:
    c = Claim("BE", C, 10000, date(2025, 3, 31), date(2025, 4, 2))
    notice = assess(c, rates).notice("be_consumer_prescription_reading")
    assert notice is not None and notice.args == {"reading": "1y_end_of_year"}

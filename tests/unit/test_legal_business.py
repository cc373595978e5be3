"""Business debtors: France (L441-10 interest, D441-5 €40) and Belgium (law of 2 August 2002).

Expected figures are computed independently with the formula of LEGAL-NOTES §1:
amount incl. VAT × rate % × days / 365 per half-year, the total rounded half-up once.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import pytest

from relance_desktop.domain.legal import (
    Claim,
    DayCount,
    DebtorKind,
    HalfYear,
    Options,
    RateMode,
    RateTable,
    RateUnknown,
    assess,
    simple_interest,
    total_cents,
)
from relance_desktop.domain.money import to_cents

D = Decimal
BUSINESS = DebtorKind.BUSINESS


def fr(amount: str, due: date, on: date, **kw: object) -> Claim:
    return Claim("FR", BUSINESS, to_cents(amount), due, on, **kw)  # type: ignore[arg-type]


def be(amount: str, due: date, on: date, **kw: object) -> Claim:
    return Claim("BE", BUSINESS, to_cents(amount), due, on, **kw)  # type: ignore[arg-type]


def cents(euros: Decimal) -> int:
    return int((euros * 100).quantize(D(1), rounding=ROUND_HALF_UP))


def part(amount: str, rate: str, days: int, basis: int = 365) -> Decimal:
    return D(amount) * D(rate) / 100 * days / basis


# -- the worked example -----------------------------------------------------------------------
def test_worked_example_1500_due_31_march_assessed_15_june_2025(rates: RateTable) -> None:
    result = assess(fr("1500.00", date(2025, 3, 31), date(2025, 6, 15)), rates)
    (period,) = result.periods
    assert period.half_year == HalfYear(2025, 1)
    assert (period.start, period.end, period.days) == (date(2025, 4, 1), date(2025, 6, 15), 76)
    assert period.rate == D("13.15")
    assert result.interest_cents == 4107  # €41.07
    assert result.indemnity_cents == 4000  # €40
    assert result.indemnity_is_maximum is False
    assert result.total_cents == 150000 + 4107 + 4000
    assert [(line.code, line.amount_cents, line.rule) for line in result.lines] == [
        ("interest", 4107, "FR_L441_10"),
        ("fixed_indemnity", 4000, "FR_D441_5"),
    ]
    assert result.lines[0].args["days"] == 76
    assert result.lines[0].args["rate_source"] == "default"
    assert result.notices == ()
    assert result.charges_from == date(2025, 4, 1)
    assert result.prescription_date == date(2030, 3, 31)
    assert result.waiting_period_end is None


def test_days_equal_assessed_on_minus_due_date(rates: RateTable) -> None:
    one_day = assess(fr("1000.00", date(2025, 3, 31), date(2025, 4, 1)), rates)
    assert [p.days for p in one_day.periods] == [1]
    assert one_day.interest_cents == cents(part("1000.00", "13.15", 1))  # 0.36
    assert one_day.indemnity_cents == 4000  # one day late is late


@pytest.mark.parametrize("on", [date(2025, 3, 31), date(2025, 3, 1)])
def test_not_overdue_means_no_charge(rates: RateTable, on: date) -> None:
    result = assess(fr("1500.00", date(2025, 3, 31), on), rates)
    assert (result.interest_cents, result.indemnity_cents, result.lines) == (0, 0, ())
    assert result.total_cents == 150000
    assert result.notice_codes == ("not_overdue",)
    assert result.charges_from is None


def test_nothing_due(rates: RateTable) -> None:
    result = assess(fr("0", date(2025, 3, 31), date(2025, 6, 15)), rates)
    assert (result.total_cents, result.lines, result.notice_codes) == (0, (), ("nothing_due",))


# -- half-years -------------------------------------------------------------------------------
def test_a_delay_over_1_july_uses_each_half_years_rate(rates: RateTable) -> None:
    result = assess(fr("1000.51", date(2025, 6, 20), date(2025, 7, 10)), rates)
    assert [(p.half_year, p.start, p.end, p.days, p.rate) for p in result.periods] == [
        (HalfYear(2025, 1), date(2025, 6, 21), date(2025, 6, 30), 10, D("13.15")),
        (HalfYear(2025, 2), date(2025, 7, 1), date(2025, 7, 10), 10, D("12.15")),
    ]
    exact = part("1000.51", "13.15", 10) + part("1000.51", "12.15", 10)
    assert result.interest_cents == cents(exact) == 694
    # rounded once, not per period: 3.60 + 3.33 would give 6.93
    assert sum(cents(p.interest) for p in result.periods) == 693


def test_due_date_rate_mode_freezes_the_due_dates_half_year(rates: RateTable) -> None:
    options = Options(rate_mode=RateMode.DUE_DATE)
    result = assess(fr("1000.51", date(2025, 6, 20), date(2025, 7, 10)), rates, options)
    assert [p.rate for p in result.periods] == [D("13.15"), D("13.15")]
    assert [p.days for p in result.periods] == [10, 10]  # still shown per half-year
    assert result.interest_cents == cents(part("1000.51", "13.15", 20))
    assert result.lines[0].args["rate_mode"] == "due_date"


def test_due_on_30_june_interest_starts_on_1_july(rates: RateTable) -> None:
    split = assess(fr("1000.00", date(2025, 6, 30), date(2025, 7, 31)), rates)
    assert [(p.half_year, p.days, p.rate) for p in split.periods] == [
        (HalfYear(2025, 2), 31, D("12.15"))
    ]
    frozen = assess(
        fr("1000.00", date(2025, 6, 30), date(2025, 7, 31)),
        rates,
        Options(rate_mode=RateMode.DUE_DATE),
    )
    assert [p.rate for p in frozen.periods] == [D("13.15")]  # the due date is in S1


def test_due_on_29_june_gives_one_day_in_s1(rates: RateTable) -> None:
    result = assess(fr("1000.00", date(2025, 6, 29), date(2025, 7, 1)), rates)
    assert [(p.half_year, p.days) for p in result.periods] == [
        (HalfYear(2025, 1), 1),
        (HalfYear(2025, 2), 1),
    ]


def test_a_delay_over_the_year_end(rates: RateTable) -> None:
    result = assess(fr("2400.00", date(2024, 12, 15), date(2025, 1, 15)), rates)
    assert [(p.half_year, p.days, p.rate) for p in result.periods] == [
        (HalfYear(2024, 2), 16, D("14.25")),
        (HalfYear(2025, 1), 15, D("13.15")),
    ]
    exact = part("2400.00", "14.25", 16) + part("2400.00", "13.15", 15)
    assert result.interest_cents == cents(exact)


def test_a_delay_over_several_half_years(rates: RateTable) -> None:
    result = assess(fr("10000.00", date(2022, 5, 31), date(2024, 2, 29)), rates)
    assert [str(p.half_year) for p in result.periods] == [
        "2022-S1",
        "2022-S2",
        "2023-S1",
        "2023-S2",
        "2024-S1",
    ]
    assert [p.days for p in result.periods] == [30, 184, 181, 184, 60]
    assert sum(p.days for p in result.periods) == (date(2024, 2, 29) - date(2022, 5, 31)).days
    assert [p.rate for p in result.periods] == [D(r) for r in ("10", "10", "12.5", "14", "14.5")]


def test_zero_ecb_rate_years_give_10_percent(rates: RateTable) -> None:
    result = assess(fr("1000.00", date(2020, 12, 31), date(2021, 12, 31)), rates)
    assert [p.rate for p in result.periods] == [D("10.00"), D("10.00")]
    assert sum(p.days for p in result.periods) == 365
    assert result.interest_cents == 10000  # exactly €100.00 for a full year at 10 %


# -- leap years -------------------------------------------------------------------------------
def test_leap_year_day_count_365_and_actual(rates: RateTable) -> None:
    claim = fr("1000.00", date(2024, 2, 1), date(2024, 3, 1))  # 29 days incl. 29 February
    usual = assess(claim, rates)
    actual = assess(claim, rates, Options(day_count=DayCount.ACTUAL))
    assert [p.days for p in usual.periods] == [29]
    assert usual.interest_cents == cents(part("1000.00", "14.50", 29, 365)) == 1152
    assert actual.interest_cents == cents(part("1000.00", "14.50", 29, 366)) == 1149


def test_actual_day_count_splits_the_basis_at_the_year_end(rates: RateTable) -> None:
    claim = fr("5000.00", date(2023, 12, 1), date(2024, 1, 31))
    result = assess(claim, rates, Options(day_count=DayCount.ACTUAL))
    exact = part("5000.00", "14.00", 30, 365) + part("5000.00", "14.50", 31, 366)
    assert result.interest_cents == cents(exact)
    # a non-leap year is the same under both counts
    plain = fr("5000.00", date(2025, 1, 31), date(2025, 3, 31))
    assert (
        assess(plain, rates).interest_cents
        == assess(plain, rates, Options(day_count=DayCount.ACTUAL)).interest_cents
    )


# -- weekend due date -------------------------------------------------------------------------
def test_a_due_date_on_a_saturday_still_runs_from_the_next_day(rates: RateTable) -> None:
    result = assess(fr("1000.00", date(2025, 5, 31), date(2025, 6, 30)), rates)
    assert result.periods[0].start == date(2025, 6, 1)  # a Sunday: no rule defers it
    assert sum(p.days for p in result.periods) == 30
    notice = result.notice("due_date_not_business_day")
    assert notice is not None
    assert notice.args == {"due_date": date(2025, 5, 31), "next_business_day": date(2025, 6, 2)}
    assert result.indemnity_cents == 4000


# -- contractual rates and the floor ----------------------------------------------------------
def test_a_contract_rate_replaces_the_default(rates: RateTable) -> None:
    result = assess(
        fr("1500.00", date(2025, 3, 31), date(2025, 6, 15), contractual_rate=D("12")), rates
    )
    assert [p.rate for p in result.periods] == [D("12")]
    assert result.interest_cents == cents(part("1500.00", "12", 76))
    assert result.lines[0].args["rate_source"] == "contract"
    assert result.notices == ()  # 12 ≥ 11.13, the 2025-S1 floor


def test_a_contract_rate_below_3_times_the_legal_rate_is_flagged(rates: RateTable) -> None:
    result = assess(
        fr("1500.00", date(2025, 6, 16), date(2025, 7, 16), contractual_rate=D("10")), rates
    )
    (notice,) = result.notices  # 2025-S2 (floor 8.28) is fine
    assert notice.code == "contract_rate_below_floor"
    assert notice.args == {"rate": D("10"), "floor": D("11.13"), "half_year": "2025-S1"}
    assert result.interest_cents == cents(part("1500.00", "10", 30))  # still the agreed rate


def test_2024_s1_floor_above_the_default_rate(rates: RateTable) -> None:
    claim = fr("1000.00", date(2024, 1, 31), date(2024, 3, 31))
    result = assess(claim, rates)
    assert [p.rate for p in result.periods] == [D("14.50")]  # no clause: ECB + 10 applies
    notice = result.notice("floor_above_default_rate")
    assert notice is not None
    assert notice.args == {"half_year": "2024-S1", "floor": D("15.21"), "default_rate": D("14.50")}
    # a clause at the default rate would be below the floor that half-year
    agreed = assess(
        fr("1000.00", date(2024, 1, 31), date(2024, 3, 31), contractual_rate=D("14.50")), rates
    )
    assert agreed.notice_codes == ("contract_rate_below_floor",)
    # 2024-S2 too (14.76 > 14.25; LEGAL-NOTES only points at S1, its own table shows both)
    second = assess(fr("1000.00", date(2024, 7, 31), date(2024, 9, 30)), rates)
    assert second.notice_codes == ("floor_above_default_rate",)
    assert second.notices[0].args["floor"] == D("14.76")
    # not relevant in 2023-S2 (12.66 < 14) nor 2025-S1 (11.13 < 13.15)
    assert assess(fr("1000.00", date(2023, 7, 31), date(2023, 9, 29)), rates).notices == ()
    assert assess(fr("1000.00", date(2025, 1, 31), date(2025, 3, 31)), rates).notices == ()


def test_contract_floor_unknown_is_said_not_guessed(rates: RateTable) -> None:
    claim = fr("1000.00", date(2026, 6, 15), date(2026, 7, 15), contractual_rate=D("15"))
    result = assess(claim, rates)  # no RateUnknown: the agreed rate needs no table
    notice = result.notice("contract_floor_unknown")
    assert notice is not None and notice.args == {"half_years": ("2026-S2",)}
    assert result.interest_cents == cents(part("1000.00", "15", 30))


# -- €40 and insolvency -----------------------------------------------------------------------
def test_insolvency_drops_the_fixed_indemnity(rates: RateTable) -> None:
    result = assess(fr("1500.00", date(2025, 3, 31), date(2025, 6, 15), insolvency=True), rates)
    assert result.indemnity_cents == 0
    assert result.interest_cents == 4107
    assert [line.code for line in result.lines] == ["interest"]
    assert result.notice_codes == ("insolvency_no_fixed_indemnity",)


# -- unknown rates ----------------------------------------------------------------------------
def test_rate_unknown_for_a_half_year_beyond_the_table(rates: RateTable) -> None:
    with pytest.raises(RateUnknown) as caught:
        assess(fr("1000.00", date(2026, 6, 1), date(2027, 1, 15)), rates)
    assert caught.value.half_years == (HalfYear(2026, 2), HalfYear(2027, 1))
    assert caught.value.series == "ecb"
    assert caught.value.known_until == date(2026, 6, 30)


def test_due_date_mode_needs_only_the_due_dates_half_year(rates: RateTable) -> None:
    claim = fr("1000.00", date(2026, 6, 1), date(2026, 8, 1))
    result = assess(claim, rates, Options(rate_mode=RateMode.DUE_DATE))
    assert {p.rate for p in result.periods} == {D("12.15")}


def test_a_user_added_half_year_lifts_rate_unknown(rates: RateTable) -> None:
    extended = rates.with_half_year(HalfYear(2026, 2), ecb=D("2.00"))
    result = assess(fr("1000.00", date(2026, 6, 1), date(2026, 8, 1)), extended)
    assert [p.rate for p in result.periods] == [D("12.15"), D("12.00")]


def test_only_eur(rates: RateTable) -> None:
    with pytest.raises(ValueError, match="EUR"):
        assess(fr("10.00", date(2025, 1, 1), date(2025, 2, 1), currency="USD"), rates)


# -- Belgium, business debtor -----------------------------------------------------------------
def test_belgian_business_rate_per_half_year_and_40_euros(rates: RateTable) -> None:
    result = assess(be("3000.00", date(2023, 6, 15), date(2023, 7, 15)), rates)
    assert [(p.half_year, p.days, p.rate) for p in result.periods] == [
        (HalfYear(2023, 1), 15, D("10.50")),
        (HalfYear(2023, 2), 15, D("12.00")),
    ]
    exact = part("3000.00", "10.50", 15) + part("3000.00", "12.00", 15)
    assert result.interest_cents == cents(exact)
    assert [(line.code, line.rule) for line in result.lines] == [
        ("interest", "BE_LAW_2002_ART5"),
        ("fixed_indemnity", "BE_LAW_2002_ART6"),
    ]
    assert result.indemnity_cents == 4000
    assert result.prescription_date == date(2033, 6, 15)  # 10 years


def test_belgian_business_zero_rate_years_give_8_percent(rates: RateTable) -> None:
    result = assess(be("1000.00", date(2020, 12, 31), date(2021, 12, 31)), rates)
    assert result.interest_cents == 8000


def test_belgian_business_contract_rate_and_due_date_mode(rates: RateTable) -> None:
    agreed = assess(
        be("1000.00", date(2023, 6, 15), date(2023, 7, 15), contractual_rate=D("9")), rates
    )
    assert {p.rate for p in agreed.periods} == {D("9")}
    frozen = assess(
        be("1000.00", date(2023, 6, 15), date(2023, 7, 15)),
        rates,
        Options(rate_mode=RateMode.DUE_DATE),
    )
    assert {p.rate for p in frozen.periods} == {D("10.50")}


def test_belgian_provisional_rate_is_flagged(rates: RateTable) -> None:
    result = assess(be("1000.00", date(2026, 1, 31), date(2026, 3, 2)), rates)
    notice = result.notice("provisional_rate")
    assert notice is not None
    assert notice.args["series"] == "be_b2b" and notice.args["half_year"] == "2026-S1"
    assert result.periods[0].rate == D("10.50")


def test_belgian_rate_unknown(rates: RateTable) -> None:
    with pytest.raises(RateUnknown) as caught:
        assess(be("1000.00", date(2026, 6, 1), date(2026, 8, 1)), rates)
    assert (caught.value.series, caught.value.half_years) == ("be_b2b", (HalfYear(2026, 2),))


def test_belgian_insolvency_is_not_modelled(rates: RateTable) -> None:
    result = assess(be("1000.00", date(2025, 1, 31), date(2025, 3, 2), insolvency=True), rates)
    assert result.indemnity_cents == 4000
    assert "insolvency_not_applied" in result.notice_codes


# -- simple_interest itself -------------------------------------------------------------------
def test_simple_interest_empty_range_and_errors() -> None:
    def rate(_hy: HalfYear) -> Decimal:
        return D("10")

    assert simple_interest(100000, date(2025, 2, 1), date(2025, 1, 31), rate) == ()
    assert total_cents(()) == 0
    with pytest.raises(ValueError):
        simple_interest(-1, date(2025, 1, 1), date(2025, 1, 2), rate)
    with pytest.raises(ValueError):
        simple_interest(100, date(2025, 1, 1), date(2025, 1, 2), lambda _hy: D("-1"))


def test_simple_interest_full_years() -> None:
    periods = simple_interest(100000, date(2025, 1, 1), date(2025, 12, 31), lambda _hy: D("10"))
    assert [(p.days, round(p.interest, 20)) for p in periods] == [
        (181, round(part("1000", "10", 181), 20)),
        (184, round(part("1000", "10", 184), 20)),
    ]
    assert total_cents(periods) == 10000
    leap = simple_interest(
        100000,
        date(2024, 1, 1),
        date(2024, 12, 31),
        lambda _hy: D("10"),
        Options(day_count=DayCount.ACTUAL),
    )
    assert total_cents(leap) == 10000  # 366 / 366
    assert (
        total_cents(simple_interest(100000, date(2024, 1, 1), date(2024, 12, 31), lambda _: D(10)))
        == 10027  # 366 / 365
    )


# -- the claim itself -------------------------------------------------------------------------
def test_claim_validation() -> None:
    with pytest.raises(ValueError):
        Claim("DE", BUSINESS, 100, date(2025, 1, 1), date(2025, 2, 1))
    with pytest.raises(ValueError):
        Claim("FR", BUSINESS, -1, date(2025, 1, 1), date(2025, 2, 1))
    with pytest.raises(TypeError):
        Claim("FR", BUSINESS, 1.5, date(2025, 1, 1), date(2025, 2, 1))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Claim(
            "FR",
            BUSINESS,
            100,
            date(2025, 1, 1),
            date(2025, 2, 1),
            contractual_rate=12.0,  # type: ignore[arg-type]
        )
    with pytest.raises(ValueError):
        Claim("FR", "employer", 100, date(2025, 1, 1), date(2025, 2, 1))  # type: ignore[arg-type]
    text_kind = Claim("FR", "business", 100, date(2025, 1, 1), date(2025, 2, 1))  # type: ignore[arg-type]
    assert text_kind.debtor is DebtorKind.BUSINESS
    with pytest.raises(ValueError):
        Options(prescription_warning_days=-1)

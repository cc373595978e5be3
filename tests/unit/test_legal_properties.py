"""Property tests (hypothesis) of the legal engine: interest is never negative, grows with time
and adds up over consecutive periods within a cent; the damages scale is monotonic and capped;
calendar and prescription invariants."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from relance_desktop.domain.legal import (
    DAMAGES_MAX_CENTS,
    Channel,
    Claim,
    DayCount,
    DebtorKind,
    HalfYear,
    Options,
    RateMode,
    assess,
    be_consumer_damages_cap,
    be_waiting_period,
    business_days_after,
    is_business_day,
    prescription_date,
    simple_interest,
    total_cents,
    total_interest,
)
from relance_desktop.domain.money import to_cents
from tests.helpers import shipped_rates

# The autouse RELANCE_HOME fixture is function-scoped; these tests do not use it.
PROPERTY = settings(
    max_examples=60,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)

principals = st.integers(min_value=0, max_value=10**11)  # up to €1 billion
days_in_table = st.dates(min_value=date(2019, 1, 1), max_value=date(2026, 6, 29))
any_days = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))
rates_pct = st.decimals(min_value=0, max_value=30, places=2)
options = st.builds(
    Options, rate_mode=st.sampled_from(RateMode), day_count=st.sampled_from(DayCount)
)


def per_half_year(seed: Decimal) -> object:
    """A deterministic rate that varies with the half-year (so splits matter)."""

    def rate(hy: HalfYear) -> Decimal:
        return seed + Decimal(hy.half) + Decimal(hy.year % 3)

    return rate


@PROPERTY
@given(principals, any_days, st.integers(0, 4000), rates_pct, options)
def test_interest_is_never_negative(
    principal: int, start: date, length: int, seed: Decimal, opts: Options
) -> None:
    periods = simple_interest(
        principal,
        start,
        start + timedelta(days=length),
        per_half_year(seed),  # type: ignore[arg-type]
        opts,
    )
    assert all(p.interest >= 0 and p.days > 0 for p in periods)
    assert total_cents(periods) >= 0
    assert sum(p.days for p in periods) == length + 1


@PROPERTY
@given(principals, any_days, st.integers(0, 3000), st.integers(0, 3000), rates_pct, options)
def test_interest_grows_with_time(
    principal: int, start: date, a: int, b: int, seed: Decimal, opts: Options
) -> None:
    short, long = sorted((a, b))
    rate = per_half_year(seed)
    first = simple_interest(principal, start, start + timedelta(days=short), rate, opts)  # type: ignore[arg-type]
    second = simple_interest(principal, start, start + timedelta(days=long), rate, opts)  # type: ignore[arg-type]
    assert total_interest(first) <= total_interest(second)
    assert total_cents(first) <= total_cents(second)


@PROPERTY
@given(principals, any_days, st.integers(0, 3000), st.integers(0, 3000), rates_pct, options)
def test_interest_adds_up_over_consecutive_periods_within_a_cent(
    principal: int, start: date, a: int, b: int, seed: Decimal, opts: Options
) -> None:
    cut, length = sorted((a, b))
    end, middle = start + timedelta(days=length), start + timedelta(days=cut)
    rate = per_half_year(seed)
    whole = simple_interest(principal, start, end, rate, opts)  # type: ignore[arg-type]
    left = simple_interest(principal, start, middle, rate, opts)  # type: ignore[arg-type]
    right = simple_interest(principal, middle + timedelta(days=1), end, rate, opts)  # type: ignore[arg-type]
    assert abs(total_cents(left) + total_cents(right) - total_cents(whole)) <= 1
    # unrounded: equal up to the 40-digit working precision
    assert abs(total_interest(left) + total_interest(right) - total_interest(whole)) < Decimal(
        "1e-12"
    )


@PROPERTY
@given(st.integers(0, 10**10), st.integers(0, 10**10))
def test_damages_scale_is_monotonic_and_capped(a: int, b: int) -> None:
    low, high = sorted((a, b))
    assert 2_000 <= be_consumer_damages_cap(low) <= be_consumer_damages_cap(high)
    assert be_consumer_damages_cap(high) <= DAMAGES_MAX_CENTS
    if high >= to_cents("39200"):
        assert be_consumer_damages_cap(high) == DAMAGES_MAX_CENTS


@PROPERTY
@given(
    st.sampled_from(["FR", "BE"]),
    st.integers(1, 10**9),
    days_in_table,
    st.integers(0, 700),
    st.integers(0, 30),
    options,
)
def test_business_assessment_adds_up_and_grows(
    country: str, principal: int, due: date, late: int, later: int, opts: Options
) -> None:
    rates = shipped_rates()
    last = date(2026, 6, 30)
    on = min(due + timedelta(days=late), last)
    on2 = min(on + timedelta(days=later), last)
    first = assess(Claim(country, DebtorKind.BUSINESS, principal, due, on), rates, opts)
    second = assess(Claim(country, DebtorKind.BUSINESS, principal, due, on2), rates, opts)
    for result in (first, second):
        assert result.interest_cents >= 0
        assert result.total_cents == principal + result.interest_cents + result.indemnity_cents
        assert sum(line.amount_cents for line in result.lines) == (
            result.interest_cents + result.indemnity_cents
        )
        assert sum(p.days for p in result.periods) == max(0, (result.claim.assessed_on - due).days)
        assert result.indemnity_cents == (4000 if result.claim.assessed_on > due else 0)
    assert first.interest_cents <= second.interest_cents


@PROPERTY
@given(days_in_table, st.sampled_from(Channel))
def test_waiting_period_is_14_days_and_starts_after_sending(sent: date, channel: Channel) -> None:
    first, last = be_waiting_period(sent, channel)
    assert (last - first).days == 13
    if channel is Channel.EMAIL:
        assert first == sent + timedelta(days=1)
    else:
        assert is_business_day(first, "BE")
        assert 3 <= (first - sent).days <= 10
        between = [sent + timedelta(days=i) for i in range(1, (first - sent).days + 1)]
        assert sum(is_business_day(d, "BE") for d in between) == 3


@PROPERTY
@given(any_days, st.integers(0, 30), st.sampled_from(["FR", "BE"]))
def test_business_days_after_counts_business_days(start: date, n: int, country: str) -> None:
    end = business_days_after(start, n, country)
    span = [start + timedelta(days=i) for i in range(1, (end - start).days + 1)]
    assert sum(is_business_day(d, country) for d in span) == n
    assert n == 0 or is_business_day(end, country)


@PROPERTY
@given(any_days)
def test_half_year_contains_its_days(day: date) -> None:
    hy = HalfYear.of(day)
    assert hy.first_day <= day <= hy.last_day
    assert HalfYear.parse(str(hy)) == hy
    assert hy.next().first_day == hy.last_day + timedelta(days=1)


@PROPERTY
@given(
    st.sampled_from(["FR", "BE"]),
    st.sampled_from(DebtorKind),
    any_days,
    st.lists(any_days, max_size=4),
    any_days,
)
def test_an_acknowledgement_never_shortens_the_time_bar(
    country: str, debtor: DebtorKind, due: date, acks: list[date], extra: date
) -> None:
    base = Claim(country, debtor, 100, due, due, acknowledgements=tuple(acks))
    more = Claim(country, debtor, 100, due, due, acknowledgements=(*acks, extra))
    assert prescription_date(base) <= prescription_date(more)
    assert prescription_date(base) >= due

"""Consumer debtors: France (legal rate from the formal notice, no €40) and Belgium (Book XIX CDE:
free first reminder, 14-day wait, capped interest and damages)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import pytest

from relance_desktop.domain.legal import (
    Channel,
    Claim,
    DebtorKind,
    HalfYear,
    Options,
    RateMode,
    RateTable,
    RateUnknown,
    assess,
    be_consumer_damages_cap,
)
from relance_desktop.domain.money import to_cents

D = Decimal
CONSUMER = DebtorKind.CONSUMER


def cents(euros: Decimal) -> int:
    return int((euros * 100).quantize(D(1), rounding=ROUND_HALF_UP))


def part(amount: str, rate: str, days: int) -> Decimal:
    return D(amount) * D(rate) / 100 * days / 365


# == France ===================================================================================
def fr(amount: str, due: date, on: date, **kw: object) -> Claim:
    return Claim("FR", CONSUMER, to_cents(amount), due, on, **kw)  # type: ignore[arg-type]


def test_no_formal_notice_no_interest_and_never_40_euros(rates: RateTable) -> None:
    result = assess(fr("1500.00", date(2025, 3, 31), date(2025, 6, 15)), rates)
    assert (result.interest_cents, result.indemnity_cents, result.lines) == (0, 0, ())
    assert result.total_cents == 150000
    assert result.notice_codes == ("fr_consumer_no_recovery_fees", "no_formal_notice")
    assert result.charges_from is None


def test_legal_rate_other_cases_from_the_day_after_the_notice(rates: RateTable) -> None:
    claim = fr(
        "1500.00", date(2025, 3, 31), date(2025, 6, 15), notice_received_on=date(2025, 5, 10)
    )
    result = assess(claim, rates)
    (period,) = result.periods
    assert (period.start, period.days, period.rate) == (date(2025, 5, 11), 36, D("3.71"))
    assert period.rate != rates.fr_legal_individual[HalfYear(2025, 1)]  # not "particuliers"
    assert result.interest_cents == cents(part("1500.00", "3.71", 36))
    assert result.indemnity_cents == 0
    assert [(line.code, line.rule) for line in result.lines] == [("interest", "FR_CC_1231_6")]
    assert "fr_consumer_legal_rate" in result.notice_codes
    assert "fr_consumer_no_recovery_fees" in result.notice_codes  # L111-8 CPCE
    assert result.charges_from == date(2025, 5, 11)


def test_legal_rate_changes_on_1_july_whatever_the_rate_mode(rates: RateTable) -> None:
    claim = fr("1000.00", date(2025, 5, 15), date(2025, 7, 31), notice_received_on=date(2025, 6, 1))
    for options in (Options(), Options(rate_mode=RateMode.DUE_DATE)):
        result = assess(claim, rates, options)
        assert [(p.days, p.rate) for p in result.periods] == [(29, D("3.71")), (31, D("2.76"))]
        exact = part("1000.00", "3.71", 29) + part("1000.00", "2.76", 31)
        assert result.interest_cents == cents(exact)


def test_a_notice_before_the_due_date_runs_from_the_due_date(rates: RateTable) -> None:
    claim = fr(
        "1000.00", date(2025, 3, 31), date(2025, 4, 30), notice_received_on=date(2025, 3, 20)
    )
    result = assess(claim, rates)
    assert result.periods[0].start == date(2025, 4, 1)
    assert "notice_before_due_date" in result.notice_codes


def test_notice_received_on_the_assessment_day_gives_no_interest_yet(rates: RateTable) -> None:
    claim = fr(
        "1000.00", date(2025, 3, 31), date(2025, 4, 30), notice_received_on=date(2025, 4, 30)
    )
    result = assess(claim, rates)
    assert (result.interest_cents, result.lines, result.charges_from) == (0, (), date(2025, 5, 1))


def test_a_contract_rate_is_not_applied_to_a_french_consumer(rates: RateTable) -> None:
    claim = fr(
        "1000.00",
        date(2025, 3, 31),
        date(2025, 4, 30),
        notice_received_on=date(2025, 4, 1),
        contractual_rate=D("12"),
    )
    result = assess(claim, rates)
    assert {p.rate for p in result.periods} == {D("3.71")}
    assert "contract_rate_not_applied" in result.notice_codes


def test_french_consumer_rate_unknown(rates: RateTable) -> None:
    claim = fr(
        "1000.00", date(2026, 5, 31), date(2026, 7, 31), notice_received_on=date(2026, 6, 10)
    )
    with pytest.raises(RateUnknown) as caught:
        assess(claim, rates)
    assert caught.value.series == "fr_legal_other"


def test_french_consumer_prescription_is_2_years(rates: RateTable) -> None:
    result = assess(fr("100.00", date(2025, 3, 31), date(2025, 6, 15)), rates)
    assert result.prescription_date == date(2027, 3, 31)
    issued = assess(
        fr("100.00", date(2025, 3, 31), date(2025, 6, 15), issued_on=date(2025, 3, 1)), rates
    )
    assert issued.prescription_date == date(2027, 3, 1)


# == Belgium: damages scale ===================================================================
@pytest.mark.parametrize(
    ("balance", "cap"),
    [
        ("0.00", "20.00"),
        ("120.00", "20.00"),  # LEGAL-NOTES example
        ("150.00", "20.00"),
        ("150.01", "30.00"),  # 10 % of €0.01 rounds down
        ("150.05", "30.00"),  # 10 % of €0.05 = €0.005: down, never up
        ("150.10", "30.01"),
        ("400.00", "55.00"),  # example
        ("499.99", "64.99"),
        ("500.00", "65.00"),
        ("500.01", "65.00"),  # 5 % of €0.01 rounds down
        ("500.20", "65.01"),
        ("10000.00", "540.00"),  # example
        ("39199.99", "1999.99"),
        ("39200.00", "2000.00"),  # where the cap is reached
        ("39200.01", "2000.00"),
        ("60000.00", "2000.00"),  # example
        ("1000000000.00", "2000.00"),
    ],
)
def test_damages_scale(balance: str, cap: str) -> None:
    assert be_consumer_damages_cap(to_cents(balance)) == to_cents(cap)


def test_damages_scale_refuses_nonsense() -> None:
    with pytest.raises(ValueError):
        be_consumer_damages_cap(-1)
    with pytest.raises(TypeError):
        be_consumer_damages_cap(1.5)  # type: ignore[arg-type]


# == Belgium: the whole assessment ============================================================
def be(amount: str, on: date, **kw: object) -> Claim:
    """The notes' worked example: due Mon 11/9/2023, reminder posted Mon 18/9/2023."""
    values: dict[str, object] = {
        "reminder_sent_on": date(2023, 9, 18),
        "reminder_channel": Channel.POST,
    }
    values.update(kw)
    due = values.pop("due", date(2023, 9, 11))
    return Claim("BE", CONSUMER, to_cents(amount), due, on, **values)  # type: ignore[arg-type]


def test_worked_example_waiting_period_then_charges_from_thursday_5_october(
    rates: RateTable,
) -> None:
    waiting = assess(be("400.00", date(2023, 10, 4)), rates)
    assert waiting.waiting_period_start == date(2023, 9, 21)
    assert waiting.waiting_period_end == date(2023, 10, 4)
    assert waiting.charges_from == date(2023, 10, 5)
    assert (waiting.interest_cents, waiting.indemnity_cents, waiting.lines) == (0, 0, ())
    assert waiting.total_cents == 40000
    notice = waiting.notice("waiting_period")
    assert notice is not None
    assert notice.args == {
        "first_day": date(2023, 9, 21),
        "last_day": date(2023, 10, 4),
        "charges_from": date(2023, 10, 5),
        "channel": "post",
        "damages_cap_cents": 5500,  # what the reminder must announce
    }
    assert "first_reminder_free" in waiting.notice_codes

    due = assess(be("400.00", date(2023, 10, 5)), rates)
    assert due.indemnity_cents == 5500 and due.indemnity_is_maximum is True
    assert [(line.code, line.rule) for line in due.lines] == [
        ("interest", "BE_CDE_XIX_4"),
        ("be_consumer_damages", "BE_CDE_XIX_4"),
    ]
    assert due.lines[1].args["is_maximum"] is True
    assert "waiting_period" not in due.notice_codes


def test_sme_interest_from_the_day_after_the_reminder(rates: RateTable) -> None:
    result = assess(be("400.00", date(2023, 10, 5)), rates)
    (period,) = result.periods
    assert (period.start, period.days, period.rate) == (date(2023, 9, 19), 17, D("12.00"))
    assert result.interest_cents == cents(part("400.00", "12.00", 17))
    assert "be_consumer_rate_at_cap" in result.notice_codes


def test_large_enterprise_interest_only_from_the_end_of_the_wait(rates: RateTable) -> None:
    result = assess(be("400.00", date(2023, 10, 5), creditor_is_sme=False), rates)
    (period,) = result.periods
    assert (period.start, period.days) == (date(2023, 10, 5), 1)
    notice = result.notice("be_consumer_interest_from")
    assert notice is not None and notice.args["creditor_is_sme"] is False


def test_email_reminder_waits_less(rates: RateTable) -> None:
    result = assess(be("400.00", date(2023, 10, 3), reminder_channel=Channel.EMAIL), rates)
    assert (result.waiting_period_start, result.waiting_period_end) == (
        date(2023, 9, 19),
        date(2023, 10, 2),
    )
    assert result.charges_from == date(2023, 10, 3)
    assert result.indemnity_cents == 5500


def test_post_and_email_over_the_national_day(rates: RateTable) -> None:
    common = {"due": date(2025, 7, 1), "reminder_sent_on": date(2025, 7, 17)}
    post = assess(be("1000.00", date(2025, 8, 5), **common), rates)
    email = assess(be("1000.00", date(2025, 8, 5), reminder_channel=Channel.EMAIL, **common), rates)
    assert post.charges_from == date(2025, 8, 6)  # started Wed 23/7, after the holiday
    assert post.lines == ()
    assert email.charges_from == date(2025, 8, 1)  # started Fri 18/7
    assert email.indemnity_cents == be_consumer_damages_cap(100000) == 9000  # 65 + 5 % × 500


def test_no_reminder_no_charges(rates: RateTable) -> None:
    result = assess(be("400.00", date(2024, 6, 1), reminder_sent_on=None), rates)
    assert (result.interest_cents, result.indemnity_cents, result.lines) == (0, 0, ())
    assert (result.waiting_period_end, result.charges_from) == (None, None)
    assert "no_first_reminder" in result.notice_codes
    assert result.indemnity_is_maximum is True


def test_no_penalty_clause_no_charges_but_the_wait_is_shown(rates: RateTable) -> None:
    result = assess(be("400.00", date(2024, 6, 1), penalty_clause=False), rates)
    assert (result.interest_cents, result.indemnity_cents, result.lines) == (0, 0, ())
    assert result.waiting_period_end == date(2023, 10, 4)
    assert result.charges_from is None
    assert "no_penalty_clause" in result.notice_codes


def test_missing_channel_is_taken_as_post(rates: RateTable) -> None:
    result = assess(be("400.00", date(2023, 10, 5), reminder_channel=None), rates)
    assert result.charges_from == date(2023, 10, 5)
    notice = result.notice("reminder_channel_assumed")
    assert notice is not None and notice.args == {"channel": "post"}


@pytest.mark.parametrize("sent", [date(2023, 9, 11), date(2023, 9, 1)])
def test_a_reminder_on_or_before_the_due_date_does_not_count(rates: RateTable, sent: date) -> None:
    result = assess(be("400.00", date(2024, 6, 1), reminder_sent_on=sent), rates)
    assert result.lines == () and result.charges_from is None
    assert "reminder_before_due_date" in result.notice_codes


def test_contract_rate_within_the_cap_is_used(rates: RateTable) -> None:
    result = assess(be("400.00", date(2023, 10, 5), contractual_rate=D("8")), rates)
    assert {p.rate for p in result.periods} == {D("8")}
    assert result.lines[0].args["rate_source"] == "contract"


def test_contract_rate_above_the_cap_voids_the_interest_clause(rates: RateTable) -> None:
    # 2023-S2 cap 12.00: a 12.5 % clause is above it ("réputée non écrite")
    result = assess(be("400.00", date(2023, 10, 5), contractual_rate=D("12.5")), rates)
    assert result.interest_cents == 0
    assert [line.code for line in result.lines] == ["be_consumer_damages"]
    notice = result.notice("contract_rate_above_cap")
    assert notice is not None
    assert notice.args == {"rate": D("12.5"), "cap": D("12.00"), "half_year": "2023-S2"}


def test_cap_per_half_year_over_1_january(rates: RateTable) -> None:
    claim = be(
        "1000.00",
        date(2024, 1, 31),
        due=date(2023, 12, 1),
        reminder_sent_on=date(2023, 12, 4),
        reminder_channel=Channel.EMAIL,
    )
    for options in (Options(), Options(rate_mode=RateMode.DUE_DATE)):  # consumers always split
        result = assess(claim, rates, options)
        assert [(p.half_year, p.rate) for p in result.periods] == [
            (HalfYear(2023, 2), D("12.00")),
            (HalfYear(2024, 1), D("12.50")),
        ]
    # a 12.25 % clause is within the 2024-S1 cap but above the 2023-S2 one: void
    above = assess(replace(claim, contractual_rate=D("12.25")), rates)
    assert above.interest_cents == 0
    assert [n.args["half_year"] for n in above.notices if n.code == "contract_rate_above_cap"] == [
        "2023-S2"
    ]


def test_belgian_consumer_provisional_and_unknown_rates(rates: RateTable) -> None:
    provisional = assess(
        be("400.00", date(2026, 3, 1), due=date(2026, 1, 5), reminder_sent_on=date(2026, 1, 6)),
        rates,
    )
    assert "provisional_rate" in provisional.notice_codes
    with pytest.raises(RateUnknown) as caught:
        assess(
            be("400.00", date(2026, 8, 1), due=date(2026, 5, 5), reminder_sent_on=date(2026, 5, 6)),
            rates,
        )
    assert caught.value.series == "be_b2b"
    # during the wait nothing is computed, so nothing is unknown
    waiting = assess(
        be("400.00", date(2026, 7, 2), due=date(2026, 6, 25), reminder_sent_on=date(2026, 6, 26)),
        rates,
    )
    assert waiting.lines == ()


def test_book_xix_transition_is_flagged_for_old_due_dates(rates: RateTable) -> None:
    old = assess(be("400.00", date(2023, 10, 5)), rates)
    assert "be_book_xix_transition" in old.notice_codes
    recent = assess(
        be("400.00", date(2024, 3, 1), due=date(2024, 1, 5), reminder_sent_on=date(2024, 1, 8)),
        rates,
    )
    assert "be_book_xix_transition" not in recent.notice_codes


def test_belgian_consumer_not_overdue(rates: RateTable) -> None:
    result = assess(be("400.00", date(2023, 9, 11)), rates)
    assert result.lines == () and result.indemnity_is_maximum is True
    assert result.notice_codes[0] == "not_overdue"

"""The call rules at their boundaries: every fixture is written out by hand, one minute, one day
or one cent on each side of the line the rule draws (scripts/mutants_rules.py checks that these
tests fail when a rule moves)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from relance_desktop.domain.calls import guards, objective, plans
from relance_desktop.domain.calls.codes import ObjectiveKind, Outcome, Period, PromiseStatus, Tone
from relance_desktop.domain.calls.guards import CallPolicy, PastCall, check_call
from relance_desktop.domain.calls.hours import DEFAULT_ALLOWED, CallHours, Window
from relance_desktop.domain.calls.objective import propose_objective
from relance_desktop.domain.calls.plans import (
    PlanPolicy,
    add_months,
    build_schedule,
    check_plan,
    months_between,
    schedule_for_amount,
)
from relance_desktop.domain.calls.profile import PayerHistory, payer_tone
from relance_desktop.domain.calls.promises import PaymentFacts, PromiseFacts, deadline, evaluate
from relance_desktop.domain.messages import Message

MONDAY = date(2026, 11, 23)  # no public holiday in France or Belgium
NO_HOURS = CallPolicy(allowed=CallHours(()))


def at(day: date, hh: int, mm: int = 0) -> datetime:
    return datetime.combine(day, time(hh, mm))


def texts(messages: tuple[Message, ...]) -> set[str]:
    return {m.text for m in messages}


def stop(now: datetime, country: str = "BE", **kwargs: object) -> str | None:
    report = check_call(now, country=country, policy=NO_HOURS, past_calls=(), **kwargs)  # type: ignore[arg-type]
    return report.hard_stop.text if report.hard_stop else None


# -- the hard stops --------------------------------------------------------------------------
@pytest.mark.parametrize(("hh", "mm", "banned"), [
    (21, 59, False), (22, 0, True), (23, 30, True), (0, 0, True), (7, 59, True), (8, 0, False),
])
def test_belgian_night_ban_runs_from_22_00_to_08_00(hh: int, mm: int, banned: bool) -> None:
    assert (stop(at(MONDAY, hh, mm)) == guards.BE_NIGHT) is banned


def test_night_ban_is_belgian_only_and_names_the_hour() -> None:
    assert stop(at(MONDAY, 22, 0), country="FR") is None
    assert stop(at(MONDAY, 22, 0), country="be") == guards.BE_NIGHT
    report = check_call(at(MONDAY, 22, 5), country="BE", policy=NO_HOURS, past_calls=())
    assert report.hard_stop is not None and report.hard_stop.args == {"time": "22:05"}


def test_written_only_stops_every_call_day_or_night() -> None:
    assert stop(at(MONDAY, 10, 0), country="FR", written_only=True) == guards.WRITTEN_ONLY
    assert stop(at(MONDAY, 23, 0), written_only=True) == guards.WRITTEN_ONLY


# -- the warnings ----------------------------------------------------------------------------
def warnings(now: datetime, calls: tuple[PastCall, ...] = (), country: str = "FR",
             policy: CallPolicy = NO_HOURS, **kwargs: object) -> set[str]:
    report = check_call(now, country=country, policy=policy, past_calls=calls, **kwargs)  # type: ignore[arg-type]
    return texts(report.warnings)


def test_weekend_is_saturday_and_sunday_only() -> None:
    assert warnings(at(date(2026, 11, 27), 10)) == set()  # Friday
    assert warnings(at(date(2026, 11, 28), 10)) == {guards.WEEKEND}
    assert warnings(at(date(2026, 11, 29), 10)) == {guards.WEEKEND}
    assert warnings(at(date(2026, 11, 30), 10)) == set()  # Monday


def test_public_holiday_of_the_customers_country() -> None:
    assert warnings(at(date(2026, 11, 11), 10)) == {guards.HOLIDAY}  # Armistice (Wednesday)
    assert warnings(at(date(2026, 11, 10), 10)) == set()
    assert warnings(at(date(2026, 7, 21), 10), country="BE") == {guards.HOLIDAY}  # fête nationale
    assert warnings(at(date(2026, 7, 21), 10), country="FR") == set()


@pytest.mark.parametrize(("hh", "mm", "outside"), [
    (8, 59, True), (9, 0, False), (11, 59, False), (12, 0, True), (13, 59, True),
    (14, 0, False), (17, 59, False), (18, 0, True),
])
def test_company_call_hours_on_a_weekday(hh: int, mm: int, outside: bool) -> None:
    policy = CallPolicy(allowed=DEFAULT_ALLOWED)
    assert warnings(at(MONDAY, hh, mm), policy=policy) == (
        {guards.OUTSIDE_ALLOWED} if outside else set())


def test_company_hours_are_said_on_a_weekend_too_and_not_checked_when_none() -> None:
    saturday = at(date(2026, 11, 28), 20)
    assert warnings(saturday, policy=CallPolicy(allowed=DEFAULT_ALLOWED)) == {
        guards.WEEKEND, guards.OUTSIDE_ALLOWED}
    assert warnings(at(MONDAY, 20)) == set()


# -- « may I call now, and when next? » ------------------------------------------------------
def allow(moment: datetime, country: str = "FR", policy: CallPolicy = NO_HOURS,
          customer_hours: CallHours | None = None) -> bool:
    return guards.hours_allow(moment, country=country, policy=policy,
                              customer_hours=customer_hours)


def test_hours_allow_at_their_boundaries() -> None:
    assert allow(at(MONDAY, 21, 59), "BE") and not allow(at(MONDAY, 22, 0), "BE")
    assert not allow(at(MONDAY, 7, 59), "BE") and allow(at(MONDAY, 8, 0), "BE")
    assert allow(at(MONDAY, 22, 0), "FR")
    assert allow(at(date(2026, 11, 27), 10)) and not allow(at(date(2026, 11, 28), 10))
    assert not allow(at(date(2026, 11, 29), 10))
    assert not allow(at(date(2026, 11, 11), 10)) and allow(at(date(2026, 11, 10), 10))
    usual = CallPolicy(allowed=DEFAULT_ALLOWED)
    assert not allow(at(MONDAY, 8, 59), policy=usual) and allow(at(MONDAY, 9, 0), policy=usual)
    mornings = CallHours((Window(frozenset(range(5)), time(9, 30), time(11, 30)),))
    assert not allow(at(MONDAY, 9, 29), customer_hours=mornings)
    assert allow(at(MONDAY, 9, 30), customer_hours=mornings)
    assert allow(at(MONDAY, 20), customer_hours=CallHours(()))


def slot(after: datetime, country: str = "FR", policy: CallPolicy = NO_HOURS,
         customer_hours: CallHours | None = None, search_days: int = 21) -> datetime | None:
    return guards.next_call_slot(after, country=country, policy=policy,
                                 customer_hours=customer_hours, search_days=search_days)


def test_next_slot_at_its_boundaries() -> None:
    usual = CallPolicy(allowed=DEFAULT_ALLOWED)
    assert slot(at(MONDAY, 10), policy=usual) == at(MONDAY, 10)  # now, when allowed
    assert slot(at(MONDAY, 11, 59), policy=usual) == at(MONDAY, 11, 59)
    assert slot(at(MONDAY, 12, 0), policy=usual) == at(MONDAY, 14, 0)
    friday = date(2026, 11, 27)
    assert slot(at(friday, 18, 0), policy=usual) == at(friday + timedelta(3), 9)
    assert slot(at(MONDAY, 22, 0), "BE") == at(MONDAY + timedelta(1), 8)
    assert slot(at(MONDAY, 21, 59), "BE") == at(MONDAY, 21, 59)
    assert slot(at(date(2026, 11, 10), 23), "FR") == at(date(2026, 11, 10), 23)
    assert slot(at(date(2026, 11, 10), 23, 59), "BE") == at(date(2026, 11, 12), 8)  # 11: holiday
    mornings = CallHours((Window(frozenset(range(5)), time(9, 30), time(11, 30)),))
    assert slot(at(MONDAY, 11, 30), policy=usual, customer_hours=mornings) == at(
        MONDAY + timedelta(1), 9, 30)
    evenings = CallHours((Window(frozenset(range(5)), time(19), time(20)),))  # never meets
    assert slot(at(MONDAY, 12, 0), policy=usual, customer_hours=evenings) == at(MONDAY, 14)
    assert slot(at(friday, 18, 0), policy=usual, search_days=2) is None
    assert slot(at(friday, 18, 0), policy=usual, search_days=3) == at(friday + timedelta(3), 9)
    saturday = date(2026, 11, 28)
    assert slot(at(saturday, 10)) == at(saturday + timedelta(2), 0, 0)  # any hour, no weekend
    assert slot(at(friday, 10)) == at(friday, 10)
    assert slot(at(MONDAY, 0, 0)) == at(MONDAY, 0, 0)
    report = check_call(at(MONDAY, 22, 30), country="BE", policy=usual, past_calls=())
    assert report.next_slot == at(MONDAY + timedelta(1), 9)


def test_customer_preferred_hours() -> None:
    mornings = CallHours((Window(frozenset(range(5)), time(9, 30), time(11, 30)),))
    assert warnings(at(MONDAY, 9, 29), customer_hours=mornings) == {guards.OUTSIDE_CUSTOMER}
    assert warnings(at(MONDAY, 9, 30), customer_hours=mornings) == set()
    assert warnings(at(MONDAY, 11, 30), customer_hours=mornings) == {guards.OUTSIDE_CUSTOMER}
    assert warnings(at(MONDAY, 20), customer_hours=CallHours(())) == set()
    assert warnings(at(MONDAY, 20), customer_hours=None) == set()


def call(moment: datetime, outcome: str = Outcome.NO_ANSWER, who: str = "Claire") -> PastCall:
    return PastCall(moment, who, outcome)


def test_one_call_a_day_counts_calls_until_now_only() -> None:
    now = at(MONDAY, 15)
    assert warnings(now, (call(at(MONDAY, 15)),)) == {guards.CALLED_TODAY}
    assert warnings(now, (call(at(MONDAY, 15, 1)),)) == set()  # not made yet
    assert warnings(now, (call(at(MONDAY - timedelta(days=1), 23, 59)),)) == set()
    report = check_call(now, country="FR", policy=NO_HOURS,
                        past_calls=(call(at(MONDAY, 9), who=""), call(at(MONDAY, 11))))
    assert report.warnings[0].args["count"] == 2 and report.warnings[0].args["time"] == "11:00"
    assert report.warnings[0].args["who"] == "Claire"
    assert report.last_call == call(at(MONDAY, 11))
    two_a_day = CallPolicy(allowed=CallHours(()), per_day=2)
    assert warnings(now, (call(at(MONDAY, 9)),), policy=two_a_day) == set()


def test_three_calls_in_seven_days() -> None:
    now = at(MONDAY, 15)
    week_ago = now - timedelta(days=7)
    inside = (call(week_ago + timedelta(minutes=1)), call(now - timedelta(days=3)),
              call(now - timedelta(days=1)))
    assert warnings(now, inside) == {guards.OVER_7_DAYS}
    on_the_edge = (call(week_ago), *inside[1:])
    assert warnings(now, on_the_edge) == set()
    assert warnings(now, inside[1:]) == set()
    found = check_call(now, country="FR", policy=NO_HOURS, past_calls=inside).warnings[0]
    assert found.args["count"] == 3 and found.args["limit"] == 3
    assert found.args["day"] == MONDAY - timedelta(days=1)


def test_four_calls_in_thirty_days() -> None:
    now = at(MONDAY, 15)
    month_ago = now - timedelta(days=30)
    inside = (call(month_ago + timedelta(minutes=1)), call(now - timedelta(days=20)),
              call(now - timedelta(days=15)), call(now - timedelta(days=2)))
    assert warnings(now, inside) == {guards.OVER_30_DAYS}
    assert warnings(now, (call(month_ago), *inside[1:])) == set()
    assert warnings(now, inside[1:]) == set()


def test_sixty_quiet_days_after_a_refusal() -> None:
    now = at(MONDAY, 15)
    quiet = now - timedelta(days=60)
    inside = call(quiet + timedelta(minutes=1), Outcome.REFUSED)
    report = check_call(now, country="FR", policy=NO_HOURS, past_calls=(inside,))
    assert texts(report.warnings) == {guards.REFUSED}
    assert report.warnings[0].args["until"] == inside.at.date() + timedelta(days=60)
    assert warnings(now, (call(quiet, Outcome.REFUSED),)) == set()
    latest = call(now - timedelta(days=2), Outcome.REFUSED, who="Paul")
    report = check_call(now, country="FR", policy=NO_HOURS, past_calls=(latest, inside))
    assert report.warnings[0].args["who"] == "Paul"
    assert report.warnings[0].args["until"] == latest.at.date() + timedelta(days=60)
    assert warnings(now, (call(now - timedelta(days=1), Outcome.REACHED),)) == set()


def test_default_limits_of_the_policy() -> None:
    assert (CallPolicy().per_day, CallPolicy().per_7_days, CallPolicy().per_30_days,
            CallPolicy().quiet_days_after_refusal) == (1, 3, 4, 60)


# -- call hours: open, next opening ------------------------------------------------------------
def test_hours_are_open_from_start_included_to_end_excluded() -> None:
    assert not DEFAULT_ALLOWED.is_open(at(MONDAY, 8, 59))
    assert DEFAULT_ALLOWED.is_open(at(MONDAY, 9, 0))
    assert not DEFAULT_ALLOWED.is_open(at(MONDAY, 12, 0))
    assert not DEFAULT_ALLOWED.is_open(at(date(2026, 11, 28), 10))
    assert DEFAULT_ALLOWED.today_windows(MONDAY) == ((time(9), time(12)), (time(14), time(18)))
    assert DEFAULT_ALLOWED.today_windows(date(2026, 11, 29)) == ()


def test_next_opening() -> None:
    assert DEFAULT_ALLOWED.next_open(at(MONDAY, 10)) == at(MONDAY, 10)
    assert DEFAULT_ALLOWED.next_open(at(MONDAY, 8, 59)) == at(MONDAY, 9)
    assert DEFAULT_ALLOWED.next_open(at(MONDAY, 12)) == at(MONDAY, 14)
    friday = date(2026, 11, 27)
    assert DEFAULT_ALLOWED.next_open(at(friday, 18)) == at(friday + timedelta(days=3), 9)
    sundays = CallHours((Window(frozenset({6}), time(10), time(11)),))
    assert sundays.next_open(at(date(2026, 11, 29), 11)) == at(date(2026, 12, 6), 10)
    assert CallHours(()).next_open(at(MONDAY, 10)) is None


# -- payment plans ---------------------------------------------------------------------------
def test_monthly_steps_keep_the_day_clamped_to_the_month() -> None:
    assert add_months(date(2027, 1, 31), 1) == date(2027, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)
    assert add_months(date(2026, 12, 15), 1) == date(2027, 1, 15)
    assert add_months(date(2026, 11, 30), 2, anchor_day=31) == date(2027, 1, 31)
    assert add_months(date(2027, 1, 10), -1) == date(2026, 12, 10)
    dates = [d for d, _ in build_schedule(300_00, 3, date(2027, 1, 31), Period.MONTH)]
    assert dates == [date(2027, 1, 31), date(2027, 2, 28), date(2027, 3, 31)]


def test_weekly_and_fortnightly_steps() -> None:
    start = date(2026, 11, 24)
    assert [d for d, _ in build_schedule(300_00, 3, start, Period.WEEK)] == [
        start, date(2026, 12, 1), date(2026, 12, 8)]
    assert [d for d, _ in build_schedule(300_00, 3, start, Period.FORTNIGHT)] == [
        start, date(2026, 12, 8), date(2026, 12, 22)]


def test_equal_instalments_the_remainder_on_the_last() -> None:
    start = date(2026, 11, 24)
    assert [c for _, c in build_schedule(1000, 3, start, Period.MONTH)] == [333, 333, 334]
    assert [c for _, c in build_schedule(6, 6, start, Period.WEEK)] == [1] * 6
    assert [c for _, c in build_schedule(1, 1, start, Period.WEEK)] == [1]
    assert len(build_schedule(600_00, plans.MAX_INSTALMENTS, start, Period.WEEK)) == 600
    for total, count, said in ((0, 1, plans.NOTHING_TO_SPLIT), (100, 0, plans.COUNT_OUT_OF_RANGE),
                               (600_00, 601, plans.COUNT_OUT_OF_RANGE),
                               (5, 6, plans.COUNT_ABOVE_CENTS)):
        with pytest.raises(plans.PlanInputError) as refused:  # a message for the user
            build_schedule(total, count, start, Period.MONTH)
        assert refused.value.message.text == said, (total, count)


def test_instalments_of_the_amount_the_customer_proposes() -> None:
    start = date(2026, 11, 24)
    assert [c for _, c in schedule_for_amount(1000, 300, start, Period.WEEK)] == [
        300, 300, 300, 100]
    assert [c for _, c in schedule_for_amount(900, 300, start, Period.WEEK)] == [300, 300, 300]
    assert [c for _, c in schedule_for_amount(1, 1, start, Period.WEEK)] == [1]
    assert len(schedule_for_amount(600, 1, start, Period.WEEK)) == 600
    for total, each, said in ((0, 100, plans.NOTHING_TO_SPLIT),
                              (100, 0, plans.NO_INSTALMENT_AMOUNT),
                              (601, 1, plans.TOO_MANY_INSTALMENTS)):
        with pytest.raises(plans.PlanInputError) as refused:
            schedule_for_amount(total, each, start, Period.WEEK)
        assert refused.value.message.text == said, (total, each)
    with pytest.raises(plans.PlanInputError) as refused:
        schedule_for_amount(601, 1, start, Period.WEEK)
    assert refused.value.message.args == {"count": 601, "limit": 600}


def test_months_between_counts_a_started_month() -> None:
    assert months_between(date(2026, 1, 15), date(2026, 2, 15)) == 1
    assert months_between(date(2026, 1, 15), date(2026, 2, 16)) == 2
    assert months_between(date(2026, 1, 15), date(2027, 1, 14)) == 12
    assert months_between(date(2026, 3, 1), date(2026, 2, 1)) == 0


def check(instalments: list[tuple[date, int]],
          due: int = 1000_00) -> tuple[set[str], set[str]]:
    result = check_plan(instalments, total_due_cents=due, currency="EUR", today=MONDAY)
    assert result.ok is (not result.errors)
    return texts(result.errors), texts(result.warnings)


def test_an_instalment_due_today_is_not_in_the_past() -> None:
    assert check([(MONDAY, 1000_00)]) == (set(), set())
    yesterday = MONDAY - timedelta(days=1)
    assert check([(yesterday, 1000_00)]) == ({plans.IN_THE_PAST}, set())


def test_plan_errors_at_their_boundaries() -> None:
    assert check([]) == ({plans.NO_INSTALMENT}, set())
    assert check([(MONDAY, 0), (MONDAY + timedelta(1), 1000_00)])[0] == {plans.NOT_POSITIVE}
    assert check([(MONDAY, 1), (MONDAY + timedelta(1), 999_99)])[0] == set()
    same_day = [(MONDAY, 500_00), (MONDAY, 500_00)]
    assert check(same_day)[0] == {plans.NOT_INCREASING}
    assert check([(MONDAY, 500_00), (MONDAY + timedelta(1), 500_00)])[0] == set()
    assert check([(MONDAY, 1000_01)])[0] == {plans.ABOVE_DUE}
    assert check([(MONDAY, 1000_00)])[0] == set()
    result = check_plan([(MONDAY, 500_00), (MONDAY, 500_00)], total_due_cents=1000_00,
                        currency="EUR", today=MONDAY)
    assert result.errors[0].args == {"number": 2, "day": MONDAY, "previous": MONDAY}
    assert not result.ok


def test_a_plan_longer_than_twelve_months_is_a_warning() -> None:
    last_allowed = add_months(MONDAY, 12)
    assert check([(MONDAY, 500_00), (last_allowed, 500_00)]) == (set(), set())
    assert check([(MONDAY, 500_00), (last_allowed + timedelta(1), 500_00)]) == (
        set(), {plans.TOO_LONG})
    result = check_plan([(MONDAY, 500_00), (last_allowed + timedelta(1), 500_00)],
                        total_due_cents=1000_00, currency="EUR", today=MONDAY)
    assert result.warnings[0].args["months"] == 13 and result.warnings[0].args["limit"] == 12


@pytest.mark.parametrize(("months", "text", "years"), [
    (23, plans.TOO_LONG, None), (24, plans.TOO_LONG_YEARS, 2), (29, plans.TOO_LONG_YEARS, 2),
    (30, plans.TOO_LONG_YEARS, 3),
])
def test_very_long_plans_are_said_in_years(months: int, text: str, years: int | None) -> None:
    end = add_months(MONDAY, months)
    result = check_plan([(MONDAY, 500_00), (end, 500_00)], total_due_cents=1000_00,
                        currency="EUR", today=MONDAY)
    [warning] = result.warnings
    assert warning.text == text and warning.args["months"] == months
    assert warning.args.get("years") == years


def test_instalments_under_the_minimum() -> None:
    nextweek = MONDAY + timedelta(7)
    assert check([(MONDAY, 50_00), (nextweek, 50_00)], due=100_00) == (set(), set())
    _, found = check([(MONDAY, 49_99), (nextweek, 50_01)], due=100_00)
    assert found == {plans.BELOW_MINIMUM}
    # the small balance after regular instalments is not a warning...
    assert check([(MONDAY, 60_00), (nextweek, 10_00)], due=70_00) == (set(), set())
    # ...but a single small instalment, or small equal ones, are
    assert check([(MONDAY, 49_99)], due=49_99)[1] == {plans.BELOW_MINIMUM}
    assert check([(MONDAY, 40_00), (nextweek, 40_00)], due=80_00)[1] == {plans.BELOW_MINIMUM}
    result = check_plan([(MONDAY, 30_00), (nextweek, 40_00), (nextweek + timedelta(7), 50_00)],
                        total_due_cents=120_00, currency="EUR", today=MONDAY)
    assert result.warnings[0].args["count"] == 2
    assert result.warnings[0].args["smallest"].cents == 30_00

    def small(amounts: list[int]) -> tuple[int, int] | None:
        days = [MONDAY + timedelta(7 * n) for n in range(len(amounts))]
        found = check_plan(list(zip(days, amounts, strict=True)), total_due_cents=sum(amounts),
                           currency="EUR", today=MONDAY).warnings
        return next(((w.args["count"], w.args["smallest"].cents) for w in found
                     if w.text == plans.BELOW_MINIMUM), None)

    assert small([40_00, 30_00, 10_00]) == (2, 30_00)  # only the last one is forgiven
    assert small([40_00, 40_00]) == (2, 40_00)  # equal: the last is no balance
    assert small([1, 60_00]) == (1, 1)
    assert small([60_00, 60_00]) is None


def test_a_zero_instalment_is_an_error_not_a_small_one() -> None:
    errors, found = check([(MONDAY, 0)])
    assert errors == {plans.NOT_POSITIVE} and found == set()


def test_first_instalment_within_thirty_days() -> None:
    day30 = MONDAY + timedelta(30)
    assert check([(day30, 1000_00)]) == (set(), set())
    assert check([(day30 + timedelta(1), 1000_00)])[1] == {plans.FIRST_TOO_LATE}


def test_a_plan_that_does_not_cover_the_debt() -> None:
    assert check([(MONDAY, 999_99)])[1] == {plans.NOT_COVERED}
    assert check([(MONDAY, 1)], due=2)[1] == {plans.NOT_COVERED, plans.BELOW_MINIMUM}
    result = check_plan([(MONDAY, 999_99)], total_due_cents=1000_00, currency="EUR",
                        today=MONDAY)
    assert result.warnings[0].args["missing"].cents == 1
    assert PlanPolicy() == PlanPolicy(max_months=12, min_instalment_cents=5000,
                                      max_first_delay_days=30)


# -- promises --------------------------------------------------------------------------------
CREATED = date(2026, 11, 10)
PROMISED = date(2026, 11, 16)  # deadline with 3 days of grace: 19 November


def promise(amount: int = 300_00, grace: int = 3, pid: int = 1,
            invoices: frozenset[int] | None = None, promised_on: date = PROMISED) -> PromiseFacts:
    return PromiseFacts(pid, CREATED, promised_on, amount, grace, invoices)


def paid(day: date, cents: int = 300_00, invoice: int = 7) -> PaymentFacts:
    return PaymentFacts(invoice, day, cents)


def status(promises: list[PromiseFacts], payments: list[PaymentFacts], today: date,
           pid: int = 1) -> tuple[PromiseStatus, int]:
    result = evaluate(promises, payments, today)[pid]
    return result.status, result.paid_cents


def test_deadline_is_the_promised_day_plus_the_grace_days() -> None:
    assert deadline(promise()) == date(2026, 11, 19)
    assert deadline(promise(grace=0)) == PROMISED
    assert deadline(promise(grace=-2)) == PROMISED


def test_a_payment_counts_from_the_day_the_promise_was_made_to_its_deadline() -> None:
    today = date(2026, 11, 30)
    p = [promise()]
    assert status(p, [paid(CREATED)], today) == (PromiseStatus.KEPT, 300_00)
    assert status(p, [paid(CREATED - timedelta(1))], today) == (PromiseStatus.BROKEN, 0)
    assert status(p, [paid(date(2026, 11, 19))], today) == (PromiseStatus.KEPT, 300_00)
    assert status(p, [paid(date(2026, 11, 20))], today) == (PromiseStatus.BROKEN, 0)


def test_the_promise_is_open_until_its_deadline_has_passed() -> None:
    p = [promise()]
    assert status(p, [], date(2026, 11, 19)) == (PromiseStatus.OPEN, 0)
    assert status(p, [], date(2026, 11, 20)) == (PromiseStatus.BROKEN, 0)
    assert status(p, [paid(date(2026, 11, 18), 299_99)], date(2026, 11, 19)) == (
        PromiseStatus.OPEN, 299_99)
    assert status(p, [paid(date(2026, 11, 18), 299_99)], date(2026, 11, 20)) == (
        PromiseStatus.PARTIAL, 299_99)
    assert status(p, [paid(date(2026, 11, 12), 300_00)], date(2026, 11, 12)) == (
        PromiseStatus.KEPT, 300_00)


def test_every_cent_counts_towards_the_promise() -> None:
    payments = [paid(date(2026, 11, 12), 299_99), paid(date(2026, 11, 13), 1)]
    assert status([promise()], payments, date(2026, 11, 30)) == (PromiseStatus.KEPT, 300_00)


def test_payments_after_today_and_empty_ones_do_not_count() -> None:
    p = [promise()]
    assert status(p, [paid(date(2026, 11, 18))], date(2026, 11, 17)) == (PromiseStatus.OPEN, 0)
    assert status(p, [paid(date(2026, 11, 17), 0)], date(2026, 11, 20)) == (
        PromiseStatus.BROKEN, 0)


def test_each_cent_counts_once_by_deadline_order() -> None:
    first = promise(200_00, pid=1)
    second = promise(200_00, pid=2, promised_on=date(2026, 11, 23))
    payments = [paid(date(2026, 11, 12), 300_00)]
    result = evaluate([second, first], payments, date(2026, 11, 30))
    assert (result[1].status, result[1].paid_cents) == (PromiseStatus.KEPT, 200_00)
    assert (result[2].status, result[2].paid_cents) == (PromiseStatus.PARTIAL, 100_00)
    # more than enough: the first takes what it needs, no more
    result = evaluate([first], [paid(date(2026, 11, 12), 150_00), paid(date(2026, 11, 13), 150_00)],
                      date(2026, 11, 30))
    assert result[1].paid_cents == 200_00


def test_a_promise_on_one_invoice_counts_only_its_payments() -> None:
    p = [promise(invoices=frozenset({7}))]
    assert status(p, [paid(date(2026, 11, 12), invoice=8)], date(2026, 11, 30)) == (
        PromiseStatus.BROKEN, 0)
    assert status(p, [paid(date(2026, 11, 12), invoice=7)], date(2026, 11, 30)) == (
        PromiseStatus.KEPT, 300_00)


# -- payer tone and objective ----------------------------------------------------------------
def tone(settled: int, late: int, broken: int = 0, overdue: int = 0) -> Tone:
    return payer_tone(PayerHistory(settled, late, broken, 0, overdue))


def test_payer_tone_at_its_boundaries() -> None:
    assert tone(0, 0, broken=2) is Tone.CHRONIC
    assert tone(0, 0, broken=1) is Tone.STANDARD
    assert tone(4, 2) is Tone.CHRONIC  # half settled late
    assert tone(3, 2) is Tone.CHRONIC
    assert tone(4, 1) is Tone.STANDARD  # a quarter: neither
    assert tone(5, 2) is Tone.STANDARD  # two in five: neither
    assert tone(2, 2) is Tone.STANDARD  # too little history
    assert tone(3, 0) is Tone.LOYAL
    assert tone(2, 0) is Tone.STANDARD
    assert tone(5, 1) is Tone.LOYAL  # one in five
    assert tone(5, 1, broken=1) is Tone.STANDARD
    assert tone(5, 1, overdue=1) is Tone.LOYAL
    assert tone(5, 1, overdue=2) is Tone.STANDARD


def goal(due: int, *, disputed: bool = False, tone: Tone = Tone.STANDARD,
         broken: int = 0) -> tuple[ObjectiveKind, str]:
    found = propose_objective(due_cents=due, currency="EUR", disputed=disputed, tone=tone,
                              broken_promises=broken)
    return found.kind, found.text.text


def test_objective_at_its_boundaries() -> None:
    assert goal(100_00, disputed=True) == (ObjectiveKind.ACTION_PLAN, objective.ACTION_PLAN)
    assert goal(500_00) == (ObjectiveKind.PAY_NOW, objective.PAY_NOW)
    assert goal(500_01) == (ObjectiveKind.FIRM_DATE, objective.FIRM_DATE)
    assert goal(500_01, broken=2) == (ObjectiveKind.FIRM_DATE, objective.SHORT_COMMITMENT)
    assert goal(500_01, broken=1) == (ObjectiveKind.FIRM_DATE, objective.FIRM_DATE)
    assert goal(500_01, tone=Tone.CHRONIC) == (ObjectiveKind.FIRM_DATE,
                                               objective.SHORT_COMMITMENT)
    assert goal(5000_00, broken=2) == (ObjectiveKind.FIRM_DATE, objective.SHORT_FIRST_PAYMENT)
    assert goal(4999_99, broken=2) == (ObjectiveKind.FIRM_DATE, objective.SHORT_COMMITMENT)
    assert goal(5000_00) == (ObjectiveKind.PLAN, objective.LARGE)
    assert goal(4999_99) == (ObjectiveKind.FIRM_DATE, objective.FIRM_DATE)
    assert goal(4999_99, tone=Tone.LOYAL) == (ObjectiveKind.UNDERSTAND, objective.UNDERSTAND)
    assert goal(5000_00, tone=Tone.LOYAL) == (ObjectiveKind.PLAN, objective.LARGE)

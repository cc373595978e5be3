"""Payment plans: the schedule and the checks before saving it."""

from __future__ import annotations

from datetime import date

import pytest

from relance_desktop.domain.calls.codes import Period
from relance_desktop.domain.calls.plans import (
    PlanPolicy,
    build_schedule,
    check_plan,
    schedule_for_amount,
)

TODAY = date(2026, 11, 23)


def test_equal_instalments_with_the_remainder_on_the_last() -> None:
    plan = build_schedule(100_00, 3, date(2026, 12, 1), Period.MONTH)
    assert plan == [(date(2026, 12, 1), 3333), (date(2027, 1, 1), 3333), (date(2027, 2, 1), 3334)]
    assert sum(cents for _, cents in plan) == 100_00


def test_monthly_steps_keep_the_day_of_month_clamped() -> None:
    days = [d for d, _ in build_schedule(400_00, 4, date(2027, 1, 31), Period.MONTH)]
    assert days == [date(2027, 1, 31), date(2027, 2, 28), date(2027, 3, 31), date(2027, 4, 30)]
    leap = [d for d, _ in build_schedule(200_00, 2, date(2028, 1, 31), Period.MONTH)]
    assert leap == [date(2028, 1, 31), date(2028, 2, 29)]


def test_weekly_and_fortnightly_steps() -> None:
    weeks = [d for d, _ in build_schedule(300_00, 3, date(2026, 12, 1), Period.WEEK)]
    assert weeks == [date(2026, 12, 1), date(2026, 12, 8), date(2026, 12, 15)]
    fortnights = [d for d, _ in build_schedule(200_00, 2, date(2026, 12, 1), Period.FORTNIGHT)]
    assert fortnights == [date(2026, 12, 1), date(2026, 12, 15)]


def test_what_the_customer_proposes_each_month() -> None:
    plan = schedule_for_amount(250_00, 100_00, date(2026, 12, 5), Period.MONTH)
    assert plan == [(date(2026, 12, 5), 100_00), (date(2027, 1, 5), 100_00),
                    (date(2027, 2, 5), 50_00)]


@pytest.mark.parametrize("args", [(0, 3), (100, 0), (2, 3)])
def test_impossible_schedules_are_refused(args: tuple[int, int]) -> None:
    with pytest.raises(ValueError):
        build_schedule(args[0], args[1], TODAY, Period.MONTH)
    with pytest.raises(ValueError):
        schedule_for_amount(100_00, 0, TODAY, Period.MONTH)


def check(plan: list[tuple[date, int]], due: int = 600_00) -> tuple[list[str], list[str]]:
    result = check_plan(plan, total_due_cents=due, currency="EUR", today=TODAY)
    return [e.render() for e in result.errors], [w.render() for w in result.warnings]


def test_a_sensible_plan_passes_without_remarks() -> None:
    plan = build_schedule(600_00, 3, date(2026, 12, 10), Period.MONTH)
    assert check(plan) == ([], [])


def test_ten_euros_a_month_on_600_takes_five_years() -> None:
    plan = schedule_for_amount(600_00, 10_00, date(2026, 12, 23), Period.MONTH)
    errors, warnings = check(plan)
    assert errors == []
    assert warnings == [
        "La dette ne serait soldée que le 2031-11-23, après 60 mois, soit environ 5 ans "
        "(au plus 12 mois conseillés).",
        "Échéances inférieures au minimum conseillé de 50.00 EUR : 60 (la plus petite : "
        "10.00 EUR).",
    ]


def test_errors_block_saving() -> None:
    assert check([])[0] == ["Ajoutez au moins une échéance."]
    errors, _ = check([(date(2026, 11, 20), 100_00), (date(2026, 11, 30), 0),
                       (date(2026, 11, 30), 700_00)])
    assert errors == [
        "L'échéance n° 1 tombe dans le passé (2026-11-20).",
        "L'échéance n° 2 du 2026-11-30 doit avoir un montant positif.",
        "L'échéance n° 3 (2026-11-30) doit tomber après la précédente (2026-11-30).",
        "Le total des échéances (800.00 EUR) dépasse ce qui est dû (600.00 EUR).",
    ]
    assert not check_plan([(TODAY, 0)], total_due_cents=1, currency="EUR", today=TODAY).ok


def test_late_first_instalment_and_uncovered_balance() -> None:
    plan = [(date(2027, 1, 15), 200_00), (date(2027, 2, 15), 200_00)]
    errors, warnings = check(plan)
    assert errors == []
    assert warnings == [
        "La première échéance (2027-01-15) est dans 53 jours : au plus 30 jours conseillés.",
        "Le plan ne couvre pas tout ce qui est dû (600.00 EUR) : il manque 200.00 EUR.",
    ]


def test_small_last_balance_is_not_below_the_minimum() -> None:
    plan = schedule_for_amount(210_00, 100_00, date(2026, 12, 1), Period.MONTH)
    assert check(plan, due=210_00) == ([], [])
    policy = PlanPolicy(min_instalment_cents=150_00)
    result = check_plan(plan, total_due_cents=210_00, currency="EUR", today=TODAY, policy=policy)
    assert len(result.warnings) == 1

"""A call step handed to « Aujourd'hui » and never made, through the service: the step is
recorded as skipped (« Appel non passé ») once its call-back is closed without a call or a week
went by, and the customer gets what is due now. SQLite, or PostgreSQL with --engine postgres."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from relance_desktop.domain.dunning import Channel, Scenario, Step
from relance_desktop.domain.dunning.engine import CALL_NOT_MADE
from relance_desktop.services import calls, dunning, dunning_run
from relance_desktop.store.models import Customer, Invoice, Task
from relance_desktop.store.session import CompanySession

MONDAY = date(2026, 11, 23)
NOW = datetime.combine(MONDAY, time(10, 0))
# A call at due + 5, again a week later if not answered, and a letter the day after the call.
CALLS = Scenario("fr-business", "Entreprises", (
    Step(1, "call", 5, repeat_every_days=7, repeat_max=2),
    Step(2, "letter", 1, anchor="previous", letter_kind="first_reminder"),
))


def handed_over(cf: CompanySession) -> int:
    """A customer 5 days late whose call step was handed to « Aujourd'hui » on Monday."""
    dunning.install_shipped(cf)
    dunning.save_scenario(cf, CALLS)
    person = Customer.create(name="Garage Martin")
    Invoice.create(customer=person, number="F-1", issue_date=MONDAY - timedelta(days=35),
                   due_date=MONDAY - timedelta(days=5), amount_cents=80_000)
    (action,) = dunning.day_actions(cf, MONDAY)
    assert action.proposal.step.channel is Channel.CALL
    dunning_run.hand_call_to_today(cf, action, MONDAY, NOW)
    return int(person.id)


def steps(cf: CompanySession, customer: int, today: date) -> list[tuple[int, str, str]]:
    return [(h.position, h.outcome.value, h.reason)
            for h in dunning.history(cf, customer, today)]


def proposed(cf: CompanySession, day: date) -> list[tuple[int, str]]:
    return [(a.proposal.step.position, a.proposal.reason) for a in dunning.day_actions(cf, day)]


def test_a_call_back_closed_without_a_call_lets_the_scenario_go_on(cf: CompanySession) -> None:
    customer = handed_over(cf)
    tuesday = MONDAY + timedelta(days=1)
    assert proposed(cf, tuesday) == []  # the call may still be made
    task = Task.get(Task.customer == customer)
    calls.complete_task(cf, task.id, "annulé", at=datetime.combine(tuesday, time(9, 0)))
    assert steps(cf, customer, tuesday) == [(1, "skipped", CALL_NOT_MADE)]
    assert proposed(cf, tuesday) == [(2, "step_due")]


def test_a_call_never_made_holds_seven_days(cf: CompanySession) -> None:
    customer = handed_over(cf)
    seventh, eighth = MONDAY + timedelta(days=7), MONDAY + timedelta(days=8)
    assert proposed(cf, seventh) == []
    assert steps(cf, customer, seventh) == [(1, "pending", "")]
    assert proposed(cf, eighth) == [(2, "step_due")]
    assert steps(cf, customer, eighth) == [(1, "skipped", CALL_NOT_MADE)]


def test_the_skip_is_written_when_the_next_step_is_recorded(cf: CompanySession) -> None:
    customer = handed_over(cf)
    eighth = MONDAY + timedelta(days=8)
    (letter,) = dunning.day_actions(cf, eighth)
    dunning.record_done(cf, letter, eighth)
    assert cf.tuples("SELECT position, outcome, reason FROM dunning_action ORDER BY id") == [
        (1, "skipped", CALL_NOT_MADE), (2, "done", "step_due")]
    assert steps(cf, customer, eighth + timedelta(days=30)) == [
        (1, "skipped", CALL_NOT_MADE), (2, "done", "")]


def call_on(cf: CompanySession, customer: int, day: date) -> None:
    at = datetime.combine(day, time(11, 0))
    calls.finish_call(cf, calls.CallDraft(customer, outcome="no_answer", started_at=at),
                      user_id=None, at=at)


def test_a_call_logged_on_the_last_day_is_the_step_done(cf: CompanySession) -> None:
    customer = handed_over(cf)
    seventh = MONDAY + timedelta(days=7)
    call_on(cf, customer, seventh)
    assert steps(cf, customer, seventh) == [(1, "done", "")]
    assert proposed(cf, seventh + timedelta(days=1)) == []  # within the gap after the call


def test_a_call_logged_after_the_week_does_not_revive_the_step(cf: CompanySession) -> None:
    customer = handed_over(cf)
    eighth = MONDAY + timedelta(days=8)
    call_on(cf, customer, eighth)
    assert steps(cf, customer, eighth) == [(1, "skipped", CALL_NOT_MADE)]


def test_closing_the_call_back_writes_the_step_as_not_made(cf: CompanySession) -> None:
    """The skip is recorded when the call-back is closed, not only told on reading."""
    customer = handed_over(cf)
    tuesday = MONDAY + timedelta(days=1)
    task = Task.get(Task.customer == customer)
    calls.complete_task(cf, task.id, "annulé", at=datetime.combine(tuesday, time(9, 0)))
    assert cf.tuples("SELECT position, outcome, reason FROM dunning_action") == [
        (1, "skipped", CALL_NOT_MADE)]

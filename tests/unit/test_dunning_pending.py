"""A call step handed to « Aujourd'hui » that is never made: it holds the scenario for a week
at most, or until its call-back task is closed without a call; then it counts as skipped
(« Appel non passé ») and the engine goes on with what is due."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from relance_desktop.domain.dunning import (
    Channel,
    CustomerFacts,
    HistoryEntry,
    InvoiceFacts,
    Outcome,
    Scenario,
    SendCalendar,
    Step,
    forecast,
    propose,
)
from relance_desktop.domain.dunning.engine import CALL_NOT_MADE, PENDING_CALL_DAYS

DUE = date(2025, 1, 3)  # a Friday
HANDED = date(2025, 1, 8)  # Wednesday, due + 5: the call is handed to « Aujourd'hui »
CAL = SendCalendar("FR")

CALL_THEN_LETTER = Scenario("s", "s", (
    Step(1, "call", 5),
    Step(2, "letter", 3, anchor="previous", letter_kind="first_reminder"),
))
CALL_REPEATED = Scenario("r", "r", (Step(1, "call", 5, repeat_every_days=7, repeat_max=1),))


def customer(scenario: Scenario, *, call_planned: bool = True,
             outcome: Outcome = Outcome.PENDING) -> CustomerFacts:
    return CustomerFacts(
        1, "Garage Martin", "business", "FR", (InvoiceFacts(10, "F-1", DUE, 50_000, 50_000),),
        history=(HistoryEntry(scenario.key, 1, Channel.CALL, HANDED, (10,), outcome),),
        call_planned=call_planned)


def test_the_bound_is_a_week() -> None:
    assert PENDING_CALL_DAYS == 7


def test_a_call_not_made_holds_the_scenario_seven_days_then_the_next_step_comes() -> None:
    facts = customer(CALL_THEN_LETTER)
    for day in (6, 7):  # Tuesday and Wednesday of the next week: the call may still be made
        assert propose(facts, CALL_THEN_LETTER, HANDED + timedelta(days=day), CAL) is None
    later = propose(facts, CALL_THEN_LETTER, HANDED + timedelta(days=8), CAL)
    assert later is not None
    assert (later.step.position, later.step.channel, later.invoice_ids) == (
        2, Channel.LETTER, (10,))


def test_a_call_not_made_comes_back_when_the_step_repeats() -> None:
    facts = customer(CALL_REPEATED)
    assert propose(facts, CALL_REPEATED, HANDED + timedelta(days=7), CAL) is None
    again = propose(facts, CALL_REPEATED, HANDED + timedelta(days=8), CAL)
    assert again is not None
    assert (again.step.position, again.reason) == (1, "step_repeat")


def test_a_call_back_closed_without_a_call_frees_the_scenario_at_once() -> None:
    day = HANDED + timedelta(days=3)  # Saturday: not a sending day; Monday then
    monday = HANDED + timedelta(days=5)
    assert propose(customer(CALL_THEN_LETTER), CALL_THEN_LETTER, monday, CAL) is None
    freed = propose(customer(CALL_THEN_LETTER, call_planned=False), CALL_THEN_LETTER, monday, CAL)
    assert freed is not None and freed.step.position == 2
    assert propose(customer(CALL_THEN_LETTER, call_planned=False), CALL_THEN_LETTER, day,
                   CAL) is None


def test_a_call_made_on_the_last_day_is_a_contact_and_the_next_step_counts_from_it() -> None:
    facts = customer(CALL_THEN_LETTER, outcome=Outcome.DONE)
    facts = replace(facts, history=(HistoryEntry(
        "s", 1, Channel.CALL, HANDED + timedelta(days=7), (10,)),))
    assert propose(facts, CALL_THEN_LETTER, HANDED + timedelta(days=8), CAL) is None
    after = propose(facts, CALL_THEN_LETTER, HANDED + timedelta(days=12), CAL)
    assert after is not None and after.step.position == 2


def test_the_missed_call_is_told_as_such() -> None:
    from relance_desktop.domain.dunning.engine import settle_pending

    held = settle_pending(customer(CALL_THEN_LETTER), HANDED + timedelta(days=7))
    assert [h.outcome for h in held.history] == [Outcome.PENDING]
    (missed,) = settle_pending(customer(CALL_THEN_LETTER), HANDED + timedelta(days=8)).history
    assert (missed.outcome, missed.reason) == (Outcome.SKIPPED, CALL_NOT_MADE)


def test_the_timeline_sees_the_week_run_out() -> None:
    ahead = forecast(customer(CALL_THEN_LETTER), CALL_THEN_LETTER, HANDED + timedelta(days=1),
                     CAL, 30)
    assert [(day, p.step.position) for day, p in ahead] == [
        (HANDED + timedelta(days=8), 2)]

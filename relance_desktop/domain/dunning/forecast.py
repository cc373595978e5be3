"""See ahead: what the engine will propose for a customer over the coming days, if the user
carries out every proposal on the day it is made and nothing else changes (no payment, no
promise). Pure, like the engine: :func:`forecast` for a customer's timeline,
:func:`book_forecast` for the calendar of the whole book."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date, time, timedelta

from relance_desktop.domain.dunning.assign import Assignment, choose_scenario
from relance_desktop.domain.dunning.calendar import SendCalendar
from relance_desktop.domain.dunning.engine import (
    DEFAULT_MIN_GAP_DAYS,
    FORMAL_NOTICE_DAYS,
    PENDING_CALL_DAYS,
    THANKS_VALID_DAYS,
    be_charges_from,
    last_contact,
    propose,
)
from relance_desktop.domain.dunning.model import (
    Channel,
    CustomerFacts,
    HistoryEntry,
    Outcome,
    Proposal,
    Scenario,
)
from relance_desktop.domain.dunning.profile import CustomerProfile, compute_profile


def carried_out(customer: CustomerFacts, proposal: Proposal, on: date) -> CustomerFacts:
    """``customer`` once ``proposal`` was carried out on ``on``: its step done, the steps it
    passed over skipped (what ``services.dunning.record_done`` writes)."""
    entries = [HistoryEntry(s.scenario, s.position, s.channel, on, proposal.invoice_ids,
                            Outcome.SKIPPED) for s in proposal.skipped]
    entries.append(HistoryEntry(proposal.scenario, proposal.step.position,
                                proposal.step.channel, on, proposal.invoice_ids))
    return replace(customer, history=customer.history + tuple(entries))


class _Open(SendCalendar):
    """A calendar whose sending days were already picked (each day is checked once for a whole
    book, not once per customer)."""

    def is_open(self, day: date, at: time | None = None) -> bool:
        return True


def _sending_days(today: date, calendar: SendCalendar, days: int) -> list[date]:
    return [d for d in (today + timedelta(days=n) for n in range(days))
            if calendar.is_sending_day(d)]


def _changes(customer: CustomerFacts, scenario: Scenario, min_gap_days: int) -> list[int]:
    """Every day (as an ordinal) on which the engine's answer for ``customer`` may change, its
    facts staying as they are: each comparison :func:`propose` makes with the day turns on one
    of these (a step due from a due date or from a step recorded, a repeat, the end of a stop or
    of a promise, the minimum gap after a contact, a Belgian consumer's wait, the deadline of
    a formal notice, the thanks window). A superset: between two of them the answer stays what
    it was."""
    days: set[int] = set()
    steps = scenario.chase_steps
    from_due = {1, *(s.offset_days for s in steps), *scenario.offsets_from_due.values()}
    from_step = {s.offset_days for s in steps} | {s.repeat_every_days for s in steps
                                                  if s.repeats}
    thanks = scenario.thanks_step
    for inv in customer.invoices:
        due = inv.due_date.toordinal()
        days.update(due + o for o in from_due)
        if inv.settled_on is not None and thanks is not None:
            start = inv.settled_on.toordinal() + thanks.offset_days
            days.update((start, start + THANKS_VALID_DAYS + 1))
        if customer.is_be_consumer:
            charges_from = be_charges_from(customer, inv)
            if charges_from is not None:
                days.add(charges_from.toordinal())
    for on in {h.on.toordinal() for h in customer.history}:
        days.update(on + o for o in from_step)
    # a collection file waits for the deadline a formal notice gave
    days.update(h.on.toordinal() + FORMAL_NOTICE_DAYS + 1 for h in customer.history
                if h.channel is Channel.FORMAL_NOTICE)
    # a call handed over and not made: skipped the day after its week
    days.update(h.on.toordinal() + PENDING_CALL_DAYS + 1 for h in customer.history
                if h.outcome is Outcome.PENDING)
    contact = last_contact(customer)
    if contact is not None:
        days.add(contact.toordinal() + min_gap_days)
    days.update(s.until.toordinal() + 1 for s in customer.stops if s.until is not None)
    days.update(p.promised_on.toordinal() + p.grace_days + 1 for p in customer.promises)
    return sorted(days)


def _ahead(customer: CustomerFacts, scenario: Scenario, open_days: list[date],
           min_gap_days: int) -> list[tuple[date, Proposal]]:
    """The proposals on ``open_days`` (sending days, in order), each carried out on its day.
    After a day with nothing, the days before the next change (:func:`_changes`) are jumped
    over: same answers as asking every day, a fraction of the work."""
    result = []
    calendar = _Open()
    changes = _changes(customer, scenario, min_gap_days)
    ordinals = [d.toordinal() for d in open_days]
    n = 0
    while n < len(open_days):
        day = open_days[n]
        proposal = propose(customer, scenario, day, calendar, min_gap_days=min_gap_days)
        if proposal is not None:
            result.append((day, proposal))
            customer = carried_out(customer, proposal, day)
            changes = _changes(customer, scenario, min_gap_days)
            n += 1
            continue
        k = bisect_right(changes, ordinals[n])
        if k == len(changes):
            break  # nothing will change any more
        n = max(n + 1, bisect_left(ordinals, changes[k]))
    return result


def forecast(customer: CustomerFacts, scenario: Scenario, today: date, calendar: SendCalendar,
             days: int = 60, *, min_gap_days: int = DEFAULT_MIN_GAP_DAYS
             ) -> list[tuple[date, Proposal]]:
    """The proposals of the next ``days`` days (today included), day by day."""
    return _ahead(customer, scenario, _sending_days(today, calendar, days), min_gap_days)


def book_forecast(customers: Iterable[CustomerFacts], scenarios: Mapping[str, Scenario],
                  assignment: Assignment, today: date, calendar: SendCalendar,
                  days: int = 60, *, min_gap_days: int = DEFAULT_MIN_GAP_DAYS,
                  profiles: Mapping[int, CustomerProfile] | None = None
                  ) -> list[tuple[date, list[Proposal]]]:
    """The calendar of a whole book: for each day of the next ``days`` (today included) with
    something to do, the proposals of that day (by customer id), each customer's scenario
    chosen as :func:`~relance_desktop.domain.dunning.engine.plan_day` chooses it today and each
    proposal carried out on its day (nothing paid, nothing promised)."""
    open_days = _sending_days(today, calendar, days)
    by_behaviour = any(rule.behaviours for rule in assignment.rules)
    by_day: dict[date, list[Proposal]] = defaultdict(list)
    for customer in sorted(customers, key=lambda c: c.id):
        profile = (profiles or {}).get(customer.id)
        if profile is None and by_behaviour:
            profile = compute_profile(customer)
        scenario = choose_scenario(customer, profile, assignment, scenarios)
        if scenario is None:
            continue
        for day, proposal in _ahead(customer, scenario, open_days, min_gap_days):
            by_day[day].append(proposal)
    return sorted(by_day.items())

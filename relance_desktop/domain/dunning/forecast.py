"""See ahead: what the engine will propose for a customer over the coming days, if the user
carries out every proposal on the day it is made and nothing else changes (no payment, no
promise). Pure, like the engine: :func:`forecast` for a customer's timeline,
:func:`book_forecast` for the calendar of the whole book."""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date, time, timedelta

from relance_desktop.domain.dunning.assign import Assignment, choose_scenario
from relance_desktop.domain.dunning.calendar import SendCalendar
from relance_desktop.domain.dunning.engine import DEFAULT_MIN_GAP_DAYS, propose
from relance_desktop.domain.dunning.model import (
    CustomerFacts,
    HistoryEntry,
    Outcome,
    Proposal,
    Scenario,
)
from relance_desktop.domain.dunning.profile import CustomerProfile, compute_profile
from relance_desktop.domain.dunning.quiet import quiet_until


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


def _ahead(customer: CustomerFacts, scenario: Scenario, open_days: list[date],
           min_gap_days: int) -> list[tuple[date, Proposal]]:
    """The proposals on ``open_days`` (sending days, in order), each carried out on its day.
    After a day with nothing, the days before the customer's quiet day
    (:func:`~relance_desktop.domain.dunning.quiet.quiet_until`) are jumped over: same answers
    as asking every day, a fraction of the work."""
    result = []
    calendar = _Open()
    ordinals = [d.toordinal() for d in open_days]
    n = 0
    while n < len(open_days):
        day = open_days[n]
        proposal = propose(customer, scenario, day, calendar, min_gap_days=min_gap_days)
        if proposal is not None:
            result.append((day, proposal))
            customer = carried_out(customer, proposal, day)
            n += 1
            continue
        until = quiet_until(customer, scenario, day, min_gap_days=min_gap_days)
        n = max(n + 1, bisect_left(ordinals, until.toordinal()))
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

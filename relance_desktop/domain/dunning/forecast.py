"""See ahead: what the engine will propose for a customer over the coming days, if the user
carries out every proposal on the day it is made and nothing else changes (no payment, no
promise). Pure, like the engine; for a customer's timeline and a calendar of the whole book."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from relance_desktop.domain.dunning.calendar import SendCalendar
from relance_desktop.domain.dunning.engine import DEFAULT_MIN_GAP_DAYS, propose
from relance_desktop.domain.dunning.model import (
    CustomerFacts,
    HistoryEntry,
    Outcome,
    Proposal,
    Scenario,
)


def carried_out(customer: CustomerFacts, proposal: Proposal, on: date) -> CustomerFacts:
    """``customer`` once ``proposal`` was carried out on ``on``: its step done, the steps it
    passed over skipped (what ``services.dunning.record_done`` writes)."""
    entries = [HistoryEntry(s.scenario, s.position, s.channel, on, proposal.invoice_ids,
                            Outcome.SKIPPED) for s in proposal.skipped]
    entries.append(HistoryEntry(proposal.scenario, proposal.step.position,
                                proposal.step.channel, on, proposal.invoice_ids))
    return replace(customer, history=customer.history + tuple(entries))


def forecast(customer: CustomerFacts, scenario: Scenario, today: date, calendar: SendCalendar,
             days: int = 60, *, min_gap_days: int = DEFAULT_MIN_GAP_DAYS
             ) -> list[tuple[date, Proposal]]:
    """The proposals of the next ``days`` days (today included), day by day."""
    result = []
    for n in range(days):
        day = today + timedelta(days=n)
        proposal = propose(customer, scenario, day, calendar, min_gap_days=min_gap_days)
        if proposal is not None:
            result.append((day, proposal))
            customer = carried_out(customer, proposal, day)
    return result

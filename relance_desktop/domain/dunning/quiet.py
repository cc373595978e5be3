"""Until when nothing can be proposed to a customer whose facts do not change.

:func:`propose` compares ``today`` with dates taken from the facts (due dates, steps done, a
promise's end…). Between two days on which one of those comparisons changes its answer, the
engine says the same thing; :func:`quiet_until` finds the first such day after ``today`` that
could turn « nothing » into a proposal. The service keeps it per customer (a derived index,
valid while the customer's facts and the scenarios are unchanged) and reads each morning only
the customers whose day has come.

Each comparison of :mod:`.engine` with the day, and why it is (or is not) an event:

- a call step handed over stops holding the scenario :data:`PENDING_CALL_DAYS` days after it
  was handed over (:func:`settle_pending`): the day after is an event;
- the fewest days between two contacts: the last contact + ``min_gap_days``;
- a stop ends (its ``until`` + 1), a promise stops running (promised day + grace days + 1); a
  stop or a promise never *starts* later, and disputes and plans do not depend on the day;
- the anchor's next steps (and the repeat of its last one) become due on their day, held for a
  Belgian consumer until charges may be claimed (:func:`_effective`);
- a step already due but passed over (too small an amount, a Belgian wait) may apply once it
  covers more: each chaseable invoice reached by a step (its due date + 1, its due date + each
  offset before it) and each one's Belgian wait ending are events then;
- thanks become due on the settled day + the step's offset.

What only takes a proposal away as days go by is no event (a step before the due date passed
over once the invoice is overdue, an overdue invoice that holds thanks back, the end of the
thanks window): the answer is « nothing » today, so it stays « nothing » until one of the
events above. The send calendar is left out: a closed day only delays.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, time, timedelta

from relance_desktop.domain.dunning.assign import Assignment, choose_scenario
from relance_desktop.domain.dunning.calendar import SendCalendar
from relance_desktop.domain.dunning.engine import (
    DEFAULT_MIN_GAP_DAYS,
    PENDING_CALL_DAYS,
    _AlwaysOpen,
    _candidates,
    _effective,
    _held,
    _records,
    be_charges_from,
    chaseable,
    last_contact,
    propose,
    settle_pending,
)
from relance_desktop.domain.dunning.model import CustomerFacts, Outcome, Proposal, Scenario
from relance_desktop.domain.dunning.profile import CustomerProfile, compute_profile

#: What :func:`quiet_until` says when nothing the facts hold can ever bring a proposal.
NEVER = date(9999, 12, 31)
#: Bumped whenever a rule of the engine changes: what was computed before no longer holds.
ENGINE_VERSION = 1

_DAY = timedelta(days=1)


def event_days(customer: CustomerFacts, scenario: Scenario, today: date, *,
               min_gap_days: int = DEFAULT_MIN_GAP_DAYS) -> list[date]:
    """Every day on which :func:`propose` might start proposing something for these facts (some
    of them on or before ``today``; see the module for the list)."""
    customer = settle_pending(customer, today)
    events: list[date] = []
    events.extend(h.on + timedelta(days=PENDING_CALL_DAYS + 1) for h in customer.history
                  if h.outcome is Outcome.PENDING)
    contact = last_contact(customer)
    if contact is not None:
        events.append(contact + timedelta(days=min_gap_days))
    events.extend(s.until + _DAY for s in customer.stops if s.until is not None)
    events.extend(p.promised_on + timedelta(days=p.grace_days + 1) for p in customer.promises
                  if p.status == "open")
    held = _held(customer, today)
    invoices = chaseable(customer, today, held)
    if invoices:
        anchor = invoices[0]
        candidates = _candidates(scenario, anchor,
                                 _records(customer.history, scenario.key, anchor.id))
        due = [_effective(customer, anchor, c) for c in candidates]
        events.extend(due)
        if any(d <= today for d in due):  # due, yet passed over: it may cover more later
            offsets = {o for o in scenario.offsets_from_due.values() if o <= 0}
            for inv in invoices:
                events.append(inv.due_date + _DAY)
                events.extend(inv.due_date + timedelta(days=o) for o in offsets)
                if customer.is_be_consumer:
                    charges_from = be_charges_from(customer, inv)
                    if charges_from is not None:
                        events.append(charges_from)
    thanks = scenario.thanks_step
    if thanks is not None:
        events.extend(inv.settled_on + timedelta(days=thanks.offset_days)
                      for inv in customer.invoices if inv.settled_on is not None)
    return events


def quiet_until(customer: CustomerFacts, scenario: Scenario, today: date, *,
                min_gap_days: int = DEFAULT_MIN_GAP_DAYS) -> date:
    """A day after ``today`` before which :func:`propose` proposes nothing for these same facts
    when it proposes nothing today (send calendar left out: a closed day only delays):
    the first event day after ``today``, or :data:`NEVER`."""
    return min((d for d in event_days(customer, scenario, today, min_gap_days=min_gap_days)
                if d > today), default=NEVER)


def plan_day_quiet(customers: Iterable[CustomerFacts], scenarios: Mapping[str, Scenario],
                   assignment: Assignment, today: date, calendar: SendCalendar, *,
                   min_gap_days: int = DEFAULT_MIN_GAP_DAYS, at: time | None = None,
                   profiles: Mapping[int, CustomerProfile] | None = None
                   ) -> tuple[list[Proposal], dict[int, date]]:
    """:func:`plan_day`'s proposals, and for each customer given that gets none, its
    :func:`quiet_until` (:data:`NEVER` without a scenario). A closed day: nothing at all."""
    if not calendar.is_open(today, at):
        return [], {}
    calendar = _AlwaysOpen()
    by_behaviour = any(rule.behaviours for rule in assignment.rules)
    proposals, quiet = [], {}
    for customer in sorted(customers, key=lambda c: c.id):
        profile = (profiles or {}).get(customer.id)
        if profile is None and by_behaviour:
            profile = compute_profile(customer)
        scenario = choose_scenario(customer, profile, assignment, scenarios)
        if scenario is None:
            quiet[customer.id] = NEVER
            continue
        proposal = propose(customer, scenario, today, calendar, min_gap_days=min_gap_days,
                           tone=profile.behaviour.value if profile else "")
        if proposal is not None:
            proposals.append(proposal)
        else:
            quiet[customer.id] = quiet_until(customer, scenario, today,
                                             min_gap_days=min_gap_days)
    return proposals, quiet

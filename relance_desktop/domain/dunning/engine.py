"""The day's proposal for one customer, and for a whole book.

:func:`propose` is a pure function of its arguments: run twice, it says the same thing. Rules:

- **Who may be chased**: an invoice still owing something, not under an open dispute, a running
  promise or a stop (each either on the invoice or on the whole account); an account held as a
  whole (one of those on the account, or a payment plan being kept) gets nothing, not even
  thanks.
- **Timing**: the oldest unpaid invoice that may be chased carries the timing (the *anchor*).
  Its next step is the first one not yet done or skipped for it; a step counts from the anchor's
  due date or from the day the previous step was done (so it is not due while that step is not
  done: a catch-up never jumps over the step it counts from). A step that repeats comes back every N
  days, at most M more times, until a later step is due.
- **Pending**: a step handed over to a person (a call put in « Aujourd'hui ») is recorded as
  :attr:`Outcome.PENDING`: it is not proposed again, it is not a contact yet, and a step that
  counts from it waits until it is done (the call logged). It holds the scenario only while
  its call may still come (:func:`settle_pending`): for :data:`PENDING_CALL_DAYS` days and as
  long as a call-back is open; then it counts as skipped (reason :data:`CALL_NOT_MADE`,
  « Appel non passé ») and what is due now is proposed (the same call again when the step repeats).
- **Catch-up**: when several steps are due (the app was closed), only the latest is proposed;
  the earlier ones come back as :class:`SkippedStep` for the caller to record as skipped. A
  step before the due date is never proposed once the invoice is overdue (only passed over).
  A formal notice is never passed over: the steps after it (a collection file, a court) rely
  on the debtor having been put on notice, so while it is due and not sent it is the step
  proposed, however late; and a collection file waits until the deadline the notice gave
  (:data:`FORMAL_NOTICE_DAYS`) is over.
- **Coverage**: a proposal covers every invoice that may be chased, the step not yet done for
  it, and overdue (a step after the due date) or within the step's days before its due date (a
  step before it); a step whose covered invoices owe less than its minimum amount is passed over.
- **Never**: on a day that is not a sending day or outside the send window; within
  ``min_gap_days`` of the last contact; a step that does not repeat twice for an invoice.
- **Belgian consumer** (CDE XIX.2, through :func:`relance_desktop.domain.legal.be_waiting_period`):
  the first written step is free; a step that claims charges waits until the 14 days after that
  first written reminder are over, and when no reminder was sent yet it goes out as the free
  first reminder. The wait is the anchor's: invoices reminded together share it. An invoice
  reminded later (or never) has its own: a step that claims charges leaves it out until that
  wait is over, and a written step that is its first reminder is free.
- **Thanks**: once nothing overdue is owed, invoices settled after at least one step was done
  get the scenario's thanks step, up to :data:`THANKS_VALID_DAYS` after it became due.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, time, timedelta

from relance_desktop.domain.dunning.assign import Assignment, choose_scenario
from relance_desktop.domain.dunning.calendar import SendCalendar
from relance_desktop.domain.dunning.model import (
    WRITTEN,
    Anchor,
    Channel,
    CustomerFacts,
    HistoryEntry,
    InvoiceFacts,
    Outcome,
    Proposal,
    Scenario,
    SkippedStep,
    Step,
)
from relance_desktop.domain.dunning.profile import CustomerProfile, compute_profile
from relance_desktop.domain.legal import Channel as LegalChannel
from relance_desktop.domain.legal import be_waiting_period

THANKS_VALID_DAYS = 14
DEFAULT_MIN_GAP_DAYS = 3
BE_FREE_REMINDER = "BE_CDE_XIX_2"
BE_WAIT = "BE_CDE_XIX_2_WAIT"
#: How many days after it was handed over a call step may still be made (the call logged): a
#: fixed week rather than the step's repeat interval, because most call steps do not repeat,
#: and a week always holds five working days (a weekend or a public holiday in between does
#: not eat the time to make the call), while staying shorter than the gap between a call and
#: the next written step in the shipped scenarios (ten days or more). The call logged on the
#: seventh day still counts; from the eighth the step is skipped.
PENDING_CALL_DAYS = 7
#: The reason recorded for a call step handed over whose call was never made.
CALL_NOT_MADE = "call_not_made"
#: The days a formal notice gives the debtor to pay (the deadline its letter prints): a
#: collection file is not proposed before they are over.
FORMAL_NOTICE_DAYS = 8


def call_missed(entry: HistoryEntry, today: date, call_planned: bool = True) -> bool:
    """A step handed over (pending) whose call will not come any more: its call-back was
    closed without a call (``call_planned`` false), or more than :data:`PENDING_CALL_DAYS`
    days went by."""
    return entry.outcome is Outcome.PENDING and (
        not call_planned or (today - entry.on).days > PENDING_CALL_DAYS)


def settle_pending(customer: CustomerFacts, today: date) -> CustomerFacts:
    """``customer`` with each call step whose call will not come (:func:`call_missed`) counted
    as skipped, reason :data:`CALL_NOT_MADE` (what ``services.dunning`` records)."""
    planned = customer.call_planned
    for h in customer.history:  # a plain loop: asked for every customer on every day ahead
        if h.outcome is Outcome.PENDING and call_missed(h, today, planned):
            break
    else:
        return customer
    return replace(customer, history=tuple(
        h._replace(outcome=Outcome.SKIPPED, reason=CALL_NOT_MADE)
        if call_missed(h, today, planned) else h for h in customer.history))


def _missed(entry: HistoryEntry) -> bool:
    return entry.outcome is Outcome.SKIPPED and entry.reason == CALL_NOT_MADE


def _held(customer: CustomerFacts, today: date) -> set[int | None]:
    """The invoices held today (None: the whole account)."""
    held: set[int | None] = set()
    held.update(s.invoice_id for s in customer.stops if s.active(today))
    held.update(d.invoice_id for d in customer.disputes if d.status == "open")
    held.update(p.invoice_id for p in customer.promises if p.running(today))
    if any(p.being_kept for p in customer.plans):
        held.add(None)
    return held


def account_held(customer: CustomerFacts, today: date) -> bool:
    """The whole account is held: a payment plan being kept, or an account-wide stop, open
    dispute or running promise. Nothing is proposed, not even thanks."""
    return None in _held(customer, today)


def chaseable(customer: CustomerFacts, today: date,
              held: set[int | None] | None = None) -> tuple[InvoiceFacts, ...]:
    """The invoices that may be chased today, oldest due first (none when the account is
    held). ``held``: :func:`_held`'s answer when already known."""
    held = _held(customer, today) if held is None else held
    if None in held:
        return ()
    return tuple(sorted((inv for inv in customer.invoices
                         if inv.due_cents > 0 and inv.id not in held),
                        key=lambda inv: (inv.due_date, inv.id)))


def last_contact(customer: CustomerFacts) -> date | None:
    days = [h.on for h in customer.history if h.outcome is Outcome.DONE]
    if customer.last_contact is not None:
        days.append(customer.last_contact)
    return max(days) if days else None


def propose(customer: CustomerFacts, scenario: Scenario, today: date, calendar: SendCalendar,
            *, min_gap_days: int = DEFAULT_MIN_GAP_DAYS, at: time | None = None,
            tone: str = "") -> Proposal | None:
    """The one action to propose today for ``customer`` under ``scenario``, or None."""
    if not calendar.is_open(today, at):
        return None
    customer = settle_pending(customer, today)
    contact = last_contact(customer)
    if contact is not None and (today - contact).days < min_gap_days:
        return None
    held = _held(customer, today)
    if None in held:  # the account is held as a whole
        return None
    invoices = chaseable(customer, today, held)
    proposal = _chase(customer, scenario, invoices, today) if invoices else None
    if proposal is None and not any(inv.due_date < today for inv in invoices):
        proposal = _thanks(customer, scenario, today)
    if proposal is not None and tone:
        proposal = _with_tone(proposal, tone)
    return proposal


def _with_tone(p: Proposal, tone: str) -> Proposal:
    return Proposal(p.customer_id, p.scenario, p.step, p.reason, p.due_on, p.invoice_ids,
                    p.amount_cents, p.skipped, p.free, p.legal_rules, tone)


def _records(history: Iterable[HistoryEntry], scenario: str, invoice_id: int
             ) -> list[HistoryEntry]:
    return sorted((h for h in history if h.scenario == scenario and invoice_id in h.invoice_ids),
                  key=lambda h: (h.on, h.position))


def offsets_from_due(scenario: Scenario) -> dict[int, int]:
    """Each chase step's offset from the due date when every step is done on its day."""
    return scenario.offsets_from_due


@dataclass(frozen=True)
class _Candidate:
    step: Step
    due_on: date
    repeat: bool = False


def _candidates(scenario: Scenario, anchor: InvoiceFacts, records: list[HistoryEntry]
                ) -> list[_Candidate]:
    """The anchor's repeat of its last step (if any) and its next steps, with their dates."""
    steps = scenario.chase_steps
    result: list[_Candidate] = []
    if records:
        last = records[-1]
        step = next((s for s in steps if s.position == last.position), None)
        # A call not made comes back as a repeat (each one counted, so it ends).
        tries = sum(r.position == last.position and (r.outcome is Outcome.DONE or _missed(r))
                    for r in records)
        if (step is not None and step.repeats
                and (last.outcome is Outcome.DONE or _missed(last))
                and tries <= step.repeat_max):
            result.append(_Candidate(step, last.on + timedelta(days=step.repeat_every_days),
                                     repeat=True))
        after = max(r.position for r in records)
        base = last.on
    else:
        after, base = -(10**9), anchor.due_date
    # A step counted from the previous one waits while that one is pending (not done yet).
    first = not records or records[-1].outcome is not Outcome.PENDING
    for step in steps:
        if step.position <= after:
            continue
        if step.anchor is Anchor.DUE:
            result.append(_Candidate(step, anchor.due_date + timedelta(days=step.offset_days)))
        elif first:  # counted from the last step done (from the due date before any)
            result.append(_Candidate(step, base + timedelta(days=step.offset_days)))
        # else: counted from a step not done yet, so not due yet
        first = False
    return result


def _covered(scenario: Scenario, step: Step, invoices: tuple[InvoiceFacts, ...],
             anchor: InvoiceFacts, history: tuple[HistoryEntry, ...], today: date,
             repeat: bool) -> tuple[InvoiceFacts, ...]:
    offset = scenario.offsets_from_due[step.position]
    done = {i for h in history if h.scenario == scenario.key and h.position == step.position
            for i in h.invoice_ids}
    return tuple(inv for inv in invoices
                 if inv.id == anchor.id
                 or (_reached(inv, offset, today) and (repeat or inv.id not in done)))


def _reached(invoice: InvoiceFacts, offset: int, today: date) -> bool:
    """A step before (or on) the due date covers the invoices it has reached; a step after it
    covers every invoice overdue."""
    if offset > 0:
        return invoice.due_date < today
    return invoice.due_date + timedelta(days=offset) <= today


def _first_written(customer: CustomerFacts, invoice: InvoiceFacts) -> HistoryEntry | None:
    """The first written reminder of the invoice: a written step done after its due date (a
    courtesy e-mail before it reminds nothing unpaid)."""
    written = [h for h in customer.history if h.outcome is Outcome.DONE
               and h.channel in WRITTEN and invoice.id in h.invoice_ids
               and h.on > invoice.due_date]
    return min(written, key=lambda h: (h.on, h.position)) if written else None


def be_charges_from(customer: CustomerFacts, invoice: InvoiceFacts) -> date | None:
    """A Belgian consumer: the first day a charge may be claimed on the invoice (after the legal
    wait that follows the first written reminder); None when no reminder was sent yet."""
    first = _first_written(customer, invoice)
    if first is None:
        return None
    channel = (LegalChannel.EMAIL if first.channel in (Channel.EMAIL, Channel.SMS)
               else LegalChannel.POST)
    _, last_day = be_waiting_period(first.on, channel)
    return last_day + timedelta(days=1)


def notice_over(customer: CustomerFacts, invoice: InvoiceFacts) -> date | None:
    """The first day after the payment deadline a formal notice sent about the invoice gave
    (:data:`FORMAL_NOTICE_DAYS`); None when no formal notice was sent."""
    sent = [h.on for h in customer.history if h.outcome is Outcome.DONE
            and h.channel is Channel.FORMAL_NOTICE and invoice.id in h.invoice_ids]
    return max(sent) + timedelta(days=FORMAL_NOTICE_DAYS + 1) if sent else None


def _effective(customer: CustomerFacts, anchor: InvoiceFacts, c: _Candidate) -> date:
    """The candidate's date, held for a Belgian consumer until charges may be claimed, and
    a collection file held until the deadline of the formal notice is over."""
    day = c.due_on
    if customer.is_be_consumer and c.step.claims_charges:
        charges_from = be_charges_from(customer, anchor)
        if charges_from is not None and charges_from > day:
            day = charges_from
    if c.step.channel is Channel.COLLECTION_FILE:
        over = notice_over(customer, anchor)
        if over is not None and over > day:
            day = over
    return day


def _waited(customer: CustomerFacts, covered: tuple[InvoiceFacts, ...], anchor: InvoiceFacts,
            today: date) -> tuple[InvoiceFacts, ...]:
    """A Belgian consumer's step that claims charges: the covered invoices whose own wait is
    over (the anchor always: its step is held until then, or goes out as the free first
    reminder when it was never reminded)."""
    def over(inv: InvoiceFacts) -> bool:
        charges_from = be_charges_from(customer, inv)
        return charges_from is not None and charges_from <= today

    if _first_written(customer, anchor) is None:
        return covered  # the free first reminder of them all: nothing is claimed
    return tuple(inv for inv in covered if inv.id == anchor.id or over(inv))


def _before_due(step: Step) -> bool:
    return step.anchor is Anchor.DUE and step.offset_days < 0


def _chase(customer: CustomerFacts, scenario: Scenario, invoices: tuple[InvoiceFacts, ...],
           today: date) -> Proposal | None:
    anchor = invoices[0]
    candidates = _candidates(scenario, anchor, _records(customer.history, scenario.key,
                                                        anchor.id))
    due = [(c, _effective(customer, anchor, c)) for c in candidates]
    due = [(c, d) for c, d in due if d <= today]
    chosen: tuple[_Candidate, date, tuple[InvoiceFacts, ...]] | None = None
    for c, d in sorted(due, key=lambda item: (not item[0].repeat, item[0].step.position)):
        if _before_due(c.step) and today > anchor.due_date:
            continue  # « due soon » makes no sense once overdue: passed over
        covered = _covered(scenario, c.step, invoices, anchor, customer.history, today, c.repeat)
        if customer.is_be_consumer and c.step.claims_charges:
            covered = _waited(customer, covered, anchor, today)
        if sum(inv.due_cents for inv in covered) >= c.step.min_amount_cents:
            chosen = (c, d, covered)  # the latest applicable wins (the repeat comes first)
            if c.step.channel is Channel.FORMAL_NOTICE and not c.repeat:
                break  # a catch-up never passes over a formal notice not sent yet
    if chosen is None:
        return None
    c, d, covered = chosen
    skipped = () if c.repeat else tuple(
        SkippedStep(scenario.key, o.step.position, o.step.channel, od)
        for o, od in due if not o.repeat and o.step.position < c.step.position)
    return _proposal(customer, scenario, c, d, covered, skipped, anchor)


def _proposal(customer: CustomerFacts, scenario: Scenario, c: _Candidate, due_on: date,
              covered: tuple[InvoiceFacts, ...], skipped: tuple[SkippedStep, ...],
              anchor: InvoiceFacts) -> Proposal:
    reason = "step_repeat" if c.repeat else ("catch_up" if skipped else "step_due")
    free = False
    rules: tuple[str, ...] = ()
    if customer.is_be_consumer and c.step.channel in WRITTEN | {Channel.COLLECTION_FILE}:
        if due_on <= anchor.due_date:
            pass  # before the due date: a courtesy, not a reminder
        elif _first_written(customer, anchor) is None:
            free, rules = True, (BE_FREE_REMINDER,)
            if c.step.claims_charges:
                reason = "be_free_first_reminder"
        elif c.step.claims_charges:
            rules = (BE_WAIT,)
        elif any(_first_written(customer, inv) is None for inv in covered):
            free, rules = True, (BE_FREE_REMINDER,)  # the first reminder of a later invoice
    return Proposal(customer.id, scenario.key, c.step, reason, due_on,
                    tuple(inv.id for inv in covered), sum(inv.due_cents for inv in covered),
                    skipped, free, rules)


def _thanks(customer: CustomerFacts, scenario: Scenario, today: date) -> Proposal | None:
    step = scenario.thanks_step
    if step is None:
        return None
    chased = {i for h in customer.history if h.outcome is Outcome.DONE
              and h.channel is not Channel.THANKS for i in h.invoice_ids}
    thanked = {i for h in customer.history if h.channel is Channel.THANKS for i in h.invoice_ids}
    stopped = {s.invoice_id for s in customer.stops if s.invoice_id is not None and s.active(today)}
    due: list[tuple[InvoiceFacts, date]] = []
    for inv in customer.invoices:
        if inv.due_cents > 0 or inv.settled_on is None or inv.id not in chased:
            continue
        if inv.id in thanked or inv.id in stopped:  # a stop holds the thanks too
            continue
        day = inv.settled_on + timedelta(days=step.offset_days)
        if day <= today <= day + timedelta(days=THANKS_VALID_DAYS):
            due.append((inv, day))
    if not due:
        return None
    due.sort(key=lambda item: (item[0].due_date, item[0].id))
    return Proposal(customer.id, scenario.key, step, "thanks", min(d for _, d in due),
                    tuple(inv.id for inv, _ in due), 0)


class _AlwaysOpen(SendCalendar):
    """A calendar already checked for the day."""

    def is_open(self, day: date, at: time | None = None) -> bool:
        return True


def plan_day(customers: Iterable[CustomerFacts], scenarios: Mapping[str, Scenario],
             assignment: Assignment, today: date, calendar: SendCalendar, *,
             min_gap_days: int = DEFAULT_MIN_GAP_DAYS, at: time | None = None,
             profiles: Mapping[int, CustomerProfile] | None = None) -> list[Proposal]:
    """The day's proposals for a whole book: at most one per customer, by customer id.
    ``profiles``: the customers' profiles when counted elsewhere (else computed from the facts
    when a rule needs them; a proposal's ``tone`` is then empty unless they were needed).
    """
    if not calendar.is_open(today, at):
        return []
    calendar = _AlwaysOpen()  # checked once for the whole book
    by_behaviour = any(rule.behaviours for rule in assignment.rules)
    result = []
    for customer in sorted(customers, key=lambda c: c.id):
        profile = (profiles or {}).get(customer.id)
        if profile is None and by_behaviour:
            profile = compute_profile(customer)
        scenario = choose_scenario(customer, profile, assignment, scenarios)
        if scenario is None:
            continue
        proposal = propose(customer, scenario, today, calendar, min_gap_days=min_gap_days,
                           at=at, tone=profile.behaviour.value if profile else "")
        if proposal is not None:
            result.append(proposal)
    return result

"""Dunning scenarios and the day's actions, for one company (issue 15).

The engine is :mod:`relance_desktop.domain.dunning` (pure; its rules are in
:mod:`relance_desktop.domain.dunning.engine`). This service reads the company's data in bulk,
hands it to the engine, and records what the user did. What is owed is the ``invoice_balance``
view's (:mod:`relance_desktop.store.balance`); nothing here adds payments up.

API for the « Actions du jour » window and the scenario editor (every function takes the
:class:`CompanySession` first):

- :func:`day_actions` (cf, today, at=None) → list of :class:`DayAction`: at most one per
  customer, by customer name. Each holds the engine's :class:`~relance_desktop.domain.dunning.
  Proposal` (``step.channel``, ``step.letter_kind``, ``reason``, ``skipped``, ``free``,
  ``legal_rules``, ``automatic``, ``tone``) and what the window shows (customer name, the
  invoices covered with their number, due date and what is still due). Calling it twice gives
  the same list. It reads only the customers whose day may have come and keeps, for the
  others, the first day something could be proposed (:mod:`.dunning_quiet`, a derived index:
  no change reported, nothing kept by a session that may not write).
- :func:`record_done` (cf, action, today, interaction_id=None, note="") once the user carried an
  action out (the letter printed, the e-mail sent, the call made): the step is written as done
  for every invoice it covered, and the steps it passed over as skipped. Returns the action's id.
- :func:`record_handed` (cf, action, today, note="") for a call handed to « Aujourd'hui »: the
  step is pending (not proposed again) until :func:`call_logged` (cf, customer_id,
  interaction_id, on), called when the call is logged, records it as done with the call.
- :func:`record_skipped` (cf, action, today, reason): the user skipped the step (it will not be
  proposed again for those invoices; the next step follows); :func:`skip_many` (cf, actions,
  today, reason) skips several at once, :func:`postpone_many` (cf, customer_ids, until, reason)
  postpones several customers.
- :func:`postpone` (cf, customer_id, until, reason) / :func:`stop` (cf, customer_id, reason,
  until=None, invoice_id=None) / :func:`lift_stops` (cf, customer_id, invoice_id=None): hold a
  customer or an invoice (a postponement is a stop with an end date);
  :func:`stop_invoice` (cf, invoice_id, reason, until=None) / :func:`lift_invoice_stop` (cf,
  invoice_id) for one invoice, :func:`stopped_invoices` (cf, customer_id, today) reads them.
- :func:`choose` (cf, customer_id, scenario_key or None): the customer's own scenario;
  :func:`choice_of` reads it back, :func:`stops_of` the customer's stops.
- :func:`scenarios` (cf) → (scenarios by key, assignment): the company's, or the shipped ones
  while it has none; :func:`install_shipped` (cf) writes the shipped ones into the company (what
  the editor starts from); :func:`save_scenario` (cf, scenario) writes one (steps replaced);
  :func:`save_assignment` (cf, assignment) replaces the rules and the default (these, with
  :func:`choose` and :func:`choice_of`, live in :mod:`.dunning_scenarios`; re-exported here).
- :func:`history` (cf, customer_id, today=None) → the customer's steps done and skipped, oldest
  first (on ``today``, a call step whose call will not come any more is told as skipped,
  reason ``call_not_made``); :func:`reasons` (cf, customer_id) why each was.
- A call step handed over holds the customer's scenario only while its call may come (the
  engine's :func:`~relance_desktop.domain.dunning.engine.settle_pending`: a week, and while a
  call-back is open); :func:`record_done` and :func:`record_skipped` write the ones that ran
  out as skipped (``call_not_made``) before recording the next step, and :func:`call_logged`
  leaves them so.
- :func:`timeline` (cf, customer_id, today, days=60) → [(day, Proposal)]: what will be proposed
  if each proposal is carried out on its day (the customer's « see ahead »).
- :func:`book_calendar` (cf, today, days=60) → [:class:`CalendarDay`]: the calendar of the
  whole book (per day: actions by channel, the amount concerned, the actions).
- :func:`customers_changing_step` (cf, edited_scenario, today, assignment=None) → how many
  customers would get another action today with the edited scenario and rules (shown before
  saving them).

Settings (arguments, defaults here): ``min_gap_days`` (:data:`DEFAULT_MIN_GAP_DAYS`, the fewest
days between two contacts) and the send window (:data:`SEND_WINDOW`). The calendar's public
holidays are the company's country's.
"""

from __future__ import annotations

import contextlib
import gc
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, time, timedelta
from functools import lru_cache
from typing import Any

from relance_desktop.domain.dunning import (
    THANKS_VALID_DAYS,
    Assignment,
    Behaviour,
    Channel,
    CustomerFacts,
    CustomerProfile,
    DisputeFacts,
    HistoryEntry,
    InvoiceFacts,
    Outcome,
    PlanFacts,
    PromiseFacts,
    Proposal,
    Scenario,
    SendCalendar,
    Stop,
    book_forecast,
    choose_scenario,
    forecast,
    plan_day,
    profile_from_counts,
)
from relance_desktop.domain.dunning.engine import (
    CALL_NOT_MADE,
    DEFAULT_MIN_GAP_DAYS,
    PENDING_CALL_DAYS,
    _with_tone,
    call_missed,
    settle_pending,
)
from relance_desktop.domain.dunning.profile import LATE_AFTER_DAYS
from relance_desktop.domain.dunning.quiet import plan_day_quiet
from relance_desktop.services import dunning_quiet
from relance_desktop.services.dunning_scenarios import (
    _scenario_id,
    choice_of,
    choose,
    install_shipped,
    save_assignment,
    save_scenario,
    scenarios,
    shipped_scenarios,
)
from relance_desktop.store.balance import OPEN_INVOICE
from relance_desktop.store.session import Change, CompanySession, Topic, in_session

__all__ = [
    "DEFAULT_MIN_GAP_DAYS",
    "SEND_WINDOW",
    "CalendarDay",
    "CoveredInvoice",
    "DayAction",
    "book_calendar",
    "call_logged",
    "choice_of",
    "choose",
    "customers_changing_step",
    "day_actions",
    "history",
    "install_shipped",
    "invoice_numbers",
    "lift_invoice_stop",
    "lift_stops",
    "postpone",
    "postpone_many",
    "reasons",
    "record_done",
    "record_handed",
    "record_missed_calls",
    "record_skipped",
    "save_assignment",
    "save_scenario",
    "scenarios",
    "shipped_scenarios",
    "skip_many",
    "stop",
    "stop_invoice",
    "stopped_invoices",
    "stops_of",
    "timeline",
]

SEND_WINDOW = (time(9, 0), time(18, 0))
CONTACT_KINDS = ("call", "email", "letter", "sms")
#: Invoices settled this many days ago or less may still get thanks (a thanks step's offset
#: plus the engine's THANKS_VALID_DAYS stays well within it).
THANKS_LOOKBACK_DAYS = 3 * THANKS_VALID_DAYS


@dataclass(frozen=True)
class CoveredInvoice:
    id: int
    number: str
    due_date: date
    due_cents: int  # still due (``invoice_balance``); 0 for a thanks


@dataclass(frozen=True)
class DayAction:
    """One proposal of the day, with what the window shows."""

    customer_id: int
    customer_name: str
    proposal: Proposal
    invoices: tuple[CoveredInvoice, ...]


def _day(value: Any) -> date:
    return value if isinstance(value, date) else _iso_day(str(value)[:10])


@lru_cache(maxsize=4096)
def _iso_day(text: str) -> date:
    return date.fromisoformat(text)  # a book has few distinct days: parse each once


# --- Reading a book -----------------------------------------------------------------------------

OPEN_SQL = f"""
SELECT b.customer_id, b.invoice_id, b.number, b.due_date, b.amount_cents, b.due_cents
FROM invoice_balance b WHERE {OPEN_INVOICE}
"""  # archived customers are left out with the customers (``_customers``)
# Invoices settled lately (their last payment since :since) that a step chased: they may get
# thanks. Driven by the recent payments, so the cost does not grow with the history.
SETTLED_SQL = """
SELECT b.customer_id, b.invoice_id, b.number, b.due_date, b.amount_cents, s.settled_on
FROM (SELECT p.invoice_id, MAX(p.paid_on) AS settled_on FROM payment p
      WHERE p.paid_on >= :since GROUP BY p.invoice_id) s
JOIN invoice_balance b ON b.invoice_id = s.invoice_id
WHERE b.kind = 'invoice' AND b.due_cents <= 0
  AND EXISTS (SELECT 1 FROM dunning_action_invoice l WHERE l.invoice_id = b.invoice_id)
"""


def _invoices(cf: CompanySession, today: date, one: int | None = None,
              skip: dict[str, Any] | None = None) -> dict[int, list[InvoiceFacts]]:
    by_customer: dict[int, list[InvoiceFacts]] = defaultdict(list)
    only = "" if one is None else " AND b.customer_id = :one"
    if skip is not None:  # the customers still quiet today are left out (dunning_quiet)
        only += " AND " + dunning_quiet.skip_quiet("b.customer_id")
    given = {"one": one, **(skip or {})}
    for cid, iid, number, due, amount, owed in cf.cursor(OPEN_SQL + only, given).fetchall():
        by_customer[cid].append(InvoiceFacts(iid, number, _day(due), amount, owed))
    since = (today - timedelta(days=THANKS_LOOKBACK_DAYS)).isoformat()
    for cid, iid, number, due, amount, settled in cf.tuples(SETTLED_SQL + only,
                                                            {"since": since, **given}):
        by_customer[cid].append(InvoiceFacts(iid, number, _day(due), amount, 0, _day(settled)))
    return by_customer


#: Up to this many customers, the tables besides the invoices are read for them only (by their
#: ids); beyond, read whole and filtered here (one scan beats thousands of look-ups).
PART_MAX = 1500


def _among(ids: set[int] | None, column: str = "customer_id") -> str:
    """`` AND column IN (…)`` for a part of the book (ids are integers), or nothing."""
    return "" if ids is None else f" AND {column} IN ({', '.join(map(str, sorted(ids))) or '0'})"


def _holds(cf: CompanySession, ids: set[int], part: set[int] | None = None
           ) -> dict[str, dict[int, list[Any]]]:
    """Promises, plans, disputes and stops of the customers, as the engine's facts (read for
    the customers ``part`` only, when given)."""
    found: dict[str, dict[int, list[Any]]] = {k: defaultdict(list) for k in
                                               ("promises", "plans", "disputes", "stops")}
    among = _among(part)
    for cid, on, status, iid, grace in cf.tuples(
            "SELECT customer_id, promised_on, status, invoice_id, grace_days FROM promise "
            f"WHERE status = 'open'{among}"):
        found["promises"][cid].append(PromiseFacts(_day(on), status, iid, grace))
    for cid, status in cf.tuples("SELECT customer_id, status FROM payment_plan "
                                 f"WHERE status = 'active'{among}"):
        found["plans"][cid].append(PlanFacts(status))
    for cid, on, status, iid in cf.tuples("SELECT customer_id, opened_on, status, invoice_id "
                                          f"FROM dispute WHERE status = 'open'{among}"):
        found["disputes"][cid].append(DisputeFacts(_day(on), status, iid))
    for cid, reason, until, iid in cf.tuples("SELECT customer_id, reason, until, invoice_id "
                                             f"FROM dunning_stop WHERE 1 = 1{among}"):
        found["stops"][cid].append(Stop(reason, None if until is None else _day(until), iid))
    for kind in found.values():
        for cid in list(kind):
            if cid not in ids:
                del kind[cid]
    return found


HISTORY_SQL = """
SELECT a.customer_id, a.scenario_key, a.position, a.channel, a.done_on, a.outcome, a.reason,
       (SELECT {invoices} FROM dunning_action_invoice l WHERE l.action_id = a.id) AS invoices
FROM dunning_action a WHERE 1 = 1{only}
ORDER BY a.id
"""


def _history(cf: CompanySession, ids: set[int], one: int | None = None,
             part: set[int] | None = None) -> dict[int, list[HistoryEntry]]:
    """The steps done and skipped of the customers ``ids`` (of customer ``one`` only, when
    given; read for the customers ``part`` only, when given), one row per step with its
    invoices listed."""
    only = _among(part, "a.customer_id") + ("" if one is None else " AND a.customer_id = ?")
    sql = HISTORY_SQL.format(invoices=cf.dialect.group_concat("l.invoice_id"), only=only)
    result: dict[int, list[HistoryEntry]] = defaultdict(list)
    channels, outcomes = {c.value: c for c in Channel}, {o.value: o for o in Outcome}
    for cid, key, position, channel, on, outcome, reason, invoices in cf.cursor(
            sql, () if one is None else (one,)).fetchall():
        if cid in ids and invoices:
            result[cid].append(HistoryEntry(
                key, position, channels[channel], _day(on),
                tuple(int(i) for i in str(invoices).split(",")), outcomes[outcome],
                reason if reason == CALL_NOT_MADE else ""))  # the one reason the engine reads
    return result


def _calls_planned(cf: CompanySession, one: int | None = None,
                   part: set[int] | None = None) -> set[int]:
    """The customers with a call-back still open (a call step handed over waits for it)."""
    only = ("" if one is None else " AND customer_id = ?") + _among(part)
    return {int(cid) for (cid,) in cf.tuples(
        "SELECT DISTINCT customer_id FROM task WHERE kind = 'call_back' AND done_at IS NULL"
        + only, () if one is None else (one,))}


def _customers(cf: CompanySession, ids: set[int], part: set[int] | None = None
               ) -> dict[int, tuple[Any, ...]]:
    rows = cf.tuples("SELECT c.id, c.name, c.kind, c.country, c.tags, d.key FROM customer c "
                     "LEFT JOIN dunning_choice ch ON ch.customer_id = c.id "
                     "LEFT JOIN dunning_scenario d ON d.id = ch.scenario_id "
                     "WHERE c.archived = 0" + _among(part, "c.id"))
    return {r[0]: r for r in rows if r[0] in ids}


def _last_contacts(cf: CompanySession, ids: set[int], part: set[int] | None = None
                   ) -> dict[int, date]:
    marks = ", ".join("?" for _ in CONTACT_KINDS)
    rows = cf.tuples("SELECT customer_id, MAX(occurred_at) FROM interaction "
                     f"WHERE draft = 0 AND kind IN ({marks}){_among(part)} GROUP BY customer_id",
                     CONTACT_KINDS)
    return {cid: _day(at) for cid, at in rows if cid in ids and at is not None}


def book_facts(cf: CompanySession, today: date, customer_id: int | None = None, *,
               skip: dict[str, Any] | None = None) -> list[CustomerFacts]:
    """Every customer who owes something or may be thanked (or only ``customer_id``), as the
    engine's facts. ``skip``: :func:`.dunning_quiet.params`, to leave out the customers still
    quiet today (the other tables are then read for the customers left only)."""
    invoices = _invoices(cf, today, customer_id, skip)
    ids = set(invoices)
    part = ids if skip is not None and len(ids) <= PART_MAX else None
    holds = _holds(cf, ids, part)
    past = _history(cf, ids, customer_id, part)
    contacts = _last_contacts(cf, ids, part)
    planned = _calls_planned(cf, customer_id, part)
    facts = []
    for cid, name, kind, country, tags, choice in _customers(cf, ids, part).values():
        facts.append(CustomerFacts(
            cid, name, kind, country, tuple(invoices[cid]), (),
            tuple(holds["promises"].get(cid, ())), tuple(holds["plans"].get(cid, ())),
            tuple(holds["disputes"].get(cid, ())), tuple(holds["stops"].get(cid, ())),
            tuple(past.get(cid, ())),
            frozenset(t.strip() for t in (tags or "").split(",") if t.strip()),
            choice, contacts.get(cid), cid in planned))
    return facts


PROFILE_SQL = """
SELECT b.customer_id, COUNT(*) AS paid,
       SUM(CASE WHEN {days} > {late} THEN 1 ELSE 0 END) AS late,
       SUM(CASE WHEN {days} > 0 THEN {days} ELSE 0 END) AS days_late
FROM invoice_balance b
JOIN (SELECT p.invoice_id, MAX(p.paid_on) AS settled_on FROM payment p {only_payments}
      GROUP BY p.invoice_id) s
  ON s.invoice_id = b.invoice_id
WHERE b.kind = 'invoice' AND b.due_cents <= 0 {only}
GROUP BY b.customer_id
"""


def profiles(cf: CompanySession, customer_ids: Iterable[int] | None = None
             ) -> dict[int, CustomerProfile]:
    """The payment profiles of the customers (all when ``customer_ids`` is None), counted in
    SQL: invoices paid (the day of their last payment), late, promises, disputes, last contact."""
    ids = None if customer_ids is None else sorted({int(i) for i in customer_ids})
    listed = "" if ids is None else ", ".join(map(str, ids)) or "0"  # ids are ints
    only = "" if ids is None else f"AND b.customer_id IN ({listed})"
    only_payments = "" if ids is None else (
        f"JOIN invoice i ON i.id = p.invoice_id WHERE i.customer_id IN ({listed})")
    days = cf.dialect.days_between("s.settled_on", "b.due_date")
    paid = {r[0]: r[1:] for r in cf.tuples(PROFILE_SQL.format(
        days=days, late=LATE_AFTER_DAYS, only=only, only_payments=only_payments))}
    where = "" if ids is None else f"WHERE customer_id IN ({listed}) "
    promises: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for cid, status, n in cf.tuples("SELECT customer_id, status, COUNT(*) FROM promise "
                                    f"{where}GROUP BY customer_id, status"):
        promises[cid][0 if status == "kept" else 1] += n if status in (
            "kept", "broken", "partial") else 0
    disputes: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for cid, status, n in cf.tuples("SELECT customer_id, status, COUNT(*) FROM dispute "
                                    f"{where}GROUP BY customer_id, status"):
        disputes[cid][0] += n
        disputes[cid][1] += n if status == "open" else 0
    wanted = set(paid) | set(promises) | set(disputes) if ids is None else set(ids)
    contacts = _last_contacts(cf, wanted)
    result = {}
    for cid in wanted:
        n, late, total = paid.get(cid, (0, 0, 0))
        kept, broken = promises.get(cid, [0, 0])
        ever, still_open = disputes.get(cid, [0, 0])
        result[cid] = profile_from_counts(int(n), int(late or 0), int(total or 0), kept, broken,
                                          ever, still_open, contacts.get(cid))
    return result


# --- The day's actions --------------------------------------------------------------------------


def _calendar(cf: CompanySession) -> SendCalendar:
    country = str(cf.company.country or "FR").upper()
    return SendCalendar(country if country in ("FR", "BE") else "FR", *SEND_WINDOW)


@in_session
def day_actions(cf: CompanySession, today: date, *, at: time | None = None,
                min_gap_days: int = DEFAULT_MIN_GAP_DAYS) -> list[DayAction]:
    """The day's proposals, at most one per customer, by customer name (see the module)."""
    known, assignment = scenarios(cf)
    calendar = _calendar(cf)
    if not calendar.is_open(today, at):
        return []
    fp = dunning_quiet.fingerprint(known, assignment, calendar, min_gap_days,
                                   THANKS_LOOKBACK_DAYS)
    by_behaviour = any(r.behaviours for r in assignment.rules)
    with _gc_paused():  # until the actions are made (thousands of small objects more)
        skip = (dunning_quiet.params(fp, today)
                if dunning_quiet.worth_filtering(cf, fp, today) else None)
        seen = dunning_quiet.counters(cf, skip)  # before the facts: a write after them shows
        facts = book_facts(cf, today, skip=skip)
        counted = profiles(cf, [f.id for f in facts]) if by_behaviour else None
        proposals, quiet = plan_day_quiet(facts, known, assignment, today, calendar,
                                          min_gap_days=min_gap_days, at=at, profiles=counted)
        # the tone: the profile kept with the customer's row while nothing changed, or counted
        tones = {cid: counted[cid].behaviour.value for cid in counted} if counted else {
            cid: kept.tone for cid, kept in seen.items() if kept.tone}
        missing = [p.customer_id for p in proposals if p.customer_id not in tones]
        if missing:
            tones.update((cid, p.behaviour.value) for cid, p in profiles(cf, missing).items())
        dunning_quiet.store(cf, [
            *((cid, seen[cid].changes if cid in seen else 0, day, tones.get(cid, ""))
              for cid, day in quiet.items()),
            # read again tomorrow (a quiet day of today), their tone kept
            *((p.customer_id, seen[p.customer_id].changes if p.customer_id in seen else 0,
               today, tones.get(p.customer_id, "")) for p in proposals)], today, fp, seen)
        actions = _actions(facts, proposals, tones)
    actions.sort(key=lambda a: (a.customer_name.casefold(), a.customer_id))
    return actions


def _actions(facts: list[CustomerFacts], proposals: list[Proposal], tones: dict[int, str]
             ) -> list[DayAction]:
    """The proposals as the window shows them: customer name, tone, invoices covered."""
    by_id = {f.id: f for f in facts}
    actions = []
    for p in proposals:
        customer = by_id[p.customer_id]
        invoices = {inv.id: inv for inv in customer.invoices}
        actions.append(DayAction(
            p.customer_id, customer.name,
            _replace_tone(p, tones.get(p.customer_id, Behaviour.NEW.value)),
            tuple(CoveredInvoice(i, invoices[i].number, invoices[i].due_date,
                                 invoices[i].due_cents) for i in p.invoice_ids)))
    return actions


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """The cyclic garbage collector paused while a book is read: tens of thousands of small
    immutable objects (no cycles) would trigger it over and over (measured: a third of the
    time on the benchmark company)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@in_session
def timeline(cf: CompanySession, customer_id: int, today: date, days: int = 60,
             *, min_gap_days: int = DEFAULT_MIN_GAP_DAYS) -> list[tuple[date, Proposal]]:
    """The customer's proposals over the next ``days`` days, if each is carried out on its day
    and nothing else changes (no payment, no promise): the « see ahead » timeline."""
    facts = book_facts(cf, today, customer_id)
    if not facts:
        return []
    known, assignment = scenarios(cf)
    customer = facts[0]
    scenario = choose_scenario(customer, profiles(cf, [customer_id]).get(customer_id),
                               assignment, known)
    if scenario is None:
        return []
    return forecast(customer, scenario, today, _calendar(cf), days, min_gap_days=min_gap_days)


@dataclass(frozen=True)
class CalendarDay:
    """One day of the book's calendar: how many actions of each channel, the amount they
    concern (what the invoices they cover still owe) and the actions themselves."""

    day: date
    counts: dict[Channel, int]
    amount_cents: int
    actions: tuple[DayAction, ...]


@in_session
def book_calendar(cf: CompanySession, today: date, days: int = 60, *,
                  min_gap_days: int = DEFAULT_MIN_GAP_DAYS) -> list[CalendarDay]:
    """The calendar of the whole book over the next ``days`` days: the days with something to
    do, if each proposal is carried out on its day and nothing is paid (the same engine as
    :func:`day_actions`; its first day is today's actions)."""
    known, assignment = scenarios(cf)
    with _gc_paused():
        facts = book_facts(cf, today)
        counted = profiles(cf) if any(r.behaviours for r in assignment.rules) else None
        ahead = book_forecast(facts, known, assignment, today, _calendar(cf), days,
                              min_gap_days=min_gap_days, profiles=counted)
    by_id = {f.id: f for f in facts}
    invoices_of: dict[int, dict[int, InvoiceFacts]] = {}  # each customer's, made once
    result = []
    for day, proposals in ahead:
        actions = []
        for p in proposals:
            customer = by_id[p.customer_id]
            invoices = invoices_of.get(p.customer_id)
            if invoices is None:
                invoices = invoices_of[p.customer_id] = {i.id: i for i in customer.invoices}
            actions.append(DayAction(p.customer_id, customer.name, p, tuple(
                CoveredInvoice(i, invoices[i].number, invoices[i].due_date,
                               invoices[i].due_cents) for i in p.invoice_ids)))
        actions.sort(key=lambda a: (a.customer_name.casefold(), a.customer_id))
        counts: dict[Channel, int] = defaultdict(int)
        for p in proposals:
            counts[p.step.channel] += 1
        result.append(CalendarDay(day, dict(counts), sum(p.amount_cents for p in proposals),
                                  tuple(actions)))
    return result


@in_session
def customers_changing_step(cf: CompanySession, edited: Scenario | None, today: date,
                            assignment: Assignment | None = None) -> int:
    """How many customers would get another action today if ``edited`` replaced the scenario of
    the same key and ``assignment`` the rules (either None: unchanged) — « N clients changent
    d'étape », shown before saving. A change of the rules counts as much as a change of a
    step: a customer moved to another scenario whose action today differs is counted."""
    known, current = scenarios(cf)
    after_known = known if edited is None else {**known, edited.key: edited}
    after_rules = current if assignment is None else assignment
    with _gc_paused():
        facts = book_facts(cf, today)
        calendar = _calendar(cf)
        by_behaviour = any(r.behaviours for r in current.rules + after_rules.rules)
        counted = profiles(cf) if by_behaviour else None
        before = plan_day(facts, known, current, today, calendar, profiles=counted)
        after = plan_day(facts, after_known, after_rules, today, calendar, profiles=counted)

    def steps(proposals: list[Proposal]) -> dict[int, tuple[str, int, tuple[int, ...]]]:
        return {p.customer_id: (p.scenario, p.step.position, p.invoice_ids) for p in proposals}

    old, new = steps(before), steps(after)
    return sum(old.get(cid) != new.get(cid) for cid in set(old) | set(new))


def _replace_tone(p: Proposal, tone: str) -> Proposal:
    return p if p.tone == tone else _with_tone(p, tone)  # dataclasses.replace: 6 times slower


def _write(cf: CompanySession, customer_id: int, scenario: str, position: int, channel: str,
           outcome: Outcome, on: date, invoice_ids: Iterable[int], reason: str,
           interaction_id: int | None = None) -> int:
    action_id = cf.insert(
        "INSERT INTO dunning_action (customer_id, scenario_id, scenario_key, position, channel, "
        "outcome, done_on, reason, interaction_id, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP)",
        (customer_id, _scenario_id(cf, scenario), scenario, position, channel, outcome.value,
         on.isoformat(), reason, interaction_id))
    cf.executemany("INSERT INTO dunning_action_invoice (action_id, invoice_id) VALUES (?, ?)",
                   [(action_id, i) for i in invoice_ids])
    return action_id


@in_session
def record_done(cf: CompanySession, action: DayAction, today: date, *,
                interaction_id: int | None = None, note: str = "",
                outcome: Outcome = Outcome.DONE) -> int:
    """The user carried ``action`` out today: its step is done for every invoice it covered, the
    steps it passed over are skipped. Returns the id of the step done. ``outcome``
    :attr:`~Outcome.PENDING`: handed over to be done later (:func:`record_handed`)."""
    p = action.proposal
    with cf.atomic():
        record_missed_calls(cf, p.customer_id, today)
        for s in p.skipped:
            _write(cf, p.customer_id, s.scenario, s.position, s.channel.value, Outcome.SKIPPED,
                   today, p.invoice_ids, "catch_up")
        done = _write(cf, p.customer_id, p.scenario, p.step.position, p.step.channel.value,
                      outcome, today, p.invoice_ids, note or p.reason, interaction_id)
    cf.report(Change.of(Topic.CALLS, customers=[p.customer_id]))
    return done


@in_session
def record_handed(cf: CompanySession, action: DayAction, today: date, note: str = "") -> int:
    """A call step handed to « Aujourd'hui »: pending (not proposed again) until the call is
    logged (:func:`call_logged` makes it done, with the call)."""
    return int(record_done(cf, action, today, note=note, outcome=Outcome.PENDING))


@in_session
def call_logged(cf: CompanySession, customer_id: int, interaction_id: int, on: date) -> int:
    """A call to the customer was logged on ``on``: the call steps handed over to « Aujourd'hui »
    by then, and at most :data:`PENDING_CALL_DAYS` days before, are done that day, with that
    call (the history keeps their scenario and step); older ones were not made in time and
    are written as skipped. Returns how many were done."""
    n = cf.execute(
        "UPDATE dunning_action SET outcome = ?, done_on = ?, interaction_id = ? "
        "WHERE customer_id = ? AND outcome = ? AND channel = ? AND done_on <= ? "
        "AND done_on >= ?",
        (Outcome.DONE.value, on.isoformat(), interaction_id, customer_id,
         Outcome.PENDING.value, Channel.CALL.value, on.isoformat(),
         (on - timedelta(days=PENDING_CALL_DAYS)).isoformat()))
    record_missed_calls(cf, customer_id, on)
    return int(n or 0)


def record_missed_calls(cf: CompanySession, customer_id: int, today: date) -> int:
    """Write as skipped (reason :data:`CALL_NOT_MADE`) the customer's call steps handed over
    whose call will not come any more (the engine's rule,
    :func:`~relance_desktop.domain.dunning.engine.call_missed`). Returns how many."""
    planned = customer_id in _calls_planned(cf, customer_id)
    missed = [int(action_id) for action_id, on in cf.tuples(
        "SELECT id, done_on FROM dunning_action WHERE customer_id = ? AND outcome = ?",
        (customer_id, Outcome.PENDING.value))
        if call_missed(HistoryEntry("", 0, Channel.CALL, _day(on), (), Outcome.PENDING),
                       today, planned)]
    for action_id in missed:
        cf.execute("UPDATE dunning_action SET outcome = ?, reason = ? WHERE id = ?",
                   (Outcome.SKIPPED.value, CALL_NOT_MADE, action_id))
    return len(missed)


@in_session
def record_skipped(cf: CompanySession, action: DayAction, today: date, reason: str) -> int:
    """The user skipped ``action`` (with a reason): it is not proposed again for its invoices."""
    p = action.proposal
    with cf.atomic():
        record_missed_calls(cf, p.customer_id, today)
        for s in p.skipped:
            _write(cf, p.customer_id, s.scenario, s.position, s.channel.value, Outcome.SKIPPED,
                   today, p.invoice_ids, "catch_up")
        skipped = _write(cf, p.customer_id, p.scenario, p.step.position, p.step.channel.value,
                         Outcome.SKIPPED, today, p.invoice_ids, reason)
    cf.report(Change.of(Topic.CALLS, customers=[p.customer_id]))
    return skipped


@in_session
def skip_many(cf: CompanySession, actions: Iterable[DayAction], today: date,
              reason: str) -> int:
    """Skip several actions at once, for one reason (each recorded as :func:`record_skipped`
    records one; all or nothing). Returns how many."""
    if not reason.strip():
        raise ValueError("skipping needs a reason")
    chosen = list(actions)
    with cf.atomic():
        for action in chosen:
            record_skipped(cf, action, today, reason.strip())
    return len(chosen)


@in_session
def reasons(cf: CompanySession, customer_id: int) -> dict[tuple[str, int, date], str]:
    """Why each recorded step of the customer was done, skipped or handed over, by (scenario,
    position, day): the reason typed when skipping, ``catch_up`` for a step passed over, the
    proposal's reason code or the call's note otherwise."""
    return {(key, int(position), _day(on)): str(reason) for key, position, on, reason in cf.tuples(
        "SELECT scenario_key, position, done_on, reason FROM dunning_action "
        "WHERE customer_id = ? ORDER BY id", (customer_id,))}


@in_session
def history(cf: CompanySession, customer_id: int, today: date | None = None
            ) -> list[HistoryEntry]:
    """The customer's steps done and skipped, oldest first. With ``today``: a call step handed
    over whose call will not come any more is skipped (reason :data:`CALL_NOT_MADE`), as the
    engine counts it that day."""
    entries = tuple(_history(cf, {customer_id}, customer_id).get(customer_id, []))
    if today is not None:
        entries = settle_pending(CustomerFacts(
            customer_id, "", "", "", history=entries,
            call_planned=customer_id in _calls_planned(cf, customer_id)), today).history
    return sorted(entries, key=lambda h: (h.on, h.position))


# --- Holding a customer or an invoice ----------------------------------------------------------


@in_session
def stop(cf: CompanySession, customer_id: int, reason: str, until: date | None = None,
         invoice_id: int | None = None) -> int:
    """Stop chasing a customer (or one of its invoices) until ``until`` included (None: until
    lifted). A reason is required."""
    if not reason.strip():
        raise ValueError("a stop needs a reason")
    stop_id = cf.insert(
        "INSERT INTO dunning_stop (customer_id, invoice_id, reason, until, created_at) "
        "VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP)",
        (customer_id, invoice_id, reason.strip(), None if until is None else until.isoformat()))
    cf.report(Change.of(Topic.CALLS, customers=[customer_id]))
    return stop_id


@in_session
def stop_invoice(cf: CompanySession, invoice_id: int, reason: str,
                 until: date | None = None) -> int:
    """Stop chasing one invoice until ``until`` included (None: until lifted); the customer's
    other invoices go on (the next oldest carries the timing)."""
    customer_id = cf.scalar("SELECT customer_id FROM invoice WHERE id = ?", (invoice_id,))
    if customer_id is None:
        raise ValueError(f"no invoice {invoice_id}")
    return int(stop(cf, int(customer_id), reason, until, invoice_id))


@in_session
def lift_invoice_stop(cf: CompanySession, invoice_id: int) -> int:
    """Lift the stops of one invoice; how many were lifted."""
    customer_id = cf.scalar("SELECT customer_id FROM invoice WHERE id = ?", (invoice_id,))
    return 0 if customer_id is None else int(lift_stops(cf, int(customer_id), invoice_id))


@in_session
def stopped_invoices(cf: CompanySession, customer_id: int, today: date
                     ) -> dict[int, tuple[str, Stop]]:
    """The customer's invoices stopped on ``today``: invoice id → (its number, the stop)."""
    numbers = dict(cf.tuples("SELECT id, number FROM invoice WHERE customer_id = ?",
                             (customer_id,)))
    return {s.invoice_id: (str(numbers.get(s.invoice_id, "")), s)
            for s in stops_of(cf, customer_id, today) if s.invoice_id is not None}


@in_session
def invoice_numbers(cf: CompanySession, customer_id: int) -> dict[int, str]:
    """The numbers of the customer's invoices, by id (to name those a step covers)."""
    return {int(i): str(n) for i, n in cf.tuples(
        "SELECT id, number FROM invoice WHERE customer_id = ?", (customer_id,))}


@in_session
def postpone(cf: CompanySession, customer_id: int, until: date, reason: str) -> int:
    """Nothing proposed for the customer until ``until`` included."""
    return stop(cf, customer_id, reason, until)


@in_session
def postpone_many(cf: CompanySession, customer_ids: Iterable[int], until: date,
                  reason: str) -> int:
    """Postpone several customers to the same day, for one reason (all or nothing)."""
    ids = sorted(set(customer_ids))
    with cf.atomic():
        for customer_id in ids:
            postpone(cf, customer_id, until, reason)
    return len(ids)


@in_session
def lift_stops(cf: CompanySession, customer_id: int, invoice_id: int | None = None) -> int:
    """Lift the customer's stops (those of ``invoice_id`` only, when given)."""
    if invoice_id is None:
        n = cf.execute("DELETE FROM dunning_stop WHERE customer_id = ?", (customer_id,))
    else:
        n = cf.execute("DELETE FROM dunning_stop WHERE customer_id = ? AND invoice_id = ?",
                       (customer_id, invoice_id))
    cf.report(Change.of(Topic.CALLS, customers=[customer_id]))
    return n


# --- A customer's scenario and stops ----------------------------------------------------------


@in_session
def stops_of(cf: CompanySession, customer_id: int, today: date) -> list[Stop]:
    """The customer's stops still in force on ``today`` (whole account or one invoice)."""
    found = [Stop(reason, None if until is None else _day(until), iid)
             for reason, until, iid in cf.tuples(
                 "SELECT reason, until, invoice_id FROM dunning_stop WHERE customer_id = ? "
                 "ORDER BY id", (customer_id,))]
    return [s for s in found if s.active(today)]


@in_session
def scenario_for(cf: CompanySession, customer_id: int, today: date) -> str | None:
    """The key of the scenario that applies to the customer today (its choice or the rules)."""
    known, assignment = scenarios(cf)
    facts = book_facts(cf, today, customer_id)
    if not facts:
        return choice_of(cf, customer_id) or assignment.default
    chosen = choose_scenario(facts[0], profiles(cf, [customer_id]).get(customer_id),
                             assignment, known)
    return None if chosen is None else chosen.key

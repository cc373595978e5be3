"""Today's call queue: who to call first, and why.

Four sections, in this order, one row per customer in its highest section:

1. **broken promises**: a promise broken or partly kept (or a payment-plan instalment left
   unpaid) whose call-back is still to do;
2. **call-backs** due today or earlier (``call_back`` tasks not done);
3. **payment checks** due (``check_payment`` tasks due today or earlier, not done);
4. **customers to call**, ranked by Σ(amount still due × days overdue), highest first.

Inside a section, customers whose preferred hours are open now come first, then those whose
hours open later today, then those with no preference, then those not reachable today.

Left out of "to call": customers who asked for written contact only or are archived; invoices
under an open dispute (a customer whose overdue invoices are all disputed is left out);
customers with an active payment plan being kept, an open promise whose deadline has not passed,
a call-back scheduled after today, a payment check (the customer says it paid) scheduled after
today, or a call already made today. Written-only customers never appear in "call-backs" or "to
call"; in the two other sections they stay, marked, so the view offers a letter instead.

What is due comes from the customers' summary (``store.summary``: the ``invoice_balance`` view
summed per customer by the database itself, as of any day): open invoices (not credit notes)
with something left, not disputed. Everything is read in bulk: one query per table, no query
per customer, no aggregate over the invoices.

Broken promises and payment checks come from promises, plan instalments and payment checks due
(few, whatever the size of the file) and are built here. « Call-backs » (thousands on a big
file: each call ends with one) and « to call » (tens of thousands) are ranked, cut and counted
in the database (:mod:`services.queue_sql`) and read a page at a time
(:func:`call_back_page`, :func:`to_call_page`); who they leave out is said in SQL too (open
tasks, plans being kept, calls made today), so no work in Python grows with the number of
customers or call-backs. The hours order is worked out once per distinct (preferred hours,
country), then given to the queries.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from relance_desktop.domain.calls.codes import PromiseStatus, TaskKind
from relance_desktop.domain.calls.guards import CallPolicy, hours_allow, next_call_slot
from relance_desktop.domain.calls.hours import CallHours, CallHoursError, parse_call_hours
from relance_desktop.domain.calls.promises import GRACE_DAYS
from relance_desktop.domain.money import Money
from relance_desktop.i18n import QT_TRANSLATE_NOOP, Message
from relance_desktop.services.queue_sql import (
    CALL_BACK_TASKS_SQL,
    CALL_BACKS_SQL,
    CALLED_BACK_SQL,
    CALLED_TODAY_SQL,
    CUSTOMERS_SQL,
    FEW_SQL,
    HOURS_SQL,
    INSTALMENTS_SQL,
    LAST_CALL_SQL,
    OVERDUE_SQL,
    PLANS_KEPT_SQL,
    PROMISES_SQL,
    TASKS_SQL,
    TASKS_TO_COME_SQL,
    TO_CALL_SQL,
)
from relance_desktop.store import summary
from relance_desktop.store.session import CompanySession, in_session

CTX = "calls"
INSTALMENT_GRACE_DAYS = GRACE_DAYS  # the one value: domain.calls.promises


class Section(StrEnum):
    BROKEN_PROMISE = "broken_promise"
    CALL_BACK = "call_back"
    PAYMENT_CHECK = "payment_check"
    TO_CALL = "to_call"


SECTION_ORDER = {s: i for i, s in enumerate(Section)}
HOURS_ORDER = {"open": 0, "later": 1, "": 2, "closed": 3}


@dataclass(frozen=True)
class QueueRow:
    section: Section
    customer_id: int
    customer: str
    kind: str  # the customer's kind (business, public_body, sole_trader, consumer)
    reason: Message
    due: dict[str, int]  # overdue cents per currency (undisputed)
    max_days_overdue: int
    score: int  # Σ cents still due × days overdue, for ranking
    call_hours: str  # the customer's preferred hours as typed
    hours_state: str  # "open", "later" (allowed later today), "closed" (not today)
    next_open: datetime | None
    task_id: int | None
    due_at: datetime | None
    last_call_at: datetime | None
    last_call_by: str
    last_outcome: str
    phone: str
    written_only: bool
    complete: bool = True  # False: what it owes and the last call not read yet (complete_rows)


@dataclass(frozen=True)
class QueuePolicy:
    min_days_overdue: int = 1
    calls: CallPolicy = field(default_factory=CallPolicy)  # the user's hours (hours_allow)


BROKEN = QT_TRANSLATE_NOOP("calls", "Promesse de {amount} pour le {day} non tenue")
PARTIAL = QT_TRANSLATE_NOOP(
    "calls", "Promesse de {amount} pour le {day} tenue en partie : {paid} reçus"
)
INSTALMENT_MISSED = QT_TRANSLATE_NOOP(
    "calls", "Échéance de {amount} du {day} non payée (plan de paiement)"
)
CALL_BACK_TODAY = QT_TRANSLATE_NOOP("calls", "Rappel convenu à {time}")
CALL_BACK_LATE = QT_TRANSLATE_NOOP("calls", "Rappel convenu le {day} à {time}, pas encore fait")
CHECK_AMOUNT = QT_TRANSLATE_NOOP("calls", "Paiement annoncé à vérifier : {amount}")
CHECK_PROMISE = QT_TRANSLATE_NOOP("calls", "Paiement promis pour le {day} à vérifier : {amount}")
CHECK_INSTALMENT = QT_TRANSLATE_NOOP("calls", "Échéance du {day} à vérifier : {amount}")
CHECK_UNKNOWN = QT_TRANSLATE_NOOP("calls", "Paiement annoncé à vérifier")
OVERDUE = QT_TRANSLATE_NOOP("calls", "{amount} en retard, jusqu'à {days} jours")
AMOUNTS_JOIN = QT_TRANSLATE_NOOP("calls", "{first} + {rest}")



@dataclass
class _Customer:
    id: int
    name: str
    kind: str
    phone: str
    call_hours: str
    written_only: bool
    archived: bool
    country: str = "FR"
    assigned_to: int | None = None
    due: dict[str, int] = field(default_factory=dict)
    max_days: int = 0
    score: int = 0
    last_call: tuple[datetime, str, str] | None = None
    detailed: bool = False  # what it owes and its last call read


@dataclass(frozen=True)
class _Task:
    id: int
    customer_id: int
    kind: str
    due_at: datetime
    promise_id: int | None
    instalment_id: int | None
    amount_cents: int | None


@dataclass(frozen=True)
class _Promise:
    id: int
    customer_id: int
    status: str
    promised_on: date
    deadline: date
    amount_cents: int
    paid_cents: int
    currency: str


@dataclass(frozen=True)
class _Candidate:
    section: Section
    reason: Message
    task: _Task | None
    rank: Any  # secondary sort key inside the section


def _dt(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _day(text: str) -> date:
    return date.fromisoformat(text[:10])


def _amounts(due: dict[str, int]) -> Money | Message:
    parts = [Money(cents, currency) for currency, cents in sorted(due.items())]
    result: Money | Message = parts[-1]
    for part in reversed(parts[:-1]):
        result = Message(CTX, AMOUNTS_JOIN, {"first": part, "rest": result})
    return result


def _hours(text: str) -> CallHours:
    try:
        return parse_call_hours(text)
    except CallHoursError:
        return CallHours(())  # not readable: shown as typed, treated as no preference


def _hours_state(hours: CallHours, now: datetime, country: str,
                 policy: CallPolicy) -> tuple[str, datetime | None]:
    """« open » when the hour rules allow a call now (guards.hours_allow: the Belgian night, the
    weekend, holidays, the user's and the customer's hours), « later » when they do later
    today, else « closed »; with the next moment they do."""
    if hours_allow(now, country=country, policy=policy, customer_hours=hours):
        return "open", now
    slot = next_call_slot(now, country=country, policy=policy, customer_hours=hours)
    return ("later" if slot is not None and slot.date() == now.date() else "closed"), slot


def _ids(ids: Iterable[int]) -> str:
    """An SQL list of customer ids (integers, so written in the query, never user text)."""
    return ", ".join(str(int(i)) for i in sorted(ids)) or "-1"  # no id is negative


def _latest_due(today: date, policy: QueuePolicy) -> date:
    """The latest due date of an invoice overdue enough to call about."""
    return today - timedelta(days=max(policy.min_days_overdue, 0))


def _people(cf: CompanySession, ids: set[int]) -> dict[int, _Customer]:
    """The customers ``ids``: who they are, how to reach them (one query)."""
    if not ids:
        return {}
    return {
        r.id: _Customer(r.id, r.name, r.kind, r.phone or r.mobile, r.call_hours,
                        bool(r.written_only), bool(r.archived), r.country or "FR",
                        r.assigned_to_id)
        for r in cf.rows(f"{CUSTOMERS_SQL} WHERE id IN ({_ids(ids)})")
    }


def _details(cf: CompanySession, customers: Iterable[_Customer], now: datetime,
             policy: QueuePolicy) -> None:
    """What ``customers`` owe (from the customers' summary) and their last call (two queries)."""
    todo = {c.id: c for c in customers if not c.detailed}
    if not todo:
        return
    today = now.date()
    listed = _ids(todo)
    params: dict[str, Any] = {}
    overdue = OVERDUE_SQL.format(overdue=summary.overdue_sql(
        cf, _latest_due(today, policy), params, by_currency=True, customers=listed))
    t = summary.day_of(today)
    for r in cf.rows(overdue, params):
        c = todo[r.customer_id]
        c.due[r.currency] = int(r.cents)
        c.max_days = max(c.max_days, (today - _day(str(r.oldest))).days)
        c.score += t * int(r.cents) - int(r.days)
    last_calls = LAST_CALL_SQL.format(customers=f"AND i.customer_id IN ({listed})")
    for r in cf.rows(last_calls, {"now": now.isoformat(sep=" ")}):
        todo[r.customer_id].last_call = (_dt(r.occurred_at), r.who, r.outcome or "")
    for c in todo.values():
        c.detailed = True


def _customers(cf: CompanySession, ids: set[int], now: datetime,
               policy: QueuePolicy) -> dict[int, _Customer]:
    """The customers ``ids`` with what they owe and their last call (three queries)."""
    customers = _people(cf, ids)
    _details(cf, customers.values(), now, policy)
    return customers


def _tomorrow(today: date) -> str:
    return datetime.combine(today + timedelta(days=1), time.min).isoformat(sep=" ")


def _load(cf: CompanySession, now: datetime, policy: QueuePolicy) -> dict[str, Any]:
    """Open promises, instalments and payment checks due, the few customers they concern, with
    their open tasks (not every customer, not every call-back)."""
    today = now.date()
    tomorrow = {"tomorrow": _tomorrow(today)}
    few = {int(r.customer_id) for r in cf.rows(FEW_SQL, tomorrow)}
    listed = _ids(few)
    tasks = [
        _Task(r.id, r.customer_id, r.kind, _dt(r.due_at), r.promise_id, r.instalment_id,
              r.amount_cents)
        for r in cf.rows(TASKS_SQL.format(customers=listed), tomorrow)
    ] if few else []
    to_come = {r.customer_id for r in cf.rows(TASKS_TO_COME_SQL.format(customers=listed),
                                              tomorrow)} if few else set()
    promises = {
        r.id: _Promise(r.id, r.customer_id, r.status, _day(r.promised_on),
                       _day(r.promised_on) + timedelta(days=r.grace_days), r.amount_cents,
                       r.paid_cents, r.currency)
        for r in cf.rows(PROMISES_SQL)
    }
    called_back = {r.promise_id for r in cf.rows(CALLED_BACK_SQL)}
    instalments = {
        r.id: (_day(r.due_on), int(r.amount_cents), str(r.currency))
        for r in cf.rows(INSTALMENTS_SQL)
    }
    customers = _customers(cf, few, now, policy)  # few: what they owe and their last call
    return {
        "to_come": to_come, "customers": customers, "tasks": tasks,
        "promises": promises, "called_back": called_back, "instalments": instalments,
    }


def _currency(customer: _Customer) -> str:
    return max(customer.due, key=lambda k: customer.due[k]) if customer.due else "EUR"


def _check_reason(task: _Task, customer: _Customer, data: dict[str, Any]) -> Message:
    promise = data["promises"].get(task.promise_id) if task.promise_id else None
    instalment = data["instalments"].get(task.instalment_id) if task.instalment_id else None
    if promise is not None:
        cents = task.amount_cents if task.amount_cents is not None else promise.amount_cents
        return Message(CTX, CHECK_PROMISE, {"day": promise.promised_on,
                                            "amount": Money(cents, promise.currency)})
    if instalment is not None:
        due_on, cents, currency = instalment
        if task.amount_cents is not None:
            cents = task.amount_cents
        return Message(CTX, CHECK_INSTALMENT, {"day": due_on, "amount": Money(cents, currency)})
    if task.amount_cents is not None:
        return Message(CTX, CHECK_AMOUNT,
                       {"amount": Money(task.amount_cents, _currency(customer))})
    return Message(CTX, CHECK_UNKNOWN)


def _candidates(
    customer: _Customer, tasks: list[_Task], open_promises: list[_Promise],
    data: dict[str, Any], now: datetime,
) -> list[_Candidate]:
    """Every section the customer could be in (the caller keeps the highest)."""
    today = now.date()
    end_of_today = datetime.combine(today, time.max)
    found: list[_Candidate] = []
    used: set[int] = set()
    last_call_day = customer.last_call[0].date() if customer.last_call else None
    open_call_backs = [t for t in tasks if t.kind == TaskKind.CALL_BACK]
    # 1. broken promises and missed instalments
    for promise in sorted(open_promises, key=lambda p: p.deadline, reverse=True):
        if promise.status not in (PromiseStatus.BROKEN, PromiseStatus.PARTIAL):
            continue
        linked = [t for t in open_call_backs if t.promise_id == promise.id]
        never_followed = (
            promise.id not in data["called_back"]
            and (last_call_day is None or last_call_day <= promise.deadline)
        )
        if not linked and not never_followed:
            continue
        task = min(linked, key=lambda t: t.due_at) if linked else None
        if task is not None:
            used.add(task.id)
        amount = Money(promise.amount_cents, promise.currency)
        if promise.status == PromiseStatus.BROKEN:
            reason = Message(CTX, BROKEN, {"amount": amount, "day": promise.promised_on})
        else:
            reason = Message(CTX, PARTIAL, {
                "amount": amount, "day": promise.promised_on,
                "paid": Money(promise.paid_cents, promise.currency)})
        found.append(_Candidate(Section.BROKEN_PROMISE, reason, task, (-customer.score,)))
        break
    for task in sorted(open_call_backs, key=lambda t: t.due_at):
        if task.instalment_id in data["instalments"] and task.due_at <= end_of_today:
            due_on, cents, currency = data["instalments"][task.instalment_id]
            used.add(task.id)
            found.append(_Candidate(Section.BROKEN_PROMISE, Message(CTX, INSTALMENT_MISSED, {
                "amount": Money(cents, currency), "day": due_on}), task, (-customer.score,)))
            break
    # 2. call-backs due
    due_call_backs = [t for t in open_call_backs if t.due_at <= end_of_today and t.id not in used]
    if due_call_backs and not customer.written_only:
        task = min(due_call_backs, key=lambda t: t.due_at)
        at = f"{task.due_at.hour:02d}:{task.due_at.minute:02d}"  # strftime: 10× slower
        if task.due_at.date() == today:
            reason = Message(CTX, CALL_BACK_TODAY, {"time": at})
        else:
            reason = Message(CTX, CALL_BACK_LATE, {"day": task.due_at.date(), "time": at})
        found.append(_Candidate(Section.CALL_BACK, reason, task, (task.due_at,)))
    # 3. payment checks due
    checks = [t for t in tasks if t.kind == TaskKind.CHECK_PAYMENT and t.due_at.date() <= today]
    if checks:
        task = min(checks, key=lambda t: t.due_at)
        found.append(_Candidate(Section.PAYMENT_CHECK, _check_reason(task, customer, data), task,
                                (task.due_at,)))
    # 4. to call
    if found or not customer.due or customer.written_only or customer.archived:
        return found
    if any(p.status == PromiseStatus.OPEN and p.deadline >= today for p in open_promises):
        return found
    if customer.id in data["to_come"]:  # a call-back or a payment check to come
        return found
    if last_call_day == today:  # plans being kept and calls made today: left out in SQL
        return found
    reason = Message(CTX, OVERDUE, {"amount": _amounts(customer.due),
                                    "days": customer.max_days})
    found.append(_Candidate(Section.TO_CALL, reason, None, (-customer.score,)))
    return found


TO_CALL_PAGE = 200
"""Rows of « call-backs » and of « to call » read at a time (the page shows them as the list
scrolls)."""


@dataclass(frozen=True)
class ToCallPlan:
    """What reading « call-backs » and « to call » a page at a time needs: who the rules in
    Python set aside, and the hours."""

    now: datetime
    policy: QueuePolicy
    excluded: frozenset[int]  # not to call: in a section above, or set aside (a few)
    hours: dict[tuple[str, str], tuple[str, datetime | None]]  # (hours, country) → state
    owners: Owners = None  # team mode: only the customers assigned to these (None: the pool)
    broken: frozenset[int] = frozenset()  # in « broken promises »: not in « call-backs »


@dataclass(frozen=True)
class Today:
    """Today's queue as the page shows it: the small sections whole, « call-backs » and « to
    call » a page at a time."""

    head: list[QueueRow]  # broken promises, the first page of call-backs, payment checks
    to_call: list[QueueRow]  # the first page of « to call »
    counts: dict[Section, int]  # rows in each section (« call-backs », « to call »: in SQL)
    plan: ToCallPlan


Owners = frozenset[int | None] | None
"""Whose customers a queue shows (team mode): user ids, ``None`` in it for the unassigned pool;
``None`` itself: everyone's (and on a company file)."""


def _owners_sql(owners: Owners, column: str = "c.assigned_to_id") -> str:
    """The condition on ``column`` (ids are integers: written, never user text)."""
    if owners is None:
        return ""
    ids = [o for o in owners if o is not None]
    terms = [f"{column} IN ({_ids(ids)})"] if ids else []
    if None in owners:
        terms.append(f"{column} IS NULL")
    return " AND (" + (" OR ".join(terms) or "1 = 0") + ")"


def _country(text: str | None) -> str:
    return text or "FR"


def _hours_states(cf: CompanySession, now: datetime,
                  policy: QueuePolicy) -> dict[tuple[str, str], tuple[str, datetime | None]]:
    """The hours state of every distinct (preferred hours, country): a few, whatever the size."""
    hours: dict[tuple[str, str], tuple[str, datetime | None]] = {}
    for r in cf.rows(HOURS_SQL):
        key = (r.call_hours or "", _country(r.country))
        if key not in hours:
            hours[key] = _hours_state(_hours(key[0]), now, key[1], policy.calls)
    return hours


def _rank_sql(plan: ToCallPlan, params: dict[str, Any]) -> str:
    """The hours order (HOURS_ORDER) of a customer as the first ORDER BY term (with its
    comma), or nothing when it is the same for all."""
    whens = []
    if len({state for state, _next in plan.hours.values()}) <= 1:
        return ""  # the same for all (every customer reachable now, or none): no order by it
    for n, ((text, country), (state, _next)) in enumerate(sorted(plan.hours.items())):
        rank = HOURS_ORDER[state]
        if rank == HOURS_ORDER["open"]:
            continue
        params[f"h{n}"], params[f"c{n}"] = text, country
        whens.append(f"WHEN COALESCE(c.call_hours, '') = :h{n} "
                     f"AND COALESCE(NULLIF(c.country, ''), 'FR') = :c{n} THEN {rank}")
    return "CASE " + " ".join(whens) + f" ELSE {HOURS_ORDER['open']} END, "


def _cut(params: dict[str, Any], offset: int, limit: int | None) -> str:
    if limit is None:
        return ""
    params.update(limit=int(limit), offset=int(offset))
    return "LIMIT :limit OFFSET :offset"


def _hours_of(plan: ToCallPlan, c: _Customer) -> tuple[str, datetime | None]:
    pair = (c.call_hours or "", c.country)
    if pair in plan.hours:  # worked out once per distinct hours (not row by row)
        return plan.hours[pair]
    return _hours_state(_hours(c.call_hours), plan.now, c.country, plan.policy.calls)


@in_session
def to_call_page(cf: CompanySession, plan: ToCallPlan, offset: int = 0,
                 limit: int | None = TO_CALL_PAGE) -> tuple[list[QueueRow], int]:
    """The rows ``offset`` to ``offset + limit`` of « to call » (all when ``limit`` is None),
    and how many there are in all (0 when the page is past the end)."""
    today = plan.now.date()
    params: dict[str, Any] = {"t": summary.day_of(today)}
    cut = _cut(params, offset, limit)
    params.update(late_before=(today - timedelta(days=INSTALMENT_GRACE_DAYS)).isoformat(),
                  start=datetime.combine(today, time.min).isoformat(sep=" "),
                  now=plan.now.isoformat(sep=" "))
    sql = TO_CALL_SQL.format(overdue=summary.overdue_sql(cf, _latest_due(today, plan.policy),
                                                         params),
                             excluded=_ids(plan.excluded), rank=_rank_sql(plan, params),
                             limit=cut, owners=_owners_sql(plan.owners),
                             plans_kept=PLANS_KEPT_SQL, called_today=CALLED_TODAY_SQL)
    ranked = cf.rows(sql, params)
    if not ranked:
        return [], 0
    customers = _customers(cf, {r.customer_id for r in ranked}, plan.now, plan.policy)
    found = []
    for r in ranked:
        c = customers[r.customer_id]
        state, next_open = _hours_of(plan, c)
        reason = Message(CTX, OVERDUE, {"amount": _amounts(c.due), "days": c.max_days})
        found.append(_row(c, _Candidate(Section.TO_CALL, reason, None, ()), state, next_open))
    return found, int(ranked[0].total)


def _call_back_reason(due_at: datetime, today: date) -> Message:
    at = f"{due_at.hour:02d}:{due_at.minute:02d}"  # strftime: 10× slower
    if due_at.date() == today:
        return Message(CTX, CALL_BACK_TODAY, {"time": at})
    return Message(CTX, CALL_BACK_LATE, {"day": due_at.date(), "time": at})


@in_session
def call_back_page(cf: CompanySession, plan: ToCallPlan, offset: int = 0,
                   limit: int | None = TO_CALL_PAGE) -> tuple[list[QueueRow], int]:
    """The rows ``offset`` to ``offset + limit`` of « call-backs » (all when ``limit`` is None),
    and how many there are in all (0 when the page is past the end). What each customer owes
    and its last call are left for when the row is shown (:func:`complete_rows`)."""
    today = plan.now.date()
    params: dict[str, Any] = {"tomorrow": _tomorrow(today)}
    cut = _cut(params, offset, limit)
    sql = CALL_BACKS_SQL.format(excluded=_ids(plan.broken), rank=_rank_sql(plan, params),
                                limit=cut, owners=_owners_sql(plan.owners))
    ranked = cf.rows(sql, params)
    if not ranked:
        return [], 0
    ids = {int(r.customer_id) for r in ranked}
    people = _people(cf, ids)
    task_ids = {(int(r.customer_id), _dt(r.due_at)): int(r.id)
                for r in cf.rows(CALL_BACK_TASKS_SQL.format(customers=_ids(ids)))}
    found = []
    for r in ranked:
        c = people[r.customer_id]
        due_at = _dt(r.due_at)
        task = _Task(task_ids[c.id, due_at], c.id, TaskKind.CALL_BACK, due_at, None, None, None)
        state, next_open = _hours_of(plan, c)
        best = _Candidate(Section.CALL_BACK, _call_back_reason(due_at, today), task, ())
        found.append(_row(c, best, state, next_open))
    return found, int(ranked[0].total)


def _row(customer: _Customer, best: _Candidate, state: str,
         next_open: datetime | None) -> QueueRow:
    last = customer.last_call
    return QueueRow(
        section=best.section, customer_id=customer.id, customer=customer.name,
        kind=customer.kind, reason=best.reason, due=dict(customer.due),
        max_days_overdue=customer.max_days, score=customer.score,
        call_hours=customer.call_hours, hours_state=state, next_open=next_open,
        task_id=best.task.id if best.task else None,
        due_at=best.task.due_at if best.task else None,
        last_call_at=last[0] if last else None, last_call_by=last[1] if last else "",
        last_outcome=last[2] if last else "", phone=customer.phone,
        written_only=customer.written_only, complete=customer.detailed,
    )


def _few_sections(cf: CompanySession, now: datetime, policy: QueuePolicy,
                  hours: dict[tuple[str, str], tuple[str, datetime | None]], owners: Owners,
                  ) -> tuple[list[tuple[tuple[Any, ...], QueueRow]], set[int], set[int]]:
    """« Broken promises » and « payment checks » (keyed for sorting), the customers in the
    first, and every customer the rules set aside from « to call »."""
    data = _load(cf, now, policy)
    customers: dict[int, _Customer] = data["customers"]
    tasks_of: dict[int, list[_Task]] = defaultdict(list)
    for task in data["tasks"]:
        if task.customer_id in customers:
            tasks_of[task.customer_id].append(task)
    promises_of: dict[int, list[_Promise]] = defaultdict(list)
    for promise in data["promises"].values():
        promises_of[promise.customer_id].append(promise)
    excluded: set[int] = set()
    broken: set[int] = set()
    keyed: list[tuple[tuple[Any, ...], QueueRow]] = []
    for customer_id, customer in customers.items():
        found = _candidates(customer, tasks_of.get(customer_id, []),
                            promises_of.get(customer_id, []), data, now)
        best = min(found, key=lambda c: SECTION_ORDER[c.section]) if found else None
        if best is None or best.section is not Section.TO_CALL:
            excluded.add(customer_id)  # in a higher section, or not to call today
        if best is not None and best.section is Section.BROKEN_PROMISE:
            broken.add(customer_id)
        if best is None or best.section in (Section.TO_CALL, Section.CALL_BACK):
            continue  # read from the database, ranked there
        if owners is not None and customer.assigned_to not in owners:
            continue
        pair = (customer.call_hours or "", customer.country)
        if pair not in hours:  # written to only, or archived: not in the query's list
            hours[pair] = _hours_state(_hours(pair[0]), now, pair[1], policy.calls)
        state, next_open = hours[pair]
        key = (SECTION_ORDER[best.section], HOURS_ORDER[state], *best.rank,
               customer.name.casefold(), customer.id)
        keyed.append((key, _row(customer, best, state, next_open)))
    keyed.sort(key=lambda item: item[0])
    return keyed, broken, excluded


@in_session
def today_sections(cf: CompanySession, now: datetime, *, policy: QueuePolicy = QueuePolicy(),
                   first_page: int = TO_CALL_PAGE, owners: Owners = None,
                   to_call: bool = True) -> Today:
    """Today's queue at ``now``: the small sections in full, the first page of « call-backs »
    and of « to call », and the count of every section. No work here grows with the number of
    customers or call-backs. ``owners``: only the customers assigned to them (see
    :data:`Owners`). ``to_call`` False: « to call » is left for later (:func:`to_call_page`;
    it reads every customer owing to rank them, 0.1 s at 1,000,000 invoices), its count 0."""
    hours = _hours_states(cf, now, policy)
    keyed, broken, excluded = _few_sections(cf, now, policy, hours, owners)
    plan = ToCallPlan(now, policy, frozenset(excluded), hours, owners, frozenset(broken))
    small = [row for _key, row in keyed]
    call_backs, call_back_total = call_back_page(cf, plan, 0, first_page)
    if call_backs:  # the rows shown first are read whole; the others when shown
        call_backs = complete_rows(cf, plan, call_backs)
    head = ([r for r in small if r.section is Section.BROKEN_PROMISE] + call_backs
            + [r for r in small if r.section is Section.PAYMENT_CHECK])
    first, total = to_call_page(cf, plan, 0, first_page) if to_call else ([], 0)
    counts = {s: sum(1 for r in small if r.section is s) for s in Section}
    counts[Section.CALL_BACK] = call_back_total
    counts[Section.TO_CALL] = total
    return Today(head, first, counts, plan)


PAGES = {Section.CALL_BACK: call_back_page, Section.TO_CALL: to_call_page}
"""The sections read a page at a time, and how."""


def rows_in_order(cf: CompanySession, today: Today) -> Iterator[QueueRow]:
    """Every row of ``today`` in the order to call them: the rows already read, and the pages
    of « call-backs » and « to call » after them, read as the caller goes on."""
    for section in Section:
        rows = today.to_call if section is Section.TO_CALL else [
            r for r in today.head if r.section is section]
        yield from rows
        page = PAGES.get(section)
        offset = len(rows)
        while page is not None and offset < today.counts[section]:
            more, _total = page(cf, today.plan, offset)
            if not more:
                break
            yield from more
            offset += len(more)


@in_session
def complete_rows(cf: CompanySession, plan: ToCallPlan, rows: list[QueueRow]) -> list[QueueRow]:
    """``rows`` with what each customer owes and its last call read (for rows of today's queue
    whose details were left for when they are shown); rows already complete are kept."""
    todo = {r.customer_id for r in rows if not r.complete}
    if not todo:
        return list(rows)
    customers = _customers(cf, todo, plan.now, plan.policy)
    done = []
    for r in rows:
        c = customers.get(r.customer_id)
        if r.complete or c is None:
            done.append(r)
            continue
        last = c.last_call
        done.append(replace(
            r, due=dict(c.due), max_days_overdue=c.max_days, score=c.score,
            last_call_at=last[0] if last else None, last_call_by=last[1] if last else "",
            last_outcome=last[2] if last else "", complete=True))
    return done



@in_session
def today_queue(
    cf: CompanySession, now: datetime, *, policy: QueuePolicy = QueuePolicy(),
    owners: Owners = None,
) -> list[QueueRow]:
    """Every row of today's queue at ``now``, in the order to call them (the printout)."""
    today = today_sections(cf, now, policy=policy, first_page=0, owners=owners)
    head = [r for r in today.head if r.section is Section.BROKEN_PROMISE]
    call_backs, _total = call_back_page(cf, today.plan, 0, None)
    checks = [r for r in today.head if r.section is Section.PAYMENT_CHECK]
    rest, _total = to_call_page(cf, today.plan, 0, None)
    return complete_rows(cf, today.plan, head + call_backs + checks) + rest

"""Follow-up after calls: promises and payment plans re-evaluated against the payments.

:func:`refresh` runs when the company file opens, once a day, and after every payment recorded or
deleted. In one transaction it:

* evaluates every promise not cancelled (:func:`relance_desktop.domain.calls.promises.evaluate`,
  per customer and currency) and stores its status, ``paid_cents`` and ``evaluated_on``; a status
  change is written to the audit trail;
* when a promise *becomes* broken or partial, creates one ``call_back`` task due the day after
  its deadline at 09:00 (unless one is already open for it); when it is kept, closes its open
  tasks (``done_note`` "kept"); its own ``check_payment`` task is closed as soon as the
  evaluation settles (kept, partial or broken), ``done_note`` being the status;
* allocates, for each active or broken payment plan, the customer's payments made since the
  plan was recorded to its instalments in order: paid, partial, late (unpaid 3 days after its
  due date) or open. A paid instalment's ``check_payment`` task is closed; a late instalment
  makes the plan broken (one ``call_back`` task the day after, 09:00); all paid: the plan is
  kept. The status is derived each time, so a plan caught up goes back to active;
* closes the open tasks of customers who owe nothing any more (``done_note`` "paid").

Running it twice changes nothing the second time. Reads are bulk (one query per table).
Whether a customer still owes something is read from the customers' summary (``store.summary``,
the ``invoice_balance`` view summed per customer by the database). Once a day it also moves the
summary's clock to yesterday (:func:`store.summary.bring_to`), so Today reads what is overdue
from it without adding the invoices fallen due since.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from relance_desktop.domain.calls.codes import InstalmentStatus, PlanStatus, PromiseStatus, TaskKind
from relance_desktop.domain.calls.promises import (
    GRACE_DAYS,
    Evaluation,
    PaymentFacts,
    PromiseFacts,
    deadline,
    evaluate,
)
from relance_desktop.i18n import QT_TRANSLATE_NOOP
from relance_desktop.services import audit
from relance_desktop.store import summary
from relance_desktop.store.models import now
from relance_desktop.store.session import Change, CompanySession, Topic, in_session

INSTALMENT_GRACE_DAYS = GRACE_DAYS  # the one value: domain.calls.promises
CALL_BACK_AT = time(9, 0)
SETTLED = {PromiseStatus.KEPT, PromiseStatus.PARTIAL, PromiseStatus.BROKEN}
MISSED = {PromiseStatus.PARTIAL, PromiseStatus.BROKEN}

# Notes of the tasks created here: stored as written (data, like the notes users type).
NOTE_BROKEN = QT_TRANSLATE_NOOP("calls", "Promesse de paiement non tenue : rappeler le client.")
NOTE_PARTIAL = QT_TRANSLATE_NOOP(
    "calls", "Promesse de paiement tenue en partie : rappeler le client pour le solde."
)
NOTE_PLAN = QT_TRANSLATE_NOOP(
    "calls", "Échéance du plan de paiement non payée : rappeler le client."
)


@dataclass(frozen=True)
class FollowupChanges:
    kept: int
    partial: int
    broken: int
    reopened: int
    tasks_created: int
    tasks_closed: int

    @property
    def visible(self) -> bool:
        """Something the user can see changed (a status, a task)."""
        return any(vars(self).values())


@dataclass
class _Promise:
    id: int
    customer_id: int
    currency: str
    status: str
    paid_cents: int
    evaluated_on: str | None
    user_id: int | None
    facts: PromiseFacts


@dataclass
class _Plan:
    id: int
    customer_id: int
    currency: str
    created_on: date
    status: str
    instalments: list[tuple[int, date, int, int, str]] = field(default_factory=list)


@dataclass
class _Tasks:
    """Tasks linked to promises and instalments: (id, kind, open)."""

    by_promise: dict[int, list[tuple[int, str, bool]]] = field(
        default_factory=lambda: defaultdict(list))
    by_instalment: dict[int, list[tuple[int, str, bool]]] = field(
        default_factory=lambda: defaultdict(list))


def _day(text: str) -> date:
    return date.fromisoformat(text[:10])


def _scope(column: str, customer_id: int | None) -> tuple[str, tuple[int, ...]]:
    if customer_id is None:
        return "", ()
    return f" AND {column} = ?", (customer_id,)


def _load_promises(cf: CompanySession, customer_id: int | None) -> list[_Promise]:
    where, params = _scope("customer_id", customer_id)
    rows = cf.rows(
        "SELECT id, customer_id, invoice_id, created_at, promised_on, amount_cents, grace_days, "
        "status, paid_cents, evaluated_on, currency, user_id FROM promise "
        "WHERE status != 'cancelled'" + where,
        params,
    )
    return [
        _Promise(
            r.id, r.customer_id, r.currency, r.status, r.paid_cents, r.evaluated_on, r.user_id,
            PromiseFacts(r.id, _day(r.created_at), _day(r.promised_on), r.amount_cents,
                         r.grace_days,
                         None if r.invoice_id is None else frozenset({r.invoice_id})),
        )
        for r in rows
    ]


def _load_plans(cf: CompanySession, customer_id: int | None) -> dict[int, _Plan]:
    where, params = _scope("customer_id", customer_id)
    plans = {
        r.id: _Plan(r.id, r.customer_id, r.currency, _day(r.created_at), r.status)
        for r in cf.rows(
            "SELECT id, customer_id, currency, created_at, status FROM payment_plan "
            "WHERE status IN ('active', 'broken')" + where,
            params,
        )
    }
    where, params = _scope("p.customer_id", customer_id)
    for r in cf.rows(
        "SELECT i.id, i.plan_id, i.due_on, i.amount_cents, i.paid_cents, i.status "
        "FROM instalment i JOIN payment_plan p ON p.id = i.plan_id "
        "WHERE p.status IN ('active', 'broken')" + where + " ORDER BY i.due_on, i.id",
        params,
    ):
        plans[r.plan_id].instalments.append(
            (r.id, _day(r.due_on), r.amount_cents, r.paid_cents, r.status))
    return plans


def _load_payments(
    cf: CompanySession, customer_id: int | None
) -> dict[tuple[int, str], list[PaymentFacts]]:
    """Payments of the customers that have promises or plans, by (customer, currency): each
    dated payment, as a promise is judged on when it was paid."""
    where, params = _scope("i.customer_id", customer_id)
    rows = cf.rows(
        "SELECT p.invoice_id, p.paid_on, p.amount_cents, i.customer_id, i.currency "
        "FROM payment p JOIN invoice i ON i.id = p.invoice_id "
        "WHERE i.customer_id IN (SELECT customer_id FROM promise WHERE status != 'cancelled' "
        "UNION SELECT customer_id FROM payment_plan WHERE status IN ('active', 'broken'))"
        + where,
        params,
    )
    found: dict[tuple[int, str], list[PaymentFacts]] = defaultdict(list)
    for r in rows:
        found[(r.customer_id, r.currency)].append(
            PaymentFacts(r.invoice_id, _day(r.paid_on), r.amount_cents))
    return found


def _load_tasks(cf: CompanySession, customer_id: int | None) -> _Tasks:
    where, params = _scope("customer_id", customer_id)
    tasks = _Tasks()
    for r in cf.rows(
        "SELECT id, kind, promise_id, instalment_id, done_at FROM task "
        "WHERE (promise_id IS NOT NULL OR instalment_id IS NOT NULL)" + where,
        params,
    ):
        entry = (r.id, r.kind, r.done_at is None)
        if r.promise_id is not None:
            tasks.by_promise[r.promise_id].append(entry)
        if r.instalment_id is not None:
            tasks.by_instalment[r.instalment_id].append(entry)
    return tasks


class _Writer:
    """Collects the writes, then applies them in bulk."""

    def __init__(self, owes_nothing: set[int]) -> None:
        self.owes_nothing = owes_nothing  # customers whose tasks are closed, none created
        self.stamp = now().isoformat(sep=" ")
        self.closed: dict[int, str] = {}  # task id → done_note
        self.created: list[tuple[object, ...]] = []

    def close(self, entries: Iterable[tuple[int, str, bool]], note: str,
              kinds: set[str] | None = None) -> None:
        for task_id, kind, is_open in entries:
            if is_open and (kinds is None or kind in kinds) and task_id not in self.closed:
                self.closed[task_id] = note

    def call_back(self, customer_id: int, due: date, note: str, *, promise_id: int | None = None,
                  instalment_id: int | None = None, assignee: int | None = None) -> None:
        if customer_id in self.owes_nothing:
            return
        due_at = datetime.combine(due, CALL_BACK_AT).isoformat(sep=" ")
        self.created.append((customer_id, TaskKind.CALL_BACK.value, due_at, assignee, note,
                             promise_id, instalment_id, self.stamp))

    def apply(self, cf: CompanySession) -> None:
        cf.executemany(
            "UPDATE task SET done_at = ?, done_note = ? WHERE id = ? AND done_at IS NULL",
            [(self.stamp, note, task_id) for task_id, note in self.closed.items()],
        )
        cf.executemany(
            "INSERT INTO task (customer_id, kind, due_at, assignee_id, note, promise_id, "
            "instalment_id, created_at, done_note) VALUES (?,?,?,?,?,?,?,?,'')",
            self.created,
        )


def _refresh_promises(
    promises: list[_Promise],
    payments: dict[tuple[int, str], list[PaymentFacts]],
    tasks: _Tasks,
    writer: _Writer,
    cf: CompanySession,
    today: date,
) -> dict[str, int]:
    counts = {"kept": 0, "partial": 0, "broken": 0, "reopened": 0}
    groups: dict[tuple[int, str], list[_Promise]] = defaultdict(list)
    for promise in promises:
        groups[(promise.customer_id, promise.currency)].append(promise)
    evaluations: dict[int, Evaluation] = {}
    for key, group in groups.items():
        evaluations.update(evaluate([p.facts for p in group], payments.get(key, []), today))
    updates = []
    for promise in promises:
        result = evaluations[promise.id]
        new, old = result.status, promise.status
        if (old, promise.paid_cents, promise.evaluated_on) != (
            new.value, result.paid_cents, today.isoformat()
        ):
            updates.append((new.value, result.paid_cents, today.isoformat(), promise.id))
        linked = tasks.by_promise.get(promise.id, [])
        if new != old:
            audit.record(
                cf, "status", "promise", promise.id, customer_id=promise.customer_id,
                before={"status": old, "paid_cents": promise.paid_cents},
                after={"status": new.value, "paid_cents": result.paid_cents},
            )
            if new == PromiseStatus.OPEN:
                counts["reopened"] += 1
            else:
                counts[new.value] += 1
            if (
                new in MISSED
                and old not in MISSED
                and not any(kind == TaskKind.CALL_BACK and is_open for _, kind, is_open in linked)
            ):
                note = NOTE_BROKEN if new == PromiseStatus.BROKEN else NOTE_PARTIAL
                writer.call_back(promise.customer_id, deadline(promise.facts) + timedelta(days=1),
                                 note, promise_id=promise.id, assignee=promise.user_id)
        if new == PromiseStatus.KEPT:
            writer.close(linked, PromiseStatus.KEPT.value)
        elif new in SETTLED:
            writer.close(linked, new.value, {TaskKind.CHECK_PAYMENT.value})
    cf.executemany(
        "UPDATE promise SET status = ?, paid_cents = ?, evaluated_on = ? WHERE id = ?", updates
    )
    return counts


def _refresh_plans(
    plans: dict[int, _Plan],
    payments: dict[tuple[int, str], list[PaymentFacts]],
    tasks: _Tasks,
    writer: _Writer,
    cf: CompanySession,
    today: date,
) -> None:
    instalment_updates = []
    plan_updates = []
    for plan in plans.values():
        if not plan.instalments:
            continue
        pool = sum(
            p.amount_cents for p in payments.get((plan.customer_id, plan.currency), [])
            if plan.created_on <= p.paid_on <= today
        )
        first_late: tuple[int, date] | None = None
        all_paid = True
        for instalment_id, due_on, amount, old_paid, old_status in plan.instalments:
            paid = min(pool, amount)
            pool -= paid
            if paid >= amount:
                status = InstalmentStatus.PAID
            elif today > due_on + timedelta(days=INSTALMENT_GRACE_DAYS):
                status = InstalmentStatus.LATE
            elif paid:
                status = InstalmentStatus.PARTIAL
            else:
                status = InstalmentStatus.OPEN
            if status != InstalmentStatus.PAID:
                all_paid = False
            if status == InstalmentStatus.LATE and first_late is None:
                first_late = (instalment_id, due_on)
            if (paid, status.value) != (old_paid, old_status):
                instalment_updates.append((paid, status.value, instalment_id))
            if status == InstalmentStatus.PAID:
                writer.close(tasks.by_instalment.get(instalment_id, []), "paid",
                             {TaskKind.CHECK_PAYMENT.value})
        if all_paid:
            new = PlanStatus.KEPT
        elif first_late is not None:
            new = PlanStatus.BROKEN
        else:
            new = PlanStatus.ACTIVE
        if new != plan.status:
            plan_updates.append((new.value, plan.id))
            audit.record(cf, "status", "payment_plan", plan.id, customer_id=plan.customer_id,
                         before={"status": plan.status}, after={"status": new.value})
        if new == PlanStatus.KEPT:
            for instalment_id, *_rest in plan.instalments:
                writer.close(tasks.by_instalment.get(instalment_id, []), PlanStatus.KEPT.value)
        if new == PlanStatus.BROKEN and plan.status != PlanStatus.BROKEN and first_late:
            late_id, due_on = first_late
            if not any(kind == TaskKind.CALL_BACK for _, kind, _open in
                       tasks.by_instalment.get(late_id, [])):
                writer.call_back(
                    plan.customer_id,
                    due_on + timedelta(days=INSTALMENT_GRACE_DAYS + 1), NOTE_PLAN,
                    instalment_id=late_id,
                )
    cf.executemany(
        "UPDATE instalment SET paid_cents = ?, status = ? WHERE id = ?", instalment_updates
    )
    cf.executemany("UPDATE payment_plan SET status = ? WHERE id = ?", plan_updates)


# Customers with documents, none of them an open invoice: read from the customers' summary
# (store.summary, kept by the database from invoice_balance), not from every invoice.
OWES_NOTHING_SQL = """
SELECT s.customer_id FROM customer_summary s
WHERE s.currency = '*' AND s.customer_id IN (
    SELECT customer_id FROM task WHERE done_at IS NULL
    UNION SELECT customer_id FROM promise WHERE status != 'cancelled'
    UNION SELECT customer_id FROM payment_plan WHERE status IN ('active', 'broken')) {scope}
  AND s.open_count = 0
"""


def _owes_nothing(cf: CompanySession, customer_id: int | None) -> set[int]:
    """Customers with invoices, none of them open any more (among those with follow-ups)."""
    scope, params = _scope("s.customer_id", customer_id)
    return {r.customer_id for r in cf.rows(OWES_NOTHING_SQL.format(scope=scope), params)}


@in_session
def refresh(cf: CompanySession, today: date, *, customer_id: int | None = None) -> FollowupChanges:
    """Re-evaluate promises, plans and their tasks as of ``today`` (all customers or one), in
    one transaction; what changed is reported once it is committed. For all customers, the
    customers' summary is also brought to the day (what is overdue as of yesterday)."""
    with cf.atomic():
        changes = reevaluate(cf, today, customer_id=customer_id)
        if customer_id is None:
            summary.bring_to(cf, today - timedelta(days=1))
    if changes.visible:  # only what the user can see: statuses and tasks
        cf.report(Change.of(Topic.CALLS, customers=[customer_id] if customer_id else []))
    return changes


@in_session
def reevaluate(
    cf: CompanySession, today: date, *, customer_id: int | None = None
) -> FollowupChanges:
    """:func:`refresh` inside the caller's transaction, reporting nothing: the caller (a payment
    recorded, say) reports ``Topic.CALLS`` with its own change after its commit."""
    with cf.atomic():
        promises = _load_promises(cf, customer_id)
        plans = _load_plans(cf, customer_id)
        payments = _load_payments(cf, customer_id) if promises or plans else {}
        tasks = _load_tasks(cf, customer_id)
        writer = _Writer(_owes_nothing(cf, customer_id))
        counts = _refresh_promises(promises, payments, tasks, writer, cf, today)
        _refresh_plans(plans, payments, tasks, writer, cf, today)
        if writer.owes_nothing:
            scope, params = _scope("customer_id", customer_id)
            for r in cf.rows(
                "SELECT id, customer_id FROM task WHERE done_at IS NULL" + scope, params
            ):
                if r.customer_id in writer.owes_nothing and r.id not in writer.closed:
                    writer.closed[r.id] = "paid"
        writer.apply(cf)
    return FollowupChanges(
        kept=counts["kept"], partial=counts["partial"], broken=counts["broken"],
        reopened=counts["reopened"], tasks_created=len(writer.created),
        tasks_closed=len(writer.closed),
    )

"""Calls and what they lead to: the draft being typed, promises, plans, disputes, call-backs.

A call is an ``interaction`` row (kind « call »). While the call sheet is open it is a *draft*
(``draft = 1``), saved as the user types; finishing the call makes it final. A final call is never
edited: a correction is a new entry pointing at it (``corrects_id``), and the history shows both.
Everything agreed during the call (promise, plan, dispute, call-back, payment said to be made, new
contact) is written at once, linked to the call, so a crash loses none of it.

Each function that records something reports it (``Topic.CALLS``, for the customer) once its
transaction is over. A draft is read only by the call sheet that writes it (every other reader
skips ``draft = 1``), so saving or discarding one reports nothing: the autosave every few
seconds refreshes no window. Naming a collector (:func:`user_id_for`) reports nothing either:
no window lists them.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from relance_desktop.domain.calls.codes import (
    DisputeStatus,
    Outcome,
    Period,
    PlanStatus,
    PromiseStatus,
    TaskKind,
)
from relance_desktop.domain.calls.guards import PastCall
from relance_desktop.domain.calls.plans import PlanPolicy, check_plan
from relance_desktop.domain.calls.promises import GRACE_DAYS, MAX_GRACE_DAYS
from relance_desktop.domain.money import Money
from relance_desktop.domain.parties import PaymentMethod
from relance_desktop.errors import ValidationError
from relance_desktop.i18n import QT_TRANSLATE_NOOP
from relance_desktop.services import audit
from relance_desktop.services.dunning import record_missed_calls
from relance_desktop.store.models import (
    Dispute,
    Instalment,
    Interaction,
    PaymentPlan,
    Promise,
    Task,
    User,
    now,
)
from relance_desktop.store.session import Change, CompanySession, Topic, in_session

CALL = "call"
DEFAULT_GRACE_DAYS = GRACE_DAYS  # the one value: domain.calls.promises (settings' default too)
CHECK_HOUR = time(9, 0)
MEANS = tuple(m.value for m in PaymentMethod)


def _now() -> datetime:
    return now()


# -- who ------------------------------------------------------------------------------------------
@in_session
def user_id_for(cf: CompanySession, name: str) -> int | None:
    """The collector named ``name`` in this company file (created on first use); None if blank.
    On a team server: the person signed in, whatever the name typed in the preferences."""
    from relance_desktop.services.team_roles import current_user_id

    signed = current_user_id(cf)
    if signed is not None:
        return signed
    name = " ".join(name.split())
    if not name:
        return None
    with cf.db.atomic():
        user = User.get_or_none(User.name == name)
        if user is None:
            user = User.create(name=name)
    return int(user.id)


# -- the draft ------------------------------------------------------------------------------------
@dataclass
class CallDraft:
    """What the call sheet holds for one call; saved as a draft while the call is open."""

    customer_id: int
    id: int | None = None
    notes: str = ""
    outcome: str = ""
    reason: str = ""
    contact_id: int | None = None
    duration_s: int = 0
    started_at: datetime | None = None
    state: dict[str, Any] = field(default_factory=dict)  # ticks, objective, objections...


@in_session
def open_draft(cf: CompanySession, customer_id: int) -> CallDraft | None:
    """The unfinished call of this customer, if the sheet was closed (or the app died) mid-call."""
    del cf
    row = (Interaction.select()
           .where((Interaction.customer == customer_id) & (Interaction.kind == CALL)
                  & (Interaction.draft == True))  # noqa: E712 (peewee expression)
           .order_by(Interaction.id.desc()).first())
    if row is None:
        return None
    try:
        state = json.loads(row.sheet_state or "{}")
    except ValueError:
        state = {}
    return CallDraft(customer_id, int(row.id), row.notes, row.outcome, row.reason,
                     row.contact_id, row.duration_s, row.started_at,
                     state if isinstance(state, dict) else {})


@in_session
def save_draft(cf: CompanySession, draft: CallDraft, *, user_id: int | None = None) -> int:
    """Write the draft (one small transaction); returns its id (created on the first save)."""
    values = {
        "notes": draft.notes,
        "outcome": draft.outcome,
        "reason": draft.reason,
        "contact": draft.contact_id,
        "duration_s": max(0, int(draft.duration_s)),
        "started_at": draft.started_at,
        "sheet_state": json.dumps(draft.state, ensure_ascii=False, sort_keys=True),
        "saved_at": _now(),
    }
    with cf.db.atomic():
        if draft.id is not None:
            updated = (Interaction.update(**values)
                       .where((Interaction.id == draft.id) & (Interaction.draft == True))  # noqa: E712
                       .execute())
            if updated:
                return draft.id
        row = Interaction.create(customer=draft.customer_id, kind=CALL, draft=True,
                                 user=user_id, occurred_at=draft.started_at or _now(), **values)
    draft.id = int(row.id)
    return draft.id


@in_session
def discard_draft(cf: CompanySession, draft_id: int) -> None:
    """Forget an unfinished call that recorded nothing (no promise, plan, task...)."""
    with cf.db.atomic():
        linked = (Promise.select().where(Promise.interaction == draft_id).exists()
                  or PaymentPlan.select().where(PaymentPlan.interaction == draft_id).exists()
                  or Dispute.select().where(Dispute.interaction == draft_id).exists()
                  or Task.select().where(Task.interaction == draft_id).exists())
        if linked:
            raise ValidationError("draft", QT_TRANSLATE_NOOP(
                "validation", "Cet appel a déjà enregistré des engagements : terminez-le en "
                "indiquant son résultat au lieu de l'abandonner."))
        Interaction.delete().where(
            (Interaction.id == draft_id) & (Interaction.draft == True)  # noqa: E712
        ).execute()


@in_session
def finish_call(cf: CompanySession, draft: CallDraft, *, user_id: int | None,
                at: datetime | None = None) -> int:
    """Record the call for good. The outcome is required; afterwards nothing can change it."""
    if draft.outcome not in {o.value for o in Outcome}:
        raise ValidationError("outcome", QT_TRANSLATE_NOOP(
            "validation", "Indiquez le résultat de l'appel (joint, pas de réponse, messagerie…)."))
    with cf.db.atomic():
        draft_id = save_draft(cf, draft, user_id=user_id)
        occurred = draft.started_at or at or _now()
        Interaction.update(draft=False, occurred_at=occurred, user=user_id).where(
            Interaction.id == draft_id).execute()
        # The call-backs that were due by today are done: this call was that call-back.
        end_of_day = datetime.combine((at or _now()).date(), time.max)
        Task.update(done_at=at or _now(), done_note="called").where(
            (Task.customer == draft.customer_id) & (Task.kind == TaskKind.CALL_BACK.value)
            & Task.done_at.is_null() & (Task.due_at <= end_of_day)
            & ((Task.interaction.is_null()) | (Task.interaction != draft_id))).execute()
        audit.record(cf, "create", "interaction", draft_id, customer_id=draft.customer_id,
                     after={"kind": CALL, "outcome": draft.outcome, "reason": draft.reason,
                            "duration_s": draft.duration_s}, user_id=user_id)
        from relance_desktop.services import dunning  # the call steps handed to this call

        dunning.call_logged(cf, draft.customer_id, draft_id, occurred.date())
    cf.report(Change.of(Topic.CALLS, customers=[draft.customer_id]))
    return draft_id


@in_session
def ensure_draft(cf: CompanySession, draft: CallDraft, user_id: int | None) -> int:
    return draft.id if draft.id is not None else save_draft(cf, draft, user_id=user_id)


# -- corrections ----------------------------------------------------------------------------------
@in_session
def add_correction(cf: CompanySession, interaction_id: int, text: str, *,
                   user_id: int | None) -> int:
    """A correction of a recorded call: a new entry; the original stays as it was."""
    text = text.strip()
    if not text:
        raise ValidationError("notes", QT_TRANSLATE_NOOP(
            "validation", "Écrivez la correction à ajouter."))
    original = Interaction.get_by_id(interaction_id)
    with cf.db.atomic():
        row = Interaction.create(customer=original.customer_id, kind="note", notes=text,
                                 user=user_id, corrects=interaction_id, occurred_at=_now())
        audit.record(cf, "create", "interaction", row.id, customer_id=original.customer_id,
                     after={"kind": "note", "corrects": interaction_id, "notes": text},
                     user_id=user_id)
    cf.report(Change.of(Topic.CALLS, customers=[original.customer_id]))
    return int(row.id)


# -- promises -------------------------------------------------------------------------------------
def _check_means(means: str) -> None:
    if means not in MEANS:
        raise ValidationError("means", QT_TRANSLATE_NOOP(
            "validation", "Choisissez le moyen de paiement."))


@in_session
def record_promise(
    cf: CompanySession, customer_id: int, *, amount_cents: int, currency: str, promised_on: date,
    today: date, due_cents: int, means: str = PaymentMethod.TRANSFER.value,
    interaction_id: int | None = None, contact_id: int | None = None, promised_by: str = "",
    invoice_id: int | None = None, reference: str = "", grace_days: int = DEFAULT_GRACE_DAYS,
    user_id: int | None = None, note: str = "",
) -> int:
    """A promise to pay, and the payment check it schedules at its date plus the grace period."""
    if amount_cents <= 0:
        raise ValidationError("amount", QT_TRANSLATE_NOOP(
            "validation", "Le montant promis doit être positif."))
    if amount_cents > due_cents:
        raise ValidationError("amount", QT_TRANSLATE_NOOP(
            "validation", "Le montant promis ({amount}) dépasse ce qui reste dû ({due})."),
            amount=Money(amount_cents, currency), due=Money(due_cents, currency))
    if promised_on < today:
        raise ValidationError("promised_on", QT_TRANSLATE_NOOP(
            "validation", "La date promise ne peut pas être dans le passé."))
    if promised_on > today + timedelta(days=366):
        raise ValidationError("promised_on", QT_TRANSLATE_NOOP(
            "validation", "Une date à plus d'un an n'est pas une promesse : proposez plutôt "
            "un échéancier."))
    _check_means(means)
    if not 0 <= grace_days <= MAX_GRACE_DAYS:
        raise ValidationError("grace_days", QT_TRANSLATE_NOOP(
            "validation", "Le délai de grâce doit être compris entre 0 et {limit} jours."),
            limit=MAX_GRACE_DAYS)
    with cf.db.atomic():
        promise = Promise.create(
            customer=customer_id, invoice=invoice_id, interaction=interaction_id,
            amount_cents=amount_cents, currency=currency, promised_on=promised_on, means=means,
            contact=contact_id, promised_by=promised_by.strip(), grace_days=grace_days,
            reference=reference, note=note.strip(), user=user_id, status=PromiseStatus.OPEN.value,
            created_at=datetime.combine(today, _now().time()),
        )
        check = promised_on + timedelta(days=grace_days)
        Task.create(customer=customer_id, invoice=invoice_id, kind=TaskKind.CHECK_PAYMENT.value,
                    due_at=datetime.combine(check, CHECK_HOUR), promise=promise.id,
                    interaction=interaction_id, amount_cents=amount_cents, user=user_id)
        audit.record(cf, "create", "promise", promise.id, customer_id=customer_id, user_id=user_id,
                     after={"amount_cents": amount_cents, "promised_on": promised_on,
                            "means": means, "promised_by": promised_by.strip()})
    cf.report(Change.of(Topic.CALLS, customers=[customer_id]))
    return int(promise.id)


@in_session
def cancel_promise(cf: CompanySession, promise_id: int, why: str, *, user_id: int | None) -> None:
    """Withdraw a promise recorded by mistake: it stays in the history, marked cancelled."""
    promise = Promise.get_by_id(promise_id)
    with cf.db.atomic():
        Promise.update(status=PromiseStatus.CANCELLED.value).where(
            Promise.id == promise_id).execute()
        Task.update(done_at=_now(), done_note="cancelled").where(
            (Task.promise == promise_id) & Task.done_at.is_null()).execute()
        audit.record(cf, "update", "promise", promise_id, customer_id=promise.customer_id,
                     before={"status": promise.status},
                     after={"status": PromiseStatus.CANCELLED.value, "why": why.strip()},
                     user_id=user_id)
    cf.report(Change.of(Topic.CALLS, customers=[promise.customer_id]))


# -- payment plans --------------------------------------------------------------------------------
@in_session
def record_plan(
    cf: CompanySession, customer_id: int, *, instalments: Sequence[tuple[date, int]], currency: str,
    period: str, today: date, due_cents: int, interaction_id: int | None = None,
    user_id: int | None = None, note: str = "", policy: PlanPolicy | None = None,
) -> int:
    """A payment plan with its instalments; each instalment gets its payment check."""
    result = check_plan(instalments, total_due_cents=due_cents, currency=currency, today=today,
                        policy=policy or PlanPolicy())
    if result.errors:
        exc = ValidationError("plan", result.errors[0].text)
        exc.message = result.errors[0]  # keeps its own context and arguments
        raise exc
    Period(period)
    with cf.db.atomic():
        plan = PaymentPlan.create(
            customer=customer_id, interaction=interaction_id,
            total_cents=sum(cents for _, cents in instalments), currency=currency,
            period=period, note=note.strip(), user=user_id, status=PlanStatus.ACTIVE.value,
            created_at=datetime.combine(today, _now().time()),
        )
        for due_on, cents in instalments:
            instalment = Instalment.create(plan=plan.id, due_on=due_on, amount_cents=cents)
            Task.create(customer=customer_id, kind=TaskKind.CHECK_PAYMENT.value,
                        due_at=datetime.combine(due_on + timedelta(days=DEFAULT_GRACE_DAYS),
                                                CHECK_HOUR),
                        instalment=instalment.id, interaction=interaction_id,
                        amount_cents=cents, user=user_id)
        audit.record(cf, "create", "payment_plan", plan.id, customer_id=customer_id,
                     user_id=user_id,
                     after={"instalments": [[d.isoformat(), c] for d, c in instalments],
                            "period": period})
    cf.report(Change.of(Topic.CALLS, customers=[customer_id]))
    return int(plan.id)


# -- disputes -------------------------------------------------------------------------------------
@in_session
def open_dispute(
    cf: CompanySession, customer_id: int, *, invoice_ids: Sequence[int], reason: str, today: date,
    interaction_id: int | None = None, user_id: int | None = None,
) -> list[int]:
    """One dispute per contested invoice: chasing of those invoices pauses until it is settled."""
    reason = reason.strip()
    if not reason:
        raise ValidationError("reason", QT_TRANSLATE_NOOP(
            "validation", "Notez ce que le client conteste."))
    if not invoice_ids:
        raise ValidationError("invoices", QT_TRANSLATE_NOOP(
            "validation", "Choisissez au moins une facture contestée."))
    ids = []
    with cf.db.atomic():
        for invoice_id in invoice_ids:
            dispute = Dispute.create(customer=customer_id, invoice=invoice_id, opened_on=today,
                                     reason=reason, interaction=interaction_id, user=user_id,
                                     status=DisputeStatus.OPEN.value)
            audit.record(cf, "create", "dispute", dispute.id, customer_id=customer_id,
                         user_id=user_id, after={"invoice_id": invoice_id, "reason": reason})
            ids.append(int(dispute.id))
    cf.report(Change.of(Topic.CALLS, customers=[customer_id]))
    return ids


@in_session
def settle_dispute(cf: CompanySession, dispute_id: int, *, status: str, resolution: str,
                   today: date, user_id: int | None = None) -> None:
    if status not in (DisputeStatus.RESOLVED.value, DisputeStatus.REJECTED.value):
        raise ValidationError("status", QT_TRANSLATE_NOOP(
            "validation", "Choisissez comment le litige s'est terminé."))
    dispute = Dispute.get_by_id(dispute_id)
    with cf.db.atomic():
        Dispute.update(status=status, resolution=resolution.strip(), resolved_on=today).where(
            Dispute.id == dispute_id).execute()
        audit.record(cf, "update", "dispute", dispute_id, customer_id=dispute.customer_id,
                     before={"status": dispute.status},
                     after={"status": status, "resolution": resolution.strip()}, user_id=user_id)
    cf.report(Change.of(Topic.CALLS, customers=[dispute.customer_id]))


# -- tasks ----------------------------------------------------------------------------------------
@in_session
def schedule_call_back(
    cf: CompanySession, customer_id: int, *, at: datetime, now_at: datetime, note: str = "",
    interaction_id: int | None = None, user_id: int | None = None,
) -> int:
    """« I call you back Tuesday at 10 »: a call-back task at that time."""
    if at < now_at - timedelta(minutes=1):
        raise ValidationError("call_back", QT_TRANSLATE_NOOP(
            "validation", "Le rappel doit être prévu dans le futur."))
    with cf.db.atomic():
        task = Task.create(customer=customer_id, kind=TaskKind.CALL_BACK.value, due_at=at,
                           note=note.strip(), interaction=interaction_id, user=user_id,
                           assignee=user_id)
        audit.record(cf, "create", "task", task.id, customer_id=customer_id, user_id=user_id,
                     after={"kind": TaskKind.CALL_BACK.value, "due_at": at, "note": note.strip()})
    cf.report(Change.of(Topic.CALLS, customers=[customer_id]))
    return int(task.id)


@in_session
def record_claimed_payment(
    cf: CompanySession, customer_id: int, *, amount_cents: int, currency: str, paid_on: date,
    means: str, today: date, note: str = "", interaction_id: int | None = None,
    user_id: int | None = None,
) -> int:
    """The customer says it paid: a payment check for the next morning, not a payment."""
    if amount_cents <= 0:
        raise ValidationError("amount", QT_TRANSLATE_NOOP(
            "validation", "Le montant annoncé doit être positif."))
    if paid_on > today:
        raise ValidationError("paid_on", QT_TRANSLATE_NOOP(
            "validation", "La date du paiement annoncé ne peut pas être dans le futur."))
    _check_means(means)
    with cf.db.atomic():
        task = Task.create(
            customer=customer_id, kind=TaskKind.CHECK_PAYMENT.value,
            due_at=datetime.combine(today + timedelta(days=1), CHECK_HOUR),
            amount_cents=amount_cents, interaction=interaction_id, user=user_id,
            note=json.dumps({"claimed_on": paid_on.isoformat(), "means": means,
                             "currency": currency, "note": note.strip()}, ensure_ascii=False),
        )
        audit.record(cf, "create", "task", task.id, customer_id=customer_id, user_id=user_id,
                     after={"kind": "claimed_payment", "amount_cents": amount_cents,
                            "paid_on": paid_on, "means": means})
    cf.report(Change.of(Topic.CALLS, customers=[customer_id]))
    return int(task.id)


@in_session
def complete_task(cf: CompanySession, task_id: int, done_note: str, *, at: datetime,
                  user_id: int | None = None) -> None:
    task = Task.get_by_id(task_id)
    if task.done_at is not None:
        return
    with cf.db.atomic():
        Task.update(done_at=at, done_note=done_note.strip()).where(Task.id == task_id).execute()
        audit.record(cf, "update", "task", task_id, customer_id=task.customer_id, user_id=user_id,
                     before={"done_at": None}, after={"done_at": at, "done_note": done_note})
        # a call step handed over that waited for this call-back is now skipped, in writing
        record_missed_calls(cf, int(task.customer_id), at.date())
    cf.report(Change.of(Topic.CALLS, customers=[task.customer_id]))


# -- reading --------------------------------------------------------------------------------------
PAST_CALLS_SQL = """
SELECT i.occurred_at, COALESCE(u.name, '') AS who, i.outcome
FROM interaction i LEFT JOIN "user" u ON u.id = i.user_id
WHERE i.customer_id = ? AND i.kind = 'call' AND i.draft = 0
ORDER BY i.occurred_at DESC, i.id DESC
"""


@in_session
def past_calls(cf: CompanySession, customer_id: int) -> list[PastCall]:
    """Every recorded call attempt to this customer, newest first (for the guards)."""
    rows = cf.rows(PAST_CALLS_SQL, (customer_id,))
    return [PastCall(datetime.fromisoformat(r.occurred_at), r.who, r.outcome) for r in rows]


@dataclass(frozen=True)
class PromiseLine:
    id: int
    created_on: date
    promised_on: date
    amount_cents: int
    currency: str
    means: str
    status: str
    paid_cents: int
    promised_by: str
    reference: str
    interaction_id: int | None
    recorded_by: str


@dataclass(frozen=True)
class InstalmentLine:
    due_on: date
    amount_cents: int
    paid_cents: int
    status: str


@dataclass(frozen=True)
class PlanLine:
    id: int
    created_on: date
    currency: str
    period: str
    status: str
    total_cents: int
    instalments: tuple[InstalmentLine, ...]
    interaction_id: int | None


@dataclass(frozen=True)
class DisputeLine:
    id: int
    invoice_id: int | None
    invoice_number: str
    opened_on: date
    reason: str
    status: str
    resolution: str
    interaction_id: int | None


@dataclass(frozen=True)
class TaskLine:
    id: int
    kind: str
    due_at: datetime
    note: str
    amount_cents: int | None
    done_at: datetime | None
    done_note: str
    interaction_id: int | None
    promise_id: int | None
    instalment_id: int | None


@dataclass(frozen=True)
class CallLine:
    id: int
    occurred_at: datetime
    who: str
    contact: str
    duration_s: int
    outcome: str
    reason: str
    notes: str
    corrects_id: int | None
    kind: str
    state: dict[str, Any]


def _d(text: str) -> date:
    return date.fromisoformat(text[:10])


PROMISES_SQL = """
SELECT p.id, p.created_at, p.promised_on, p.amount_cents, p.currency, p.means, p.status,
       p.paid_cents, p.promised_by, p.reference, p.interaction_id,
       COALESCE(u.name, '') AS recorded_by
FROM promise p LEFT JOIN "user" u ON u.id = p.user_id
WHERE p.customer_id = ? ORDER BY p.promised_on DESC, p.id DESC
"""


@in_session
def promises_of(cf: CompanySession, customer_id: int) -> list[PromiseLine]:
    return [PromiseLine(r.id, _d(r.created_at), _d(r.promised_on), r.amount_cents, r.currency,
                        r.means, r.status, r.paid_cents, r.promised_by, r.reference,
                        r.interaction_id, r.recorded_by)
            for r in cf.rows(PROMISES_SQL, (customer_id,))]


@in_session
def plans_of(cf: CompanySession, customer_id: int) -> list[PlanLine]:
    """The customer's payment plans, newest first, with their instalments (two queries)."""
    instalments: dict[int, list[InstalmentLine]] = {}
    for r in cf.rows(
            "SELECT s.plan_id, s.due_on, s.amount_cents, s.paid_cents, s.status FROM instalment s "
            "JOIN payment_plan p ON p.id = s.plan_id WHERE p.customer_id = ? "
            "ORDER BY s.due_on, s.id", (customer_id,)):
        instalments.setdefault(r.plan_id, []).append(
            InstalmentLine(_d(r.due_on), r.amount_cents, r.paid_cents, r.status))
    return [PlanLine(r.id, _d(r.created_at), r.currency, r.period, r.status, r.total_cents,
                     tuple(instalments.get(r.id, ())), r.interaction_id)
            for r in cf.rows(
                "SELECT id, created_at, currency, period, status, total_cents, interaction_id "
                "FROM payment_plan WHERE customer_id = ? ORDER BY id DESC", (customer_id,))]


@in_session
def disputes_of(cf: CompanySession, customer_id: int) -> list[DisputeLine]:
    rows = cf.rows(
        "SELECT d.id, d.invoice_id, COALESCE(i.number, '') AS invoice_number, d.opened_on, "
        "d.reason, d.status, d.resolution, d.interaction_id FROM dispute d "
        "LEFT JOIN invoice i ON i.id = d.invoice_id WHERE d.customer_id = ? "
        "ORDER BY d.opened_on DESC, d.id DESC", (customer_id,))
    return [DisputeLine(r.id, r.invoice_id, r.invoice_number, _d(r.opened_on), r.reason,
                        r.status, r.resolution, r.interaction_id) for r in rows]


@in_session
def tasks_of(cf: CompanySession, customer_id: int, *, open_only: bool = False) -> list[TaskLine]:
    sql = ("SELECT id, kind, due_at, note, amount_cents, done_at, done_note, interaction_id, "
           "promise_id, instalment_id FROM task WHERE customer_id = ?")
    if open_only:
        sql += " AND done_at IS NULL"
    rows = cf.rows(sql + " ORDER BY due_at, id", (customer_id,))
    return [TaskLine(r.id, r.kind, datetime.fromisoformat(r.due_at), r.note, r.amount_cents,
                     datetime.fromisoformat(r.done_at) if r.done_at else None, r.done_note,
                     r.interaction_id, r.promise_id, r.instalment_id) for r in rows]


CALLS_SQL = """
SELECT i.id, i.occurred_at, COALESCE(u.name, '') AS who, COALESCE(c.name, '') AS contact,
       i.duration_s, i.outcome, i.reason, i.notes, i.corrects_id, i.kind, i.sheet_state
FROM interaction i
LEFT JOIN "user" u ON u.id = i.user_id
LEFT JOIN contact c ON c.id = i.contact_id
WHERE i.customer_id = ? AND i.draft = 0 AND (i.kind = 'call' OR i.corrects_id IS NOT NULL)
ORDER BY i.occurred_at DESC, i.id DESC
"""


def _sheet_state(text: str | None) -> dict[str, Any]:
    try:
        state = json.loads(text or "{}")
    except ValueError:
        return {}
    return state if isinstance(state, dict) else {}


@in_session
def calls_of(cf: CompanySession, customer_id: int) -> list[CallLine]:
    """Recorded calls and corrections, newest first."""
    return [CallLine(r.id, datetime.fromisoformat(r.occurred_at), r.who, r.contact,
                     r.duration_s, r.outcome, r.reason, r.notes, r.corrects_id, r.kind,
                     _sheet_state(r.sheet_state))
            for r in cf.rows(CALLS_SQL, (customer_id,))]


@dataclass(frozen=True)
class CallRecord:
    """One recorded call with everything it led to — what « reopen an old call » shows."""

    call: CallLine
    promises: tuple[PromiseLine, ...]
    plans: tuple[PlanLine, ...]
    disputes: tuple[DisputeLine, ...]
    tasks: tuple[TaskLine, ...]
    corrections: tuple[CallLine, ...]


@in_session
def call_record(cf: CompanySession, interaction_id: int) -> CallRecord:
    row = Interaction.get_by_id(interaction_id)
    customer_id = row.customer_id
    calls = calls_of(cf, customer_id)
    call = next(c for c in calls if c.id == interaction_id)
    return CallRecord(
        call,
        tuple(p for p in promises_of(cf, customer_id) if p.interaction_id == interaction_id),
        tuple(p for p in plans_of(cf, customer_id) if p.interaction_id == interaction_id),
        tuple(d for d in disputes_of(cf, customer_id) if d.interaction_id == interaction_id),
        tuple(t for t in tasks_of(cf, customer_id) if t.interaction_id == interaction_id),
        tuple(sorted((c for c in calls if c.corrects_id == interaction_id),
                     key=lambda c: c.occurred_at)),
    )


"""Follow-up: promises and plans re-evaluated against payments, with their tasks."""

from __future__ import annotations

import json
from datetime import date, datetime

from relance_desktop.domain.calls.codes import PromiseStatus
from relance_desktop.services.followup import FollowupChanges, refresh
from relance_desktop.services.invoices import PaymentInput, add_payment, delete_payment
from relance_desktop.store.models import (
    AuditEvent,
    Customer,
    Instalment,
    Invoice,
    Payment,
    PaymentPlan,
    Promise,
    Task,
    User,
)
from relance_desktop.store.session import CompanySession

TODAY = date(2026, 11, 23)
NOTHING = FollowupChanges(0, 0, 0, 0, 0, 0)


def customer_with_invoice(name: str = "Garage du Centre", cents: int = 1000_00) -> Invoice:
    customer = Customer.create(name=name)
    return Invoice.create(customer=customer, number=f"F-{name}", issue_date=date(2026, 9, 1),
                          due_date=date(2026, 10, 1), amount_cents=cents)


def promise_on(invoice: Invoice, promised_on: date, cents: int = 250_00,
               user: User | None = None) -> Promise:
    return Promise.create(customer=invoice.customer_id, amount_cents=cents,
                          promised_on=promised_on, created_at=datetime(2026, 11, 2, 10),
                          user=user)


def test_broken_promise_is_stored_audited_and_called_back_once(cf: CompanySession) -> None:
    anne = User.create(name="Anne")
    invoice = customer_with_invoice()
    promise = promise_on(invoice, date(2026, 11, 12), user=anne)
    check = Task.create(customer=invoice.customer_id, kind="check_payment", promise=promise,
                        due_at=datetime(2026, 11, 15, 9))

    changes = refresh(cf, TODAY)

    assert changes == FollowupChanges(0, 0, 1, 0, 1, 1)
    promise = Promise.get_by_id(promise.id)
    assert (promise.status, promise.paid_cents, promise.evaluated_on) == ("broken", 0, TODAY)
    event = AuditEvent.get(AuditEvent.entity == "promise")
    assert (event.action, event.entity_id, event.customer_id) == ("status", promise.id,
                                                                  invoice.customer_id)
    assert json.loads(event.before)["status"] == "open"
    assert json.loads(event.after)["status"] == "broken"
    call_back = Task.get(Task.kind == "call_back")
    assert call_back.due_at == datetime(2026, 11, 16, 9)  # the day after the deadline (15th)
    assert call_back.promise_id == promise.id and call_back.assignee_id == anne.id
    assert call_back.done_at is None and call_back.note
    check = Task.get_by_id(check.id)
    assert check.done_at is not None and check.done_note == "broken"

    assert refresh(cf, TODAY) == NOTHING
    assert Task.select().count() == 2
    assert AuditEvent.select().where(AuditEvent.entity == "promise").count() == 1


def test_recording_a_payment_later_keeps_the_promise_and_closes_its_tasks(
    cf: CompanySession,
) -> None:
    invoice = customer_with_invoice()
    promise = promise_on(invoice, date(2026, 11, 12))
    refresh(cf, TODAY)
    assert Promise.get_by_id(promise.id).status == "broken"

    add_payment(cf, PaymentInput(invoice.id, date(2026, 11, 14), 250_00), today=TODAY)

    promise = Promise.get_by_id(promise.id)
    assert (promise.status, promise.paid_cents) == ("kept", 250_00)
    call_back = Task.get(Task.kind == "call_back")
    assert call_back.done_at is not None and call_back.done_note == "kept"
    assert refresh(cf, TODAY) == NOTHING


def test_partial_payment_and_reopening_when_a_payment_is_deleted(cf: CompanySession) -> None:
    invoice = customer_with_invoice()
    promise = promise_on(invoice, date(2026, 11, 12))
    Payment.create(invoice=invoice, paid_on=date(2026, 11, 10), amount_cents=100_00)
    changes = refresh(cf, TODAY)
    assert (changes.partial, changes.tasks_created) == (1, 1)
    assert (Promise.get_by_id(promise.id).status, Promise.get_by_id(promise.id).paid_cents) == (
        "partial", 100_00)

    # Before the deadline, deleting the payment that kept it reopens the promise.
    later = promise_on(invoice, date(2026, 11, 25))
    payment_id = add_payment(cf, PaymentInput(invoice.id, date(2026, 11, 23), 250_00),
                             today=TODAY)
    assert Promise.get_by_id(later.id).status == PromiseStatus.KEPT
    delete_payment(cf, payment_id, today=TODAY)
    assert Promise.get_by_id(later.id).status == PromiseStatus.OPEN
    events = [json.loads(e.after)["status"] for e in
              AuditEvent.select().where(AuditEvent.entity_id == later.id,
                                        AuditEvent.entity == "promise").order_by(AuditEvent.id)]
    assert events == ["kept", "open"]


def test_cancelled_promises_are_left_alone(cf: CompanySession) -> None:
    invoice = customer_with_invoice()
    promise = promise_on(invoice, date(2026, 11, 1))
    promise.status = "cancelled"
    promise.save()
    assert refresh(cf, TODAY) == NOTHING
    assert Promise.get_by_id(promise.id).status == "cancelled"


def make_plan(invoice: Invoice, dues: list[tuple[date, int]]) -> tuple[PaymentPlan,
                                                                       list[Instalment]]:
    plan = PaymentPlan.create(customer=invoice.customer_id, total_cents=sum(c for _, c in dues),
                              created_at=datetime(2026, 10, 5, 11))
    return plan, [Instalment.create(plan=plan, due_on=d, amount_cents=c) for d, c in dues]


def test_plan_instalments_follow_the_payments(cf: CompanySession) -> None:
    invoice = customer_with_invoice(cents=2000_00)
    plan, (first, second, third) = make_plan(
        invoice, [(date(2026, 10, 15), 300_00), (date(2026, 11, 15), 300_00),
                  (date(2026, 12, 15), 400_00)])
    check = Task.create(customer=invoice.customer_id, kind="check_payment", instalment=first,
                        due_at=datetime(2026, 10, 18, 9))
    Payment.create(invoice=invoice, paid_on=date(2026, 10, 1), amount_cents=50_00)  # before
    Payment.create(invoice=invoice, paid_on=date(2026, 10, 14), amount_cents=300_00)
    Payment.create(invoice=invoice, paid_on=date(2026, 11, 14), amount_cents=100_00)

    changes = refresh(cf, TODAY)

    statuses = [(i.status, i.paid_cents) for i in
                Instalment.select().where(Instalment.plan == plan).order_by(Instalment.due_on)]
    assert statuses == [("paid", 300_00), ("late", 100_00), ("open", 0)]
    assert PaymentPlan.get_by_id(plan.id).status == "broken"
    assert Task.get_by_id(check.id).done_note == "paid"
    call_back = Task.get(Task.kind == "call_back")
    assert call_back.instalment_id == second.id
    assert call_back.due_at == datetime(2026, 11, 19, 9)
    assert (changes.tasks_created, changes.tasks_closed) == (1, 1)
    assert refresh(cf, TODAY) == NOTHING

    # The customer catches up and pays the rest: the plan is kept.
    add_payment(cf, PaymentInput(invoice.id, TODAY, 600_00), today=TODAY)
    assert PaymentPlan.get_by_id(plan.id).status == "kept"
    assert Task.get_by_id(call_back.id).done_at is not None
    assert third.id in {i.id for i in Instalment.select().where(Instalment.status == "paid")}


def test_tasks_of_a_customer_who_owes_nothing_are_closed(cf: CompanySession) -> None:
    paid_up = customer_with_invoice("Boulangerie Martin", 500_00)
    Payment.create(invoice=paid_up, paid_on=date(2026, 11, 20), amount_cents=500_00)
    done = Task.create(customer=paid_up.customer_id, kind="call_back",
                       due_at=datetime(2026, 11, 24, 10))
    still_owing = customer_with_invoice("Hôtel Les Tilleuls")
    kept = Task.create(customer=still_owing.customer_id, kind="call_back",
                       due_at=datetime(2026, 11, 24, 10))

    assert refresh(cf, TODAY).tasks_closed == 1
    assert Task.get_by_id(done.id).done_note == "paid"
    assert Task.get_by_id(kept.id).done_at is None
    assert refresh(cf, TODAY) == NOTHING


def test_refresh_for_one_customer_leaves_the_others(cf: CompanySession) -> None:
    one = customer_with_invoice("Client Un")
    other = customer_with_invoice("Client Deux")
    p1 = promise_on(one, date(2026, 11, 1))
    p2 = promise_on(other, date(2026, 11, 1))
    assert refresh(cf, TODAY, customer_id=one.customer_id).broken == 1
    assert Promise.get_by_id(p1.id).status == "broken"
    assert Promise.get_by_id(p2.id).status == "open"


def test_demo_company_refresh_is_idempotent(demo_cf: CompanySession) -> None:
    refresh(demo_cf, TODAY)
    assert refresh(demo_cf, TODAY) == NOTHING


def test_refresh_reports_calls_once_committed_and_only_when_something_changed(
    cf: CompanySession,
) -> None:
    from relance_desktop.store.session import Change, Topic

    seen: list[tuple[Change, bool]] = []
    cf.changes.subscribe(lambda change: seen.append((change, cf.db.in_transaction())))
    invoice = customer_with_invoice()
    promise_on(invoice, date(2026, 11, 12))
    refresh(cf, TODAY, customer_id=invoice.customer_id)
    assert seen == [(Change.of(Topic.CALLS, customers=[invoice.customer_id]), False)]
    refresh(cf, TODAY)
    assert len(seen) == 1  # nothing new: nothing to redraw

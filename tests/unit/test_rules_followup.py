"""The follow-up after calls at the boundaries of its rules, on a fresh company built by hand:
a payment on the day a promise was made or the day after its deadline, an instalment unpaid
three then four days after its due date, a plan caught up, a customer who owes nothing."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from relance_desktop.services.followup import FollowupChanges, refresh
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

MADE = date(2026, 11, 10)  # the call where the promise or the plan was agreed
PROMISED = date(2026, 11, 16)  # 3 days of grace: the deadline is 19 November
NOTHING = FollowupChanges(0, 0, 0, 0, 0, 0)


def owing(name: str = "Dupont SARL", cents: int = 1000_00) -> Invoice:
    found = Customer.create(name=name)
    return Invoice.create(customer=found, number=f"F-{name}", issue_date=date(2026, 9, 1),
                          due_date=date(2026, 10, 1), amount_cents=cents)


def promise(invoice: Invoice, cents: int = 300_00, **fields: object) -> Promise:
    return Promise.create(customer=invoice.customer, amount_cents=cents, promised_on=PROMISED,
                          created_at=datetime.combine(MADE, datetime.min.time()), **fields)


def pay(invoice: Invoice, day: date, cents: int) -> None:
    Payment.create(invoice=invoice, paid_on=day, amount_cents=cents)


def state(p: Promise) -> tuple[str, int]:
    p = Promise.get_by_id(p.id)
    return p.status, p.paid_cents


def tasks(customer_id: int) -> list[tuple[str, datetime, bool, str]]:
    return [(t.kind, t.due_at, t.done_at is None, t.done_note)
            for t in Task.select().where(Task.customer == customer_id).order_by(Task.id)]


def test_a_promise_is_open_on_its_deadline_and_broken_the_day_after(cf: CompanySession) -> None:
    invoice = owing()
    made = promise(invoice)
    assert refresh(cf, date(2026, 11, 19)) == NOTHING
    assert state(made) == ("open", 0)
    changes = refresh(cf, date(2026, 11, 20))
    assert changes == FollowupChanges(0, 0, 1, 0, 1, 0)
    assert state(made) == ("broken", 0)
    # the call-back is due the day after the deadline, at 09:00
    assert tasks(invoice.customer_id) == [("call_back", datetime(2026, 11, 20, 9), True, "")]
    audit = AuditEvent.get(AuditEvent.entity == "promise")
    assert '"broken"' in audit.after and '"open"' in audit.before
    assert refresh(cf, date(2026, 11, 21)) == NOTHING


def test_payment_window_runs_from_the_day_of_the_promise_to_its_deadline(
        cf: CompanySession) -> None:
    too_early, first_day, last_day, too_late = (owing(n) for n in ("A", "B", "C", "D"))
    for invoice, day in ((too_early, MADE - timedelta(1)), (first_day, MADE),
                         (last_day, date(2026, 11, 19)), (too_late, date(2026, 11, 20))):
        promise(invoice)
        pay(invoice, day, 300_00)
    changes = refresh(cf, date(2026, 11, 25))
    assert (changes.kept, changes.broken) == (2, 2)
    found = {p.customer.name: p.status for p in Promise.select()}
    assert found == {"A": "broken", "B": "kept", "C": "kept", "D": "broken"}


def test_a_partly_kept_promise_gets_its_own_call_back(cf: CompanySession) -> None:
    anne = User.create(name="Anne")
    invoice = owing()
    made = promise(invoice, user=anne)
    pay(invoice, date(2026, 11, 17), 299_99)
    changes = refresh(cf, date(2026, 11, 20))
    assert (changes.partial, changes.tasks_created) == (1, 1)
    assert state(made) == ("partial", 299_99)
    task = Task.get(Task.promise == made)
    assert task.note.startswith("Promesse de paiement tenue en partie")
    assert task.assignee_id == anne.id and task.due_at == datetime(2026, 11, 20, 9)


def test_an_open_call_back_is_not_doubled_a_done_one_is_no_reason(cf: CompanySession) -> None:
    invoice = owing()
    made = promise(invoice)
    Task.create(customer=invoice.customer, kind="call_back", promise=made,
                due_at=datetime(2026, 11, 21, 9))
    assert refresh(cf, date(2026, 11, 20)).tasks_created == 0
    other = owing("Martin")
    made = promise(other)
    Task.create(customer=other.customer, kind="call_back", promise=made,
                due_at=datetime(2026, 11, 12, 9), done_at=datetime(2026, 11, 12, 9))
    assert refresh(cf, date(2026, 11, 20)).tasks_created == 1


def test_settled_promise_closes_its_payment_check_kept_closes_all(cf: CompanySession) -> None:
    invoice = owing()
    made = promise(invoice)
    Task.create(customer=invoice.customer, kind="check_payment", promise=made,
                due_at=datetime(2026, 11, 19, 9))
    Task.create(customer=invoice.customer, kind="call_back", promise=made,
                due_at=datetime(2026, 11, 25, 9))
    refresh(cf, date(2026, 11, 19))  # still open: nothing closed
    assert [t[2] for t in tasks(invoice.customer_id)] == [True, True]
    refresh(cf, date(2026, 11, 20))  # broken: the check is over, the call-back stays
    assert [(t[0], t[2], t[3]) for t in tasks(invoice.customer_id)] == [
        ("check_payment", False, "broken"), ("call_back", True, "")]
    pay(invoice, date(2026, 11, 19), 300_00)  # recorded late, dated inside the window
    changes = refresh(cf, date(2026, 11, 21))
    assert (changes.kept, changes.tasks_closed) == (1, 1)
    assert [(t[0], t[2], t[3]) for t in tasks(invoice.customer_id)] == [
        ("check_payment", False, "broken"), ("call_back", False, "kept")]


def test_a_promise_paid_back_to_open_counts_as_reopened(cf: CompanySession) -> None:
    invoice = owing()
    made = promise(invoice)
    pay(invoice, date(2026, 11, 12), 300_00)
    assert refresh(cf, date(2026, 11, 13)).kept == 1
    Payment.delete().execute()
    changes = refresh(cf, date(2026, 11, 14))
    assert changes.reopened == 1 and state(made) == ("open", 0)


def plan(invoice: Invoice, first_due: date, amounts: tuple[int, ...] = (300_00, 300_00),
         status: str = "active") -> PaymentPlan:
    made = PaymentPlan.create(customer=invoice.customer, total_cents=sum(amounts), status=status,
                              created_at=datetime.combine(MADE, datetime.min.time()))
    for n, cents in enumerate(amounts):
        Instalment.create(plan=made, due_on=first_due + timedelta(days=30 * n), amount_cents=cents)
    return made


def instalments(made: PaymentPlan) -> list[tuple[str, int]]:
    return [(i.status, i.paid_cents)
            for i in Instalment.select().where(Instalment.plan == made).order_by(Instalment.id)]


def test_an_instalment_is_late_four_days_after_its_due_date_not_three(
        cf: CompanySession) -> None:
    invoice = owing()
    due = date(2026, 11, 16)
    made = plan(invoice, due)
    refresh(cf, due + timedelta(days=3))
    assert instalments(made) == [("open", 0), ("open", 0)]
    assert PaymentPlan.get_by_id(made.id).status == "active"
    changes = refresh(cf, due + timedelta(days=4))
    assert instalments(made) == [("late", 0), ("open", 0)]
    assert PaymentPlan.get_by_id(made.id).status == "broken"
    assert changes.tasks_created == 1
    [task] = Task.select()
    assert task.due_at == datetime(2026, 11, 20, 9) and task.instalment_id is not None
    assert refresh(cf, due + timedelta(days=5)).tasks_created == 0


def test_payments_since_the_plan_fill_its_instalments_in_order(cf: CompanySession) -> None:
    invoice = owing()
    made = plan(invoice, date(2026, 11, 16))
    pay(invoice, MADE - timedelta(days=1), 500_00)  # before the plan: not for it
    pay(invoice, MADE, 300_00)
    pay(invoice, date(2026, 11, 18), 100_00)
    pay(invoice, date(2026, 11, 30), 999_00)  # after today
    refresh(cf, date(2026, 11, 18))
    assert instalments(made) == [("paid", 300_00), ("partial", 100_00)]
    assert PaymentPlan.get_by_id(made.id).status == "active"


def test_a_plan_all_paid_is_kept_and_a_late_plan_caught_up_is_active_again(
        cf: CompanySession) -> None:
    invoice = owing()
    made = plan(invoice, date(2026, 11, 12), (200_00, 200_00))
    Task.create(customer=invoice.customer, kind="check_payment",
                instalment=Instalment.get(Instalment.due_on == date(2026, 11, 12)),
                due_at=datetime(2026, 11, 12, 9))
    refresh(cf, date(2026, 11, 16))
    assert PaymentPlan.get_by_id(made.id).status == "broken"
    assert Task.get(Task.kind == "check_payment").done_at is None  # late: still to check
    pay(invoice, date(2026, 11, 16), 200_00)
    refresh(cf, date(2026, 11, 17))
    assert instalments(made) == [("paid", 200_00), ("open", 0)]
    assert PaymentPlan.get_by_id(made.id).status == "active"
    check = Task.get(Task.kind == "check_payment")
    assert (check.done_at is not None, check.done_note) == (True, "paid")
    pay(invoice, date(2026, 11, 18), 199_99)
    refresh(cf, date(2026, 11, 19))
    assert instalments(made)[1] == ("partial", 199_99)
    assert PaymentPlan.get_by_id(made.id).status == "active"
    pay(invoice, date(2026, 11, 19), 1)
    refresh(cf, date(2026, 11, 19))
    assert PaymentPlan.get_by_id(made.id).status == "kept"
    assert all(not t[2] for t in tasks(invoice.customer_id))


def test_a_late_instalment_already_called_back_gets_no_second_call_back(
        cf: CompanySession) -> None:
    invoice = owing()
    plan(invoice, date(2026, 11, 12))
    late = Instalment.get(Instalment.due_on == date(2026, 11, 12))
    Task.create(customer=invoice.customer, kind="call_back", instalment=late,
                due_at=datetime(2026, 11, 16, 9), done_at=datetime(2026, 11, 16, 9))
    assert refresh(cf, date(2026, 11, 20)).tasks_created == 0


def test_a_customer_who_owes_nothing_gets_no_call_back_and_its_tasks_close(
        cf: CompanySession) -> None:
    invoice = owing(cents=300_00)
    made = promise(invoice)
    Task.create(customer=invoice.customer, kind="call_back", due_at=datetime(2026, 11, 30, 9))
    pay(invoice, MADE - timedelta(days=1), 300_00)  # paid before the promise: still broken
    changes = refresh(cf, date(2026, 11, 20))
    assert state(made) == ("broken", 0)
    assert (changes.broken, changes.tasks_created, changes.tasks_closed) == (1, 0, 1)
    assert tasks(invoice.customer_id) == [
        ("call_back", datetime(2026, 11, 30, 9), False, "paid")]
    quiet = owing("Sans tâche", cents=300_00)
    promise(quiet)
    pay(quiet, MADE - timedelta(days=1), 300_00)
    assert refresh(cf, date(2026, 11, 20)).tasks_created == 0  # broken, owes nothing: no call
    still = owing("Doit encore", cents=300_01)
    Task.create(customer=still.customer, kind="call_back", due_at=datetime(2026, 11, 30, 9))
    pay(still, date(2026, 11, 1), 300_00)
    refresh(cf, date(2026, 11, 20))
    assert tasks(still.customer_id)[0][2] is True

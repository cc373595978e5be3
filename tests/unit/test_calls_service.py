"""Recording a call and what it leads to, through the service the call sheet uses."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from relance_desktop.errors import ValidationError
from relance_desktop.services import calls
from relance_desktop.services.customers import CustomerInput, create_customer
from relance_desktop.services.invoices import InvoiceInput, create_invoice
from relance_desktop.store.models import Interaction, Promise, Task
from relance_desktop.store.session import Change, CompanySession, Topic
from tests.helpers import TODAY

NOW = datetime.combine(TODAY, time(10, 0))


@pytest.fixture
def customer(cf: CompanySession) -> int:
    cid = create_customer(cf, CustomerInput(name="Garage Mertens", country="BE", language="nl"))
    create_invoice(cf, InvoiceInput(customer_id=cid, number="F-1", issue_date=date(2026, 9, 1),
                                    due_date=date(2026, 10, 1), amount_cents=120_000))
    return cid


def test_a_draft_is_saved_reopened_and_finished_once(cf: CompanySession, customer: int) -> None:
    draft = calls.CallDraft(customer, notes="Répondeur", state={"ticks": ["phone"]})
    draft_id = calls.save_draft(cf, draft, user_id=calls.user_id_for(cf, "Claire"))
    reopened = calls.open_draft(cf, customer)
    assert reopened is not None and reopened.id == draft_id
    assert (reopened.notes, reopened.state["ticks"]) == ("Répondeur", ["phone"])
    with pytest.raises(ValidationError) as exc:
        calls.finish_call(cf, reopened, user_id=None, at=NOW)  # no outcome yet
    assert exc.value.field == "outcome"
    reopened.outcome = "voicemail"
    calls.finish_call(cf, reopened, user_id=None, at=NOW)
    assert calls.open_draft(cf, customer) is None
    row = Interaction.get_by_id(draft_id)
    assert (row.draft, row.outcome) == (False, "voicemail")
    # A finished call is never a draft again: saving it changes nothing, a new draft starts.
    reopened.notes = "modifié après coup"
    new_id = calls.save_draft(cf, reopened)
    assert new_id != draft_id and Interaction.get_by_id(draft_id).notes == "Répondeur"


def test_promise_rules_and_its_payment_check(cf: CompanySession, customer: int) -> None:
    common = {"currency": "EUR", "today": TODAY, "due_cents": 120_000}
    with pytest.raises(ValidationError):
        calls.record_promise(cf, customer, amount_cents=130_000,
                             promised_on=TODAY + timedelta(days=1), **common)
    with pytest.raises(ValidationError):
        calls.record_promise(cf, customer, amount_cents=10_000,
                             promised_on=TODAY - timedelta(days=1), **common)
    pid = calls.record_promise(cf, customer, amount_cents=50_000,
                               promised_on=TODAY + timedelta(days=2), promised_by="M. Mertens",
                               **common)
    check = Task.get(Task.promise == pid)
    assert check.kind == "check_payment"
    assert check.due_at == datetime.combine(TODAY + timedelta(days=5), time(9, 0))
    calls.cancel_promise(cf, pid, "erreur de saisie", user_id=None)
    assert Promise.get_by_id(pid).status == "cancelled"
    assert Task.get_by_id(check.id).done_note == "cancelled"


def test_finishing_a_call_closes_the_call_back_that_was_due(cf: CompanySession,
                                                            customer: int) -> None:
    due = calls.schedule_call_back(cf, customer, at=NOW - timedelta(hours=1),
                                   now_at=NOW - timedelta(days=1))
    later = calls.schedule_call_back(cf, customer, at=NOW + timedelta(days=3), now_at=NOW)
    draft = calls.CallDraft(customer, outcome="reached")
    calls.finish_call(cf, draft, user_id=None, at=NOW)
    assert Task.get_by_id(due).done_note == "called"
    assert Task.get_by_id(later).done_at is None  # the next appointment still stands


def test_a_call_back_in_the_past_is_refused(cf: CompanySession, customer: int) -> None:
    with pytest.raises(ValidationError):
        calls.schedule_call_back(cf, customer, at=NOW - timedelta(hours=2), now_at=NOW)


def test_discarding_a_draft_that_recorded_a_promise_is_refused(cf: CompanySession,
                                                               customer: int) -> None:
    draft = calls.CallDraft(customer)
    draft_id = calls.save_draft(cf, draft)
    calls.record_promise(cf, customer, amount_cents=10_000, currency="EUR",
                         promised_on=TODAY + timedelta(days=1), today=TODAY, due_cents=120_000,
                         interaction_id=draft_id)
    with pytest.raises(ValidationError):
        calls.discard_draft(cf, draft_id)
    assert Interaction.get_by_id(draft_id).draft


def test_claimed_payment_is_a_check_for_tomorrow_not_a_payment(cf: CompanySession,
                                                               customer: int) -> None:
    task_id = calls.record_claimed_payment(cf, customer, amount_cents=120_000, currency="EUR",
                                           paid_on=TODAY - timedelta(days=2), means="transfer",
                                           today=TODAY)
    task = Task.get_by_id(task_id)
    assert (task.kind, task.amount_cents) == ("check_payment", 120_000)
    assert task.due_at.date() == TODAY + timedelta(days=1)
    assert cf.scalar("SELECT COUNT(*) FROM payment") == 0


def test_a_correction_is_a_new_entry_and_the_call_stays_as_recorded(cf: CompanySession,
                                                                   customer: int) -> None:
    draft = calls.CallDraft(customer, outcome="reached", notes="Parlé à la comptable")
    call_id = calls.finish_call(cf, draft, user_id=None, at=NOW)
    calls.add_correction(cf, call_id, "C'était le gérant", user_id=None)
    record = calls.call_record(cf, call_id)
    assert record.call.notes == "Parlé à la comptable"
    assert [c.notes for c in record.corrections] == ["C'était le gérant"]


def test_what_a_call_records_is_reported_and_read_back(cf: CompanySession,
                                                      customer: int) -> None:
    seen: list[Change] = []
    cf.changes.subscribe(seen.append)
    user = calls.user_id_for(cf, "Claire Martin")
    draft = calls.CallDraft(customer, outcome="reached", notes="D'accord pour deux fois")
    calls.save_draft(cf, draft, user_id=user)
    assert seen == []  # a draft is read by its own call sheet only: nothing to refresh
    call_id = calls.finish_call(cf, draft, user_id=user, at=NOW)
    plan_id = calls.record_plan(
        cf, customer, instalments=[(TODAY + timedelta(days=10), 60_000),
                                   (TODAY + timedelta(days=40), 60_000)],
        currency="EUR", period="month", today=TODAY, due_cents=120_000,
        interaction_id=call_id, user_id=user)
    assert seen == [Change.of(Topic.CALLS, customers=[customer])] * 2
    assert [(c.who, c.outcome) for c in calls.past_calls(cf, customer)] == [
        ("Claire Martin", "reached")]
    (plan,) = calls.plans_of(cf, customer)
    assert plan.id == plan_id and plan.interaction_id == call_id
    assert [(i.due_on, i.amount_cents) for i in plan.instalments] == [
        (TODAY + timedelta(days=10), 60_000), (TODAY + timedelta(days=40), 60_000)]
    assert {t.instalment_id is not None for t in calls.tasks_of(cf, customer)} == {True}


def test_the_call_sheet_reads_what_is_still_due_after_payments_and_credits(
        cf: CompanySession, customer: int) -> None:
    from relance_desktop.services import callsheet
    from relance_desktop.services.invoices import PaymentInput, add_payment
    from relance_desktop.store.models import CreditAllocation, Invoice

    (invoice,) = Invoice.select().where(Invoice.customer == customer)
    add_payment(cf, PaymentInput(invoice.id, date(2026, 10, 20), 20_000), today=TODAY)
    credit = Invoice.create(customer=customer, number="AV-1", kind="credit_note",
                            issue_date=date(2026, 10, 25), due_date=date(2026, 10, 25),
                            amount_cents=30_000)
    CreditAllocation.create(credit=credit.id, invoice=invoice.id, amount_cents=30_000)
    paid = Invoice.create(customer=customer, number="F-0", issue_date=date(2026, 6, 1),
                          due_date=date(2026, 7, 1), amount_cents=5_000)
    add_payment(cf, PaymentInput(paid.id, date(2026, 8, 1), 5_000), today=TODAY)
    calls.open_dispute(cf, customer, invoice_ids=[invoice.id], reason="Livraison", today=TODAY)
    facts = callsheet.prepare(cf, customer, TODAY)
    (line,) = facts.invoices  # the credit note and the settled invoice are not chased
    assert (line.number, line.paid_cents, line.due_cents) == ("F-1", 50_000, 70_000)
    assert line.disputed and line.days_overdue == (TODAY - date(2026, 10, 1)).days
    assert facts.due_by_currency() == {"EUR": 70_000}
    assert [(p[1], p[2]) for p in facts.payments] == [("F-1", 20_000), ("F-0", 5_000)]
    history = callsheet.payer_history(cf, customer, TODAY)
    assert (history.invoices_settled, history.settled_late, history.overdue_invoices) == (1, 1, 1)

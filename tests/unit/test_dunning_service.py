"""The dunning service on a fresh company (SQLite file, or PostgreSQL with --engine postgres)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from relance_desktop.domain.dunning import Assignment, Channel, Outcome, Rule, Scenario, Step
from relance_desktop.services import dunning
from relance_desktop.store.models import (
    Customer,
    Dispute,
    Invoice,
    Payment,
    PaymentPlan,
    Promise,
)
from relance_desktop.store.session import CompanySession

D = date.fromisoformat


def owing(name: str = "Garage Martin", due: str = "2025-01-15", cents: int = 100_000,
          number: str = "F-001", **customer: object) -> Invoice:
    person = Customer.create(name=name, **customer)
    return Invoice.create(customer=person, number=number, issue_date=D("2024-12-15"),
                          due_date=D(due), amount_cents=cents)


def summary(cf: CompanySession, day: str) -> list[tuple[str, str, str, tuple[str, ...], int]]:
    return [(a.customer_name, a.proposal.step.channel.value, a.proposal.reason,
             tuple(i.number for i in a.invoices), sum(i.due_cents for i in a.invoices))
            for a in dunning.day_actions(cf, D(day))]


def carry_out(cf: CompanySession, day: str) -> None:
    for action in dunning.day_actions(cf, D(day)):
        dunning.record_done(cf, action, D(day))


def test_nothing_to_do_in_an_empty_company(cf: CompanySession) -> None:
    assert dunning.day_actions(cf, D("2025-01-20")) == []


def test_the_call_due_five_days_after_then_the_letter(cf: CompanySession) -> None:
    owing()
    assert summary(cf, "2025-01-20") == [
        ("Garage Martin", "call", "catch_up", ("F-001",), 100_000)]  # courtesy e-mail passed
    carry_out(cf, "2025-01-20")
    assert summary(cf, "2025-01-20") == []  # done: not proposed again
    assert summary(cf, "2025-01-29") == []
    assert summary(cf, "2025-01-30") == [
        ("Garage Martin", "letter", "step_due", ("F-001",), 100_000)]
    steps = [(h.position, h.outcome) for h in dunning.history(cf, Customer.get().id)]
    assert steps == [(1, Outcome.SKIPPED), (2, Outcome.DONE)]


def test_what_is_owed_comes_from_the_balance_view(cf: CompanySession) -> None:
    invoice = owing()
    Payment.create(invoice=invoice, paid_on=D("2025-01-17"), amount_cents=30_000)
    assert summary(cf, "2025-01-20")[0][4] == 70_000


def test_two_customers_one_action_each_weekend_none(cf: CompanySession) -> None:
    owing()
    owing("Boulangerie Durand", "2025-01-10", 20_000, "F-002")
    owing("Boulangerie Durand 2", "2025-01-10", 20_000, "F-003", archived=True)
    assert [a[0] for a in summary(cf, "2025-01-20")] == ["Boulangerie Durand", "Garage Martin"]
    assert summary(cf, "2025-01-19") == []  # Sunday


@pytest.mark.parametrize("hold", ["dispute", "promise", "plan", "stop"])
def test_held_customers_get_nothing(cf: CompanySession, hold: str) -> None:
    invoice = owing()
    customer = invoice.customer
    if hold == "dispute":
        Dispute.create(customer=customer, invoice=invoice, opened_on=D("2025-01-16"))
    elif hold == "promise":
        Promise.create(customer=customer, amount_cents=100_000, promised_on=D("2025-01-25"))
    elif hold == "plan":
        PaymentPlan.create(customer=customer, total_cents=100_000)
    else:
        dunning.stop(cf, customer.id, "gérant hospitalisé", until=D("2025-01-31"))
    assert summary(cf, "2025-01-20") == []


def test_stop_ends_on_its_date_and_can_be_lifted(cf: CompanySession) -> None:
    customer = owing().customer
    dunning.postpone(cf, customer.id, D("2025-01-20"), "rappeler après le salon")
    assert summary(cf, "2025-01-20") == []
    assert len(summary(cf, "2025-01-21")) == 1
    dunning.stop(cf, customer.id, "litige oral en cours")
    assert summary(cf, "2025-01-21") == []
    assert dunning.lift_stops(cf, customer.id) == 2
    assert len(summary(cf, "2025-01-21")) == 1
    with pytest.raises(ValueError):
        dunning.stop(cf, customer.id, "  ")


def test_catch_up_records_the_skipped_steps_then_thanks_after_payment(
        cf: CompanySession) -> None:
    invoice = owing()
    assert summary(cf, "2025-03-03") == [
        ("Garage Martin", "formal_notice", "catch_up", ("F-001",), 100_000)]
    action = dunning.day_actions(cf, D("2025-03-03"))[0]
    assert [s.position for s in action.proposal.skipped] == [1, 2, 3, 4]
    dunning.record_done(cf, action, D("2025-03-03"))
    Payment.create(invoice=invoice, paid_on=D("2025-03-05"), amount_cents=100_000)
    assert summary(cf, "2025-03-06") == [("Garage Martin", "thanks", "thanks", ("F-001",), 0)]


def test_skipping_a_step_moves_on_to_the_next(cf: CompanySession) -> None:
    owing()
    action = dunning.day_actions(cf, D("2025-01-20"))[0]
    dunning.record_skipped(cf, action, D("2025-01-20"), "client injoignable")
    assert summary(cf, "2025-01-30")[0][1] == "letter"


def test_belgian_consumer_gets_the_belgian_consumer_scenario(cf: CompanySession) -> None:
    owing("Jan Peeters", kind="consumer", country="BE")
    action = dunning.day_actions(cf, D("2025-01-22"))[0]
    assert (action.proposal.scenario, action.proposal.step.channel, action.proposal.free) == (
        "be-consumer", Channel.LETTER, True)


def test_installed_scenarios_read_back_and_a_customer_choice(cf: CompanySession) -> None:
    dunning.install_shipped(cf)
    dunning.install_shipped(cf)  # twice: nothing doubled
    assert dunning.scenarios(cf) == dunning.shipped_scenarios()
    customer = owing().customer
    dunning.choose(cf, customer.id, "fr-consumer")
    assert dunning.day_actions(cf, D("2025-01-22"))[0].proposal.scenario == "fr-consumer"
    dunning.save_scenario(cf, Scenario("calls", "Appels seulement", (Step(1, "call", 2),)))
    dunning.choose(cf, customer.id, "calls")
    assert summary(cf, "2025-01-17") == [("Garage Martin", "call", "step_due", ("F-001",),
                                          100_000)]
    with pytest.raises(ValueError):
        dunning.choose(cf, customer.id, "nowhere")


def test_timeline_of_the_next_sixty_days(cf: CompanySession) -> None:
    customer = owing().customer
    owing("Autre client", "2025-01-02", number="F-009")
    seen = [(day.isoformat(), p.step.channel.value, p.invoice_ids)
            for day, p in dunning.timeline(cf, customer.id, D("2025-01-06"))]
    invoice_id = Invoice.get(Invoice.number == "F-001").id
    assert seen == [
        ("2025-01-10", "email", (invoice_id,)),  # -5, a Friday
        ("2025-01-20", "call", (invoice_id,)),
        ("2025-01-30", "letter", (invoice_id,)),
        ("2025-02-06", "call", (invoice_id,)),
        ("2025-02-14", "formal_notice", (invoice_id,)),
        ("2025-03-03", "collection_file", (invoice_id,)),  # 15 days after: Saturday 1/3
    ]
    assert dunning.history(cf, customer.id) == []  # a forecast writes nothing


def test_editing_a_scenario_says_how_many_customers_change_step(cf: CompanySession) -> None:
    owing()  # call due on 20/1 (fr-business)
    owing("Boulangerie Durand", "2025-01-10", 20_000, "F-002")  # its call was due on 15/1
    owing("Jan Peeters", "2025-01-10", 20_000, "F-003", kind="consumer", country="BE")
    known, _ = dunning.scenarios(cf)
    calls_later = Scenario("fr-business", "edited", tuple(
        s if s.position != 2 else Step(2, "call", 12) for s in known["fr-business"].steps))
    # with the call at +12: nothing for Garage Martin on 20/1, nor for Boulangerie Durand (its
    # courtesy e-mail is not sent once the invoice is overdue)
    assert dunning.customers_changing_step(cf, calls_later, D("2025-01-20")) == 2
    assert dunning.customers_changing_step(cf, known["fr-business"], D("2025-01-20")) == 0


def test_a_change_of_the_rules_is_counted_too(cf: CompanySession) -> None:
    owing()  # fr-business by default: its call is due on 20/1
    owing("Boulangerie Durand", "2025-01-15", 20_000, "F-002", tags="fidèle")
    owing("Jan Peeters", "2025-01-15", 20_000, "F-003", kind="consumer")  # fr-consumer
    known, assignment = dunning.scenarios(cf)
    # Tagged « fidèle » customers now follow the consumer scenario (its call comes at +7):
    # Boulangerie Durand gets nothing on 20/1 instead of the call.
    tagged = replace(assignment, rules=(Rule("fr-consumer", tags=frozenset({"fidèle"})),
                                        *assignment.rules))
    assert dunning.customers_changing_step(cf, known["fr-business"], D("2025-01-20"),
                                           tagged) == 1
    # Everyone by default on the consumer scenario: the two business customers change.
    everyone = Assignment((), "fr-consumer")
    assert dunning.customers_changing_step(cf, known["fr-business"], D("2025-01-20"),
                                           everyone) == 2
    # The same rules: nothing changes.
    assert dunning.customers_changing_step(cf, known["fr-business"], D("2025-01-20"),
                                           assignment) == 0


def test_a_stopped_invoice_waits_for_its_end_date_the_others_go_on(cf: CompanySession) -> None:
    held = owing(due="2025-01-10", number="F-001")  # the oldest: it would carry the timing
    other = Invoice.create(customer=held.customer, number="F-002", issue_date=D("2024-12-20"),
                           due_date=D("2025-01-15"), amount_cents=40_000)
    dunning.stop_invoice(cf, held.id, "avoir en préparation", until=D("2025-01-24"))
    # Mon 20/1: only F-002 is chased (its call at +5); F-001 is left out of it.
    assert summary(cf, "2025-01-20") == [
        ("Garage Martin", "call", "catch_up", ("F-002",), 40_000)]
    stops = dunning.stops_of(cf, held.customer.id, D("2025-01-20"))
    assert [(s.reason, s.until, s.invoice_id) for s in stops] == [
        ("avoir en préparation", D("2025-01-24"), held.id)]
    assert dunning.stops_of(cf, held.customer.id, D("2025-01-25")) == []
    carry_out(cf, "2025-01-20")
    # Fri 24/1 is the stop's last day; from Mon 27/1 F-001 is chased again and carries the
    # timing (its letter at +15 = 25/1 is due; it covers F-002, overdue, too).
    assert summary(cf, "2025-01-24") == []
    assert summary(cf, "2025-01-27") == [
        ("Garage Martin", "letter", "catch_up", ("F-001", "F-002"), 140_000)]
    assert [(day.isoformat(), p.invoice_ids) for day, p in dunning.timeline(
        cf, held.customer.id, D("2025-01-21"))][:1] == [("2025-01-27", (held.id, other.id))]
    with pytest.raises(ValueError):
        dunning.stop_invoice(cf, other.id, " ")
    assert dunning.lift_invoice_stop(cf, held.id) == 1
    # Lifted: F-001 gets its own call (F-002 had it) once three days passed since the last one.
    assert summary(cf, "2025-01-22") == []
    assert summary(cf, "2025-01-23") == [
        ("Garage Martin", "call", "catch_up", ("F-001",), 100_000)]

"""Today's call queue at the boundaries of its rules, on a fresh company built by hand: an
invoice exactly one day late, a call-back at 23:59 or at midnight, a promise on its last day, a
plan instalment due today or unpaid three and four days after its due date."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from relance_desktop.domain.calls.guards import CallPolicy
from relance_desktop.domain.calls.hours import CallHours
from relance_desktop.services.queue import QueuePolicy, Section, today_queue
from relance_desktop.store.models import (
    Customer,
    Dispute,
    Instalment,
    Interaction,
    Invoice,
    PaymentPlan,
    Promise,
    Task,
    User,
)
from relance_desktop.store.session import CompanySession

NOW = datetime(2026, 11, 23, 10, 30)  # a Monday
TODAY = NOW.date()


def days_ago(n: int) -> date:
    return TODAY - timedelta(days=n)


def customer(name: str, late_days: int | None = 30, cents: int = 1000_00,
             **fields: object) -> Customer:
    """A customer with one invoice ``late_days`` past its due date (None: no invoice)."""
    found = Customer.create(name=name, phone="+33478000001", **fields)
    if late_days is not None:
        Invoice.create(customer=found, number=f"F-{name}", issue_date=days_ago(late_days + 30),
                       due_date=days_ago(late_days), amount_cents=cents)
    return found


def sections(cf: CompanySession, policy: QueuePolicy | None = None) -> dict[str, Section]:
    return {r.customer: r.section for r in today_queue(cf, NOW, policy=policy or QueuePolicy())}


def test_an_invoice_exactly_one_day_late_is_to_call_one_due_today_is_not(
        cf: CompanySession) -> None:
    customer("Un jour", late_days=1, cents=200_00)
    customer("Échue aujourd'hui", late_days=0)
    [row] = today_queue(cf, NOW)
    assert (row.customer, row.section) == ("Un jour", Section.TO_CALL)
    assert row.max_days_overdue == 1 and row.score == 200_00 and row.due == {"EUR": 200_00}
    assert row.reason.render() == "200.00 EUR en retard, jusqu'à 1 jours"
    assert row.phone == "+33478000001"


def test_the_mobile_is_the_number_when_there_is_no_phone(cf: CompanySession) -> None:
    found = Customer.create(name="Mobile seul", mobile="+33612345678")
    Invoice.create(customer=found, number="M", issue_date=days_ago(40), due_date=days_ago(10),
                   amount_cents=100_00)
    Customer.create(name="Les deux", phone="+33478000002", mobile="+33612345679")
    Invoice.create(customer=Customer.get(name="Les deux"), number="D", issue_date=days_ago(40),
                   due_date=days_ago(10), amount_cents=100_00)
    assert {r.customer: r.phone for r in today_queue(cf, NOW)} == {
        "Mobile seul": "+33612345678", "Les deux": "+33478000002"}


def test_the_minimum_delay_is_a_setting(cf: CompanySession) -> None:
    customer("Deux jours", late_days=2)
    customer("Trois jours", late_days=3)
    two = Customer.get(name="Deux jours")
    Invoice.create(customer=two, number="F-auj", issue_date=days_ago(5), due_date=TODAY,
                   amount_cents=7_00)
    Invoice.create(customer=two, number="F-demain", issue_date=days_ago(5),
                   due_date=TODAY + timedelta(days=1), amount_cents=9_00)
    assert sections(cf, policy=QueuePolicy(min_days_overdue=3)) == {
        "Trois jours": Section.TO_CALL}
    due = {r.customer: r.due["EUR"] for r in
           today_queue(cf, NOW, policy=QueuePolicy(min_days_overdue=0))}
    assert due == {"Deux jours": 1007_00, "Trois jours": 1000_00}
    due = {r.customer: r.due["EUR"] for r in
           today_queue(cf, NOW, policy=QueuePolicy(min_days_overdue=-5))}
    assert due == {"Deux jours": 1007_00, "Trois jours": 1000_00}  # never before the due date


def test_amounts_and_ages_add_up_per_customer(cf: CompanySession) -> None:
    found = customer("Deux factures", late_days=10, cents=100_00)
    Invoice.create(customer=found, number="F-2", issue_date=days_ago(60), due_date=days_ago(40),
                   amount_cents=300_00)
    disputed = Invoice.create(customer=found, number="F-3", issue_date=days_ago(90),
                              due_date=days_ago(80), amount_cents=5000_00)
    Dispute.create(customer=found, invoice=disputed, opened_on=days_ago(5))
    [row] = today_queue(cf, NOW)
    assert row.due == {"EUR": 400_00} and row.max_days_overdue == 40
    assert row.score == 100_00 * 10 + 300_00 * 40


def test_a_dispute_closed_no_longer_protects(cf: CompanySession) -> None:
    found = customer("Litige clos")
    Dispute.create(customer=found, opened_on=days_ago(20), status="rejected")
    assert sections(cf) == {"Litige clos": Section.TO_CALL}


def test_a_call_made_today_until_now_leaves_the_customer_out(cf: CompanySession) -> None:
    at_now = customer("Appelé à l'instant")
    Interaction.create(customer=at_now, kind="call", occurred_at=NOW)
    later = customer("Appel daté de plus tard")
    Interaction.create(customer=later, kind="call", occurred_at=NOW + timedelta(minutes=1))
    yesterday = customer("Appelé hier")
    Interaction.create(customer=yesterday, kind="call", occurred_at=NOW - timedelta(days=1))
    draft = customer("Brouillon")
    Interaction.create(customer=draft, kind="call", occurred_at=NOW, draft=True)
    email = customer("E-mail")
    Interaction.create(customer=email, kind="email", occurred_at=NOW)
    corrected = customer("Corrigé")
    wrong = Interaction.create(customer=corrected, kind="call", occurred_at=NOW)
    Interaction.create(customer=corrected, kind="note", occurred_at=NOW - timedelta(days=1),
                       corrects=wrong)
    assert sections(cf) == {name: Section.TO_CALL for name in (
        "Appel daté de plus tard", "Appelé hier", "Brouillon", "E-mail", "Corrigé")}


def test_last_call_shown_is_the_latest(cf: CompanySession) -> None:
    anne = User.create(name="Anne")
    found = customer("Historique")
    Interaction.create(customer=found, kind="call", occurred_at=datetime(2026, 11, 20, 15),
                       user=anne, outcome="no_answer")
    Interaction.create(customer=found, kind="call", occurred_at=datetime(2026, 11, 18, 15),
                       outcome="reached")
    [row] = today_queue(cf, NOW)
    assert (row.last_call_at, row.last_call_by, row.last_outcome) == (
        datetime(2026, 11, 20, 15), "Anne", "no_answer")


def test_call_back_due_until_midnight_tonight(cf: CompanySession) -> None:
    tonight = customer("Ce soir", late_days=None)
    Task.create(customer=tonight, kind="call_back", due_at=datetime.combine(TODAY, time.max))
    tomorrow = customer("Demain")
    Task.create(customer=tomorrow, kind="call_back", due_at=datetime(2026, 11, 24, 0, 0))
    done = customer("Déjà fait", late_days=None)
    Task.create(customer=done, kind="call_back", due_at=datetime(2026, 11, 22, 9),
                done_at=datetime(2026, 11, 22, 10))
    letter = customer("Courrier", late_days=None)
    Task.create(customer=letter, kind="send_letter", due_at=datetime(2026, 11, 22, 9))
    # a call-back planned for tomorrow keeps the customer out of « to call » today
    assert sections(cf) == {"Ce soir": Section.CALL_BACK}
    forgotten = customer("Oublié", late_days=None)
    Task.create(customer=forgotten, kind="call_back", due_at=datetime(2026, 11, 22, 16, 15))
    reasons = {r.customer: r.reason.render() for r in today_queue(cf, NOW)}
    assert reasons == {"Ce soir": "Rappel convenu à 23:59",
                       "Oublié": "Rappel convenu le 2026-11-22 à 16:15, pas encore fait"}


def test_written_only_customers_get_no_call_back_row(cf: CompanySession) -> None:
    written = customer("Par écrit", late_days=None, written_only=True)
    Task.create(customer=written, kind="call_back", due_at=datetime(2026, 11, 23, 9))
    customer("Archivé", archived=True)
    customer("Par écrit aussi", written_only=True)
    assert sections(cf) == {}


def test_payment_check_due_today_not_tomorrow(cf: CompanySession) -> None:
    today = customer("Vérifier", late_days=None)
    Task.create(customer=today, kind="check_payment", due_at=datetime.combine(TODAY, time.max),
                amount_cents=150_00)
    tomorrow = customer("Vérifier demain")
    Task.create(customer=tomorrow, kind="check_payment", due_at=datetime(2026, 11, 24, 9))
    [row] = today_queue(cf, NOW)
    assert (row.customer, row.section) == ("Vérifier", Section.PAYMENT_CHECK)
    assert row.reason.render() == "Paiement annoncé à vérifier : 150.00 EUR"


def test_an_open_promise_protects_until_its_deadline_included(cf: CompanySession) -> None:
    # promised 20 November, 3 days of grace: the deadline is today
    last_day = customer("Dernier jour")
    Promise.create(customer=last_day, amount_cents=100_00, promised_on=date(2026, 11, 20))
    past = customer("Échéance passée")
    Promise.create(customer=past, amount_cents=100_00, promised_on=date(2026, 11, 19))
    no_grace = customer("Sans délai")
    Promise.create(customer=no_grace, amount_cents=100_00, promised_on=TODAY, grace_days=0)
    kept = customer("Tenue")
    Promise.create(customer=kept, amount_cents=100_00, promised_on=TODAY, status="kept")
    assert sections(cf) == {"Échéance passée": Section.TO_CALL, "Tenue": Section.TO_CALL}


def broken(name: str, promised_on: date, last_call: datetime | None,
           status: str = "broken") -> Customer:
    found = customer(name)
    Promise.create(customer=found, amount_cents=100_00, promised_on=promised_on, status=status,
                   paid_cents=40_00 if status == "partial" else 0)
    if last_call is not None:
        Interaction.create(customer=found, kind="call", occurred_at=last_call)
    return found


def test_a_broken_promise_is_first_until_a_call_after_its_deadline(cf: CompanySession) -> None:
    # promised 16 November, deadline 19 November
    broken("Jamais rappelé", date(2026, 11, 16), None)
    broken("Appelé le dernier jour", date(2026, 11, 16), datetime(2026, 11, 19, 17))
    broken("Appelé après", date(2026, 11, 16), datetime(2026, 11, 20, 9))
    broken("En partie", date(2026, 11, 16), None, status="partial")
    checked = broken("Vérification close", date(2026, 11, 16), None)
    Task.create(customer=checked, kind="check_payment", promise=Promise.get(customer=checked),
                due_at=datetime(2026, 11, 19, 9), done_at=datetime(2026, 11, 20, 9))
    assert sections(cf) == {
        "Jamais rappelé": Section.BROKEN_PROMISE,
        "Appelé le dernier jour": Section.BROKEN_PROMISE,
        "Appelé après": Section.TO_CALL,
        "En partie": Section.BROKEN_PROMISE,
        "Vérification close": Section.BROKEN_PROMISE,  # its check is no call-back
    }
    reasons = {r.customer: r.reason.render() for r in today_queue(cf, NOW)}
    assert reasons["Jamais rappelé"] == "Promesse de 100.00 EUR pour le 2026-11-16 non tenue"
    assert reasons["En partie"] == (
        "Promesse de 100.00 EUR pour le 2026-11-16 tenue en partie : 40.00 EUR reçus")


def test_a_broken_promise_called_back_leaves_the_first_section(cf: CompanySession) -> None:
    found = broken("Rappel fait", date(2026, 11, 16), None)
    promise = Promise.get(customer=found)
    Task.create(customer=found, kind="call_back", promise=promise,
                due_at=datetime(2026, 11, 20, 9), done_at=datetime(2026, 11, 20, 9, 5))
    assert sections(cf) == {"Rappel fait": Section.TO_CALL}
    Task.create(customer=found, kind="call_back", promise=promise,
                due_at=datetime(2026, 11, 25, 9))  # a new call-back: shown in the first section
    [row] = today_queue(cf, NOW)
    assert row.section is Section.BROKEN_PROMISE and row.due_at == datetime(2026, 11, 25, 9)


def plan(name: str, due_on: date, status: str = "open", plan_status: str = "active") -> Customer:
    found = customer(name)
    made = PaymentPlan.create(customer=found, total_cents=1000_00, status=plan_status,
                              created_at=datetime(2026, 10, 1, 9))
    Instalment.create(plan=made, due_on=due_on, amount_cents=500_00, status=status)
    Instalment.create(plan=made, due_on=due_on + timedelta(days=30), amount_cents=500_00)
    return found


def test_a_plan_being_kept_protects_until_an_instalment_is_three_days_late(
        cf: CompanySession) -> None:
    plan("Échéance aujourd'hui", TODAY)
    plan("Trois jours", days_ago(3))
    plan("Quatre jours", days_ago(4))
    plan("Payée", days_ago(10), status="paid")
    plan("Marquée en retard", TODAY, status="late")
    plan("Plan cassé", TODAY, plan_status="broken")
    assert sections(cf) == {"Quatre jours": Section.TO_CALL,
                            "Marquée en retard": Section.TO_CALL,
                            "Plan cassé": Section.TO_CALL}


def test_a_missed_instalment_comes_first_when_its_call_back_is_due(cf: CompanySession) -> None:
    due = plan("Rappel dû", days_ago(5), status="late", plan_status="broken")
    instalment = Instalment.get(Instalment.due_on == days_ago(5))
    Task.create(customer=due, kind="call_back", instalment=instalment,
                due_at=datetime.combine(TODAY, time.max))
    later = plan("Rappel demain", days_ago(6), status="late", plan_status="broken")
    instalment = Instalment.get(Instalment.due_on == days_ago(6))
    Task.create(customer=later, kind="call_back", instalment=instalment,
                due_at=datetime(2026, 11, 24, 9))
    found = {r.customer: (r.section, r.reason.render()) for r in today_queue(cf, NOW)}
    assert found == {"Rappel dû": (Section.BROKEN_PROMISE,
                                   "Échéance de 500.00 EUR du 2026-11-18 non payée "
                                   "(plan de paiement)")}


def test_hours_state_and_order_inside_a_section(cf: CompanySession) -> None:
    customer("Sans préférence", call_hours="")
    customer("Ouvert", call_hours="lun-ven 10h30-11h")
    customer("Plus tard", call_hours="lun-ven 10h31-12h")
    customer("Fermé", call_hours="lun-ven 9h-10h30")
    customer("Illisible", call_hours="quand il veut")
    customer("Client belge", country="BE")
    found = today_queue(cf, NOW)
    assert [(r.customer, r.hours_state) for r in found] == [
        ("Client belge", "open"), ("Illisible", "open"), ("Ouvert", "open"),
        ("Sans préférence", "open"), ("Plus tard", "later"), ("Fermé", "closed")]
    assert found[0].next_open == NOW
    assert found[4].next_open == datetime(2026, 11, 23, 10, 31)
    assert found[5].next_open == datetime(2026, 11, 24, 9)
    late = today_queue(cf, datetime(2026, 11, 23, 22, 0))  # after the user's hours
    assert {r.customer: (r.hours_state, r.next_open) for r in late}["Client belge"] == (
        "closed", datetime(2026, 11, 24, 9))
    early = today_queue(cf, datetime(2026, 11, 23, 7, 59))
    assert {r.customer: r.hours_state for r in early}["Client belge"] == "later"
    any_hour = QueuePolicy(calls=CallPolicy(allowed=CallHours(())))  # the user calls any time
    night = {r.customer: (r.hours_state, r.next_open)
             for r in today_queue(cf, datetime(2026, 11, 23, 22, 0), policy=any_hour)}
    assert night["Client belge"] == ("closed", datetime(2026, 11, 24, 8))  # the Belgian ban
    assert night["Sans préférence"] == ("open", datetime(2026, 11, 23, 22, 0))

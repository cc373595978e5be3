"""Today's call queue: sections, order and who is left out."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from relance_desktop.services.queue import (
    QueueRow,
    Section,
    call_back_page,
    complete_rows,
    to_call_page,
    today_queue,
    today_sections,
)
from relance_desktop.store.models import (
    Customer,
    Dispute,
    Instalment,
    Interaction,
    Invoice,
    Payment,
    PaymentPlan,
    Promise,
    Task,
    User,
)
from relance_desktop.store.session import CompanySession

NOW = datetime(2026, 11, 23, 10, 30)  # a Monday
TODAY = NOW.date()


def owing(name: str, cents: int = 1000_00, days: int = 30, **fields: object) -> Customer:
    """A customer with one invoice ``days`` overdue."""
    customer = Customer.create(name=name, phone="+33478000001", **fields)
    Invoice.create(customer=customer, number=f"F-{name}", issue_date=TODAY - timedelta(days=60),
                   due_date=TODAY - timedelta(days=days), amount_cents=cents)
    return customer


def rows(cf: CompanySession) -> list[QueueRow]:
    return today_queue(cf, NOW)


def names(cf: CompanySession) -> list[tuple[str, str]]:
    return [(r.section.value, r.customer) for r in rows(cf)]


def test_customers_to_call_are_ranked_by_amount_times_age(cf: CompanySession) -> None:
    owing("Petit et vieux", 100_00, days=200)  # 20 000 €·days
    owing("Gros et récent", 5000_00, days=10)  # 50 000 €·days
    owing("Moyen", 1000_00, days=30)  # 30 000 €·days
    owing("Pas encore échu", 9000_00, days=0)
    found = rows(cf)
    assert [r.customer for r in found] == ["Gros et récent", "Moyen", "Petit et vieux"]
    first = found[0]
    assert first.section is Section.TO_CALL
    assert first.due == {"EUR": 5000_00} and first.max_days_overdue == 10
    assert first.score == 5000_00 * 10
    assert first.reason.render() == "5000.00 EUR en retard, jusqu'à 10 jours"
    assert first.phone == "+33478000001" and first.task_id is None


def test_sections_come_in_order_one_row_per_customer(cf: CompanySession) -> None:
    broken = owing("Promesse non tenue", 200_00)
    promise = Promise.create(customer=broken, amount_cents=250_00, promised_on=date(2026, 11, 12),
                             status="broken")
    Task.create(customer=broken, kind="call_back", promise=promise,
                due_at=datetime(2026, 11, 16, 9))
    call_back = owing("Rappel", 9000_00)
    Task.create(customer=call_back, kind="call_back", due_at=datetime(2026, 11, 23, 10))
    check = owing("Paiement annoncé", 9000_00)
    Task.create(customer=check, kind="check_payment", due_at=datetime(2026, 11, 23, 9),
                amount_cents=300_00)
    owing("À appeler", 9000_00)

    found = rows(cf)
    assert [(r.section, r.customer) for r in found] == [
        (Section.BROKEN_PROMISE, "Promesse non tenue"),
        (Section.CALL_BACK, "Rappel"),
        (Section.PAYMENT_CHECK, "Paiement annoncé"),
        (Section.TO_CALL, "À appeler"),
    ]
    reasons = [r.reason.render() for r in found]
    assert reasons[:3] == [
        "Promesse de 250.00 EUR pour le 2026-11-12 non tenue",
        "Rappel convenu à 10:00",
        "Paiement annoncé à vérifier : 300.00 EUR",
    ]
    assert found[1].due_at == datetime(2026, 11, 23, 10) and found[1].task_id is not None


def test_call_back_overdue_from_an_earlier_day_and_one_later_today(cf: CompanySession) -> None:
    early = Customer.create(name="Hier")
    Task.create(customer=early, kind="call_back", due_at=datetime(2026, 11, 20, 15))
    late = Customer.create(name="Ce soir")
    Task.create(customer=late, kind="call_back", due_at=datetime(2026, 11, 23, 17))
    found = rows(cf)
    assert [r.customer for r in found] == ["Hier", "Ce soir"]
    assert found[0].reason.render() == "Rappel convenu le 2026-11-20 à 15:00, pas encore fait"


def test_partly_kept_promise_and_missed_instalment(cf: CompanySession) -> None:
    partial = owing("Partielle")
    promise = Promise.create(customer=partial, amount_cents=250_00, promised_on=date(2026, 11, 12),
                             status="partial", paid_cents=100_00)
    Task.create(customer=partial, kind="call_back", promise=promise,
                due_at=datetime(2026, 11, 16, 9))
    planned = owing("Plan cassé")
    plan = PaymentPlan.create(customer=planned, total_cents=600_00, status="broken")
    instalment = Instalment.create(plan=plan, due_on=date(2026, 11, 10), amount_cents=200_00,
                                   status="late")
    Task.create(customer=planned, kind="call_back", instalment=instalment,
                due_at=datetime(2026, 11, 14, 9))
    reasons = {r.customer: (r.section, r.reason.render()) for r in rows(cf)}
    assert reasons == {
        "Partielle": (Section.BROKEN_PROMISE,
                      "Promesse de 250.00 EUR pour le 2026-11-12 tenue en partie : 100.00 EUR "
                      "reçus"),
        "Plan cassé": (Section.BROKEN_PROMISE,
                       "Échéance de 200.00 EUR du 2026-11-10 non payée (plan de paiement)"),
    }


def test_broken_promise_leaves_the_section_once_called_back(cf: CompanySession) -> None:
    customer = owing("Appelé depuis")
    promise = Promise.create(customer=customer, amount_cents=250_00,
                             promised_on=date(2026, 11, 12), status="broken")
    Task.create(customer=customer, kind="call_back", promise=promise,
                due_at=datetime(2026, 11, 16, 9), done_at=datetime(2026, 11, 16, 9, 30))
    Interaction.create(customer=customer, kind="call", occurred_at=datetime(2026, 11, 16, 9, 30),
                       outcome="reached")
    assert names(cf) == [("to_call", "Appelé depuis")]


def test_who_is_left_out_of_to_call(cf: CompanySession) -> None:
    owing("Par écrit", written_only=True)
    owing("Archivé", archived=True)
    disputed = owing("Litige")
    Dispute.create(customer=disputed, opened_on=date(2026, 11, 1))
    planned = owing("Plan tenu")
    plan = PaymentPlan.create(customer=planned, total_cents=600_00)
    Instalment.create(plan=plan, due_on=date(2026, 11, 10), amount_cents=300_00,
                      paid_cents=300_00, status="paid")
    Instalment.create(plan=plan, due_on=date(2026, 12, 10), amount_cents=300_00)
    promised = owing("Promesse en cours")
    Promise.create(customer=promised, amount_cents=500_00, promised_on=date(2026, 11, 21))
    later = owing("Rappel demain")
    Task.create(customer=later, kind="call_back", due_at=datetime(2026, 11, 24, 10))
    called = owing("Appelé ce matin")
    Interaction.create(customer=called, kind="call", occurred_at=datetime(2026, 11, 23, 9),
                       outcome="no_answer")
    claimed = owing("Dit avoir payé")
    Task.create(customer=claimed, kind="check_payment", due_at=datetime(2026, 11, 26, 9),
                amount_cents=1000_00)
    owing("Reste")
    assert names(cf) == [("to_call", "Reste")]


def test_promise_past_its_deadline_and_late_plan_no_longer_protect(cf: CompanySession) -> None:
    promised = owing("Promesse échue")
    Promise.create(customer=promised, amount_cents=500_00, promised_on=date(2026, 11, 19))
    planned = owing("Plan en retard")
    plan = PaymentPlan.create(customer=planned, total_cents=600_00)
    Instalment.create(plan=plan, due_on=date(2026, 11, 19), amount_cents=300_00)
    assert sorted(n for _, n in names(cf)) == ["Plan en retard", "Promesse échue"]


def test_disputed_invoices_do_not_count_in_what_is_due(cf: CompanySession) -> None:
    customer = owing("Deux factures", 400_00, days=20)
    contested = Invoice.create(customer=customer, number="F-2", issue_date=date(2026, 8, 1),
                               due_date=date(2026, 9, 1), amount_cents=900_00)
    Dispute.create(customer=customer, invoice=contested, opened_on=date(2026, 11, 1))
    Payment.create(invoice=Invoice.get(Invoice.number == "F-Deux factures"),
                   paid_on=date(2026, 11, 10), amount_cents=100_00)
    (row,) = rows(cf)
    assert row.due == {"EUR": 300_00} and row.max_days_overdue == 20


def test_written_only_customers_stay_only_where_a_letter_can_do(cf: CompanySession) -> None:
    call_back = owing("Écrit rappel", written_only=True)
    Task.create(customer=call_back, kind="call_back", due_at=datetime(2026, 11, 23, 9))
    check = owing("Écrit vérif", written_only=True)
    Task.create(customer=check, kind="check_payment", due_at=datetime(2026, 11, 22, 9))
    found = rows(cf)
    assert [(r.section, r.customer, r.written_only) for r in found] == [
        (Section.PAYMENT_CHECK, "Écrit vérif", True)]


def test_preferred_hours_order_inside_a_section(cf: CompanySession) -> None:
    owing("Sans préférence", 9000_00)
    owing("Fermé aujourd'hui", 9000_00, call_hours="mar-jeu 10h-12h")
    owing("Plus tard", 100_00, call_hours="14h-16h")
    owing("Ouvert", 100_00, call_hours="lun-ven 9h30-11h30")
    owing("Illisible", 50_00, call_hours="quand il veut")
    found = rows(cf)
    # One rule (guards.hours_allow): without a preference, the user's own hours decide.
    assert [(r.customer, r.hours_state) for r in found] == [
        ("Sans préférence", "open"), ("Ouvert", "open"), ("Illisible", "open"),
        ("Plus tard", "later"), ("Fermé aujourd'hui", "closed")]
    by_name = {r.customer: r for r in found}
    assert by_name["Plus tard"].next_open == datetime(2026, 11, 23, 14)
    assert by_name["Fermé aujourd'hui"].next_open == datetime(2026, 11, 24, 10)
    assert by_name["Illisible"].call_hours == "quand il veut"


def test_last_call_is_the_last_recorded_call_and_who_made_it(cf: CompanySession) -> None:
    anne, paul = User.create(name="Anne"), User.create(name="Paul")
    customer = owing("Déjà appelé")
    Interaction.create(customer=customer, kind="call", occurred_at=datetime(2026, 11, 18, 11),
                       user=anne, outcome="voicemail")
    Interaction.create(customer=customer, kind="call", occurred_at=datetime(2026, 11, 20, 15),
                       user=paul, outcome="no_answer", draft=True)  # a draft is not a call yet
    Interaction.create(customer=customer, kind="email", occurred_at=datetime(2026, 11, 21, 9),
                       user=paul)
    (row,) = rows(cf)
    assert (row.last_call_at, row.last_call_by, row.last_outcome) == (
        datetime(2026, 11, 18, 11), "Anne", "voicemail")


def test_demo_queue(demo_cf: CompanySession) -> None:
    found = today_queue(demo_cf, NOW)
    assert found
    assert len({r.customer_id for r in found}) == len(found)
    order = [r.section for r in found]
    assert order == sorted(order, key=list(Section).index)


def test_to_call_is_read_a_page_at_a_time_and_counted_whole(cf: CompanySession) -> None:
    for n in range(7):  # scores 7 000 €·days down to 1 000 €·days
        owing(f"Client {n}", (7 - n) * 100_00, days=10)
    owing("Demain seulement", 9000_00, days=0)  # not yet overdue: not counted
    today = today_sections(cf, NOW, first_page=3)
    assert today.counts[Section.TO_CALL] == 7
    assert [r.customer for r in today.to_call] == ["Client 0", "Client 1", "Client 2"]
    second, total = to_call_page(cf, today.plan, 3, 3)
    assert [r.customer for r in second] == ["Client 3", "Client 4", "Client 5"] and total == 7
    last, total = to_call_page(cf, today.plan, 6, 3)
    assert [r.customer for r in last] == ["Client 6"] and total == 7
    assert to_call_page(cf, today.plan, 7, 3) == ([], 0)  # past the end


def test_one_day_overdue_is_the_first_day_counted(cf: CompanySession) -> None:
    owing("Échue hier", 100_00, days=1)
    owing("Échue aujourd'hui", 100_00, days=0)
    today = today_sections(cf, NOW)
    assert [(r.customer, r.score) for r in today.to_call] == [("Échue hier", 100_00)]
    assert today.counts[Section.TO_CALL] == 1


def test_the_page_ranks_across_currencies_and_breaks_ties_by_name(cf: CompanySession) -> None:
    two = owing("Deux devises", 100_00, days=10)  # 1 000 €·days + 2 000 CHF·days
    Invoice.create(customer=two, number="F-CHF", issue_date=TODAY - timedelta(days=60),
                   due_date=TODAY - timedelta(days=20), amount_cents=100_00, currency="CHF")
    owing("Bis", 200_00, days=10)  # 2 000 €·days
    owing("Ante", 200_00, days=10)  # the same: the name decides
    found = today_sections(cf, NOW).to_call
    assert [r.customer for r in found] == ["Deux devises", "Ante", "Bis"]
    assert found[0].due == {"CHF": 100_00, "EUR": 100_00} and found[0].max_days_overdue == 20
    assert found[0].score == 100_00 * 10 + 100_00 * 20


def test_customers_in_a_higher_section_are_neither_listed_nor_counted_in_to_call(
        cf: CompanySession) -> None:
    owing("À appeler", 100_00)
    back = owing("Rappel", 9000_00)
    Task.create(customer=back, kind="call_back", due_at=datetime(2026, 11, 23, 9, 0))
    archived = owing("Archivé", 9000_00)
    archived.archived = True
    archived.save()
    today = today_sections(cf, NOW)
    assert [r.customer for r in today.head] == ["Rappel"]
    assert [r.customer for r in today.to_call] == ["À appeler"]
    assert today.counts == {Section.BROKEN_PROMISE: 0, Section.CALL_BACK: 1,
                            Section.PAYMENT_CHECK: 0, Section.TO_CALL: 1}


def test_hours_closed_today_rank_after_open_ones_in_the_database(cf: CompanySession) -> None:
    owing("Fermé, gros", 9000_00, call_hours="mar-jeu 10h-12h")
    owing("Ouvert, petit", 100_00)
    today = today_sections(cf, NOW, first_page=1)
    assert [(r.customer, r.hours_state) for r in today.to_call] == [("Ouvert, petit", "open")]
    rest, _ = to_call_page(cf, today.plan, 1, 1)
    assert [(r.customer, r.hours_state) for r in rest] == [("Fermé, gros", "closed")]


def test_call_backs_are_read_a_page_at_a_time_and_completed_when_shown(
        cf: CompanySession) -> None:
    """A long « call-backs » section: counted whole, its first page read whole; the next pages
    come from the database in the same order, what they owe and their last call read when they
    are shown (complete_rows), saying the same as the printout."""
    for n, hour in enumerate((9, 10, 11)):
        customer = owing(f"Rappel {n}", (n + 1) * 100_00, days=20 + n)
        Task.create(customer=customer, kind="call_back", due_at=datetime(2026, 11, 23, hour))
        Interaction.create(customer=customer, kind="call", occurred_at=NOW - timedelta(days=2),
                           outcome="no_answer")
    today = today_sections(cf, NOW, first_page=1)
    assert today.counts[Section.CALL_BACK] == 3
    assert [(r.customer, r.complete) for r in today.head] == [("Rappel 0", True)]
    second, total = call_back_page(cf, today.plan, 1, 1)
    last, _ = call_back_page(cf, today.plan, 2, 5)
    assert [r.customer for r in second + last] == ["Rappel 1", "Rappel 2"] and total == 3
    assert call_back_page(cf, today.plan, 3, 1) == ([], 0)  # past the end
    assert last[0].due == {} and last[0].last_call_at is None and not last[0].complete
    completed = complete_rows(cf, today.plan, today.head + second + last)
    assert completed == [r for r in rows(cf) if r.section is Section.CALL_BACK]
    assert completed[2].due == {"EUR": 300_00} and completed[2].max_days_overdue == 22
    assert completed[2].last_call_at == NOW - timedelta(days=2)
    assert [r.due_at for r in completed] == [datetime(2026, 11, 23, h) for h in (9, 10, 11)]


def call_back(customer: Customer, at: datetime, **fields: object) -> Task:
    return Task.create(customer=customer, kind="call_back", due_at=at, **fields)


def test_call_backs_rank_open_hours_first_then_the_earliest_in_the_database(
        cf: CompanySession) -> None:
    """The call-back section, ranked and cut by the database: reachable now before later today
    before not today, then the earliest call-back (of a customer's several, its earliest open
    one), then the name; counted whole."""
    closed = owing("Fermé, rappel tôt", call_hours="mar-jeu 10h-12h")
    later = owing("Plus tard", call_hours="lun-ven 14h-16h")
    nine, ten = owing("Neuf heures"), owing("Dix heures")
    ante, bis = owing("Bis"), owing("Ante")
    call_back(closed, datetime(2026, 11, 23, 7, 0))
    call_back(later, datetime(2026, 11, 20, 8, 0))
    call_back(ten, datetime(2026, 11, 23, 10, 0))
    call_back(nine, datetime(2026, 11, 23, 11, 0))
    earliest = call_back(nine, datetime(2026, 11, 23, 9, 0))
    call_back(nine, datetime(2026, 11, 23, 6, 0), done_at=datetime(2026, 11, 23, 6, 5))
    for same in (bis, ante):
        call_back(same, datetime(2026, 11, 23, 10, 15))
    today = today_sections(cf, NOW, first_page=2)
    order = ["Neuf heures", "Dix heures", "Ante", "Bis", "Plus tard", "Fermé, rappel tôt"]
    assert today.counts[Section.CALL_BACK] == 6
    assert [r.customer for r in today.head] == order[:2]
    assert today.head[0].task_id == earliest.id
    assert today.head[0].due_at == datetime(2026, 11, 23, 9, 0)
    rest, total = call_back_page(cf, today.plan, 2, 10)
    assert [(r.customer, r.hours_state) for r in rest] == [
        ("Ante", "open"), ("Bis", "open"), ("Plus tard", "later"),
        ("Fermé, rappel tôt", "closed")] and total == 6
    assert rest[2].reason.render() == "Rappel convenu le 2026-11-20 à 08:00, pas encore fait"
    assert [r.customer for r in today_queue(cf, NOW)] == order
    assert today.counts[Section.TO_CALL] == 0  # every one of them is in « call-backs »


def test_call_backs_keep_to_the_owners_and_leave_out_broken_promises(
        cf: CompanySession) -> None:
    anne = User.create(name="Anne")
    mine = owing("À Anne", assigned_to=anne)
    pool = owing("Personne")
    broken = owing("Promesse non tenue")
    promise = Promise.create(customer=broken, promised_on=TODAY - timedelta(days=5),
                             amount_cents=500_00, status="broken")
    for customer in (mine, pool):
        call_back(customer, datetime(2026, 11, 23, 9, 0))
    call_back(broken, datetime(2026, 11, 23, 8, 0), promise=promise)
    call_back(broken, datetime(2026, 11, 23, 8, 30))  # a second one: still in the first section

    def section(owners: Any) -> list[tuple[str, str]]:
        return [(r.section.value, r.customer) for r in today_queue(cf, NOW, owners=owners)]

    assert section(None) == [("broken_promise", "Promesse non tenue"),
                             ("call_back", "À Anne"), ("call_back", "Personne")]
    assert section(frozenset({anne.id})) == [("call_back", "À Anne")]
    assert section(frozenset({None})) == [("broken_promise", "Promesse non tenue"),
                                          ("call_back", "Personne")]
    today = today_sections(cf, NOW, owners=frozenset({None}))
    assert today.counts[Section.CALL_BACK] == 1 and today.counts[Section.BROKEN_PROMISE] == 1


def test_to_call_leaves_out_in_the_database_tasks_to_come_plans_kept_and_calls_of_today(
        cf: CompanySession) -> None:
    owing("À appeler", 100_00)
    call_back(owing("Rappel demain", 9000_00), datetime(2026, 11, 24, 0, 0))
    Task.create(customer=owing("Paiement à vérifier plus tard", 9000_00),
                kind="check_payment", due_at=datetime(2026, 11, 25, 9, 0))
    called = owing("Appelé ce matin", 9000_00)
    Interaction.create(customer=called, kind="call", occurred_at=datetime(2026, 11, 23, 8, 0),
                       outcome="no_answer")
    kept = owing("Plan tenu", 9000_00)
    plan = PaymentPlan.create(customer=kept, total_cents=9000_00, status="active")
    Instalment.create(plan=plan, due_on=TODAY - timedelta(days=3), amount_cents=100_00)
    today = today_sections(cf, NOW)
    assert [r.customer for r in today.to_call] == ["À appeler"]
    assert today.counts[Section.TO_CALL] == 1
    assert [r.customer for r in today.head] == []


def test_to_call_can_be_left_for_later_and_read_the_same(cf: CompanySession) -> None:
    owing("Un", 300_00)
    owing("Deux", 200_00)
    call_back(owing("Rappel"), datetime(2026, 11, 23, 9, 0))
    later = today_sections(cf, NOW, to_call=False)
    assert later.to_call == [] and later.counts[Section.TO_CALL] == 0
    assert [r.customer for r in later.head] == ["Rappel"]
    rows_later, total = to_call_page(cf, later.plan, 0)
    assert rows_later == today_sections(cf, NOW).to_call and total == 2

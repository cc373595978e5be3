"""The day's actions read through the dunning index (migration 14) are exactly those of the full
computation, over months of a simulated company with every kind of write in between; the index
is really used; a session that may not write computes without keeping anything. SQLite, or
PostgreSQL with --engine postgres."""

from __future__ import annotations

import dataclasses
import random
from datetime import date, datetime, time, timedelta

import pytest

from relance_desktop.domain.dunning import Rule, Scenario, Step, plan_day
from relance_desktop.services import calls, dunning, dunning_quiet, dunning_run
from relance_desktop.services.dunning import DayAction
from relance_desktop.store.models import (
    Customer,
    Dispute,
    Interaction,
    Invoice,
    Payment,
    PaymentPlan,
    Promise,
    Task,
)
from relance_desktop.store.session import CompanySession, Engine

START = date(2026, 1, 5)  # a Monday
DAYS = 75


def key(a: DayAction) -> tuple[object, ...]:
    p = a.proposal
    return (p.customer_id, p.scenario, p.step.position, p.reason, p.due_on, p.invoice_ids,
            p.amount_cents, p.skipped, p.free, p.legal_rules, p.tone)


def full(cf: CompanySession, day: date) -> list[tuple[object, ...]]:
    """The day's proposals computed over the whole book, without the index (the tone: the
    profile's category counted now)."""
    known, assignment = dunning.scenarios(cf)
    facts = dunning.book_facts(cf, day)
    counted = dunning.profiles(cf) if any(r.behaviours for r in assignment.rules) else None
    proposals = plan_day(facts, known, assignment, day, dunning._calendar(cf),
                         profiles=counted)
    tones = dunning.profiles(cf, [p.customer_id for p in proposals])
    names = {f.id: f.name for f in facts}
    actions = [DayAction(p.customer_id, names[p.customer_id], dataclasses.replace(
        p, tone=tones[p.customer_id].behaviour.value), ()) for p in proposals]
    return sorted(key(a) for a in actions)


def quiet_rows(cf: CompanySession, day: date) -> int:
    """How many customers the index lets the morning of ``day`` leave out (fingerprint aside)."""
    return int(cf.scalar(
        'SELECT COUNT(*) FROM "dunning_quiet" WHERE "seen" = "changes" AND "computed_on" <= ? '
        'AND "quiet_until" > ?', (day.isoformat(), day.isoformat())))


def company(cf: CompanySession, rnd: random.Random) -> list[Customer]:
    dunning.install_shipped(cf)
    people = []
    for n in range(14):
        kind = rnd.choice(["business", "business", "consumer"])
        person = Customer.create(name=f"Client {n:02d}", kind=kind,
                                 country=rnd.choice(["FR", "FR", "BE"]))
        people.append(person)
        for i in range(rnd.randint(1, 3)):
            due = START + timedelta(days=rnd.randint(-50, 40))
            Invoice.create(customer=person, number=f"F{n}-{i}", issue_date=due - timedelta(30),
                           due_date=due, amount_cents=rnd.choice([8_000, 40_000, 90_000]))
    return people


def act(cf: CompanySession, rnd: random.Random, day: date, actions: list[DayAction],
        people: list[Customer]) -> None:
    """A day's work: some proposals carried out, skipped or handed over, and other writes."""
    now = datetime.combine(day, time(10, 0))
    for a in actions:
        roll = rnd.random()
        if roll < 0.35:
            dunning.record_done(cf, a, day)
        elif roll < 0.45:
            dunning.record_skipped(cf, a, day, "pas maintenant")
        elif roll < 0.55 and a.proposal.step.channel.value == "call":
            dunning_run.hand_call_to_today(cf, a, day, now)
    person = rnd.choice(people)
    invoices = list(Invoice.select().where(Invoice.customer == person))
    roll = rnd.random()
    if roll < 0.15 and invoices:
        inv = rnd.choice(invoices)
        Payment.create(invoice=inv, paid_on=day, amount_cents=rnd.choice(
            [inv.amount_cents // 2, inv.amount_cents]))
    elif roll < 0.25:
        Promise.create(customer=person, amount_cents=1000, status="open",
                       promised_on=day + timedelta(days=rnd.randint(0, 8)),
                       invoice=rnd.choice([None, *invoices]))
    elif roll < 0.3 and invoices:
        Dispute.create(customer=person, invoice=rnd.choice(invoices), opened_on=day,
                       status="open")
    elif roll < 0.35:
        Dispute.update(status="resolved").where(Dispute.customer == person).execute()
    elif roll < 0.4:
        dunning.postpone(cf, person.id, day + timedelta(days=rnd.randint(1, 10)), "congés")
    elif roll < 0.45:
        dunning.lift_stops(cf, person.id)
    elif roll < 0.5:
        for task in Task.select().where((Task.customer == person) & Task.done_at.is_null()):
            calls.complete_task(cf, task.id, "annulé", at=now)
    elif roll < 0.58:
        Invoice.create(customer=person, number=f"N{day.toordinal()}", issue_date=day,
                       due_date=day + timedelta(days=rnd.randint(-10, 30)),
                       amount_cents=rnd.choice([5_000, 60_000]))
    elif roll < 0.62:
        Customer.update(tags=rnd.choice(["", "vip"]), kind=rnd.choice(
            ["business", "consumer"])).where(Customer.id == person.id).execute()
    elif roll < 0.65:
        Interaction.create(customer=person, kind="email", occurred_at=now)
    elif roll < 0.68:
        PaymentPlan.create(customer=person, total_cents=1000,
                           status=rnd.choice(["active", "broken"]))
    elif roll < 0.7:
        dunning.choose(cf, person.id, rnd.choice([None, "fr-consumer", "be-business"]))
    elif roll < 0.72:
        edited = dunning.scenarios(cf)[0]["fr-business"]
        dunning.save_scenario(cf, Scenario(edited.key, edited.name, tuple(
            Step(s.position, s.channel, s.offset_days + (rnd.choice([-1, 1]) if
                 s.channel.value == "letter" else 0), s.anchor, s.letter_kind,
                 s.min_amount_cents, s.automatic, s.repeat_every_days, s.repeat_max,
                 s.claims_charges) for s in edited.steps)))
    elif roll < 0.73:
        _, assignment = dunning.scenarios(cf)
        dunning.save_assignment(cf, type(assignment)(
            (Rule("fr-consumer", tags=frozenset({"vip"})), *assignment.rules),
            assignment.default))


def test_the_index_changes_no_proposal_over_months_of_writes(cf: CompanySession) -> None:
    rnd = random.Random(15)
    people = company(cf, rnd)
    left_out = 0
    for n in range(DAYS):
        day = START + timedelta(days=n)
        left_out += quiet_rows(cf, day)
        actions = dunning.day_actions(cf, day)
        assert sorted(key(a) for a in actions) == full(cf, day), day
        act(cf, rnd, day, actions, people)
    assert left_out > DAYS  # the index did leave customers out


def test_a_session_that_may_not_write_computes_without_keeping(cf: CompanySession) -> None:
    rnd = random.Random(3)
    company(cf, rnd)
    expected = full(cf, START)
    cf.make_read_only()  # another instance writes the file; a team reader
    assert sorted(key(a) for a in dunning.day_actions(cf, START)) == expected
    cf.read_only = False  # not known as such: the database itself refuses the write
    assert sorted(key(a) for a in dunning.day_actions(cf, START)) == expected
    assert cf.scalar('SELECT COUNT(*) FROM "dunning_quiet" WHERE "seen" IS NOT NULL') == 0


def test_a_scenario_edited_is_read_again_the_next_morning(cf: CompanySession) -> None:
    dunning.install_shipped(cf)
    person = Customer.create(name="Garage Martin")
    Invoice.create(customer=person, number="F-1", issue_date=START - timedelta(days=30),
                   due_date=START, amount_cents=80_000)
    tuesday = START + timedelta(days=1)
    assert dunning.day_actions(cf, tuesday) == []  # the call is at +5: quiet until then
    assert quiet_rows(cf, tuesday + timedelta(days=1)) == 1
    fr = dunning.scenarios(cf)[0]["fr-business"]
    dunning.save_scenario(cf, Scenario(fr.key, fr.name, tuple(
        Step(s.position, s.channel, 2, s.anchor) if s.position == 2 else s for s in fr.steps)))
    wednesday = START + timedelta(days=2)
    assert [a.proposal.step.position for a in dunning.day_actions(cf, wednesday)] == [2]


def test_a_rule_edited_is_read_again_the_next_morning(cf: CompanySession) -> None:
    dunning.install_shipped(cf)
    person = Customer.create(name="Garage Martin", tags="vip")
    Invoice.create(customer=person, number="F-1", issue_date=START - timedelta(days=30),
                   due_date=START - timedelta(days=4), amount_cents=80_000)
    assert dunning.day_actions(cf, START) == []  # fr-business calls at +5
    _, assignment = dunning.scenarios(cf)
    dunning.save_scenario(cf, Scenario("vip", "VIP", (Step(1, "email", 4,
                                                           letter_kind="first_reminder"),)))
    dunning.save_assignment(cf, type(assignment)(
        (Rule("vip", tags=frozenset({"vip"})), *assignment.rules), assignment.default))
    tuesday = START + timedelta(days=1)
    assert [a.proposal.scenario for a in dunning.day_actions(cf, tuesday)] == ["vip"]


def test_a_write_between_reading_and_keeping_leaves_the_row_stale(
        cf: CompanySession, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another user promises, for a customer, while the morning is being computed: the row kept
    for that customer must not be believed, and the next morning reads the customer again."""
    dunning.install_shipped(cf)
    person = Customer.create(name="Garage Martin")
    invoice = Invoice.create(customer=person, number="F-1", issue_date=START - timedelta(30),
                             due_date=START - timedelta(days=10), amount_cents=80_000)
    Promise.create(customer=person, invoice=invoice, amount_cents=80_000, status="open",
                   promised_on=START + timedelta(days=20))
    keep = dunning_quiet.store

    def late_write(*args: object, **kwargs: object) -> bool:
        # lands after the facts were read: the promise is broken, the chase may go on
        Promise.update(status="broken").where(Promise.customer == person).execute()
        return keep(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(dunning_quiet, "store", late_write)
    assert dunning.day_actions(cf, START) == []  # the promise held the customer then
    monkeypatch.setattr(dunning_quiet, "store", keep)
    tuesday = START + timedelta(days=1)
    assert quiet_rows(cf, tuesday) == 0  # kept, but stale
    assert [a.customer_id for a in dunning.day_actions(cf, tuesday)] == [person.id]


def writes(cf: CompanySession) -> object:
    """Something that moves whenever the connection writes a row of the index."""
    if cf.engine is Engine.POSTGRES:
        return cf.tuples('SELECT "customer_id", xmin::text FROM "dunning_quiet" ORDER BY 1')
    return cf.raw().total_changes


def test_the_page_read_twice_writes_nothing_the_second_time(cf: CompanySession) -> None:
    company(cf, random.Random(5))
    first = dunning.day_actions(cf, START)
    before = writes(cf)
    assert dunning.day_actions(cf, START) == first
    assert writes(cf) == before


def test_customers_owing_nothing_do_not_turn_the_filter_off(cf: CompanySession) -> None:
    """Many customers with a row (something of them changed) but nothing owed, never computed:
    the quiet customers still make the filter worth it."""
    company(cf, random.Random(7))
    for n in range(200):
        Customer.create(name=f"Ancien {n:03d}")  # a row each (its creation), never computed
    dunning.day_actions(cf, START)
    known, assignment = dunning.scenarios(cf)
    fp = dunning_quiet.fingerprint(known, assignment, dunning._calendar(cf),
                                   dunning.DEFAULT_MIN_GAP_DAYS, dunning.THANKS_LOOKBACK_DAYS)
    tuesday = START + timedelta(days=1)
    assert quiet_rows(cf, tuesday) > 0
    assert dunning_quiet.worth_filtering(cf, fp, tuesday)

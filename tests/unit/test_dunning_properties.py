"""Properties of the dunning engine over generated customers and histories."""

from __future__ import annotations

import random
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from relance_desktop.domain.dunning import (
    Assignment,
    Channel,
    CustomerFacts,
    DisputeFacts,
    HistoryEntry,
    InvoiceFacts,
    Outcome,
    PlanFacts,
    PromiseFacts,
    SendCalendar,
    Stop,
    chaseable,
    plan_day,
    propose,
)
from relance_desktop.services.dunning import shipped_scenarios
from tests.unit.test_dunning_timelines import BASIC, REPEAT, Sim, run

SCENARIOS, ASSIGNMENT = shipped_scenarios()
ALL = {**SCENARIOS, BASIC.key: BASIC, REPEAT.key: REPEAT}
BASE = date(2025, 1, 1)
CALENDAR = SendCalendar("FR")

days = st.integers(min_value=-20, max_value=120)


@st.composite
def customers(draw: st.DrawFn, cid: int = 1) -> CustomerFacts:
    """A customer with 1–4 invoices, some paid, and possibly held in every way."""
    n = draw(st.integers(min_value=1, max_value=4))
    invoices = []
    for i in range(1, n + 1):
        due = BASE + timedelta(days=draw(days))
        amount = draw(st.integers(min_value=1, max_value=500_000))
        paid = draw(st.sampled_from([0, amount // 2, amount]))
        settled = due + timedelta(days=draw(st.integers(0, 40))) if paid == amount else None
        invoices.append(InvoiceFacts(cid * 10 + i, f"F{i}", due, amount, amount - paid, settled))
    ids = [inv.id for inv in invoices]
    maybe_id = st.one_of(st.none(), st.sampled_from(ids))
    promises = draw(st.lists(st.builds(PromiseFacts, st.just(BASE) | st.dates(
        BASE, BASE + timedelta(days=150)), st.sampled_from(["open", "kept", "broken"]),
        maybe_id), max_size=2))
    disputes = draw(st.lists(st.builds(DisputeFacts, st.just(BASE), st.sampled_from(
        ["open", "resolved"]), maybe_id), max_size=2))
    stops = draw(st.lists(st.builds(Stop, st.just("raison"), st.one_of(st.none(), st.dates(
        BASE, BASE + timedelta(days=150))), maybe_id), max_size=2))
    plans = draw(st.lists(st.builds(PlanFacts, st.sampled_from(["active", "broken", "kept"])),
                          max_size=1))
    history = draw(st.lists(st.builds(
        HistoryEntry, st.just("basic"), st.integers(1, 4), st.sampled_from(list(Channel)),
        st.dates(BASE - timedelta(days=30), BASE + timedelta(days=120)),
        st.lists(st.sampled_from(ids), min_size=1, max_size=2).map(tuple),
        st.sampled_from(list(Outcome))), max_size=4))
    kind = draw(st.sampled_from(["business", "consumer"]))
    country = draw(st.sampled_from(["FR", "BE"]))
    return CustomerFacts(cid, f"Client {cid}", kind, country, tuple(invoices), (),
                         tuple(promises), tuple(plans), tuple(disputes), tuple(stops),
                         tuple(history))


@settings(max_examples=60, deadline=None)
@given(customers(), st.integers(0, 120), st.sampled_from(sorted(ALL)))
def test_never_for_a_held_paid_or_stopped_invoice(customer: CustomerFacts, offset: int,
                                                  key: str) -> None:
    today = BASE + timedelta(days=offset)
    proposal = propose(customer, ALL[key], today, CALENDAR)
    if proposal is None:
        return
    assert CALENDAR.is_sending_day(today)
    assert not any(p.being_kept for p in customer.plans)
    by_id = {inv.id: inv for inv in customer.invoices}
    for invoice_id in proposal.invoice_ids:
        covered = by_id[invoice_id]
        for held in (*(d.invoice_id for d in customer.disputes if d.status == "open"),
                     *(p.invoice_id for p in customer.promises if p.running(today)),
                     *(s.invoice_id for s in customer.stops if s.active(today))):
            assert held not in (None, invoice_id)
        if proposal.step.channel is Channel.THANKS:
            assert covered.due_cents == 0
        else:
            assert covered.due_cents > 0
            assert covered in chaseable(customer, today)


@settings(max_examples=60, deadline=None)
@given(customers(), st.integers(0, 120), st.sampled_from(sorted(ALL)), st.randoms())
def test_two_runs_and_any_input_order_give_the_same_proposal(
        customer: CustomerFacts, offset: int, key: str, rnd: random.Random) -> None:
    today = BASE + timedelta(days=offset)
    first = propose(customer, ALL[key], today, CALENDAR)
    assert propose(customer, ALL[key], today, CALENDAR) == first
    shuffled = CustomerFacts(
        customer.id, customer.name, customer.kind, customer.country,
        tuple(rnd.sample(customer.invoices, len(customer.invoices))), (),
        customer.promises, customer.plans, customer.disputes, customer.stops,
        tuple(rnd.sample(customer.history, len(customer.history))))
    assert propose(shuffled, ALL[key], today, CALENDAR) == first


@settings(max_examples=20, deadline=None)
@given(st.lists(customers(), min_size=1, max_size=6), st.integers(0, 120))
def test_a_book_gets_at_most_one_proposal_per_customer(book: list[CustomerFacts],
                                                       offset: int) -> None:
    book = [CustomerFacts(n, c.name, c.kind, c.country, c.invoices, c.payments, c.promises,
                          c.plans, c.disputes, c.stops, ()) for n, c in enumerate(book, 1)]
    today = BASE + timedelta(days=offset)
    proposals = plan_day(book, SCENARIOS, ASSIGNMENT, today, CALENDAR)
    assert len({p.customer_id for p in proposals}) == len(proposals)
    assert plan_day(list(reversed(book)), SCENARIOS, ASSIGNMENT, today, CALENDAR) == proposals


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(-10, 60), st.integers(1, 300_000)), min_size=1,
                max_size=4),
       st.integers(0, 100), st.integers(1, 60), st.sampled_from(sorted(ALL)))
def test_closing_the_app_gives_one_action_a_day_and_no_step_twice(
        invoices: list[tuple[int, int]], close_from: int, closed_days: int, key: str) -> None:
    sim = Sim()
    for n, (due, cents) in enumerate(invoices, start=1):
        sim.invoices[f"F{n}"] = (BASE + timedelta(days=due), cents)
    first = BASE + timedelta(days=close_from)
    last = first + timedelta(days=closed_days - 1)
    log = run(sim, ALL[key], closed=(first.isoformat(), last.isoformat()))
    action_days = [line.split()[0] for line in log]
    assert len(action_days) == len(set(action_days))  # at most one proposal a day
    reopened = [d for d in action_days if d > last.isoformat()]
    repeats = {s.position for s in ALL[key].steps if s.repeats}
    done = [(h.position, i) for h in sim.history if h.outcome is Outcome.DONE
            and h.position not in repeats for i in h.invoice_ids]
    assert len(done) == len(set(done))  # a step that does not repeat: once per invoice
    if reopened:
        # the first action after the closure carries every step it passed over as skipped
        day = reopened[0]
        entries = [h for h in sim.history if h.on.isoformat() == day]
        assert sum(h.outcome is Outcome.DONE for h in entries) == 1


def test_assignment_picks_the_shipped_scenario_by_kind_and_country() -> None:
    def pick(kind: str, country: str) -> str:
        facts = CustomerFacts(1, "C", kind, country, (InvoiceFacts(
            1, "F1", BASE, 1000, 1000),))
        proposals = plan_day([facts], SCENARIOS, ASSIGNMENT, BASE + timedelta(days=20),
                             CALENDAR)
        return proposals[0].scenario

    assert [pick("consumer", "BE"), pick("consumer", "FR"), pick("business", "BE"),
            pick("business", "FR"), pick("public_body", "FR")] == [
        "be-consumer", "fr-consumer", "be-business", "fr-business", "fr-business"]
    assert isinstance(ASSIGNMENT, Assignment)

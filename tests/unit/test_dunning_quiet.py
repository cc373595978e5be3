"""Until when a customer is quiet (:func:`quiet_until`): nothing the engine could propose for the
same facts before that day. Over generated customers (the strategies of the property tests),
and at a few boundaries written out."""

from __future__ import annotations

from datetime import date, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from relance_desktop.domain.dunning import (
    CustomerFacts,
    InvoiceFacts,
    PromiseFacts,
    Scenario,
    SendCalendar,
    Step,
    propose,
)
from relance_desktop.domain.dunning.engine import CALL_NOT_MADE, FORMAL_NOTICE_DAYS
from relance_desktop.domain.dunning.model import Channel, HistoryEntry, Outcome
from relance_desktop.domain.dunning.quiet import NEVER, quiet_until
from tests.unit.test_dunning_properties import ALL, BASE, customers

LOOK_AHEAD = 200  # days checked after today


class AlwaysOpen(SendCalendar):
    """Every day is a sending day: what :func:`quiet_until` leaves out."""

    def is_open(self, day: date, at: time | None = None) -> bool:
        return True


OPEN = AlwaysOpen()


@st.composite
def facts(draw: st.DrawFn) -> tuple[CustomerFacts, str]:
    """A generated customer whose history is in the scenario it is chased by, some call steps
    not made, a contact outside the scenarios and a call-back open or not."""
    key = draw(st.sampled_from(sorted(ALL)))
    customer = draw(customers())
    positions = [s.position for s in ALL[key].steps]
    history = tuple(
        h._replace(scenario=key, position=draw(st.sampled_from(positions)),
                   reason=CALL_NOT_MADE if h.outcome is Outcome.SKIPPED
                   and draw(st.booleans()) else "")
        for h in customer.history)
    contact = draw(st.one_of(st.none(), st.dates(BASE - timedelta(days=10),
                                                 BASE + timedelta(days=120))))
    grace = draw(st.integers(0, 5))
    promises = tuple(PromiseFacts(p.promised_on, p.status, p.invoice_id, grace)
                     for p in customer.promises)
    return CustomerFacts(customer.id, customer.name, customer.kind, customer.country,
                         customer.invoices, (), promises, customer.plans, customer.disputes,
                         customer.stops, history, last_contact=contact,
                         call_planned=draw(st.booleans())), key


def check_quiet(customer: CustomerFacts, scenario: Scenario, today: date, gap: int) -> None:
    if propose(customer, scenario, today, OPEN, min_gap_days=gap) is not None:
        return
    until = quiet_until(customer, scenario, today, min_gap_days=gap)
    assert until > today
    day = today + timedelta(days=1)
    while day < min(until, today + timedelta(days=LOOK_AHEAD)):
        assert propose(customer, scenario, day, OPEN, min_gap_days=gap) is None, (day, until)
        day += timedelta(days=1)


def fact_days(customer: CustomerFacts) -> list[date]:
    """The days the facts name: the boundaries worth looking at from just before."""
    found = [BASE]
    for inv in customer.invoices:
        found.append(inv.due_date)
        if inv.settled_on is not None:
            found.append(inv.settled_on)
    found.extend(h.on for h in customer.history)
    found.extend(p.promised_on for p in customer.promises)
    found.extend(s.until for s in customer.stops if s.until is not None)
    if customer.last_contact is not None:
        found.append(customer.last_contact)
    return found


@settings(max_examples=300, deadline=None)
@given(facts(), st.integers(-10, 130), st.integers(0, 6), st.data())
def test_nothing_is_proposed_before_the_quiet_day(drawn: tuple[CustomerFacts, str],
                                                  offset: int, gap: int,
                                                  data: st.DataObject) -> None:
    customer, key = drawn
    today = BASE + timedelta(days=offset)
    if data.draw(st.booleans()):  # from just before or after a day the facts name
        today = data.draw(st.sampled_from(fact_days(customer))) + timedelta(
            days=data.draw(st.integers(-8, 16)))
    check_quiet(customer, ALL[key], today, gap)


# --- At the boundaries ------------------------------------------------------------------------

MONDAY = date(2026, 3, 2)
LETTERS = Scenario("letters", "letters", (
    Step(1, "call", 5),
    Step(2, "letter", 10, anchor="previous", letter_kind="first_reminder"),
    Step(3, "formal_notice", 30, min_amount_cents=50_000),
    Step(4, "thanks", 2, anchor="payment"),
))


def one(*invoices: InvoiceFacts, **kw: object) -> CustomerFacts:
    return CustomerFacts(7, "Atelier Roux", "business", "FR", invoices, **kw)  # type: ignore[arg-type]


def test_quiet_until_the_first_step_is_due() -> None:
    customer = one(InvoiceFacts(1, "F1", MONDAY, 10_000, 10_000))
    assert quiet_until(customer, LETTERS, MONDAY) == MONDAY + timedelta(days=5)


def test_a_running_promise_keeps_quiet_until_its_grace_days_are_over() -> None:
    customer = one(InvoiceFacts(1, "F1", MONDAY - timedelta(days=20), 10_000, 10_000),
                   promises=(PromiseFacts(MONDAY + timedelta(days=4), grace_days=3),))
    assert quiet_until(customer, LETTERS, MONDAY) == MONDAY + timedelta(days=8)
    assert propose(customer, LETTERS, MONDAY + timedelta(days=7), OPEN) is None
    assert propose(customer, LETTERS, MONDAY + timedelta(days=8), OPEN) is not None


def test_a_call_handed_over_keeps_quiet_for_a_week_then_the_letter_is_due() -> None:
    customer = one(InvoiceFacts(1, "F1", MONDAY - timedelta(days=5), 10_000, 10_000),
                   history=(HistoryEntry("letters", 1, Channel.CALL, MONDAY, (1,),
                                         Outcome.PENDING),))
    assert quiet_until(customer, LETTERS, MONDAY) == MONDAY + timedelta(days=8)


def test_a_step_too_small_today_waits_for_the_next_invoice_falling_due() -> None:
    old = InvoiceFacts(1, "F1", MONDAY - timedelta(days=40), 30_000, 30_000)
    new = InvoiceFacts(2, "F2", MONDAY + timedelta(days=3), 30_000, 30_000)
    history = tuple(HistoryEntry("letters", p, c, MONDAY - timedelta(days=d), (1,))
                    for p, c, d in ((1, Channel.CALL, 35), (2, Channel.LETTER, 25)))
    customer = one(old, new, history=history)
    assert propose(customer, LETTERS, MONDAY, OPEN) is None  # 300 € < 500 €
    assert quiet_until(customer, LETTERS, MONDAY) == MONDAY + timedelta(days=4)
    assert propose(customer, LETTERS, MONDAY + timedelta(days=4), OPEN) is not None


def test_nothing_left_to_chase_is_quiet_for_ever() -> None:
    customer = one(InvoiceFacts(1, "F1", MONDAY - timedelta(days=40), 30_000, 0))
    assert quiet_until(customer, LETTERS, MONDAY) == NEVER


def test_thanks_wait_for_their_day_after_the_payment() -> None:
    paid = InvoiceFacts(1, "F1", MONDAY - timedelta(days=30), 10_000, 0,
                        settled_on=MONDAY - timedelta(days=1))
    customer = one(paid, history=(HistoryEntry("letters", 1, Channel.CALL,
                                               MONDAY - timedelta(days=25), (1,)),))
    assert quiet_until(customer, LETTERS, MONDAY) == MONDAY + timedelta(days=1)
    assert propose(customer, LETTERS, MONDAY + timedelta(days=1), OPEN) is not None


def test_a_courtesy_too_small_waits_for_the_next_invoice_it_reaches() -> None:
    soon = Scenario("soon", "soon", (Step(1, "email", -5, letter_kind="courtesy",
                                          min_amount_cents=50_000),))
    customer = one(InvoiceFacts(1, "F1", MONDAY + timedelta(days=5), 30_000, 30_000),
                   InvoiceFacts(2, "F2", MONDAY + timedelta(days=7), 30_000, 30_000))
    assert propose(customer, soon, MONDAY, OPEN) is None  # 300 € < 500 €
    assert quiet_until(customer, soon, MONDAY) == MONDAY + timedelta(days=2)
    assert propose(customer, soon, MONDAY + timedelta(days=2), OPEN) is not None


def test_a_belgian_consumer_s_second_invoice_joins_once_its_own_wait_is_over() -> None:
    belgian = Scenario("be", "be", (
        Step(1, "letter", 7, letter_kind="first_reminder"),
        Step(2, "formal_notice", 25, min_amount_cents=50_000),
    ))
    f1 = InvoiceFacts(1, "F1", MONDAY - timedelta(days=40), 30_000, 30_000)
    f2 = InvoiceFacts(2, "F2", MONDAY - timedelta(days=30), 30_000, 30_000)
    history = (HistoryEntry("be", 1, Channel.LETTER, MONDAY - timedelta(days=33), (1,)),
               HistoryEntry("be", 1, Channel.LETTER, MONDAY - timedelta(days=3), (2,)))
    customer = CustomerFacts(8, "Mme Peeters", "consumer", "BE", (f1, f2), history=history)
    assert propose(customer, belgian, MONDAY, OPEN) is None  # F2 still waits: 300 € < 500 €
    until = quiet_until(customer, belgian, MONDAY)
    assert MONDAY + timedelta(days=10) < until < MONDAY + timedelta(days=20)
    assert propose(customer, belgian, until - timedelta(days=1), OPEN) is None
    assert propose(customer, belgian, until, OPEN) is not None


def test_a_collection_file_waits_for_the_formal_notice_s_deadline() -> None:
    court = Scenario("court", "court", (
        Step(1, "formal_notice", 30),
        Step(2, "collection_file", 1, anchor="previous"),
    ))
    customer = one(InvoiceFacts(1, "F1", MONDAY - timedelta(days=40), 90_000, 90_000),
                   history=(HistoryEntry("court", 1, Channel.FORMAL_NOTICE,
                                         MONDAY - timedelta(days=3), (1,)),))
    assert propose(customer, court, MONDAY, OPEN) is None
    until = quiet_until(customer, court, MONDAY)
    assert until == MONDAY - timedelta(days=3) + timedelta(days=FORMAL_NOTICE_DAYS + 1)
    assert propose(customer, court, until, OPEN) is not None

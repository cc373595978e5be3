"""The calendar of the whole book: per day of the next 60, how many actions of each channel the
engine will propose (if each is carried out on its day and nothing is paid), and the amount
they concern. Explicit customers written for the test; the same engine as the day's actions."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from relance_desktop.domain.dunning import (
    Assignment,
    Channel,
    CustomerFacts,
    InvoiceFacts,
    Scenario,
    SendCalendar,
    Step,
    Stop,
    book_forecast,
    carried_out,
    forecast,
    plan_day,
    propose,
)
from relance_desktop.services import dunning
from relance_desktop.store.models import Customer, Invoice
from relance_desktop.store.session import CompanySession
from tests.unit.test_dunning_properties import ALL, BASE, customers

D = date.fromisoformat
SIMPLE = Scenario("simple", "simple", (
    Step(1, "call", 2),
    Step(2, "letter", 10, letter_kind="first_reminder"),
))
ASSIGN = Assignment((), "simple")
FR = SendCalendar("FR")
MONDAY = D("2025-03-03")


def customer(cid: int, due: str, cents: int, **kw: object) -> CustomerFacts:
    invoice = InvoiceFacts(cid * 10, f"F{cid}", D(due), cents, cents)
    return CustomerFacts(cid, f"Client {cid}", "business", "FR", (invoice,), **kw)  # type: ignore[arg-type]


def test_each_day_counts_its_channels_and_amount() -> None:
    book = [customer(1, "2025-03-03", 10_000),  # call Wed 5/3, letter Thu 13/3
            customer(2, "2025-03-03", 25_000),  # the same days
            customer(3, "2025-03-10", 40_000),  # call Wed 12/3, letter Thu 20/3
            customer(4, "2025-03-01", 5_000, stops=(Stop("litige", D("2025-03-31")),))]
    days = book_forecast(book, {"simple": SIMPLE}, ASSIGN, MONDAY, FR, days=60)
    summary = [(day.isoformat(), sorted((p.customer_id, p.step.channel.value) for p in ps),
                sum(p.amount_cents for p in ps)) for day, ps in days]
    assert summary == [
        # customer 4 is stopped until 31/3: its call (due 3/3) and letter (11/3) catch up on
        # Tue 1/4, the letter only (the call passed over)
        ("2025-03-05", [(1, "call"), (2, "call")], 35_000),
        ("2025-03-12", [(3, "call")], 40_000),
        ("2025-03-13", [(1, "letter"), (2, "letter")], 35_000),
        ("2025-03-20", [(3, "letter")], 40_000),
        ("2025-04-01", [(4, "letter")], 5_000),
    ]


def test_the_first_day_is_the_day_of_the_actions_and_nothing_on_holidays() -> None:
    book = [customer(1, "2025-04-16", 10_000)]  # +2 = Fri 18/4; +10 = Sat 26/4 → Mon 28/4
    days = book_forecast(book, {"simple": SIMPLE}, ASSIGN, D("2025-04-18"), FR, days=20)
    assert [(d.isoformat(), [p.step.channel for p in ps]) for d, ps in days] == [
        ("2025-04-18", [Channel.CALL]), ("2025-04-28", [Channel.LETTER])]
    today = plan_day(book, {"simple": SIMPLE}, ASSIGN, D("2025-04-18"), FR)
    assert [p.step.channel for p in today] == [Channel.CALL]  # the same engine
    # Easter Monday 21/4: a customer whose call falls then is proposed Tuesday 22/4
    late = book_forecast([customer(2, "2025-04-19", 10_000)], {"simple": SIMPLE}, ASSIGN,
                         D("2025-04-18"), FR, days=5)
    assert [d.isoformat() for d, _ in late] == ["2025-04-22"]


def test_the_service_names_the_customers_of_each_day(cf: CompanySession) -> None:
    for name, due, cents in (("Garage Martin", "2025-02-28", 100_000),
                             ("Atelier Petit", "2025-02-28", 20_000)):
        person = Customer.create(name=name)
        Invoice.create(customer=person, number=f"F-{name[:3]}", issue_date=D("2025-02-01"),
                       due_date=D(due), amount_cents=cents)
    days = dunning.book_calendar(cf, D("2025-03-03"), days=60)
    first = days[0]
    # fr-business: the courtesy e-mail at -5 is passed over (overdue); the call at +5 = Wed 5/3
    assert first.day == D("2025-03-05")
    assert first.counts == {Channel.CALL: 2}
    assert first.amount_cents == 120_000
    assert [a.customer_name for a in first.actions] == ["Atelier Petit", "Garage Martin"]
    assert [a.invoices[0].number for a in first.actions] == ["F-Ate", "F-Gar"]
    assert dunning.history(cf, Customer.get().id) == []  # a forecast writes nothing


# The forecast jumps over the days on which nothing can change; it must say exactly what the
# engine says day by day.
@settings(max_examples=200, deadline=None)
@given(customers(), st.integers(-30, 120), st.sampled_from(sorted(ALL)),
       st.one_of(st.none(), st.dates(BASE - timedelta(days=20), BASE + timedelta(days=120))),
       st.integers(0, 5))
def test_the_forecast_says_what_the_engine_says_day_by_day(
        customer: CustomerFacts, offset: int, key: str, contact: date | None,
        gap: int) -> None:
    customer = replace(customer, last_contact=contact)
    scenario, today = ALL[key], BASE + timedelta(days=offset)
    calendar = SendCalendar(customer.country)
    expected, facts = [], customer
    for n in range(60):
        day = today + timedelta(days=n)
        proposal = propose(facts, scenario, day, calendar, min_gap_days=gap)
        if proposal is not None:
            expected.append((day, proposal))
            facts = carried_out(facts, proposal, day)
    assert forecast(customer, scenario, today, calendar, 60, min_gap_days=gap) == expected

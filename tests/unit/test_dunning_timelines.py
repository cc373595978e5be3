"""Golden timelines of the dunning engine: 120 days simulated day by day, the user carrying out
whatever is proposed (and the skipped steps recorded as skipped), compared with the actions
written by hand for each day.

Line format: ``<day> <channel>[/<kind>] #<step> <invoices> <reason>[ skipped=<steps>][ free]``.
Calendar: France unless said (weekends; 2025 holidays used here: Easter Monday 21/4, 1/5).
January 2025: Wed 1, 8, 15, 22, 29; Mondays 6, 13, 20, 27; February: Mondays 3, 10, 17, 24.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

import pytest

from relance_desktop.domain.dunning import (
    Channel,
    CustomerFacts,
    DisputeFacts,
    HistoryEntry,
    InvoiceFacts,
    Outcome,
    PaymentFacts,
    PlanFacts,
    PromiseFacts,
    Scenario,
    SendCalendar,
    Step,
    Stop,
    propose,
)
from relance_desktop.services.dunning import shipped_scenarios

D = date.fromisoformat
START = D("2025-01-01")

BASIC = Scenario("basic", "basic", (
    Step(1, "email", -3, letter_kind="courtesy", automatic=True),
    Step(2, "call", 5),
    Step(3, "letter", 15, letter_kind="first_reminder"),
    Step(4, "formal_notice", 30),
    Step(5, "thanks", 1, anchor="payment"),
))


@dataclass
class Sim:
    """One customer's world, changed by events, seen by the engine each morning."""

    kind: str = "business"
    country: str = "FR"
    invoices: dict[str, tuple[date, int]] = field(default_factory=dict)  # number: (due, cents)
    payments: list[tuple[str, date, int]] = field(default_factory=list)
    promises: list[PromiseFacts] = field(default_factory=list)
    plans: list[PlanFacts] = field(default_factory=list)
    disputes: list[DisputeFacts] = field(default_factory=list)
    stops: list[Stop] = field(default_factory=list)
    history: list[HistoryEntry] = field(default_factory=list)
    last_contact: date | None = None

    def ids(self) -> dict[str, int]:
        return {number: n for n, number in enumerate(self.invoices, start=1)}

    def facts(self) -> CustomerFacts:
        ids = self.ids()
        invoices = []
        for number, (due, cents) in self.invoices.items():
            paid = sorted((on, amount) for n, on, amount in self.payments if n == number)
            left, settled = cents, None
            for on, amount in paid:
                left -= amount
                if left <= 0 and settled is None:
                    settled = on
            invoices.append(InvoiceFacts(ids[number], number, due, cents, max(0, left), settled))
        payments = tuple(PaymentFacts(ids[n], on, a) for n, on, a in self.payments)
        return CustomerFacts(1, "Client", self.kind, self.country, tuple(invoices), payments,
                             tuple(self.promises), tuple(self.plans), tuple(self.disputes),
                             tuple(self.stops), tuple(self.history),
                             last_contact=self.last_contact)

    # events
    def pay(self, number: str, cents: int, on: date) -> None:
        self.payments.append((number, on, cents))


Event = Callable[[Sim, date], None]


def pay(number: str, cents: int) -> Event:
    return lambda sim, day: sim.pay(number, cents, day)


def invoice(number: str, due: str, cents: int = 100_000) -> Event:
    return lambda sim, day: sim.invoices.__setitem__(number, (D(due), cents))


def run(sim: Sim, scenario: Scenario, events: dict[str, list[Event]] | None = None,
        closed: tuple[str, str] | None = None, calendar: SendCalendar | None = None,
        days: int = 120, start: date = START) -> list[str]:
    """Simulate ``days`` days from ``start``; the app is not opened from ``closed[0]`` to
    ``closed[1]`` included. Returns one line per action carried out."""
    events = events or {}
    calendar = calendar or SendCalendar(sim.country)
    names = {v: k for k, v in sim.ids().items()}
    log: list[str] = []
    for k in range(days):
        today = start + timedelta(days=k)
        for event in events.get(today.isoformat(), []):
            event(sim, today)
            names = {v: n for n, v in sim.ids().items()}
        if closed and D(closed[0]) <= today <= D(closed[1]):
            continue
        proposal = propose(sim.facts(), scenario, today, calendar)
        again = propose(sim.facts(), scenario, today, calendar)
        assert proposal == again  # idempotent
        if proposal is None:
            continue
        for s in proposal.skipped:
            sim.history.append(HistoryEntry(s.scenario, s.position, s.channel, today,
                                            proposal.invoice_ids, Outcome.SKIPPED))
        sim.history.append(HistoryEntry(proposal.scenario, proposal.step.position,
                                        proposal.step.channel, today, proposal.invoice_ids))
        step = proposal.step
        kind = f"/{step.letter_kind.value}" if step.letter_kind.value else ""
        line = (f"{today} {step.channel.value}{kind} #{step.position} "
                f"{','.join(names[i] for i in proposal.invoice_ids)} {proposal.reason}")
        if proposal.skipped:
            line += " skipped=" + ",".join(str(s.position) for s in proposal.skipped)
        if proposal.free:
            line += " free"
        log.append(line)
    return log


def one(due: str = "2025-01-15", cents: int = 100_000, **kwargs: object) -> Sim:
    sim = Sim(**kwargs)  # type: ignore[arg-type]
    sim.invoices["F1"] = (D(due), cents)
    return sim


BASIC_F1 = [
    "2025-01-13 email/courtesy #1 F1 step_due",  # -3 = Sunday 12 → Monday
    "2025-01-20 call #2 F1 step_due",
    "2025-01-30 letter/first_reminder #3 F1 step_due",
    "2025-02-14 formal_notice #4 F1 step_due",
]


def test_pre_due_call_letter_formal_notice() -> None:
    assert run(one(), BASIC) == BASIC_F1


def test_paid_before_due_gets_thanks_after_the_minimum_gap() -> None:
    # Paid Tue 14; thanks due Wed 15, but the courtesy e-mail went out Mon 13: 3 days apart.
    assert run(one(), BASIC, {"2025-01-14": [pay("F1", 100_000)]}) == [
        "2025-01-13 email/courtesy #1 F1 step_due",
        "2025-01-16 thanks #5 F1 thanks",
    ]


def test_payment_after_the_call_then_thanks() -> None:
    assert run(one(), BASIC, {"2025-01-22": [pay("F1", 100_000)]}) == [
        "2025-01-13 email/courtesy #1 F1 step_due",
        "2025-01-20 call #2 F1 step_due",
        "2025-01-23 thanks #5 F1 thanks",
    ]


def test_payment_after_the_formal_notice_then_thanks() -> None:
    assert run(one(), BASIC, {"2025-02-18": [pay("F1", 100_000)]}) == [
        *BASIC_F1, "2025-02-19 thanks #5 F1 thanks"]


def test_thanks_not_proposed_once_too_old() -> None:
    # Paid 18/2, thanks due 19/2 and valid 14 days; the app stays closed until 10/3.
    assert run(one(), BASIC, {"2025-02-18": [pay("F1", 100_000)]},
               closed=("2025-02-19", "2025-03-10")) == BASIC_F1


def test_public_holidays_move_the_steps() -> None:
    # Due Wed 16/4: -3 = Sun 13 → Mon 14; +5 = Easter Monday 21 → Tue 22; +15 = 1 May → Fri 2.
    assert run(one("2025-04-16"), BASIC, start=D("2025-04-01")) == [
        "2025-04-14 email/courtesy #1 F1 step_due",
        "2025-04-22 call #2 F1 step_due",
        "2025-05-02 letter/first_reminder #3 F1 step_due",
        "2025-05-16 formal_notice #4 F1 step_due",
    ]


def test_dispute_holds_then_catch_up() -> None:
    dispute = DisputeFacts(D("2025-01-25"), invoice_id=1)

    def resolve(sim: Sim, day: date) -> None:
        sim.disputes[:] = [DisputeFacts(dispute.opened_on, "resolved", 1)]

    events = {"2025-01-25": [lambda sim, day: sim.disputes.append(dispute)],
              "2025-03-03": [resolve]}
    assert run(one(), BASIC, events) == [
        "2025-01-13 email/courtesy #1 F1 step_due",
        "2025-01-20 call #2 F1 step_due",
        "2025-03-03 formal_notice #4 F1 catch_up skipped=3",
    ]


def test_disputed_invoice_left_out_the_other_chased() -> None:
    sim = one()
    sim.invoices["F2"] = (D("2025-01-20"), 50_000)
    sim.disputes.append(DisputeFacts(D("2024-12-20"), invoice_id=1))
    assert run(sim, BASIC) == [
        "2025-01-17 email/courtesy #1 F2 step_due",
        "2025-01-27 call #2 F2 step_due",  # +5 = Saturday 25
        "2025-02-04 letter/first_reminder #3 F2 step_due",
        "2025-02-19 formal_notice #4 F2 step_due",
    ]


def test_account_wide_dispute_holds_everything() -> None:
    sim = one()
    sim.disputes.append(DisputeFacts(D("2024-12-20")))
    assert run(sim, BASIC) == []


def test_promise_running_then_broken() -> None:
    # Promise on 21/1 to pay by 5/2 (3 days' grace: held to 8/2 included); 9/2 is a Sunday.
    promise = PromiseFacts(D("2025-02-05"))
    assert run(one(), BASIC, {"2025-01-21": [lambda sim, day: sim.promises.append(promise)]}) == [
        "2025-01-13 email/courtesy #1 F1 step_due",
        "2025-01-20 call #2 F1 step_due",
        "2025-02-10 letter/first_reminder #3 F1 step_due",
        "2025-02-14 formal_notice #4 F1 step_due",
    ]


def test_promise_kept_then_thanks() -> None:
    def kept(sim: Sim, day: date) -> None:
        sim.pay("F1", 100_000, day)
        sim.promises[:] = [PromiseFacts(D("2025-02-05"), "kept")]

    events = {"2025-01-21": [lambda sim, day: sim.promises.append(PromiseFacts(D("2025-02-05")))],
              "2025-02-04": [kept]}
    assert run(one(), BASIC, events) == [
        "2025-01-13 email/courtesy #1 F1 step_due",
        "2025-01-20 call #2 F1 step_due",
        "2025-02-05 thanks #5 F1 thanks",
    ]


def test_promise_on_one_invoice_the_other_goes_on() -> None:
    sim = one()
    sim.invoices["F2"] = (D("2025-01-17"), 40_000)
    events = {"2025-01-21": [lambda s, day: s.promises.append(
        PromiseFacts(D("2025-02-20"), invoice_id=1))]}
    assert run(sim, BASIC, events) == [
        "2025-01-13 email/courtesy #1 F1 step_due",  # F2's -3 is the 14th: not reached yet
        "2025-01-20 call #2 F1,F2 step_due",
        "2025-02-03 letter/first_reminder #3 F2 step_due",  # F2 + 15 = Saturday 1/2
        "2025-02-17 formal_notice #4 F2 step_due",  # F2 + 30 = Sunday 16/2
        "2025-02-24 formal_notice #4 F1 catch_up skipped=3",  # promise over after 23/2
    ]


MIN_AMOUNT = Scenario("min", "min", (
    Step(1, "call", 5),
    Step(2, "letter", 15, letter_kind="first_reminder"),
    Step(3, "collection_file", 30, min_amount_cents=50_000),
    Step(4, "thanks", 1, anchor="payment"),
))


def test_partial_payment_below_the_minimum_skips_the_collection_file() -> None:
    events = {"2025-02-03": [pay("F1", 60_000)], "2025-03-10": [pay("F1", 40_000)]}
    assert run(one(), MIN_AMOUNT, events) == [
        "2025-01-20 call #1 F1 step_due",
        "2025-01-30 letter/first_reminder #2 F1 step_due",
        "2025-03-11 thanks #4 F1 thanks",
    ]


def test_partial_payment_above_the_minimum_keeps_the_collection_file() -> None:
    assert run(one(), MIN_AMOUNT, {"2025-02-03": [pay("F1", 40_000)]}) == [
        "2025-01-20 call #1 F1 step_due",
        "2025-01-30 letter/first_reminder #2 F1 step_due",
        "2025-02-14 collection_file #3 F1 step_due",
    ]


def test_new_invoice_mid_way_takes_over_when_the_first_is_paid() -> None:
    events = {"2025-01-20": [invoice("F2", "2025-02-03")], "2025-02-10": [pay("F1", 100_000)]}
    assert run(one(), BASIC, events) == [
        "2025-01-13 email/courtesy #1 F1 step_due",
        "2025-01-20 call #2 F1 step_due",
        "2025-01-30 letter/first_reminder #3 F1 step_due",  # F2 not due yet
        "2025-02-10 call #2 F2 catch_up skipped=1",  # no thanks while F2 is overdue
        "2025-02-18 letter/first_reminder #3 F2 step_due",
        "2025-03-05 formal_notice #4 F2 step_due",
    ]


def test_two_overdue_invoices_share_each_step() -> None:
    sim = one()
    sim.invoices["F2"] = (D("2025-01-17"), 30_000)
    assert run(sim, BASIC) == [
        "2025-01-13 email/courtesy #1 F1 step_due",
        "2025-01-20 call #2 F1,F2 step_due",
        "2025-01-30 letter/first_reminder #3 F1,F2 step_due",
        "2025-02-14 formal_notice #4 F1,F2 step_due",
    ]


def test_customer_stop_with_an_end_date() -> None:
    stop = Stop("le gérant est à l'hôpital", until=D("2025-02-10"))
    assert run(one(), BASIC, {"2025-01-18": [lambda sim, day: sim.stops.append(stop)]}) == [
        "2025-01-13 email/courtesy #1 F1 step_due",
        "2025-02-11 letter/first_reminder #3 F1 catch_up skipped=2",
        "2025-02-14 formal_notice #4 F1 step_due",
    ]


def test_invoice_stop_with_an_end_date() -> None:
    sim = one()
    sim.invoices["F2"] = (D("2025-01-20"), 50_000)
    sim.stops.append(Stop("avoir en préparation", until=D("2025-01-31"), invoice_id=1))
    assert run(sim, BASIC) == [
        "2025-01-17 email/courtesy #1 F2 step_due",
        "2025-01-27 call #2 F2 step_due",
        "2025-02-03 letter/first_reminder #3 F1,F2 catch_up skipped=1,2",
        "2025-02-14 formal_notice #4 F1,F2 step_due",
    ]


def test_a_stopped_invoice_paid_is_not_thanked_the_other_is() -> None:
    """A stop on one invoice holds every step for it, the thanks after payment included (the
    user stopped it for a reason: a credit note, a dispute settled by hand…)."""
    sim = one()
    sim.invoices["F2"] = (D("2025-01-15"), 50_000)
    events = {"2025-01-18": [lambda sim, day: sim.stops.append(
                  Stop("avoir en préparation", invoice_id=1))],
              "2025-01-22": [pay("F1", 100_000), pay("F2", 50_000)]}
    assert run(sim, BASIC, events) == [
        "2025-01-13 email/courtesy #1 F1,F2 step_due",
        "2025-01-20 call #2 F2 step_due",
        "2025-01-23 thanks #5 F2 thanks",
    ]


def test_catch_up_after_ten_days_closed() -> None:
    assert run(one(), BASIC, closed=("2025-01-19", "2025-01-30")) == [
        "2025-01-13 email/courtesy #1 F1 step_due",
        "2025-01-31 letter/first_reminder #3 F1 catch_up skipped=2",
        "2025-02-14 formal_notice #4 F1 step_due",
    ]


def test_catch_up_after_seven_weeks_closed_proposes_one_step() -> None:
    assert run(one(), BASIC, closed=("2025-01-10", "2025-02-28")) == [
        "2025-03-03 formal_notice #4 F1 catch_up skipped=1,2,3",
    ]


REPEAT = Scenario("repeat", "repeat", (
    Step(1, "call", 5, repeat_every_days=7, repeat_max=2),
    Step(2, "letter", 40, letter_kind="second_reminder"),
))


def test_repeat_every_seven_days_at_most_twice() -> None:
    assert run(one(), REPEAT) == [
        "2025-01-20 call #1 F1 step_due",
        "2025-01-27 call #1 F1 step_repeat",
        "2025-02-03 call #1 F1 step_repeat",
        "2025-02-24 letter/second_reminder #2 F1 step_due",
    ]


def test_repeat_gives_way_to_the_next_step() -> None:
    scenario = Scenario("repeat5", "repeat5", (
        Step(1, "call", 5, repeat_every_days=7, repeat_max=5),
        Step(2, "letter", 25, letter_kind="first_reminder"),  # Sunday 9/2
    ))
    assert run(one(), scenario) == [
        "2025-01-20 call #1 F1 step_due",
        "2025-01-27 call #1 F1 step_repeat",
        "2025-02-03 call #1 F1 step_repeat",
        "2025-02-10 letter/first_reminder #2 F1 step_due",
    ]


def test_courtesy_email_never_sent_once_overdue() -> None:
    # Invoice entered on 20/1, due 17/1: the e-mail of 14/1 is passed over, the call (22/1,
    # +5) comes first; the letter of 1/2 (a Saturday) on Monday 3/2.
    events = {"2025-01-20": [invoice("F1", "2025-01-17")]}
    assert run(Sim(), BASIC, events) == [
        "2025-01-22 call #2 F1 catch_up skipped=1",
        "2025-02-03 letter/first_reminder #3 F1 step_due",
        "2025-02-17 formal_notice #4 F1 step_due",  # +30 = Sunday 16/2
    ]


def test_minimum_gap_after_a_call_made_by_hand() -> None:
    def called(sim: Sim, day: date) -> None:
        sim.last_contact = day

    assert run(one(), BASIC, {"2025-01-19": [called]}) == [
        "2025-01-13 email/courtesy #1 F1 step_due",
        "2025-01-22 call #2 F1 step_due",
        "2025-01-30 letter/first_reminder #3 F1 step_due",
        "2025-02-14 formal_notice #4 F1 step_due",
    ]


def test_plan_being_kept_holds_then_broken_catch_up() -> None:
    def broken(sim: Sim, day: date) -> None:
        sim.plans[:] = [PlanFacts("broken")]

    events = {"2025-01-22": [lambda sim, day: sim.plans.append(PlanFacts())],
              "2025-03-03": [broken]}
    assert run(one(), BASIC, events) == [
        "2025-01-13 email/courtesy #1 F1 step_due",
        "2025-01-20 call #2 F1 step_due",
        "2025-03-03 formal_notice #4 F1 catch_up skipped=3",
    ]


def test_plan_kept_to_the_end_then_thanks() -> None:
    def kept(sim: Sim, day: date) -> None:
        sim.plans[:] = [PlanFacts("kept")]
        sim.pay("F1", 100_000, day)

    events = {"2025-01-22": [lambda sim, day: sim.plans.append(PlanFacts())],
              "2025-02-20": [kept]}
    assert run(one(), BASIC, events) == [
        "2025-01-13 email/courtesy #1 F1 step_due",
        "2025-01-20 call #2 F1 step_due",
        "2025-02-21 thanks #5 F1 thanks",
    ]


SHIPPED = shipped_scenarios()[0]


def test_belgian_consumer_free_reminder_and_fourteen_days() -> None:
    # Letter posted Wed 22/1: the wait starts on the 3rd business day after (Mon 27/1) and
    # ends Sun 9/2; the formal notice (due +25 = Sun 9/2) may claim charges from Mon 10/2.
    sim = one(cents=50_000, kind="consumer", country="BE")
    assert run(sim, SHIPPED["be-consumer"]) == [
        "2025-01-13 email/courtesy #1 F1 step_due",
        "2025-01-22 letter/first_reminder #2 F1 step_due free",
        "2025-01-27 call #3 F1 step_due",
        "2025-02-10 formal_notice #4 F1 step_due",
        "2025-03-17 collection_file #5 F1 step_due",  # +60 = Sunday 16/3
    ]


def test_belgian_consumer_after_a_long_closure_gets_the_free_reminder_first() -> None:
    # Nothing written before: the formal notice goes out as the free first reminder (Fri 21/2);
    # its 14 days run from Wed 26/2 to Tue 11/3, so the collection file (Sun 16/3) waits for
    # Monday 17/3.
    sim = one(cents=50_000, kind="consumer", country="BE")
    assert run(sim, SHIPPED["be-consumer"], closed=("2025-01-10", "2025-02-20")) == [
        "2025-02-21 formal_notice #4 F1 be_free_first_reminder skipped=1,2,3 free",
        "2025-03-17 collection_file #5 F1 step_due",
    ]


EMAIL_FIRST = Scenario("email-first", "email-first", (
    Step(1, "email", 5, letter_kind="first_reminder"),
    Step(2, "formal_notice", 10),
))


def test_belgian_consumer_reminder_by_email_wait_starts_next_day() -> None:
    # E-mailed Mon 20/1: the 14 days run 21/1 – 3/2; charges from Tue 4/2.
    sim = one(kind="consumer", country="BE")
    assert run(sim, EMAIL_FIRST) == [
        "2025-01-20 email/first_reminder #1 F1 step_due free",
        "2025-02-04 formal_notice #2 F1 step_due",
    ]


def test_french_consumer_has_no_belgian_wait() -> None:
    assert run(one(kind="consumer"), EMAIL_FIRST) == [
        "2025-01-20 email/first_reminder #1 F1 step_due",
        "2025-01-27 formal_notice #2 F1 step_due",  # +10 = Saturday 25
    ]


def test_shipped_french_business_scenario() -> None:
    assert run(one(), SHIPPED["fr-business"]) == [
        "2025-01-10 email/courtesy #1 F1 step_due",
        "2025-01-20 call #2 F1 step_due",
        "2025-01-30 letter/first_reminder #3 F1 step_due",
        "2025-02-06 call #4 F1 step_due",
        "2025-02-14 formal_notice #5 F1 step_due",
        "2025-03-03 collection_file #6 F1 step_due",  # 15 days after: Saturday 1/3
    ]


def test_catch_up_never_jumps_over_the_step_a_later_one_counts_from() -> None:
    # Closed until 3/3: the formal notice (due 14/2) is proposed, not the collection file
    # that counts 15 days from it (due 18/3, a Tuesday, once the notice went out on 3/3).
    assert run(one(), SHIPPED["fr-business"], closed=("2025-01-06", "2025-03-02")) == [
        "2025-03-03 formal_notice #5 F1 catch_up skipped=1,2,3,4",
        "2025-03-18 collection_file #6 F1 step_due",
    ]


def test_shipped_french_business_small_invoice_never_goes_to_collection() -> None:
    assert run(one(cents=30_000), SHIPPED["fr-business"]) == [
        "2025-01-10 email/courtesy #1 F1 step_due",
        "2025-01-20 call #2 F1 step_due",
        "2025-01-30 letter/first_reminder #3 F1 step_due",
        "2025-02-06 call #4 F1 step_due",
        "2025-02-14 formal_notice #5 F1 step_due",
    ]


def test_shipped_french_consumer_scenario() -> None:
    assert run(one(cents=40_000, kind="consumer"), SHIPPED["fr-consumer"]) == [
        "2025-01-13 email/courtesy #1 F1 step_due",
        "2025-01-22 call #2 F1 step_due",
        "2025-01-30 letter/first_reminder #3 F1 step_due",
        "2025-02-14 formal_notice #4 F1 step_due",
        "2025-03-03 letter/second_reminder #5 F1 step_due",  # +45 = Saturday 1/3
        "2025-03-17 collection_file #6 F1 step_due",  # +60 = Sunday 16/3
    ]


def test_shipped_belgian_business_scenario_with_a_payment() -> None:
    events = {"2025-02-20": [pay("F1", 100_000)]}
    assert run(one(country="BE"), SHIPPED["be-business"], events) == [
        "2025-01-10 email/courtesy #1 F1 step_due",
        "2025-01-20 call #2 F1 step_due",
        "2025-01-30 letter/first_reminder #3 F1 step_due",
        "2025-02-14 formal_notice #4 F1 step_due",
        "2025-02-21 thanks #6 F1 thanks",
    ]


def test_no_step_twice_for_an_invoice() -> None:
    sim = one()
    sim.invoices["F2"] = (D("2025-01-17"), 30_000)
    run(sim, BASIC, {"2025-02-03": [invoice("F3", "2025-02-05")]})
    done = [(h.position, i) for h in sim.history if h.outcome is Outcome.DONE
            for i in h.invoice_ids]
    assert len(done) == len(set(done))


@pytest.mark.parametrize("at,expected", [("08:59", False), ("09:00", True), ("17:59", True),
                                         ("18:00", False)])
def test_send_window(at: str, expected: bool) -> None:
    from datetime import time

    got = propose(one().facts(), BASIC, D("2025-01-20"), SendCalendar(), at=time.fromisoformat(at))
    assert (got is not None) is expected
    if got is not None:
        assert got.step.channel is Channel.CALL


def test_catch_up_stops_at_the_formal_notice_not_sent() -> None:
    # Belgian business scenario: formal notice at +30 (14/2), collection file at +60 from the
    # due date (16/3). Closed until 20/3: both are due, the notice is proposed (not passed over)
    # and the collection file waits for the notice's eight days: 21/3 + 9 = Sunday 30/3.
    assert run(one(country="BE"), SHIPPED["be-business"],
               closed=("2025-01-06", "2025-03-20")) == [
        "2025-03-21 formal_notice #4 F1 catch_up skipped=1,2,3",
        "2025-03-31 collection_file #5 F1 step_due",
    ]


NOTICE_THEN_FILE = Scenario("tight", "tight", (
    Step(1, "formal_notice", 30),
    Step(2, "collection_file", 33),
))


@pytest.mark.parametrize(("notice_on", "file_on"), [
    # notice sent on its day (Friday 14/2): the file waits until Sunday 23/2 → Monday 24/2
    ("2025-02-14", "2025-02-24"),
    # notice sent on Monday 17/2 (closed on 14/2): eight days → Wednesday 26/2 is the first
    ("2025-02-17", "2025-02-26"),
])
def test_collection_file_waits_for_the_deadline_of_the_formal_notice(
        notice_on: str, file_on: str) -> None:
    closed = None if notice_on == "2025-02-14" else ("2025-02-14", "2025-02-16")
    assert run(one(), NOTICE_THEN_FILE, closed=closed, start=D("2025-02-01")) == [
        f"{notice_on} formal_notice #1 F1 step_due",
        f"{file_on} collection_file #2 F1 step_due",
    ]

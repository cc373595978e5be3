"""A Belgian consumer (CDE Book XIX, see LEGAL-NOTES § 6): the first reminder is free, and nothing
that claims charges goes out before the 14 calendar days that follow it are over. By post the
days start on the 3rd working day after sending (Monday to Friday, Belgian public holidays
excluded), by e-mail the day after. When several invoices were reminded together, the wait is
counted once, from that reminder (the oldest invoice's); an invoice reminded later, or never,
has its own wait, and no charge is claimed on it before that wait is over.

Each test gives the engine the facts of one day, written by hand (no simulation)."""

from __future__ import annotations

from datetime import date

import pytest

from relance_desktop.domain.dunning import (
    Channel,
    CustomerFacts,
    HistoryEntry,
    InvoiceFacts,
    Scenario,
    SendCalendar,
    Step,
    be_charges_from,
    propose,
)

D = date.fromisoformat
BE = SendCalendar("BE")
# A first reminder letter at +5 and a formal notice (charges) at +10: the legal wait, not the
# scenario, decides when the formal notice may go out.
SHORT = Scenario("be-short", "court", (
    Step(1, "letter", 5, letter_kind="first_reminder"),
    Step(2, "formal_notice", 10),
))
F1 = InvoiceFacts(1, "F1", D("2025-01-10"), 50_000, 50_000)
F2 = InvoiceFacts(2, "F2", D("2025-01-15"), 30_000, 30_000)
F3 = InvoiceFacts(3, "F3", D("2025-01-22"), 20_000, 20_000)


def consumer(*history: HistoryEntry, invoices: tuple[InvoiceFacts, ...] = (F1,)
             ) -> CustomerFacts:
    return CustomerFacts(7, "Jan Peeters", "consumer", "BE", invoices, history=history)


def letter(on: str, *ids: int) -> HistoryEntry:
    return HistoryEntry("be-short", 1, Channel.LETTER, D(on), ids)


def emailed(on: str, *ids: int) -> HistoryEntry:
    return HistoryEntry("be-short", 1, Channel.EMAIL, D(on), ids)


def formal_notice(facts: CustomerFacts, day: str) -> tuple[int, ...] | None:
    p = propose(facts, SHORT, D(day), BE)
    if p is None:
        return None
    assert p.step.channel is Channel.FORMAL_NOTICE, p
    return p.invoice_ids


def test_the_first_reminder_is_free_and_claims_nothing() -> None:
    p = propose(consumer(), SHORT, D("2025-01-15"), BE)
    assert p is not None and p.step.channel is Channel.LETTER
    assert p.free and p.legal_rules == ("BE_CDE_XIX_2",)


def test_the_worked_example_of_the_notes() -> None:
    # Invoice due Mon 11/9/2023, reminder posted Mon 18/9: the days start Thu 21/9, a penalty
    # clause applies from Thu 5/10/2023.
    invoice = InvoiceFacts(1, "F1", D("2023-09-11"), 10_000, 10_000)
    facts = consumer(letter("2023-09-18", 1), invoices=(invoice,))
    assert be_charges_from(facts, invoice) == D("2023-10-05")


@pytest.mark.parametrize(("day", "proposed"), [
    ("2025-02-04", False),  # 13th day of the wait
    ("2025-02-05", False),  # 14th and last day
    ("2025-02-06", True),  # the day after: charges may be claimed
])
def test_by_post_day_13_14_15(day: str, proposed: bool) -> None:
    # Posted Mon 20/1: working days Tue 21, Wed 22, Thu 23 → the 14 days run 23/1 – 5/2.
    facts = consumer(letter("2025-01-20", 1))
    assert (formal_notice(facts, day) is not None) is proposed


def test_by_post_a_public_holiday_is_not_a_working_day() -> None:
    # Posted Thu 17/4/2025: Fri 18 (1st), Easter Monday 21/4 is a holiday, Tue 22 (2nd),
    # Wed 23 (3rd) → the 14 days run 23/4 – 6/5; charges from Wed 7/5.
    invoice = InvoiceFacts(1, "F1", D("2025-04-10"), 50_000, 50_000)
    facts = consumer(letter("2025-04-17", 1), invoices=(invoice,))
    assert be_charges_from(facts, invoice) == D("2025-05-07")
    assert formal_notice(facts, "2025-05-06") is None
    assert formal_notice(facts, "2025-05-07") == (1,)


def test_by_email_a_wait_ending_on_a_weekend_goes_out_on_monday() -> None:
    # E-mailed Fri 17/1: the 14 days run Sat 18/1 – Fri 31/1 (calendar days, weekends
    # included); charges from Sat 1/2, a day nothing is sent: the formal notice waits for Mon 3/2.
    facts = consumer(emailed("2025-01-17", 1))
    assert be_charges_from(facts, F1) == D("2025-02-01")
    assert formal_notice(facts, "2025-01-31") is None
    assert formal_notice(facts, "2025-02-01") is None  # Saturday
    assert formal_notice(facts, "2025-02-03") == (1,)


def test_invoices_reminded_together_share_the_oldest_ones_wait() -> None:
    # F1 and F2 in the same letter (Mon 20/1): one wait, 23/1 – 5/2, for both.
    facts = consumer(letter("2025-01-20", 1, 2), invoices=(F1, F2))
    assert be_charges_from(facts, F1) == be_charges_from(facts, F2) == D("2025-02-06")
    assert formal_notice(facts, "2025-02-05") is None
    assert formal_notice(facts, "2025-02-06") == (1, 2)


def test_an_invoice_reminded_later_keeps_its_own_wait() -> None:
    # F1 reminded Mon 20/1 (its wait ends 5/2); F3, due 22/1, reminded on its own Mon 27/1
    # (working days 28, 29, 30 → its wait runs 30/1 – 12/2). The formal notice of 6/2 claims
    # charges on F1 only; F3 is left out of it until its own wait is over.
    facts = consumer(letter("2025-01-20", 1), letter("2025-01-27", 3), invoices=(F1, F3))
    assert be_charges_from(facts, F3) == D("2025-02-13")
    assert formal_notice(facts, "2025-02-06") == (1,)


def test_an_invoice_never_reminded_is_not_charged() -> None:
    # F3 fell due after F1's reminder and was never reminded: the formal notice leaves it out.
    facts = consumer(letter("2025-01-20", 1), invoices=(F1, F3))
    assert formal_notice(facts, "2025-02-06") == (1,)


def test_a_later_written_step_is_free_for_an_invoice_it_reminds_first() -> None:
    scenario = Scenario("be-two-letters", "deux lettres", (
        Step(1, "letter", 5, letter_kind="first_reminder"),
        Step(2, "letter", 20, letter_kind="second_reminder"),
    ))
    first = HistoryEntry("be-two-letters", 1, Channel.LETTER, D("2025-01-15"), (1,))
    facts = consumer(first, invoices=(F1, F3))
    p = propose(facts, scenario, D("2025-01-30"), BE)
    assert p is not None and p.invoice_ids == (1, 3)
    assert p.free  # F3's first reminder: it claims nothing

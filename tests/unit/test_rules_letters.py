"""Which letter goes to whom, about which invoices, at the boundaries of each rule, on a fresh
company built by hand (never choosing the customer with the function under test): due in exactly
10 and 11 days, paid 30 and 31 days ago, exactly one day late, overdue 15 and 16 days, an open
promise, a dispute, an archived customer."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from relance_desktop.errors import UserFacingError
from relance_desktop.services import letters
from relance_desktop.settings import Settings
from relance_desktop.store.models import (
    Company,
    Customer,
    Dispute,
    Document,
    DocumentInvoice,
    Instalment,
    Invoice,
    Payment,
    PaymentPlan,
    Promise,
)
from relance_desktop.store.session import CompanySession
from tests.unit.test_letters import RATES_2026_S2

TODAY = date(2026, 11, 23)


def day(offset: int) -> date:
    return TODAY + timedelta(days=offset)


def customer(name: str = "Dupont SARL", **fields: object) -> Customer:
    return Customer.create(name=name, email="compta@dupont.example", **fields)


def invoice(who: Customer, number: str, due_in: int, cents: int = 100_00,
            **fields: object) -> Invoice:
    """An invoice of ``who`` falling due ``due_in`` days from today (negative: overdue)."""
    return Invoice.create(customer=who, number=number, issue_date=day(due_in - 30),
                          due_date=day(due_in), amount_cents=cents, **fields)


def numbers(cf: CompanySession, who: Customer, kind: str) -> list[str]:
    return [line.number for line in letters.invoices_for(cf, who.id, kind, TODAY)]


def test_pre_due_reminder_covers_invoices_due_from_today_to_ten_days(cf: CompanySession) -> None:
    who = customer()
    for due_in in (-1, 0, 10, 11):
        invoice(who, f"J{due_in:+d}", due_in)
    paid = invoice(who, "Payée", 5)
    Payment.create(invoice=paid, paid_on=day(-1), amount_cents=100_00)
    cent = invoice(who, "Un centime", 6)
    Payment.create(invoice=cent, paid_on=day(-1), amount_cents=99_99)
    assert numbers(cf, who, "pre-due") == ["J+0", "Un centime", "J+10"]


def test_pre_due_reminder_names_the_invoices_own_due_date(cf: CompanySession) -> None:
    who = customer()
    invoice(who, "F-10", 10)
    produced = letters.prepare_document(cf, who.id, "pre-due", today=TODAY, settings=None)
    assert produced.invoice_ids == (Invoice.get(number="F-10").id,)
    assert "03/12/2026" in produced.email_subject  # 23 November + 10 days
    assert "03/12/2026" in produced.email_body
    invoice(who, "F-2", 2)  # the first one to fall due is the date to announce
    produced = letters.prepare_document(cf, who.id, "pre-due", today=TODAY, settings=None)
    assert "25/11/2026" in produced.email_subject


@pytest.mark.parametrize("kind", ["reminder-1", "reminder-2", "formal-notice", "confirmation",
                                  "payment-plan"])
def test_reminders_are_about_invoices_at_least_one_day_late(cf: CompanySession,
                                                           kind: str) -> None:
    who = customer()
    for due_in in (-30, -1, 0, 5):
        invoice(who, f"J{due_in:+d}", due_in)
    assert numbers(cf, who, kind) == ["J-30", "J-1"]


def test_a_disputed_invoice_or_account_is_not_reminded(cf: CompanySession) -> None:
    who = customer()
    contested = invoice(who, "Contestée", -20)
    invoice(who, "Due", -10)
    Dispute.create(customer=who, invoice=contested, opened_on=day(-5))
    assert numbers(cf, who, "reminder-1") == ["Due"]
    assert numbers(cf, who, "confirmation") == ["Due"]
    assert numbers(cf, who, "statement") == ["Contestée", "Due"]
    Dispute.create(customer=who, opened_on=day(-2))  # the whole account
    for kind in ("reminder-1", "reminder-2", "formal-notice"):
        assert numbers(cf, who, kind) == []
    assert numbers(cf, who, "confirmation") == ["Due"]  # what was promised stays confirmed
    other = customer("Martin")
    invoice(other, "Autre", -10)
    assert numbers(cf, other, "reminder-1") == ["Autre"]


def test_a_resolved_dispute_no_longer_protects(cf: CompanySession) -> None:
    who = customer()
    contested = invoice(who, "Contestée", -20)
    Dispute.create(customer=who, invoice=contested, opened_on=day(-5), status="rejected")
    Dispute.create(customer=who, opened_on=day(-5), status="resolved")
    assert numbers(cf, who, "reminder-1") == ["Contestée"]


def test_thanks_cover_invoices_settled_within_thirty_days(cf: CompanySession) -> None:
    who = customer()
    for paid_ago in (0, 30, 31):
        settled = invoice(who, f"Payée-{paid_ago}", -40)
        Payment.create(invoice=settled, paid_on=day(-paid_ago), amount_cents=100_00)
    partly = invoice(who, "En partie", -40)
    Payment.create(invoice=partly, paid_on=day(-1), amount_cents=99_99)
    invoice(who, "Rien payé", -40)
    assert sorted(numbers(cf, who, "thanks")) == ["Payée-0", "Payée-30"]


def test_statement_and_collection_file_cover_every_unpaid_invoice(cf: CompanySession) -> None:
    who = customer()
    invoice(who, "Échue", -40)
    invoice(who, "À venir", 40)
    Invoice.create(customer=who, number="Avoir", issue_date=day(-5), due_date=day(-5),
                   amount_cents=10_00, kind="credit_note")
    settled = invoice(who, "Soldée", -40)
    Payment.create(invoice=settled, paid_on=day(-1), amount_cents=100_00)
    assert numbers(cf, who, "statement") == ["Échue", "À venir"]
    assert numbers(cf, who, "collection-file") == ["Échue", "À venir"]


def test_customers_for_each_kind(cf: CompanySession) -> None:
    late = customer("En retard")
    invoice(late, "R", -1)
    soon = customer("Bientôt")
    invoice(soon, "B", 10)
    later = customer("Plus tard")
    invoice(later, "P", 11)
    archived = customer("Archivé", archived=True)
    invoice(archived, "A", -10)
    Promise.create(customer=archived, amount_cents=10_00, promised_on=day(1))
    promised = customer("Promesse")
    Promise.create(customer=promised, amount_cents=10_00, promised_on=day(1))
    kept = customer("Tenue")
    Promise.create(customer=kept, amount_cents=10_00, promised_on=day(-10), status="kept")
    planned = customer("Plan")
    PaymentPlan.create(customer=planned, total_cents=100_00)
    ended = customer("Plan fini")
    PaymentPlan.create(customer=ended, total_cents=100_00, status="kept")

    def names(kind: str) -> set[str]:
        return {Customer.get_by_id(cid).name for cid in letters.customers_for(cf, kind, TODAY)}

    assert names("reminder-1") == {"En retard"}
    assert names("pre-due") == {"Bientôt"}
    assert names("collection-file") == {"En retard", "Bientôt", "Plus tard"}
    assert names("confirmation") == {"Promesse"}
    assert names("payment-plan") == {"Plan"}


def test_confirmation_asks_for_the_open_promise(cf: CompanySession) -> None:
    who = customer()
    invoice(who, "F-1", -20, cents=900_00)
    Promise.create(customer=who, amount_cents=400_00, promised_on=day(-10), status="kept",
                   created_at=datetime(2026, 11, 1, 9))
    with pytest.raises(UserFacingError):
        letters.prepare_document(cf, who.id, "confirmation", today=TODAY, settings=None)
    open_one = Promise.create(customer=who, amount_cents=250_00, promised_on=day(3),
                              created_at=datetime(2026, 11, 20, 9))
    produced = letters.prepare_document(cf, who.id, "confirmation", today=TODAY, settings=None)
    assert produced.pay_cents == 250_00
    kept = Promise.get(Promise.status == "kept")
    produced = letters.prepare_document(cf, who.id, "confirmation", today=TODAY, settings=None,
                                        promise_id=kept.id)
    assert produced.pay_cents == 400_00
    assert open_one.id != kept.id
    Promise.create(customer=who, amount_cents=120_00, promised_on=day(6), currency="CHF",
                   created_at=datetime(2026, 11, 22, 9))  # the latest one is confirmed
    produced = letters.prepare_document(cf, who.id, "confirmation", today=TODAY, settings=None)
    assert (produced.pay_cents, produced.currency) == (120_00, "CHF")
    assert "29/11/2026" in str(produced.spec)  # the date of that promise (today + 6 days)


def test_payment_plan_letter_asks_for_the_next_instalment_left(cf: CompanySession) -> None:
    who = customer()
    invoice(who, "F-1", -20, cents=700_00)
    with pytest.raises(UserFacingError):
        letters.prepare_document(cf, who.id, "payment-plan", today=TODAY, settings=None)
    plan = PaymentPlan.create(customer=who, total_cents=650_00)
    Instalment.create(plan=plan, due_on=day(-5), amount_cents=200_00, paid_cents=200_00,
                      status="paid")
    Instalment.create(plan=plan, due_on=day(25), amount_cents=200_00, paid_cents=50_00,
                      status="partial")
    Instalment.create(plan=plan, due_on=day(55), amount_cents=250_00)
    PaymentPlan.create(customer=who, total_cents=999_00, status="cancelled")  # newer, over
    produced = letters.prepare_document(cf, who.id, "payment-plan", today=TODAY, settings=None)
    assert (produced.pay_cents, produced.currency) == (150_00, "EUR")
    assert "650,00" in str(produced.spec)  # the plan's total
    newer = PaymentPlan.create(customer=who, total_cents=100_00, currency="CHF")
    Instalment.create(plan=newer, due_on=day(5), amount_cents=100_00, paid_cents=100_00,
                      status="paid")
    produced = letters.prepare_document(cf, who.id, "payment-plan", today=TODAY, settings=None)
    assert (produced.pay_cents, produced.currency) == (0, "CHF")  # all paid: nothing to ask
    assert "650,00" not in str(produced.spec)  # the letter is about the newest plan
    produced = letters.prepare_document(cf, who.id, "payment-plan", today=TODAY, settings=None,
                                        plan_id=plan.id)  # the one the user chose
    assert (produced.pay_cents, produced.currency) == (150_00, "EUR")


def test_reminder_deadline_is_eight_days_and_nothing_to_write_is_said(
        cf: CompanySession) -> None:
    who = customer()
    invoice(who, "F-1", -20)
    produced = letters.prepare_document(cf, who.id, "reminder-1", today=TODAY, settings=None)
    assert "01/12/2026" in produced.email_body  # 23 November + 8 days
    assert produced.pay_cents == 100_00
    nothing = customer("Rien")
    invoice(nothing, "F-2", 20)
    with pytest.raises(letters.NothingToWrite):
        letters.prepare_document(cf, nothing.id, "reminder-1", today=TODAY, settings=None)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    made = Settings(tmp_path / "settings.json")
    made.set("extra_rates", {"2026-S2": RATES_2026_S2})
    return made


@pytest.mark.parametrize("kind", ["reminder-1", "reminder-2", "formal-notice"])
def test_every_reminder_gives_eight_days(cf: CompanySession, settings: Settings,
                                         kind: str) -> None:
    who = customer()
    invoice(who, "F-1", -20)
    produced = letters.prepare_document(cf, who.id, kind, today=TODAY, settings=settings)
    assert "01/12/2026" in produced.email_body, kind  # 23 November + 8 days
    assert "02/12/2026" not in produced.email_body and "30/11/2026" not in produced.email_body


def names_of(ids: list[int]) -> list[str]:
    return [Customer.get_by_id(cid).name for cid in ids]


def test_candidates_are_overdue_by_more_than_fifteen_days(cf: CompanySession) -> None:
    invoice(customer("Seize jours"), "S", -16)
    invoice(customer("Quinze jours"), "Q", -15)
    assert names_of(letters.candidates(cf, TODAY)) == ["Seize jours"]
    assert names_of(letters.candidates(cf, TODAY, min_days=14)) == ["Quinze jours", "Seize jours"]


def test_an_open_promise_leaves_the_customer_out_of_the_letters(cf: CompanySession) -> None:
    promised = customer("Promesse en cours")
    invoice(promised, "P", -40)
    Promise.create(customer=promised, amount_cents=10_00, promised_on=day(2))
    broken = customer("Promesse non tenue")
    invoice(broken, "N", -40)
    Promise.create(customer=broken, amount_cents=10_00, promised_on=day(-20), status="broken")
    disputed = customer("Litige")
    Dispute.create(customer=disputed, invoice=invoice(disputed, "L", -40), opened_on=day(-1))
    invoice(customer("Archivé", archived=True), "A", -40)
    paid = customer("Payé")
    Payment.create(invoice=invoice(paid, "X", -40), paid_on=day(-1), amount_cents=100_00)
    assert names_of(letters.candidates(cf, TODAY)) == ["Promesse non tenue"]


def test_candidates_by_the_highest_reminder_level(cf: CompanySession) -> None:
    first = customer("Jamais relancé")
    invoice(first, "J", -16)
    second = customer("Relancé deux fois")
    invoice(second, "R1", -40, dunning_level=1)
    invoice(second, "R2", -60, dunning_level=2)
    invoice(second, "R3", -15, dunning_level=3)  # not overdue long enough: not counted
    assert letters.reminder_levels(cf, TODAY) == [(first.id, 0), (second.id, 2)]
    assert names_of(letters.candidates(cf, TODAY, at_level=0)) == ["Jamais relancé"]
    assert names_of(letters.candidates(cf, TODAY, at_level=2)) == ["Relancé deux fois"]


def test_letter_rows_show_what_is_overdue_since_one_day(cf: CompanySession) -> None:
    who = customer()
    invoice(who, "Un jour", -1, cents=100_00, dunning_level=1)
    invoice(who, "Aujourd'hui", 0, cents=900_00, dunning_level=3)
    settled = invoice(who, "Soldée", -90, dunning_level=3)
    Payment.create(invoice=settled, paid_on=day(-1), amount_cents=100_00)
    [row] = letters.letter_rows(cf, [who.id], TODAY)
    assert (row.overdue, row.days_late, row.level) == ({"EUR": 100_00}, 1, 1)
    invoice(who, "Vieille", -16, cents=50_00, dunning_level=2)
    [row] = letters.letter_rows(cf, [who.id], TODAY)
    assert (row.overdue, row.days_late, row.level) == ({"EUR": 150_00}, 16, 2)
    assert letters.letter_rows(cf, [], TODAY) == []


def test_letter_rows_level_counts_invoices_overdue_more_than_fifteen_days(
        cf: CompanySession) -> None:
    who = customer()
    invoice(who, "Seize jours", -16, dunning_level=1)
    invoice(who, "Quinze jours", -15, dunning_level=2)
    not_yet = customer("Pas en retard")
    invoice(not_yet, "À venir", 3, dunning_level=0)
    cent = customer("Un centime")
    Payment.create(invoice=invoice(cent, "C", -3, dunning_level=1), paid_on=day(-1),
                   amount_cents=99_99)
    rows = {row.name: (row.overdue, row.days_late, row.level)
            for row in letters.letter_rows(cf, [who.id, not_yet.id, cent.id], TODAY)}
    assert rows == {"Dupont SARL": ({"EUR": 200_00}, 16, 1), "Pas en retard": ({}, 0, 0),
                    "Un centime": ({"EUR": 1}, 3, 1)}


def test_charges_are_asked_from_the_second_reminder_on(cf: CompanySession,
                                                      settings: Settings) -> None:
    who = customer()
    invoice(who, "F-1", -30)

    def asked(kind: str) -> int:
        return letters.prepare_document(cf, who.id, kind, today=TODAY, settings=settings).pay_cents

    assert asked("reminder-1") == 100_00
    assert asked("statement") == 100_00
    # a French business owes the 40 € indemnity and late interest from the second reminder
    assert asked("reminder-2") >= 100_00 + 40_00 + 1
    assert asked("formal-notice") == asked("reminder-2")
    assert asked("collection-file") == 0  # states the claim, asks nothing
    invoice(who, "F-2", -10)
    produced = letters.prepare_document(cf, who.id, "reminder-1", today=TODAY, settings=settings)
    assert produced.reference == "RF98 F1"  # ISO 11649 reference of the oldest invoice
    statement = letters.prepare_document(cf, who.id, "statement", today=TODAY,
                                         settings=settings)
    assert "01/12/2026" in str(statement.spec)  # 8 days to answer


def test_a_letter_asks_in_the_currency_of_the_oldest_invoice(cf: CompanySession) -> None:
    who = customer()
    invoice(who, "EUR-1", -40, cents=100_00)
    invoice(who, "EUR-2", -30, cents=50_00)
    invoice(who, "CHF-1", -20, cents=7_00, currency="CHF")
    produced = letters.prepare_document(cf, who.id, "reminder-1", today=TODAY, settings=None)
    assert (produced.currency, produced.pay_cents) == ("EUR", 150_00)


def test_belgian_consumers_first_reminder_waits_the_fourteen_days(cf: CompanySession) -> None:
    Company.update(country="BE").execute()
    who = customer("Janssens", kind="consumer", country="BE")
    invoice(who, "F-1", -30)
    produced = letters.prepare_document(cf, who.id, "reminder-1", today=TODAY, settings=None)
    # sent Monday 23 November: the 14 days run from the third working day (26 November)
    assert "9/12/2026" in produced.email_body
    assert produced.pay_cents == 100_00  # the first reminder is free


def test_a_belgian_consumers_second_reminder_waits_for_the_end_of_the_first_ones_delay(
        cf: CompanySession, settings: Settings) -> None:
    Company.update(country="BE").execute()
    who = customer("Janssens", kind="consumer", country="BE")
    reminded = invoice(who, "F-1", -40)
    invoice(who, "F-2", -30)  # never reminded: no delay of its own
    document = Document.create(customer=who, kind="reminder-1",
                               created_at=datetime(2026, 11, 20, 10))
    DocumentInvoice.create(document=document, invoice=reminded)
    produced = letters.prepare_document(cf, who.id, "reminder-2", today=TODAY, settings=settings)
    # F-1 reminded Friday 20 November by post: 14 days from the third working day (25 November)
    assert "8/12/2026" in produced.email_body


def test_a_statement_lists_everything_and_asks_only_what_is_due(cf: CompanySession) -> None:
    who = customer()
    invoice(who, "Échue hier", -1, cents=100_00)
    invoice(who, "Due demain", 1, cents=50_00)
    invoice(who, "En francs", 5, cents=7_00, currency="CHF")
    produced = letters.prepare_document(cf, who.id, "statement", today=TODAY, settings=None)
    assert (produced.currency, produced.pay_cents) == ("EUR", 100_00)

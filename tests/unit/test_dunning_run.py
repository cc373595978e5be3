"""Carrying out the day's dunning actions, and the service's small readers and writers for the
windows (scenario choice, stops, rules). SQLite, or PostgreSQL with --engine postgres."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from relance_desktop.domain.dunning import Assignment, Channel, Rule, Step
from relance_desktop.domain.dunning.model import Anchor, LetterKind, Proposal
from relance_desktop.services import dunning, dunning_run, mailer
from relance_desktop.services.queue import Section, today_queue
from relance_desktop.store.models import Customer, Invoice
from relance_desktop.store.session import CompanySession
from tests.helpers import with_letter_details

MONDAY = date(2026, 11, 23)
NOW = datetime.combine(MONDAY, time(10, 0))


def owing(name: str, days_late: int, cents: int = 100_000) -> int:
    person = Customer.create(name=name, email="compta@client.example")
    due = MONDAY - timedelta(days=days_late)
    Invoice.create(customer=person, number=f"F-{name[:3]}", issue_date=due - timedelta(days=30),
                   due_date=due, amount_cents=cents)
    return int(person.id)


def proposal(channel: Channel, kind: LetterKind = LetterKind.NONE) -> Proposal:
    anchor = Anchor.PAYMENT if channel is Channel.THANKS else Anchor.DUE
    return Proposal(1, "fr-business", Step(1, channel, 0, anchor, kind), "step_due", MONDAY,
                    (1,), 100)


@pytest.mark.parametrize(("channel", "kind", "way", "document"), [
    (Channel.EMAIL, LetterKind.COURTESY, "email", "pre-due"),
    (Channel.EMAIL, LetterKind.FIRST, "email", "reminder-1"),
    (Channel.LETTER, LetterKind.SECOND, "letter", "reminder-2"),
    (Channel.LETTER, LetterKind.NONE, "letter", "reminder-1"),
    (Channel.FORMAL_NOTICE, LetterKind.NONE, "letter", "formal-notice"),
    (Channel.STATEMENT, LetterKind.NONE, "letter", "statement"),
    (Channel.COLLECTION_FILE, LetterKind.NONE, "letter", "collection-file"),
    (Channel.THANKS, LetterKind.NONE, "email", "thanks"),
    (Channel.CALL, LetterKind.NONE, "call", "reminder-1"),
    (Channel.SMS, LetterKind.NONE, "sms", "reminder-1"),
])
def test_each_channel_goes_out_its_own_way(channel: Channel, kind: LetterKind, way: str,
                                           document: str) -> None:
    p = proposal(channel, kind)
    assert (dunning_run.delivery(p), dunning_run.document_kind(p)) == (way, document)


def test_a_call_is_handed_to_today_and_done(cf: CompanySession) -> None:
    customer = owing("Garage Martin", 5)
    (action,) = dunning.day_actions(cf, MONDAY)
    assert action.proposal.step.channel is Channel.CALL
    dunning_run.hand_call_to_today(cf, action, MONDAY, NOW)
    rows = {r.customer_id: r for r in today_queue(cf, NOW)}
    assert rows[customer].section is Section.CALL_BACK
    assert dunning.day_actions(cf, MONDAY) == []


def test_cancel_before_the_first_email_sends_and_records_nothing(cf: CompanySession) -> None:
    owing("Atelier Petit", -5)
    (action,) = dunning.day_actions(cf, MONDAY)
    smtp = mailer.SmtpSettings(host="127.0.0.1", port=1, security="none", user="",
                               sender="relances@example.fr", sender_name="")
    run = dunning_run.send_emails(cf, [action], dunning_run.Writing(MONDAY, None), now=NOW,
                                  smtp=smtp, password=None, progress=lambda done, total: False)
    assert run.cancelled and run.sent == [] and run.failed == []
    assert [a.customer_name for a in dunning.day_actions(cf, MONDAY)] == ["Atelier Petit"]


def test_choice_stops_and_rules_read_back(cf: CompanySession) -> None:
    customer = owing("Garage Martin", 5)
    assert dunning.choice_of(cf, customer) is None
    assert dunning.scenario_for(cf, customer, MONDAY) == "fr-business"
    dunning.install_shipped(cf)
    dunning.choose(cf, customer, "fr-consumer")
    assert dunning.choice_of(cf, customer) == "fr-consumer"
    assert dunning.scenario_for(cf, customer, MONDAY) == "fr-consumer"
    dunning.stop(cf, customer, "ended yesterday", MONDAY - timedelta(days=1))
    dunning.stop(cf, customer, "Litige", MONDAY + timedelta(days=3))
    assert [s.reason for s in dunning.stops_of(cf, customer, MONDAY)] == ["Litige"]
    assert dunning.stops_of(cf, customer, MONDAY + timedelta(days=4)) == []
    dunning.save_assignment(cf, Assignment((Rule("be-business", country="BE"),), "fr-consumer"))
    _known, assignment = dunning.scenarios(cf)
    assert assignment == Assignment((Rule("be-business", country="BE"),), "fr-consumer")
    with pytest.raises(ValueError, match="nowhere"):
        dunning.save_assignment(cf, Assignment((Rule("nowhere"),), "fr-consumer"))
    assert dunning.scenarios(cf)[1] == assignment  # nothing half-written


def test_cancelled_letters_record_nothing(cf: CompanySession, tmp_path: Path) -> None:
    with_letter_details(cf)
    owing("Boulangerie Durand", 16)
    (action,) = dunning.day_actions(cf, MONDAY)
    assert dunning_run.delivery(action.proposal) == "letter"
    run = dunning_run.produce_letters(cf, [action], dunning_run.Writing(MONDAY, None),
                                      tmp_path, progress=lambda done, total: False)
    assert run.done == [] and run.files == []
    assert [a.customer_name for a in dunning.day_actions(cf, MONDAY)] == ["Boulangerie Durand"]
    assert list(tmp_path.glob("*.pdf")) == []


def test_an_sms_says_what_is_owed_in_the_customers_language(cf: CompanySession) -> None:
    from relance_desktop.services.dunning import CoveredInvoice, DayAction
    from relance_desktop.translators import translate_for

    customer = owing("Klant Peeters", 10, 12_345)
    Customer.update(mobile="+32 470 12 34 56", language="nl").where(
        Customer.id == customer).execute()
    action = DayAction(customer, "Klant Peeters", proposal(Channel.SMS),
                       (CoveredInvoice(1, "F-Kla", MONDAY, 12_345),))
    number, text = dunning_run.sms_text(cf, action, money=lambda c: f"{c / 100:.2f} €",
                                        translate_for=translate_for)
    assert number == "+32 470 12 34 56"
    assert "123.45 €" in text and "F-Kla" in text and "Test SARL" in text
    assert "Merci" not in text  # Dutch


def test_a_call_handed_to_today_is_done_when_the_call_is_logged(cf: CompanySession) -> None:
    from relance_desktop.services import calls

    customer = owing("Garage Martin", 5)
    (action,) = dunning.day_actions(cf, MONDAY)
    dunning_run.hand_call_to_today(cf, action, MONDAY, NOW)
    # Handed over, not made yet: not in the history as done, and not proposed again meanwhile.
    assert [(h.position, h.outcome.value) for h in dunning.history(cf, customer)] == [
        (1, "skipped"), (2, "pending")]
    for later in (0, 1, 3):
        assert dunning.day_actions(cf, MONDAY + timedelta(days=later)) == []
    wednesday = datetime.combine(MONDAY + timedelta(days=2), time(11, 0))
    call = calls.finish_call(cf, calls.CallDraft(customer, outcome="no_answer",
                                                 started_at=wednesday), user_id=None)
    done = [h for h in dunning.history(cf, customer) if h.outcome.value == "done"]
    assert [(h.scenario, h.position, h.channel, h.on) for h in done] == [
        ("fr-business", 2, Channel.CALL, wednesday.date())]
    assert cf.scalar("SELECT interaction_id FROM dunning_action WHERE outcome = 'done'") == call
    # Never proposed twice: the next step (the letter at +15) is the next thing to come.
    ahead = [dunning.day_actions(cf, MONDAY + timedelta(days=n)) for n in range(1, 10)]
    assert all(a.proposal.step.position != 2 for day in ahead for a in day)
    (letter,) = dunning.day_actions(cf, MONDAY + timedelta(days=10))
    assert letter.proposal.step.channel is Channel.LETTER


def test_a_call_logged_before_the_hand_over_does_not_count(cf: CompanySession) -> None:
    from relance_desktop.services import calls

    customer = owing("Garage Martin", 5)
    friday = datetime.combine(MONDAY - timedelta(days=3), time(11, 0))
    calls.finish_call(cf, calls.CallDraft(customer, outcome="no_answer", started_at=friday),
                      user_id=None, at=friday)
    (action,) = dunning.day_actions(cf, MONDAY)
    dunning_run.hand_call_to_today(cf, action, MONDAY, NOW)
    assert [h.outcome.value for h in dunning.history(cf, customer)] == ["skipped", "pending"]

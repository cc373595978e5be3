"""Carrying out the day's dunning actions (« Actions du jour »), once a person validated them.

Each proposal goes out by the means its channel calls for (:func:`delivery`):

- ``email``: the document of the step (:func:`document_kind`) is prepared in the customer's
  language, its PDF attached to the e-mail its templates write (the user may have edited the
  subject and text); the e-mails go out one by one through :mod:`services.mailer`
  (:func:`send_emails`: progress, cancel; a failure keeps the e-mail as an ``.eml`` draft and the
  step stays to do);
- ``letter``: the documents go through the letter batch (:func:`services.letter_batch.produce`,
  all or nothing, recorded in the history) — :func:`produce_letters`;
- ``call``: a call-back task due now, which the « Aujourd'hui » queue shows
  (:func:`hand_call_to_today`); the step is pending until the call is logged, then done;
- ``sms``: the user sends the text from their own phone; validating records it.

Every step carried out is recorded with :func:`services.dunning.record_done` (a call handed
over with :func:`services.dunning.record_handed`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from relance_desktop.domain.dunning import Channel, Proposal
from relance_desktop.domain.dunning.model import LetterKind
from relance_desktop.errors import UserFacingError
from relance_desktop.i18n import QT_TRANSLATE_NOOP
from relance_desktop.services import calls, letter_batch, letters, mailer
from relance_desktop.services.dunning import DayAction, record_done, record_handed
from relance_desktop.store.session import CompanySession, in_session

EMAIL, LETTER, CALL, SMS = "email", "letter", "call", "sms"

_DELIVERY = {
    Channel.EMAIL: EMAIL, Channel.THANKS: EMAIL, Channel.LETTER: LETTER,
    Channel.FORMAL_NOTICE: LETTER, Channel.STATEMENT: LETTER, Channel.COLLECTION_FILE: LETTER,
    Channel.CALL: CALL, Channel.SMS: SMS,
}
_KIND_OF_CHANNEL = {
    Channel.FORMAL_NOTICE: "formal-notice", Channel.STATEMENT: "statement",
    Channel.COLLECTION_FILE: "collection-file", Channel.THANKS: "thanks",
}
_KIND_OF_TONE = {LetterKind.COURTESY: "pre-due", LetterKind.FIRST: "reminder-1",
                 LetterKind.SECOND: "reminder-2", LetterKind.NONE: "reminder-1"}


def delivery(proposal: Proposal) -> str:
    """How the proposal goes out: ``email``, ``letter``, ``call`` or ``sms``."""
    return _DELIVERY[proposal.step.channel]


def document_kind(proposal: Proposal) -> str:
    """The document (one of :data:`services.letters.KINDS`) an e-mail or a letter carries."""
    return _KIND_OF_CHANNEL.get(proposal.step.channel) or _KIND_OF_TONE[proposal.step.letter_kind]


@in_session
def hand_call_to_today(cf: CompanySession, action: DayAction, today: date, now: datetime,
                       *, user_id: int | None = None) -> int:
    """A call-back task due now (« Aujourd'hui » lists it); the step is pending until the call
    is logged (then done, with the call: :func:`services.dunning.call_logged`)."""
    note = action.proposal.step.note or "Appel prévu par le scénario de relance"
    with cf.atomic():
        calls.schedule_call_back(cf, action.customer_id, at=now, now_at=now, note=note,
                                 user_id=user_id)
        return record_handed(cf, action, today, note=note)


SMS_TEXT = QT_TRANSLATE_NOOP(
    "dunning", "{company} : sauf erreur, {amount} restent dus (factures n° {numbers}). Merci "
    "de régler ou de nous appeler.")


@in_session
def sms_text(cf: CompanySession, action: DayAction, *, money: Callable[[int], str],
             translate_for: Any = None) -> tuple[str, str]:
    """(the number to write to, the text) of an ``sms`` step, in the customer's language."""
    from relance_desktop.services import customers

    card = customers.customer_input(cf, action.customer_id)
    text = SMS_TEXT
    if translate_for is not None:
        text = translate_for((card.language or "fr")[:2])("dunning", SMS_TEXT)
    return card.mobile or card.phone, text.format(
        company=cf.company.name, amount=money(sum(i.due_cents for i in action.invoices)),
        numbers=", ".join(i.number for i in action.invoices))


@in_session
def record_sms(cf: CompanySession, action: DayAction, today: date) -> int:
    """The user sent the text from their phone: the step is done."""
    return record_done(cf, action, today)


@dataclass(frozen=True)
class Writing:
    """What a document step needs besides the company: the day, the app's settings, the
    user's name and the translations (as for :func:`services.letters.prepare_document`)."""

    today: date
    settings: Any
    user_name: str = ""
    translate_for: Any = None


def _prepare(cf: CompanySession, action: DayAction, writing: Writing) -> letters.Produced:
    return letters.prepare_document(
        cf, action.customer_id, document_kind(action.proposal), today=writing.today,
        settings=writing.settings, user_name=writing.user_name,
        translate_for=writing.translate_for)


@in_session
def draft_email(cf: CompanySession, action: DayAction, writing: Writing,
                text: tuple[str, str] | None = None) -> mailer.Outgoing:
    """The e-mail of an ``email`` step: recipients, subject and text from the templates (or
    ``text``, the user's edited subject and body), the document's PDF attached."""
    produced = _prepare(cf, action, writing)
    subject, body = text if text is not None else (produced.email_subject, produced.email_body)
    to = [a for a in mailer.split_addresses(produced.email_to)] or mailer.recipients_of(
        cf, action.customer_id)
    return mailer.Outgoing(to=to, subject=subject, body=body,
                           attachments=[(produced.file_name, letters.draw(produced),
                                         "application/pdf")])


@dataclass
class EmailRun:
    """What a batch of e-mails did: the customers sent to, the failures (customer, reason,
    draft kept or None) and whether it was cancelled before the end."""

    sent: list[str] = field(default_factory=list)
    failed: list[tuple[str, str, Path | None]] = field(default_factory=list)
    cancelled: bool = False


@in_session
def send_emails(cf: CompanySession, actions: Sequence[DayAction], writing: Writing, *,
                now: datetime, smtp: mailer.SmtpSettings, password: str | None,
                texts: Mapping[int, tuple[str, str]] | None = None,
                progress: Callable[[int, int], bool] | None = None,
                message_of: Callable[[UserFacingError], str] = str) -> EmailRun:
    """Send the e-mails of ``actions`` one by one; each one sent is recorded in the history and
    its step done. A failure keeps the e-mail as a draft; ``progress(done, total)`` returning
    False stops before the next one."""
    run = EmailRun()
    texts = texts or {}
    for n, action in enumerate(actions):
        if progress is not None and not progress(n, len(actions)):
            run.cancelled = True
            break
        message = None
        try:
            outgoing = draft_email(cf, action, writing, texts.get(action.customer_id))
            message = mailer.build_message(outgoing, smtp, at=now)
            mailer.check_outgoing(outgoing)
            mailer.send(message, smtp, password)
        except UserFacingError as exc:
            draft = None
            if message is not None:
                try:
                    draft = mailer.save_eml(message, mailer.drafts_dir(), at=now)
                except OSError:
                    draft = None
            run.failed.append((action.customer_name, message_of(exc), draft))
            continue
        interaction = mailer.record_sent(cf, action.customer_id, message, at=now)
        record_done(cf, action, writing.today, interaction_id=interaction)
        run.sent.append(action.customer_name)
    if progress is not None and not run.cancelled:
        progress(len(actions), len(actions))
    return run


@dataclass
class LetterRun:
    """What a batch of letters did: files written, the customers whose step is done, and the
    customers the document had nothing to say about (their step stays to do)."""

    files: list[Path] = field(default_factory=list)
    done: list[str] = field(default_factory=list)
    nothing: list[str] = field(default_factory=list)


@in_session
def produce_letters(cf: CompanySession, actions: Sequence[DayAction], writing: Writing,
                    out: Path, *, progress: Callable[[int, int], bool] | None = None
                    ) -> LetterRun:
    """The documents of ``actions`` through the letter batch, one batch per kind of document
    (all or nothing each); the steps of the customers written to are done. Cancelled
    (``progress`` returning False): what was not produced stays to do."""
    from relance_desktop.reports.render import Cancelled

    run = LetterRun()
    by_kind: dict[str, list[DayAction]] = defaultdict(list)
    for action in actions:
        kind = document_kind(action.proposal)
        if kind in letters.ASKS_PAYMENT and not letters.invoices_for(
                cf, action.customer_id, kind, writing.today):
            run.nothing.append(action.customer_name)
        else:
            by_kind[kind].append(action)
    total, base = sum(len(v) for v in by_kind.values()), 0
    for kind, group in by_kind.items():
        offset = base

        def step(i: int, offset: int = offset) -> bool:
            return progress is None or progress(offset + i + 1, total)

        try:
            result = letter_batch.produce(
                cf, kind, [a.customer_id for a in group], out, today=writing.today,
                settings=writing.settings, user_name=writing.user_name,
                translate_for=writing.translate_for, progress=step)
        except Cancelled:
            break
        run.files.extend(result.files)
        with cf.atomic():  # one transaction for the group's steps, not one per letter
            for action in group:
                record_done(cf, action, writing.today)
                run.done.append(action.customer_name)
        base += len(group)
    return run

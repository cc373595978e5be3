"""The plain data of the dunning engine: scenarios and their steps, the facts about one customer
that the engine reads, and what it proposes.

Amounts are integer cents; dates are calendar dates. Every class is frozen: the engine never
changes what it is given.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import NamedTuple


class Channel(StrEnum):
    """How a step reaches the customer."""

    CALL = "call"
    EMAIL = "email"
    LETTER = "letter"
    FORMAL_NOTICE = "formal_notice"  # mise en demeure / ingebrekestelling
    STATEMENT = "statement"  # statement of account
    SMS = "sms"  # a text the user sends from their own phone
    COLLECTION_FILE = "collection_file"  # the file handed to a collector or a court
    THANKS = "thanks"  # after payment


class LetterKind(StrEnum):
    """The tone of an e-mail or a letter."""

    NONE = ""
    COURTESY = "courtesy"
    FIRST = "first_reminder"
    SECOND = "second_reminder"


class Anchor(StrEnum):
    """What a step's offset counts from."""

    DUE = "due"  # the due date of the oldest unpaid invoice (negative offset: before it)
    PREVIOUS = "previous"  # the day the previous step was done
    PAYMENT = "payment"  # thanks: the day the invoice was settled


#: Channels that write to the customer on a durable medium (a Belgian consumer's first
#: reminder may be any of them: letter, e-mail or SMS).
WRITTEN = frozenset({Channel.EMAIL, Channel.LETTER, Channel.FORMAL_NOTICE, Channel.STATEMENT,
                     Channel.SMS})
#: Channels whose document claims charges (interest, indemnity) by default.
CHARGING = frozenset({Channel.FORMAL_NOTICE, Channel.COLLECTION_FILE})


@dataclass(frozen=True)
class Step:
    """One step of a scenario.

    ``offset_days`` counts from ``anchor``; ``min_amount_cents``: the step applies only when what
    the invoices it would cover still owe reaches it. ``automatic`` is allowed only for courtesy
    e-mails (nothing else leaves without a person's validation). ``repeat_every_days`` /
    ``repeat_max``: the step comes back every N days, at most M more times, until the next step is
    due. ``claims_charges``: the document adds interest or an indemnity (held for a Belgian
    consumer until the legal wait is over); by default true for a formal notice and a
    collection file.
    """

    position: int
    channel: Channel
    offset_days: int
    anchor: Anchor = Anchor.DUE
    letter_kind: LetterKind = LetterKind.NONE
    min_amount_cents: int = 0
    automatic: bool = False
    repeat_every_days: int = 0
    repeat_max: int = 0
    claims_charges: bool | None = None
    note: str = ""  # what the step is for, in the product's words
    rule: str = ""  # the stable codes of the legal rules it relies on, space-separated

    def __post_init__(self) -> None:
        object.__setattr__(self, "channel", Channel(self.channel))
        object.__setattr__(self, "anchor", Anchor(self.anchor))
        object.__setattr__(self, "letter_kind", LetterKind(self.letter_kind))
        if self.claims_charges is None:
            object.__setattr__(self, "claims_charges", self.channel in CHARGING)
        if self.automatic and not (self.channel is Channel.EMAIL
                                   and self.letter_kind is LetterKind.COURTESY):
            raise ValueError(f"step {self.position}: only a courtesy e-mail can be automatic")
        if (self.repeat_every_days < 0 or self.repeat_max < 0
                or bool(self.repeat_every_days) != bool(self.repeat_max)):
            raise ValueError(f"step {self.position}: a repeat needs both N days and M times > 0")
        if self.min_amount_cents < 0:
            raise ValueError(f"step {self.position}: the minimum amount must not be negative")
        if (self.channel is Channel.THANKS) != (self.anchor is Anchor.PAYMENT):
            raise ValueError(f"step {self.position}: thanks, and only thanks, counts from payment")

    @property
    def repeats(self) -> bool:
        return self.repeat_every_days > 0


@dataclass(frozen=True)
class Scenario:
    """An ordered list of steps, with a stable ``key`` (what the history refers to)."""

    key: str
    name: str
    steps: tuple[Step, ...]
    legal_note: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "steps", tuple(sorted(self.steps, key=lambda s: s.position)))
        positions = [s.position for s in self.steps]
        if len(set(positions)) != len(positions):
            raise ValueError(f"scenario {self.key}: two steps at the same position")
        if sum(s.channel is Channel.THANKS for s in self.steps) > 1:
            raise ValueError(f"scenario {self.key}: at most one thanks step")
        chase = tuple(s for s in self.steps if s.channel is not Channel.THANKS)
        offsets: dict[int, int] = {}
        previous = 0
        for step in chase:
            previous = (step.offset_days if step.anchor is Anchor.DUE
                        else previous + step.offset_days)
            offsets[step.position] = previous
        object.__setattr__(self, "_chase", chase)
        object.__setattr__(self, "_offsets", offsets)

    @property
    def chase_steps(self) -> tuple[Step, ...]:
        """The steps that chase an unpaid invoice (all but thanks), in order."""
        return self._chase  # type: ignore[attr-defined,no-any-return]

    @property
    def offsets_from_due(self) -> dict[int, int]:
        """Each chase step's offset from the due date when every step is done on its day."""
        return self._offsets  # type: ignore[attr-defined,no-any-return]

    @property
    def thanks_step(self) -> Step | None:
        return next((s for s in self.steps if s.channel is Channel.THANKS), None)


# --- Facts about one customer ---------------------------------------------------------------


class InvoiceFacts(NamedTuple):
    """One invoice as of today: ``due_cents`` is what is still owed (from the balance view);
    ``settled_on`` the day it was paid in full (None while something is owed). A named tuple:
    a book makes tens of thousands of them each morning."""

    id: int
    number: str
    due_date: date
    amount_cents: int
    due_cents: int
    settled_on: date | None = None
    issue_date: date | None = None


@dataclass(frozen=True)
class PaymentFacts:
    invoice_id: int
    paid_on: date
    amount_cents: int


@dataclass(frozen=True)
class PromiseFacts:
    """A promise to pay by ``promised_on``; it holds the chase until ``promised_on`` +
    ``grace_days`` while its status is « open ». ``invoice_id`` None: the whole account."""

    promised_on: date
    status: str = "open"  # open / kept / broken / partial
    invoice_id: int | None = None
    grace_days: int = 3

    def running(self, today: date) -> bool:
        return self.status == "open" and today.toordinal() <= (
            self.promised_on.toordinal() + self.grace_days)


@dataclass(frozen=True)
class PlanFacts:
    """A payment plan of the whole account; « active » means it is being kept."""

    status: str = "active"  # active / kept / broken / cancelled

    @property
    def being_kept(self) -> bool:
        return self.status == "active"


@dataclass(frozen=True)
class DisputeFacts:
    opened_on: date
    status: str = "open"  # open / resolved / rejected
    invoice_id: int | None = None  # None: the whole account


@dataclass(frozen=True)
class Stop:
    """The user stopped the chase of a customer (``invoice_id`` None) or of one invoice, for a
    reason, until ``until`` included (None: until lifted)."""

    reason: str
    until: date | None = None
    invoice_id: int | None = None

    def active(self, today: date) -> bool:
        return self.until is None or today <= self.until


class Outcome(StrEnum):
    DONE = "done"
    SKIPPED = "skipped"
    #: handed over to be done by a person later (a call put in « Aujourd'hui »): the step is
    #: not proposed again, and becomes done when the person records it (the call is logged)
    PENDING = "pending"


class HistoryEntry(NamedTuple):
    """A step of a scenario done (or skipped) on ``on`` for ``invoice_ids`` (a named tuple, as
    :class:`InvoiceFacts`; give it a :class:`Channel` and an :class:`Outcome`)."""

    scenario: str
    position: int
    channel: Channel
    on: date
    invoice_ids: tuple[int, ...]
    outcome: Outcome = Outcome.DONE
    reason: str = ""  # why it was skipped, when the engine needs to know (a call not made)


@dataclass(frozen=True)
class CustomerFacts:
    """Everything the engine reads about one customer. ``kind``: business / sole_trader /
    consumer / public_body; ``country``: "FR" or "BE" (a Belgian consumer gets Book XIX);
    ``last_contact``: the last call, e-mail or letter recorded outside the scenarios;
    ``call_planned``: a call-back is still open for the customer (a call step handed to
    « Aujourd'hui » waits for it; once it is closed without a call, the step no longer holds)."""

    id: int
    name: str
    kind: str
    country: str
    invoices: tuple[InvoiceFacts, ...] = ()
    payments: tuple[PaymentFacts, ...] = ()
    promises: tuple[PromiseFacts, ...] = ()
    plans: tuple[PlanFacts, ...] = ()
    disputes: tuple[DisputeFacts, ...] = ()
    stops: tuple[Stop, ...] = ()
    history: tuple[HistoryEntry, ...] = ()
    tags: frozenset[str] = frozenset()
    scenario_choice: str | None = None  # the user chose this scenario for the customer
    last_contact: date | None = None
    call_planned: bool = True

    @property
    def is_be_consumer(self) -> bool:
        return self.country == "BE" and self.kind == "consumer"


# --- What the engine says -------------------------------------------------------------------


@dataclass(frozen=True)
class SkippedStep:
    """A step that was due while nobody acted on it (the app was closed), passed over because a
    later step is due now. Recorded as skipped when the proposal is carried out."""

    scenario: str
    position: int
    channel: Channel
    due_on: date


@dataclass(frozen=True)
class Proposal:
    """The one action proposed today for a customer.

    ``reason``: a stable code (``step_due``, ``step_repeat``, ``catch_up``, ``thanks``,
    ``be_free_first_reminder``); ``due_on``: the day the step became due; ``invoice_ids``: every
    invoice it covers (oldest due first); ``amount_cents``: what they still owe. ``free``: a
    Belgian consumer's first reminder, which may claim nothing (CDE XIX.2). ``legal_rules``:
    the stable codes of the rules that shaped it.
    """

    customer_id: int
    scenario: str
    step: Step
    reason: str
    due_on: date
    invoice_ids: tuple[int, ...]
    amount_cents: int
    skipped: tuple[SkippedStep, ...] = ()
    free: bool = False
    legal_rules: tuple[str, ...] = ()
    tone: str = ""  # the customer profile's category (tunes the script)

    @property
    def automatic(self) -> bool:
        return self.step.automatic

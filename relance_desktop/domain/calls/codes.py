"""Codes stored in the company file for calls and what they lead to."""

from __future__ import annotations

from enum import StrEnum


class Outcome(StrEnum):
    """How a call went (``interaction.outcome``)."""

    REACHED = "reached"
    NO_ANSWER = "no_answer"
    VOICEMAIL = "voicemail"
    WRONG_NUMBER = "wrong_number"
    REFUSED = "refused"
    CALL_BACK_LATER = "call_back"


class Objection(StrEnum):
    """The reason the customer gives for not paying (``interaction.reason``)."""

    NOT_RECEIVED = "not_received"
    DISPUTED = "disputed"
    FORGOT = "forgot"
    CASH_FLOW = "cash_flow"
    AWAITING_APPROVAL = "awaiting_approval"
    WRONG_PERSON = "wrong_person"
    ALREADY_PAID = "already_paid"


class ObjectionAction(StrEnum):
    """What the call sheet offers to do once the customer gave a reason."""

    SEND_COPY = "send_copy"
    OPEN_DISPUTE = "open_dispute"
    PROMISE = "promise"
    PAYMENT_PLAN = "payment_plan"
    CLAIMED_PAYMENT = "claimed_payment"
    NEW_CONTACT = "new_contact"
    HOW_IT_PAYS = "how_it_pays"


OBJECTION_ACTIONS: dict[Objection, tuple[ObjectionAction, ...]] = {
    Objection.NOT_RECEIVED: (ObjectionAction.SEND_COPY, ObjectionAction.PROMISE),
    Objection.DISPUTED: (ObjectionAction.OPEN_DISPUTE,),
    Objection.FORGOT: (ObjectionAction.PROMISE,),
    Objection.CASH_FLOW: (ObjectionAction.PAYMENT_PLAN, ObjectionAction.PROMISE),
    Objection.AWAITING_APPROVAL: (ObjectionAction.HOW_IT_PAYS, ObjectionAction.NEW_CONTACT),
    Objection.WRONG_PERSON: (ObjectionAction.NEW_CONTACT,),
    Objection.ALREADY_PAID: (ObjectionAction.CLAIMED_PAYMENT,),
}


class PromiseStatus(StrEnum):
    OPEN = "open"
    KEPT = "kept"
    PARTIAL = "partial"  # partly kept: something paid, less than promised, deadline passed
    BROKEN = "broken"
    CANCELLED = "cancelled"  # corrected: replaced by a new entry


class PlanStatus(StrEnum):
    ACTIVE = "active"
    KEPT = "kept"
    BROKEN = "broken"
    CANCELLED = "cancelled"


class InstalmentStatus(StrEnum):
    OPEN = "open"
    PAID = "paid"
    PARTIAL = "partial"
    LATE = "late"


class DisputeStatus(StrEnum):
    OPEN = "open"
    RESOLVED = "resolved"  # settled in the customer's favour or by agreement
    REJECTED = "rejected"  # the claim stands: chasing resumes


class TaskKind(StrEnum):
    CALL_BACK = "call_back"
    CHECK_PAYMENT = "check_payment"
    SEND_LETTER = "send_letter"


class Period(StrEnum):
    """Spacing of payment-plan instalments."""

    WEEK = "week"
    FORTNIGHT = "fortnight"
    MONTH = "month"


class Step(StrEnum):
    """The call sheet's steps, in order."""

    PREPARE = "prepare"
    INTRODUCE = "introduce"
    LISTEN = "listen"
    NEGOTIATE = "negotiate"
    CONCLUDE = "conclude"
    DOCUMENT = "document"


class Tone(StrEnum):
    """How the script speaks to this customer (seed advice: not everyone alike)."""

    LOYAL = "loyal"  # usually pays on time: late once, empathetic reminder
    CHRONIC = "chronic"  # often late or broke promises: firm, precise, dated
    STANDARD = "standard"


class Audience(StrEnum):
    BUSINESS = "business"  # companies and public bodies: an employee answers, respect the circuit
    SMALL = "small"  # sole traders: one person doing everything, empathy and a workable solution
    CONSUMER = "consumer"  # private person: plain words, no legal threats


class ObjectiveKind(StrEnum):
    PAY_NOW = "pay_now"  # small, undisputed debt: payment now or within days
    FIRM_DATE = "firm_date"  # larger debt: a firm date for the whole amount
    PLAN = "plan"  # large or the customer struggles: an agreed schedule
    ACTION_PLAN = "action_plan"  # disputed: agree on the steps that settle the dispute
    UNDERSTAND = "understand"  # first contact, nothing known: find out why it is unpaid

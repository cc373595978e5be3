"""The objective proposed for a call, from what is owed and how the customer behaved.

:func:`propose_objective` rule, first match wins (amounts undisputed and still due):

1. **disputed** → agree with the customer on the steps that settle the dispute (action plan);
2. **small debt** (≤ ``small_debt_cents``, default 500 €) → payment now: today or tomorrow;
3. **repeated broken promises** (2 or more) or a **chronic** payer → a short, precise commitment:
   the whole amount on a firm date within 7 days (or, for a large debt, a first payment on a
   firm date within 7 days);
4. **large debt** (≥ ``large_debt_cents``, default 5 000 €) → a firm date for the whole amount,
   or else a dated schedule;
5. a **loyal** payer → understand what blocks the payment, then a date;
6. otherwise → a firm date for the whole amount, within 15 days at most.
"""

from __future__ import annotations

from dataclasses import dataclass

from relance_desktop.domain.calls.codes import ObjectiveKind, Tone
from relance_desktop.domain.calls.hours import CTX
from relance_desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from relance_desktop.domain.money import Money

REPEATED_BROKEN = 2


@dataclass(frozen=True)
class Objective:
    kind: ObjectiveKind
    text: Message


@dataclass(frozen=True)
class ObjectivePolicy:
    small_debt_cents: int = 50000
    large_debt_cents: int = 500000


ACTION_PLAN = QT_TRANSLATE_NOOP(
    "calls",
    "Convenir avec le client des étapes qui règlent le litige sur {amount}, avec une date pour "
    "chacune",
)
PAY_NOW = QT_TRANSLATE_NOOP("calls", "Obtenir le paiement des {amount} aujourd'hui ou demain")
SHORT_COMMITMENT = QT_TRANSLATE_NOOP(
    "calls",
    "Obtenir un engagement court et précis : les {amount} payés à une date ferme, dans les "
    "7 jours",
)
SHORT_FIRST_PAYMENT = QT_TRANSLATE_NOOP(
    "calls",
    "Obtenir un engagement court et précis : un premier versement à une date ferme dans les "
    "7 jours, sur les {amount} dus",
)
LARGE = QT_TRANSLATE_NOOP(
    "calls",
    "Obtenir une date ferme pour les {amount}, ou à défaut un échéancier daté",
)
UNDERSTAND = QT_TRANSLATE_NOOP(
    "calls", "Comprendre ce qui bloque le paiement des {amount}, puis obtenir une date"
)
FIRM_DATE = QT_TRANSLATE_NOOP(
    "calls", "Obtenir une date ferme pour le paiement des {amount}, dans les 15 jours au plus"
)


def propose_objective(
    *,
    due_cents: int,
    currency: str,
    disputed: bool,
    tone: Tone,
    broken_promises: int,
    policy: ObjectivePolicy = ObjectivePolicy(),
) -> Objective:
    """The objective to aim for during the call (rule in the module docstring)."""
    args = {"amount": Money(due_cents, currency)}
    large = due_cents >= policy.large_debt_cents
    if disputed:
        return Objective(ObjectiveKind.ACTION_PLAN, Message(CTX, ACTION_PLAN, args))
    if due_cents <= policy.small_debt_cents:
        return Objective(ObjectiveKind.PAY_NOW, Message(CTX, PAY_NOW, args))
    if broken_promises >= REPEATED_BROKEN or tone == Tone.CHRONIC:
        text = SHORT_FIRST_PAYMENT if large else SHORT_COMMITMENT
        return Objective(ObjectiveKind.FIRM_DATE, Message(CTX, text, args))
    if large:
        return Objective(ObjectiveKind.PLAN, Message(CTX, LARGE, args))
    if tone == Tone.LOYAL:
        return Objective(ObjectiveKind.UNDERSTAND, Message(CTX, UNDERSTAND, args))
    return Objective(ObjectiveKind.FIRM_DATE, Message(CTX, FIRM_DATE, args))

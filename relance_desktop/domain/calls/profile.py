"""How to speak to a customer: its payer tone (from its history) and its audience (its kind).

:func:`payer_tone` rule, in this order:

* **chronic** (firm, precise, dated): at least 2 broken promises, or at least 3 invoices settled
  and half of them or more settled late (more than 7 days after their due date);
* **loyal** (empathetic reminder): at least 3 invoices settled, at most one in five settled late,
  no broken promise and at most one invoice overdue now (« late once »);
* **standard** otherwise (too little history, or a mixed one).
"""

from __future__ import annotations

from dataclasses import dataclass

from relance_desktop.domain.calls.codes import Audience, Tone

LATE_AFTER_DAYS = 7  # an invoice settled more than this many days after its due date was late
MIN_HISTORY = 3  # settled invoices needed before judging a payer on its record
CHRONIC_BROKEN_PROMISES = 2


@dataclass(frozen=True)
class PayerHistory:
    invoices_settled: int
    settled_late: int  # settled more than 7 days after the due date
    broken_promises: int
    kept_promises: int
    overdue_invoices: int


def payer_tone(h: PayerHistory) -> Tone:
    """The tone of the script for this payer (rule in the module docstring)."""
    if h.broken_promises >= CHRONIC_BROKEN_PROMISES:
        return Tone.CHRONIC
    if h.invoices_settled >= MIN_HISTORY and h.settled_late * 2 >= h.invoices_settled:
        return Tone.CHRONIC
    if (
        h.invoices_settled >= MIN_HISTORY
        and h.settled_late * 5 <= h.invoices_settled
        and h.broken_promises == 0
        and h.overdue_invoices <= 1
    ):
        return Tone.LOYAL
    return Tone.STANDARD


_AUDIENCES = {
    "consumer": Audience.CONSUMER,
    "sole_trader": Audience.SMALL,
    "business": Audience.BUSINESS,
    "public_body": Audience.BUSINESS,
}


def audience(kind: str) -> Audience:
    """Consumers: plain words; sole traders: one person doing everything; others: a company."""
    return _AUDIENCES.get(kind, Audience.BUSINESS)

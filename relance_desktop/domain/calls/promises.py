"""Was a payment promise kept? Pure re-evaluation from the promises and the payments.

A promise covers one invoice or all the customer's invoices (``invoice_ids`` None). The money
must be in within ``grace_days`` after the promised date (advice: 3 days, and no more than one
extra day before calling back): that last day is the promise's :func:`deadline`.

Rules of :func:`evaluate`:

* a payment counts towards a promise when it was made on or after the day the promise was
  recorded and on or before its deadline, on an invoice the promise covers;
* payments are allocated first come (by payment date) to the promises in deadline order, and
  each cent counts once: what a promise does not need goes on to the next one. A payment after
  a broken promise's deadline therefore goes to the next promise;
* kept when the payments reach the promised amount (even before the deadline); once the
  deadline has passed, partial when something was paid and broken when nothing was; open
  otherwise.

Nothing is stored here: a payment recorded later with a date inside the window turns a broken
promise into a kept one at the next evaluation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from relance_desktop.domain.calls.codes import PromiseStatus

GRACE_DAYS = 3  # advice: money promised for a day must be in within 3 days after it
MAX_GRACE_DAYS = 30  # beyond, the promise is no longer followed up as one


@dataclass(frozen=True)
class PromiseFacts:
    id: int
    created_on: date
    promised_on: date
    amount_cents: int
    grace_days: int
    invoice_ids: frozenset[int] | None  # None: all the customer's invoices


@dataclass(frozen=True)
class PaymentFacts:
    invoice_id: int
    paid_on: date
    amount_cents: int


@dataclass(frozen=True)
class Evaluation:
    status: PromiseStatus
    paid_cents: int


def deadline(p: PromiseFacts) -> date:
    """The last day the promised money may arrive."""
    return p.promised_on + timedelta(days=max(p.grace_days, 0))


def evaluate(
    promises: Sequence[PromiseFacts], payments: Sequence[PaymentFacts], today: date
) -> dict[int, Evaluation]:
    """The status of each promise (by id) as of ``today``, from the payments of one customer."""
    ordered_payments = sorted(
        (p for p in payments if p.paid_on <= today and p.amount_cents > 0),
        key=lambda p: p.paid_on,
    )
    left = [p.amount_cents for p in ordered_payments]
    result: dict[int, Evaluation] = {}
    for promise in sorted(promises, key=lambda p: (deadline(p), p.created_on, p.id)):
        end = deadline(promise)
        paid = 0
        for index, payment in enumerate(ordered_payments):
            if paid >= promise.amount_cents:
                break
            if not left[index] or payment.paid_on < promise.created_on or payment.paid_on > end:
                continue
            if promise.invoice_ids is not None and payment.invoice_id not in promise.invoice_ids:
                continue
            taken = min(left[index], promise.amount_cents - paid)
            left[index] -= taken
            paid += taken
        if paid >= promise.amount_cents:
            status = PromiseStatus.KEPT
        elif today > end:
            status = PromiseStatus.PARTIAL if paid else PromiseStatus.BROKEN
        else:
            status = PromiseStatus.OPEN
        result[promise.id] = Evaluation(status, paid)
    return result

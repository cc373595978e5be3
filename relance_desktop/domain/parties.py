"""Vocabularies for customers, invoices and payments (codes stored in the company file)."""

from __future__ import annotations

from enum import StrEnum


class CustomerKind(StrEnum):
    BUSINESS = "business"
    SOLE_TRADER = "sole_trader"
    CONSUMER = "consumer"
    PUBLIC_BODY = "public_body"

    @property
    def is_consumer(self) -> bool:
        return self is CustomerKind.CONSUMER


class Country(StrEnum):
    FR = "FR"
    BE = "BE"


class Language(StrEnum):
    FR = "fr"
    NL = "nl"
    EN = "en"


class InvoiceState(StrEnum):
    """What the user decided about an invoice; "paid" and "overdue" are derived, not stored."""

    OPEN = "open"
    CANCELLED = "cancelled"
    WRITTEN_OFF = "written_off"


class PaymentMethod(StrEnum):
    TRANSFER = "transfer"
    CARD = "card"
    CHEQUE = "cheque"
    CASH = "cash"
    DIRECT_DEBIT = "direct_debit"
    OTHER = "other"


class InvoiceStatus(StrEnum):
    """The status shown in lists, derived from amounts, dates and follow-up records."""

    PAID = "paid"
    PARTLY_PAID = "partly_paid"
    NOT_DUE = "not_due"
    OVERDUE = "overdue"
    DISPUTED = "disputed"
    PROMISED = "promised"
    CANCELLED = "cancelled"


def invoice_status(
    *,
    state: str,
    amount_cents: int,
    paid_cents: int,
    days_overdue: int,
    disputed: bool = False,
    promised: bool = False,
) -> InvoiceStatus:
    if state != InvoiceState.OPEN:
        return InvoiceStatus.CANCELLED
    if paid_cents >= amount_cents:
        return InvoiceStatus.PAID
    if disputed:
        return InvoiceStatus.DISPUTED
    if promised:
        return InvoiceStatus.PROMISED
    if days_overdue <= 0:
        return InvoiceStatus.NOT_DUE
    if paid_cents > 0:
        return InvoiceStatus.PARTLY_PAID
    return InvoiceStatus.OVERDUE

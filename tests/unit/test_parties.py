"""The status shown for an invoice, derived from amounts, dates and follow-up records."""

from __future__ import annotations

import pytest

from relance_desktop.domain.parties import CustomerKind, InvoiceStatus, invoice_status

S = InvoiceStatus


@pytest.mark.parametrize(
    ("kwargs", "status"),
    [
        ({"state": "cancelled", "paid_cents": 0, "days_overdue": 120}, S.CANCELLED),
        ({"state": "written_off", "paid_cents": 0, "days_overdue": 120}, S.CANCELLED),
        ({"state": "open", "paid_cents": 10_000, "days_overdue": 120}, S.PAID),
        ({"state": "open", "paid_cents": 12_000, "days_overdue": 5}, S.PAID),  # overpaid
        ({"state": "open", "paid_cents": 10_000, "days_overdue": 5, "disputed": True}, S.PAID),
        ({"state": "open", "paid_cents": 0, "days_overdue": 5, "disputed": True}, S.DISPUTED),
        (
            {
                "state": "open",
                "paid_cents": 0,
                "days_overdue": 5,
                "disputed": True,
                "promised": True,
            },
            S.DISPUTED,
        ),
        ({"state": "open", "paid_cents": 0, "days_overdue": 5, "promised": True}, S.PROMISED),
        ({"state": "open", "paid_cents": 0, "days_overdue": 0}, S.NOT_DUE),
        ({"state": "open", "paid_cents": 0, "days_overdue": -12}, S.NOT_DUE),
        ({"state": "open", "paid_cents": 3_000, "days_overdue": -1}, S.NOT_DUE),
        ({"state": "open", "paid_cents": 3_000, "days_overdue": 1}, S.PARTLY_PAID),
        ({"state": "open", "paid_cents": 0, "days_overdue": 1}, S.OVERDUE),
    ],
)
def test_invoice_status(kwargs: dict[str, object], status: InvoiceStatus) -> None:
    assert invoice_status(amount_cents=10_000, **kwargs) is status  # type: ignore[arg-type]


def test_only_consumers_are_consumers() -> None:
    assert CustomerKind.CONSUMER.is_consumer
    assert not any(k.is_consumer for k in CustomerKind if k is not CustomerKind.CONSUMER)

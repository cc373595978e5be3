"""Invoices, payments and the copy of the original: the amounts a collector relies on."""

from __future__ import annotations

import hashlib
import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from relance_desktop.domain.parties import InvoiceState, InvoiceStatus
from relance_desktop.errors import UserFacingError, ValidationError
from relance_desktop.formatting import Formatter
from relance_desktop.services import invoices
from relance_desktop.services.customers import CustomerInput, create_customer
from relance_desktop.services.invoices import (
    InvoiceInput,
    PaymentInput,
    add_payment,
    attach_copy,
    create_invoice,
    default_due_date,
    delete_payment,
    export_copy,
    invoices_of,
    paid_cents,
    payments_of,
    set_invoice_state,
    update_invoice,
)
from relance_desktop.services.receivables import OpenItem, open_items
from relance_desktop.store.models import Attachment, AuditEvent, Invoice, Payment
from relance_desktop.store.session import Change, CompanySession, Topic
from tests.helpers import TODAY

ISSUED = TODAY - timedelta(days=75)  # due 30 days later: 45 days overdue on TODAY


@pytest.fixture
def customer(cf: CompanySession) -> int:
    return create_customer(cf, CustomerInput(name="Menuiserie Lefèvre & Fils"))


@pytest.fixture
def invoice(cf: CompanySession, customer: int) -> int:
    """F2026-00042: 100,00 € issued 75 days before TODAY, due after 30 days."""
    return create_invoice(
        cf, InvoiceInput(customer, "F2026-00042", ISSUED, None, 10_000, description="Établi")
    )


def _item(cf: CompanySession, invoice_id: int) -> OpenItem | None:
    return next((i for i in open_items(cf, TODAY) if i.invoice_id == invoice_id), None)


# -- invoices ---------------------------------------------------------------------------------
def test_create_invoice(cf: CompanySession, customer: int, invoice: int) -> None:
    inv = Invoice.get_by_id(invoice)
    assert (inv.number, inv.amount_cents, inv.currency, inv.state, inv.source) == (
        "F2026-00042",
        10_000,
        "EUR",
        "open",
        "manual",
    )
    assert inv.issue_date == ISSUED
    assert inv.due_date == ISSUED + timedelta(days=30)
    (event,) = AuditEvent.select().where(AuditEvent.entity == "invoice")
    assert event.action == "create"
    assert json.loads(event.after)["due_date"] == (ISSUED + timedelta(days=30)).isoformat()


def test_duplicate_number_is_refused(cf: CompanySession, customer: int, invoice: int) -> None:
    with pytest.raises(ValidationError, match="F2026-00042 existe déjà") as info:
        create_invoice(cf, InvoiceInput(customer, " F2026-00042 ", TODAY, None, 5_000))
    assert info.value.field == "number"
    assert Invoice.select().count() == 1


@pytest.mark.parametrize("cents", [0, -100])
def test_amount_must_be_positive(cf: CompanySession, customer: int, cents: int) -> None:
    with pytest.raises(ValidationError, match="positif") as info:
        create_invoice(cf, InvoiceInput(customer, "F1", TODAY, None, cents))
    assert info.value.field == "amount"
    assert Invoice.select().count() == 0


def test_an_absurd_amount_is_refused_as_a_typing_slip(cf: CompanySession, customer: int) -> None:
    with pytest.raises(ValidationError, match="trop élevé") as info:
        create_invoice(cf, InvoiceInput(customer, "F1", TODAY, None, 10**19))
    assert info.value.field == "amount"
    assert Invoice.select().count() == 0


def test_due_date_defaults_to_the_company_terms(cf: CompanySession, customer: int) -> None:
    assert default_due_date(cf, customer, TODAY) == TODAY + timedelta(days=30)
    cf.company.__class__.update(payment_terms_days=45).execute()
    cf.report(Change.of(Topic.COMPANY))  # what a service changing the company reports
    inv = create_invoice(cf, InvoiceInput(customer, "F1", TODAY, None, 100))
    assert Invoice.get_by_id(inv).due_date == TODAY + timedelta(days=45)


@pytest.mark.parametrize("days", [0, 15, 60])
def test_due_date_defaults_to_the_customer_terms(cf: CompanySession, days: int) -> None:
    cid = create_customer(cf, CustomerInput(name="Mairie", payment_terms_days=days))
    inv = create_invoice(cf, InvoiceInput(cid, "F1", TODAY, None, 100))
    assert Invoice.get_by_id(inv).due_date == TODAY + timedelta(days=days)


def test_explicit_due_date_is_kept(cf: CompanySession, customer: int) -> None:
    inv = create_invoice(cf, InvoiceInput(customer, "F1", TODAY, date(2027, 1, 31), 100))
    assert Invoice.get_by_id(inv).due_date == date(2027, 1, 31)


def test_due_before_issue_is_refused(cf: CompanySession, customer: int) -> None:
    with pytest.raises(ValidationError, match="précéder") as info:
        create_invoice(cf, InvoiceInput(customer, "F1", TODAY, TODAY - timedelta(days=1), 100))
    assert info.value.field == "due_date"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"number": "  "}, "number"),
        ({"customer_id": 9999}, "customer"),
        ({"currency": "EURO"}, "currency"),
    ],
)
def test_other_invoice_fields_are_checked(
    cf: CompanySession, customer: int, changes: dict[str, object], field: str
) -> None:
    data = {
        "customer_id": customer,
        "number": "F1",
        "issue_date": TODAY,
        "due_date": None,
        "amount_cents": 100,
        **changes,
    }
    with pytest.raises(ValidationError) as info:
        create_invoice(cf, InvoiceInput(**data))  # type: ignore[arg-type]
    assert info.value.field == field


def test_currency_is_upper_cased(cf: CompanySession, customer: int) -> None:
    inv = create_invoice(cf, InvoiceInput(customer, "F1", TODAY, None, 100, currency="chf"))
    assert Invoice.get_by_id(inv).currency == "CHF"


def test_update_cannot_go_below_what_was_paid(
    cf: CompanySession, customer: int, invoice: int
) -> None:
    add_payment(cf, PaymentInput(invoice, TODAY, 6_000), today=TODAY)
    data = InvoiceInput(customer, "F2026-00042", ISSUED, None, 5_000, description="Établi")
    with pytest.raises(ValidationError) as info:
        update_invoice(cf, invoice, data)
    assert info.value.field == "amount"
    assert "60,00\u00a0€" in info.value.render(money=lambda m: Formatter().money(m.cents))
    assert Invoice.get_by_id(invoice).amount_cents == 10_000

    data.amount_cents = 6_000  # exactly what was paid: allowed, the invoice is settled
    update_invoice(cf, invoice, data)
    assert Invoice.get_by_id(invoice).amount_cents == 6_000
    assert _item(cf, invoice) is None


def test_update_records_before_and_after(cf: CompanySession, customer: int, invoice: int) -> None:
    data = InvoiceInput(
        customer, "F2026-00042", ISSUED, date(2026, 12, 31), 12_000, description="Établi"
    )
    update_invoice(cf, invoice, data)
    event = AuditEvent.select().order_by(AuditEvent.id.desc()).first()
    assert event.action == "update"
    assert json.loads(event.before) == {
        "amount_cents": 10_000,
        "due_date": (ISSUED + timedelta(days=30)).isoformat(),
    }
    assert json.loads(event.after) == {"amount_cents": 12_000, "due_date": "2026-12-31"}


def test_update_cannot_take_another_invoice_number(cf: CompanySession, customer: int) -> None:
    create_invoice(cf, InvoiceInput(customer, "F1", TODAY, None, 100))
    second = create_invoice(cf, InvoiceInput(customer, "F2", TODAY, None, 100))
    with pytest.raises(ValidationError) as info:
        update_invoice(cf, second, InvoiceInput(customer, "F1", TODAY, None, 100))
    assert info.value.field == "number"
    assert Invoice.get_by_id(second).number == "F2"


def test_cancelled_invoice_leaves_the_open_items(cf: CompanySession, invoice: int) -> None:
    assert _item(cf, invoice) is not None
    set_invoice_state(cf, invoice, InvoiceState.CANCELLED)
    assert _item(cf, invoice) is None
    assert Invoice.get_by_id(invoice).state == "cancelled"


# -- payments ---------------------------------------------------------------------------------
def test_partial_then_full_payment(cf: CompanySession, customer: int, invoice: int) -> None:
    add_payment(cf, PaymentInput(invoice, TODAY - timedelta(days=3), 4_000), today=TODAY)
    item = _item(cf, invoice)
    assert item is not None
    assert (item.amount_cents, item.paid_cents, item.due_cents) == (10_000, 4_000, 6_000)
    assert item.status is InvoiceStatus.PARTLY_PAID
    assert item.days_overdue == 45

    add_payment(cf, PaymentInput(invoice, TODAY, 6_000, method="cheque"), today=TODAY)
    assert _item(cf, invoice) is None
    (line,) = invoices_of(cf, customer)
    assert (line.paid_cents, line.due_cents) == (10_000, 0)
    assert [p.amount_cents for p in payments_of(cf, customer)] == [6_000, 4_000]  # newest first


def test_still_due_is_amount_minus_payments(cf: CompanySession, invoice: int) -> None:
    for cents in (1_000, 2_550, 7):
        add_payment(cf, PaymentInput(invoice, TODAY, cents), today=TODAY)
    item = _item(cf, invoice)
    assert item is not None
    assert item.due_cents == 10_000 - 1_000 - 2_550 - 7 == 10_000 - paid_cents(cf, invoice)


def test_overpayment_is_refused(cf: CompanySession, invoice: int) -> None:
    add_payment(cf, PaymentInput(invoice, TODAY, 4_000), today=TODAY)
    with pytest.raises(ValidationError) as info:
        add_payment(cf, PaymentInput(invoice, TODAY, 7_000), today=TODAY)
    assert info.value.field == "amount"
    fmt = Formatter()
    text = info.value.render(money=lambda m: fmt.money(m.cents, m.currency))
    assert "70,00\u00a0€" in text and "60,00\u00a0€" in text and "F2026-00042" in text
    assert paid_cents(cf, invoice) == 4_000


@pytest.mark.parametrize("cents", [0, -500])
def test_payment_must_be_positive(cf: CompanySession, invoice: int, cents: int) -> None:
    with pytest.raises(ValidationError) as info:
        add_payment(cf, PaymentInput(invoice, TODAY, cents), today=TODAY)
    assert info.value.field == "amount"
    assert Payment.select().count() == 0


def test_payment_in_the_future_is_refused(cf: CompanySession, invoice: int) -> None:
    with pytest.raises(ValidationError, match="futur") as info:
        add_payment(cf, PaymentInput(invoice, TODAY + timedelta(days=1), 100), today=TODAY)
    assert info.value.field == "paid_on"
    assert Payment.select().count() == 0
    add_payment(cf, PaymentInput(invoice, TODAY, 100), today=TODAY)  # today itself is fine


def test_unknown_payment_method_is_refused(cf: CompanySession, invoice: int) -> None:
    with pytest.raises(ValidationError) as info:
        add_payment(cf, PaymentInput(invoice, TODAY, 100, method="bitcoin"), today=TODAY)
    assert info.value.field == "method"
    assert Payment.select().count() == 0


def test_deleting_a_payment_restores_the_amount_due(cf: CompanySession, invoice: int) -> None:
    add_payment(cf, PaymentInput(invoice, TODAY, 4_000), today=TODAY)
    payment = add_payment(cf, PaymentInput(invoice, TODAY, 6_000), today=TODAY)
    assert _item(cf, invoice) is None

    delete_payment(cf, payment)
    item = _item(cf, invoice)
    assert item is not None and item.due_cents == 6_000
    event = AuditEvent.select().order_by(AuditEvent.id.desc()).first()
    assert event.action == "delete"
    assert json.loads(event.before) == {
        "invoice": "F2026-00042",
        "amount_cents": 6_000,
        "paid_on": TODAY.isoformat(),
    }


# -- the copy of the original -----------------------------------------------------------------
PDF_BYTES = b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\n%%EOF\n"


def test_attached_copy_comes_back_byte_for_byte(
    cf: CompanySession, invoice: int, tmp_path: Path
) -> None:
    original = tmp_path / "F2026-00042 Lefèvre.pdf"
    original.write_bytes(PDF_BYTES)
    attach_copy(cf, invoice, original)
    original.unlink()  # the copy lives in the company file, not next to it

    exported = export_copy(cf, invoice, tmp_path / "out")
    assert exported is not None
    assert exported.read_bytes() == PDF_BYTES
    assert exported.name.endswith("F2026-00042 Lefèvre.pdf")
    attachment = Attachment.get()
    assert attachment.sha256 == hashlib.sha256(PDF_BYTES).hexdigest()
    assert (attachment.size, attachment.mime_type) == (len(PDF_BYTES), "application/pdf")
    (event,) = AuditEvent.select().where(AuditEvent.action == "attach")
    assert json.loads(event.after)["copy"] == "F2026-00042 Lefèvre.pdf"


def test_copy_given_at_creation(cf: CompanySession, customer: int, tmp_path: Path) -> None:
    original = tmp_path / "f.pdf"
    original.write_bytes(PDF_BYTES)
    inv = create_invoice(cf, InvoiceInput(customer, "F9", TODAY, None, 100), copy=original)
    assert [line.has_copy for line in invoices_of(cf, customer)] == [True]
    exported = export_copy(cf, inv, tmp_path / "out")
    assert exported is not None and exported.read_bytes() == PDF_BYTES


def test_no_copy_exports_nothing(cf: CompanySession, invoice: int, tmp_path: Path) -> None:
    assert export_copy(cf, invoice, tmp_path / "out") is None


def test_missing_copy_is_a_message_naming_the_file(
    cf: CompanySession, invoice: int, tmp_path: Path
) -> None:
    missing = tmp_path / "introuvable.pdf"
    with pytest.raises(UserFacingError) as info:
        attach_copy(cf, invoice, missing)
    assert str(missing) in info.value.render()
    assert Attachment.select().count() == 0
    assert Invoice.get_by_id(invoice).copy_id is None


def test_too_big_copy_is_refused(
    cf: CompanySession, invoice: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(invoices, "MAX_ATTACHMENT_BYTES", 100)
    big = tmp_path / "scan.pdf"
    big.write_bytes(PDF_BYTES)
    with pytest.raises(UserFacingError, match="volumineux") as info:
        attach_copy(cf, invoice, big)
    assert str(big) in info.value.render()
    assert Attachment.select().count() == 0


# -- what each write reports ------------------------------------------------------------------
def test_each_write_reports_its_change_once_committed(
    cf: CompanySession, customer: int, tmp_path: Path
) -> None:
    seen: list[tuple[Change, bool]] = []
    cf.changes.subscribe(lambda change: seen.append((change, cf.db.in_transaction())))

    def reported() -> list[Change]:
        assert [inside for _change, inside in seen] == [False] * len(seen)  # after the commit
        changes = [change for change, _inside in seen]
        seen.clear()
        return changes

    inv = create_invoice(cf, InvoiceInput(customer, "F1", ISSUED, None, 10_000))
    assert reported() == [Change.of(Topic.INVOICES, customers=[customer])]
    update_invoice(cf, inv, InvoiceInput(customer, "F1", ISSUED, None, 12_000))
    assert reported() == [Change.of(Topic.INVOICES, customers=[customer])]
    payment = add_payment(cf, PaymentInput(inv, TODAY, 2_000), today=TODAY)
    assert reported() == [Change.of(Topic.INVOICES, Topic.CALLS, customers=[customer])]
    delete_payment(cf, payment, today=TODAY)
    assert reported() == [Change.of(Topic.INVOICES, Topic.CALLS, customers=[customer])]
    copy = tmp_path / "f.pdf"
    copy.write_bytes(PDF_BYTES)
    attach_copy(cf, inv, copy)
    assert reported() == [Change.of(Topic.INVOICES, customers=[customer])]
    set_invoice_state(cf, inv, InvoiceState.CANCELLED)
    assert reported() == [Change.of(Topic.INVOICES, customers=[customer])]
    with pytest.raises(ValidationError):
        add_payment(cf, PaymentInput(inv, TODAY, 0), today=TODAY)
    assert reported() == []  # refused: nothing changed, nothing reported

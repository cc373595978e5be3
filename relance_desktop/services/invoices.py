"""Invoices, their payments and the copy of the original file.

The still-due amount is never stored: it is the amount minus the payments, computed in SQL.
"""

from __future__ import annotations

import hashlib
import mimetypes
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from peewee import fn

from relance_desktop.domain.money import Money
from relance_desktop.domain.parties import InvoiceState, PaymentMethod
from relance_desktop.errors import UserFacingError, ValidationError
from relance_desktop.i18n import QT_TRANSLATE_NOOP
from relance_desktop.services import audit, followup, validation
from relance_desktop.store.models import Attachment, Customer, Invoice, Payment, now
from relance_desktop.store.session import CompanySession, in_session

MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024
MAX_AMOUNT_CENTS = 100_000_000_000  # one billion in any currency: beyond is a typing slip
METHODS = {m.value for m in PaymentMethod}


@in_session
def default_due_date(cf: CompanySession, customer_id: int, issue_date: date) -> date:
    customer = Customer.get_by_id(customer_id)
    days = customer.payment_terms_days
    if days is None:
        days = cf.company.payment_terms_days
    return issue_date + timedelta(days=int(days))


def paid_cents(invoice_id: int) -> int:
    total = Payment.select(fn.SUM(Payment.amount_cents)).where(
        Payment.invoice == invoice_id
    ).scalar()
    return int(total or 0)


@dataclass
class InvoiceInput:
    customer_id: int
    number: str
    issue_date: date
    due_date: date | None
    amount_cents: int
    currency: str = "EUR"
    description: str = ""

    def validated(self, cf: CompanySession) -> dict[str, Any]:
        number = validation.required(
            "number", self.number, QT_TRANSLATE_NOOP("fields", "Le numéro de facture")
        )
        if not Customer.select().where(Customer.id == self.customer_id).exists():
            raise ValidationError(
                "customer", QT_TRANSLATE_NOOP("validation", "Choisissez le client.")
            )
        if self.amount_cents <= 0:
            raise ValidationError(
                "amount",
                QT_TRANSLATE_NOOP(
                    "validation",
                    "Le montant TTC doit être positif (un avoir se saisit comme un paiement).",
                ),
            )
        if self.amount_cents > MAX_AMOUNT_CENTS:
            raise ValidationError(
                "amount",
                QT_TRANSLATE_NOOP("validation", "Montant trop élevé : vérifiez la saisie."),
            )
        due = self.due_date or default_due_date(cf, self.customer_id, self.issue_date)
        if due < self.issue_date:
            raise ValidationError(
                "due_date",
                QT_TRANSLATE_NOOP(
                    "validation", "L'échéance ne peut pas précéder la date de la facture."
                ),
            )
        currency = self.currency.strip().upper()
        if len(currency) != 3 or not currency.isalpha():
            raise ValidationError(
                "currency",
                QT_TRANSLATE_NOOP("validation", "Devise inconnue « {value} »."),
                value=self.currency,
            )
        return {
            "customer": self.customer_id,
            "number": number,
            "issue_date": self.issue_date,
            "due_date": due,
            "amount_cents": self.amount_cents,
            "currency": currency,
            "description": self.description.strip(),
        }


def _number_taken(number: str, source: str, exclude: int | None = None) -> bool:
    query = Invoice.select().where((Invoice.number == number) & (Invoice.source == source))
    if exclude is not None:
        query = query.where(Invoice.id != exclude)
    return bool(query.exists())


def _duplicate(number: str) -> ValidationError:
    return ValidationError(
        "number",
        QT_TRANSLATE_NOOP("validation", "La facture n° {number} existe déjà."),
        number=number,
    )


@in_session
def create_invoice(cf: CompanySession, data: InvoiceInput, *, copy: Path | None = None) -> int:
    clean = data.validated(cf)
    if _number_taken(str(clean["number"]), "manual"):
        raise _duplicate(str(clean["number"]))
    with cf.db.atomic():
        invoice = Invoice.create(source="manual", **clean)
        if copy is not None:
            invoice.copy = _store_attachment(copy)
            invoice.save()
        audit.record(
            "create", "invoice", invoice.id, customer_id=data.customer_id, after=clean
        )
    return int(invoice.id)


@in_session
def update_invoice(cf: CompanySession, invoice_id: int, data: InvoiceInput) -> None:
    clean = data.validated(cf)
    invoice = Invoice.get_by_id(invoice_id)
    if _number_taken(str(clean["number"]), invoice.source, exclude=invoice_id):
        raise _duplicate(str(clean["number"]))
    already = paid_cents(invoice_id)
    if int(clean["amount_cents"]) < already:
        raise ValidationError(
            "amount",
            QT_TRANSLATE_NOOP(
                "validation",
                "Le montant ne peut pas être inférieur à ce qui a déjà été payé ({paid}).",
            ),
            paid=Money(already, invoice.currency),
        )
    old = {k: getattr(invoice, k) for k in clean if k != "customer"}
    old["customer"] = invoice.customer_id
    before, after = audit.changes(old, clean)
    if not after:
        return
    with cf.db.atomic():
        for key, value in after.items():
            setattr(invoice, key, value)
        invoice.updated_at = now()
        invoice.save()
        audit.record(
            "update", "invoice", invoice_id, customer_id=invoice.customer_id,
            before=before, after=after,
        )


@in_session
def set_invoice_state(cf: CompanySession, invoice_id: int, state: InvoiceState) -> None:
    invoice = Invoice.get_by_id(invoice_id)
    if invoice.state == state.value:
        return
    with cf.db.atomic():
        audit.record(
            "update", "invoice", invoice_id, customer_id=invoice.customer_id,
            before={"state": invoice.state}, after={"state": state.value},
        )
        invoice.state = state.value
        invoice.updated_at = now()
        invoice.save()


# -- the copy of the original invoice ------------------------------------------------------------
def _store_attachment(path: Path) -> Attachment:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_ATTACHMENT_BYTES:
            raise UserFacingError(
                QT_TRANSLATE_NOOP(
                    "errors", "« {path} » est trop volumineux ({mb} Mo, 25 Mo au plus)."
                ),
                path=str(path),
                mb=size // (1024 * 1024),
            )
        data = path.read_bytes()
    except OSError as exc:
        raise UserFacingError(
            QT_TRANSLATE_NOOP("errors", "Impossible de lire « {path} » : {reason}"),
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from None
    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return Attachment.create(
        file_name=path.name,
        mime_type=mime,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        data=data,
    )


@in_session
def attach_copy(cf: CompanySession, invoice_id: int, path: Path) -> None:
    invoice = Invoice.get_by_id(invoice_id)
    with cf.db.atomic():
        attachment = _store_attachment(path)
        invoice.copy = attachment
        invoice.save()
        audit.record(
            "attach", "invoice", invoice_id, customer_id=invoice.customer_id,
            after={"copy": attachment.file_name, "sha256": attachment.sha256},
        )


def export_copy(invoice_id: int, folder: Path) -> Path | None:
    """Write the attached copy into ``folder`` (to open it with the system viewer)."""
    invoice = Invoice.get_by_id(invoice_id)
    if invoice.copy_id is None:
        return None
    attachment = Attachment.get_by_id(invoice.copy_id)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{invoice.id}-{Path(attachment.file_name).name}"
    target.write_bytes(bytes(attachment.data))
    return target


# -- payments ------------------------------------------------------------------------------------
@dataclass
class PaymentInput:
    invoice_id: int
    paid_on: date
    amount_cents: int
    method: str = PaymentMethod.TRANSFER.value
    reference: str = ""
    note: str = ""


@in_session
def add_payment(cf: CompanySession, data: PaymentInput, *, today: date | None = None) -> int:
    invoice = Invoice.get_by_id(data.invoice_id)
    due = invoice.amount_cents - paid_cents(invoice.id)
    if data.amount_cents <= 0:
        raise ValidationError(
            "amount", QT_TRANSLATE_NOOP("validation", "Le montant payé doit être positif.")
        )
    if data.amount_cents > due:
        raise ValidationError(
            "amount",
            QT_TRANSLATE_NOOP(
                "validation",
                "Le paiement ({amount}) dépasse ce qui reste dû sur la facture {number} "
                "({due}).",
            ),
            amount=Money(data.amount_cents, invoice.currency),
            due=Money(due, invoice.currency),
            number=invoice.number,
        )
    if data.paid_on > (today or date.today()):
        raise ValidationError(
            "paid_on",
            QT_TRANSLATE_NOOP("validation", "La date du paiement ne peut pas être dans le futur."),
        )
    validation.choice("method", data.method, METHODS)
    clean = asdict(data)
    with cf.db.atomic():
        payment = Payment.create(
            invoice=data.invoice_id,
            paid_on=data.paid_on,
            amount_cents=data.amount_cents,
            method=data.method,
            reference=data.reference.strip(),
            note=data.note.strip(),
        )
        audit.record("create", "payment", payment.id, customer_id=invoice.customer_id, after=clean)
        # A payment recorded now may keep (or settle) a promise or an instalment at once.
        followup.refresh(cf, today or date.today(), customer_id=invoice.customer_id)
    return int(payment.id)


@in_session
def delete_payment(cf: CompanySession, payment_id: int, *, today: date | None = None) -> None:
    payment = Payment.get_by_id(payment_id)
    invoice = Invoice.get_by_id(payment.invoice_id)
    with cf.db.atomic():
        audit.record(
            "delete", "payment", payment_id, customer_id=invoice.customer_id,
            before={"invoice": invoice.number, "amount_cents": payment.amount_cents,
                    "paid_on": payment.paid_on},
        )
        payment.delete_instance()
        followup.refresh(cf, today or date.today(), customer_id=invoice.customer_id)


@dataclass(frozen=True)
class InvoiceLine:
    id: int
    number: str
    issue_date: date
    due_date: date
    amount_cents: int
    paid_cents: int
    currency: str
    state: str
    description: str
    has_copy: bool
    dunning_level: int = 0
    last_paid: date | None = None  # the latest payment's date

    @property
    def due_cents(self) -> int:
        return self.amount_cents - self.paid_cents


_LINE_COLUMNS = """i.id, i.number, i.issue_date, i.due_date, i.amount_cents, {paid}, i.currency,
    i.state, i.description, i.copy_id IS NOT NULL, i.dunning_level, {last_paid}"""


def _line(r: Sequence[Any]) -> InvoiceLine:
    return InvoiceLine(
        int(r[0]), str(r[1]), date.fromisoformat(r[2]), date.fromisoformat(r[3]), int(r[4]),
        int(r[5]), str(r[6]), str(r[7]), str(r[8]), bool(r[9]), int(r[10]),
        date.fromisoformat(r[11]) if r[11] else None,
    )


@in_session
def invoices_of(cf: CompanySession, customer_id: int) -> list[InvoiceLine]:
    """One customer's invoices, newest first."""
    columns = _LINE_COLUMNS.format(
        paid="COALESCE((SELECT SUM(p.amount_cents) FROM payment p WHERE p.invoice_id = i.id), 0)",
        last_paid="(SELECT MAX(p.paid_on) FROM payment p WHERE p.invoice_id = i.id)")
    rows = cf.raw().execute(
        f"SELECT {columns} FROM invoice i WHERE i.customer_id = ? "
        "ORDER BY i.issue_date DESC, i.number DESC", (customer_id,))
    return [_line(r) for r in rows]


@in_session
def open_invoices_by_customer(cf: CompanySession) -> dict[int, list[InvoiceLine]]:
    """Every customer's invoices in state « open » (paid or not), by due date, in one query."""
    columns = _LINE_COLUMNS.format(paid="COALESCE(p.paid, 0)", last_paid="p.last_paid")
    rows = cf.raw().execute(
        f"SELECT i.customer_id, {columns} FROM invoice i "
        "LEFT JOIN (SELECT invoice_id, SUM(amount_cents) AS paid, MAX(paid_on) AS last_paid "
        "FROM payment GROUP BY invoice_id) p ON p.invoice_id = i.id "
        "WHERE i.state = 'open' ORDER BY i.customer_id, i.due_date, i.number")
    out: dict[int, list[InvoiceLine]] = {}
    for r in rows:
        out.setdefault(int(r[0]), []).append(_line(r[1:]))
    return out


@dataclass(frozen=True)
class PaymentLine:
    id: int
    invoice_id: int
    invoice_number: str
    paid_on: date
    amount_cents: int
    currency: str
    method: str
    reference: str


@in_session
def payments_of(cf: CompanySession, customer_id: int) -> list[PaymentLine]:
    rows = cf.raw().execute(
        """
        SELECT p.id, i.id, i.number, p.paid_on, p.amount_cents, i.currency, p.method, p.reference
        FROM payment p JOIN invoice i ON i.id = p.invoice_id
        WHERE i.customer_id = ? ORDER BY p.paid_on DESC, p.id DESC
        """,
        (customer_id,),
    )
    return [
        PaymentLine(int(r[0]), int(r[1]), str(r[2]), date.fromisoformat(r[3]), int(r[4]),
                    str(r[5]), str(r[6]), str(r[7]))
        for r in rows
    ]

"""Invoices, their payments and the copy of the original file.

What is paid, credited and still due is read from the ``invoice_balance`` view (migration 4),
the one definition of a balance; the invoice's ``paid_cents`` and ``credited_cents`` behind it
are kept by triggers on ``payment`` and ``credit_allocation``, never written here.
"""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any, NamedTuple

from relance_desktop.domain.money import Money
from relance_desktop.domain.parties import InvoiceState, PaymentMethod
from relance_desktop.errors import UserFacingError, ValidationError
from relance_desktop.i18n import QT_TRANSLATE_NOOP
from relance_desktop.services import audit, followup, validation
from relance_desktop.services.concurrency import check_unchanged, locked_row
from relance_desktop.store.models import Attachment, Customer, Invoice, Payment, now
from relance_desktop.store.session import Change, CompanySession, Topic, in_session

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


BALANCE_SQL = "SELECT * FROM invoice_balance WHERE invoice_id = ?"


def _balance(cf: CompanySession, invoice_id: int) -> Any:
    """The invoice's row of ``invoice_balance`` (named columns)."""
    return cf.one(BALANCE_SQL, (invoice_id,))


@in_session
def paid_cents(cf: CompanySession, invoice_id: int) -> int:
    """What has been paid on the invoice (payments only, credits apart)."""
    return int(_balance(cf, invoice_id).paid_cents)


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
            cf, "create", "invoice", invoice.id, customer_id=data.customer_id, after=clean
        )
    cf.report(Change.of(Topic.INVOICES, customers=[data.customer_id]))
    return int(invoice.id)


@in_session
def invoice_input(cf: CompanySession, invoice_id: int) -> InvoiceInput:
    """The invoice as its form shows it."""
    return _as_input(Invoice.get_by_id(invoice_id))


def _as_input(invoice: Any) -> InvoiceInput:
    return InvoiceInput(
        customer_id=int(invoice.customer_id), number=invoice.number,
        issue_date=invoice.issue_date, due_date=invoice.due_date,
        amount_cents=int(invoice.amount_cents), currency=invoice.currency,
        description=invoice.description)


@in_session
def update_invoice(cf: CompanySession, invoice_id: int, data: InvoiceInput, *,
                   loaded: InvoiceInput | None = None) -> None:
    """Save an invoice typed or corrected by hand. ``loaded``: what the form showed when it
    opened; when the invoice changed since, :class:`EditConflictError` is raised and nothing is
    written."""
    clean = data.validated(cf)
    invoice = Invoice.get_by_id(invoice_id)
    check_unchanged(loaded, _as_input(invoice), invoice.number)
    if _number_taken(str(clean["number"]), invoice.source, exclude=invoice_id):
        raise _duplicate(str(clean["number"]))
    balance = _balance(cf, invoice_id)
    already = int(balance.paid_cents + balance.credited_cents)  # settled: paid or credited
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
        invoice = locked_row(cf, Invoice, invoice_id)  # as read inside the transaction
        check_unchanged(loaded, _as_input(invoice), invoice.number)
        for key, value in after.items():
            setattr(invoice, key, value)
        invoice.updated_at = now()
        invoice.save()
        audit.record(
            cf, "update", "invoice", invoice_id, customer_id=invoice.customer_id,
            before=before, after=after,
        )
    cf.report(Change.of(Topic.INVOICES, customers={invoice.customer_id, old["customer"]}))


@in_session
def set_invoice_state(cf: CompanySession, invoice_id: int, state: InvoiceState) -> None:
    invoice = Invoice.get_by_id(invoice_id)
    if invoice.state == state.value:
        return
    with cf.db.atomic():
        audit.record(
            cf, "update", "invoice", invoice_id, customer_id=invoice.customer_id,
            before={"state": invoice.state}, after={"state": state.value},
        )
        invoice.state = state.value
        invoice.updated_at = now()
        invoice.save()
    cf.report(Change.of(Topic.INVOICES, customers=[invoice.customer_id]))


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
            cf, "attach", "invoice", invoice_id, customer_id=invoice.customer_id,
            after={"copy": attachment.file_name, "sha256": attachment.sha256},
        )
    cf.report(Change.of(Topic.INVOICES, customers=[invoice.customer_id]))


@in_session
def export_copy(cf: CompanySession, invoice_id: int, folder: Path) -> Path | None:
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
    due = int(_balance(cf, invoice.id).due_cents)
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
        audit.record(cf, "create", "payment", payment.id, customer_id=invoice.customer_id,
                     after=clean)
        # A payment recorded now may keep (or settle) a promise or an instalment at once.
        followup.reevaluate(cf, today or date.today(), customer_id=invoice.customer_id)
    cf.report(Change.of(Topic.INVOICES, Topic.CALLS, customers=[invoice.customer_id]))
    return int(payment.id)


@in_session
def delete_payment(cf: CompanySession, payment_id: int, *, today: date | None = None) -> None:
    payment = Payment.get_by_id(payment_id)
    invoice = Invoice.get_by_id(payment.invoice_id)
    with cf.db.atomic():
        audit.record(
            cf, "delete", "payment", payment_id, customer_id=invoice.customer_id,
            before={"invoice": invoice.number, "amount_cents": payment.amount_cents,
                    "paid_on": payment.paid_on},
        )
        payment.delete_instance()
        followup.reevaluate(cf, today or date.today(), customer_id=invoice.customer_id)
    cf.report(Change.of(Topic.INVOICES, Topic.CALLS, customers=[invoice.customer_id]))


class InvoiceLine(NamedTuple):
    """A document (invoice or credit note) with its balance, as ``invoice_balance`` says it: the
    one row type of the customer's invoices, the letters' invoices and the invoice form.

    A named tuple, not a frozen dataclass: the letters read every open invoice (100k rows in
    the benchmark file) and a frozen dataclass of this size costs ten times more to build."""

    id: int
    customer_id: int
    customer_name: str
    kind: str  # « invoice » or « credit_note »
    number: str
    issue_date: date
    due_date: date
    amount_cents: int
    paid_cents: int
    credited_cents: int
    due_cents: int  # still to pay (for a credit note: still to give back)
    owed_cents: int  # due_cents, negative for a credit note
    currency: str
    state: str
    description: str
    copy_name: str  # the attached copy's file name, "" without one
    dunning_level: int
    last_paid: date | None  # the latest payment's date

    @property
    def has_copy(self) -> bool:
        return bool(self.copy_name)


InvoiceDetails = InvoiceLine  # the invoice form's name for it

# The columns are InvoiceLine's fields, by name and in order (checked by _lines).
LINES_SQL = """
SELECT b.invoice_id AS id, b.customer_id, c.name AS customer_name, b.kind, b.number,
       b.issue_date, b.due_date, b.amount_cents, b.paid_cents, b.credited_cents, b.due_cents,
       b.owed_cents, b.currency, b.state, i.description, COALESCE(a.file_name, '') AS copy_name,
       b.dunning_level, (SELECT MAX(p.paid_on) FROM payment p WHERE p.invoice_id = b.invoice_id)
       AS last_paid
FROM invoice_balance b
JOIN invoice i ON i.id = b.invoice_id
JOIN customer c ON c.id = b.customer_id
LEFT JOIN attachment a ON a.id = i.copy_id
"""
_ISSUE, _DUE, _LAST_PAID = (InvoiceLine._fields.index(name)
                            for name in ("issue_date", "due_date", "last_paid"))


def _lines(cf: CompanySession, where: str, params: tuple[Any, ...] = ()) -> list[InvoiceLine]:
    """The rows of :data:`LINES_SQL` ``where`` as :class:`InvoiceLine`.

    Plain tuples, not named rows: the letters read every open invoice, and at 100k invoices
    named rows cost 0.23 s more (CPU), a fifth of the call. The query's column names are
    checked to be the line's fields in order, so a row becomes a line by position safely."""
    cursor = cf.cursor(LINES_SQL + where, params)
    names = tuple(d[0] for d in cursor.description)
    if names != InvoiceLine._fields:
        raise RuntimeError(f"LINES_SQL gives {names}, not the fields of InvoiceLine")
    fromiso = date.fromisoformat
    lines = []
    for row in cursor.fetchall():
        values = list(row)  # values already int and str on both engines
        values[_ISSUE] = fromiso(values[_ISSUE])
        values[_DUE] = fromiso(values[_DUE])
        values[_LAST_PAID] = fromiso(values[_LAST_PAID]) if values[_LAST_PAID] else None
        lines.append(InvoiceLine._make(values))
    return lines


@in_session
def invoices_of(cf: CompanySession, customer_id: int) -> list[InvoiceLine]:
    """One customer's invoices and credit notes, newest first."""
    lines = _lines(cf, " WHERE b.customer_id = ?", (customer_id,))
    lines.sort(key=_by_issue_date, reverse=True)
    return lines


@in_session
def open_invoices_by_customer(cf: CompanySession) -> dict[int, list[InvoiceLine]]:
    """Every customer's invoices (not credit notes) in state « open », paid or not, by due
    date, in one query. Sorted here (the same on both engines): SQL's ORDER BY on these wide
    rows cost 0.4 s at 100k, four times Python's sort."""
    out: dict[int, list[InvoiceLine]] = {}
    for line in _lines(cf, " WHERE b.state = 'open' AND b.kind = 'invoice'"):
        out.setdefault(line.customer_id, []).append(line)
    for lines in out.values():
        lines.sort(key=_by_due_date)
    return out


def _by_issue_date(line: InvoiceLine) -> tuple[date, str]:
    return (line.issue_date, line.number)


def _by_due_date(line: InvoiceLine) -> tuple[date, str]:
    return (line.due_date, line.number)


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
    rows = cf.rows(
        """
        SELECT p.id, p.invoice_id, i.number, p.paid_on, p.amount_cents, i.currency, p.method,
               p.reference
        FROM payment p JOIN invoice i ON i.id = p.invoice_id
        WHERE i.customer_id = ? ORDER BY p.paid_on DESC, p.id DESC
        """,
        (customer_id,),
    )
    return [
        PaymentLine(int(r.id), int(r.invoice_id), str(r.number), date.fromisoformat(r.paid_on),
                    int(r.amount_cents), str(r.currency), str(r.method), str(r.reference))
        for r in rows
    ]


@in_session
def invoice_details(cf: CompanySession, invoice_id: int) -> InvoiceDetails:
    """One invoice as its forms show it: the card, its customer, its balance, its copy."""
    lines = _lines(cf, " WHERE b.invoice_id = ?", (invoice_id,))
    if not lines:
        raise Invoice.DoesNotExist(f"invoice {invoice_id}")  # type: ignore[attr-defined]
    return lines[0]


@in_session
def copy_attachment(cf: CompanySession, invoice_id: int) -> tuple[str, bytes, str] | None:
    """The attached copy of the invoice as an e-mail attachment (file name, data, MIME type);
    None when no copy is attached."""
    invoice = Invoice.get_by_id(invoice_id)
    if invoice.copy_id is None:
        return None
    attachment = Attachment.get_by_id(invoice.copy_id)
    name = Path(attachment.file_name).name
    if invoice.number not in name:  # the customer sees which invoice each file is
        name = f"{invoice.number}-{name}"
    return name, bytes(attachment.data), str(attachment.mime_type)

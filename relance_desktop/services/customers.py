"""Customers and their contact persons."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from relance_desktop.domain.parties import Country, CustomerKind, Language
from relance_desktop.errors import ValidationError
from relance_desktop.i18n import QT_TRANSLATE_NOOP, Message
from relance_desktop.services import audit, validation
from relance_desktop.services.concurrency import check_unchanged, locked_row
from relance_desktop.store.balance import OPEN
from relance_desktop.store.models import Contact, Customer, Invoice, now
from relance_desktop.store.session import Change, CompanySession, Topic, in_session

KINDS = {k.value for k in CustomerKind}
COUNTRIES = {c.value for c in Country}
LANGUAGES = {lang.value for lang in Language}
CHANNELS = {"phone", "email", "post"}


@dataclass
class CustomerInput:
    name: str
    kind: str = CustomerKind.BUSINESS.value
    country: str = "FR"
    language: str = "fr"
    account: str = ""
    company_number: str = ""
    vat_number: str = ""
    street: str = ""
    postcode: str = ""
    city: str = ""
    email: str = ""
    phone: str = ""
    mobile: str = ""
    preferred_channel: str = "phone"
    call_hours: str = ""
    approver: str = ""
    po_required: bool = False
    payment_run_days: str = ""
    payment_terms_days: int | None = None
    tags: str = ""
    notes: str = ""
    written_only: bool = False
    contract_law: str = ""  # "", "FR", "BE": the law chosen in the terms of sale

    def validated(self) -> CustomerInput:
        country = validation.choice("country", self.country, COUNTRIES)
        kind = validation.choice("kind", self.kind, KINDS)
        if self.payment_terms_days is not None and not 0 <= self.payment_terms_days <= 365:
            raise ValidationError(
                "payment_terms_days",
                QT_TRANSLATE_NOOP(
                    "validation", "Le délai de paiement doit être compris entre 0 et 365 jours."
                ),
            )
        return CustomerInput(
            name=validation.required("name", self.name, QT_TRANSLATE_NOOP("fields", "Le nom")),
            kind=kind,
            country=country,
            language=validation.choice("language", self.language, LANGUAGES),
            account=self.account.strip(),
            company_number=(
                ""
                if kind == CustomerKind.CONSUMER
                else validation.company_number("company_number", self.company_number, country)
            ),
            vat_number=validation.vat_number("vat_number", self.vat_number),
            street=self.street.strip(),
            postcode=self.postcode.strip(),
            city=self.city.strip(),
            email=validation.email("email", self.email),
            phone=validation.phone("phone", self.phone, country),
            mobile=validation.phone("mobile", self.mobile, country),
            preferred_channel=validation.choice(
                "preferred_channel", self.preferred_channel, CHANNELS
            ),
            call_hours=_call_hours(self.call_hours),
            approver=self.approver.strip(),
            po_required=bool(self.po_required),
            payment_run_days=self.payment_run_days.strip(),
            payment_terms_days=self.payment_terms_days,
            tags=self.tags.strip(),
            notes=self.notes,
            written_only=bool(self.written_only),
            contract_law=validation.choice(
                "contract_law", (self.contract_law or "").strip().upper(), {"", "FR", "BE"}),
        )

    @classmethod
    def from_model(cls, customer: Customer) -> CustomerInput:
        return cls(**{k: getattr(customer, k) for k in cls.__dataclass_fields__})


def _call_hours(text: str) -> str:
    """The customer's preferred call hours as typed, once they are understood."""
    from relance_desktop.domain.calls.hours import CallHoursError, parse_call_hours

    text = " ".join(text.split())
    try:
        parse_call_hours(text)
    except CallHoursError as err:
        exc = ValidationError("call_hours", err.message.text)
        exc.message = Message(err.message.context, err.message.text, dict(err.message.args))
        raise exc from None
    return text


@in_session
def create_customer(cf: CompanySession, data: CustomerInput) -> int:
    clean = asdict(data.validated())
    with cf.db.atomic():
        customer = Customer.create(**clean)
        audit.record(cf, "create", "customer", customer.id, customer_id=customer.id, after=clean)
    cf.report(Change.of(Topic.CUSTOMERS, customers=[customer.id]))
    return int(customer.id)


@in_session
def update_customer(cf: CompanySession, customer_id: int, data: CustomerInput, *,
                    loaded: CustomerInput | None = None) -> None:
    """Save the customer's card. ``loaded``: what the form showed when it opened; when the row
    changed since, :class:`EditConflictError` is raised and nothing is written."""
    clean = asdict(data.validated())
    with cf.db.atomic():
        customer = locked_row(cf, Customer, customer_id)
        check_unchanged(loaded, CustomerInput.from_model(customer), customer.name)
        before, after = audit.changes({k: getattr(customer, k) for k in clean}, clean)
        if not after:
            return
        for key, value in after.items():
            setattr(customer, key, value)
        customer.updated_at = now()
        customer.save()
        audit.record(
            cf, "update", "customer", customer_id, customer_id=customer_id, before=before,
            after=after,
        )
    cf.report(Change.of(Topic.CUSTOMERS, customers=[customer_id]))


@in_session
def delete_customer(cf: CompanySession, customer_id: int) -> None:
    if Invoice.select().where(Invoice.customer == customer_id).exists():
        raise ValidationError(
            "customer",
            QT_TRANSLATE_NOOP(
                "validation",
                "Ce client a des factures : il ne peut pas être supprimé. Archivez-le plutôt.",
            ),
        )
    with cf.db.atomic():
        customer = Customer.get_by_id(customer_id)
        audit.record(cf, "delete", "customer", customer_id, before={"name": customer.name})
        customer.delete_instance(recursive=False)
    cf.report(Change.of(Topic.CUSTOMERS, customers=[customer_id]))


@dataclass
class ContactInput:
    name: str
    function: str = ""
    phone: str = ""
    mobile: str = ""
    email: str = ""
    is_primary: bool = False
    notes: str = ""
    civility: str = ""  # "", "mrs", "mr": letters greet the person by name when known

    def validated(self, country: str) -> ContactInput:
        return ContactInput(
            name=validation.required("name", self.name, QT_TRANSLATE_NOOP("fields", "Le nom")),
            function=self.function.strip(),
            phone=validation.phone("phone", self.phone, country),
            mobile=validation.phone("mobile", self.mobile, country),
            email=validation.email("email", self.email),
            is_primary=bool(self.is_primary),
            notes=self.notes,
            civility=validation.choice("civility", self.civility or "", {"", "mrs", "mr"}),
        )

    @classmethod
    def from_model(cls, contact: Contact) -> ContactInput:
        return cls(**{k: getattr(contact, k) for k in cls.__dataclass_fields__})


def _one_primary(customer_id: int, keep: int) -> None:
    Contact.update(is_primary=False).where(
        (Contact.customer == customer_id) & (Contact.id != keep)
    ).execute()


@in_session
def add_contact(cf: CompanySession, customer_id: int, data: ContactInput) -> int:
    customer = Customer.get_by_id(customer_id)
    clean = asdict(data.validated(customer.country))
    with cf.db.atomic():
        first = not Contact.select().where(Contact.customer == customer_id).exists()
        if first:
            clean["is_primary"] = True
        contact = Contact.create(customer=customer_id, **clean)
        if contact.is_primary:
            _one_primary(customer_id, contact.id)
        audit.record(cf, "create", "contact", contact.id, customer_id=customer_id, after=clean)
    cf.report(Change.of(Topic.CUSTOMERS, customers=[customer_id]))
    return int(contact.id)


@in_session
def update_contact(cf: CompanySession, contact_id: int, data: ContactInput, *,
                   loaded: ContactInput | None = None) -> None:
    """Save a contact person. ``loaded``: as for :func:`update_customer`."""
    contact = Contact.get_by_id(contact_id)
    customer_id = contact.customer_id
    clean = asdict(data.validated(Customer.get_by_id(customer_id).country))
    with cf.db.atomic():
        contact = locked_row(cf, Contact, contact_id)
        check_unchanged(loaded, ContactInput.from_model(contact), contact.name)
        before, after = audit.changes({k: getattr(contact, k) for k in clean}, clean)
        if not after:
            return
        for key, value in after.items():
            setattr(contact, key, value)
        contact.save()
        if contact.is_primary:
            _one_primary(customer_id, contact_id)
        audit.record(
            cf, "update", "contact", contact_id, customer_id=customer_id, before=before, after=after
        )
    cf.report(Change.of(Topic.CUSTOMERS, customers=[customer_id]))


@in_session
def delete_contact(cf: CompanySession, contact_id: int) -> None:
    contact = Contact.get_by_id(contact_id)
    with cf.db.atomic():
        audit.record(
            cf, "delete", "contact", contact_id, customer_id=contact.customer_id,
            before={"name": contact.name, "function": contact.function},
        )
        contact.delete_instance()
        if contact.is_primary:
            successor = (Contact.select().where(Contact.customer == contact.customer_id)
                         .order_by(Contact.id).first())
            if successor is not None:
                successor.is_primary = True
                successor.save()
    cf.report(Change.of(Topic.CUSTOMERS, customers=[contact.customer_id]))


@dataclass(frozen=True)
class ContactLine:
    id: int
    name: str
    function: str
    phone: str
    mobile: str
    email: str
    is_primary: bool
    notes: str


@in_session
def contacts_of(cf: CompanySession, customer_id: int) -> list[ContactLine]:
    """The customer's contact persons, the primary one (the person to call) first."""
    return [
        ContactLine(int(c.id), c.name, c.function, c.phone, c.mobile, c.email,
                    bool(c.is_primary), c.notes)
        for c in Contact.select()
        .where(Contact.customer == customer_id)
        .order_by(Contact.is_primary.desc(), Contact.name)
    ]


@in_session
def customer_names(cf: CompanySession) -> list[tuple[int, str]]:
    """(id, name) of every active customer, by name: for pickers."""
    rows = cf.rows("SELECT id, name FROM customer WHERE archived = 0")
    return [(int(r.id), str(r.name)) for r in sorted(rows, key=_by_name)]


def _by_name(row: Any) -> tuple[str, int]:
    """Names in the same order on both engines, ignoring case (SQLite's NOCASE folds only
    ASCII, PostgreSQL's order follows the server's collation): sorted here."""
    return (str(row.name).casefold(), int(row.id))


@dataclass(frozen=True)
class CustomerRow:
    id: int
    name: str
    kind: str
    country: str
    city: str
    phone: str
    open_count: int
    due_cents: int
    overdue_cents: int
    max_days: int


@in_session
def overview(cf: CompanySession, today_iso: str) -> list[CustomerRow]:
    """Every active customer, by name, with what they still owe: their open invoices less
    their unapplied credit notes (``invoice_balance``'s ``owed_cents``), the overdue amount
    and the oldest overdue days (invoices only)."""
    days = cf.dialect.days_between(":today", "b.due_date")
    rows = cf.rows(
        f"""
        SELECT c.id, c.name, c.kind, c.country, c.city, c.phone,
               COALESCE(o.open_count, 0) AS open_count, COALESCE(o.due_cents, 0) AS due_cents,
               COALESCE(o.overdue_cents, 0) AS overdue_cents, COALESCE(o.max_days, 0) AS max_days
        FROM customer c
        LEFT JOIN (
            SELECT b.customer_id, SUM(CASE WHEN b.kind = 'invoice' THEN 1 ELSE 0 END)
                   AS open_count, SUM(b.owed_cents) AS due_cents,
                   SUM(CASE WHEN b.kind = 'invoice' AND b.due_date < :today
                       THEN b.due_cents ELSE 0 END) AS overdue_cents,
                   MAX(CASE WHEN b.kind = 'invoice' THEN {days} ELSE 0 END) AS max_days
            FROM invoice_balance b WHERE {OPEN}
            GROUP BY b.customer_id
        ) o ON o.customer_id = c.id
        WHERE c.archived = 0
        """,
        {"today": today_iso},
    )
    return [
        CustomerRow(int(r.id), str(r.name), str(r.kind), str(r.country), str(r.city),
                    str(r.phone), int(r.open_count), int(r.due_cents), int(r.overdue_cents),
                    max(0, int(r.max_days)))
        for r in sorted(rows, key=_by_name)
    ]


MERGED_FIELDS = ("account", "company_number", "vat_number", "street", "postcode", "city",
                 "email", "phone", "mobile", "call_hours", "approver", "payment_run_days", "tags")
# Every table that points at a customer (the merged one's rows move to the one kept).
CUSTOMER_TABLES = ("contact", "invoice", "interaction", "promise", "payment_plan", "dispute",
                   "task", "document", "audit_event")


@in_session
def merge_customers(cf: CompanySession, keep_id: int, other_id: int) -> None:
    """Two records of the same customer become one: everything of ``other`` moves to ``keep``.

    Empty fields of the customer kept are filled from the other; notes are put together.
    """
    if keep_id == other_id:
        raise ValidationError(
            "customer", QT_TRANSLATE_NOOP("validation", "Choisissez deux clients différents."))
    keep = Customer.get_by_id(keep_id)
    other = Customer.get_by_id(other_id)
    filled = {f: getattr(other, f) for f in MERGED_FIELDS
              if not getattr(keep, f) and getattr(other, f)}
    with cf.db.atomic():
        for table in CUSTOMER_TABLES:
            cf.execute(f'UPDATE "{table}" SET customer_id = ? WHERE customer_id = ?',
                       (keep_id, other_id))
        for key, value in filled.items():
            setattr(keep, key, value)
        if other.notes.strip():
            keep.notes = "\n".join(x for x in (keep.notes.strip(), other.notes.strip()) if x)
        keep.updated_at = now()
        keep.save()
        primaries = Contact.select().where(  # a Flag is 0/1, not a boolean, on PostgreSQL
            (Contact.customer == keep_id) & (Contact.is_primary == 1))
        first = primaries.order_by(Contact.id).first()
        if first is not None:
            _one_primary(keep_id, first.id)
        audit.record(cf, "merge", "customer", keep_id, customer_id=keep_id,
                     before={"merged": other.name, "merged_id": other_id}, after=filled)
        other.delete_instance()
    cf.report(Change.of(Topic.CUSTOMERS, Topic.INVOICES, Topic.CALLS, Topic.DOCUMENTS,
                        customers=[keep_id, other_id]))


@in_session
def customer_input(cf: CompanySession, customer_id: int) -> CustomerInput:
    """The customer's card as the form shows it (also what its window's header shows)."""
    return CustomerInput.from_model(Customer.get_by_id(customer_id))


@in_session
def contact_input(cf: CompanySession, contact_id: int) -> ContactInput:
    """A contact person as the form shows it."""
    return ContactInput.from_model(Contact.get_by_id(contact_id))

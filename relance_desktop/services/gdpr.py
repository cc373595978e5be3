"""GDPR tools for one debtor: export what is held about them, and anonymise them once their
debts are settled and the retention period is over.

* **Export** (right of access, RGPD art. 15): every record about the customer as plain data
  (:func:`collect`), written as a machine-readable JSON file and a readable PDF
  (:func:`write_export`; the PDF is laid out by :mod:`.gdpr_pdf`). Call notes are handed over
  in full.
* **Retention**: the period runs from the customer's last settled debt, i.e. the latest of
  their payments, credit allocations and invoice or credit-note dates. It is over on that day
  plus N years (that day included): the same convention as the prescription, where a debt
  payable on D can be claimed until D + N years.
* **Anonymisation** (:func:`anonymise`): refused while anything is still open (an invoice or a
  credit note with a balance, a promise, a payment plan, a dispute) or before the retention
  period is over. What the accounts need stays (invoice numbers, dates, amounts, payments);
  names, addresses, phones, e-mails, contact persons, free-text notes and the letters' stored
  PDFs go. The audit log records the anonymisation with counts only, and the earlier audit
  entries about the customer lose their before/after values (they held personal data).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from pathvalidate import sanitize_filename
from peewee import Model
from playhouse.shortcuts import model_to_dict

from relance_desktop.errors import UserFacingError
from relance_desktop.i18n import QT_TRANSLATE_NOOP
from relance_desktop.services import audit
from relance_desktop.store.balance import OPEN
from relance_desktop.store.models import (
    Attachment,
    AuditEvent,
    Contact,
    CreditAllocation,
    Customer,
    Dispute,
    Document,
    DocumentInvoice,
    DunningAction,
    DunningStop,
    Instalment,
    Interaction,
    Invoice,
    Payment,
    PaymentPlan,
    Promise,
    Task,
)
from relance_desktop.store.session import Change, CompanySession, Topic, in_session

CTX = "gdpr"
FORMAT = "relance-gdpr-export"
FORMAT_VERSION = 1
ANONYMISED_TAG = "rgpd-anonymise"
NOTE_MARKER = "[note retirée : client anonymisé]"
"""What replaces a free-text note once the customer is anonymised (neutral, no content)."""

DEFAULT_RETENTION_YEARS = 5
"""Five years: the prescription of a claim between traders or under the general rule (C. com.
L110-4, C. civ. 2224). Past it, the debt can no longer be claimed, so the personal data are no
longer needed for legal claims; the accounting records (kept ten years) keep their amounts."""

# Why a customer cannot be anonymised (shown as is, translated in the "gdpr" context).
STILL_OWED = QT_TRANSLATE_NOOP(
    "gdpr", "{name} ne peut pas être anonymisé : des factures ou avoirs sont encore ouverts "
    "({count} : {numbers}).")
PROMISE_OPEN = QT_TRANSLATE_NOOP(
    "gdpr", "{name} ne peut pas être anonymisé : une promesse de paiement est encore ouverte.")
PLAN_OPEN = QT_TRANSLATE_NOOP(
    "gdpr", "{name} ne peut pas être anonymisé : un échéancier est encore en cours.")
DISPUTE_OPEN = QT_TRANSLATE_NOOP(
    "gdpr", "{name} ne peut pas être anonymisé : un litige est encore ouvert.")
TOO_EARLY = QT_TRANSLATE_NOOP(
    "gdpr", "{name} ne peut pas être anonymisé avant le {until} : la durée de conservation "
    "({years} ans après la dernière dette soldée, le {last}) n'est pas écoulée.")
ALREADY = QT_TRANSLATE_NOOP("gdpr", "Ce client est déjà anonymisé.")
ANONYMISED_NAME = "Client anonymisé n° {id}"  # stored: the same in every language


def add_years(day: date, years: int) -> date:
    """``day`` plus ``years`` calendar years; 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def _day(value: Any) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value)
    return date.fromisoformat(text[:10]) if text else None


# --- Retention ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Eligibility:
    """Whether a customer may be anonymised on ``today``; ``reason`` says why not (rendered)."""

    customer_id: int
    name: str
    last_settled: date | None  # None: nothing ever invoiced (then: the customer's creation)
    until: date  # the first day anonymisation is allowed (if nothing is open)
    reason: str = ""  # empty: allowed (in French; ``error`` carries it for translation)
    error: UserFacingError | None = None

    @property
    def allowed(self) -> bool:
        return not self.reason


LAST_SETTLED_SQL = """
SELECT MAX(i.issue_date) FROM invoice i WHERE i.customer_id = :c
UNION ALL SELECT MAX(p.paid_on) FROM payment p JOIN invoice i ON i.id = p.invoice_id
 WHERE i.customer_id = :c
UNION ALL SELECT MAX(a.created_at) FROM credit_allocation a JOIN invoice i ON i.id = a.invoice_id
 WHERE i.customer_id = :c
"""


def _last_settled(cf: CompanySession, customer_id: int) -> date | None:
    found = [d for (value,) in cf.tuples(LAST_SETTLED_SQL, {"c": customer_id})
             if (d := _day(value)) is not None]
    return max(found) if found else None


def _open_numbers(cf: CompanySession, customer_id: int) -> list[str]:
    return [str(r[0]) for r in cf.tuples(
        f"SELECT b.number FROM invoice_balance b WHERE b.customer_id = ? AND {OPEN} "
        "ORDER BY b.number", (customer_id,))]


@in_session
def eligibility(cf: CompanySession, customer_id: int, today: date,
                retention_years: int) -> Eligibility:
    """Whether the customer may be anonymised on ``today`` under ``retention_years``."""
    customer = Customer.get_by_id(customer_id)
    last = _last_settled(cf, customer_id)
    start = last if last is not None else _day(customer.created_at) or today
    until = add_years(start, retention_years)

    def refused(text: str, **args: Any) -> Eligibility:
        error = UserFacingError(text, context=CTX, name=customer.name, **args)
        return Eligibility(customer_id, customer.name, last, until, error.render(), error)

    if is_anonymised(customer):
        return refused(ALREADY)
    numbers = _open_numbers(cf, customer_id)
    if numbers:
        return refused(STILL_OWED, count=len(numbers), numbers=", ".join(numbers))
    if Promise.select().where(Promise.customer == customer_id,
                              Promise.status == "open").exists():
        return refused(PROMISE_OPEN)
    if PaymentPlan.select().where(PaymentPlan.customer == customer_id,
                                  PaymentPlan.status == "active").exists():
        return refused(PLAN_OPEN)
    if Dispute.select().where(Dispute.customer == customer_id, Dispute.status == "open").exists():
        return refused(DISPUTE_OPEN)
    if today < until:
        return refused(TOO_EARLY, until=until.strftime("%d/%m/%Y"), years=retention_years,
                       last=start.strftime("%d/%m/%Y"))
    return Eligibility(customer_id, customer.name, last, until)


def is_anonymised(customer: Any) -> bool:
    return ANONYMISED_TAG in str(customer.tags).split(",")


# The same rules as :func:`eligibility`, for the whole book in a few queries (a NOT EXISTS on
# the balance view per customer is measured 5 times slower than reading the open ones once).
LAST_DAYS_SQL = """
SELECT d.cid, MAX(d.day) FROM (
  SELECT i.customer_id AS cid, i.issue_date AS day FROM invoice i
  UNION ALL SELECT i.customer_id, p.paid_on FROM payment p JOIN invoice i ON i.id = p.invoice_id
  UNION ALL SELECT i.customer_id, a.created_at FROM credit_allocation a
    JOIN invoice i ON i.id = a.invoice_id
) d GROUP BY d.cid
"""
BLOCKED_SQL = f"""
SELECT DISTINCT b.customer_id FROM invoice_balance b WHERE {OPEN}
UNION SELECT customer_id FROM promise WHERE status = 'open'
UNION SELECT customer_id FROM payment_plan WHERE status = 'active'
UNION SELECT customer_id FROM dispute WHERE status = 'open'
"""


@in_session
def due(cf: CompanySession, today: date, retention_years: int) -> list[Eligibility]:
    """The customers that may be anonymised on ``today``, by name."""
    blocked = {cid for (cid,) in cf.tuples(BLOCKED_SQL)}
    last_days = dict(cf.tuples(LAST_DAYS_SQL))
    found = []
    for cid, name, created in cf.tuples(
            "SELECT id, name, created_at FROM customer WHERE tags <> :tag ORDER BY name, id",
            {"tag": ANONYMISED_TAG}):
        if cid in blocked:
            continue
        last = _day(last_days.get(cid))
        until = add_years(last if last is not None else _day(created) or today, retention_years)
        if until <= today:
            found.append(Eligibility(cid, name, last, until))
    return found


@dataclass(frozen=True)
class Anonymised:
    customer_id: int
    contacts: int
    notes: int
    files: int


@in_session
def anonymise(cf: CompanySession, customer_id: int, today: date, retention_years: int, *,
              user_id: int | None = None) -> Anonymised:
    """Remove the customer's personal data, keeping what the accounts need; raises
    :class:`UserFacingError` with the reason when it is not allowed yet."""
    with cf.db.atomic():
        check = eligibility(cf, customer_id, today, retention_years)
        if check.error is not None:
            raise check.error
        contacts = Contact.delete().where(Contact.customer == customer_id).execute()
        notes = (Interaction.update(notes=NOTE_MARKER, sheet_state="{}")
                 .where(Interaction.customer == customer_id, Interaction.notes != "").execute())
        Interaction.update(sheet_state="{}").where(Interaction.customer == customer_id).execute()
        Promise.update(promised_by="", note="", reference="").where(
            Promise.customer == customer_id).execute()
        PaymentPlan.update(note="").where(PaymentPlan.customer == customer_id).execute()
        Dispute.update(reason=NOTE_MARKER, notes="", resolution="").where(
            Dispute.customer == customer_id).execute()
        Task.update(note="", done_note="").where(Task.customer == customer_id).execute()
        DunningStop.update(reason=NOTE_MARKER).where(DunningStop.customer == customer_id).execute()
        DunningAction.update(reason="").where(DunningAction.customer == customer_id).execute()
        invoices = Invoice.select(Invoice.id).where(Invoice.customer == customer_id)
        Payment.update(note="").where(Payment.invoice.in_(invoices)).execute()
        file_ids = [d.file_id for d in Document.select(Document.file).where(
            Document.customer == customer_id, Document.file.is_null(False))]
        Document.update(file=None, path="").where(Document.customer == customer_id).execute()
        files = Attachment.delete().where(Attachment.id.in_(file_ids)).execute() if file_ids else 0
        Customer.update(
            name=ANONYMISED_NAME.replace("{id}", str(customer_id)), company_number="",
            vat_number="", street="", postcode="", city="", email="", phone="", mobile="",
            call_hours="", approver="", payment_run_days="", tags=ANONYMISED_TAG, notes="",
            search_key="", archived=True, written_only=True, updated_at=datetime.now(),
        ).where(Customer.id == customer_id).execute()
        AuditEvent.update(before="", after="").where(AuditEvent.customer == customer_id).execute()
        audit.record(cf, "anonymise", "customer", customer_id, customer_id=customer_id,
                     after={"contacts_removed": contacts, "notes_replaced": notes,
                            "files_removed": files, "retention_years": retention_years},
                     user_id=user_id)
    cf.report(Change.of(Topic.CUSTOMERS, Topic.CALLS, Topic.DOCUMENTS, customers=(customer_id,)))
    return Anonymised(customer_id, contacts, notes, files)


# --- Export -------------------------------------------------------------------------------------

def _plain(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return None
    return value


def _row(model: Model, *, drop: tuple[str, ...] = ()) -> dict[str, Any]:
    data = model_to_dict(model, recurse=False)
    return {k: _plain(v) for k, v in data.items() if k not in drop}


def _file_name(attachment_id: int | None) -> str | None:
    if attachment_id is None:
        return None
    found = Attachment.get_or_none(Attachment.id == attachment_id)
    return str(found.file_name) if found is not None else None


def _json_field(text: str) -> Any:
    if not text:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text


@in_session
def collect(cf: CompanySession, customer_id: int, *, now: datetime | None = None
            ) -> dict[str, Any]:
    """Everything held about the customer, as JSON-ready data."""
    customer = Customer.get_by_id(customer_id)
    invoices = list(Invoice.select().where(Invoice.customer == customer_id)
                    .order_by(Invoice.issue_date, Invoice.number))
    ids = [i.id for i in invoices]
    balances = {r.invoice_id: r for r in cf.rows(
        "SELECT b.invoice_id, b.paid_cents, b.credited_cents, b.due_cents FROM invoice_balance b "
        "WHERE b.customer_id = ?", (customer_id,))}

    def invoice_row(inv: Invoice) -> dict[str, Any]:
        row = _row(inv, drop=("customer", "import_batch", "external_key", "copy"))
        b = balances.get(inv.id)
        row.update(paid_cents=int(b.paid_cents) if b else 0,
                   credited_cents=int(b.credited_cents) if b else 0,
                   due_cents=int(b.due_cents) if b else 0,
                   copy_file=_file_name(inv.copy_id))
        return row

    plans = []
    for plan in PaymentPlan.select().where(PaymentPlan.customer == customer_id).order_by(
            PaymentPlan.created_at):
        row = _row(plan, drop=("customer",))
        row["instalments"] = [_row(i, drop=("plan",)) for i in Instalment.select().where(
            Instalment.plan == plan.id).order_by(Instalment.due_on)]
        plans.append(row)
    interactions = []
    for it in Interaction.select().where(Interaction.customer == customer_id).order_by(
            Interaction.occurred_at, Interaction.id):
        row = _row(it, drop=("customer",))
        row["sheet_state"] = _json_field(it.sheet_state)
        interactions.append(row)
    documents = []
    for doc in Document.select().where(Document.customer == customer_id).order_by(
            Document.created_at, Document.id):
        row = _row(doc, drop=("customer", "file"))
        row["file_name"] = _file_name(doc.file_id)
        row["invoices"] = [link.invoice.number for link in DocumentInvoice.select().where(
            DocumentInvoice.document == doc.id)]
        documents.append(row)
    audit_rows = []
    for ev in AuditEvent.select().where(AuditEvent.customer == customer_id).order_by(
            AuditEvent.at, AuditEvent.id):
        row = _row(ev, drop=("customer",))
        row["before"], row["after"] = _json_field(ev.before), _json_field(ev.after)
        audit_rows.append(row)
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "exported_at": (now or datetime.now()).isoformat(timespec="seconds"),
        "controller": cf.company.name if cf.company is not None else "",
        "customer": _row(customer, drop=("search_key",)),
        "contacts": [_row(c, drop=("customer",)) for c in Contact.select().where(
            Contact.customer == customer_id).order_by(Contact.id)],
        "invoices": [invoice_row(i) for i in invoices if i.kind != "credit_note"],
        "credit_notes": [invoice_row(i) for i in invoices if i.kind == "credit_note"],
        "credit_allocations": [_row(a) for a in CreditAllocation.select().where(
            CreditAllocation.invoice.in_(ids)).order_by(CreditAllocation.id)] if ids else [],
        "payments": [_row(p, drop=("import_batch",)) for p in Payment.select().where(
            Payment.invoice.in_(ids)).order_by(Payment.paid_on, Payment.id)] if ids else [],
        "promises": [_row(p, drop=("customer",)) for p in Promise.select().where(
            Promise.customer == customer_id).order_by(Promise.promised_on, Promise.id)],
        "payment_plans": plans,
        "disputes": [_row(d, drop=("customer",)) for d in Dispute.select().where(
            Dispute.customer == customer_id).order_by(Dispute.opened_on, Dispute.id)],
        "interactions": interactions,
        "documents": documents,
        "tasks": [_row(t, drop=("customer",)) for t in Task.select().where(
            Task.customer == customer_id).order_by(Task.due_at, Task.id)],
        "dunning_stops": [_row(s, drop=("customer",)) for s in DunningStop.select().where(
            DunningStop.customer == customer_id)],
        "dunning_actions": [_row(a, drop=("customer",)) for a in DunningAction.select().where(
            DunningAction.customer == customer_id).order_by(DunningAction.done_on)],
        "audit": audit_rows,
    }


def export_stem(data: dict[str, Any], day: date) -> str:
    customer = data["customer"]
    label = customer.get("account") or f"client-{customer['id']}"
    return str(sanitize_filename(f"rgpd-{label}-{day.isoformat()}", replacement_text="_"))


@in_session
def write_export(cf: CompanySession, customer_id: int, folder: Path, *,
                 now: datetime | None = None) -> tuple[Path, Path]:
    """Write the JSON and the PDF of :func:`collect` into ``folder``; returns both paths."""
    from relance_desktop.reports.render import render
    from relance_desktop.services.gdpr_pdf import export_spec

    moment = now or datetime.now()
    data = collect(cf, customer_id, now=moment)
    stem = export_stem(data, moment.date())
    try:
        folder.mkdir(parents=True, exist_ok=True)
        json_path, pdf_path = folder / f"{stem}.json", folder / f"{stem}.pdf"
        json_path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        pdf_path.write_bytes(render(export_spec(cf, data)))
    except OSError as exc:
        raise UserFacingError(QT_TRANSLATE_NOOP(
            "gdpr", "Impossible d'écrire l'export dans « {folder} » : {reason}."),
            context=CTX, folder=str(folder), reason=exc.strerror or str(exc)) from exc
    audit.record(cf, "export", "customer", customer_id, customer_id=customer_id,
                 after={"files": [json_path.name, pdf_path.name]})
    return json_path, pdf_path

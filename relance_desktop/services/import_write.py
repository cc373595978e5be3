"""Writing an import plan: everything in one transaction, or nothing.

:func:`apply` writes exactly what the plan (:mod:`import_plan`) computed and the preview showed:
the documents' amounts, what the source says was paid (one payment per document, method
« import », adjusted on each import), credit notes as documents of kind « credit_note ». Then
each open credit note of the customers concerned is applied (``credit_allocation``) to their
open invoices (those it names first, then the oldest), whatever order the two came in. What is
still due is read from the ``invoice_balance`` view (kept by triggers), never added up here.

Two imports at once (two windows, the app and a script, two users on a server) are serialised:
the transaction takes the write lock first, then matches the customers again, so a customer
created by the other import meanwhile is used, not created a second time.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from relance_desktop.importers.records import paused_gc
from relance_desktop.services import audit
from relance_desktop.services.import_match import CustomerIndex, customer_index
from relance_desktop.services.import_plan import FilePreview, ImportPreview, InvoicePlan
from relance_desktop.services.import_read import IMPORT_METHOD, SETTLED_METHOD
from relance_desktop.store.balance import OPEN
from relance_desktop.store.models import Attachment, ImportBatch, Invoice, Payment, now
from relance_desktop.store.session import Change, CompanySession, Engine, Topic, in_session
from relance_desktop.store.summary import paused as summary_paused

CHUNK = 2_000  # invoices written per executemany (and between two cancel checks)
IMPORT_LOCK = 0x52_4C_49_4D  # PostgreSQL advisory lock key of imports (« RLIM »)


class ImportCancelled(Exception):
    """Raised by the progress callback's owner: the transaction is rolled back."""


@dataclass
class ApplySummary:
    customers_created: int = 0
    invoices_created: int = 0
    invoices_changed: int = 0
    credits_applied: int = 0  # credit notes stored by this import
    settled: int = 0
    allocated_cents: int = 0  # credit applied to invoices by this import
    batches: list[int] = field(default_factory=list)


Progress = Callable[[int, int], bool]  # (done, total) → False to cancel


@contextlib.contextmanager
def write_transaction(cf: CompanySession) -> Iterator[None]:
    """A transaction that holds the import write lock from its first statement.

    SQLite: ``BEGIN IMMEDIATE`` (another writer waits for the busy timeout); PostgreSQL: a
    transaction-scoped advisory lock taken by every import. Nested in a transaction already
    open, it is a savepoint of it.
    """
    if cf.engine is Engine.SQLITE:
        with cf.db.atomic("IMMEDIATE"):
            yield
        return
    with cf.db.atomic():
        cf.scalar("SELECT pg_advisory_xact_lock(?)", (IMPORT_LOCK,))
        yield


@in_session
def apply(cf: CompanySession, plan: ImportPreview, *, settle: Iterable[int] = (),
          progress: Progress | None = None) -> ApplySummary:
    """Write the preview in one transaction; ``settle``: invoice ids the user confirmed as paid."""
    summary = ApplySummary()
    confirmed = set(settle)
    created: dict[int, int] = {}  # pseudo id of a planned customer → its real id
    total = sum(sum(1 for p in f.documents() if p.action in ("new", "changed"))
                for f in plan.files) or 1
    done = 0
    iso_dates: dict[date, str] = {}  # date → ISO text: a file has a few hundred distinct dates
    touched: set[int] = set()  # customers whose credit notes may now apply
    references: dict[tuple[int, str], tuple[str, ...]] = {}  # (customer, credit no.) → invoices

    def step(count: int) -> None:
        nonlocal done
        done += count
        if progress is not None and not progress(done, total):
            raise ImportCancelled

    with write_transaction(cf), paused_gc(), summary_paused(cf, "import") as rewritten:
        index = customer_index(cf)  # read under the lock: sees what another import just wrote
        for file in plan.files:
            if not file.has_changes and not (confirmed & {s.invoice_id for s in file.settle}):
                continue
            batch = ImportBatch.create(
                source=file.source, file_name=file.path.name, sha256=file.result.sha256,
                profile=file.profile_name, counts="{}",
            )
            summary.batches.append(int(batch.id))
            customer_ids = _apply_customers(cf, file, batch, summary, created, index)
            new = [p for p in file.documents() if p.action == "new"]
            existing = {str(r.external_key) for r in cf.rows(
                "SELECT external_key FROM invoice WHERE source = ? AND external_key <> ''",
                (file.source,))}
            for start in range(0, len(new), CHUNK):
                chunk = new[start:start + CHUNK]
                _insert_invoices(cf, file, chunk, customer_ids, batch, summary, existing,
                                 iso_dates)
                step(len(chunk))
            for doc in file.documents():
                if doc.action == "changed":
                    _apply_change(cf, file, doc, batch, summary)
                    step(1)
            for doc in file.documents():
                if doc.action in ("new", "changed"):
                    touched.add(customer_ids[doc.customer_key])
                if doc.is_credit and doc.record.references:
                    references[(customer_ids[doc.customer_key], doc.record.number)] = \
                        doc.record.references
            rewritten.update(_settle(cf, file, confirmed, batch, summary))
            batch.counts = json.dumps({
                "customers_created": summary.customers_created,
                "invoices_created": summary.invoices_created,
                "invoices_changed": summary.invoices_changed,
                "credits_applied": summary.credits_applied,
                "settled": summary.settled,
                "problems": len(file.problems),
            })
            batch.save()
        rewritten.update(touched)  # their summary is computed again before the commit
        with_credit = {int(r.customer_id) for r in cf.rows(
            f"SELECT DISTINCT b.customer_id FROM invoice_balance b WHERE {OPEN} "
            "AND b.kind = 'credit_note'")}
        for customer_id in sorted(touched & with_credit):
            summary.allocated_cents += allocate_credits(cf, customer_id, references)
    cf.report(Change.of(Topic.IMPORTS, Topic.INVOICES, Topic.CUSTOMERS))
    return summary


def _settle(cf: CompanySession, file: FilePreview, confirmed: set[int], batch: ImportBatch,
            summary: ApplySummary) -> set[int]:
    """Payments of the invoices the user confirmed as paid; the ids of their customers."""
    settled = [s.invoice_id for s in file.settle if s.invoice_id in confirmed]
    if not settled:
        return set()
    for settle_plan in file.settle:
        if settle_plan.invoice_id in confirmed:
            Payment.create(invoice=settle_plan.invoice_id, paid_on=date.today(),
                           amount_cents=settle_plan.due_cents, method=SETTLED_METHOD,
                           reference=file.path.name, source=file.source, import_batch=batch,
                           note="absente ou soldée dans l'export")
            summary.settled += 1
    listed = ", ".join(str(int(i)) for i in settled)
    return {int(r.customer_id) for r in cf.rows(
        f"SELECT DISTINCT customer_id FROM invoice WHERE id IN ({listed})")}


CUSTOMER_INSERT = (
    "INSERT INTO customer (account, name, kind, country, language, company_number, "
    "vat_number, street, postcode, city, email, phone, mobile, preferred_channel, "
    "call_hours, approver, po_required, payment_run_days, payment_terms_days, tags, "
    "notes, archived, created_at, updated_at) VALUES "
    "(?, ?, 'business', ?, ?, ?, ?, ?, ?, ?, ?, ?, '', 'phone', '', '', 0, '', NULL, '', "
    "'', 0, ?, ?)")
INVOICE_INSERT = (
    "INSERT INTO invoice (customer_id, number, issue_date, due_date, amount_cents, currency, "
    "description, state, source, import_batch_id, dunning_level, contractual_rate, "
    "external_key, created_at, updated_at, copy_id, kind) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, 0, '', ?, ?, ?, ?, ?)")
PAYMENT_INSERT = (
    "INSERT INTO payment (invoice_id, paid_on, amount_cents, method, reference, note, "
    "source, import_batch_id, created_at) VALUES (?, ?, ?, ?, '', ?, ?, ?, ?)")


@in_session
def _apply_customers(cf: CompanySession, file: FilePreview, batch: ImportBatch,
                     summary: ApplySummary, created: dict[int, int],
                     index: CustomerIndex) -> dict[str, int]:
    """The customer id of each customer key of the file, creating those still unknown.

    A customer the preview found new is matched again against ``index`` (read inside the
    transaction): another import may have created it since the preview.
    """
    stamp = now().isoformat(sep=" ")
    ids: dict[str, int] = {}
    audit_rows = []
    for plan in file.customers:
        if plan.existing_id is not None and plan.existing_id > 0:
            ids[plan.record.key] = plan.existing_id
            continue
        if plan.existing_id is not None and plan.existing_id in created:
            ids[plan.record.key] = created[plan.existing_id]
            continue
        r = plan.record
        found, _how = index.match(r)
        if found is not None and found > 0:
            ids[r.key] = created[plan.pseudo_id] = found
            continue
        country = r.country if r.country in ("FR", "BE") else "FR"
        customer_id = cf.insert(
            CUSTOMER_INSERT,
            (r.account, r.name, country, _language(country, r.postcode), r.company_number,
             r.vat_number, r.street, r.postcode, r.city, r.email, r.phone, stamp, stamp),
        )
        index.add(customer_id, account=r.account, company_number=r.company_number,
                  vat_number=r.vat_number, name=r.name)
        ids[r.key] = customer_id
        created[plan.pseudo_id] = customer_id
        audit_rows.append((stamp, "import", "customer", customer_id, customer_id,
                           json.dumps({"name": r.name, "account": r.account,
                                       "file": file.path.name}, ensure_ascii=False)))
        summary.customers_created += 1
    cf.executemany(
        "INSERT INTO audit_event (at, action, entity, entity_id, customer_id, before, after) "
        "VALUES (?, ?, ?, ?, ?, '', ?)", audit_rows)
    return ids


def _language(country: str, postcode: str) -> str:
    """Flemish postcodes (2xxx, 3xxx, 8xxx, 9xxx; 1500–1999) → Dutch; otherwise French."""
    if country != "BE" or not postcode[:4].isdigit():
        return "fr"
    code = int(postcode[:4])
    return "nl" if (code >= 2000 and not 4000 <= code < 8000) or 1500 <= code < 2000 else "fr"


def _store_pdf(path: Path) -> Attachment | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    digest = hashlib.sha256(data).hexdigest()
    existing = Attachment.get_or_none(Attachment.sha256 == digest)
    return existing or Attachment.create(file_name=path.name, mime_type="application/pdf",
                                         sha256=digest, size=len(data), data=data)


def _set_import_payment(invoice_id: int, source: str, target: int, batch: ImportBatch,
                        paid_on: date) -> None:
    rows = list(Payment.select().where((Payment.invoice == invoice_id)
                                       & (Payment.source == source)
                                       & (Payment.method == IMPORT_METHOD)))
    current = sum(p.amount_cents for p in rows)
    if current == target:
        return
    for row in rows:
        row.delete_instance()
    if target > 0:
        Payment.create(invoice=invoice_id, paid_on=paid_on, amount_cents=target,
                       method=IMPORT_METHOD, reference="", source=source, import_batch=batch,
                       note="payé selon le logiciel source")


@in_session
def _insert_invoices(cf: CompanySession, file: FilePreview, plans: list[InvoicePlan],
                     customer_ids: dict[str, int], batch: ImportBatch, summary: ApplySummary,
                     existing: set[str], iso_dates: dict[date, str]) -> None:
    """New documents of one chunk, with what the plan says was paid, in two executemany.

    ``existing``: the external keys of this source already in the file (a key written by
    another import since the preview is skipped); ``iso_dates``: a cache of ISO dates, both
    shared by the chunks of a file.
    """
    stamp = now().isoformat(sep=" ")
    source, batch_id = file.source, batch.id
    rows: list[tuple[Any, ...]] = []
    keys: list[str] = []
    paid: list[tuple[int, int, str]] = []  # (row index, cents, paid on)
    for plan in plans:
        r = plan.record
        key = plan.key
        if key in existing:
            continue
        existing.add(key)
        issued = r.issue_date or plan.due_date or date.today()
        due = plan.due_date or issued
        issued_text = iso_dates.get(issued)
        if issued_text is None:
            issued_text = iso_dates[issued] = issued.isoformat()
        due_text = iso_dates.get(due)
        if due_text is None:
            due_text = iso_dates[due] = due.isoformat()
        copy = _store_pdf(r.attachment) if r.attachment is not None else None
        if plan.paid_cents:
            paid.append((len(rows), plan.paid_cents, issued_text))
        rows.append((customer_ids[plan.customer_key], r.number, issued_text, due_text,
                     plan.amount_cents, r.currency, r.description, source, batch_id, key, stamp,
                     stamp, copy.id if copy is not None else None, str(r.kind)))
        keys.append(key)
        if plan.is_credit:
            summary.credits_applied += 1
        else:
            summary.invoices_created += 1
    last_id = int(cf.scalar("SELECT COALESCE(MAX(id), 0) FROM invoice"))
    cf.executemany(INVOICE_INSERT, rows)
    if paid:
        ids = _new_ids(cf, last_id, keys, source)
        cf.executemany(PAYMENT_INSERT, [
            (ids[index], on, cents, IMPORT_METHOD, "payé selon le logiciel source", source,
             batch_id, stamp) for index, cents, on in paid])


def _new_ids(cf: CompanySession, last_id: int, keys: list[str], source: str) -> list[int]:
    """The ids of the invoices just written, in the order written (their external keys).

    The database gives new rows increasing ids (SQLite: the largest so far plus one; PostgreSQL:
    the identity sequence), so they are usually ``last_id + 1`` onwards; one query checks it
    (the ids above ``last_id`` are exactly as many, up to the expected last one). Otherwise
    (ids taken by others meanwhile, a sequence ahead of the table) they are read by key.
    """
    count = len(keys)
    seen = cf.one("SELECT COALESCE(MAX(id), 0) AS top, COUNT(*) AS written FROM invoice "
                  "WHERE id > ?", (last_id,))
    if seen is not None and seen.top == last_id + count and seen.written == count:
        return list(range(last_id + 1, last_id + count + 1))
    by_key = {str(r.external_key): int(r.id) for r in cf.rows(
        "SELECT external_key, id FROM invoice WHERE id > ? AND source = ?", (last_id, source))}
    return [by_key[key] for key in keys]


def _apply_change(cf: CompanySession, file: FilePreview, plan: InvoicePlan, batch: ImportBatch,
                  summary: ApplySummary) -> None:
    assert plan.existing_id is not None
    invoice = Invoice.get_by_id(plan.existing_id)
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    if "amount_cents" in plan.changes:
        before["amount_cents"], after["amount_cents"] = plan.changes["amount_cents"]
        invoice.amount_cents = plan.amount_cents
    if "due_date" in plan.changes:
        before["due_date"], after["due_date"] = plan.changes["due_date"]
        invoice.due_date = plan.due_date or invoice.due_date
    invoice.import_batch = batch
    invoice.updated_at = now()
    invoice.save()
    if "paid_cents" in plan.changes:
        before["paid_cents"], after["paid_cents"] = plan.changes["paid_cents"]
        _set_import_payment(invoice.id, file.source, plan.paid_cents, batch, date.today())
    audit.record(cf, "import", "invoice", invoice.id, customer_id=invoice.customer_id,
                 before=before, after=after)
    summary.invoices_changed += 1


OPEN_DOCUMENTS_SQL = f"""
SELECT b.invoice_id, b.kind, b.number, b.currency, b.due_cents
FROM invoice_balance b
WHERE b.customer_id = ? AND {OPEN}
ORDER BY b.issue_date, b.invoice_id
"""


@in_session
def allocate_credits(cf: CompanySession, customer_id: int,
                     references: dict[tuple[int, str], tuple[str, ...]]) -> int:
    """Apply the customer's open credit notes to its open invoices of the same currency: the
    invoices a credit note names first (``references``, by customer and credit note number),
    then the oldest. What the customer owes in all is unchanged; returns the cents applied."""
    rows = cf.rows(OPEN_DOCUMENTS_SQL, (customer_id,))
    open_invoices = [r for r in rows if r.kind == "invoice"]
    due = {int(r.invoice_id): int(r.due_cents) for r in open_invoices}
    stamp = now().isoformat(sep=" ")
    allocations: list[tuple[int, int, int, str]] = []
    for credit in (r for r in rows if r.kind == "credit_note"):
        named = set(references.get((customer_id, str(credit.number)), ()))
        remaining = int(credit.due_cents)
        targets = sorted((r for r in open_invoices if r.currency == credit.currency),
                         key=lambda r: str(r.number) not in named)  # stable: oldest next
        applied: list[str] = []
        for invoice in targets:
            part = min(due[int(invoice.invoice_id)], remaining)
            if part <= 0:
                continue
            allocations.append((int(credit.invoice_id), int(invoice.invoice_id), part, stamp))
            due[int(invoice.invoice_id)] -= part
            remaining -= part
            applied.append(str(invoice.number))
        if applied:
            audit.record(cf, "import", "credit_note", int(credit.invoice_id),
                         customer_id=customer_id,
                         after={"number": str(credit.number), "invoices": applied,
                                "applied_cents": int(credit.due_cents) - remaining,
                                "unapplied_cents": remaining})
    cf.executemany("INSERT INTO credit_allocation (credit_id, invoice_id, amount_cents, "
                   "created_at) VALUES (?, ?, ?, ?)", allocations)
    return sum(a[2] for a in allocations)

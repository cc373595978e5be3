"""Bringing open invoices in: read files, preview what would change, apply it in one go.

Nothing is written before :func:`apply`; :func:`apply` writes everything in one transaction or
nothing (a cancel or a failure rolls back). Identity of an imported document is its source plus
an external key (« account|kind|number »), so re-importing the same export changes nothing.

What a source says an invoice has been paid is kept as one payment per invoice
(method « import »), adjusted on each import. Credit notes become payments (method
« credit_note ») on the invoices they correct, else on the customer's oldest open invoices.
What is still due on an invoice is read from the ``invoice_balance`` view (or the invoice's
``paid_cents`` / ``credited_cents``, kept by triggers), never added up here.

Every query runs on SQLite and PostgreSQL; new invoices go in with one ``executemany`` per chunk
of :data:`CHUNK`, in the one transaction of :func:`apply`.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from relance_desktop.domain.text import search_key
from relance_desktop.errors import UserFacingError
from relance_desktop.i18n import QT_TRANSLATE_NOOP, Message
from relance_desktop.importers.records import (
    CustomerRecord,
    DocumentKind,
    InvoiceRecord,
    ParseResult,
    Problem,
    note_text,
    paused_gc,
)
from relance_desktop.services import audit
from relance_desktop.store.balance import OPEN
from relance_desktop.store.models import (
    Attachment,
    ImportBatch,
    ImportProfile,
    Invoice,
    Payment,
    now,
)
from relance_desktop.store.session import Change, CompanySession, Topic, in_session

CTX = "imports"
IMPORT_METHOD = "import"
CREDIT_METHOD = "credit_note"
SETTLED_METHOD = "import_settled"

TABULAR_SUFFIXES = {".csv", ".txt", ".tsv", ".xlsx", ".xlsm"}
CHUNK = 2_000  # invoices written per executemany (and between two cancel checks)


class ImportCancelled(Exception):
    """Raised by the progress callback's owner: the transaction is rolled back."""


# -- reading ----------------------------------------------------------------------------------
def _looks_like_fec(path: Path) -> bool:
    try:
        head = path.read_bytes()[:4096]
    except OSError:
        return False
    text = head.decode("latin-1").casefold()
    return "journalcode" in text and "comptenum" in text


def read_file(path: Path, *, profile: Any = None, excluded_accounts: Iterable[str] = (),
              default_currency: str = "EUR") -> ParseResult:
    """Read one file with the right importer; a file that cannot be read is a plain message."""
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        if suffix == ".pdf" or suffix == ".xml":
            from relance_desktop.importers.einvoice import read_einvoice

            return read_einvoice(path)
        if suffix in TABULAR_SUFFIXES and _looks_like_fec(path):
            from relance_desktop.importers.fec import read_fec

            return read_fec(path, excluded_accounts=frozenset(excluded_accounts))
        if suffix in TABULAR_SUFFIXES:
            from relance_desktop.importers.tabular import read_tabular

            return read_tabular(path, profile, default_currency=default_currency)
    except OSError as exc:
        raise UserFacingError(
            QT_TRANSLATE_NOOP("imports", "Impossible de lire « {path} » : {reason}"),
            context=CTX, path=str(path), reason=exc.strerror or str(exc),
        ) from None
    except ValueError as exc:  # FecError, TabularError, EInvoiceError: the whole file is refused
        message = getattr(exc, "message", None)
        raise UserFacingError(
            QT_TRANSLATE_NOOP("imports", "« {path} » ne peut pas être importé : {reason}"),
            context=CTX, path=str(path),
            reason=message if isinstance(message, Message) else str(exc),
        ) from None
    raise UserFacingError(
        QT_TRANSLATE_NOOP(
            "imports",
            "« {path} » : format non reconnu. Relance importe les fichiers CSV et Excel, le FEC, "
            "les factures Factur-X (PDF) et UBL (XML).",
        ),
        context=CTX, path=str(path),
    )


def source_of(result: ParseResult, profile_name: str = "") -> str:
    """The identity of the source an invoice comes from (part of its key)."""
    if result.source in ("csv", "xlsx"):
        return f"tabular:{profile_name or 'default'}"
    if result.source in ("facturx", "ubl", "cii"):
        return "einvoice"
    return result.source


_KIND_TEXT = {kind: kind.value for kind in DocumentKind}


def external_key(record: InvoiceRecord, account: str) -> str:
    # ``kind`` is a StrEnum: formatting it gives its value (without an attribute look-up per row).
    return f"{account}|{record.kind}|{record.number}"


def credit_reference(source: str, record: InvoiceRecord) -> str:
    """How the payments made from a credit note are recognised on the next import."""
    return f"{source}:{record.number}"


# -- preview ----------------------------------------------------------------------------------
@dataclass
class CustomerPlan:
    record: CustomerRecord
    existing_id: int | None  # negative: created by an earlier file of the same import
    matched_by: str  # « account », « company_number », « vat_number », « name », « » (new)

    pseudo_id: int = 0  # when new: the id later files of this import match it by

    @property
    def is_new(self) -> bool:
        return self.existing_id is None


@dataclass
class InvoicePlan:
    record: InvoiceRecord
    customer_key: str
    action: str  # « new », « changed », « unchanged »
    existing_id: int | None = None
    due_date: date | None = None
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    key: str = ""  # the external key (« account|kind|number »), as the preview computed it


@dataclass
class SettlePlan:
    """Open in Relance but absent (or settled) in a full export: offered as paid."""

    invoice_id: int
    number: str
    customer: str
    due_cents: int
    currency: str


@dataclass
class FilePreview:
    path: Path
    result: ParseResult
    source: str
    profile_name: str
    customers: list[CustomerPlan] = field(default_factory=list)
    invoices: list[InvoicePlan] = field(default_factory=list)
    credits: list[InvoicePlan] = field(default_factory=list)
    settle: list[SettlePlan] = field(default_factory=list)
    already_imported: bool = False

    @property
    def problems(self) -> list[Problem]:
        return self.result.problems

    def count(self, action: str) -> int:
        return sum(1 for plan in self.invoices if plan.action == action)

    @property
    def new_customers(self) -> int:
        return sum(1 for plan in self.customers if plan.is_new)

    def due_per_currency(self) -> dict[str, int]:
        totals: dict[str, int] = defaultdict(int)
        for plan in self.invoices:
            totals[plan.record.currency] += plan.record.due_cents
        for plan in self.credits:
            totals[plan.record.currency] -= plan.record.due_cents
        return dict(totals)

    def due_per_customer(self) -> list[tuple[str, str, str, int]]:
        """(name, account, currency, still due) per customer, biggest first."""
        names = {plan.record.key: plan.record for plan in self.customers}
        totals: dict[tuple[str, str], int] = defaultdict(int)
        for plan in self.invoices:
            totals[(plan.customer_key, plan.record.currency)] += plan.record.due_cents
        for plan in self.credits:
            totals[(plan.customer_key, plan.record.currency)] -= plan.record.due_cents
        rows = []
        for (key, currency), cents in totals.items():
            record = names.get(key)
            rows.append((record.name if record else key, record.account if record else "",
                         currency, cents))
        rows.sort(key=lambda r: -r[3])
        return rows

    @property
    def has_changes(self) -> bool:
        return bool(self.new_customers or self.count("new") or self.count("changed")
                    or any(p.action != "unchanged" for p in self.credits) or self.settle)


@dataclass
class ImportPreview:
    files: list[FilePreview]

    @property
    def problems(self) -> list[Problem]:
        return [p for f in self.files for p in f.problems]

    @property
    def has_changes(self) -> bool:
        return any(f.has_changes for f in self.files)


def _index_customers(cf: CompanySession) -> dict[str, dict[str, int]]:
    index: dict[str, dict[str, int]] = {"account": {}, "company_number": {}, "vat_number": {},
                                        "name": {}}
    for r in cf.rows("SELECT id, account, company_number, vat_number, name FROM customer "
                     "ORDER BY id"):
        if r.account:
            index["account"].setdefault(r.account, r.id)
        if r.company_number:
            index["company_number"].setdefault(r.company_number, r.id)
        if r.vat_number:
            index["vat_number"].setdefault(r.vat_number.replace(" ", "").upper(), r.id)
        index["name"].setdefault(search_key(r.name), r.id)
    return index


def _remember(record: CustomerRecord, pseudo_id: int, index: dict[str, dict[str, int]]) -> None:
    """A customer this import will create, so that later files match it too."""
    if record.account:
        index["account"].setdefault(record.account, pseudo_id)
    if record.company_number:
        index["company_number"].setdefault(record.company_number, pseudo_id)
    if record.vat_number:
        index["vat_number"].setdefault(record.vat_number.replace(" ", "").upper(), pseudo_id)
    index["name"].setdefault(search_key(record.name), pseudo_id)


def _match(record: CustomerRecord, index: dict[str, dict[str, int]]) -> tuple[int | None, str]:
    candidates = (
        ("account", record.account),
        ("company_number", record.company_number),
        ("vat_number", record.vat_number.replace(" ", "").upper()),
        ("name", search_key(record.name)),
    )
    for how, value in candidates:
        if value and value in index[how]:
            return index[how][value], how
    return None, ""


def _due_date(record: InvoiceRecord, terms: int, today: date) -> date:
    if record.due_date is not None:
        return record.due_date
    return (record.issue_date or today) + timedelta(days=terms)


@dataclass
class _Known:
    """What the company file already holds for one source, read in a few queries."""

    invoices: dict[str, tuple[int, int, date]]  # external key → (id, amount, due date)
    import_paid: dict[int, int]  # invoice id → paid by this source's imports
    paid_elsewhere: dict[int, int]  # invoice id → paid otherwise (by hand, other sources)
    credit_refs: set[str]  # payment references of credit notes already applied
    terms: dict[int, int | None]  # customer id → payment terms


# This source's invoices: what is settled on each (paid, or given back by a credit note: the
# invoice's columns kept by triggers) and, of that, what this source's imports paid.
KNOWN_SQL = """
SELECT i.id, i.external_key, i.amount_cents, i.due_date,
       i.paid_cents + i.credited_cents AS settled, COALESCE(p.imported, 0) AS imported
FROM invoice i
LEFT JOIN (SELECT invoice_id, SUM(amount_cents) AS imported FROM payment
           WHERE source = :source AND method IN (:imported, :settled)
           GROUP BY invoice_id) p ON p.invoice_id = i.id
WHERE i.source = :source AND i.external_key <> ''
"""


@in_session
def _known(cf: CompanySession, source: str) -> _Known:
    invoices: dict[str, tuple[int, int, date]] = {}
    import_paid: dict[int, int] = {}
    elsewhere: dict[int, int] = {}
    for r in cf.rows(KNOWN_SQL, {"source": source, "imported": IMPORT_METHOD,
                                 "settled": SETTLED_METHOD}):
        iid = int(r.id)
        invoices[str(r.external_key)] = (iid, int(r.amount_cents), date.fromisoformat(r.due_date))
        import_paid[iid] = int(r.imported)
        elsewhere[iid] = int(r.settled) - int(r.imported)
    credit_refs = {str(r.reference) for r in cf.rows(
        "SELECT DISTINCT reference FROM payment WHERE method = ? AND source = ?",
        (CREDIT_METHOD, source))}
    terms = {int(r.id): (None if r.payment_terms_days is None else int(r.payment_terms_days))
             for r in cf.rows("SELECT id, payment_terms_days FROM customer")}
    return _Known(invoices, import_paid, elsewhere, credit_refs, terms)


@in_session
def preview_file(cf: CompanySession, result: ParseResult, *, profile_name: str = "",
                 today: date, index: dict[str, dict[str, int]] | None = None) -> FilePreview:
    profile_name = profile_name or result.profile  # the profile given, or the one recognised
    source = source_of(result, profile_name)
    preview = FilePreview(result.file, result, source, profile_name)
    preview.already_imported = bool(
        ImportBatch.select().where(ImportBatch.sha256 == result.sha256).exists())
    company_terms = cf.company.payment_terms_days
    if index is None:
        index = _index_customers(cf)
    known = _known(cf, source)
    terms_of: dict[str, int] = {}
    account_of: dict[str, str] = {}
    for record in result.customers:
        existing, how = _match(record, index)
        customer_plan = CustomerPlan(record, existing, how)
        preview.customers.append(customer_plan)
        if existing is None:
            customer_plan.pseudo_id = -(1 + sum(len(v) for v in index.values()))
            _remember(record, customer_plan.pseudo_id, index)
        custom = known.terms.get(existing) if existing is not None and existing > 0 else None
        terms_of[record.key] = company_terms if custom is None else custom
        account_of[record.key] = record.account or record.key
    seen: set[str] = set()
    delays: dict[int, timedelta] = {}  # payment terms → timedelta, made once each
    credit_note = DocumentKind.CREDIT_NOTE
    for doc in result.invoices:
        customer_key = doc.customer_key
        # external_key() and _due_date(), inlined: this loop runs once per invoice of the file.
        key = f"{account_of.get(customer_key, customer_key)}|{_KIND_TEXT[doc.kind]}|{doc.number}"
        seen.add(key)
        due = doc.due_date
        if due is None:
            terms = terms_of.get(customer_key, company_terms)
            delay = delays.get(terms)
            if delay is None:
                delay = delays[terms] = timedelta(days=terms)
            due = (doc.issue_date or today) + delay
        plan = InvoicePlan(doc, customer_key, "new", due_date=due, key=key)
        if doc.kind is credit_note:
            applied = credit_reference(source, doc) in known.credit_refs
            plan.action = "unchanged" if applied else "new"
            preview.credits.append(plan)
            continue
        found = known.invoices.get(key)
        if found is not None:
            found_id, found_amount, found_due = found
            plan.existing_id = found_id
            changes: dict[str, tuple[Any, Any]] = {}
            if found_amount != doc.amount_cents:
                changes["amount_cents"] = (found_amount, doc.amount_cents)
            paid_import = known.import_paid.get(found_id, 0)
            target = max(0, min(doc.paid_cents, doc.amount_cents)
                         - known.paid_elsewhere.get(found_id, 0))
            if paid_import != target:
                changes["paid_cents"] = (paid_import, target)
            if found_due != due and doc.due_date is not None:
                changes["due_date"] = (found_due, due)
            plan.action = "changed" if changes else "unchanged"
            plan.changes = changes
        preview.invoices.append(plan)
    if result.full_export:
        preview.settle = _absent(cf, source, seen, result)
    return preview


# This source's invoices still open in Relance, with what is still due on them.
OPEN_OF_SOURCE_SQL = f"""
SELECT b.invoice_id, b.number, b.due_cents, b.currency, i.external_key, c.name AS customer
FROM invoice_balance b
JOIN invoice i ON i.id = b.invoice_id
JOIN customer c ON c.id = b.customer_id
WHERE i.source = ? AND i.external_key <> '' AND {OPEN}
ORDER BY b.invoice_id
"""


@in_session
def _absent(cf: CompanySession, source: str, seen: set[str],
            result: ParseResult) -> list[SettlePlan]:
    """Invoices of this source still open in Relance but no longer open in the export."""
    settled_in_file = {
        key for key, record in ((external_key(r, r.customer_key), r) for r in result.invoices)
        if record.due_cents <= 0
    }
    return [SettlePlan(int(r.invoice_id), str(r.number), str(r.customer), int(r.due_cents),
                       str(r.currency))
            for r in cf.rows(OPEN_OF_SOURCE_SQL, (source,))
            if r.external_key not in seen or r.external_key in settled_in_file]


@in_session
def preview(cf: CompanySession, paths: Iterable[Path], *, profile: Any = None, today: date,
            profile_name: str = "", profiles: Mapping[Path, Any] | None = None) -> ImportPreview:
    """Read every file and say what importing it would do; nothing is written.

    ``profile`` applies to every CSV/Excel file, ``profiles`` gives one per file. All files are
    previewed together: a customer new in one file is matched, not created again, in the next.
    """
    excluded = fec_exclusions(cf)
    currency = cf.company.currency
    index = _index_customers(cf)  # shared: a customer new in one file is matched in the next
    files = []
    with paused_gc():
        for path in paths:
            chosen = (profiles or {}).get(Path(path), profile)
            result = read_file(Path(path), profile=chosen, excluded_accounts=excluded,
                               default_currency=currency)
            name = profile_name or (getattr(chosen, "name", "") if chosen is not None else "")
            files.append(preview_file(cf, result, profile_name=name, today=today, index=index))
    return ImportPreview(files)


# -- applying ---------------------------------------------------------------------------------
@dataclass
class ApplySummary:
    customers_created: int = 0
    invoices_created: int = 0
    invoices_changed: int = 0
    credits_applied: int = 0
    settled: int = 0
    batches: list[int] = field(default_factory=list)


Progress = Callable[[int, int], bool]  # (done, total) → False to cancel


@in_session
def apply(cf: CompanySession, plan: ImportPreview, *, settle: Iterable[int] = (),
          progress: Progress | None = None) -> ApplySummary:
    """Write the preview in one transaction; ``settle``: invoice ids the user confirmed as paid."""
    summary = ApplySummary()
    confirmed = set(settle)
    created: dict[int, int] = {}  # pseudo id of a planned customer → its real id
    total = sum(len([p for p in f.invoices if p.action != "unchanged"]) + len(f.credits)
                for f in plan.files) or 1
    done = 0
    iso_dates: dict[date, str] = {}  # date → ISO text: a file has a few hundred distinct dates
    with cf.db.atomic(), paused_gc():
        for file in plan.files:
            if not file.has_changes and not (confirmed & {s.invoice_id for s in file.settle}):
                continue
            batch = ImportBatch.create(
                source=file.source, file_name=file.path.name, sha256=file.result.sha256,
                profile=file.profile_name, counts="{}",
            )
            summary.batches.append(int(batch.id))
            customer_ids = _apply_customers(cf, file, batch, summary, created)
            new = [p for p in file.invoices if p.action == "new"]
            existing = {str(r.external_key) for r in cf.rows(
                "SELECT external_key FROM invoice WHERE source = ? AND external_key <> ''",
                (file.source,))}
            accounts = {c.record.key: c.record.account or c.record.key for c in file.customers}
            for start in range(0, len(new), CHUNK):
                chunk = new[start:start + CHUNK]
                _insert_invoices(cf, file, chunk, customer_ids, batch, summary, existing,
                                 accounts, iso_dates)
                done += len(chunk)
                if progress is not None and not progress(done, total):
                    raise ImportCancelled
            for invoice_plan in file.invoices:
                if invoice_plan.action != "changed":
                    continue
                _apply_change(cf, file, invoice_plan, batch, summary)
                done += 1
                if progress is not None and not progress(done, total):
                    raise ImportCancelled
            for credit in file.credits:
                _apply_credit(cf, file, credit, customer_ids, batch, summary)
                done += 1
                if progress is not None and not progress(done, total):
                    raise ImportCancelled
            for settle_plan in file.settle:
                if settle_plan.invoice_id in confirmed:
                    Payment.create(invoice=settle_plan.invoice_id, paid_on=date.today(),
                                   amount_cents=settle_plan.due_cents, method=SETTLED_METHOD,
                                   reference=file.path.name, source=file.source,
                                   import_batch=batch,
                                   note="absente ou soldée dans l'export")
                    summary.settled += 1
            batch.counts = json.dumps({
                "customers_created": summary.customers_created,
                "invoices_created": summary.invoices_created,
                "invoices_changed": summary.invoices_changed,
                "credits_applied": summary.credits_applied,
                "settled": summary.settled,
                "problems": len(file.problems),
            })
            batch.save()
    cf.report(Change.of(Topic.IMPORTS, Topic.INVOICES, Topic.CUSTOMERS))
    return summary


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
    "external_key, created_at, updated_at, copy_id) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, 0, '', ?, ?, ?, ?)")
PAYMENT_INSERT = (
    "INSERT INTO payment (invoice_id, paid_on, amount_cents, method, reference, note, "
    "source, import_batch_id, created_at) VALUES (?, ?, ?, ?, '', ?, ?, ?, ?)")


@in_session
def _apply_customers(cf: CompanySession, file: FilePreview, batch: ImportBatch,
                     summary: ApplySummary, created: dict[int, int]) -> dict[str, int]:
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
        country = r.country if r.country in ("FR", "BE") else "FR"
        customer_id = cf.insert(
            CUSTOMER_INSERT,
            (r.account, r.name, country, _language(country, r.postcode), r.company_number,
             r.vat_number, r.street, r.postcode, r.city, r.email, r.phone, stamp, stamp),
        )
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
                     existing: set[str], accounts: dict[str, str],
                     iso_dates: dict[date, str]) -> None:
    """New invoices of one chunk, with what the source says was paid, in two executemany.

    ``accounts``: customer key → account (as in the external key), ``iso_dates``: a cache of
    ISO dates, both shared by the chunks of a file.
    """
    stamp = now().isoformat(sep=" ")
    source, batch_id = file.source, batch.id
    rows: list[tuple[Any, ...]] = []
    keys: list[str] = []
    paid: list[tuple[int, int, str]] = []  # (row index, cents, paid on)
    for plan in plans:
        r = plan.record
        key = plan.key or external_key(r, accounts.get(plan.customer_key, plan.customer_key))
        if key in existing:
            continue  # the same document came in an earlier file of this import
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
        amount = r.amount_cents
        target = max(0, min(r.paid_cents, amount))
        if target:
            paid.append((len(rows), target, issued_text))
        rows.append((customer_ids[plan.customer_key], r.number, issued_text, due_text, amount,
                     r.currency, r.description, source, batch_id, key, stamp, stamp,
                     copy.id if copy is not None else None))
        keys.append(key)
    last_id = int(cf.scalar("SELECT COALESCE(MAX(id), 0) FROM invoice"))
    cf.executemany(INVOICE_INSERT, rows)
    if paid:
        ids = _new_ids(cf, last_id, keys, source)
        cf.executemany(PAYMENT_INSERT, [
            (ids[index], on, cents, IMPORT_METHOD, "payé selon le logiciel source", source,
             batch_id, stamp) for index, cents, on in paid])
    summary.invoices_created += len(rows)


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
    r = plan.record
    assert plan.existing_id is not None
    invoice = Invoice.get_by_id(plan.existing_id)
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    if "amount_cents" in plan.changes:
        before["amount_cents"], after["amount_cents"] = plan.changes["amount_cents"]
        invoice.amount_cents = r.amount_cents
    if "due_date" in plan.changes:
        before["due_date"], after["due_date"] = plan.changes["due_date"]
        invoice.due_date = plan.due_date or invoice.due_date
    invoice.import_batch = batch
    invoice.updated_at = now()
    invoice.save()
    if "paid_cents" in plan.changes:
        before["paid_cents"], after["paid_cents"] = plan.changes["paid_cents"]
        _set_import_payment(invoice.id, file.source, plan.changes["paid_cents"][1], batch,
                            date.today())
    audit.record(cf, "import", "invoice", invoice.id, customer_id=invoice.customer_id,
                 before=before, after=after)
    summary.invoices_changed += 1


def _apply_credit(cf: CompanySession, file: FilePreview, plan: InvoicePlan,
                  customer_ids: dict[str, int], batch: ImportBatch,
                  summary: ApplySummary) -> None:
    """A credit note reduces what the customer owes: payments on the invoices it corrects."""
    if plan.action == "unchanged":
        return
    r = plan.record
    reference = credit_reference(file.source, r)
    if Payment.select().where((Payment.method == CREDIT_METHOD)
                              & (Payment.reference == reference)).exists():
        return
    customer_id = customer_ids[plan.customer_key]
    remaining = r.due_cents
    open_invoices = ((Invoice.customer == customer_id) & (Invoice.state == "open")
                     & (Invoice.kind == "invoice"))
    targets = list(Invoice.select().where(open_invoices
                                          & (Invoice.number.in_(r.references or ("",)))))
    targets += list(Invoice.select().where(open_invoices).order_by(Invoice.due_date, Invoice.id))
    used: set[int] = set()
    for invoice in targets:
        if remaining <= 0 or invoice.id in used or invoice.currency != r.currency:
            continue
        used.add(invoice.id)
        due = int(cf.scalar("SELECT due_cents FROM invoice_balance WHERE invoice_id = ?",
                            (invoice.id,)))
        part = min(due, remaining)
        if part <= 0:
            continue
        Payment.create(invoice=invoice.id, paid_on=r.issue_date or date.today(),
                       amount_cents=part, method=CREDIT_METHOD, reference=reference,
                       source=file.source, import_batch=batch,
                       note=f"avoir {r.number}")
        remaining -= part
    audit.record(cf, "import", "credit_note", None, customer_id=customer_id,
                 after={"number": r.number, "applied_cents": r.due_cents - remaining,
                        "unapplied_cents": remaining})
    summary.credits_applied += 1


# -- remembered choices -----------------------------------------------------------------------
@in_session
def fec_exclusions(cf: CompanySession) -> frozenset[str]:
    row = ImportProfile.get_or_none((ImportProfile.kind == "fec") & (ImportProfile.name == "FEC"))
    if row is None:
        return frozenset()
    return frozenset(json.loads(row.data).get("excluded_accounts", []))


@in_session
def remember_fec_exclusions(cf: CompanySession, accounts: Iterable[str]) -> None:
    data = json.dumps({"excluded_accounts": sorted(set(accounts))})
    with cf.db.atomic():
        row = ImportProfile.get_or_none((ImportProfile.kind == "fec")
                                        & (ImportProfile.name == "FEC"))
        if row is None:
            ImportProfile.create(name="FEC", kind="fec", data=data)
        else:
            row.data = data
            row.updated_at = now()
            row.save()
    cf.report(Change.of(Topic.IMPORTS))


@in_session
def save_profile(cf: CompanySession, profile: Any) -> None:
    """Remember a CSV/Excel profile (its name identifies it)."""
    with cf.db.atomic():
        row = ImportProfile.get_or_none((ImportProfile.kind == "tabular")
                                        & (ImportProfile.name == profile.name))
        if row is None:
            ImportProfile.create(name=profile.name, kind="tabular", data=profile.to_json())
        else:
            row.data = profile.to_json()
            row.updated_at = now()
            row.save()
    cf.report(Change.of(Topic.IMPORTS))


@in_session
def load_profile(cf: CompanySession, name: str) -> Any:
    from relance_desktop.importers.tabular_profiles import Profile

    row = ImportProfile.get_or_none((ImportProfile.kind == "tabular")
                                    & (ImportProfile.name == name))
    if row is None:
        for builtin in _builtin_profiles():
            if builtin.name == name:
                return builtin
        raise UserFacingError(
            QT_TRANSLATE_NOOP("imports", "Aucun profil d'import nommé « {name} »."),
            context=CTX, name=name)
    return Profile.from_json(row.data)


@in_session
def profile_names(cf: CompanySession) -> list[str]:
    own = [str(r.name) for r in cf.rows(
        "SELECT name FROM import_profile WHERE kind = 'tabular' ORDER BY name")]
    return own + [p.name for p in _builtin_profiles() if p.name not in own]


def _builtin_profiles() -> tuple[Any, ...]:
    from relance_desktop.importers.tabular_profiles import builtin_profiles

    return builtin_profiles()


# -- reports ----------------------------------------------------------------------------------
def _money(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    units, rest = divmod(abs(cents), 100)
    return f"{sign}{units}.{rest:02d}"


def preview_json(plan: ImportPreview) -> dict[str, Any]:
    """The preview for scripts: amounts as strings with a dot and two decimals."""
    files = []
    for f in plan.files:
        files.append({
            "file": f.path.name,
            "sha256": f.result.sha256,
            "source": f.source,
            "profile": f.profile_name,
            "already_imported": f.already_imported,
            "customers": {"new": f.new_customers,
                          "matched": len(f.customers) - f.new_customers},
            "invoices": {"new": f.count("new"), "changed": f.count("changed"),
                         "unchanged": f.count("unchanged")},
            "credit_notes": {"new": sum(1 for c in f.credits if c.action == "new"),
                             "unchanged": sum(1 for c in f.credits if c.action == "unchanged")},
            "due_per_currency": {k: _money(v) for k, v in sorted(f.due_per_currency().items())},
            "due_per_customer": [
                {"customer": name, "account": account, "currency": currency,
                 "due": _money(cents)}
                for name, account, currency, cents in f.due_per_customer()
            ],
            "offered_as_paid": [
                {"invoice": s.number, "customer": s.customer, "currency": s.currency,
                 "due": _money(s.due_cents)} for s in f.settle
            ],
            "problems": [
                {"file": p.file, "line": p.line, "element": p.element,
                 "field": p.field_text(), "expected": p.expected_text(), "found": p.found,
                 "severity": str(p.severity)}
                for p in f.problems
            ],
            "notes": [note_text(note) for note in f.result.notes],
        })
    return {"files": files}


def preview_text(plan: ImportPreview) -> str:
    out = []
    for f in plan.files:
        out.append(f"{f.path.name} ({f.source}{', ' + f.profile_name if f.profile_name else ''})")
        if f.already_imported:
            out.append("  déjà importé : ce fichier (même contenu) a déjà été importé")
        out.append(f"  clients : {f.new_customers} nouveau(x), "
                   f"{len(f.customers) - f.new_customers} déjà connu(s)")
        out.append(f"  factures : {f.count('new')} nouvelle(s), {f.count('changed')} modifiée(s), "
                   f"{f.count('unchanged')} inchangée(s) ; avoirs : {len(f.credits)}")
        for currency, cents in sorted(f.due_per_currency().items()):
            out.append(f"  reste dû : {_money(cents)} {currency}")
        for name, account, currency, cents in f.due_per_customer()[:10]:
            label = f"{name} ({account})" if account and account != name else name
            out.append(f"    {label} : {_money(cents)} {currency}")
        for plan_ in f.invoices:
            if plan_.action == "changed":
                what = ", ".join(f"{k} {v[0]} → {v[1]}" for k, v in plan_.changes.items())
                out.append(f"  modifiée : {plan_.record.number} ({what})")
        for s in f.settle:
            out.append(f"  absente de l'export, proposée comme payée : {s.number} {s.customer} "
                       f"{_money(s.due_cents)} {s.currency}")
        for note in f.result.notes:
            out.append(f"  note : {note_text(note)}")
        for p in f.problems[:50]:
            where = f"ligne {p.line}" if p.line else (p.element or "")
            found = f", trouvé « {p.found} »" if p.found else ""
            out.append(f"  {p.severity} : {p.file}, {where}, {p.field_text()} : attendu "
                       f"{p.expected_text()}{found}")
        if len(f.problems) > 50:
            out.append(f"  … et {len(f.problems) - 50} autre(s) problème(s)")
    return "\n".join(out)


@in_session
def default_currency(cf: CompanySession) -> str:
    """The currency of amounts read without one: the own company's."""
    return str(cf.company.currency)

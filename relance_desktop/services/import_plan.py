"""The import plan: what importing some files would do, computed once, before anything is written.

The plan is the one computation of what an import stores: for each document, the amount, what
the source says was paid as Relance will record it, and so what will be still due. The preview
(screen, CLI, JSON) shows it and :func:`import_write.apply` writes exactly it; neither goes back
to the records' raw figures. Nothing is written here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from relance_desktop.i18n import QT_TRANSLATE_NOOP
from relance_desktop.importers.records import (
    CustomerRecord,
    DocumentKind,
    InvoiceRecord,
    ParseResult,
    Problem,
    Severity,
    paused_gc,
)
from relance_desktop.services.import_match import CustomerIndex, customer_index
from relance_desktop.services.import_profiles import fec_exclusions
from relance_desktop.services.import_read import (
    CREDIT_METHOD,
    IMPORT_METHOD,
    SETTLED_METHOD,
    credit_reference,
    external_key,
    read_file,
    source_of,
)
from relance_desktop.store.balance import OPEN
from relance_desktop.store.models import ImportBatch
from relance_desktop.store.session import CompanySession, in_session

_KIND_TEXT = {kind: kind.value for kind in DocumentKind}
_CREDIT_NOTE = DocumentKind.CREDIT_NOTE


@dataclass
class CustomerPlan:
    record: CustomerRecord
    existing_id: int | None  # negative: created by an earlier file of the same import
    matched_by: str  # « account », « company_number », « vat_number », « name », « » (new)

    pseudo_id: int = 0  # when new: the id later files of this import match it by

    @property
    def is_new(self) -> bool:
        return self.existing_id is None


@dataclass(slots=True)  # one per document: 100,000 of them for a large export
class InvoicePlan:
    """One document (invoice or credit note) and what Relance will hold for it after the import.

    ``amount_cents``, ``paid_cents`` (what this source's import payment will be) and
    ``due_cents`` (what will be left to pay, or for a credit note to give) are what is written:
    the writer reads them, never the record's own figures.
    """

    record: InvoiceRecord
    customer_key: str
    action: str  # « new », « changed », « unchanged », « duplicate » (left out: see warnings)
    existing_id: int | None = None
    due_date: date | None = None
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    key: str = ""  # the external key (« account|kind|number »), as the preview computed it
    amount_cents: int = 0
    paid_cents: int = 0
    due_cents: int = 0
    file_name: str = ""  # the file it was read from (named when another has its number)

    @property
    def is_credit(self) -> bool:
        return self.record.kind is _CREDIT_NOTE

    @property
    def owed_cents(self) -> int:
        """What this document adds to what the customer owes (negative for a credit note);
        nothing once settled, as in the ``invoice_balance`` view's open documents."""
        due = max(0, self.due_cents)
        return -due if self.is_credit else due


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
    duplicates: list[InvoicePlan] = field(default_factory=list)  # left out, with a warning
    warnings: list[Problem] = field(default_factory=list)  # found by the plan, not the reader
    already_imported: bool = False

    @property
    def problems(self) -> list[Problem]:
        return self.result.problems + self.warnings

    def count(self, action: str) -> int:
        return sum(1 for plan in self.invoices if plan.action == action)

    @property
    def new_customers(self) -> int:
        return sum(1 for plan in self.customers if plan.is_new)

    def documents(self) -> list[InvoicePlan]:
        return self.invoices + self.credits

    def due_per_currency(self) -> dict[str, int]:
        """What the customers of this file will owe, per currency (credit notes deducted)."""
        totals: dict[str, int] = defaultdict(int)
        for plan in self.documents():
            totals[plan.record.currency] += plan.owed_cents
        return dict(totals)

    def due_per_customer(self) -> list[tuple[str, str, str, int]]:
        """(name, account, currency, still due) per customer, biggest first."""
        names = {plan.record.key: plan.record for plan in self.customers}
        totals: dict[tuple[str, str], int] = defaultdict(int)
        for plan in self.documents():
            totals[(plan.customer_key, plan.record.currency)] += plan.owed_cents
        rows = []
        for (key, currency), cents in totals.items():
            record = names.get(key)
            rows.append((record.name if record else key, record.account if record else "",
                         currency, cents))
        rows.sort(key=lambda r: -r[3])
        return rows

    @property
    def has_changes(self) -> bool:
        return bool(self.new_customers or any(p.action in ("new", "changed")
                                              for p in self.documents()) or self.settle)


@dataclass
class ImportPreview:
    files: list[FilePreview]

    @property
    def problems(self) -> list[Problem]:
        return [p for f in self.files for p in f.problems]

    @property
    def has_changes(self) -> bool:
        return any(f.has_changes for f in self.files)


@dataclass
class _Known:
    """What the company file already holds for one source, read in a few queries."""

    invoices: dict[str, tuple[int, int, date]]  # external key → (id, amount, due date)
    import_paid: dict[int, int]  # document id → paid by this source's imports
    paid_elsewhere: dict[int, int]  # document id → paid otherwise (by hand, settled…)
    credited: dict[int, int]  # id → credit applied to an invoice, or given by a credit note
    credit_refs: set[str]  # credit notes applied as payments by older versions
    terms: dict[int, int | None]  # customer id → payment terms


# This source's documents: what is paid on each, what credit was applied to it (for a credit
# note: what it gave), the columns kept by triggers, and of what is paid, what this source's
# imports paid.
KNOWN_SQL = """
SELECT i.id, i.external_key, i.amount_cents, i.due_date, i.kind, i.paid_cents,
       i.credited_cents, COALESCE(p.imported, 0) AS imported
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
    credited: dict[int, int] = {}
    for r in cf.rows(KNOWN_SQL, {"source": source, "imported": IMPORT_METHOD,
                                 "settled": SETTLED_METHOD}):
        iid = int(r.id)
        invoices[str(r.external_key)] = (iid, int(r.amount_cents), date.fromisoformat(r.due_date))
        import_paid[iid] = int(r.imported)
        elsewhere[iid] = int(r.paid_cents) - int(r.imported)
        credited[iid] = int(r.credited_cents)
    credit_refs = {str(r.reference) for r in cf.rows(
        "SELECT DISTINCT reference FROM payment WHERE method = ? AND source = ?",
        (CREDIT_METHOD, source))}
    terms = {int(r.id): (None if r.payment_terms_days is None else int(r.payment_terms_days))
             for r in cf.rows("SELECT id, payment_terms_days FROM customer")}
    return _Known(invoices, import_paid, elsewhere, credited, credit_refs, terms)


def _cents_text(cents: int, currency: str) -> str:
    sign = "-" if cents < 0 else ""
    units, rest = divmod(abs(cents), 100)
    return f"{sign}{units}.{rest:02d} {currency}"


def _recorded(plan: InvoicePlan, file_name: str) -> Problem | None:
    """Set what Relance records of a document's amount and paid part; a warning when the
    source's paid amount is outside 0…total.

    The amount still due according to the source is what is chased (as the readers keep a
    document's payable amount): a negative paid amount (payable above the total) makes the
    recorded amount that payable amount, paid nothing. An amount paid above the total is
    recorded as paid in full: the surplus is not placed on other invoices. Either way the
    preview says what is recorded, and the writer records the same.
    """
    r = plan.record
    if 0 <= r.paid_cents <= r.amount_cents:
        plan.amount_cents, plan.paid_cents = r.amount_cents, r.paid_cents
        return None
    if r.paid_cents < 0:
        plan.amount_cents, plan.paid_cents = r.amount_cents - r.paid_cents, 0
    else:
        plan.amount_cents, plan.paid_cents = r.amount_cents, r.amount_cents
    recorded, due = plan.paid_cents, plan.amount_cents - plan.paid_cents
    return Problem(
        file=file_name, line=r.line, field=QT_TRANSLATE_NOOP("importers", "Déjà payé"),
        expected=QT_TRANSLATE_NOOP(
            "importers",
            "un montant déjà payé entre 0 et le total du document {number} ({total}) ; "
            "Relance compte {recorded} comme payé, il reste dû {due}"),
        found=_cents_text(r.paid_cents, r.currency), severity=Severity.WARNING,
        args={"number": r.number, "total": _cents_text(r.amount_cents, r.currency),
              "recorded": _cents_text(recorded, r.currency),
              "due": _cents_text(due, r.currency)})


def _duplicate(plan: InvoicePlan, file_name: str, first: InvoicePlan) -> Problem:
    other, other_line = first.file_name, first.record.line
    where = f"{other}, ligne {other_line}" if other_line else other
    return Problem(
        file=file_name, line=plan.record.line,
        field=QT_TRANSLATE_NOOP("importers", "Numéro de document"),
        expected=QT_TRANSLATE_NOOP(
            "importers",
            "un numéro de document unique : le numéro {number} est aussi dans « {other} » ; "
            "seul celui de « {other} » est importé, celui-ci est laissé de côté"),
        found=plan.record.number, severity=Severity.WARNING,
        args={"number": plan.record.number, "other": where})


def _namesake(record: CustomerRecord, account: str, file_name: str) -> Problem:
    return Problem(
        file=file_name, field=QT_TRANSLATE_NOOP("importers", "Client"),
        expected=QT_TRANSLATE_NOOP(
            "importers",
            "un client déjà connu : « {name} » ({own}) est créé à part, car le client de ce "
            "nom a un autre compte ({other}) ; fusionnez les deux fiches s'il s'agit du même"),
        found=record.name, severity=Severity.WARNING,
        args={"name": record.name, "own": record.account or "—",
              "other": account or "—"})


def _plan_existing(plan: InvoicePlan, found: tuple[int, int, date], known: _Known) -> None:
    found_id, found_amount, found_due = found
    doc = plan.record
    plan.existing_id = found_id
    elsewhere = known.paid_elsewhere.get(found_id, 0)
    paid_import = known.import_paid.get(found_id, 0)
    target = max(0, plan.paid_cents - elsewhere)
    changes: dict[str, tuple[Any, Any]] = {}
    if found_amount != plan.amount_cents:
        changes["amount_cents"] = (found_amount, plan.amount_cents)
    if paid_import != target:
        changes["paid_cents"] = (paid_import, target)
    if found_due != plan.due_date and doc.due_date is not None:
        changes["due_date"] = (found_due, plan.due_date)
    plan.action = "changed" if changes else "unchanged"
    plan.changes = changes
    plan.paid_cents = target
    plan.due_cents = plan.amount_cents - elsewhere - target - known.credited.get(found_id, 0)


Claimed = dict[str, dict[str, InvoicePlan]]  # source → external key → first document


@in_session
def preview_file(cf: CompanySession, result: ParseResult, *, profile_name: str = "",
                 today: date, index: CustomerIndex | None = None,
                 claimed: Claimed | None = None,
                 seen: dict[str, set[str]] | None = None) -> FilePreview:
    """The plan of one file. ``index``, ``claimed`` and ``seen`` are shared by the files of one
    import: a customer new in one file is matched in the next, a document number already taken
    by an earlier file (or line) is left out with a warning naming both, and what a full export
    no longer holds is judged on all the files of its source (by :func:`preview`)."""
    profile_name = profile_name or result.profile  # the profile given, or the one recognised
    source = source_of(result, profile_name)
    preview = FilePreview(result.file, result, source, profile_name)
    preview.already_imported = bool(
        ImportBatch.select().where(ImportBatch.sha256 == result.sha256).exists())
    company_terms = cf.company.payment_terms_days
    index = customer_index(cf) if index is None else index
    claimed = {} if claimed is None else claimed
    claimed_here = claimed.setdefault(source, {})
    known = _known(cf, source)
    terms_of: dict[str, int] = {}
    account_of: dict[str, str] = {}
    for record in result.customers:
        existing, how = index.match(record)
        customer_plan = CustomerPlan(record, existing, how)
        preview.customers.append(customer_plan)
        if existing is None:
            namesake = index.namesake(record)
            if namesake is not None:
                preview.warnings.append(_namesake(record, namesake, result.file.name))
            customer_plan.pseudo_id = index.remember(record)
        custom = known.terms.get(existing) if existing is not None and existing > 0 else None
        terms_of[record.key] = company_terms if custom is None else custom
        account_of[record.key] = record.account or record.key
    keys: set[str] = set()
    delays: dict[int, timedelta] = {}  # payment terms → timedelta, made once each
    file_name = result.file.name
    for doc in result.invoices:
        customer_key = doc.customer_key
        # external_key(), inlined: this loop runs once per invoice of the file.
        key = f"{account_of.get(customer_key, customer_key)}|{_KIND_TEXT[doc.kind]}|{doc.number}"
        due = doc.due_date
        if due is None:
            terms = terms_of.get(customer_key, company_terms)
            delay = delays.get(terms)
            if delay is None:
                delay = delays[terms] = timedelta(days=terms)
            due = (doc.issue_date or today) + delay
        plan = InvoicePlan(doc, customer_key, "new", due_date=due, key=key, file_name=file_name)
        first = claimed_here.setdefault(key, plan)
        if first is not plan:
            plan.action = "duplicate"
            preview.duplicates.append(plan)
            preview.warnings.append(_duplicate(plan, file_name, first))
            continue
        keys.add(key)
        warning = _recorded(plan, file_name)
        if warning is not None:
            preview.warnings.append(warning)
        plan.due_cents = plan.amount_cents - plan.paid_cents
        found = known.invoices.get(key)
        if found is not None:
            _plan_existing(plan, found, known)
        elif doc.kind is _CREDIT_NOTE and credit_reference(source, doc) in known.credit_refs:
            # Applied as payments by an older version: stored that way, not stored again.
            plan.action, plan.due_cents = "unchanged", 0
        (preview.credits if doc.kind is _CREDIT_NOTE else preview.invoices).append(plan)
    if seen is not None:
        seen.setdefault(source, set()).update(keys)
    elif result.full_export:
        preview.settle = _absent(cf, source, keys, [result])
    return preview


# This source's documents still open in Relance, with what is still due on them.
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
            results: Iterable[ParseResult]) -> list[SettlePlan]:
    """Documents of this source still open in Relance but no longer open in the exports."""
    settled_in_file = {
        key for result in results
        for key, record in ((external_key(r, r.customer_key), r) for r in result.invoices)
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
    previewed together: a customer new in one file is matched, not created again, in the next;
    a document number found twice is imported once, from the first file given.
    """
    excluded = fec_exclusions(cf)
    currency = cf.company.currency
    index = customer_index(cf)
    claimed: Claimed = {}
    seen: dict[str, set[str]] = {}
    files = []
    with paused_gc():
        for path in paths:
            chosen = (profiles or {}).get(Path(path), profile)
            result = read_file(Path(path), profile=chosen, excluded_accounts=excluded,
                               default_currency=currency)
            name = profile_name or (getattr(chosen, "name", "") if chosen is not None else "")
            files.append(preview_file(cf, result, profile_name=name, today=today, index=index,
                                      claimed=claimed, seen=seen))
    offered: set[str] = set()
    for file in files:  # offered once, with the first full export of its source
        if file.result.full_export and file.source not in offered:
            offered.add(file.source)
            file.settle = _absent(cf, file.source, seen[file.source],
                                  [f.result for f in files if f.source == file.source])
    return ImportPreview(files)

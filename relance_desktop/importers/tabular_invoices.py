"""Invoices from the rows of a CSV/Excel file: the rows of one invoice combined, then the records.

:class:`Invoices` gathers the rows per invoice number (:meth:`Invoices.add`; the quick reader's
one-row invoices as plain tuples, :meth:`Invoices.add_single`), leaves out every invoice one of
whose rows is wrong, drafts (unless the profile imports them) and cancelled invoices, and makes
the records (:meth:`Invoices.finish`): amounts of several rows taken once or added up (the
profile's ``lines`` option), what is paid from the paid or balance column or the status, a
negative total as a credit note, the file's or the fallback currency.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from relance_desktop.domain.money import from_cents
from relance_desktop.domain.text import search_key
from relance_desktop.i18n import QT_TRANSLATE_NOOP
from relance_desktop.importers.records import (
    CustomerRecord,
    DocumentKind,
    InvoiceRecord,
    ParseResult,
    Severity,
    quick_invoice,
)
from relance_desktop.importers.tabular_columns import Report, found
from relance_desktop.importers.tabular_fields import (
    AMOUNT,
    BALANCE,
    CURRENCY,
    CUSTOMER,
    NUMBER,
    STATUS,
)
from relance_desktop.importers.tabular_profiles import Profile
from relance_desktop.importers.tabular_rows import Single, Values, values_of
from relance_desktop.importers.values import currency_code

_DRAFT = frozenset({"draft", "brouillon", "concept", "ontwerp"})
_VOID = frozenset(
    {"void", "voided", "cancelled", "canceled", "annule", "annulee", "geannuleerd", "deleted"}
)
_PAID = frozenset(
    {"paid", "payee", "paye", "reglee", "regle", "soldee", "betaald", "closed", "fully paid"}
)
_PARTIAL = frozenset({"partial", "partially paid", "partiallypaid", "partiellement payee"})
# Constants the per-row code uses (an enum member is an attribute look-up each time).
_INVOICE, _CREDIT_NOTE = DocumentKind.INVOICE, DocumentKind.CREDIT_NOTE
_CUSTOMER_DETAILS = (
    "company_number",
    "vat_number",
    "email",
    "phone",
    "street",
    "postcode",
    "city",
    "country",
)


@dataclass(slots=True)
class Draft:
    """An invoice being assembled from one or more rows."""

    number: str
    line: int
    customer: CustomerRecord
    # One item per row. Tuples, not lists: most invoices have one row, and a tuple of numbers
    # is left alone by the garbage collector (100,000 lists kept until the end are not).
    amounts: tuple[int | None, ...] = ()
    paids: tuple[int | None, ...] = ()
    balances: tuple[int | None, ...] = ()
    currency: str = ""
    issue: date | None = None
    due: date | None = None
    paid_date: date | None = None
    payment_days: int | None = None
    status: str = ""
    payment_terms: str = ""
    description: str = ""
    amount_override: int | None = None
    paid_override: int | None = None


def draft_of(number: str, single: Single) -> Draft:
    """The Draft :meth:`Invoices.add` would have made of the same first row."""
    (line, customer, amount, paid, balance, currency, issue, due, paid_date, days, status,
     terms, description) = single  # fmt: skip
    return Draft(
        number,
        line,
        customer,
        (amount,),
        (paid,),
        (balance,),
        currency=currency,
        issue=issue,
        due=due,
        paid_date=paid_date,
        payment_days=days,
        status=status,
        payment_terms=terms,
        description=description,
    )


class Invoices:
    """The invoices of one file, from their rows to their records (in ``result``)."""

    def __init__(
        self, profile: Profile, report: Report, result: ParseResult, default_currency: str
    ) -> None:
        self.profile = profile
        self.report = report
        self.result = result
        self.default_currency = default_currency
        self.mode = str(profile.option("lines", "auto"))
        # An invoice read from one row so far stays the quick reader's tuple (a tenth of the
        # cost of a Draft); it becomes a Draft only if another row of the same invoice comes.
        self.drafts: dict[str, Draft | Single] = {}
        self.broken: dict[str, int] = {}  # invoice number → first wrong line
        self.customers: dict[str, CustomerRecord] = {}
        self.status_keys: dict[str, str] = {}  # status → search_key(status)
        self.fallback = ""  # fallback_currency(), once known
        self.defaulted_currency = False

    # ---------------------------------------------------------------------------- rows
    def draft(self, number: str) -> Draft | None:
        """The invoice being assembled under ``number`` (as a Draft), or None."""
        draft = self.drafts.get(number)
        if isinstance(draft, tuple):
            draft = self.drafts[number] = draft_of(number, draft)
        return draft

    def add_single(self, number: str, single: Single) -> None:
        """A row the quick reader read."""
        if number not in self.drafts:
            self.drafts[number] = single
        else:
            self.add(values_of(number, single))

    def add(self, v: Values) -> None:
        """A row read and checked: a new invoice, or one more row of an invoice."""
        customer = v.customer
        assert customer is not None
        draft = self.draft(v.number)
        if draft is None:
            draft = Draft(
                v.number,
                v.line,
                customer,
                currency=v.currency,
                issue=v.issue,
                due=v.due,
                paid_date=v.paid_date,
                payment_days=v.payment_days,
                status=v.status,
                payment_terms=v.payment_terms,
                description=v.description,
            )
            self.drafts[v.number] = draft
        elif not self._merge(draft, v, customer):
            return
        draft.amounts += (v.amount,)
        draft.paids += (v.paid,)
        draft.balances += (v.balance,)
        if (
            self.mode == "first"
            and len(draft.amounts) > 1
            and (v.amount != draft.amounts[0] or v.balance != draft.balances[0])
        ):
            with_amount = AMOUNT in self.report.fields
            self.report.problem(
                v.line,
                self.report.column_name(AMOUNT if with_amount else BALANCE),
                QT_TRANSLATE_NOOP(
                    "importers", "les mêmes montants qu'à la ligne {first_line} (facture {number})"
                ),
                self.cents_text(v.amount if with_amount else v.balance),
                Severity.WARNING,
                first_line=draft.line,
                number=v.number,
            )

    def _merge(self, draft: Draft, v: Values, customer: CustomerRecord) -> bool:
        """Another row of ``draft``'s invoice: its values fill what is missing; False (and the
        invoice broken) when it names another customer or another currency."""
        report = self.report
        if draft.customer.key != customer.key:
            report.problem(
                v.line,
                report.column_name(CUSTOMER),
                QT_TRANSLATE_NOOP(
                    "importers",
                    "le client de la facture {number} (« {customer} », ligne {first_line}) : "
                    "un numéro de facture n'appartient qu'à un client",
                ),
                found(customer.name),
                number=v.number,
                customer=draft.customer.name,
                first_line=draft.line,
            )
            self.broken.setdefault(v.number, v.line)
            return False
        if v.currency and draft.currency and v.currency != draft.currency:
            report.problem(
                v.line,
                report.column_name(CURRENCY),
                QT_TRANSLATE_NOOP(
                    "importers", "la devise de la facture {number} ({currency}, ligne {first_line})"
                ),
                v.currency,
                number=v.number,
                currency=draft.currency,
                first_line=draft.line,
            )
            self.broken.setdefault(v.number, v.line)
            return False
        draft.currency = draft.currency or v.currency
        draft.issue = draft.issue or v.issue
        draft.due = draft.due or v.due
        draft.paid_date = draft.paid_date or v.paid_date
        draft.status = draft.status or v.status
        if v.description and v.description not in draft.description:
            draft.description = f"{draft.description}; {v.description}".strip("; ")
        return True

    # ---------------------------------------------------------------------------- records
    def finish(self) -> None:
        """The records of every invoice still whole, and the notes about what was left out."""
        self._drop_broken()
        skipped: list[str] = []
        import_drafts = self.profile.option("drafts", "skip") == "import"
        # Each draft is let go once its record is made: 100,000 drafts and 100,000 records
        # alive together make every pass of the garbage collector twice as long.
        drafts, self.drafts = self.drafts, {}
        invoices, customers, status_keys = self.result.invoices, self.customers, self.status_keys
        for number in list(drafts):
            draft = drafts.pop(number)
            if isinstance(draft, tuple):  # one row (see tabular_quick): the usual invoice
                # Inline, not a method: 100,000 calls less for a 100,000-line file.
                (line, customer, amount, paid, balance, currency, issue, due, _paid_date, days,
                 status_text, terms, description) = draft  # fmt: skip
                status = status_keys.get(status_text)
                if status is None:
                    status = self.status_key(status_text)
                status = status.strip()
                if status not in _DRAFT and status not in _VOID:
                    if (
                        amount is not None
                        and paid is not None
                        and balance is None
                        and 0 <= paid <= amount
                        and (due is not None or days is None or issue is None)
                    ):
                        # What make_record does for it, without a problem to report.
                        if not currency:
                            self.defaulted_currency = True
                            currency = self.fallback_currency()
                        record = quick_invoice(number, customer.key, amount, paid, currency,
                                               issue, due, _INVOICE, description[:500],
                                               status_text, terms, line)  # fmt: skip
                    else:
                        record = self.make_record(number, line, customer.key, *draft[2:])
                    invoices.append(record)
                    if customers.get(customer.key) is not customer:
                        self.keep_customer(customer)
                    continue
                draft = draft_of(number, draft)  # a draft or a cancelled invoice: see below
            if self._wanted(draft, import_drafts, skipped):
                invoices.append(self._record(draft))
                self.keep_customer(draft.customer)
        self._closing_notes(skipped)

    def _drop_broken(self) -> None:
        """Every invoice one of whose rows was wrong is left out, with a problem."""
        for number, line in self.broken.items():
            if number in self.drafts:
                broken = self.drafts.pop(number)
                self.report.problem(
                    broken[0] if isinstance(broken, tuple) else broken.line,
                    self.report.column_name(NUMBER),
                    QT_TRANSLATE_NOOP(
                        "importers",
                        "des lignes toutes lisibles pour la facture {number} (la ligne {bad_line} "
                        "ne l'est pas : toute la facture est écartée)",
                    ),
                    number,
                    number=number,
                    bad_line=line,
                )

    def _wanted(self, draft: Draft, import_drafts: bool, skipped: list[str]) -> bool:
        """False for a cancelled invoice, and for a draft unless drafts are imported (each with
        a warning); an imported draft gets the status « draft »."""
        status = self.status_key(draft.status).strip()
        if status in _DRAFT:
            self.report.problem(
                draft.line,
                self.report.column_name(STATUS),
                QT_TRANSLATE_NOOP(
                    "importers",
                    "une facture émise : la facture {number} est un brouillon, importé comme "
                    "tel (les brouillons ne sont pas relancés)",
                )
                if import_drafts
                else QT_TRANSLATE_NOOP(
                    "importers",
                    "une facture émise : la facture {number} est un brouillon, écarté (les "
                    "brouillons ne sont pas relancés)",
                ),
                draft.status,
                Severity.WARNING,
                number=draft.number,
            )
            if not import_drafts:
                skipped.append(draft.number)
                return False
            draft.status = "draft"
        if status in _VOID:
            self.report.problem(
                draft.line,
                self.report.column_name(STATUS),
                QT_TRANSLATE_NOOP(
                    "importers",
                    "une facture valable : la facture {number} est annulée, elle est écartée",
                ),
                draft.status,
                Severity.WARNING,
                number=draft.number,
            )
            return False
        return True

    def _closing_notes(self, skipped: list[str]) -> None:
        if skipped:
            self.report.note(
                QT_TRANSLATE_NOOP(
                    "importers",
                    "Brouillon écarté : {numbers}. Les brouillons ne sont pas relancés (pour les "
                    "importer : option de profil drafts=import).",
                )
                if len(skipped) == 1
                else QT_TRANSLATE_NOOP(
                    "importers",
                    "{count} brouillons écartés : {numbers}. Les brouillons ne sont pas relancés "
                    "(pour les importer : option de profil drafts=import).",
                ),
                count=len(skipped),
                numbers=", ".join(skipped[:10]) + ("…" if len(skipped) > 10 else ""),
            )
        if self.defaulted_currency:
            self.report.note(
                QT_TRANSLATE_NOOP(
                    "importers",
                    "Le fichier ne précise aucune devise : les montants sont lus en {currency}.",
                ),
                currency=self.fallback_currency(),
            )

    def _record(self, draft: Draft) -> InvoiceRecord:
        amount = draft.amount_override
        if amount is None:
            amount = self._combine(draft.amounts)
        paid = (
            draft.paid_override if draft.paid_override is not None else self._combine(draft.paids)
        )
        balance = self._combine(draft.balances) if draft.paid_override is None else None
        return self.make_record(
            draft.number,
            draft.line,
            draft.customer.key,
            amount,
            paid,
            balance,
            draft.currency,
            draft.issue,
            draft.due,
            draft.paid_date,
            draft.payment_days,
            draft.status,
            draft.payment_terms,
            draft.description,
        )

    def _combine(self, values: tuple[int | None, ...]) -> int | None:
        if len(values) == 1:  # an invoice on one row (the usual case): its own amount
            return values[0]
        known = [v for v in values if v is not None]
        if not known:
            return None
        if self.mode == "first":
            return known[0]
        if self.mode == "sum":
            return sum(known)
        return known[0] if len(set(known)) == 1 else sum(known)

    def make_record(
        self,
        number: str,
        line: int,
        customer_key: str,
        amount: int | None,
        paid: int | None,
        balance: int | None,
        currency: str,
        issue: date | None,
        due: date | None,
        paid_date: date | None,
        payment_days: int | None,
        status: str,
        payment_terms: str,
        description: str,
    ) -> InvoiceRecord:
        """The record of an invoice, from its amounts (its rows combined) and its other values."""
        if amount is None:
            amount = (balance or 0) + (paid or 0)
        paid = self._paid(number, line, amount, paid, balance, status, paid_date)
        kind = _INVOICE
        if amount < 0:
            kind, amount, paid = _CREDIT_NOTE, -amount, -paid
        if paid > amount or paid < 0:
            self.report.problem(
                line,
                self.report.column_name(AMOUNT),
                QT_TRANSLATE_NOOP(
                    "importers",
                    "un montant payé entre 0 et le montant de la facture {number} ({amount})",
                ),
                self.cents_text(paid),
                Severity.WARNING,
                number=number,
                amount=self.cents_text(amount),
            )
        if not currency:
            self.defaulted_currency = True
            currency = self.fallback_currency()
        terms = payment_terms
        if due is None and payment_days is not None and issue is not None:
            due = issue + timedelta(days=payment_days)
            terms = terms or f"{payment_days} jours"
        return quick_invoice(number, customer_key, amount, paid, currency, issue, due, kind,
                             description[:500], status, terms, line)  # fmt: skip

    def _paid(
        self,
        number: str,
        line: int,
        amount: int,
        paid: int | None,
        balance: int | None,
        status: str,
        paid_date: date | None,
    ) -> int:
        """What is paid: the paid column, else amount − balance, else by the status."""
        if paid is None:
            if balance is not None:
                return amount - balance
            if self.status_key(status) in _PAID or paid_date is not None:
                return amount
            if self.status_key(status) in _PARTIAL:
                self.report.problem(
                    line,
                    self.report.column_name(STATUS),
                    QT_TRANSLATE_NOOP(
                        "importers",
                        "le montant déjà payé : la facture {number} est partiellement payée "
                        "mais le fichier ne dit pas combien, tout son montant est compté "
                        "comme dû",
                    ),
                    status,
                    Severity.WARNING,
                    number=number,
                )
            return 0
        if balance is not None and amount - paid != balance:
            self.report.problem(
                line,
                self.report.column_name(BALANCE),
                QT_TRANSLATE_NOOP(
                    "importers",
                    "montant − payé = reste dû pour la facture {number} (le reste dû est retenu)",
                ),
                f"{self.cents_text(amount)} − {self.cents_text(paid)} ≠ {self.cents_text(balance)}",
                Severity.WARNING,
                number=number,
            )
            return amount - balance
        return paid

    def keep_customer(self, customer: CustomerRecord) -> None:
        """``customer`` in the result, once per key; details another row gives are added."""
        known = self.customers.get(customer.key)
        if known is customer or known == customer:
            return
        if known is None:
            self.customers[customer.key] = customer
            self.result.customers.append(customer)
            return
        missing = {
            name: getattr(customer, name)
            for name in _CUSTOMER_DETAILS
            if not getattr(known, name) and getattr(customer, name)
        }
        if missing:
            merged = replace(known, **missing)
            self.customers[customer.key] = merged
            index = self.result.customers.index(known)
            self.result.customers[index] = merged

    # ---------------------------------------------------------------------------- helpers
    def cents_text(self, cents: int | None) -> str:
        """An amount for a problem, written with the file's decimal mark; "" for none."""
        if cents is None:
            return ""
        text = str(from_cents(cents))
        return text.replace(".", ",") if self.report.sniffed.decimal == "," else text

    def fallback_currency(self) -> str:
        """The currency of a file that names none: the profile's, else the company's."""
        if not self.fallback:
            option = str(self.profile.option("currency", "") or "")
            self.fallback = currency_code(option) if option else self.default_currency
        return self.fallback

    def status_key(self, status: str) -> str:
        """``search_key(status)``, once per distinct status (a file uses a handful)."""
        key = self.status_keys.get(status)
        if key is None:
            key = self.status_keys[status] = search_key(status)
        return key

"""What every importer produces: validated plain records, and the problems it met.

Importers read one file each and never touch the database. The import service (preview, matching,
atomic apply) works only with these records, whatever the source format.
"""

from __future__ import annotations

import dataclasses
import gc
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path

from relance_desktop.i18n import Message, Translate, identity_translate

CTX = "importers"  # translation context of every importer message


class Severity(StrEnum):
    ERROR = "error"  # the row or document is left out
    WARNING = "warning"  # imported, but the user should look


class DocumentKind(StrEnum):
    INVOICE = "invoice"
    CREDIT_NOTE = "credit_note"  # reduces what the customer owes (amounts kept positive)


@dataclass(frozen=True)
class Problem:
    """Where and what: « invoice.csv, ligne 12, champ Échéance : attendu une date, trouvé 31/02 ».

    ``expected`` is a French sentence marked with ``QT_TRANSLATE_NOOP("importers", …)`` and
    filled with ``args`` when shown (so the interface shows it in the user's language);
    ``field`` is either the file's own column name, or a label marked the same way; ``found``
    is what the file holds, shown as is.
    """

    file: str
    field: str
    expected: str
    found: str
    line: int | None = None  # 1-based line in a text file
    element: str | None = None  # XPath-like location in an XML document
    severity: Severity = Severity.ERROR
    # ``dataclasses.field`` spelled out: the attribute « field » above shadows the name here.
    args: Mapping[str, object] = dataclasses.field(default_factory=dict)

    def expected_text(self, translate: Translate = identity_translate) -> str:
        return Message(CTX, self.expected, dict(self.args)).render(translate)

    def field_text(self, translate: Translate = identity_translate) -> str:
        return translate(CTX, self.field)


def error_text(exc: BaseException, translate: Translate = identity_translate) -> str:
    """A reader's error (FecError, EInvoiceError, TabularError) in the user's language."""
    message = getattr(exc, "message", None)
    return message.render(translate) if isinstance(message, Message) else str(exc)


def note_text(note: str | Message, translate: Translate = identity_translate) -> str:
    """A reader's note in the user's language (notes are Messages; plain text is shown as is)."""
    return note.render(translate) if isinstance(note, Message) else note


@dataclass(frozen=True)
class CustomerRecord:
    key: str  # identity inside this file: the account number when the source has one, else the name
    name: str
    account: str = ""
    company_number: str = ""
    vat_number: str = ""
    email: str = ""
    phone: str = ""
    street: str = ""
    postcode: str = ""
    city: str = ""
    country: str = ""  # ISO 3166 alpha-2, or "" when unknown


@dataclass(frozen=True)
class InvoiceRecord:
    number: str
    customer_key: str
    amount_cents: int  # total incl. VAT, positive (credit notes too: see kind)
    paid_cents: int = 0  # already paid or prepaid according to the source
    currency: str = "EUR"
    issue_date: date | None = None
    due_date: date | None = None  # None: the service applies the customer's or company's terms
    kind: DocumentKind = DocumentKind.INVOICE
    description: str = ""
    status: str = ""  # the source's own status word (draft, sent, partial...), kept for the preview
    payment_terms: str = ""  # free text from the source (e.g. « 30 jours net »)
    payment_reference: str = ""
    seller_iban: str = ""
    references: tuple[str, ...] = ()  # invoices a credit note corrects
    attachment: Path | None = None  # the original PDF (Factur-X), kept as the invoice copy
    line: int | None = None  # where it starts in the file, for messages

    @property
    def due_cents(self) -> int:
        return self.amount_cents - self.paid_cents

    @property
    def key(self) -> tuple[str, str]:
        """Identity inside the source: kind and number (a credit note may carry the number of
        the invoice it corrects, as in Peppol's « base-creditnote-correction »)."""
        return (self.kind.value, self.number)


@contextmanager
def paused_gc() -> Iterator[None]:
    """The cyclic garbage collector paused while an import makes its many objects.

    Reading or importing 100,000 invoices makes a few hundred thousand objects that live until
    the end (records, plans, rows), and none of them is cyclic garbage; each collector pass
    over them would only find them alive (a quarter of the time of an import). Memory is still
    freed by reference counting, and the collector runs again afterwards. Nests: only the
    outermost use enables it again, and only if it was enabled.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


_new = object.__new__


def quick_invoice(
    number: str,
    customer_key: str,
    amount_cents: int,
    paid_cents: int,
    currency: str,
    issue_date: date | None,
    due_date: date | None,
    kind: DocumentKind,
    description: str,
    status: str,
    payment_terms: str,
    line: int | None,
) -> InvoiceRecord:
    """``InvoiceRecord(number=number, …, line=line)``, the other fields at their defaults.

    The same record, made faster for readers that make 100,000 of them: a frozen dataclass's
    ``__init__`` sets each of its 16 fields through ``object.__setattr__``; this fills the
    instance's dictionary directly, in the fields' order (so that it stays a compact dictionary
    sharing its keys with the other records). InvoiceRecord has no ``__post_init__`` to skip.
    """
    record = _new(InvoiceRecord)
    values = record.__dict__
    values["number"] = number
    values["customer_key"] = customer_key
    values["amount_cents"] = amount_cents
    values["paid_cents"] = paid_cents
    values["currency"] = currency
    values["issue_date"] = issue_date
    values["due_date"] = due_date
    values["kind"] = kind
    values["description"] = description
    values["status"] = status
    values["payment_terms"] = payment_terms
    values["payment_reference"] = ""
    values["seller_iban"] = ""
    values["references"] = ()
    values["attachment"] = None
    values["line"] = line
    return record


@dataclass
class ParseResult:
    source: str  # « csv », « xlsx », « fec », « facturx », « ubl »
    file: Path
    sha256: str
    customers: list[CustomerRecord] = field(default_factory=list)
    invoices: list[InvoiceRecord] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    full_export: bool = False  # every open invoice of the source is in the file (« absent » = paid)
    # Things the user should know, as Messages in context « importers » (e.g. pseudo-customers).
    notes: list[str | Message] = field(default_factory=list)
    profile: str = ""  # CSV/Excel: the name of the profile used (given or recognised); "" if none

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]


MAX_PROBLEMS = 200  # stop listing after this many (the user fixes the file, not 10,000 lines)

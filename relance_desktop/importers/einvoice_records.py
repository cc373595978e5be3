"""What Factur-X/ZUGFeRD (CII) and UBL/Peppol invoices have in common: EN 16931 semantics.

Both syntaxes carry the same business terms (BT-1 invoice number, BT-3 type code, BT-9 due
date, BT-112 total, BT-113 prepaid, BT-114 rounding, BT-115 amount due…). The syntax readers
(:mod:`relance_desktop.importers.facturx`, :mod:`relance_desktop.importers.ubl`) fill an
:class:`EDocument` while collecting :class:`Problem` s through an
:class:`~relance_desktop.importers.einvoice_xml.XmlContext`; this module turns it into the
importer records (:func:`build_records`, :func:`finish`).

Decisions (shared by both readers):

* **Amounts** are read as :class:`~decimal.Decimal` from the text and converted to integer cents
  (half-up, with a warning when a header amount has more than two decimals). Never a float.
* **Open amount**: the record's ``amount_cents`` is the total with VAT plus the rounding amount
  (BT-112 + BT-114), ``paid_cents`` the prepaid amount (BT-113), so ``due_cents`` is the amount due
  for payment (BT-115). When the file's BT-115 disagrees with that arithmetic, BT-115 wins (it is
  what the customer was asked to pay): ``paid_cents`` is adjusted and a warning says so.
* **Sign**: a document whose total (or, with a zero total, whose amount due) is negative is the
  opposite of what its type says — a type 380 invoice with negative amounts (the FNFE
  ``Avoir_FR_type380`` case) is money owed *to* the customer. It becomes a
  :attr:`DocumentKind.CREDIT_NOTE` with positive amounts, and a note says so. Symmetrically a
  credit note with negative amounts becomes an invoice.
* **Type codes** (UNTDID 1001): the credit-note family (381, 81, 83, 261, 262, 296, 308, 396, 420,
  458, 502, 503, 532) gives a credit note; the invoice family (380, 384 corrected, 389
  self-billed, 386 prepayment, 326 partial, 751…) an invoice; an unknown code is kept as an
  invoice with a warning.
* **Due date**: the structured due date (BT-9). When there are several payment-terms blocks with a
  date (e.g. « 2 % Skonto bis 14.12. » and « netto bis 31.12. »), the net one is kept: blocks that
  describe a cash discount are dropped (discount sub-element, or a discount word in their text),
  then the latest date wins. No structured date → ``None`` (the service applies the customer's
  terms) and the terms text is kept in ``payment_terms`` (it always is, when present).
* **Customer identity**: ``key`` is the buyer's account number (the buyer identifier assigned by the
  seller: CII ``ram:ID``, UBL ``SupplierAssignedAccountID`` or a ``PartyIdentification`` without
  scheme), else the buyer's name. ``company_number`` is the legal registration identifier (BT-47),
  else an identifier with a French or Belgian company scheme (0002 SIREN, 0009 SIRET, 0225 French
  e-invoicing address → its SIREN, 0208/9956 Belgian enterprise number), else derived from a French
  or Belgian VAT number. Belgian numbers are given as their 10 digits.
* **Document identity**: a credit note can carry the same number as the invoice it corrects
  (Peppol ``base-creditnote-correction``): the pair (kind, number) — :attr:`InvoiceRecord.key` —
  identifies a document, never the number alone.
* **XML safety**: see :mod:`~relance_desktop.importers.einvoice_xml` (no entities, no DTD, no
  network access, no DOCTYPE).
* **Messages**: problem fields are the EN 16931 terms' French labels (« date de facture (BT-2) »)
  and ``expected`` French templates, both marked with ``QT_TRANSLATE_NOOP("importers", …)``, the
  variable parts in ``args``; ``found`` is the document's own text, ``""`` when there is nothing
  (element missing or empty). Notes are :class:`~relance_desktop.i18n.Message` s. Amounts in
  arguments are written with a decimal comma (``-50,00``), dates as ``JJ/MM/AAAA``.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from relance_desktop.domain.money import to_cents
from relance_desktop.i18n import QT_TRANSLATE_NOOP
from relance_desktop.importers.einvoice_xml import XmlContext, shorten
from relance_desktop.importers.records import (
    CustomerRecord,
    DocumentKind,
    InvoiceRecord,
    ParseResult,
    Problem,
    Severity,
)

MAX_FILE_BYTES = 64 * 1024 * 1024  # no real invoice comes near; refuse before parsing

# UNTDID 1001 document types (the subset EN 16931 allows, plus a few found in the wild).
# Credit notes as the factur-x library counts them (502/503: French 2026 self-billed factored and
# prepayment credit notes); invoices include the French 471-473, 500 and 501 variants.
# fmt: off
CREDIT_NOTE_CODES = frozenset({
    "81", "83", "261", "262", "296", "308", "381", "396", "420", "458", "502", "503", "532",
})
INVOICE_CODES = frozenset({
    "71", "80", "82", "84", "102", "218", "219", "326", "331", "380", "382", "383", "384", "385",
    "386", "387", "388", "389", "390", "393", "394", "395", "456", "457", "471", "472", "473",
    "500", "501", "527", "553", "575", "623", "633", "751", "780", "817", "870", "875", "876",
    "877", "935",
})
# fmt: on

# Words that mark a payment-terms block as a cash discount rather than the net due date.
DISCOUNT_RE = re.compile(
    r"skonto|escompte|discount|remise|korting|rabatt|sconto|descuento|%", re.IGNORECASE
)
IBAN_RE = re.compile(r"^[A-Z]{2}[0-9]{2}[A-Z0-9]{8,30}$")
# ISO 6523 ICD / Peppol EAS schemes that identify a company in France or Belgium.
SCHEME_SIREN = "0002"
SCHEME_SIRET = "0009"
SCHEME_FR_CTC = "0225"  # French e-invoicing address: SIREN, optionally followed by a suffix
SCHEMES_BE = frozenset({"0208", "9956"})  # BCE/KBO enterprise number (9956: the former code)
COMPANY_SCHEMES = (SCHEME_SIRET, SCHEME_SIREN, *sorted(SCHEMES_BE), SCHEME_FR_CTC)

# Problem fields: the EN 16931 terms (and a few parts of the file), labelled in French.
BT_NUMBER = QT_TRANSLATE_NOOP("importers", "numéro de facture (BT-1)")
BT_ISSUE_DATE = QT_TRANSLATE_NOOP("importers", "date de facture (BT-2)")
BT_TYPE = QT_TRANSLATE_NOOP("importers", "type de document (BT-3)")
BT_CURRENCY = QT_TRANSLATE_NOOP("importers", "devise (BT-5)")
BT_DUE_DATE = QT_TRANSLATE_NOOP("importers", "date d'échéance (BT-9)")
BT_BUYER_NAME = QT_TRANSLATE_NOOP("importers", "nom de l'acheteur (BT-44)")
BT_BUYER_COUNTRY = QT_TRANSLATE_NOOP("importers", "pays de l'acheteur (BT-55)")
BT_TOTAL = QT_TRANSLATE_NOOP("importers", "total TTC (BT-112)")
BT_PREPAID = QT_TRANSLATE_NOOP("importers", "montant déjà payé (BT-113)")
BT_ROUNDING = QT_TRANSLATE_NOOP("importers", "arrondi (BT-114)")
BT_PAYABLE = QT_TRANSLATE_NOOP("importers", "montant à payer (BT-115)")
BG_BUYER = QT_TRANSLATE_NOOP("importers", "acheteur (BG-7)")
BG_TOTALS = QT_TRANSLATE_NOOP("importers", "totaux (BG-22)")
FIELD_FILE = QT_TRANSLATE_NOOP("importers", "fichier")
FIELD_FILE_TYPE = QT_TRANSLATE_NOOP("importers", "type de fichier")
FIELD_DOCUMENT = QT_TRANSLATE_NOOP("importers", "document")

UNREADABLE = QT_TRANSLATE_NOOP("importers", "une facture électronique lisible")
# A document without its type code (BT-3): ``code`` is the type assumed (380 or 381).
NO_TYPE_CODE = QT_TRANSLATE_NOOP(
    "importers", "un code de type (380 facture, 381 avoir…) ; pris comme {code}"
)


def amount_text(value: Decimal) -> str:
    """An amount for a message, French style: ``-1234,50`` (amounts are data, not translated)."""
    return format(value, "f").replace(".", ",")


def day_text(value: date) -> str:
    """A date for a message: ``31/01/2026``."""
    return value.strftime("%d/%m/%Y")


# --- identifiers -------------------------------------------------------------------------------


def compact_id(value: str) -> str:
    return re.sub(r"[\s.\-/]", "", value).upper()


def normalise_vat(value: str) -> str:
    return compact_id(value)


def normalise_iban(value: str) -> str:
    """The compact upper-case IBAN, or "" when the account is not an IBAN (local account
    numbers such as Danish ``1234567891234`` are not kept)."""
    compact = re.sub(r"\s", "", value).upper()
    return compact if IBAN_RE.match(compact) else ""


def normalise_email(value: str) -> str:
    value = value.strip()
    if value.lower().startswith("mailto:"):
        value = value[len("mailto:") :]
    return value


def normalise_company_number(value: str, scheme: str, country: str) -> str:
    """Compact form; Belgian enterprise numbers as 10 digits (``BE 214.168.947`` → 0214168947);
    the SIREN of a French e-invoicing address (``0225``: ``787878784_SERVICE`` → 787878784)."""
    compact = compact_id(value)
    if scheme in SCHEMES_BE or (country == "BE" and re.fullmatch(r"(BE)?[0-9]{9,10}", compact)):
        digits = compact.removeprefix("BE")
        if re.fullmatch(r"[0-9]{9,10}", digits):
            return digits.zfill(10)
        return compact
    if scheme == SCHEME_FR_CTC:
        match = re.match(r"([0-9]{9})(?:[0-9]{5})?(?:_|$)", value.strip())
        return match.group(1) if match else compact
    return compact


def company_number_from_vat(vat: str, country: str) -> str:
    """The SIREN in a French VAT number (FRkk + SIREN), the enterprise number in a Belgian one."""
    vat = normalise_vat(vat)
    if (
        vat.startswith("FR")
        and (country in ("", "FR"))
        and re.fullmatch(r"FR[0-9A-Z]{2}[0-9]{9}", vat)
    ):
        return vat[4:]
    if vat.startswith("BE") and (country in ("", "BE")) and re.fullmatch(r"BE[0-9]{9,10}", vat):
        return vat[2:].zfill(10)
    return ""


# --- the document --------------------------------------------------------------------------------


@dataclass
class Party:
    name: str = ""
    account: str = ""
    legal_id: tuple[str, str] | None = None  # (scheme, value) of BT-47
    identifiers: list[tuple[str, str]] = field(default_factory=list)  # (scheme, value)
    vat_number: str = ""
    email: str = ""
    phone: str = ""
    street: str = ""
    postcode: str = ""
    city: str = ""
    country: str = ""

    def company_number(self) -> str:
        if self.legal_id and self.legal_id[1]:
            return normalise_company_number(self.legal_id[1], self.legal_id[0], self.country)
        for wanted in COMPANY_SCHEMES:
            for scheme, value in self.identifiers:
                if scheme == wanted and value:
                    return normalise_company_number(value, scheme, self.country)
        return company_number_from_vat(self.vat_number, self.country)


@dataclass
class PaymentTerm:
    text: str = ""
    due: date | None = None
    discount: bool = False  # describes a cash discount, not the net due date


@dataclass
class EDocument:
    """The EN 16931 terms Relance needs, read from either syntax (amounts as in the file)."""

    syntax: str  # cii, zugferd1, ubl
    number: str = ""
    type_code: str = ""
    type_code_at: str | None = None
    credit_note_root: bool = False  # UBL <CreditNote>: a credit note whatever its code says
    issue_date: date | None = None
    due_date: date | None = None  # a document-level due date (UBL cbc:DueDate)
    terms: list[PaymentTerm] = field(default_factory=list)
    currency: str = ""
    total: Decimal | None = None  # BT-112
    prepaid: Decimal | None = None  # BT-113
    rounding: Decimal | None = None  # BT-114
    payable: Decimal | None = None  # BT-115
    payable_at: str | None = None
    buyer: Party = field(default_factory=Party)
    payment_reference: str = ""
    seller_iban: str = ""
    references: list[str] = field(default_factory=list)
    profile: str = ""


def choose_due_date(terms: Iterable[PaymentTerm]) -> date | None:
    """The net due date among payment-terms blocks (see the module docstring)."""
    dated = [t for t in terms if t.due is not None]
    if not dated:
        return None
    net = [t for t in dated if not t.discount] if len(dated) > 1 else dated
    pool = net or dated
    return max(t.due for t in pool if t.due is not None)


def is_discount_term(text: str, has_discount_element: bool) -> bool:
    return has_discount_element or bool(DISCOUNT_RE.search(text))


def document_kind(ctx: XmlContext, doc: EDocument) -> DocumentKind:
    code = doc.type_code
    if doc.credit_note_root:
        if code and code not in CREDIT_NOTE_CODES:
            ctx.problem(
                BT_TYPE,
                QT_TRANSLATE_NOOP("importers", "un code de type d'avoir (381…)"),
                code,
                doc.type_code_at,
                Severity.WARNING,
            )
        return DocumentKind.CREDIT_NOTE
    if code in CREDIT_NOTE_CODES:
        return DocumentKind.CREDIT_NOTE
    if code and code not in INVOICE_CODES:
        ctx.problem(
            BT_TYPE,
            QT_TRANSLATE_NOOP(
                "importers",
                "un code de type de facture ou d'avoir (UNTDID 1001 : 380, 381, 384, 389…) ; "
                "le document est pris comme une facture",
            ),
            code,
            doc.type_code_at,
            Severity.WARNING,
        )
    return DocumentKind.INVOICE


def build_records(
    ctx: XmlContext, doc: EDocument, attachment: Path | None
) -> tuple[CustomerRecord, InvoiceRecord] | None:
    """The customer and the invoice of ``doc``, or None when an error leaves it out.

    Mandatory for Relance: number, issue date, currency, total, buyer name (all mandatory in
    EN 16931, even in the Factur-X MINIMUM profile).
    """
    kind = document_kind(ctx, doc)
    if not ctx.has_errors and not doc.currency:  # the readers report it; never build without
        ctx.problem(BT_CURRENCY, QT_TRANSLATE_NOOP("importers", "la devise du document"), "", None)
    if ctx.has_errors or doc.total is None:
        return None
    amount, payable = _amounts(ctx, doc, doc.total)
    if amount < 0 or (amount == 0 and payable < 0):
        amount, payable = -amount, -payable
        kind = _flipped(ctx, doc, kind, amount)
    if payable < 0:
        ctx.problem(
            BT_PAYABLE,
            QT_TRANSLATE_NOOP(
                "importers",
                "un montant à payer positif ou nul (montant déjà payé supérieur au total ?)",
            ),
            str(payable),
            doc.payable_at,
            Severity.WARNING,
        )
    customer = _customer(doc.buyer)
    invoice = InvoiceRecord(
        number=doc.number,
        customer_key=customer.key,
        amount_cents=to_cents(amount),
        paid_cents=to_cents(amount) - to_cents(payable),  # so that due_cents is exactly BT-115
        currency=doc.currency,
        issue_date=doc.issue_date,
        due_date=_due_date(ctx, doc),
        kind=kind,
        payment_terms=_terms_text(doc.terms),
        payment_reference=doc.payment_reference,
        seller_iban=doc.seller_iban,
        references=tuple(dict.fromkeys(r for r in doc.references if r)),
        attachment=attachment,
    )
    return customer, invoice


def _amounts(ctx: XmlContext, doc: EDocument, total: Decimal) -> tuple[Decimal, Decimal]:
    """(total + rounding, amount due): BT-115 when the document gives it (a warning when it
    disagrees with BT-112 + BT-114 − BT-113), else computed (with a warning)."""
    rounding = doc.rounding or Decimal(0)
    prepaid = doc.prepaid or Decimal(0)
    amount = total + rounding
    payable = doc.payable
    if payable is None:
        payable = amount - prepaid
        ctx.problem(
            BT_PAYABLE,
            QT_TRANSLATE_NOOP(
                "importers",
                "le montant à payer ; calculé à la place : total − montant déjà payé = {computed}",
            ),
            "",
            doc.payable_at,
            Severity.WARNING,
            computed=amount_text(payable),
        )
    elif amount - prepaid != payable:
        ctx.problem(
            BT_PAYABLE,
            QT_TRANSLATE_NOOP(
                "importers",
                "total {total} + arrondi {rounding} − déjà payé {prepaid} = {computed} ; le "
                "montant à payer du document est gardé : c'est ce qui a été demandé au client",
            ),
            str(payable),
            doc.payable_at,
            Severity.WARNING,
            total=amount_text(total),
            rounding=amount_text(rounding),
            prepaid=amount_text(prepaid),
            computed=amount_text(amount - prepaid),
        )
    return amount, payable


def _flipped(ctx: XmlContext, doc: EDocument, kind: DocumentKind, amount: Decimal) -> DocumentKind:
    """The kind of a document with negative amounts: the opposite of its type's (a note)."""
    if kind is DocumentKind.CREDIT_NOTE:
        flipped = DocumentKind.INVOICE
        text = QT_TRANSLATE_NOOP(
            "importers",
            "{file} : le document {number} (type {type}) a des montants négatifs : il est "
            "pris comme une facture de {amount} {currency}.",
        )
    else:
        flipped = DocumentKind.CREDIT_NOTE
        text = QT_TRANSLATE_NOOP(
            "importers",
            "{file} : le document {number} (type {type}) a des montants négatifs : il est "
            "pris comme un avoir de {amount} {currency}.",
        )
    ctx.note(
        text,
        file=ctx.file,
        number=doc.number,
        type=doc.type_code or "?",
        amount=amount_text(amount),
        currency=doc.currency,
    )
    return flipped


def _due_date(ctx: XmlContext, doc: EDocument) -> date | None:
    """The document's due date, else the net one of its payment terms (a warning when it comes
    before the issue date)."""
    due = doc.due_date or choose_due_date(doc.terms)
    if due is not None and doc.issue_date is not None and due < doc.issue_date:
        ctx.problem(
            BT_DUE_DATE,
            QT_TRANSLATE_NOOP(
                "importers", "une échéance égale ou postérieure à la date de facture ({date})"
            ),
            due.isoformat(),
            None,
            Severity.WARNING,
            date=day_text(doc.issue_date),
        )
    return due


def _terms_text(terms: list[PaymentTerm]) -> str:
    """The payment terms' texts, once each (with their dates when several blocks have one)."""
    dated = sum(1 for t in terms if t.due is not None)
    return " ; ".join(
        dict.fromkeys(
            f"{t.text} ({t.due.isoformat()})" if dated > 1 and t.due is not None else t.text
            for t in terms
            if t.text
        )
    )


def _customer(buyer: Party) -> CustomerRecord:
    return CustomerRecord(
        key=buyer.account or buyer.name,
        name=buyer.name,
        account=buyer.account,
        company_number=buyer.company_number(),
        vat_number=buyer.vat_number,
        email=buyer.email,
        phone=buyer.phone,
        street=buyer.street,
        postcode=buyer.postcode,
        city=buyer.city,
        country=buyer.country,
    )


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def failed(source: str, file: Path, data: bytes, problem: Problem) -> ParseResult:
    return ParseResult(source=source, file=file, sha256=sha256_hex(data), problems=[problem])


def read_bytes(source: str, path: Path) -> tuple[bytes, ParseResult | None]:
    """The file's bytes, or a result holding the problem when it cannot be read."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return b"", failed(
                source,
                path,
                b"",
                Problem(
                    path.name,
                    FIELD_FILE,
                    QT_TRANSLATE_NOOP(
                        "importers", "un fichier de moins de {limit} Mo ; celui-ci fait {size} Mo"
                    ),
                    "",
                    args={"limit": MAX_FILE_BYTES // 2**20, "size": -(-size // 2**20)},
                ),
            )
        return path.read_bytes(), None
    except OSError as exc:
        return b"", failed(
            source,
            path,
            b"",
            Problem(
                path.name,
                FIELD_FILE,
                QT_TRANSLATE_NOOP("importers", "un fichier lisible"),
                # The system's own reason (« No such file or directory »…).
                shorten(exc.strerror or str(exc)),
            ),
        )


def unexpected(source: str, file: Path, data: bytes, exc: BaseException) -> ParseResult:
    """The last line of defence: garbage must give a problem, never a crash."""
    return failed(
        source,
        file,
        data,
        Problem(
            file.name,
            FIELD_DOCUMENT,
            UNREADABLE,
            # A technical trace: what went wrong, for the support.
            shorten(f"{type(exc).__name__}: {exc}", 160),
        ),
    )


def detect(data: bytes) -> str | None:
    """``"pdf"`` for a PDF, ``"xml"`` for something that starts like XML, else None."""
    head = data[:1024]
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"<") or head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "xml"
    if b"%PDF-" in head:  # readers tolerate a little junk before the header
        return "pdf"
    return None


def finish(
    source: str,
    file: Path,
    data: bytes,
    ctx: XmlContext,
    built: tuple[CustomerRecord, InvoiceRecord] | None,
) -> ParseResult:
    result = ParseResult(
        source=source,
        file=file,
        sha256=sha256_hex(data),
        problems=list(ctx.problems),
        notes=list(ctx.notes),
    )
    if built is not None:
        customer, invoice = built
        result.customers.append(customer)
        result.invoices.append(invoice)
    return result

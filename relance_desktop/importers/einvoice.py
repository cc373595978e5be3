"""What Factur-X/ZUGFeRD (CII) and UBL/Peppol invoices have in common: EN 16931 semantics.

Both syntaxes carry the same business terms (BT-1 invoice number, BT-3 type code, BT-9 due
date, BT-112 total, BT-113 prepaid, BT-114 rounding, BT-115 amount due…). The syntax readers
(:mod:`relance_desktop.importers.facturx`, :mod:`relance_desktop.importers.ubl`) fill an
:class:`EDocument` while collecting :class:`Problem` s through an :class:`XmlContext`; this module
turns it into the importer records.

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
* **XML safety**: :func:`parse_xml` uses lxml with ``resolve_entities=False``, ``no_network=True``,
  ``load_dtd=False`` and ``huge_tree=False``, and refuses any document with a DOCTYPE (an e-invoice
  never has one): no external entity, no entity expansion bomb, no network access.
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
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from relance_desktop.i18n import QT_TRANSLATE_NOOP, Message
from relance_desktop.importers.records import (
    CTX,
    MAX_PROBLEMS,
    CustomerRecord,
    DocumentKind,
    InvoiceRecord,
    ParseResult,
    Problem,
    Severity,
)

Element = Any  # lxml ships no type annotations

MAX_FILE_BYTES = 64 * 1024 * 1024  # no real invoice comes near; refuse before parsing
MAX_AMOUNT = Decimal("1000000000000")  # one trillion in any currency: anything above is garbage
MIN_YEAR, MAX_YEAR = 1900, 2199

NS_CII = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
NS_ZUGFERD1 = "urn:ferd:CrossIndustryDocument:invoice:1p0"
NS_UBL_INVOICE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
NS_UBL_CREDIT_NOTE = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"

ROOTS = {
    f"{{{NS_CII}}}CrossIndustryInvoice": "cii",
    f"{{{NS_ZUGFERD1}}}CrossIndustryDocument": "zugferd1",
    f"{{{NS_UBL_INVOICE}}}Invoice": "ubl",
    f"{{{NS_UBL_CREDIT_NOTE}}}CreditNote": "ubl",
}

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
CURRENCY_RE = re.compile(r"^[A-Z]{3}$")
COUNTRY_RE = re.compile(r"^[A-Z]{2}$")
AMOUNT_RE = re.compile(r"^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)$")

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
FIELD_XML = QT_TRANSLATE_NOOP("importers", "document XML")
FIELD_DOCUMENT = QT_TRANSLATE_NOOP("importers", "document")

UNREADABLE = QT_TRANSLATE_NOOP("importers", "une facture électronique lisible")
# A document without its type code (BT-3): ``code`` is the type assumed (380 or 381).
NO_TYPE_CODE = QT_TRANSLATE_NOOP(
    "importers", "un code de type (380 facture, 381 avoir…) ; pris comme {code}"
)
_PROBLEM_FOUND = QT_TRANSLATE_NOOP(
    "importers", "{file} : {field} : attendu {expected}, trouvé « {found} »"
)
_PROBLEM = QT_TRANSLATE_NOOP("importers", "{file} : {field} : attendu {expected}")


def problem_message(problem: Problem) -> Message:
    """A problem as one sentence: « facture.xml : date de facture (BT-2) : attendu …, trouvé … »."""
    field_name: object = problem.field
    if "{" not in problem.field and "}" not in problem.field:  # a label (else a name from the file)
        field_name = Message(CTX, problem.field)
    args = {
        "file": problem.file,
        "field": field_name,
        "expected": Message(CTX, problem.expected, dict(problem.args)),
        "found": problem.found,
    }
    return Message(CTX, _PROBLEM_FOUND if problem.found else _PROBLEM, args)


class EInvoiceError(ValueError):
    """A document that cannot give an invoice. Carries the :class:`Problem` that says why; the
    ``read_*`` functions never raise it, they put the problem in the :class:`ParseResult`.

    :attr:`message` is the problem as a translatable sentence; ``str(exc)`` is its French text.
    """

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        self.message = problem_message(problem)
        super().__init__(self.message.render())


def amount_text(value: Decimal) -> str:
    """An amount for a message, French style: ``-1234,50`` (amounts are data, not translated)."""
    return format(value, "f").replace(".", ",")


def day_text(value: date) -> str:
    """A date for a message: ``31/01/2026``."""
    return value.strftime("%d/%m/%Y")


def head_text(data: bytes) -> str:
    """The start of a file that is neither PDF nor XML, when it is text (for « found »)."""
    first = data[:200].split(b"\n", 1)[0].strip()
    try:
        text = first.decode("utf-8")
    except UnicodeDecodeError:
        return ""
    return shorten(text, 60) if text.isprintable() else ""


# --- XML ---------------------------------------------------------------------------------------


def _parser() -> Any:
    from lxml import etree

    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


def parse_xml(data: bytes, file: str) -> Element:
    """The root element of ``data``, parsed without entities, DTD or network access.

    Raises :class:`EInvoiceError` for anything that is not a well-formed XML document without a
    DOCTYPE.
    """
    from lxml import etree

    if not data.strip():
        expected = QT_TRANSLATE_NOOP("importers", "un document XML ; le fichier est vide")
        raise EInvoiceError(Problem(file, FIELD_XML, expected, ""))
    well_formed = QT_TRANSLATE_NOOP("importers", "un document XML bien formé")
    try:
        root = etree.fromstring(data, parser=_parser())
    except etree.XMLSyntaxError as exc:
        line = getattr(exc, "lineno", None)
        raise EInvoiceError(
            Problem(
                file,
                FIELD_XML,
                well_formed,
                # The parser's own diagnostic (in English): what is wrong, and where.
                shorten(str(exc.msg if hasattr(exc, "msg") else exc)),
                line=line if isinstance(line, int) and line > 0 else None,
            )
        ) from None
    except (ValueError, TypeError) as exc:  # e.g. encoding declarations lxml refuses
        raise EInvoiceError(Problem(file, FIELD_XML, well_formed, shorten(str(exc)))) from None
    if root is None:
        expected = QT_TRANSLATE_NOOP("importers", "un document XML ; aucun élément racine")
        raise EInvoiceError(Problem(file, FIELD_XML, expected, ""))
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:
        raise EInvoiceError(
            Problem(
                file,
                FIELD_XML,
                QT_TRANSLATE_NOOP(
                    "importers",
                    "une facture électronique sans DOCTYPE (les entités ne sont pas admises)",
                ),
                shorten(docinfo.doctype) or "<!DOCTYPE>",
            )
        )
    return root


def root_syntax(root: Element) -> str | None:
    """``"cii"``, ``"zugferd1"``, ``"ubl"``, or None for any other document."""
    tag = root.tag
    return ROOTS.get(tag) if isinstance(tag, str) else None


def qualified_name(el: Element) -> str:
    """``prefix:local`` as written in the document (just ``local`` in the default namespace)."""
    tag = el.tag
    if not isinstance(tag, str):
        return "?"
    local = tag.rsplit("}", 1)[-1]
    prefix = el.prefix
    return f"{prefix}:{local}" if prefix else local


def element_path(el: Element) -> str:
    """An XPath-like location: ``/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:ID``,
    with ``[n]`` where siblings share the name."""
    parts: list[str] = []
    node = el
    while node is not None:
        name = qualified_name(node)
        parent = node.getparent()
        if parent is not None:
            same = [sib for sib in parent if sib.tag == node.tag]
            if len(same) > 1:
                name += f"[{same.index(node) + 1}]"
        parts.append(name)
        node = parent
    return "/" + "/".join(reversed(parts))


def shorten(text: str | None, limit: int = 80) -> str:
    """One line, at most ``limit`` characters (for the « found » part of a problem)."""
    if not text:
        return ""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def clean(text: str | None) -> str:
    """Whitespace collapsed (no-break spaces included) and stripped."""
    return " ".join(text.split()) if text else ""


# --- problems and values -------------------------------------------------------------------------


@dataclass
class XmlContext:
    """One document being read: its namespaces and the problems found so far."""

    file: str
    namespaces: dict[str, str]
    problems: list[Problem] = field(default_factory=list)
    notes: list[str | Message] = field(default_factory=list)

    def problem(
        self,
        field_name: str,
        expected: str,
        found: str,
        element: str | None,
        severity: Severity = Severity.ERROR,
        **args: object,
    ) -> None:
        """``field_name``: a label marked with ``QT_TRANSLATE_NOOP``; ``expected``: a marked
        template filled with ``args``; ``found``: the document's own text ("" when nothing)."""
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(
                Problem(
                    file=self.file,
                    field=field_name,
                    expected=expected,
                    found=found,
                    element=element,
                    severity=severity,
                    args=args,
                )
            )

    def note(self, text: str, **args: object) -> None:
        """A note for the user: ``text`` is a template marked with ``QT_TRANSLATE_NOOP``."""
        self.notes.append(Message(CTX, text, dict(args)))

    @property
    def has_errors(self) -> bool:
        return any(p.severity is Severity.ERROR for p in self.problems)

    # navigation

    def find(self, parent: Element | None, path: str) -> Element | None:
        if parent is None:
            return None
        return parent.find(path, self.namespaces)

    def find_all(self, parent: Element | None, path: str) -> list[Element]:
        if parent is None:
            return []
        return list(parent.iterfind(path, self.namespaces))

    def where(self, parent: Element | None, path: str) -> str:
        """The location of ``path`` under ``parent`` (for messages about a missing element)."""
        base = element_path(parent) if parent is not None else ""
        return f"{base}/{path}" if path else base

    def text(self, parent: Element | None, path: str) -> str:
        el = self.find(parent, path)
        return clean("".join(el.itertext())) if el is not None else ""

    def texts(self, parent: Element | None, path: str) -> list[str]:
        return [t for el in self.find_all(parent, path) if (t := clean("".join(el.itertext())))]

    # typed values

    def required_text(self, parent: Element | None, path: str, field_name: str) -> str:
        value = self.text(parent, path)
        if not value:
            el = self.find(parent, path)
            self.problem(
                field_name,
                QT_TRANSLATE_NOOP("importers", "une valeur"),
                "",
                element_path(el) if el is not None else self.where(parent, path),
            )
        return value

    def amount(
        self, parent: Element | None, path: str, field_name: str, *, required: bool = False
    ) -> tuple[Decimal | None, Element | None]:
        """The decimal amount at ``path`` (None when absent; a problem when required or bad)."""
        el = self.find(parent, path)
        if el is None:
            if required:
                expected = QT_TRANSLATE_NOOP("importers", "un montant")
                self.problem(field_name, expected, "", self.where(parent, path))
            return None, None
        raw = clean("".join(el.itertext()))
        value = parse_amount(raw)
        if value is None:
            self.problem(
                field_name,
                QT_TRANSLATE_NOOP(
                    "importers", "un montant décimal avec un point (par exemple 1234.56)"
                ),
                shorten(raw),
                element_path(el),
            )
            return None, el
        if abs(value) >= MAX_AMOUNT:
            self.problem(
                field_name,
                QT_TRANSLATE_NOOP("importers", "un montant inférieur à mille milliards"),
                shorten(raw),
                element_path(el),
            )
            return None, el
        if value != value.quantize(Decimal("0.01")):
            self.problem(
                field_name,
                QT_TRANSLATE_NOOP(
                    "importers", "un montant avec au plus deux décimales (arrondi au centime)"
                ),
                raw,
                element_path(el),
                Severity.WARNING,
            )
        return value, el

    def currency(self, parent: Element | None, path: str, *, required: bool) -> str:
        """The ISO 4217 code at ``path`` ("" with a problem when missing or malformed)."""
        raw = self.required_text(parent, path, BT_CURRENCY) if required else self.text(parent, path)
        code = raw.upper()
        if raw and not CURRENCY_RE.match(code):
            self.problem(
                BT_CURRENCY,
                QT_TRANSLATE_NOOP("importers", "un code devise ISO 4217 (EUR, GBP…)"),
                shorten(raw),
                self.where(parent, path),
            )
            return ""
        return code

    def country(self, parent: Element | None, path: str) -> str:
        """The ISO 3166 alpha-2 code at ``path`` ("" with a warning when malformed)."""
        raw = self.text(parent, path)
        code = raw.upper()
        if raw and not COUNTRY_RE.match(code):
            self.problem(
                BT_BUYER_COUNTRY,
                QT_TRANSLATE_NOOP("importers", "un code pays ISO 3166 à deux lettres (FR, BE…)"),
                shorten(raw),
                self.where(parent, path),
                Severity.WARNING,
            )
            return ""
        return code

    def check_currency(self, el: Element | None, currency: str, field_name: str) -> None:
        """An amount's own ``currencyID``, when it has one, must be the document currency."""
        if el is None or not currency:
            return
        own = clean(el.get("currencyID"))
        if own and own.upper() != currency:
            self.problem(
                field_name,
                QT_TRANSLATE_NOOP(
                    "importers", "un montant dans la devise du document ({currency})"
                ),
                f"currencyID {own}",
                element_path(el),
                currency=currency,
            )

    def date_at(
        self,
        parent: Element | None,
        path: str,
        field_name: str,
        *,
        cii: bool,
        required: bool = False,
    ) -> date | None:
        """The date at ``path``: CII ``udt:DateTimeString`` (its ``format`` attribute must be 102)
        or UBL ``xsd:date``. A problem when it is required and missing, or unreadable."""
        el = self.find(parent, path)
        if el is None:
            if required:
                expected = QT_TRANSLATE_NOOP("importers", "une date")
                self.problem(field_name, expected, "", self.where(parent, path))
            return None
        raw = clean("".join(el.itertext()))
        fmt = clean(el.get("format")) if cii else None
        value = parse_date(raw, fmt)
        if value is None:
            if fmt not in (None, "", "102"):
                expected = QT_TRANSLATE_NOOP(
                    "importers",
                    "une date au format 102 (AAAAMMJJ) entre {first} et {last}, pas au format "
                    "{format}",
                )
            elif cii:
                expected = QT_TRANSLATE_NOOP(
                    "importers", "une date AAAAMMJJ (format 102) entre {first} et {last}"
                )
            else:
                expected = QT_TRANSLATE_NOOP(
                    "importers", "une date AAAA-MM-JJ entre {first} et {last}"
                )
            self.problem(
                field_name,
                expected,
                shorten(raw),
                element_path(el),
                first=MIN_YEAR,
                last=MAX_YEAR,
                format=fmt or "",
            )
        return value


def parse_amount(raw: str) -> Decimal | None:
    """``"-1234.50"`` → ``Decimal("-1234.50")``; None for anything else (commas, exponents…)."""
    raw = raw.strip()
    if not AMOUNT_RE.match(raw):
        return None
    try:
        return Decimal(raw)
    except InvalidOperation:  # pragma: no cover - the pattern already excludes it
        return None


_DATE_102 = re.compile(r"^([0-9]{4})([0-9]{2})([0-9]{2})$")
_DATE_ISO = re.compile(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})(?:Z|[+-][0-9]{2}:[0-9]{2})?$")


def parse_date(raw: str, fmt: str | None = None) -> date | None:
    """A date from CII format 102 (``20260131``) or ISO (``2026-01-31``, optional time zone).

    ``fmt`` is the CII ``format`` attribute: only 102 is a day; None means ISO (UBL), where 102
    is accepted as well. Dates outside 1900–2199 are refused.
    """
    raw = raw.strip()
    if fmt is not None and fmt not in ("", "102"):
        return None
    match = _DATE_102.match(raw) or _DATE_ISO.match(raw)
    if not match:
        return None
    year, month, day = (int(g) for g in match.groups()[:3])
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def to_cents(value: Decimal) -> int:
    from relance_desktop.domain.money import to_cents as money_to_cents

    return money_to_cents(value)


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
    buyer = doc.buyer
    if not ctx.has_errors and not doc.currency:  # the readers report it; never build without
        ctx.problem(BT_CURRENCY, QT_TRANSLATE_NOOP("importers", "la devise du document"), "", None)
    if ctx.has_errors or doc.total is None:
        return None

    total = doc.total
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
    negative = amount < 0 or (amount == 0 and payable < 0)
    if negative:
        amount, payable = -amount, -payable
        flipped = (
            DocumentKind.INVOICE if kind is DocumentKind.CREDIT_NOTE else DocumentKind.CREDIT_NOTE
        )
        if flipped is DocumentKind.CREDIT_NOTE:
            text = QT_TRANSLATE_NOOP(
                "importers",
                "{file} : le document {number} (type {type}) a des montants négatifs : il est "
                "pris comme un avoir de {amount} {currency}.",
            )
        else:
            text = QT_TRANSLATE_NOOP(
                "importers",
                "{file} : le document {number} (type {type}) a des montants négatifs : il est "
                "pris comme une facture de {amount} {currency}.",
            )
        ctx.note(
            text,
            file=ctx.file,
            number=doc.number,
            type=doc.type_code or "?",
            amount=amount_text(amount),
            currency=doc.currency,
        )
        kind = flipped
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
    dated = sum(1 for t in doc.terms if t.due is not None)
    terms_text = " ; ".join(
        dict.fromkeys(
            f"{t.text} ({t.due.isoformat()})" if dated > 1 and t.due is not None else t.text
            for t in doc.terms
            if t.text
        )
    )

    key = buyer.account or buyer.name
    customer = CustomerRecord(
        key=key,
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
    invoice = InvoiceRecord(
        number=doc.number,
        customer_key=key,
        amount_cents=to_cents(amount),
        paid_cents=to_cents(amount) - to_cents(payable),  # so that due_cents is exactly BT-115
        currency=doc.currency,
        issue_date=doc.issue_date,
        due_date=due,
        kind=kind,
        payment_terms=terms_text,
        payment_reference=doc.payment_reference,
        seller_iban=doc.seller_iban,
        references=tuple(dict.fromkeys(r for r in doc.references if r)),
        attachment=attachment,
    )
    return customer, invoice


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


def read_einvoice(path: Path) -> ParseResult:
    """Any supported e-invoice file: a Factur-X/ZUGFeRD PDF, or a CII or UBL XML document."""
    from relance_desktop.importers.facturx import read_facturx_bytes
    from relance_desktop.importers.ubl import read_ubl_bytes

    path = Path(path)
    data, problem = read_bytes("facturx", path)
    if problem is not None:
        return problem
    if detect(data) == "xml":
        try:
            root = parse_xml(data, path.name)
        except Exception:  # the reader below reports it properly
            root = None
        if root is not None and root_syntax(root) == "ubl":
            return read_ubl_bytes(data, path)
    return read_facturx_bytes(data, path)


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

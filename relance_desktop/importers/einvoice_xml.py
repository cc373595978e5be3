"""Reading an e-invoice's XML safely, and its values with the problems they give.

:func:`parse_xml` parses without entities, DTD or network access (lxml with
``resolve_entities=False``, ``no_network=True``, ``load_dtd=False``, ``huge_tree=False``) and
refuses any document with a DOCTYPE (an e-invoice never has one): no external entity, no entity
expansion bomb. :class:`XmlContext` finds elements by path in one document's namespaces and
reads their texts, amounts, dates and codes, each wrong or missing one a
:class:`~relance_desktop.importers.records.Problem` located by its XPath-like path. Amounts and
dates are read by :mod:`~relance_desktop.importers.values` (``xsd:decimal``, CII format 102,
``xsd:date``). A document that cannot give an invoice at all raises :class:`EInvoiceError`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from relance_desktop.i18n import QT_TRANSLATE_NOOP, Message
from relance_desktop.importers.records import CTX, MAX_PROBLEMS, Problem, Severity
from relance_desktop.importers.values import xml_date, xml_decimal

Element = Any  # lxml ships no type annotations

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
CURRENCY_RE = re.compile(r"^[A-Z]{3}$")
COUNTRY_RE = re.compile(r"^[A-Z]{2}$")

FIELD_XML = QT_TRANSLATE_NOOP("importers", "document XML")
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


# --- one document: its problems and values ------------------------------------------------------


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
        value = xml_decimal(raw)
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

    def currency(
        self, parent: Element | None, path: str, field_name: str, *, required: bool
    ) -> str:
        """The ISO 4217 code at ``path`` ("" with a problem when missing or malformed)."""
        raw = self.required_text(parent, path, field_name) if required else self.text(parent, path)
        code = raw.upper()
        if raw and not CURRENCY_RE.match(code):
            self.problem(
                field_name,
                QT_TRANSLATE_NOOP("importers", "un code devise ISO 4217 (EUR, GBP…)"),
                shorten(raw),
                self.where(parent, path),
            )
            return ""
        return code

    def country(self, parent: Element | None, path: str, field_name: str) -> str:
        """The ISO 3166 alpha-2 code at ``path`` ("" with a warning when malformed)."""
        raw = self.text(parent, path)
        code = raw.upper()
        if raw and not COUNTRY_RE.match(code):
            self.problem(
                field_name,
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
        value = xml_date(raw, fmt, (MIN_YEAR, MAX_YEAR))
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

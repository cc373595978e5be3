"""French FEC reader: what each customer really still owes, from the legal accounting export.

The *Fichier des Écritures Comptables* (article A47 A-1 of the Livre des procédures fiscales) is
the whole general ledger, one line per entry line, with 18 columns::

    JournalCode JournalLib EcritureNum EcritureDate CompteNum CompteLib CompAuxNum CompAuxLib
    PieceRef PieceDate EcritureLib Debit Credit EcritureLet DateLet ValidDate Montantdevise Idevise

:func:`read_fec` reads it without Qt and without the database and returns a :class:`FecResult`
(a :class:`~relance_desktop.importers.records.ParseResult`): one :class:`CustomerRecord` per
customer account with a non-zero balance and one :class:`InvoiceRecord` per open item.

Dialects accepted (all seen in real exports):

- tab, pipe (the two legal separators), semicolon or comma, detected from the header line; a
  trailing separator (an empty last field) on the header and/or the data lines;
- column names in any case (``MontantDevise``), in any order, padded with spaces, optionally
  quoted; unknown extra columns are ignored, so the 22-column cash-basis layout (``DateRglt``,
  ``ModeRglt``, ``NatOp``, ``IdClient``) reads like the 18-column one;
- the ``Montant`` + ``Sens`` variant allowed by the BOI (BOI-CF-IOR-60-40-20) instead of
  ``Debit`` + ``Credit``: ``Sens`` is ``D``/``C`` or ``+1``/``-1``;
- UTF-8 with or without BOM, UTF-16 with BOM, otherwise Windows-1252 (then Latin-1, which never
  fails: stray bytes such as ``0xF8`` become some letter, never an error);
- LF, CR LF, CR and CR CR LF line endings (a CR CR LF counts as one line end);
- fields padded with spaces, amounts zero-filled (``0000000074,70``) with a decimal comma or
  point, an optional sign before or after, thousands separators (space, no-break space,
  apostrophe, or a point when the decimal mark is a comma); dates ``YYYYMMDD`` (the legal form),
  ``YYYY-MM-DD`` or ``DD/MM/YYYY``;
- lower-case journal codes, ``EcritureNum`` all ``0``, empty ``ValidDate``, entries outside the
  fiscal year: none of these matters here.

What is still due
-----------------
Customer accounts are the accounts whose number starts with one of ``customer_prefixes``
(``411`` by default). On a collective account the customer is the auxiliary account
(``CompAuxNum``/``CompAuxLib``); without one, the account itself (``CompteNum``/``CompteLib``).
Opening entries (AN/ANO journals) count like any other line.

Per customer, the **balance** (debits − credits over all its lines) is the truth. Lettering
(``EcritureLet``) is only a hint: real files have unbalanced lettering groups and unlettered
receipts that settle unlettered invoices. The balance is turned into open items this way:

1. debit lines are grouped into documents (see *Identity* below);
2. every lettering group whose lines sum to exactly zero is settled: its debits are marked paid
   and its credits used up (a balanced group is reliable evidence of *which* invoice was paid);
3. every remaining credit (payments, credit notes, unbalanced groups, unlettered receipts) is
   allocated to the remaining debits **oldest first** (FIFO, by issue date then line);
4. each document with something left to pay becomes an :class:`InvoiceRecord` with
   ``amount_cents`` = its debits and ``paid_cents`` = what was allocated to it. The open items
   of a customer therefore always add up to its balance.

A customer with a **credit balance** (we owe them) gets no invoice; it is reported with a
WARNING problem and a note, and kept in :attr:`FecResult.balances`. So a file has two totals:
:meth:`FecResult.net_total` (the sum of the balances, credit balances included: what the
accountant sees, 14,416.52 EUR in the sample ``111111111FEC20221231.TXT``) and
:meth:`FecResult.due_total` (what there is to chase: the open items, 14,472.55 EUR there — one
customer's credit does not reduce another's debt).

Amounts are in the accounting currency (``Debit``/``Credit`` are always in it; EUR is assumed).
When *every* line of a customer carries the same foreign ``Idevise`` with a ``Montantdevise``,
that customer is computed in that currency instead.

Identity of open items
----------------------
Re-importing the same file must change nothing, and a later export must find the same invoices,
so numbers are derived from the file deterministically:

- ``PieceRef`` (padding stripped, inner runs of spaces collapsed: ``FA  220393`` → ``FA 220393``)
  is the invoice number when it looks like one;
- it does not when it is empty, all zeros, a known placeholder (``RAN``, ``AN``, ``sans``…), the
  journal code plus the entry's month (``VE  0523``, ``01/2023``: many tools number pieces per
  journal and month), or when, in the same journal, it is shared by several customers or by
  entries of different dates. Then the number is ``"<JOURNAL> <EcritureNum> <EcritureDate>"``
  (``VE 00000056 2023-05-09``), or ``"<JOURNAL> <EcritureDate>"`` when ``EcritureNum`` is
  meaningless (all ``0``); the date keeps numbers unique across fiscal years, as entry numbers
  restart each year. A note says so.

Debit lines of one customer with the same number are one document (their amounts add up).

Accounts that are not people to chase
-------------------------------------
Till and payment-method pseudo-customers (``RECETTE CB``, ``CESP``, ``Clients divers``, caisse,
chèque, virement, TPE…) are detected from their label and account code
(:func:`pseudo_customer_reason`); they are listed, with their balances, in a note, one WARNING
problem and :attr:`FecResult.pseudo_customers`, but still imported. Accounts in
``excluded_accounts`` (the user's remembered choice) are left out entirely.

Bad input
---------
A file that is not a FEC at all (unreadable, empty, no recognisable header) raises
:class:`FecError`. Otherwise nothing raises: each bad line gives a :class:`Problem` (file,
1-based line, column name, expected, found) and is left out; at most ``MAX_PROBLEMS`` are listed
(a note counts the rest). Only the lines on customer accounts are checked field by field (the
others are not used); every line is checked for its number of fields (field ``(line)``) and for
an account number. Blank lines and a DOS end-of-file mark (``0x1A``) are skipped. A bad
``PieceDate``, ``Idevise`` or ``Montantdevise`` is a WARNING (the line is kept, with
``EcritureDate`` and the accounting currency instead).

Messages are French templates marked with ``QT_TRANSLATE_NOOP("importers", …)``, their
variable parts in ``args`` (problems) or in a :class:`~relance_desktop.i18n.Message` (notes,
:class:`FecError`): the interface shows them in the user's language. Amounts in them are written
with a decimal comma (``-56,03``), dates as ``JJ/MM/AAAA``; ``found`` is the file's own text
(``""`` when the field is empty).
"""

from __future__ import annotations

import csv
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from relance_desktop.domain.money import from_cents
from relance_desktop.domain.text import search_key
from relance_desktop.i18n import QT_TRANSLATE_NOOP, Message
from relance_desktop.importers.records import (
    CTX,
    MAX_PROBLEMS,
    CustomerRecord,
    InvoiceRecord,
    ParseResult,
    Problem,
    Severity,
)

__all__ = [
    "CustomerBalance",
    "FecError",
    "FecResult",
    "PseudoCustomer",
    "pseudo_customer_reason",
    "read_fec",
]

SOURCE = "fec"
ACCOUNTING_CURRENCY = "EUR"

# The 18 legal columns, then the known variants, by their lower-case name.
STANDARD_COLUMNS = (
    "JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum", "CompteLib",
    "CompAuxNum", "CompAuxLib", "PieceRef", "PieceDate", "EcritureLib", "Debit", "Credit",
    "EcritureLet", "DateLet", "ValidDate", "Montantdevise", "Idevise",
)  # fmt: skip
VARIANT_COLUMNS = ("Montant", "Sens", "DateRglt", "ModeRglt", "NatOp", "IdClient")
KNOWN_COLUMNS = {name.lower(): name for name in STANDARD_COLUMNS + VARIANT_COLUMNS}
SEPARATORS = ("\t", "|", ";", ",")

# PieceRef values that are not document numbers.
PLACEHOLDER_REFS = frozenset(
    {"RAN", "AN", "ANO", "ANOUVEAU", "ANOUVEAUX", "REPORT", "SANS", "NEANT", "DIVERS", "-", "?"}
)

# What a pseudo-customer looks like (shown in its reason, translated).
_CARD = QT_TRANSLATE_NOOP("importers", "carte bancaire")
_CASH = QT_TRANSLATE_NOOP("importers", "espèces")
_TILL = QT_TRANSLATE_NOOP("importers", "caisse")
_TAKINGS = QT_TRANSLATE_NOOP("importers", "recettes")
_CHEQUE = QT_TRANSLATE_NOOP("importers", "chèques")
_TRANSFER = QT_TRANSLATE_NOOP("importers", "virements")
_ONLINE = QT_TRANSLATE_NOOP("importers", "paiement en ligne")
_MISC = QT_TRANSLATE_NOOP("importers", "clients divers")
_WALK_IN = QT_TRANSLATE_NOOP("importers", "clients de passage")
_COUNTER = QT_TRANSLATE_NOOP("importers", "ventes au comptoir")

# Words in a customer label or code that point to a payment method or a till, not a person.
PSEUDO_WORDS = {
    "CB": _CARD, "CARTE": _CARD, "CARTES": _CARD, "TPE": _CARD, "AMEX": _CARD,
    "ESP": _CASH, "ESPECE": _CASH, "ESPECES": _CASH, "CASH": _CASH, "CAISSE": _TILL,
    "CAISSES": _TILL, "TICKET": _TILL, "TICKETS": _TILL, "COMPTANT": _TILL,
    "RECETTE": _TAKINGS, "RECETTES": _TAKINGS,
    "CHQ": _CHEQUE, "CHQS": _CHEQUE, "CHEQUE": _CHEQUE, "CHEQUES": _CHEQUE,
    "VIR": _TRANSFER, "VIREMENT": _TRANSFER, "VIREMENTS": _TRANSFER,
    "SUMUP": _CARD, "ZETTLE": _CARD, "PAYPAL": _ONLINE, "STRIPE": _ONLINE, "LYDIA": _ONLINE,
}  # fmt: skip
PSEUDO_PHRASES = {
    "CLIENTS DIVERS": _MISC, "CLIENT DIVERS": _MISC, "DIVERS CLIENTS": _MISC,
    "CLIENTS DE PASSAGE": _WALK_IN, "CLIENT DE PASSAGE": _WALK_IN, "CLIENTS PASSAGE": _WALK_IN,
    "CLIENT PASSAGE": _WALK_IN, "VENTE COMPTOIR": _COUNTER, "VENTES COMPTOIR": _COUNTER,
    "VENTES AU COMPTOIR": _COUNTER,
}  # fmt: skip
GENERIC_LABELS = frozenset({"CLIENT", "CLIENTS", "DIVERS", "CLIENTS FRANCE", "CLIENTS FR"})

# Label of the problem about a line's number of fields (the line as a whole, not one column).
_COLUMN_COUNT = QT_TRANSLATE_NOOP("importers", "nombre de colonnes")

MAX_UNITS_DIGITS = 13  # 10,000 billion: anything larger is not an invoice amount
MIN_YEAR, MAX_YEAR = 1900, 2100
_FOUND_MAX = 60


class FecError(ValueError):
    """The file cannot be read as a FEC at all (unreadable, empty, no FEC header line).

    :attr:`message` (French template marked for translation, and its arguments) names the file
    and says what was expected; ``str(exc)`` is its French text. Problems *inside* a FEC never
    raise: they are reported as :class:`Problem` records.
    """

    def __init__(self, text: str, /, **args: object) -> None:
        self.message = Message(CTX, text, dict(args))
        super().__init__(self.message.render())


@dataclass(frozen=True)
class PseudoCustomer:
    """A customer account that looks like a till or payment method, not a person to chase."""

    key: str
    name: str
    balance_cents: int
    currency: str
    reason: str  # French text of reason_message, e.g. « libellé « RECETTE CB » : carte bancaire »
    reason_message: Message | None = None  # the same, to show in the user's language


@dataclass(frozen=True)
class CustomerBalance:
    """A customer's balance in the file: debits − credits (negative: we owe them)."""

    key: str
    name: str
    balance_cents: int
    currency: str
    open_items: int  # how many InvoiceRecords it gave (0 for a credit balance)


@dataclass
class FecResult(ParseResult):
    """A :class:`ParseResult` with what only a ledger can tell."""

    balances: list[CustomerBalance] = field(default_factory=list)  # non-zero, not excluded
    pseudo_customers: list[PseudoCustomer] = field(default_factory=list)  # not excluded
    excluded: list[str] = field(default_factory=list)  # keys left out at the user's request
    encoding: str = ""
    separator: str = ""
    columns: tuple[str, ...] = ()
    line_count: int = 0  # data lines read (blank lines not counted)
    customer_line_count: int = 0
    first_date: date | None = None  # of the entries on customer accounts
    last_date: date | None = None

    def net_total(self, currency: str = ACCOUNTING_CURRENCY) -> int:
        """Sum of the customers' balances in ``currency``, credit balances included (cents)."""
        return sum(b.balance_cents for b in self.balances if b.currency == currency)

    def due_total(self, currency: str = ACCOUNTING_CURRENCY) -> int:
        """What there is to chase in ``currency``: the open items' amounts still due (cents)."""
        return sum(i.due_cents for i in self.invoices if i.currency == currency)


class _Bad(Exception):
    """A field value that cannot be read; ``expected`` (a marked template filled with ``args``)
    says what would have been right."""

    def __init__(self, expected: str, **args: object) -> None:
        super().__init__(expected)
        self.expected = expected
        self.args_ = args


# -- values ----------------------------------------------------------------------------------
_AMOUNT = re.compile(r"([+-]?)(\d+)(?:[.,](\d*))?([+-]?)")
_THOUSANDS = str.maketrans("", "", " \u00a0\u202f'")
_AMOUNT_EXPECTED = QT_TRANSLATE_NOOP("importers", "un montant comme 1234,56 ou 0000001234.56")


def _amount(text: str) -> int:
    """Cents from a FEC amount; empty is 0. Raises :class:`_Bad`."""
    s = text.strip()
    if not s:
        return 0
    if (  # fast path: 0000000074,70
        3 < len(s) <= MAX_UNITS_DIGITS + 3
        and s[-3] in ",."
        and s[-2:].isdecimal()
        and s[:-3].isdecimal()
    ):
        return int(s[:-3]) * 100 + int(s[-2:])
    m = _AMOUNT.fullmatch(s)
    if m is None:
        s = s.strip('"').translate(_THOUSANDS)
        if "." in s and "," in s:  # the last mark is the decimal one
            s = s.replace("." if s.rfind(",") > s.rfind(".") else ",", "")
        m = _AMOUNT.fullmatch(s)
        if m is None:
            raise _Bad(_AMOUNT_EXPECTED)
    sign, whole, frac, trailing = m.groups()
    if sign and trailing:
        raise _Bad(_AMOUNT_EXPECTED)
    if len(whole) > MAX_UNITS_DIGITS and len(whole.lstrip("0")) > MAX_UNITS_DIGITS:
        raise _Bad(QT_TRANSLATE_NOOP("importers", "un montant inférieur à dix mille milliards"))
    cents = int(whole) * 100
    if frac:
        if len(frac) > 6:
            raise _Bad(_AMOUNT_EXPECTED)
        cents += int(frac[:2].ljust(2, "0"))
        if len(frac) > 2 and frac[2] >= "5":  # half up, away from zero
            cents += 1
    return -cents if "-" in (sign, trailing) else cents


_DATE_EXPECTED = QT_TRANSLATE_NOOP("importers", "une date AAAAMMJJ (ou AAAA-MM-JJ, JJ/MM/AAAA)")


def _date(text: str, cache: dict[str, date]) -> date:
    """A FEC date; raises :class:`_Bad`. ``cache`` holds the strings already seen."""
    s = text.strip()
    found = cache.get(s)
    if found is not None:
        return found
    core = s.strip('"').split(" ", 1)[0].split("T", 1)[0]
    try:
        if len(core) == 8 and core.isdecimal():
            y, mo, d = int(core[:4]), int(core[4:6]), int(core[6:])
        elif len(core) == 10 and core[4] == "-" and core[7] == "-":
            y, mo, d = int(core[:4]), int(core[5:7]), int(core[8:])
        elif len(core) == 10 and core[2] == "/" and core[5] == "/":
            y, mo, d = int(core[6:]), int(core[3:5]), int(core[:2])
        else:
            raise _Bad(_DATE_EXPECTED)
        value = date(y, mo, d)
    except ValueError as exc:  # int() of non-digits, or no such day
        raise _Bad(_DATE_EXPECTED) from exc
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise _Bad(
            QT_TRANSLATE_NOOP("importers", "une date entre {first} et {last}"),
            first=MIN_YEAR,
            last=MAX_YEAR,
        )
    if len(cache) < 100_000:
        cache[s] = value
    return value


def _show(text: str) -> str:
    """A field value for a message: trimmed, printable, short ("" when empty)."""
    s = text.strip()
    if not s:
        return ""
    s = "".join(ch if ch.isprintable() else "\ufffd" for ch in s[: _FOUND_MAX + 1])
    return s if len(s) <= _FOUND_MAX else s[:_FOUND_MAX] + "…"


def _amount_text(cents: int) -> str:
    """An amount for a message, French style: ``-56,03`` (amounts are data, not translated)."""
    return str(from_cents(cents)).replace(".", ",")


def _day(value: date | None) -> str:
    """A date for a message: ``31/12/2022``."""
    return value.strftime("%d/%m/%Y") if value is not None else ""


_SPACES = re.compile(r"\s+")


def _compact(text: str) -> str:
    """Padding stripped and inner runs of white space collapsed: ``FA  220393`` → ``FA 220393``."""
    s = text.strip().strip('"').strip()
    return _SPACES.sub(" ", s) if "  " in s or "\t" in s else s


def _words(text: str) -> list[str]:
    return re.findall(r"[A-Z0-9]+", search_key(text).upper())


_LABEL_REASON = QT_TRANSLATE_NOOP("importers", "libellé « {label} » : {what}")
_ACCOUNT_REASON = QT_TRANSLATE_NOOP("importers", "compte « {account} » : {what}")


def pseudo_customer_reason(account: str, name: str) -> Message | None:
    """Why the account looks like a till or payment method rather than a customer, or None.

    Looks at the label (« RECETTE CB », « Clients divers », « Caisse », « Chèques »…) and at the
    account code (``CCB``, ``CESP``, ``CCHQ``, ``CVIR``, ``411CAISSE``…). A hint for a warning,
    never a decision: the user chooses what to exclude.
    """
    label = " ".join(_words(name))
    for phrase, what in PSEUDO_PHRASES.items():
        if phrase in f" {label} " or label == phrase:
            return Message(CTX, _LABEL_REASON, {"label": name.strip(), "what": Message(CTX, what)})
    if label in GENERIC_LABELS:
        what = QT_TRANSLATE_NOOP("importers", "un compte générique, pas une personne")
        return Message(CTX, _LABEL_REASON, {"label": name.strip(), "what": Message(CTX, what)})
    for word in label.split():
        if word in PSEUDO_WORDS:
            what = PSEUDO_WORDS[word]
            return Message(CTX, _LABEL_REASON, {"label": name.strip(), "what": Message(CTX, what)})
    code = re.sub(r"[^A-Z0-9]", "", search_key(account).upper())
    for stem in (code, code.lstrip("0123456789"), code[1:] if code[:1] in "CL" else ""):
        if stem in PSEUDO_WORDS:
            what = PSEUDO_WORDS[stem]
            return Message(
                CTX, _ACCOUNT_REASON, {"account": account.strip(), "what": Message(CTX, what)}
            )
    return None


# -- file level ------------------------------------------------------------------------------
def _decode(raw: bytes) -> tuple[str, str]:
    """(text, encoding name). Never fails: Latin-1 maps every byte."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="replace"), "utf-16"
    for encoding in ("utf-8", "cp1252"):
        try:
            return raw.decode(encoding), encoding
        except UnicodeDecodeError:
            pass
    return raw.decode("latin-1"), "latin-1"


def _split_lines(text: str) -> list[str]:
    """Lines for LF, CR LF, CR and CR CR LF endings (one line end each)."""
    if "\r" in text:
        text = text.replace("\r\r\n", "\n").replace("\r\n", "\n").replace("\r", "\n")
    return text.split("\n")


def _header_names(line: str, sep: str) -> list[str]:
    names = [n.strip().strip('"').strip().lstrip("\ufeff") for n in line.split(sep)]
    while names and not names[-1]:
        names.pop()  # trailing separator(s)
    return names


def _find_header(lines: list[str], file: str) -> tuple[int, str, list[str]]:
    """(index of the header line, separator, column names). Raises :class:`FecError`."""
    index = next((i for i, line in enumerate(lines) if line.strip()), None)
    if index is None:
        raise FecError(
            QT_TRANSLATE_NOOP(
                "importers",
                "{file} : le fichier est vide. Attendu un FEC (fichier des écritures comptables) "
                "dont la première ligne nomme les colonnes JournalCode, JournalLib, EcritureNum, "
                "EcritureDate, CompteNum…",
            ),
            file=file,
        )
    line = lines[index]
    best: tuple[int, str, list[str]] = (0, "\t", [])
    for sep in SEPARATORS:
        names = _header_names(line, sep)
        score = sum(1 for n in names if n.lower() in KNOWN_COLUMNS)
        if score > best[0]:
            best = (score, sep, names)
    score, sep, names = best
    lower = {n.lower() for n in names}
    has_amounts = {"debit", "credit"} <= lower or {"montant", "sens"} <= lower
    missing = [c for c in ("EcritureDate", "CompteNum") if c.lower() not in lower]
    if score < 4 or missing or not has_amounts:
        if score >= 4:
            raise FecError(
                QT_TRANSLATE_NOOP(
                    "importers",
                    "{file}, ligne {line} : ce n'est pas un FEC (fichier des écritures "
                    "comptables). Attendu une ligne d'en-tête avec les colonnes JournalCode, "
                    "JournalLib, EcritureNum, EcritureDate, CompteNum, CompteLib, CompAuxNum, "
                    "CompAuxLib, PieceRef, PieceDate, EcritureLib, Debit, Credit… séparées par "
                    "des tabulations ou des « | » ; il manque : {missing}.",
                ),
                file=file,
                line=index + 1,
                missing=", ".join(missing + ([] if has_amounts else ["Debit/Credit"])),
            )
        raise FecError(
            QT_TRANSLATE_NOOP(
                "importers",
                "{file}, ligne {line} : ce n'est pas un FEC (fichier des écritures comptables). "
                "Attendu une ligne d'en-tête avec les colonnes JournalCode, JournalLib, "
                "EcritureNum, EcritureDate, CompteNum, CompteLib, CompAuxNum, CompAuxLib, "
                "PieceRef, PieceDate, EcritureLib, Debit, Credit… séparées par des tabulations "
                "ou des « | » ; trouvé « {found} ».",
            ),
            file=file,
            line=index + 1,
            found=_show(line),
        )
    return index, sep, names


# -- per line --------------------------------------------------------------------------------
@dataclass(slots=True)
class _Line:
    lineno: int
    cents: int  # signed: debit > 0, credit < 0 (accounting currency)
    entry_date: date
    issue_date: date
    journal: str  # upper case, stripped
    num: str  # EcritureNum, stripped ("" when meaningless: empty or all zeros)
    piece: str  # PieceRef, compacted
    letter: str
    currency: str  # Idevise, upper case ("" when none)
    foreign: int | None  # Montantdevise in cents, unsigned, when given
    label: str


@dataclass
class _Account:
    key: str
    column: str  # the column that holds the key: CompAuxNum or CompteNum (as the file spells it)
    is_aux: bool  # the key is an auxiliary account (CompAuxNum)
    lines: list[_Line] = field(default_factory=list)
    names: Counter[str] = field(default_factory=Counter)

    @property
    def name(self) -> str:
        if not self.names:
            return self.key
        top = max(self.names.values())
        return next(n for n, c in self.names.items() if c == top)  # first of the most used


@dataclass
class _Document:
    number: str
    lines: list[_Line]
    amount: int = 0
    paid: int = 0

    @property
    def first(self) -> _Line:
        return self.lines[0]


class _Reader:
    def __init__(self, path: Path, excluded: frozenset[str], prefixes: tuple[str, ...]) -> None:
        self.path = path
        self.file = path.name
        self.excluded = frozenset(k.strip() for k in excluded)
        self.prefixes = tuple(p.strip() for p in prefixes if p.strip()) or ("411",)
        self.problems: list[Problem] = []
        self.dropped = 0
        self.notes: list[str | Message] = []
        self.collectives: set[str] = set()  # account numbers used with a CompAuxNum

    # problems
    def problem(
        self,
        line: int | None,
        column: str,
        expected: str,
        found: str,
        severity: Severity = Severity.ERROR,
        args: Mapping[str, object] | None = None,
    ) -> None:
        """``column``: the file's column name, or a label marked with ``QT_TRANSLATE_NOOP``;
        ``expected``: a marked template filled with ``args``; ``found``: the file's text."""
        if len(self.problems) >= MAX_PROBLEMS:
            self.dropped += 1
            return
        self.problems.append(
            Problem(self.file, column, expected, found, line, None, severity, args or {})
        )

    def note(self, text: str, **args: object) -> None:
        """A note for the user: ``text`` is a template marked with ``QT_TRANSLATE_NOOP``."""
        self.notes.append(Message(CTX, text, dict(args)))

    # the whole file
    def read(self) -> FecResult:
        try:
            raw = self.path.read_bytes()
        except OSError as exc:
            raise FecError(
                QT_TRANSLATE_NOOP(
                    "importers", "{file} : impossible de lire le fichier ({reason})."
                ),
                file=self.file,
                reason=exc.strerror or str(exc),
            ) from exc
        text, encoding = _decode(raw)
        result = FecResult(
            source=SOURCE,
            file=self.path,
            sha256=hashlib.sha256(raw).hexdigest(),
            full_export=True,
            encoding=encoding,
        )
        del raw
        lines = _split_lines(text)
        del text
        start, sep, names = _find_header(lines, self.file)
        result.separator, result.columns = sep, tuple(names)
        if encoding not in ("utf-8", "utf-8-sig"):
            self.note(
                QT_TRANSLATE_NOOP(
                    "importers",
                    "Le fichier n'est pas en UTF-8 : il est lu en {encoding} (les lettres "
                    "accentuées peuvent être mal affichées).",
                ),
                encoding=encoding,
            )
        accounts = self.read_lines(lines, start, names, sep, result)
        del lines
        self.build(accounts, result)
        result.problems = self.problems
        if self.dropped:
            self.note(
                QT_TRANSLATE_NOOP("importers", "Autres problèmes, non listés : {count}."),
                count=self.dropped,
            )
        result.notes = self.notes
        return result

    def read_lines(
        self, lines: list[str], start: int, names: list[str], sep: str, result: FecResult
    ) -> dict[str, _Account]:
        col: dict[str, int] = {}
        for i, name in enumerate(names):
            col.setdefault(name.lower(), i)
        display = {k: names[i] for k, i in col.items()}  # column names as the file spells them
        width = len(names)
        quoted = '"' in lines[start]
        i_compte = col["comptenum"]
        i_date = col["ecrituredate"]
        i_aux, i_auxlib, i_lib = col.get("compauxnum"), col.get("compauxlib"), col.get("comptelib")
        i_journal, i_num = col.get("journalcode"), col.get("ecriturenum")
        i_piece, i_piecedate = col.get("pieceref"), col.get("piecedate")
        i_label, i_letter = col.get("ecriturelib"), col.get("ecriturelet")
        i_fx, i_cur = col.get("montantdevise"), col.get("idevise")
        i_debit, i_credit = col.get("debit"), col.get("credit")
        i_amount, i_sens = col.get("montant"), col.get("sens")
        use_sens = i_debit is None or i_credit is None
        prefixes = self.prefixes
        dates: dict[str, date] = {}
        accounts: dict[str, _Account] = {}
        count = customer_count = 0
        first: date | None = None
        last: date | None = None

        def get(parts: list[str], i: int | None) -> str:
            return parts[i] if i is not None else ""

        for index in range(start + 1, len(lines)):
            text = lines[index]
            if not text or text.isspace():
                continue
            lineno = index + 1
            if quoted:
                parts = _split_quoted(text, sep)
            else:
                parts = text.split(sep)
            n = len(parts)
            if n != width:
                while n > width and not parts[-1].strip():
                    parts.pop()  # trailing separator(s)
                    n -= 1
                if n != width:
                    if not "".join(parts).strip(' "\x1a\x00'):
                        continue  # a line of empty fields
                    count += 1
                    if sep == "\t":
                        expected = QT_TRANSLATE_NOOP(
                            "importers", "{count} colonnes séparées par une tabulation"
                        )
                    else:
                        expected = QT_TRANSLATE_NOOP(
                            "importers", "{count} colonnes séparées par « {separator} »"
                        )
                    args = {"count": width, "separator": sep}
                    self.problem(lineno, _COLUMN_COUNT, expected, str(n), args=args)
                    continue
            count += 1
            compte = parts[i_compte].strip()
            if not compte.startswith(prefixes):
                if not compte.strip('"'):
                    self.problem(
                        lineno,
                        display["comptenum"],
                        QT_TRANSLATE_NOOP("importers", "un numéro de compte"),
                        "",
                    )
                continue
            # A line on a customer account: every field we use is checked.
            customer_count += 1
            try:
                column = "ecrituredate"
                entry_date = _date(parts[i_date], dates)
                if use_sens:
                    column = "montant"
                    cents = _amount(get(parts, i_amount))
                    column = "sens"
                    sens = get(parts, i_sens).strip().strip('"').upper()
                    if sens in ("D", "+1", "1", "+", "DEBIT"):
                        pass
                    elif sens in ("C", "-1", "-", "CREDIT"):
                        cents = -cents
                    else:
                        raise _Bad(QT_TRANSLATE_NOOP("importers", "D ou C (ou +1 / -1)"))
                else:
                    column = "debit"
                    cents = _amount(parts[i_debit])  # type: ignore[index]
                    column = "credit"
                    cents -= _amount(parts[i_credit])  # type: ignore[index]
            except _Bad as bad:
                self.problem(
                    lineno, display[column], bad.expected, _show(parts[col[column]]), args=bad.args_
                )
                continue
            issue_date = entry_date
            if i_piecedate is not None and parts[i_piecedate].strip():
                try:
                    issue_date = _date(parts[i_piecedate], dates)
                except _Bad as bad:
                    self.problem(
                        lineno,
                        display["piecedate"],
                        QT_TRANSLATE_NOOP(
                            "importers",
                            "{expected} ; la date d'écriture (EcritureDate) est prise à la place",
                        ),
                        _show(parts[i_piecedate]),
                        Severity.WARNING,
                        {"expected": Message(CTX, bad.expected, bad.args_)},
                    )
            currency = get(parts, i_cur).strip().strip('"').upper()
            foreign: int | None = None
            if currency and currency != ACCOUNTING_CURRENCY:
                if len(currency) != 3 or not currency.isalpha() or not currency.isascii():
                    self.problem(
                        lineno,
                        display["idevise"],
                        QT_TRANSLATE_NOOP(
                            "importers",
                            "un code devise ISO 4217 comme USD ; la devise de la comptabilité "
                            "est prise",
                        ),
                        _show(currency),
                        Severity.WARNING,
                    )
                    currency = ""
                else:
                    try:
                        foreign = abs(_amount(get(parts, i_fx))) or None
                    except _Bad as bad:
                        self.problem(
                            lineno, display["montantdevise"], bad.expected,
                            _show(get(parts, i_fx)), Severity.WARNING, bad.args_,
                        )  # fmt: skip
            aux = get(parts, i_aux).strip().strip('"')
            compte = compte.strip('"')
            if aux:
                self.collectives.add(compte)
            key = aux or compte
            account = accounts.get(key)
            if account is None:
                account = accounts[key] = _Account(
                    key, display["compauxnum"] if aux else display["comptenum"], bool(aux)
                )
            name = (get(parts, i_auxlib) if aux else get(parts, i_lib)).strip().strip('"')
            if name:
                account.names[_compact(name)] += 1
            num = get(parts, i_num).strip().strip('"')
            account.lines.append(
                _Line(
                    lineno,
                    cents,
                    entry_date,
                    issue_date,
                    get(parts, i_journal).strip().strip('"').upper(),
                    num if num.strip("0") else "",
                    _compact(get(parts, i_piece)),
                    get(parts, i_letter).strip().strip('"'),
                    currency,
                    foreign,
                    _compact(get(parts, i_label)),
                )
            )
            if first is None or entry_date < first:
                first = entry_date
            if last is None or entry_date > last:
                last = entry_date
        result.line_count, result.customer_line_count = count, customer_count
        result.first_date, result.last_date = first, last
        return accounts

    # from lines to records
    def build(self, accounts: dict[str, _Account], result: FecResult) -> None:
        if not accounts:
            self.note(
                QT_TRANSLATE_NOOP(
                    "importers", "Aucune ligne sur un compte client ({prefixes}) : rien à importer."
                ),
                prefixes=", ".join(f"{p}…" for p in self.prefixes),
            )
        else:
            self.note(
                QT_TRANSLATE_NOOP(
                    "importers",
                    "Comptes clients : {accounts}, avec {lines} lignes d'écritures du {first} "
                    "au {last}.",
                ),
                accounts=len(accounts),
                lines=result.customer_line_count,
                first=_day(result.first_date),
                last=_day(result.last_date),
            )
        references = self.document_references(accounts.values())
        fallback_numbers = 0
        credit_warnings: list[Problem] = []
        pseudo_warnings: list[Problem] = []
        for key in sorted(accounts):
            account = accounts[key]
            if key in self.excluded:
                result.excluded.append(key)
                continue
            currency, amounts = self.amounts(account)
            balance = sum(amounts)
            name = account.name
            reason = pseudo_customer_reason(key, name)
            if reason is None and not account.is_aux and key in self.collectives:
                reason = Message(
                    CTX,
                    QT_TRANSLATE_NOOP(
                        "importers", "lignes sur le compte collectif, sans compte auxiliaire"
                    ),
                )
            if reason is not None:
                result.pseudo_customers.append(
                    PseudoCustomer(key, name, balance, currency, reason.render(), reason)
                )
            if balance == 0:
                continue
            result.customers.append(CustomerRecord(key=key, name=name, account=key))
            invoices: list[InvoiceRecord] = []
            if balance > 0:
                documents, fallback = self.open_items(account, amounts, references)
                fallback_numbers += fallback
                for doc in documents:
                    line = doc.first
                    label = line.label
                    if not references.get((line.journal, line.piece), False) and line.piece:
                        label = f"{label} (PieceRef {line.piece})" if label else line.piece
                    invoices.append(
                        InvoiceRecord(
                            number=doc.number,
                            customer_key=key,
                            amount_cents=doc.amount,
                            paid_cents=doc.paid,
                            currency=currency,
                            issue_date=line.issue_date,
                            description=label,
                            line=line.lineno,
                        )
                    )
            else:
                last_line = account.lines[-1].lineno
                amount = _amount_text(balance)
                credit_warnings.append(
                    Problem(
                        self.file,
                        account.column,
                        QT_TRANSLATE_NOOP(
                            "importers",
                            "un solde débiteur (ce que le client doit) ; ce compte a un solde "
                            "créditeur : c'est nous qui devons à ce client, rien à relancer",
                        ),
                        f"{key} {name} ({amount} {currency})",
                        last_line,
                        None,
                        Severity.WARNING,
                        {"account": key, "name": name, "balance": amount, "currency": currency},
                    )
                )
                self.note(
                    QT_TRANSLATE_NOOP(
                        "importers",
                        "{account} {name} a un solde créditeur de {balance} {currency} : c'est "
                        "nous qui devons à ce client, aucune facture n'est donc importée pour lui.",
                    ),
                    account=key,
                    name=name,
                    balance=amount,
                    currency=currency,
                )
            result.invoices.extend(invoices)
            result.balances.append(CustomerBalance(key, name, balance, currency, len(invoices)))
        if fallback_numbers:
            self.note(
                QT_TRANSLATE_NOOP(
                    "importers",
                    "Factures non soldées sans PieceRef utilisable (vide, ou journal et mois "
                    "comme « VE 0523 ») : {count}. Elles sont numérotées « journal, EcritureNum, "
                    "date ».",
                ),
                count=fallback_numbers,
            )
        if result.pseudo_customers:
            listed = " ; ".join(
                f"{p.key} {p.name} ({_amount_text(p.balance_cents)} {p.currency})"
                for p in result.pseudo_customers
            )
            self.note(
                QT_TRANSLATE_NOOP(
                    "importers",
                    "Ces comptes ressemblent à des caisses ou à des moyens de paiement, pas à des "
                    "clients à relancer (excluez-les si c'est le cas) : {accounts}.",
                ),
                accounts=listed,
            )
            first_line = min(accounts[p.key].lines[0].lineno for p in result.pseudo_customers)
            pseudo_warnings.append(
                Problem(
                    self.file,
                    accounts[result.pseudo_customers[0].key].column,
                    QT_TRANSLATE_NOOP(
                        "importers",
                        "des comptes de clients à relancer ; ceux-ci ressemblent à des caisses "
                        "ou à des moyens de paiement",
                    ),
                    listed,
                    first_line,
                    None,
                    Severity.WARNING,
                    {"accounts": [p.key for p in result.pseudo_customers]},
                )
            )
        if result.excluded:
            self.note(
                QT_TRANSLATE_NOOP("importers", "Exclus à votre demande : {accounts}."),
                accounts=", ".join(result.excluded),
            )
        # Account-level warnings always fit in the list; line problems make room for them.
        extra = pseudo_warnings + credit_warnings
        room = max(MAX_PROBLEMS - len(extra), 0)
        if len(self.problems) > room:
            self.dropped += len(self.problems) - room
            del self.problems[room:]
        kept = extra[:MAX_PROBLEMS]
        self.dropped += len(extra) - len(kept)
        self.problems.extend(kept)

    def amounts(self, account: _Account) -> tuple[str, list[int]]:
        """The account's currency and its lines' signed amounts in it."""
        lines = account.lines
        currencies = {ln.currency for ln in lines if ln.cents}
        if len(currencies) == 1:
            (currency,) = currencies
            if (
                currency
                and currency != ACCOUNTING_CURRENCY
                and all(ln.foreign is not None for ln in lines if ln.cents)
            ):
                return currency, [
                    (ln.foreign or 0) * (1 if ln.cents > 0 else -1) if ln.cents else 0
                    for ln in lines
                ]
        if any(c not in ("", ACCOUNTING_CURRENCY) for c in currencies):
            self.note(
                QT_TRANSLATE_NOOP(
                    "importers",
                    "{account} : lignes en plusieurs devises ; les montants sont pris en "
                    "{currency}, la devise de la comptabilité.",
                ),
                account=account.key,
                currency=ACCOUNTING_CURRENCY,
            )
        return ACCOUNTING_CURRENCY, [ln.cents for ln in lines]

    @staticmethod
    def document_references(accounts: Iterable[_Account]) -> dict[tuple[str, str], bool]:
        """For each (journal, PieceRef) of a debit line: is the PieceRef a document number?"""
        customers: dict[tuple[str, str], set[str]] = defaultdict(set)
        days: dict[tuple[str, str], set[date]] = defaultdict(set)
        verdict: dict[tuple[str, str], bool] = {}
        for account in accounts:
            for ln in account.lines:
                if ln.cents <= 0:
                    continue
                pair = (ln.journal, ln.piece)
                if pair not in verdict:
                    verdict[pair] = _looks_like_reference(ln.piece, ln.journal, ln)
                if verdict[pair]:
                    customers[pair].add(account.key)
                    days[pair].add(ln.entry_date)
        for pair in customers:
            if len(customers[pair]) > 1 or len(days[pair]) > 1:
                verdict[pair] = False
        return verdict

    @staticmethod
    def open_items(
        account: _Account, amounts: list[int], references: dict[tuple[str, str], bool]
    ) -> tuple[list[_Document], int]:
        """The account's documents still (partly) unpaid, and how many have fallback numbers."""
        documents: dict[str, _Document] = {}
        owner: dict[int, _Document] = {}  # line position → its document
        for pos, (ln, cents) in enumerate(zip(account.lines, amounts, strict=True)):
            if cents <= 0:
                continue
            if references.get((ln.journal, ln.piece), False):
                number = ln.piece
            else:
                parts = [ln.journal or "?", ln.num, ln.entry_date.isoformat()]
                number = " ".join(p for p in parts if p)
            doc = documents.get(number)
            if doc is None:
                doc = documents[number] = _Document(number, [])
            doc.lines.append(ln)
            doc.amount += cents
            owner[pos] = doc
        # 1. Balanced lettering groups are settled.
        groups: dict[str, list[int]] = defaultdict(list)
        for pos, ln in enumerate(account.lines):
            if ln.letter and amounts[pos]:
                groups[ln.letter].append(pos)
        settled: set[int] = set()
        for positions in groups.values():
            if len(positions) > 1 and sum(amounts[p] for p in positions) == 0:
                settled.update(positions)
                for p in positions:
                    if p in owner:
                        owner[p].paid += amounts[p]
        # 2. Every other credit is allocated to the open debits, oldest first.
        pool = -sum(amounts[p] for p in range(len(amounts)) if amounts[p] < 0 and p not in settled)
        ordered = sorted(
            documents.values(), key=lambda d: (min(x.issue_date for x in d.lines), d.first.lineno)
        )
        for doc in ordered:
            if pool <= 0:
                break
            take = min(doc.amount - doc.paid, pool)
            doc.paid += take
            pool -= take
        open_docs = [d for d in ordered if d.amount > d.paid]
        fallback = sum(1 for d in open_docs if not references.get(
            (d.first.journal, d.first.piece), False
        ))  # fmt: skip
        return open_docs, fallback


def _looks_like_reference(piece: str, journal: str, line: _Line) -> bool:
    """Whether a PieceRef can be a document number (before the file-wide checks)."""
    if not piece or not piece.strip("0 "):
        return False
    compact = re.sub(r"[\s/.\-_]", "", piece.upper())
    if compact in PLACEHOLDER_REFS or compact == journal.replace(" ", ""):
        return False
    rest = compact[len(journal) :] if journal and compact.startswith(journal) else compact
    if not rest:
        return False
    if rest.isdigit():
        periods = set()
        for d in (line.entry_date, line.issue_date):
            yy, yyyy, mm = f"{d.year % 100:02d}", f"{d.year:04d}", f"{d.month:02d}"
            periods.update({mm + yy, yy + mm, mm + yyyy, yyyy + mm, yyyy + mm + f"{d.day:02d}"})
        if rest in periods or (rest == f"{line.entry_date.month:02d}" and rest != compact):
            return False
    return True


def _split_quoted(text: str, sep: str) -> list[str]:
    """Fields of a line whose text fields may be quoted ("…" with "" for a quote)."""
    try:
        return next(csv.reader([text], delimiter=sep, quotechar='"'))
    except (csv.Error, StopIteration):
        return text.split(sep)


def read_fec(
    path: Path | str,
    *,
    excluded_accounts: frozenset[str] = frozenset(),
    customer_prefixes: tuple[str, ...] = ("411",),
) -> FecResult:
    """Read a FEC and return its customers and open items (see the module's documentation).

    ``excluded_accounts``: account keys (``CompAuxNum``, or ``CompteNum`` without one) to leave
    out — the pseudo-customers the user chose to ignore. ``customer_prefixes``: what customer
    account numbers start with.

    Raises :class:`FecError` only when the file cannot be read or is not a FEC at all.
    """
    return _Reader(Path(path), excluded_accounts, customer_prefixes).read()

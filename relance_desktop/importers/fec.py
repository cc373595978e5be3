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
- any encoding :func:`~relance_desktop.importers.values.decode` reads (UTF-8 with or without BOM,
  UTF-16 with BOM, otherwise Windows-1252, which never fails: a stray byte such as ``0xF8`` is
  some letter; a byte it cannot read is a warning);
- LF, CR LF, CR and CR CR LF line endings (a CR CR LF counts as one line end);
- fields padded with spaces, amounts zero-filled (``0000000074,70``) with a decimal comma or
  point (a lone mark is the decimal one; with both, the last), an optional sign before or after,
  thousands separators (space, no-break space, apostrophe, or a point when the decimal mark is a
  comma); dates ``YYYYMMDD`` (the legal form), ``YYYY-MM-DD`` or ``DD/MM/YYYY``, with or
  without a time. Values are read by :mod:`~relance_desktop.importers.values`, as the other
  importers read theirs;
- lower-case journal codes, ``EcritureNum`` all ``0``, empty ``ValidDate``, entries outside the
  fiscal year: none of these matters here.

What is still due, and how open items are numbered: see
:mod:`~relance_desktop.importers.fec_ledger`.

Bad input
---------
A file that is not a FEC at all (unreadable, empty, no recognisable header) raises
:class:`FecError`. Otherwise nothing raises: each bad line gives a :class:`Problem` (file,
1-based line, column name, expected, found) and is left out; at most ``MAX_PROBLEMS`` are listed
(a note counts the rest). Only the lines on customer accounts are checked field by field (the
others are not used); every line is checked for its number of fields (field ``(line)``) and for
an account number. Blank lines and a DOS end-of-file mark (``0x1A``) are skipped. A bad
``PieceDate``, ``Idevise`` or ``Montantdevise`` is a WARNING (the line is kept, with
``EcritureDate`` and the accounting currency instead). An entry whose debits and credits differ,
and an amount with three decimals (maybe a thousands separator), are WARNINGs too (see
:mod:`~relance_desktop.importers.fec_checks`). A line over
:data:`~relance_desktop.importers.bounds.MAX_LINE_CHARS` characters refuses the file at once
(:class:`FecError` naming the line).

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
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from relance_desktop.domain.money import to_cents
from relance_desktop.i18n import QT_TRANSLATE_NOOP, Message
from relance_desktop.importers import bounds
from relance_desktop.importers.decoding import decode, decoding_problems
from relance_desktop.importers.fec_checks import (
    UNSEEN,
    EntryBalances,
    report_three_decimals,
    three_decimals,
)
from relance_desktop.importers.fec_ledger import (
    ACCOUNTING_CURRENCY,
    Account,
    CustomerBalance,
    FecReport,
    FecResult,
    Line,
    PseudoCustomer,
    build,
    pseudo_customer_reason,
)
from relance_desktop.importers.records import CTX, Severity
from relance_desktop.importers.values import (
    NotADate,
    NotANumber,
    parse_number,
    plain_cents,
    read_date,
    zero_date,
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

# The 18 legal columns, then the known variants, by their lower-case name.
STANDARD_COLUMNS = (
    "JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum", "CompteLib",
    "CompAuxNum", "CompAuxLib", "PieceRef", "PieceDate", "EcritureLib", "Debit", "Credit",
    "EcritureLet", "DateLet", "ValidDate", "Montantdevise", "Idevise",
)  # fmt: skip
VARIANT_COLUMNS = ("Montant", "Sens", "DateRglt", "ModeRglt", "NatOp", "IdClient")
KNOWN_COLUMNS = {name.lower(): name for name in STANDARD_COLUMNS + VARIANT_COLUMNS}
SEPARATORS = ("\t", "|", ";", ",")

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


class _Bad(Exception):
    """A field value that cannot be read; ``expected`` (a marked template filled with ``args``)
    says what would have been right."""

    def __init__(self, expected: str, **args: object) -> None:
        super().__init__(expected)
        self.expected = expected
        self.args_ = args


# -- values ----------------------------------------------------------------------------------
_AMOUNT_EXPECTED = QT_TRANSLATE_NOOP("importers", "un montant comme 1234,56 ou 0000001234.56")


def _amount(text: str) -> int:
    """Cents from a FEC amount; empty is 0. Raises :class:`_Bad`.

    The value's last mark (point or comma) is its decimal mark; up to six decimals, rounded half
    up to the cent.
    """
    return _amount_read(text)[0]


def _amount_read(text: str) -> tuple[int, bool]:
    """(cents, True when the amount has three decimals: see :mod:`.fec_checks`) of
    :func:`_amount`."""
    s = text.strip()
    if not s:
        return 0, False
    decimal = "," if s.rfind(",") > s.rfind(".") else "."
    cents = plain_cents(s, decimal)  # most amounts: 0000000074,70
    if cents is not None:
        return cents, False
    return _slow_amount(s, decimal), three_decimals(s)


def _plain_fec_cents(text: str) -> int | None:
    """Cents of the commonest FEC amount (« 0000000074,70 », « 120,00 », « », padded), None for
    any other form (then read by :func:`_amount_read`). For the balance check of every line."""
    s = text.strip()
    if not s:
        return 0
    units, mark, hundredths = s.rpartition(",")
    if mark and len(hundredths) == 2 and units.isdigit() and hundredths.isdigit():
        return int(units) * 100 + int(hundredths)
    return None


def _slow_amount(s: str, decimal: str) -> int:
    try:
        value, _currency = parse_number(s.strip('"'), decimal)
    except NotANumber:
        raise _Bad(_AMOUNT_EXPECTED) from None
    if abs(value) >= 10**MAX_UNITS_DIGITS:
        raise _Bad(QT_TRANSLATE_NOOP("importers", "un montant inférieur à dix mille milliards"))
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -6:
        raise _Bad(_AMOUNT_EXPECTED)
    return to_cents(value)


_DATE_EXPECTED = QT_TRANSLATE_NOOP("importers", "une date AAAAMMJJ (ou AAAA-MM-JJ, JJ/MM/AAAA)")


def _date(text: str, cache: dict[str, date]) -> date:
    """A FEC date; raises :class:`_Bad`. ``cache`` holds the strings already seen.

    A FEC repeats its dates (the bench's 100,000 lines have 365): with the cache their 68,040
    dates on customer lines take 0.01 s, without it 0.14 s (measured).
    """
    s = text.strip()
    found = cache.get(s)
    if found is not None:
        return found
    try:
        value = read_date(s.strip('"'), "DMY", (MIN_YEAR, MAX_YEAR))
    except NotADate as exc:
        if exc.reason == NotADate.YEAR:
            raise _Bad(
                QT_TRANSLATE_NOOP("importers", "une date entre {first} et {last}"),
                first=MIN_YEAR,
                last=MAX_YEAR,
            ) from None
        raise _Bad(_DATE_EXPECTED) from None
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


_SPACES = re.compile(r"\s+")


def _compact(text: str) -> str:
    """Padding stripped and inner runs of white space collapsed: ``FA  220393`` → ``FA 220393``."""
    s = text.strip().strip('"').strip()
    return _SPACES.sub(" ", s) if "  " in s or "\t" in s else s


# -- file level ------------------------------------------------------------------------------
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


def _split_quoted(text: str, sep: str) -> list[str]:
    """Fields of a line whose text fields may be quoted ("…" with "" for a quote)."""
    try:
        return next(csv.reader([text], delimiter=sep, quotechar='"'))
    except (csv.Error, StopIteration):
        return text.split(sep)


# -- per line --------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Columns:
    """Where the fields the reader uses are, by the file's header (``None``: not in the file).

    Resolved once: the per-line code reads ``parts[columns.debit]``, not a field by name.
    """

    width: int
    names: dict[str, str]  # lower-case name → as the file spells it (problems name columns so)
    index: dict[str, int]  # lower-case name → its first column
    compte: int
    date: int
    aux: int | None
    aux_name: int | None
    account_name: int | None
    journal: int | None
    num: int | None
    piece: int | None
    piece_date: int | None
    label: int | None
    letter: int | None
    foreign: int | None
    currency: int | None
    debit: int | None
    credit: int | None
    amount: int | None
    sens: int | None

    @classmethod
    def of(cls, names: list[str]) -> _Columns:
        index: dict[str, int] = {}
        for i, name in enumerate(names):
            index.setdefault(name.lower(), i)
        at = index.get
        return cls(
            len(names),
            {k: names[i] for k, i in index.items()},
            index,
            index["comptenum"],
            index["ecrituredate"],
            at("compauxnum"),
            at("compauxlib"),
            at("comptelib"),
            at("journalcode"),
            at("ecriturenum"),
            at("pieceref"),
            at("piecedate"),
            at("ecriturelib"),
            at("ecriturelet"),
            at("montantdevise"),
            at("idevise"),
            at("debit"),
            at("credit"),
            at("montant"),
            at("sens"),
        )


def _get(parts: list[str], i: int | None) -> str:
    return parts[i] if i is not None else ""


class _Reader:
    def __init__(self, path: Path, excluded: frozenset[str], prefixes: tuple[str, ...]) -> None:
        self.path = path
        self.file = path.name
        self.excluded = frozenset(k.strip() for k in excluded)
        self.prefixes = tuple(p.strip() for p in prefixes if p.strip()) or ("411",)
        self.report = FecReport(self.file)
        self.collectives: set[str] = set()  # account numbers used with a CompAuxNum
        self.dates: dict[str, date] = {}  # date texts already read
        self.balances = EntryBalances()

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
        decoded = decode(raw)
        result = FecResult(
            source=SOURCE,
            file=self.path,
            sha256=hashlib.sha256(raw).hexdigest(),
            full_export=True,
            encoding=decoded.encoding,
        )
        del raw
        self.report.problems.extend(decoding_problems(decoded, self.file))
        long = bounds.long_line(decoded.text)
        if long is not None:
            raise FecError(
                QT_TRANSLATE_NOOP(
                    "importers",
                    "{file}, ligne {line} : cette ligne dépasse {limit} caractères, ce qu'aucune "
                    "ligne d'écriture ne fait (une fin de ligne manque ?). Le fichier n'est pas "
                    "importé.",
                ),
                file=self.file,
                line=long,
                limit=bounds.MAX_LINE_CHARS,
            )
        lines = _split_lines(decoded.text)
        del decoded
        start, sep, names = _find_header(lines, self.file)
        result.separator, result.columns = sep, tuple(names)
        if result.encoding not in ("utf-8", "utf-8-sig"):
            self.report.note(
                QT_TRANSLATE_NOOP(
                    "importers",
                    "Le fichier n'est pas en UTF-8 : il est lu en {encoding} (les lettres "
                    "accentuées peuvent être mal affichées).",
                ),
                encoding=result.encoding,
            )
        accounts = self.read_lines(lines, start, _Columns.of(names), sep, result)
        del lines
        build(
            accounts,
            result,
            self.report,
            collectives=self.collectives,
            excluded=self.excluded,
            prefixes=self.prefixes,
        )
        result.problems = self.report.problems
        if self.report.dropped:
            self.report.note(
                QT_TRANSLATE_NOOP("importers", "Autres problèmes, non listés : {count}."),
                count=self.report.dropped,
            )
        result.notes = self.report.notes
        return result

    def read_lines(
        self, lines: list[str], start: int, columns: _Columns, sep: str, result: FecResult
    ) -> dict[str, Account]:
        """The customer accounts and their lines; every line is checked for its number of
        fields and its account, the lines on customer accounts field by field."""
        quoted = '"' in lines[start]
        width, i_compte, i_num = columns.width, columns.compte, columns.num
        i_journal, i_debit, i_credit = columns.journal, columns.debit, columns.credit
        # The entries' balances (see .fec_checks), kept here, inline: this runs on every line.
        entries = self.balances.entries
        quick = i_num is not None and i_debit is not None and i_credit is not None
        prefixes = self.prefixes
        accounts: dict[str, Account] = {}
        count = customer_count = 0
        first: date | None = None
        last: date | None = None
        for index in range(start + 1, len(lines)):
            text = lines[index]
            if not text or text.isspace():
                continue
            lineno = index + 1
            if len(text) > 4096 and text.count(sep) > width + 100:  # not split: too wide
                count += 1
                self._width_problem(lineno, text.count(sep) + 1, width, sep)
                continue
            parts = _split_quoted(text, sep) if quoted else text.split(sep)
            if len(parts) != width:
                parts = _trimmed(parts, width)
                if len(parts) != width:
                    if "".join(parts).strip(' "\x1a\x00'):  # not a line of empty fields
                        count += 1
                        self._width_problem(lineno, len(parts), width, sep)
                    continue
            count += 1
            compte = parts[i_compte].strip()
            if not compte.startswith(prefixes):
                if not compte.strip('"'):
                    self._no_account(lineno, columns)
                if quick:
                    num = parts[i_num]  # type: ignore[index]  # quick: i_num is set
                    key = (parts[i_journal] if i_journal is not None else "", num)
                    entry = entries.get(key, UNSEEN)
                    if entry is UNSEEN:
                        if not num.strip().strip('"').strip().strip("0"):
                            entry = entries[key] = None
                        else:
                            entry = entries[key] = [lineno, 0, 0, 0, 1]
                    if entry is None:  # no number (blank, 0): not checked
                        continue
                    debit = _plain_fec_cents(parts[i_debit])  # type: ignore[index]
                    credit = _plain_fec_cents(parts[i_credit])  # type: ignore[index]
                    if debit is not None and credit is not None:
                        entry[1] += 1
                        entry[2] += debit
                        entry[3] += credit
                        continue
                if i_num is not None:
                    try:
                        self._balance(parts, lineno, columns, i_num)
                    except _Bad:  # not used otherwise: its entry is not checked
                        self.balances.add(_get(parts, i_journal), parts[i_num], lineno, None)
                continue
            # A line on a customer account: every field we use is checked.
            customer_count += 1
            line = self._line(parts, lineno, columns)
            if i_num is not None:
                cents = line.cents if line is not None else None
                self.balances.add(_get(parts, columns.journal), parts[i_num], lineno, cents)
            if line is None:
                continue
            self._account(accounts, parts, columns, compte).lines.append(line)
            if first is None or line.entry_date < first:
                first = line.entry_date
            if last is None or line.entry_date > last:
                last = line.entry_date
        result.line_count, result.customer_line_count = count, customer_count
        result.first_date, result.last_date = first, last
        if i_num is not None:
            self._report_unbalanced(columns)
        return accounts

    def _no_account(self, lineno: int, columns: _Columns) -> None:
        self.report.problem(lineno, columns.names["comptenum"],
                            QT_TRANSLATE_NOOP("importers", "un numéro de compte"), "")

    def _report_unbalanced(self, columns: _Columns) -> None:
        """Each entry whose debits and credits differ, then how many in all."""
        unbalanced = self.balances.report(self.report, columns.names["ecriturenum"])
        if unbalanced:
            self.report.note(
                QT_TRANSLATE_NOOP(
                    "importers",
                    "{file} : écritures non équilibrées (débits et crédits différents) : {count}. "
                    "Vérifiez l'export avant de relancer vos clients.",
                ),
                file=self.file,
                count=unbalanced,
            )

    def _balance(self, parts: list[str], lineno: int, columns: _Columns, i_num: int) -> None:
        """Count a line that is not on a customer account in its entry's balance."""
        cents = self._signed_cents(parts, lineno, columns)
        self.balances.add(_get(parts, columns.journal), parts[i_num], lineno, cents)

    def _read_amount(self, parts: list[str], i: int | None, lineno: int, columns: _Columns) -> int:
        """The amount of column ``i``; a warning when it has three decimals."""
        text = _get(parts, i)
        cents, ambiguous = _amount_read(text)
        if ambiguous and i is not None:
            name = next(n for k, n in columns.names.items() if columns.index[k] == i)
            report_three_decimals(self.report, lineno, name, text, cents)
        return cents

    def _signed_cents(self, parts: list[str], lineno: int, columns: _Columns) -> int:
        """The line's amount, debit > 0 (Debit − Credit, or Montant with its Sens)."""
        i_debit, i_credit = columns.debit, columns.credit
        if i_debit is None or i_credit is None:  # the Montant + Sens variant
            cents = self._read_amount(parts, columns.amount, lineno, columns)
            sens = _get(parts, columns.sens).strip().strip('"').upper()
            if sens in ("C", "-1", "-", "CREDIT"):
                return -cents
            if sens not in ("D", "+1", "1", "+", "DEBIT"):
                raise _Bad(QT_TRANSLATE_NOOP("importers", "D ou C (ou +1 / -1)"))
            return cents
        debit = self._read_amount(parts, i_debit, lineno, columns)
        return debit - self._read_amount(parts, i_credit, lineno, columns)

    def _width_problem(self, lineno: int, found: int, width: int, sep: str) -> None:
        if sep == "\t":
            expected = QT_TRANSLATE_NOOP(
                "importers", "{count} colonnes séparées par une tabulation"
            )
        else:
            expected = QT_TRANSLATE_NOOP(
                "importers", "{count} colonnes séparées par « {separator} »"
            )
        args = {"count": width, "separator": sep}
        self.report.problem(lineno, _COLUMN_COUNT, expected, str(found), args=args)

    def _account(
        self, accounts: dict[str, Account], parts: list[str], columns: _Columns, compte: str
    ) -> Account:
        """The account of a customer line: its auxiliary account, else its account; the line's
        label counts for the account's name."""
        aux = _get(parts, columns.aux).strip().strip('"')
        compte = compte.strip('"')
        if aux:
            self.collectives.add(compte)
        key = aux or compte
        account = accounts.get(key)
        if account is None:
            column = columns.names["compauxnum" if aux else "comptenum"]
            account = accounts[key] = Account(key, column, bool(aux))
        name = _get(parts, columns.aux_name if aux else columns.account_name).strip().strip('"')
        if name:
            account.names[_compact(name)] += 1
        return account

    def _line(self, parts: list[str], lineno: int, columns: _Columns) -> Line | None:
        """The customer line ``parts``, checked; None when its date or amount is wrong."""
        entry = self._entry(parts, lineno, columns)
        if entry is None:
            return None
        entry_date, cents = entry
        issue_date = self._issue_date(parts, lineno, columns, entry_date)
        currency, foreign = self._currency(parts, lineno, columns)
        num = _get(parts, columns.num).strip().strip('"')
        return Line(
            lineno,
            cents,
            entry_date,
            issue_date,
            _get(parts, columns.journal).strip().strip('"').upper(),
            num if num.strip("0") else "",
            _compact(_get(parts, columns.piece)),
            _get(parts, columns.letter).strip().strip('"'),
            currency,
            foreign,
            _compact(_get(parts, columns.label)),
        )

    def _entry(self, parts: list[str], lineno: int, columns: _Columns) -> tuple[date, int] | None:
        """(EcritureDate, signed amount: debit > 0) of a line; None, reported, when wrong."""
        i_debit, i_credit = columns.debit, columns.credit
        try:
            column = "ecrituredate"
            entry_date = _date(parts[columns.date], self.dates)
            if i_debit is None or i_credit is None:  # the Montant + Sens variant
                column = "montant"
                cents = self._read_amount(parts, columns.amount, lineno, columns)
                column = "sens"
                sens = _get(parts, columns.sens).strip().strip('"').upper()
                if sens in ("C", "-1", "-", "CREDIT"):
                    cents = -cents
                elif sens not in ("D", "+1", "1", "+", "DEBIT"):
                    raise _Bad(QT_TRANSLATE_NOOP("importers", "D ou C (ou +1 / -1)"))
            else:
                column = "debit"
                cents = self._read_amount(parts, i_debit, lineno, columns)
                column = "credit"
                cents -= self._read_amount(parts, i_credit, lineno, columns)
        except _Bad as bad:
            found = _show(parts[columns.index[column]])
            self.report.problem(lineno, columns.names[column], bad.expected, found, args=bad.args_)
            return None
        return entry_date, cents

    def _issue_date(
        self, parts: list[str], lineno: int, columns: _Columns, entry_date: date
    ) -> date:
        """PieceDate, else (with a warning when it is wrong) the entry date."""
        i_piecedate = columns.piece_date
        if i_piecedate is None or not parts[i_piecedate].strip():
            return entry_date
        if zero_date(parts[i_piecedate].strip('" ')):  # « 00000000 »: no date, as empty
            return entry_date
        try:
            return _date(parts[i_piecedate], self.dates)
        except _Bad as bad:
            self.report.problem(
                lineno,
                columns.names["piecedate"],
                QT_TRANSLATE_NOOP(
                    "importers",
                    "{expected} ; la date d'écriture (EcritureDate) est prise à la place",
                ),
                _show(parts[i_piecedate]),
                Severity.WARNING,
                {"expected": Message(CTX, bad.expected, bad.args_)},
            )
            return entry_date

    def _currency(self, parts: list[str], lineno: int, columns: _Columns) -> tuple[str, int | None]:
        """(Idevise, Montantdevise in cents) of a line; a warning for either when wrong."""
        currency = _get(parts, columns.currency).strip().strip('"').upper()
        if not currency or currency == ACCOUNTING_CURRENCY:
            return currency, None
        if len(currency) != 3 or not currency.isalpha() or not currency.isascii():
            self.report.problem(
                lineno,
                columns.names["idevise"],
                QT_TRANSLATE_NOOP(
                    "importers",
                    "un code devise ISO 4217 comme USD ; la devise de la comptabilité est prise",
                ),
                _show(currency),
                Severity.WARNING,
            )
            return "", None
        foreign_text = _get(parts, columns.foreign)
        try:
            return currency, abs(_amount(foreign_text)) or None
        except _Bad as bad:
            self.report.problem(
                lineno,
                columns.names["montantdevise"],
                bad.expected,
                _show(foreign_text),
                Severity.WARNING,
                bad.args_,
            )
            return currency, None


def _trimmed(parts: list[str], width: int) -> list[str]:
    """``parts`` without the empty fields beyond ``width`` (trailing separators)."""
    n = len(parts)
    while n > width and not parts[n - 1].strip():
        n -= 1
    return parts[:n]


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

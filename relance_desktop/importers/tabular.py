"""CSV and Excel (.xlsx) invoice lists: from any tool, with a remembered column mapping.

Public API (no Qt, no database)::

    sniffed = sniff(path)                   # encoding, separator, header, decimal, dates…
    mapping = propose_mapping(sniffed)      # {field: column}, from header names and values
    profile = detect_profile(sniffed)       # a built-in profile when a known tool wrote it
    result = read_tabular(path, profile)    # ParseResult: customers, invoices, problems
    result.profile                          # the profile used, by name ("" for none)

:func:`read_tabular` never raises on bad content: every wrong cell, record or column count is a
:class:`~relance_desktop.importers.records.Problem` naming the file, the 1-based line (Excel: the
row) and the column, with what was expected and what was found; the row (and, for an invoice
spread over several rows, the whole invoice) is left out and the reading goes on, up to
:data:`~relance_desktop.importers.records.MAX_PROBLEMS` listed problems. Only a file that is not a
table at all raises :class:`TabularError` (a ``ValueError``).

Money is exact (integer cents, parsed from text, never through a float); dates are dates.

Messages are French templates marked with ``QT_TRANSLATE_NOOP("importers", …)``: a problem's
``expected`` is filled with its ``args``, notes and :class:`TabularError` carry a
:class:`~relance_desktop.i18n.Message`, so the interface shows them in the user's language. A
problem's ``field`` is the file's own column name, or the field's label (``_LABELS``) when the
file has no header; ``found`` is the cell as written (``""`` when empty).

Decisions
---------
- **Drafts** (status Draft, Brouillon, Concept) are not invoices yet: they are left out of
  ``invoices`` with a WARNING each, so they are never chased. The profile option
  ``drafts="import"`` keeps them, with status ``"draft"`` and the same warning. **Cancelled** or
  void invoices are always left out, with a warning.
- **Paid** invoices are kept (amount due 0): the import service needs them to mark paid what
  Relance still holds as open.
- A **negative** total is a credit note (:attr:`DocumentKind.CREDIT_NOTE`, amounts made positive).
- A file that names **no currency** (Wave, Invoicely, many French exports) is read in the
  profile's ``currency`` option, else in ``default_currency`` (the company's), and a note says
  so. A currency symbol in the amounts (``$13.50``) names the currency (``$`` is read as USD).
- **Date order**: ISO, compact and month-name dates are never ambiguous. For ``01/02/2021`` the
  whole file decides (a day above 12 in either place); when no value decides, DD/MM is assumed
  (the French and Belgian way), ``Sniffed.date_ambiguous`` is set and a note asks the user to
  check; ``DD.MM.YYYY`` is always day first.
- ``full_export`` per profile: true for the invoice-list exports (Invoice Ninja, FreshBooks,
  Zoho, Invoicely, Invoice2go, Akaunting), which list every invoice of the account; false for
  Wave (a transactions export covers a period, not every open invoice), GnuCash (an import file,
  not a list) and the generic layout (the user's profile may set it).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from relance_desktop.domain.money import from_cents, to_cents
from relance_desktop.domain.text import search_key
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
    paused_gc,
    quick_invoice,
)
from relance_desktop.importers.tabular_fields import (
    ACCOUNT,
    ADDRESS,
    AMOUNT,
    BALANCE,
    CITY,
    COMPANY_NUMBER,
    COUNTRY,
    CURRENCY,
    CUSTOMER,
    DESCRIPTION,
    DUE_DATE,
    EMAIL,
    FIELD_LABELS,
    FIELDS,
    ISSUE_DATE,
    NUMBER,
    PAID,
    PAID_DATE,
    PAYMENT_DAYS,
    PAYMENT_TERMS,
    PHONE,
    POSTCODE,
    STATUS,
    VAT_NUMBER,
)
from relance_desktop.importers.tabular_profiles import (
    LAYOUTS,
    Mapping,
    Profile,
    builtin_profiles,
    check_profile,
    detect_profile,
    propose_mapping,
    resolve,
)
from relance_desktop.importers.tabular_sniff import (
    Overrides,
    Row,
    Sniffed,
    Table,
    TabularError,
    open_table,
    unreadable,
)
from relance_desktop.importers.tabular_values import (
    Cell,
    ValueProblem,
    amount_example,
    cell_text,
    country_code,
    currency_code,
    parse_amount,
    parse_date,
)

__all__ = [
    "FIELDS",
    "FIELD_LABELS",
    "LAYOUTS",
    "Mapping",
    "Profile",
    "Sniffed",
    "TabularError",
    "builtin_profiles",
    "detect_profile",
    "propose_mapping",
    "read_tabular",
    "sniff",
]

_DRAFT = frozenset({"draft", "brouillon", "concept", "ontwerp"})
_VOID = frozenset(
    {"void", "voided", "cancelled", "canceled", "annule", "annulee", "geannuleerd", "deleted"}
)
_PAID = frozenset(
    {"paid", "payee", "paye", "reglee", "regle", "soldee", "betaald", "closed", "fully paid"}
)
_PARTIAL = frozenset({"partial", "partially paid", "partiallypaid", "partiellement payee"})
_REQUIRED = (NUMBER, CUSTOMER)
# Constants the per-row code uses (an enum member is an attribute look-up each time).
_INVOICE, _CREDIT_NOTE = DocumentKind.INVOICE, DocumentKind.CREDIT_NOTE
_NO_AMOUNT: tuple[None, str] = (None, "")
_GNUCASH_WIDTH = 22
# Field labels in problems (a problem's « field » where the file has no header for the column,
# and the « {field} » of some messages): the wizard's FIELD_LABELS, in the importers' context.
_LABELS: dict[str, str] = {
    CUSTOMER: QT_TRANSLATE_NOOP("importers", "Client"),
    NUMBER: QT_TRANSLATE_NOOP("importers", "N° de facture"),
    ISSUE_DATE: QT_TRANSLATE_NOOP("importers", "Date de facture"),
    DUE_DATE: QT_TRANSLATE_NOOP("importers", "Échéance"),
    AMOUNT: QT_TRANSLATE_NOOP("importers", "Montant TTC"),
    PAID: QT_TRANSLATE_NOOP("importers", "Déjà payé"),
    BALANCE: QT_TRANSLATE_NOOP("importers", "Reste dû"),
    CURRENCY: QT_TRANSLATE_NOOP("importers", "Devise"),
    EMAIL: QT_TRANSLATE_NOOP("importers", "E-mail"),
    PHONE: QT_TRANSLATE_NOOP("importers", "Téléphone"),
    ADDRESS: QT_TRANSLATE_NOOP("importers", "Adresse"),
    POSTCODE: QT_TRANSLATE_NOOP("importers", "Code postal"),
    CITY: QT_TRANSLATE_NOOP("importers", "Ville"),
    COUNTRY: QT_TRANSLATE_NOOP("importers", "Pays"),
    COMPANY_NUMBER: QT_TRANSLATE_NOOP("importers", "N° d'entreprise (SIREN, BCE)"),
    VAT_NUMBER: QT_TRANSLATE_NOOP("importers", "N° de TVA"),
    STATUS: QT_TRANSLATE_NOOP("importers", "Statut"),
    ACCOUNT: QT_TRANSLATE_NOOP("importers", "N° de compte client"),
    PAID_DATE: QT_TRANSLATE_NOOP("importers", "Date de paiement"),
    PAYMENT_DAYS: QT_TRANSLATE_NOOP("importers", "Délai de paiement (jours)"),
    PAYMENT_TERMS: QT_TRANSLATE_NOOP("importers", "Conditions de paiement"),
    DESCRIPTION: QT_TRANSLATE_NOOP("importers", "Description"),
}
# A problem about a whole row's width, not one of its cells (the FEC reader's words too).
_COLUMN_COUNT = QT_TRANSLATE_NOOP("importers", "nombre de colonnes")
_TAB = QT_TRANSLATE_NOOP("importers", "tabulation")
_CUSTOMER_FIELDS = (
    ACCOUNT,
    COMPANY_NUMBER,
    VAT_NUMBER,
    EMAIL,
    PHONE,
    ADDRESS,
    POSTCODE,
    CITY,
    COUNTRY,
)


def sniff(path: Path | str, profile: Profile | None = None) -> Sniffed:
    """What ``path`` looks like (see :class:`Sniffed`); :class:`TabularError` if not a table.

    With ``profile``, its file settings (separator, sheet, header line, decimal mark, date
    order…) are applied instead of guessed, as :func:`read_tabular` will.
    """
    if profile is not None:
        check_profile(profile)
    return open_table(Path(path), _overrides(profile)).sniffed


def read_tabular(
    path: Path | str, profile: Profile | None = None, *, default_currency: str = "EUR"
) -> ParseResult:
    """Customers and invoices of a CSV or Excel export.

    Without ``profile`` the tool is recognised by its header (:func:`detect_profile`), else the
    proposed mapping is used. ``default_currency`` (the company's) applies when neither the file
    nor the profile names one.
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise unreadable(path, exc) from exc
    if profile is not None:
        check_profile(profile)
    table = open_table(path, _overrides(profile), raw=raw)
    result = ParseResult(
        source=table.sniffed.format, file=path, sha256=hashlib.sha256(raw).hexdigest()
    )
    if profile is None:
        profile = detect_profile(table.sniffed)
        if profile is not None and _overrides(profile) != Overrides():
            table = open_table(path, _overrides(profile), raw=raw)
    if profile is None:
        profile = Profile("", propose_mapping(table.sniffed), {"layout": "generic"})
    result.profile = profile.name
    reader = _Reader(table, profile, default_currency, result)
    with paused_gc():
        reader.run()
    return result


def _overrides(profile: Profile | None) -> Overrides:
    if profile is None:
        return Overrides()
    o = profile.options
    header = o.get("header_line")
    thousands = o.get("thousands")
    return Overrides(
        encoding=str(o.get("encoding", "")),
        delimiter=str(o.get("delimiter", "")),
        sheet=str(o.get("sheet", "")),
        header_line=header if isinstance(header, int) else None,
        decimal=str(o.get("decimal", "")),
        thousands=thousands if isinstance(thousands, str) else None,
        date_order=str(o.get("date_order", "")),
    )


# ---------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Draft:
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


# An invoice read from a single row so far, as the fast path of :meth:`_Reader._read_rows`
# keeps it (a plain tuple: a tenth of the cost of a _Draft): line, customer, amount, paid,
# balance, currency, issue, due, paid date, payment days, status, payment terms, description.
# It becomes a _Draft (:func:`_draft_of`) only if another row of the same invoice comes.
_Single = tuple[
    int,
    CustomerRecord,
    int | None,
    int | None,
    int | None,
    str,
    date | None,
    date | None,
    date | None,
    int | None,
    str,
    str,
    str,
]


def _draft_of(number: str, single: _Single) -> _Draft:
    """The _Draft :meth:`_Reader._add` would have made of the same first row."""
    (line, customer, amount, paid, balance, currency, issue, due, paid_date, days, status,
     terms, description) = single  # fmt: skip
    return _Draft(
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


class _NotQuick(ValueError):
    """A cell the quick reader leaves to the general one (see :meth:`_Reader._quick_reader`)."""


@dataclass(slots=True)
class _Values:
    """The mapped cells of one row, read and checked."""

    line: int
    number: str = ""
    customer: CustomerRecord | None = None
    amount: int | None = None
    paid: int | None = None
    balance: int | None = None
    currency: str = ""
    issue: date | None = None
    due: date | None = None
    paid_date: date | None = None
    payment_days: int | None = None
    status: str = ""
    payment_terms: str = ""
    description: str = ""
    ok: bool = True


def _values_of(number: str, single: _Single) -> _Values:
    """The _Values :meth:`_Reader.values` gives for the row a quick reader read as ``single``."""
    (line, customer, amount, paid, balance, currency, issue, due, paid_date, days, status,
     terms, description) = single  # fmt: skip
    return _Values(
        line,
        number,
        customer,
        amount,
        paid,
        balance,
        currency,
        issue,
        due,
        paid_date,
        days,
        status,
        terms,
        description,
    )


@dataclass(frozen=True, slots=True)
class _Columns:
    """Where each field is in a row, resolved once per file (``None``: not in the file).

    The rows :meth:`_Reader._rows` passes on all have the table's width, so these indices are
    always inside a row; the per-row code reads ``cells[index]`` without looking up the field.
    """

    number: int | None = None
    customer: int | None = None
    amount: int | None = None
    paid: int | None = None
    balance: int | None = None
    currency: int | None = None
    issue: int | None = None
    due: int | None = None
    paid_date: int | None = None
    payment_days: int | None = None
    status: int | None = None
    payment_terms: int | None = None
    description: int | None = None
    # The customer's other fields that the file holds: (field, index), in _CUSTOMER_FIELDS order.
    customer_fields: tuple[tuple[str, int], ...] = ()

    @classmethod
    def of(cls, columns: dict[str, int], width: int) -> _Columns:
        def at(field_: str) -> int | None:
            index = columns.get(field_)
            return index if index is not None and index < width else None

        return cls(
            number=at(NUMBER),
            customer=at(CUSTOMER),
            amount=at(AMOUNT),
            paid=at(PAID),
            balance=at(BALANCE),
            currency=at(CURRENCY),
            issue=at(ISSUE_DATE),
            due=at(DUE_DATE),
            paid_date=at(PAID_DATE),
            payment_days=at(PAYMENT_DAYS),
            status=at(STATUS),
            payment_terms=at(PAYMENT_TERMS),
            description=at(DESCRIPTION),
            customer_fields=tuple(
                (f, index) for f in _CUSTOMER_FIELDS if (index := at(f)) is not None
            ),
        )


class _Reader:
    def __init__(
        self, table: Table, profile: Profile, default_currency: str, result: ParseResult
    ) -> None:
        self.table = table
        self.sniffed = table.sniffed
        self.profile = profile
        self.result = result
        self.file = table.sniffed.path.name
        self.default_currency = default_currency
        self.dropped = 0
        self.columns: dict[str, int] = {}
        self.drafts: dict[str, _Draft | _Single] = {}
        self.broken: dict[str, int] = {}  # invoice number → first wrong line
        self.customers: dict[str, CustomerRecord] = {}
        self.at = _Columns()
        self.customer_cache: dict[tuple[str, ...], CustomerRecord] = {}
        self.date_cache: dict[str, date | None] = {}
        self.status_keys: dict[str, str] = {}  # status → search_key(status)
        self.fallback_currency = ""  # _fallback_currency(), once known
        self.defaulted_currency = False
        self.mode = str(profile.option("lines", "auto"))

    # problems
    def problem(
        self,
        line: int | None,
        column: str,
        expected: str,
        found: str,
        severity: Severity = Severity.ERROR,
        /,
        **args: object,
    ) -> None:
        """Report a problem; ``expected`` is a marked template filled with ``args``."""
        if len(self.result.problems) >= MAX_PROBLEMS:
            self.dropped += 1
            return
        self.result.problems.append(
            Problem(self.file, column, expected, found, line=line, severity=severity, args=args)
        )

    def note(self, text: str, /, **args: object) -> None:
        """A note for the user; ``text`` is a marked template filled with ``args``."""
        self.result.notes.append(Message(CTX, text, args))

    def column_name(self, field_: str) -> str:
        """How problems name the column of ``field_``: its header, else the field's label."""
        index = self.columns.get(field_)
        columns = self.sniffed.columns
        if index is not None and index < len(columns) and columns[index]:
            return columns[index]
        return _LABELS[field_]

    # the whole file
    def run(self) -> None:
        self.result.problems.extend(self.sniffed.problems[:MAX_PROBLEMS])
        self.result.notes.extend(self.sniffed.notes)
        layout = self.profile.layout
        self.result.full_export = bool(self.profile.option("full_export", False))
        if self.profile.name:
            self.note(
                QT_TRANSLATE_NOOP("importers", "Lu avec le profil « {profile} »."),
                profile=self.profile.name,
            )
        if not self._resolve():
            return
        if layout == "wave":
            self._read_wave()
        elif layout == "gnucash":
            self._read_gnucash()
        else:
            self._read_rows()
            if layout == "akaunting":
                self._akaunting_sheets()
        self._finish()
        if self.dropped == 1:
            self.note(QT_TRANSLATE_NOOP("importers", "Un autre problème n'est pas listé."))
        elif self.dropped:
            self.note(
                QT_TRANSLATE_NOOP("importers", "{count} autres problèmes ne sont pas listés."),
                count=self.dropped,
            )

    def _resolve(self) -> bool:
        columns, missing = resolve(self.profile.mapping, self.sniffed)
        self.columns = columns
        self.at = _Columns.of(columns, self.sniffed.width)
        line = self.sniffed.header_line or None
        amount_known = AMOUNT in columns or BALANCE in columns
        for field_, column in missing:
            vital = field_ in _REQUIRED or (field_ in (AMOUNT, BALANCE) and not amount_known)
            severity = Severity.ERROR if vital else Severity.WARNING
            position = self.profile.mapping.get(field_)
            if isinstance(position, int) and not isinstance(position, bool):
                self.problem(
                    line,
                    _LABELS[field_],
                    QT_TRANSLATE_NOOP(
                        "importers",
                        "une colonne n° {position} pour ce champ (le fichier en a {width})",
                    ),
                    "",
                    severity,
                    position=position + 1,
                    width=self.sniffed.width,
                )
                continue
            self.problem(
                line,
                column,
                QT_TRANSLATE_NOOP(
                    "importers",
                    "une colonne « {column} » dans l'en-tête, pour le champ « {field} »",
                )
                if line
                else QT_TRANSLATE_NOOP(
                    "importers",
                    "une colonne « {column} » pour le champ « {field} » (le fichier n'a pas de "
                    "ligne d'en-tête)",
                ),
                "",
                severity,
                column=column,
                field=Message(CTX, _LABELS[field_]),
            )
        needed = [f for f in _REQUIRED if f not in columns]
        if AMOUNT not in columns and BALANCE not in columns and self.profile.layout != "gnucash":
            needed.append(AMOUNT)
        for field_ in needed:
            if any(f == field_ for f, _ in missing):
                continue
            self.problem(
                line,
                _LABELS[field_],
                QT_TRANSLATE_NOOP(
                    "importers", "une colonne pour ce champ (choisissez-la parmi celles du fichier)"
                ),
                "",
            )
        if (
            needed
            or any(f in _REQUIRED for f, _ in missing)
            or (
                AMOUNT not in columns
                and BALANCE not in columns
                and self.profile.layout != "gnucash"
            )
        ):
            self.note(
                QT_TRANSLATE_NOOP(
                    "importers",
                    "Rien ne peut être importé tant que chaque information obligatoire n'a pas "
                    "sa colonne.",
                )
            )
            return False
        return True

    # ------------------------------------------------------------------ rows
    def _rows(self) -> Iterator[Row]:
        """Data rows with the right width; blank rows skipped, wrong ones reported."""
        width = self.sniffed.width
        csv_file = self.sniffed.format != "xlsx"
        blank_before = False
        for row in self.table.rows():
            if row.error:
                self.problem(
                    row.line,
                    "",
                    QT_TRANSLATE_NOOP(
                        "importers",
                        "une ligne CSV bien formée (le lecteur CSV la refuse : {reason})",
                    ),
                    "",
                    reason=row.error,
                )
                blank_before = False
                continue
            cells = row.cells
            # Fast path, nearly every row: a CSV record (all text) of the table's width with
            # something in it, after a row that was not blank, goes on as it is.
            if (
                csv_file
                and not blank_before
                and len(cells) == width
                and "".join(cells).strip()  # type: ignore[arg-type]  # CSV: text only
            ):
                yield row
                continue
            texts = [c.strip() if isinstance(c, str) else cell_text(c) for c in cells]
            filled = sum(1 for t in texts if t)
            if not filled:
                blank_before = True
                continue
            if blank_before and filled == 1 and width > 2:
                title = next(t for t in texts if t)
                self.note(
                    QT_TRANSLATE_NOOP(
                        "importers", "Le tableau s'arrête ligne {line}, où commence « {title} »."
                    ),
                    line=row.line,
                    title=title[:40],
                )
                return
            blank_before = False
            n = len(cells)
            while n > width and not texts[n - 1]:
                n -= 1
            if self.sniffed.format == "xlsx":
                if n > width:
                    self.problem(
                        row.line,
                        _excel_column(n - 1),
                        QT_TRANSLATE_NOOP(
                            "importers", "aucune valeur au-delà des {width} colonnes du tableau"
                        ),
                        _found(cells[n - 1]),
                        width=width,
                    )
                    continue
                cells = cells + (None,) * (width - len(cells))
            elif n != width:
                if row.end > row.line:
                    expected = QT_TRANSLATE_NOOP(
                        "importers",
                        "{width} colonnes séparées par « {separator} » (les lignes {line} à {end} "
                        "n'en font qu'une : un guillemet non fermé ?)",
                    )
                elif self.sniffed.columns:
                    expected = QT_TRANSLATE_NOOP(
                        "importers",
                        "{width} colonnes séparées par « {separator} », comme l'en-tête",
                    )
                else:
                    expected = QT_TRANSLATE_NOOP(
                        "importers", "{width} colonnes séparées par « {separator} »"
                    )
                self.problem(
                    row.line,
                    _COLUMN_COUNT,
                    expected,
                    str(n),
                    width=width,
                    separator=_show(self.sniffed.delimiter),
                    line=row.line,
                    end=row.end,
                )
                continue
            yield Row(row.line, cells[:width], end=row.end)

    def text(self, row: Row, field_: str) -> str:
        index = self.columns.get(field_)
        if index is None or index >= len(row.cells):
            return ""
        cell = row.cells[index]
        return cell.strip() if isinstance(cell, str) else cell_text(cell)

    def _amount(
        self, cells: tuple[Cell, ...], values: _Values, index: int | None, field_: str
    ) -> tuple[int | None, str]:
        if index is None:
            return _NO_AMOUNT
        cell = cells[index]
        try:
            parsed = parse_amount(cell, self.sniffed.decimal)
        except ValueProblem as exc:
            self.problem(
                values.line, self.column_name(field_), exc.expected, _found(cell), **exc.params
            )
            values.ok = False
            return _NO_AMOUNT
        return _NO_AMOUNT if parsed is None else parsed

    def _date(self, row: Row, values: _Values, field_: str) -> date | None:
        index = self.columns.get(field_)
        if index is not None and index >= len(row.cells):
            index = None
        return self._date_at(row.cells, values, index, field_)

    def _date_at(
        self, cells: tuple[Cell, ...], values: _Values, index: int | None, field_: str
    ) -> date | None:
        if index is None:
            return None
        cell = cells[index]
        if isinstance(cell, str) and cell in self.date_cache:
            return self.date_cache[cell]  # the same dates come back on many rows
        try:
            parsed = parse_date(cell, self.sniffed.date_order)
            if isinstance(cell, str) and len(self.date_cache) < 50_000:
                self.date_cache[cell] = parsed
            return parsed
        except ValueProblem as exc:
            self.problem(
                values.line, self.column_name(field_), exc.expected, _found(cell), **exc.params
            )
            values.ok = False
            return None

    def values(self, row: Row, number: str, name: str) -> _Values:
        """Read every mapped cell of ``row``; each wrong one is reported.

        ``number`` and ``name`` are the row's invoice number and customer name, which the
        caller has already read (:func:`_text_at`).
        """
        at = self.at
        cells = row.cells
        v = _Values(row.line, number)
        if not number:
            self.problem(
                row.line,
                self.column_name(NUMBER),
                QT_TRANSLATE_NOOP("importers", "un numéro de facture"),
                "",
            )
            v.ok = False
        if not name:
            self.problem(
                row.line,
                self.column_name(CUSTOMER),
                QT_TRANSLATE_NOOP("importers", "le nom du client"),
                "",
            )
            v.ok = False
        v.amount, symbol = self._amount(cells, v, at.amount, AMOUNT)
        v.paid, symbol2 = self._amount(cells, v, at.paid, PAID)
        v.balance, symbol3 = self._amount(cells, v, at.balance, BALANCE)
        if v.ok and v.amount is None and v.balance is None:
            field_ = AMOUNT if AMOUNT in self.columns else BALANCE
            self.problem(
                row.line,
                self.column_name(field_),
                QT_TRANSLATE_NOOP("importers", "un montant comme {example}"),
                "",
                example=amount_example(self.sniffed.decimal),
            )
            v.ok = False
        v.issue = self._date_at(cells, v, at.issue, ISSUE_DATE)
        v.due = self._date_at(cells, v, at.due, DUE_DATE)
        v.paid_date = self._date_at(cells, v, at.paid_date, PAID_DATE)
        v.currency = symbol or symbol2 or symbol3
        # The optional fields below are often not in the file: their defaults stay then.
        if at.currency is not None and (code := _text_at(cells, at.currency)):
            try:
                v.currency = currency_code(code)
            except ValueProblem as exc:
                self.problem(
                    row.line, self.column_name(CURRENCY), exc.expected, _found(code), **exc.params
                )
                v.ok = False
        if at.payment_days is not None and (days := _text_at(cells, at.payment_days)):
            if days.isdigit() and int(days) <= 3650:
                v.payment_days = int(days)
            else:
                self.problem(
                    row.line,
                    self.column_name(PAYMENT_DAYS),
                    QT_TRANSLATE_NOOP("importers", "un nombre de jours (3650 au plus)"),
                    _found(days),
                    Severity.WARNING,
                )
        if at.status is not None:
            v.status = _text_at(cells, at.status).lower()
        if at.payment_terms is not None:
            v.payment_terms = _text_at(cells, at.payment_terms)
        if at.description is not None:
            v.description = _text_at(cells, at.description)
        if name:
            v.customer = self._customer(cells, name)
        return v

    def _customer(self, cells: tuple[Cell, ...], name: str) -> CustomerRecord:
        """The customer of a row, built once per distinct name and customer cells."""
        mapped = self.at.customer_fields
        key = (name, *[_text_at(cells, index) for _, index in mapped])
        known = self.customer_cache.get(key)
        if known is not None:
            return known
        texts = dict.fromkeys(_CUSTOMER_FIELDS, "")
        texts.update(zip((field_ for field_, _ in mapped), key[1:], strict=True))
        account, company, vat, email, phone, street, postcode, city, country = texts.values()
        if company and not vat and _looks_like_vat(company):
            company, vat = "", company
        customer = CustomerRecord(
            key=account or name,
            name=name,
            account=account,
            company_number=company,
            vat_number=vat,
            email=email,
            phone=phone,
            street=street,
            postcode=postcode,
            city=city,
            country=country_code(country),
        )
        if len(self.customer_cache) < 100_000:
            self.customer_cache[key] = customer
        return customer

    def _quick_reader(self) -> Callable[[tuple[Cell, ...], int, str, str], _Single | None] | None:
        """A reader of the usual CSV row, specialised once for this file's columns and settings.

        It reads a row whose mapped cells all have the usual shape (amounts: digits, then the
        decimal mark and two digits, or digits alone; dates: already met, or readable; a known
        currency; a payment delay in days) into what :meth:`values` would give for it, as a
        :data:`_Single`. Any other row gives None and goes through :meth:`values`, which reads it
        the same way and reports its problems: this reader reports nothing and changes nothing
        but the reader's caches. None (no quick reader) for an Excel sheet, whose cells are not
        all text.
        """
        at = self.at
        if self.sniffed.format == "xlsx" or at.number is None or at.customer is None:
            return None
        decimal, order = self.sniffed.decimal, self.sniffed.date_order
        date_cache, customer_cache = self.date_cache, self.customer_cache
        currencies: dict[str, str] = {}
        make_customer = self._customer
        amount_at, paid_at, balance_at = at.amount, at.paid, at.balance
        issue_at, due_at, paid_date_at = at.issue, at.due, at.paid_date
        currency_at, days_at, status_at = at.currency, at.payment_days, at.status
        terms_at, description_at = at.payment_terms, at.description
        customer_at = tuple(index for _, index in at.customer_fields)
        one_customer_field = customer_at[0] if len(customer_at) == 1 else None

        def cents(cell: str) -> int | None:
            # parse_amount's own fast path, and plain digits (its ``_PLAIN`` without a mark);
            # anything else raises, and the row is read by values().
            if not cell:
                return None
            units, mark, hundredths = cell.partition(decimal)
            if len(units) <= 10 and units.isdecimal():
                if len(hundredths) == 2 and hundredths.isdecimal():
                    return int(units + hundredths)
                if not mark:
                    return int(units) * 100
            raise _NotQuick

        def when(cell: str) -> date | None:
            if cell in date_cache:
                return date_cache[cell]
            parsed = parse_date(cell, order)  # a ValueProblem: the row is read by values()
            if len(date_cache) < 50_000:
                date_cache[cell] = parsed
            return parsed

        def quick(cells: tuple[Cell, ...], line: int, number: str, name: str) -> _Single | None:
            texts: tuple[str, ...] = cells  # type: ignore[assignment]  # a CSV row: text only
            try:
                amount = None if amount_at is None else cents(texts[amount_at])
                paid = None if paid_at is None else cents(texts[paid_at])
                balance = None if balance_at is None else cents(texts[balance_at])
                if amount is None and balance is None:
                    return None  # values() says what is missing
                issue = None if issue_at is None else when(texts[issue_at])
                due = None if due_at is None else when(texts[due_at])
                paid_date = None if paid_date_at is None else when(texts[paid_date_at])
                currency = ""
                if currency_at is not None and (code := texts[currency_at].strip()):
                    currency = currencies.get(code) or currency_code(code)
                    currencies[code] = currency
                days = None
                if days_at is not None and (days_text := texts[days_at].strip()):
                    if not days_text.isdigit() or int(days_text) > 3650:
                        return None  # values() warns
                    days = int(days_text)
            except ValueError:  # _NotQuick, ValueProblem
                return None
            status = "" if status_at is None else texts[status_at].strip().lower()
            terms = "" if terms_at is None else texts[terms_at].strip()
            description = "" if description_at is None else texts[description_at].strip()
            if one_customer_field is not None:
                key: tuple[str, ...] = (name, texts[one_customer_field].strip())
            else:
                key = (name, *[texts[index].strip() for index in customer_at])
            customer = customer_cache.get(key) or make_customer(cells, name)
            return (line, customer, amount, paid, balance, currency, issue, due, paid_date, days,
                    status, terms, description)  # fmt: skip

        return quick

    # ------------------------------------------------------------------ generic layouts
    def _read_rows(self) -> None:
        seen: set[tuple[Cell, ...]] = set()
        duplicates: list[int] = []
        drop_duplicates = bool(self.profile.option("drop_duplicate_rows", False))
        at = self.at
        quick = self._quick_reader()
        number_at, name_at = at.number or 0, at.customer or 0  # with ``quick``: both are known
        drafts = self.drafts
        for row in self._rows():
            cells = row.cells
            if drop_duplicates:
                if cells in seen:
                    duplicates.append(row.line)
                    continue
                seen.add(cells)
            if quick is not None:
                texts: tuple[str, ...] = cells  # type: ignore[assignment]  # CSV: text only
                number, name = texts[number_at].strip(), texts[name_at].strip()
                if number and name:
                    single = quick(cells, row.line, number, name)
                    if single is not None:
                        if number not in drafts:
                            drafts[number] = single
                        else:
                            self._add(_values_of(number, single))
                        continue
            else:
                number, name = _text_at(cells, at.number), _text_at(cells, at.customer)
            if (not number or not name) and any(
                search_key(cell_text(c)).startswith(("total", "totaal")) for c in row.cells
            ):
                self.note(
                    QT_TRANSLATE_NOOP(
                        "importers", "La ligne {line} est une ligne de total : ignorée."
                    ),
                    line=row.line,
                )
                continue
            v = self.values(row, number, name)
            if not v.ok or v.customer is None:
                if v.number:
                    self.broken.setdefault(v.number, row.line)
                continue
            self._add(v)
        if len(duplicates) == 1:
            self.note(
                QT_TRANSLATE_NOOP(
                    "importers",
                    "La ligne {lines}, identique à une ligne précédente, a été écartée.",
                ),
                lines=str(duplicates[0]),
            )
        elif duplicates:
            self.note(
                QT_TRANSLATE_NOOP(
                    "importers",
                    "{count} lignes identiques à une ligne précédente ont été écartées "
                    "(lignes {lines}).",
                ),
                count=len(duplicates),
                lines=", ".join(str(n) for n in duplicates[:10])
                + ("…" if len(duplicates) > 10 else ""),
            )

    def _add(self, v: _Values) -> None:
        assert v.customer is not None
        draft = self.drafts.get(v.number)
        if isinstance(draft, tuple):
            draft = self.drafts[v.number] = _draft_of(v.number, draft)
        if draft is None:
            draft = _Draft(
                v.number,
                v.line,
                v.customer,
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
        elif draft.customer.key != v.customer.key:
            self.problem(
                v.line,
                self.column_name(CUSTOMER),
                QT_TRANSLATE_NOOP(
                    "importers",
                    "le client de la facture {number} (« {customer} », ligne {first_line}) : "
                    "un numéro de facture n'appartient qu'à un client",
                ),
                _found(v.customer.name),
                number=v.number,
                customer=draft.customer.name,
                first_line=draft.line,
            )
            self.broken.setdefault(v.number, v.line)
            return
        else:
            if v.currency and draft.currency and v.currency != draft.currency:
                self.problem(
                    v.line,
                    self.column_name(CURRENCY),
                    QT_TRANSLATE_NOOP(
                        "importers",
                        "la devise de la facture {number} ({currency}, ligne {first_line})",
                    ),
                    v.currency,
                    number=v.number,
                    currency=draft.currency,
                    first_line=draft.line,
                )
                self.broken.setdefault(v.number, v.line)
                return
            draft.currency = draft.currency or v.currency
            draft.issue = draft.issue or v.issue
            draft.due = draft.due or v.due
            draft.paid_date = draft.paid_date or v.paid_date
            draft.status = draft.status or v.status
            if v.description and v.description not in draft.description:
                draft.description = f"{draft.description}; {v.description}".strip("; ")
        draft.amounts += (v.amount,)
        draft.paids += (v.paid,)
        draft.balances += (v.balance,)
        if (
            self.mode == "first"
            and len(draft.amounts) > 1
            and (v.amount != draft.amounts[0] or v.balance != draft.balances[0])
        ):
            self.problem(
                v.line,
                self.column_name(AMOUNT if AMOUNT in self.columns else BALANCE),
                QT_TRANSLATE_NOOP(
                    "importers", "les mêmes montants qu'à la ligne {first_line} (facture {number})"
                ),
                self._cents_text(v.amount if AMOUNT in self.columns else v.balance),
                Severity.WARNING,
                first_line=draft.line,
                number=v.number,
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

    # ------------------------------------------------------------------ Akaunting
    def _akaunting_sheets(self) -> None:
        """Totals from ``invoice_totals`` (code « total »); payments: ``invoice_transactions``."""
        totals = self._sheet_sums("invoice_totals", lambda r: r.get("code") == "total")
        paid = self._sheet_sums("invoice_transactions", lambda r: True)
        if totals is not None:
            self.note(
                QT_TRANSLATE_NOOP(
                    "importers",
                    "Les totaux viennent de la feuille « {sheet} » (remises et taxes comprises).",
                ),
                sheet="invoice_totals",
            )
        if paid is not None:
            self.note(
                QT_TRANSLATE_NOOP("importers", "Les paiements viennent de la feuille « {sheet} »."),
                sheet="invoice_transactions",
            )
        for number, draft in self.drafts.items():
            if isinstance(draft, tuple):
                draft = self.drafts[number] = _draft_of(number, draft)
            if totals is not None and number in totals:
                draft.amount_override = totals[number]
            if paid is not None:
                draft.paid_override = paid.get(number, 0)

    def _sheet_sums(self, name: str, keep: Any) -> dict[str, int] | None:
        rows = self.table.sheet(name)
        if not rows:
            return None
        header = [cell_text(c) for c in rows[0]]
        if "invoice_number" not in header or "amount" not in header:
            return None
        sums: dict[str, int] = {}
        for line, cells in enumerate(rows[1:], start=2):
            record = {h: cells[i] if i < len(cells) else None for i, h in enumerate(header)}
            number = cell_text(record["invoice_number"])
            if not number or not keep(record):
                continue
            try:
                parsed = parse_amount(record["amount"], self.sniffed.decimal)
            except ValueProblem as exc:
                self.problem(
                    line, f"{name} › amount", exc.expected, _found(record["amount"]), **exc.params
                )
                self.broken.setdefault(number, line)
                continue
            if parsed is not None:
                sums[number] = sums.get(number, 0) + parsed[0]
        return sums

    # ------------------------------------------------------------------ Wave
    def _read_wave(self) -> None:
        """A Wave transactions export: the « Accounts Receivable » rows, per invoice number.

        Positive rows are the invoice (its lines already summed by Wave), negative ones the
        payments. Wave exports carry no due date and no currency.
        """
        account_col = self._header_index("Account Name")
        if account_col is None:
            self.problem(
                self.sniffed.header_line or None,
                "Account Name",
                QT_TRANSLATE_NOOP(
                    "importers", "une colonne « {column} » (export des transactions de Wave)"
                ),
                "",
                column="Account Name",
            )
            return
        receivable = str(self.profile.option("receivable_account", "Accounts Receivable"))
        for row in self._rows():
            number = self.text(row, NUMBER)
            if cell_text(row.cells[account_col]) != receivable or not number:
                continue
            v = self.values(row, number, self.text(row, CUSTOMER))
            if not v.ok or v.customer is None or v.amount is None:
                self.broken.setdefault(v.number, row.line)
                continue
            draft = self.drafts.get(v.number)
            assert not isinstance(draft, tuple)  # only _read_rows keeps _Single invoices
            if draft is None:
                draft = _Draft(v.number, v.line, v.customer, issue=v.issue)
                draft.amount_override, draft.paid_override = 0, 0
                draft.description = v.description
                self.drafts[v.number] = draft
            assert draft.amount_override is not None and draft.paid_override is not None
            if v.amount >= 0:
                draft.amount_override += v.amount
                draft.issue = draft.issue or v.issue
            else:
                draft.paid_override -= v.amount
        self.note(
            QT_TRANSLATE_NOOP(
                "importers",
                "Wave : chaque facture est la somme de ses lignes « {account} » (les paiements "
                "sont les lignes négatives). Le fichier ne donne pas d'échéances : le délai de "
                "paiement du client ou de l'entreprise s'applique.",
            ),
            account=receivable,
        )

    def _header_index(self, name: str) -> int | None:
        for index, column in enumerate(self.sniffed.columns):
            if column.strip().casefold() == name.casefold():
                return index
        return None

    # ------------------------------------------------------------------ GnuCash
    def _read_gnucash(self) -> None:
        """GnuCash « Import Bills & Invoices » rows (22 columns, no header), grouped by id."""
        groups: dict[str, list[Row]] = {}
        if self.sniffed.width < _GNUCASH_WIDTH:
            self.problem(
                self.sniffed.first_line,
                _COLUMN_COUNT,
                QT_TRANSLATE_NOOP(
                    "importers", "{width} colonnes (format « Import Bills & Invoices » de GnuCash)"
                ),
                str(self.sniffed.width),
                width=_GNUCASH_WIDTH,
            )
            return
        for row in self._rows():
            number = self.text(row, NUMBER)
            if not number:
                self.problem(
                    row.line,
                    QT_TRANSLATE_NOOP("importers", "id (colonne 1)"),
                    QT_TRANSLATE_NOOP("importers", "le numéro de la facture client ou fournisseur"),
                    "",
                )
                continue
            groups.setdefault(number, []).append(row)
        for number, rows in groups.items():
            first = rows[0]
            owner = self.text(first, CUSTOMER)
            accounts = {cell_text(r.cells[8]).split(":")[0].casefold() for r in rows}
            posted = self.text(first, ISSUE_DATE)
            if accounts and accounts <= {"expenses", "charges", "depenses", "dépenses", "kosten"}:
                self.note(
                    QT_TRANSLATE_NOOP(
                        "importers",
                        "{number} : une facture du fournisseur {owner} (ses lignes vont en "
                        "comptes de charges) ; c'est une dette de l'entreprise, pas une facture "
                        "à relancer.",
                    )
                    if posted
                    else QT_TRANSLATE_NOOP(
                        "importers",
                        "{number} : une facture du fournisseur {owner} (ses lignes vont en "
                        "comptes de charges) ; c'est une dette de l'entreprise, pas une facture "
                        "à relancer. Elle n'est pas non plus validée dans GnuCash.",
                    ),
                    number=number,
                    owner=owner,
                )
                continue
            if not posted:
                self.note(
                    QT_TRANSLATE_NOOP(
                        "importers",
                        "{number} : pas encore validée dans GnuCash (aucune date de "
                        "validation), donc rien n'est dû.",
                    ),
                    number=number,
                )
                continue
            self._gnucash_invoice(number, rows, owner)
        if not self.drafts:
            self.note(
                QT_TRANSLATE_NOOP(
                    "importers",
                    "Aucune facture client ouverte : un fichier d'import GnuCash (bi-import) "
                    "contient des factures avant leur validation, et seules les factures clients "
                    "validées sont dues.",
                )
            )

    def _gnucash_invoice(self, number: str, rows: list[Row], owner: str) -> None:
        first = rows[0]
        v = _Values(first.line)
        total = Decimal(0)
        for row in rows:
            quantity, price = cell_text(row.cells[9]), cell_text(row.cells[10])
            try:
                q = _decimal(quantity, self.sniffed.decimal)
                p = _decimal(price, self.sniffed.decimal)
            except ValueProblem as exc:
                self.problem(
                    row.line,
                    QT_TRANSLATE_NOOP("importers", "quantité × prix (colonnes 10 et 11)"),
                    exc.expected,
                    _found(f"{quantity} × {price}"),
                    **exc.params,
                )
                v.ok = False
                continue
            total += q * p
        issue = self._date(first, v, ISSUE_DATE)
        due = self._date(first, v, DUE_DATE)
        if not v.ok:
            self.broken.setdefault(number, first.line)
            return
        try:
            cents = to_cents(total)
        except ValueError:
            self.problem(
                first.line,
                QT_TRANSLATE_NOOP("importers", "prix (colonne 11)"),
                QT_TRANSLATE_NOOP("importers", "un montant inférieur à 10 000 000 000"),
                _found(str(total)),
            )
            return
        taxed = next(
            (
                r
                for r in rows
                if cell_text(r.cells[16]) or cell_text(r.cells[14]).lower() in ("yes", "y", "1")
            ),
            None,
        )
        if taxed is not None:
            self.problem(
                first.line,
                QT_TRANSLATE_NOOP("importers", "tax_table (colonne 17)"),
                QT_TRANSLATE_NOOP(
                    "importers",
                    "des montants TTC : les tables de taxes de GnuCash ne sont pas dans le "
                    "fichier, le montant de la facture {number} est le total de ses lignes hors "
                    "taxes",
                ),
                _found(cell_text(taxed.cells[16]) or cell_text(taxed.cells[14])),
                Severity.WARNING,
                number=number,
            )
        customer = CustomerRecord(key=owner, name=owner, account=owner)
        draft = _Draft(number, first.line, customer, issue=issue, due=due)
        draft.amount_override, draft.paid_override = cents, 0
        draft.description = self.text(first, DESCRIPTION)
        self.drafts[number] = draft

    # ------------------------------------------------------------------ records
    def _finish(self) -> None:
        for number, line in self.broken.items():
            if number in self.drafts:
                broken = self.drafts.pop(number)
                self.problem(
                    broken[0] if isinstance(broken, tuple) else broken.line,
                    self.column_name(NUMBER),
                    QT_TRANSLATE_NOOP(
                        "importers",
                        "des lignes toutes lisibles pour la facture {number} (la ligne {bad_line} "
                        "ne l'est pas : toute la facture est écartée)",
                    ),
                    number,
                    number=number,
                    bad_line=line,
                )
        drafts_skipped: list[str] = []
        import_drafts = self.profile.option("drafts", "skip") == "import"
        # Each draft is let go once its record is made: 100,000 drafts and 100,000 records
        # alive together make every pass of the garbage collector twice as long.
        drafts, self.drafts = self.drafts, {}
        invoices, customers, status_keys = self.result.invoices, self.customers, self.status_keys
        for number in list(drafts):
            draft = drafts.pop(number)
            if isinstance(draft, tuple):  # one row (see _quick_reader): the usual invoice
                (line, customer, amount, paid, balance, currency, issue, due, _paid_date, days,
                 status_text, terms, description) = draft  # fmt: skip
                status = status_keys.get(status_text)
                if status is None:
                    status = self._status_key(status_text)
                status = status.strip()
                if status not in _DRAFT and status not in _VOID:
                    if (
                        amount is not None
                        and paid is not None
                        and balance is None
                        and 0 <= paid <= amount
                        and (due is not None or days is None or issue is None)
                    ):
                        # What _make_record does for it, without a problem to report.
                        if not currency:
                            self.defaulted_currency = True
                            currency = self._fallback_currency()
                        single = quick_invoice(number, customer.key, amount, paid, currency,
                                               issue, due, _INVOICE, description[:500],
                                               status_text, terms, line)  # fmt: skip
                    else:
                        single = self._make_record(number, line, customer.key, *draft[2:])
                    invoices.append(single)
                    if customers.get(customer.key) is not customer:
                        self._keep_customer(customer)
                    continue
                draft = _draft_of(number, draft)
            status = self._status_key(draft.status).strip()
            if status in _DRAFT:
                self.problem(
                    draft.line,
                    self.column_name(STATUS),
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
                    drafts_skipped.append(draft.number)
                    continue
                draft.status = "draft"
            if status in _VOID:
                self.problem(
                    draft.line,
                    self.column_name(STATUS),
                    QT_TRANSLATE_NOOP(
                        "importers",
                        "une facture valable : la facture {number} est annulée, elle est écartée",
                    ),
                    draft.status,
                    Severity.WARNING,
                    number=draft.number,
                )
                continue
            record = self._record(draft)
            if record is not None:
                self.result.invoices.append(record)
                self._keep_customer(draft.customer)
        if drafts_skipped:
            self.note(
                QT_TRANSLATE_NOOP(
                    "importers",
                    "Brouillon écarté : {numbers}. Les brouillons ne sont pas relancés (pour les "
                    "importer : option de profil drafts=import).",
                )
                if len(drafts_skipped) == 1
                else QT_TRANSLATE_NOOP(
                    "importers",
                    "{count} brouillons écartés : {numbers}. Les brouillons ne sont pas relancés "
                    "(pour les importer : option de profil drafts=import).",
                ),
                count=len(drafts_skipped),
                numbers=", ".join(drafts_skipped[:10]) + ("…" if len(drafts_skipped) > 10 else ""),
            )
        if self.defaulted_currency:
            self.note(
                QT_TRANSLATE_NOOP(
                    "importers",
                    "Le fichier ne précise aucune devise : les montants sont lus en {currency}.",
                ),
                currency=self._fallback_currency(),
            )

    def _cents_text(self, cents: int | None) -> str:
        """An amount for a problem, written with the file's decimal mark; "" for none."""
        if cents is None:
            return ""
        text = str(from_cents(cents))
        return text.replace(".", ",") if self.sniffed.decimal == "," else text

    def _fallback_currency(self) -> str:
        if not self.fallback_currency:
            option = str(self.profile.option("currency", "") or "")
            self.fallback_currency = currency_code(option) if option else self.default_currency
        return self.fallback_currency

    def _status_key(self, status: str) -> str:
        """``search_key(status)``, once per distinct status (a file uses a handful)."""
        key = self.status_keys.get(status)
        if key is None:
            key = self.status_keys[status] = search_key(status)
        return key

    def _record(self, draft: _Draft) -> InvoiceRecord | None:
        amount = draft.amount_override
        if amount is None:
            amount = self._combine(draft.amounts)
        paid = (
            draft.paid_override if draft.paid_override is not None else self._combine(draft.paids)
        )
        balance = self._combine(draft.balances) if draft.paid_override is None else None
        return self._make_record(
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

    def _make_record(
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
        if paid is None:
            if balance is not None:
                paid = amount - balance
            elif self._status_key(status) in _PAID or paid_date is not None:
                paid = amount
            else:
                paid = 0
                if self._status_key(status) in _PARTIAL:
                    self.problem(
                        line,
                        self.column_name(STATUS),
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
        elif balance is not None and amount - paid != balance:
            self.problem(
                line,
                self.column_name(BALANCE),
                QT_TRANSLATE_NOOP(
                    "importers",
                    "montant − payé = reste dû pour la facture {number} (le reste dû est retenu)",
                ),
                f"{self._cents_text(amount)} − {self._cents_text(paid)} ≠ "
                f"{self._cents_text(balance)}",
                Severity.WARNING,
                number=number,
            )
            paid = amount - balance
        kind = _INVOICE
        if amount < 0:
            kind, amount, paid = _CREDIT_NOTE, -amount, -paid
        if paid > amount or paid < 0:
            self.problem(
                line,
                self.column_name(AMOUNT),
                QT_TRANSLATE_NOOP(
                    "importers",
                    "un montant payé entre 0 et le montant de la facture {number} ({amount})",
                ),
                self._cents_text(paid),
                Severity.WARNING,
                number=number,
                amount=self._cents_text(amount),
            )
        if not currency:
            self.defaulted_currency = True
            currency = self._fallback_currency()
        terms = payment_terms
        if due is None and payment_days is not None and issue is not None:
            due = issue + timedelta(days=payment_days)
            terms = terms or f"{payment_days} jours"
        return quick_invoice(
            number,
            customer_key,
            amount,
            paid,
            currency,
            issue,
            due,
            kind,
            description[:500],
            status,
            terms,
            line,
        )

    def _keep_customer(self, customer: CustomerRecord) -> None:
        known = self.customers.get(customer.key)
        if known is customer or known == customer:
            return
        if known is None:
            self.customers[customer.key] = customer
            self.result.customers.append(customer)
            return
        missing = {
            name: getattr(customer, name)
            for name in (
                "company_number",
                "vat_number",
                "email",
                "phone",
                "street",
                "postcode",
                "city",
                "country",
            )
            if not getattr(known, name) and getattr(customer, name)
        }
        if missing:
            merged = replace(known, **missing)
            self.customers[customer.key] = merged
            index = self.result.customers.index(known)
            self.result.customers[index] = merged


def _text_at(cells: tuple[Cell, ...], index: int | None) -> str:
    """The text of the cell at ``index`` of a row; "" when the field is not in the file."""
    if index is None:
        return ""
    cell = cells[index]
    return cell.strip() if isinstance(cell, str) else cell_text(cell)


def _show(delimiter: str) -> str | Message:
    """The separator for a message: the character, or « tabulation » (translated)."""
    if delimiter == "\t":
        return Message(CTX, _TAB)
    return delimiter or "?"


def _excel_column(index: int) -> str:
    """The Excel letters of a 0-based column: 0 → « A », 26 → « AA »."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _found(value: Cell) -> str:
    """A cell as a problem's « found »: as written, shortened; "" when empty."""
    text = cell_text(value)
    return text if len(text) <= 60 else text[:57] + "…"


def _looks_like_vat(text: str) -> bool:
    compact = "".join(ch for ch in text if ch.isalnum()).upper()
    return (
        len(compact) >= 8
        and compact[:2].isalpha()
        and compact[2:].isalnum()
        and any(ch.isdigit() for ch in compact[2:])
    )


def _decimal(text: str, decimal: str) -> Decimal:
    """A quantity or unit price, exact (more than two decimals kept)."""
    text = text.strip()
    if not text:
        return Decimal(0)
    cleaned = text.replace(" ", "").replace("\u00a0", "")
    if decimal == ",":
        cleaned = cleaned.replace(".", "").replace(",", ".")
    else:
        cleaned = cleaned.replace(",", "")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueProblem(_NUMBER_LIKE, example=amount_example(decimal)) from None
    if not value.is_finite() or abs(value) >= 10**10:
        raise ValueProblem(_NUMBER_LIKE, example=amount_example(decimal))
    return value


_NUMBER_LIKE = QT_TRANSLATE_NOOP("importers", "un nombre comme {example}")

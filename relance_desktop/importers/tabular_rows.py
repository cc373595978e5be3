"""From a CSV/Excel table's records to checked rows, and from a row's cells to its values.

:func:`table_rows` passes on the data rows of the table's width: blank rows are skipped, a title
after a blank row ends the table, and a record of another width is a problem. :class:`CellReader`
reads the mapped cells of a row (:meth:`CellReader.values`): every wrong cell is a problem and
marks the row as not ``ok``; numbers and dates are read by
:mod:`~relance_desktop.importers.values`, with the file's decimal mark and date order.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from relance_desktop.i18n import QT_TRANSLATE_NOOP
from relance_desktop.importers.records import CustomerRecord, Severity
from relance_desktop.importers.tabular_columns import (
    COLUMN_COUNT,
    CUSTOMER_FIELDS,
    Columns,
    Report,
    found,
    separator_name,
    text_at,
)
from relance_desktop.importers.tabular_fields import (
    AMOUNT,
    BALANCE,
    CURRENCY,
    CUSTOMER,
    DUE_DATE,
    ISSUE_DATE,
    NUMBER,
    PAID,
    PAID_DATE,
    PAYMENT_DAYS,
)
from relance_desktop.importers.tabular_sniff import Row, Sniffed, Table
from relance_desktop.importers.tabular_values import cell_text, country_code
from relance_desktop.importers.values import (
    Cell,
    ValueProblem,
    amount_example,
    currency_code,
    looks_like_date,
    parse_amount,
    parse_date,
    shown_order,
)

_NO_AMOUNT: tuple[None, str] = (None, "")


# ---------------------------------------------------------------------------------------------
# Rows


def table_rows(table: Table, report: Report) -> Iterator[Row]:
    """Data rows with the table's width; blank rows skipped, wrong ones reported."""
    sniffed = table.sniffed
    width = sniffed.width
    csv_file = sniffed.format != "xlsx"
    blank_before = False
    for row in table.rows():
        if row.error:
            if row.error.startswith("field larger than field limit"):  # the csv module's
                report.problem(
                    row.line,
                    "",
                    QT_TRANSLATE_NOOP(
                        "importers",
                        "des cellules de moins de {limit} caractères ; une cellule de cette "
                        "ligne est plus longue (un guillemet non refermé ?) : la ligne est "
                        "ignorée",
                    ),
                    "",
                    limit=csv.field_size_limit(),
                )
            else:
                report.problem(
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
        # Fast path, nearly every row: a CSV record (all text: hence the « ignore ») of the
        # table's width with something in it, after a row that was not blank, goes on as it is.
        if csv_file and not blank_before and len(cells) == width and "".join(cells).strip():  # type: ignore[arg-type]
            yield row
            continue
        texts = [c.strip() if isinstance(c, str) else cell_text(c) for c in cells]
        filled = sum(1 for t in texts if t)
        if not filled:
            blank_before = True
            continue
        if blank_before and filled == 1 and width > 2:
            report.note(
                QT_TRANSLATE_NOOP(
                    "importers", "Le tableau s'arrête ligne {line}, où commence « {title} »."
                ),
                line=row.line,
                title=next(t for t in texts if t)[:40],
            )
            return
        blank_before = False
        fitted = _fitted(row, texts, sniffed, report)
        if fitted is not None:
            yield fitted


def _fitted(row: Row, texts: list[str], sniffed: Sniffed, report: Report) -> Row | None:
    """``row`` cut or padded to the table's width (trailing empty cells do not count); None,
    with a problem, when it holds another number of values."""
    width, cells = sniffed.width, row.cells
    n = len(cells)
    while n > width and not texts[n - 1]:
        n -= 1
    if sniffed.format == "xlsx":
        if n > width:
            report.problem(
                row.line,
                _excel_column(n - 1),
                QT_TRANSLATE_NOOP(
                    "importers", "aucune valeur au-delà des {width} colonnes du tableau"
                ),
                found(cells[n - 1]),
                width=width,
            )
            return None
        cells = cells + (None,) * (width - len(cells))
    elif n != width:
        if row.end > row.line:
            expected = QT_TRANSLATE_NOOP(
                "importers",
                "{width} colonnes séparées par « {separator} » (les lignes {line} à {end} "
                "n'en font qu'une : un guillemet non fermé ?)",
            )
        elif sniffed.columns:
            expected = QT_TRANSLATE_NOOP(
                "importers", "{width} colonnes séparées par « {separator} », comme l'en-tête"
            )
        else:
            expected = QT_TRANSLATE_NOOP(
                "importers", "{width} colonnes séparées par « {separator} »"
            )
        report.problem(
            row.line,
            COLUMN_COUNT,
            expected,
            str(n),
            width=width,
            separator=separator_name(sniffed.delimiter),
            line=row.line,
            end=row.end,
        )
        return None
    return Row(row.line, cells[:width], end=row.end)


def _excel_column(index: int) -> str:
    """The Excel letters of a 0-based column: 0 → « A », 26 → « AA »."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


# ---------------------------------------------------------------------------------------------
# Values


@dataclass(slots=True)
class Values:
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


# A row read by the quick reader (:mod:`~relance_desktop.importers.tabular_quick`), as a plain
# tuple (a tenth of the cost of a Values): line, customer, amount, paid, balance, currency,
# issue, due, paid date, payment days, status, payment terms, description.
Single = tuple[
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


def values_of(number: str, single: Single) -> Values:
    """The Values :meth:`CellReader.values` gives for the row a quick reader read as ``single``."""
    (line, customer, amount, paid, balance, currency, issue, due, paid_date, days, status,
     terms, description) = single  # fmt: skip
    return Values(
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


class CellReader:
    """Reads the mapped cells of a file's rows; the same dates and customers are read once."""

    def __init__(self, sniffed: Sniffed, at: Columns, report: Report) -> None:
        self.sniffed = sniffed
        self.at = at
        self.report = report
        self.date_cache: dict[str, date | None] = {}
        self.customer_cache: dict[tuple[str, ...], CustomerRecord] = {}
        self.column_orders: dict[int, str] = {}  # a date column's pattern, for its problems

    def text(self, row: Row, field_: str) -> str:
        """The text of ``field_``'s cell in ``row`` ("" when the file has no such column)."""
        index = self.at.fields.get(field_)
        if index is None or index >= len(row.cells):
            return ""
        return text_at(row.cells, index)

    def values(self, row: Row, number: str, name: str) -> Values:
        """Read every mapped cell of ``row``; each wrong one is reported.

        ``number`` and ``name`` are the row's invoice number and customer name, which the
        caller has already read (:func:`~.tabular_columns.text_at`).
        """
        at, cells, report = self.at, row.cells, self.report
        v = Values(row.line, number)
        if not number:
            expected = QT_TRANSLATE_NOOP("importers", "un numéro de facture")
            report.problem(row.line, report.column_name(NUMBER), expected, "")
            v.ok = False
        if not name:
            expected = QT_TRANSLATE_NOOP("importers", "le nom du client")
            report.problem(row.line, report.column_name(CUSTOMER), expected, "")
            v.ok = False
        self._amounts(cells, v)
        v.issue = self._date_at(cells, v, at.issue, ISSUE_DATE)
        v.due = self._date_at(cells, v, at.due, DUE_DATE)
        v.paid_date = self._date_at(cells, v, at.paid_date, PAID_DATE)
        self._others(cells, v)
        if name:
            v.customer = self.customer(cells, name)
        return v

    def _amounts(self, cells: tuple[Cell, ...], v: Values) -> None:
        """The row's amount, paid and balance, and the currency their symbols name."""
        at = self.at
        v.amount, symbol = self._amount(cells, v, at.amount, AMOUNT)
        v.paid, symbol2 = self._amount(cells, v, at.paid, PAID)
        v.balance, symbol3 = self._amount(cells, v, at.balance, BALANCE)
        v.currency = symbol or symbol2 or symbol3
        if v.ok and v.amount is None and v.balance is None:
            field_ = self.at.amount_field()
            self.report.problem(
                v.line,
                self.report.column_name(field_),
                QT_TRANSLATE_NOOP("importers", "un montant comme {example}"),
                "",
                example=amount_example(self.sniffed.decimal),
            )
            v.ok = False

    def _others(self, cells: tuple[Cell, ...], v: Values) -> None:
        """The optional fields, often not in the file (their defaults stay then)."""
        at, report = self.at, self.report
        if at.currency is not None and (code := text_at(cells, at.currency)):
            try:
                v.currency = currency_code(code)
            except ValueProblem as exc:
                column = report.column_name(CURRENCY)
                report.problem(v.line, column, exc.expected, found(code), **exc.params)
                v.ok = False
        if at.payment_days is not None and (days := text_at(cells, at.payment_days)):
            if days.isdigit() and int(days) <= 3650:
                v.payment_days = int(days)
            else:
                report.problem(
                    v.line,
                    report.column_name(PAYMENT_DAYS),
                    QT_TRANSLATE_NOOP("importers", "un nombre de jours (3650 au plus)"),
                    found(days),
                    Severity.WARNING,
                )
        if at.status is not None:
            v.status = text_at(cells, at.status).lower()
        if at.payment_terms is not None:
            v.payment_terms = text_at(cells, at.payment_terms)
        if at.description is not None:
            v.description = text_at(cells, at.description)

    def _amount(
        self, cells: tuple[Cell, ...], v: Values, index: int | None, field_: str
    ) -> tuple[int | None, str]:
        if index is None:
            return _NO_AMOUNT
        cell = cells[index]
        try:
            parsed = parse_amount(cell, self.sniffed.decimal)
        except ValueProblem as exc:
            column = self.report.column_name(field_)
            self.report.problem(v.line, column, exc.expected, found(cell), **exc.params)
            v.ok = False
            return _NO_AMOUNT
        return _NO_AMOUNT if parsed is None else parsed

    def date_of(self, row: Row, v: Values, field_: str) -> date | None:
        """The date in ``field_``'s cell of ``row`` (None when empty or absent, or reported)."""
        index = self.at.fields.get(field_)
        if index is not None and index >= len(row.cells):
            index = None
        return self._date_at(row.cells, v, index, field_)

    def _date_at(
        self, cells: tuple[Cell, ...], v: Values, index: int | None, field_: str
    ) -> date | None:
        if index is None:
            return None
        cell = cells[index]
        if isinstance(cell, str) and cell in self.date_cache:
            return self.date_cache[cell]  # the same dates come back on many rows
        try:
            parsed = parse_date(cell, self.sniffed.date_order, self._column_order(index))
        except ValueProblem as exc:
            column = self.report.column_name(field_)
            self.report.problem(v.line, column, exc.expected, found(cell), **exc.params)
            v.ok = False
            return None
        if isinstance(cell, str) and len(self.date_cache) < 50_000:
            self.date_cache[cell] = parsed
        return parsed

    def _column_order(self, index: int) -> str:
        """How the readable dates of column ``index`` are mostly written (a pattern key of
        :func:`~.values.shown_order`), from the sample; "" when none is readable."""
        known = self.column_orders.get(index)
        if known is None:
            order = self.sniffed.date_order
            texts = [row[index] for row in self.sniffed.sample if index < len(row)]
            votes: Counter[str] = Counter(
                shown_order(text, order)
                for text in texts
                if isinstance(text, str) and looks_like_date(text)
            )
            known = self.column_orders[index] = votes.most_common(1)[0][0] if votes else ""
        return known

    def customer(self, cells: tuple[Cell, ...], name: str) -> CustomerRecord:
        """The customer of a row, built once per distinct name and customer cells."""
        mapped = self.at.customer_fields
        key = (name, *[text_at(cells, index) for _, index in mapped])
        known = self.customer_cache.get(key)
        if known is not None:
            return known
        texts = dict.fromkeys(CUSTOMER_FIELDS, "")
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


def _looks_like_vat(text: str) -> bool:
    compact = "".join(ch for ch in text if ch.isalnum()).upper()
    return (
        len(compact) >= 8
        and compact[:2].isalpha()
        and compact[2:].isalnum()
        and any(ch.isdigit() for ch in compact[2:])
    )

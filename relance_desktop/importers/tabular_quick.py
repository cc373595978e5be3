"""The quick reader of the usual CSV row: what :meth:`CellReader.values` gives, for less.

Kept by hand for speed, measured on the 100,000-line CSV of ``bench/bench_import.py``: the
reader takes 0.9 s with it, 1.3 s when every row goes through
:meth:`~relance_desktop.importers.tabular_rows.CellReader.values` (a :class:`Values` and a
problem check per cell, each cell looked up by field). ``tests/unit/test_import_speed_quick.py``
checks that both read 40 files full of odd rows the same way.

A row whose mapped cells all have the usual shape (amounts: :func:`~.values.plain_cents`;
dates: already met, or readable; a known currency; a payment delay in days) is read into a
:data:`~relance_desktop.importers.tabular_rows.Single`; any other row gives None and goes through
:meth:`CellReader.values`, which reads it the same way and reports its problems. This reader
reports nothing and changes nothing but the caches of the :class:`CellReader`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from relance_desktop.importers.tabular_rows import CellReader, Single
from relance_desktop.importers.values import (
    MAX_AMOUNT_CENTS,
    Cell,
    currency_code,
    parse_date,
    plain_cents,
)

QuickReader = Callable[[tuple[Cell, ...], int, str, str], Single | None]
"""(cells, line, invoice number, customer name) → the row as a Single, or None."""


class _NotQuick(ValueError):
    """A cell the quick reader leaves to the general one."""


def quick_reader(reader: CellReader) -> QuickReader | None:
    """A reader of the usual CSV row, specialised once for this file's columns and settings;
    None for an Excel sheet (its cells are not all text) or without number and customer."""
    at, sniffed = reader.at, reader.sniffed
    if sniffed.format == "xlsx" or at.number is None or at.customer is None:
        return None
    decimal, order = sniffed.decimal, sniffed.date_order
    date_cache, customer_cache = reader.date_cache, reader.customer_cache
    currencies: dict[str, str] = {}
    make_customer = reader.customer
    amount_at, paid_at, balance_at = at.amount, at.paid, at.balance
    issue_at, due_at, paid_date_at = at.issue, at.due, at.paid_date
    currency_at, days_at, status_at = at.currency, at.payment_days, at.status
    terms_at, description_at = at.payment_terms, at.description
    customer_at = tuple(index for _, index in at.customer_fields)
    one_customer_field = customer_at[0] if len(customer_at) == 1 else None

    def cents(cell: str) -> int | None:
        # plain_cents within the amount limit; anything else: values() reads it.
        if not cell:
            return None
        value = plain_cents(cell, decimal)
        if value is None or value >= MAX_AMOUNT_CENTS:
            raise _NotQuick
        return value

    def when(cell: str) -> date | None:
        if cell in date_cache:
            return date_cache[cell]
        parsed = parse_date(cell, order)  # a ValueProblem: the row is read by values()
        if len(date_cache) < 50_000:
            date_cache[cell] = parsed
        return parsed

    def quick(cells: tuple[Cell, ...], line: int, number: str, name: str) -> Single | None:
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

"""Values in imported files — text, numbers, dates — read one way by every importer.

The CSV/Excel reader (:mod:`~relance_desktop.importers.tabular`), the FEC reader
(:mod:`~relance_desktop.importers.fec`) and the e-invoice readers
(:mod:`~relance_desktop.importers.einvoice`) read their values here, so that a Windows-1252
byte, « 1 234,56 » or « 28/01/2021 » mean the same thing whatever the file. Each reader keeps
only what is its own: its limits, its messages, its dialect (FEC fields in quotes, Excel cells
that already are numbers or dates).

Text: :func:`decode`
--------------------
One rule for every text file, in :mod:`~relance_desktop.importers.decoding` (re-exported here).

Numbers: :func:`parse_number`
-----------------------------
The conversion is babel's (:func:`babel.numbers.parse_decimal`, strict: the grouping must be the
locale's own, « 1,234.5 » yes, « 12,34.5 » or « 0,500 » no), in the locale of the value's decimal
mark (:data:`NUMBER_LOCALES`): ``en_US`` for a point, ``fr_FR`` for a comma, the file's decimal
mark when the value has none. Whatever thousands mark the value uses (point, comma, space,
apostrophe) is written as that locale's before, since a file does not name its locale (and
babel's Swiss locales do not check an apostrophe grouping).

What babel does not know is done here, in this order, and documented here only:

- **accounting forms**: parentheses for a negative amount (``(12.00)``), a minus sign before or
  after the number (``-12``, ``12-``; also « − » and « – »), a ``+`` before or after it; spaces
  of any kind (no-break, narrow, thin, figure, tab) are spaces; ``’`` is an apostrophe; digits
  of any script are digits;
- **currency**: a symbol or an ISO code before or after the number (``$13.50``, ``1 234,56 €``,
  ``EUR 12``). The symbols are babel's English ones (``$`` USD, ``€`` EUR, ``£`` GBP, ``CA$``…)
  and the spellings ``US$``, ``AU$``, ``CHF``, ``Fr.`` (:func:`currency_symbols`);
- **which mark is the decimal one**, since a file does not name its locale: with both a point
  and a comma, the last one; a lone mark followed by exactly three digits (``1.234``) is the
  file's decimal mark if it is that one, else a thousands mark; a lone mark followed by any
  other number of digits, or after a space or an apostrophe, is decimal. One kind of thousands
  mark only.

:func:`parse_number` returns the exact :class:`~decimal.Decimal` (never a float) and raises
:class:`NotANumber`; limits (how large an amount may be) are the readers'.
:func:`plain_cents` reads the commonest shape (« 8952,81 », « 0000000074,70 », « 120 ») without
any of this. It is hand-made **for speed**, measured on the 100,000-line files of
``bench/bench_import.py``: their 200,000 amounts take 0.1 s through it and 2.2 s through
:func:`parse_number` (the accounting forms, the mark rules and babel, about 11 µs an amount);
:func:`~relance_desktop.importers.fec.read_fec` takes 0.86 s with it and 1.7 s without. It
gives what :func:`parse_number` gives for the values it accepts (``test_import_values.py``), and
None for any other value.

Dates: :func:`read_date`
------------------------
ISO ``YYYY-MM-DD`` (also with ``/`` or ``.``, with or without a time), ``YYYYMMDD`` (the FEC's
legal form, with or without a time), day and month as numbers in the order the file uses
(``DMY``: ``28/01/2021``, ``28.01.21``; ``MDY``: ``01/28/2021``; two-digit years are 1970–2069),
and month names: the wide and abbreviated names of babel's CLDR data for English, French, Dutch
and German (``Jan 28 2021``, ``28 janv. 2021``, ``28 februari 2021``, ``1er mars 2021``,
``3. März 2021``) and their unambiguous abbreviations of three letters or more (``fév``,
``aoû``). The date itself is the standard library's (``date(year, month, day)``). Years outside
the range the reader gives are refused (:class:`NotADate` says why).

:func:`parse_amount` and :func:`parse_date` read a CSV or Excel cell (text or a native value)
with the CSV/Excel reader's limits and messages (:class:`ValueProblem`). :func:`xml_decimal` and
:func:`xml_date` read the strict XML forms of e-invoices (``xsd:decimal``, CII format 102,
``xsd:date``).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from functools import cache

from babel import Locale
from babel.dates import get_month_names
from babel.numbers import NumberFormatError, parse_decimal

from relance_desktop.domain.money import to_cents
from relance_desktop.domain.text import search_key
from relance_desktop.i18n import QT_TRANSLATE_NOOP, Message
from relance_desktop.importers.decoding import ENCODING_FIELD as ENCODING_FIELD  # re-exported
from relance_desktop.importers.decoding import Decoded as Decoded
from relance_desktop.importers.decoding import decode as decode
from relance_desktop.importers.decoding import decoding_problems as decoding_problems
from relance_desktop.importers.records import CTX

Cell = str | int | float | Decimal | date | None
"""A cell as read: always ``str`` from a CSV; native values from an Excel sheet."""

# CSV and Excel limits. An amount above this (in cents) is a typo or a wrong column: 10 billion.
MAX_AMOUNT_CENTS = 10**12
# Dates outside these years are typos (or an amount read as a date).
MIN_YEAR, MAX_YEAR = 1950, 2100


class ValueProblem(ValueError):
    """A cell that cannot be read as asked.

    ``expected`` says what would have been right: a French template marked with
    ``QT_TRANSLATE_NOOP("importers", …)``, filled with ``params`` (the ``args`` of the
    :class:`~relance_desktop.importers.records.Problem` the reader makes of it).
    """

    def __init__(self, expected: str, /, **params: object) -> None:
        super().__init__(expected)
        self.expected = expected
        self.params: dict[str, object] = params

    @property
    def message(self) -> Message:
        """What was expected, as a Message (``str()`` of it is the French text)."""
        return Message(CTX, self.expected, dict(self.params))


class NotANumber(ValueError):
    """The text is not a number in any of the forms :func:`parse_number` reads."""


class NotADate(ValueError):
    """The text is not a date :func:`read_date` reads; :attr:`reason` says why."""

    FORM = "form"  # not written as a date
    YEAR = "year"  # a date, outside the years asked for
    DAY = "day"  # written as a date, but no such day (31/02)

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# ---------------------------------------------------------------------------------------------
# Numbers

NUMBER_LOCALES = {".": "en_US", ",": "fr_FR"}
"""The locale numbers are converted in, by their decimal mark (see :func:`parse_number`)."""

_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\t": " "})
_NUMBER = re.compile(r"^\d[\d ,.'’]*$")
_GROUPED = re.compile(r"^\d{1,3}(?:[ ,.'’]\d{3})+$")
_MINUS = ("-", "−", "–")


@cache
def _locale(name: str) -> Locale:
    return Locale.parse(name)


@cache
def currency_symbols() -> dict[str, str]:
    """Currency symbol (upper case) → ISO 4217 code, longest symbols first.

    babel's English symbols that are not the code itself (``$`` USD, ``€`` EUR, ``£`` GBP,
    ``¥`` JPY, ``CA$`` CAD, ``R$`` BRL…), and the spellings ``US$``, ``AU$`` (other locales'),
    ``CHF`` and ``Fr.`` (Swiss francs).
    """
    symbols = {
        symbol.translate(_SPACES).upper(): code
        for code, symbol in _locale("en").currency_symbols.items()
        if symbol != code and symbol != "¤"
    }
    symbols.update({"US$": "USD", "AU$": "AUD", "CHF": "CHF", "FR.": "CHF"})
    return dict(sorted(symbols.items(), key=lambda item: -len(item[0])))


@cache
def _symbol_texts() -> tuple[str, ...]:
    return tuple(currency_symbols())


_CODE = re.compile(r"^([A-Z]{3})\s*|\s*([A-Z]{3})$")


def _strip_currency(text: str) -> tuple[str, str]:
    """Remove a currency symbol or ISO code in front or behind: (rest, ISO code or "")."""
    upper = text.upper()
    texts = _symbol_texts()
    if upper.startswith(texts) or upper.endswith(texts):  # which one, only when there is one
        for symbol, code in currency_symbols().items():
            if upper.startswith(symbol):
                return text[len(symbol) :].strip(), code
            if upper.endswith(symbol):
                return text[: -len(symbol)].strip(), code
    match = _CODE.search(text)
    if match:
        code = match.group(1) or match.group(2)
        return (text[: match.start()] + text[match.end() :]).strip(), code
    return text, ""


def _accounting(text: str) -> tuple[str, bool, str]:
    """(the number alone, negative, currency code or "") of a trimmed value."""
    negative = False
    if text.startswith("(") and text.endswith(")"):
        negative, text = True, text[1:-1].strip()
    text, currency = _strip_currency(text)
    for minus in _MINUS:
        if text.startswith(minus):
            negative, text = not negative, text[1:].strip()
        elif text.endswith(minus):
            negative, text = not negative, text[:-1].strip()
    if text.startswith("+"):
        text = text[1:].strip()
    elif text.endswith("+"):
        text = text[:-1].strip()
    if not currency:
        text, currency = _strip_currency(text)
    return text, negative, currency


def _marks(text: str, decimal: str) -> tuple[str, str]:
    """(decimal mark or "", thousands mark or "") of digits and marks (rules above)."""
    points, commas = text.count("."), text.count(",")
    mark = ""
    if points and commas:
        mark = "." if text.rfind(".") > text.rfind(",") else ","
    elif points + commas == 1:
        sep = "." if points else ","
        head, _, tail = text.partition(sep)
        if len(tail) != 3 or sep == decimal or " " in head or "'" in head:
            mark = sep
    head = text.rpartition(mark)[0] if mark else text
    groups = {ch for ch in head if not ch.isdigit()}
    if len(groups) > 1:
        raise NotANumber(text)
    return mark, groups.pop() if groups else ""


def parse_number(text: str, decimal: str = ".") -> tuple[Decimal, str]:
    """The number a file writes, exact, and the currency its symbol or code names ("" if none).

    ``decimal`` is the file's decimal mark, for the one case the value leaves open (see the
    module's documentation). Raises :class:`NotANumber`.
    """
    text, negative, currency = _accounting(text.translate(_SPACES).strip())
    if len(text) > 40 or not _NUMBER.match(text):
        raise NotANumber(text)
    text = text.replace("’", "'")
    if not text.isascii():  # digits of another script (« ٣٤,٥٦ »): babel compares ASCII ones
        text = "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in text)
    mark, group = _marks(text, decimal)
    if mark and not text.rpartition(mark)[2].isdigit():
        raise NotANumber(text)  # « 12. », « 1,2.x »
    locale = _locale(NUMBER_LOCALES.get(mark or decimal, "en_US"))
    symbols = locale.number_symbols["latn"]
    if group:  # the value's thousands mark, as the locale writes it
        text = text.replace(group, symbols["group"])
    if mark:
        text = text.replace(mark, symbols["decimal"])
    try:
        value = parse_decimal(text, locale, strict=True)
    except (NumberFormatError, InvalidOperation):
        raise NotANumber(text) from None
    return (-value if negative else value), currency


def plain_cents(text: str, decimal: str) -> int | None:
    """Cents of digits, then ``decimal`` and two digits (« 8952,81 »), or of digits alone
    (« 120 »), with at most 13 digits before the mark; None for anything else.

    What :func:`parse_number` gives for these, without it: hand-made for speed (see the module's
    documentation for the measurements). No sign, space or symbol: those go to
    :func:`parse_number`.
    """
    units, mark, hundredths = text.partition(decimal)
    if len(units) <= 13 and units.isdecimal():
        if not mark:
            return int(units) * 100
        if len(hundredths) == 2 and hundredths.isdecimal():
            return int(units + hundredths)
    return None


def decimal_votes(text: str) -> tuple[int, int, str]:
    """Evidence a value gives about the decimal separator: (point votes, comma votes, thousands).

    ``"1,020.00"`` → (1, 0, ","); ``"1 234,56"`` → (0, 1, " "); ``"1.234"`` → (0, 0, "").
    """
    text = text.translate(_SPACES).strip().strip("()-−+ ")
    if not _NUMBER.match(text):  # a bare number has no symbol to strip: skip the slow look-up
        text = _strip_currency(text)[0]
    if not text or not _NUMBER.match(text):
        return 0, 0, ""
    thousands = ""
    for sep in (" ", "'", "’"):
        if sep in text:
            thousands = "'" if sep in "'’" else " "
    has_point, has_comma = "." in text, "," in text
    if has_point and has_comma:
        if text.rfind(".") > text.rfind(","):
            return 1, 0, thousands or ","
        return 0, 1, thousands or "."
    sep = "." if has_point else "," if has_comma else ""
    if not sep:
        return 0, 0, thousands
    if text.count(sep) > 1:
        if not _GROUPED.match(text):
            return 0, 0, ""  # « 01.23.45.67 »: a phone number, a version, not an amount
        return (0, 1, sep) if sep == "." else (1, 0, sep)
    tail = text.rpartition(sep)[2]
    if len(tail) == 3:
        return 0, 0, thousands  # « 1.234 »: could be either
    return (1, 0, thousands) if sep == "." else (0, 1, thousands)


def currency_code(text: str) -> str:
    """``"eur"``, ``"€"`` → ``"EUR"``; raise :class:`ValueProblem` for anything else."""
    text = text.strip()
    symbol = currency_symbols().get(text.upper())
    if symbol:
        return symbol
    if len(text) == 3 and text.isascii() and text.isalpha():
        return text.upper()
    raise ValueProblem(QT_TRANSLATE_NOOP("importers", "un code de devise ISO comme EUR"))


_AMOUNT_LIKE = QT_TRANSLATE_NOOP("importers", "un montant comme {example}")


def amount_example(decimal: str) -> str:
    return "1 234,56" if decimal == "," else "1,234.56"


def parse_amount(value: Cell, decimal: str = ".") -> tuple[int, str] | None:
    """A CSV or Excel amount in integer cents and the currency its symbol names (``"$13.50"`` →
    1350, USD); ``None`` for an empty cell. Raises :class:`ValueProblem`.

    Text as :func:`parse_number` reads it, rounded half up to the cent; Excel numbers exactly
    (a float by its shortest representation); at most :data:`MAX_AMOUNT_CENTS`.
    """
    if isinstance(value, str):  # every CSV cell: tested first
        cents = plain_cents(value, decimal)
        if cents is not None:
            return _checked(cents, decimal), ""
        if not value.strip():
            return None
        try:
            number, currency = parse_number(value, decimal)
            cents = to_cents(number)
        except ValueError:
            raise ValueProblem(_AMOUNT_LIKE, example=amount_example(decimal)) from None
        return _checked(cents, decimal), currency
    if value is None:
        return None
    if isinstance(value, bool | datetime | date):
        raise ValueProblem(_AMOUNT_LIKE, example=amount_example(decimal))
    try:
        cents = to_cents(Decimal(repr(value)) if isinstance(value, float) else value)
    except ValueError:
        raise ValueProblem(_AMOUNT_LIKE, example=amount_example(decimal)) from None
    return _checked(cents, decimal), ""


def _checked(cents: int, decimal: str) -> int:
    if abs(cents) >= MAX_AMOUNT_CENTS:
        raise ValueProblem(
            QT_TRANSLATE_NOOP(
                "importers", "un montant inférieur à 10 000 000 000 (comme {example})"
            ),
            example=amount_example(decimal),
        )
    return cents


_XML_DECIMAL = re.compile(r"^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)$")


def xml_decimal(raw: str) -> Decimal | None:
    """An ``xsd:decimal`` (``"-1234.50"``, ``".5"``) → Decimal; None for anything else (commas,
    exponents, spaces inside, non-ASCII digits…)."""
    raw = raw.strip()
    return Decimal(raw) if _XML_DECIMAL.match(raw) else None


# ---------------------------------------------------------------------------------------------
# Dates

_TIME = r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2}|[AaPp][Mm])?)?"
_ISO = re.compile(r"^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})" + _TIME + "$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})" + _TIME + "$")
_NUMERIC = re.compile(r"^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})" + _TIME + "$")
_DAY_MONTH = re.compile(r"^(\d{1,2})(?:er)?[\s\-./]*([^\W\d_]+)\.?[\s\-./,]*(\d{4}|\d{2})$")
_MONTH_DAY = re.compile(r"^([^\W\d_]+)\.?[\s\-]+(\d{1,2})(?:st|nd|rd|th)?,?[\s\-]+(\d{4})$")
_EXCEL_EPOCH = date(1899, 12, 30)
MONTH_LOCALES = ("en", "fr", "nl", "de")


@cache
def month_numbers() -> dict[str, int]:
    """Month name (accents folded, lower case, no final dot) → month number (see above)."""
    names: dict[str, int] = {}
    prefixes: dict[str, set[int]] = defaultdict(set)
    for locale in MONTH_LOCALES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, locale).items():
                    key = search_key(name).rstrip(".")
                    names[key] = number
                    if width == "wide":
                        for end in range(3, len(key)):
                            prefixes[key[:end]].add(number)
    for prefix, numbers in prefixes.items():
        if len(numbers) == 1 and prefix not in names:
            names[prefix] = next(iter(numbers))
    return names


def read_date(text: str, order: str = "DMY", years: tuple[int, int] = (MIN_YEAR, MAX_YEAR)) -> date:
    """The date ``text`` writes (trimmed, not empty), day and month in ``order`` when both are
    numbers, its year within ``years``. Raises :class:`NotADate`."""
    if len(text) > 40:
        raise NotADate(NotADate.FORM)
    match = _ISO.match(text)
    if match:
        year, month, day = int(match.group(1)), int(match.group(3)), int(match.group(4))
    elif match := _COMPACT.match(text):
        year, month, day = int(match.group(1)), int(match.group(2)), int(match.group(3))
    else:
        year, month, day = _other_date(text, order)
    if not years[0] <= year <= years[1]:
        raise NotADate(NotADate.YEAR)
    try:
        return date(year, month, day)
    except ValueError:
        raise NotADate(NotADate.DAY) from None


def _other_date(text: str, order: str) -> tuple[int, int, int]:
    """(year, month, day) of a numeric day-month date or of a date with a month name."""
    match = _NUMERIC.match(text)
    if match:
        first, second = int(match.group(1)), int(match.group(3))
        day, month = (second, first) if order == "MDY" else (first, second)
        if month > 12:
            raise NotADate(NotADate.FORM)
        return _year(match.group(4)), month, day
    months = month_numbers()
    match = _DAY_MONTH.match(text)
    if match and (named := months.get(search_key(match.group(2)).rstrip("."))):
        return _year(match.group(3)), named, int(match.group(1))
    match = _MONTH_DAY.match(text)
    if match and (named := months.get(search_key(match.group(1)).rstrip("."))):
        return int(match.group(3)), named, int(match.group(2))
    raise NotADate(NotADate.FORM)


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 70 else 1900
    return year


def xml_date(raw: str, fmt: str | None, years: tuple[int, int]) -> date | None:
    """A date of an e-invoice: CII format 102 (``20260131``) or ``xsd:date`` (``2026-01-31``,
    an optional time zone); None for anything else, or outside ``years``.

    ``fmt`` is the CII ``format`` attribute: only 102 is a day; None means ``xsd:date`` (UBL),
    where 102 is accepted as well.
    """
    raw = raw.strip()
    if fmt is not None and fmt not in ("", "102"):
        return None
    if not _XML_DATE.match(raw):
        return None
    try:
        return read_date(raw[:10], "YMD", years)
    except NotADate:
        return None


_XML_DATE = re.compile(r"^[0-9]{8}$|^[0-9]{4}-[0-9]{2}-[0-9]{2}(?:Z|[+-][0-9]{2}:[0-9]{2})?$")


def date_shape(text: str) -> str:
    """The written pattern of a date, without deciding day/month: ``"NN/NN/YYYY"``, ``"ISO"``,
    ``"YYYYMMDD"``, ``"D MMM YYYY"``, ``"MMM D YYYY"``, or ``""`` when it is not a date."""
    text = text.strip()
    if _ISO.match(text):
        return "ISO"
    if _COMPACT.match(text):
        return "YYYYMMDD"
    match = _NUMERIC.match(text)
    if match:
        sep = match.group(2)
        year = "YYYY" if len(match.group(4)) == 4 else "YY"
        return f"NN{sep}NN{sep}{year}"
    if _DAY_MONTH.match(text):
        return "D MMM YYYY"
    if _MONTH_DAY.match(text):
        return "MMM D YYYY"
    return ""


def order_votes(text: str) -> tuple[int, int]:
    """Evidence a numeric date gives about the order: (day first, month first)."""
    match = _NUMERIC.match(text.strip())
    if not match:
        return 0, 0
    first, second = int(match.group(1)), int(match.group(3))
    if first > 12 >= second:
        return 1, 0
    if second > 12 >= first:
        return 0, 1
    return 0, 0


def format_label(shape: str, order: str) -> str:
    """A readable pattern such as ``"DD/MM/YYYY"`` for a shape and a day/month order."""
    if shape == "ISO":
        return "YYYY-MM-DD"
    if shape.startswith("NN"):
        first, second = ("MM", "DD") if order == "MDY" else ("DD", "MM")
        return shape.replace("NN", first, 1).replace("NN", second, 1)
    return shape


# How a date is written, per order; translated (« JJ/MM/AAAA » in French, DD/MM/YYYY in English).
_PATTERNS: dict[str, str] = {
    "DMY": QT_TRANSLATE_NOOP("importers", "JJ/MM/AAAA"),
    "MDY": QT_TRANSLATE_NOOP("importers", "MM/JJ/AAAA"),
    "YMD": QT_TRANSLATE_NOOP("importers", "AAAA-MM-JJ"),
    "YYYYMMDD": QT_TRANSLATE_NOOP("importers", "AAAAMMJJ"),
}
_PATTERN_MESSAGES = {order: Message(CTX, text) for order, text in _PATTERNS.items()}


def date_pattern(order: str) -> Message | str:
    """The written pattern of ``order`` (« JJ/MM/AAAA »), translatable; ``order`` if unknown."""
    return _PATTERN_MESSAGES.get(order, order)


def not_a_date(order: str) -> ValueProblem:
    """The problem of a value that is no date: « une date JJ/MM/AAAA » (``order``)."""
    return ValueProblem(
        QT_TRANSLATE_NOOP("importers", "une date {pattern}"), pattern=date_pattern(order)
    )


def zero_date(text: str) -> bool:
    """True for a date of zeros (``0000-00-00``, ``0000-00-00 00:00:00``, ``00/00/0000``,
    ``00000000``): how MySQL and the tools built on it write « no date »."""
    text = text.strip()
    return (
        text[:1] == "0"
        and not any(ch.isdigit() and ch != "0" for ch in text)
        and bool(date_shape(text))
    )


def shown_order(text: str, order: str) -> str:
    """The pattern a problem about the date ``text`` shows (a key of the patterns): the one
    the value itself is written in (« 2020-13-45 » → AAAA-MM-JJ), else ``order``'s."""
    shape = date_shape(text)
    if shape == "ISO":
        return "YMD"
    if shape == "YYYYMMDD":
        return shape
    return order


def parse_date(value: Cell, order: str = "DMY", column_order: str = "") -> date | None:
    """A CSV or Excel date (:func:`read_date`, years :data:`MIN_YEAR`–:data:`MAX_YEAR`, or a
    real Excel date, or an Excel serial number); ``None`` for an empty cell or a date of zeros
    (:func:`zero_date`). Raises :class:`ValueProblem`, whose pattern is the one the value is
    written in, else ``column_order`` (how the column's other dates are written), else
    ``order``'s.
    """
    if value is None:
        return None
    if isinstance(value, date):  # datetime too
        return _checked_date(value.year, value.month, value.day, order)
    if isinstance(value, bool):
        raise not_a_date(order)
    if isinstance(value, int | float | Decimal):
        serial = int(value)
        if serial != value or not 18264 <= serial <= 73051:  # 1950-01-01 … 2099-12-31
            raise not_a_date(order)
        return _EXCEL_EPOCH + timedelta(days=serial)
    text = value.strip()
    if not text:
        return None
    try:
        return read_date(text, order)
    except NotADate as exc:
        if zero_date(text):
            return None
        shown = shown_order(text, column_order or order)
        raise _date_problem(exc.reason, shown) from None


def _checked_date(year: int, month: int, day: int, order: str) -> date:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise _date_problem(NotADate.YEAR, order)
    return date(year, month, day)


def _date_problem(reason: str, order: str) -> ValueProblem:
    if reason == NotADate.YEAR:
        return ValueProblem(
            QT_TRANSLATE_NOOP("importers", "une date {pattern} entre {first} et {last}"),
            pattern=date_pattern(order),
            first=MIN_YEAR,
            last=MAX_YEAR,
        )
    if reason == NotADate.DAY:
        return ValueProblem(
            QT_TRANSLATE_NOOP("importers", "une date {pattern} qui existe dans le calendrier"),
            pattern=date_pattern(order),
        )
    return not_a_date(order)


def looks_like_date(value: Cell) -> bool:
    if isinstance(value, date):
        return True
    if not isinstance(value, str) or not date_shape(value) or zero_date(value):
        return False
    for order in ("DMY", "MDY"):
        try:
            parse_date(value, order)
        except ValueProblem:
            continue
        return True
    return False


def looks_like_amount(value: Cell) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float | Decimal):
        return True
    if not isinstance(value, str) or not any(ch.isdigit() for ch in value):
        return False
    for decimal in (".", ","):
        try:
            parse_amount(value, decimal)
        except ValueProblem:
            continue
        return True
    return False

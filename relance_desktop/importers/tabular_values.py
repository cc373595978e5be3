"""Cell values of CSV and Excel exports: amounts to integer cents, dates to :class:`date`.

Pure functions, no state. Both parsers are lenient about *shape* (currency symbols, spaces, month
names in English, French or Dutch, ISO date-times) and strict about *meaning*: a value that could
be read two ways is read the way the file's settings say (``decimal``, ``date_order``), and a
value that makes no sense raises :class:`ValueProblem`, which says what was expected: a French
template marked for translation (context « importers ») and its arguments.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from decimal import Decimal

from relance_desktop.domain.money import to_cents
from relance_desktop.domain.text import search_key
from relance_desktop.i18n import QT_TRANSLATE_NOOP, Message
from relance_desktop.importers.records import CTX

# An amount above this (in cents) is taken as a typo or a wrong column: 10 billion.
MAX_AMOUNT_CENTS = 10**12
# Dates outside these years are typos (or an amount read as a date).
MIN_YEAR, MAX_YEAR = 1950, 2100

DATE_ORDERS = ("DMY", "MDY", "YMD")
DECIMALS = (".", ",")
THOUSANDS = ("", ",", ".", " ", "'")

Cell = str | int | float | Decimal | date | None
"""A cell as read: always ``str`` from a CSV; native values from an Excel sheet."""


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


_AMOUNT_LIKE = QT_TRANSLATE_NOOP("importers", "un montant comme {example}")


# ---------------------------------------------------------------------------------------------
# Text of a cell


def cell_text(value: Cell) -> str:
    """The cell as the user would see it (Excel numbers without a useless ``.0``)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    return str(value)


# ---------------------------------------------------------------------------------------------
# Amounts

_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\t": " "})
_SYMBOLS: dict[str, str] = {
    "US$": "USD",
    "CA$": "CAD",
    "AU$": "AUD",
    "€": "EUR",
    "$": "USD",
    "£": "GBP",
    "₪": "ILS",
    "¥": "JPY",
    "₹": "INR",
    "CHF": "CHF",
    "FR.": "CHF",
}
_SYMBOL_TEXTS = tuple(_SYMBOLS)
_CODE = re.compile(r"^([A-Z]{3})\s*|\s*([A-Z]{3})$")
_NUMBER = re.compile(r"^\d[\d ,.'’]*$")
_GROUPED = re.compile(r"^\d{1,3}(?:[ ,.'’]\d{3})+$")
_GROUPED_PLAIN = re.compile(r"^(-?)(\d{1,3}([ .,])\d{3}(?:\3\d{3})*)([.,]\d{1,2})?$")
_PLAIN = re.compile(r"^\s*(-?)(\d{1,15})(?:[.,](\d{1,2}))?\s*$")


def amount_example(decimal: str) -> str:
    return "1 234,56" if decimal == "," else "1,234.56"


def _strip_currency(text: str) -> tuple[str, str]:
    """Remove a currency symbol or ISO code in front or behind: (rest, ISO code or "")."""
    upper = text.upper()
    # Which symbol, only when there is one (one look-up for all the symbols first).
    if upper.startswith(_SYMBOL_TEXTS) or upper.endswith(_SYMBOL_TEXTS):
        for symbol, code in _SYMBOLS.items():
            if upper.startswith(symbol):
                return text[len(symbol) :].strip(), code
            if upper.endswith(symbol):
                return text[: -len(symbol)].strip(), code
    match = _CODE.search(text)
    if match:
        code = match.group(1) or match.group(2)
        return (text[: match.start()] + text[match.end() :]).strip(), code
    return text, ""


def _digits(text: str, decimal: str) -> str:
    """``"1 234,56"`` → ``"1234.56"`` following ``decimal``; raise when the shape is wrong."""
    if not _NUMBER.match(text):
        raise ValueProblem("")
    text = text.replace("’", "'")
    points, commas = text.count("."), text.count(",")
    dec = ""
    if points and commas:
        dec = "." if text.rfind(".") > text.rfind(",") else ","
    elif points + commas == 1:
        sep = "." if points else ","
        head, _, tail = text.partition(sep)
        if len(tail) != 3 or sep == decimal or " " in head or "'" in head:
            dec = sep
    # else: no separator, or one kind repeated (« 1.234.567 »): thousands only
    head, tail = text, ""
    if dec:
        head, _, tail = text.rpartition(dec)
        if not tail.isdigit():
            raise ValueProblem("")
    if not head.isdigit():
        groups = {ch for ch in head if not ch.isdigit()}
        if not _GROUPED.match(head) or len(groups) > 1 or dec in groups:
            raise ValueProblem("")
        head = "".join(ch for ch in head if ch.isdigit())
    return f"{head}.{tail}" if tail else head


def parse_amount(value: Cell, decimal: str = ".") -> tuple[int, str] | None:
    """An amount in integer cents and the currency its symbol names (``"$13.50"`` → 1350, USD).

    ``None`` for an empty cell. Handles spaces, no-break spaces and apostrophes as thousands
    separators, ``"1,020.00"`` and ``"1.234,56"`` whatever ``decimal`` says (the last separator
    is the decimal one), negatives as ``-12``, ``12-`` or ``(12.00)``. A lone separator followed
    by three digits (``"1.234"``) is read as ``decimal`` says.
    """
    if isinstance(value, str):  # every CSV cell: tested first
        # Fast path, most amounts of a file: digits, ``decimal`` and two digits (« 8952,81 »).
        # Ten digits at most before the mark, so always below MAX_AMOUNT_CENTS. Anything else
        # (a sign, spaces, a symbol, one decimal…) goes on to the general reading below.
        units, _, hundredths = value.partition(decimal)
        if (
            len(hundredths) == 2
            and len(units) <= 10
            and units.isdecimal()
            and hundredths.isdecimal()
        ):
            return int(units + hundredths), ""
        plain = _PLAIN.match(value)
        if plain:  # the common case, « 1234 », « -12.5 », « 74,70 »: no doubt, no symbol
            sign, units, cents_text = plain.groups()
            cents = int(units) * 100 + (int(cents_text.ljust(2, "0")) if cents_text else 0)
            return _checked(-cents if sign else cents, decimal), ""
        return _text_amount(value, decimal)
    if value is None:
        return None
    if isinstance(value, bool | datetime | date):
        raise ValueProblem(_AMOUNT_LIKE, example=amount_example(decimal))
    try:
        cents = to_cents(Decimal(repr(value)) if isinstance(value, float) else value)
    except ValueError:
        raise ValueProblem(_AMOUNT_LIKE, example=amount_example(decimal)) from None
    return _checked(cents, decimal), ""


def _text_amount(value: str, decimal: str) -> tuple[int, str] | None:
    """:func:`parse_amount` of a text that is not a plain number (symbols, thousands…)."""
    text = value.translate(_SPACES).strip()
    if not text:
        return None
    grouped = _GROUPED_PLAIN.match(text)
    if grouped:  # « 1 234,56 », « 1.234,56 », « 1,020.00 »: thousands and decimal both clear
        sign, head, thousands, tail = grouped.groups()
        if (tail and tail[0] != thousands) or (
            not tail and (thousands == " " or head.count(thousands) > 1)
        ):
            digits = head.replace(thousands, "")
            cents = int(digits) * 100 + (int(tail[1:].ljust(2, "0")) if tail else 0)
            return _checked(-cents if sign else cents, decimal), ""
    negative = False
    if text.startswith("(") and text.endswith(")"):
        negative, text = True, text[1:-1].strip()
    text, currency = _strip_currency(text)
    for minus in ("-", "−", "–"):
        if text.startswith(minus):
            negative, text = not negative, text[1:].strip()
        elif text.endswith(minus):
            negative, text = not negative, text[:-1].strip()
    if text.startswith("+"):
        text = text[1:].strip()
    if not currency:
        text, currency = _strip_currency(text)
    if len(text) > 40:
        raise ValueProblem(_AMOUNT_LIKE, example=amount_example(decimal))
    try:
        number = _digits(text, decimal)
        cents = to_cents(number)
    except ValueError:
        raise ValueProblem(_AMOUNT_LIKE, example=amount_example(decimal)) from None
    return _checked(-cents if negative else cents, decimal), currency


def _checked(cents: int, decimal: str) -> int:
    if abs(cents) >= MAX_AMOUNT_CENTS:
        raise ValueProblem(
            QT_TRANSLATE_NOOP(
                "importers", "un montant inférieur à 10 000 000 000 (comme {example})"
            ),
            example=amount_example(decimal),
        )
    return cents


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


# ---------------------------------------------------------------------------------------------
# Dates

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "jan january janv janvier januari jan.",
        "feb february fev fevr fevrier februari",
        "mar march mars maart mrt",
        "apr april avr avril",
        "may mai mei",
        "jun june juin juni",
        "jul july juil juillet juli",
        "aug august aou aout augustus",
        "sep sept september septembre",
        "oct october octobre okt oktober",
        "nov november novembre",
        "dec december decembre",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number

_TIME = r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2}|[AaPp][Mm])?)?"
_ISO = re.compile(r"^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})" + _TIME + "$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_NUMERIC = re.compile(r"^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})" + _TIME + "$")
_DAY_MONTH = re.compile(r"^(\d{1,2})(?:er)?[\s\-./]*([^\W\d_]+)\.?[\s\-./,]*(\d{4}|\d{2})$")
_MONTH_DAY = re.compile(r"^([^\W\d_]+)\.?[\s\-]+(\d{1,2})(?:st|nd|rd|th)?,?[\s\-]+(\d{4})$")
_EXCEL_EPOCH = date(1899, 12, 30)


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


def format_label(shape: str, order: str) -> str:
    """A readable pattern such as ``"DD/MM/YYYY"`` for a shape and a day/month order."""
    if shape == "ISO":
        return "YYYY-MM-DD"
    if shape.startswith("NN"):
        first, second = ("MM", "DD") if order == "MDY" else ("DD", "MM")
        return shape.replace("NN", first, 1).replace("NN", second, 1)
    return shape


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 70 else 1900
    return year


def _make(year: int, month: int, day: int, order: str) -> date:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValueProblem(
            QT_TRANSLATE_NOOP("importers", "une date {pattern} entre {first} et {last}"),
            pattern=date_pattern(order),
            first=MIN_YEAR,
            last=MAX_YEAR,
        )
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueProblem(
            QT_TRANSLATE_NOOP("importers", "une date {pattern} qui existe dans le calendrier"),
            pattern=date_pattern(order),
        ) from None


def _month(name: str) -> int | None:
    return _MONTHS.get(search_key(name).rstrip("."))


# How a date is written, per order; translated (« JJ/MM/AAAA » in French, DD/MM/YYYY in English).
_PATTERNS: dict[str, str] = {
    "DMY": QT_TRANSLATE_NOOP("importers", "JJ/MM/AAAA"),
    "MDY": QT_TRANSLATE_NOOP("importers", "MM/JJ/AAAA"),
    "YMD": QT_TRANSLATE_NOOP("importers", "AAAA-MM-JJ"),
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


def parse_date(value: Cell, order: str = "DMY") -> date | None:
    """A date from a cell; ``None`` for an empty one.

    Always understood: ISO ``YYYY-MM-DD`` (with or without a time), ``YYYYMMDD``, month names
    (``"Jan 28 2021"``, ``"28 janv. 2021"``, ``"28 januari 2021"``), real Excel dates and Excel
    serial numbers. Numeric day-month dates (``01/02/2021``, ``01.02.21``) follow ``order``
    (``"DMY"`` or ``"MDY"``).
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return _make(value.year, value.month, value.day, order)
    if isinstance(value, date):
        return _make(value.year, value.month, value.day, order)
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
    if len(text) > 40:
        raise not_a_date(order)
    match = _ISO.match(text)
    if match:
        return _make(int(match.group(1)), int(match.group(3)), int(match.group(4)), order)
    match = _COMPACT.match(text)
    if match:
        return _make(int(match.group(1)), int(match.group(2)), int(match.group(3)), order)
    match = _NUMERIC.match(text)
    if match:
        first, second = int(match.group(1)), int(match.group(3))
        day, month = (second, first) if order == "MDY" else (first, second)
        if month > 12:
            raise not_a_date(order)
        return _make(_year(match.group(4)), month, day, order)
    match = _DAY_MONTH.match(text)
    if match and (named := _month(match.group(2))):
        return _make(_year(match.group(3)), named, int(match.group(1)), order)
    match = _MONTH_DAY.match(text)
    if match and (named := _month(match.group(1))):
        return _make(int(match.group(3)), named, int(match.group(2)), order)
    raise not_a_date(order)


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


def looks_like_date(value: Cell) -> bool:
    if isinstance(value, date):
        return True
    if not isinstance(value, str):
        return False
    if not date_shape(value):
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
    try:
        parse_amount(value, ".")
    except ValueProblem:
        try:
            parse_amount(value, ",")
        except ValueProblem:
            return False
    return True


# ---------------------------------------------------------------------------------------------
# Other values

_COUNTRIES: dict[str, str] = {
    "france": "FR",
    "belgique": "BE",
    "belgium": "BE",
    "belgie": "BE",
    "belgien": "BE",
    "luxembourg": "LU",
    "luxemburg": "LU",
    "suisse": "CH",
    "switzerland": "CH",
    "schweiz": "CH",
    "zwitserland": "CH",
    "allemagne": "DE",
    "germany": "DE",
    "deutschland": "DE",
    "duitsland": "DE",
    "pays-bas": "NL",
    "netherlands": "NL",
    "nederland": "NL",
    "the netherlands": "NL",
    "espagne": "ES",
    "spain": "ES",
    "espana": "ES",
    "italie": "IT",
    "italy": "IT",
    "italia": "IT",
    "royaume-uni": "GB",
    "united kingdom": "GB",
    "uk": "GB",
    "etats-unis": "US",
    "united states": "US",
    "usa": "US",
    "canada": "CA",
    "monaco": "MC",
    "portugal": "PT",
    "irlande": "IE",
    "ireland": "IE",
    "israel": "IL",
}


def country_code(text: str) -> str:
    """ISO 3166 alpha-2 for a code or a common country name; "" when unknown."""
    text = text.strip()
    if len(text) == 2 and text.isascii() and text.isalpha():
        return text.upper()
    return _COUNTRIES.get(search_key(text), "")


def currency_code(text: str) -> str:
    """``"eur"``, ``"€"`` → ``"EUR"``; raise :class:`ValueProblem` for anything else."""
    text = text.strip()
    symbol = _SYMBOLS.get(text.upper())
    if symbol:
        return symbol
    if len(text) == 3 and text.isascii() and text.isalpha():
        return text.upper()
    raise ValueProblem(QT_TRANSLATE_NOOP("importers", "un code de devise ISO comme EUR"))

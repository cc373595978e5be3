"""Amounts, dates and phone numbers formatted for the user's locale (babel, phonenumbers).

One :class:`Formatter` per session; cheap to call from item models (babel's pattern objects are
cached by babel itself).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from babel import Locale
from babel.dates import format_date, format_datetime, format_time
from babel.numbers import (
    format_currency,
    format_decimal,
    format_percent,
    get_decimal_symbol,
    get_group_symbol,
)

from relance_desktop.domain.money import from_cents, to_cents
from relance_desktop.i18n import DEFAULT_LOCALE

if TYPE_CHECKING:  # phonenumbers is imported on first use: its metadata is slow to load
    import phonenumbers

_SPACES = re.compile(r"[\s\u00a0\u202f']")


class Formatter:
    def __init__(self, locale: str = DEFAULT_LOCALE) -> None:
        self.locale = Locale.parse(locale)
        self.locale_name = str(self.locale)
        self.region = self.locale.territory or "FR"
        self._decimal = get_decimal_symbol(self.locale)
        self._group = get_group_symbol(self.locale)
        self._money: dict[str, _MoneyLayout | None] = {}  # per currency; None: babel each time
        self._dates: dict[dt.date, str] = {}

    # -- money -------------------------------------------------------------------------------
    def money(self, cents: int, currency: str = "EUR") -> str:
        fast = self._money.get(currency)
        if fast is None:
            fast = self._money[currency] = _MoneyLayout.of(self.locale, currency)
        if fast:
            return fast.write(cents)
        return format_currency(from_cents(cents), currency, locale=self.locale)

    def number(self, cents: int) -> str:
        """An amount without currency sign, with two decimals (for tables of one currency)."""
        return format_decimal(from_cents(cents), format="#,##0.00", locale=self.locale)

    def parse_money(self, text: str) -> int:
        """Parse what a user types (« 1 234,56 », « 1234.56 », « 1.234,56 € ») into cents.

        Raises ValueError with no partial result on anything that is not one amount.
        """
        cleaned = _SPACES.sub("", text.replace("€", "").replace("EUR", "")).strip()
        if not cleaned or not re.fullmatch(r"[-+]?[\d.,]+", cleaned):
            raise ValueError(text)
        sign = -1 if cleaned.startswith("-") else 1
        cleaned = cleaned.lstrip("+-")
        last_dot, last_comma = cleaned.rfind("."), cleaned.rfind(",")
        if last_dot >= 0 and last_comma >= 0:
            # Both present: the rightmost one is the decimal separator.
            dec = "." if last_dot > last_comma else ","
            grp = "," if dec == "." else "."
            cleaned = cleaned.replace(grp, "").replace(dec, ".")
        elif last_comma >= 0 or last_dot >= 0:
            sep = "," if last_comma >= 0 else "."
            head, _, tail = cleaned.rpartition(sep)
            if cleaned.count(sep) > 1:
                if len(tail) != 3:
                    raise ValueError(text)
                cleaned = cleaned.replace(sep, "")
            elif len(tail) == 3 and sep == self._group.strip() and sep != self._decimal:
                cleaned = head + tail
            else:
                cleaned = head.replace(sep, "") + "." + tail
        try:
            value = Decimal(cleaned)
            if value != value.quantize(Decimal("0.01")):
                raise ValueError(text)
        except InvalidOperation as exc:  # not a number, or too many digits to be an amount
            raise ValueError(text) from exc
        return sign * to_cents(value)

    def decimal(self, value: Decimal) -> str:
        """A rate or quantity as the locale writes it (« 8,5 »), all its digits kept."""
        return format_decimal(value, locale=self.locale, decimal_quantization=False)

    def percent(self, value: Decimal) -> str:
        """A rate given in percent (Decimal("13.15")) → « 13,15 % »; no float on the way."""
        return format_percent(value / 100, locale=self.locale, decimal_quantization=False)

    # -- dates -------------------------------------------------------------------------------
    def date(self, value: dt.date | None) -> str:
        """The locale's short date with two-digit day and month and a four-digit year
        (« 01/01/2026 » in fr_BE and nl_BE too, whose short pattern would give « 1/01/26 »)."""
        if value is None:
            return ""
        text = self._dates.get(value)
        if text is None:  # (a list shows the same days again and again: babel once a day)
            if len(self._dates) >= 10_000:
                self._dates.clear()
            text = self._dates[value] = str(format_date(value, format=_date_pattern(self.locale),
                                                        locale=self.locale))
        return text

    def long_date(self, value: dt.date | None) -> str:
        """A date for a person to read, with its weekday: « dimanche 6 décembre 2026 »,
        « Sunday, 6 December 2026 », « zondag 6 december 2026 »."""
        if value is None:
            return ""
        return str(format_date(value, format="full", locale=self.locale))

    def datetime(self, value: dt.datetime | None) -> str:
        if value is None:
            return ""
        return format_datetime(value, format="short", locale=self.locale)

    def time(self, value: dt.time) -> str:
        """« 10:00 » (« 10:00 » in English too: 24-hour clock for FR/BE/GB/IE locales)."""
        return str(format_time(value, format="short", locale=self.locale))

    def parse_date(self, text: str) -> dt.date:
        """Parse DD/MM/YYYY (and DD.MM.YYYY, DD-MM-YYYY) or ISO YYYY-MM-DD."""
        text = text.strip()
        m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        m = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})", text)
        if not m:
            raise ValueError(text)
        first, second, year = int(m[1]), int(m[2]), int(m[3])
        if self.locale.territory == "US":
            first, second = second, first
        return dt.date(year, second, first)

    # -- phones ------------------------------------------------------------------------------
    def phone(self, raw: str, country: str | None = None) -> str:
        """National format for numbers of the user's region, international otherwise."""
        import phonenumbers

        number = parse_phone(raw, country or self.region)
        if number is None:
            return raw
        fmt = (
            phonenumbers.PhoneNumberFormat.NATIONAL
            if phonenumbers.region_code_for_number(number) == self.region
            else phonenumbers.PhoneNumberFormat.INTERNATIONAL
        )
        return phonenumbers.format_number(number, fmt)


def parse_phone(raw: str, country: str = "FR") -> phonenumbers.PhoneNumber | None:
    import phonenumbers

    if not raw or not raw.strip():
        return None
    try:
        number = phonenumbers.parse(raw, country)
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_possible_number(number) else None


def normalise_phone(raw: str, country: str = "FR") -> str:
    """E.164 (``+33123456789``) for storage and ``tel:`` links; raises ValueError when invalid."""
    import phonenumbers

    number = parse_phone(raw, country)
    if number is None or not phonenumbers.is_valid_number(number):
        raise ValueError(raw)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


# Amounts babel's layout is checked on before it is reused (cents): the edges of grouping,
# of the cents, of the sign.
_MONEY_CHECKS = (0, 1, 5, 99, 100, 999, 1_000, 99_999, 100_000, 123_456, 1_000_000, 12_345_678,
                 100_000_000_00, 123_456_789_012_34, -1, -99, -100_000, -123_456_789)


class _MoneyLayout:
    """An amount in one currency written as babel writes it, without asking babel each time.

    ``format_currency`` costs 19–25 µs an amount (fr_FR, en_GB, nl_BE), most of a list cell's
    cost when a search shows new rows. Babel writes the amounts of a locale and currency with
    the same prefix and suffix (sign and currency sign), grouping and symbols: those are read
    from babel's own output once (:meth:`of`), and the layout is kept only if it gives exactly
    babel's text on :data:`_MONEY_CHECKS` (else babel is asked every time: a currency without
    cents, a locale that does not group four digits…). About 2 µs an amount."""

    def __init__(self, group: str, decimal: str, plus: tuple[str, str],
                 minus: tuple[str, str]) -> None:
        self.group, self.decimal, self.plus, self.minus = group, decimal, plus, minus

    def body(self, cents: int) -> str:
        units, hundredths = divmod(abs(cents), 100)
        return f"{units:,}".replace(",", self.group) + f"{self.decimal}{hundredths:02d}"

    def write(self, cents: int) -> str:
        before, after = self.minus if cents < 0 else self.plus
        return before + self.body(cents) + after

    @classmethod
    def of(cls, locale: Locale, currency: str) -> _MoneyLayout | None:
        """The layout of ``currency`` in ``locale``, if it gives babel's text exactly."""
        def babel(cents: int) -> str:
            return str(format_currency(from_cents(cents), currency, locale=locale))

        layout = cls(get_group_symbol(locale), get_decimal_symbol(locale), ("", ""), ("", ""))
        sides = []
        for probe in (123_456_789, -123_456_789):  # (a text without the body fails below)
            before, _, after = babel(probe).partition(layout.body(probe))
            sides.append((before, after))
        layout.plus, layout.minus = sides
        if any(layout.write(cents) != babel(cents) for cents in _MONEY_CHECKS):
            return None
        return layout


@functools.lru_cache(maxsize=16)
def _date_pattern(locale: str) -> str:
    """The locale's short date pattern with ``dd``, ``MM`` and ``yyyy`` (order and separators
    kept): « d/MM/yy » → « dd/MM/yyyy »."""
    pattern = str(Locale.parse(locale).date_formats["short"].pattern)
    pattern = re.sub(r"(?<!d)d(?!d)", "dd", pattern)
    pattern = re.sub(r"(?<!M)M(?!M)", "MM", pattern)
    return re.sub(r"y+", "yyyy", pattern)

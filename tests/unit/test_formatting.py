"""Amounts, dates and phone numbers as each locale writes them (babel, phonenumbers)."""

from __future__ import annotations

from datetime import date

import pytest

from relance_desktop.formatting import Formatter, normalise_phone, parse_phone

NNBSP = "\u202f"  # narrow no-break space: the French thousands separator
NBSP = "\u00a0"  # no-break space: between the amount and « € »


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("fr_FR", f"1{NNBSP}234,56{NBSP}€"),
        ("fr_BE", f"1{NNBSP}234,56{NBSP}€"),
        ("nl_BE", f"€{NBSP}1.234,56"),
        ("en_GB", "€1,234.56"),
    ],
)
def test_money_uses_the_locale_typography(locale: str, text: str) -> None:
    assert Formatter(locale).money(123456) == text


def test_french_money_never_breaks_a_line_inside_an_amount() -> None:
    fmt = Formatter("fr_FR")
    text = fmt.money(123456789)
    assert text == f"1{NNBSP}234{NNBSP}567,89{NBSP}€"
    assert " " not in text
    assert fmt.money(-5) == f"-0,05{NBSP}€"
    assert fmt.money(0) == f"0,00{NBSP}€"
    assert fmt.number(123456) == f"1{NNBSP}234,56"


@pytest.mark.parametrize("locale", ["fr_FR", "fr_BE", "nl_BE", "en_GB"])
def test_dates_have_a_four_digit_year(locale: str) -> None:
    fmt = Formatter(locale)
    assert fmt.date(date(2026, 11, 23)) == "23/11/2026"
    assert fmt.date(date(2005, 1, 5)).endswith("/01/2005")
    assert fmt.date(None) == ""


def test_french_date_is_day_first_and_zero_padded() -> None:
    assert Formatter("fr_FR").date(date(2026, 1, 5)) == "05/01/2026"


@pytest.mark.parametrize("text", ["23/11/2026", "23.11.2026", "23-11-2026", " 2026-11-23 "])
def test_parse_date(text: str) -> None:
    assert Formatter("fr_FR").parse_date(text) == date(2026, 11, 23)


@pytest.mark.parametrize("text", ["", "23/11/26", "31/02/2026", "demain", "2026/11/23"])
def test_parse_date_refuses_what_is_not_a_date(text: str) -> None:
    with pytest.raises(ValueError):
        Formatter("fr_FR").parse_date(text)


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("1 234,56", 123456),
        (f"1{NNBSP}234,56", 123456),
        (f"1{NBSP}234,56{NBSP}€", 123456),
        ("1234.56", 123456),
        ("1.234,56", 123456),
        ("1,234.56", 123456),
        ("1234,5", 123450),
        ("12", 1200),
        ("-12,30", -1230),
        ("1 234 567,89 EUR", 123456789),
        ("€1,234.56", 123456),
    ],
)
def test_parse_money_accepts_what_users_type(text: str, cents: int) -> None:
    assert Formatter("fr_FR").parse_money(text) == cents


@pytest.mark.parametrize(
    ("locale", "text", "cents"),
    [("nl_BE", "1.234", 123400), ("en_GB", "1,234", 123400), ("en_GB", "12.5", 1250)],
)
def test_parse_money_reads_a_lone_group_separator_per_locale(
    locale: str, text: str, cents: int
) -> None:
    assert Formatter(locale).parse_money(text) == cents


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "€",
        "abc",
        "12 euros",
        "12,34,56",
        "1.234,567",  # three decimals
        "0,001",
        "1e5",
        "--5",
        "9" * 40,  # more digits than any amount: a message, not a crash
    ],
)
def test_parse_money_refuses_garbage(text: str) -> None:
    with pytest.raises(ValueError):
        Formatter("fr_FR").parse_money(text)


@pytest.mark.parametrize(
    ("locale", "stored", "shown"),
    [
        ("fr_FR", "+33123456789", "01 23 45 67 89"),
        ("fr_FR", "+3223456789", "+32 2 345 67 89"),
        ("fr_BE", "+3223456789", "02 345 67 89"),
        ("nl_BE", "+32470123456", "0470 12 34 56"),
        ("fr_BE", "+33612345678", "+33 6 12 34 56 78"),
        ("en_GB", "+33123456789", "+33 1 23 45 67 89"),
    ],
)
def test_phone_is_national_at_home_and_international_abroad(
    locale: str, stored: str, shown: str
) -> None:
    assert Formatter(locale).phone(stored) == shown


def test_phone_that_cannot_be_parsed_is_shown_as_typed() -> None:
    assert Formatter("fr_FR").phone("standard, poste 12") == "standard, poste 12"
    assert Formatter("fr_FR").phone("") == ""


def test_national_phone_of_another_country_is_read_with_that_country() -> None:
    assert Formatter("fr_BE").phone("01 23 45 67 89", country="FR") == "+33 1 23 45 67 89"


@pytest.mark.parametrize(
    ("raw", "country", "e164"),
    [
        ("01 23 45 67 89", "FR", "+33123456789"),
        ("06.12.34.56.78", "FR", "+33612345678"),
        ("+33 (0)1 23 45 67 89", "FR", "+33123456789"),
        ("0470 12 34 56", "BE", "+32470123456"),
        ("02/345.67.89", "BE", "+3223456789"),
        ("+32 2 345 67 89", "FR", "+3223456789"),  # an explicit prefix wins
    ],
)
def test_normalise_phone_to_e164(raw: str, country: str, e164: str) -> None:
    assert normalise_phone(raw, country) == e164


@pytest.mark.parametrize("raw", ["", "12", "abc", "01 23", "+33 6 39 12 34 56"])
def test_normalise_phone_refuses_invalid_numbers(raw: str) -> None:
    with pytest.raises(ValueError):
        normalise_phone(raw, "FR")


def test_parse_phone_returns_none_rather_than_raising() -> None:
    assert parse_phone("", "FR") is None
    assert parse_phone("not a number", "FR") is None
    assert parse_phone("01 23 45 67 89", "FR") is not None


@pytest.mark.parametrize(("locale", "expected"), [
    ("fr_FR", "01/01/2026"), ("fr_BE", "01/01/2026"), ("nl_BE", "01/01/2026"),
    ("en_GB", "01/01/2026"), ("nl_NL", "01-01-2026")])
def test_short_dates_have_two_digit_day_and_month_and_four_digit_year(locale: str,
                                                                      expected: str) -> None:
    assert Formatter(locale).date(date(2026, 1, 1)) == expected


@pytest.mark.parametrize(("locale", "expected"), [
    ("fr_FR", "dimanche 6 décembre 2026"),
    ("fr_BE", "dimanche 6 décembre 2026"),
    ("en_GB", "Sunday, 6 December 2026"),
    ("nl_BE", "zondag 6 december 2026"),
])
def test_a_date_for_a_person_to_read_names_the_weekday(locale: str, expected: str) -> None:
    assert Formatter(locale).long_date(date(2026, 12, 6)) == expected
    assert Formatter(locale).long_date(None) == ""


# Amounts where writing them could go wrong: grouping edges, cents, signs, the largest ones.
EDGE_CENTS = (0, 1, 9, 10, 99, 100, 101, 999, 1_000, 9_999, 10_000, 99_999, 100_000, 123_456,
              999_999, 1_000_000, 100_000_000, 987_654_321, 10**13, 10**15 + 7, -1, -99, -100,
              -1_000, -123_456, -987_654_321)


@pytest.mark.parametrize("locale", ["fr_FR", "fr_BE", "nl_BE", "nl_NL", "en_GB", "en_US",
                                    "de_CH", "es_ES"])
@pytest.mark.parametrize("currency", ["EUR", "USD", "GBP", "CHF", "JPY"])
def test_money_is_written_exactly_as_babel_writes_it(locale: str, currency: str) -> None:
    """Money is written without asking babel each time (a list cell in about 2 µs, not 20);
    whatever the locale and currency, the text is babel's own, character for character (a
    currency without cents and a locale written otherwise are left to babel)."""
    import random

    from babel.numbers import format_currency

    from relance_desktop.domain.money import from_cents

    fmt = Formatter(locale)
    draw = random.Random(f"{locale}{currency}")
    amounts = [*EDGE_CENTS, *(draw.randint(-10**12, 10**12) for _ in range(400)),
               *(draw.randint(0, 10**6) for _ in range(400))]
    for cents in amounts:
        expected = format_currency(from_cents(cents), currency, locale=fmt.locale)
        assert fmt.money(cents, currency) == expected, (cents, currency, locale)


def test_money_layouts_are_kept_only_where_they_match_babel() -> None:
    from relance_desktop.formatting import _MoneyLayout

    french = Formatter("fr_FR").locale
    layout = _MoneyLayout.of(french, "EUR")
    assert layout is not None and layout.write(-123_456) == f"-1{NNBSP}234,56{NBSP}€"
    assert _MoneyLayout.of(french, "JPY") is None  # no cents: babel rounds to the yen

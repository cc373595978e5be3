"""importers.values: the one way every importer reads text, numbers and dates."""

from __future__ import annotations

import codecs
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from relance_desktop.domain.money import to_cents
from relance_desktop.importers.fec import read_fec
from relance_desktop.importers.tabular import sniff
from relance_desktop.importers.values import (
    NotADate,
    NotANumber,
    currency_code,
    currency_symbols,
    decode,
    decoding_problems,
    month_numbers,
    parse_amount,
    parse_number,
    plain_cents,
    read_date,
    xml_date,
    xml_decimal,
)

# ---------------------------------------------------------------------------------------------
# Text


@pytest.mark.parametrize(
    ("raw", "text", "encoding"),
    [
        (b"caf\xc3\xa9", "café", "utf-8"),
        (codecs.BOM_UTF8 + b"caf\xc3\xa9", "café", "utf-8-sig"),
        ("café".encode("utf-16"), "café", "utf-16"),
        (b"caf\xe9 \x80 \x92", "café € ’", "cp1252"),
        (b"caf\xe9 \x81", "café \x81", "cp1252"),  # undefined in cp1252: read as Latin-1
        (b"\xc3\xa9\n\xc3\xa9\nRen\xe9\n", "é\né\nRené\n", "utf-8"),  # mostly UTF-8
    ],
)
def test_one_decoding_rule(raw: bytes, text: str, encoding: str) -> None:
    decoded = decode(raw)
    assert (decoded.text, decoded.encoding) == (text, encoding)


def test_forced_encodings() -> None:
    assert decode(b"\xa4", "iso8859-15").text == "€"
    assert decode(b"\xa4", "latin-1").text == "¤"
    assert decode(b"caf\xe9", "no-such-codec") == decode(b"caf\xe9", "cp1252")
    assert decode(b"caf\xe9", "utf-8").text == "caf\ufffd"


def test_unreadable_bytes_are_reported_on_their_line() -> None:
    cp = decode(b"a\r\nb\x81c\x8d\rd\x90\n")
    assert [(p.line, p.found) for p in decoding_problems(cp, "f.csv")] == [
        (2, "0x81"),
        (2, "0x8D"),
        (3, "0x90"),  # a CR alone ends a line, as the csv module counts them
    ]
    utf8 = decode("é\né\nRen\xe9 et \xe9\n".encode().replace(b"\xc3\xa9 ", b"\xe9 "))
    (problem,) = decoding_problems(utf8, "f.csv")
    assert (problem.line, problem.field, problem.severity.value) == (3, "encodage", "warning")
    assert decoding_problems(decode(b"plain"), "f.csv") == []


def test_csv_and_fec_readers_decode_the_same_bytes_the_same_way(tmp_path: Path) -> None:
    header = (
        "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\t"
        "CompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\t"
        "ValidDate\tMontantdevise\tIdevise"
    )
    line = "VE\tVentes\t1\t20230110\t411000\tClients\tC1\tNAME\tF1\t20230110\tVente\t10,00"
    line += "\t" * 6
    for name in (b"Caf\xe9 \x80", b"Caf\xe9 \x81", "Café".encode(), b"\xc3\xa9\xe9"):
        path = tmp_path / "FEC.txt"
        path.write_bytes(f"{header}\n{line}\n".encode().replace(b"NAME", name))
        fec = read_fec(path)
        assert fec.encoding == sniff(path).encoding
        assert fec.customers[0].name == decode(name).text


# ---------------------------------------------------------------------------------------------
# Numbers


@pytest.mark.parametrize(
    ("text", "decimal", "number", "currency"),
    [
        ("1,234.56", ".", "1234.56", ""),
        ("1.234,56", ".", "1234.56", ""),  # both marks: the last one is decimal
        ("1 234,56", ",", "1234.56", ""),
        ("1\u202f234,56 €", ",", "1234.56", "EUR"),
        ("1'234.56", ".", "1234.56", ""),
        ("1’234,56", ",", "1234.56", ""),
        ("1 234.56", ".", "1234.56", ""),
        ("1.234", ",", "1234", ""),  # three digits after a lone mark: the file decides
        ("1.234", ".", "1.234", ""),
        ("1,5", ".", "1.5", ""),  # any other count of digits: decimal
        ("(12.00)", ".", "-12.00", ""),
        ("12,50-", ",", "-12.50", ""),
        ("12,50+", ",", "12.50", ""),
        ("−5", ".", "-5", ""),
        ("$13.50", ".", "13.50", "USD"),
        ("-$5", ".", "-5", "USD"),
        ("CA$ 10", ".", "10", "CAD"),
        ("R$ 10", ".", "10", "BRL"),
        ("EUR 1'234.50", ".", "1234.50", "EUR"),
        ("٣٤,٥٦", ",", "34.56", ""),
        ("0000000074,70", ",", "74.70", ""),
    ],
)
def test_numbers(text: str, decimal: str, number: str, currency: str) -> None:
    assert parse_number(text, decimal) == (Decimal(number), currency)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "douze",
        "1e5",
        "NaN",
        "1_000",
        "12,34.5",
        "1,2,3",
        "1 234.567,89",
        "0,500",
        "12.",
        "--5",
        "12 usd",  # a code is in capitals
    ],
)
def test_not_numbers(text: str) -> None:
    with pytest.raises(NotANumber):
        parse_number(text, ".")


@settings(max_examples=200, deadline=None)
@given(
    st.from_regex(r"\A[0-9]{1,13}([.,][0-9]{2})?\Z"),
    st.sampled_from([",", "."]),
)
def test_plain_cents_is_parse_number_made_quick(text: str, decimal: str) -> None:
    quick = plain_cents(text, decimal)
    if quick is not None:
        assert quick == to_cents(parse_number(text, decimal)[0])
    elif text.rpartition(decimal)[2] == text[-2:]:  # the file's own mark: always quick
        pytest.fail(f"{text!r} should be plain")


def test_plain_cents_leaves_anything_else() -> None:
    for text in ("", "-1,00", " 1,00", "1,0", "1.00", "1 000,00", "$1,00", "1" * 14):
        assert plain_cents(text, ",") is None, text


def test_currency_symbols_come_from_babel() -> None:
    symbols = currency_symbols()
    assert symbols["$"] == "USD" and symbols["€"] == "EUR" and symbols["CA$"] == "CAD"
    assert symbols["US$"] == "USD" and symbols["FR."] == "CHF"
    assert list(symbols) == sorted(symbols, key=len, reverse=True)  # « US$ » before « $ »
    assert currency_code("€") == "EUR" and currency_code("eur") == "EUR"


def test_excel_cells_and_limits() -> None:
    assert parse_amount(1234.565, ".") == (123457, "")
    assert parse_amount("9999999999,99", ",") == (999_999_999_999, "")
    assert parse_amount(None, ".") is None and parse_amount(" \u00a0", ".") is None


# ---------------------------------------------------------------------------------------------
# Dates


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("2021-01-28", "DMY", date(2021, 1, 28)),
        ("2021/1/5 10:00", "MDY", date(2021, 1, 5)),
        ("20210128", "MDY", date(2021, 1, 28)),
        ("20210128 00:00:00", "DMY", date(2021, 1, 28)),  # FEC exports with a time
        ("28/01/2021", "DMY", date(2021, 1, 28)),
        ("01/28/2021", "MDY", date(2021, 1, 28)),
        ("28.01.21", "DMY", date(2021, 1, 28)),
        ("Jan 28 2021", "DMY", date(2021, 1, 28)),
        ("28 janv. 2021", "DMY", date(2021, 1, 28)),
        ("28 fév 2021", "DMY", date(2021, 2, 28)),
        ("3 aoû 2021", "DMY", date(2021, 8, 3)),
        ("28 februari 2021", "DMY", date(2021, 2, 28)),
        ("3. März 2021", "DMY", date(2021, 3, 3)),
        ("1er mars 2021", "DMY", date(2021, 3, 1)),
    ],
)
def test_dates(text: str, order: str, expected: date) -> None:
    assert read_date(text, order) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("31/02/2024", NotADate.DAY),
        ("13/13/2024", NotADate.FORM),
        ("01/01/1066", NotADate.YEAR),
        ("jui 5 2021", NotADate.FORM),  # juin or juillet: not a month
        ("yesterday", NotADate.FORM),
    ],
)
def test_not_dates(text: str, reason: str) -> None:
    with pytest.raises(NotADate) as caught:
        read_date(text, "DMY")
    assert caught.value.reason == reason


def test_month_names_are_babels_and_their_abbreviations() -> None:
    months = month_numbers()
    for number, names in enumerate(
        [
            "jan january janv janvier januari januar",
            "feb february fev fevr fevrier februari februar",
            "mar march mars maart mrt marz",
            "apr april avr avril",
            "may mai mei",
            "jun june juin juni",
            "jul july juil juillet juli",
            "aug august aou aout augustus",
            "sep sept september septembre",
            "oct october octobre okt oktober",
            "nov november novembre",
            "dec december decembre dez dezember",
        ],
        start=1,
    ):
        for name in names.split():
            assert months[name] == number, name
    assert "jui" not in months and "ma" not in months


def test_xml_values() -> None:
    years = (1900, 2199)
    assert xml_decimal("-1234.50") == Decimal("-1234.50") and xml_decimal("1,5") is None
    assert xml_date("20260131", "102", years) == date(2026, 1, 31)
    assert xml_date("2026-01-31+01:00", None, years) == date(2026, 1, 31)
    assert xml_date("2026-01-31", "610", years) is None
    assert xml_date("31/01/2026", None, years) is None

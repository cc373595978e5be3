"""Money is exact: integer cents, rounding half-up, never floats, never mixed currencies."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from relance_desktop.domain.money import Money, from_cents, to_cents


@pytest.mark.parametrize(
    ("value", "cents"),
    [
        ("12.345", 1235),  # half-up at the cent, not banker's rounding
        ("12.344", 1234),
        ("0.005", 1),
        ("2.675", 268),  # 2.675 is 2.67499… as a float: exact decimals round up
        ("-2.675", -268),  # half away from zero for credit notes
        ("1234.5", 123450),
        (Decimal("19.99"), 1999),
        (7, 700),
        ("0", 0),
        ("  42.10 ", 4210),
    ],
)
def test_to_cents_rounds_half_up(value: Decimal | int | str, cents: int) -> None:
    assert to_cents(value) == cents


def test_to_cents_refuses_floats() -> None:
    with pytest.raises(TypeError):
        to_cents(0.1)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "garbage", ["", "abc", "12,50", "1.2.3", "NaN", "Infinity", "-inf", "9" * 40, "1e30"]
)
def test_to_cents_refuses_garbage_with_value_error(garbage: str) -> None:
    # A ValueError (not decimal.InvalidOperation) is what callers turn into a message.
    with pytest.raises(ValueError, match="not an amount"):
        to_cents(garbage)


def test_from_cents_is_exact() -> None:
    assert from_cents(123456) == Decimal("1234.56")
    assert from_cents(-5) == Decimal("-0.05")
    assert str(from_cents(100)) == "1.00"


def test_money_arithmetic() -> None:
    a, b = Money(1050), Money(249)
    assert a + b == Money(1299)
    assert a - b == Money(801)
    assert -a == Money(-1050)
    assert (a - a).is_zero()
    assert not a.is_zero()
    assert a.amount == Decimal("10.50")
    assert str(a) == "10.50 EUR"
    assert Money.of("19.999") == Money(2000)
    assert Money.of("5", "USD") == Money(500, "USD")


def test_money_refuses_to_mix_currencies() -> None:
    with pytest.raises(ValueError, match="EUR and USD"):
        Money(100) + Money(100, "USD")
    with pytest.raises(ValueError, match="EUR and CHF"):
        Money(100) - Money(100, "CHF")
    with pytest.raises(ValueError, match="EUR and USD"):
        assert Money(1) < Money(2, "USD")
    assert Money(1) < Money(2) <= Money(2) and Money(3) > Money(2) >= Money(2)


@pytest.mark.parametrize("cents", [1.5, Decimal("1.5"), True, "100"])
def test_money_cents_must_be_an_int(cents: object) -> None:
    with pytest.raises(TypeError):
        Money(cents)  # type: ignore[arg-type]


@pytest.mark.parametrize("currency", ["eur", "EURO", "E1R", ""])
def test_money_currency_must_be_iso_4217_shaped(currency: str) -> None:
    with pytest.raises(ValueError, match="ISO 4217"):
        Money(100, currency)


def test_money_is_immutable() -> None:
    money = Money(100)
    with pytest.raises(dataclasses.FrozenInstanceError):
        money.cents = 200  # type: ignore[misc]

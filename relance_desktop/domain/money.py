"""Exact money: integer cents with a currency. Never float."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

CENT = Decimal("0.01")


def to_cents(value: Decimal | int | str) -> int:
    """Convert a decimal amount in units (``"12.345"`` → 1235) rounding half-up to the cent."""
    if isinstance(value, float):  # pragma: no cover - guarded by type, kept for safety
        raise TypeError("money must never be a float")
    try:
        amount = Decimal(value)
    except InvalidOperation as exc:
        raise ValueError(f"not an amount: {value!r}") from exc
    if not amount.is_finite():
        raise ValueError(f"not an amount: {value!r}")
    try:
        cents = amount.quantize(CENT, rounding=ROUND_HALF_UP) * 100
    except InvalidOperation as exc:  # more digits than the decimal context holds
        raise ValueError(f"not an amount: {value!r}") from exc
    return int(cents.to_integral_value())


def from_cents(cents: int) -> Decimal:
    return (Decimal(cents) / 100).quantize(CENT)


@dataclass(frozen=True)
class Money:
    cents: int
    currency: str = "EUR"

    def __post_init__(self) -> None:
        if not isinstance(self.cents, int) or isinstance(self.cents, bool):
            raise TypeError("Money.cents must be an int")
        if len(self.currency) != 3 or not self.currency.isalpha() or not self.currency.isupper():
            raise ValueError(f"not an ISO 4217 currency code: {self.currency!r}")

    @classmethod
    def of(cls, value: Decimal | int | str, currency: str = "EUR") -> Money:
        return cls(to_cents(value), currency)

    @property
    def amount(self) -> Decimal:
        return from_cents(self.cents)

    def _same(self, other: Money) -> None:
        if self.currency != other.currency:
            raise ValueError(f"cannot mix {self.currency} and {other.currency}")

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.cents + other.cents, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.cents - other.cents, self.currency)

    def __lt__(self, other: Money) -> bool:
        self._same(other)
        return self.cents < other.cents

    def __le__(self, other: Money) -> bool:
        self._same(other)
        return self.cents <= other.cents

    def __gt__(self, other: Money) -> bool:
        self._same(other)
        return self.cents > other.cents

    def __ge__(self, other: Money) -> bool:
        self._same(other)
        return self.cents >= other.cents

    def __neg__(self) -> Money:
        return Money(-self.cents, self.currency)

    def is_zero(self) -> bool:
        return self.cents == 0

    def __str__(self) -> str:
        return f"{self.amount} {self.currency}"

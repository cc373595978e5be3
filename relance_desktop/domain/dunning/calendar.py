"""When the app may contact a customer: business days of the company's country (weekends and
public holidays, from the ``holidays`` package through :mod:`relance_desktop.domain.legal`) and
a daily send window."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from relance_desktop.domain.legal import is_business_day


@dataclass(frozen=True)
class SendCalendar:
    """``country``: whose public holidays close the day ("FR" or "BE"); ``opens``/``closes``:
    the send window (a proposal is made only inside it when the time of day is known)."""

    country: str = "FR"
    opens: time = time(9, 0)
    closes: time = time(18, 0)

    def __post_init__(self) -> None:
        if self.opens >= self.closes:
            raise ValueError("the send window must open before it closes")

    def is_sending_day(self, day: date) -> bool:
        """Monday to Friday and not a public holiday."""
        return is_business_day(day, self.country)

    def is_open(self, day: date, at: time | None = None) -> bool:
        """A sending day and, when ``at`` is given, inside the window."""
        if not self.is_sending_day(day):
            return False
        return at is None or self.opens <= at < self.closes

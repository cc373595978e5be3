"""Belgian consumer debts, Book XIX of the Code of Economic Law (law of 4 May 2023).

- XIX.2: the first reminder is free; no charge may be added before 14 calendar days have passed.
  By post the 14 days start on the 3rd business day after sending; by e-mail on the day after
  sending. Worked example (forumforthefuture.be): posted Mon 18/9/2023 → the wait starts Thu
  21/9, the clause applies from Thu 5/10/2023. Saturday is not a business day here (see
  :mod:`relance_desktop.domain.legal.workdays`).
- XIX.4: only what the terms stipulated, within caps: interest at most the law-of-2002 rate, and a
  flat indemnity at most €20 up to €150; €30 + 10 % of the part between €150.01 and €500; €65 + 5 %
  of the part above €500; never more than €2,000.
"""

from __future__ import annotations

from datetime import date, timedelta

from relance_desktop.domain.legal.model import Channel
from relance_desktop.domain.legal.workdays import business_days_after

WAITING_DAYS = 14
POSTAL_DELAY_BUSINESS_DAYS = 3

DAMAGES_MAX_CENTS = 200_000
_LOW_LIMIT = 15_000  # €150.00
_HIGH_LIMIT = 50_000  # €500.00


def be_consumer_damages_cap(balance_cents: int) -> int:
    """The highest flat indemnity XIX.4 allows on a balance of ``balance_cents`` (in cents).

    - balance ≤ €150.00 → €20;
    - €150.01 – €500.00 → €30 + 10 % of (balance − €150);
    - above €500.00 → €65 + 5 % of (balance − €500); at most €2,000 (reached at €39,200).

    Examples (LEGAL-NOTES §6): €120 → 20; €400 → 55; €10,000 → 540; €60,000 → 2,000.

    Rounding: the percentage part is rounded *down* to the cent. The figure is a legal maximum and
    a clause above the cap is void ("réputée non écrite"), so a rounding may never push it up;
    e.g. €150.05 → €30.00 (10 % of €0.05 = €0.005 is dropped). "The part between €150.01 and
    €500" is read as balance − €150.00, which makes the scale continuous at €500 (€65).
    """
    if not isinstance(balance_cents, int) or isinstance(balance_cents, bool):
        raise TypeError("balance_cents must be an int")
    if balance_cents < 0:
        raise ValueError("balance_cents must not be negative")
    if balance_cents <= _LOW_LIMIT:
        return 2_000
    if balance_cents <= _HIGH_LIMIT:
        return 3_000 + (balance_cents - _LOW_LIMIT) // 10
    return min(DAMAGES_MAX_CENTS, 6_500 + (balance_cents - _HIGH_LIMIT) // 20)


def be_waiting_period(sent_on: date, channel: Channel) -> tuple[date, date]:
    """(first day, last day) of the 14 calendar days a Belgian consumer has after the free first
    reminder sent on ``sent_on``. Charges may be claimed from the day after the last day."""
    channel = Channel(channel)
    if channel is Channel.POST:
        first = business_days_after(sent_on, POSTAL_DELAY_BUSINESS_DAYS, "BE")
    else:
        first = sent_on + timedelta(days=1)
    return first, first + timedelta(days=WAITING_DAYS - 1)

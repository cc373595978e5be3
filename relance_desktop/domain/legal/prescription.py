"""The last day an invoice can still be claimed (prescription / time bar).

- France, business debtor: 5 years from the due date (C. com. L110-4).
- France, consumer debtor: 2 years (C. conso L218-2). The period runs from the completion of the
  works or services (Cass. 3e civ. 1/3/2023); the engine uses the invoice date (``issued_on``) as a
  stand-in for it when known, else the due date. The invoice date is usually the earlier one, so
  the warning comes early rather than late.
- Belgium, business debtor: 10 years (general period for personal actions), from the due date.
- Belgium, consumer debtor (UNCONFIRMED after the Civil Code reform): by default 1 year from the
  end of the calendar year of the sale (law of 1 May 1913 art. 5), the sale dated by
  ``issued_on``, else the due date; :attr:`BeConsumerPrescription.GENERAL_TEN_YEARS` gives 10
  years from the due date instead.

Date convention (berton-associes.fr): a debt payable on D can be sued on D + N years and is
time-barred from the next day, so the last day returned is D + N years; a 29 February start ends
on 28 February (UNCONFIRMED: no source; art. 641 CPC analogy), and there is no extension when that
day is a weekend or holiday (UNCONFIRMED). For the Belgian one-year rule the last day is
31 December of the year after the sale.

Interruption (C. civ. 2240, 2231): an acknowledgement by the debtor — including a partial payment
or an instalment — erases the elapsed time and starts a new period of the same length from its
date. An acknowledgement recorded after the debt was already time-barred does not revive it. A
formal notice, even by registered letter, does NOT interrupt (Cass. com. 18/5/2022) and so is not
an input here.
"""

from __future__ import annotations

from datetime import date

from relance_desktop.domain.legal.model import (
    DEFAULT_OPTIONS,
    BeConsumerPrescription,
    Claim,
    DebtorKind,
    Options,
)


def add_years(d: date, years: int) -> date:
    """Same day and month ``years`` later; 29 February → 28 February in a common year."""
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def prescription_years(claim: Claim, options: Options = DEFAULT_OPTIONS) -> int:
    """Length of the period in years (1, 2, 5 or 10)."""
    if claim.country == "FR":
        return 5 if claim.debtor is DebtorKind.BUSINESS else 2
    if claim.debtor is DebtorKind.BUSINESS:
        return 10
    if options.be_consumer_prescription is BeConsumerPrescription.GENERAL_TEN_YEARS:
        return 10
    return 1


def _initial_last_day(claim: Claim, options: Options) -> date:
    if claim.country == "FR":
        if claim.debtor is DebtorKind.BUSINESS:
            return add_years(claim.due_date, 5)
        return add_years(claim.issued_on or claim.due_date, 2)
    if claim.debtor is DebtorKind.BUSINESS:
        return add_years(claim.due_date, 10)
    if options.be_consumer_prescription is BeConsumerPrescription.GENERAL_TEN_YEARS:
        return add_years(claim.due_date, 10)
    sale = claim.issued_on or claim.due_date
    return date(sale.year + 1, 12, 31)


def prescription_with_ignored(
    claim: Claim, options: Options = DEFAULT_OPTIONS
) -> tuple[date, tuple[date, ...]]:
    """(last day, acknowledgements that came too late to interrupt anything)."""
    years = prescription_years(claim, options)
    last_day = _initial_last_day(claim, options)
    ignored = []
    for acknowledged in sorted(set(claim.acknowledgements)):
        if acknowledged > last_day:
            ignored.append(acknowledged)
            continue
        last_day = max(last_day, add_years(acknowledged, years))
    return last_day, tuple(ignored)


def prescription_date(claim: Claim, options: Options = DEFAULT_OPTIONS) -> date:
    """The last day the debt can still be claimed (see the module docstring for the rules)."""
    return prescription_with_ignored(claim, options)[0]

"""The plain data of the legal engine: what a claim is, the options, and what an assessment says.

Every :class:`Notice` and :class:`Line` carries a stable ``code`` plus ``args``; the service layer
turns them into translated sentences. Argument values are plain: ``str``, ``int`` (cents or days),
``bool``, :class:`~decimal.Decimal` (rates in percent), :class:`~datetime.date`, or tuples of these.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from types import MappingProxyType

from relance_desktop.domain.legal.rates import HalfYear

COUNTRIES = ("FR", "BE")


class DebtorKind(StrEnum):
    BUSINESS = "business"
    CONSUMER = "consumer"


class Channel(StrEnum):
    POST = "post"
    EMAIL = "email"


class RateMode(StrEnum):
    """How a half-yearly reference rate applies to a delay that spans several half-years.

    SPLIT (default) follows the wording of L441-10 II C. com.: "the rate applicable during the
    first half-year is the rate in force on 1 January; for the second half-year, the rate in force
    on 1 July" — so each half-year's days are charged at that half-year's rate. DUE_DATE is the
    reading some calculators use: the rate of the half-year containing the due date is frozen for
    the whole delay.

    The mode applies to the statutory rates owed by *business* debtors (France ECB + 10, Belgium
    law of 2002). Consumer claims are always split: the French legal rate is fixed by decree for
    each half-year (L313-2 CMF) and the Belgian consumer cap is the rate of each half-year; freezing
    an older, higher rate could exceed that cap, which voids the clause.
    """

    SPLIT = "split"
    DUE_DATE = "due_date"


class DayCount(StrEnum):
    """Divisor of the simple-interest formula. D365 (default): always /365, the usual convention
    (bpifrance and others; leap years not discussed by any source — UNCONFIRMED). ACTUAL: days that
    fall in a leap year are divided by 366."""

    D365 = "365"
    ACTUAL = "actual"


class BeConsumerPrescription(StrEnum):
    """Which time bar to show for a Belgian consumer debt (UNCONFIRMED after the Civil Code reform).

    ONE_YEAR_END_OF_YEAR (default, the cautious reading): a trader's claim for goods sold to a
    non-trader is time-barred one year after the end of the calendar year of the sale (law of
    1 May 1913 art. 5; e-Juris fiche: JP Visé 31/12/2006 applies it to invoiced claims). The
    shortest candidate, so the warning never comes too late. GENERAL_TEN_YEARS: the general
    10-year period for personal actions (former art. 2262bis C. civ.), e.g. for services.
    """

    ONE_YEAR_END_OF_YEAR = "1y_end_of_year"
    GENERAL_TEN_YEARS = "10y"


@dataclass(frozen=True)
class Options:
    rate_mode: RateMode = RateMode.SPLIT
    day_count: DayCount = DayCount.D365
    prescription_warning_days: int = 183
    be_consumer_prescription: BeConsumerPrescription = BeConsumerPrescription.ONE_YEAR_END_OF_YEAR

    def __post_init__(self) -> None:
        object.__setattr__(self, "rate_mode", RateMode(self.rate_mode))
        object.__setattr__(self, "day_count", DayCount(self.day_count))
        object.__setattr__(
            self, "be_consumer_prescription", BeConsumerPrescription(self.be_consumer_prescription)
        )
        if self.prescription_warning_days < 0:
            raise ValueError("prescription_warning_days must be 0 or more")


#: The default options (a module-level value, so functions can use it as a default argument).
DEFAULT_OPTIONS = Options()


@dataclass(frozen=True)
class Claim:
    """One unpaid invoice to assess. Dates are calendar dates; amounts integer cents."""

    country: str  # "FR" | "BE"
    debtor: DebtorKind
    principal_cents: int  # amount still due, incl. VAT
    due_date: date
    assessed_on: date  # interest runs up to and including this day
    currency: str = "EUR"
    issued_on: date | None = None
    contractual_rate: Decimal | None = None  # FR/BE business: a rate agreed in contract/terms
    notice_received_on: date | None = None  # FR consumer: the formal notice (mise en demeure)
    reminder_sent_on: date | None = None  # BE consumer: the free first reminder
    reminder_channel: Channel | None = None
    penalty_clause: bool = True  # BE consumer: charges only if the terms stipulated them
    creditor_is_sme: bool = True  # BE consumer: SMEs count interest from the day after reminder
    acknowledgements: tuple[date, ...] = ()  # partial payments/acknowledgements (prescription)
    insolvency: bool = False  # FR: no €40 once a collective procedure bars payment

    def __post_init__(self) -> None:
        if self.country not in COUNTRIES:
            raise ValueError(f"country must be one of {COUNTRIES}, not {self.country!r}")
        object.__setattr__(self, "debtor", DebtorKind(self.debtor))
        if self.reminder_channel is not None:
            object.__setattr__(self, "reminder_channel", Channel(self.reminder_channel))
        if not isinstance(self.principal_cents, int) or isinstance(self.principal_cents, bool):
            raise TypeError("principal_cents must be an int")
        if self.principal_cents < 0:
            raise ValueError("principal_cents must not be negative")
        if self.contractual_rate is not None:
            if not isinstance(self.contractual_rate, Decimal):
                raise TypeError("contractual_rate must be a Decimal percent")
            if not self.contractual_rate.is_finite() or self.contractual_rate < 0:
                raise ValueError(f"not a rate: {self.contractual_rate!r}")
        object.__setattr__(self, "acknowledgements", tuple(self.acknowledgements))


@dataclass(frozen=True)
class Period:
    """Interest for the days ``start``..``end`` (inclusive) of one half-year at ``rate`` percent;
    ``interest`` is in euros, unrounded."""

    half_year: HalfYear
    start: date
    end: date
    days: int
    rate: Decimal
    interest: Decimal


def _frozen_args(args: Mapping[str, object]) -> Mapping[str, object]:
    return MappingProxyType(dict(args))


@dataclass(frozen=True)
class Line:
    """A charge added to the principal. ``code``: "interest", "fixed_indemnity",
    "be_consumer_damages". ``rule``: the stable code of the rule it comes from, e.g.
    "FR_L441_10", "FR_D441_5", "FR_CC_1231_6", "BE_LAW_2002_ART5", "BE_LAW_2002_ART6",
    "BE_CDE_XIX_4"."""

    code: str
    amount_cents: int
    rule: str
    args: Mapping[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "args", _frozen_args(self.args))


@dataclass(frozen=True)
class Notice:
    """A warning or an explanation, as a stable code and arguments (see ``assess`` for the
    list of codes)."""

    code: str
    args: Mapping[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "args", _frozen_args(self.args))


@dataclass(frozen=True)
class Assessment:
    claim: Claim
    periods: tuple[Period, ...]
    interest_cents: int
    indemnity_cents: int
    indemnity_is_maximum: bool  # True for the Belgian consumer scale (a cap, not a fixed sum)
    total_cents: int  # principal + interest + indemnity
    lines: tuple[Line, ...]
    notices: tuple[Notice, ...]
    prescription_date: date | None  # last day the debt can still be claimed
    waiting_period_end: date | None  # BE consumer: last day of the 14-day wait
    charges_from: date | None  # first day any charge may be claimed (None: never / n/a)
    waiting_period_start: date | None = None  # BE consumer: first day of the 14-day wait
    # A rate the table lacks (``assess(..., unknown_rate="open")``): the interest is computed up
    # to the day before this one; from this day it runs at the statutory rate until payment,
    # without a figure (never a guessed one).
    interest_open_from: date | None = None
    unknown_half_years: tuple[str, ...] = ()

    @property
    def interest_is_open(self) -> bool:
        return self.interest_open_from is not None

    @property
    def notice_codes(self) -> tuple[str, ...]:
        return tuple(notice.code for notice in self.notices)

    def notice(self, code: str) -> Notice | None:
        """The first notice with this code, or None."""
        return next((n for n in self.notices if n.code == code), None)

"""The legal and money engine: late-payment interest, indemnities, Belgian consumer rules,
prescription and business days for France and Belgium. Pure Python (no Qt, no database).

Which law governs a debt is chosen once, by :func:`choose_regime` (:mod:`.regime`, Rome I);
the claim is assessed under that law, and the letters word it with the same regime.

Facts and sources: ``shared/LEGAL-NOTES.md``. Each interpretation the engine makes is documented
next to the code that makes it: :mod:`.engine` (which rule applies and the notice codes),
:mod:`.model` (:class:`RateMode`, :class:`DayCount`, :class:`BeConsumerPrescription`),
:mod:`.belgium` (waiting period, damages scale and its rounding), :mod:`.prescription`,
:mod:`.workdays` (Saturday is not a business day), :mod:`.rates` (the table; RateUnknown).
"""

from relance_desktop.domain.legal.belgium import (
    DAMAGES_MAX_CENTS,
    WAITING_DAYS,
    be_consumer_damages_cap,
    be_waiting_period,
)
from relance_desktop.domain.legal.engine import FIXED_INDEMNITY_CENTS, assess
from relance_desktop.domain.legal.interest import simple_interest, total_cents, total_interest
from relance_desktop.domain.legal.model import (
    Assessment,
    BeConsumerPrescription,
    Channel,
    Claim,
    DayCount,
    DebtorKind,
    Line,
    Notice,
    Options,
    Period,
    RateMode,
)
from relance_desktop.domain.legal.prescription import (
    add_years,
    prescription_date,
    prescription_years,
)
from relance_desktop.domain.legal.rates import (
    SERIES,
    HalfYear,
    RateTable,
    RateUnknown,
    be_b2b_from_ecb,
    half_years_between,
)
from relance_desktop.domain.legal.regime import Regime, choose_regime
from relance_desktop.domain.legal.workdays import (
    business_days_after,
    is_business_day,
    is_public_holiday,
    next_business_day,
    public_holidays,
)

__all__ = [
    "DAMAGES_MAX_CENTS",
    "FIXED_INDEMNITY_CENTS",
    "SERIES",
    "WAITING_DAYS",
    "Assessment",
    "BeConsumerPrescription",
    "Channel",
    "Claim",
    "DayCount",
    "DebtorKind",
    "HalfYear",
    "Line",
    "Notice",
    "Options",
    "Period",
    "RateMode",
    "RateTable",
    "RateUnknown",
    "Regime",
    "add_years",
    "assess",
    "be_b2b_from_ecb",
    "be_consumer_damages_cap",
    "be_waiting_period",
    "business_days_after",
    "choose_regime",
    "half_years_between",
    "is_business_day",
    "is_public_holiday",
    "next_business_day",
    "prescription_date",
    "prescription_years",
    "public_holidays",
    "simple_interest",
    "total_cents",
    "total_interest",
]

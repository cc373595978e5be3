"""``assess``: what may be added to one unpaid invoice, and why.

Rules (facts and sources in ``shared/LEGAL-NOTES.md``):

France, business debtor — interest rule ``FR_L441_10``, indemnity rule ``FR_D441_5``:
  interest from the day after the due date through ``assessed_on`` on the amount incl. VAT, at
  ECB (1 Jan / 1 Jul) + 10 points per half-year (:class:`RateMode`), or the contractual rate when
  one is given; €40 per late invoice, except under a collective insolvency procedure.
France, consumer debtor — rule ``FR_CC_1231_6`` (C. civ. 1231-6 / 1344-1):
  interest at the legal rate from the day after the formal notice was received, none without
  one. The creditor using this app is a professional, so the rate is the "autres cas" one
  (``fr_legal_other``), not the "particuliers" one. No €40 and no recovery fees (CPCE L111-8).
Belgium, business debtor — rules ``BE_LAW_2002_ART5`` (interest) and ``BE_LAW_2002_ART6`` (€40):
  the published law-of-2002 rate per half-year (or the contractual rate) from the day after the
  due date; €40 per invoice.
Belgium, consumer debtor — rule ``BE_CDE_XIX_4`` (Book XIX CDE):
  nothing before the 14-day wait after the free first reminder has ended; then, only if the terms
  stipulated them, interest at most at the law-of-2002 rate of each half-year — from the day after
  the reminder for an SME creditor, from the end of the wait for a large one — and a flat
  indemnity up to :func:`be_consumer_damages_cap` (both may be claimed: "l'intérêt … et/ou
  l'indemnité"). With no contractual rate given the interest is computed at the cap. A
  contractual rate above the cap in a half-year concerned makes the clause void ("réputée non
  écrite"; a void unfair clause is not reduced to the cap), so no interest is computed.

Notice codes (``Notice.code`` → ``args``):
  ``nothing_due`` {} · ``not_overdue`` {due_date, assessed_on} ·
  ``due_date_not_business_day`` {due_date, next_business_day} (interest still runs from the day
  after the due date: no rule moves it; UNCONFIRMED) ·
  ``contract_rate_below_floor`` {rate, floor, half_year} (L441-10: the clause may not be below
  3 × legal rate; the engine still computes with the agreed rate) ·
  ``contract_floor_unknown`` {half_years} (legal rate not in the table: floor not checked) ·
  ``floor_above_default_rate`` {half_year, floor, default_rate} (e.g. 2024-S1: 15.21 > 14.50;
  with no clause the default rate applies — medium-confidence reading) ·
  ``insolvency_no_fixed_indemnity`` {} · ``insolvency_not_applied`` {} (Belgium: not modelled) ·
  ``provisional_rate`` {series, half_year, note} ·
  ``fr_consumer_legal_rate`` {series} · ``fr_consumer_no_recovery_fees`` {} (L111-8 CPCE) ·
  ``no_formal_notice`` {} · ``notice_before_due_date`` {notice_received_on, due_date} ·
  ``contract_rate_not_applied`` {rate} (French consumer: only the legal rate is computed) ·
  ``first_reminder_free`` {} · ``no_first_reminder`` {} ·
  ``be_book_xix_transition`` {new_contracts_from, all_contracts_from} (due before 1/12/2023: Book
  XIX applies only if the contract dates from 1/9/2023, else the law of 20/12/2002 did) ·
  ``reminder_before_due_date`` {reminder_sent_on, due_date} (not a valid first reminder) ·
  ``reminder_channel_assumed`` {channel} (no channel recorded: post, the later start) ·
  ``waiting_period`` {first_day, last_day, charges_from, channel, damages_cap_cents} ·
  ``no_penalty_clause`` {} · ``be_consumer_rate_at_cap`` {} ·
  ``contract_rate_above_cap`` {rate, cap, half_year} · ``be_consumer_interest_from`` {start,
  creditor_is_sme} · ``be_consumer_prescription_reading`` {reading} (UNCONFIRMED rule) ·
  ``prescription_near`` {date, days_left} · ``prescription_passed`` {date} ·
  ``acknowledgement_after_prescription`` {date} ·
  ``interest_open`` {series, half_years, computed_until, open_from} (``unknown_rate="open"``:
  a needed rate is not in the table; the interest is computed up to ``computed_until`` and
  claimed from ``open_from`` at the statutory rate until payment, without a figure).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from relance_desktop.domain.legal.belgium import be_consumer_damages_cap, be_waiting_period
from relance_desktop.domain.legal.interest import simple_interest, total_cents
from relance_desktop.domain.legal.model import (
    DEFAULT_OPTIONS,
    Assessment,
    Channel,
    Claim,
    DebtorKind,
    Line,
    Notice,
    Options,
    Period,
    RateMode,
)
from relance_desktop.domain.legal.prescription import prescription_with_ignored
from relance_desktop.domain.legal.rates import HalfYear, RateTable, half_years_between
from relance_desktop.domain.legal.workdays import is_business_day, next_business_day

#: D441-5 C. com. (France) and art. 6 of the law of 2 August 2002 (Belgium): €40 per invoice.
FIXED_INDEMNITY_CENTS = 4_000

#: Book XIX CDE (law of 4 May 2023): in force 1/9/2023 for contracts concluded from that day,
#: from 1/12/2023 for older contracts when the late payment arises after 1/9/2023.
BOOK_XIX_NEW_CONTRACTS = date(2023, 9, 1)
BOOK_XIX_ALL_CONTRACTS = date(2023, 12, 1)

RULE_FR_B2B_INTEREST = "FR_L441_10"
RULE_FR_FIXED_INDEMNITY = "FR_D441_5"
RULE_FR_LEGAL_INTEREST = "FR_CC_1231_6"
RULE_BE_B2B_INTEREST = "BE_LAW_2002_ART5"
RULE_BE_FIXED_INDEMNITY = "BE_LAW_2002_ART6"
RULE_BE_CONSUMER = "BE_CDE_XIX_4"


@dataclass
class _Draft:
    claim: Claim
    rates: RateTable
    options: Options
    periods: tuple[Period, ...] = ()
    lines: list[Line] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    interest_cents: int = 0
    indemnity_cents: int = 0
    indemnity_is_maximum: bool = False
    waiting_period_start: date | None = None
    waiting_period_end: date | None = None
    charges_from: date | None = None
    allow_unknown: bool = False
    interest_end: date | None = None  # set when a rate is unknown: the last day computed
    open_from: date | None = None
    unknown: tuple[HalfYear, ...] = ()

    def note(self, code: str, **args: object) -> None:
        self.notices.append(Notice(code, args))

    def provisional(self, series: str, half_years: Iterable[HalfYear]) -> None:
        marks = self.rates.provisional.get(series, {})
        for hy in sorted(set(half_years)):
            if hy in marks:
                self.note("provisional_rate", series=series, half_year=str(hy), note=marks[hy])

    def add_interest(
        self,
        start: date,
        rate_for: Callable[[HalfYear], Decimal],
        rule: str,
        **args: object,
    ) -> None:
        end = self.claim.assessed_on
        if self.interest_end is not None:
            end = min(end, self.interest_end)
        self.periods = simple_interest(
            self.claim.principal_cents, start, end, rate_for, self.options
        )
        self.interest_cents = total_cents(self.periods)
        days = sum(p.days for p in self.periods)
        details: dict[str, object] = {"start": start, "end": end, "days": days, **args}
        if self.open_from is not None:
            details["open_from"] = self.open_from
        self.lines.append(Line("interest", self.interest_cents, rule, details))

    def add_indemnity(self, cents: int, code: str, rule: str, **args: object) -> None:
        self.indemnity_cents = cents
        self.lines.append(Line(code, cents, rule, args))


def _statutory(
    draft: _Draft, series: str, start: date, rate_of: Callable[[HalfYear], Decimal], mode: RateMode
) -> Callable[[HalfYear], Decimal]:
    """The rate function for a half-yearly statutory rate, after checking the table holds every
    half-year needed (raises RateUnknown listing them all; with ``unknown_rate="open"``, stops
    the computation the day before the first missing half-year instead, see :func:`_open`)."""
    if mode is RateMode.DUE_DATE:
        frozen = HalfYear.of(draft.claim.due_date)
        if draft.allow_unknown and draft.rates.missing(series, (frozen,)):
            _open(draft, series, (frozen,), start)
            return lambda _hy: Decimal(0)
        draft.rates.require(series, (frozen,))
        draft.provisional(series, (frozen,))
        fixed = rate_of(frozen)
        return lambda _hy: fixed
    needed = half_years_between(start, draft.claim.assessed_on)
    missing = draft.rates.missing(series, needed)
    if missing and draft.allow_unknown:
        open_from = max(start, missing[0].first_day)
        _open(draft, series, missing, open_from)
        needed = tuple(hy for hy in needed if hy < missing[0])
    draft.rates.require(series, needed)
    draft.provisional(series, needed)
    return rate_of


def _open(draft: _Draft, series: str, missing: Sequence[HalfYear], open_from: date) -> None:
    """A rate is not known yet: the figure stops the day before ``open_from``; from that day the
    interest is claimed at the statutory rate until payment, without an amount."""
    draft.interest_end = open_from - timedelta(days=1)
    draft.open_from = open_from
    draft.unknown = tuple(sorted(set(missing)))
    draft.note("interest_open", series=series, half_years=tuple(str(h) for h in draft.unknown),
               computed_until=draft.interest_end, open_from=open_from)


def _due_date_note(draft: _Draft) -> None:
    claim = draft.claim
    if not is_business_day(claim.due_date, claim.country):
        draft.note(
            "due_date_not_business_day",
            due_date=claim.due_date,
            next_business_day=next_business_day(claim.due_date, claim.country),
        )


def _fr_business(draft: _Draft) -> None:
    claim, rates = draft.claim, draft.rates
    start = claim.due_date + timedelta(days=1)
    draft.charges_from = start
    _due_date_note(draft)
    concerned = half_years_between(start, claim.assessed_on)
    if claim.contractual_rate is not None:
        agreed = claim.contractual_rate
        unknown = rates.missing("fr_legal_other", concerned)
        for hy in concerned:
            if hy in unknown:
                continue
            floor = rates.fr_contract_floor(hy)
            if agreed < floor:
                draft.note("contract_rate_below_floor", rate=agreed, floor=floor, half_year=str(hy))
        if unknown:
            draft.note("contract_floor_unknown", half_years=tuple(str(hy) for hy in unknown))
        draft.add_interest(
            start, lambda _hy: agreed, RULE_FR_B2B_INTEREST, rate_source="contract", series=""
        )
    else:
        rate_for = _statutory(draft, "ecb", start, rates.fr_b2b_rate, draft.options.rate_mode)
        used = (
            (HalfYear.of(claim.due_date),)
            if draft.options.rate_mode is RateMode.DUE_DATE
            else concerned
        )
        known = set(rates.series("ecb"))
        for hy in used:
            if hy not in known:
                continue
            if hy in rates.fr_legal_other and rates.fr_contract_floor(hy) > rates.fr_b2b_rate(hy):
                draft.note(
                    "floor_above_default_rate",
                    half_year=str(hy),
                    floor=rates.fr_contract_floor(hy),
                    default_rate=rates.fr_b2b_rate(hy),
                )
        draft.add_interest(
            start,
            rate_for,
            RULE_FR_B2B_INTEREST,
            rate_source="default",
            series="ecb",
            rate_mode=str(draft.options.rate_mode),
        )
    if claim.insolvency:
        draft.note("insolvency_no_fixed_indemnity")
    else:
        draft.add_indemnity(FIXED_INDEMNITY_CENTS, "fixed_indemnity", RULE_FR_FIXED_INDEMNITY)


def _fr_consumer(draft: _Draft) -> None:
    claim, rates = draft.claim, draft.rates
    draft.note("fr_consumer_no_recovery_fees")
    if claim.contractual_rate is not None:
        draft.note("contract_rate_not_applied", rate=claim.contractual_rate)
    if claim.notice_received_on is None:
        draft.note("no_formal_notice")
        return
    if claim.notice_received_on < claim.due_date:
        draft.note(
            "notice_before_due_date",
            notice_received_on=claim.notice_received_on,
            due_date=claim.due_date,
        )
    start = max(claim.notice_received_on, claim.due_date) + timedelta(days=1)
    draft.charges_from = start
    draft.note("fr_consumer_legal_rate", series="fr_legal_other")
    if start > claim.assessed_on:
        return
    rate_for = _statutory(
        draft,
        "fr_legal_other",
        start,
        lambda hy: rates.rate("fr_legal_other", hy),
        RateMode.SPLIT,
    )
    draft.add_interest(
        start, rate_for, RULE_FR_LEGAL_INTEREST, rate_source="legal", series="fr_legal_other"
    )


def _be_business(draft: _Draft) -> None:
    claim, rates = draft.claim, draft.rates
    start = claim.due_date + timedelta(days=1)
    draft.charges_from = start
    _due_date_note(draft)
    if claim.contractual_rate is not None:
        agreed = claim.contractual_rate
        draft.add_interest(
            start, lambda _hy: agreed, RULE_BE_B2B_INTEREST, rate_source="contract", series=""
        )
    else:
        rate_for = _statutory(draft, "be_b2b", start, rates.be_b2b_rate, draft.options.rate_mode)
        draft.add_interest(
            start,
            rate_for,
            RULE_BE_B2B_INTEREST,
            rate_source="default",
            series="be_b2b",
            rate_mode=str(draft.options.rate_mode),
        )
    if claim.insolvency:
        draft.note("insolvency_not_applied")
    draft.add_indemnity(FIXED_INDEMNITY_CENTS, "fixed_indemnity", RULE_BE_FIXED_INDEMNITY)


def _be_consumer(draft: _Draft) -> None:
    claim, rates = draft.claim, draft.rates
    draft.indemnity_is_maximum = True
    if claim.due_date < BOOK_XIX_ALL_CONTRACTS:
        draft.note(
            "be_book_xix_transition",
            new_contracts_from=BOOK_XIX_NEW_CONTRACTS,
            all_contracts_from=BOOK_XIX_ALL_CONTRACTS,
        )
    draft.note("first_reminder_free")
    if claim.reminder_sent_on is None:
        draft.note("no_first_reminder")
        return
    if claim.reminder_sent_on <= claim.due_date:
        draft.note(
            "reminder_before_due_date",
            reminder_sent_on=claim.reminder_sent_on,
            due_date=claim.due_date,
        )
        return
    channel = claim.reminder_channel
    if channel is None:
        channel = Channel.POST
        draft.note("reminder_channel_assumed", channel=str(channel))
    first, last = be_waiting_period(claim.reminder_sent_on, channel)
    draft.waiting_period_start, draft.waiting_period_end = first, last
    cap_cents = be_consumer_damages_cap(claim.principal_cents)
    if not claim.penalty_clause:
        draft.note("no_penalty_clause")
        return
    charges_from = last + timedelta(days=1)
    draft.charges_from = charges_from
    if claim.assessed_on < charges_from:
        draft.note(
            "waiting_period",
            first_day=first,
            last_day=last,
            charges_from=charges_from,
            channel=str(channel),
            damages_cap_cents=cap_cents,
        )
        return
    start = claim.reminder_sent_on + timedelta(days=1) if claim.creditor_is_sme else charges_from
    draft.note("be_consumer_interest_from", start=start, creditor_is_sme=claim.creditor_is_sme)
    cap_for = _statutory(draft, "be_b2b", start, rates.be_b2b_rate, RateMode.SPLIT)
    if claim.contractual_rate is not None:
        agreed = claim.contractual_rate
        caps = rates.series("be_b2b")
        above = [hy for hy in half_years_between(start, claim.assessed_on)
                 if hy in caps and agreed > cap_for(hy)]
        for hy in above:
            draft.note("contract_rate_above_cap", rate=agreed, cap=cap_for(hy), half_year=str(hy))
        if not above:
            draft.add_interest(
                start, lambda _hy: agreed, RULE_BE_CONSUMER, rate_source="contract", series=""
            )
    else:
        draft.note("be_consumer_rate_at_cap")
        draft.add_interest(start, cap_for, RULE_BE_CONSUMER, rate_source="cap", series="be_b2b")
    draft.add_indemnity(
        cap_cents,
        "be_consumer_damages",
        RULE_BE_CONSUMER,
        is_maximum=True,
        balance_cents=claim.principal_cents,
    )


def _prescription(draft: _Draft) -> date:
    claim, options = draft.claim, draft.options
    last_day, ignored = prescription_with_ignored(claim, options)
    if claim.country == "BE" and claim.debtor is DebtorKind.CONSUMER:
        reading = str(options.be_consumer_prescription)
        draft.note("be_consumer_prescription_reading", reading=reading)
    for acknowledged in ignored:
        draft.note("acknowledgement_after_prescription", date=acknowledged)
    days_left = (last_day - claim.assessed_on).days
    if days_left < 0:
        draft.note("prescription_passed", date=last_day)
    elif days_left <= options.prescription_warning_days:
        draft.note("prescription_near", date=last_day, days_left=days_left)
    return last_day


def assess(claim: Claim, rates: RateTable, options: Options = DEFAULT_OPTIONS, *,
           unknown_rate: str = "raise") -> Assessment:
    """Everything that may be claimed on ``claim`` on ``claim.assessed_on``: interest periods,
    indemnity, total, the rule of each line, notices, time bar and (Belgian consumers) the
    waiting period. Raises ``ValueError`` for a currency other than EUR (the statutory sums are
    in euros).

    A needed half-year missing from ``rates``: ``unknown_rate="raise"`` (default) raises
    :class:`RateUnknown`; ``"open"`` computes the interest up to the day before the first
    missing half-year and sets :attr:`Assessment.interest_open_from` (the interest from that day
    is claimed without a figure; the indemnities, which do not depend on a rate, are kept)."""
    if claim.currency != "EUR":
        raise ValueError(f"only EUR claims can be assessed, not {claim.currency!r}")
    if unknown_rate not in ("raise", "open"):
        raise ValueError(f"unknown_rate must be 'raise' or 'open', not {unknown_rate!r}")
    draft = _Draft(claim, rates, options, allow_unknown=unknown_rate == "open")
    consumer = claim.debtor is DebtorKind.CONSUMER
    if claim.principal_cents == 0:
        draft.note("nothing_due")
        draft.indemnity_is_maximum = claim.country == "BE" and consumer
    elif claim.assessed_on <= claim.due_date:
        draft.note("not_overdue", due_date=claim.due_date, assessed_on=claim.assessed_on)
        draft.indemnity_is_maximum = claim.country == "BE" and consumer
    elif claim.country == "FR" and consumer:
        _fr_consumer(draft)
    elif claim.country == "FR":
        _fr_business(draft)
    elif consumer:
        _be_consumer(draft)
    else:
        _be_business(draft)
    last_day = _prescription(draft)
    return Assessment(
        claim=claim,
        periods=draft.periods,
        interest_cents=draft.interest_cents,
        indemnity_cents=draft.indemnity_cents,
        indemnity_is_maximum=draft.indemnity_is_maximum,
        total_cents=claim.principal_cents + draft.interest_cents + draft.indemnity_cents,
        lines=tuple(draft.lines),
        notices=tuple(draft.notices),
        prescription_date=last_day,
        waiting_period_end=draft.waiting_period_end,
        charges_from=draft.charges_from,
        waiting_period_start=draft.waiting_period_start,
        interest_open_from=draft.open_from,
        unknown_half_years=tuple(str(hy) for hy in draft.unknown),
    )

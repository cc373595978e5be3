"""Payment plans agreed on the phone: building the schedule and checking it is sensible.

Amounts are integer cents. :func:`build_schedule` splits a total in equal instalments, the
remainder on the last one; :func:`schedule_for_amount` takes what the customer proposes to pay
each time (the last instalment is then smaller). Monthly steps keep the first instalment's day of
month, clamped to the month's length (31 Jan → 28/29 Feb → 31 Mar).

:func:`check_plan` returns *errors* (the plan cannot be saved) and *warnings* (it may be saved
after reading them). The classic warning: 10 € a month on 600 € clears the debt after 5 years.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from relance_desktop.domain.calls.codes import Period
from relance_desktop.domain.calls.hours import CTX
from relance_desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from relance_desktop.domain.money import Money

MAX_INSTALMENTS = 600  # 50 years of monthly instalments: beyond is a typing slip


class PlanInputError(ValueError):
    """Figures no schedule can be built from (what a user may type on the way to the right
    ones): :attr:`message` says why, in the user's words. Still a ValueError for callers that
    only guard against programming slips."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.text)
        self.message = message


TOO_MANY_INSTALMENTS = QT_TRANSLATE_NOOP(
    "calls",
    "À ce montant, il faudrait {count} échéances (au plus {limit}) : demandez au client un "
    "montant plus élevé.",
)
NOTHING_TO_SPLIT = QT_TRANSLATE_NOOP("calls", "Le montant à échelonner doit être positif.")
NO_INSTALMENT_AMOUNT = QT_TRANSLATE_NOOP(
    "calls", "Le montant par échéance doit être positif.")
COUNT_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "calls", "Le nombre d'échéances doit être compris entre 1 et {limit}.")
COUNT_ABOVE_CENTS = QT_TRANSLATE_NOOP(
    "calls", "Trop d'échéances pour ce montant : chacune serait de moins d'un centime.")


@dataclass(frozen=True)
class PlanPolicy:
    max_months: int = 12
    min_instalment_cents: int = 5000
    max_first_delay_days: int = 30


@dataclass(frozen=True)
class PlanCheck:
    errors: tuple[Message, ...]  # block saving
    warnings: tuple[Message, ...]

    @property
    def ok(self) -> bool:
        return not self.errors


def add_months(day: date, months: int, anchor_day: int | None = None) -> date:
    """``day`` plus ``months`` months, on ``anchor_day`` (default: ``day.day``) clamped."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(anchor_day or day.day, last))


def _due_dates(first_due: date, count: int, period: Period) -> list[date]:
    if period == Period.MONTH:
        return [add_months(first_due, i, first_due.day) for i in range(count)]
    step = 7 if period == Period.WEEK else 14
    return [first_due + timedelta(days=step * i) for i in range(count)]


def build_schedule(
    total_cents: int, count: int, first_due: date, period: Period
) -> list[tuple[date, int]]:
    """``count`` equal instalments (in cents) of ``total_cents``, the remainder on the last."""
    if total_cents <= 0:
        raise PlanInputError(Message(CTX, NOTHING_TO_SPLIT))
    if not 1 <= count <= MAX_INSTALMENTS:
        raise PlanInputError(Message(CTX, COUNT_OUT_OF_RANGE, {"limit": MAX_INSTALMENTS}))
    base = total_cents // count
    if base == 0:
        raise PlanInputError(Message(CTX, COUNT_ABOVE_CENTS))
    amounts = [base] * (count - 1) + [total_cents - base * (count - 1)]
    return list(zip(_due_dates(first_due, count, Period(period)), amounts, strict=True))


def schedule_for_amount(
    total_cents: int, per_instalment_cents: int, first_due: date, period: Period
) -> list[tuple[date, int]]:
    """Instalments of ``per_instalment_cents`` until ``total_cents`` is paid (last one smaller)."""
    if total_cents <= 0:
        raise PlanInputError(Message(CTX, NOTHING_TO_SPLIT))
    if per_instalment_cents <= 0:
        raise PlanInputError(Message(CTX, NO_INSTALMENT_AMOUNT))
    count = -(-total_cents // per_instalment_cents)
    if count > MAX_INSTALMENTS:
        raise PlanInputError(Message(CTX, TOO_MANY_INSTALMENTS,
                                     {"count": count, "limit": MAX_INSTALMENTS}))
    amounts = [per_instalment_cents] * (count - 1)
    amounts.append(total_cents - per_instalment_cents * (count - 1))
    return list(zip(_due_dates(first_due, count, Period(period)), amounts, strict=True))


def months_between(start: date, end: date) -> int:
    """Whole months from ``start`` to ``end``, a started month counting as one."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if end.day > start.day:
        months += 1
    return max(months, 0)


NO_INSTALMENT = QT_TRANSLATE_NOOP("calls", "Ajoutez au moins une échéance.")
NOT_POSITIVE = QT_TRANSLATE_NOOP(
    "calls", "L'échéance n° {number} du {day} doit avoir un montant positif."
)
NOT_INCREASING = QT_TRANSLATE_NOOP(
    "calls", "L'échéance n° {number} ({day}) doit tomber après la précédente ({previous})."
)
IN_THE_PAST = QT_TRANSLATE_NOOP(
    "calls", "L'échéance n° {number} tombe dans le passé ({day})."
)
ABOVE_DUE = QT_TRANSLATE_NOOP(
    "calls", "Le total des échéances ({total}) dépasse ce qui est dû ({due})."
)
TOO_LONG = QT_TRANSLATE_NOOP(
    "calls",
    "La dette ne serait soldée que le {end}, après {months} mois (au plus {limit} mois "
    "conseillés).",
)
TOO_LONG_YEARS = QT_TRANSLATE_NOOP(
    "calls",
    "La dette ne serait soldée que le {end}, après {months} mois, soit environ {years} ans "
    "(au plus {limit} mois conseillés).",
)
BELOW_MINIMUM = QT_TRANSLATE_NOOP(
    "calls",
    "Échéances inférieures au minimum conseillé de {minimum} : {count} (la plus petite : "
    "{smallest}).",
)
FIRST_TOO_LATE = QT_TRANSLATE_NOOP(
    "calls",
    "La première échéance ({day}) est dans {days} jours : au plus {limit} jours conseillés.",
)
NOT_COVERED = QT_TRANSLATE_NOOP(
    "calls", "Le plan ne couvre pas tout ce qui est dû ({due}) : il manque {missing}."
)


def check_plan(
    instalments: Sequence[tuple[date, int]],
    *,
    total_due_cents: int,
    currency: str,
    today: date,
    policy: PlanPolicy = PlanPolicy(),
) -> PlanCheck:
    """Errors that forbid saving ``instalments`` and warnings worth reading first."""
    def money(cents: int) -> Money:
        return Money(cents, currency)

    if not instalments:
        return PlanCheck((Message(CTX, NO_INSTALMENT),), ())
    errors: list[Message] = []
    previous: date | None = None
    for number, (day, cents) in enumerate(instalments, start=1):
        if cents <= 0:
            errors.append(Message(CTX, NOT_POSITIVE, {"number": number, "day": day}))
        if previous is not None and day <= previous:
            errors.append(Message(CTX, NOT_INCREASING,
                                  {"number": number, "day": day, "previous": previous}))
        if day < today:
            errors.append(Message(CTX, IN_THE_PAST, {"number": number, "day": day}))
        previous = day
    total = sum(cents for _, cents in instalments)
    if total > total_due_cents:
        errors.append(Message(CTX, ABOVE_DUE,
                              {"total": money(total), "due": money(total_due_cents)}))

    warnings: list[Message] = []
    end = max(day for day, _ in instalments)
    if end > add_months(today, policy.max_months):
        months = months_between(today, end)
        args = {"end": end, "months": months, "limit": policy.max_months}
        if months >= 24:
            warnings.append(Message(CTX, TOO_LONG_YEARS, {**args, "years": (months + 6) // 12}))
        else:
            warnings.append(Message(CTX, TOO_LONG, args))
    amounts = [cents for _, cents in instalments]
    # The last instalment may be the small balance of larger regular ones: not a warning.
    regular = amounts[:-1] if len(amounts) > 1 and amounts[-1] < max(amounts) else amounts
    small = [cents for cents in regular if 0 < cents < policy.min_instalment_cents]
    if small:
        warnings.append(Message(CTX, BELOW_MINIMUM, {
            "minimum": money(policy.min_instalment_cents), "count": len(small),
            "smallest": money(min(small))}))
    first = min(day for day, _ in instalments)
    delay = (first - today).days
    if delay > policy.max_first_delay_days:
        warnings.append(Message(CTX, FIRST_TOO_LATE, {
            "day": first, "days": delay, "limit": policy.max_first_delay_days}))
    if 0 < total < total_due_cents:
        warnings.append(Message(CTX, NOT_COVERED, {
            "due": money(total_due_cents), "missing": money(total_due_cents - total)}))
    return PlanCheck(tuple(errors), tuple(warnings))

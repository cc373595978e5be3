"""Before dialling: may this customer be called now? (LEGAL-NOTES §4 "Calls", §6 "Call limits").

No statute sets hours or a frequency for collection calls in France; the app follows the prudent
benchmark of the telemarketing rules (weekdays, at most 4 calls per 30 days, 60 days of silence
after a refusal) as *warnings*: the user may call after confirming. Two situations are *hard
stops*, the call must not be made:

* Belgium, between 22:00 and 08:00 (the ban of the former law of 2002, kept as a hard stop);
* the customer asked for written contact only.

Every past call attempt counts towards the limits, whatever its outcome (no answer included).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from relance_desktop.domain.calls import holiday_cache
from relance_desktop.domain.calls.codes import Outcome
from relance_desktop.domain.calls.hours import (
    CTX,
    DEFAULT_ALLOWED,
    CallHours,
    day_name,
    describe,
)
from relance_desktop.domain.messages import QT_TRANSLATE_NOOP, Message

BE_QUIET_FROM = time(22, 0)
BE_QUIET_UNTIL = time(8, 0)


@dataclass(frozen=True)
class PastCall:
    at: datetime
    who: str  # the user who called ("" when unknown)
    outcome: str  # codes.Outcome value


@dataclass(frozen=True)
class CallPolicy:
    allowed: CallHours = DEFAULT_ALLOWED
    per_day: int = 1
    per_7_days: int = 3
    per_30_days: int = 4
    quiet_days_after_refusal: int = 60


@dataclass(frozen=True)
class GuardReport:
    hard_stop: Message | None  # the call must not be made
    warnings: tuple[Message, ...]  # the call may be made after confirming
    last_call: PastCall | None
    next_slot: datetime | None = None  # the first moment the hour rules allow (now when clear)

    @property
    def clear(self) -> bool:
        return self.hard_stop is None and not self.warnings


WRITTEN_ONLY = QT_TRANSLATE_NOOP(
    "calls",
    "Ce client a demandé à être contacté uniquement par écrit : ne l'appelez pas, "
    "envoyez-lui un courrier ou un e-mail.",
)
BE_NIGHT = QT_TRANSLATE_NOOP(
    "calls",
    "Il est {time} : en Belgique, les appels de recouvrement sont interdits entre 22:00 et "
    "08:00. Rappelez à partir de 08:00.",
)
OUTSIDE_ALLOWED = QT_TRANSLATE_NOOP(
    "calls", "Il est {time}, en dehors des heures d'appel prévues ({hours})."
)
OUTSIDE_CUSTOMER = QT_TRANSLATE_NOOP(
    "calls", "Il est {time}, en dehors des heures où le client préfère être appelé ({hours})."
)
WEEKEND = QT_TRANSLATE_NOOP(
    "calls", "Nous sommes {day} : évitez d'appeler un client le week-end."
)
HOLIDAY = QT_TRANSLATE_NOOP(
    "calls", "Aujourd'hui est un jour férié dans le pays du client ({holiday})."
)
CALLED_TODAY = QT_TRANSLATE_NOOP(
    "calls",
    "Déjà appelé aujourd'hui à {time} par {who} (appels aujourd'hui : {count} ; au plus {limit} "
    "par jour).",
)
OVER_7_DAYS = QT_TRANSLATE_NOOP(
    "calls",
    "Appels ces 7 derniers jours : déjà {count} (au plus {limit}) ; le dernier le {day} à {time} "
    "par {who}.",
)
OVER_30_DAYS = QT_TRANSLATE_NOOP(
    "calls",
    "Appels ces 30 derniers jours : déjà {count} (au plus {limit}) ; le dernier le {day} à "
    "{time} par {who}.",
)
REFUSED = QT_TRANSLATE_NOOP(
    "calls",
    "Le client a refusé l'appel le {day} ({who}) : pas de nouvel appel conseillé avant le "
    "{until}.",
)
UNKNOWN_CALLER = QT_TRANSLATE_NOOP("calls", "un utilisateur non renseigné")


def _who(name: str) -> str | Message:
    return name or Message(CTX, UNKNOWN_CALLER)


def _hm(moment: datetime) -> str:
    return moment.strftime("%H:%M")


@lru_cache(maxsize=64)
def _holidays(country: str, year: int) -> dict[date, str]:
    """Public holidays of ``country`` in ``year`` with their French names ({} if unknown); kept
    on disk between runs when the application says where (``holiday_cache``)."""
    return holiday_cache.cached(country, year, lambda: _read_holidays(country, year))


def _read_holidays(country: str, year: int) -> dict[date, str]:
    """Public holidays of ``country`` in ``year`` as the holidays package gives them."""
    # Imported here: the holidays package is slow to import. France and Belgium are named
    # explicitly so a frozen build (PyInstaller) finds them; other countries are looked up.
    found: Mapping[date, object]
    try:
        if country == "FR":
            from holidays.countries.france import France

            found = France(years=year, language="fr")  # type: ignore[no-untyped-call]
        elif country == "BE":
            from holidays.countries.belgium import Belgium

            found = Belgium(years=year, language="fr")  # type: ignore[no-untyped-call]
        else:
            import holidays

            found = holidays.country_holidays(country, years=year, language="fr")
    except (NotImplementedError, KeyError, ImportError, OSError):
        # OSError: no French names for this country's holidays (gettext catalogue missing)
        return {}
    return {day: str(name) for day, name in found.items()}


def preload_holidays(year: int, countries: tuple[str, ...] = ("FR", "BE")) -> None:
    """Read the holidays of ``countries`` for ``year`` now (the package takes a few hundred
    milliseconds to load the first time): meant for a background thread at start, so the first
    check of call hours (Today) does not pay for it."""
    for country in countries:
        _holidays(country, year)


def holiday_name(day: date, country: str) -> str | None:
    """The name of the public holiday ``day`` is in ``country``, or None."""
    return _holidays(country.upper(), day.year).get(day)


def in_be_night(at: datetime, country: str) -> bool:
    """Inside the Belgian ban: from 22:00 (included) to 08:00 (excluded)."""
    return country.upper() == "BE" and (at.time() >= BE_QUIET_FROM or at.time() < BE_QUIET_UNTIL)


def hours_allow(at: datetime, *, country: str, policy: CallPolicy,
                customer_hours: CallHours | None = None) -> bool:
    """Do the hour rules allow a call at ``at``? Not in the Belgian night, not a weekend or a
    public holiday, inside the hours the user set and the customer's preferred hours (when it
    has any). The one answer to « may I call now? » as far as time goes."""
    if in_be_night(at, country) or at.weekday() >= 5 or holiday_name(at.date(), country):
        return False
    if not policy.allowed.empty and not policy.allowed.is_open(at):
        return False
    return customer_hours is None or customer_hours.empty or customer_hours.is_open(at)


def _day_windows(day: date, country: str, hours: Sequence[CallHours]) -> list[tuple[time, time]]:
    """The windows of ``day`` every ``hours`` allows (intersected), Belgian night cut off."""
    windows: list[tuple[time, time]] = [(time(0, 0), time.max)]
    if country.upper() == "BE":
        windows = [(BE_QUIET_UNTIL, BE_QUIET_FROM)]
    for h in hours:
        if h.empty:
            continue
        windows = [(max(a, c), min(b, d)) for a, b in windows for c, d in h.today_windows(day)
                   if max(a, c) < min(b, d)]
    return sorted(windows)


def next_call_slot(after: datetime, *, country: str, policy: CallPolicy,
                   customer_hours: CallHours | None = None,
                   search_days: int = 21) -> datetime | None:
    """The first moment from ``after`` (itself included) at which :func:`hours_allow` says
    yes; when the customer's hours never meet the user's within ``search_days``, the first
    moment the user's hours and the law allow. None if there is none at all."""
    for hours in ((policy.allowed, customer_hours or CallHours()), (policy.allowed,)):
        for offset in range(search_days + 1):
            day = after.date() + timedelta(days=offset)
            if day.weekday() >= 5 or holiday_name(day, country):
                continue
            for start, end in _day_windows(day, country, hours):
                begin = max(datetime.combine(day, start), after)
                if begin < datetime.combine(day, end):
                    return begin
    return None


def _limit_warning(
    text: str, calls: list[PastCall], limit: int
) -> Message:
    last = calls[-1]
    return Message(CTX, text, {
        "count": len(calls), "limit": limit, "day": last.at.date(), "time": _hm(last.at),
        "who": _who(last.who),
    })


def check_call(
    now: datetime,
    *,
    country: str,
    policy: CallPolicy,
    past_calls: Sequence[PastCall],
    written_only: bool = False,
    customer_hours: CallHours | None = None,
) -> GuardReport:
    """What stands against calling the customer at ``now`` (local time of the customer)."""
    calls = sorted((c for c in past_calls if c.at <= now), key=lambda c: c.at)
    last_call = calls[-1] if calls else None

    hard_stop: Message | None = None
    if written_only:
        hard_stop = Message(CTX, WRITTEN_ONLY)
    elif in_be_night(now, country):
        hard_stop = Message(CTX, BE_NIGHT, {"time": _hm(now)})

    warnings: list[Message] = []
    weekend = now.weekday() >= 5
    if weekend:
        warnings.append(Message(CTX, WEEKEND, {"day": day_name(now.weekday())}))
    holiday = holiday_name(now.date(), country)
    if holiday:
        warnings.append(Message(CTX, HOLIDAY, {"holiday": holiday, "day": now.date()}))
    if not policy.allowed.empty and not policy.allowed.is_open(now):
        warnings.append(Message(CTX, OUTSIDE_ALLOWED, {
            "time": _hm(now), "hours": describe(policy.allowed)}))
    if customer_hours is not None and not customer_hours.empty and not customer_hours.is_open(now):
        warnings.append(Message(CTX, OUTSIDE_CUSTOMER, {
            "time": _hm(now), "hours": describe(customer_hours)}))

    today = [c for c in calls if c.at.date() == now.date()]
    if len(today) >= policy.per_day:
        warnings.append(Message(CTX, CALLED_TODAY, {
            "time": _hm(today[-1].at), "who": _who(today[-1].who), "count": len(today),
            "limit": policy.per_day}))
    week = [c for c in calls if c.at > now - timedelta(days=7)]
    if len(week) >= policy.per_7_days:
        warnings.append(_limit_warning(OVER_7_DAYS, week, policy.per_7_days))
    month = [c for c in calls if c.at > now - timedelta(days=30)]
    if len(month) >= policy.per_30_days:
        warnings.append(_limit_warning(OVER_30_DAYS, month, policy.per_30_days))

    quiet = timedelta(days=policy.quiet_days_after_refusal)
    refusals = [c for c in calls if c.outcome == Outcome.REFUSED and c.at > now - quiet]
    if refusals:
        refusal = refusals[-1]
        warnings.append(Message(CTX, REFUSED, {
            "day": refusal.at.date(), "who": _who(refusal.who),
            "until": refusal.at.date() + quiet}))
    next_slot = next_call_slot(now, country=country, policy=policy,
                               customer_hours=customer_hours)
    return GuardReport(hard_stop, tuple(warnings), last_call, next_slot)

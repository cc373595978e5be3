"""Call hours: when a customer likes to be called, and when the company calls at all.

Users type a customer's preferred hours freely (``Customer.call_hours``). :func:`parse_call_hours`
reads French, English and Dutch day names and abbreviations, case- and accent-insensitive:

* ``"lun-ven 9h30-11h30"``, ``"mon-fri 09:30-11:30"``, ``"ma-vr 9:30-11:30; za 10-12"``;
* ``"9h-12h, 14h-17h"``: no days means Monday to Friday;
* ``"mardi et jeudi 14h-16h"``, ``"lun,mer,ven 10:00-12:00"``, ``"du lundi au vendredi de 9h à
  12h"``, ``"matin"`` (09:00–12:00), ``"après-midi"`` (14:00–18:00).

Days come before their hours (``"lun-ven 9h-12h, sam 10h-12h"``: the second range of days starts
a new group); days written after the hours apply to them when no hours follow
(``"9h-12h lun-ven"``). ``;``, ``|`` and new lines separate groups.

Two-letter abbreviations are ambiguous between French and Dutch: ``ma`` is *mardi* or *maandag*,
``di`` is *dimanche* or *dinsdag*. They are read as Dutch (``ma-vr``) unless the text holds a
French-only two-letter abbreviation (``lu``, ``me``, ``je``, ``ve``).

User-visible sentences are :class:`relance_desktop.domain.messages.Message` objects (the class
:mod:`relance_desktop.i18n` re-exports), rendered and translated by the views.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from relance_desktop.domain.messages import QT_TRANSLATE_NOOP, Message

__all__ = [
    "CTX", "DEFAULT_ALLOWED", "QT_TRANSLATE_NOOP", "CallHours", "CallHoursError", "Message",
    "Window", "describe", "parse_call_hours",
]

CTX = "calls"
WEEKDAYS = frozenset(range(5))
ALL_DAYS = frozenset(range(7))
SEARCH_DAYS = 8


@dataclass(frozen=True)
class Window:
    """Calls are welcome on ``weekdays`` (0 = Monday) from ``start`` (included) to ``end``."""

    weekdays: frozenset[int]
    start: time
    end: time


@dataclass(frozen=True)
class CallHours:
    """A set of weekly windows; no window at all means "no preference"."""

    windows: tuple[Window, ...] = field(default=())

    @property
    def empty(self) -> bool:
        return not self.windows

    def is_open(self, at: datetime) -> bool:
        moment = at.time()
        day = at.weekday()
        return any(day in w.weekdays and w.start <= moment < w.end for w in self.windows)

    def today_windows(self, day: date) -> tuple[tuple[time, time], ...]:
        """The (start, end) windows of ``day``, in order."""
        weekday = day.weekday()
        return tuple(sorted({(w.start, w.end) for w in self.windows if weekday in w.weekdays}))

    def next_open(self, at: datetime) -> datetime | None:
        """``at`` itself when open, else the next opening within 8 days (None if none)."""
        if self.is_open(at):
            return at
        for offset in range(SEARCH_DAYS + 1):
            day = at.date() + timedelta(days=offset)
            for start, _end in self.today_windows(day):
                candidate = datetime.combine(day, start)
                if candidate > at:
                    return candidate
        return None


DEFAULT_ALLOWED = CallHours(
    (Window(WEEKDAYS, time(9, 0), time(12, 0)), Window(WEEKDAYS, time(14, 0), time(18, 0)))
)

EXAMPLE = "lun-ven 9h30-11h30 ; sam 10h-12h"


class CallHoursError(ValueError):
    """The text typed is not a list of call hours; ``message`` says what was expected."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.render())
        self.message = message


def _error(text: str, detail: str, **args: object) -> CallHoursError:
    return CallHoursError(
        Message(CTX, detail, {"text": text.strip(), "example": EXAMPLE, **args})
    )


UNKNOWN_WORD = QT_TRANSLATE_NOOP(
    "calls",
    "Heures d'appel « {text} » non comprises : « {word} » n'est ni un jour ni une heure. "
    "Écrivez par exemple « {example} ».",
)
BAD_HOUR = QT_TRANSLATE_NOOP(
    "calls",
    "Heures d'appel « {text} » non comprises : « {value} » n'est pas une heure valide. "
    "Écrivez par exemple « {example} ».",
)
BACKWARDS = QT_TRANSLATE_NOOP(
    "calls",
    "Heures d'appel « {text} » : la plage {start}–{end} finit avant de commencer. "
    "Écrivez par exemple « {example} ».",
)
NO_HOURS = QT_TRANSLATE_NOOP(
    "calls",
    "Heures d'appel « {text} » : indiquez aussi les heures, pas seulement les jours. "
    "Écrivez par exemple « {example} ».",
)
INCOMPLETE = QT_TRANSLATE_NOOP(
    "calls",
    "Heures d'appel « {text} » non comprises : chaque plage a un début et une fin. "
    "Écrivez par exemple « {example} ».",
)

# Day names, accents removed, lower case. Two-letter French/Dutch clashes are resolved apart.
DAY_WORDS: dict[str, int] = {}
for _index, _names in enumerate((
    "lundi lun lu monday mon mo maandag maa",
    "mardi mar tuesday tue tues tu dinsdag din",
    "mercredi mer me wednesday wed we woensdag woe wo",
    "jeudi jeu je thursday thu thur thurs th donderdag don do",
    "vendredi ven ve friday fri fr vrijdag vri vr",
    "samedi sam saturday sat sa zaterdag zat za",
    "dimanche dim sunday sun su zondag zon zo",
)):
    for _name in _names.split():
        DAY_WORDS[_name] = _index
FRENCH_ONLY_SHORT = {"lu", "me", "je", "ve"}
AMBIGUOUS_SHORT = {"ma": (1, 0), "di": (6, 1)}  # (French reading, Dutch reading)
GROUP_WORDS = {
    "semaine": WEEKDAYS, "weekdays": WEEKDAYS, "werkdagen": WEEKDAYS,
    "weekend": frozenset({5, 6}),
}
PERIOD_WORDS = {
    "matin": (time(9, 0), time(12, 0)), "matinee": (time(9, 0), time(12, 0)),
    "morning": (time(9, 0), time(12, 0)), "ochtend": (time(9, 0), time(12, 0)),
    "voormiddag": (time(9, 0), time(12, 0)),
    "apresmidi": (time(14, 0), time(18, 0)), "afternoon": (time(14, 0), time(18, 0)),
    "namiddag": (time(14, 0), time(18, 0)),
}
RANGE_WORDS = {"a", "au", "to", "till", "until", "tot", "jusqu", "jusqua", "through", "thru"}
FILLER_WORDS = {
    "de", "du", "des", "le", "les", "la", "l", "d", "from", "van", "vanaf", "on", "op", "the",
    "et", "and", "en", "ou", "or", "of", "uniquement", "seulement", "only", "alleen", "entre",
    "between", "tussen", "heures", "hours", "uur", "h",
}
CLOCK_WORDS = {"midi": time(12, 0), "noon": time(12, 0), "middernacht": time(0, 0)}

TOKEN = re.compile(
    r"(?P<time>\d{1,2}(?:\s*[h:.]\s*\d{2}|\s*h(?![a-z]))?)"
    r"|(?P<word>[a-z]+)"
    r"|(?P<range>[-~]|\.\.)"
    r"|(?P<group>[;|\n])"
    r"|(?P<list>[,&+/])"
    r"|(?P<space>\s+)"
    r"|(?P<other>.)"
)


def _normalise(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    for dash in ("\u2013", "\u2014", "\u2012", "\u2212"):
        plain = plain.replace(dash, "-")
    plain = plain.replace("apres-midi", "apresmidi").replace("apres midi", "apresmidi")
    return re.sub(r"\bt\s*/\s*m\b|\bt\.e\.m\.?", "-", plain)


def _clock(raw: str, text: str) -> time:
    parts = re.split(r"\s*[h:.]\s*", raw.strip())
    hour = int(parts[0])
    minute = int(parts[1]) if len(parts) > 1 and parts[1] else 0
    if hour > 23 or minute > 59:
        raise _error(text, BAD_HOUR, value=raw.strip())
    return time(hour, minute)


# Elements of a group: a set of days, or a (start, end) range.
_Days = frozenset[int]
_Range = tuple[time, time]


def _tokens(text: str) -> list[tuple[str, object]]:
    normalised = _normalise(text)
    words = set(re.findall(r"[a-z]+", normalised))
    french = bool(words & FRENCH_ONLY_SHORT)
    out: list[tuple[str, object]] = []
    for match in TOKEN.finditer(normalised):
        kind = match.lastgroup or "other"
        value = match.group()
        if kind == "space" or kind == "list":
            continue
        if kind == "other":
            if value in "'’":
                continue
            raise _error(text, UNKNOWN_WORD, word=value)
        if kind == "time":
            out.append(("time", _clock(value, text)))
        elif kind == "word":
            if value in AMBIGUOUS_SHORT:
                fr_day, nl_day = AMBIGUOUS_SHORT[value]
                out.append(("day", frozenset({fr_day if french else nl_day})))
            elif value in DAY_WORDS:
                out.append(("day", frozenset({DAY_WORDS[value]})))
            elif value in GROUP_WORDS:
                out.append(("day", GROUP_WORDS[value]))
            elif value in PERIOD_WORDS:
                out.append(("period", PERIOD_WORDS[value]))
            elif value in CLOCK_WORDS:
                out.append(("time", CLOCK_WORDS[value]))
            elif value in RANGE_WORDS:
                if not out or out[-1][0] != "range":  # « jusqu'à »
                    out.append(("range", None))
            elif value in FILLER_WORDS:
                continue
            else:
                raise _error(text, UNKNOWN_WORD, word=value)
        else:
            out.append((kind, None))
    return out


def _day_span(first: int, last: int) -> frozenset[int]:
    days = {first}
    current = first
    while current != last:
        current = (current + 1) % 7
        days.add(current)
    return frozenset(days)


def _elements(text: str) -> list[list[_Days | _Range]]:
    """Groups of elements: day sets (ranges and lists merged) and time ranges."""
    groups: list[list[_Days | _Range]] = [[]]
    tokens = _tokens(text)
    i = 0
    while i < len(tokens):
        kind, value = tokens[i]
        current = groups[-1]
        if kind == "group":
            groups.append([])
            i += 1
        elif kind == "day":
            days = value if isinstance(value, frozenset) else frozenset()
            if (i + 2 < len(tokens) and tokens[i + 1][0] == "range"
                    and tokens[i + 2][0] == "day"):
                last = tokens[i + 2][1]
                if len(days) == 1 and isinstance(last, frozenset) and len(last) == 1:
                    days = _day_span(min(days), min(last))
                else:
                    days = days | (last if isinstance(last, frozenset) else frozenset())
                i += 3
            else:
                i += 1
            if current and isinstance(current[-1], frozenset):
                current[-1] = current[-1] | days  # "lun, mer et ven"
            else:
                current.append(days)
        elif kind == "time":
            if not (i + 2 < len(tokens) and tokens[i + 1][0] == "range"
                    and tokens[i + 2][0] == "time"):
                raise _error(text, INCOMPLETE)
            start = value if isinstance(value, time) else time()
            end_value = tokens[i + 2][1]
            end = end_value if isinstance(end_value, time) else time()
            if end <= start:
                raise _error(text, BACKWARDS, start=start.strftime("%H:%M"),
                             end=end.strftime("%H:%M"))
            current.append((start, end))
            i += 3
        elif kind == "period":
            if isinstance(value, tuple):
                current.append((value[0], value[1]))
            i += 1
        else:  # a range sign with nothing sensible around it
            raise _error(text, INCOMPLETE)
    return [g for g in groups if g]


@lru_cache(maxsize=1024)
def parse_call_hours(text: str) -> CallHours:
    """Read call hours typed by a user; an empty text gives no windows (no preference).

    Raises :class:`CallHoursError` when the text cannot be read.
    """
    if not text.strip():
        return CallHours(())
    windows: list[Window] = []
    for group in _elements(text):
        days: frozenset[int] | None = None
        ranges: list[_Range] = []
        for index, element in enumerate(group):
            if isinstance(element, frozenset):
                if ranges:
                    more_hours = any(isinstance(e, tuple) for e in group[index + 1:])
                    if days is None and not more_hours:
                        days = element  # "9h-12h lun-ven": the days come after their hours
                        continue
                    windows.extend(Window(days or WEEKDAYS, s, e) for s, e in ranges)
                    ranges = []
                elif days is not None:
                    raise _error(text, NO_HOURS)
                days = element
            else:
                ranges.append(element)
        if not ranges:
            raise _error(text, NO_HOURS)
        windows.extend(Window(days or WEEKDAYS, s, e) for s, e in ranges)
    return CallHours(tuple(windows))


# -- describing hours in words ------------------------------------------------------------------
DAY_NAMES = (
    QT_TRANSLATE_NOOP("calls", "lundi"),
    QT_TRANSLATE_NOOP("calls", "mardi"),
    QT_TRANSLATE_NOOP("calls", "mercredi"),
    QT_TRANSLATE_NOOP("calls", "jeudi"),
    QT_TRANSLATE_NOOP("calls", "vendredi"),
    QT_TRANSLATE_NOOP("calls", "samedi"),
    QT_TRANSLATE_NOOP("calls", "dimanche"),
)


def day_name(weekday: int) -> Message:
    return Message(CTX, DAY_NAMES[weekday])


def _join(parts: list[Message], joiner: str) -> Message:
    result = parts[-1]
    for part in reversed(parts[:-1]):
        result = Message(CTX, joiner, {"first": part, "rest": result})
    return result


def _days_words(days: frozenset[int]) -> Message:
    ordered = sorted(days)
    if days == ALL_DAYS:
        return Message(CTX, QT_TRANSLATE_NOOP("calls", "tous les jours"))
    if len(ordered) >= 3 and ordered == list(range(ordered[0], ordered[-1] + 1)):
        return Message(CTX, QT_TRANSLATE_NOOP("calls", "du {first} au {last}"),
                       {"first": day_name(ordered[0]), "last": day_name(ordered[-1])})
    names = [day_name(d) for d in ordered]
    if len(names) == 1:
        return Message(CTX, QT_TRANSLATE_NOOP("calls", "le {day}"), {"day": names[0]})
    listed = _join(names[:-1], QT_TRANSLATE_NOOP("calls", "{first}, {rest}"))
    return Message(CTX, QT_TRANSLATE_NOOP("calls", "les {first} et {last}"),
                   {"first": listed, "last": names[-1]})


def describe(hours: CallHours) -> Message:
    """The windows in words: « du lundi au vendredi de 09:00 à 12:00 et de 14:00 à 18:00 »."""
    if hours.empty:
        return Message(CTX, QT_TRANSLATE_NOOP("calls", "sans préférence"))
    grouped: dict[frozenset[int], list[tuple[time, time]]] = {}
    for w in hours.windows:
        grouped.setdefault(w.weekdays, []).append((w.start, w.end))
    parts = []
    for days, ranges in sorted(grouped.items(), key=lambda item: min(item[0])):
        spans = [
            Message(CTX, QT_TRANSLATE_NOOP("calls", "de {start} à {end}"),
                    {"start": s.strftime("%H:%M"), "end": e.strftime("%H:%M")})
            for s, e in sorted(set(ranges))
        ]
        spans_words = _join(spans, QT_TRANSLATE_NOOP("calls", "{first} et {rest}"))
        parts.append(Message(CTX, QT_TRANSLATE_NOOP("calls", "{days} {hours}"),
                             {"days": _days_words(days), "hours": spans_words}))
    return _join(parts, QT_TRANSLATE_NOOP("calls", "{first} ; {rest}"))


SHORT_DAY_NAMES = (
    QT_TRANSLATE_NOOP("calls", "lun"),
    QT_TRANSLATE_NOOP("calls", "mar"),
    QT_TRANSLATE_NOOP("calls", "mer"),
    QT_TRANSLATE_NOOP("calls", "jeu"),
    QT_TRANSLATE_NOOP("calls", "ven"),
    QT_TRANSLATE_NOOP("calls", "sam"),
    QT_TRANSLATE_NOOP("calls", "dim"),
)
SPAN = QT_TRANSLATE_NOOP("calls", "{first}–{last}")
LISTED = QT_TRANSLATE_NOOP("calls", "{first}, {rest}")


def compact(hours: CallHours) -> Message:
    """The windows in short, in the reader's language: « mar–jeu 10:00–12:00 » reads
    « Tue–Thu 10:00–12:00 » in English, « di–do 10:00–12:00 » in Dutch."""
    if hours.empty:
        return describe(hours)
    grouped: dict[frozenset[int], list[tuple[time, time]]] = {}
    for w in hours.windows:
        grouped.setdefault(w.weekdays, []).append((w.start, w.end))
    parts = []
    for days, ranges in sorted(grouped.items(), key=lambda item: min(item[0])):
        ordered = sorted(days)
        names = [Message(CTX, SHORT_DAY_NAMES[d]) for d in ordered]
        if days == ALL_DAYS:
            days_words = Message(CTX, QT_TRANSLATE_NOOP("calls", "tous les jours"))
        elif len(ordered) >= 3 and ordered == list(range(ordered[0], ordered[-1] + 1)):
            days_words = Message(CTX, SPAN, {"first": names[0], "last": names[-1]})
        else:
            days_words = _join(names, LISTED)
        spans = [Message(CTX, SPAN, {"first": s, "last": e})  # times: the reader's format
                 for s, e in sorted(set(ranges))]
        parts.append(Message(CTX, QT_TRANSLATE_NOOP("calls", "{days} {hours}"),
                             {"days": days_words, "hours": _join(spans, LISTED)}))
    return _join(parts, QT_TRANSLATE_NOOP("calls", "{first} ; {rest}"))


def readable(text: str) -> Message:
    """A customer's call hours as typed, shown in the reader's language when Relance reads
    them (:func:`compact`), else as typed."""
    try:
        return compact(parse_call_hours(text))
    except CallHoursError:
        return Message(CTX, "{text}", {"text": text.strip()})

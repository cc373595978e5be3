"""Bringing the rate table up to date: an update file, an online update, a rate typed by hand.

Where the added rates live: a user data file, ``<data folder>/legal/rates-added.json``, not the
company file. The rates are public national figures, the same for every company the user opens:
one update serves them all, and a company file moved to another computer is read with that
computer's table. The data folder is outside the installed program, so an update of the app
leaves the file alone; it is written atomically and the previous version is kept beside it
(``rates-added.json.bak``). Each record keeps its source, link, how it came in and when.

Every way in turns figures into :class:`AddedRate` records checked by the same rules
(:func:`relance_desktop.domain.legal.rates_check.check_added`); nothing is written when one
record is refused. The online update is off by default and never runs without the user's say.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import os
import re
import shutil
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from relance_desktop import paths
from relance_desktop.domain.legal.rates import SERIES, HalfYear, RateTable
from relance_desktop.domain.legal.rates_check import (
    VIA,
    AddedRate,
    Checked,
    Problem,
    apply_added,
    check_added,
)
from relance_desktop.errors import UserFacingError
from relance_desktop.i18n import QT_TRANSLATE_NOOP, Message, Translate, identity_translate
from relance_desktop.settings import Settings

log = logging.getLogger(__name__)

CTX = "rates"
STORE_NAME = Path("legal") / "rates-added.json"
STORE_FORMAT = 1
#: ECB data portal, main refinancing operations fixed rate (daily series, level in percent).
ECB_SERIES_KEY = "FM.D.U2.EUR.4F.KR.MRR_FR.LEV"
ECB_URL = "https://data-api.ecb.europa.eu/service/data/FM/D.U2.EUR.4F.KR.MRR_FR.LEV"
TIMEOUT_SECONDS = 10.0
MAX_ANSWER_BYTES = 2_000_000
MAX_LISTED = 20

SERIES_TEXTS: dict[str, str] = {
    "ecb": QT_TRANSLATE_NOOP("rates", "Taux BCE (opérations principales de refinancement)"),
    "fr_legal_individual": QT_TRANSLATE_NOOP(
        "rates", "Taux légal France, créancier particulier"),
    "fr_legal_other": QT_TRANSLATE_NOOP("rates", "Taux légal France, autres cas"),
    "be_b2b": QT_TRANSLATE_NOOP("rates", "Taux belge, loi du 2 août 2002"),
}
VIA_TEXTS: dict[str, str] = {
    "file": QT_TRANSLATE_NOOP("rates", "fichier de mise à jour"),
    "online": QT_TRANSLATE_NOOP("rates", "mise à jour en ligne"),
    "manual": QT_TRANSLATE_NOOP("rates", "saisi à la main"),
    "settings": QT_TRANSLATE_NOOP("rates", "saisi à la main (version précédente)"),
}
PROBLEM_TEXTS: dict[str, str] = {
    "unknown_series": QT_TRANSLATE_NOOP("rates", "série inconnue."),
    "source_required": QT_TRANSLATE_NOOP(
        "rates", "la source est obligatoire (qui a publié ce taux, où vous l'avez lu)."),
    "out_of_range": QT_TRANSLATE_NOOP(
        "rates", "{rate} % n'est pas plausible pour ce taux (attendu entre {low} et {high} %)."),
    "not_half_point": QT_TRANSLATE_NOOP(
        "rates", "{rate} % : le taux belge est publié au demi-point près (ex. 10,50)."),
    "not_yet": QT_TRANSLATE_NOOP(
        "rates", "ce semestre n'a pas encore pu être publié (au plus tard {latest} aujourd'hui)."),
    "given_twice": QT_TRANSLATE_NOOP(
        "rates", "donné deux fois avec deux valeurs différentes ({other} % et {rate} %)."),
    "conflict": QT_TRANSLATE_NOOP(
        "rates", "la table connaît déjà {current} % pour ce semestre, la mise à jour dit "
        "{rate} % : rien n'est remplacé (vérifiez la publication officielle)."),
    "gap": QT_TRANSLATE_NOOP(
        "rates", "il manque d'abord le semestre {missing} (une série ne peut pas avoir de trou)."),
    "be_formula": QT_TRANSLATE_NOOP(
        "rates", "{rate} % diffère du calcul BCE {ecb} % + 8 points arrondi au demi-point "
        "supérieur ({expected} %) : vérifiez l'avis publié."),
}
FILE_TEXTS: dict[str, str] = {
    "json": QT_TRANSLATE_NOOP("rates", "ce n'est pas du JSON valide ({reason})."),
    "object": QT_TRANSLATE_NOOP("rates", "un objet « {key} » est attendu."),
    "format": QT_TRANSLATE_NOOP("rates", "format « {value} » inconnu (attendu : 1)."),
    "series": QT_TRANSLATE_NOOP("rates", "série inconnue (attendu : {known})."),
    "half_year": QT_TRANSLATE_NOOP("rates", "« {value} » n'est pas un semestre (ex. 2026-S2)."),
    "rate": QT_TRANSLATE_NOOP("rates", "« {value} » n'est pas un taux."),
}
WHERE_LINE = QT_TRANSLATE_NOOP("rates", "{file}, ligne {line} : ")
WHERE_FILE = QT_TRANSLATE_NOOP("rates", "{file} : ")
REFUSED = QT_TRANSLATE_NOOP(
    "rates", "Mise à jour des taux refusée, rien n'a été enregistré :\n{details}")


class RatesRefused(UserFacingError):
    """One or more figures break a rule; ``lines`` are the sentences, one per problem."""

    def __init__(self, lines: Sequence[Message]) -> None:
        self.lines = tuple(lines)
        super().__init__(REFUSED, context=CTX, details="\n".join(m.render() for m in lines))

    def render(self, translate: Translate = identity_translate,
               money: Callable[[Any], str] = str) -> str:
        shown = [m.render(translate, money) for m in self.lines[:MAX_LISTED]]
        if len(self.lines) > MAX_LISTED:
            shown.append(f"… (+{len(self.lines) - MAX_LISTED})")
        return translate(CTX, REFUSED).format(details="\n".join(shown))


def problem_message(problem: Problem, file: str = "") -> Message:
    """« rates.json, ligne 12 : Taux BCE … 2026-S2 : 2.15 % … » for one problem."""
    where = ""
    if file and problem.line:
        where = Message(CTX, WHERE_LINE, {"file": file, "line": problem.line}).render()
    elif file:
        where = Message(CTX, WHERE_FILE, {"file": file}).render()
    args = {k: (f"{v:f}" if isinstance(v, Decimal) else v) for k, v in problem.args.items()}
    return Message(CTX, "{where}{series} {half_year} : {text}", {
        "where": where, "series": Message(CTX, SERIES_TEXTS.get(problem.series, problem.series)),
        "half_year": problem.half_year,
        "text": Message(CTX, PROBLEM_TEXTS.get(problem.code, problem.code), args)})


# -- the shipped table and the user's added rates ---------------------------------------------
def shipped_file() -> Path:
    return paths.resources_dir() / "legal" / "rates.json"


def shipped_table() -> RateTable:
    return RateTable.from_json(shipped_file().read_text(encoding="utf-8"))


def store_file() -> Path:
    return paths.data_dir() / STORE_NAME


def _record_json(record: AddedRate) -> dict[str, Any]:
    return {"series": record.series, "half_year": str(record.half_year),
            "rate": f"{record.rate:f}", "source": record.source, "link": record.link,
            "via": record.via, "origin": record.origin, "added_on": record.added_on.isoformat()}


def _record_from(item: object, where: str) -> AddedRate:
    if not isinstance(item, dict):
        raise ValueError(f"{where}: not an object")
    try:
        record = AddedRate(
            series=str(item["series"]), half_year=HalfYear.parse(str(item["half_year"])),
            rate=Decimal(str(item["rate"])), source=str(item["source"]),
            via=str(item.get("via", "manual")),
            added_on=date.fromisoformat(str(item["added_on"])),
            link=str(item.get("link", "")), origin=str(item.get("origin", "")))
    except (KeyError, ValueError, InvalidOperation) as exc:
        raise ValueError(f"{where}: {exc}") from exc
    if record.series not in SERIES or record.via not in VIA or not record.rate.is_finite():
        raise ValueError(f"{where}: unknown series, way in or rate")
    return record


def read_store(file: Path | None = None) -> list[AddedRate]:
    """The added rates, oldest first ([] when none was added yet). An unreadable file raises a
    :class:`UserFacingError` naming it; it is never overwritten (see :func:`save_store`)."""
    file = file or store_file()
    try:
        data = json.loads(file.read_text(encoding="utf-8"), parse_float=Decimal)
        if not isinstance(data, dict) or data.get("format") != STORE_FORMAT:
            raise ValueError("not a rates file of format 1")
        items = data.get("rates")
        if not isinstance(items, list):
            raise ValueError('missing "rates" list')
        return [_record_from(item, f"entry {n}") for n, item in enumerate(items, 1)]
    except FileNotFoundError:
        return []
    except (OSError, ValueError) as exc:
        raise UserFacingError(QT_TRANSLATE_NOOP(
            "rates", "Le fichier des taux ajoutés « {path} » est illisible ({reason}). Il n'a "
            "pas été modifié : réparez-le ou mettez-le de côté, puis recommencez."),
            context=CTX, path=str(file), reason=str(exc)) from exc


def save_store(records: Sequence[AddedRate], file: Path | None = None) -> None:
    """Write the added rates atomically, keeping the previous file as ``.bak``."""
    file = file or store_file()
    read_store(file)  # refuses to replace a file it cannot read
    document = {
        "format": STORE_FORMAT,
        "comment": "Rates added by the user (update file, online update, typed by hand), "
                   "each with its source. Applied over the table shipped with Relance.",
        "rates": [_record_json(r) for r in records],
    }
    paths.ensure_dir(file.parent)
    if file.exists():
        shutil.copy2(file, file.with_name(file.name + ".bak"))
    fd, tmp = tempfile.mkstemp(dir=file.parent, prefix=".rates-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(document, out, ensure_ascii=False, indent=2)
        out.write("\n")
    os.replace(tmp, file)


def _legacy(settings: Settings | None) -> list[AddedRate]:
    """Half-years an earlier version kept in the settings (« extra_rates »), without source."""
    if settings is None:
        return []
    out = []
    extra: Mapping[str, Mapping[str, object]] = settings.get("extra_rates")
    for key in sorted(extra):
        try:
            hy = HalfYear.parse(key)
        except ValueError:
            continue
        for name, value in extra[key].items():
            if name in SERIES:
                out.append(AddedRate(name, hy, Decimal(str(value)),
                                     "réglages d'une version précédente de Relance", "settings",
                                     date.min))
    return out


def added_rates(settings: Settings | None) -> list[AddedRate]:
    """Every rate the user added (earlier versions' settings first). An unreadable store is
    logged and skipped here, so the app still starts; :func:`store_problem` says why."""
    try:
        stored = read_store()
    except UserFacingError as exc:
        log.warning("%s", exc)
        stored = []
    return _legacy(settings) + stored


def store_problem() -> UserFacingError | None:
    try:
        read_store()
    except UserFacingError as exc:
        return exc
    return None


Key = tuple[str, HalfYear]


def table_and_origins(settings: Settings | None, *, without: frozenset[Key] = frozenset()
                      ) -> tuple[RateTable, dict[Key, AddedRate]]:
    """The shipped table with the user's rates applied (except those in ``without``), and
    which record gave each added figure. A figure the shipped table publishes wins over an
    added one (a later release carries the official figure); a provisional one is replaced."""
    table = shipped_table()
    origins: dict[Key, AddedRate] = {}
    for record in added_rates(settings):
        if (record.series, record.half_year) in without:
            continue
        current = table.series(record.series).get(record.half_year)
        shipped_published = (current is not None and (record.series, record.half_year)
                             not in origins and not table.is_provisional(record.series,
                                                                         record.half_year))
        if shipped_published:
            continue
        table = apply_added(table, [record])
        origins[(record.series, record.half_year)] = record
    return table, origins


def add(settings: Settings | None, records: Sequence[AddedRate], today: date,
        *, file_label: str = "", replace: bool = False) -> Checked:
    """Check ``records`` against the current table and keep the new ones (all or nothing).
    With ``replace``, a figure the user added earlier for the same half-year is corrected
    (a figure shipped as published never is). Raises :class:`RatesRefused` listing every
    problem; warnings come back in the result."""
    keys = frozenset((r.series, r.half_year) for r in records) if replace else frozenset()
    table, _ = table_and_origins(settings, without=keys)
    checked = check_added(table, records, today)
    if checked.errors:
        raise RatesRefused([problem_message(p, file_label) for p in checked.errors])
    if checked.new:
        stored = [r for r in read_store() if (r.series, r.half_year) not in keys]
        legacy = [r for r in _legacy(settings) if (r.series, r.half_year) not in keys]
        save_store([*legacy, *stored, *checked.new])
        if settings is not None and settings.get("extra_rates"):
            settings.set("extra_rates", {})  # now kept in the store, with the rest
    return checked


# -- c) typed by hand --------------------------------------------------------------------------
def add_typed(settings: Settings | None, half_year: HalfYear, values: Mapping[str, Decimal],
              source: str, today: date, link: str = "", *, replace: bool = False) -> Checked:
    """The figures of one half-year typed by the user; the source is required. ``replace``
    corrects a figure the user added before (see :func:`add`)."""
    if not source.strip():
        raise UserFacingError(QT_TRANSLATE_NOOP(
            "rates", "Indiquez la source du taux (ex. « arrêté du 15/12/2026, JO du "
            "26/12/2026 ») : Relance garde d'où vient chaque taux."), context=CTX)
    records = [AddedRate(name, half_year, value, source.strip(), "manual", today,
                         link=link.strip()) for name, value in values.items()]
    return add(settings, records, today, replace=replace)


# -- a) an update file -------------------------------------------------------------------------
def _line_of(text: str, series: str, key: str = "") -> int | None:
    """The line of ``"series": {`` (or of ``key`` inside its rates) in the file's text."""
    begin = text.find('"series"')
    found = re.compile(rf'"{re.escape(series)}"\s*:').search(text, max(begin, 0))
    if found is None:
        return None
    pos = found.start()
    if key:
        rates_at = text.find('"rates"', pos)
        key_at = re.compile(rf'"{re.escape(key)}"\s*:').search(text, max(rates_at, pos))
        pos = key_at.start() if key_at else pos
    return text.count("\n", 0, pos) + 1


def parse_update(text: str, *, label: str, via: str, today: date,
                 origin: str = "") -> list[AddedRate]:
    """Records from a file in the format of ``resources/legal/rates.json`` (every series
    optional). Raises :class:`RatesRefused` naming the line and field of each error."""
    def refuse(line: int | None, field: str, why: str, **args: object) -> Message:
        where = (Message(CTX, WHERE_LINE, {"file": label, "line": line}) if line
                 else Message(CTX, WHERE_FILE, {"file": label}))
        return Message(CTX, "{where}{field} : {why}",
                       {"where": where, "field": field, "why": Message(CTX, why, dict(args))})

    try:
        data = json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as exc:
        problem = refuse(exc.lineno, "JSON", FILE_TEXTS["json"], reason=exc.msg)
        raise RatesRefused([problem]) from None
    if not isinstance(data, dict) or not isinstance(data.get("series"), dict):
        raise RatesRefused([refuse(None, "series", FILE_TEXTS["object"], key="series")])
    if data.get("format", 1) != 1:
        raise RatesRefused([refuse(None, "format", FILE_TEXTS["format"], value=data.get("format"))])
    errors: list[Message] = []
    records: list[AddedRate] = []
    for name, entry in data["series"].items():
        line = _line_of(text, name)
        if name not in SERIES:
            errors.append(refuse(line, name, FILE_TEXTS["series"], known=", ".join(SERIES)))
            continue
        if not isinstance(entry, dict) or not isinstance(entry.get("rates"), dict):
            errors.append(refuse(line, f"{name}.rates", FILE_TEXTS["object"], key="rates"))
            continue
        sources = entry.get("sources", [])
        official = entry.get("official") if isinstance(entry.get("official"), dict) else {}
        source = "; ".join(str(s) for s in sources) if isinstance(sources, list) else ""
        link = str(official.get("url", "")) if official else ""
        if not source.strip():
            source = str(official.get("name", "")) if official else ""
        for key, value in entry["rates"].items():
            line = _line_of(text, name, key)
            try:
                hy = HalfYear.parse(key)
            except ValueError:
                errors.append(refuse(line, f"{name}.rates", FILE_TEXTS["half_year"], value=key))
                continue
            if isinstance(value, bool) or not isinstance(value, str | int | Decimal):
                errors.append(refuse(line, f"{name}.rates.{key}", FILE_TEXTS["rate"],
                                     value=str(value)))
                continue
            try:
                rate = Decimal(str(value).replace(",", "."))
            except InvalidOperation:
                errors.append(refuse(line, f"{name}.rates.{key}", FILE_TEXTS["rate"],
                                     value=str(value)))
                continue
            records.append(AddedRate(name, hy, rate, source or f"« {label} »", via, today,
                                     link=link, origin=origin or label, line=line))
    if errors:
        raise RatesRefused(errors)
    return records


def import_file(settings: Settings | None, file: Path, today: date) -> Checked:
    """Add the new half-years of an update file (e.g. sent by the accountant)."""
    try:
        raw = file.read_bytes()[:MAX_ANSWER_BYTES + 1]
        if len(raw) > MAX_ANSWER_BYTES:
            raise ValueError("file too large for a rate table")
        text = raw.decode("utf-8-sig")
    except (OSError, ValueError) as exc:
        raise UserFacingError(QT_TRANSLATE_NOOP(
            "rates", "Impossible de lire « {path} » : {reason}"), context=CTX,
            path=str(file), reason=str(exc)) from exc
    records = parse_update(text, label=file.name, via="file", today=today, origin=file.name)
    return add(settings, records, today, file_label=file.name)


# -- b) online, when the user allows it --------------------------------------------------------
@dataclass(frozen=True)
class OnlineResult:
    checked: Checked
    notes: tuple[Message, ...]  # what could not be fetched, said plainly


def _get(url: str, timeout: float) -> str:
    parsed = urllib.parse.urlparse(url)
    if parsed.scheme not in ("http", "https"):
        raise UserFacingError(QT_TRANSLATE_NOOP(
            "rates", "« {url} » n'est pas une adresse web (http ou https)."), context=CTX, url=url)
    request = urllib.request.Request(url, headers={"Accept": "text/csv, application/json",
                                                   "User-Agent": "Relance"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            body: bytes = answer.read(MAX_ANSWER_BYTES + 1)
    except urllib.error.HTTPError as exc:
        raise UserFacingError(QT_TRANSLATE_NOOP(
            "rates", "{host} a répondu « {status} {reason} » pour {url}. Rien n'a changé."),
            context=CTX, host=parsed.netloc, status=exc.code, reason=exc.reason,
            url=url) from None
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise UserFacingError(QT_TRANSLATE_NOOP(
            "rates", "Impossible de joindre {host} ({reason}) : l'ordinateur est peut-être hors "
            "ligne. Rien n'a changé ; vous pouvez importer un fichier de taux ou saisir le taux "
            "avec sa source."), context=CTX, host=parsed.netloc, reason=str(reason)) from None
    if len(body) > MAX_ANSWER_BYTES:
        raise UserFacingError(QT_TRANSLATE_NOOP(
            "rates", "La réponse de {host} est trop longue pour une table de taux."),
            context=CTX, host=parsed.netloc)
    return body.decode("utf-8-sig", errors="replace")


def ecb_changes(csv_text: str) -> list[tuple[date, Decimal]]:
    """(date, rate) observations of the ECB data portal's CSV answer (``format=csvdata``),
    oldest first. Raises ValueError when the answer does not have that shape."""
    reader = csv.DictReader(io.StringIO(csv_text))
    if not reader.fieldnames or not {"TIME_PERIOD", "OBS_VALUE"} <= set(reader.fieldnames):
        raise ValueError("no TIME_PERIOD / OBS_VALUE columns")
    out = []
    for row in reader:
        if not (row.get("OBS_VALUE") or "").strip():
            continue
        out.append((date.fromisoformat(row["TIME_PERIOD"].strip()[:10]),
                    Decimal(row["OBS_VALUE"].strip())))
    return sorted(out)


def ecb_url(base: str, start: date) -> str:
    query = urllib.parse.urlencode({"format": "csvdata", "detail": "dataonly",
                                    "startPeriod": start.isoformat()})
    return f"{base}?{query}"


def update_online(settings: Settings, today: date, timeout: float = TIMEOUT_SECONDS, *,
                  allowed: bool = False) -> OnlineResult:
    """Fetch the ECB rate of each begun half-year the table lacks, and the published rates
    file set in the settings; keep what passes the checks (all or nothing). Runs only when the
    setting allows it, or ``allowed`` says the user asked for this one run."""
    if not (allowed or settings.get("rates_online_update")):
        raise UserFacingError(QT_TRANSLATE_NOOP(
            "rates", "La mise à jour en ligne est désactivée (Relance fonctionne hors ligne). "
            "Autorisez-la dans Outils › Taux d'intérêt, ou importez un fichier de taux."),
            context=CTX)
    table, _ = table_and_origins(settings)
    records: list[AddedRate] = []
    notes: list[Message] = []
    wanted = []
    last = table.last_half_year("ecb")
    hy = last.next() if last else HalfYear.of(today)
    while hy.first_day <= today:
        wanted.append(hy)
        hy = hy.next()
    base = str(settings.get("rates_ecb_url")) or ECB_URL
    if wanted:
        start = date(wanted[0].year - 2, 1, 1)
        url = ecb_url(base, start)
        try:
            changes = ecb_changes(_get(url, timeout))
        except ValueError as exc:
            raise UserFacingError(QT_TRANSLATE_NOOP(
                "rates", "Réponse inattendue du portail de données de la BCE ({reason}). "
                "Rien n'a changé."), context=CTX, reason=str(exc)) from None
        for half in wanted:
            before = [(d, r) for d, r in changes if d <= half.first_day]
            if not before:
                notes.append(Message(CTX, QT_TRANSLATE_NOOP(
                    "rates", "La BCE ne donne pas de taux en vigueur au {day}."),
                    {"day": half.first_day.strftime("%d/%m/%Y")}))
                continue
            changed_on, rate = before[-1]
            records.append(AddedRate(
                "ecb", half, rate,
                f"BCE, portail de données, série {ECB_SERIES_KEY} : {rate:f} % en vigueur au "
                f"{half.first_day:%d/%m/%Y} (depuis le {changed_on:%d/%m/%Y})",
                "online", today, link=url, origin=url))
    published = str(settings.get("rates_update_url")).strip()
    if published:
        text = _get(published, timeout)
        records.extend(r for r in parse_update(text, label=published, via="online", today=today,
                                               origin=published)
                       if not (r.series == "ecb" and any(
                           x.series == "ecb" and x.half_year == r.half_year for x in records)))
    else:
        notes.append(Message(CTX, QT_TRANSLATE_NOOP(
            "rates", "Aucune adresse de fichier de taux publié n'est réglée : les taux légaux "
            "français et le taux belge ne sont pas mis à jour en ligne.")))
    checked = add(settings, _known_dropped(table, records), today,
                  file_label=published or "BCE")
    return OnlineResult(checked, tuple(notes))


def _known_dropped(table: RateTable, records: list[AddedRate]) -> list[AddedRate]:
    """A published file lists past half-years too; those already held are not news."""
    return [r for r in records
            if table.series(r.series).get(r.half_year) != r.rate
            or table.is_provisional(r.series, r.half_year)]


def describe(record: AddedRate, translate: Translate = identity_translate) -> str:
    """« saisi à la main le 06/12/2026 — arrêté du … » for a tooltip or the command line."""
    via = translate(CTX, VIA_TEXTS.get(record.via, record.via))
    when = "" if record.added_on == date.min else f" {record.added_on:%d/%m/%Y}"
    return f"{via}{when} — {record.source}"


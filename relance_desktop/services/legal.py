"""The legal engine as the app uses it: rates (shipped + added by the user), options, texts.

The domain (``relance_desktop.domain.legal``) computes with codes; this module turns an
assessment into lines a person reads — in the command line, the calculator and (later) letters —
through translatable sentences, and into JSON for scripts.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from relance_desktop import paths
from relance_desktop.domain.legal import (
    Assessment,
    BeConsumerPrescription,
    DayCount,
    DebtorKind,
    HalfYear,
    Options,
    RateMode,
    RateTable,
    RateUnknown,
)
from relance_desktop.domain.legal.rates_status import RatesStatus, table_status
from relance_desktop.domain.money import from_cents, to_cents
from relance_desktop.errors import UserFacingError
from relance_desktop.i18n import QT_TRANSLATE_NOOP, Translate, identity_translate
from relance_desktop.settings import Settings

CTX = "legal"
RATES_FILE = Path("legal") / "rates.json"
SERIES = ("ecb", "fr_legal_individual", "fr_legal_other", "be_b2b")


def rates_file() -> Path:
    return paths.resources_dir() / RATES_FILE


def load_rates(settings: Settings | None = None) -> RateTable:
    """The shipped table, with the rates the user added (update file, online, typed by hand;
    see :mod:`relance_desktop.services.rates_update`)."""
    from relance_desktop.services import rates_update

    return rates_update.table_and_origins(settings)[0]


def rates_status(settings: Settings | None, on: date) -> RatesStatus:
    """How current the rate table is on ``on``: the last published half-year, the half-years
    begun without a figure (per series), and each series' official source and link. Letters
    call it to say « interest at the legal rate until payment » instead of a figure when
    ``not status.is_known(series, half_year)``; it never raises for a missing rate."""
    return table_status(load_rates(settings), on)


def options_from(settings: Settings | None) -> Options:
    if settings is None:
        return Options()
    return Options(rate_mode=RateMode(settings.get("rate_mode")),
                   day_count=DayCount(settings.get("day_count")),
                   be_consumer_prescription=BeConsumerPrescription(
                       settings.get("be_consumer_prescription")))


def debtor_for(customer_kind: str) -> DebtorKind:
    """Consumers are protected by consumer law; sole traders and public bodies are not."""
    return DebtorKind.CONSUMER if customer_kind == "consumer" else DebtorKind.BUSINESS


def rate_unknown_error(exc: RateUnknown) -> UserFacingError:
    return UserFacingError(
        QT_TRANSLATE_NOOP(
            "legal",
            "Le taux du semestre {half_years} n'est pas encore connu de Relance (table à jour "
            "jusqu'au {known_until}). Ajoutez-le dans Outils › Taux d'intérêt (fichier de mise à "
            "jour, mise à jour en ligne ou saisie avec sa source), puis recalculez : Relance ne "
            "devine jamais un taux.",
        ),
        context=CTX,
        half_years=", ".join(str(h) for h in exc.half_years),
        known_until=exc.known_until.strftime("%d/%m/%Y"),
    )


# -- sentences --------------------------------------------------------------------------------
LINE_TEXTS: dict[str, str] = {
    "principal": QT_TRANSLATE_NOOP("legal", "Principal restant dû"),
    "interest": QT_TRANSLATE_NOOP("legal", "Intérêts de retard"),
    "fixed_indemnity": QT_TRANSLATE_NOOP(
        "legal", "Indemnité forfaitaire pour frais de recouvrement"),
    "be_consumer_damages": QT_TRANSLATE_NOOP(
        "legal", "Indemnité forfaitaire (montant maximal autorisé)"),
    "total": QT_TRANSLATE_NOOP("legal", "Total"),
}
RULE_TEXTS: dict[str, str] = {
    "FR_L441_10": QT_TRANSLATE_NOOP(
        "legal", "C. com. art. L441-10 : taux BCE au 1er janvier / 1er juillet + 10 points, sur "
        "le montant TTC, du lendemain de l'échéance au jour du calcul"),
    "FR_D441_5": QT_TRANSLATE_NOOP(
        "legal", "C. com. art. D441-5 : 40 € par facture payée en retard"),
    "FR_CC_1231_6": QT_TRANSLATE_NOOP(
        "legal", "C. civ. art. 1231-6 et 1344-1 : taux d'intérêt légal (« autres cas ») à partir "
        "de la mise en demeure"),
    "BE_LAW_2002_ART5": QT_TRANSLATE_NOOP(
        "legal", "Loi du 2 août 2002, art. 5 : taux directeur BCE + 8 points (arrondi au demi-"
        "point supérieur), publié par semestre"),
    "BE_LAW_2002_ART6": QT_TRANSLATE_NOOP(
        "legal", "Loi du 2 août 2002, art. 6 : indemnité forfaitaire de 40 € par facture"),
    "BE_CDE_XIX_4": QT_TRANSLATE_NOOP(
        "legal", "CDE livre XIX, art. XIX.4 : maximums autorisés envers un consommateur, après "
        "le délai de 14 jours suivant le premier rappel gratuit"),
}
# Short citations for narrow columns (the full sentence goes in a tooltip).
RULE_SHORT: dict[str, str] = {
    "FR_L441_10": QT_TRANSLATE_NOOP("legal", "C. com. L441-10"),
    "FR_D441_5": QT_TRANSLATE_NOOP("legal", "C. com. D441-5"),
    "FR_CC_1231_6": QT_TRANSLATE_NOOP("legal", "C. civ. 1231-6"),
    "BE_LAW_2002_ART5": QT_TRANSLATE_NOOP("legal", "Loi 2/8/2002, art. 5"),
    "BE_LAW_2002_ART6": QT_TRANSLATE_NOOP("legal", "Loi 2/8/2002, art. 6"),
    "BE_CDE_XIX_4": QT_TRANSLATE_NOOP("legal", "CDE XIX.4"),
}
NOTICE_TEXTS: dict[str, str] = {
    "nothing_due": QT_TRANSLATE_NOOP("legal", "Rien n'est dû sur cette facture."),
    "not_overdue": QT_TRANSLATE_NOOP(
        "legal", "Pas encore en retard : l'échéance du {due_date} n'est pas dépassée au "
        "{assessed_on}."),
    "due_date_not_business_day": QT_TRANSLATE_NOOP(
        "legal", "L'échéance du {due_date} tombe un jour non ouvrable ; les intérêts courent "
        "quand même dès le lendemain (aucune règle ne la reporte au {next_business_day})."),
    "contract_rate_below_floor": QT_TRANSLATE_NOOP(
        "legal", "Attention : le taux contractuel de {rate} % est inférieur au minimum légal de "
        "{floor} % (3 × le taux légal, {half_year}). La clause est contestable (L441-10)."),
    "contract_floor_unknown": QT_TRANSLATE_NOOP(
        "legal", "Le taux légal de {half_years} n'est pas dans la table : le minimum du taux "
        "contractuel n'a pas pu être vérifié."),
    "floor_above_default_rate": QT_TRANSLATE_NOOP(
        "legal", "En {half_year}, 3 × le taux légal ({floor} %) dépasse le taux par défaut "
        "({default_rate} %) ; sans clause, c'est le taux par défaut qui s'applique."),
    "insolvency_no_fixed_indemnity": QT_TRANSLATE_NOOP(
        "legal", "Procédure collective en cours : l'indemnité de 40 € n'est pas réclamable."),
    "insolvency_not_applied": QT_TRANSLATE_NOOP(
        "legal", "Procédure d'insolvabilité belge : non prise en compte dans ce calcul."),
    "provisional_rate": QT_TRANSLATE_NOOP(
        "legal", "Taux {half_year} provisoire (pas encore publié officiellement quand la table a "
        "été faite) : vérifiez-le avant de l'envoyer."),
    "fr_consumer_legal_rate": QT_TRANSLATE_NOOP(
        "legal", "Consommateur : le taux légal « autres cas » s'applique, le créancier étant un "
        "professionnel."),
    "fr_consumer_no_recovery_fees": QT_TRANSLATE_NOOP(
        "legal", "Consommateur : ni indemnité de 40 € ni frais de relance (CPCE L111-8)."),
    "no_formal_notice": QT_TRANSLATE_NOOP(
        "legal", "Pas d'intérêts sans mise en demeure : envoyez-la en recommandé avec accusé de "
        "réception, les intérêts au taux légal courront dès sa réception."),
    "notice_before_due_date": QT_TRANSLATE_NOOP(
        "legal", "La mise en demeure du {notice_received_on} précède l'échéance du {due_date} : "
        "les intérêts ne courent qu'après l'échéance."),
    "contract_rate_not_applied": QT_TRANSLATE_NOOP(
        "legal", "Consommateur : seul le taux légal est calculé (taux contractuel de {rate} % "
        "ignoré)."),
    "first_reminder_free": QT_TRANSLATE_NOOP(
        "legal", "Le premier rappel à un consommateur belge est gratuit."),
    "no_first_reminder": QT_TRANSLATE_NOOP(
        "legal", "Aucun premier rappel enregistré : rien ne peut être ajouté avant d'avoir envoyé "
        "le rappel gratuit et attendu 14 jours."),
    "be_book_xix_transition": QT_TRANSLATE_NOOP(
        "legal", "Échéance antérieure au {all_contracts_from} : le livre XIX ne s'applique qu'aux "
        "contrats conclus depuis le {new_contracts_from} (sinon la loi du 20/12/2002)."),
    "reminder_before_due_date": QT_TRANSLATE_NOOP(
        "legal", "Le rappel du {reminder_sent_on} précède l'échéance du {due_date} : il ne vaut "
        "pas premier rappel."),
    "reminder_channel_assumed": QT_TRANSLATE_NOOP(
        "legal", "Mode d'envoi du rappel inconnu : compté comme un courrier (début plus tardif)."),
    "waiting_period": QT_TRANSLATE_NOOP(
        "legal", "Délai de 14 jours du {first_day} au {last_day} : aucuns frais avant le "
        "{charges_from} ; indemnité maximale ensuite : {damages_cap}."),
    "no_penalty_clause": QT_TRANSLATE_NOOP(
        "legal", "Les conditions ne prévoient ni intérêts ni indemnité : rien ne peut être "
        "ajouté."),
    "be_consumer_rate_at_cap": QT_TRANSLATE_NOOP(
        "legal", "Sans taux contractuel indiqué, les intérêts sont calculés au taux maximal."),
    "contract_rate_above_cap": QT_TRANSLATE_NOOP(
        "legal", "Le taux contractuel de {rate} % dépasse le maximum de {cap} % ({half_year}) : "
        "la clause est réputée non écrite, aucun intérêt n'est dû."),
    "be_consumer_interest_from": QT_TRANSLATE_NOOP(
        "legal", "Intérêts comptés à partir du {start}."),
    "be_consumer_prescription_reading": QT_TRANSLATE_NOOP(
        "legal", "Prescription envers un consommateur belge : {reading} (point incertain, "
        "réglable dans Outils › Taux d'intérêt)."),
    "prescription_near": QT_TRANSLATE_NOOP(
        "legal", "Prescription proche : la créance ne peut plus être réclamée après le {date} "
        "({days_left} jours). Obtenez une reconnaissance de dette ou agissez en justice."),
    "prescription_passed": QT_TRANSLATE_NOOP(
        "legal", "Prescrite : la créance ne peut plus être réclamée en justice depuis le "
        "lendemain du {date}."),
    "acknowledgement_after_prescription": QT_TRANSLATE_NOOP(
        "legal", "La reconnaissance du {date} est postérieure à la prescription : elle ne fait "
        "pas revivre la créance."),
    "interest_open": QT_TRANSLATE_NOOP(
        "legal", "Taux de {half_years} pas encore connu : intérêts calculés jusqu'au "
        "{computed_until}, puis réclamés au taux légal jusqu'à parfait paiement, sans montant "
        "(aucun taux deviné)."),
}


# Argument values that are codes themselves, said in words.
VALUE_TEXTS: dict[str, str] = {
    "1y_end_of_year": QT_TRANSLATE_NOOP(
        "legal", "1 an à compter de la fin de l'année civile de la vente (loi du 1er mai 1913)"),
    "10y": QT_TRANSLATE_NOOP("legal", "10 ans (droit commun des actions personnelles)"),
    "post": QT_TRANSLATE_NOOP("legal", "courrier"),
    "email": QT_TRANSLATE_NOOP("legal", "e-mail"),
}


def _text(table: Mapping[str, str], code: str, translate: Translate) -> str:
    text = table.get(code)
    return translate(CTX, text) if text else code  # never blank: the code at worst


def _fill(template: str, args: Mapping[str, Any], fmt_date: Callable[[date], str],
          fmt_money: Callable[[int], str], translate: Translate = identity_translate,
          fmt_number: Callable[[Decimal], str] | None = None) -> str:
    values: dict[str, object] = {}
    for key, value in args.items():
        if isinstance(value, str) and value in VALUE_TEXTS:
            values[key] = translate(CTX, VALUE_TEXTS[value])
        elif isinstance(value, (tuple, list)):
            values[key] = ", ".join(str(v) for v in value)
        elif isinstance(value, date):
            values[key] = fmt_date(value)
        elif key.endswith("_cents") and isinstance(value, int):
            values[key.removesuffix("_cents")] = fmt_money(value)
            values[key] = value
        elif isinstance(value, Decimal):
            values[key] = fmt_number(value) if fmt_number else percent_text(value)
        else:
            values[key] = value
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return template


def percent_text(rate: Decimal) -> str:
    """« 13.15 », « 10 » (no trailing zeros)."""
    text = f"{rate:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


@dataclass(frozen=True)
class Row:
    """One printed line of a breakdown."""

    kind: str  # "period", "line", "total"
    label: str
    rule: str
    amount_cents: int
    rule_short: str = ""
    period: str = ""  # « 01/04/2025 → 15/06/2025 »
    days: int | None = None
    rate: Decimal | None = None


@dataclass(frozen=True)
class Breakdown:
    rows: tuple[Row, ...]
    notices: tuple[str, ...]
    total_cents: int
    prescription_date: date | None
    waiting_period_end: date | None
    charges_from: date | None


def breakdown(
    assessment: Assessment,
    *,
    fmt_date: Callable[[date], str],
    fmt_money: Callable[[int], str],
    translate: Translate = identity_translate,
    fmt_number: Callable[[Decimal], str] | None = None,
) -> Breakdown:
    rows: list[Row] = [Row("line", _text(LINE_TEXTS, "principal", translate), "",
                           assessment.claim.principal_cents)]
    for line in assessment.lines:
        if line.code == "interest":
            for period in assessment.periods:
                rows.append(Row(
                    "period", str(period.half_year), _text(RULE_TEXTS, line.rule, translate),
                    to_cents(period.interest), _text(RULE_SHORT, line.rule, translate),
                    period=f"{fmt_date(period.start)} → {fmt_date(period.end)}",
                    days=period.days, rate=period.rate,
                ))
        label = _fill(_text(LINE_TEXTS, line.code, translate), line.args, fmt_date, fmt_money,
                      translate, fmt_number)
        rows.append(Row("line", label, _text(RULE_TEXTS, line.rule, translate), line.amount_cents,
                        _text(RULE_SHORT, line.rule, translate)))
    rows.append(Row("total", _text(LINE_TEXTS, "total", translate), "", assessment.total_cents))
    notices = tuple(
        _fill(_text(NOTICE_TEXTS, n.code, translate), n.args, fmt_date, fmt_money, translate,
              fmt_number)
        for n in assessment.notices
    )
    return Breakdown(tuple(rows), notices, assessment.total_cents, assessment.prescription_date,
                     assessment.waiting_period_end, assessment.charges_from)


def money_text(cents: int) -> str:
    """« 41.07 »: amounts in JSON are strings with a dot and two decimals."""
    return f"{from_cents(cents):f}"


def to_json(assessment: Assessment) -> dict[str, Any]:
    claim = assessment.claim

    def iso(value: date | None) -> str | None:
        return value.isoformat() if value else None

    return {
        "country": claim.country,
        "debtor": str(claim.debtor),
        "currency": claim.currency,
        "principal": money_text(claim.principal_cents),
        "due_date": claim.due_date.isoformat(),
        "assessed_on": claim.assessed_on.isoformat(),
        "periods": [
            {
                "half_year": str(p.half_year),
                "start": p.start.isoformat(),
                "end": p.end.isoformat(),
                "days": p.days,
                "rate": f"{p.rate:f}",
                "interest": money_text(to_cents(p.interest)),
            }
            for p in assessment.periods
        ],
        "lines": [
            {"code": line.code, "rule": line.rule, "amount": money_text(line.amount_cents)}
            for line in assessment.lines
        ],
        "interest": money_text(assessment.interest_cents),
        "indemnity": money_text(assessment.indemnity_cents),
        "indemnity_is_maximum": assessment.indemnity_is_maximum,
        "total": money_text(assessment.total_cents),
        "notices": [{"code": n.code, **{k: _json_value(v) for k, v in n.args.items()}}
                    for n in assessment.notices],
        "prescription_date": iso(assessment.prescription_date),
        "waiting_period_end": iso(assessment.waiting_period_end),
        "charges_from": iso(assessment.charges_from),
    }


def _json_value(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:f}"
    if isinstance(value, HalfYear):
        return str(value)
    return value


def render_text(assessment: Assessment, fmt: Any, translate: Translate = identity_translate) -> str:
    """The breakdown as lines of text (command line, clipboard)."""
    claim = assessment.claim
    currency = claim.currency

    def money(cents: int) -> str:
        return str(fmt.money(cents, currency))

    result = breakdown(assessment, fmt_date=fmt.date, fmt_money=money, translate=translate,
                       fmt_number=fmt.decimal)
    t = translate
    debtor = t(CTX, DEBTOR_TEXTS[str(claim.debtor)])
    country = t(CTX, COUNTRY_TEXTS[claim.country])
    out = [
        t(CTX, HEADING).format(
            country=country, debtor=debtor, due=fmt.date(claim.due_date),
            on=fmt.date(claim.assessed_on)),
        "",
    ]
    width = max(len(r.label) for r in result.rows if r.kind != "period") + 2
    for row in result.rows:
        if row.kind == "period":
            rate = fmt.percent(row.rate) if row.rate is not None else ""
            days = t(CTX, DAYS).format(days=row.days)
            out.append(f"    {row.label}  {row.period}  {days}  {rate}  "
                       f"{money(row.amount_cents)}")
            continue
        if row.kind == "total":
            out.append("")
        out.append(f"{row.label:<{width}}{money(row.amount_cents):>16}")
        if row.rule:
            out.append(f"    {row.rule}")
    if result.waiting_period_end:
        out.append("")
        out.append(t(CTX, WAITING_UNTIL).format(
            end=fmt.date(result.waiting_period_end)))
    if result.charges_from and result.waiting_period_end:
        out.append(t(CTX, CHARGES_FROM).format(
            day=fmt.date(result.charges_from)))
    if result.prescription_date:
        out.append("")
        out.append(t(CTX, CLAIMABLE_UNTIL).format(day=fmt.date(result.prescription_date)))
    if result.notices:
        out.append("")
        out.extend(f"! {notice}" for notice in result.notices)
    return "\n".join(out)


DAYS = QT_TRANSLATE_NOOP("legal", "{days} j")
HEADING = QT_TRANSLATE_NOOP("legal", "{country}, {debtor} — échéance le {due}, calcul au {on}")
WAITING_UNTIL = QT_TRANSLATE_NOOP("legal", "Délai d'attente de 14 jours : jusqu'au {end} inclus")
CHARGES_FROM = QT_TRANSLATE_NOOP("legal", "Frais et intérêts réclamables à partir du {day}")
CLAIMABLE_UNTIL = QT_TRANSLATE_NOOP(
    "legal", "Prescription : la créance peut être réclamée jusqu'au {day} inclus")
DEBTOR_TEXTS = {
    "business": QT_TRANSLATE_NOOP("legal", "débiteur professionnel"),
    "consumer": QT_TRANSLATE_NOOP("legal", "débiteur consommateur"),
}
COUNTRY_TEXTS = {
    "FR": QT_TRANSLATE_NOOP("legal", "France"),
    "BE": QT_TRANSLATE_NOOP("legal", "Belgique"),
}

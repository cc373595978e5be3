"""Parts of a letter's content that depend on the document's language or the law: who it
greets, what a charge line says, the interest still running when a rate is not published yet,
the statement's due and not-yet-due items, the payment plan's instalments, the file's name.

Used by :mod:`relance_desktop.services.letters` while it builds a document; pure functions of
their arguments (no database). Also the « what is owed » block: principal, each invoice's
charges with their rule and periods, interest still running without a figure, the total.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from pathvalidate import sanitize_filename

from relance_desktop.domain import vocabulary
from relance_desktop.domain.legal import Assessment
from relance_desktop.formatting import Formatter
from relance_desktop.i18n import QT_TRANSLATE_NOOP, Translate
from relance_desktop.reports import model as m
from relance_desktop.services import legal as legal_service

CTX = "letters"

# -- file names in the document's language ------------------------------------------------------
FILE_KINDS: dict[str, dict[str, str]] = {
    "fr": {"pre-due": "avis-d-echeance", "reminder-1": "relance-1", "reminder-2": "relance-2",
           "formal-notice": "mise-en-demeure", "confirmation": "confirmation-accord",
           "payment-plan": "echeancier", "thanks": "remerciement",
           "statement": "releve-de-compte", "collection-file": "dossier-de-recouvrement"},
    "nl": {"pre-due": "vervaldagbericht", "reminder-1": "herinnering-1",
           "reminder-2": "herinnering-2", "formal-notice": "ingebrekestelling",
           "confirmation": "bevestiging-afspraak", "payment-plan": "afbetalingsplan",
           "thanks": "bedankbrief", "statement": "rekeningoverzicht",
           "collection-file": "invorderingsdossier"},
    "en": {"pre-due": "payment-due-notice", "reminder-1": "reminder-1",
           "reminder-2": "reminder-2", "formal-notice": "formal-notice",
           "confirmation": "agreement-confirmation", "payment-plan": "payment-plan",
           "thanks": "thank-you", "statement": "statement-of-account",
           "collection-file": "collection-file"},
}


def file_kind(kind: str, language: str) -> str:
    """The kind of document as a file name says it, in the document's language."""
    return FILE_KINDS.get(language, FILE_KINDS["fr"]).get(kind, kind)


def file_name(today: date, kind: str, language: str, account: str, name: str) -> str:
    """« 2026-11-23-mise-en-demeure-41100012-Boulangerie-Martin-SARL.pdf »: the day, the kind in
    the document's language, the customer's account (else its number in Relance) and its name,
    safe for every file system, without spaces."""
    safe = sanitize_filename(f"{today.isoformat()}-{file_kind(kind, language)}-{account}-{name}",
                             replacement_text=" ", platform="universal", max_len=120)
    return "-".join(safe.split()) + ".pdf"


# -- salutation ---------------------------------------------------------------------------------
CIVILITIES = ("mrs", "mr")
# A civility typed in front of the name (« Mme Dupont », « Dhr. Janssens », « Mr Smith »).
_PREFIXES: dict[str, str] = {
    "mme": "mrs", "madame": "mrs", "mlle": "mrs", "mevrouw": "mrs", "mevr": "mrs", "mw": "mrs",
    "mrs": "mrs", "ms": "mrs", "miss": "mrs",
    "m": "mr", "monsieur": "mr", "mr": "mr", "dhr": "mr", "meneer": "mr", "heer": "mr",
}


def civility_and_name(civility: str, full_name: str) -> tuple[str, str]:
    """(civility, family name) of a contact: the civility recorded, else one typed in front of
    the name; the family name is the last word of the name (without a typed civility).
    ``("", "")`` when the person cannot be greeted by name."""
    words = full_name.replace(",", " ").split()
    if words and words[0].lower().rstrip(".") in _PREFIXES:
        typed = _PREFIXES[words[0].lower().rstrip(".")]
        words = words[1:]
        if words and words[0].lower() == "heer":  # « de heer Janssens »
            words = words[1:]
        civility = civility or typed
    if words and words[0].lower() == "de" and len(words) > 1 and words[1].lower() == "heer":
        civility, words = civility or "mr", words[2:]
    if civility not in CIVILITIES or not words:
        return "", ""
    return civility, words[-1]


def salutation_values(texts: Mapping[str, str], civility: str, full_name: str) -> dict[str, str]:
    """``salutation`` (« Madame Dupont » / « Madame, Monsieur ») and ``title`` (« Madame » /
    « Madame, Monsieur », for the closing formula), from the ``label.salutation.*`` and
    ``label.title.*`` texts of the document's language."""
    civ, family = civility_and_name(civility, full_name)
    key = civ or "none"
    salutation = texts.get(f"label.salutation.{key}", "")
    return {"salutation": salutation.replace("{name}", family),
            "title": texts.get(f"label.title.{key}", "")}


# -- words for codes ----------------------------------------------------------------------------
def means_text(translate: Translate, code: str) -> str:
    """A payment means in the document's language, in running text (« virement »)."""
    source = vocabulary.METHODS.get(code)
    if source is None:
        return code
    word = translate("labels", source)
    return word[:1].lower() + word[1:] if word[1:2].islower() else word


# -- interest still running without a figure ---------------------------------------------------
OPEN_INTEREST_VALUE = QT_TRANSLATE_NOOP(
    "letters", "{amount} calculés jusqu'au {until}, outre les intérêts au taux prévu par la loi, "
    "qui continuent de courir jusqu'à parfait paiement")
OPEN_INTEREST_LINE = QT_TRANSLATE_NOOP(
    "letters", "Intérêts de retard à compter du {start} — facture {invoice}")
OPEN_INTEREST_RULE = QT_TRANSLATE_NOOP(
    "letters", "{rule} : au taux prévu par ce texte, jusqu'à parfait paiement (taux du semestre "
    "{half_years} pas encore publié : montant non chiffré)")
OPEN_INTEREST_AMOUNT = QT_TRANSLATE_NOOP("letters", "pour mémoire")
RATE_GAP = QT_TRANSLATE_NOOP(
    "letters", "Le taux du semestre {half_years} n'est pas encore publié (table connue jusqu'au "
    "{known_until}) : le courrier réclame les intérêts calculés jusqu'à cette date, puis les "
    "intérêts au taux prévu par la loi jusqu'à parfait paiement, sans montant. Aucun taux n'est "
    "deviné. Ajoutez le taux dans Outils › Taux d'intérêt pour les chiffrer.")
CHARGE_LABEL = QT_TRANSLATE_NOOP("letters", "{label} — facture {invoice}")


def open_from(assessments: Sequence[Assessment]) -> date | None:
    """The earliest day from which interest is claimed without a figure (None: all computed)."""
    days = [a.interest_open_from for a in assessments if a.interest_open_from is not None]
    return min(days) if days else None


def interest_value(translate: Translate, fmt: Formatter, amount: str,
                   assessments: Sequence[Assessment]) -> str:
    """The ``{interest}`` field: the amount, and what still runs when a rate is unknown."""
    start = open_from(assessments)
    if start is None:
        return amount
    from datetime import timedelta

    return translate(CTX, OPEN_INTEREST_VALUE).format(
        amount=amount, until=fmt.date(start - timedelta(days=1)))


def rate_gap_text(translate: Translate, fmt: Formatter,
                  assessments: Sequence[Assessment]) -> str:
    """What the user must confirm before a letter claims interest without a figure ("")."""
    start = open_from(assessments)
    if start is None:
        return ""
    from datetime import timedelta

    half_years = sorted({h for a in assessments for h in a.unknown_half_years})
    return translate(CTX, RATE_GAP).format(half_years=", ".join(half_years),
                                           known_until=fmt.date(start - timedelta(days=1)))


# -- statement: due and not yet due ---------------------------------------------------------------
def is_due(due_date: date, today: date) -> bool:
    """An item is « échu » once its due date has come (payable that day)."""
    return due_date <= today


# -- payment plan: each instalment's state ------------------------------------------------------
def instalment_state(due_on: date, amount_cents: int, paid_cents: int, today: date,
                     label: Mapping[str, str]) -> str:
    """« payée », « payée en partie », « impayée » for an instalment whose date has come;
    « payée » also before its date when it is; else nothing."""
    if paid_cents >= amount_cents:
        return label["plan.paid"]
    if due_on > today:
        return label["plan.partly_paid"] if paid_cents > 0 else ""
    return label["plan.partly_paid"] if paid_cents > 0 else label["plan.unpaid"]


# -- what is owed, line by line ---------------------------------------------------------------
def days_text(days: int, fmt: Formatter) -> str:
    """« 75 j », « 75 dagen », « 75 days »."""
    from babel.units import format_unit

    return str(format_unit(days, "duration-day", length="short", locale=fmt.locale))


def amounts_block(assessments: Sequence[Assessment], fmt: Formatter, translate: Translate,
                   label: Mapping[str, str], currency: str, total_due: int,
                   claimed: int, numbers: Sequence[str] = ()) -> m.Amounts:
    """Principal, then each charge of each invoice (named by its number) with its rule and
    periods, then the total: the lines add up to the total (the half-year periods are detail of
    the interest line, not lines of their own). Interest still running on a rate not published
    yet is a line of its own, « pour mémoire », never a figure."""
    lines = [m.AmountLine(label["principal"], fmt.money(total_due, currency))]
    for n, a in enumerate(assessments):
        number = numbers[n] if n < len(numbers) else ""
        detail = legal_service.breakdown(a, fmt_date=fmt.date,
                                         fmt_money=lambda c: fmt.money(c, currency),
                                         translate=translate, fmt_number=fmt.decimal)
        colon, semicolon = (" : ", " ; ") if fmt.locale.language == "fr" else (": ", "; ")
        periods = [
            f"{row.period}{colon}{days_text(row.days or 0, fmt)} × "
            f"{fmt.percent(row.rate) if row.rate is not None else ''} = "
            f"{fmt.money(row.amount_cents, currency)}"
            for row in detail.rows if row.kind == "period" and row.amount_cents]
        # The breakdown's charge rows are the assessment's lines, in the same order.
        charge_rows = [row for row in detail.rows if row.kind == "line"][1:]
        for line, row in zip(a.lines, charge_rows, strict=True):
            if row.amount_cents:
                rule = row.rule_short
                if line.code == "interest" and periods:
                    rule = f"{rule} — " + semicolon.join(periods)
                text = (translate("letters", CHARGE_LABEL).format(
                    label=row.label, invoice=number) if number else row.label)
                lines.append(m.AmountLine(text, fmt.money(row.amount_cents, currency), rule))
            if line.code == "interest" and a.interest_open_from is not None:
                lines.append(m.AmountLine(
                    translate("letters", OPEN_INTEREST_LINE).format(
                        start=fmt.date(a.interest_open_from), invoice=number),
                    translate("letters", OPEN_INTEREST_AMOUNT),
                    translate("letters", OPEN_INTEREST_RULE).format(
                        rule=row.rule_short, half_years=", ".join(a.unknown_half_years))))
    lines.append(m.AmountLine(label["total_claimed"], fmt.money(claimed, currency), bold=True))
    return m.Amounts(label["total_claimed"], tuple(lines))

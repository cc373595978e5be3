"""The call script, objection answers and read-back recap as editable templates (pure).

A template is plain text with named fields in braces (``{customer}``); a literal brace is written
``{{`` or ``}}``. Only the fields of :data:`PLACEHOLDERS` exist, and each key accepts only the
fields that are known when its text is shown (:func:`placeholders_for`): the script and the
objection answers are read during the call, before anything is agreed; a recap piece also gets the
values of its own agreement. :func:`check_template` refuses everything else with a
:class:`TemplateError` that says what is wrong and where, so an edited text either works or is
never saved. Loading the shipped texts and the user's edits is the job of
:mod:`relance_desktop.services.templates`.

The parsing, checks, messages and :class:`TemplateError` are the generic ones of
:mod:`relance_desktop.domain.templating` (shared with the letters and e-mails,
:mod:`relance_desktop.domain.letters_text`); this module gives them the call's vocabulary
(:data:`VOCABULARY`) and keeps its historical names.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from relance_desktop.domain import templating
from relance_desktop.domain.messages import QT_TRANSLATE_NOOP
from relance_desktop.domain.templating import (  # re-exported: part of this module's API
    CTX,
    FORMATTED_PLACEHOLDER,
    MISSING_VALUE,
    UNCLOSED_BRACE,
    UNKNOWN_KEY,
    UNKNOWN_PLACEHOLDER,
    UNNAMED_PLACEHOLDER,
    UNOPENED_BRACE,
    TemplateError,
)

__all__ = [
    "ADVICE_STEPS",
    "AGREEMENT_KINDS",
    "AGREEMENT_PLACEHOLDERS",
    "AUDIENCES",
    "CALL_PLACEHOLDERS",
    "CTX",
    "FORMATTED_PLACEHOLDER",
    "MEANS",
    "MISSING_VALUE",
    "NO_PLACEHOLDER_HERE",
    "OBJECTIONS",
    "PERIODS",
    "PHRASE_PLACEHOLDERS",
    "PLACEHOLDERS",
    "PLACEHOLDER_NOT_HERE",
    "RECAP_KEYS",
    "SAMPLE_VALUES",
    "SCRIPT_STEPS",
    "SCRIPT_VARIANTS",
    "SITUATIONS",
    "TEMPLATE_KEYS",
    "TONES",
    "UNCLOSED_BRACE",
    "UNKNOWN_KEY",
    "UNKNOWN_PLACEHOLDER",
    "UNNAMED_PLACEHOLDER",
    "UNOPENED_BRACE",
    "VOCABULARY",
    "Agreement",
    "TemplateError",
    "audience_for",
    "build_recap",
    "check_template",
    "fields_of",
    "lookup",
    "placeholders_for",
    "render",
    "said_product",
    "situation_for",
    "spoken_date",
]


# -- vocabularies -------------------------------------------------------------------------------
SCRIPT_STEPS: tuple[str, ...] = ("introduce", "listen", "negotiate", "conclude", "document")
ADVICE_STEPS: tuple[str, ...] = ("prepare", *SCRIPT_STEPS)
AUDIENCES: tuple[str, ...] = ("business", "small", "consumer")
TONES: tuple[str, ...] = ("loyal", "chronic", "standard")
OBJECTIONS: tuple[str, ...] = (
    "not_received",
    "disputed",
    "forgot",
    "cash_flow",
    "awaiting_approval",
    "wrong_person",
    "already_paid",
)
AGREEMENT_KINDS: tuple[str, ...] = (
    "promise",
    "plan",
    "callback",
    "dispute",
    "claimed_payment",
    "copy_sent",
    "new_contact",
)
MEANS: tuple[str, ...] = ("transfer", "card", "cheque", "cash", "direct_debit", "other")
PERIODS: tuple[str, ...] = ("week", "fortnight", "month")

# Customer kinds (domain.parties.CustomerKind values) → the audience a script speaks to.
_AUDIENCE_OF_KIND = {
    "business": "business",
    "public_body": "business",
    "sole_trader": "small",
    "consumer": "consumer",
}


def audience_for(customer_kind: str) -> str:
    """The script audience for a customer kind: sole traders get the « small » script."""
    return _AUDIENCE_OF_KIND.get(customer_kind, "business")


# -- placeholders -------------------------------------------------------------------------------
PLACEHOLDERS: dict[str, str] = {
    "user": QT_TRANSLATE_NOOP("templates", "Votre nom (la personne qui appelle)"),
    "company": QT_TRANSLATE_NOOP("templates", "Le nom de votre société"),
    "contact": QT_TRANSLATE_NOOP(
        "templates", "La personne à demander (à défaut, le nom du client)"),
    "customer": QT_TRANSLATE_NOOP("templates", "Le nom du client"),
    "invoice_number": QT_TRANSLATE_NOOP(
        "templates", "Le numéro de la facture principale (la plus ancienne)"),
    "invoice_numbers": QT_TRANSLATE_NOOP(
        "templates", "Les numéros de toutes les factures concernées"),
    "invoice_date": QT_TRANSLATE_NOOP("templates", "La date de la facture principale"),
    "due_date": QT_TRANSLATE_NOOP("templates", "L'échéance de la facture principale"),
    "amount_due": QT_TRANSLATE_NOOP(
        "templates", "Le total échu (toutes les factures en retard, ensemble)"),
    "invoice_amount": QT_TRANSLATE_NOOP(
        "templates", "Le reste dû sur la facture principale (elle seule)"),
    "invoice_count": QT_TRANSLATE_NOOP("templates", "Le nombre de factures en retard"),
    "invoices_total": QT_TRANSLATE_NOOP(
        "templates", "La phrase qui situe la facture principale parmi les autres (total)"),
    "broken_amount": QT_TRANSLATE_NOOP("templates", "Le montant de la promesse non tenue"),
    "broken_date": QT_TRANSLATE_NOOP("templates", "La date de la promesse non tenue"),
    "instalment_amount": QT_TRANSLATE_NOOP(
        "templates", "Le montant de l'échéance en cours de l'échéancier"),
    "instalment_date": QT_TRANSLATE_NOOP("templates", "La date de l'échéance en cours"),
    "letter_date": QT_TRANSLATE_NOOP("templates", "La date du dernier courrier de relance"),
    "last_call_date": QT_TRANSLATE_NOOP("templates", "La date du dernier appel"),
    "calls_made": QT_TRANSLATE_NOOP("templates", "Le nombre d'appels déjà passés"),
    "days_overdue": QT_TRANSLATE_NOOP("templates", "Le nombre de jours de retard"),
    "product": QT_TRANSLATE_NOOP(
        "templates", "Ce qui a été vendu (description de la facture)"),
    "objective": QT_TRANSLATE_NOOP("templates", "L'objectif de l'appel"),
    "email": QT_TRANSLATE_NOOP("templates", "L'adresse e-mail du client"),
    "phone": QT_TRANSLATE_NOOP("templates", "Le numéro de téléphone du client"),
    "reference": QT_TRANSLATE_NOOP("templates", "La référence à indiquer avec le paiement"),
    "iban": QT_TRANSLATE_NOOP("templates", "Votre IBAN"),
    "approver": QT_TRANSLATE_NOOP("templates", "Qui valide les paiements chez le client"),
    "payment_run_days": QT_TRANSLATE_NOOP(
        "templates", "Les jours de paiement du client"),
    "promise_amount": QT_TRANSLATE_NOOP("templates", "Le montant promis"),
    "promise_date": QT_TRANSLATE_NOOP("templates", "La date promise"),
    "promise_means": QT_TRANSLATE_NOOP("templates", "Le moyen de paiement promis"),
    "plan_count": QT_TRANSLATE_NOOP("templates", "Le nombre d'échéances de l'échéancier"),
    "plan_amount": QT_TRANSLATE_NOOP("templates", "Le montant de chaque échéance"),
    "plan_first": QT_TRANSLATE_NOOP("templates", "La date de la première échéance"),
    "plan_last": QT_TRANSLATE_NOOP("templates", "La date de la dernière échéance"),
    "plan_period": QT_TRANSLATE_NOOP(
        "templates", "Le rythme des échéances (« chaque mois »...)"),
    "callback_when": QT_TRANSLATE_NOOP("templates", "Quand vous rappelez"),
    "claimed_amount": QT_TRANSLATE_NOOP(
        "templates", "Le montant que le client dit avoir payé"),
    "claimed_date": QT_TRANSLATE_NOOP("templates", "La date du paiement annoncé"),
    "new_contact": QT_TRANSLATE_NOOP(
        "templates", "La bonne personne à contacter (nom, fonction, numéro)"),
    "disputed_invoices": QT_TRANSLATE_NOOP("templates", "Les factures contestées"),
}

# Known as soon as the call sheet opens (script, advice, objection answers, recap intro...).
CALL_PLACEHOLDERS: tuple[str, ...] = (
    "user", "company", "contact", "customer", "invoice_number", "invoice_numbers",
    "invoice_date", "due_date", "amount_due", "days_overdue", "product", "objective", "email",
    "phone", "reference", "iban", "approver", "payment_run_days", "invoice_amount",
    "invoice_count", "invoices_total", "broken_amount", "broken_date", "instalment_amount",
    "instalment_date", "letter_date", "last_call_date", "calls_made",
)
# The phrases spliced into the script (``phrase.*``) may use every call field but themselves.
PHRASE_PLACEHOLDERS: tuple[str, ...] = tuple(
    name for name in CALL_PLACEHOLDERS if name != "invoices_total")
# Known only once that agreement is made: usable in its recap piece only.
AGREEMENT_PLACEHOLDERS: dict[str, tuple[str, ...]] = {
    "promise": ("promise_amount", "promise_date", "promise_means"),
    "plan": ("plan_count", "plan_amount", "plan_first", "plan_last", "plan_period"),
    "callback": ("callback_when",),
    "dispute": ("disputed_invoices",),
    "claimed_payment": ("claimed_amount", "claimed_date"),
    "copy_sent": (),
    "new_contact": ("new_contact",),
}

# -- the situation of the call -----------------------------------------------------------------
# What the opening must follow, most pressing first (see :func:`situation_for`). A first call
# uses the audience and tone variants; every other situation has its own opening.
SITUATIONS: tuple[str, ...] = (
    "broken_promise", "plan", "dispute", "long_overdue", "after_letter", "follow_up",
    "first_call",
)
LONG_OVERDUE_DAYS = 90  # « long overdue » once the oldest invoice is this late...
LONG_OVERDUE_CALLS = 2  # ...after at least this many calls


def situation_for(*, broken_promise: bool, active_plan: bool, dispute: bool, calls_made: int,
                  max_days_overdue: int, letter_since_last_call: bool) -> str:
    """Where the customer stands, the first that applies: a promise not kept (the last one), a
    payment plan running, a dispute (open, or opened since the last call), long overdue after
    several calls, a reminder letter sent since the last call, a call before, else the first
    call."""
    if broken_promise:
        return "broken_promise"
    if active_plan:
        return "plan"
    if dispute:
        return "dispute"
    if calls_made >= LONG_OVERDUE_CALLS and max_days_overdue >= LONG_OVERDUE_DAYS:
        return "long_overdue"
    if letter_since_last_call:
        return "after_letter"
    if calls_made:
        return "follow_up"
    return "first_call"


def said_product(description: str) -> str:
    """What was sold, as said inside a sentence: « habillage de 3 fourgons » for « Habillage de
    3 fourgons »; a word in capitals (an acronym: « SNCF ») or with capitals inside (« iPhone »,
    « McAfee ») keeps its case."""
    text = description.strip()
    if not text:
        return ""
    first = text.split()[0]
    if len(first) > 1 and (first.isupper() or any(c.isupper() for c in first[1:])):
        return text
    return text[0].lower() + text[1:]


# -- keys ---------------------------------------------------------------------------------------
# Script variants shipped in resources/templates (audience, then audience + tone).
SCRIPT_VARIANTS: tuple[str, ...] = (
    "script.introduce.business",
    "script.introduce.business.loyal",
    "script.introduce.business.chronic",
    "script.introduce.small",
    "script.introduce.small.loyal",
    "script.introduce.small.chronic",
    "script.introduce.consumer",
    "script.introduce.consumer.chronic",
    *(f"script.introduce.{situation}" for situation in SITUATIONS[:-1]),
    "script.listen.consumer",
    "script.negotiate.business",
    "script.negotiate.business.loyal",
    "script.negotiate.business.chronic",
    "script.negotiate.small",
    "script.negotiate.small.loyal",
    "script.negotiate.small.chronic",
    "script.negotiate.consumer",
    "script.negotiate.consumer.chronic",
    "script.conclude.business",
    "script.conclude.small",
    "script.conclude.consumer",
)
RECAP_KEYS: tuple[str, ...] = (
    "recap.intro",
    *(f"recap.{kind}" for kind in AGREEMENT_KINDS),
    "recap.confirm",
    "recap.nothing",
)
TEMPLATE_KEYS: tuple[str, ...] = (
    *(f"script.{step}" for step in SCRIPT_STEPS),
    *SCRIPT_VARIANTS,
    *(f"advice.{step}" for step in ADVICE_STEPS),
    *(f"objection.{code}" for code in OBJECTIONS),
    *RECAP_KEYS,
    "phrase.total.one",
    "phrase.total.several",
    "word.today",
    "word.tomorrow",
    "word.and",
    "word.order",
    "word.unknown",
    *(f"means.{means}" for means in MEANS),
    *(f"period.{period}" for period in PERIODS),
)
# Plain words spliced into other texts: no field allowed in them.
_WORD_PREFIXES = ("word.", "means.", "period.")


def placeholders_for(key: str) -> tuple[str, ...]:
    """The fields a template may use (all of them for an empty or unknown key)."""
    if key.startswith(_WORD_PREFIXES):
        return ()
    if key.startswith("recap."):
        kind = key.removeprefix("recap.")
        return CALL_PLACEHOLDERS + AGREEMENT_PLACEHOLDERS.get(kind, ())
    if key.startswith("phrase."):
        return PHRASE_PLACEHOLDERS
    if key.startswith(("script.", "advice.", "objection.")):
        return CALL_PLACEHOLDERS
    return tuple(PLACEHOLDERS)


# -- errors -------------------------------------------------------------------------------------
# The generic checks and messages live in relance_desktop.domain.templating (re-exported above);
# these two speak of the call.
PLACEHOLDER_NOT_HERE = QT_TRANSLATE_NOOP(
    "templates",
    "Le champ « {field} » n'est pas encore connu à ce moment de l'appel et ne peut pas servir "
    "dans ce texte (ligne {line}, colonne {column}).",
)
NO_PLACEHOLDER_HERE = QT_TRANSLATE_NOOP(
    "templates",
    "Ce texte est un simple mot repris dans d'autres phrases : il ne peut pas contenir de champ "
    "comme « {field} » (ligne {line}, colonne {column}).",
)

VOCABULARY = templating.Vocabulary(
    placeholders=PLACEHOLDERS,
    allowed=placeholders_for,
    not_here=PLACEHOLDER_NOT_HERE,
    no_field=NO_PLACEHOLDER_HERE,
)


def fields_of(text: str, key: str = "") -> list[str]:
    """The field names ``text`` uses, in order (checked first: may raise TemplateError)."""
    return templating.fields_of(text, key, VOCABULARY)


def check_template(text: str, key: str = "") -> None:
    """Raise :class:`TemplateError` unless ``text`` is a valid template (for ``key``)."""
    templating.check_template(text, key, VOCABULARY)


def render(text: str, values: Mapping[str, str], key: str = "") -> str:
    """Fill the fields of ``text``; a field without a value is an error, never a blank."""
    return templating.render(text, values, key, VOCABULARY)


def lookup(
    templates: Mapping[str, str], step: str, audience: str, tone: str, situation: str = ""
) -> tuple[str, str]:
    """(key, text) of the most specific script text for the step, situation, audience and tone.

    ``script.<step>.<situation>`` (the situation comes first: the opening follows it), then
    ``script.<step>.<audience>.<tone>``, then ``script.<step>.<audience>``, then
    ``script.<step>``.
    """
    candidates = []
    if situation:
        candidates.append(f"script.{step}.{situation}")
    if audience:
        if tone:
            candidates.append(f"script.{step}.{audience}.{tone}")
        candidates.append(f"script.{step}.{audience}")
    candidates.append(f"script.{step}")
    return templating.first_of(templates, candidates, f"script.{step}")


# -- recap --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Agreement:
    """Something agreed during the call, with the values of its recap piece (already formatted)."""

    kind: str
    values: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.kind not in AGREEMENT_KINDS:
            raise ValueError(f"unknown agreement kind {self.kind!r}")


def build_recap(
    templates: Mapping[str, str], agreements: Sequence[Agreement], common: Mapping[str, str]
) -> str:
    """The read-back recap: intro, one sentence per agreement (in order), then the request to
    confirm by e-mail when there is an address; ``recap.nothing`` when nothing was agreed.
    Sentences are separated by line breaks."""
    if not agreements:
        return render(templates["recap.nothing"], common, "recap.nothing")
    lines = [render(templates["recap.intro"], common, "recap.intro")]
    for agreement in agreements:
        key = f"recap.{agreement.kind}"
        lines.append(render(templates[key], {**common, **agreement.values}, key))
    if common.get("email", "").strip():
        lines.append(render(templates["recap.confirm"], common, "recap.confirm"))
    return "\n".join(line for line in lines if line.strip())


def spoken_date(day: date, today: date, templates: Mapping[str, str], long_date: str) -> str:
    """« aujourd'hui (lundi 23 novembre) », « demain (…) », else ``long_date`` as given."""
    if day == today:
        return f"{templates['word.today']} ({long_date})"
    if day == today + timedelta(days=1):
        return f"{templates['word.tomorrow']} ({long_date})"
    return long_date


# -- sample values (template editor preview, tests) ---------------------------------------------
SAMPLE_VALUES: dict[str, dict[str, str]] = {
    "fr": {
        "user": "Claire Martin",
        "company": "Menuiserie Lambert",
        "contact": "M. Jules Durand",
        "customer": "Durand Rénovation",
        "invoice_number": "F-101",
        "invoice_numbers": "F-101, F-102 et F-103",
        "invoice_date": "2 octobre 2024",
        "due_date": "1er novembre 2024",
        "amount_due": "2 450,00 €",
        "days_overdue": "24",
        "product": "la pose des fenêtres du chantier de la rue Haute",
        "objective": "obtenir une date de paiement",
        "email": "compta@durand-renovation.fr",
        "phone": "01 23 45 67 89",
        "reference": "F-101",
        "iban": "FR76 3000 6000 0112 3456 7890 189",
        "approver": "Mme Sophie Leroy, directrice financière",
        "payment_run_days": "le 10 et le 25",
        "promise_amount": "2 450,00 €",
        "promise_date": "demain (mardi 26 novembre)",
        "promise_means": "virement",
        "plan_count": "3",
        "plan_amount": "816,67 €",
        "plan_first": "vendredi 29 novembre",
        "plan_last": "mercredi 29 janvier",
        "plan_period": "chaque mois",
        "callback_when": "jeudi 28 novembre vers 16 h",
        "claimed_amount": "1 200,00 €",
        "claimed_date": "15 novembre 2024",
        "new_contact": "Mme Sophie Leroy, comptable, 01 98 76 54 32",
        "disputed_invoices": "F-102",
        "invoice_amount": "1 200,00 €",
        "invoice_count": "3",
        "invoices_total": (
            "Avec les factures F-102 et F-103, cela fait 3 factures "
            "échues, pour un total de 2 450,00 €."),
        "broken_amount": "800,00 €",
        "broken_date": "vendredi 15 novembre",
        "instalment_amount": "816,67 €",
        "instalment_date": "vendredi 29 novembre",
        "letter_date": "4 novembre 2024",
        "last_call_date": "12 novembre 2024",
        "calls_made": "2",
    },
    "en": {
        "user": "Claire Martin",
        "company": "Lambert Joinery",
        "contact": "Mr Jules Durand",
        "customer": "Durand Renovation",
        "invoice_number": "F-101",
        "invoice_numbers": "F-101, F-102 and F-103",
        "invoice_date": "2 October 2024",
        "due_date": "1 November 2024",
        "amount_due": "€2,450.00",
        "days_overdue": "24",
        "product": "the window fitting at the High Street site",
        "objective": "get a payment date",
        "email": "accounts@durand-renovation.com",
        "phone": "+33 1 23 45 67 89",
        "reference": "F-101",
        "iban": "FR76 3000 6000 0112 3456 7890 189",
        "approver": "Ms Sophie Leroy, finance director",
        "payment_run_days": "the 10th and the 25th",
        "promise_amount": "€2,450.00",
        "promise_date": "tomorrow (Tuesday 26 November)",
        "promise_means": "bank transfer",
        "plan_count": "3",
        "plan_amount": "€816.67",
        "plan_first": "Friday 29 November",
        "plan_last": "Wednesday 29 January",
        "plan_period": "every month",
        "callback_when": "Thursday 28 November at around 4 pm",
        "claimed_amount": "€1,200.00",
        "claimed_date": "15 November 2024",
        "new_contact": "Ms Sophie Leroy, accountant, +33 1 98 76 54 32",
        "disputed_invoices": "F-102",
        "invoice_amount": "€1,200.00",
        "invoice_count": "3",
        "invoices_total": (
            "With invoices F-102 and F-103, that makes 3 overdue "
            "invoices, €2,450.00 in all."),
        "broken_amount": "€800.00",
        "broken_date": "Friday 15 November",
        "instalment_amount": "€816.67",
        "instalment_date": "Friday 29 November",
        "letter_date": "4 November 2024",
        "last_call_date": "12 November 2024",
        "calls_made": "2",
    },
    "nl": {
        "user": "Claire Martin",
        "company": "Schrijnwerkerij Lambert",
        "contact": "de heer Jules Durand",
        "customer": "Durand Renovatie",
        "invoice_number": "F-101",
        "invoice_numbers": "F-101, F-102 en F-103",
        "invoice_date": "2 oktober 2024",
        "due_date": "1 november 2024",
        "amount_due": "€ 2.450,00",
        "days_overdue": "24",
        "product": "de plaatsing van de ramen op de werf in de Hoogstraat",
        "objective": "een betaaldatum krijgen",
        "email": "boekhouding@durand-renovatie.be",
        "phone": "02 123 45 67",
        "reference": "+++090/9337/55493+++",
        "iban": "BE68 5390 0754 7034",
        "approver": "mevrouw Sophie Leroy, financieel directeur",
        "payment_run_days": "de 10de en de 25ste",
        "promise_amount": "€ 2.450,00",
        "promise_date": "morgen (dinsdag 26 november)",
        "promise_means": "overschrijving",
        "plan_count": "3",
        "plan_amount": "€ 816,67",
        "plan_first": "vrijdag 29 november",
        "plan_last": "woensdag 29 januari",
        "plan_period": "elke maand",
        "callback_when": "donderdag 28 november rond 16 uur",
        "claimed_amount": "€ 1.200,00",
        "claimed_date": "15 november 2024",
        "new_contact": "mevrouw Sophie Leroy, boekhouder, 02 987 65 43",
        "disputed_invoices": "F-102",
        "invoice_amount": "€ 1.200,00",
        "invoice_count": "3",
        "invoices_total": (
            "Samen met de facturen F-102 en F-103 zijn dat 3 vervallen "
            "facturen, in totaal € 2.450,00."),
        "broken_amount": "€ 800,00",
        "broken_date": "vrijdag 15 november",
        "instalment_amount": "€ 816,67",
        "instalment_date": "vrijdag 29 november",
        "letter_date": "4 november 2024",
        "last_call_date": "12 november 2024",
        "calls_made": "2",
    },
}

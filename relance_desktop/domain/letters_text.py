"""The texts of letters and e-mails as editable templates (pure, no Qt).

Every document the app prints or sends — a reminder, a formal notice, a payment plan, a
statement... — is built from short texts that the user may rewrite per language: a subject, an
opening salutation, a text before the invoice table (``body``), one after the amounts
(``after``: deadline, how to pay, what happens next, or thanks), a closing formula, and a short
e-mail that accompanies the PDF. The labels printed on the documents (table headings, « Page 1 /
2 »...) are templates too. Keys:

* ``letter.<kind>.<part>`` and ``email.<kind>.<part>`` for every kind of :data:`LETTER_KINDS`;
* ``email.<kind>.<part>`` only for the e-mails the call sheet writes without a letter
  (:data:`EMAIL_KINDS`: the copy of an invoice, the recap of a call);
* a few variants where the law or the tone differs (:data:`VARIANT_KEYS`), found by
  :func:`lookup` with the variants of :func:`variants_for` (most specific first, then the
  generic key);
* ``label.<name>`` (:data:`LABEL_KEYS`).

The fields are those of :data:`PLACEHOLDERS`, and each key may use only the ones that make sense
for it (:func:`placeholders_for`): the agreed promise only in a confirmation, the schedule only
in a payment plan, the page numbers only in ``label.page``... The parsing, the checks and
:class:`TemplateError` are the generic ones of :mod:`relance_desktop.domain.templating`; loading
the shipped texts (``resources/templates/letters.<language>.json``) and the user's edits is the
job of :mod:`relance_desktop.services.templates` (family ``"letters"``).

The values are formatted by the caller (amounts, dates, the list of invoice numbers): a field
without a value is an error (:data:`~relance_desktop.domain.templating.MISSING_VALUE`), never a
blank in a printed letter.
"""

from __future__ import annotations

from collections.abc import Mapping

from relance_desktop.domain import templating
from relance_desktop.domain.messages import QT_TRANSLATE_NOOP
from relance_desktop.domain.templating import TemplateError

__all__ = [
    "EMAIL_KINDS", "EMAIL_PARTS", "LABEL_KEYS", "LETTER_KINDS", "LETTER_PARTS", "PLACEHOLDERS",
    "SAMPLE_VALUES", "TEMPLATE_KEYS", "VARIANT_KEYS", "VOCABULARY", "TemplateError",
    "check_template", "fields_of", "kind_of", "lookup", "placeholders_for", "render",
    "variants_for",
]

# -- vocabularies -------------------------------------------------------------------------------
# Document kinds, in the order of a typical follow-up (codes used everywhere).
LETTER_KINDS: tuple[str, ...] = (
    "pre-due",          # friendly notice before the due date
    "reminder-1",       # first reminder (courteous; for a Belgian consumer, the free reminder)
    "reminder-2",       # second reminder (firmer: late charges, next step)
    "formal-notice",    # mise en demeure / ingebrekestelling
    "confirmation",     # written confirmation of what was agreed on the phone
    "payment-plan",     # the agreed schedule (printed as a table by the document)
    "thanks",           # payment received
    "statement",        # statement of all open items
    "collection-file",  # cover text of the file handed to an agency or a lawyer
)
LETTER_PARTS: tuple[str, ...] = ("subject", "opening", "body", "after", "closing")
EMAIL_PARTS: tuple[str, ...] = ("subject", "body")
# E-mails written from the call sheet, without a letter: ``email.<kind>.<part>`` only.
EMAIL_KINDS: tuple[str, ...] = (
    "invoice-copy",     # the copy of an invoice the customer says never arrived
    "call-recap",       # what was agreed on the phone, when no letter confirms it
)

# Audience/country variants shipped: ``<key>.<variant>``; see variants_for().
VARIANT_KEYS: tuple[str, ...] = (
    "letter.reminder-1.body.consumer",
    "letter.reminder-1.after.consumer_be",  # Book XIX CDE: the free first reminder's mentions
    "letter.reminder-2.after.consumer",     # no fixed indemnity nor fees for a consumer
    "letter.formal-notice.body.business_be",
    "letter.formal-notice.body.consumer",
    "letter.formal-notice.body.consumer_be",
    "letter.formal-notice.after.consumer",
)

LABEL_NAMES: tuple[str, ...] = (
    "invoice", "issue_date", "due_date", "amount", "paid", "still_due", "total", "principal",
    "interest", "indemnity", "damages", "total_claimed", "how_to_pay", "iban", "bic",
    "reference", "amount_to_pay", "scan_to_pay", "page", "place_date", "subject", "days_late",
    "instalment", "instalments",
    "cf.customer", "cf.invoices", "cf.payments", "cf.calls", "cf.documents", "cf.promises",
    "cf.disputes",
    "calllist.title", "calllist.phone", "calllist.amount", "calllist.last_outcome",
    "calllist.reason", "callsheet.title",
    # How a letter greets (« Madame Dupont ») and names (« Madame », in the closing) its reader.
    "salutation.none", "salutation.mrs", "salutation.mr", "title.none", "title.mrs", "title.mr",
    "status", "plan.paid", "plan.partly_paid", "plan.unpaid", "registered", "sign_here",
    "due_items", "upcoming_items",
)
LABEL_KEYS: tuple[str, ...] = tuple(f"label.{name}" for name in LABEL_NAMES)



def _document_keys() -> list[str]:
    """Per kind: the letter parts, each followed by its variants, then the e-mail parts."""
    keys: list[str] = []
    for kind in LETTER_KINDS:
        for part in LETTER_PARTS:
            base = f"letter.{kind}.{part}"
            keys.append(base)
            keys.extend(key for key in VARIANT_KEYS if key.rpartition(".")[0] == base)
        keys.extend(f"email.{kind}.{part}" for part in EMAIL_PARTS)
    for kind in EMAIL_KINDS:
        keys.extend(f"email.{kind}.{part}" for part in EMAIL_PARTS)
    return keys


# Every key, in the editor's order.
TEMPLATE_KEYS: tuple[str, ...] = (*_document_keys(), *LABEL_KEYS)

# -- placeholders -------------------------------------------------------------------------------
PLACEHOLDERS: dict[str, str] = {
    "customer": QT_TRANSLATE_NOOP("templates", "Le nom du client"),
    "contact": QT_TRANSLATE_NOOP(
        "templates", "La personne à qui s'adresse le courrier (à défaut, le nom du client)"),
    "company": QT_TRANSLATE_NOOP("templates", "Le nom de votre société"),
    "user": QT_TRANSLATE_NOOP("templates", "Votre nom (la personne qui signe)"),
    "city": QT_TRANSLATE_NOOP("templates", "La ville d'où part le courrier"),
    "date": QT_TRANSLATE_NOOP("templates", "La date du courrier"),
    "invoice_numbers": QT_TRANSLATE_NOOP(
        "templates", "Les numéros de toutes les factures concernées"),
    "invoice_count": QT_TRANSLATE_NOOP("templates", "Le nombre de factures concernées"),
    "total_due": QT_TRANSLATE_NOOP(
        "templates", "Le total restant dû sur les factures (hors intérêts et indemnités)"),
    "total_claimed": QT_TRANSLATE_NOOP(
        "templates", "Le total réclamé (restant dû, intérêts et indemnités compris)"),
    "interest": QT_TRANSLATE_NOOP("templates", "Le montant des intérêts de retard"),
    "indemnity": QT_TRANSLATE_NOOP(
        "templates", "L'indemnité pour frais de recouvrement (ou les dommages et intérêts "
        "prévus au contrat)"),
    "deadline": QT_TRANSLATE_NOOP(
        "templates", "La date limite de paiement (l'échéance, avant échéance)"),
    "deadline_days": QT_TRANSLATE_NOOP("templates", "Le délai de paiement accordé, en jours"),
    "reference": QT_TRANSLATE_NOOP("templates", "La référence à indiquer avec le paiement"),
    "iban": QT_TRANSLATE_NOOP("templates", "Votre IBAN"),
    "bic": QT_TRANSLATE_NOOP("templates", "Votre BIC"),
    "promise_amount": QT_TRANSLATE_NOOP("templates", "Le montant promis"),
    "promise_date": QT_TRANSLATE_NOOP("templates", "La date promise"),
    "promise_means": QT_TRANSLATE_NOOP("templates", "Le moyen de paiement promis"),
    "plan_count": QT_TRANSLATE_NOOP("templates", "Le nombre d'échéances de l'échéancier"),
    "plan_amount": QT_TRANSLATE_NOOP("templates", "Le montant de chaque échéance"),
    "plan_first": QT_TRANSLATE_NOOP("templates", "La date de la première échéance"),
    "plan_last": QT_TRANSLATE_NOOP("templates", "La date de la dernière échéance"),
    "plan_total": QT_TRANSLATE_NOOP("templates", "Le montant total de l'échéancier"),
    "paid_amount": QT_TRANSLATE_NOOP("templates", "Le montant du paiement reçu"),
    "paid_date": QT_TRANSLATE_NOOP("templates", "La date du paiement reçu"),
    "email": QT_TRANSLATE_NOOP("templates", "Votre adresse e-mail (pour vous répondre)"),
    "phone": QT_TRANSLATE_NOOP("templates", "Votre numéro de téléphone"),
    "page": QT_TRANSLATE_NOOP("templates", "Le numéro de la page"),
    "pages": QT_TRANSLATE_NOOP("templates", "Le nombre de pages"),
    "subject": QT_TRANSLATE_NOOP("templates", "L'objet du courrier"),
    "recap": QT_TRANSLATE_NOOP(
        "templates", "Le récapitulatif de l'appel : ce qui a été convenu au téléphone"),
    "salutation": QT_TRANSLATE_NOOP(
        "templates", "L'appel du courrier : « Madame Dupont » quand la personne est connue, "
        "sinon « Madame, Monsieur »"),
    "title": QT_TRANSLATE_NOOP(
        "templates", "La personne dans la formule de politesse : « Madame », « Monsieur » ou "
        "« Madame, Monsieur »"),
    "overdue": QT_TRANSLATE_NOOP(
        "templates", "Le montant échu (à payer maintenant), sans ce qui est à échoir"),
    "name": QT_TRANSLATE_NOOP("templates", "Le nom de famille de la personne"),
}

# Known for every letter and e-mail.
COMMON_PLACEHOLDERS: tuple[str, ...] = (
    "customer", "contact", "company", "user", "city", "date", "invoice_numbers", "invoice_count",
    "total_due", "reference", "iban", "bic", "email", "phone", "salutation", "title",
)
_DEADLINE = ("deadline", "deadline_days")
_CLAIM = ("total_claimed", "interest", "indemnity")
# Known only for some kinds of document.
KIND_PLACEHOLDERS: dict[str, tuple[str, ...]] = {
    "pre-due": _DEADLINE,
    "reminder-1": (*_CLAIM, *_DEADLINE),
    "reminder-2": (*_CLAIM, *_DEADLINE),
    "formal-notice": (*_CLAIM, *_DEADLINE),
    "confirmation": ("promise_amount", "promise_date", "promise_means"),
    "payment-plan": ("plan_count", "plan_amount", "plan_first", "plan_last", "plan_total"),
    "thanks": ("paid_amount", "paid_date"),
    "statement": (*_CLAIM, *_DEADLINE, "overdue"),
    "collection-file": _CLAIM,
    "invoice-copy": (),
    "call-recap": ("recap",),
}
# Labels are printed as they are, except these.
LABEL_PLACEHOLDERS: dict[str, tuple[str, ...]] = {
    "label.page": ("page", "pages"),
    "label.place_date": ("city", "date"),
    "label.subject": ("subject",),
    "label.salutation.mrs": ("name",),
    "label.salutation.mr": ("name",),
}


def kind_of(key: str) -> str:
    """The document kind of a ``letter.*`` or ``email.*`` key (empty for anything else)."""
    family, _, rest = key.partition(".")
    if family not in ("letter", "email"):
        return ""
    kind = rest.partition(".")[0]
    if kind in LETTER_KINDS or (family == "email" and kind in EMAIL_KINDS):
        return kind
    return ""


def placeholders_for(key: str) -> tuple[str, ...]:
    """The fields a template may use (all of them for an empty or unknown key)."""
    if key.startswith("label."):
        return LABEL_PLACEHOLDERS.get(key, ())
    kind = kind_of(key)
    if kind:
        return COMMON_PLACEHOLDERS + KIND_PLACEHOLDERS[kind]
    return tuple(PLACEHOLDERS)


VOCABULARY = templating.Vocabulary(placeholders=PLACEHOLDERS, allowed=placeholders_for)


def fields_of(text: str, key: str = "") -> list[str]:
    """The field names ``text`` uses, in order (checked first: may raise TemplateError)."""
    return templating.fields_of(text, key, VOCABULARY)


def check_template(text: str, key: str = "") -> None:
    """Raise :class:`TemplateError` unless ``text`` is a valid template (for ``key``)."""
    templating.check_template(text, key, VOCABULARY)


def render(text: str, values: Mapping[str, str], key: str = "") -> str:
    """Fill the fields of ``text``; a field without a value is an error, never a blank."""
    return templating.render(text, values, key, VOCABULARY)


# -- lookup -------------------------------------------------------------------------------------
def variants_for(country: str, customer_kind: str) -> tuple[str, ...]:
    """The variants to try, most specific first, for the rules of ``country`` (``FR``, ``BE``:
    the country whose law applies, normally the company's) and a customer kind
    (:class:`relance_desktop.domain.parties.CustomerKind` value).

    A consumer gets ``("consumer_be", "consumer")`` in Belgium; everyone else is a business
    (sole traders and public bodies included): ``("business_be", "business")``.
    """
    audience = "consumer" if customer_kind == "consumer" else "business"
    code = (country or "").strip().lower()
    return (f"{audience}_{code}", audience) if code else (audience,)


def lookup(templates: Mapping[str, str], base_key: str, *variants: str) -> tuple[str, str]:
    """(key, text) of the most specific text: ``<base_key>.<variant>`` for each variant in the
    order given (empty ones skipped), then ``base_key`` itself; TemplateError when none exists.

    ``lookup(texts, "letter.reminder-1.after", *variants_for("BE", "consumer"))`` tries
    ``letter.reminder-1.after.consumer_be``, then ``….consumer``, then the generic text.
    """
    candidates = [f"{base_key}.{variant}" for variant in variants if variant]
    candidates.append(base_key)
    return templating.first_of(templates, candidates, base_key)


# -- sample values (template editor preview, tests) ---------------------------------------------
SAMPLE_VALUES: dict[str, dict[str, str]] = {
    "fr": {
        "salutation": "Monsieur Durand",
        "title": "Monsieur",
        "overdue": "1 650,00 €",
        "name": "Durand",
        "customer": "Durand Rénovation",
        "contact": "M. Jules Durand",
        "company": "Menuiserie Lambert",
        "user": "Claire Martin",
        "city": "Lyon",
        "date": "25 novembre 2024",
        "invoice_numbers": "F-101, F-102 et F-103",
        "invoice_count": "3",
        "total_due": "2 450,00 €",
        "total_claimed": "2 634,27 €",
        "interest": "64,27 €",
        "indemnity": "120,00 €",
        "deadline": "10 décembre 2024",
        "deadline_days": "15",
        "reference": "F-101",
        "iban": "FR76 3000 6000 0112 3456 7890 189",
        "bic": "AGRIFRPP",
        "promise_amount": "2 450,00 €",
        "promise_date": "mardi 26 novembre 2024",
        "promise_means": "virement",
        "plan_count": "3",
        "plan_amount": "816,67 €",
        "plan_first": "29 novembre 2024",
        "plan_last": "29 janvier 2025",
        "plan_total": "2 450,00 €",
        "paid_amount": "2 450,00 €",
        "paid_date": "22 novembre 2024",
        "email": "compta@menuiserie-lambert.fr",
        "phone": "04 78 12 34 56",
        "page": "1",
        "pages": "2",
        "subject": "Mise en demeure de payer",
        "recap": "Je reprends ce que nous avons convenu, pour que nous soyons bien d'accord : "
                 "vous réglez 2 450,00 € au plus tard mardi 26 novembre par virement.",
    },
    "en": {
        "salutation": "Dear Mr Durand",
        "title": "Sir",
        "overdue": "€1,650.00",
        "name": "Durand",
        "customer": "Durand Renovation",
        "contact": "Mr Jules Durand",
        "company": "Lambert Joinery",
        "user": "Claire Martin",
        "city": "Lyon",
        "date": "25 November 2024",
        "invoice_numbers": "F-101, F-102 and F-103",
        "invoice_count": "3",
        "total_due": "€2,450.00",
        "total_claimed": "€2,634.27",
        "interest": "€64.27",
        "indemnity": "€120.00",
        "deadline": "10 December 2024",
        "deadline_days": "15",
        "reference": "F-101",
        "iban": "FR76 3000 6000 0112 3456 7890 189",
        "bic": "AGRIFRPP",
        "promise_amount": "€2,450.00",
        "promise_date": "Tuesday 26 November 2024",
        "promise_means": "bank transfer",
        "plan_count": "3",
        "plan_amount": "€816.67",
        "plan_first": "29 November 2024",
        "plan_last": "29 January 2025",
        "plan_total": "€2,450.00",
        "paid_amount": "€2,450.00",
        "paid_date": "22 November 2024",
        "email": "accounts@lambert-joinery.com",
        "phone": "+33 4 78 12 34 56",
        "page": "1",
        "pages": "2",
        "subject": "Formal notice to pay",
        "recap": "To make sure we agree, here is what we said: you will pay €2,450.00 by "
                 "Tuesday 26 November at the latest, by bank transfer.",
    },
    "nl": {
        "salutation": "Geachte heer Durand",
        "title": "mijnheer",
        "overdue": "€ 1.650,00",
        "name": "Durand",
        "customer": "Durand Renovatie",
        "contact": "de heer Jules Durand",
        "company": "Schrijnwerkerij Lambert",
        "user": "Claire Martin",
        "city": "Gent",
        "date": "25 november 2024",
        "invoice_numbers": "F-101, F-102 en F-103",
        "invoice_count": "3",
        "total_due": "€ 2.450,00",
        "total_claimed": "€ 2.634,27",
        "interest": "€ 64,27",
        "indemnity": "€ 120,00",
        "deadline": "10 december 2024",
        "deadline_days": "15",
        "reference": "+++090/9337/55493+++",
        "iban": "BE71 0961 2345 6769",
        "bic": "GKCCBEBB",
        "promise_amount": "€ 2.450,00",
        "promise_date": "dinsdag 26 november 2024",
        "promise_means": "overschrijving",
        "plan_count": "3",
        "plan_amount": "€ 816,67",
        "plan_first": "29 november 2024",
        "plan_last": "29 januari 2025",
        "plan_total": "€ 2.450,00",
        "paid_amount": "€ 2.450,00",
        "paid_date": "22 november 2024",
        "email": "boekhouding@schrijnwerkerij-lambert.be",
        "phone": "09 123 45 67",
        "page": "1",
        "pages": "2",
        "subject": "Ingebrekestelling",
        "recap": "Ik vat samen wat we hebben afgesproken: u betaalt € 2.450,00 uiterlijk "
                 "dinsdag 26 november per overschrijving.",
    },
}

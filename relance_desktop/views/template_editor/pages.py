"""What the template editor shows on each page: one letter (or e-mail, or step of the call) as
the reader meets it, section by section.

A letter page follows the printed letter: subject, salutation, the text before the invoices,
the parts Relance fills itself (the invoice table, the amounts, how to pay), the text after
them, the closing, then the e-mail that goes with the letter. A text that replaces another in
some cases (a consumer, Belgian law) sits right after the general one, with a plain sentence
saying when it applies. A call page follows a step of the call: the advice to the caller, the
script, then its variants.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from relance_desktop.domain import letters_text
from relance_desktop.domain.calls import script
from relance_desktop.i18n import QT_TRANSLATE_NOOP
from relance_desktop.services import letters as letter_service
from relance_desktop.services import templates as template_service
from relance_desktop.views import labels

CTX = "TemplateEditor"


@dataclass(frozen=True)
class Section:
    """One part of a page: an editable text (``key``), or a part Relance fills (``key`` empty,
    ``title`` says what), or a heading (``heading``). Titles and conditions are French sources
    (translated in ``TemplateEditor``); a label's title is its shipped text."""

    key: str = ""
    title: str = ""
    condition: str = ""
    heading: bool = False


@dataclass(frozen=True)
class Page:
    code: str
    title: str  # French source (translated in ``TemplateEditor``); see :func:`page_title`
    family: str
    kind: str = ""  # the document previewed (a letter kind, an e-mail kind) or "" (calls)
    sections: tuple[Section, ...] = ()
    number: str = ""  # a call step's number

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(s.key for s in self.sections if s.key)


KIND_TITLES = {
    "pre-due": QT_TRANSLATE_NOOP("TemplateEditor", "Avis avant l'échéance"),
    "reminder-1": QT_TRANSLATE_NOOP("TemplateEditor", "Premier rappel"),
    "reminder-2": QT_TRANSLATE_NOOP("TemplateEditor", "Deuxième rappel"),
    "formal-notice": QT_TRANSLATE_NOOP("TemplateEditor", "Mise en demeure"),
    "confirmation": QT_TRANSLATE_NOOP("TemplateEditor", "Confirmation d'un accord"),
    "payment-plan": QT_TRANSLATE_NOOP("TemplateEditor", "Échéancier"),
    "thanks": QT_TRANSLATE_NOOP("TemplateEditor", "Remerciement"),
    "statement": QT_TRANSLATE_NOOP("TemplateEditor", "Relevé de compte"),
    "collection-file": QT_TRANSLATE_NOOP("TemplateEditor", "Dossier de recouvrement"),
    "invoice-copy": QT_TRANSLATE_NOOP("TemplateEditor", "E-mail : copie de facture"),
    "call-recap": QT_TRANSLATE_NOOP("TemplateEditor", "E-mail : récapitulatif d'un appel"),
}
LABELS_TITLE = QT_TRANSLATE_NOOP("TemplateEditor", "Libellés imprimés sur les documents")
LETTER_HEADING = QT_TRANSLATE_NOOP("TemplateEditor", "Le courrier")
EMAIL_HEADING = QT_TRANSLATE_NOOP("TemplateEditor", "L'e-mail qui accompagne le courrier")
EMAIL_ONLY_HEADING = QT_TRANSLATE_NOOP("TemplateEditor", "L'e-mail")
PART_TITLES = {
    "letter.subject": QT_TRANSLATE_NOOP("TemplateEditor", "Objet"),
    "letter.opening": QT_TRANSLATE_NOOP("TemplateEditor", "Formule d'appel"),
    "letter.body": QT_TRANSLATE_NOOP("TemplateEditor", "Texte avant le tableau"),
    "letter.after": QT_TRANSLATE_NOOP("TemplateEditor", "Texte après les montants"),
    "letter.closing": QT_TRANSLATE_NOOP("TemplateEditor", "Formule de politesse"),
    "email.subject": QT_TRANSLATE_NOOP("TemplateEditor", "Objet de l'e-mail"),
    "email.body": QT_TRANSLATE_NOOP("TemplateEditor", "Texte de l'e-mail"),
}
VARIANT_CONDITIONS = {
    "consumer": QT_TRANSLATE_NOOP(
        "TemplateEditor", "Seulement pour un particulier : remplace le texte général"),
    "consumer_be": QT_TRANSLATE_NOOP(
        "TemplateEditor",
        "Seulement pour un particulier, en droit belge : remplace le texte général"),
    "business_be": QT_TRANSLATE_NOOP(
        "TemplateEditor",
        "Seulement pour une entreprise, en droit belge : remplace le texte général"),
}
TABLE_PARTS = {
    "collection-file": QT_TRANSLATE_NOOP(
        "TemplateEditor", "Le dossier : le client, ses factures, paiements, appels, courriers, "
        "promesses et litiges (rempli par Relance)"),
    "payment-plan": QT_TRANSLATE_NOOP(
        "TemplateEditor", "Le tableau des échéances (rempli par Relance)"),
    "statement": QT_TRANSLATE_NOOP(
        "TemplateEditor", "Les factures échues, puis celles à échoir (rempli par Relance)"),
    "": QT_TRANSLATE_NOOP("TemplateEditor", "Le tableau des factures (rempli par Relance)"),
}
AMOUNTS_PART = QT_TRANSLATE_NOOP(
    "TemplateEditor", "Le détail des sommes réclamées : intérêts de retard et indemnité, quand "
    "la loi les permet (rempli par Relance)")
PAYMENT_PART = QT_TRANSLATE_NOOP(
    "TemplateEditor", "Comment payer : IBAN, BIC, référence, montant et QR code (rempli par "
    "Relance)")
SIGNATURE_PART = QT_TRANSLATE_NOOP(
    "TemplateEditor", "La signature : votre nom et votre société, ou la signature des "
    "réglages des courriers")
# calls
STEP_TITLE = QT_TRANSLATE_NOOP("TemplateEditor", "Appel, étape {number} : {name}")
OBJECTIONS_TITLE = QT_TRANSLATE_NOOP("TemplateEditor", "Réponses aux objections")
RECAP_TITLE = QT_TRANSLATE_NOOP("TemplateEditor", "Récapitulatif lu au client")
WORDS_TITLE = QT_TRANSLATE_NOOP("TemplateEditor", "Mots et tournures repris dans les phrases")
ADVICE = QT_TRANSLATE_NOOP("TemplateEditor", "Conseils à l'appelant (lui seul les voit)")
SCRIPT = QT_TRANSLATE_NOOP("TemplateEditor", "Script : texte général")
SCRIPT_VARIANT = QT_TRANSLATE_NOOP("TemplateEditor", "Script : variante")
SITUATION_CONDITION = QT_TRANSLATE_NOOP(
    "TemplateEditor", "Seulement {situation} : passe avant les autres textes de l'étape")
AUDIENCE_CONDITION = QT_TRANSLATE_NOOP(
    "TemplateEditor", "Seulement pour : {who} (remplace le texte général)")
RECAP_CONDITION = QT_TRANSLATE_NOOP(
    "TemplateEditor", "Lu quand c'est convenu pendant l'appel")


# -- the letters ----------------------------------------------------------------------------------
def _with_variants(base: str, part: str) -> list[Section]:
    title = PART_TITLES[part]
    out = [Section(base, title)]
    for key in letters_text.VARIANT_KEYS:
        stem, _, variant = key.rpartition(".")
        if stem == base:
            out.append(Section(key, title, VARIANT_CONDITIONS[variant]))
    return out


def letter_page(kind: str) -> Page:
    sections = [Section(title=LETTER_HEADING, heading=True)]
    for part in ("subject", "opening", "body"):
        sections += _with_variants(f"letter.{kind}.{part}", f"letter.{part}")
    sections.append(Section(title=TABLE_PARTS.get(kind, TABLE_PARTS[""])))
    if kind in letter_service.WITH_CHARGES:
        sections.append(Section(title=AMOUNTS_PART))
    sections += _with_variants(f"letter.{kind}.after", "letter.after")
    if kind in letter_service.ASKS_PAYMENT:
        sections.append(Section(title=PAYMENT_PART))
    sections += _with_variants(f"letter.{kind}.closing", "letter.closing")
    sections.append(Section(title=SIGNATURE_PART))
    sections += email_sections(kind, EMAIL_HEADING)
    return Page(f"letters:{kind}", KIND_TITLES[kind], template_service.LETTERS, kind,
                tuple(sections))


def email_sections(kind: str, heading: str) -> list[Section]:
    return [Section(title=heading, heading=True),
            Section(f"email.{kind}.subject", PART_TITLES["email.subject"]),
            Section(f"email.{kind}.body", PART_TITLES["email.body"])]


def letter_pages() -> list[Page]:
    pages = [letter_page(kind) for kind in letters_text.LETTER_KINDS]
    pages += [Page(f"letters:{kind}", KIND_TITLES[kind], template_service.LETTERS, kind,
                   tuple(email_sections(kind, EMAIL_ONLY_HEADING)))
              for kind in letters_text.EMAIL_KINDS]
    pages.append(Page("letters:labels", LABELS_TITLE, template_service.LETTERS,
                      "formal-notice",
                      tuple(Section(key) for key in letters_text.LABEL_KEYS)))
    return pages


# -- the calls ------------------------------------------------------------------------------------
def _words(key: str) -> str:
    """« entreprise, bon payeur » for ``script.negotiate.business.loyal``."""
    return ", ".join(QCoreApplication.translate(CTX, PARTS[part])
                     for part in key.split(".")[2:] if part in PARTS)


def _script_sections(step: str) -> list[Section]:
    out: list[Section] = []
    if f"script.{step}" in script.TEMPLATE_KEYS:
        out.append(Section(f"script.{step}", SCRIPT))
    for key in script.SCRIPT_VARIANTS:
        parts = key.split(".")
        if parts[1] != step:
            continue
        if parts[2] in script.SITUATIONS:
            out.append(Section(key, SCRIPT_VARIANT, SITUATION_CONDITION))
        else:
            out.append(Section(key, SCRIPT_VARIANT, AUDIENCE_CONDITION))
    return out


def call_pages() -> list[Page]:
    pages = []
    for n, step in enumerate(script.ADVICE_STEPS, 1):
        sections = [Section(f"advice.{step}", ADVICE), *_script_sections(step)]
        pages.append(Page(f"calls:{step}", STEP_TITLE, template_service.CALLS, "",
                          tuple(sections), number=str(n)))
    pages.append(Page("calls:objections", OBJECTIONS_TITLE, template_service.CALLS, "",
                      tuple(Section(f"objection.{code}") for code in script.OBJECTIONS)))
    pages.append(Page("calls:recap", RECAP_TITLE, template_service.CALLS, "", tuple(
        Section(key, condition=RECAP_CONDITION if key.removeprefix("recap.")
                in script.AGREEMENT_KINDS else "") for key in script.RECAP_KEYS)))
    placed = {key for page in pages for key in page.keys}
    pages.append(Page("calls:words", WORDS_TITLE, template_service.CALLS, "", tuple(
        Section(key) for key in script.TEMPLATE_KEYS if key not in placed)))
    return pages


def pages_of(family: str) -> list[Page]:
    return letter_pages() if family == template_service.LETTERS else call_pages()


def page_title(page: Page) -> str:
    """The page's name in the list, in the interface's language."""
    if page.number:
        step = page.code.partition(":")[2]
        name = labels.label(labels.STEPS, step).replace("&", "").lstrip("0123456789 ")
        return QCoreApplication.translate(CTX, page.title).format(number=page.number,
                                                                  name=name)
    return QCoreApplication.translate(CTX, page.title)


def condition_text(section: Section) -> str:
    """When ``section`` applies, in the interface's language ("" always)."""
    if not section.condition:
        return ""
    text = QCoreApplication.translate(CTX, section.condition)
    if section.condition == SITUATION_CONDITION:
        situation = section.key.split(".")[2]
        return text.format(situation=QCoreApplication.translate(CTX, PARTS[situation]))
    if section.condition == AUDIENCE_CONDITION:
        return text.format(who=_words(section.key))
    return text


def section_title(section: Section, shipped: str = "") -> str:
    """The section's title; a label is named by its shipped text (``shipped``)."""
    if section.key.startswith("label.") and shipped.strip():
        return shipped.strip().splitlines()[0]
    if section.title:
        return QCoreApplication.translate(CTX, section.title)
    return key_label(section.key, shipped)


# -- names of the parts of a key (calls' objections, recap, words) --------------------------------
PARTS = {
    "script": QT_TRANSLATE_NOOP("TemplateEditor", "Script"),
    "advice": QT_TRANSLATE_NOOP("TemplateEditor", "Conseils"),
    "objection": QT_TRANSLATE_NOOP("TemplateEditor", "Objection"),
    "recap": QT_TRANSLATE_NOOP("TemplateEditor", "Récapitulatif"),
    "word": QT_TRANSLATE_NOOP("TemplateEditor", "Mot"),
    "means": QT_TRANSLATE_NOOP("TemplateEditor", "Moyen de paiement"),
    "period": QT_TRANSLATE_NOOP("TemplateEditor", "Périodicité"),
    "business": QT_TRANSLATE_NOOP("TemplateEditor", "entreprise"),
    "small": QT_TRANSLATE_NOOP("TemplateEditor", "indépendant"),
    "consumer": QT_TRANSLATE_NOOP("TemplateEditor", "particulier"),
    "loyal": QT_TRANSLATE_NOOP("TemplateEditor", "bon payeur"),
    "chronic": QT_TRANSLATE_NOOP("TemplateEditor", "retards fréquents"),
    "standard": QT_TRANSLATE_NOOP("TemplateEditor", "habituel"),
    "intro": QT_TRANSLATE_NOOP("TemplateEditor", "introduction"),
    "phrase": QT_TRANSLATE_NOOP("TemplateEditor", "Phrase"),
    "total": QT_TRANSLATE_NOOP("TemplateEditor", "total des factures"),
    "one": QT_TRANSLATE_NOOP("TemplateEditor", "une seule facture"),
    "several": QT_TRANSLATE_NOOP("TemplateEditor", "plusieurs factures"),
    "broken_promise": QT_TRANSLATE_NOOP("TemplateEditor", "après une promesse non tenue"),
    "long_overdue": QT_TRANSLATE_NOOP("TemplateEditor", "retard ancien après plusieurs appels"),
    "after_letter": QT_TRANSLATE_NOOP("TemplateEditor", "après un courrier"),
    "follow_up": QT_TRANSLATE_NOOP("TemplateEditor", "après un premier appel"),
    "plan": QT_TRANSLATE_NOOP("TemplateEditor", "échéancier"),
    "dispute": QT_TRANSLATE_NOOP("TemplateEditor", "litige"),
    "promise": QT_TRANSLATE_NOOP("TemplateEditor", "promesse"),
    "callback": QT_TRANSLATE_NOOP("TemplateEditor", "rappel"),
    "claimed_payment": QT_TRANSLATE_NOOP("TemplateEditor", "paiement annoncé"),
    "copy_sent": QT_TRANSLATE_NOOP("TemplateEditor", "copie envoyée"),
    "new_contact": QT_TRANSLATE_NOOP("TemplateEditor", "nouvel interlocuteur"),
    "confirm": QT_TRANSLATE_NOOP("TemplateEditor", "confirmation écrite"),
    "nothing": QT_TRANSLATE_NOOP("TemplateEditor", "rien de convenu"),
    "today": QT_TRANSLATE_NOOP("TemplateEditor", "aujourd'hui"),
    "tomorrow": QT_TRANSLATE_NOOP("TemplateEditor", "demain"),
    "and": QT_TRANSLATE_NOOP("TemplateEditor", "et"),
    "order": QT_TRANSLATE_NOOP("TemplateEditor", "produit par défaut"),
    "unknown": QT_TRANSLATE_NOOP("TemplateEditor", "valeur inconnue"),
}
TABLES = (labels.STEPS, labels.OBJECTIONS, labels.METHODS, labels.PERIODS)


def key_label(key: str, text: str = "") -> str:
    """« Objection — Oubli » for ``objection.forgot``, « Mot — demain » for ``word.tomorrow``;
    a document label is named by its ``text``."""
    if key.startswith("label.") and text.strip():
        return text.strip().splitlines()[0]
    words = []
    for pos, part in enumerate(key.split(".")):
        if part in PARTS and not (pos == 1 and part in labels.METHODS):
            words.append(QCoreApplication.translate(CTX, PARTS[part]))
            continue
        for table in TABLES:
            if part in table:
                words.append(labels.label(table, part).replace("&", "").lstrip("0123456789 "))
                break
        else:
            words.append(part)
    head, *rest = words
    return f"{head} — {', '.join(rest)}" if rest else head

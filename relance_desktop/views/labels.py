"""Translated labels for the codes stored in the company file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from relance_desktop.i18n import QT_TRANSLATE_NOOP

CTX = "labels"
# Codes also printed on documents: their words live below the views (no Qt there).
from relance_desktop.domain.vocabulary import (  # noqa: E402
    DISPUTE_STATUSES,
    DOCUMENT_KINDS,
    METHODS,
    OUTCOMES,
    PLAN_STATUSES,
    PROMISE_STATUSES,
)

__all__ = ["DISPUTE_STATUSES", "DOCUMENT_KINDS", "METHODS", "OUTCOMES", "PLAN_STATUSES",
           "PROMISE_STATUSES"]

KINDS = {
    "business": QT_TRANSLATE_NOOP("labels", "Entreprise"),
    "sole_trader": QT_TRANSLATE_NOOP("labels", "Indépendant"),
    "consumer": QT_TRANSLATE_NOOP("labels", "Particulier"),
    "public_body": QT_TRANSLATE_NOOP("labels", "Organisme public"),
}
COUNTRIES = {
    "FR": QT_TRANSLATE_NOOP("labels", "France"),
    "BE": QT_TRANSLATE_NOOP("labels", "Belgique"),
}
LANGUAGES = {
    "fr": QT_TRANSLATE_NOOP("labels", "Français"),
    "nl": QT_TRANSLATE_NOOP("labels", "Néerlandais"),
    "en": QT_TRANSLATE_NOOP("labels", "Anglais"),
}
CHANNELS = {
    "phone": QT_TRANSLATE_NOOP("labels", "Téléphone"),
    "email": QT_TRANSLATE_NOOP("labels", "E-mail"),
    "post": QT_TRANSLATE_NOOP("labels", "Courrier"),
}
STATUSES = {
    "paid": QT_TRANSLATE_NOOP("labels", "Payée"),
    "partly_paid": QT_TRANSLATE_NOOP("labels", "Payée en partie"),
    "not_due": QT_TRANSLATE_NOOP("labels", "À échoir"),
    "overdue": QT_TRANSLATE_NOOP("labels", "En retard"),
    "disputed": QT_TRANSLATE_NOOP("labels", "En litige"),
    "promised": QT_TRANSLATE_NOOP("labels", "Promesse"),
    "cancelled": QT_TRANSLATE_NOOP("labels", "Annulée"),
}
STATES = {
    "open": QT_TRANSLATE_NOOP("labels", "Ouverte"),
    "cancelled": QT_TRANSLATE_NOOP("labels", "Annulée"),
    "written_off": QT_TRANSLATE_NOOP("labels", "Passée en perte"),
}
ACTIONS = {
    "call": QT_TRANSLATE_NOOP("labels", "Appel"),
    "email": QT_TRANSLATE_NOOP("labels", "E-mail"),
    "letter": QT_TRANSLATE_NOOP("labels", "Courrier"),
    "sms": QT_TRANSLATE_NOOP("labels", "SMS"),
    "note": QT_TRANSLATE_NOOP("labels", "Note"),
}
TASKS = {
    "call_back": QT_TRANSLATE_NOOP("labels", "Rappeler"),
    "check_payment": QT_TRANSLATE_NOOP("labels", "Vérifier le paiement"),
    "send_letter": QT_TRANSLATE_NOOP("labels", "Envoyer un courrier"),
}
ENTITIES = {
    "customer": QT_TRANSLATE_NOOP("labels", "client"),
    "contact": QT_TRANSLATE_NOOP("labels", "contact"),
    "invoice": QT_TRANSLATE_NOOP("labels", "facture"),
    "payment": QT_TRANSLATE_NOOP("labels", "paiement"),
    "company": QT_TRANSLATE_NOOP("labels", "société"),
    "promise": QT_TRANSLATE_NOOP("labels", "promesse"),
    "payment_plan": QT_TRANSLATE_NOOP("labels", "échéancier"),
    "dispute": QT_TRANSLATE_NOOP("labels", "litige"),
    "task": QT_TRANSLATE_NOOP("labels", "tâche"),
    "interaction": QT_TRANSLATE_NOOP("labels", "appel"),
    "template": QT_TRANSLATE_NOOP("labels", "texte"),
}
AUDIT_ACTIONS = {
    "update": QT_TRANSLATE_NOOP("labels", "modifié"),
    "delete": QT_TRANSLATE_NOOP("labels", "supprimé"),
    "attach": QT_TRANSLATE_NOOP("labels", "copie jointe"),
    "create": QT_TRANSLATE_NOOP("labels", "ajouté"),
}
FIELDS = {
    "name": QT_TRANSLATE_NOOP("labels", "nom"),
    "number": QT_TRANSLATE_NOOP("labels", "numéro"),
    "amount_cents": QT_TRANSLATE_NOOP("labels", "montant"),
    "issue_date": QT_TRANSLATE_NOOP("labels", "date"),
    "due_date": QT_TRANSLATE_NOOP("labels", "échéance"),
    "paid_on": QT_TRANSLATE_NOOP("labels", "date du paiement"),
    "phone": QT_TRANSLATE_NOOP("labels", "téléphone"),
    "mobile": QT_TRANSLATE_NOOP("labels", "mobile"),
    "email": QT_TRANSLATE_NOOP("labels", "e-mail"),
    "function": QT_TRANSLATE_NOOP("labels", "fonction"),
    "street": QT_TRANSLATE_NOOP("labels", "adresse"),
    "city": QT_TRANSLATE_NOOP("labels", "ville"),
    "postcode": QT_TRANSLATE_NOOP("labels", "code postal"),
    "state": QT_TRANSLATE_NOOP("labels", "état"),
    "description": QT_TRANSLATE_NOOP("labels", "objet"),
    "copy": QT_TRANSLATE_NOOP("labels", "copie"),
    "payment_terms_days": QT_TRANSLATE_NOOP("labels", "délai de paiement"),
}
NEXT_CALL = QT_TRANSLATE_NOOP("labels", "Appeler")
OBJECTIONS = {
    "not_received": QT_TRANSLATE_NOOP("labels", "Facture pas reçue"),
    "disputed": QT_TRANSLATE_NOOP("labels", "Conteste la facture"),
    "forgot": QT_TRANSLATE_NOOP("labels", "Oubli"),
    "cash_flow": QT_TRANSLATE_NOOP("labels", "Difficultés de trésorerie"),
    "awaiting_approval": QT_TRANSLATE_NOOP("labels", "En attente de validation"),
    "wrong_person": QT_TRANSLATE_NOOP("labels", "Mauvais interlocuteur ou absent"),
    "already_paid": QT_TRANSLATE_NOOP("labels", "Dit avoir déjà payé"),
}
OBJECTION_ACTIONS = {
    "send_copy": QT_TRANSLATE_NOOP("labels", "Envoyer la copie par e-mail maintenant…"),
    "open_dispute": QT_TRANSLATE_NOOP("labels", "Ouvrir un litige…"),
    "promise": QT_TRANSLATE_NOOP("labels", "Noter une promesse de paiement"),
    "payment_plan": QT_TRANSLATE_NOOP("labels", "Construire un échéancier…"),
    "claimed_payment": QT_TRANSLATE_NOOP("labels", "Noter le paiement annoncé à vérifier…"),
    "new_contact": QT_TRANSLATE_NOOP("labels", "Noter un nouvel interlocuteur…"),
    "how_it_pays": QT_TRANSLATE_NOOP("labels", "Noter le circuit de paiement…"),
}
INSTALMENT_STATUSES = {
    "open": QT_TRANSLATE_NOOP("labels", "à venir"),
    "paid": QT_TRANSLATE_NOOP("labels", "payée"),
    "partial": QT_TRANSLATE_NOOP("labels", "payée en partie"),
    "late": QT_TRANSLATE_NOOP("labels", "en retard"),
}
TONES = {
    "loyal": QT_TRANSLATE_NOOP("labels", "Bon payeur, en retard cette fois"),
    "chronic": QT_TRANSLATE_NOOP("labels", "Retards fréquents : soyez ferme et précis"),
    "standard": QT_TRANSLATE_NOOP("labels", "Profil de paiement habituel"),
}
PERIODS = {
    "month": QT_TRANSLATE_NOOP("labels", "tous les mois"),
    "fortnight": QT_TRANSLATE_NOOP("labels", "toutes les deux semaines"),
    "week": QT_TRANSLATE_NOOP("labels", "toutes les semaines"),
}
STEPS = {
    "prepare": QT_TRANSLATE_NOOP("labels", "&1 Préparer"),
    "introduce": QT_TRANSLATE_NOOP("labels", "&2 Se présenter"),
    "listen": QT_TRANSLATE_NOOP("labels", "&3 Écouter"),
    "negotiate": QT_TRANSLATE_NOOP("labels", "&4 Négocier"),
    "conclude": QT_TRANSLATE_NOOP("labels", "&5 Conclure"),
    "document": QT_TRANSLATE_NOOP("labels", "&6 Documenter"),
}


def label(table: dict[str, str], code: str) -> str:
    """The translated label of ``code``, or the code itself when unknown (never blank)."""
    text = table.get(code)
    return QCoreApplication.translate(CTX, text) if text else code


def choices(table: dict[str, str]) -> list[tuple[str, str]]:
    return [(code, QCoreApplication.translate(CTX, text)) for code, text in table.items()]

"""Words for the codes stored in the company file, usable in every layer.

The views show them in the interface's language (``views.labels``); documents print them in the
customer's language (``services.letters`` with that language's translator). One source text per
code, in the « labels » context.
"""

from __future__ import annotations

from relance_desktop.domain.messages import QT_TRANSLATE_NOOP

METHODS = {
    "transfer": QT_TRANSLATE_NOOP("labels", "Virement"),
    "card": QT_TRANSLATE_NOOP("labels", "Carte"),
    "cheque": QT_TRANSLATE_NOOP("labels", "Chèque"),
    "cash": QT_TRANSLATE_NOOP("labels", "Espèces"),
    "direct_debit": QT_TRANSLATE_NOOP("labels", "Prélèvement"),
    "other": QT_TRANSLATE_NOOP("labels", "Autre"),
}

OUTCOMES = {
    "reached": QT_TRANSLATE_NOOP("labels", "joint"),
    "no_answer": QT_TRANSLATE_NOOP("labels", "pas de réponse"),
    "voicemail": QT_TRANSLATE_NOOP("labels", "messagerie"),
    "wrong_number": QT_TRANSLATE_NOOP("labels", "faux numéro"),
    "refused": QT_TRANSLATE_NOOP("labels", "refus"),
    "call_back": QT_TRANSLATE_NOOP("labels", "à rappeler"),
}

PROMISE_STATUSES = {
    "open": QT_TRANSLATE_NOOP("labels", "en attente"),
    "kept": QT_TRANSLATE_NOOP("labels", "tenue"),
    "partial": QT_TRANSLATE_NOOP("labels", "tenue en partie"),
    "broken": QT_TRANSLATE_NOOP("labels", "non tenue"),
    "cancelled": QT_TRANSLATE_NOOP("labels", "annulée"),
}

PLAN_STATUSES = {
    "active": QT_TRANSLATE_NOOP("labels", "en cours"),
    "kept": QT_TRANSLATE_NOOP("labels", "respecté"),
    "broken": QT_TRANSLATE_NOOP("labels", "non respecté"),
    "cancelled": QT_TRANSLATE_NOOP("labels", "annulé"),
}

DISPUTE_STATUSES = {
    "open": QT_TRANSLATE_NOOP("labels", "ouvert"),
    "resolved": QT_TRANSLATE_NOOP("labels", "résolu"),
    "rejected": QT_TRANSLATE_NOOP("labels", "rejeté (la facture reste due)"),
}

DOCUMENT_KINDS = {
    "pre-due": QT_TRANSLATE_NOOP("labels", "Rappel avant échéance"),
    "reminder-1": QT_TRANSLATE_NOOP("labels", "Première relance"),
    "reminder-2": QT_TRANSLATE_NOOP("labels", "Deuxième relance"),
    "formal-notice": QT_TRANSLATE_NOOP("labels", "Mise en demeure"),
    "confirmation": QT_TRANSLATE_NOOP("labels", "Confirmation de l'accord téléphonique"),
    "payment-plan": QT_TRANSLATE_NOOP("labels", "Échéancier de paiement"),
    "thanks": QT_TRANSLATE_NOOP("labels", "Remerciement après paiement"),
    "statement": QT_TRANSLATE_NOOP("labels", "Relevé de compte"),
    "collection-file": QT_TRANSLATE_NOOP("labels", "Dossier de recouvrement"),
    "email": QT_TRANSLATE_NOOP("labels", "E-mail"),
}

SENT_VIA = {
    "print": QT_TRANSLATE_NOOP("labels", "imprimé"),
    "email": QT_TRANSLATE_NOOP("labels", "e-mail"),
    "post": QT_TRANSLATE_NOOP("labels", "courrier"),
}

#: Every table of codes above, for the checks that no code reaches a document in place of its
#: words.
TABLES = {
    "METHODS": METHODS, "OUTCOMES": OUTCOMES, "PROMISE_STATUSES": PROMISE_STATUSES,
    "PLAN_STATUSES": PLAN_STATUSES, "DISPUTE_STATUSES": DISPUTE_STATUSES,
    "DOCUMENT_KINDS": DOCUMENT_KINDS, "SENT_VIA": SENT_VIA,
}

"""The fields of the editable texts as the user names them: « Montant dû », not ``amount_due``.

The texts are stored with stable identifiers in braces (``{amount_due}``); the template editor
shows and accepts each field by its name in the interface's language, in square brackets
(``[Montant dû]``). The names are marked for translation in the ``fields`` context; each family
of texts has its own table because a few identifiers mean something else in each (``email`` is the
customer's address during a call, the company's own address in a letter). The conversion itself
is :func:`relance_desktop.domain.templating.to_display` / ``from_display``.
"""

from __future__ import annotations

from relance_desktop.domain.messages import QT_TRANSLATE_NOOP

CTX = "fields"

# Fields whose name is the same in both families.
_SHARED: dict[str, str] = {
    "user": QT_TRANSLATE_NOOP("fields", "Votre nom"),
    "company": QT_TRANSLATE_NOOP("fields", "Votre société"),
    "customer": QT_TRANSLATE_NOOP("fields", "Nom du client"),
    "invoice_numbers": QT_TRANSLATE_NOOP("fields", "Numéros des factures"),
    "invoice_count": QT_TRANSLATE_NOOP("fields", "Nombre de factures"),
    "reference": QT_TRANSLATE_NOOP("fields", "Référence de paiement"),
    "iban": QT_TRANSLATE_NOOP("fields", "Votre IBAN"),
    "promise_amount": QT_TRANSLATE_NOOP("fields", "Montant promis"),
    "promise_date": QT_TRANSLATE_NOOP("fields", "Date promise"),
    "promise_means": QT_TRANSLATE_NOOP("fields", "Moyen de paiement promis"),
    "plan_count": QT_TRANSLATE_NOOP("fields", "Nombre d'échéances"),
    "plan_amount": QT_TRANSLATE_NOOP("fields", "Montant par échéance"),
    "plan_first": QT_TRANSLATE_NOOP("fields", "Première échéance"),
    "plan_last": QT_TRANSLATE_NOOP("fields", "Dernière échéance"),
}

CALL_FIELD_NAMES: dict[str, str] = {
    **_SHARED,
    "contact": QT_TRANSLATE_NOOP("fields", "Interlocuteur"),
    "invoice_number": QT_TRANSLATE_NOOP("fields", "Numéro de facture"),
    "invoice_date": QT_TRANSLATE_NOOP("fields", "Date de facture"),
    "due_date": QT_TRANSLATE_NOOP("fields", "Date d'échéance"),
    "amount_due": QT_TRANSLATE_NOOP("fields", "Montant dû"),
    "invoice_amount": QT_TRANSLATE_NOOP("fields", "Reste dû sur la facture"),
    "invoices_total": QT_TRANSLATE_NOOP("fields", "Phrase du total"),
    "broken_amount": QT_TRANSLATE_NOOP("fields", "Montant de la promesse non tenue"),
    "broken_date": QT_TRANSLATE_NOOP("fields", "Date de la promesse non tenue"),
    "instalment_amount": QT_TRANSLATE_NOOP("fields", "Montant de l'échéance en cours"),
    "instalment_date": QT_TRANSLATE_NOOP("fields", "Date de l'échéance en cours"),
    "letter_date": QT_TRANSLATE_NOOP("fields", "Date du dernier courrier"),
    "last_call_date": QT_TRANSLATE_NOOP("fields", "Date du dernier appel"),
    "calls_made": QT_TRANSLATE_NOOP("fields", "Appels déjà passés"),
    "days_overdue": QT_TRANSLATE_NOOP("fields", "Jours de retard"),
    "product": QT_TRANSLATE_NOOP("fields", "Ce qui a été vendu"),
    "objective": QT_TRANSLATE_NOOP("fields", "Objectif de l'appel"),
    "email": QT_TRANSLATE_NOOP("fields", "E-mail du client"),
    "phone": QT_TRANSLATE_NOOP("fields", "Téléphone du client"),
    "approver": QT_TRANSLATE_NOOP("fields", "Qui valide les paiements"),
    "payment_run_days": QT_TRANSLATE_NOOP("fields", "Jours de paiement du client"),
    "plan_period": QT_TRANSLATE_NOOP("fields", "Rythme des échéances"),
    "callback_when": QT_TRANSLATE_NOOP("fields", "Moment du rappel"),
    "claimed_amount": QT_TRANSLATE_NOOP("fields", "Montant annoncé comme payé"),
    "claimed_date": QT_TRANSLATE_NOOP("fields", "Date du paiement annoncé"),
    "new_contact": QT_TRANSLATE_NOOP("fields", "Nouvel interlocuteur"),
    "disputed_invoices": QT_TRANSLATE_NOOP("fields", "Factures contestées"),
}

LETTER_FIELD_NAMES: dict[str, str] = {
    **_SHARED,
    "contact": QT_TRANSLATE_NOOP("fields", "Destinataire"),
    "city": QT_TRANSLATE_NOOP("fields", "Votre ville"),
    "date": QT_TRANSLATE_NOOP("fields", "Date du courrier"),
    "total_due": QT_TRANSLATE_NOOP("fields", "Montant dû"),
    "total_claimed": QT_TRANSLATE_NOOP("fields", "Total réclamé"),
    "interest": QT_TRANSLATE_NOOP("fields", "Intérêts de retard"),
    "indemnity": QT_TRANSLATE_NOOP("fields", "Indemnité de recouvrement"),
    "deadline": QT_TRANSLATE_NOOP("fields", "Date limite de paiement"),
    "deadline_days": QT_TRANSLATE_NOOP("fields", "Délai de paiement en jours"),
    "bic": QT_TRANSLATE_NOOP("fields", "Votre BIC"),
    "plan_total": QT_TRANSLATE_NOOP("fields", "Total de l'échéancier"),
    "paid_amount": QT_TRANSLATE_NOOP("fields", "Montant reçu"),
    "paid_date": QT_TRANSLATE_NOOP("fields", "Date du paiement reçu"),
    "email": QT_TRANSLATE_NOOP("fields", "Votre e-mail"),
    "phone": QT_TRANSLATE_NOOP("fields", "Votre téléphone"),
    "page": QT_TRANSLATE_NOOP("fields", "Numéro de page"),
    "pages": QT_TRANSLATE_NOOP("fields", "Nombre de pages"),
    "subject": QT_TRANSLATE_NOOP("fields", "Objet du courrier"),
    "recap": QT_TRANSLATE_NOOP("fields", "Récapitulatif de l'appel"),
    "salutation": QT_TRANSLATE_NOOP("fields", "Formule d'appel"),
    "title": QT_TRANSLATE_NOOP("fields", "Civilité"),
    "overdue": QT_TRANSLATE_NOOP("fields", "Montant échu"),
    "name": QT_TRANSLATE_NOOP("fields", "Nom de famille"),
}

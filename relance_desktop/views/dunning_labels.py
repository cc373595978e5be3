"""The words of the dunning pages: channels, letter tones and the engine's reasons, translated
(shared by « Actions du jour », the scenario editor and a customer's timeline)."""

from __future__ import annotations

from typing import Any

from relance_desktop.i18n import QT_TRANSLATE_NOOP
from relance_desktop.views.common import translate

CHANNELS = {
    "call": QT_TRANSLATE_NOOP("ActionsPage", "Appel"),
    "email": QT_TRANSLATE_NOOP("ActionsPage", "E-mail"),
    "letter": QT_TRANSLATE_NOOP("ActionsPage", "Courrier"),
    "formal_notice": QT_TRANSLATE_NOOP("ActionsPage", "Mise en demeure"),
    "statement": QT_TRANSLATE_NOOP("ActionsPage", "Relevé de compte"),
    "sms": QT_TRANSLATE_NOOP("ActionsPage", "SMS"),
    "collection_file": QT_TRANSLATE_NOOP("ActionsPage", "Dossier de recouvrement"),
    "thanks": QT_TRANSLATE_NOOP("ActionsPage", "Remerciement"),
}
TONES = {
    "": "—",
    "courtesy": QT_TRANSLATE_NOOP("ActionsPage", "rappel courtois"),
    "first_reminder": QT_TRANSLATE_NOOP("ActionsPage", "1re relance"),
    "second_reminder": QT_TRANSLATE_NOOP("ActionsPage", "2e relance"),
}
REASONS = {
    "step_due": QT_TRANSLATE_NOOP("ActionsPage", "Étape {position} due depuis le {day}"),
    "step_repeat": QT_TRANSLATE_NOOP("ActionsPage", "Étape {position} répétée (due le {day})"),
    "catch_up": QT_TRANSLATE_NOOP(
        "ActionsPage",
        "Rattrapage : étape {position} due le {day} (étapes manquées passées : {skipped})"),
    "thanks": QT_TRANSLATE_NOOP("ActionsPage", "Facture réglée : remercier"),
    "be_free_first_reminder": QT_TRANSLATE_NOOP(
        "ActionsPage", "Premier rappel gratuit (consommateur belge)"),
}

#: Why a step was skipped when the app decided it (the user's own reasons are shown as typed).
SKIP_REASONS = {
    "call_not_made": QT_TRANSLATE_NOOP("ActionsPage", "Appel non passé"),
}

OUTCOMES = {
    "done": QT_TRANSLATE_NOOP("ActionsPage", "faite"),
    "skipped": QT_TRANSLATE_NOOP("ActionsPage", "passée"),
    "pending": QT_TRANSLATE_NOOP("ActionsPage", "en attente de l'appel"),
}
CAUGHT_UP = QT_TRANSLATE_NOOP("ActionsPage", "passée (rattrapage)")


#: The names and step notes of the scenarios Relance ships (resources/dunning/scenarios.json),
#: for the translations: a company keeps them in French, each person reads them in the
#: language of the interface. A text the user wrote is shown as written.
SHIPPED_TEXTS = (
    QT_TRANSLATE_NOOP("scenarios", "France — clients professionnels"),
    QT_TRANSLATE_NOOP("scenarios", "Rappel courtois avant l'échéance : la facture arrive à terme."),
    QT_TRANSLATE_NOOP("scenarios", "Appel : vérifier que la facture est reçue et validée, obtenir une date."),  # noqa: E501
    QT_TRANSLATE_NOOP("scenarios", "Première relance écrite, rappel des pénalités de retard."),
    QT_TRANSLATE_NOOP("scenarios", "Second appel, au décideur ou au service comptable."),
    QT_TRANSLATE_NOOP("scenarios", "Mise en demeure : principal, pénalités au taux légal B2B, indemnité de 40 € par facture."),  # noqa: E501
    QT_TRANSLATE_NOOP("scenarios", "Dossier de recouvrement (injonction de payer) si rien n'a bougé quinze jours après la mise en demeure."),  # noqa: E501
    QT_TRANSLATE_NOOP("scenarios", "Remercier du règlement."),
    QT_TRANSLATE_NOOP("scenarios", "France — particuliers"),
    QT_TRANSLATE_NOOP("scenarios", "Rappel courtois avant l'échéance."),
    QT_TRANSLATE_NOOP("scenarios", "Appel bienveillant : oubli, difficulté, besoin d'un échéancier ?"),  # noqa: E501
    QT_TRANSLATE_NOOP("scenarios", "Relance écrite, sans frais."),
    QT_TRANSLATE_NOOP("scenarios", "Mise en demeure par lettre recommandée : les intérêts au taux légal courent à partir de sa réception ; aucun frais de relance."),  # noqa: E501
    QT_TRANSLATE_NOOP("scenarios", "Dernière relance avant transmission du dossier."),
    QT_TRANSLATE_NOOP("scenarios", "Dossier de recouvrement ; les frais restent à la charge du créancier."),  # noqa: E501
    QT_TRANSLATE_NOOP("scenarios", "Belgique — clients professionnels"),
    QT_TRANSLATE_NOOP("scenarios", "Appel : facture reçue, validée, date de paiement ?"),
    QT_TRANSLATE_NOOP("scenarios", "Première relance écrite, intérêts et indemnité rappelés."),
    QT_TRANSLATE_NOOP("scenarios", "Mise en demeure : principal, intérêts de la loi de 2002, indemnité forfaitaire de 40 €."),  # noqa: E501
    QT_TRANSLATE_NOOP("scenarios", "Dossier de recouvrement."),
    QT_TRANSLATE_NOOP("scenarios", "Belgique — particuliers"),
    QT_TRANSLATE_NOOP("scenarios", "Rappel courtois avant l'échéance (ce n'est pas encore un rappel de paiement)."),  # noqa: E501
    QT_TRANSLATE_NOOP("scenarios", "Premier rappel gratuit : solde, indemnité éventuelle, délai d'au moins 14 jours."),  # noqa: E501
    QT_TRANSLATE_NOOP("scenarios", "Appel courtois (jamais entre 22 h et 8 h)."),
    QT_TRANSLATE_NOOP("scenarios", "Mise en demeure après le délai de 14 jours ; frais dans les plafonds de XIX.4 s'ils sont prévus aux conditions."),  # noqa: E501
    QT_TRANSLATE_NOOP("scenarios", "Dossier de recouvrement (huissier ou avocat)."),
)


def shipped_text(text: str) -> str:
    """A scenario's name or a step's note in the interface's language when Relance wrote it
    (:data:`SHIPPED_TEXTS`); the user's own text unchanged."""
    return translate("scenarios", text) if text in SHIPPED_TEXTS else text


def stored_text(shown: str, original: str) -> str:
    """What to keep of a name or note edited in its translated form: the original text when
    it was left as shown, so a company's texts stay in the language they were written in."""
    return original if shown == shipped_text(original) else shown


def outcome_text(outcome: str, reason: str) -> str:
    """« faite », « passée : <why> », « passée (rattrapage) », « en attente de l'appel »: what
    became of a step (``reason`` is read for a step skipped only)."""
    if outcome != "skipped" or not reason:
        return label(OUTCOMES, outcome)
    if reason == "catch_up":
        return translate("ActionsPage", CAUGHT_UP)
    return f"{label(OUTCOMES, outcome)} : {label(SKIP_REASONS, reason)}"


def label(table: dict[str, str], key: str) -> str:
    """The translated label of ``key`` in one of the tables above (the key itself if unknown)."""
    return translate("ActionsPage", table[key]) if key in table else key


def channel_text(action_or_step: Any) -> str:
    """« E-mail (rappel courtois) », « Mise en demeure »… for a step."""
    step = getattr(action_or_step, "step", action_or_step)
    name = label(CHANNELS, step.channel.value)
    return (f"{name} ({label(TONES, step.letter_kind.value)})" if step.letter_kind.value
            else name)

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

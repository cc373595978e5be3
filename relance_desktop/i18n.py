"""Translation markers and locale choice usable below the Qt layer.

French is the source language. Code that must not import Qt (domain, store, services) marks
user-visible strings with :func:`QT_TRANSLATE_NOOP`; ``pyside6-lupdate`` extracts them by name and
the views translate them with ``QCoreApplication.translate(context, text)`` before display.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Mapping

from relance_desktop.domain.messages import (
    QT_TRANSLATE_NOOP,
    Message,
    Translate,
    identity_translate,
)

__all__ = ["DEFAULT_LOCALE", "FORMAT_LOCALES", "QT_TRANSLATE_NOOP", "UI_LANGUAGES", "Message",
           "Translate", "identity_translate", "system_choice"]

# Interface languages and the formatting locale each one uses by default.
UI_LANGUAGES: dict[str, str] = {"fr": "Français", "en": "English", "nl": "Nederlands"}
DEFAULT_LOCALE = "fr_FR"
FORMAT_LOCALES: tuple[str, ...] = ("fr_FR", "fr_BE", "nl_BE", "en_GB", "en_IE")
# The formatting locale a language uses when the system's own is not one Relance offers.
LANGUAGE_LOCALES: dict[str, str] = {"fr": "fr_FR", "en": "en_GB", "nl": "nl_BE"}


def system_locale_name(env: Mapping[str, str] | None = None) -> str:
    """The system's locale as ``ll_CC`` ("" when unknown): the POSIX variables in their order of
    precedence, else what the platform reports (Windows and macOS set no variable)."""
    env = os.environ if env is None else env
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(variable, "")
        if value in ("C", "POSIX") or value.startswith("C."):
            return ""  # the neutral locale says nothing of the user's language
        if value:
            return value.split(".")[0].split("@")[0]
    if env is not os.environ:
        return ""
    try:
        return locale.getlocale()[0] or ""
    except ValueError:
        return ""


def system_choice(env: Mapping[str, str] | None = None) -> tuple[str, str]:
    """(interface language, formatting locale) for a first start: the system's language when
    Relance speaks it, French otherwise; its own locale when offered, else the language's."""
    name = system_locale_name(env).replace("-", "_")
    language = name.split("_")[0].lower()
    if language not in UI_LANGUAGES:
        return "fr", DEFAULT_LOCALE
    country = name.split("_")[1].upper() if "_" in name else ""
    full = f"{language}_{country}"
    return language, full if full in FORMAT_LOCALES else LANGUAGE_LOCALES[language]

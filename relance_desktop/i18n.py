"""Translation markers and locale choice usable below the Qt layer.

French is the source language. Code that must not import Qt (domain, store, services) marks
user-visible strings with :func:`QT_TRANSLATE_NOOP`; ``pyside6-lupdate`` extracts them by name and
the views translate them with ``QCoreApplication.translate(context, text)`` before display.
"""

from __future__ import annotations

from relance_desktop.domain.messages import (
    QT_TRANSLATE_NOOP,
    Message,
    Translate,
    identity_translate,
)

__all__ = ["DEFAULT_LOCALE", "FORMAT_LOCALES", "QT_TRANSLATE_NOOP", "UI_LANGUAGES", "Message",
           "Translate", "identity_translate"]

# Interface languages and the formatting locale each one uses by default.
UI_LANGUAGES: dict[str, str] = {"fr": "Français", "en": "English", "nl": "Nederlands"}
DEFAULT_LOCALE = "fr_FR"
FORMAT_LOCALES: tuple[str, ...] = ("fr_FR", "fr_BE", "nl_BE", "en_GB", "en_IE")

"""Translating into a language other than the interface's: letters speak the customer's.

The interface uses the translators installed on the application (``app.install_translators``).
A letter to a Dutch-speaking customer needs the Dutch texts of the legal lines even when the
interface is French: :func:`translate_for` loads that language's catalogue on its own.
"""

from __future__ import annotations

from functools import lru_cache

from relance_desktop import paths
from relance_desktop.i18n import Translate, identity_translate


@lru_cache(maxsize=4)
def translate_for(language: str) -> Translate:
    """A ``translate(context, text)`` into ``language`` (French, the source, as is)."""
    if language == "fr":
        return identity_translate
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if not translator.load(f"relance_{language}", str(paths.resources_dir() / "translations")):
        return identity_translate

    def translate(context: str, text: str) -> str:
        return translator.translate(context, text) or text

    translate.translator = translator  # type: ignore[attr-defined]  # keep it alive
    return translate


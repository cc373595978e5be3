"""Errors the user is expected to meet (and understand), as opposed to bugs.

A :class:`UserFacingError` is shown as a plain message; anything else reaches the crash dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from relance_desktop.domain.money import Money
from relance_desktop.i18n import QT_TRANSLATE_NOOP, Message, Translate, identity_translate

CTX = "errors"


class UserFacingError(Exception):
    """An expected problem of the environment or the input, with a message for the user."""

    def __init__(self, text: str, /, *, context: str = CTX, **args: Any) -> None:
        self.message = Message(context, text, dict(args))
        super().__init__(self.message.render())

    def render(
        self, translate: Translate = identity_translate, money: Callable[[Money], str] = str
    ) -> str:
        return self.message.render(translate, money)


class CompanyFileError(UserFacingError):
    """The company file cannot be opened or written as asked."""


class ValidationError(UserFacingError):
    """Input that breaks a rule; ``field`` names the field the user must correct."""

    def __init__(self, field: str, text: str, /, **args: Any) -> None:
        self.field = field
        super().__init__(text, context="validation", **args)


# Reusable sentences (marked here once so every layer says the same thing).
NOT_A_RELANCE_FILE = QT_TRANSLATE_NOOP(
    "errors", "« {path} » n'est pas un fichier Relance (société). Rien n'a été modifié."
)

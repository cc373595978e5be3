"""Translatable sentences, usable in every layer (the domain included: no Qt here).

French is the source language. Code below the views marks user-visible strings with
:func:`QT_TRANSLATE_NOOP`; ``pyside6-lupdate`` extracts them by name and the views translate them
with ``QCoreApplication.translate(context, text)`` before display.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from relance_desktop.domain.money import Money


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction in ``context``; returns it unchanged."""
    del context
    return text


class Translate(Protocol):
    def __call__(self, context: str, text: str) -> str: ...


def identity_translate(context: str, text: str) -> str:
    del context
    return text


@dataclass(frozen=True)
class Message:
    """A translatable sentence with named placeholders, rendered by the view layer."""

    context: str
    text: str
    args: dict[str, Any] = field(default_factory=dict)

    def render(
        self,
        translate: Translate = identity_translate,
        money: Callable[[Money], str] = str,
    ) -> str:
        """Translate, then fill the placeholders; :class:`Money` arguments use ``money``."""
        args = {
            k: money(v) if isinstance(v, Money)
            else v.render(translate, money) if isinstance(v, Message)
            else v
            for k, v in self.args.items()
        }
        template = translate(self.context, self.text)
        try:
            return template.format(**args)
        except (KeyError, IndexError, ValueError):
            # A broken translation must never hide the message: fall back to the source text.
            return self.text.format(**args)

    def __str__(self) -> str:
        return self.render()

"""Showing imported or typed text exactly as written, never as Qt rich text.

Qt guesses: a ``QLabel``, a ``QMessageBox`` or a tooltip whose text *looks like* HTML
(``Qt.mightBeRichText``) is rendered as HTML. An imported customer named
``<img src="file:///etc/passwd">`` would then load a local file, and on Windows an image on
``\\\\host\\share`` opens a network connection that leaks the user's credentials. Every place that
shows data goes through one of these:

* :func:`plain` for what only takes a string (message boxes, tooltips, item tooltips): text
  that Qt would take for HTML is escaped and wrapped so that it reads as written;
* :func:`plain_labels` for a window's labels: each label left to guess (``AutoText``) is made
  plain text; a label meant to show rich text says so (``RichText``) and escapes what it quotes.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import QLabel, QWidget


def plain(text: str) -> str:
    """``text`` for a widget that guesses rich text: shown exactly as written."""
    if not QtGui.mightBeRichText(text):
        return text
    return ("<p style='white-space:pre-wrap'>" + html.escape(text, quote=False) + "</p>")


def plain_label(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def plain_labels(root: QWidget) -> None:
    """Every label of ``root`` that guesses its format shows plain text (rich ones are kept)."""
    for label in root.findChildren(QLabel):
        if label.textFormat() == Qt.TextFormat.AutoText:
            label.setTextFormat(Qt.TextFormat.PlainText)

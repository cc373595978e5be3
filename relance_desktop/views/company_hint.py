"""What the own company's card lacks for a letter, in words: the Courriers page's notice, the line
atop the company's card, and the box before a letter (:mod:`views.letter_ready`)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QLabel

from relance_desktop.services import company
from relance_desktop.services.session import CompanySession
from relance_desktop.views.style import Status, make_banner

translate = QCoreApplication.translate  # the « LetterReady » context, as lupdate reads it

NO_BREAK_HYPHEN = "\u2011"
_ONE_LETTER_PREFIX = re.compile(r"\b(\w)-(?=\w)")  # « e-mail », « E-mail »


def whole_words(text: str, font: QFont | None = None) -> str:
    """``text`` where a one-letter prefix stays with its word when the line wraps (« e-mail »,
    never « e- » then « mail »): its hyphen becomes a non-breaking one when ``font`` (default:
    the application's) draws it; else the text is kept as is — a wrap reads better than a box.
    """
    metrics = QFontMetrics(font if font is not None else QGuiApplication.font())
    if not metrics.inFontUcs4(ord(NO_BREAK_HYPHEN)):
        return text
    return _ONE_LETTER_PREFIX.sub(lambda m: m.group(1) + NO_BREAK_HYPHEN, text)


def missing_words(cf: CompanySession) -> list[str]:
    """What the own company lacks for a letter, in words (empty when nothing)."""
    return [QCoreApplication.translate("fields", company.LETTER_FIELDS[key])
            for key in company.missing_for_letters(cf)]


def missing_sentence(cf: CompanySession) -> str:
    """« Il manque … » for the Courriers page's notice ("" when nothing is missing)."""
    words = missing_words(cf)
    if not words:
        return ""
    return whole_words(translate(
        "LetterReady", "Avant le premier courrier, complétez la fiche de la société : il manque "
        "{fields}.").format(fields=", ".join(words)))


def letters_hint(cf: CompanySession | None) -> QLabel:
    """The line atop the company's card: what letters print, and what is still missing."""
    words = missing_words(cf) if cf is not None else []
    text = translate(
        "LetterReady", "Les courriers impriment l'adresse, le numéro d'entreprise, l'IBAN, "
        "l'e-mail et le téléphone de la société : aucun courrier ne part sans eux.")
    if words:
        text += " " + translate("LetterReady", "Il manque encore {fields}.").format(
            fields=", ".join(words))
    label = QLabel()
    label.setText(whole_words(text, label.font()))
    label.setObjectName("lettersHint")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if words:
        make_banner(label, Status.WARNING, extra="padding: 6px;")
    return label

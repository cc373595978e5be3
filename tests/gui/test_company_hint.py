"""The line atop the company's card, and the sentences saying what a letter lacks, keep « e-mail »
whole when they wrap (never « e- » at a line's end and « mail » on the next), with a character
the app's font draws (no missing-glyph box)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFontMetrics, QTextLayout, QTextOption

from relance_desktop.store.session import CompanySession
from relance_desktop.views.company_hint import letters_hint, missing_sentence


def _lines(text: str, font: Any, width: int) -> list[str]:
    """The lines ``text`` wraps into at ``width`` pixels, as a word-wrapped label lays it out."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        lines.append(text[line.textStart():line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


def _split_words(text: str, font: Any) -> list[tuple[int, str]]:
    """(width, line) for every width where a line ends inside « e-mail »."""
    found = []
    for width in range(80, 700, 3):
        for line in _lines(text, font, width)[:-1]:
            if line.rstrip().endswith(("e-", "e\u2011")):
                found.append((width, line))
    return found


def test_the_company_hint_never_splits_e_mail(qapp: Any, cf: CompanySession) -> None:
    hint = letters_hint(cf)  # a card with nothing but a name: the longest hint
    assert "mail" in hint.text()
    assert _split_words(hint.text(), hint.font()) == []
    assert _split_words(missing_sentence(cf), hint.font()) == []
    metrics = QFontMetrics(hint.font())
    for char in hint.text():  # every character drawn by the font itself, not as a box
        assert metrics.inFontUcs4(ord(char)), f"U+{ord(char):04X} is not in the app's font"

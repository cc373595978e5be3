"""Plain text wrapped to a width, and the flowable that draws it (splits between lines,
never leaving one line alone at the bottom or top of a page)."""

from __future__ import annotations

import re
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus.flowables import Flowable

from relance_desktop.reports.styles import (
    TextStyle,
)

# --------------------------------------------------------------------------- wrapping

_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _clean(line: str) -> str:
    # Whitespace runs collapse as in any paragraph; the no-break spaces of the number formats
    # (U+00A0 before « € », U+202F between thousands: « 1 234,56 € ») never break a line: both
    # are written U+00A0 (in every font).
    line = line.replace("\u202f", "\u00a0")
    if "\u00a0" not in line:
        return " ".join(line.split())
    return " ".join(line.replace("\u00a0", "\x00").split()).replace("\x00", "\u00a0")


def _cut(word: str, font: str, size: float, width: float) -> list[str]:
    """An unbreakable word wider than ``width``, cut into pieces that fit."""
    pieces: list[str] = []
    while word and stringWidth(word, font, size) > width:
        cut = len(word) - 1
        while cut > 1 and stringWidth(word[:cut], font, size) > width:
            cut -= 1
        pieces.append(word[:cut])
        word = word[cut:]
    if word:
        pieces.append(word)
    return pieces


def wrap_text(text: str, font: str, size: float, width: float) -> list[str]:
    """Plain text broken into lines no wider than ``width``: at spaces, at line breaks in the
    text, and inside a word that is wider than the line on its own."""
    out: list[str] = []
    space = stringWidth(" ", font, size)
    for raw in text.split("\n"):
        line = _clean(raw)
        if stringWidth(line, font, size) <= width:
            out.append(line)
            continue
        current: list[str] = []
        used = 0.0
        for word in line.split(" "):
            w = stringWidth(word, font, size)
            if current and used + space + w <= width:
                current.append(word)
                used += space + w
                continue
            if current:
                out.append(" ".join(current))
            if w > width:
                pieces = _cut(word, font, size, width)
                out.extend(pieces[:-1])
                word = pieces[-1]
                w = stringWidth(word, font, size)
            current = [word]
            used = w
        out.append(" ".join(current))
    return out


# --------------------------------------------------------------------------- flowables


class _Text(Flowable):  # type: ignore[misc]
    """Plain text wrapped to the frame: one style, left/right/centred, splits between lines
    (never leaving a single line alone at the bottom or top of a page)."""

    def __init__(
        self, text: str, style: TextStyle, align: str = "left", indent: float = 0.0,
        lines: list[str] | None = None,
    ) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.align = align
        self.indent = indent
        self.spaceBefore = style.space_before
        self.spaceAfter = style.space_after
        self.keepWithNext = 1 if style.keep_with_next else 0
        self._lines = lines
        self._for_width = -1.0 if lines is None else None

    def _wrap_lines(self, width: float) -> list[str]:
        if self._lines is None or (self._for_width is not None and self._for_width != width):
            st = self.style
            self._lines = wrap_text(self.text, st.font, st.size, max(width - self.indent, 1.0))
            self._for_width = width
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = len(self._wrap_lines(availWidth)) * self.style.leading
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        lines = self._wrap_lines(availWidth)
        fit = int(availHeight // self.style.leading)
        if len(lines) < 4 or fit < 2:
            return []
        fit = min(fit, len(lines) - 2)
        first = _Text(self.text, self.style, self.align, self.indent, lines[:fit])
        first.spaceAfter = 0
        rest = _Text(self.text, self.style, self.align, self.indent, lines[fit:])
        rest.spaceBefore = 0
        return [first, rest]

    def draw(self) -> None:
        st = self.style
        canvas = self.canv
        text = canvas.beginText()
        text.setFont(st.font, st.size)
        text.setFillColor(st.color)
        y = self.height - st.leading * 0.75
        for line in self._lines or ():
            if self.align == "left":
                x = self.indent
            else:
                w = stringWidth(line, st.font, st.size)
                x = self.width - w if self.align == "right" else (self.width + self.indent - w) / 2
            text.setTextOrigin(x, y)
            text.textOut(line)
            y -= st.leading
        canvas.drawText(text)


def _text_block(text: str, style: TextStyle, **kwargs: Any) -> list[Flowable]:
    """A text that may hold blank lines: one flowable per paragraph."""
    return [_Text(chunk.strip("\n"), style, **kwargs) for chunk in _BLANK_LINE.split(text)]

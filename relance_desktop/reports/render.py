"""Draw a :class:`~relance_desktop.reports.model.DocumentSpec` as a PDF (ReportLab).

Every text in the model is final; this module only lays it out:

* **A4 portrait** (landscape when ``spec.landscape``), margins 20 mm left, 15 mm right and top,
  20 mm bottom (the footer lives in the bottom margin).
* **First page**: the letterhead top-left (logo at most 40 × 20 mm, name in bold, address lines,
  contact line). A letter (``recipient_lines`` set) gets the recipient's address inside
  ``spec.window`` (mm from the page's top-left corner, for a window envelope; the font shrinks
  if the address would not fit), the place and date right-aligned under the window, then the
  subject in bold. Other documents get their title in big type under the letterhead.
* **Blocks** flow over the pages (platypus): tables repeat their header row on every page,
  numeric columns are right-aligned and long cells wrap (an unbreakable word is cut rather
  than drawn off the page); amounts, the payment block (with the EPC QR code on the right) and
  the signature are kept on one page.
* **Footer** on every page: the legal line (small, grey, centred) and, when the document has
  more than one page, ``spec.page_label`` with ``{page}`` / ``{pages}`` counted per document.
* **Fonts**: DejaVu Sans, embedded (subset); see :mod:`.fonts`.

:func:`render_many` lays a batch out in one pass into one PDF (each document starts on a new
page, page numbers restart per document): a batch of 1,000 letters is one build, so the fonts
are embedded once. The footers need each document's page count, so pages are kept until the
end of the batch and their footers drawn just before the PDF is written.
"""

from __future__ import annotations

import io
import re
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageTemplate,
    Spacer,
)
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus.doctemplate import ActionFlowable
from reportlab.platypus.flowables import Flowable

from relance_desktop.reports import fonts
from relance_desktop.reports.model import (
    Amounts,
    Block,
    DocumentSpec,
    Heading,
    PageBreak,
    Paragraph,
    PaymentBlock,
    Signature,
    Table,
)
from relance_desktop.reports.qr import draw_qr

__all__ = ["Cancelled", "binary_streams", "page_count", "render", "render_many"]


class Cancelled(Exception):
    """``render_many``'s ``progress`` callback returned False."""


# --------------------------------------------------------------------------- geometry

MARGIN_LEFT = 20 * mm
MARGIN_RIGHT = 15 * mm
MARGIN_TOP = 15 * mm
MARGIN_BOTTOM = 20 * mm
FOOTER_BASELINE = 10 * mm

LOGO_MAX_W = 40 * mm
LOGO_MAX_H = 20 * mm
QR_SIZE = 35 * mm  # quiet zone included; EPC QR codes are usually printed 30–40 mm wide
WINDOW_INSET_X = 4 * mm
WINDOW_INSET_Y = 3 * mm

BLACK = colors.black
GREY = colors.Color(0.35, 0.35, 0.35)
RULE_GREY = colors.Color(0.65, 0.65, 0.65)
HEADER_BG = colors.Color(0.90, 0.90, 0.90)
ZEBRA = colors.Color(0.965, 0.965, 0.965)

# --------------------------------------------------------------------------- text styles

REG = fonts.REGULAR
BOLD = fonts.BOLD


@dataclass(frozen=True)
class TextStyle:
    font: str
    size: float
    leading: float
    color: colors.Color = BLACK
    space_before: float = 0.0
    space_after: float = 0.0
    keep_with_next: bool = False


BODY = TextStyle(REG, 10, 13, space_after=5)
BODY_BOLD = TextStyle(BOLD, 10, 13, space_after=5)
SMALL = TextStyle(REG, 8, 10, GREY, space_after=4)
SMALL_BOLD = TextStyle(BOLD, 8, 10, GREY, space_after=4)
H1 = TextStyle(BOLD, 13, 16, space_before=8, space_after=5, keep_with_next=True)
H2 = TextStyle(BOLD, 11, 14, space_before=6, space_after=4, keep_with_next=True)
CELL = TextStyle(REG, 9, 11)
CELL_BOLD = TextStyle(BOLD, 9, 11)
CELL_GREY = TextStyle(REG, 9, 11, GREY)
LINE = TextStyle(REG, 10, 13)
LINE_BOLD = TextStyle(BOLD, 10, 13)
RULE = TextStyle(REG, 7.5, 9, GREY)
CAPTION = TextStyle(REG, 7.5, 9, GREY)

CELL_PAD_X = 3.0
CELL_PAD_TOP = 2.0
CELL_PAD_BOTTOM = 3.0


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


# A cell line: (text, style, width of the text).
_CellLine = tuple[str, TextStyle, float]


@dataclass
class _Row:
    cells: list[list[_CellLine]]
    height: float
    background: colors.Color | None = None
    rule_below: tuple[float, colors.Color] | None = None
    rule_above: tuple[float, colors.Color] | None = None


def _cell_lines(text: str, style: TextStyle, width: float) -> list[_CellLine]:
    f, s = style.font, style.size
    return [(line, style, stringWidth(line, f, s)) for line in wrap_text(text, f, s, width)]


def _make_row(cells: list[list[_CellLine]], **kwargs: Any) -> _Row:
    height = max((sum(st.leading for _, st, _ in cell) for cell in cells), default=0.0)
    return _Row(cells, height + CELL_PAD_TOP + CELL_PAD_BOTTOM, **kwargs)


class _Grid(Flowable):  # type: ignore[misc]
    """A table of pre-wrapped text: fixed column widths, rows split across pages between rows,
    the header row repeated on each page."""

    def __init__(
        self, widths: Sequence[float], rows: list[_Row], header: _Row | None = None,
        right: frozenset[int] = frozenset(), space_before: float = 0.0,
        space_after: float = 0.0,
    ) -> None:
        super().__init__()
        self.widths = list(widths)
        self.rows = rows
        self.header = header
        self.right = right
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self.width = sum(self.widths)
        self.lefts = _left_pads(len(self.widths), right)
        self.height = (header.height if header else 0.0) + sum(r.height for r in rows)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        room = availHeight - (self.header.height if self.header else 0.0)
        used = 0.0
        fit = 0
        for row in self.rows:
            if used + row.height > room:
                break
            used += row.height
            fit += 1
        if fit == 0 or fit == len(self.rows):
            return []
        if fit == len(self.rows) - 1 and len(self.rows) > 2:
            fit -= 1  # do not leave the total (or one row) alone on the next page
        first = _Grid(self.widths, self.rows[:fit], self.header, self.right, self.spaceBefore)
        rest = _Grid(self.widths, self.rows[fit:], self.header, self.right, 0.0, self.spaceAfter)
        return [first, rest]

    def draw(self) -> None:
        canvas = self.canv
        rows = [self.header, *self.rows] if self.header else self.rows
        width = self.width
        # backgrounds, then rules, then the text (one text object)
        y = self.height
        for row in rows:
            if row.background is not None:
                canvas.setFillColor(row.background)
                canvas.rect(0, y - row.height, width, row.height, stroke=0, fill=1)
            y -= row.height
        y = self.height
        for row in rows:
            if row.rule_above is not None:
                canvas.setLineWidth(row.rule_above[0])
                canvas.setStrokeColor(row.rule_above[1])
                canvas.line(0, y, width, y)
            y -= row.height
            if row.rule_below is not None:
                canvas.setLineWidth(row.rule_below[0])
                canvas.setStrokeColor(row.rule_below[1])
                canvas.line(0, y, width, y)
        text = canvas.beginText()
        current: TextStyle | None = None
        y = self.height
        right = self.right
        for row in rows:
            x = 0.0
            for c, cell in enumerate(row.cells):
                col_w = self.widths[c]
                baseline = y - CELL_PAD_TOP
                for line, st, w in cell:
                    baseline -= st.leading
                    if st is not current:
                        if current is None or (st.font, st.size) != (current.font, current.size):
                            text.setFont(st.font, st.size)
                        if current is None or st.color != current.color:
                            text.setFillColor(st.color)
                        current = st
                    if not line:
                        continue
                    if c in right:
                        text.setTextOrigin(x + col_w - CELL_PAD_X - w, baseline + st.leading * 0.25)
                    else:
                        text.setTextOrigin(x + self.lefts[c], baseline + st.leading * 0.25)
                    text.textOut(line)
                x += col_w
            y -= row.height
        canvas.drawText(text)


# --------------------------------------------------------------------------- blocks


def _paragraphs(block: Paragraph) -> list[Flowable]:
    if block.small:
        style = SMALL_BOLD if block.bold else SMALL
    else:
        style = BODY_BOLD if block.bold else BODY
    return _text_block(block.text, style)


def _width(text: str, font: str, size: float) -> float:
    return max((stringWidth(line, font, size) for line in text.split("\n")), default=0.0)


def _longest_word(text: str, font: str, size: float) -> float:
    return max((stringWidth(w, font, size) for w in text.split()), default=0.0)


def _share(
    natural: list[float], avail: float, minimum: float, fixed: frozenset[int] = frozenset()
) -> list[float]:
    """Column widths from the natural (one-line) widths. When they fit, the spare width goes
    to the text columns (not to the ``fixed`` ones: amounts); otherwise narrow columns keep
    their width and the wide ones share the rest."""
    n = len(natural)
    natural = [min(max(w, minimum), avail) for w in natural]
    total = sum(natural)
    if total <= avail:
        growing = [i for i in range(n) if i not in fixed] or list(range(n))
        grow_total = sum(natural[i] for i in growing)
        spare = avail - total
        return [
            w + (spare * w / grow_total if i in growing else 0.0) for i, w in enumerate(natural)
        ]
    widths = [0.0] * n
    remaining = set(range(n))
    space = avail
    while remaining:
        share = space / len(remaining)
        narrow = [i for i in remaining if natural[i] <= share]
        if not narrow:
            break
        for i in narrow:
            widths[i] = natural[i]
            space -= natural[i]
            remaining.discard(i)
    if remaining:
        equal = space / len(remaining)
        rest = sum(natural[i] for i in remaining)
        for i in remaining:
            widths[i] = (equal + space * natural[i] / rest) / 2
    return widths


def _left_pads(ncols: int, right: frozenset[int]) -> list[float]:
    """Left padding per column: a text column after an amount gets more, so the amount
    (right-aligned) and the text (left-aligned) do not run together."""
    gap = 2 * mm
    return [
        CELL_PAD_X + (gap if c - 1 in right and c not in right else 0.0) for c in range(ncols)
    ]


def _table(block: Table, avail: float) -> list[Flowable]:
    ncols = max([len(block.headers), *(len(r) for r in block.rows)], default=0)
    if block.total is not None:
        ncols = max(ncols, len(block.total))
    if ncols == 0:
        return []

    def fit(row: Sequence[str]) -> list[str]:
        return [*row[:ncols], *([""] * (ncols - len(row)))]

    headers = fit(block.headers) if block.headers else None
    rows = [fit(r) for r in block.rows]
    total = fit(block.total) if block.total is not None else None
    size = CELL.size

    lefts = _left_pads(ncols, block.numeric)
    if block.widths and len(block.widths) == ncols and sum(block.widths) > 0:
        scale = avail / sum(block.widths)
        widths = [w * scale for w in block.widths]
    else:
        natural = [0.0] * ncols
        for row in rows:
            for c, text in enumerate(row):
                natural[c] = max(natural[c], _width(text, REG, size))
        if total is not None:
            for c, text in enumerate(total):
                natural[c] = max(natural[c], _width(text, BOLD, size))
        if headers is not None:
            for c, text in enumerate(headers):
                natural[c] = max(natural[c], _longest_word(text, BOLD, size))
        natural = [
            w + CELL_PAD_X + lefts[c] + 1 + (4 * mm if c in block.numeric else 0.0)
            for c, w in enumerate(natural)
        ]
        widths = _share(natural, avail, 12 * mm, block.numeric)
    inner = [max(w - CELL_PAD_X - lefts[c], 1.0) for c, w in enumerate(widths)]

    header_row = None
    if headers is not None:
        header_row = _make_row(
            [_cell_lines(t, CELL_BOLD, inner[c]) for c, t in enumerate(headers)],
            background=HEADER_BG, rule_below=(0.75, BLACK),
        )
    body: list[_Row] = []
    for i, row in enumerate(rows):
        body.append(
            _make_row(
                [_cell_lines(t, CELL, inner[c]) for c, t in enumerate(row)],
                background=ZEBRA if i % 2 else None, rule_below=(0.25, RULE_GREY),
            )
        )
    if total is not None:
        body.append(
            _make_row(
                [_cell_lines(t, CELL_BOLD, inner[c]) for c, t in enumerate(total)],
                rule_above=(0.75, BLACK),
            )
        )
    return [_Grid(widths, body, header_row, block.numeric, space_before=2, space_after=8)]


def _amounts(block: Amounts, avail: float) -> list[Flowable]:
    widest = max((stringWidth(line.amount, BOLD, LINE.size) for line in block.lines), default=0)
    amount_w = max(30 * mm, widest + 2 * CELL_PAD_X + 2)
    label_w = avail - amount_w
    rows: list[_Row] = []
    for line in block.lines:
        style = LINE_BOLD if line.bold else LINE
        label = _cell_lines(line.label, style, label_w - 2 * CELL_PAD_X)
        if line.rule:
            label += _cell_lines(line.rule, RULE, label_w - 2 * CELL_PAD_X)
        amount = _cell_lines(line.amount, style, amount_w - 2 * CELL_PAD_X)
        rows.append(_make_row([label, amount], rule_above=(0.75, BLACK) if line.bold else None))
    flowables: list[Flowable] = []
    if block.title:
        flowables.append(_Text(block.title, H2))
    if rows:
        flowables.append(_Grid([label_w, amount_w], rows, right=frozenset({1}), space_after=8))
    return [KeepTogether(flowables)] if flowables else []


PAY_PAD = 6.0


class _PaymentBox(Flowable):  # type: ignore[misc]
    """The boxed « how to pay » block: title and (label, value) lines on the left, the QR code
    and its caption on the right. Never split: it moves to the next page whole."""

    def __init__(self, block: PaymentBlock, avail: float) -> None:
        super().__init__()
        self.spaceBefore = 4
        self.spaceAfter = 10
        self.payload = block.qr_payload or None
        qr_col = QR_SIZE + 2 * PAY_PAD if self.payload else 0.0
        self.qr_col = qr_col
        left_w = avail - qr_col - 2 * PAY_PAD
        self.title = wrap_text(block.title, BOLD, 10, left_w) if block.title else []
        label_w = min(
            max([stringWidth(lab, REG, CELL.size) for lab, _ in block.lines] + [0.0])
            + 2 * CELL_PAD_X + 2,
            left_w * 0.45,
        )
        value_w = left_w - label_w
        rows = [
            _make_row([_cell_lines(label, CELL_GREY, label_w - 2 * CELL_PAD_X),
                       _cell_lines(value, CELL_BOLD, value_w - 2 * CELL_PAD_X)])
            for label, value in block.lines
        ]
        self.grid = _Grid([label_w, value_w], rows) if rows else None
        self.caption = (
            wrap_text(block.qr_caption, CAPTION.font, CAPTION.size, QR_SIZE)
            if self.payload and block.qr_caption else []
        )
        left_h = len(self.title) * 13 + (3 + self.grid.height if self.grid else 0.0)
        right_h = (QR_SIZE + len(self.caption) * CAPTION.leading) if self.payload else 0.0
        self.width = avail
        self.height = max(left_h, right_h) + 2 * PAY_PAD

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setLineWidth(0.75)
        canvas.setStrokeColor(BLACK)
        canvas.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        top = self.height - PAY_PAD
        if self.title:
            text = canvas.beginText()
            text.setFont(BOLD, 10)
            y = top - 13 * 0.75
            for line in self.title:
                text.setTextOrigin(PAY_PAD, y)
                text.textOut(line)
                y -= 13
            canvas.drawText(text)
            top -= len(self.title) * 13 + 3
        if self.grid is not None:
            self.grid.drawOn(canvas, PAY_PAD - CELL_PAD_X, top - self.grid.height)
        if self.payload:
            x = self.width - PAY_PAD - QR_SIZE
            qr_top = self.height - PAY_PAD
            draw_qr(canvas, self.payload, x, qr_top - QR_SIZE, QR_SIZE)
            if self.caption:
                text = canvas.beginText()
                text.setFont(CAPTION.font, CAPTION.size)
                text.setFillColor(CAPTION.color)
                y = qr_top - QR_SIZE - CAPTION.leading * 0.8
                for line in self.caption:
                    w = stringWidth(line, CAPTION.font, CAPTION.size)
                    text.setTextOrigin(x + (QR_SIZE - w) / 2, y)
                    text.textOut(line)
                    y -= CAPTION.leading
                canvas.drawText(text)


def _signature(block: Signature, avail: float) -> list[Flowable]:
    parts: list[Flowable] = []
    if block.closing:
        parts.extend(_text_block(block.closing, BODY))
    if block.lines:
        parts.append(Spacer(1, 12 * mm))
        parts.extend(_Text(line, LINE, indent=avail * 0.5) for line in block.lines)
    return [KeepTogether(parts)] if parts else []


def _blocks(blocks: Sequence[Block], avail: float) -> list[Flowable]:
    out: list[Flowable] = []
    pending_break = False
    for block in blocks:
        if isinstance(block, PageBreak):
            pending_break = bool(out)  # a break before anything, or two in a row: one at most
            continue
        if pending_break:
            out.append(RLPageBreak())
            pending_break = False
        if isinstance(block, Heading):
            out.append(_Text(block.text, H1 if block.level <= 1 else H2))
        elif isinstance(block, Paragraph):
            out.extend(_paragraphs(block))
        elif isinstance(block, Table):
            out.extend(_table(block, avail))
        elif isinstance(block, Amounts):
            out.extend(_amounts(block, avail))
        elif isinstance(block, PaymentBlock):
            out.append(_PaymentBox(block, avail))
        elif isinstance(block, Signature):
            out.extend(_signature(block, avail))
        else:  # pragma: no cover - the model's Block union is closed
            raise TypeError(f"unknown block {block!r}")
    return out  # a trailing page break is dropped: it would only add a blank page


# --------------------------------------------------------------------------- first page


@dataclass
class _Line:
    text: str
    font: str
    size: float
    x: float
    y: float  # baseline, in points from the page's top
    color: colors.Color = BLACK
    right: bool = False


@lru_cache(maxsize=16)
def _logo(data: bytes) -> tuple[ImageReader, float, float] | None:
    try:
        image = ImageReader(io.BytesIO(data))
        w, h = image.getSize()
        image.getRGBData()  # decode now: a broken image fails here, not in the middle of a page
    except Exception:  # a logo that is not an image must not stop a batch of letters
        return None
    if w <= 0 or h <= 0:
        return None
    scale = min(LOGO_MAX_W / w, LOGO_MAX_H / h)
    return image, w * scale, h * scale


class _FirstPage(Flowable):  # type: ignore[misc]
    """The top of a document's first page, drawn at fixed places on the page (letterhead,
    window address, date, subject or title). Its height is the space it takes in the frame.

    It also tells the canvas which document the following pages belong to (for the footers).
    """

    def __init__(self, spec: DocumentSpec, serial: int, page_w: float, page_h: float) -> None:
        super().__init__()
        self.spec = spec
        self.serial = serial
        self.page_w = page_w
        self.page_h = page_h
        self.lines: list[_Line] = []
        self.logo: tuple[ImageReader, float, float] | None = None
        self.bottom = self._layout()

    def _layout(self) -> float:
        spec = self.spec
        head = spec.letterhead
        lines = self.lines
        right_edge = self.page_w - MARGIN_RIGHT
        content_w = right_edge - MARGIN_LEFT
        is_letter = spec.recipient_lines is not None
        window = spec.window
        if is_letter and window.left_mm * mm >= MARGIN_LEFT + 60 * mm:
            head_w = window.left_mm * mm - MARGIN_LEFT - 5 * mm  # left of the window
        elif is_letter:
            head_w = content_w  # window on the left: the letterhead sits above it
        else:
            head_w = content_w * (0.6 if spec.place_date else 1.0)
        y = MARGIN_TOP
        if head.logo_png:
            self.logo = _logo(head.logo_png)
            if self.logo is not None:
                y += self.logo[2] + 3 * mm
        for i, text in enumerate(wrap_text(head.name, BOLD, 12, head_w)):
            y += 11 if i == 0 else 14
            lines.append(_Line(text, BOLD, 12, MARGIN_LEFT, y))
        y += 2
        for address in head.address_lines:
            for text in wrap_text(address, REG, 9, head_w):
                y += 11
                lines.append(_Line(text, REG, 9, MARGIN_LEFT, y))
        if head.contact_line:
            y += 2
            for text in wrap_text(head.contact_line, REG, 8.5, head_w):
                y += 10.5
                lines.append(_Line(text, REG, 8.5, MARGIN_LEFT, y, GREY))

        if is_letter:
            assert spec.recipient_lines is not None
            self._window_lines(spec.recipient_lines)
            y = max(y, (window.top_mm + window.height_mm) * mm)
            if spec.place_date:
                y += 7 * mm + 10
                lines.append(_Line(spec.place_date, REG, 10, right_edge, y, right=True))
            y += 8 * mm
            if spec.subject:
                for i, text in enumerate(wrap_text(spec.subject, BOLD, 10.5, content_w)):
                    y += 10.5 if i == 0 else 13.5
                    lines.append(_Line(text, BOLD, 10.5, MARGIN_LEFT, y))
                y += 6 * mm
        else:
            if spec.place_date:
                lines.append(_Line(spec.place_date, REG, 10, right_edge, MARGIN_TOP + 10,
                                   right=True))
            y += 8 * mm
            for i, text in enumerate(wrap_text(spec.title, BOLD, 17, content_w)):
                y += 16 if i == 0 else 21
                lines.append(_Line(text, BOLD, 17, MARGIN_LEFT, y))
            y += 3 * mm
            if spec.subject:
                for text in wrap_text(spec.subject, BOLD, 10.5, content_w):
                    y += 13.5
                    lines.append(_Line(text, BOLD, 10.5, MARGIN_LEFT, y))
            y += 5 * mm
        return float(y)

    def _window_lines(self, recipient: Sequence[str]) -> None:
        window = self.spec.window
        box_w = window.width_mm * mm - 2 * WINDOW_INSET_X
        box_h = window.height_mm * mm - 2 * WINDOW_INSET_Y
        texts = [t for t in recipient if t.strip()]
        size = 10.0
        while size > 6.5:
            widest = max((stringWidth(t, REG, size) for t in texts), default=0.0)
            if widest <= box_w and len(texts) * size * 1.2 <= box_h:
                break
            size -= 0.5
        leading = size * 1.2
        max_lines = max(1, int(box_h // leading))
        x = window.left_mm * mm + WINDOW_INSET_X
        y = window.top_mm * mm + WINDOW_INSET_Y
        for text in texts[:max_lines]:
            y += leading
            line = wrap_text(text, REG, size, box_w)[0]  # what still does not fit is cut
            self.lines.append(_Line(line, REG, size, x, y - leading * 0.2))

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return availWidth, max(self.bottom - MARGIN_TOP, 0.0)

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        canvas._relance_doc = self.serial
        canvas.saveState()
        page_h = self.page_h
        if self.logo is not None:
            image, w, h = self.logo
            canvas.drawImage(image, MARGIN_LEFT, page_h - MARGIN_TOP - h, w, h, mask="auto")
        text = canvas.beginText()
        font = None
        color = None
        for line in self.lines:
            if (line.font, line.size) != font:
                font = (line.font, line.size)
                text.setFont(line.font, line.size)
            if line.color is not color:
                color = line.color
                text.setFillColor(line.color)
            x = line.x
            if line.right:
                x -= stringWidth(line.text, line.font, line.size)
            text.setTextOrigin(x, page_h - line.y)
            text.textOut(line.text)
        canvas.drawText(text)
        canvas.restoreState()


class _Done(ActionFlowable):  # type: ignore[misc]
    """Placed after each document of a batch: reports progress, may cancel."""

    def __init__(self, done: int, progress: Callable[[int], bool] | None) -> None:
        super().__init__()
        self.done = done
        self.progress = progress

    def apply(self, doc: BaseDocTemplate) -> None:
        if self.progress is not None and self.progress(self.done) is False:
            raise Cancelled


# --------------------------------------------------------------------------- canvas, footer


@dataclass(frozen=True)
class _Footer:
    legal_line: str
    page_label: str


class _Canvas(Canvas):  # type: ignore[misc]
    """Keeps the pages until the end so each footer can say « page / pages » of its own
    document, then draws the footers and writes them."""

    footers: dict[int, _Footer]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._relance_doc = 0
        self._relance_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._relance_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        pages = self._relance_pages
        counts: dict[int, int] = {}
        for state in pages:
            serial = state["_relance_doc"]
            counts[serial] = counts.get(serial, 0) + 1
        seen: dict[int, int] = {}
        for state in pages:
            self.__dict__.update(state)
            serial = state["_relance_doc"]
            seen[serial] = number = seen.get(serial, 0) + 1
            self._draw_footer(self.footers[serial], number, counts[serial])
            Canvas.showPage(self)
        Canvas.save(self)

    def _draw_footer(self, footer: _Footer, page: int, pages: int) -> None:
        page_w = self._pagesize[0]
        right = page_w - MARGIN_RIGHT
        width = right - MARGIN_LEFT
        self.saveState()
        self.setFillColor(GREY)
        reserve = 0.0
        if pages > 1 and footer.page_label:
            label = footer.page_label.replace("{page}", str(page)).replace("{pages}", str(pages))
            self.setFont(REG, 8)
            self.drawRightString(right, FOOTER_BASELINE, label)
            reserve = stringWidth(label, REG, 8) + 4 * mm
        if footer.legal_line:
            avail = width - 2 * reserve
            size = 7.0
            lines = wrap_text(footer.legal_line, REG, size, avail)
            while len(lines) > 2 and size > 5.5:
                size -= 0.5
                lines = wrap_text(footer.legal_line, REG, size, avail)
            self.setFont(REG, size)
            centre = MARGIN_LEFT + width / 2
            y = FOOTER_BASELINE + (len(lines) - 1) * size * 1.2
            for line in lines[:3]:
                self.drawCentredString(centre, y, line)
                y -= size * 1.2
        self.restoreState()


# --------------------------------------------------------------------------- entry points


def _page_size(spec: DocumentSpec) -> tuple[float, float]:
    size = landscape(A4) if spec.landscape else A4
    return float(size[0]), float(size[1])


def _template(name: str, size: tuple[float, float]) -> PageTemplate:
    w, h = size
    frame = Frame(
        MARGIN_LEFT, MARGIN_BOTTOM, w - MARGIN_LEFT - MARGIN_RIGHT, h - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=f"{name}-body",
    )
    return PageTemplate(id=name, frames=[frame], pagesize=size)


def render(spec: DocumentSpec) -> bytes:
    """One document as a PDF."""
    return render_many([spec])


def render_many(
    specs: Sequence[DocumentSpec], *, progress: Callable[[int], bool] | None = None
) -> bytes:
    """Several documents in one PDF, for printing a batch: each starts on a new page and has
    its own page numbers. ``progress(n)`` is called once each document is laid out, with the
    number of documents done so far (1 to len(specs)); returning False stops the work and
    raises :class:`Cancelled`. The PDF's title and author are the first document's."""
    if not specs:
        raise ValueError("render_many needs at least one document")
    fonts.register()
    first = specs[0]
    templates = {
        "portrait": _template("portrait", A4),
        "landscape": _template("landscape", landscape(A4)),
    }
    first_name = "landscape" if first.landscape else "portrait"
    order = [templates[first_name]] + [t for n, t in templates.items() if n != first_name]

    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=_page_size(first),
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=first.title,
        author=first.author or first.letterhead.name,
        creator="Relance",
        invariant=1,
        initialFontName=REG,
        initialFontSize=10,
        initialLeading=12,
        pageTemplates=order,
    )
    footers: dict[int, _Footer] = {}
    story: list[Flowable] = []
    for serial, spec in enumerate(specs):
        size = _page_size(spec)
        avail = size[0] - MARGIN_LEFT - MARGIN_RIGHT
        if serial:
            story.append(NextPageTemplate("landscape" if spec.landscape else "portrait"))
            story.append(RLPageBreak())
        footers[serial] = _Footer(spec.letterhead.legal_line, spec.page_label)
        story.append(_FirstPage(spec, serial, size[0], size[1]))
        story.extend(_blocks(spec.blocks, avail))
        story.append(_Done(serial + 1, progress))

    class _BatchCanvas(_Canvas):
        pass

    _BatchCanvas.footers = footers
    with binary_streams():
        doc.build(story, canvasmaker=_BatchCanvas)
    return buffer.getvalue()


_a85_lock = threading.Lock()
_a85_users = 0


@contextmanager
def binary_streams() -> Iterator[None]:
    """Write the page streams compressed but not ASCII-85 encoded (ReportLab's default adds
    ASCII-85, 25 % bigger files, and its pure-Python encoder costs about 1 ms per page).
    ``rl_config.useA85`` is global: it is switched off while any render runs, then restored."""
    global _a85_users
    with _a85_lock:
        if _a85_users == 0:
            binary_streams.saved = rl_config.useA85  # type: ignore[attr-defined]
            rl_config.useA85 = 0
        _a85_users += 1
    try:
        yield
    finally:
        with _a85_lock:
            _a85_users -= 1
            if _a85_users == 0:
                rl_config.useA85 = binary_streams.saved  # type: ignore[attr-defined]


_PAGE = re.compile(rb"/Type\s*/Page(?![A-Za-z])")


def page_count(pdf: bytes) -> int:
    """The number of pages of a PDF written by this module (counts its page objects)."""
    return len(_PAGE.findall(pdf))

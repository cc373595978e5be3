"""Tables of pre-wrapped text (header row repeated on each page), their column widths, and
the « what is owed » block."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    KeepTogether,
)
from reportlab.platypus.flowables import Flowable

from relance_desktop.reports.model import (
    Amounts,
    Paragraph,
    Table,
)
from relance_desktop.reports.styles import (
    BLACK,
    BODY,
    BODY_BOLD,
    BOLD,
    CELL,
    CELL_BOLD,
    CELL_PAD_BOTTOM,
    CELL_PAD_TOP,
    CELL_PAD_X,
    H2,
    HEADER_BG,
    LINE,
    LINE_BOLD,
    REG,
    RULE,
    RULE_GREY,
    SMALL,
    SMALL_BOLD,
    ZEBRA,
    TextStyle,
)
from relance_desktop.reports.text import _Text, _text_block, wrap_text

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


#: Headings up to this width are never wrapped (the column gets their width).
HEADER_NO_WRAP = 32 * mm


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
                # A short heading (« Reste dû ») stays on one line; a long one may wrap.
                whole = _width(text, BOLD, size)
                natural[c] = max(natural[c], whole if whole <= HEADER_NO_WRAP
                                 else _longest_word(text, BOLD, size))
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

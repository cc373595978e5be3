"""The model's blocks as flowables: paragraphs, tables, amounts, the payment box with its QR
code, and the closing kept with the text before it."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import (
    Spacer,
)
from reportlab.platypus.flowables import Flowable

from relance_desktop.reports.model import (
    Amounts,
    Block,
    Heading,
    PageBreak,
    Paragraph,
    PaymentBlock,
    Signature,
    Table,
)
from relance_desktop.reports.qr import draw_qr
from relance_desktop.reports.styles import (
    BLACK,
    BODY,
    BOLD,
    CAPTION,
    CELL,
    CELL_BOLD,
    CELL_GREY,
    CELL_PAD_X,
    H1,
    H2,
    LINE,
    QR_SIZE,
    REG,
    RULE_GREY,
)
from relance_desktop.reports.tables import (
    _amounts,
    _cell_lines,
    _Grid,
    _make_row,
    _paragraphs,
    _table,
)
from relance_desktop.reports.text import _Text, _text_block, wrap_text

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


class _SignBox(Flowable):  # type: ignore[misc]
    """An empty frame where the reader dates and signs."""

    def __init__(self, width: float, height: float) -> None:
        super().__init__()
        self.width, self.height = width, height
        self.spaceBefore = 2

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setLineWidth(0.5)
        self.canv.setStrokeColor(RULE_GREY)
        self.canv.rect(0, 0, self.width, self.height, stroke=1, fill=0)


def _signature(block: Signature, avail: float) -> list[Flowable]:
    parts: list[Flowable] = []
    if block.closing:
        parts.extend(_text_block(block.closing, BODY))
    if block.lines:
        parts.append(Spacer(1, 12 * mm))
        parts.extend(_Text(line, LINE, indent=avail * 0.5) for line in block.lines)
    if block.sign_here:
        parts.append(Spacer(1, 6 * mm))
        parts.append(_Text(block.sign_here, LINE))
        parts.append(_SignBox(min(90 * mm, avail), 25 * mm))
    return parts


class _Ending(Flowable):  # type: ignore[misc]
    """The end of a letter, drawn as one piece: the last paragraph, the payment box, the
    closing and the signature. When it does not fit, the paragraph's first lines stay on this
    page and at least its last two lines go to the next one with the rest: the payment box,
    the closing and the signature never stand alone at the top of a page."""

    def __init__(self, lead: _Text | None, rest: list[Flowable], frame_h: float) -> None:
        super().__init__()
        self.lead, self.rest, self.frame_h = lead, rest, frame_h
        self.parts: list[Flowable] = [*([lead] if lead is not None else []), *rest]
        self.spaceBefore = self.parts[0].getSpaceBefore() if self.parts else 0
        self.spaceAfter = self.parts[-1].getSpaceAfter() if self.parts else 0
        self._heights: list[float] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._heights = [part.wrap(availWidth, self.frame_h)[1] for part in self.parts]
        gaps = sum(part.getSpaceBefore() for part in self.parts[1:]) + sum(
            part.getSpaceAfter() for part in self.parts[:-1])
        self.width, self.height = availWidth, sum(self._heights) + gaps
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        lead = self.lead
        if lead is not None:
            lines = lead._wrap_lines(availWidth)
            fit = min(int(availHeight // lead.style.leading), len(lines) - 2)
            if fit >= 2:
                head = _Text(lead.text, lead.style, lead.align, lead.indent, lines[:fit])
                head.spaceAfter = 0
                tail = _Text(lead.text, lead.style, lead.align, lead.indent, lines[fit:])
                tail.spaceBefore = 0
                return [head, _Ending(tail, self.rest, self.frame_h)]
        if self.height <= self.frame_h:
            return []  # to the next page, whole
        return list(self.parts)  # taller than a page: let the pieces flow

    def draw(self) -> None:
        y = self.height
        for n, (part, height) in enumerate(zip(self.parts, self._heights, strict=True)):
            if n:
                y -= part.getSpaceBefore()
            y -= height
            part.drawOn(self.canv, 0, y)
            y -= part.getSpaceAfter()


def _blocks(blocks: Sequence[Block], avail: float, frame_h: float = 10_000.0) -> list[Flowable]:
    out: list[Flowable] = []
    pending_break = False
    tail = 0  # where the text after the last table, amounts or heading starts in ``out``
    for block in blocks:
        if isinstance(block, PageBreak):
            pending_break = bool(out)  # a break before anything, or two in a row: one at most
            continue
        if pending_break:
            out.append(RLPageBreak())
            pending_break = False
            tail = len(out)
        if isinstance(block, Heading):
            out.append(_Text(block.text, H1 if block.level <= 1 else H2))
            tail = len(out)
        elif isinstance(block, Paragraph):
            out.extend(_paragraphs(block))
        elif isinstance(block, Table):
            out.extend(_table(block, avail))
            tail = len(out)
        elif isinstance(block, Amounts):
            out.extend(_amounts(block, avail))
            tail = len(out)
        elif isinstance(block, PaymentBlock):
            out.append(_PaymentBox(block, avail))
        elif isinstance(block, Signature):
            # The payment box (if any) and the paragraph just before go with the closing.
            kept = out[tail:][-2:]
            del out[len(out) - len(kept):]
            lead = kept[0] if kept and isinstance(kept[0], _Text) else None
            rest = [*(kept[1:] if lead is not None else kept), *_signature(block, avail)]
            if lead is not None or rest:
                out.append(_Ending(lead, rest, frame_h))
            tail = len(out)
        else:  # pragma: no cover - the model's Block union is closed
            raise TypeError(f"unknown block {block!r}")
    return out  # a trailing page break is dropped: it would only add a blank page

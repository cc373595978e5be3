"""The top of a document's first page: letterhead, the address in the envelope's window, place
and date, the registered-mail mention, the subject or the title."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus.flowables import Flowable

from relance_desktop.reports.model import (
    DocumentSpec,
)
from relance_desktop.reports.styles import (
    BLACK,
    BOLD,
    GREY,
    LOGO_MAX_H,
    LOGO_MAX_W,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    REG,
    WINDOW_INSET_X,
    WINDOW_INSET_Y,
)
from relance_desktop.reports.text import wrap_text


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
            if spec.mention:
                for text in wrap_text(spec.mention, BOLD, 9.5, content_w):
                    y += 12
                    lines.append(_Line(text.upper(), BOLD, 9.5, MARGIN_LEFT, y))
                y += 3 * mm
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

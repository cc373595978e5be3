"""QR codes drawn as vector paths on a ReportLab canvas (the EPC payment QR of the letters).

The payload text comes from ``domain.epc``; this module only encodes it (byte mode, UTF-8,
error correction level **M** as EPC069-12 requires, smallest version that holds it) with
ReportLab's own encoder and draws the dark modules. Encoding is the slow part (about 10 ms in
pure Python: the encoder tries the eight masks), so the drawing operators are kept per payload:
a payload drawn twice (preview then print) is encoded once.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.graphics.barcode import qrencoder
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus.flowables import Flowable

__all__ = ["QUIET_ZONE", "QrFlowable", "draw_qr", "qr_modules", "qr_operators"]

QUIET_ZONE = 4  # modules of white around the symbol (ISO/IEC 18004)


def qr_modules(payload: str) -> tuple[tuple[bool, ...], ...]:
    """The symbol's modules (True: dark), row by row from the top, without the quiet zone."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(qrencoder.QR8bitByte(payload.encode("utf-8")))
    code.make()
    return tuple(tuple(bool(m) for m in row) for row in code.modules)


@lru_cache(maxsize=1024)
def qr_operators(payload: str) -> tuple[int, str]:
    """(modules per side including the quiet zone, PDF path operators filling the dark modules
    in a unit square of that many units, origin bottom-left). Runs of dark modules on a row are
    one rectangle each."""
    modules = qr_modules(payload)
    count = len(modules)
    side = count + 2 * QUIET_ZONE
    parts: list[str] = []
    for r, row in enumerate(modules):
        y = side - QUIET_ZONE - r - 1
        c = 0
        while c < count:
            if row[c]:
                start = c
                while c < count and row[c]:
                    c += 1
                parts.append(f"{start + QUIET_ZONE} {y} {c - start} 1 re")
            else:
                c += 1
    parts.append("f")
    return side, "\n".join(parts)


def draw_qr(canvas: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """Draw the QR code of ``payload`` as a ``size`` × ``size`` square (quiet zone included,
    painted white) with its bottom-left corner at (x, y)."""
    side, operators = qr_operators(payload)
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    unit = size / side
    canvas.translate(x, y)
    canvas.scale(unit, unit)
    canvas.addLiteral(operators)
    canvas.restoreState()


class QrFlowable(Flowable):  # type: ignore[misc]
    """A QR code as a platypus flowable, ``size`` points square including the quiet zone."""

    def __init__(self, payload: str, size: float) -> None:
        super().__init__()
        self.payload = payload
        self.size = size
        qr_operators(payload)  # encode now: an unencodable payload fails while building

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        draw_qr(self.canv, self.payload, 0, 0, self.size)

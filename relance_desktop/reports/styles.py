"""Geometry, colours and text styles shared by the drawing modules of the reports."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm

from relance_desktop.reports import fonts

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

"""The fonts the printed documents use: DejaVu Sans, shipped in ``resources/fonts``.

ReportLab's built-in Helvetica has no glyph for Ż, ł, ć, ř… (DESIGN §5); DejaVu Sans covers
every Latin script the customers' names use, and € . The four faces are registered once per
process, as one family, so ``<b>``/``<i>`` and ``fontName=BOLD`` both work. The app carries its
own copies (Windows and macOS have no DejaVu); ``resources/fonts/LICENSE-DejaVu.txt`` is the
licence they come with.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from relance_desktop.paths import resources_dir

__all__ = ["BOLD", "BOLD_ITALIC", "FAMILY", "FILES", "ITALIC", "REGULAR", "fonts_dir", "register"]

FAMILY = "DejaVuSans"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"

# ReportLab font name → file in resources/fonts.
FILES: dict[str, str] = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

_lock = threading.Lock()
_registered = False


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def register() -> None:
    """Register the DejaVu Sans family with ReportLab (once per process; cheap afterwards).

    Raises ``FileNotFoundError`` naming the missing file if the resources are incomplete.
    """
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        folder = fonts_dir()
        registered = set(pdfmetrics.getRegisteredFontNames())
        for name, filename in FILES.items():
            if name in registered:
                continue
            path = folder / filename
            if not path.is_file():
                raise FileNotFoundError(f"font missing: {path}")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(
            FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
        )
        _registered = True

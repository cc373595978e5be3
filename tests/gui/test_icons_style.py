"""The icon set and the palette: every icon sharp at 100, 150 and 200 %, licensed, in the text
colour of the scheme; status colours readable on light and dark backgrounds."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor

from relance_desktop.paths import resources_dir
from relance_desktop.views import icons, style

ICONS = sorted(p.stem for p in (resources_dir() / "icons").glob("*.svg"))


def _luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def _contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(QColor(a)), _luminance(QColor(b))), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_the_set_is_licensed_and_covers_the_actions() -> None:
    assert (resources_dir() / "icons" / "LICENSE.txt").is_file()
    wanted = {"call", "payment", "letters", "import", "print", "search", "today", "invoices",
              "customers", *icons.MAIN_ACTIONS.values(), *icons.SIDEBAR_ICONS}
    assert wanted <= set(ICONS)


@pytest.mark.parametrize("ratio", [1.0, 1.5, 2.0])
def test_icons_are_drawn_at_the_screen_s_own_pixel_size(qtbot: Any, ratio: float) -> None:
    for name in ICONS:
        pix = icons.icon(name).pixmap(QSize(20, 20), ratio)
        assert pix.width() == round(20 * ratio), name  # drawn, not scaled up from 20 px
        image = pix.toImage()
        painted = sum(1 for x in range(image.width()) for y in range(image.height())
                      if image.pixelColor(x, y).alpha() > 0)
        assert painted > 0, name


def test_status_colours_read_on_light_and_dark_backgrounds() -> None:
    for status, tones in style.STATUS_TONES.items():
        assert _contrast(tones.light, "#ffffff") >= 4.5, status
        assert _contrast(tones.dark, "#1e1f22") >= 4.5, status
    lights = [t.light for t in style.STATUS_TONES.values()]
    assert len(set(lights)) == len(lights)


def test_icons_follow_the_dark_scheme(qtbot: Any) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    try:
        app.setPalette(style.dark_palette())
        image = icons.icon("search").pixmap(QSize(24, 24), 1.0).toImage()
        inked = [image.pixelColor(x, y) for x in range(24) for y in range(24)
                 if image.pixelColor(x, y).alpha() == 255]
        assert inked and all(c.lightness() > 160 for c in inked)  # light ink on dark
    finally:
        app.setPalette(before)

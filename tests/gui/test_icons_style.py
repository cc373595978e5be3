"""The icon set and the palette: every icon sharp at 100, 150 and 200 %, licensed, in the text
colour of the scheme; status colours readable on light and dark backgrounds."""

from __future__ import annotations

from pathlib import Path
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


def test_banner_texts_read_on_their_background_in_both_schemes() -> None:
    for status, (light, dark) in style.BANNERS.items():
        assert _contrast(light.text, light.background) >= 7, status
        assert _contrast(dark.text, dark.background) >= 7, status
        assert QColor(light.background).lightness() > 200, status  # a pale tint on white
        assert QColor(dark.background).lightness() < 90, status  # a deep one on near-black


def test_no_view_paints_a_fixed_background_or_text_colour() -> None:
    """A colour written in a view's style sheet stays the same in the dark scheme: the views
    take theirs from views/style.py (banners, status texts) or from the palette."""
    import re

    from relance_desktop.views import __file__ as views_init

    fixed = re.compile(r"(background|color)\s*:\s*(#[0-9a-fA-F]{3,6}|white|black)\b")
    found = []
    views = Path(views_init).parent
    for path in sorted(views.rglob("*.py")):
        if path.name == "style.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if fixed.search(line) and "paper" not in line:
                found.append(f"{path.relative_to(views)}:{number}: {line.strip()}")
    assert found == []


@pytest.mark.parametrize("dark", [True, False])
def test_the_rates_banner_follows_the_scheme(qtbot: Any, dark: bool) -> None:
    from PySide6.QtWidgets import QApplication

    from relance_desktop.views.rates_notice import RatesNotice

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    notice = RatesNotice()
    qtbot.addWidget(notice)
    notice.text.setText("Taux non publiés dans Relance : semestre 2026-S2.")
    notice.resize(500, 60)
    notice.show()
    try:
        app.setPalette(style.dark_palette() if dark else before)  # the scheme switched
        qtbot.waitUntil(lambda: QColor(style.banner_colours(style.Status.WARNING).background)
                        .name() in notice.styleSheet())
        image = notice.grab().toImage()
        background = image.pixelColor(image.width() // 2, 3)
        text = notice.text.palette().color(notice.text.foregroundRole())
        if dark:
            assert background.lightness() < 90
        else:
            assert background.lightness() > 200
        assert _contrast(background.name(), text.name()) >= 4.5
    finally:
        app.setPalette(before)


def test_every_page_of_the_sidebar_has_its_icon(window: Any) -> None:
    """A page added to the sidebar without an icon stands out as unfinished."""
    sidebar = window.sidebar
    missing = [sidebar.item(row).text() for row in range(sidebar.count())
               if sidebar.item(row).icon().isNull()]
    assert sidebar.count() >= 5 and not missing, missing

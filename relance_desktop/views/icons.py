"""The app's icons: one SVG set in ``resources/icons`` drawn in ``currentColor``, painted in the
palette's text colour (or a status colour) at whatever size the screen asks, so they stay sharp at
100 %, 150 % and 200 % and follow the light or dark scheme."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QWidget

from relance_desktop.paths import resources_dir
from relance_desktop.views import style


def icon_path(name: str) -> str:
    return str(resources_dir() / "icons" / f"{name}.svg")


@cache
def _source(name: str) -> str:
    with open(icon_path(name), encoding="utf-8") as handle:
        return handle.read()


class _SvgEngine(QIconEngine):
    """Renders the SVG at the exact pixel size requested, in the colour of the moment."""

    def __init__(self, name: str, colour: str | None) -> None:
        super().__init__()
        self._name = name
        self._colour = colour

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        colour = self._colour or style.text_colour()
        svg = _source(self._name).replace("currentColor", colour)
        if mode == QIcon.Mode.Disabled:
            svg = svg.replace("<svg ", "<svg opacity='0.4' ", 1)
        return QSvgRenderer(QByteArray(svg.encode("utf-8")))

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        self._renderer(mode).render(painter, rect.toRectF() if hasattr(rect, "toRectF")
                                    else rect)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pix = QPixmap(size)
        pix.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pix)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pix

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State,
                     scale: float) -> QPixmap:
        pix = self.pixmap(QSize(round(size.width() * scale), round(size.height() * scale)),
                          mode, state)
        pix.setDevicePixelRatio(scale)
        return pix

    def clone(self) -> QIconEngine:
        return _SvgEngine(self._name, self._colour)


def icon(name: str, status: style.Status | None = None) -> QIcon:
    """The icon ``name`` (a file of resources/icons without .svg), in the text colour or in the
    colour of ``status``."""
    colour = style.status_colour(status) if status is not None else None
    return QIcon(_SvgEngine(name, colour))


def pixmap(name: str, px: int, status: style.Status | None = None,
           ratio: float = 1.0) -> QPixmap:
    """A pixmap of the icon, ``px`` logical pixels square, for labels."""
    return icon(name, status).pixmap(QSize(px, px), ratio)


# The main window's actions and sidebar pages, by the attribute holding them and their icon.
MAIN_ACTIONS = {"import_action": "import", "print_action": "print", "payment_action": "payment",
                "call_action": "call", "new_invoice_action": "invoices",
                "new_customer_action": "customers", "templates_action": "template"}
SIDEBAR_ICONS = ("today", "invoices", "customers", "letters", "actions")


def decorate_main_window(window: QWidget) -> None:
    """Put the icon set on the main window: its sidebar pages and its main actions (the search
    and the tools are found by their shortcut or their slot's name)."""
    from PySide6.QtGui import QAction, QKeySequence

    for attribute, name in MAIN_ACTIONS.items():
        action = getattr(window, attribute, None)
        if isinstance(action, QAction):
            action.setIcon(icon(name))
    find = QKeySequence(QKeySequence.StandardKey.Find)
    for action in window.actions():
        if not action.shortcut().isEmpty() and action.shortcut() == find:
            action.setIcon(icon("search"))
    sidebar = getattr(window, "sidebar", None)
    if sidebar is not None:
        sidebar.setIconSize(QSize(20, 20))
        for row, name in enumerate(SIDEBAR_ICONS[:sidebar.count()]):
            sidebar.item(row).setIcon(icon(name))

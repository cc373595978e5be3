"""The app's visual language in one place: a small palette, a type scale, and the status colours.

Status colours come in a light and a dark variant (chosen from the running palette, which follows
the system's light or dark scheme) and are picked to stay apart for the common colour-vision
deficiencies (blue / orange / vermilion rather than green / red). A status is never told by
colour alone: every use pairs it with an icon (``views.icons``) and with words.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget


class Status(Enum):
    OK = "ok"  # done, paid, ready
    WARNING = "warning"  # needs a look
    STOP = "stop"  # must not be done now
    INFO = "info"  # neutral information


@dataclass(frozen=True)
class Tones:
    light: str
    dark: str


# Okabe–Ito derived hues, darkened for text on white and lightened for text on near-black.
STATUS_TONES = {
    Status.OK: Tones("#00668f", "#56b4e9"),  # blue
    Status.WARNING: Tones("#8a4b00", "#f0b445"),  # orange
    Status.STOP: Tones("#b3261e", "#ff8a80"),  # vermilion
    Status.INFO: Tones("#5f6368", "#b0b4ba"),  # grey
}
ACCENT = Tones("#1f5fa8", "#8ab4f8")



@dataclass(frozen=True)
class Banner:
    """The colours of a banner (a notice across a window): its background, border and text."""

    background: str
    border: str
    text: str


# One pair (light scheme, dark scheme) per status: a pale tint with dark text on a light
# window, a deep tint with pale text on a dark one, each text at least 7:1 on its background.
BANNERS = {
    Status.WARNING: (Banner("#fff4ce", "#c19c00", "#3b2f00"),
                     Banner("#3a2f05", "#8a6d00", "#fbe7a1")),
    Status.STOP: (Banner("#fde8e6", "#b3261e", "#5c1410"),
                  Banner("#45110e", "#b3261e", "#ffd9d4")),
    Status.OK: (Banner("#e1f0f7", "#00668f", "#00344a"),
                Banner("#0d2f3d", "#2f7ea3", "#d3ecf7")),
    Status.INFO: (Banner("#eceff1", "#9aa0a6", "#202124"),
                  Banner("#2b2d31", "#5f6368", "#e8eaed")),
}


def banner_colours(status: Status) -> Banner:
    light, dark = BANNERS[status]
    return dark if is_dark() else light


def banner_style(status: Status, selector: str = "", extra: str = "") -> str:
    """A style sheet drawing a banner of ``status`` in the running scheme: for the widget itself
    (no ``selector``), or for ``selector`` and the labels inside it."""
    c = banner_colours(status)
    box = f"background: {c.background}; border: 1px solid {c.border}; border-radius: 4px; "
    if not selector:
        return f"{box}color: {c.text}; {extra}".strip()
    return f"{selector} {{ {box}{extra} }} {selector} QLabel {{ color: {c.text}; border: none; }}"


class _SchemeFollower(QObject):
    """Sets its widget's style sheet again whenever the scheme (light, dark) changes."""

    def __init__(self, widget: QWidget, sheet: Callable[[], str]) -> None:
        super().__init__(widget)
        self.widget, self.sheet = widget, sheet
        self.apply()
        widget.installEventFilter(self)

    def apply(self) -> None:
        wanted = self.sheet()
        if self.widget.styleSheet() != wanted:
            self.widget.setStyleSheet(wanted)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange,
                            QEvent.Type.Show):
            self.apply()
        return False


def follow_scheme(widget: QWidget, sheet: Callable[[], str]) -> None:
    """Give ``widget`` the style sheet ``sheet()`` now and each time the scheme changes (a
    widget has one: a second call replaces the first)."""
    existing = widget.findChild(_SchemeFollower, "",
                                Qt.FindChildOption.FindDirectChildrenOnly)
    if isinstance(existing, _SchemeFollower):
        existing.sheet = sheet
        existing.apply()
        return
    _SchemeFollower(widget, sheet)


def make_banner(widget: QWidget, status: Status, selector: str = "", extra: str = "") -> None:
    """Draw ``widget`` as a banner of ``status`` from now on, light or dark as the scheme is."""
    follow_scheme(widget, lambda: banner_style(status, selector, extra))


def status_text(widget: QWidget, status: Status, extra: str = "") -> None:
    """Write ``widget``'s text in the colour of ``status``, light or dark as the scheme is."""
    follow_scheme(widget, lambda: f"color: {status_colour(status)}; {extra}".strip())


# Type scale, in points relative to the application font (a ratio keeps the user's own size).
SCALE = {"caption": 0.9, "body": 1.0, "subtitle": 1.15, "title": 1.35, "display": 1.7}
SPACING = 8  # the grid every margin is a multiple of


def is_dark() -> bool:
    """Whether the running palette is dark (the system's scheme when Qt knows it)."""
    app = QGuiApplication.instance()
    if app is None:
        return False
    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme() if hasattr(hints, "colorScheme") else None
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return window.lightness() < 128


def status_colour(status: Status) -> str:
    tones = STATUS_TONES[status]
    return tones.dark if is_dark() else tones.light


def accent_colour() -> str:
    return ACCENT.dark if is_dark() else ACCENT.light


def text_colour() -> str:
    return QGuiApplication.palette().color(QPalette.ColorRole.WindowText).name()


def point_size(role: str) -> float:
    """The point size of a step of the type scale."""
    return max(6.0, QGuiApplication.font().pointSizeF() * SCALE[role])


def dark_palette() -> QPalette:
    """A dark palette for platforms whose style does not provide one (Fusion on Linux)."""
    pal = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#1e1f22", QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#2b2d31", QPalette.ColorRole.AlternateBase: "#313338",
        QPalette.ColorRole.Text: "#e8eaed", QPalette.ColorRole.Button: "#35373c",
        QPalette.ColorRole.ButtonText: "#e8eaed", QPalette.ColorRole.Highlight: "#3c6fb0",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#2b2d31",
        QPalette.ColorRole.ToolTipText: "#e8eaed", QPalette.ColorRole.PlaceholderText: "#9aa0a6",
        QPalette.ColorRole.Link: "#8ab4f8", QPalette.ColorRole.Mid: "#5f6368",
        QPalette.ColorRole.Light: "#3c4043", QPalette.ColorRole.Dark: "#111214",
        QPalette.ColorRole.Shadow: "#000000",
    }
    for role, colour in colours.items():
        pal.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor("#80868b"))
    return pal


def apply_scheme(app: QGuiApplication, dark: bool | None = None) -> None:
    """Follow the system's light or dark scheme (``dark=None``), or force one (screenshots).

    Native styles (Windows 11, macOS) draw the system's scheme themselves; Fusion, used on Linux
    desktops without a platform theme and offscreen, needs the dark palette set by hand."""
    hints = QGuiApplication.styleHints()
    if dark is None:
        dark = hints.colorScheme() == Qt.ColorScheme.Dark
    elif hasattr(hints, "setColorScheme"):
        hints.setColorScheme(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
    style_name = app.style().name().lower() if hasattr(app, "style") else ""
    if style_name == "fusion":
        app.setPalette(dark_palette() if dark else QPalette())


def follow_system_scheme(app: QGuiApplication) -> None:
    """Apply the system's scheme now and whenever the user switches it."""
    apply_scheme(app)
    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_scheme(app))

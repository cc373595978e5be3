"""Find the text a window cuts: labels, buttons and tabs narrower than their text, table
headers narrower than their title or pushed out of sight behind a horizontal scroll bar.

Used by the clipping test on every window at 1366×768 in each language; text is measured with the
widget's own font (QFontMetrics), against the room the widget actually has."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStyle,
    QTabBar,
    QWidget,
)

TAGS = re.compile(r"<[^>]+>")


def _plain(text: str) -> str:
    return TAGS.sub("", text).replace("&nbsp;", " ").replace("&amp;", "&").replace("&", "")


def _seen(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and widget.width() > 0 and widget.height() > 0


def _label(label: QLabel) -> str | None:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    room = label.contentsRect().width() - 2 * label.margin() - 2 * label.indent().__abs__() * 0
    if label.wordWrap():
        if label.heightForWidth(label.width()) > label.height() + 2:
            return (f"label {_plain(text)[:60]!r} wraps to {label.heightForWidth(label.width())}"
                    f" px high, has {label.height()}")
        return None
    metrics = QFontMetrics(label.font())
    widest = max(metrics.horizontalAdvance(line)
                 for line in _plain(text).splitlines() or [""])
    if widest > room + 1:
        return f"label {_plain(text)[:60]!r} needs {widest} px, has {room}"
    return None


def _button(button: QAbstractButton) -> str | None:
    if not button.text():
        return None
    need = button.sizeHint().width()
    if need > button.width() + 1:
        return f"button {_plain(button.text())!r} needs {need} px, has {button.width()}"
    return None


def _tabs(bar: QTabBar) -> list[str]:
    problems = []
    for i in range(bar.count()):
        if not bar.isTabVisible(i):
            continue
        rect = bar.tabRect(i)
        need = QFontMetrics(bar.font()).horizontalAdvance(_plain(bar.tabText(i)))
        if rect.width() < need or rect.right() > bar.width():
            problems.append(f"tab {_plain(bar.tabText(i))!r} needs {need} px, has "
                            f"{min(rect.width(), bar.width() - rect.left())}")
    return problems


def _header(view: QAbstractItemView, header: QHeaderView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    problems = []
    metrics = QFontMetrics(header.font())
    bold = header.font()
    bold.setBold(True)
    bold_metrics = QFontMetrics(bold)  # some styles draw the sorted column in bold
    style = header.style()
    margin = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    room = header.viewport().width() if header.viewport() else header.width()
    for logical in range(header.count()):
        if header.isSectionHidden(logical):
            continue
        title = str(model.headerData(logical, Qt.Orientation.Horizontal,
                                     Qt.ItemDataRole.DisplayRole) or "")
        if not title:
            continue
        size = header.sectionSize(logical)
        start = header.sectionViewportPosition(logical)
        sorted_here = header.isSortIndicatorShown() and header.sortIndicatorSection() == logical
        need = max(metrics.horizontalAdvance(title), bold_metrics.horizontalAdvance(title)
                   if sorted_here else 0) + margin + (arrow if sorted_here else 0)
        if need > size + 1:
            problems.append(f"column {title!r} needs {need} px, has {size}")
        elif start + size > room + 1:
            problems.append(f"column {title!r} is cut by the view ({start + size - room} px "
                            "out of sight)")
    return problems


def clipped(top: QWidget) -> list[str]:
    """What ``top`` (shown, laid out) cuts, one sentence per thing."""
    problems: list[str] = []
    for label in top.findChildren(QLabel):
        if _seen(label, top) and not isinstance(label.parent(), QAbstractButton):
            problem = _label(label)
            if problem:
                problems.append(problem)
    for button in top.findChildren(QAbstractButton):
        if _seen(button, top) and button.parent() is not None \
                and not isinstance(button.parent(), QHeaderView):
            problem = _button(button)
            if problem:
                problems.append(problem)
    for bar in top.findChildren(QTabBar):
        if _seen(bar, top):
            problems += _tabs(bar)
    for view in top.findChildren(QAbstractItemView):
        header = getattr(view, "horizontalHeader", None) or getattr(view, "header", None)
        if _seen(view, top) and header is not None:
            h = header()
            if isinstance(h, QHeaderView) and not h.isHidden():
                problems += _header(view, h)
    return problems

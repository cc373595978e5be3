"""One page of the template editor as a document: its sections one under the other, each text in
a box that grows with it, fields shown as marked names (« [Montant dû] »)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QResizeEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from relance_desktop.views import style

FIELD = re.compile(r"\[\[|\[([^\[\]{}\n]*)\]|\{\{|\}\}|\{([^{}\n]*)\}")


def fold(name: str) -> str:
    return " ".join(name.split()).casefold()


class FieldHighlighter(QSyntaxHighlighter):
    """Fields drawn as marked names; a name that is not a field underlined in red."""

    def __init__(self, document: QTextDocument, known: Callable[[], Mapping[str, str]]) -> None:
        super().__init__(document)
        self.known = known  # folded name or identifier → identifier
        accent = QColor(style.accent_colour())
        self.field = QTextCharFormat()
        self.field.setForeground(accent)
        back = QColor(accent)
        back.setAlpha(40)
        self.field.setBackground(back)
        self.field.setFontWeight(QFont.Weight.DemiBold)
        stop = QColor(style.status_colour(style.Status.STOP))
        self.wrong = QTextCharFormat()
        self.wrong.setForeground(stop)
        self.wrong.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self.wrong.setUnderlineColor(stop)

    def highlightBlock(self, text: str) -> None:
        known = self.known()
        for match in FIELD.finditer(text):
            name = match.group(1) if match.group(1) is not None else match.group(2)
            if name is None:
                continue  # a doubled bracket or brace: a literal one
            fmt = self.field if fold(name) in known else self.wrong
            self.setFormat(match.start(), match.end() - match.start(), fmt)


class GrowingEdit(QTextEdit):
    """Plain text that grows with its content (the page scrolls, not the box)."""

    focused = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def _fit(self, *_args: object) -> None:
        line = self.fontMetrics().lineSpacing()
        height = int(self.document().size().height()) + 2 * self.frameWidth() + 2
        self.setFixedHeight(max(height, line + 2 * self.frameWidth() + 10))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focused.emit()

    def insertFromMimeData(self, source: QMimeData) -> None:
        self.insertPlainText(source.text())  # never rich text


class SectionBox(QFrame):
    """One editable text of a page: its title, when it applies, the text, its problem."""

    changed = Signal(str)
    focused = Signal(str)
    reset_requested = Signal(str)

    def __init__(self, key: str, title: str, condition: str,
                 known: Callable[[], Mapping[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("templateSection")
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, style.SPACING, 0, 0)
        if condition:  # a text that replaces the one above in some cases: set apart
            outer.setContentsMargins(style.SPACING, style.SPACING, 0, 0)
            bar = QFrame()
            bar.setObjectName("templateVariantBar")
            bar.setFixedWidth(3)
            bar.setStyleSheet(f"background: {style.accent_colour()}; border: none;")
            outer.addWidget(bar)
        layout = QVBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        outer.addLayout(layout, 1)
        head = QHBoxLayout()
        self.title = QLabel(title)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        head.addWidget(self.title, 1)
        self.reset_button = QToolButton()
        self.reset_button.setText(self.tr("Texte d'origine"))
        self.reset_button.setToolTip(self.tr("Revenir au texte livré avec Relance"))
        self.reset_button.setAutoRaise(True)
        self.reset_button.clicked.connect(lambda: self.reset_requested.emit(self.key))
        head.addWidget(self.reset_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)
        self.condition = QLabel(condition)
        self.condition.setTextFormat(Qt.TextFormat.PlainText)
        self.condition.setWordWrap(True)
        style.status_text(self.condition, style.Status.INFO)
        self.condition.setVisible(bool(condition))
        layout.addWidget(self.condition)
        self.edit = GrowingEdit()
        self.edit.setObjectName("templateText")
        self.edit.setAccessibleName(title)
        self.highlighter = FieldHighlighter(self.edit.document(), known)
        self.edit.textChanged.connect(lambda: self.changed.emit(self.key))
        self.edit.focused.connect(lambda: self.focused.emit(self.key))
        layout.addWidget(self.edit)
        self.problem = QLabel()
        self.problem.setObjectName("sectionProblem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        style.status_text(self.problem, style.Status.STOP)
        self.problem.hide()
        self.problem_position = -1
        layout.addWidget(self.problem)

    def text(self) -> str:
        return self.edit.toPlainText()

    def set_text(self, text: str) -> None:
        self.edit.setPlainText(text)

    def set_edited(self, edited: bool) -> None:
        self.reset_button.setEnabled(edited)
        self.reset_button.setVisible(edited)
        self.title.setText(self.title.text().removeprefix("✎ "))
        if edited:
            self.title.setText("✎ " + self.title.text())

    def set_problem(self, text: str, position: int = -1) -> None:
        """Show what is wrong (``position``: where in the text, -1 when nowhere in particular)."""
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        self.problem_position = position if text else -1

    def show_problem_place(self) -> None:
        """Put the cursor where the problem is."""
        self.edit.setFocus()
        if self.problem_position >= 0:
            cursor = self.edit.textCursor()
            cursor.setPosition(min(self.problem_position, len(self.text())))
            self.edit.setTextCursor(cursor)


def fixed_part(text: str) -> QLabel:
    """A part of the document Relance fills itself (the invoice table...), not editable."""
    label = QLabel(text)
    label.setObjectName("templateFixedPart")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setMargin(style.SPACING)
    colour = style.status_colour(style.Status.INFO)
    label.setStyleSheet(f"color: {colour}; border: 1px dashed {colour}; border-radius: 4px;")
    return label


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(style.point_size("subtitle"))
    font.setBold(True)
    label.setFont(font)
    label.setContentsMargins(0, style.SPACING * 2, 0, 0)
    return label


class DocumentView(QScrollArea):
    """The sections of a page, one scrolling document."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templateDocument")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.boxes: dict[str, SectionBox] = {}
        self.clear()

    def clear(self) -> None:
        self.boxes = {}
        body = QWidget()
        self.column = QVBoxLayout(body)
        self.column.setContentsMargins(style.SPACING, 0, style.SPACING * 2, style.SPACING)
        self.column.addStretch(1)
        old = self.takeWidget()
        if old is not None:
            old.deleteLater()
        self.setWidget(body)

    def add(self, widget: QWidget) -> None:
        self.column.insertWidget(self.column.count() - 1, widget)
        if isinstance(widget, SectionBox):
            self.boxes[widget.key] = widget

    def reveal(self, key: str) -> None:
        """Scroll to the text ``key``: now, and again once a page just built has its final
        geometry (its boxes grow to their text when they first get their width)."""
        self._reveal_now(key)
        QTimer.singleShot(0, lambda: self._reveal_now(key))

    def _reveal_now(self, key: str) -> None:
        box = self.boxes.get(key)
        if box is not None:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            self.ensureWidgetVisible(box, 0, style.SPACING * 4)

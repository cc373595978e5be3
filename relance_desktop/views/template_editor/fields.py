"""The fields a text may use, by name, with a search box: double-click or Enter inserts one at
the cursor of the text being edited."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from relance_desktop.views.template_editor.document import fold


class FieldPicker(QWidget):
    """``chosen`` carries the field's identifier."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel(self.tr("&Champs de ce texte :"))
        self.caption.setWordWrap(True)
        layout.addWidget(self.caption)
        self.search = QLineEdit()
        self.search.setObjectName("templateFieldSearch")
        self.search.setPlaceholderText(self.tr("Chercher un champ"))
        self.search.setClearButtonEnabled(True)
        self.caption.setBuddy(self.search)
        layout.addWidget(self.search)
        self.list = QListWidget()
        self.list.setObjectName("templateFields")
        self.list.setToolTip(self.tr("Double-clic ou Entrée : insérer le champ dans le texte"))
        layout.addWidget(self.list, 1)
        self.description = QLabel()
        self.description.setObjectName("templateFieldDescription")
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        self.description.setWordWrap(True)
        self.description.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.description.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.description)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._choose_current)
        self.search.installEventFilter(self)
        self.list.itemActivated.connect(self._choose)
        self.list.currentItemChanged.connect(self._describe)

    def set_fields(self, fields: Sequence[tuple[str, str, str]]) -> None:
        """(identifier, name, description) of each field, in this order."""
        self.list.clear()
        for ident, name, description in fields:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, ident)
            item.setToolTip(description)
            item.setData(Qt.ItemDataRole.UserRole + 1, description)
            self.list.addItem(item)
        self.description.setText("" if fields else self.tr(
            "Ce texte s'emploie tel quel : il ne prend aucun champ."))
        self._filter()

    def names(self, visible_only: bool = False) -> list[str]:
        return [self.list.item(r).text() for r in range(self.list.count())
                if not (visible_only and self.list.item(r).isHidden())]

    def _filter(self) -> None:
        wanted = fold(self.search.text())
        first = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            description = str(item.data(Qt.ItemDataRole.UserRole + 1) or "")
            shown = not wanted or wanted in fold(item.text()) or wanted in fold(description)
            item.setHidden(not shown)
            if shown and first is None:
                first = item
        current = self.list.currentItem()
        if first is not None and (current is None or current.isHidden()):
            self.list.setCurrentItem(first)

    def _describe(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        self.description.setText(
            str(item.data(Qt.ItemDataRole.UserRole + 1) or "") if item is not None else "")

    def _choose(self, item: QListWidgetItem) -> None:
        if not item.isHidden():
            self.chosen.emit(str(item.data(Qt.ItemDataRole.UserRole)))

    def _choose_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self._choose(item)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the search box move in the list."""
        if watched is self.search and isinstance(event, QKeyEvent) \
                and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                rows = [r for r in range(self.list.count()) if not self.list.item(r).isHidden()]
                if rows:
                    row = self.list.currentRow()
                    pos = rows.index(row) if row in rows else -1
                    pos = max(0, pos - 1) if key == Qt.Key.Key_Up else min(len(rows) - 1, pos + 1)
                    self.list.setCurrentRow(rows[pos])
                return True
        return super().eventFilter(watched, event)

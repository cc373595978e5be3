"""The aging filter: one checkable button per tab, each showing its count and total."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QSizePolicy, QToolButton, QWidget


class AgingBar(QWidget):
    currentChanged = Signal(int)

    def __init__(self, titles: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: list[QToolButton] = []
        for pos, title in enumerate(titles):
            button = QToolButton()
            button.setCheckable(True)
            button.setText(title)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            button.setAutoRaise(False)
            self.group.addButton(button, pos)
            self.buttons.append(button)
            layout.addWidget(button)
        self.buttons[0].setChecked(True)
        self.group.idToggled.connect(self._toggled)

    def _toggled(self, pos: int, checked: bool) -> None:
        if checked:
            self.currentChanged.emit(pos)

    def currentIndex(self) -> int:
        return self.group.checkedId()

    def setCurrentIndex(self, pos: int) -> None:
        self.buttons[pos].setChecked(True)

    def count(self) -> int:
        return len(self.buttons)

    def tabText(self, pos: int) -> str:
        return self.buttons[pos].text()

    def setTabText(self, pos: int, text: str) -> None:
        self.buttons[pos].setText(text)

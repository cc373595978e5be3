"""What a list shows when there is nothing in it yet: a sentence saying why, and the actions
that fill it (import a file, type a first invoice, open the demo), as buttons."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.title = QLabel(title)
        self.title.setObjectName("emptyTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.text = QLabel(text)
        self.text.setObjectName("emptyText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setWordWrap(True)
        self.text.setMinimumWidth(420)
        self.text.setMaximumWidth(640)
        text_row = QHBoxLayout()
        text_row.addStretch(1)
        text_row.addWidget(self.text)
        text_row.addStretch(1)
        layout.addLayout(text_row)
        self.button_row = QHBoxLayout()
        self.button_row.addStretch(1)
        self.button_row.addStretch(1)
        layout.addLayout(self.button_row)
        layout.addStretch(2)
        self.buttons: list[QPushButton] = []

    def set_text(self, title: str, text: str) -> None:
        self.title.setText(title)
        self.text.setText(text)

    def set_actions(self, actions: Iterable[QAction]) -> None:
        """One button per action, with its text (its menu mnemonic left to the menu); enabled
        as the action is. Called once, when the window's actions exist."""
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []
        for action in actions:
            button = QPushButton(action.text().replace("&&", "\0").replace("&", "")
                                 .replace("\0", "&&"))
            button.setEnabled(action.isEnabled())
            button.clicked.connect(action.trigger)
            action.changed.connect(
                lambda b=button, a=action: b.setEnabled(a.isEnabled()))
            self.button_row.insertWidget(self.button_row.count() - 1, button)
            self.buttons.append(button)

    def show_actions(self, shown: bool) -> None:
        for button in self.buttons:
            button.setVisible(shown)


def no_invoice_text() -> tuple[str, str]:
    """Title and sentence of a list empty because the company has no open invoice."""
    from PySide6.QtCore import QCoreApplication

    return (QCoreApplication.translate("EmptyState", "Aucune facture ouverte"),
            QCoreApplication.translate(
                "EmptyState", "Importez les factures de votre logiciel de facturation ou de "
                "comptabilité, saisissez une première facture, ou découvrez Relance avec la "
                "société de démonstration (vos données n'y sont pas mêlées)."))

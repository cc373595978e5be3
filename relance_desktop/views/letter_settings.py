"""What every letter of the company carries: logo, signature, and where the address goes."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from relance_desktop.services import company as company_service
from relance_desktop.services.session import CompanySession
from relance_desktop.views import style
from relance_desktop.views.common import Session
from relance_desktop.views.dialogs import FormDialog


class LetterSettingsDialog(FormDialog):
    def __init__(self, session: Session, cf: CompanySession, parent: QWidget | None) -> None:
        super().__init__(session, parent)
        self.cf = cf
        self.setWindowTitle(self.tr("Réglages des courriers"))
        self.logo, signature, window = company_service.letter_settings(cf)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        logo_row = QHBoxLayout()
        self.logo_view = QLabel()
        self.logo_view.setMinimumSize(160, 60)
        logo_row.addWidget(self.logo_view)
        choose = QPushButton(self.tr("&Choisir une image…"))
        choose.clicked.connect(self.choose_logo)
        logo_row.addWidget(choose)
        remove = QPushButton(self.tr("&Retirer"))
        remove.clicked.connect(self.remove_logo)
        logo_row.addWidget(remove)
        form.addRow(self.tr("Logo (PNG ou JPEG)"), logo_row)
        self.signature = QPlainTextEdit(signature)
        self.signature.setTabChangesFocus(True)
        self.signature.setPlaceholderText(self.tr("ex. Claire Martin\nGérante"))
        self.signature.setMaximumHeight(80)
        form.addRow(self.tr("&Signature"), self.signature)
        self.window = QComboBox()
        self.window.addItem(self.tr("à droite (enveloppe DL à fenêtre à droite)"), "right")
        self.window.addItem(self.tr("à gauche (enveloppe à fenêtre à gauche)"), "left")
        self.window.setCurrentIndex(max(0, self.window.findData(window)))
        form.addRow(self.tr("&Adresse du destinataire"), self.window)
        self.registered = QCheckBox(self.tr(
            "« Lettre recommandée avec avis de réception » sur les mises en demeure"))
        self.registered.setChecked(company_service.registered_mail(cf.company))
        form.addRow("", self.registered)
        layout.addLayout(form)
        error = QLabel()
        error.setWordWrap(True)
        style.status_text(error, style.Status.STOP)
        layout.addWidget(error)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel)
        layout.addWidget(box)
        self._wire(SimpleNamespace(errorLabel=error, buttonBox=box))
        self.fields = {"signature": self.signature, "window": self.window}
        self._show_logo()

    def _show_logo(self) -> None:
        if self.logo:
            pixmap = QPixmap()
            pixmap.loadFromData(self.logo)
            self.logo_view.setPixmap(pixmap.scaledToHeight(56))
        else:
            self.logo_view.setText(self.tr("(aucun)"))

    def choose_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Logo"), str(Path.home()),
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if name:
            self.logo = Path(name).read_bytes()
            self.logo_view.clear()
            self._show_logo()

    def remove_logo(self) -> None:
        self.logo = None
        self.logo_view.clear()
        self._show_logo()

    def save(self) -> None:
        company_service.save_letter_settings(
            self.cf, logo=self.logo, signature=self.signature.toPlainText(),
            window=str(self.window.currentData()), registered_mail=self.registered.isChecked())

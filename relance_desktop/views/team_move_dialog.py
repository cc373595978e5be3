"""File › « Déplacer une société… »: copy a company file to a team server, or a server company
to a new file, then say whether every count and every balance came out identical."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from relance_desktop.errors import UserFacingError
from relance_desktop.services import team_connect, team_move
from relance_desktop.services.team_connect import ServerParams, sslmode_for
from relance_desktop.views.common import Session
from relance_desktop.views.plain import plain

log = logging.getLogger(__name__)

TO_SERVER, TO_FILE = 0, 1


class TeamMoveDialog(QDialog):
    def __init__(self, parent: QWidget | None, session: Session,
                 company_file: Path | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.report: team_move.MoveReport | None = None
        self.setObjectName("TeamMoveDialog")
        self.setWindowTitle(self.tr("Déplacer une société"))
        self.direction = QComboBox(self)
        self.direction.addItem(self.tr("D'un fichier vers un serveur d'équipe"))
        self.direction.addItem(self.tr("D'un serveur d'équipe vers un nouveau fichier"))
        self.file = QLineEdit(str(company_file) if company_file else "", self)
        self.browse = QPushButton(self.tr("&Parcourir…"), self)
        self.browse.clicked.connect(self._browse)
        self.host = QLineEdit(self)
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit(self)
        self.user = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.outcome = QLabel(self)
        self.outcome.setObjectName("outcome")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.tr("&Sens :"), self.direction)
        file_label = QLabel(self.tr("&Fichier de société :"), self)
        file_label.setBuddy(self.file)
        form.addRow(file_label, file_row)
        form.addRow(self.tr("&Serveur :"), self.host)
        form.addRow(self.tr("P&ort :"), self.port)
        form.addRow(self.tr("&Base de données (vide) :"), self.database)
        form.addRow(self.tr("&Utilisateur :"), self.user)
        form.addRow(self.tr("&Mot de passe :"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        self.copy_button = buttons.addButton(self.tr("&Copier et vérifier"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.run)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.outcome)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def params(self) -> ServerParams:
        host = self.host.text().strip()
        return ServerParams(host, self.port.value(), self.database.text().strip(),
                            self.user.text().strip(), sslmode_for(host))

    def _browse(self) -> None:
        if self.direction.currentIndex() == TO_SERVER:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Fichier de société"), "",
                                                  self.tr("Sociétés Relance (*.relance)"))
        else:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Nouveau fichier de société"),
                                                  "", self.tr("Sociétés Relance (*.relance)"))
        if name:
            self.file.setText(name)

    def run(self) -> None:
        params, path = self.params(), Path(self.file.text().strip())
        if not (self.file.text().strip() and params.host and params.database and params.user):
            self.outcome.setText(self.tr("Indiquez le fichier, le serveur, la base de données et "
                                         "l'utilisateur."))
            return
        if self.direction.currentIndex() == TO_FILE and path.suffix != ".relance":
            path = path.with_name(path.name + ".relance")
        password = self.password.text() or None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if self.direction.currentIndex() == TO_SERVER:
                report = team_move.file_to_server(path, params, password)
            else:
                report = team_move.server_to_file(params, password, path)
        except UserFacingError as exc:
            self.outcome.setText(plain(self.session.message(exc)))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        if password:
            try:
                team_connect.remember_password(params, password)
            except UserFacingError as exc:
                log.info("server password not kept: %s", type(exc).__name__)
        self.report = report
        self.outcome.setText(self.tr(
            "Copie vérifiée : {rows} lignes dans {tables} tables (clients : {customers} ; "
            "factures et avoirs : {documents}). Chaque nombre et chaque solde est identique à "
            "l'original ; total dû : {owed}.").format(
            rows=report.rows, tables=sum(1 for n in report.counts.values() if n),
            customers=report.counts.get("customer", 0), documents=report.documents,
            owed=self.session.formatter.money(report.owed_cents)))

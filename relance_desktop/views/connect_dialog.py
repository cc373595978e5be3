"""File › « Se connecter à un serveur d'équipe… »: where the team's company lives, who connects.

TLS is required unless the server is on this computer. The password is typed here and, when the
user asks, kept in the system keyring (never in the settings, never in the logs); recent servers
(host, port, database, user) are listed with the recent files.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from relance_desktop.errors import UserFacingError
from relance_desktop.services import team_connect
from relance_desktop.services.session import CompanySession
from relance_desktop.services.team_connect import ServerParams, is_local, sslmode_for
from relance_desktop.views import style
from relance_desktop.views.common import Session
from relance_desktop.views.plain import plain

log = logging.getLogger(__name__)

DEFAULT_PORT = 5432


class ConnectDialog(QDialog):
    """Asks for a server and a login, connects, and keeps the opened session in ``cf``."""

    def __init__(self, parent: QWidget | None, session: Session,
                 params: ServerParams | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.cf: CompanySession | None = None
        self.setWindowTitle(self.tr("Se connecter à un serveur d'équipe"))
        self.setObjectName("ConnectDialog")
        self.host = QLineEdit(self)
        self.host.setObjectName("host")
        self.port = QSpinBox(self)
        self.port.setObjectName("port")
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit(self)
        self.database.setObjectName("database")
        self.user = QLineEdit(self)
        self.user.setObjectName("user")
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Garder le mot de passe dans le trousseau du système"),
                                  self)
        self.remember.setObjectName("remember")
        self.remember.setChecked(True)
        self.verify = QCheckBox(self.tr("Vérifier le certificat du serveur"), self)
        self.verify.setObjectName("verify")
        # The authority (CA) that signed the server's certificate: a file its administrator
        # gives (a server that is not on this computer is always verified against it).
        self.ca_file = QLineEdit(self)
        self.ca_file.setObjectName("ca_file")
        self.ca_file.setPlaceholderText(self.tr("fichier .crt ou .pem donné par l'administrateur"))
        browse = QPushButton(self.tr("&Parcourir…"), self)
        browse.setObjectName("browse_ca")
        browse.clicked.connect(self._browse_ca)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(browse)
        self.tls_note = QLabel(self)
        self.tls_note.setObjectName("tls_note")
        self.tls_note.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        style.status_text(self.problem, style.Status.STOP)
        self.problem.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Serveur :"), self.host)
        form.addRow(self.tr("&Port :"), self.port)
        form.addRow(self.tr("&Base de données :"), self.database)
        form.addRow(self.tr("&Utilisateur :"), self.user)
        form.addRow(self.tr("&Mot de passe :"), self.password)
        form.addRow("", self.remember)
        form.addRow("", self.verify)
        form.addRow(self.tr("&Certificat de l'autorité (CA) :"), ca_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Se &connecter"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self.connect_to_server)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.tls_note)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.host.textChanged.connect(self._show_tls)
        self.verify.toggled.connect(self._show_tls)
        if params is not None:
            self.host.setText(params.host)
            self.port.setValue(params.port)
            self.database.setText(params.database)
            self.user.setText(params.user)
            self.verify.setChecked(params.sslmode == "verify-full")
            self.ca_file.setText(params.ca_file)
            self.hostaddr = params.hostaddr
            self.password.setText(team_connect.saved_password(params) or "")
        self._show_tls()

    hostaddr = ""  # kept from a recent server's entry
    _forced_verify = False  # the box was ticked because the server is distant

    def params(self) -> ServerParams:
        host = self.host.text().strip()
        return ServerParams(host, self.port.value(), self.database.text().strip(),
                            self.user.text().strip(), sslmode_for(host, self.verify.isChecked()),
                            self.ca_file.text().strip(), self.hostaddr)

    def _browse_ca(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Certificat de l'autorité (CA)"), "",
            self.tr("Certificats (*.crt *.pem *.cer);;Tous les fichiers (*)"))
        if name:
            self.ca_file.setText(name)

    def _show_tls(self) -> None:
        host = self.host.text().strip()
        distant = bool(host) and not is_local(host)
        if distant != self._forced_verify:  # a distant server is always verified
            self._forced_verify = distant
            self.verify.blockSignals(True)
            self.verify.setChecked(distant)
            self.verify.blockSignals(False)
        self.verify.setEnabled(not distant)
        if distant:
            text = self.tr("Connexion chiffrée (TLS) obligatoire, certificat vérifié : le "
                           "serveur doit présenter un certificat à son nom, signé par "
                           "l'autorité indiquée.")
        elif self.verify.isChecked():
            text = self.tr("Connexion chiffrée (TLS) ; le certificat et le nom du serveur sont "
                           "vérifiés.")
        elif not host or not is_local(host):
            text = self.tr("Connexion chiffrée (TLS) obligatoire : un serveur qui n'accepte pas "
                           "TLS est refusé.")
        else:
            text = self.tr("Serveur sur cet ordinateur : le chiffrement n'est pas exigé.")
        self.tls_note.setText(text)

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def connect_to_server(self) -> None:
        params = self.params()
        missing = [label for label, value in (
            (self.tr("le serveur"), params.host), (self.tr("la base de données"), params.database),
            (self.tr("l'utilisateur"), params.user)) if not value]
        if missing:
            self._say(self.tr("Indiquez {what}.").format(what=", ".join(missing)))
            return
        password = self.password.text() or None
        try:
            cf = team_connect.open_team_company(
                params, password, str(self.session.settings.get("user_name") or ""))
        except UserFacingError as exc:
            self._say(plain(self.session.message(exc)))
            return
        if self.remember.isChecked() and password:
            try:
                team_connect.remember_password(params, password)
            except UserFacingError as exc:  # connected anyway; asked again next time
                log.info("server password not kept: %s", type(exc).__name__)
        team_connect.add_recent_server(self.session.settings, params)
        self.cf = cf
        self.accept()


def ask_and_connect(parent: QWidget | None, session: Session,
                    params: ServerParams | None = None) -> CompanySession | None:
    """Show the dialog; the session opened on the server, or None when the user gave up."""
    dialog = ConnectDialog(parent, session, params)
    dialog.exec()
    return dialog.cf


def connect_window(window: Any, params: Any = None) -> bool:
    """Ask, connect, and show the server's company in the main window instead of what was open
    (the same steps as opening a file, without what only a file needs: lock, settle, backups)."""
    cf = ask_and_connect(window, window.session, params)
    if cf is None:
        return False
    from relance_desktop.views.changes import ChangeBridge

    window._close_current()
    window.cf = cf
    window.refresh_follow_ups()
    window._fill_search_keys()
    window.changes = ChangeBridge(cf, window)
    window.changes.changed.connect(window._changed)
    window._show_company()
    return True


def fill_recent_servers(menu: QMenu, session: Session, connect: Any) -> None:
    """Add the recent servers to the « recent » menu; ``connect(params)`` opens one."""
    servers = team_connect.recent_servers(session.settings)
    if not servers:
        return
    menu.addSeparator()
    for params in servers:
        text = QCoreApplication.translate("ConnectDialog", "Serveur {label}")
        action = menu.addAction(text.format(label=params.label))
        action.triggered.connect(lambda _=False, p=params: connect(p))


def show_server(window: QMainWindow, cf: CompanySession | None) -> str | None:
    """Name the server and the user in the status bar; the title's « where » (None: a file)."""
    label = window.findChild(QLabel, "server_status")
    params = team_connect.server_of(cf)
    if label is None:
        if params is None:
            return None
        label = QLabel(window)
        label.setObjectName("server_status")
        window.statusBar().addPermanentWidget(label)
    label.setVisible(params is not None)
    if params is None:
        return None
    where = f"{params.host}:{params.port}/{params.database}"
    label.setText(QCoreApplication.translate(
        "ConnectDialog", "Serveur {server} — utilisateur {user}").format(
        server=where, user=params.user))
    text = QCoreApplication.translate("ConnectDialog", "{user} sur {server}")
    return text.format(user=params.user, server=where)

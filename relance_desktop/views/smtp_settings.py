"""« Paramètres d'envoi » : the SMTP server, the sender, and the password kept in the keyring.

The password typed here goes to the OS keyring only (:mod:`relance_desktop.secrets`), never to the
settings file; the field is never filled back with a stored password.
"""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from relance_desktop import secrets
from relance_desktop.errors import UserFacingError, ValidationError
from relance_desktop.services import mailer
from relance_desktop.views import style
from relance_desktop.views.common import Session
from relance_desktop.views.dialogs import FormDialog
from relance_desktop.views.jobs import in_background
from relance_desktop.views.plain import plain_labels


class SmtpSettingsDialog(FormDialog):
    def __init__(self, session: Session, parent: QWidget | None) -> None:
        super().__init__(session, parent)
        self.testing = False  # a connection test is waiting for the server
        self.setWindowTitle(self.tr("Paramètres d'envoi des e-mails"))
        self.setMinimumWidth(480)
        current = mailer.smtp_settings(session.settings)

        self.host = QLineEdit(current.host)
        self.host.setPlaceholderText(self.tr("smtp.example.fr"))
        self.security = QComboBox()
        for code, text in (("ssl", self.tr("SSL (port 465)")),
                           ("starttls", self.tr("STARTTLS (port 587)")),
                           ("none", self.tr("Aucune (déconseillé)"))):
            self.security.addItem(text, code)
        self.security.setCurrentIndex(max(self.security.findData(current.security), 0))
        self._security = current.security
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(current.port)
        self.user = QLineEdit(current.user)
        self.user.setPlaceholderText(self.tr("souvent votre adresse e-mail"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_state = QLabel()
        self.password_state.setWordWrap(True)
        self.forget_button = QPushButton(self.tr("Oublier le mot de passe"))
        self.sender_address = QLineEdit(current.sender)
        self.sender_address.setPlaceholderText(self.tr("relances@votre-societe.fr"))
        self.sender_name = QLineEdit(current.sender_name)
        self.test_button = QPushButton(self.tr("Tester la connexion"))
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        error = QLabel()
        error.setWordWrap(True)
        style.status_text(error, style.Status.STOP)
        error.hide()
        self._ui = SimpleNamespace(errorLabel=error)

        form = QFormLayout()
        form.addRow(self.tr("Serveur d'envoi (SMTP) :"), self.host)
        form.addRow(self.tr("Sécurité :"), self.security)
        form.addRow(self.tr("Port :"), self.port)
        form.addRow(self.tr("Identifiant :"), self.user)
        form.addRow(self.tr("Mot de passe :"), self.password)
        password_row = QHBoxLayout()
        password_row.addWidget(self.password_state, 1)
        password_row.addWidget(self.forget_button)
        form.addRow("", password_row)
        form.addRow(self.tr("Adresse de l'expéditeur :"), self.sender_address)
        form.addRow(self.tr("Nom de l'expéditeur :"), self.sender_name)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Enregistrer"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(test_row)
        layout.addWidget(error)
        layout.addWidget(buttons)
        self.fields = {"host": self.host, "port": self.port, "security": self.security,
                       "user": self.user, "sender": self.sender_address, "password": self.password}

        self.security.currentIndexChanged.connect(self._security_changed)
        self.test_button.clicked.connect(self.test_connection)
        self.forget_button.clicked.connect(self.forget_password)
        self.host.textChanged.connect(self._refresh_password_state)
        self.user.textChanged.connect(self._refresh_password_state)
        self._keyring = secrets.keyring_available()
        self._refresh_password_state()
        plain_labels(self)  # the server's name and its answers are shown as written

    def values(self) -> mailer.SmtpSettings:
        return mailer.SmtpSettings(
            host=self.host.text().strip(), port=self.port.value(),
            security=str(self.security.currentData()), user=self.user.text().strip(),
            sender=self.sender_address.text().strip(), sender_name=self.sender_name.text().strip())

    def _security_changed(self) -> None:
        """Follow the usual port of the mode, unless the user typed another one."""
        new = str(self.security.currentData())
        if self.port.value() == mailer.DEFAULT_PORTS.get(self._security):
            self.port.setValue(mailer.DEFAULT_PORTS[new])
        self._security = new

    def _stored_password(self) -> str | None:
        values = self.values()
        if not (self._keyring and values.user and values.host):
            return None
        try:
            return secrets.get_password(values.account)
        except secrets.SecretsError:
            return None

    def _refresh_password_state(self) -> None:
        if not self._keyring:
            self.password_state.setText(self.tr(
                "Aucun trousseau de mots de passe n'est disponible sur cet ordinateur : le mot "
                "de passe sera demandé à chaque envoi (il n'est jamais enregistré en clair)."))
            self.password.setEnabled(False)
            self.password.setPlaceholderText(self.tr("demandé à chaque envoi"))
            self.forget_button.hide()
            return
        stored = self._stored_password() is not None
        self.password_state.setText(
            self.tr("Mot de passe enregistré dans le trousseau.") if stored
            else self.tr("Aucun mot de passe enregistré : tapez-le pour le garder dans le "
                         "trousseau du système."))
        self.password.setPlaceholderText(
            self.tr("laisser vide pour garder celui du trousseau") if stored else "")
        self.forget_button.setVisible(stored)

    def password_stored(self) -> bool:
        return self._stored_password() is not None

    def forget_password(self) -> None:
        try:
            secrets.delete_password(self.values().account)
        except UserFacingError as exc:
            self.show_error(exc)
        self._refresh_password_state()

    def test_connection(self) -> None:
        """Connect, secure and log in with what is typed (or the kept password), on a worker
        thread; the result is shown when the server answered."""
        self._ui.errorLabel.hide()
        values = self.values()
        password = self.password.text() or self._stored_password()
        try:
            mailer.check_settings(values)
        except UserFacingError as exc:
            self._test_failed(exc)
            return
        self.testing = True
        in_background(lambda: mailer.check_connection(values, password), owner=self, busy=self,
                      on_done=lambda _none: self._test_passed(values),
                      on_failed=self._test_failed)

    def _test_passed(self, values: mailer.SmtpSettings) -> None:
        self.testing = False
        self.test_result.setText(self.tr("Connexion réussie à {server}.").format(
            server=values.server))
        style.status_text(self.test_result, style.Status.OK)

    def _test_failed(self, exc: BaseException) -> None:
        self.testing = False
        if not isinstance(exc, UserFacingError):
            raise exc
        self.test_result.setText(self.session.message(exc))
        style.status_text(self.test_result, style.Status.STOP)
        field = getattr(exc, "field", None)
        if field in self.fields:
            self.fields[field].setFocus()

    def save(self) -> None:
        values = self.values()
        mailer.save_smtp_settings(self.session.settings, values)
        typed = self.password.text()
        if typed and self._keyring:
            if not values.user:
                raise ValidationError("user", self.tr(
                    "Indiquez l'identifiant qui va avec ce mot de passe."))
            secrets.set_password(values.account, typed)  # errors keep the dialog open
            self.password.clear()
            self._refresh_password_state()

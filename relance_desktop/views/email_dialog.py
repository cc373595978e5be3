"""Compose an e-mail from a document, then send it, keep it as a draft or open it in the mail
program.

Sending reads the password from the keyring; when none is kept (or no keyring exists) it is asked
for, and kept in the keyring only after the server accepted it, if the user ticked the box. A
failure shows the precise message and keeps the e-mail as an ``.eml`` draft in the user's data
folder; a success is recorded in the customer's history. The server is talked to on a worker
thread: the dialog stays drawn (disabled) meanwhile and closes once the e-mail is sent.
"""

from __future__ import annotations

import logging
import tempfile
from email.message import EmailMessage
from pathlib import Path
from types import SimpleNamespace

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from relance_desktop import secrets
from relance_desktop.errors import UserFacingError, ValidationError
from relance_desktop.services import mailer
from relance_desktop.services.session import CompanySession
from relance_desktop.services.storage import storage_error
from relance_desktop.views import style
from relance_desktop.views.common import Session
from relance_desktop.views.dialogs import FormDialog
from relance_desktop.views.jobs import in_background
from relance_desktop.views.plain import plain, plain_labels
from relance_desktop.views.smtp_settings import SmtpSettingsDialog

log = logging.getLogger(__name__)


class PasswordDialog(QDialog):
    """Asks for the SMTP password; « Mémoriser » only when a safe keyring exists."""

    def __init__(self, parent: QWidget | None, server: str, user: str, *, can_remember: bool,
                 note: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mot de passe d'envoi"))
        layout = QVBoxLayout(self)
        if note:
            note_label = QLabel(note)
            note_label.setWordWrap(True)
            layout.addWidget(note_label)
        layout.addWidget(QLabel(self.tr("Mot de passe de « {user} » sur {server} :").format(
            user=user, server=server)))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addWidget(self.password)
        self.remember = QCheckBox(self.tr("Mémoriser dans le trousseau"))
        self.remember.setChecked(can_remember)
        self.remember.setVisible(can_remember)
        self.remember.setEnabled(can_remember)
        layout.addWidget(self.remember)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Envoyer"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        plain_labels(self)  # the server and login are typed text


class EmailDialog(FormDialog):
    def __init__(self, session: Session, cf: CompanySession, parent: QWidget | None, *,
                 customer_id: int, outgoing: mailer.Outgoing, document_id: int | None = None,
                 user_id: int | None = None) -> None:
        super().__init__(session, parent)
        self.cf, self.customer_id, self.document_id = cf, customer_id, document_id
        self.user_id = user_id
        self.attachments = list(outgoing.attachments)
        self.interaction_id: int | None = None  # set once sent and recorded
        self.draft_path: Path | None = None  # the last draft kept after a failure
        self._ask_password = False  # after a refused password: ask again, not the keyring
        self.sending = False  # an e-mail is on its way to the server
        self.setWindowTitle(self.tr("Envoyer par e-mail"))
        self.resize(640, 560)

        self.sender_label = QLabel()
        self.sender_label.setWordWrap(True)
        self.settings_button = QPushButton(self.tr("Paramètres d'envoi…"))
        self.to = QLineEdit(", ".join(outgoing.to))
        self.cc = QLineEdit(", ".join(outgoing.cc))
        self.subject = QLineEdit(outgoing.subject)
        self.body = QPlainTextEdit(outgoing.body)
        self.attachment_list = QListWidget()
        self.attachment_list.setMaximumHeight(80)
        for name, data, _mime in self.attachments:
            QListWidgetItem(self.tr("{name} ({size})").format(
                name=name, size=self._size(len(data))), self.attachment_list)
        self.attachment_list.setToolTip(self.tr("Double-cliquez pour ouvrir la pièce jointe."))
        error = QLabel()
        error.setWordWrap(True)
        style.status_text(error, style.Status.STOP)
        error.hide()
        self._ui = SimpleNamespace(errorLabel=error)

        self.buttons = QDialogButtonBox()
        self.send_button = self.buttons.addButton(self.tr("&Envoyer"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.draft_button = self.buttons.addButton(self.tr("Enregistrer le brouillon (.eml)…"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
        self.mail_app_button = self.buttons.addButton(self.tr("Ouvrir dans la messagerie"),
                                                      QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button = self.buttons.addButton(self.tr("Annuler"),
                                                    QDialogButtonBox.ButtonRole.RejectRole)
        self.send_button.setDefault(True)

        top = QHBoxLayout()
        top.addWidget(self.sender_label, 1)
        top.addWidget(self.settings_button)
        form = QFormLayout()
        form.addRow(self.tr("À :"), self.to)
        form.addRow(self.tr("Cc :"), self.cc)
        form.addRow(self.tr("Objet :"), self.subject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        layout.addWidget(QLabel(self.tr("Pièces jointes :")))
        layout.addWidget(self.attachment_list)
        layout.addWidget(error)
        layout.addWidget(self.buttons)
        self.fields = {"to": self.to, "cc": self.cc, "subject": self.subject,
                       "attachments": self.attachment_list}

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.draft_button.clicked.connect(self.save_draft_as)
        self.mail_app_button.clicked.connect(self.open_in_mail_program)
        self.settings_button.clicked.connect(self.edit_settings)
        self.attachment_list.itemDoubleClicked.connect(self._open_attachment)
        plain_labels(self)  # names, addresses and servers are shown as written
        self._show_sender()
        if not outgoing.to:
            self.to.setFocus()

    # --- what is shown ---

    def _size(self, size: int) -> str:
        if size < 1024:
            return self.tr("{n} octets").format(n=size)
        if size < 1024 * 1024:
            return self.tr("{n} Ko").format(n=(size + 1023) // 1024)
        return self.tr("{n} Mo").format(
            n=self.session.formatter.number(size * 100 // (1024 * 1024)))

    def smtp(self) -> mailer.SmtpSettings:
        return mailer.smtp_settings(self.session.settings)

    def _show_sender(self) -> None:
        smtp = self.smtp()
        if smtp.host and smtp.sender:
            sender = f"{smtp.sender_name} <{smtp.sender}>" if smtp.sender_name else smtp.sender
            self.sender_label.setText(self.tr("De : {sender}, par {server}").format(
                sender=sender, server=smtp.server))
        else:
            self.sender_label.setText(self.tr(
                "L'envoi n'est pas encore réglé : indiquez votre serveur d'envoi dans les "
                "paramètres, ou ouvrez l'e-mail dans votre messagerie."))

    def edit_settings(self) -> None:
        dialog = SmtpSettingsDialog(self.session, self)
        dialog.exec()
        self._show_sender()

    def outgoing(self) -> mailer.Outgoing:
        return mailer.Outgoing(
            to=mailer.split_addresses(self.to.text()), cc=mailer.split_addresses(self.cc.text()),
            subject=self.subject.text(), body=self.body.toPlainText(),
            attachments=list(self.attachments))

    def message(self) -> EmailMessage:
        return mailer.build_message(self.outgoing(), self.smtp(), at=self.session.now())

    # --- sending ---

    def accept(self) -> None:
        """« Envoyer »: the dialog closes once the e-mail is sent and recorded."""
        self.send()

    def reject(self) -> None:
        if not self.sending:  # the server has the e-mail: wait for its answer
            super().reject()

    def ask_password(self, smtp: mailer.SmtpSettings, *, can_remember: bool,
                     note: str = "") -> tuple[str, bool] | None:
        """(password, remember), or None when the user cancels."""
        dialog = PasswordDialog(self, smtp.server, smtp.user, can_remember=can_remember,
                                note=note)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.password.text(), can_remember and dialog.remember.isChecked()

    def _password(self, smtp: mailer.SmtpSettings) -> tuple[str | None, bool] | None:
        """(password, remember it); None when the user cancelled."""
        if not smtp.user:
            return None, False
        note = ""
        available = secrets.keyring_available()
        if available and not self._ask_password:
            try:
                kept = secrets.get_password(smtp.account)
            except secrets.SecretsError as exc:
                note = self.session.message(exc)
                available = not isinstance(exc, secrets.KeyringUnavailableError)
            else:
                if kept is not None:
                    return kept, False
        elif not available:
            note = self.session.message(secrets.KeyringUnavailableError(
                secrets.NO_KEYRING, context=secrets.CTX))
        asked = self.ask_password(smtp, can_remember=available, note=note)
        if asked is None:
            return None
        return asked

    def send(self) -> bool:
        """Hand the e-mail to the SMTP server (on a worker thread); True once it is on its way.
        The dialog closes when the server accepted it and it is recorded; on a failure it stays
        open with the reason, and the e-mail is kept as a draft."""
        if self.sending:
            return False
        self._ui.errorLabel.hide()
        smtp = self.smtp()
        try:
            outgoing = self.outgoing()
            mailer.check_outgoing(outgoing)
            try:
                mailer.check_settings(smtp)
            except ValidationError as exc:
                raise UserFacingError(self.tr(
                    "L'envoi n'est pas réglé : {problem} Ouvrez « Paramètres d'envoi… », ou "
                    "utilisez « Ouvrir dans la messagerie »."),
                    problem=self.session.message(exc)) from None
        except UserFacingError as exc:
            self.show_error(exc)
            return False
        got = self._password(smtp)
        if got is None:
            return False
        password, remember = got
        message = mailer.build_message(outgoing, smtp, at=self.session.now())
        self.sending = True
        in_background(  # the window keeps answering while the server is slow (timeout 20 s)
            lambda: mailer.send(message, smtp, password), owner=self, busy=self,
            on_done=lambda refused: self._sent(message, smtp, password, remember, refused),
            on_failed=lambda exc: self._not_sent(exc, message))
        return True

    def _sent(self, message: EmailMessage, smtp: mailer.SmtpSettings, password: str | None,
              remember: bool, refused: list[str]) -> None:
        self.sending = False
        if remember:
            self._remember(smtp, password)
        self._ask_password = False
        self._record(message)
        if self.draft_path is not None:  # sent after all: the draft kept on failure is stale
            self.draft_path.unlink(missing_ok=True)
            self.draft_path = None
        if refused:
            QMessageBox.warning(self, self.tr("E-mail envoyé en partie"), plain(self.tr(
                "L'e-mail est parti, mais le serveur a refusé : {addresses}. Vérifiez ces "
                "adresses.").format(addresses=", ".join(refused))))
        QDialog.accept(self)

    def _not_sent(self, exc: BaseException, message: EmailMessage) -> None:
        self.sending = False
        if not isinstance(exc, UserFacingError):
            raise exc  # a bug: the crash dialog
        if isinstance(exc, mailer.MailAuthError):
            self._ask_password = True
        self._failed(exc, message)

    def _record(self, message: EmailMessage) -> None:
        """Note the e-mail in the history; the e-mail is gone already, so a file problem is only
        reported."""
        try:
            self.interaction_id = mailer.record_sent(
                self.cf, self.customer_id, message, document_id=self.document_id,
                user_id=self.user_id, at=self.session.now())
        except Exception as error:
            mapped = storage_error(error, self.cf.where)
            if mapped is None:
                raise
            QMessageBox.warning(self, self.tr("E-mail envoyé"), plain(self.tr(
                "L'e-mail est parti, mais il n'a pas pu être noté dans l'historique : {reason}"
            ).format(reason=self.session.message(mapped))))

    def _remember(self, smtp: mailer.SmtpSettings, password: str | None) -> None:
        if not password:
            return
        try:
            secrets.set_password(smtp.account, password)
        except UserFacingError as exc:
            QMessageBox.information(self, self.tr("Trousseau"), plain(self.session.message(exc)))

    def _failed(self, exc: UserFacingError, message: EmailMessage) -> None:
        """Show why, and keep the e-mail as a draft in the data folder."""
        text = self.session.message(exc)
        try:
            self.draft_path = mailer.save_eml(message, mailer.drafts_dir(),
                                              at=self.session.now())
        except OSError as error:
            log.warning("could not keep the draft: %s", error)
            kept = self.tr("Le brouillon n'a pas pu être enregistré ({reason}) : gardez cette "
                           "fenêtre ouverte pour réessayer.").format(
                reason=error.strerror or str(error))
        else:
            kept = self.tr("L'e-mail est gardé en brouillon : {path}").format(
                path=str(self.draft_path))
        self._ui.errorLabel.setText(f"{text}\n{kept}")
        self._ui.errorLabel.show()
        QMessageBox.warning(self, self.tr("E-mail non envoyé"), plain(f"{text}\n\n{kept}"))

    # --- drafts and the mail program ---

    def save_draft_as(self) -> Path | None:
        default = mailer.drafts_dir() / f"{self.subject.text().strip() or 'e-mail'}.eml"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Enregistrer le brouillon"), str(default),
            self.tr("E-mail (*.eml)"))
        if not name:
            return None
        target = Path(name)
        if target.suffix.lower() != ".eml":
            target = target.with_name(target.name + ".eml")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(mailer.eml_bytes(self.message()))
        except OSError as error:
            QMessageBox.warning(self, self.tr("Brouillon"), plain(self.tr(
                "Impossible d'écrire « {path} » : {reason}").format(
                path=str(target), reason=error.strerror or str(error))))
            return None
        return target

    def open_in_mail_program(self) -> Path | None:
        """Write the draft (X-Unsent) and hand it to the default mail program."""
        try:
            path = mailer.save_eml(self.message(), mailer.drafts_dir(), at=self.session.now())
        except OSError as error:
            QMessageBox.warning(self, self.tr("Brouillon"), self.tr(
                "Impossible d'enregistrer le brouillon : {reason}").format(
                reason=error.strerror or str(error)))
            return None
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.information(self, self.tr("Messagerie"), plain(self.tr(
                "Aucune messagerie ne s'est ouverte. Le brouillon est enregistré ici : {path}"
            ).format(path=str(path))))
        return path

    def _open_attachment(self, item: QListWidgetItem) -> None:
        name, data, _mime = self.attachments[self.attachment_list.row(item)]
        try:
            folder = Path(tempfile.mkdtemp(prefix="relance-"))
            path = folder / Path(name).name
            path.write_bytes(data)
        except OSError as error:
            QMessageBox.warning(self, self.tr("Pièce jointe"), self.tr(
                "Impossible d'ouvrir la pièce jointe : {reason}").format(
                reason=error.strerror or str(error)))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

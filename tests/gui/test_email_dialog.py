"""The e-mail dialog and the SMTP settings, against a real SMTP server on 127.0.0.1 (aiosmtpd,
STARTTLS with a throwaway certificate the client trusts) and an in-memory keyring."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QDialog, QFileDialog

from relance_desktop import paths, secrets
from relance_desktop.services import customers as customer_service
from relance_desktop.services import mailer
from relance_desktop.store.models import Attachment, Document, Interaction
from relance_desktop.store.session import CompanySession
from relance_desktop.views import email_dialog as email_module
from relance_desktop.views.common import Session
from relance_desktop.views.email_dialog import EmailDialog, PasswordDialog
from relance_desktop.views.smtp_settings import SmtpSettingsDialog
from tests.gui.conftest import Messages
from tests.keyring_memory import MemoryKeyring, using
from tests.mail_server import (
    HOST,
    PASSWORD,
    USER,
    MailServer,
    client_context,
    free_port,
    self_signed,
    start_server,
)

PDF = b"%PDF-1.4\n% Relance GUI test\n%%EOF\n"
PDF_NAME = "Relance n° 1 — Dupré.pdf"


@pytest.fixture(scope="module")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return self_signed(tmp_path_factory.mktemp("tls"))


@pytest.fixture
def trust_test_cert(monkeypatch: pytest.MonkeyPatch, tls_files: tuple[Path, Path]) -> None:
    """The app checks certificates against the system's authorities: add the test one."""
    monkeypatch.setattr(mailer, "tls_context", lambda: client_context(tls_files[0]))


@pytest.fixture
def server(tls_files: tuple[Path, Path], trust_test_cert: None) -> Iterator[MailServer]:
    running = start_server("starttls", *tls_files)
    yield running
    running.stop()


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    with using(MemoryKeyring()) as backend:
        assert isinstance(backend, MemoryKeyring)
        yield backend


def configure(session: Session, port: int) -> mailer.SmtpSettings:
    for key, value in (("smtp_host", HOST), ("smtp_port", port), ("smtp_security", "starttls"),
                       ("smtp_user", USER), ("smtp_sender", "relances@example.fr"),
                       ("smtp_sender_name", "Test SARL")):
        session.settings.set(key, value)
    return mailer.smtp_settings(session.settings)


@pytest.fixture
def customer_id(cf: CompanySession) -> int:
    return customer_service.create_customer(cf, customer_service.CustomerInput(
        name="Dupré", email="compta@client.example"))


@pytest.fixture
def document_id(customer_id: int) -> int:
    return int(Document.create(customer=customer_id, kind="reminder-1").id)


def make_dialog(qtbot: Any, session: Session, cf: CompanySession, customer_id: int,
                document_id: int | None = None, **changes: Any) -> EmailDialog:
    values: dict[str, Any] = {
        "to": ["compta@client.example"], "subject": "Relance : facture échue",
        "body": "Bonjour,\n\nVoici la relance.",
        "attachments": [(PDF_NAME, PDF, "application/pdf")],
    }
    values.update(changes)
    dialog = EmailDialog(session, cf, None, customer_id=customer_id,
                         outgoing=mailer.Outgoing(**values), document_id=document_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def send(qtbot: Any, dialog: EmailDialog) -> None:
    """« Envoyer », then wait for the server's answer (the window keeps answering meanwhile)."""
    dialog.send_button.click()
    qtbot.waitUntil(lambda: not dialog.sending, timeout=30_000)


def check_server(qtbot: Any, dialog: SmtpSettingsDialog) -> None:
    dialog.test_button.click()
    qtbot.waitUntil(lambda: not dialog.testing, timeout=30_000)


def no_password_prompt(*args: Any, **kwargs: Any) -> None:
    raise AssertionError("the password should have come from the keyring")


def drafts() -> list[Path]:
    folder = paths.data_dir() / "drafts"
    return sorted(folder.glob("*.eml")) if folder.exists() else []


def test_compose_edit_and_send_records_it(
    qtbot: Any, session: Session, cf: CompanySession, customer_id: int, document_id: int,
    server: MailServer, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch,
    messages: Messages,
) -> None:
    smtp = configure(session, server.port)
    secrets.set_password(smtp.account, PASSWORD)
    monkeypatch.setattr(EmailDialog, "ask_password", no_password_prompt)
    dialog = make_dialog(qtbot, session, cf, customer_id, document_id)
    assert "relances@example.fr" in dialog.sender_label.text()
    assert dialog.attachment_list.count() == 1
    assert dialog.attachment_list.item(0).text().startswith(PDF_NAME)
    dialog.subject.setText("Relance : facture échue — corrigée")
    dialog.cc.setText("Direction <dirigeant@client.example>")

    send(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error_text()
    assert messages.shown == []
    assert ("Relance", smtp.account) in memory_keyring.reads
    (received,) = server.messages
    assert received["Subject"] == "Relance : facture échue — corrigée"
    assert "dirigeant@client.example" in received["Cc"]
    (part,) = list(received.iter_attachments())
    assert part.get_filename() == PDF_NAME and part.get_payload(decode=True) == PDF
    interaction = Interaction.get_by_id(dialog.interaction_id)
    assert interaction.kind == "email" and "corrigée" in interaction.notes
    document = Document.get_by_id(document_id)
    assert document.sent_via == "email" and document.interaction_id == interaction.id
    assert bytes(Attachment.get_by_id(document.file_id).data) == PDF
    assert drafts() == []


def test_the_window_answers_while_the_server_is_slow(
    qtbot: Any, session: Session, cf: CompanySession, customer_id: int, server: MailServer,
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch,
) -> None:
    smtp = configure(session, server.port)
    secrets.set_password(smtp.account, PASSWORD)
    release = threading.Event()
    real_send = mailer.send

    def slow_send(*args: Any, **kwargs: Any) -> list[str]:
        assert release.wait(10)
        return real_send(*args, **kwargs)

    monkeypatch.setattr(mailer, "send", slow_send)
    dialog = make_dialog(qtbot, session, cf, customer_id)
    dialog.send_button.click()
    # Back at once (no local event loop): the e-mail is on its way, the form is disabled.
    assert dialog.sending and not dialog.isEnabled() and server.messages == []
    dialog.reject()  # Escape, or the window's close button: the server has it, wait
    assert dialog.isVisible()
    release.set()
    qtbot.waitUntil(lambda: not dialog.sending, timeout=30_000)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error_text()
    assert dialog.isEnabled() and len(server.messages) == 1


def test_password_asked_then_remembered_after_success(
    qtbot: Any, session: Session, cf: CompanySession, customer_id: int, server: MailServer,
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch,
) -> None:
    smtp = configure(session, server.port)
    asked: list[bool] = []

    def ask(self: EmailDialog, settings: mailer.SmtpSettings, *, can_remember: bool,
            note: str = "") -> tuple[str, bool]:
        asked.append(can_remember)
        return PASSWORD, True

    monkeypatch.setattr(EmailDialog, "ask_password", ask)
    dialog = make_dialog(qtbot, session, cf, customer_id)
    send(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error_text()
    assert asked == [True]
    assert memory_keyring.passwords == {("Relance", smtp.account): PASSWORD}
    assert len(server.messages) == 1
    assert PASSWORD not in session.settings.file.read_text(encoding="utf-8")


def test_without_keyring_the_password_is_asked_each_time_and_never_kept(
    qtbot: Any, session: Session, cf: CompanySession, customer_id: int, server: MailServer,
    monkeypatch: pytest.MonkeyPatch, relance_home: Path,
) -> None:
    configure(session, server.port)
    calls: list[tuple[bool, str]] = []

    def ask(self: EmailDialog, settings: mailer.SmtpSettings, *, can_remember: bool,
            note: str = "") -> tuple[str, bool]:
        calls.append((can_remember, note))
        return PASSWORD, can_remember

    monkeypatch.setattr(EmailDialog, "ask_password", ask)
    with using(fail.Keyring()):
        for _ in range(2):
            dialog = make_dialog(qtbot, session, cf, customer_id)
            send(qtbot, dialog)
            assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error_text()
    assert len(calls) == 2 and not any(remember for remember, _note in calls)
    assert "Aucun trousseau" in calls[0][1]
    assert len(server.messages) == 2
    for path in [*relance_home.rglob("*"), session.settings.file, cf.path]:
        if path is not None and path.is_file():
            assert PASSWORD.encode() not in path.read_bytes(), path


def test_password_dialog_offers_remember_only_with_a_keyring(qtbot: Any) -> None:
    with_keyring = PasswordDialog(None, "h:587", "u", can_remember=True)
    without = PasswordDialog(None, "h:587", "u", can_remember=False, note="pas de trousseau")
    qtbot.addWidget(with_keyring)
    qtbot.addWidget(without)
    with_keyring.show()
    without.show()
    assert with_keyring.remember.isVisible() and with_keyring.remember.isChecked()
    assert not without.remember.isVisible() and not without.remember.isChecked()


def test_server_down_shows_why_and_keeps_a_draft(
    qtbot: Any, session: Session, cf: CompanySession, customer_id: int, document_id: int,
    memory_keyring: MemoryKeyring, messages: Messages,
) -> None:
    port = free_port()
    smtp = configure(session, port)
    secrets.set_password(smtp.account, PASSWORD)
    dialog = make_dialog(qtbot, session, cf, customer_id, document_id)

    send(qtbot, dialog)

    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    (draft,) = drafts()
    assert dialog.draft_path == draft
    (text,) = messages.texts
    assert f"{HOST}:{port}" in text and str(draft) in text and "brouillon" in text
    assert str(draft) in dialog.error_text()
    kept = message_from_bytes(draft.read_bytes(), policy=policy.default)
    assert kept["X-Unsent"] == "1" and kept["Subject"] == "Relance : facture échue"
    assert [p.get_payload(decode=True) for p in kept.iter_attachments()] == [PDF]
    assert Interaction.select().count() == 0
    assert Document.get_by_id(document_id).sent_via == ""
    assert PASSWORD.encode() not in draft.read_bytes()


def test_wrong_password_in_the_keyring_then_asked_again(
    qtbot: Any, session: Session, cf: CompanySession, customer_id: int, server: MailServer,
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch, messages: Messages,
) -> None:
    smtp = configure(session, server.port)
    secrets.set_password(smtp.account, "ancien-mot-de-passe")
    dialog = make_dialog(qtbot, session, cf, customer_id)
    monkeypatch.setattr(EmailDialog, "ask_password", no_password_prompt)
    send(qtbot, dialog)
    assert "a refusé l'identifiant" in messages.texts[0]
    assert "ancien-mot-de-passe" not in messages.texts[0]
    assert len(drafts()) == 1

    monkeypatch.setattr(EmailDialog, "ask_password",
                        lambda self, settings, **kw: (PASSWORD, True))
    send(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error_text()
    assert memory_keyring.passwords[("Relance", smtp.account)] == PASSWORD
    assert drafts() == []  # the draft kept on failure went once sent


def test_cancelling_the_password_sends_nothing(
    qtbot: Any, session: Session, cf: CompanySession, customer_id: int, server: MailServer,
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch,
) -> None:
    configure(session, server.port)
    monkeypatch.setattr(EmailDialog, "ask_password", lambda self, settings, **kw: None)
    dialog = make_dialog(qtbot, session, cf, customer_id)
    send(qtbot, dialog)
    assert dialog.isVisible() and server.messages == [] and drafts() == []


def test_missing_recipient_and_missing_settings_are_shown_in_the_form(
    qtbot: Any, session: Session, cf: CompanySession, customer_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(EmailDialog, "ask_password", no_password_prompt)
    dialog = make_dialog(qtbot, session, cf, customer_id, to=[])
    assert "pas encore réglé" in dialog.sender_label.text()
    send(qtbot, dialog)
    assert "au moins un destinataire" in dialog.error_text()
    assert dialog.focusWidget() is dialog.to
    dialog.to.setText("compta@client.example")
    send(qtbot, dialog)
    assert "L'envoi n'est pas réglé" in dialog.error_text()
    assert dialog.isVisible() and drafts() == []


def test_save_draft_writes_an_unsent_eml(
    qtbot: Any, session: Session, cf: CompanySession, customer_id: int, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "brouillon"), "")))
    dialog = make_dialog(qtbot, session, cf, customer_id)
    dialog.body.setPlainText("Texte modifié à la main.")
    target = dialog.save_draft_as()
    assert target == tmp_path / "brouillon.eml"
    kept = message_from_bytes(target.read_bytes(), policy=policy.default)
    assert kept["X-Unsent"] == "1" and kept["To"] == "compta@client.example"
    assert kept.get_body(("plain",)).get_content().strip() == "Texte modifié à la main."
    assert [p.get_filename() for p in kept.iter_attachments()] == [PDF_NAME]
    assert dialog.isVisible()


def test_open_in_mail_program(
    qtbot: Any, session: Session, cf: CompanySession, customer_id: int,
    monkeypatch: pytest.MonkeyPatch, messages: Messages,
) -> None:
    opened: list[str] = []

    def open_url(url: Any) -> bool:
        opened.append(url.toLocalFile())
        return True

    monkeypatch.setattr(email_module.QDesktopServices, "openUrl", staticmethod(open_url))
    dialog = make_dialog(qtbot, session, cf, customer_id)
    path = dialog.open_in_mail_program()
    assert path is not None and opened == [str(path)]
    assert path.parent == paths.data_dir() / "drafts"
    assert b"X-Unsent: 1" in path.read_bytes()
    assert messages.shown == []


def test_smtp_settings_dialog_keeps_the_password_in_the_keyring_only(
    qtbot: Any, session: Session, server: MailServer, memory_keyring: MemoryKeyring,
) -> None:
    dialog = SmtpSettingsDialog(session, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.security.currentData() == "starttls" and dialog.port.value() == 587
    dialog.security.setCurrentIndex(dialog.security.findData("ssl"))
    assert dialog.port.value() == 465  # follows the mode while it is the usual port
    dialog.security.setCurrentIndex(dialog.security.findData("starttls"))
    dialog.host.setText(HOST)
    dialog.port.setValue(server.port)
    dialog.user.setText(USER)
    dialog.sender_address.setText("relances@example.fr")
    dialog.sender_name.setText("Test SARL")
    assert "Aucun mot de passe" in dialog.password_state.text()

    dialog.password.setText("faux")
    check_server(qtbot, dialog)
    assert "a refusé l'identifiant" in dialog.test_result.text()
    dialog.password.setText(PASSWORD)
    check_server(qtbot, dialog)
    assert dialog.test_result.text() == f"Connexion réussie à {HOST}:{server.port}."
    assert server.messages == []

    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error_text()
    smtp = mailer.smtp_settings(session.settings)
    assert (smtp.host, smtp.port, smtp.user) == (HOST, server.port, USER)
    assert memory_keyring.passwords == {("Relance", smtp.account): PASSWORD}
    assert PASSWORD not in session.settings.file.read_text(encoding="utf-8")
    assert dialog.password.text() == ""

    again = SmtpSettingsDialog(session, None)
    qtbot.addWidget(again)
    assert again.password_state.text() == "Mot de passe enregistré dans le trousseau."
    assert again.password.text() == ""  # never filled back
    check_server(qtbot, again)  # uses the kept password
    assert again.test_result.text().startswith("Connexion réussie")
    again.forget_password()
    assert memory_keyring.passwords == {}


def test_smtp_settings_dialog_field_errors(
    qtbot: Any, session: Session, memory_keyring: MemoryKeyring,
) -> None:
    dialog = SmtpSettingsDialog(session, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert "serveur d'envoi" in dialog.error_text() and dialog.focusWidget() is dialog.host
    dialog.host.setText("smtp.example.fr")
    dialog.sender_address.setText("pas une adresse")
    dialog.accept()
    assert "pas une adresse e-mail" in dialog.error_text()
    assert dialog.focusWidget() is dialog.sender_address
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_smtp_settings_dialog_without_keyring(qtbot: Any, session: Session) -> None:
    with using(fail.Keyring()):
        dialog = SmtpSettingsDialog(session, None)
        qtbot.addWidget(dialog)
        dialog.show()
        assert not dialog.password.isEnabled()
        assert "Aucun trousseau" in dialog.password_state.text()
        assert not dialog.forget_button.isVisible()


def test_smtp_settings_refuse_a_password_in_clear_to_another_computer(
    qtbot: Any, session: Session, memory_keyring: MemoryKeyring,
) -> None:
    dialog = SmtpSettingsDialog(session, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.host.setText("smtp.example.fr")
    dialog.security.setCurrentIndex(dialog.security.findData("none"))
    dialog.user.setText("alice@example.fr")
    dialog.password.setText("secret")
    dialog.sender_address.setText("alice@example.fr")
    dialog.test_button.click()
    assert not dialog.testing  # refused before connecting: nothing went out
    assert "en clair" in dialog.test_result.text()
    assert "réussie" not in dialog.test_result.text()
    assert dialog.focusWidget() is dialog.security
    dialog.accept()
    assert "en clair" in dialog.error_text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.user.clear()  # no login: nothing secret, allowed
    dialog.password.clear()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted

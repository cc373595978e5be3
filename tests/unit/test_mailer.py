"""Sending e-mail through a real SMTP server on 127.0.0.1 (aiosmtpd), with the password from the
keyring (an in-memory backend), and keeping drafts.

TLS is real: a throwaway self-signed certificate (``cryptography``) that the client trusts, so
STARTTLS and SSL are exercised with certificate checks, and AUTH PLAIN/LOGIN runs over them.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import datetime
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from relance_desktop import paths, secrets
from relance_desktop.errors import ValidationError
from relance_desktop.logging_setup import init_logging
from relance_desktop.services import customers as customer_service
from relance_desktop.services import mailer
from relance_desktop.settings import Settings
from relance_desktop.store.models import (
    Attachment,
    AuditEvent,
    Document,
    DocumentInvoice,
    Interaction,
    Invoice,
)
from relance_desktop.store.session import CompanySession
from tests.helpers import TODAY, sidecars
from tests.keyring_memory import MemoryKeyring, using
from tests.mail_server import (
    HOST,
    PASSWORD,
    USER,
    Handler,
    MailServer,
    client_context,
    free_port,
    network_address,
    self_signed,
    start_server,
)

PDF = b"%PDF-1.4\n% Relance test\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"
AT = datetime(2026, 11, 23, 10, 0)


@pytest.fixture(scope="session")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return self_signed(tmp_path_factory.mktemp("tls"))


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    with using(MemoryKeyring()) as backend:
        assert isinstance(backend, MemoryKeyring)
        yield backend


@pytest.fixture
def servers(tls_files: tuple[Path, Path]) -> Iterator[list[MailServer]]:
    started: list[MailServer] = []
    yield started
    for server in started:
        server.stop()


def serve(servers: list[MailServer], tls_files: tuple[Path, Path], security: str,
          **kwargs: object) -> MailServer:
    server = start_server(security, *tls_files, **kwargs)  # type: ignore[arg-type]
    servers.append(server)
    return server


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    """The app's log file, at DEBUG (the SMTP server's own log is not the app's: kept quiet)."""
    server_log = logging.getLogger("mail.log")
    level = server_log.level
    server_log.setLevel(logging.WARNING)
    target = init_logging(logging.DEBUG, tmp_path / "logs")
    assert target is not None
    yield target
    server_log.setLevel(level)


def settings_for(file: Path, port: int, security: str = "starttls", user: str = USER) -> Settings:
    settings = Settings(file)
    for key, value in (("smtp_host", HOST), ("smtp_port", port), ("smtp_security", security),
                       ("smtp_user", user), ("smtp_sender", "relances@example.fr"),
                       ("smtp_sender_name", "Société Générale d'Éclairage")):
        settings.set(key, value)
    return settings


def outgoing(**changes: object) -> mailer.Outgoing:
    values: dict[str, object] = {
        "to": ["compta@client.example"], "cc": ["dirigeant@client.example"],
        "subject": "Relance : facture F-2026-001 échue — 1 234,56 €",
        "body": "Bonjour,\n\nVeuillez trouver ci-joint la relance.\n\nCordialement,\nÉlodie",
        "attachments": [("Relance F-2026-001 — Dupré.pdf", PDF, "application/pdf")],
    }
    values.update(changes)
    return mailer.Outgoing(**values)  # type: ignore[arg-type]


def make_customer(cf: CompanySession, language: str = "fr") -> int:
    return customer_service.create_customer(cf, customer_service.CustomerInput(
        name="Dupré & Fils", email="compta@client.example", language=language))


def make_document(customer_id: int, with_invoice: bool = True) -> int:
    document = Document.create(customer=customer_id, kind="reminder-1", created_at=AT)
    if with_invoice:
        invoice = Invoice.create(customer=customer_id, number="F-2026-001", issue_date=TODAY,
                                 due_date=TODAY, amount_cents=123456)
        DocumentInvoice.create(document=document.id, invoice=invoice.id)
    return int(document.id)


def contains(path: Path, secret: str) -> bool:
    data = path.read_bytes()
    return any(form in data for form in (secret.encode("utf-8"), secret.encode("utf-16-le")))


# --- sending ----------------------------------------------------------------------------------


def test_starttls_send_with_keyring_password_records_it_and_leaks_it_nowhere(
    cf: CompanySession, tmp_path: Path, tls_files: tuple[Path, Path], servers: list[MailServer],
    memory_keyring: MemoryKeyring, log_file: Path,
) -> None:
    server = serve(servers, tls_files, "starttls")
    settings_file = tmp_path / "settings.json"
    smtp = mailer.smtp_settings(settings_for(settings_file, server.port))
    secrets.set_password(smtp.account, PASSWORD)
    customer_id = make_customer(cf)
    document_id = make_document(customer_id)

    password = secrets.get_password(smtp.account)
    message = mailer.build_message(outgoing(), smtp, at=AT)
    refused = mailer.send(message, smtp, password, context=client_context(tls_files[0]))
    interaction_id = mailer.record_sent(cf, customer_id, message, document_id=document_id, at=AT)

    # The password was read from the keyring, under « Relance » / « smtp:user@host ».
    assert ("Relance", f"smtp:{USER}@{HOST}") in memory_keyring.reads
    assert password == PASSWORD
    assert refused == []
    # The message arrived, logged in, with the PDF attached and the accents intact.
    assert server.handler.logins == [USER]
    (envelope, received), = server.handler.received
    assert sorted(envelope.rcpt_tos) == ["compta@client.example", "dirigeant@client.example"]
    assert envelope.mail_from == "relances@example.fr"
    assert received["Subject"] == "Relance : facture F-2026-001 échue — 1 234,56 €"
    assert received["From"].addresses[0].display_name == "Société Générale d'Éclairage"
    assert received["Message-ID"] and received["Date"]
    assert "ci-joint la relance" in received.get_body(("plain",)).get_content()
    (attachment,) = list(received.iter_attachments())
    assert attachment.get_filename() == "Relance F-2026-001 — Dupré.pdf"
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_payload(decode=True) == PDF
    # Recorded in the history: an e-mail interaction, the document sent with its file, audited.
    interaction = Interaction.get_by_id(interaction_id)
    assert interaction.kind == "email" and interaction.customer_id == customer_id
    assert "compta@client.example" in interaction.notes and "F-2026-001 échue" in interaction.notes
    assert interaction.invoice_id is not None
    document = Document.get_by_id(document_id)
    assert document.sent_via == "email" and document.sent_at == AT
    assert document.interaction_id == interaction_id
    stored = Attachment.get_by_id(document.file_id)
    assert bytes(stored.data) == PDF and stored.file_name == "Relance F-2026-001 — Dupré.pdf"
    assert AuditEvent.select().where((AuditEvent.action == "send")
                                     & (AuditEvent.entity_id == interaction_id)).count() == 1
    assert "sending e-mail" in log_file.read_text(encoding="utf-8")  # the log is really written

    if cf.path is None:  # a company on a server: what was written there, read back
        written = [r.after for r in cf.rows("SELECT after FROM audit_event")]
        written += [r.notes for r in cf.rows("SELECT notes FROM interaction")]
        assert not any(PASSWORD in text for text in written)
    cf.close()
    company_files = [] if cf.path is None else [cf.path, *sidecars(cf.path)]
    for path in [*company_files, settings_file, log_file]:
        assert not contains(path, PASSWORD), f"the password leaked into {path.name}"


def test_ssl_send(tmp_path: Path, tls_files: tuple[Path, Path], servers: list[MailServer]) -> None:
    server = serve(servers, tls_files, "ssl")
    smtp = mailer.smtp_settings(settings_for(tmp_path / "s.json", server.port, "ssl"))
    message = mailer.build_message(outgoing(cc=[]), smtp)
    mailer.send(message, smtp, PASSWORD, context=client_context(tls_files[0]))
    assert server.handler.logins == [USER]
    assert len(server.messages) == 1


def test_plain_connection_with_login_when_security_is_none(
    tmp_path: Path, tls_files: tuple[Path, Path], servers: list[MailServer],
) -> None:
    server = serve(servers, tls_files, "none")
    smtp = mailer.smtp_settings(settings_for(tmp_path / "s.json", server.port, "none"))
    mailer.send(mailer.build_message(outgoing(), smtp), smtp, PASSWORD)
    assert server.handler.logins == [USER] and len(server.messages) == 1


def test_no_password_in_clear_to_a_server_on_the_network(
    tmp_path: Path, tls_files: tuple[Path, Path], servers: list[MailServer],
) -> None:
    """« Aucune » security with a login is refused unless the server is this computer: the
    password never leaves in clear, and the test says so instead of « Connexion réussie »."""
    address = network_address()
    if address is None:
        pytest.skip("this computer has no network address besides loopback")
    server = serve(servers, tls_files, "none", host=address)
    settings = settings_for(tmp_path / "s.json", server.port, "none")
    settings.set("smtp_host", address)
    smtp = mailer.smtp_settings(settings)
    with pytest.raises(ValidationError) as refused:
        mailer.check_connection(smtp, PASSWORD)
    assert refused.value.field == "security"
    assert "en clair" in str(refused.value) and address in str(refused.value)
    with pytest.raises(ValidationError):
        mailer.send(mailer.build_message(outgoing(), smtp), smtp, PASSWORD)
    assert server.handler.attempts == [] and server.messages == []
    # the same server without a login still takes the e-mail (nothing secret goes out)
    settings.set("smtp_user", "")
    server_open = serve(servers, tls_files, "none", host=address, login=False)
    settings.set("smtp_port", server_open.port)
    anonymous = mailer.smtp_settings(settings)
    mailer.send(mailer.build_message(outgoing(), anonymous), anonymous, None)
    assert len(server_open.messages) == 1


@pytest.mark.parametrize(("host", "local"), [
    ("127.0.0.1", True), ("127.0.0.53", True), ("::1", True), ("[::1]", True),
    ("localhost", True), ("LOCALHOST.", True), ("192.0.2.10", False), ("10.0.0.1", False),
    ("smtp.example.fr", False), ("localhost.example.fr", False), ("0.0.0.0", False),
])
def test_only_this_computer_counts_as_local(host: str, local: bool) -> None:
    assert mailer.is_local_host(host) is local


def test_no_login_when_no_user(
    tmp_path: Path, tls_files: tuple[Path, Path], servers: list[MailServer],
) -> None:
    server = serve(servers, tls_files, "none", login=False)
    smtp = mailer.smtp_settings(settings_for(tmp_path / "s.json", server.port, "none", user=""))
    mailer.send(mailer.build_message(outgoing(), smtp), smtp, None)
    assert len(server.messages) == 1


def test_check_connection_logs_in_and_reports_a_wrong_password(
    tmp_path: Path, tls_files: tuple[Path, Path], servers: list[MailServer],
) -> None:
    server = serve(servers, tls_files, "starttls")
    smtp = mailer.smtp_settings(settings_for(tmp_path / "s.json", server.port))
    context = client_context(tls_files[0])
    mailer.check_connection(smtp, PASSWORD, context=context)
    assert server.handler.logins == [USER] and server.messages == []
    with pytest.raises(mailer.MailAuthError):
        mailer.check_connection(smtp, "wrong", context=context)


def test_ascii_password_uses_the_standard_login(
    tmp_path: Path, tls_files: tuple[Path, Path], servers: list[MailServer],
) -> None:
    server = serve(servers, tls_files, "starttls", handler=Handler(passwords={"plain-ascii-42"}))
    smtp = mailer.smtp_settings(settings_for(tmp_path / "s.json", server.port))
    mailer.send(mailer.build_message(outgoing(), smtp), smtp, "plain-ascii-42",
                context=client_context(tls_files[0]))
    assert server.handler.logins == [USER] and len(server.messages) == 1


# --- failures: clear messages, the draft kept --------------------------------------------------


def test_server_down_names_host_and_port_and_the_draft_is_kept(
    tmp_path: Path, memory_keyring: MemoryKeyring, log_file: Path,
) -> None:
    port = free_port()
    smtp = mailer.smtp_settings(settings_for(tmp_path / "s.json", port))
    message = mailer.build_message(outgoing(), smtp)
    with pytest.raises(mailer.MailConnectionError) as caught:
        mailer.send(message, smtp, PASSWORD, timeout=5)
    text = caught.value.render()
    assert f"{HOST}:{port}" in text and "refuse la connexion" in text
    assert "n'est pas parti" in text and PASSWORD not in text

    draft = mailer.save_eml(message, mailer.drafts_dir(), at=AT)
    assert draft.parent == paths.data_dir() / "drafts"
    assert draft.name.startswith("2026-11-23-100000-Relance") and draft.suffix == ".eml"
    kept = message_from_bytes(draft.read_bytes(), policy=policy.default)
    assert kept["X-Unsent"] == "1"
    assert kept["Subject"] == message["Subject"]
    assert [p.get_payload(decode=True) for p in kept.iter_attachments()] == [PDF]
    assert "X-Unsent" not in message  # the message itself is unchanged
    assert not contains(log_file, PASSWORD)


def test_wrong_password_is_a_clear_message_without_the_password(
    tmp_path: Path, tls_files: tuple[Path, Path], servers: list[MailServer], log_file: Path,
) -> None:
    server = serve(servers, tls_files, "starttls")
    smtp = mailer.smtp_settings(settings_for(tmp_path / "s.json", server.port))
    wrong = "Mauvais-Mot-De-Passe-5521"
    with pytest.raises(mailer.MailAuthError) as caught:
        mailer.send(mailer.build_message(outgoing(), smtp), smtp, wrong,
                    context=client_context(tls_files[0]))
    text = caught.value.render()
    assert "a refusé l'identifiant « alice@example.fr » ou le mot de passe" in text
    assert f"{HOST}:{server.port}" in text
    assert wrong not in text and wrong not in str(caught.value.__context__ or "")
    assert server.messages == []
    assert not contains(log_file, wrong)


def test_recipient_refused_names_the_address(
    tmp_path: Path, tls_files: tuple[Path, Path], servers: list[MailServer],
) -> None:
    server = serve(servers, tls_files, "starttls",
                   handler=Handler(refuse={"compta@client.example"}))
    smtp = mailer.smtp_settings(settings_for(tmp_path / "s.json", server.port))
    with pytest.raises(mailer.MailRecipientError) as caught:
        mailer.send(mailer.build_message(outgoing(cc=[]), smtp), smtp, PASSWORD,
                    context=client_context(tls_files[0]))
    assert "compta@client.example" in caught.value.render()
    assert "mailbox unavailable" in caught.value.render()


def test_one_recipient_refused_among_several_is_reported(
    tmp_path: Path, tls_files: tuple[Path, Path], servers: list[MailServer],
) -> None:
    server = serve(servers, tls_files, "starttls",
                   handler=Handler(refuse={"dirigeant@client.example"}))
    smtp = mailer.smtp_settings(settings_for(tmp_path / "s.json", server.port))
    refused = mailer.send(mailer.build_message(outgoing(), smtp), smtp, PASSWORD,
                          context=client_context(tls_files[0]))
    assert refused == ["dirigeant@client.example"]
    assert len(server.messages) == 1


def test_untrusted_certificate_is_a_tls_failure(
    tmp_path: Path, tls_files: tuple[Path, Path], servers: list[MailServer],
) -> None:
    server = serve(servers, tls_files, "starttls")
    smtp = mailer.smtp_settings(settings_for(tmp_path / "s.json", server.port))
    with pytest.raises(mailer.MailTlsError) as caught:  # the system does not trust it
        mailer.send(mailer.build_message(outgoing(), smtp), smtp, PASSWORD)
    assert "certificat" in caught.value.render() and server.handler.logins == []


def test_starttls_not_offered(
    tmp_path: Path, tls_files: tuple[Path, Path], servers: list[MailServer],
) -> None:
    server = serve(servers, tls_files, "starttls", offer_starttls=False, login=False)
    smtp = mailer.smtp_settings(settings_for(tmp_path / "s.json", server.port))
    with pytest.raises(mailer.MailTlsError) as caught:
        mailer.send(mailer.build_message(outgoing(), smtp), smtp, PASSWORD)
    assert "ne propose pas STARTTLS" in caught.value.render()


def test_ssl_against_a_plain_server(
    tmp_path: Path, tls_files: tuple[Path, Path], servers: list[MailServer],
) -> None:
    server = serve(servers, tls_files, "none", login=False)
    smtp = mailer.smtp_settings(settings_for(tmp_path / "s.json", server.port, "ssl"))
    with pytest.raises(mailer.MailTlsError) as caught:
        mailer.send(mailer.build_message(outgoing(), smtp), smtp, PASSWORD, timeout=5,
                    context=client_context(tls_files[0]))
    assert "SSL" in caught.value.render() and f"{HOST}:{server.port}" in caught.value.render()


def test_login_refused_over_plain_when_the_server_wants_tls(
    tmp_path: Path, tls_files: tuple[Path, Path], servers: list[MailServer],
) -> None:
    server = serve(servers, tls_files, "starttls")  # AUTH only after STARTTLS
    smtp = mailer.smtp_settings(settings_for(tmp_path / "s.json", server.port, "none"))
    with pytest.raises(mailer.MailAuthError) as caught:
        mailer.send(mailer.build_message(outgoing(), smtp), smtp, PASSWORD)
    assert "ne propose pas d'identification" in caught.value.render()


# --- the keyring --------------------------------------------------------------------------------


def test_keyring_round_trip(memory_keyring: MemoryKeyring) -> None:
    account = secrets.smtp_account(USER, "SMTP.Example.fr")
    assert account == f"smtp:{USER}@smtp.example.fr"
    assert secrets.keyring_available()
    assert secrets.get_password(account) is None
    secrets.set_password(account, PASSWORD)
    assert memory_keyring.passwords == {("Relance", account): PASSWORD}
    assert secrets.get_password(account) == PASSWORD
    secrets.delete_password(account)
    secrets.delete_password(account)  # nothing kept: nothing to do
    assert memory_keyring.passwords == {}


def test_no_keyring_backend_is_said_and_nothing_is_written(
    relance_home: Path, tmp_path: Path, log_file: Path,
) -> None:
    with using(fail.Keyring()):
        assert not secrets.keyring_available()
        with pytest.raises(secrets.KeyringUnavailableError) as caught:
            secrets.set_password("smtp:a@b", PASSWORD)
        assert "Aucun trousseau" in caught.value.render()
        assert "jamais enregistré en clair" in caught.value.render()
        with pytest.raises(secrets.KeyringUnavailableError):
            secrets.get_password("smtp:a@b")
    written = [p for p in relance_home.rglob("*") if p.is_file()]
    written += [p for p in tmp_path.rglob("*") if p.is_file() and p != log_file]
    assert written == []
    assert not contains(log_file, PASSWORD)


class PlaintextKeyring(KeyringBackend):
    """Stands for keyrings.alt's file backend, which stores passwords in clear."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise AssertionError("a plaintext keyring must never be read")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise AssertionError("a plaintext keyring must never be written")

    def delete_password(self, service: str, username: str) -> None:
        raise AssertionError("never used")


def test_plaintext_backends_are_refused() -> None:
    with using(PlaintextKeyring()):
        assert not secrets.keyring_available()
        with pytest.raises(secrets.KeyringUnavailableError):
            secrets.set_password("smtp:a@b", PASSWORD)
    alt = type("Keyring", (PlaintextKeyring,), {"__module__": "keyrings.alt.file"})
    with using(alt()):
        assert not secrets.keyring_available()


def test_locked_keyring_is_a_clear_message(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.locked = True
    with pytest.raises(secrets.KeyringLockedError) as caught:
        secrets.get_password("smtp:a@b")
    assert "verrouillé" in caught.value.render()
    with pytest.raises(secrets.KeyringLockedError):
        secrets.set_password("smtp:a@b", PASSWORD)


def test_keyring_is_not_imported_at_start_up() -> None:
    import subprocess
    import sys

    code = ("import sys, relance_desktop.secrets, relance_desktop.services.mailer; "
            "print('keyring' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, timeout=60)
    assert result.stdout.strip() == "False"


# --- settings, messages, drafts, records ------------------------------------------------------


def test_smtp_settings_defaults_and_no_password_key(tmp_path: Path) -> None:
    smtp = mailer.smtp_settings(Settings(tmp_path / "s.json"))
    assert (smtp.port, smtp.security, smtp.host) == (587, "starttls", "")
    from relance_desktop.settings import SETTINGS

    assert not [s.key for s in SETTINGS if "password" in s.key or "secret" in s.key]


def test_invalid_security_in_the_settings_file_falls_back(tmp_path: Path) -> None:
    file = tmp_path / "s.json"
    file.write_text('{"smtp_security": "tls-maybe", "smtp_port": 465}', encoding="utf-8")
    smtp = mailer.smtp_settings(Settings(file))
    assert (smtp.security, smtp.port) == ("starttls", 465)


@pytest.mark.parametrize(("changes", "field"), [
    ({"host": ""}, "host"),
    ({"host": "https://smtp.example.fr"}, "host"),
    ({"port": 0}, "port"),
    ({"port": 70000}, "port"),
    ({"security": "tls"}, "security"),
    ({"sender": ""}, "sender"),
    ({"sender": "pas-une-adresse"}, "sender"),
])
def test_check_settings_names_the_field(changes: dict[str, object], field: str) -> None:
    values: dict[str, object] = {"host": "smtp.example.fr", "port": 587, "security": "starttls",
                                 "user": "u", "sender": "a@example.fr", "sender_name": ""}
    mailer.check_settings(mailer.SmtpSettings(**values))  # type: ignore[arg-type]
    values.update(changes)
    with pytest.raises(ValidationError) as caught:
        mailer.check_settings(mailer.SmtpSettings(**values))  # type: ignore[arg-type]
    assert caught.value.field == field


@pytest.mark.parametrize(("changes", "field"), [
    ({"to": []}, "to"),
    ({"to": ["nobody"]}, "to"),
    ({"cc": ["a@b"]}, "cc"),
    ({"subject": "  "}, "subject"),
])
def test_check_outgoing_names_the_field(changes: dict[str, object], field: str) -> None:
    mailer.check_outgoing(outgoing())
    with pytest.raises(ValidationError) as caught:
        mailer.check_outgoing(outgoing(**changes))
    assert caught.value.field == field


def test_split_addresses() -> None:
    assert mailer.split_addresses("a@x.fr; Bob <b@y.be>, ") == ["a@x.fr", "b@y.be"]
    assert mailer.split_addresses("  ") == []


def test_build_message_headers_are_ascii_on_the_wire(tmp_path: Path) -> None:
    smtp = mailer.smtp_settings(settings_for(tmp_path / "s.json", 25))
    message = mailer.build_message(outgoing(), smtp, at=AT)
    wire = message.as_bytes()
    head = wire.split(b"\r\n\r\n", 1)[0]
    assert head.isascii()  # accents encoded (RFC 2047)
    assert b"X-Unsent" not in wire
    assert message["Message-ID"].endswith("@example.fr>")
    parsed = message_from_bytes(wire, policy=policy.default)
    assert parsed["Subject"] == "Relance : facture F-2026-001 échue — 1 234,56 €"
    assert parsed["Date"].datetime.replace(tzinfo=None) == AT


def test_drafts_do_not_overwrite_each_other(tmp_path: Path) -> None:
    smtp = mailer.smtp_settings(settings_for(tmp_path / "s.json", 25))
    message = mailer.build_message(outgoing(subject="Relance / facture: « n° 12 »"), smtp)
    first = mailer.save_eml(message, tmp_path / "drafts", at=AT)
    second = mailer.save_eml(message, tmp_path / "drafts", at=AT)
    assert first != second and first.exists() and second.exists()
    assert "/" not in first.name[:-4] and ":" not in first.name


def test_record_sent_without_a_document_keeps_the_attachment(cf: CompanySession,
                                                             tmp_path: Path) -> None:
    customer_id = make_customer(cf)
    smtp = mailer.smtp_settings(settings_for(tmp_path / "s.json", 25))
    message = mailer.build_message(outgoing(), smtp)
    interaction_id = mailer.record_sent(cf, customer_id, message, at=AT)
    (document,) = Document.select().where(Document.interaction == interaction_id)
    assert document.kind == "email" and document.sent_via == "email"
    assert bytes(Attachment.get_by_id(document.file_id).data) == PDF


def test_record_sent_keeps_the_existing_file_of_the_document(cf: CompanySession,
                                                             tmp_path: Path) -> None:
    customer_id = make_customer(cf)
    document_id = make_document(customer_id, with_invoice=False)
    original = Attachment.create(file_name="orig.pdf", sha256="0" * 64, size=3, data=b"abc")
    Document.update(file=original.id).where(Document.id == document_id).execute()
    smtp = mailer.smtp_settings(settings_for(tmp_path / "s.json", 25))
    mailer.record_sent(cf, customer_id, mailer.build_message(outgoing(), smtp),
                       document_id=document_id, at=AT)
    assert Document.get_by_id(document_id).file_id == original.id
    assert Attachment.select().count() == 1


def test_compose_in_the_customer_language(cf: CompanySession) -> None:
    customer_id = make_customer(cf, language="en")
    document_id = make_document(customer_id)
    stored = Attachment.create(file_name="Reminder.pdf", sha256="0" * 64, size=len(PDF), data=PDF)
    Document.update(file=stored.id).where(Document.id == document_id).execute()
    proposed = mailer.compose(cf, customer_id, document_id=document_id)
    assert proposed.to == ["compta@client.example"]
    assert proposed.body.startswith("Hello,") and "Reminder.pdf" in proposed.body
    assert proposed.subject == "Test SARL — Reminder.pdf"
    assert proposed.attachments == [("Reminder.pdf", PDF, "application/pdf")]

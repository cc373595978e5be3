"""A real SMTP server on 127.0.0.1 for the e-mail tests (aiosmtpd), with TLS and a login.

No Qt here. :func:`self_signed` makes a throwaway certificate for 127.0.0.1 (``cryptography``);
:func:`client_context` trusts it, so the client checks the certificate as in real use.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import socket
import ssl
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, Envelope, LoginPassword, Session

HOST = "127.0.0.1"
USER = "alice@example.fr"
PASSWORD = "Sésame-ouvre-toi-7391"  # distinctive, to look for it in files and logs


def self_signed(folder: Path) -> tuple[Path, Path]:
    """(certificate, key) PEM files for 127.0.0.1 and localhost, valid for a day."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Relance test SMTP")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName(
            [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address(HOST))]),
            critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = folder / "cert.pem", folder / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    return cert_file, key_file


def server_context(cert: Path, key: Path) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    return context


def client_context(cert: Path) -> ssl.SSLContext:
    """What the app would use, trusting the throwaway certificate as an authority."""
    return ssl.create_default_context(cafile=str(cert))


@dataclass
class Handler:
    """Keeps what arrives; refuses the recipients listed in ``refuse``."""

    received: list[tuple[Envelope, EmailMessage]] = field(default_factory=list)
    logins: list[str] = field(default_factory=list)
    attempts: list[str] = field(default_factory=list)  # every login tried, accepted or not
    refuse: set[str] = field(default_factory=set)
    passwords: set[str] = field(default_factory=lambda: {PASSWORD})

    async def handle_RCPT(self, server: Any, session: Session, envelope: Envelope,
                          address: str, rcpt_options: list[str]) -> str:
        if address in self.refuse:
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Session, envelope: Envelope) -> str:
        data = envelope.content if isinstance(envelope.content, bytes) else b""
        message = message_from_bytes(data, policy=policy.default)
        assert isinstance(message, EmailMessage)
        self.received.append((envelope, message))
        return "250 Message accepted"

    def authenticate(self, server: Any, session: Session, envelope: Envelope, mechanism: str,
                     auth_data: Any) -> AuthResult:
        if isinstance(auth_data, LoginPassword):
            login = auth_data.login.decode()
            self.attempts.append(login)
            if login == USER and auth_data.password.decode() in self.passwords:
                self.logins.append(login)
                return AuthResult(success=True)
        return AuthResult(success=False, handled=False)


class LocalController(Controller):
    """Listens on a free port of 127.0.0.1 (port 0: the system picks it, no race)."""

    def _trigger_server(self) -> None:
        assert self.server is not None
        self.port = self.server.sockets[0].getsockname()[1]
        super()._trigger_server()


@dataclass
class MailServer:
    controller: LocalController
    handler: Handler

    @property
    def port(self) -> int:
        return int(self.controller.port)

    @property
    def messages(self) -> list[EmailMessage]:
        return [message for _envelope, message in self.handler.received]

    def stop(self) -> None:
        self.controller.stop()


def start_server(security: str, cert: Path, key: Path, *, handler: Handler | None = None,
                 login: bool = True, offer_starttls: bool = True, host: str = HOST) -> MailServer:
    """An SMTP server for ``security`` (« ssl », « starttls », « none »), with a login."""
    handler = handler or Handler()
    kwargs: dict[str, Any] = {}
    context = server_context(cert, key)
    if security == "ssl":
        kwargs["ssl_context"] = context
    elif security == "starttls" and offer_starttls:
        kwargs["tls_context"] = context
    if login:
        kwargs["authenticator"] = handler.authenticate
        kwargs["auth_require_tls"] = security == "starttls"
    controller = LocalController(handler, hostname=host, port=0, **kwargs)
    controller.start()
    return MailServer(controller, handler)


def network_address() -> str | None:
    """This computer's address on its network (not loopback), or None when it has none. No
    packet is sent: connecting a UDP socket only picks the outgoing interface."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        try:
            sock.connect(("192.0.2.1", 9))
            address = str(sock.getsockname()[0])
        except OSError:
            return None
    return None if ipaddress.ip_address(address).is_loopback else address


def free_port() -> int:
    """A port where nothing listens (the server is « down »)."""
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])

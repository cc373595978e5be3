"""Sending documents by e-mail through the user's SMTP server, or keeping them as drafts.

No Qt here. The password comes from the caller (read from the keyring by
:mod:`relance_desktop.secrets`, or typed): it is handed to :func:`send` only, and is never logged,
stored in the company file or in the settings. Every failure is a :class:`MailError` with a
precise French sentence (server down, TLS, password refused, recipient refused); the caller then
keeps the e-mail as a draft (:func:`save_eml`).
"""

from __future__ import annotations

import base64
import copy
import hashlib
import ipaddress
import logging
import re
import smtplib
import socket
import ssl
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import format_datetime, getaddresses, make_msgid
from pathlib import Path
from typing import Any

from pathvalidate import sanitize_filename

from relance_desktop import paths
from relance_desktop.errors import UserFacingError, ValidationError
from relance_desktop.i18n import QT_TRANSLATE_NOOP
from relance_desktop.services import audit, templates
from relance_desktop.store.models import (
    Attachment,
    Contact,
    Customer,
    Document,
    DocumentInvoice,
    Interaction,
)
from relance_desktop.store.session import Change, CompanySession, Topic, in_session

log = logging.getLogger(__name__)

CTX = "mail"
SECURITY_MODES = ("ssl", "starttls", "none")
DEFAULT_PORTS = {"ssl": 465, "starttls": 587, "none": 25}
MAX_TOTAL_BYTES = 20 * 1024 * 1024  # most servers refuse more than 20–25 MB
# A pragmatic check (RFC 5322 allows more, but this is what mail servers accept in practice).
_ADDRESS = re.compile(r"^[^@\s<>(),;:\"\[\]]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")


class MailError(UserFacingError):
    """An e-mail could not be sent; the message says why and what to do."""

    def __init__(self, text: str, /, **args: Any) -> None:
        super().__init__(text, context=CTX, **args)


class MailConnectionError(MailError):
    """The server cannot be reached (down, wrong host or port, no network, timeout)."""


class MailTlsError(MailError):
    """The secure connection failed (wrong mode for the port, unknown certificate)."""


class MailAuthError(MailError):
    """The server refused the login or password."""


class MailRecipientError(MailError):
    """The server refused a recipient or the sender."""


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    security: str  # "ssl" | "starttls" | "none"
    user: str
    sender: str
    sender_name: str

    @property
    def server(self) -> str:
        """« host:port », for messages."""
        return f"{self.host}:{self.port}"

    @property
    def account(self) -> str:
        """The keyring account of this login (see :func:`relance_desktop.secrets.smtp_account`)."""
        from relance_desktop.secrets import smtp_account

        return smtp_account(self.user, self.host)


@dataclass
class Outgoing:
    """An e-mail being composed: what the user sees and edits."""

    to: list[str]
    cc: list[str] = field(default_factory=list)
    subject: str = ""
    body: str = ""
    attachments: list[tuple[str, bytes, str]] = field(default_factory=list)  # name, data, mime


def smtp_settings(settings: Any) -> SmtpSettings:
    """The SMTP settings from the app's :class:`relance_desktop.settings.Settings`."""
    return SmtpSettings(
        host=str(settings.get("smtp_host")).strip(),
        port=int(settings.get("smtp_port")),
        security=str(settings.get("smtp_security")),
        user=str(settings.get("smtp_user")).strip(),
        sender=str(settings.get("smtp_sender")).strip(),
        sender_name=str(settings.get("smtp_sender_name")).strip(),
    )


def save_smtp_settings(settings: Any, values: SmtpSettings) -> None:
    """Store checked SMTP settings (no password: that goes to the keyring)."""
    check_settings(values)
    for key, value in (("smtp_host", values.host), ("smtp_port", values.port),
                       ("smtp_security", values.security), ("smtp_user", values.user),
                       ("smtp_sender", values.sender), ("smtp_sender_name", values.sender_name)):
        settings.set(key, value)


def valid_address(text: str) -> bool:
    return bool(_ADDRESS.match(text.strip()))


def is_local_host(host: str) -> bool:
    """Whether ``host`` is this computer (loopback): the only place a login may go unencrypted.
    Names are not resolved: only « localhost » and loopback addresses count."""
    host = host.strip().strip("[]").rstrip(".").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_settings(values: SmtpSettings) -> None:
    """Raise a :class:`ValidationError` naming the first field to correct."""
    host = values.host.strip()
    if not host:
        raise ValidationError("host", QT_TRANSLATE_NOOP(
            "validation", "Indiquez le serveur d'envoi (SMTP), par exemple smtp.example.fr."))
    if any(c.isspace() for c in host) or "/" in host or "@" in host:
        raise ValidationError("host", QT_TRANSLATE_NOOP(
            "validation", "« {host} » n'est pas un nom de serveur : tapez par exemple "
            "smtp.example.fr (sans « https:// » ni espace)."), host=host)
    if not 1 <= values.port <= 65535:
        raise ValidationError("port", QT_TRANSLATE_NOOP(
            "validation", "Le port doit être compris entre 1 et 65535 (465 pour SSL, 587 pour "
            "STARTTLS)."))
    if values.security not in SECURITY_MODES:
        raise ValidationError("security", QT_TRANSLATE_NOOP(
            "validation", "Choisissez la sécurité de la connexion : SSL, STARTTLS ou aucune."))
    if values.security == "none" and values.user.strip() and not is_local_host(host):
        raise ValidationError("security", QT_TRANSLATE_NOOP(
            "validation", "Sans sécurité, le mot de passe partirait en clair vers {host} : "
            "choisissez SSL ou STARTTLS (ou laissez l'identifiant vide si ce serveur envoie "
            "sans identification). Seul un serveur sur cet ordinateur (localhost) peut être "
            "utilisé sans sécurité avec un identifiant."), host=host)
    if not values.sender.strip():
        raise ValidationError("sender", QT_TRANSLATE_NOOP(
            "validation", "Indiquez l'adresse de l'expéditeur (celle qui envoie les e-mails)."))
    if not valid_address(values.sender):
        raise ValidationError("sender", QT_TRANSLATE_NOOP(
            "validation", "« {address} » n'est pas une adresse e-mail valable."),
            address=values.sender)


def split_addresses(text: str) -> list[str]:
    """Addresses typed in one field, separated by commas or semicolons."""
    pairs = getaddresses([text.replace(";", ",")])
    return [addr.strip() for _name, addr in pairs if addr.strip()]


def check_outgoing(outgoing: Outgoing) -> None:
    """Raise a :class:`ValidationError` naming the field (to, cc, subject) to correct."""
    if not outgoing.to:
        raise ValidationError("to", QT_TRANSLATE_NOOP(
            "validation", "Indiquez au moins un destinataire."))
    for name, addresses in (("to", outgoing.to), ("cc", outgoing.cc)):
        for address in addresses:
            if not valid_address(address):
                raise ValidationError(name, QT_TRANSLATE_NOOP(
                    "validation", "« {address} » n'est pas une adresse e-mail valable."),
                    address=address)
    if not outgoing.subject.strip():
        raise ValidationError("subject", QT_TRANSLATE_NOOP(
            "validation", "Indiquez l'objet de l'e-mail."))
    total = sum(len(data) for _name, data, _mime in outgoing.attachments)
    if total > MAX_TOTAL_BYTES:
        raise ValidationError("attachments", QT_TRANSLATE_NOOP(
            "validation", "Les pièces jointes pèsent {mb} Mo : la plupart des serveurs refusent "
            "plus de 20 Mo."), mb=total // (1024 * 1024))


def build_message(
    outgoing: Outgoing, settings: SmtpSettings, *, at: datetime | None = None
) -> EmailMessage:
    """The MIME message: UTF-8 headers and body, Date, Message-ID, attachments."""
    message = EmailMessage(policy=SMTP_POLICY)
    domain = settings.sender.rpartition("@")[2] or "localhost"
    if settings.sender:  # a draft may be written before the settings: the mail program adds it
        message["From"] = Address(display_name=settings.sender_name, addr_spec=settings.sender)
    message["To"] = ", ".join(outgoing.to)
    if outgoing.cc:
        message["Cc"] = ", ".join(outgoing.cc)
    message["Subject"] = outgoing.subject.strip()
    moment = (at or datetime.now()).astimezone()
    message["Date"] = format_datetime(moment)
    message["Message-ID"] = make_msgid(domain=domain)
    message.set_content(outgoing.body or "", charset="utf-8")
    for name, data, mime in outgoing.attachments:
        maintype, _, subtype = (mime or "application/octet-stream").partition("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype or "octet-stream",
                               filename=name)
    return message


def _slug(text: str) -> str:
    """The subject as part of a file name: safe on every system (pathvalidate), no spaces."""
    safe = sanitize_filename(text, replacement_text=" ", platform="universal", max_len=60)
    return "-".join(safe.split()) or "e-mail"


def drafts_dir() -> Path:
    """Where drafts are kept when sending fails: the user's data folder, « drafts »."""
    return paths.data_dir() / "drafts"


def eml_bytes(message: EmailMessage) -> bytes:
    """The message as an ``.eml`` draft: ``X-Unsent: 1`` makes mail programs open it for editing
    and sending (Outlook, Thunderbird, Apple Mail). ``message`` itself is left unchanged."""
    draft = copy.deepcopy(message)
    del draft["X-Unsent"]
    draft["X-Unsent"] = "1"
    return draft.as_bytes()


def save_eml(message: EmailMessage, folder: Path, *, at: datetime | None = None) -> Path:
    """Write the message as an ``.eml`` draft (``X-Unsent: 1``) in ``folder``; returns its path."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = (at or datetime.now()).strftime("%Y-%m-%d-%H%M%S")
    base = f"{stamp}-{_slug(str(message.get('Subject', '')))}"
    data = eml_bytes(message)
    for n in range(1, 1000):
        target = folder / (f"{base}.eml" if n == 1 else f"{base}-{n}.eml")
        try:
            with open(target, "xb") as out:
                out.write(data)
        except FileExistsError:
            continue
        log.info("e-mail draft saved to %s", target)
        return target
    raise FileExistsError(folder / f"{base}.eml")  # pragma: no cover - a thousand drafts a second


def tls_context() -> ssl.SSLContext:
    """The context used to check the server's certificate (the system's trusted authorities)."""
    return ssl.create_default_context()


def _recipients(message: EmailMessage) -> list[str]:
    values = [str(v) for key in ("To", "Cc", "Bcc") for v in message.get_all(key, [])]
    return [addr for _name, addr in getaddresses(values) if addr]


def _text(response: bytes | str) -> str:
    if isinstance(response, bytes):
        return response.decode("utf-8", "replace").strip()
    return str(response).strip()


def _connection_error(exc: BaseException, settings: SmtpSettings, timeout: float) -> MailError:
    server = settings.server
    if isinstance(exc, ConnectionRefusedError):
        return MailConnectionError(QT_TRANSLATE_NOOP(
            "mail", "Le serveur d'envoi {server} refuse la connexion : il est arrêté ou le port "
            "n'est pas le bon. L'e-mail n'est pas parti."), server=server)
    if isinstance(exc, (TimeoutError, socket.timeout)):
        return MailConnectionError(QT_TRANSLATE_NOOP(
            "mail", "Le serveur d'envoi {server} ne répond pas (délai de {seconds} s dépassé) : "
            "vérifiez la connexion à Internet, le port et la sécurité choisie. L'e-mail n'est "
            "pas parti."), server=server, seconds=int(timeout))
    if isinstance(exc, socket.gaierror):
        return MailConnectionError(QT_TRANSLATE_NOOP(
            "mail", "Le serveur d'envoi « {host} » est introuvable : vérifiez son nom et la "
            "connexion à Internet. L'e-mail n'est pas parti."), host=settings.host)
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return MailConnectionError(QT_TRANSLATE_NOOP(
            "mail", "Le serveur d'envoi {server} a coupé la connexion : vérifiez le port et la "
            "sécurité choisie (SSL sur le port 465, STARTTLS sur le port 587). L'e-mail n'est "
            "pas parti."), server=server)
    reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    return MailConnectionError(QT_TRANSLATE_NOOP(
        "mail", "Impossible de joindre le serveur d'envoi {server} : {reason}. L'e-mail n'est "
        "pas parti."), server=server, reason=reason)


def _tls_error(exc: BaseException, settings: SmtpSettings) -> MailError:
    if isinstance(exc, ssl.SSLCertVerificationError):
        return MailTlsError(QT_TRANSLATE_NOOP(
            "mail", "Le certificat du serveur d'envoi {server} n'est pas reconnu ({reason}) : la "
            "connexion sécurisée est refusée. L'e-mail n'est pas parti."),
            server=settings.server, reason=exc.verify_message or exc.reason or "")
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return MailTlsError(QT_TRANSLATE_NOOP(
            "mail", "Le serveur d'envoi {server} ne propose pas STARTTLS : choisissez SSL (port "
            "465) ou demandez le bon réglage à votre fournisseur. L'e-mail n'est pas parti."),
            server=settings.server)
    reason = getattr(exc, "reason", None) or str(exc) or type(exc).__name__
    return MailTlsError(QT_TRANSLATE_NOOP(
        "mail", "La connexion sécurisée ({security}) avec le serveur d'envoi {server} a échoué "
        "({reason}) : vérifiez la sécurité choisie (SSL sur le port 465, STARTTLS sur le port "
        "587). L'e-mail n'est pas parti."),
        security=settings.security.upper(), server=settings.server, reason=reason)


def _connect(settings: SmtpSettings, password: str | None, timeout: float,
             context: ssl.SSLContext | None) -> smtplib.SMTP:
    """An SMTP connection, secured and logged in as the settings say (errors mapped)."""
    smtp: smtplib.SMTP | None = None
    try:
        try:
            if settings.security == "ssl":
                smtp = smtplib.SMTP_SSL(settings.host, settings.port, timeout=timeout,
                                        context=context or tls_context())
            else:
                smtp = smtplib.SMTP(settings.host, settings.port, timeout=timeout)
            smtp.ehlo()
            if settings.security == "starttls":
                smtp.starttls(context=context or tls_context())
                smtp.ehlo()
        except (ssl.SSLError, smtplib.SMTPNotSupportedError) as exc:
            raise _tls_error(exc, settings) from None
        except smtplib.SMTPResponseException as exc:
            raise MailConnectionError(QT_TRANSLATE_NOOP(
                "mail", "Le serveur d'envoi {server} refuse la conversation : {code} {reason}. "
                "L'e-mail n'est pas parti."),
                server=settings.server, code=exc.smtp_code, reason=_text(exc.smtp_error)) from None
        except (OSError, smtplib.SMTPException) as exc:
            raise _connection_error(exc, settings, timeout) from None
        if settings.user:
            _login(smtp, settings, password or "", timeout)
        return smtp
    except BaseException:
        if smtp is not None:
            smtp.close()
        raise


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _login_utf8(smtp: smtplib.SMTP, user: str, password: str) -> None:
    """AUTH PLAIN or LOGIN with UTF-8 credentials (RFC 4616): ``smtplib.login`` accepts ASCII
    only, and passwords with accents are common."""
    if user.isascii() and password.isascii():
        smtp.login(user, password)
        return
    smtp.ehlo_or_helo_if_needed()
    if not smtp.has_extn("auth"):
        raise smtplib.SMTPNotSupportedError("SMTP AUTH extension not supported by server.")
    mechanisms = smtp.esmtp_features["auth"].upper().split()
    if "PLAIN" in mechanisms:
        blob = b"\0" + user.encode("utf-8") + b"\0" + password.encode("utf-8")
        code, response = smtp.docmd("AUTH", "PLAIN " + _b64(blob))
    elif "LOGIN" in mechanisms:
        code, response = smtp.docmd("AUTH", "LOGIN " + _b64(user.encode("utf-8")))
        if code == 334:
            code, response = smtp.docmd(_b64(password.encode("utf-8")))
    else:
        raise smtplib.SMTPException("No suitable authentication method found.")
    if code not in (235, 503):  # 503: already authenticated
        raise smtplib.SMTPAuthenticationError(code, response)


def _login(smtp: smtplib.SMTP, settings: SmtpSettings, password: str, timeout: float) -> None:
    try:
        _login_utf8(smtp, settings.user, password)
    except smtplib.SMTPAuthenticationError:
        # The server's answer is not shown: some servers echo what they received.
        raise MailAuthError(QT_TRANSLATE_NOOP(
            "mail", "Le serveur d'envoi {server} a refusé l'identifiant « {user} » ou le mot de "
            "passe : vérifiez-les dans les paramètres d'envoi. L'e-mail n'est pas parti."),
            server=settings.server, user=settings.user) from None
    except smtplib.SMTPNotSupportedError:
        raise MailAuthError(QT_TRANSLATE_NOOP(
            "mail", "Le serveur d'envoi {server} ne propose pas d'identification sur cette "
            "connexion : choisissez SSL ou STARTTLS, ou laissez l'identifiant vide. L'e-mail "
            "n'est pas parti."), server=settings.server) from None
    except smtplib.SMTPException as exc:
        if isinstance(exc, smtplib.SMTPServerDisconnected):
            raise _connection_error(exc, settings, timeout) from None
        raise MailAuthError(QT_TRANSLATE_NOOP(
            "mail", "L'identification auprès du serveur d'envoi {server} a échoué : vérifiez "
            "l'identifiant « {user} » et le mot de passe. L'e-mail n'est pas parti."),
            server=settings.server, user=settings.user) from None
    except OSError as exc:
        raise _connection_error(exc, settings, timeout) from None


def check_connection(settings: SmtpSettings, password: str | None, *, timeout: float = 20,
                    context: ssl.SSLContext | None = None) -> None:
    """Connect, secure and log in, then leave; raises a :class:`MailError` on any failure."""
    check_settings(settings)
    log.info("testing the SMTP connection to %s (%s)", settings.server, settings.security)
    smtp = _connect(settings, password, timeout, context)
    try:
        smtp.quit()
    except (OSError, smtplib.SMTPException):
        smtp.close()


def send(message: EmailMessage, settings: SmtpSettings, password: str | None, *,
         timeout: float = 20, context: ssl.SSLContext | None = None) -> list[str]:
    """Send ``message``; returns the recipients the server refused while accepting others.

    Raises a :class:`MailError` subclass when nothing was sent. ``password`` is used for the
    login only, never logged.
    """
    check_settings(settings)
    recipients = _recipients(message)
    log.info("sending e-mail %s to %d recipients via %s (%s)", message.get("Message-ID"),
             len(recipients), settings.server, settings.security)
    smtp = _connect(settings, password, timeout, context)
    try:
        refused = smtp.send_message(message, from_addr=settings.sender, to_addrs=recipients)
    except smtplib.SMTPRecipientsRefused as exc:
        first = next(iter(exc.recipients.items()), None)
        raise MailRecipientError(QT_TRANSLATE_NOOP(
            "mail", "Le serveur d'envoi a refusé le destinataire {address} ({reason}) : "
            "vérifiez l'adresse. L'e-mail n'est pas parti."),
            address=", ".join(exc.recipients) or "?",
            reason=_text(first[1][1]) if first else "") from None
    except smtplib.SMTPSenderRefused as exc:
        raise MailRecipientError(QT_TRANSLATE_NOOP(
            "mail", "Le serveur d'envoi a refusé l'adresse de l'expéditeur {address} ({reason}) : "
            "elle doit souvent être celle du compte d'envoi. L'e-mail n'est pas parti."),
            address=settings.sender, reason=_text(exc.smtp_error)) from None
    except smtplib.SMTPResponseException as exc:
        raise MailError(QT_TRANSLATE_NOOP(
            "mail", "Le serveur d'envoi {server} a refusé l'e-mail : {code} {reason}. L'e-mail "
            "n'est pas parti."),
            server=settings.server, code=exc.smtp_code, reason=_text(exc.smtp_error)) from None
    except (OSError, smtplib.SMTPException) as exc:
        raise _connection_error(exc, settings, timeout) from None
    finally:
        try:
            smtp.quit()
        except (OSError, smtplib.SMTPException):
            smtp.close()
    log.info("e-mail %s sent (%d refused)", message.get("Message-ID"), len(refused))
    return sorted(refused)


def _attachments(message: EmailMessage) -> list[tuple[str, bytes, str]]:
    found = []
    for part in message.iter_attachments():
        data = part.get_payload(decode=True)
        if isinstance(data, bytes):
            found.append((part.get_filename() or "piece-jointe", data, part.get_content_type()))
    return found


def _store(name: str, data: bytes, mime: str) -> Attachment:
    return Attachment.create(file_name=name, mime_type=mime,
                             sha256=hashlib.sha256(data).hexdigest(), size=len(data), data=data)


@in_session
def record_sent(cf: CompanySession, customer_id: int, message: EmailMessage, *,
                document_id: int | None = None, user_id: int | None = None,
                at: datetime) -> int:
    """Record a sent e-mail in the history; returns the interaction's id.

    The document sent (if any) is marked sent by e-mail, and gets the attachment as its file when
    it had none. Without a document, each attachment is kept as a document of kind « email », so
    the history shows what was sent.
    """
    to = ", ".join(_recipients(message))
    subject = str(message.get("Subject", ""))
    notes = f"À : {to} — Objet : {subject}"
    attachments = _attachments(message)
    with cf.db.atomic():
        links = ([row.invoice_id for row in DocumentInvoice.select().where(
            DocumentInvoice.document == document_id)] if document_id is not None else [])
        interaction = Interaction.create(
            customer=customer_id, kind="email", occurred_at=at, user=user_id, notes=notes,
            invoice=links[0] if len(links) == 1 else None)
        documents: list[int] = []
        if document_id is not None:
            document = Document.get_by_id(document_id)
            if document.file_id is None and attachments:
                pdfs = [a for a in attachments if a[2] == "application/pdf"] or attachments
                document.file = _store(*pdfs[0])
            document.sent_via = "email"
            document.sent_at = at
            document.interaction = interaction
            document.save()
            documents.append(int(document.id))
        else:
            for name, data, mime in attachments:
                document = Document.create(customer=customer_id, kind="email", created_at=at,
                                           file=_store(name, data, mime), sent_via="email",
                                           sent_at=at, interaction=interaction)
                documents.append(int(document.id))
        audit.record(cf, "send", "email", int(interaction.id), customer_id=customer_id,
                     user_id=user_id, after={"to": to, "subject": subject,
                                             "message_id": str(message.get("Message-ID", "")),
                                             "documents": documents,
                                             "attachments": [a[0] for a in attachments]})
    cf.report(Change.of(Topic.DOCUMENTS, customers=[customer_id]))
    return int(interaction.id)


# Subject and body proposed for a document, in the customer's language (the user edits them).
_TEXTS: dict[str, tuple[str, str]] = {
    "fr": ("{company} — {name}",
           "Bonjour,\n\nVeuillez trouver ci-joint {name}.\n\nNous restons à votre disposition "
           "pour toute question.\n\nCordialement,\n{signature}"),
    "en": ("{company} — {name}",
           "Hello,\n\nPlease find attached {name}.\n\nDo not hesitate to contact us with any "
           "question.\n\nKind regards,\n{signature}"),
    "nl": ("{company} — {name}",
           "Goedendag,\n\nIn bijlage vindt u {name}.\n\nVoor vragen staan wij tot uw "
           "beschikking.\n\nMet vriendelijke groeten,\n{signature}"),
}

_DOCUMENT = {"fr": "le document", "en": "the document", "nl": "het document"}


@in_session
def recipients_of(cf: CompanySession, customer_id: int) -> list[str]:
    """The customer's e-mail, else its primary contact's, else the first contact's with one."""
    customer = Customer.get_by_id(customer_id)
    if customer.email.strip():
        return [customer.email.strip()]
    contacts = (Contact.select().where((Contact.customer == customer_id) & (Contact.email != ""))
                .order_by(Contact.is_primary.desc(), Contact.id))
    return [c.email.strip() for c in contacts[:1]]


@in_session
def compose(cf: CompanySession, customer_id: int, *, document_id: int | None = None,
            subject: str | None = None, body: str | None = None) -> Outgoing:
    """A proposed e-mail: recipients from the customer card, the document's file attached,
    subject and body (unless given) in the customer's language."""
    company = cf.company
    customer = Customer.get_by_id(customer_id)
    attachments: list[tuple[str, bytes, str]] = []
    name = ""
    if document_id is not None:
        document = Document.get_by_id(document_id)
        if document.file_id is not None:
            file = Attachment.get_by_id(document.file_id)
            attachments.append((file.file_name, bytes(file.data), file.mime_type))
            name = file.file_name
    language = (customer.language or "fr")[:2].lower()
    subject_text, body_text = _TEXTS.get(language, _TEXTS["fr"])
    values = {"company": company.name, "name": name or _DOCUMENT.get(language, _DOCUMENT["fr"]),
              "signature": company.signature.strip() or company.name}
    return Outgoing(
        to=recipients_of(cf, customer_id), cc=[],
        subject=subject if subject is not None else subject_text.format(**values).strip(" —"),
        body=body if body is not None else body_text.format(**values),
        attachments=attachments)


# -- e-mails written from the call sheet (texts « email.invoice-copy.* », « email.call-recap.* ») --
def _call_values(cf: CompanySession, customer: Customer, invoice_ids: Sequence[int], *,
                 user_name: str, today: date) -> tuple[str, dict[str, str]]:
    """(language, the fields every letter e-mail may use) for the invoices spoken about."""
    from relance_desktop.domain.references import format_iban, reference_for
    from relance_desktop.formatting import Formatter
    from relance_desktop.services import invoices as invoice_service
    from relance_desktop.services.callsheet import language_locale, long_date

    company = cf.company
    language = templates.language_of(customer.language)
    locale = language_locale(language, customer.country)
    fmt = Formatter(locale)
    wanted = set(invoice_ids)
    lines = sorted((i for i in invoice_service.invoices_of(cf, customer.id) if i.id in wanted),
                   key=lambda i: (i.due_date, i.number))
    currency = lines[0].currency if lines else str(company.currency)
    contact = (Contact.select().where(Contact.customer == customer.id)
               .order_by(Contact.is_primary.desc(), Contact.id).first())
    main = lines[0].number if lines else str(customer.id)
    return language, {
        "customer": customer.name,
        "contact": contact.name if contact is not None else customer.name,
        "company": company.name,
        "user": user_name or company.name,
        "city": company.city or "—",
        "date": long_date(today, locale) + f" {today.year}",
        "invoice_numbers": ", ".join(i.number for i in lines) or "—",
        "invoice_count": str(len(lines)),
        "total_due": fmt.money(sum(i.due_cents for i in lines if i.currency == currency),
                               currency),
        "reference": reference_for(company.country, main)[1],
        "iban": format_iban(company.iban) if company.iban else "—",
        "bic": company.bic or "—",
        "email": company.email or "—",
        "phone": fmt.phone(company.phone, company.country) if company.phone else "—",
    }


def _call_email(cf: CompanySession, kind: str, customer_id: int, invoice_ids: Sequence[int], *,
                user_name: str, today: date, to: Sequence[str] | None,
                extra: Mapping[str, str] | None = None,
                attachments: Sequence[tuple[str, bytes, str]] = ()) -> Outgoing:
    customer = Customer.get_by_id(customer_id)
    language, values = _call_values(cf, customer, invoice_ids, user_name=user_name, today=today)
    values.update(extra or {})
    texts = templates.letter_templates_for(cf, language)
    return Outgoing(
        to=[a for a in (to if to is not None else recipients_of(cf, customer_id)) if a.strip()],
        cc=[], subject=templates.render_letter(texts, f"email.{kind}.subject", values),
        body=templates.render_letter(texts, f"email.{kind}.body", values),
        attachments=list(attachments))


@in_session
def invoice_copy_email(cf: CompanySession, customer_id: int, invoice_ids: Sequence[int], *,
                       user_name: str, today: date, to: Sequence[str] | None = None) -> Outgoing:
    """The copies of invoices the customer says never arrived, attached to the editable e-mail
    « email.invoice-copy » in the customer's language. Invoices without a copy are left out of
    the e-mail (its text names the attached ones). ``to``: the recipients (default: those of
    :func:`recipients_of`). A text that cannot be filled raises TemplateError."""
    from relance_desktop.services import invoices as invoice_service

    copies = {i: invoice_service.copy_attachment(cf, i) for i in invoice_ids}
    attached = [i for i in invoice_ids if copies[i] is not None]
    return _call_email(cf, "invoice-copy", customer_id, attached, user_name=user_name,
                       today=today, to=to,
                       attachments=[a for a in copies.values() if a is not None])


@in_session
def call_recap_email(cf: CompanySession, customer_id: int, recap: str,
                     invoice_ids: Sequence[int], *, user_name: str, today: date,
                     to: Sequence[str] | None = None) -> Outgoing:
    """What was agreed on the phone (``recap``, as read back to the customer) in the editable
    e-mail « email.call-recap », for the invoices spoken about. A text that cannot be filled
    raises TemplateError."""
    return _call_email(cf, "call-recap", customer_id, invoice_ids, user_name=user_name,
                       today=today, to=to, extra={"recap": recap.strip() or "—"})

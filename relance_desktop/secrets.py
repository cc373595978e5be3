"""The one place that talks to the OS keyring (DESIGN §2, §5).

Passwords live in the system keyring (Secret Service, macOS Keychain, Windows Credential Locker)
under the service « Relance », never in the company file, the settings or the logs. ``keyring`` is
imported lazily: choosing a backend costs ~150 ms, which start-up must not pay.

Backends that do not keep a secret are refused: the ``fail`` backend a headless Linux picks, the
``null`` backend, and every ``keyrings.alt`` backend (the plaintext file one stores passwords in
clear). Without a usable backend the caller asks for the password each time; nothing falls back to
storing it elsewhere.
"""

from __future__ import annotations

import logging
from typing import Any

from relance_desktop.errors import UserFacingError
from relance_desktop.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

SERVICE = "Relance"
CTX = "mail"

NO_KEYRING = QT_TRANSLATE_NOOP(
    "mail",
    "Aucun trousseau de mots de passe n'est disponible sur cet ordinateur : le mot de passe sera "
    "demandé à chaque envoi (il n'est jamais enregistré en clair).",
)
LOCKED = QT_TRANSLATE_NOOP(
    "mail",
    "Le trousseau de mots de passe est verrouillé : déverrouillez-le (session du système) puis "
    "réessayez, ou tapez le mot de passe.",
)
KEYRING_FAILED = QT_TRANSLATE_NOOP(
    "mail", "Le trousseau de mots de passe a refusé l'opération : {reason}"
)


class SecretsError(UserFacingError):
    """The keyring cannot be used as asked."""


class KeyringUnavailableError(SecretsError):
    """No keyring backend that keeps secrets safely."""


class KeyringLockedError(SecretsError):
    """The keyring exists but is locked (or the user refused to unlock it)."""


def smtp_account(user: str, host: str) -> str:
    """The keyring account of an SMTP login: « smtp:user@host »."""
    return f"smtp:{user.strip()}@{host.strip().lower()}"


def server_account(user: str, host: str, port: int, database: str) -> str:
    """The keyring account of a team server login: « pg:user@host:port/database »."""
    return f"pg:{user.strip()}@{host.strip().lower()}:{int(port)}/{database.strip()}"


def _refused(backend: Any) -> bool:
    """True for a backend that does not keep secrets, or keeps them in clear."""
    cls = type(backend)
    module = cls.__module__ or ""
    return (
        module in ("keyring.backends.fail", "keyring.backends.null")
        or module == "keyrings.alt" or module.startswith("keyrings.alt.")
        or "plaintext" in cls.__name__.lower()
    )


def _backend() -> Any | None:
    """The backend to use, or None. In a chain, the best backend that is not refused."""
    import keyring
    from keyring.backends.chainer import ChainerBackend

    backend = keyring.get_keyring()
    if isinstance(backend, ChainerBackend):
        usable = [b for b in backend.backends if not _refused(b)]
        return usable[0] if usable else None
    return None if _refused(backend) else backend


def keyring_available() -> bool:
    """Whether passwords can be kept in a safe keyring here."""
    try:
        return _backend() is not None
    except Exception as exc:  # a broken keyring installation must not stop the app
        log.warning("keyring unusable: %s", type(exc).__name__)
        return False


def _usable_backend() -> Any:
    backend = _backend()
    if backend is None:
        raise KeyringUnavailableError(NO_KEYRING, context=CTX)
    return backend


def _mapped(exc: Exception, secret: str | None = None) -> SecretsError:
    from keyring.errors import InitError, KeyringLocked, NoKeyringError

    if isinstance(exc, KeyringLocked):
        return KeyringLockedError(LOCKED, context=CTX)
    if isinstance(exc, (NoKeyringError, InitError)):
        return KeyringUnavailableError(NO_KEYRING, context=CTX)
    reason = str(exc) or type(exc).__name__
    if secret:
        reason = reason.replace(secret, "•••")
    return SecretsError(KEYRING_FAILED, context=CTX, reason=reason)


def get_password(account: str) -> str | None:
    """The password kept for ``account``, or None when none is kept.

    Raises :class:`KeyringUnavailableError` without a usable keyring, :class:`KeyringLockedError`
    when it is locked.
    """
    from keyring.errors import KeyringError

    backend = _usable_backend()
    try:
        value = backend.get_password(SERVICE, account)
    except (KeyringError, OSError, RuntimeError) as exc:
        log.warning("keyring read for %s failed: %s", account, type(exc).__name__)
        raise _mapped(exc) from None
    log.info("keyring read for %s: %s", account, "found" if value else "none kept")
    return str(value) if value is not None else None


def set_password(account: str, password: str) -> None:
    """Keep ``password`` for ``account`` in the keyring (never anywhere else)."""
    from keyring.errors import KeyringError

    backend = _usable_backend()
    try:
        backend.set_password(SERVICE, account, password)
    except (KeyringError, OSError, RuntimeError) as exc:
        log.warning("keyring write for %s failed: %s", account, type(exc).__name__)
        raise _mapped(exc, password) from None
    log.info("password kept in the keyring for %s", account)


def delete_password(account: str) -> None:
    """Forget the password of ``account`` (nothing happens when none is kept)."""
    from keyring.errors import KeyringError, PasswordDeleteError

    backend = _usable_backend()
    try:
        backend.delete_password(SERVICE, account)
    except PasswordDeleteError:
        return
    except (KeyringError, OSError, RuntimeError) as exc:
        log.warning("keyring delete for %s failed: %s", account, type(exc).__name__)
        raise _mapped(exc) from None
    log.info("password removed from the keyring for %s", account)

"""People and roles of a team: who is signed in, what their role lets them do, and the
administrator's work on the people (add, change role, disable).

The server enforces the roles (:mod:`relance_desktop.store.server_roles`): the window only hides
what a role cannot do, and a write the server refuses anyway becomes a plain message
(:func:`refused_write`) with nothing typed lost. Each person has a ``user`` row matching their
login (made on their first sign-in, or when an administrator adds them), which every history
entry and audit event written in their session names. On a company file (one user) there are no
roles: everything is allowed and nothing here shows.
"""

from __future__ import annotations

import logging
import weakref
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from relance_desktop.errors import UserFacingError, ValidationError
from relance_desktop.i18n import QT_TRANSLATE_NOOP
from relance_desktop.store import server_roles
from relance_desktop.store.models import User
from relance_desktop.store.server_roles import Role
from relance_desktop.store.session import CompanySession, Engine, in_session

__all__ = ["Ability", "Member", "Role", "SignedIn", "refused_write"]

log = logging.getLogger(__name__)

ROLE_LABELS = {
    Role.ADMIN: QT_TRANSLATE_NOOP("team", "Administrateur"),
    Role.COLLECTOR: QT_TRANSLATE_NOOP("team", "Chargé de recouvrement"),
    Role.READER: QT_TRANSLATE_NOOP("team", "Lecture seule"),
}

REFUSED = QT_TRANSLATE_NOOP(
    "errors", "Votre rôle dans l'équipe ne permet pas cette modification : le serveur l'a "
    "refusée et rien n'a été enregistré. Ce que vous avez saisi est toujours là. Demandez à un "
    "administrateur de l'équipe de la faire, ou de changer votre rôle."
)
BAD_LOGIN = QT_TRANSLATE_NOOP(
    "team", "L'identifiant s'écrit en minuscules sans accent ni espace (lettres, chiffres, « _ », "
    "« . » ou « - »), commence par une lettre et fait au plus 63 caractères."
)
SHORT_PASSWORD = QT_TRANSLATE_NOOP(
    "team", "Le mot de passe doit faire au moins {count} caractères."
)
TAKEN_LOGIN = QT_TRANSLATE_NOOP(
    "team", "L'identifiant « {login} » existe déjà sur ce serveur : choisissez-en un autre."
)
MIN_PASSWORD = 10


class Ability(StrEnum):
    ADMINISTER = "administer"  # people, company settings, rates, texts, scenarios
    WRITE = "write"  # calls, letters, payments, promises, customers, invoices


@dataclass(frozen=True)
class SignedIn:
    login: str
    role: Role
    user_id: int | None  # the ``user`` row naming this person in the history


@dataclass(frozen=True)
class Member:
    login: str
    name: str
    role: Role
    active: bool
    user_id: int | None


_SIGNED: weakref.WeakKeyDictionary[CompanySession, SignedIn] = weakref.WeakKeyDictionary()


def _database(cf: CompanySession) -> str:
    return str(cf.scalar("SELECT current_database()"))


def _insufficient(exc: BaseException) -> bool:
    seen: set[int] = set()
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        if getattr(cause, "pgcode", None) == "42501":  # insufficient_privilege
            return True
        inner = cause.args[0] if cause.args and isinstance(cause.args[0], BaseException) else None
        cause = inner or cause.__cause__ or cause.__context__
    return False


def refused_write(exc: BaseException) -> UserFacingError | None:
    """The plain message for a write the server refused to this role; None otherwise."""
    return UserFacingError(REFUSED) if _insufficient(exc) else None


@in_session
def sign_in(cf: CompanySession, name: str = "") -> SignedIn | None:
    """Read this login's role and find (or make) its ``user`` row; None on a company file. A
    row made now is named ``name`` (the person's name from their preferences), else the login;
    an existing row keeps the name it has (an administrator may have set it)."""
    if cf.engine is not Engine.POSTGRES:
        return None
    login = str(cf.scalar("SELECT current_user"))
    role = server_roles.role_of_current_login(cf.db.cursor(), _database(cf))
    user = User.get_or_none(User.login == login)
    if user is None and role is not Role.READER:
        try:
            with cf.atomic():
                user = User.create(name=" ".join(name.split()) or login, login=login)
        except Exception as exc:
            if not _insufficient(exc):
                raise
            log.info("no user row made for this login: the role may not add one")
    signed = SignedIn(login, role, int(user.id) if user is not None else None)
    _SIGNED[cf] = signed
    log.info("signed in as a %s", role.value)
    return signed


def signed_in(cf: CompanySession | None) -> SignedIn | None:
    """Who is signed in to this server session (None for a company file)."""
    return None if cf is None else _SIGNED.get(cf)


def role_of(cf: CompanySession | None) -> Role | None:
    signed = signed_in(cf)
    return None if signed is None else signed.role


def can(cf: CompanySession | None, ability: Ability) -> bool:
    """Whether the person signed in may do this (always on a company file)."""
    role = role_of(cf)
    if role is None or role is Role.ADMIN:
        return True
    return ability is Ability.WRITE and role is Role.COLLECTOR


def current_user_id(cf: CompanySession | None) -> int | None:
    """The ``user`` row of the person signed in to a server (None on a company file)."""
    signed = signed_in(cf)
    return None if signed is None else signed.user_id


# -- the administrator's work on the people -------------------------------------------------------
@in_session
def members(cf: CompanySession) -> list[Member]:
    """The people of the team (logins in one of its groups), with their role and name."""
    if cf.engine is not Engine.POSTGRES:
        return []
    found = server_roles.people(cf.db.cursor(), _database(cf))
    users = {u.login: u for u in User.select().where(User.login != "")}
    result = []
    for login, role, can_login in found:
        user = users.get(login)
        result.append(Member(login, user.name if user is not None else login, role,
                             can_login and (user is None or bool(user.active)),
                             int(user.id) if user is not None else None))
    return result


def _check(login: str, password: str) -> str:
    login = login.strip()
    if not server_roles.LOGIN_PATTERN.match(login):
        raise ValidationError("login", BAD_LOGIN)
    if len(password) < MIN_PASSWORD:
        raise ValidationError("password", SHORT_PASSWORD, count=MIN_PASSWORD)
    return login


def _user_row(login: str, name: str, active: bool = True) -> Any:
    user = User.get_or_none(User.login == login)
    if user is None:
        return User.create(name=name or login, login=login, active=active)
    User.update(name=name or user.name, active=active).where(User.id == user.id).execute()
    return user


@in_session
def add_person(cf: CompanySession, login: str, name: str, password: str, role: Role) -> None:
    """A new login on the server with ``role``, and its ``user`` row (all or nothing)."""
    login = _check(login, password)
    if cf.scalar("SELECT 1 FROM pg_roles WHERE rolname = ?", (login,)):
        raise ValidationError("login", TAKEN_LOGIN, login=login)
    database = _database(cf)
    with cf.atomic():
        cursor = cf.db.cursor()
        server_roles.create_login(cursor, cf.db.connection(), login, password)
        server_roles.set_role(cursor, database, login, role)
        _user_row(login, " ".join(name.split()))
    log.info("person added with role %s", role.value)


@in_session
def change_role(cf: CompanySession, login: str, role: Role) -> None:
    with cf.atomic():
        server_roles.set_role(cf.db.cursor(), _database(cf), login, role)
    log.info("role changed to %s", role.value)


@in_session
def set_active(cf: CompanySession, login: str, active: bool) -> None:
    """Disable a person (they can no longer sign in; their history keeps their name) or let
    them sign in again."""
    with cf.atomic():
        server_roles.set_login_allowed(cf.db.cursor(), login, active)
        user = User.get_or_none(User.login == login)
        if user is not None:
            User.update(active=active).where(User.id == user.id).execute()

"""Connecting to a company on a team server: parameters, the password in the keyring, recent
servers (host, port, database, user only: never the password, which only the keyring keeps)."""

from __future__ import annotations

import logging
import weakref
from typing import Any

from relance_desktop import secrets
from relance_desktop.services import team_roles
from relance_desktop.store.server import (
    ServerParams,
    is_local,
    open_server_company,
    sslmode_for,
)
from relance_desktop.store.session import CompanySession

__all__ = ["ServerParams", "is_local", "open_team_company", "sslmode_for"]

log = logging.getLogger(__name__)

MAX_RECENT_SERVERS = 6


def account(params: ServerParams) -> str:
    return secrets.server_account(params.user, params.host, params.port, params.database)


def saved_password(params: ServerParams) -> str | None:
    """The password kept in the keyring for this login, or None (none kept, no keyring)."""
    try:
        return secrets.get_password(account(params))
    except secrets.SecretsError as exc:
        log.info("no saved server password: %s", type(exc).__name__)
        return None


def remember_password(params: ServerParams, password: str) -> None:
    """Keep the password in the keyring (raises :class:`secrets.SecretsError` without one)."""
    secrets.set_password(account(params), password)


def forget_password(params: ServerParams) -> None:
    secrets.delete_password(account(params))


_SERVERS: weakref.WeakKeyDictionary[CompanySession, ServerParams] = weakref.WeakKeyDictionary()


def open_team_company(params: ServerParams, password: str | None,
                      name: str = "") -> CompanySession:
    """A session on the company of a server database (a :class:`UserFacingError` otherwise),
    signed in; ``name``: the person's name, given to their ``user`` row on their first visit."""
    cf = open_server_company(params, password)
    try:
        team_roles.sign_in(cf, name)
    except BaseException:
        cf.close()
        raise
    _SERVERS[cf] = params
    return cf


def server_of(cf: CompanySession | None) -> ServerParams | None:
    """The server a session was opened on (None for a company file)."""
    return None if cf is None else _SERVERS.get(cf)


def _as_entry(params: ServerParams) -> dict[str, Any]:
    return {"host": params.host, "port": params.port, "database": params.database,
            "user": params.user, "sslmode": params.sslmode, "ca_file": params.ca_file,
            "hostaddr": params.hostaddr}


def recent_servers(settings: Any) -> list[ServerParams]:
    """The servers connected to lately, most recent first (wrong entries skipped)."""
    found = []
    for entry in settings.get("recent_servers"):
        try:
            found.append(ServerParams(str(entry["host"]), int(entry["port"]),
                                      str(entry["database"]), str(entry["user"]),
                                      str(entry.get("sslmode") or sslmode_for(entry["host"])),
                                      str(entry.get("ca_file") or ""),
                                      str(entry.get("hostaddr") or "")))
        except (KeyError, TypeError, ValueError):
            continue
    return found


def add_recent_server(settings: Any, params: ServerParams) -> None:
    entries = [_as_entry(p) for p in recent_servers(settings)
               if (p.host, p.port, p.database, p.user)
               != (params.host, params.port, params.database, params.user)]
    settings.set("recent_servers", [_as_entry(params), *entries][:MAX_RECENT_SERVERS])

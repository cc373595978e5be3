"""What the views need to know about where a company is stored, without touching the store."""

from __future__ import annotations

from pathlib import Path

from relance_desktop.errors import CompanyFileError, UserFacingError
from relance_desktop.i18n import QT_TRANSLATE_NOOP
from relance_desktop.services.team_roles import refused_write
from relance_desktop.store.database import READ_ONLY, classify_sqlite_error
from relance_desktop.store.server import UNREACHABLE, connection_lost
from relance_desktop.store.session import CompanySession, Engine

OPENED_READ_ONLY = QT_TRANSLATE_NOOP(
    "errors", "« {path} » est ouvert en lecture seule ici, car une autre fenêtre de Relance "
    "l'utilise : rien n'a été enregistré. Faites la modification dans cette autre fenêtre, ou "
    "fermez-la puis rouvrez le fichier ici.")


def storage_error(
    exc: BaseException, where: Path | str | CompanySession
) -> UserFacingError | None:
    """The plain message for a database error caused by the environment (locked file, full
    disk, read-only folder…), or None when it is a bug. Given the session, a write refused
    because this window opened the file read-only says so. On a team server, a write refused
    to the person's role says so (services.team_roles); a server out of reach says so."""
    refused = refused_write(exc)
    if refused is not None:
        return refused
    if isinstance(where, CompanySession) and where.engine is Engine.POSTGRES and (
            connection_lost(exc) or not where.connection.online):
        return CompanyFileError(UNREACHABLE, where=where.where)
    if isinstance(where, CompanySession):
        mapped = classify_sqlite_error(exc, where.where)
        if mapped is not None and where.read_only and mapped.message.text == READ_ONLY:
            return CompanyFileError(OPENED_READ_ONLY, path=where.where)
        return mapped
    return classify_sqlite_error(exc, where)

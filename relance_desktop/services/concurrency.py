"""Edits made from a form check that nobody changed the row since the form loaded it.

Two windows (or two instances, or two computers on one PostgreSQL server) may edit the same
customer, contact or invoice. A form remembers what it loaded (the same ``…Input`` the service
gave it); when it saves, the service reads the row again inside its transaction (locked with
``FOR UPDATE`` on PostgreSQL; on SQLite the write would fail if another connection committed
since the read) and compares. A difference raises :class:`EditConflictError` instead of writing
the form's old values over the other change: the window offers to reload.

Comparing what the form shows (rather than a version number) needs no schema change and never
reports a conflict for a column the form does not show.
"""

from __future__ import annotations

from typing import Any

from relance_desktop.errors import UserFacingError
from relance_desktop.i18n import QT_TRANSLATE_NOOP
from relance_desktop.store.session import CompanySession, Engine


class EditConflictError(UserFacingError):
    """The row changed elsewhere since the form loaded it; nothing was written."""


CHANGED_ELSEWHERE = QT_TRANSLATE_NOOP(
    "errors", "« {name} » a été modifié ailleurs (une autre fenêtre, une autre session de "
    "Relance ou un autre poste) depuis l'ouverture de ce formulaire. Rien n'a été enregistré.")


def locked_row(cf: CompanySession, model: Any, row_id: int) -> Any:
    """The row, read again for an update (locked until the transaction ends on PostgreSQL)."""
    query = model.select().where(model.id == row_id)
    if cf.engine is Engine.POSTGRES:
        query = query.for_update()
    return query.get()


def check_unchanged(loaded: object | None, current: object, name: str) -> None:
    """Raise :class:`EditConflictError` when the row no longer reads as the form loaded it."""
    if loaded is not None and loaded != current:
        raise EditConflictError(CHANGED_ELSEWHERE, name=name)

"""Edits made from a form check that nobody changed the row since the form loaded it.

Two windows (or two instances, or two computers on one PostgreSQL server) may edit the same
customer, contact or invoice. A form remembers what it loaded (the same ``…Input`` the service
gave it); when it saves, the service reads the row again inside its transaction (locked with
``FOR UPDATE`` on PostgreSQL; on SQLite the write would fail if another connection committed
since the read) and compares. A difference raises :class:`EditConflictError` instead of writing
the form's old values over the other change: the window offers to reload.

What the form loaded is the version it edits: comparing it with the row as it is now needs no
schema change and never reports a conflict for a column the form does not show. The error
carries the row as it is now (``theirs``), so that the window can show both versions field by
field (:func:`differences`), let the user choose, and save the merge with ``theirs`` as the new
version it was made from.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, is_dataclass, replace
from typing import Any

from relance_desktop.errors import UserFacingError
from relance_desktop.i18n import QT_TRANSLATE_NOOP
from relance_desktop.store.session import CompanySession, Engine


class EditConflictError(UserFacingError):
    """The row changed elsewhere since the form loaded it; nothing was written. ``theirs``:
    the row as it is now, read as the form shows it."""

    theirs: Any = None


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
        error = EditConflictError(CHANGED_ELSEWHERE, name=name)
        error.theirs = current
        raise error


@dataclass(frozen=True)
class Difference:
    """One field the two versions disagree on. ``keep_mine``: what is proposed (the user's
    value when they changed the field, the saved one when only the other side did)."""

    field: str
    loaded: Any
    theirs: Any
    mine: Any

    @property
    def keep_mine(self) -> bool:
        return bool(self.mine != self.loaded)


def differences(loaded: Any, theirs: Any, mine: Any) -> list[Difference]:
    """The fields (of three versions of one form's dataclass) where what is saved now differs
    from what the user has: each changed elsewhere since the form loaded it, or by both sides.
    A field only the user changed is not a disagreement: their value stays."""
    if not (is_dataclass(loaded) and is_dataclass(theirs) and is_dataclass(mine)):
        raise TypeError("differences() compares dataclass instances")
    found = []
    for spec in fields(theirs):
        base, saved, typed = (getattr(v, spec.name) for v in (loaded, theirs, mine))
        if saved != typed and saved != base:
            found.append(Difference(spec.name, base, saved, typed))
    return found


def merged(theirs: Any, mine: Any, take_theirs: set[str]) -> Any:
    """The user's version, with the fields of ``take_theirs`` as saved now."""
    return replace(mine, **{name: getattr(theirs, name) for name in take_theirs})

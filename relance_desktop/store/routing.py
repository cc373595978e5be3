"""How the peewee models find their database: the company session active in this context.

peewee binds a model class to one database object. The models are bound to :data:`ROUTER`,
which forwards every use to the database of the session active in the current context (a
:class:`contextvars.ContextVar`: each thread, and each ``with session.use()`` block, has its
own). Nothing falls back to "the last company opened".
"""

from __future__ import annotations

from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

from peewee import Database, DatabaseProxy

if TYPE_CHECKING:
    from relance_desktop.store.session import CompanySession

ACTIVE: ContextVar[CompanySession | None] = ContextVar("relance_company_session", default=None)


class NoSessionError(RuntimeError):
    """A model was used with no company session active: a bug (a service forgot its session)."""


def active_session() -> CompanySession:
    session = ACTIVE.get()
    if session is None:
        raise NoSessionError(
            "no company session is active here: pass the session to the service "
            "(decorated with @in_session) or use « with session.use(): »"
        )
    return session


class _Router(DatabaseProxy):
    """The database the models are bound to: the active session's, looked up at each use."""

    __slots__ = ()

    def __init__(self) -> None:
        object.__setattr__(self, "_callbacks", [])

    @property
    def obj(self) -> Database | None:
        session = ACTIVE.get()
        return None if session is None else session.db

    def initialize(self, obj: Any) -> None:
        if obj is not None:
            raise TypeError("the router follows the active session; it cannot be initialised")

    def __getattr__(self, attr: str) -> Any:
        return getattr(active_session().db, attr)

    def __enter__(self) -> Any:
        return active_session().db.__enter__()

    def __exit__(self, *exc: Any) -> Any:
        return active_session().db.__exit__(*exc)


ROUTER = _Router()



"""Never two collectors on one customer: opening a call sheet claims the customer.

On a team server a claim is a row in ``claim`` plus a PostgreSQL advisory lock held by the
session's connection: whoever takes the lock first gets the customer, and when that connection
ends (window closed, crash, network cut) the server drops the lock, so the claim is gone with it:
a claim counts only while its lock is held (read from ``pg_locks``), never a stale row someone
must clear by hand. On a company file (one user at a time) there is nobody else: every claim
succeeds and nothing is written.

Taking and giving back a claim is reported as a change (:attr:`Topic.CLAIMS`), which reaches
the other sessions by ``NOTIFY``: their windows show « En appel avec … » at once. A claim that
ends with its connection sends nothing (a dead connection cannot); the windows read the claims
again every few seconds as well for that case (views.claim_watch).

The others see the holder by the name of their ``user`` row (services.team_roles: the person's
name as the administrator typed it), or by their login when that row has no name (or there is
no row: a read-only login); the ``holder`` a session passes is kept in the row for the record.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, time
from time import monotonic
from typing import Any

from relance_desktop.i18n import QT_TRANSLATE_NOOP
from relance_desktop.services.queue import (
    Owners,
    QueuePolicy,
    QueueRow,
    rows_in_order,
    today_sections,
)
from relance_desktop.store.session import Change, CompanySession, Engine, Topic, in_session

log = logging.getLogger(__name__)

# The first key of the two-key advisory locks: the customers' calls (the second is the id).
LOCK_SPACE = 0x52_4C_43  # "RLC"

IN_CALL = QT_TRANSLATE_NOOP("claims", "En appel avec {holder} depuis {time}")

# The name of a login's ``user`` row, blank when it has none.
NAME_OF = ('(SELECT u."name" FROM "user" u WHERE u."login" = {login} AND u."login" <> \'\' '
           'ORDER BY u."id" LIMIT 1)')

_HOLDER_NAME = NAME_OF.format(login='c."login"')
HELD = (
    'SELECT c."customer_id", cu."name" AS customer_name, '
    f'COALESCE(NULLIF(TRIM({_HOLDER_NAME}), \'\'), c."login") AS holder, c."login", '
    'c."claimed_at", c."backend_pid" = pg_backend_pid() AS mine '
    'FROM "claim" c JOIN "customer" cu ON cu."id" = c."customer_id" '
    'JOIN pg_locks l ON l.locktype = \'advisory\' AND l.granted '
    'AND l.classid = ? AND l.objid = c."customer_id" AND l.objsubid = 2 '
    'AND l.pid = c."backend_pid" AND l.database = '
    '(SELECT oid FROM pg_database WHERE datname = current_database())'
)


@dataclass(frozen=True)
class Claim:
    customer_id: int
    customer_name: str
    holder: str
    login: str
    since: datetime
    mine: bool

    @property
    def time(self) -> str:
        return self.since.strftime("%H:%M")


def _since(value: object) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


@in_session
def claim(session: CompanySession, customer_id: int, holder: str, now: datetime) -> Claim | None:
    """Claim the customer for this session: None when it is ours now (or already was), else
    the claim of whoever holds it. ``holder``: how this session names its user (kept in the
    row; the others are shown the name of the login's ``user`` row)."""
    if session.engine is not Engine.POSTGRES:
        return None
    got = session.scalar("SELECT pg_try_advisory_lock(?, ?)", (LOCK_SPACE, int(customer_id)))
    if not got:  # someone holds it, possibly without their row written yet
        return holder_of(session, customer_id) or _lock_holder(session, customer_id, now)
    try:
        with session.atomic():
            # We hold the lock: a row left for this customer is from a connection that is gone.
            session.execute('DELETE FROM "claim" WHERE "customer_id" = ?', (int(customer_id),))
            session.execute(
                'INSERT INTO "claim" ("customer_id", "holder", "login", "backend_pid", '
                '"claimed_at") VALUES (?, ?, current_user, pg_backend_pid(), ?)',
                (int(customer_id), holder, now.replace(microsecond=0)))
            # sent when the row is committed: the others read it (and the lock) at once
            session.report(Change.of(Topic.CLAIMS, customers=[int(customer_id)]))
    except BaseException:
        release(session, customer_id)
        raise
    log.info("customer %s claimed", customer_id)
    return None


LOCK_HOLDER = (
    f"SELECT a.usename, {NAME_OF.format(login='a.usename')} "
    "FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
    "WHERE l.locktype = 'advisory' AND l.granted AND l.classid = ? AND l.objid = ? "
    "AND l.objsubid = 2 AND l.database = "
    "(SELECT oid FROM pg_database WHERE datname = current_database())"
)


def _lock_holder(session: CompanySession, customer_id: int, now: datetime) -> Claim:
    """The claim of whoever took the lock a moment ago and has not written their row yet
    (named like a written claim: their ``user`` row's name, else their login)."""
    found = session.one(LOCK_HOLDER, (LOCK_SPACE, int(customer_id)))
    login = str(found[0]) if found is not None else ""
    name = str(found[1] or "").strip() if found is not None else ""
    return Claim(int(customer_id), "", name or login, login, now.replace(microsecond=0), False)


@in_session
def release(session: CompanySession, customer_id: int) -> None:
    """Give the customer back (the call sheet closed)."""
    if session.engine is not Engine.POSTGRES:
        return
    deleted = session.execute('DELETE FROM "claim" WHERE "customer_id" = ? AND "backend_pid" = '
                              "pg_backend_pid()", (int(customer_id),))
    unlocked = False
    while session.scalar("SELECT pg_advisory_unlock(?, ?)", (LOCK_SPACE, int(customer_id))):
        unlocked = True
    if deleted or unlocked:  # after the unlock: whoever reads the claims now finds it free
        session.report(Change.of(Topic.CLAIMS, customers=[int(customer_id)]))


@in_session
def holder_of(session: CompanySession, customer_id: int) -> Claim | None:
    """The live claim on a customer, or None."""
    found = claims(session)
    return found.get(int(customer_id))


@in_session
def claims(session: CompanySession) -> dict[int, Claim]:
    """Every live claim, by customer id (ours included, ``mine`` True)."""
    if session.engine is not Engine.POSTGRES:
        return {}
    return {int(r.customer_id): Claim(int(r.customer_id), r.customer_name, r.holder, r.login,
                                      _since(r.claimed_at), bool(r.mine))
            for r in session.rows(HELD, (LOCK_SPACE,))}


@in_session
def claims_by_others(session: CompanySession) -> dict[int, Claim]:
    """The live claims of the other collectors: what Today and the customer window show."""
    return {k: v for k, v in claims(session).items() if not v.mine}


# -- « Client suivant » ---------------------------------------------------------------------------
CALLED_SINCE = (
    "SELECT 1 FROM interaction WHERE customer_id = ? AND kind = 'call' AND draft = 0 "
    "AND occurred_at >= ? AND NOT EXISTS "
    "(SELECT 1 FROM interaction c WHERE c.corrects_id = interaction.id)"
)


CALLED_TODAY = (
    "SELECT DISTINCT customer_id FROM interaction WHERE kind = 'call' AND draft = 0 "
    "AND occurred_at >= ?"
)
QUEUE_FRESH_S = 15.0
"""How long « Client suivant » reuses the order of Today it read (per session): ranking the
whole queue costs a few hundred milliseconds on a big company, while the customers called or
claimed since are left out by two cheap reads, and the lock with its re-check decides anyway."""

_READ: weakref.WeakKeyDictionary[CompanySession, dict[Any, tuple[float, list[QueueRow]]]] = (
    weakref.WeakKeyDictionary())


def _queue(cf: CompanySession, now: datetime, owners: Owners,
           policy: QueuePolicy) -> Iterator[QueueRow]:
    """Today's rows for ``owners`` in Today's order: the first ones as read lately (on a
    server), then the rest read again a page at a time as needed."""
    key = (owners, policy, now.date())
    kept = _READ.setdefault(cf, {}).get(key) if cf.engine is Engine.POSTGRES else None
    seen: set[int] = set()
    if kept is not None and monotonic() - kept[0] < QUEUE_FRESH_S:
        for row in kept[1]:
            seen.add(row.customer_id)
            yield row
    today = today_sections(cf, now, policy=policy, owners=owners)
    if cf.engine is Engine.POSTGRES:
        _READ[cf][key] = (monotonic(), today.head + today.to_call)
    yield from (row for row in rows_in_order(cf, today) if row.customer_id not in seen)


def _take(cf: CompanySession, customer_id: int, holder: str, now: datetime) -> bool:
    """Claim ``customer_id`` unless someone else holds it or it was called since the queue was
    read (a collector who just finished that call gave it back a moment ago)."""
    if claim(cf, customer_id, holder, now) is not None:
        return False
    start = datetime.combine(now.date(), time.min).isoformat(sep=" ")
    if cf.engine is Engine.POSTGRES and cf.scalar(CALLED_SINCE, (customer_id, start)):
        release(cf, customer_id)
        return False
    return True


@in_session
def next_customer(cf: CompanySession, holder: str, now: datetime, *, me: int | None = None,
                  policy: QueuePolicy | None = None,
                  skip: Iterable[int] = ()) -> QueueRow | None:
    """The next customer to call, claimed for this session: on a team server, the customers
    assigned to ``me`` first, then the unassigned pool, each in Today's order, leaving out the
    customers someone else is calling. Two collectors asking at the same moment never get the
    same one: the advisory lock taken by :func:`claim` decides, and the loser tries the next.
    None when nobody is left. On a company file: the first customer of Today."""
    policy = policy or QueuePolicy()
    skipped = {int(c) for c in skip} | set(claims(cf))  # mine, and the others' calls
    if cf.engine is Engine.POSTGRES:  # called since Today was read
        start = datetime.combine(now.date(), time.min).isoformat(sep=" ")
        skipped.update(int(r[0]) for r in cf.tuples(CALLED_TODAY, (start,)))
    scopes: tuple[Owners, ...] = (None,)
    if cf.engine is Engine.POSTGRES and me is not None:
        scopes = (frozenset({me}), frozenset({None}))
    for owners in scopes:
        for row in _queue(cf, now, owners, policy):
            if row.customer_id in skipped or row.written_only:
                continue
            if _take(cf, row.customer_id, holder, now):
                log.info("next customer handed out")
                return row
            skipped.add(row.customer_id)
    return None

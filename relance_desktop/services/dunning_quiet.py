"""The day's actions read only the customers whose day may have come (issue 15: a morning of a
100,000-invoice book within 300 ms).

``dunning_quiet`` (migration 14) keeps per customer the first day something could be proposed
(:func:`relance_desktop.domain.dunning.quiet.quiet_until`), valid while the customer's facts and
the global inputs are those it was computed from:

- the customer's facts: the triggers bump ``changes`` on every write to them; a row holds only
  while ``changes`` equals the ``seen`` stored with it, the value read *before* the facts (a
  write committed after that read, by anyone, leaves the row stale);
- the global inputs (scenarios and steps, assignment rules, calendar, minimum gap, the engine's
  version): :func:`fingerprint`, stored with each row; another fingerprint makes every row
  stale (a scenario edited: the next morning is a cold one).

:func:`skip_quiet` is the SQL condition that leaves out the customers still quiet today;
:func:`counters` reads the counters, :func:`store` writes the rows. The rows are a derived index
of a pure function: written in a short transaction of their own, with no change reported (the
actions page must not reload itself), and not at all by a session that may not write.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import sys
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any, NamedTuple

import peewee

from relance_desktop.domain.dunning import Assignment, Scenario, SendCalendar
from relance_desktop.domain.dunning.quiet import ENGINE_VERSION
from relance_desktop.store.session import CompanySession, Engine

log = logging.getLogger(__name__)
#: How long keeping the rows may wait for a row another user's transaction holds (an import):
#: then nothing is kept (the next morning computes those customers again).
LOCK_WAIT_MS = 250


def _refused(exc: Exception) -> bool:
    """A write refused by the database (a bulk write goes to the driver directly; the server's
    driver is loaded only when a server is used)."""
    driver = sys.modules.get("psycopg2")
    return isinstance(exc, peewee.DatabaseError | sqlite3.Error) or (
        driver is not None and isinstance(exc, driver.Error))

__all__ = ["counters", "fingerprint", "skip_quiet", "store"]


def fingerprint(known: Mapping[str, Scenario], assignment: Assignment, calendar: SendCalendar,
                min_gap_days: int, *extra: object) -> str:
    """What every row depends on besides the customer's own facts, as a short digest."""
    rules = [{"scenario": r.scenario, "kinds": sorted(r.kinds), "country": r.country,
              "tags": sorted(r.tags), "min": r.min_cents, "max": r.max_cents,
              "behaviours": sorted(b.value for b in r.behaviours)} for r in assignment.rules]
    inputs = {"engine": ENGINE_VERSION, "scenarios": [repr(known[k]) for k in sorted(known)],
              "rules": rules, "default": assignment.default, "calendar": repr(calendar),
              "min_gap_days": min_gap_days, "extra": [repr(e) for e in extra]}
    return hashlib.sha256(json.dumps(inputs, sort_keys=True).encode()).hexdigest()[:32]


def skip_quiet(column: str) -> str:
    """An SQL condition true for the customers (``column``: their id) that may have something
    due today: no row, or a row stale or whose day has come. Parameters ``:quiet_fp`` and
    ``:quiet_today`` (:func:`params`). Written as a list of customers to read (a few thousand
    look-ups by key), so that the invoices are then read by customer through the index of open
    invoices: measured 13 ms instead of 60 ms for a ``NOT EXISTS`` on every open invoice of the
    benchmark company."""
    return (f'{column} IN (SELECT c."id" FROM "customer" c WHERE NOT EXISTS (SELECT 1 FROM '
            '"dunning_quiet" q WHERE q."customer_id" = c."id" AND q."seen" = q."changes" AND '
            'q."fingerprint" = :quiet_fp AND q."computed_on" <= :quiet_today '
            'AND q."quiet_until" > :quiet_today))')


def params(fp: str, today: date) -> dict[str, Any]:
    return {"quiet_fp": fp, "quiet_today": today.isoformat()}


#: The filter is worth it once this share of the rows at least holds (below, as on a cold
#: morning, reading the whole book straight is faster than looking customers up one by one).
WORTH_IT = 0.2


def worth_filtering(cf: CompanySession, fp: str, today: date) -> bool:
    """Whether enough customers are quiet today for :func:`skip_quiet` to pay: a share of those
    computed with today's fingerprint (not of every row: a customer owing nothing has a row
    once something of it changed, but is never computed)."""
    quiet, computed = cf.cursor(
        f'SELECT COALESCE(SUM(CASE WHEN {QUIET} THEN 1 ELSE 0 END), 0), '
        'COALESCE(SUM(CASE WHEN "fingerprint" = :quiet_fp THEN 1 ELSE 0 END), 0) '
        'FROM "dunning_quiet"', params(fp, today)).fetchone()
    return int(quiet) > 0 and int(quiet) >= WORTH_IT * int(computed)


class Kept(NamedTuple):
    """A customer's row as read before its facts: its change counter, the tone (the profile's
    category) kept with it while nothing changed since ("" otherwise), and what the row says
    then (quiet day, fingerprint; "" otherwise: a row to write again)."""

    changes: int
    tone: str
    says: tuple[str, str] = ("", "")


QUIET = ('"seen" = "changes" AND "fingerprint" = :quiet_fp AND "computed_on" <= :quiet_today '
         'AND "quiet_until" > :quiet_today')
"""A row that holds today: its customer is quiet (parameters of :func:`params`)."""


def counters(cf: CompanySession, skip: dict[str, Any] | None = None) -> dict[int, Kept]:
    """Each customer's change counter and tone (a customer without a row: none yet, counter 0);
    with ``skip`` (:func:`params`), only those of the customers not quiet today (the others
    are not read). Read it before the facts it goes with."""
    found = {}
    for cid, n, seen, tone, until, fp in cf.tuples(
            'SELECT "customer_id", "changes", "seen", "tone", "quiet_until", "fingerprint" '
            'FROM "dunning_quiet"' + ("" if skip is None else f" WHERE NOT ({QUIET})"),
            skip or {}):
        held = seen == n
        found[int(cid)] = Kept(int(n), str(tone or "") if held else "",
                               (str(until)[:10], str(fp)) if held and until else ("", ""))
    return found


UPSERT = (
    'INSERT INTO "dunning_quiet" ("customer_id", "changes", "seen", "computed_on", '
    '"quiet_until", "fingerprint", "tone") VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT '
    '("customer_id") DO UPDATE SET "seen" = excluded."seen", "computed_on" = '
    'excluded."computed_on", "quiet_until" = excluded."quiet_until", "fingerprint" = '
    'excluded."fingerprint", "tone" = excluded."tone"')


def store(cf: CompanySession, rows: Iterable[tuple[int, int, date, str]], today: date,
          fp: str, kept: Mapping[int, Kept] | None = None) -> bool:
    """Keep (customer id, counter read before its facts, quiet day, tone or "") for each
    customer evaluated on ``today`` (a customer with an action today: ``today``, read again
    tomorrow). A row that already says the same (``kept``: :func:`counters`) is not written
    again: the page read twice writes nothing the second time. Nothing is reported; a session
    that may not write (a read-only file, a team reader, a file locked by another program)
    keeps nothing. Whether rows were written."""
    kept = kept or {}
    values = sorted((cid, seen, seen, today.isoformat(), until.isoformat(), fp, tone)
                    for cid, seen, until, tone in rows  # rows locked in one order
                    if cid not in kept or kept[cid] != Kept(seen, tone, (until.isoformat(), fp)))
    if not values or cf.read_only:
        return False
    try:
        with cf.atomic():
            if cf.engine is Engine.POSTGRES:  # never wait behind another user's long write
                cf.execute(f"SET LOCAL lock_timeout = '{LOCK_WAIT_MS}ms'")
            cf.executemany(UPSERT, values)
            if cf.engine is Engine.POSTGRES:
                cf.execute("SET LOCAL lock_timeout = DEFAULT")
    except Exception as exc:
        if not _refused(exc):
            raise
        log.info("dunning index not kept: %s", exc)
        return False
    return True

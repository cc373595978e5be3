"""Schema version 13: a bulk write may pause the customers' summary (migration 12) and compute
the rows of the customers it touched once, at the end.

Kept row by row, the summary's triggers cost an import of 100,000 invoices about as much as the
rest of the import. ``customer_summary_pause`` holds one row per bulk write under way; while it
is not empty, the triggers of ``customer_summary`` on ``invoice`` and ``dispute`` do nothing.
A bulk write inserts its row, writes, computes again the summary of the customers it touched
and deletes its row, all in its own transaction (:func:`relance_desktop.store.summary.paused`):

- its row is not committed while it writes, so no other connection sees it (SQLite: one writer
  at a time, readers see the last commit; PostgreSQL: MVCC): the writes of other users keep
  their triggers;
- a failure or a crash rolls the row back with everything else: the summary stays as it was;
- the triggers are never dropped (on PostgreSQL that would lock ``invoice`` against the team).

SQLite tests the table in each trigger's ``WHEN``; PostgreSQL does not allow a query there, so
each trigger function returns at once when the table has a row.
"""

from __future__ import annotations

from relance_desktop.store.migrations.base import MigrationConnection
from relance_desktop.store.migrations.m0012_customer_summary import (
    sqlite_trigger_names,
    triggers,
)

TABLE = ('CREATE TABLE "customer_summary_pause" ("id" INTEGER NOT NULL PRIMARY KEY, '
         '"reason" VARCHAR(255) NOT NULL DEFAULT \'\')')
RUNNING = 'NOT EXISTS (SELECT 1 FROM "customer_summary_pause")'
"""True when no bulk write of this transaction paused the summary."""


def sqlite_triggers() -> tuple[str, ...]:
    """Migration 12's SQLite triggers, each with the pause in its ``WHEN``."""
    out = []
    for statement in triggers("sqlite"):
        head, begin, body = statement.partition(" BEGIN ")
        assert begin, statement
        on_event, when, condition = head.partition(" WHEN ")
        if when:
            head = f"{on_event} WHEN {RUNNING} AND ({condition})"
        else:
            head = f"{on_event} WHEN {RUNNING}"
        out.append(head + begin + body)
    return tuple(out)


def _postgres_paused_functions() -> tuple[str, ...]:
    """Migration 12's PostgreSQL trigger functions replaced by ones that first look at the
    pause (a BEFORE DELETE trigger returns the row to let the deletion go on)."""
    out = []
    for statement in triggers("postgres"):
        if not statement.startswith("CREATE FUNCTION "):
            continue
        returned = "OLD" if "RETURN OLD;" in statement else "NULL"
        head, begin, body = statement.partition("\nBEGIN\n")
        assert begin, statement
        guard = (f"  IF NOT {RUNNING} THEN\n    RETURN {returned};\n  END IF;\n")
        out.append(head.replace("CREATE FUNCTION ", "CREATE OR REPLACE FUNCTION ", 1)
                   + begin + guard + body)
    return tuple(out)


def up(conn: MigrationConnection) -> None:
    conn.execute(TABLE)
    if conn.engine == "postgres":
        for statement in _postgres_paused_functions():
            conn.execute(statement)
        return
    for name in sqlite_trigger_names():
        conn.execute(f'DROP TRIGGER "{name}"')
    for statement in sqlite_triggers():
        conn.execute(statement)

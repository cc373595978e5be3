"""Schema version 3: what the call sheet records and the follow-ups it schedules.

- ``customer.written_only``: the customer asked for written contact only; never offered for calls.
- ``interaction``: the call sheet's timer start, the last automatic save of a draft, the sheet's
  state (checklist ticks, objective, objections raised) and ``corrects_id`` — a recorded call is
  never edited; a correction is a new entry pointing at the one it corrects.
- ``promise``: currency, who promised, the grace period, what was paid towards it at the last
  check, the payment reference given, who recorded it.
- ``payment_plan`` / ``instalment``: currency, period, who recorded it; each instalment's status.
- ``dispute``: its resolution, the call that opened it, who opened it.
- ``task``: the call that made it, the instalment it checks, the amount to look for (a payment the
  customer says was made), how it ended, who created it.
- ``template``: texts the user edited (call script, objection answers...), per language.
"""

from __future__ import annotations

from relance_desktop.store.migrations.base import MigrationConnection


def _fk(table: str, column: str, target: str, on_delete: str) -> tuple[str, str]:
    return (
        f'ALTER TABLE "{table}" ADD COLUMN "{column}" INTEGER REFERENCES "{target}" ("id") '
        f"ON DELETE {on_delete}",
        f'CREATE INDEX "{table}_{column}" ON "{table}" ("{column}")',
    )


def _col(table: str, column: str, decl: str) -> str:
    return f'ALTER TABLE "{table}" ADD COLUMN "{column}" {decl}'


TEXT = "TEXT NOT NULL DEFAULT ''"
VARCHAR = "VARCHAR(255) NOT NULL DEFAULT ''"
EUR = "VARCHAR(3) NOT NULL DEFAULT 'EUR'"

DDL = (
    _col("customer", "written_only", "INTEGER NOT NULL DEFAULT 0"),
    _col("interaction", "started_at", "DATETIME"),
    _col("interaction", "saved_at", "DATETIME"),
    _col("interaction", "sheet_state", "TEXT NOT NULL DEFAULT '{}'"),
    *_fk("interaction", "corrects_id", "interaction", "SET NULL"),
    _col("promise", "currency", EUR),
    *_fk("promise", "contact_id", "contact", "SET NULL"),
    _col("promise", "promised_by", VARCHAR),
    _col("promise", "grace_days", "INTEGER NOT NULL DEFAULT 3"),
    _col("promise", "paid_cents", "INTEGER NOT NULL DEFAULT 0"),
    _col("promise", "evaluated_on", "DATE"),
    _col("promise", "reference", VARCHAR),
    _col("promise", "note", TEXT),
    *_fk("promise", "user_id", "user", "SET NULL"),
    _col("payment_plan", "currency", EUR),
    _col("payment_plan", "period", "VARCHAR(255) NOT NULL DEFAULT 'month'"),
    *_fk("payment_plan", "user_id", "user", "SET NULL"),
    _col("instalment", "status", "VARCHAR(255) NOT NULL DEFAULT 'open'"),
    _col("dispute", "resolution", TEXT),
    *_fk("dispute", "interaction_id", "interaction", "SET NULL"),
    *_fk("dispute", "user_id", "user", "SET NULL"),
    *_fk("task", "interaction_id", "interaction", "SET NULL"),
    *_fk("task", "instalment_id", "instalment", "CASCADE"),
    _col("task", "amount_cents", "INTEGER"),
    _col("task", "done_note", TEXT),
    *_fk("task", "user_id", "user", "SET NULL"),
    'CREATE TABLE "template" ("id" INTEGER NOT NULL PRIMARY KEY, "key" VARCHAR(255) NOT NULL, '
    '"language" VARCHAR(2) NOT NULL, "text" TEXT NOT NULL, "updated_at" DATETIME NOT NULL)',
    'CREATE UNIQUE INDEX "template_key_language" ON "template" ("key", "language")',
)


def up(conn: MigrationConnection) -> None:
    for statement in DDL:
        conn.execute(statement)

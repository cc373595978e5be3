"""Schema version 10 (team mode): ``claim``, who is on the phone with a customer right now.

A row says who (``holder``, the server login ``login``) and since when; it counts only while the
connection that wrote it (``backend_pid``) holds the matching PostgreSQL advisory lock, so a
claim dies with its connection (:mod:`relance_desktop.services.claims`). On a company file (one
user) the table stays empty.
"""

from __future__ import annotations

from relance_desktop.store.migrations.base import MigrationConnection

DDL = (
    'CREATE TABLE "claim" ("id" INTEGER NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, '
    '"holder" VARCHAR(255) NOT NULL, "login" VARCHAR(255) NOT NULL, "backend_pid" INTEGER NOT '
    'NULL, "claimed_at" DATETIME NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" '
    '("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "claim_customer_id" ON "claim" ("customer_id")',
)


def up(conn: MigrationConnection) -> None:
    for statement in DDL:
        conn.execute(statement)

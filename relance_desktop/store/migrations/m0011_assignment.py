"""Schema version 11 (team mode): who a customer is assigned to, and which server login a
collector signs in with.

- ``customer.assigned_to_id``: the collector (``user``) who chases this customer; empty: the
  unassigned pool anyone may take from (:mod:`relance_desktop.services.assignment`).
- ``user.login``: the PostgreSQL login of a collector on a team server (empty on a company
  file), so every history entry and audit event can name who wrote it
  (:mod:`relance_desktop.services.team_roles`).
"""

from __future__ import annotations

from relance_desktop.store.migrations.base import MigrationConnection

DDL = (
    'ALTER TABLE "customer" ADD COLUMN "assigned_to_id" INTEGER NULL REFERENCES "user" ("id") '
    "ON DELETE SET NULL",
    'CREATE INDEX "customer_assigned_to_id" ON "customer" ("assigned_to_id")',
    'ALTER TABLE "user" ADD COLUMN "login" VARCHAR(255) NOT NULL DEFAULT \'\'',
)


def up(conn: MigrationConnection) -> None:
    for statement in DDL:
        conn.execute(statement)

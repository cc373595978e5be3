"""Schema version 9 (dunning scenarios): the tables the dunning engine reads and
writes (``services.dunning``).

- ``dunning_scenario``: a stable ``key`` (what the history refers to), the legal note, whether
  it is one of the scenarios shipped.
- ``dunning_step``: ``days_after_due`` becomes ``offset_days`` (counted from the due date or
  from the previous step, ``anchor``) and ``action`` becomes ``channel``; plus the letter kind,
  minimum amount, automatic, repeat (every N days, at most M times), whether it claims charges,
  its note and the legal rules it relies on.
- ``dunning_rule`` (which scenario for whom, in order), ``dunning_choice`` (a customer's own
  scenario), ``dunning_stop`` (a customer or an invoice stopped, with a reason and an end date),
  ``dunning_action`` and ``dunning_action_invoice`` (each step done or skipped, and the
  invoices it covered).

The two tables of version 1 were never used: nothing to convert.
"""

from __future__ import annotations

from relance_desktop.store.migrations.base import MigrationConnection

FLAG = "INTEGER NOT NULL DEFAULT 0"

DDL = (
    'ALTER TABLE "dunning_scenario" ADD COLUMN "key" VARCHAR(255) NOT NULL DEFAULT \'\'',
    'ALTER TABLE "dunning_scenario" ADD COLUMN "legal_note" TEXT NOT NULL DEFAULT \'\'',
    f'ALTER TABLE "dunning_scenario" ADD COLUMN "shipped" {FLAG}',
    'ALTER TABLE "dunning_step" RENAME COLUMN "days_after_due" TO "offset_days"',
    'ALTER TABLE "dunning_step" RENAME COLUMN "action" TO "channel"',
    'ALTER TABLE "dunning_step" ADD COLUMN "anchor" VARCHAR(255) NOT NULL DEFAULT \'due\'',
    'ALTER TABLE "dunning_step" ADD COLUMN "letter_kind" VARCHAR(255) NOT NULL DEFAULT \'\'',
    'ALTER TABLE "dunning_step" ADD COLUMN "min_amount_cents" INTEGER NOT NULL DEFAULT 0',
    f'ALTER TABLE "dunning_step" ADD COLUMN "automatic" {FLAG}',
    'ALTER TABLE "dunning_step" ADD COLUMN "repeat_every_days" INTEGER NOT NULL DEFAULT 0',
    'ALTER TABLE "dunning_step" ADD COLUMN "repeat_max" INTEGER NOT NULL DEFAULT 0',
    f'ALTER TABLE "dunning_step" ADD COLUMN "claims_charges" {FLAG}',
    'ALTER TABLE "dunning_step" ADD COLUMN "note" TEXT NOT NULL DEFAULT \'\'',
    'ALTER TABLE "dunning_step" ADD COLUMN "rule" VARCHAR(255) NOT NULL DEFAULT \'\'',
    'CREATE TABLE "dunning_rule" ("id" INTEGER NOT NULL PRIMARY KEY, "position" INTEGER NOT '
    'NULL, "scenario_id" INTEGER NOT NULL, "kinds" VARCHAR(255) NOT NULL, "country" '
    'VARCHAR(255) NOT NULL, "tags" VARCHAR(255) NOT NULL, "min_cents" INTEGER, "max_cents" '
    'INTEGER, "behaviours" VARCHAR(255) NOT NULL, FOREIGN KEY ("scenario_id") REFERENCES '
    '"dunning_scenario" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "dunning_rule_scenario_id" ON "dunning_rule" ("scenario_id")',
    'CREATE TABLE "dunning_choice" ("id" INTEGER NOT NULL PRIMARY KEY, "customer_id" INTEGER '
    'NOT NULL, "scenario_id" INTEGER NOT NULL, FOREIGN KEY ("customer_id") REFERENCES '
    '"customer" ("id") ON DELETE CASCADE, FOREIGN KEY ("scenario_id") REFERENCES '
    '"dunning_scenario" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "dunning_choice_customer_id" ON "dunning_choice" ("customer_id")',
    'CREATE INDEX "dunning_choice_scenario_id" ON "dunning_choice" ("scenario_id")',
    'CREATE TABLE "dunning_stop" ("id" INTEGER NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT '
    'NULL, "invoice_id" INTEGER, "reason" TEXT NOT NULL, "until" DATE, "created_at" DATETIME '
    'NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("invoice_id") REFERENCES "invoice" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "dunning_stop_customer_id" ON "dunning_stop" ("customer_id")',
    'CREATE INDEX "dunning_stop_invoice_id" ON "dunning_stop" ("invoice_id")',
    'CREATE TABLE "dunning_action" ("id" INTEGER NOT NULL PRIMARY KEY, "customer_id" INTEGER '
    'NOT NULL, "scenario_id" INTEGER, "scenario_key" VARCHAR(255) NOT NULL, "position" INTEGER '
    'NOT NULL, "channel" VARCHAR(255) NOT NULL, "outcome" VARCHAR(255) NOT NULL, "done_on" DATE '
    'NOT NULL, "reason" TEXT NOT NULL, "interaction_id" INTEGER, "created_at" DATETIME NOT '
    'NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE, FOREIGN '
    'KEY ("scenario_id") REFERENCES "dunning_scenario" ("id") ON DELETE SET NULL, FOREIGN KEY '
    '("interaction_id") REFERENCES "interaction" ("id") ON DELETE SET NULL)',
    'CREATE INDEX "dunning_action_customer_id" ON "dunning_action" ("customer_id")',
    'CREATE INDEX "dunning_action_scenario_id" ON "dunning_action" ("scenario_id")',
    'CREATE INDEX "dunning_action_interaction_id" ON "dunning_action" ("interaction_id")',
    'CREATE TABLE "dunning_action_invoice" ("id" INTEGER NOT NULL PRIMARY KEY, "action_id" '
    'INTEGER NOT NULL, "invoice_id" INTEGER NOT NULL, FOREIGN KEY ("action_id") REFERENCES '
    '"dunning_action" ("id") ON DELETE CASCADE, FOREIGN KEY ("invoice_id") REFERENCES '
    '"invoice" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "dunning_action_invoice_action_id" ON "dunning_action_invoice" ("action_id")',
    'CREATE INDEX "dunning_action_invoice_invoice_id" ON "dunning_action_invoice" '
    '("invoice_id")',
)


def up(conn: MigrationConnection) -> None:
    for statement in DDL:
        conn.execute(statement)

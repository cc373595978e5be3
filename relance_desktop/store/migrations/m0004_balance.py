"""Schema version 4: one definition of what is owed, the version in a table, credit notes.

- ``schema_version``: the schema version, on both engines (SQLite also keeps it in
  ``PRAGMA user_version``, which older versions of Relance read to refuse a newer file).
- ``invoice.kind``: « invoice » or « credit_note » (a credit note's amount is positive: what it
  gives back).
- ``credit_allocation``: a part of a credit note applied to an invoice.
- ``invoice.paid_cents`` / ``invoice.credited_cents``: kept by triggers on ``payment`` and
  ``credit_allocation`` (for a credit note, ``credited_cents`` is what it has given), so a
  balance costs no aggregate at read time. Not peewee fields: nothing writes them but the
  triggers.
- ``invoice_balance``: the one definition of a document's balance and state, read by name
  everywhere: ``due_cents`` (still to pay; for a credit note, still to give), ``owed_cents``
  (the same, negative for a credit), ``is_open`` (state « open » and something left),
  ``disputed`` and ``promised`` (an open dispute or promise on it or on its whole customer).
"""

from __future__ import annotations

from relance_desktop.store.migrations.base import MigrationConnection

TABLES = (
    'CREATE TABLE "schema_version" ("version" INTEGER NOT NULL)',
    'ALTER TABLE "invoice" ADD COLUMN "kind" VARCHAR(255) NOT NULL DEFAULT \'invoice\'',
    'ALTER TABLE "invoice" ADD COLUMN "paid_cents" INTEGER NOT NULL DEFAULT 0',
    'ALTER TABLE "invoice" ADD COLUMN "credited_cents" INTEGER NOT NULL DEFAULT 0',
    'CREATE TABLE "credit_allocation" ("id" INTEGER NOT NULL PRIMARY KEY, "credit_id" INTEGER '
    'NOT NULL, "invoice_id" INTEGER NOT NULL, "amount_cents" INTEGER NOT NULL, "created_at" '
    'DATETIME NOT NULL, FOREIGN KEY ("credit_id") REFERENCES "invoice" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("invoice_id") REFERENCES "invoice" ("id") ON DELETE CASCADE)',
    'CREATE INDEX "credit_allocation_credit_id" ON "credit_allocation" ("credit_id")',
    'CREATE INDEX "credit_allocation_invoice_id" ON "credit_allocation" ("invoice_id")',
    'UPDATE "invoice" SET "paid_cents" = COALESCE((SELECT SUM(p."amount_cents") FROM "payment" p '
    'WHERE p."invoice_id" = "invoice"."id"), 0)',
)

# One trigger per event on SQLite; one function for all events on PostgreSQL.
SQLITE_TRIGGERS = (
    'CREATE TRIGGER "payment_balance_insert" AFTER INSERT ON "payment" BEGIN '
    'UPDATE "invoice" SET "paid_cents" = "paid_cents" + NEW."amount_cents" '
    'WHERE "id" = NEW."invoice_id"; END',
    'CREATE TRIGGER "payment_balance_delete" AFTER DELETE ON "payment" BEGIN '
    'UPDATE "invoice" SET "paid_cents" = "paid_cents" - OLD."amount_cents" '
    'WHERE "id" = OLD."invoice_id"; END',
    'CREATE TRIGGER "payment_balance_update" AFTER UPDATE OF "amount_cents", "invoice_id" '
    'ON "payment" BEGIN '
    'UPDATE "invoice" SET "paid_cents" = "paid_cents" - OLD."amount_cents" '
    'WHERE "id" = OLD."invoice_id"; '
    'UPDATE "invoice" SET "paid_cents" = "paid_cents" + NEW."amount_cents" '
    'WHERE "id" = NEW."invoice_id"; END',
    'CREATE TRIGGER "credit_balance_insert" AFTER INSERT ON "credit_allocation" BEGIN '
    'UPDATE "invoice" SET "credited_cents" = "credited_cents" + NEW."amount_cents" '
    'WHERE "id" IN (NEW."invoice_id", NEW."credit_id"); END',
    'CREATE TRIGGER "credit_balance_delete" AFTER DELETE ON "credit_allocation" BEGIN '
    'UPDATE "invoice" SET "credited_cents" = "credited_cents" - OLD."amount_cents" '
    'WHERE "id" IN (OLD."invoice_id", OLD."credit_id"); END',
    'CREATE TRIGGER "credit_balance_update" AFTER UPDATE ON "credit_allocation" BEGIN '
    'UPDATE "invoice" SET "credited_cents" = "credited_cents" - OLD."amount_cents" '
    'WHERE "id" IN (OLD."invoice_id", OLD."credit_id"); '
    'UPDATE "invoice" SET "credited_cents" = "credited_cents" + NEW."amount_cents" '
    'WHERE "id" IN (NEW."invoice_id", NEW."credit_id"); END',
)

POSTGRES_TRIGGERS = (
    """CREATE FUNCTION relance_payment_balance() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE "invoice" SET "paid_cents" = "paid_cents" - OLD."amount_cents"
    WHERE "id" = OLD."invoice_id";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE "invoice" SET "paid_cents" = "paid_cents" + NEW."amount_cents"
    WHERE "id" = NEW."invoice_id";
  END IF;
  RETURN NULL;
END $$""",
    'CREATE TRIGGER "payment_balance" AFTER INSERT OR UPDATE OR DELETE ON "payment" '
    "FOR EACH ROW EXECUTE FUNCTION relance_payment_balance()",
    """CREATE FUNCTION relance_credit_balance() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE "invoice" SET "credited_cents" = "credited_cents" - OLD."amount_cents"
    WHERE "id" IN (OLD."invoice_id", OLD."credit_id");
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE "invoice" SET "credited_cents" = "credited_cents" + NEW."amount_cents"
    WHERE "id" IN (NEW."invoice_id", NEW."credit_id");
  END IF;
  RETURN NULL;
END $$""",
    'CREATE TRIGGER "credit_balance" AFTER INSERT OR UPDATE OR DELETE ON "credit_allocation" '
    "FOR EACH ROW EXECUTE FUNCTION relance_credit_balance()",
)

VIEWS = (
    """CREATE VIEW "invoice_balance" AS
SELECT i."id" AS invoice_id, i."customer_id" AS customer_id, i."kind" AS kind,
       i."number" AS number, i."issue_date" AS issue_date, i."due_date" AS due_date,
       i."currency" AS currency, i."state" AS state, i."dunning_level" AS dunning_level,
       i."amount_cents" AS amount_cents, i."paid_cents" AS paid_cents,
       i."credited_cents" AS credited_cents,
       i."amount_cents" - i."paid_cents" - i."credited_cents" AS due_cents,
       CASE WHEN i."kind" = 'credit_note'
            THEN i."paid_cents" + i."credited_cents" - i."amount_cents"
            ELSE i."amount_cents" - i."paid_cents" - i."credited_cents" END AS owed_cents,
       CASE WHEN i."state" = 'open' AND i."amount_cents" > i."paid_cents" + i."credited_cents"
            THEN 1 ELSE 0 END AS is_open,
       CASE WHEN EXISTS (SELECT 1 FROM "dispute" d WHERE d."status" = 'open'
                         AND d."customer_id" = i."customer_id"
                         AND (d."invoice_id" IS NULL OR d."invoice_id" = i."id"))
            THEN 1 ELSE 0 END AS disputed,
       CASE WHEN EXISTS (SELECT 1 FROM "promise" p WHERE p."status" = 'open'
                         AND p."customer_id" = i."customer_id"
                         AND (p."invoice_id" IS NULL OR p."invoice_id" = i."id"))
            THEN 1 ELSE 0 END AS promised
FROM "invoice" i""",
)


def up(conn: MigrationConnection) -> None:
    triggers = POSTGRES_TRIGGERS if conn.engine == "postgres" else SQLITE_TRIGGERS
    for statement in (*TABLES, *triggers, *VIEWS):
        conn.execute(statement)
    conn.execute('INSERT INTO "schema_version" ("version") VALUES (4)')

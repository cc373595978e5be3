"""Schema version 1: every table of DESIGN §3.

Frozen DDL: later changes to ``models.py`` come as new migrations, never as edits here.
"""

from __future__ import annotations

from relance_desktop.store.migrations.base import MigrationConnection

DDL = """
CREATE TABLE "attachment" ("id" INTEGER NOT NULL PRIMARY KEY, "file_name" VARCHAR(255) NOT NULL, "mime_type" VARCHAR(255) NOT NULL, "sha256" VARCHAR(64) NOT NULL, "size" INTEGER NOT NULL, "data" BLOB NOT NULL, "created_at" DATETIME NOT NULL);
CREATE INDEX "attachment_sha256" ON "attachment" ("sha256");
CREATE TABLE "user" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(255) NOT NULL, "email" VARCHAR(255) NOT NULL, "phone" VARCHAR(255) NOT NULL, "active" INTEGER NOT NULL);
CREATE TABLE "customer" ("id" INTEGER NOT NULL PRIMARY KEY, "account" VARCHAR(255) NOT NULL, "name" VARCHAR(255) NOT NULL, "kind" VARCHAR(255) NOT NULL, "country" VARCHAR(2) NOT NULL, "language" VARCHAR(2) NOT NULL, "company_number" VARCHAR(255) NOT NULL, "vat_number" VARCHAR(255) NOT NULL, "street" VARCHAR(255) NOT NULL, "postcode" VARCHAR(255) NOT NULL, "city" VARCHAR(255) NOT NULL, "email" VARCHAR(255) NOT NULL, "phone" VARCHAR(255) NOT NULL, "mobile" VARCHAR(255) NOT NULL, "preferred_channel" VARCHAR(255) NOT NULL, "call_hours" VARCHAR(255) NOT NULL, "approver" VARCHAR(255) NOT NULL, "po_required" INTEGER NOT NULL, "payment_run_days" VARCHAR(255) NOT NULL, "payment_terms_days" INTEGER, "tags" VARCHAR(255) NOT NULL, "notes" TEXT NOT NULL, "archived" INTEGER NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL);
CREATE TABLE "audit_event" ("id" INTEGER NOT NULL PRIMARY KEY, "at" DATETIME NOT NULL, "user_id" INTEGER, "action" VARCHAR(255) NOT NULL, "entity" VARCHAR(255) NOT NULL, "entity_id" INTEGER, "customer_id" INTEGER, "before" TEXT NOT NULL, "after" TEXT NOT NULL, FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE SET NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE SET NULL);
CREATE INDEX "audit_event_user_id" ON "audit_event" ("user_id");
CREATE INDEX "audit_event_customer_id" ON "audit_event" ("customer_id");
CREATE TABLE "company" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(255) NOT NULL, "country" VARCHAR(2) NOT NULL, "language" VARCHAR(2) NOT NULL, "street" VARCHAR(255) NOT NULL, "postcode" VARCHAR(255) NOT NULL, "city" VARCHAR(255) NOT NULL, "company_number" VARCHAR(255) NOT NULL, "vat_number" VARCHAR(255) NOT NULL, "iban" VARCHAR(255) NOT NULL, "bic" VARCHAR(255) NOT NULL, "email" VARCHAR(255) NOT NULL, "phone" VARCHAR(255) NOT NULL, "payment_terms_days" INTEGER NOT NULL, "currency" VARCHAR(3) NOT NULL, "logo" BLOB, "signature" TEXT NOT NULL, "letter_settings" TEXT NOT NULL, "created_at" DATETIME NOT NULL);
CREATE TABLE "contact" ("id" INTEGER NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "name" VARCHAR(255) NOT NULL, "function" VARCHAR(255) NOT NULL, "phone" VARCHAR(255) NOT NULL, "mobile" VARCHAR(255) NOT NULL, "email" VARCHAR(255) NOT NULL, "is_primary" INTEGER NOT NULL, "notes" TEXT NOT NULL, "created_at" DATETIME NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE);
CREATE INDEX "contact_customer_id" ON "contact" ("customer_id");
CREATE TABLE "import_batch" ("id" INTEGER NOT NULL PRIMARY KEY, "source" VARCHAR(255) NOT NULL, "file_name" VARCHAR(255) NOT NULL, "sha256" VARCHAR(64) NOT NULL, "profile" VARCHAR(255) NOT NULL, "counts" TEXT NOT NULL, "created_at" DATETIME NOT NULL, "user_id" INTEGER, FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE SET NULL);
CREATE INDEX "import_batch_user_id" ON "import_batch" ("user_id");
CREATE TABLE "invoice" ("id" INTEGER NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "number" VARCHAR(255) NOT NULL, "issue_date" DATE NOT NULL, "due_date" DATE NOT NULL, "amount_cents" INTEGER NOT NULL, "currency" VARCHAR(3) NOT NULL, "description" TEXT NOT NULL, "state" VARCHAR(255) NOT NULL, "copy_id" INTEGER, "source" VARCHAR(255) NOT NULL, "import_batch_id" INTEGER, "dunning_level" INTEGER NOT NULL, "contractual_rate" VARCHAR(255) NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE RESTRICT, FOREIGN KEY ("copy_id") REFERENCES "attachment" ("id") ON DELETE SET NULL, FOREIGN KEY ("import_batch_id") REFERENCES "import_batch" ("id") ON DELETE SET NULL);
CREATE INDEX "invoice_customer_id" ON "invoice" ("customer_id");
CREATE INDEX "invoice_copy_id" ON "invoice" ("copy_id");
CREATE INDEX "invoice_import_batch_id" ON "invoice" ("import_batch_id");
CREATE UNIQUE INDEX "invoice_source_number" ON "invoice" ("source", "number");
CREATE TABLE "dispute" ("id" INTEGER NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "invoice_id" INTEGER, "opened_on" DATE NOT NULL, "reason" TEXT NOT NULL, "status" VARCHAR(255) NOT NULL, "resolved_on" DATE, "notes" TEXT NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE, FOREIGN KEY ("invoice_id") REFERENCES "invoice" ("id") ON DELETE CASCADE);
CREATE INDEX "dispute_customer_id" ON "dispute" ("customer_id");
CREATE INDEX "dispute_invoice_id" ON "dispute" ("invoice_id");
CREATE TABLE "interaction" ("id" INTEGER NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "invoice_id" INTEGER, "kind" VARCHAR(255) NOT NULL, "occurred_at" DATETIME NOT NULL, "user_id" INTEGER, "contact_id" INTEGER, "duration_s" INTEGER NOT NULL, "outcome" VARCHAR(255) NOT NULL, "reason" VARCHAR(255) NOT NULL, "notes" TEXT NOT NULL, "draft" INTEGER NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE, FOREIGN KEY ("invoice_id") REFERENCES "invoice" ("id") ON DELETE SET NULL, FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE SET NULL, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE SET NULL);
CREATE INDEX "interaction_customer_id" ON "interaction" ("customer_id");
CREATE INDEX "interaction_invoice_id" ON "interaction" ("invoice_id");
CREATE INDEX "interaction_user_id" ON "interaction" ("user_id");
CREATE INDEX "interaction_contact_id" ON "interaction" ("contact_id");
CREATE TABLE "document" ("id" INTEGER NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "kind" VARCHAR(255) NOT NULL, "created_at" DATETIME NOT NULL, "file_id" INTEGER, "sent_via" VARCHAR(255) NOT NULL, "sent_at" DATETIME, "interaction_id" INTEGER, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE, FOREIGN KEY ("file_id") REFERENCES "attachment" ("id") ON DELETE SET NULL, FOREIGN KEY ("interaction_id") REFERENCES "interaction" ("id") ON DELETE SET NULL);
CREATE INDEX "document_customer_id" ON "document" ("customer_id");
CREATE INDEX "document_file_id" ON "document" ("file_id");
CREATE INDEX "document_interaction_id" ON "document" ("interaction_id");
CREATE TABLE "document_invoice" ("id" INTEGER NOT NULL PRIMARY KEY, "document_id" INTEGER NOT NULL, "invoice_id" INTEGER NOT NULL, FOREIGN KEY ("document_id") REFERENCES "document" ("id") ON DELETE CASCADE, FOREIGN KEY ("invoice_id") REFERENCES "invoice" ("id") ON DELETE CASCADE);
CREATE INDEX "document_invoice_document_id" ON "document_invoice" ("document_id");
CREATE INDEX "document_invoice_invoice_id" ON "document_invoice" ("invoice_id");
CREATE TABLE "dunning_scenario" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(255) NOT NULL, "is_default" INTEGER NOT NULL);
CREATE TABLE "dunning_step" ("id" INTEGER NOT NULL PRIMARY KEY, "scenario_id" INTEGER NOT NULL, "position" INTEGER NOT NULL, "days_after_due" INTEGER NOT NULL, "action" VARCHAR(255) NOT NULL, FOREIGN KEY ("scenario_id") REFERENCES "dunning_scenario" ("id") ON DELETE CASCADE);
CREATE INDEX "dunning_step_scenario_id" ON "dunning_step" ("scenario_id");
CREATE TABLE "payment_plan" ("id" INTEGER NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "interaction_id" INTEGER, "total_cents" INTEGER NOT NULL, "status" VARCHAR(255) NOT NULL, "note" TEXT NOT NULL, "created_at" DATETIME NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE, FOREIGN KEY ("interaction_id") REFERENCES "interaction" ("id") ON DELETE SET NULL);
CREATE INDEX "payment_plan_customer_id" ON "payment_plan" ("customer_id");
CREATE INDEX "payment_plan_interaction_id" ON "payment_plan" ("interaction_id");
CREATE TABLE "instalment" ("id" INTEGER NOT NULL PRIMARY KEY, "plan_id" INTEGER NOT NULL, "due_on" DATE NOT NULL, "amount_cents" INTEGER NOT NULL, "paid_cents" INTEGER NOT NULL, FOREIGN KEY ("plan_id") REFERENCES "payment_plan" ("id") ON DELETE CASCADE);
CREATE INDEX "instalment_plan_id" ON "instalment" ("plan_id");
CREATE TABLE "payment" ("id" INTEGER NOT NULL PRIMARY KEY, "invoice_id" INTEGER NOT NULL, "paid_on" DATE NOT NULL, "amount_cents" INTEGER NOT NULL, "method" VARCHAR(255) NOT NULL, "reference" VARCHAR(255) NOT NULL, "note" TEXT NOT NULL, "source" VARCHAR(255) NOT NULL, "import_batch_id" INTEGER, "created_at" DATETIME NOT NULL, FOREIGN KEY ("invoice_id") REFERENCES "invoice" ("id") ON DELETE CASCADE, FOREIGN KEY ("import_batch_id") REFERENCES "import_batch" ("id") ON DELETE SET NULL);
CREATE INDEX "payment_invoice_id" ON "payment" ("invoice_id");
CREATE INDEX "payment_import_batch_id" ON "payment" ("import_batch_id");
CREATE TABLE "promise" ("id" INTEGER NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "invoice_id" INTEGER, "interaction_id" INTEGER, "amount_cents" INTEGER NOT NULL, "promised_on" DATE NOT NULL, "means" VARCHAR(255) NOT NULL, "status" VARCHAR(255) NOT NULL, "created_at" DATETIME NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE, FOREIGN KEY ("invoice_id") REFERENCES "invoice" ("id") ON DELETE SET NULL, FOREIGN KEY ("interaction_id") REFERENCES "interaction" ("id") ON DELETE SET NULL);
CREATE INDEX "promise_customer_id" ON "promise" ("customer_id");
CREATE INDEX "promise_invoice_id" ON "promise" ("invoice_id");
CREATE INDEX "promise_interaction_id" ON "promise" ("interaction_id");
CREATE TABLE "task" ("id" INTEGER NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "invoice_id" INTEGER, "kind" VARCHAR(255) NOT NULL, "due_at" DATETIME NOT NULL, "assignee_id" INTEGER, "note" TEXT NOT NULL, "promise_id" INTEGER, "done_at" DATETIME, "created_at" DATETIME NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE, FOREIGN KEY ("invoice_id") REFERENCES "invoice" ("id") ON DELETE SET NULL, FOREIGN KEY ("assignee_id") REFERENCES "user" ("id") ON DELETE SET NULL, FOREIGN KEY ("promise_id") REFERENCES "promise" ("id") ON DELETE CASCADE);
CREATE INDEX "task_customer_id" ON "task" ("customer_id");
CREATE INDEX "task_invoice_id" ON "task" ("invoice_id");
CREATE INDEX "task_assignee_id" ON "task" ("assignee_id");
CREATE INDEX "task_promise_id" ON "task" ("promise_id");
"""


def up(conn: MigrationConnection) -> None:
    for statement in DDL.split(";\n"):
        if statement.strip():
            conn.execute(statement)

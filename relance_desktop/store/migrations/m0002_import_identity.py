"""Schema version 2: imported invoices keep their identity in the source; import profiles.

- ``invoice.external_key``: « account|kind|number » for imported documents (empty for invoices
  typed by hand). Unique per source, so re-importing updates instead of duplicating, and two
  customers' documents with the same number in one export stay apart. The (source, number)
  index stops being unique for that reason; manual numbers stay unique by the service's check.
- ``import_profile``: the named column mappings of CSV/Excel imports and the FEC accounts the
  user chose to leave out, as JSON.
"""

from __future__ import annotations

from relance_desktop.store.migrations.base import MigrationConnection

DDL = (
    'ALTER TABLE "invoice" ADD COLUMN "external_key" VARCHAR(255) NOT NULL DEFAULT \'\'',
    'DROP INDEX "invoice_source_number"',
    'CREATE INDEX "invoice_source_number" ON "invoice" ("source", "number")',
    'CREATE UNIQUE INDEX "invoice_source_external_key" ON "invoice" ("source", "external_key") '
    "WHERE \"external_key\" <> ''",
    'CREATE TABLE "import_profile" ("id" INTEGER NOT NULL PRIMARY KEY, "name" VARCHAR(255) NOT '
    'NULL, "kind" VARCHAR(255) NOT NULL, "data" TEXT NOT NULL, "created_at" DATETIME NOT NULL, '
    '"updated_at" DATETIME NOT NULL)',
    'CREATE UNIQUE INDEX "import_profile_kind_name" ON "import_profile" ("kind", "name")',
)


def up(conn: MigrationConnection) -> None:
    for statement in DDL:
        conn.execute(statement)

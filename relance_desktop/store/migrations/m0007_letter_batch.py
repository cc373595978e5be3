"""Letter batches (``services.letter_batch``): all or nothing, and a rerun completes them.

- ``letter_batch``: the kind, the date printed on the letters, the folder the PDFs go to, the
  merged PDF (its path and its copy kept in the file, to write it again if it went missing) and
  when every file was on disk (``done_at``).
- ``document.batch_id``: the batch a document was produced in (empty for one letter made from
  the preview); ``document.path``: where its PDF was written. A batch's documents are recorded
  in one transaction before their files appear under their final names, so a PDF named like a
  letter always has its record, and a rerun writes any file still missing from the record.
"""

from __future__ import annotations

from relance_desktop.store.migrations.base import MigrationConnection

DDL = (
    'CREATE TABLE "letter_batch" ("id" INTEGER NOT NULL PRIMARY KEY, '
    '"kind" VARCHAR(255) NOT NULL, "letter_date" DATE NOT NULL, "folder" TEXT NOT NULL, '
    '"merged_path" TEXT NOT NULL, '
    '"merged_file_id" INTEGER REFERENCES "attachment" ("id") ON DELETE SET NULL, '
    '"created_at" DATETIME NOT NULL, "done_at" DATETIME)',
    'CREATE INDEX "letter_batch_merged_file_id" ON "letter_batch" ("merged_file_id")',
    'ALTER TABLE "document" ADD COLUMN "batch_id" INTEGER REFERENCES "letter_batch" ("id") '
    "ON DELETE SET NULL",
    'CREATE INDEX "document_batch_id" ON "document" ("batch_id")',
    'ALTER TABLE "document" ADD COLUMN "path" TEXT NOT NULL DEFAULT \'\'',
)


def up(conn: MigrationConnection) -> None:
    for statement in DDL:
        conn.execute(statement)

"""Schema version 6: finding customers by any part of their name without reading them all.

A search word is looked for anywhere inside a customer's name. Written as ``LIKE '%…%'`` on the
search key (migration 5), that reads every customer for every keystroke, and every open invoice
of the matching ones is then checked; an index of trigrams finds the customers in about a
millisecond:

- SQLite: ``customer_search``, an FTS5 table with the ``trigram`` tokenizer (SQLite ≥ 3.34),
  *contentless* (it holds only the index), whose rowid is the customer's id and whose one column
  is the search key (a blank key is not indexed: the list searches those few by name).
  Triggers keep it in step: a contentless table forgets a row only when told its old values,
  and the triggers have them (``OLD``).
- PostgreSQL: GIN trigram indexes (``pg_trgm``) on the key and on ``lower(number)``, which its
  planner uses for ``LIKE '%…%'`` by itself. A server where the extension cannot be created (no
  privilege) keeps the plain ``LIKE``: slower on large files, same answers.

Invoice numbers and amounts are not indexed so on SQLite: indexing the trigrams of a million
numbers costs about 25 µs per invoice written (an import of 100,000 invoices would take 2.5 s
more), while reading them through the partial indexes of open invoices costs tens of
milliseconds per search at a million (``services.lists``).
"""

from __future__ import annotations

from relance_desktop.store.migrations.base import MigrationConnection

_ADD = 'INSERT INTO "customer_search" (rowid, "key") VALUES (NEW."id", NEW."search_key");'
_FORGET = ('INSERT INTO "customer_search" ("customer_search", rowid, "key") '
           "VALUES ('delete', OLD.\"id\", OLD.\"search_key\");")

SQLITE = (
    'CREATE VIRTUAL TABLE "customer_search" USING fts5("key", content=\'\', '
    "tokenize='trigram', columnsize=0)",
    'CREATE TRIGGER "customer_search_insert" AFTER INSERT ON "customer" '
    f'WHEN NEW."search_key" <> \'\' BEGIN {_ADD} END',
    'CREATE TRIGGER "customer_search_delete" AFTER DELETE ON "customer" '
    f'WHEN OLD."search_key" <> \'\' BEGIN {_FORGET} END',
    # Two triggers, so that a key written where there was none (blank) is only added, and a
    # key blanked is only forgotten.
    'CREATE TRIGGER "customer_search_forget" AFTER UPDATE OF "search_key" ON "customer" '
    'WHEN OLD."search_key" <> \'\' AND NEW."search_key" IS NOT OLD."search_key" '
    f'BEGIN {_FORGET} END',
    'CREATE TRIGGER "customer_search_add" AFTER UPDATE OF "search_key" ON "customer" '
    'WHEN NEW."search_key" <> \'\' AND NEW."search_key" IS NOT OLD."search_key" '
    f'BEGIN {_ADD} END',
    'INSERT INTO "customer_search" (rowid, "key") '
    'SELECT "id", "search_key" FROM "customer" WHERE "search_key" <> \'\'',
)

POSTGRES = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    'CREATE INDEX "customer_key_trigram" ON "customer" USING gin ("search_key" gin_trgm_ops)',
    'CREATE INDEX "invoice_number_trigram" ON "invoice" USING gin (lower("number") gin_trgm_ops)',
)


def up(conn: MigrationConnection) -> None:
    if conn.engine != "postgres":
        for statement in SQLITE:
            conn.execute(statement)
        return
    conn.execute("SAVEPOINT search_index")
    try:
        for statement in POSTGRES:
            conn.execute(statement)
    except Exception:  # no privilege, or contrib not installed: the plain LIKE stays
        conn.execute("ROLLBACK TO SAVEPOINT search_index")
    conn.execute("RELEASE SAVEPOINT search_index")

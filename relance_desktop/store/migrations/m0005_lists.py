"""Schema version 5: lists read from the database a page at a time (``services.lists``).

- ``customer.search_key``: the customer's name folded as :func:`domain.text.search_key` folds
  it (case and accents: « Łukasz » → « lukasz »), so a search is a ``LIKE`` on both engines.
  Filled here for existing rows. Whatever writes a customer without its key (a plain INSERT,
  another version of Relance) cannot leave a stale one: triggers set the key of an ASCII name
  (``lower``) and blank any other, which the ``Customer`` model folds on save and
  ``services.lists.fill_search_keys`` when a file is opened. Invoice numbers are searched as
  ``lower(number)`` (they are ASCII in practice).
- Partial indexes on open invoices (state « open » and something left to pay, written
  ``amount_cents - paid_cents - credited_cents > 0``: a query over ``invoice_balance`` that
  spells its condition the same way on the view's base columns uses them, on both engines): one
  per order the invoice list offers through an index (due date, issue date, amount, number, and
  what is still due — an index on the expression, which the models cannot declare) and one by
  customer; an index on the customer's key (the customer list's order, and the blank
  keys to fill).
"""

from __future__ import annotations

from relance_desktop.store.migrations.base import MigrationConnection

OPEN = "\"state\" = 'open' AND \"amount_cents\" - \"paid_cents\" - \"credited_cents\" > 0"

DDL = (
    'ALTER TABLE "customer" ADD COLUMN "search_key" VARCHAR(255) NOT NULL DEFAULT \'\'',
    f'CREATE INDEX "invoice_open_due" ON "invoice" ("due_date", "id") WHERE {OPEN}',
    f'CREATE INDEX "invoice_open_issue" ON "invoice" ("issue_date", "id") WHERE {OPEN}',
    f'CREATE INDEX "invoice_open_amount" ON "invoice" ("amount_cents", "id") WHERE {OPEN}',
    f'CREATE INDEX "invoice_open_number" ON "invoice" ("number", "id") WHERE {OPEN}',
    f'CREATE INDEX "invoice_open_customer" ON "invoice" ("customer_id", "due_date") WHERE {OPEN}',
    # what is still due, spelled as services.lists orders by it: an index on the expression
    'CREATE INDEX "invoice_open_still_due" ON "invoice" '
    f'(("amount_cents" - "paid_cents" - "credited_cents"), "id") WHERE {OPEN}',
    'CREATE INDEX "customer_search_key" ON "customer" ("search_key", "id")',
)

# A customer written without its key (a plain INSERT, an UPDATE of the name alone): an ASCII
# name gets its key here (``lower``); any other is left blank, for Python to fold (the
# ``Customer`` model does on save, ``services.lists.fill_search_keys`` when a file is opened).
_SQLITE_KEY = ("CASE WHEN NEW.\"name\" = '' THEN ' ' WHEN NEW.\"name\" NOT GLOB '*[^ -~]*' "
               "THEN lower(NEW.\"name\") ELSE '' END")
SQLITE_TRIGGERS = (
    'CREATE TRIGGER "customer_search_key_insert" AFTER INSERT ON "customer" '
    'WHEN NEW."search_key" = \'\' BEGIN '
    f'UPDATE "customer" SET "search_key" = {_SQLITE_KEY} WHERE "id" = NEW."id"; END',
    'CREATE TRIGGER "customer_search_key_stale" AFTER UPDATE OF "name" ON "customer" '
    'WHEN NEW."name" <> OLD."name" AND NEW."search_key" = OLD."search_key" BEGIN '
    f'UPDATE "customer" SET "search_key" = {_SQLITE_KEY} WHERE "id" = NEW."id"; END',
)
POSTGRES_TRIGGERS = (
    """CREATE FUNCTION relance_search_key() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (TG_OP = 'INSERT' AND NEW."search_key" = '') OR (TG_OP = 'UPDATE'
      AND NEW."name" <> OLD."name" AND NEW."search_key" = OLD."search_key") THEN
    NEW."search_key" := CASE WHEN NEW."name" = '' THEN ' '
                             WHEN NEW."name" !~ '[^ -~]' THEN lower(NEW."name") ELSE '' END;
  END IF;
  RETURN NEW;
END $$""",
    'CREATE TRIGGER "customer_search_key" BEFORE INSERT OR UPDATE OF "name" ON "customer" '
    "FOR EACH ROW EXECUTE FUNCTION relance_search_key()",
)


def fill_keys(conn: MigrationConnection, table: str, column: str) -> None:
    """Fill the keys of ASCII texts in SQL (``lower`` is their key: most names); the others
    stay blank, for the list service to fill in Python (it folds accents)."""
    ascii_only = (f'"{column}" !~ \'[^ -~]\'' if conn.engine == "postgres"
                  else f'"{column}" NOT GLOB \'*[^ -~]*\'')
    conn.execute(f'UPDATE "{table}" SET "search_key" = lower("{column}") '
                 f'WHERE "{column}" <> \'\' AND {ascii_only}')
    conn.execute(f'UPDATE "{table}" SET "search_key" = \' \' WHERE "{column}" = \'\'')


def up(conn: MigrationConnection) -> None:
    for statement in DDL:
        conn.execute(statement)
    triggers = POSTGRES_TRIGGERS if conn.engine == "postgres" else SQLITE_TRIGGERS
    for statement in triggers:
        conn.execute(statement)
    fill_keys(conn, "customer", "name")

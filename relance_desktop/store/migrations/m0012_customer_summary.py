"""Schema version 12: what each customer owes, kept by the database itself.

``customer_summary`` holds one row per customer and currency with documents (invoices or credit
notes) in it, and one row of the customer in all currencies (currency « * », what a ranking of
customers reads without grouping), summed from the invoices as the ``invoice_balance`` view
reads them, so that a list of customers (Today, follow-ups) reads 50,000 rows instead of
aggregating a million invoices:

- ``documents``: invoices and credit notes, any state;
- ``open_count``, ``open_cents``: open invoices (not credit notes) and what they still ask;
- ``disputed_cents``: the part of it under an open dispute (of the invoice or of the customer);
- ``overdue_count``, ``overdue_cents``, ``overdue_days``: the open invoices not disputed whose
  due date is on or before ``customer_summary_clock.overdue_until``, and Σ(still due × the due
  date as a day number, days since 1970-01-01). Σ(still due × days overdue) on a day *T* is
  then ``T × overdue_cents − overdue_days``: a ranking by it costs no invoice read;
- ``oldest_due``: the earliest due date of the open invoices not disputed.

What is overdue changes with the date, not only with writes: the clock (one row) says up to
which due date the ``overdue_*`` columns count. A reader wanting another day adds (or takes
away) the few invoices falling due in between (``store.summary``); ``store.summary.bring_to``
moves the clock once a day (the follow-ups' daily refresh).

Triggers keep the rows: on ``invoice`` (insert, update of what a balance is made of, delete;
payments and credit allocations reach it through the triggers of migration 4 that update
``paid_cents`` and ``credited_cents``), each row's contribution is taken away and added back.
A change to ``dispute`` (rare) computes its customer's rows again from ``invoice_balance``; so
does moving the clock for the customers it concerns. An invoice's contribution is taken away
*before* it is deleted, while its disputes still exist (they go with it, by cascade).
"""

from __future__ import annotations

import re

from relance_desktop.store.migrations.base import MigrationConnection

TABLES = (
    'CREATE TABLE "customer_summary" ("customer_id" INTEGER NOT NULL, "currency" VARCHAR(3) '
    'NOT NULL, "documents" INTEGER NOT NULL DEFAULT 0, "open_count" INTEGER NOT NULL DEFAULT 0, '
    '"open_cents" INTEGER NOT NULL DEFAULT 0, "disputed_cents" INTEGER NOT NULL DEFAULT 0, '
    '"overdue_count" INTEGER NOT NULL DEFAULT 0, "overdue_cents" INTEGER NOT NULL DEFAULT 0, '
    '"overdue_days" INTEGER NOT NULL DEFAULT 0, "oldest_due" DATE, '
    'PRIMARY KEY ("customer_id", "currency"))',
    # what Today ranks by, read from the index alone: the customers owing something overdue
    'CREATE INDEX "customer_summary_overdue" ON "customer_summary" ("customer_id", '
    '"overdue_cents", "overdue_days", "oldest_due") WHERE "currency" = \'*\' '
    'AND "overdue_count" > 0',
    'CREATE TABLE "customer_summary_clock" ("overdue_until" DATE NOT NULL)',
)

TOTAL = "*"
"""The currency of a customer's row in all currencies (what Today ranks by)."""
TOTAL_SQL = f"'{TOTAL}'"
S = '"customer_summary"'

COLUMNS = ("documents", "open_count", "open_cents", "disputed_cents", "overdue_count",
           "overdue_cents", "overdue_days")


def day_number(engine: str, expr: str) -> str:
    """A date as whole days since 1970-01-01, in the engine's words."""
    if engine == "postgres":
        return f"({expr} - DATE '1970-01-01')"
    return f"CAST(julianday({expr}) - 2440587.5 AS INTEGER)"


def _is_open(r: str) -> str:
    return (f"({r}.\"kind\" = 'invoice' AND {r}.\"state\" = 'open' AND {r}.\"amount_cents\" - "
            f"{r}.\"paid_cents\" - {r}.\"credited_cents\" > 0)")


def _disputed(r: str) -> str:
    return ('EXISTS (SELECT 1 FROM "dispute" d WHERE d."status" = \'open\' AND '
            f'd."customer_id" = {r}."customer_id" AND (d."invoice_id" IS NULL OR '
            f'd."invoice_id" = {r}."id"))')


def _flags(r: str, alias: str = "f") -> str:
    """The invoice ``r`` (NEW or OLD) as flags worked out once: ``o`` open, ``d`` open and
    disputed, ``c`` open and not disputed (counted), ``od`` counted and overdue by the clock."""
    disputed = f"CASE WHEN {_is_open(r)} AND {_disputed(r)} THEN 1 ELSE 0 END"
    due_by_clock = (f'CASE WHEN {r}."due_date" <= (SELECT "overdue_until" FROM '
                    '"customer_summary_clock") THEN 1 ELSE 0 END')
    return (f"(SELECT x.o, x.d, x.o - x.d AS c, (x.o - x.d) * {due_by_clock} AS od FROM "
            f"(SELECT CASE WHEN {_is_open(r)} THEN 1 ELSE 0 END AS o, {disputed} AS d) x) {alias}")


def _parts(engine: str, r: str, f: str) -> dict[str, str]:
    """What the invoice ``r`` adds to each column, its flags read as ``f``."""
    due = f'({r}."amount_cents" - {r}."paid_cents" - {r}."credited_cents")'
    day = day_number(engine, f'{r}."due_date"')
    return {"documents": "1", "open_count": f"{f}.o", "open_cents": f"{f}.o * {due}",
            "disputed_cents": f"{f}.d * {due}", "overdue_count": f"{f}.od",
            "overdue_cents": f"{f}.od * {due}", "overdue_days": f"{f}.od * {due} * {day}"}


def _oldest_with(r: str, f: str) -> str:
    """The earliest due date once the invoice ``r`` (flags ``f``) is added."""
    return (f'CASE WHEN {f}.c = 1 AND ({S}."oldest_due" IS NULL OR {r}."due_date" < '
            f'{S}."oldest_due") THEN {r}."due_date" ELSE {S}."oldest_due" END')


def changed_in_place_sql(engine: str) -> str:
    """An invoice changed without changing customer or currency (a payment, mostly): its old
    contribution taken away and its new one added in one statement on its two rows."""
    old, new = _parts(engine, "OLD", "fo"), _parts(engine, "NEW", "fn")
    values = [f'{S}."{c}" - {old[c]} + {new[c]}' for c in COLUMNS]
    columns = [f'"{c}"' for c in COLUMNS] + ['"oldest_due"']
    values.append(_oldest_with("NEW", "fn"))
    return (f'UPDATE "customer_summary" SET ({", ".join(columns)}) = (SELECT '
            f'{", ".join(values)} FROM {_flags("OLD", "fo")}, {_flags("NEW", "fn")}) '
            f'WHERE {_both("NEW")}')


SAME_ROWS = 'NEW."customer_id" = OLD."customer_id" AND NEW."currency" = OLD."currency"'


def _changes(engine: str, r: str, sign: str) -> str:
    """``SET`` of every column by the invoice ``r``'s contribution, added (``+``) or taken
    away (``-``); flags read once per row from :func:`_flags`."""
    parts = _parts(engine, r, "f")
    values = [f'{S}."{c}" {sign} {parts[c]}' for c in COLUMNS]
    columns = [f'"{c}"' for c in COLUMNS]
    if sign == "+":  # the earliest due date, when the invoice counts and is earlier
        columns.append('"oldest_due"')
        values.append(_oldest_with(r, "f"))
    return (f"({', '.join(columns)}) = (SELECT {', '.join(values)} FROM {_flags(r)})")


def _currencies(r: str) -> tuple[str, str]:
    """The two rows an invoice ``r`` counts in: its currency's, and its customer's total."""
    return f'{r}."currency"', TOTAL_SQL


def _key(r: str, currency: str) -> str:
    return f'"customer_id" = {r}."customer_id" AND "currency" = {currency}'


def oldest_sql(customer: str, currency: str | None) -> str:
    """The earliest due date of a customer's open invoices not disputed, in one currency or
    (None) all (the partial index of open invoices by customer and due date answers it)."""
    in_currency = "" if currency is None else f' AND i."currency" = {currency}'
    return (
        'SELECT MIN(i."due_date") FROM "invoice" i WHERE i."customer_id" = ' + customer
        + in_currency + " AND i.\"state\" = 'open' AND i.\"amount_cents\" "
        '- i."paid_cents" - i."credited_cents" > 0 AND i."kind" = \'invoice\' AND NOT '
        + _disputed("i"))


def _both(r: str) -> str:
    """The two rows of the invoice ``r``: its currency's and its customer's total."""
    return (f'"customer_id" = {r}."customer_id" AND "currency" IN ({r}."currency", '
            f"{TOTAL_SQL})")


def add_sql(engine: str, r: str) -> tuple[str, ...]:
    """Statements adding the invoice ``r``'s contribution to its rows (made if missing)."""
    return (
        f'INSERT INTO "customer_summary" ("customer_id", "currency") VALUES '
        f'({r}."customer_id", {r}."currency"), ({r}."customer_id", {TOTAL_SQL}) '
        'ON CONFLICT ("customer_id", "currency") DO NOTHING',
        f'UPDATE "customer_summary" SET {_changes(engine, r, "+")} WHERE {_both(r)}',
    )


def take_sql(engine: str, r: str) -> tuple[str, ...]:
    """Statements taking the invoice ``r``'s contribution away (a row goes with its last
    document). The earliest due date is looked for again by :func:`oldest_again_sql`."""
    return (
        f'UPDATE "customer_summary" SET {_changes(engine, r, "-")} WHERE {_both(r)}',
        f'DELETE FROM "customer_summary" WHERE {_both(r)} AND "documents" = 0',
    )


def oldest_again_sql(r: str) -> tuple[str, ...]:
    """The rows' earliest due date read again where the invoice ``r`` held it (once ``r`` no
    longer counts as it did)."""
    customer = f'{r}."customer_id"'
    return tuple(
        f'UPDATE "customer_summary" SET "oldest_due" = ('
        f'{oldest_sql(customer, None if currency == TOTAL_SQL else currency)}) '
        f'WHERE {_key(r, currency)} AND "oldest_due" = {r}."due_date"'
        for currency in _currencies(r))


def rebuild_sql(engine: str, where: str) -> tuple[str, str]:
    """The rows of the customers ``where`` (a condition on ``b``, the invoice_balance view)
    computed from scratch, per currency then in all: the one definition, read by name."""
    due = "b.due_cents"
    is_open = "(b.kind = 'invoice' AND b.is_open = 1)"
    counted = f"({is_open} AND b.disputed = 0)"
    overdue = (f'({counted} AND b.due_date <= '
               '(SELECT "overdue_until" FROM "customer_summary_clock"))')
    day = day_number(engine, "b.due_date")
    sums = (
        "COUNT(*), "
        f"SUM(CASE WHEN {is_open} THEN 1 ELSE 0 END), "
        f"SUM(CASE WHEN {is_open} THEN {due} ELSE 0 END), "
        f"SUM(CASE WHEN {is_open} AND b.disputed = 1 THEN {due} ELSE 0 END), "
        f"SUM(CASE WHEN {overdue} THEN 1 ELSE 0 END), "
        f"SUM(CASE WHEN {overdue} THEN {due} ELSE 0 END), "
        f"SUM(CASE WHEN {overdue} THEN {due} * {day} ELSE 0 END), "
        f"MIN(CASE WHEN {counted} THEN b.due_date END) "
    )
    insert = ('INSERT INTO "customer_summary" ("customer_id", "currency", '
              + ", ".join(f'"{c}"' for c in COLUMNS) + ', "oldest_due") ')
    return (
        f"{insert}SELECT b.customer_id, b.currency, {sums}FROM invoice_balance b "
        f"WHERE {where} GROUP BY b.customer_id, b.currency",
        f"{insert}SELECT b.customer_id, {TOTAL_SQL}, {sums}FROM invoice_balance b "
        f"WHERE {where} GROUP BY b.customer_id",
    )


def _rebuild_customer(engine: str, customer: str) -> tuple[str, ...]:
    return (f'DELETE FROM "customer_summary" WHERE "customer_id" = {customer}',
            *rebuild_sql(engine, f"b.customer_id = {customer}"))


def _sqlite_triggers() -> tuple[str, ...]:
    def body(*statements: str) -> str:
        return " BEGIN " + "; ".join(statements) + "; END"

    balance_columns = ('"customer_id", "currency", "kind", "state", "due_date", "amount_cents", '
                       '"paid_cents", "credited_cents"')
    return (
        'CREATE TRIGGER "customer_summary_invoice_insert" AFTER INSERT ON "invoice"'
        + body(*add_sql("sqlite", "NEW")),
        f'CREATE TRIGGER "customer_summary_invoice_update" AFTER UPDATE OF {balance_columns} '
        f'ON "invoice" WHEN {SAME_ROWS}'
        + body(changed_in_place_sql("sqlite"), *oldest_again_sql("OLD")),
        f'CREATE TRIGGER "customer_summary_invoice_move" AFTER UPDATE OF {balance_columns} '
        f'ON "invoice" WHEN NOT ({SAME_ROWS})'
        + body(*take_sql("sqlite", "OLD"), *oldest_again_sql("OLD"), *add_sql("sqlite", "NEW")),
        'CREATE TRIGGER "customer_summary_invoice_delete" BEFORE DELETE ON "invoice"'
        + body(*take_sql("sqlite", "OLD")),
        'CREATE TRIGGER "customer_summary_invoice_deleted" AFTER DELETE ON "invoice"'
        + body(*oldest_again_sql("OLD")),
        'CREATE TRIGGER "customer_summary_dispute_insert" AFTER INSERT ON "dispute"'
        + body(*_rebuild_customer("sqlite", 'NEW."customer_id"')),
        'CREATE TRIGGER "customer_summary_dispute_delete" AFTER DELETE ON "dispute"'
        + body(*_rebuild_customer("sqlite", 'OLD."customer_id"')),
        'CREATE TRIGGER "customer_summary_dispute_update" AFTER UPDATE ON "dispute"'
        + body(*_rebuild_customer("sqlite", 'OLD."customer_id"'),
               *_rebuild_customer("sqlite", 'NEW."customer_id"')),
    )


def _plpgsql(name: str, *blocks: tuple[str, tuple[str, ...]]) -> str:
    """A trigger function running, for each (TG_OP condition, statements), the statements."""
    parts = []
    for condition, statements in blocks:
        parts.append(f"  IF {condition} THEN\n    " + ";\n    ".join(statements) + ";\n  END IF;")
    return (f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n"
            + "\n".join(parts) + "\n  RETURN NULL;\nEND $$")


def _postgres_triggers() -> tuple[str, ...]:
    balance_columns = ('"customer_id", "currency", "kind", "state", "due_date", "amount_cents", '
                       '"paid_cents", "credited_cents"')
    return (
        "CREATE FUNCTION relance_summary_invoice() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        "BEGIN\n  IF TG_OP = 'UPDATE' THEN\n    IF " + SAME_ROWS + " THEN\n      "
        + ";\n      ".join((changed_in_place_sql("postgres"), *oldest_again_sql("OLD")))
        + ";\n      RETURN NULL;\n    END IF;\n    "
        + ";\n    ".join((*take_sql("postgres", "OLD"), *oldest_again_sql("OLD")))
        + ";\n  END IF;\n  " + ";\n  ".join(add_sql("postgres", "NEW"))
        + ";\n  RETURN NULL;\nEND $$",
        'CREATE TRIGGER "customer_summary_invoice" AFTER INSERT OR UPDATE OF '
        f'{balance_columns} ON "invoice" FOR EACH ROW EXECUTE FUNCTION relance_summary_invoice()',
        # a BEFORE trigger returns the row to let the deletion go on
        "CREATE FUNCTION relance_summary_invoice_delete() RETURNS trigger LANGUAGE plpgsql AS $$"
        "\nBEGIN\n  " + ";\n  ".join(take_sql("postgres", "OLD")) + ";\n  RETURN OLD;\nEND $$",
        'CREATE TRIGGER "customer_summary_invoice_delete" BEFORE DELETE ON "invoice" '
        "FOR EACH ROW EXECUTE FUNCTION relance_summary_invoice_delete()",
        _plpgsql("relance_summary_invoice_deleted", ("TRUE", oldest_again_sql("OLD"))),
        'CREATE TRIGGER "customer_summary_invoice_deleted" AFTER DELETE ON "invoice" '
        "FOR EACH ROW EXECUTE FUNCTION relance_summary_invoice_deleted()",
        _plpgsql("relance_summary_dispute",
                 ("TG_OP IN ('UPDATE', 'DELETE')", _rebuild_customer("postgres", 'OLD."customer_id"')),
                 ("TG_OP IN ('INSERT', 'UPDATE')", _rebuild_customer("postgres", 'NEW."customer_id"'))),
        'CREATE TRIGGER "customer_summary_dispute" AFTER INSERT OR UPDATE OR DELETE ON "dispute" '
        "FOR EACH ROW EXECUTE FUNCTION relance_summary_dispute()",
    )


def triggers(engine: str) -> tuple[str, ...]:
    return _postgres_triggers() if engine == "postgres" else _sqlite_triggers()


def sqlite_trigger_names() -> tuple[str, ...]:
    """The SQLite triggers that keep the summary (a bulk load drops them, then calls
    :func:`rebuild_all`)."""
    return tuple(re.findall(r'CREATE TRIGGER "([^"]+)"', " ".join(_sqlite_triggers())))


def rebuild_all(conn: MigrationConnection) -> None:
    """Every row computed again from ``invoice_balance``."""
    conn.execute('DELETE FROM "customer_summary"')
    for statement in rebuild_sql(conn.engine, "1 = 1"):
        conn.execute(statement)


def up(conn: MigrationConnection) -> None:
    for statement in TABLES:
        conn.execute(statement)
    yesterday = ("CURRENT_DATE - 1" if conn.engine == "postgres" else "date('now', '-1 day')")
    conn.execute(f'INSERT INTO "customer_summary_clock" ("overdue_until") VALUES ({yesterday})')
    for statement in triggers(conn.engine):
        conn.execute(statement)
    rebuild_all(conn)

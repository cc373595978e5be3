"""Schema version 14: per customer, « nothing can be proposed before this day », and a counter
of the changes to what the day's actions read about the customer.

``dunning_quiet`` has one row per customer once something about it changed or the day's actions
looked at it:

- ``changes``: bumped by the triggers below on every write to what
  ``services.dunning.book_facts`` reads for the customer (its invoices, and their payments and
  credits through ``paid_cents`` / ``credited_cents``; its promises, plans, disputes, stops,
  steps done, call-backs, contacts, scenario choice; its kind, country, tags, archiving);
- ``seen``: the value of ``changes`` read *before* the facts the row was computed from;
  ``computed_on``: the day it was computed; ``quiet_until``: the first day something could be
  proposed (``domain.dunning.quiet.quiet_until``); ``fingerprint``: what the global inputs were
  (scenarios, rules, calendar, minimum gap, engine version); ``tone``: the customer's profile
  category (it tunes a call's script), which depends on its facts only.

A row holds on day *T* only when ``seen = changes``, the fingerprint is today's and
``computed_on <= T < quiet_until``. Reading ``changes`` before the facts makes it safe with
several writers: a write committed after that read leaves ``changes`` ahead of ``seen``. The
triggers fire under a bulk write's pause of the customers' summary too (migration 13): each is
one small upsert, except those on ``invoice`` and ``payment``: a bulk write pausing the summary
names every customer whose documents and payments it wrote (``store.summary.paused``), which
counts one change for each of them at the end instead (an import of 30,000 invoices then does
not pay one upsert per row).
"""

from __future__ import annotations

from dataclasses import dataclass

from relance_desktop.store.migrations.base import MigrationConnection

TABLE = ('CREATE TABLE "dunning_quiet" ("customer_id" INTEGER NOT NULL PRIMARY KEY, '
         '"changes" INTEGER NOT NULL DEFAULT 0, "seen" INTEGER, "computed_on" DATE, '
         '"quiet_until" DATE, "fingerprint" VARCHAR(64) NOT NULL DEFAULT \'\', '
         '"tone" VARCHAR(32) NOT NULL DEFAULT \'\')')


@dataclass(frozen=True)
class Watched:
    """A table whose rows belong to a customer: ``customer`` reads its id from the row ``{r}``
    (a ``SELECT <id>, 1 ...`` with a ``WHERE``), ``key`` the column(s) that tie the row to its
    customer, ``columns`` those whose update matters (empty: any)."""

    table: str
    customer: str
    key: tuple[str, ...]
    columns: tuple[str, ...] = ()
    pausable: bool = False  # a bulk write's pause of the summary holds it (see the module)


def _own(column: str = "customer_id") -> str:
    return f'SELECT {{r}}."{column}", 1 WHERE 1 = 1'


WATCHED = (
    Watched("invoice", _own(), ("customer_id",),
            ("customer_id", "number", "issue_date", "due_date", "amount_cents", "paid_cents",
             "credited_cents", "state", "kind"), pausable=True),
    Watched("payment", 'SELECT i."customer_id", 1 FROM "invoice" i WHERE i."id" = {r}."invoice_id"',
            ("invoice_id",), ("invoice_id", "paid_on", "amount_cents"), pausable=True),
    Watched("promise", _own(), ("customer_id",)),
    Watched("payment_plan", _own(), ("customer_id",), ("customer_id", "status")),
    Watched("dispute", _own(), ("customer_id",)),
    Watched("dunning_stop", _own(), ("customer_id",)),
    Watched("dunning_choice", _own(), ("customer_id",)),
    Watched("dunning_action", _own(), ("customer_id",)),
    Watched("dunning_action_invoice", 'SELECT a."customer_id", 1 FROM "dunning_action" a '
            'WHERE a."id" = {r}."action_id"', ("action_id",), ("action_id", "invoice_id")),
    Watched("task", _own(), ("customer_id",), ("customer_id", "kind", "done_at")),
    Watched("interaction", _own(), ("customer_id",),
            ("customer_id", "kind", "occurred_at", "draft")),
    Watched("customer", _own("id"), ("id",), ("kind", "country", "tags", "archived")),
)


def bump(select: str) -> str:
    """One more change for the customer the ``SELECT`` names (its row made if missing)."""
    return (f'INSERT INTO "dunning_quiet" ("customer_id", "changes") {select} '
            'ON CONFLICT ("customer_id") DO UPDATE SET "changes" = "dunning_quiet"."changes" + 1')


def _differ(w: Watched, columns: tuple[str, ...]) -> str:
    return " OR ".join(f'OLD."{c}" IS DISTINCT FROM NEW."{c}"' for c in columns)


def _sqlite_differ(w: Watched, columns: tuple[str, ...]) -> str:
    return " OR ".join(f'OLD."{c}" IS NOT NEW."{c}"' for c in columns)


RUNNING = 'NOT EXISTS (SELECT 1 FROM "customer_summary_pause")'
"""No bulk write of this transaction paused the summary (migration 13)."""


def sqlite_triggers() -> tuple[str, ...]:
    out = []
    for w in WATCHED:
        name, t = f"dunning_quiet_{w.table}", f'"{w.table}"'
        new, old = bump(w.customer.format(r="NEW")), bump(w.customer.format(r="OLD"))
        moved = bump(w.customer.format(r="OLD") + f" AND ({_sqlite_differ(w, w.key)})")
        update_of = f' OF {", ".join(f"{chr(34)}{c}{chr(34)}" for c in w.columns)}' \
            if w.columns else ""
        conditions = ([RUNNING] if w.pausable else []) + (
            [f"({_sqlite_differ(w, w.columns)})"] if w.columns else [])
        when = f" WHEN {' AND '.join(conditions)}" if conditions else ""
        running = f" WHEN {RUNNING}" if w.pausable else ""
        out += [
            f'CREATE TRIGGER "{name}_insert" AFTER INSERT ON {t}{running} BEGIN {new}; END',
            f'CREATE TRIGGER "{name}_delete" AFTER DELETE ON {t}{running} BEGIN {old}; END',
            f'CREATE TRIGGER "{name}_update" AFTER UPDATE{update_of} ON {t}{when} '
            f"BEGIN {new}; {moved}; END",
        ]
    return tuple(out)


def postgres_triggers() -> tuple[str, ...]:
    out = []
    for w in WATCHED:
        function, t = f"relance_quiet_{w.table}", f'"{w.table}"'
        new, old = bump(w.customer.format(r="NEW")), bump(w.customer.format(r="OLD"))
        guard = ('  IF EXISTS (SELECT 1 FROM "customer_summary_pause") THEN\n    RETURN NULL;\n'
                 "  END IF;\n") if w.pausable else ""
        out.append(
            f"CREATE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n"
            f"{guard}  IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND ({_differ(w, w.key)})) THEN\n"
            f"    {old};\n  END IF;\n"
            f"  IF TG_OP IN ('INSERT', 'UPDATE') THEN\n    {new};\n  END IF;\n"
            "  RETURN NULL;\nEND $$")
        update_of = f' OF {", ".join(f"{chr(34)}{c}{chr(34)}" for c in w.columns)}' \
            if w.columns else ""
        when = f" WHEN ({_differ(w, w.columns)})" if w.columns else ""
        out += [
            f'CREATE TRIGGER "dunning_quiet_{w.table}" AFTER INSERT OR DELETE ON {t} '
            f"FOR EACH ROW EXECUTE FUNCTION {function}()",
            f'CREATE TRIGGER "dunning_quiet_{w.table}_update" AFTER UPDATE{update_of} ON {t} '
            f"FOR EACH ROW{when} EXECUTE FUNCTION {function}()",
        ]
    return tuple(out)


def up(conn: MigrationConnection) -> None:
    conn.execute(TABLE)
    for statement in postgres_triggers() if conn.engine == "postgres" else sqlite_triggers():
        conn.execute(statement)

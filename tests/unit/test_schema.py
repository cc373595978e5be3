"""The numbered migrations and the peewee models describe the same schema.

Change a model without adding a migration (or the reverse) and these tests fail: on SQLite the
company file is compared with what peewee creates for the models; on PostgreSQL (``--engine
postgres``) the server database is read through ``information_schema`` and compared with the
models said in PostgreSQL's types (:func:`postgres_ddl`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from peewee import SqliteDatabase

from relance_desktop.store import migrations, models
from relance_desktop.store.migrations import MIGRATIONS, SCHEMA_VERSION, postgres_ddl
from relance_desktop.store.models import ALL_MODELS, BaseModel
from relance_desktop.store.session import CompanySession, Engine

Run = Callable[[str], list[Any]]  # a query → its rows (tuples)


# The trigram indexes of the search (migration 6: FTS5 tables and their shadow tables), kept by
# triggers, not models.
SEARCH_INDEXES = ("customer_search",)
# What each customer owes (migration 12), kept by triggers from the invoices: on purpose not
# models, so nothing but the triggers writes it; and its pause (migration 13), written only by
# store.summary.paused inside a bulk write's transaction. The dunning index of migration 14:
# its change counters kept by triggers, its days written by services.dunning (plain SQL).
KEPT_BY_TRIGGERS = ("customer_summary", "customer_summary_clock", "customer_summary_pause",
                    "dunning_quiet")


def _tables(run: Run) -> set[str]:
    rows = run("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    return {r[0] for r in rows
            if not r[0].startswith(SEARCH_INDEXES) and r[0] not in KEPT_BY_TRIGGERS}


def _structure(run: Run, table: str) -> dict[str, object]:
    columns = {
        r[1]: (r[2].upper(), bool(r[3]), r[5])  # type, not null, primary key position
        for r in run(f'PRAGMA table_info("{table}")')
        if r[1] not in MAINTAINED.get(table, set())
    }
    foreign_keys = {
        (r[3], r[2], r[4], r[6])  # from, to table, to column, on delete
        for r in run(f'PRAGMA foreign_key_list("{table}")')
    }
    indexes = set()
    for r in run(f'PRAGMA index_list("{table}")'):
        cols = tuple(EXPRESSION if c[2] is None else c[2]
                     for c in run(f'PRAGMA index_info("{r[1]}")'))
        indexes.add((cols, bool(r[2])))  # columns, unique
    return {"columns": columns, "foreign_keys": foreign_keys, "indexes": indexes}


def _schema_from_models() -> SqliteDatabase:
    """What peewee would create for the models today, in memory."""
    db = SqliteDatabase(":memory:")
    with db.bind_ctx(ALL_MODELS):
        db.create_tables(ALL_MODELS)
    return db


def _runner(db: SqliteDatabase) -> Run:
    return lambda sql: list(db.execute_sql(sql).fetchall())


def test_every_model_is_registered() -> None:
    def subclasses(cls: type[BaseModel]) -> set[type[BaseModel]]:
        found = set(cls.__subclasses__())
        for sub in list(found):
            found |= subclasses(sub)
        return found

    declared = {m for m in subclasses(BaseModel) if m.__module__ == models.__name__}
    assert declared | {models.SchemaVersion} == set(ALL_MODELS)


# Columns kept by triggers (migration 4), read through the invoice_balance view: on purpose
# not model fields, so that saving a model never writes a stale balance.
MAINTAINED = {"invoice": {"paid_cents", "credited_cents"}}
# Indexes on an expression (migration 5: what is still due, from the maintained columns), which
# peewee models cannot declare: (columns, unique), an expression said « (expression) ».
EXPRESSION = "(expression)"
# Migration 16 indexes the maintained columns too (the open invoices' amounts by customer):
# columns the models do not declare, so neither can they that index.
OPEN_TOTALS = (("customer_id", "currency", "due_date", "kind", "state", "amount_cents",
                "paid_cents", "credited_cents"), False)
EXPRESSION_INDEXES = {"invoice": {((EXPRESSION, "id"), False), OPEN_TOTALS}}
# On a server, migration 6 also indexes trigrams (pg_trgm): ``lower(number)`` and the key.
SERVER_EXPRESSION_INDEXES = {"invoice": {((EXPRESSION,), False)},
                             "customer": {(("search_key",), False)}}


def _with_expression_indexes(table: str, structure: dict[str, Any]) -> dict[str, Any]:
    """What the models declare for ``table``, plus the expression indexes of the migrations."""
    return {**structure, "indexes": structure["indexes"] | EXPRESSION_INDEXES.get(table, set())}


@pytest.mark.sqlite_only
def test_migrated_file_has_exactly_the_model_tables_and_columns(cf: CompanySession) -> None:
    assert _tables(cf.tuples) == {m._meta.table_name for m in ALL_MODELS}
    for model in ALL_MODELS:
        table = model._meta.table_name
        in_file = [r.name for r in cf.rows(f'PRAGMA table_info("{table}")')]
        in_file = [c for c in in_file if c not in MAINTAINED.get(table, set())]
        declared = [f.column_name for f in model._meta.sorted_fields]
        assert sorted(in_file) == sorted(declared), table


@pytest.mark.sqlite_only
def test_migrated_file_matches_the_models_types_keys_and_indexes(cf: CompanySession) -> None:
    db = _schema_from_models()
    try:
        for model in ALL_MODELS:
            table = model._meta.table_name
            expected = _with_expression_indexes(table, _structure(_runner(db), table))
            assert _structure(cf.tuples, table) == expected, table
    finally:
        db.close()


# -- the same schema on a PostgreSQL server ----------------------------------------------------
PG_COLUMNS = """
SELECT table_name, column_name, data_type, character_maximum_length AS length, is_nullable
FROM information_schema.columns WHERE table_schema = current_schema()
  AND table_name IN (SELECT table_name FROM information_schema.tables
                     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE')
"""
PG_FOREIGN_KEYS = """
SELECT k.table_name, k.column_name, u.table_name AS to_table, u.column_name AS to_column,
       r.delete_rule
FROM information_schema.referential_constraints r
JOIN information_schema.key_column_usage k
  ON k.constraint_schema = r.constraint_schema AND k.constraint_name = r.constraint_name
JOIN information_schema.constraint_column_usage u
  ON u.constraint_schema = r.unique_constraint_schema
 AND u.constraint_name = r.unique_constraint_name
WHERE r.constraint_schema = current_schema()
"""
PG_INDEXES = """
SELECT t.relname AS table_name, ix.indisunique AS is_unique,
       STRING_AGG(COALESCE(a.attname, '(expression)'), ',' ORDER BY k.n) AS columns
FROM pg_index ix
JOIN pg_class t ON t.oid = ix.indrelid
JOIN pg_namespace s ON s.oid = t.relnamespace
CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, n)
LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
WHERE s.nspname = current_schema() AND NOT ix.indisprimary
GROUP BY ix.indexrelid, t.relname, ix.indisunique
"""
# information_schema's words for the types postgres_ddl gives
PG_TYPE_NAMES = {"BIGINT": "bigint", "TEXT": "text", "DATE": "date", "BYTEA": "bytea",
                 "TIMESTAMP": "timestamp without time zone", "VARCHAR": "character varying",
                 "REAL": "real", "DOUBLE PRECISION": "double precision"}


def _pg_type(sqlite_type: str) -> tuple[str, int | None]:
    """A model column's SQLite type said as information_schema says PostgreSQL's."""
    match = re.fullmatch(r"(.+?)(?:\((\d+)\))?", postgres_ddl(sqlite_type.upper()))
    assert match is not None
    return PG_TYPE_NAMES[match[1]], int(match[2]) if match[2] else None


def _models_in_postgres_words() -> dict[str, dict[str, object]]:
    db = _schema_from_models()
    try:
        run = _runner(db)
        expected = {}
        for model in ALL_MODELS:
            table = model._meta.table_name
            found = _structure(run, table)
            columns: dict[str, Any] = found["columns"]  # type: ignore[assignment]
            expected[table] = {
                "columns": {name: (*_pg_type(kind), not_null or bool(pk))
                            for name, (kind, not_null, pk) in columns.items()},
                "foreign_keys": found["foreign_keys"],
                "indexes": found["indexes"],
            }
        return expected
    finally:
        db.close()


def test_server_database_has_exactly_the_model_tables_columns_keys_and_indexes(
    cf: CompanySession,
) -> None:
    if cf.engine is not Engine.POSTGRES:
        pytest.skip("the server's schema: run with --engine postgres")
    expected = _models_in_postgres_words()
    found: dict[str, dict[str, Any]] = defaultdict(
        lambda: {"columns": {}, "foreign_keys": set(), "indexes": set()})
    for r in cf.rows(PG_COLUMNS):
        if r.table_name in KEPT_BY_TRIGGERS:
            continue
        if r.column_name not in MAINTAINED.get(r.table_name, set()):
            found[r.table_name]["columns"][r.column_name] = (
                r.data_type, r.length, r.is_nullable == "NO")
    for r in cf.rows(PG_FOREIGN_KEYS):
        found[r.table_name]["foreign_keys"].add(
            (r.column_name, r.to_table, r.to_column, r.delete_rule))
    for r in cf.rows(PG_INDEXES):
        if r.table_name in KEPT_BY_TRIGGERS:
            continue
        found[r.table_name]["indexes"].add((tuple(r.columns.split(",")), bool(r.is_unique)))
    assert set(found) == set(expected)
    for table, structure in expected.items():
        wanted = _with_expression_indexes(table, structure)
        wanted["indexes"] |= SERVER_EXPRESSION_INDEXES.get(table, set())
        assert found[table] == wanted, table


def test_migrations_are_numbered_files_in_order() -> None:
    folder = Path(migrations.__file__).parent
    files = sorted(p.stem for p in folder.glob("m[0-9][0-9][0-9][0-9]_*.py"))
    assert [int(re.match(r"m(\d{4})_", f)[1]) for f in files] == list(  # type: ignore[index]
        range(1, SCHEMA_VERSION + 1)
    )
    assert len(MIGRATIONS) == SCHEMA_VERSION
    assert [m.__module__.rsplit(".", 1)[1] for m in MIGRATIONS] == files

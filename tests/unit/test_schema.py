"""The numbered migrations and the peewee models describe the same schema.

Change a model without adding a migration (or the reverse) and these tests fail.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from peewee import SqliteDatabase

from relance_desktop.store import migrations, models
from relance_desktop.store.migrations import MIGRATIONS, SCHEMA_VERSION
from relance_desktop.store.models import ALL_MODELS, BaseModel
from relance_desktop.store.session import CompanySession


def _tables(conn: sqlite3.Connection) -> set[str]:
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    )
    return {r[0] for r in rows}


def _structure(conn: sqlite3.Connection, table: str) -> dict[str, object]:
    columns = {
        r[1]: (r[2].upper(), bool(r[3]), r[5])  # type, not null, primary key position
        for r in conn.execute(f'PRAGMA table_info("{table}")')
        if r[1] not in MAINTAINED.get(table, set())
    }
    foreign_keys = {
        (r[3], r[2], r[4], r[6])  # from, to table, to column, on delete
        for r in conn.execute(f'PRAGMA foreign_key_list("{table}")')
    }
    indexes = set()
    for r in conn.execute(f'PRAGMA index_list("{table}")'):
        cols = tuple(c[2] for c in conn.execute(f'PRAGMA index_info("{r[1]}")'))
        indexes.add((cols, bool(r[2])))  # columns, unique
    return {"columns": columns, "foreign_keys": foreign_keys, "indexes": indexes}


def _schema_from_models() -> SqliteDatabase:
    """What peewee would create for the models today, in memory."""
    db = SqliteDatabase(":memory:")
    with db.bind_ctx(ALL_MODELS):
        db.create_tables(ALL_MODELS)
    return db


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


def test_migrated_file_has_exactly_the_model_tables_and_columns(cf: CompanySession) -> None:
    conn = cf.raw()
    assert _tables(conn) == {m._meta.table_name for m in ALL_MODELS}
    for model in ALL_MODELS:
        table = model._meta.table_name
        in_file = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
        in_file = [c for c in in_file if c not in MAINTAINED.get(table, set())]
        declared = [f.column_name for f in model._meta.sorted_fields]
        assert sorted(in_file) == sorted(declared), table


def test_migrated_file_matches_the_models_types_keys_and_indexes(cf: CompanySession) -> None:
    db = _schema_from_models()
    try:
        expected = db.connection()
        for model in ALL_MODELS:
            table = model._meta.table_name
            assert _structure(cf.raw(), table) == _structure(expected, table), table
    finally:
        db.close()


def test_migrations_are_numbered_files_in_order() -> None:
    folder = Path(migrations.__file__).parent
    files = sorted(p.stem for p in folder.glob("m[0-9][0-9][0-9][0-9]_*.py"))
    assert [int(re.match(r"m(\d{4})_", f)[1]) for f in files] == list(  # type: ignore[index]
        range(1, SCHEMA_VERSION + 1)
    )
    assert len(MIGRATIONS) == SCHEMA_VERSION
    assert [m.__module__.rsplit(".", 1)[1] for m in MIGRATIONS] == files

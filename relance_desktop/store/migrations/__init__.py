"""Numbered schema migrations. Version N is reached by running migrations 1..N in order.

Each module has ``up(conn)``: ``conn`` is a :class:`MigrationConnection`, inside the caller's
transaction, on SQLite or PostgreSQL. The DDL is written once, in SQLite's words;
:func:`postgres_ddl` says it in PostgreSQL's (types, identity keys). What the two engines spell
too differently (triggers) is chosen with ``conn.engine``. Never edit a migration that has
shipped; add the next one.
"""

from __future__ import annotations

from collections.abc import Callable

from relance_desktop.store.migrations import (
    m0001_initial,
    m0002_import_identity,
    m0003_calls,
    m0004_balance,
    m0005_lists,
    m0006_search,
    m0007_letter_batch,
    m0008_contract_law,
    m0009_dunning,
    m0010_team,
    m0011_assignment,
    m0012_customer_summary,
    m0013_summary_pause,
    m0014_dunning_quiet,
    m0015_queue_indexes,
    m0016_open_totals,
)
from relance_desktop.store.migrations.base import MigrationConnection, postgres_ddl

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "MigrationConnection", "postgres_ddl"]


Migration = Callable[[MigrationConnection], None]

MIGRATIONS: tuple[Migration, ...] = (
    m0001_initial.up,
    m0002_import_identity.up,
    m0003_calls.up,
    m0004_balance.up,
    m0005_lists.up,
    m0006_search.up,
    m0007_letter_batch.up,
    m0008_contract_law.up,
    m0009_dunning.up,
    m0010_team.up,
    m0011_assignment.up,
    m0012_customer_summary.up,
    m0013_summary_pause.up,
    m0014_dunning_quiet.up,
    m0015_queue_indexes.up,
    m0016_open_totals.up,
)
SCHEMA_VERSION = len(MIGRATIONS)

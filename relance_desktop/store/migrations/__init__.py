"""Numbered schema migrations. Version N is reached by running migrations 1..N in order.

Each module has ``up(conn)`` working on a raw ``sqlite3`` connection inside the caller's
transaction. Never edit a migration that has shipped; add the next one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from relance_desktop.store.migrations import m0001_initial, m0002_import_identity, m0003_calls

Migration = Callable[[sqlite3.Connection], None]

MIGRATIONS: tuple[Migration, ...] = (m0001_initial.up, m0002_import_identity.up, m0003_calls.up)
SCHEMA_VERSION = len(MIGRATIONS)

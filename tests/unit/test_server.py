"""A company on a PostgreSQL server: created, opened, migrated and refused like a file.

Runs with ``--engine postgres`` (the run's throwaway server); skipped otherwise.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg2
import pytest

from relance_desktop.errors import CompanyFileError
from relance_desktop.store.database import create_company_file, open_company_file
from relance_desktop.store.migrations import SCHEMA_VERSION
from relance_desktop.store.models import Customer, Invoice
from relance_desktop.store.server import ServerParams, create_server_company, open_server_company
from tests.helpers import TODAY

_count = iter(range(1, 10_000))


@pytest.fixture
def empty_db(pg_cluster: Any) -> Iterator[ServerParams]:
    if pg_cluster is None:
        pytest.skip("needs the PostgreSQL server of a run with --engine postgres")
    name = f"server_test_{next(_count)}"
    pg_cluster.create_database(name)
    try:
        yield ServerParams(pg_cluster.host, pg_cluster.port, name, pg_cluster.user)
    finally:
        pg_cluster.drop_database(name)


def _sql(params: ServerParams, statement: str) -> Any:
    conn = psycopg2.connect(host=params.host, port=params.port, user=params.user,
                            dbname=params.database)
    conn.autocommit = True
    try:
        cur = conn.cursor()
        cur.execute(statement)
        return cur.fetchall() if cur.description else None
    finally:
        conn.close()


def test_a_created_company_opens_with_its_name(empty_db: ServerParams) -> None:
    create_server_company(empty_db, None, name="Brasserie du Parc", country="BE")
    with open_server_company(empty_db, None) as session:
        assert session.company.name == "Brasserie du Parc"
        assert session.scalar('SELECT "version" FROM "schema_version"') == SCHEMA_VERSION
        assert empty_db.database in session.where


def test_an_empty_database_is_not_a_company_and_stays_empty(empty_db: ServerParams) -> None:
    with pytest.raises(CompanyFileError, match="ne contient pas de société"):
        open_server_company(empty_db, None)
    assert _sql(empty_db, "SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public'") == [(0,)]


def test_a_company_is_not_created_twice(empty_db: ServerParams) -> None:
    create_server_company(empty_db, None, name="A")
    with pytest.raises(CompanyFileError, match="contient déjà une société"):
        create_server_company(empty_db, None, name="B")
    assert _sql(empty_db, "SELECT name FROM company") == [("A",)]


def test_a_newer_schema_is_refused_and_left_alone(empty_db: ServerParams) -> None:
    create_server_company(empty_db, None, name="A")
    _sql(empty_db, f'UPDATE "schema_version" SET "version" = {SCHEMA_VERSION + 1}')
    with pytest.raises(CompanyFileError, match="plus récente"):
        open_server_company(empty_db, None)
    assert _sql(empty_db, 'SELECT "version" FROM "schema_version"') == [(SCHEMA_VERSION + 1,)]


def test_a_file_and_a_server_company_side_by_side(empty_db: ServerParams, tmp_path: Path) -> None:
    create_server_company(empty_db, None, name="Sur le serveur")
    path = create_company_file(tmp_path / "Local.relance", name="En local")
    server, local = open_server_company(empty_db, None), open_company_file(path)
    try:
        with server.use():
            Invoice.create(customer=Customer.create(name="Client serveur"), number="S1",
                           issue_date=TODAY, due_date=TODAY, amount_cents=100)
        with local.use():
            assert Customer.select().count() == 0
        with server.use():
            assert [c.name for c in Customer.select()] == ["Client serveur"]
        assert (server.company.name, local.company.name) == ("Sur le serveur", "En local")
    finally:
        server.close()
        local.close()

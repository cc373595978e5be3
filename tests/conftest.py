"""Fixtures shared by every test suite: an isolated RELANCE_HOME and fresh company files.

Nothing here imports Qt: the unit suite runs without a QApplication.
"""

from __future__ import annotations

import itertools
import logging
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from relance_desktop.domain.legal import RateTable
from relance_desktop.services.company import CompanyInput, update_company
from relance_desktop.services.demo import DEMO_COMPANY, create_demo, populate
from relance_desktop.store.database import create_company_file, open_company_file
from relance_desktop.store.server import ServerParams, create_server_company, open_server_company
from relance_desktop.store.session import CompanySession
from tests.helpers import TODAY, shipped_rates

__all__ = ["TODAY"]


@pytest.fixture(autouse=True)
def restore_logging() -> Iterator[None]:
    """``main()`` installs a log file handler on the root logger: take it off afterwards."""
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    yield
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.fixture(autouse=True)
def relance_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings, logs and the demo file go to a fresh temporary folder, never the user's.

    It is not inside ``tmp_path``, so tests can list ``tmp_path`` and see only their files.
    """
    home = tmp_path_factory.mktemp("relance-home")
    monkeypatch.setenv("RELANCE_HOME", str(home))
    return home


@pytest.fixture
def today() -> date:
    return TODAY


@pytest.fixture(scope="session")
def rates() -> RateTable:
    """The rate table shipped in resources/legal/rates.json (immutable, so shared)."""
    return shipped_rates()


@pytest.fixture
def company_path(tmp_path: Path) -> Path:
    """A fresh, closed company file (French company « Test SARL »)."""
    return create_company_file(tmp_path / "Test SARL.relance", name="Test SARL", country="FR")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--engine", choices=("sqlite", "postgres"), default="sqlite",
        help="where the tests' companies live: SQLite files (default) or a throwaway PostgreSQL "
        "server started for the run (initdb + pg_ctl on 127.0.0.1). With postgres, every test "
        "that works on a company runs with it on the server (the « cf » and « demo_cf » "
        "companies, the main window's company, the team tests), except those marked "
        "« sqlite_only » (about the company file itself); tests that open no company at all "
        "(rules, formats, readers) are left to the SQLite run",
    )


# What makes a test work on a company (on the server under --engine postgres).
COMPANY_FIXTURES = frozenset({"cf", "demo_cf", "pg_cluster", "team_cluster", "team_db",
                              "company_opener", "window", "demo_window", "windows_on_server"})
FILE_FIXTURES = frozenset({"company_path", "demo_path"})

# The tests about the company file itself, by module or test name (a test of these that uses
# the engine-neutral « cf » or « demo_cf » still runs on the server). Tests marked
# « sqlite_only » are file-only too.
FILE_ONLY = {
    "tests/unit/test_backup.py": "backups and copies of the company file",
    "tests/unit/test_database.py": "the company file: its header, WAL, migrations and backups",
    "tests/unit/test_cli.py": "the command line works on company files",
    "tests/unit/test_cli_faults.py": "the command line on a locked file or a full disk",
    "tests/unit/test_cli_import.py": "the command line works on company files",
    "tests/unit/test_letters.py::test_command_line": "the command line works on company files",
    "tests/unit/test_letters.py::test_confirmations_for_all": "the command line (on a file)",
    "tests/unit/test_letters_regimes.py::test_the_command_line": "the command line (on a file)",
    "tests/unit/test_import_matching.py::test_two_processes": "two processes on one file",
    "tests/unit/test_team_live.py::test_another_instance_on_the_same_file": "a file's "
    "data_version (the server's live changes are tested beside it)",
    "tests/unit/test_team_move.py": "moves a company file to a server and back (against a real "
    "server in the default run)",
    "tests/gui/test_busy_file.py": "another program holding the company file",
    "tests/gui/test_two_instances.py": "two instances on one file (its lock, read-only)",
    "tests/gui/test_file_copies.py": "copies of the company file",
    "tests/gui/test_call_draft_full_disk.py": "the company file's disk full (a lost server: "
    "tests/gui/test_team_offline.py)",
    "tests/gui/test_startup_and_locks.py": "the company file's lock at start-up",
    "tests/e2e/test_call_draft_crash.py": "a crash while the company file is written",
}


def file_only(item: pytest.Item) -> str | None:
    """Why ``item`` is about the company file itself (None: it is not)."""
    marker = item.get_closest_marker("sqlite_only")
    if marker is not None:
        return str(marker.kwargs.get("reason", "sqlite_only"))
    fixtures = set(getattr(item, "fixturenames", ()))
    if fixtures & {"cf", "demo_cf"}:
        return None
    for prefix, why in FILE_ONLY.items():
        if item.nodeid.startswith(prefix):
            return why
    return None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--engine") != "postgres":
        return
    keep, drop, unsure = [], [], []
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if file_only(item) is not None or not fixtures & (COMPANY_FIXTURES | FILE_FIXTURES):
            drop.append(item)  # about the file, or no company at all: the SQLite run's
        elif fixtures & COMPANY_FIXTURES:
            keep.append(item)
        else:
            unsure.append(item.nodeid)
    if unsure:  # a file opened directly would silently test SQLite again: say which
        raise pytest.UsageError(
            "--engine postgres: these tests open a company file directly; give them an "
            "engine-neutral company (cf, demo_cf, company_opener, window) or list them in "
            "tests/conftest.py FILE_ONLY with the reason: " + ", ".join(unsure))
    config.hook.pytest_deselected(items=drop)
    items[:] = keep


@pytest.fixture(scope="session")
def engine(pytestconfig: pytest.Config) -> str:
    return str(pytestconfig.getoption("--engine"))


@pytest.fixture(scope="session")
def pg_cluster(engine: str) -> Iterator[Any]:
    """The run's PostgreSQL server, with a template database already migrated."""
    if engine != "postgres":
        yield None
        return
    from tests import pg

    cluster = pg.start_cluster()
    try:
        cluster.create_database(PG_TEMPLATE)
        params = ServerParams(cluster.host, cluster.port, PG_TEMPLATE, cluster.user)
        create_server_company(params, None, name="Test SARL", country="FR")
        yield cluster
    finally:
        cluster.stop()


PG_TEMPLATE = "relance_template"
_pg_databases = itertools.count(1)


def _server_company(cluster: Any) -> tuple[CompanySession, str]:
    name = f"company_{os.getpid()}_{next(_pg_databases)}"
    cluster.create_database(name, template=PG_TEMPLATE)
    session = open_server_company(ServerParams(cluster.host, cluster.port, name, cluster.user),
                                  None)
    return session, name


@pytest.fixture
def cf(request: pytest.FixtureRequest, engine: str, pg_cluster: Any) -> Iterator[CompanySession]:
    """A fresh company « Test SARL » (FR), active in the test, closed at teardown: a file
    (``company_path``) or, with ``--engine postgres``, a new database on the test server."""
    if engine == "postgres":
        session, name = _server_company(pg_cluster)
        try:
            with session.use():
                yield session
        finally:
            session.close()
            pg_cluster.drop_database(name)
        return
    company_file = open_company_file(request.getfixturevalue("company_path"))
    try:
        with company_file.use():
            yield company_file
    finally:
        company_file.close()


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    """A closed demo company file generated for :data:`TODAY`."""
    return create_demo(tmp_path / "Démo.relance", TODAY)


@pytest.fixture
def demo_cf(request: pytest.FixtureRequest, engine: str, pg_cluster: Any
            ) -> Iterator[CompanySession]:
    """The demo company for :data:`TODAY`, active in the test (a file, or a server database)."""
    if engine == "postgres":
        session, name = _server_company(pg_cluster)
        try:
            with session.use():
                update_company(session, CompanyInput(**DEMO_COMPANY))
                populate(session, TODAY)
                yield session
        finally:
            session.close()
            pg_cluster.drop_database(name)
        return
    company_file = open_company_file(request.getfixturevalue("demo_path"))
    try:
        with company_file.use():
            yield company_file
    finally:
        company_file.close()


@pytest.fixture(scope="session")
def team_cluster(engine: str, request: pytest.FixtureRequest) -> Iterator[Any]:
    """A real PostgreSQL server for the team tests (two or more connections at once), on both
    engines: the run's server under ``--engine postgres``, else one started for them."""
    from tests import pg

    if engine == "postgres":
        yield request.getfixturevalue("pg_cluster")
        return
    if not (pg.server_bin("initdb") and pg.server_bin("pg_ctl")):
        pytest.skip("PostgreSQL (initdb, pg_ctl) is not installed")
    cluster = pg.start_cluster()
    try:
        cluster.create_database(PG_TEMPLATE)
        params = ServerParams(cluster.host, cluster.port, PG_TEMPLATE, cluster.user)
        create_server_company(params, None, name="Test SARL", country="FR")
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def team_db(team_cluster: Any) -> Iterator[ServerParams]:
    """A fresh company « Test SARL » on the team server: where to connect (as many sessions
    as the test opens; each is closed by the test)."""
    name = f"team_{os.getpid()}_{next(_pg_databases)}"
    team_cluster.create_database(name, template=PG_TEMPLATE)
    try:
        yield ServerParams(team_cluster.host, team_cluster.port, name, team_cluster.user)
    finally:
        team_cluster.drop_database(name)


@pytest.fixture
def company_opener(request: pytest.FixtureRequest, engine: str) -> Any:
    """Opens one more session to the test's own company « Test SARL » (as another window,
    instance or collector would): a file, or a database on the run's server. The test closes
    what it opens."""
    if engine == "postgres":
        params: ServerParams = request.getfixturevalue("team_db")
        return lambda: open_server_company(params, None)
    path: Path = request.getfixturevalue("company_path")
    return lambda: open_company_file(path)

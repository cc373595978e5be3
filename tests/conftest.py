"""Fixtures shared by every test suite: an isolated RELANCE_HOME and fresh company files.

Nothing here imports Qt: the unit suite runs without a QApplication.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from relance_desktop.domain.legal import RateTable
from relance_desktop.services.demo import create_demo
from relance_desktop.store.database import create_company_file, open_company_file
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


@pytest.fixture
def cf(company_path: Path) -> Iterator[CompanySession]:
    """The fresh company file, opened (models bound to it) and closed at teardown."""
    company_file = open_company_file(company_path)
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
def demo_cf(demo_path: Path) -> Iterator[CompanySession]:
    company_file = open_company_file(demo_path)
    try:
        with company_file.use():
            yield company_file
    finally:
        company_file.close()

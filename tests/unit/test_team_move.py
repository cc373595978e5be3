"""Moving a company from a file to a server and back: every count and balance identical, ids
kept, the server's sequences after the highest id, a non-empty destination refused."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from relance_desktop.services import team_move
from relance_desktop.store.database import create_company_file, open_company_file
from relance_desktop.store.models import (
    Contact,
    CreditAllocation,
    Customer,
    Interaction,
    Invoice,
    Payment,
    Promise,
)
from relance_desktop.store.server import ServerParams, create_server_company, open_server_company

_names = itertools.count(1)


@pytest.fixture(scope="module")
def cluster(request: pytest.FixtureRequest) -> Iterator[Any]:
    """The run's server with --engine postgres, else one started for this module."""
    from tests import pg

    if not (pg.server_bin("initdb") and pg.server_bin("pg_ctl")):
        pytest.skip("PostgreSQL (initdb, pg_ctl) is not installed")
    started = pg.start_cluster()
    try:
        yield started
    finally:
        started.stop()


@pytest.fixture
def database(cluster: Any) -> Iterator[ServerParams]:
    name = f"move_{next(_names)}"
    cluster.create_database(name)
    try:
        yield ServerParams(cluster.host, cluster.port, name, cluster.user)
    finally:
        cluster.drop_database(name)


def make_company(path: Path) -> Path:
    """Two customers; an invoice half paid, one settled by a credit note, a corrected call."""
    create_company_file(path, name="Menuiserie Lefèvre", country="BE")
    with open_company_file(path) as cf:
        assert cf.company.name == "Menuiserie Lefèvre"
        dupont = Customer.create(name="Dupont & Fils", country="BE", notes="Rappeler l'après-midi")
        Contact.create(customer=dupont, name="Anne Dupont", is_primary=True)
        other = Customer.create(name="Café « Le Coin »")
        half = Invoice.create(customer=dupont, number="F-2026-001", issue_date=date(2026, 9, 1),
                              due_date=date(2026, 10, 1), amount_cents=120_000)
        Payment.create(invoice=half, paid_on=date(2026, 10, 15), amount_cents=60_000)
        Payment.create(invoice=half, paid_on=date(2026, 10, 20), amount_cents=1)
        credited = Invoice.create(customer=other, number="F-2026-002", amount_cents=5_000,
                                  issue_date=date(2026, 9, 2), due_date=date(2026, 10, 2))
        credit = Invoice.create(customer=other, number="AV-1", kind="credit_note",
                                amount_cents=5_000, issue_date=date(2026, 9, 3),
                                due_date=date(2026, 9, 3))
        CreditAllocation.create(credit=credit, invoice=credited, amount_cents=5_000)
        call = Interaction.create(customer=dupont, invoice=half, kind="call", outcome="promise")
        Interaction.create(customer=dupont, kind="call", outcome="promise", corrects=call)
        Promise.create(customer=dupont, invoice=half, interaction=call, amount_cents=59_999,
                       promised_on=date(2026, 11, 30))
    return path


def owed(cf: Any) -> list[tuple[str, int]]:
    return [(r.number, r.owed_cents) for r in
            cf.rows('SELECT number, owed_cents FROM "invoice_balance" ORDER BY number')]


def test_a_file_goes_to_the_server_and_comes_back_identical(
    tmp_path: Path, database: ServerParams,
) -> None:
    original = make_company(tmp_path / "Lefèvre.relance")
    report = team_move.file_to_server(original, database, None)
    assert (report.counts["customer"], report.counts["invoice"], report.counts["payment"]) \
        == (2, 3, 2)
    assert report.documents == 3 and report.owed_cents == 59_999
    with open_server_company(database, None) as server:
        assert server.company.name == "Menuiserie Lefèvre" and server.company.country == "BE"
        assert owed(server) == [("AV-1", 0), ("F-2026-001", 59_999), ("F-2026-002", 0)]
        dupont = Customer.get(Customer.name == "Dupont & Fils")
        assert dupont.notes == "Rappeler l'après-midi"
        correction = Interaction.get(Interaction.corrects.is_null(False))
        assert correction.corrects.invoice.number == "F-2026-001"  # ids kept: links hold
        assert Customer.create(name="Nouveau client").id == 3  # the sequence follows
        assert Invoice.create(customer=dupont, number="F-3", amount_cents=10,
                              issue_date=date(2026, 11, 1), due_date=date(2026, 11, 1)).id == 4

    back = tmp_path / "Retour.relance"
    report = team_move.server_to_file(database, None, back)
    assert report.counts["customer"] == 3 and report.owed_cents == 59_999 + 10
    with open_company_file(back) as cf:
        assert owed(cf) == [("AV-1", 0), ("F-2026-001", 59_999), ("F-2026-002", 0), ("F-3", 10)]
        assert [c.name for c in Customer.select().order_by(Customer.id)] == [
            "Dupont & Fils", "Café « Le Coin »", "Nouveau client"]


def test_a_destination_with_data_is_refused_and_left_alone(
    tmp_path: Path, database: ServerParams,
) -> None:
    create_server_company(database, None, name="Déjà là")
    with open_server_company(database, None) as server:
        Customer.create(name="Client existant")
    original = make_company(tmp_path / "Lefèvre.relance")
    refused = r"contient déjà des données \(customer : 1\)"
    with (open_company_file(original) as source, open_server_company(database, None) as target,
          pytest.raises(team_move.MoveError, match=refused)):
        team_move.copy_company(source, target)
    with open_server_company(database, None) as server:
        assert [c.name for c in Customer.select()] == ["Client existant"]
        assert server.company.name == "Déjà là"


def test_an_existing_file_is_never_overwritten(tmp_path: Path, database: ServerParams) -> None:
    team_move.file_to_server(make_company(tmp_path / "A.relance"), database, None)
    there = tmp_path / "Existe.relance"
    there.write_bytes(b"mes notes")
    with pytest.raises(Exception, match="existe déjà"):
        team_move.server_to_file(database, None, there)
    assert there.read_bytes() == b"mes notes"


def test_a_copy_that_differs_is_undone_and_says_where(
    tmp_path: Path, database: ServerParams, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A faulty copy (the invoices' paid amounts copied and rebuilt again: counted twice)."""
    monkeypatch.setattr(team_move, "REBUILT_BY_TRIGGERS", {})
    create_server_company(database, None, name="Vide")
    original = make_company(tmp_path / "Lefèvre.relance")
    with (open_company_file(original) as source, open_server_company(database, None) as target,
          pytest.raises(team_move.MoveError, match="ne correspond pas") as caught):
        team_move.copy_company(source, target)
    assert "invoice_balance" in str(caught.value)
    with open_server_company(database, None) as server:
        assert Customer.select().count() == 0 and server.company.name == "Vide"


def test_every_table_of_a_full_company_survives_the_round_trip(
    demo_path: Path, database: ServerParams, tmp_path: Path,
) -> None:
    """The demo company fills most tables (letters, plans, disputes...): all come back."""
    with open_company_file(demo_path) as cf:
        before = team_move._counts(cf)
        balances = owed(cf)
    there = team_move.file_to_server(demo_path, database, None)
    back = team_move.server_to_file(database, None, tmp_path / "Retour.relance")
    assert there.counts == back.counts == before
    assert sum(1 for n in before.values() if n) >= 10
    with open_company_file(tmp_path / "Retour.relance") as cf:
        assert owed(cf) == balances

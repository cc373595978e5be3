"""The server goes away in the middle of a call: the app says so plainly, the notes typed meanwhile
stay on this computer, and are saved once (not twice) when the server is back; the customer is
claimed again. Against a real server (its own, stopped and started by the tests)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from relance_desktop.services import claims, draft_fallback, team_connect
from relance_desktop.store.models import Customer, Invoice, User
from relance_desktop.store.server import ServerParams, create_server_company
from relance_desktop.views import connect_dialog
from relance_desktop.views.main_window import MainWindow
from tests.helpers import TODAY

OFFLINE = "Serveur injoignable — vos notes sont gardées sur cet ordinateur"


@pytest.fixture(scope="module")
def own_cluster() -> Iterator[Any]:
    """A server of these tests alone: they stop it and start it again."""
    from tests import pg

    if not (pg.server_bin("initdb") and pg.server_bin("pg_ctl")):
        pytest.skip("PostgreSQL (initdb, pg_ctl) is not installed")
    started = pg.start_cluster(durable=True)
    try:
        yield started
    finally:
        started.stop()


@pytest.fixture
def company(own_cluster: Any, request: pytest.FixtureRequest) -> Iterator[tuple[ServerParams, int]]:
    name = request.node.name.split("[")[0][-40:].lower()
    own_cluster.create_database(name)
    params = ServerParams(own_cluster.host, own_cluster.port, name, own_cluster.user)
    create_server_company(params, None, name="Cabinet Martin")
    with team_connect.open_team_company(params, None):
        henri = Customer.create(name="Boulangerie Henri", phone="+33140000000")
        Invoice.create(customer=henri, number="F1", issue_date=TODAY, due_date=TODAY,
                       amount_cents=50_000)
    yield params, int(henri.id)
    own_cluster.drop_database(name)


def _connect(window: MainWindow, params: ServerParams, monkeypatch: pytest.MonkeyPatch) -> None:
    mine = team_connect.open_team_company(params, None)
    monkeypatch.setattr(connect_dialog, "ask_and_connect", lambda *a, **k: mine)
    assert window.connect_server()


def _calls(params: ServerParams, customer_id: int) -> list[str]:
    with team_connect.open_team_company(params, None) as other:
        return [r.notes for r in other.rows(
            "SELECT notes FROM interaction WHERE customer_id = ? AND kind = 'call'",
            (customer_id,))]


def _banner(window: MainWindow) -> QLabel:
    banner = window.findChild(QLabel, "offlineBanner")
    assert banner is not None
    return banner


def test_a_connection_killed_mid_call_loses_nothing_and_takes_the_claim_again(
    qtbot: Any, window: MainWindow, own_cluster: Any, company: tuple[ServerParams, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    params, henri = company
    _connect(window, params, monkeypatch)
    assert window.cf is not None
    with window.cf.use():  # her name, as the team knows it (services.team_roles)
        User.update(name="Claire").where(User.login == params.user).execute()
    sheet = window.open_call_sheet(henri)
    assert sheet is not None
    sheet.notes.setPlainText("Le gérant rappelle")
    sheet.save_draft()
    assert _calls(params, henri) == ["Le gérant rappelle"]

    assert own_cluster.kill_connections(params.database) >= 2  # the window's and its listener
    sheet.notes.setPlainText("Le gérant rappelle. Promet 500 € vendredi.")
    sheet.save_draft()  # noticed here: kept on this computer, saved when back (by itself)
    qtbot.waitUntil(lambda: _calls(params, henri) == [
        "Le gérant rappelle. Promet 500 € vendredi."], timeout=5000)
    assert draft_fallback.take_back(window.cf, henri) is None  # the local copy is gone
    with team_connect.open_team_company(params, None) as marc:
        qtbot.waitUntil(lambda: henri in claims.claims_by_others(marc), timeout=3000)
        assert claims.claims_by_others(marc)[henri].holder == "Claire"
    assert not _banner(window).isVisible()


def test_a_server_down_is_said_and_the_notes_saved_once_when_it_is_back(
    qtbot: Any, window: MainWindow, own_cluster: Any, company: tuple[ServerParams, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    params, henri = company
    _connect(window, params, monkeypatch)
    sheet = window.open_call_sheet(henri)
    assert sheet is not None
    own_cluster.stop_server()
    try:
        qtbot.waitUntil(lambda: _banner(window).isVisible(), timeout=3000)
        assert _banner(window).text().startswith(OFFLINE)
        sheet.notes.setPlainText("Absent, rappeler à 14 h")
        sheet.save_draft()
        assert sheet.saved_label.text().startswith(OFFLINE)
        kept = draft_fallback.take_back(window.cf, henri)
        assert kept is not None and kept.notes == "Absent, rappeler à 14 h"
        sheet.notes.setPlainText("Absent, rappeler à 14 h ; demander M. Henri")
        sheet.save_draft()  # still down: the copy follows what is typed
    finally:
        own_cluster.start_server()
    qtbot.waitUntil(lambda: not _banner(window).isVisible(), timeout=12_000)
    qtbot.waitUntil(lambda: draft_fallback.take_back(window.cf, henri) is None, timeout=3000)
    assert _calls(params, henri) == ["Absent, rappeler à 14 h ; demander M. Henri"]
    assert "enregistré" in sheet.saved_label.text()

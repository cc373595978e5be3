"""Two collectors on one server company: the one who opens a call sheet claims the customer; the
other sees « En appel avec … depuis HH:MM » in Today and the customer window, and is warned."""

from __future__ import annotations

import time
from datetime import datetime
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from relance_desktop.services import claims, team_connect
from relance_desktop.store.models import Customer, Invoice
from relance_desktop.store.server import ServerParams
from relance_desktop.views import connect_dialog
from relance_desktop.views.main_window import MainWindow
from tests.helpers import TODAY


@pytest.fixture
def equipe(team_db: ServerParams) -> ServerParams:
    """A server company with one customer to call (Boulangerie Henri)."""
    with team_connect.open_team_company(team_db, None):
        henri = Customer.create(name="Boulangerie Henri", phone="+33140000000")
        Invoice.create(customer=henri, number="F1", issue_date=TODAY, due_date=TODAY,
                       amount_cents=50_000)
    return team_db


def test_the_other_collector_sees_the_call_and_is_warned(
    window: MainWindow, equipe: ServerParams, monkeypatch: pytest.MonkeyPatch, messages: Any,
) -> None:
    params = equipe
    mine = team_connect.open_team_company(params, None)
    monkeypatch.setattr(connect_dialog, "ask_and_connect", lambda *a, **k: mine)
    assert window.connect_server()
    henri = mine.scalar("SELECT id FROM customer WHERE name = ?", ("Boulangerie Henri",))
    with team_connect.open_team_company(params, None) as marc:
        assert claims.claim(marc, henri, "Marc", datetime(2026, 11, 23, 10, 42)) is None
        window.claim_banner.refresh()
        assert window.claim_banner.isVisibleTo(window)
        assert window.claim_banner.text() == \
            "Boulangerie Henri — En appel avec Marc depuis 10:42"
        customer = window.open_customer(henri)
        assert customer is not None
        banner = customer.findChild(QLabel, "claimBanner")
        assert banner.isVisibleTo(customer)
        assert banner.text() == "En appel avec Marc depuis 10:42"
        window.open_call_sheet(henri)
        assert any("En appel avec Marc depuis 10:42" in text for text in messages.texts)
    for _ in range(50):  # Marc's connection ended: his claim with it (the server needs a moment)
        window.claim_banner.refresh()
        if not window.claim_banner.isVisibleTo(window):
            break
        time.sleep(0.02)
    assert not window.claim_banner.isVisibleTo(window)


def test_opening_a_call_sheet_claims_the_customer_until_it_closes(
    window: MainWindow, equipe: ServerParams, monkeypatch: pytest.MonkeyPatch, session: Any,
) -> None:
    params = equipe
    session.settings.set("user_name", "Claire")
    mine = team_connect.open_team_company(params, None)
    monkeypatch.setattr(connect_dialog, "ask_and_connect", lambda *a, **k: mine)
    assert window.connect_server()
    henri = mine.scalar("SELECT id FROM customer WHERE name = ?", ("Boulangerie Henri",))
    with team_connect.open_team_company(params, None) as marc:
        sheet = window.open_call_sheet(henri)
        assert sheet is not None
        seen = claims.claims_by_others(marc)
        assert seen[henri].holder == "Claire"
        assert claims.claim(marc, henri, "Marc", datetime(2026, 11, 23, 11, 0)) is not None
        sheet.close()
        from tests.gui.conftest import settle

        settle()
        assert claims.claims_by_others(marc) == {}

"""Two collectors on one server company: the one who opens a call sheet claims the customer; the
other sees « En appel avec … depuis HH:MM » (with the person's name) in Today's row, Today's
banner and the customer window as soon as it happens, and is warned before calling."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from relance_desktop.services import claims, team_connect
from relance_desktop.services.team_roles import Role
from relance_desktop.store.models import Customer, Invoice, User
from relance_desktop.store.server import ServerParams
from relance_desktop.views import connect_dialog
from relance_desktop.views.main_window import MainWindow
from tests import team_people
from tests.team_people import signed_in

Team = tuple[ServerParams, dict[str, str]]


@pytest.fixture
def equipe(team_cluster: Any) -> Iterator[Team]:
    """A server company made by its administrator (the window's login) with two collectors,
    Claire and Marc (their logins by name), and one customer to call (Boulangerie Henri)."""
    params = team_people.new_company(team_cluster, "appels")
    try:
        logins = team_people.add_people(params, claire=Role.COLLECTOR, marc=Role.COLLECTOR)
        with team_connect.open_team_company(params, None):
            henri = Customer.create(name="Boulangerie Henri", phone="+33140000000")
            Invoice.create(customer=henri, number="F1", issue_date=date(2026, 9, 1),
                           due_date=date(2026, 10, 1), amount_cents=50_000)
        yield params, logins
    finally:
        team_cluster.drop_database(params.database)


def _connect(window: MainWindow, params: ServerParams, monkeypatch: pytest.MonkeyPatch) -> Any:
    mine = team_connect.open_team_company(params, None)
    monkeypatch.setattr(connect_dialog, "ask_and_connect", lambda *a, **k: mine)
    assert window.connect_server()
    return mine


def _today_row(window: MainWindow, customer_id: int) -> str:
    model = window.today_model
    return str(model.data(model.index_of(customer_id)))


def test_the_other_collector_sees_the_call_and_is_warned(
    window: MainWindow, equipe: Team, monkeypatch: pytest.MonkeyPatch, messages: Any,
) -> None:
    params, logins = equipe
    mine = _connect(window, params, monkeypatch)
    henri = mine.scalar("SELECT id FROM customer WHERE name = ?", ("Boulangerie Henri",))
    with signed_in(params, logins["marc"]) as marc:
        assert claims.claim(marc, henri, "Poste 2", datetime(2026, 11, 23, 10, 42)) is None
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
    window: MainWindow, equipe: Team, monkeypatch: pytest.MonkeyPatch, session: Any,
) -> None:
    params, _logins = equipe
    session.settings.set("user_name", "Poste 2")  # her preferences: not what the team sees
    mine = _connect(window, params, monkeypatch)
    with mine.use():  # the name of her user row (services.team_roles)
        User.update(name="Anne Martin").where(User.login == params.user).execute()
    henri = mine.scalar("SELECT id FROM customer WHERE name = ?", ("Boulangerie Henri",))
    with team_connect.open_team_company(params, None) as marc:
        sheet = window.open_call_sheet(henri)
        assert sheet is not None
        seen = claims.claims_by_others(marc)
        assert seen[henri].holder == "Anne Martin"
        assert claims.claim(marc, henri, "Marc", datetime(2026, 11, 23, 11, 0)) is not None
        sheet.close()
        from tests.gui.conftest import settle

        settle()
        assert claims.claims_by_others(marc) == {}


def test_a_claim_shows_in_the_others_today_row_within_a_second_and_goes_with_it(
    qtbot: Any, window: MainWindow, equipe: Team, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """By the claim's notice, not by a poll: the safety read is 10 s away."""
    params, logins = equipe
    mine = _connect(window, params, monkeypatch)
    henri = mine.scalar("SELECT id FROM customer WHERE name = ?", ("Boulangerie Henri",))
    assert "Boulangerie Henri" in _today_row(window, henri)
    assert "En appel" not in _today_row(window, henri)
    with signed_in(params, logins["claire"]) as claire:
        assert claims.claim(claire, henri, "Poste 2", datetime(2026, 11, 23, 10, 42)) is None
        qtbot.waitUntil(lambda: "En appel avec Claire depuis 10:42" in _today_row(window, henri),
                        timeout=1000)
        assert window.claim_banner.text() == \
            "Boulangerie Henri — En appel avec Claire depuis 10:42"
        claims.release(claire, henri)
        qtbot.waitUntil(lambda: "En appel" not in _today_row(window, henri), timeout=1000)
        assert not window.claim_banner.isVisibleTo(window)


def _marks(model: Any) -> set[str]:
    """The « En appel avec … » the list's name cells say (tooltip, beside an icon)."""
    from PySide6.QtCore import Qt

    found = set()
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str) and tip.startswith("En appel avec"):
                assert model.data(index, Qt.ItemDataRole.DecorationRole) is not None  # an icon
                found.add(f"{model.data(index)}: {tip}")
    return found


def test_the_lists_show_who_is_calling_within_a_second(
    window: MainWindow, equipe: Team, monkeypatch: pytest.MonkeyPatch, qtbot: Any,
) -> None:
    """Marc opens Henri's call sheet on his computer: this window's invoice list and customer
    list mark Henri within a second (on the claim's own notice), and unmark him as quickly once
    Marc gives him back."""
    params, logins = equipe
    mine = _connect(window, params, monkeypatch)
    henri = mine.scalar("SELECT id FROM customer WHERE name = ?", ("Boulangerie Henri",))
    window.show_page(1)  # the invoice list read
    window.show_page(2)  # the customer list read
    invoices, customers = window.model, window.customers_model
    assert invoices.rowCount() == 1 and customers.rowCount() == 1
    assert _marks(invoices) == set() and _marks(customers) == set()
    said = {"Boulangerie Henri: En appel avec Marc depuis 10:42"}
    with signed_in(params, logins["marc"]) as marc:
        assert claims.claim(marc, henri, "Poste 2", datetime(2026, 11, 23, 10, 42)) is None
        qtbot.waitUntil(lambda: _marks(invoices) == said and _marks(customers) == said,
                        timeout=1000)
        claims.release(marc, henri)
        qtbot.waitUntil(lambda: _marks(invoices) == set() and _marks(customers) == set(),
                        timeout=1000)


def test_a_company_file_marks_nothing(window: MainWindow, tmp_path: Any) -> None:
    """Alone on a file, the lists never say anyone is calling."""
    window.claim_banner.seen.emit({})  # what a file's banner says: nobody
    assert window.claim_banner.cf is None
    assert _marks(window.model) == set() and _marks(window.customers_model) == set()


def test_big_and_grouped_lists_are_marked_too(
    window: MainWindow, equipe: Team, monkeypatch: pytest.MonkeyPatch, qtbot: Any,
) -> None:
    """A big company's lists are read in pages, and the invoices can be grouped by customer:
    those lists mark the customer as well (the group's row and its invoices)."""
    from relance_desktop.views import main_customers

    monkeypatch.setattr(main_customers, "CUSTOMERS_PAGED_FROM", 1)
    params, logins = equipe
    mine = _connect(window, params, monkeypatch)
    henri = mine.scalar("SELECT id FROM customer WHERE name = ?", ("Boulangerie Henri",))
    window.show_page(1)
    window.reload()
    window._reload_customers()
    assert window.model is window.paged_model
    assert window.customers_model is window.paged_customers
    said = {"Boulangerie Henri: En appel avec Marc depuis 10:42"}
    with signed_in(params, logins["marc"]) as marc:
        assert claims.claim(marc, henri, "Poste 2", datetime(2026, 11, 23, 10, 42)) is None
        qtbot.waitUntil(lambda: _marks(window.paged_model) == said
                        and _marks(window.paged_customers) == said, timeout=1000)
        window.group_box.setChecked(True)
        grouped = window.tree_model
        assert window.model is grouped
        group = grouped.index(0, 0)
        invoice = grouped.index(0, 0, group)
        tip = "En appel avec Marc depuis 10:42"
        from PySide6.QtCore import Qt
        assert grouped.data(group, Qt.ItemDataRole.ToolTipRole) == tip
        assert grouped.data(invoice, Qt.ItemDataRole.ToolTipRole) == tip

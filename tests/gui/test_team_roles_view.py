"""The window of each role on a team server: what a collector, a reader and an administrator
are offered; « Client suivant » and « Toute l'équipe » in Today; the team dialog; the
« Affecter à » menus. On a company file none of it shows."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QPushButton

from relance_desktop.services import assignment, claims, team_connect
from relance_desktop.services.team_roles import Role
from relance_desktop.store.models import Customer, Invoice
from relance_desktop.store.server import ServerParams
from relance_desktop.views import connect_dialog
from relance_desktop.views.main_window import MainWindow
from relance_desktop.views.team_assign import AssignButton
from relance_desktop.views.team_dialog import AddPersonDialog, TeamDialog
from tests import team_people
from tests.helpers import TODAY


@pytest.fixture(scope="module")
def team() -> Iterator[tuple[ServerParams, dict[str, str]]]:
    cluster = team_people.start()
    try:
        params = team_people.new_company(cluster, "fenetres")
        logins = team_people.add_people(params, marc=Role.COLLECTOR, lea=Role.READER,
                                        anne=Role.COLLECTOR)
        with team_connect.open_team_company(params, None) as admin:
            anne = next(c.id for c in assignment.collectors(admin) if c.login == logins["anne"])
            for name, cents, owner in (("Boulangerie Henri", 500_00, None),
                                       ("Garage Delta", 900_00, anne)):
                customer = Customer.create(name=name, assigned_to=owner)
                due = TODAY - timedelta(days=30)
                Invoice.create(customer=customer, number=f"F-{name[:3]}", issue_date=due,
                               due_date=due, amount_cents=cents)
        yield params, logins
    finally:
        cluster.stop()


def _connect(window: MainWindow, monkeypatch: pytest.MonkeyPatch, params: ServerParams,
             login: str | None = None) -> Any:
    as_user = params if login is None else ServerParams(params.host, params.port,
                                                        params.database, login)
    cf = team_connect.open_team_company(as_user, None)
    monkeypatch.setattr(connect_dialog, "ask_and_connect", lambda *a, **k: cf)
    assert window.connect_server()
    return cf


def test_a_collector_works_from_my_queue_and_takes_the_next_customer(
    window: MainWindow, team: Any, monkeypatch: pytest.MonkeyPatch,
) -> None:
    params, logins = team
    cf = _connect(window, monkeypatch, params, logins["marc"])
    for name in ("company_action", "templates_action", "rates_action", "team_action",
                 "rules_action"):
        assert not getattr(window, name).isEnabled(), name  # the administrator's
    assert window.next_action.isVisible() and window.next_action.isEnabled()
    next_button = window.findChild(QPushButton, "nextCustomer")
    whole_team = window.findChild(QPushButton, "wholeTeam")
    assert next_button.isVisibleTo(window) and whole_team.isVisibleTo(window)
    assert [r.customer for r in window.today_rows] == ["Boulangerie Henri"]  # not Anne's
    whole_team.click()
    assert [r.customer for r in window.today_rows] == ["Garage Delta", "Boulangerie Henri"]
    next_button.click()  # his queue: the pool's Henri (Delta is Anne's)
    henri = cf.scalar("SELECT id FROM customer WHERE name = 'Boulangerie Henri'")
    assert list(window.call_sheets) == [henri]
    with team_connect.open_team_company(params, None) as admin:
        assert claims.claims_by_others(admin)[henri].login == logins["marc"]
    window.call_sheets[henri].close()


def test_a_reader_is_offered_no_write(window: MainWindow, team: Any,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    params, logins = team
    cf = _connect(window, monkeypatch, params, logins["lea"])
    for name in ("new_customer_action", "new_invoice_action", "payment_action", "call_action",
                 "next_action", "import_action", "team_action"):
        assert not getattr(window, name).isEnabled(), name
    henri = cf.scalar("SELECT id FROM customer WHERE name = 'Boulangerie Henri'")
    customer = window.open_customer(henri)
    for button in (customer.call_button, customer.edit_button, customer.payment_button,
                   customer.invoice_button, customer.letter_button):
        assert not button.isEnabled()
    assert not customer.assign_button.menu().isEnabled()


def test_the_administrator_adds_a_person_and_a_wrong_login_keeps_the_form(
    window: MainWindow, team: Any, monkeypatch: pytest.MonkeyPatch, qtbot: Any,
) -> None:
    params, _logins = team
    cf = _connect(window, monkeypatch, params)
    assert window.team_action.isEnabled() and window.rules_action.isEnabled()
    dialog = TeamDialog(window.session, cf, window)
    qtbot.addWidget(dialog)
    add = AddPersonDialog(window.session, cf, dialog)
    qtbot.addWidget(add)
    add.name.setText("Zoé Petit")
    add.login.setText("Zoé Petit")
    add.password.setText("un mot de passe long")
    add.accept()
    assert "minuscules" in add.error.text()
    assert add.name.text() == "Zoé Petit" and add.password.text() == "un mot de passe long"
    login = team_people.login(params, "zoe")
    add.login.setText(login)
    add.accept()
    assert add.result() == AddPersonDialog.DialogCode.Accepted
    dialog.reload()
    rows = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    assert login in rows


def test_the_customer_window_says_who_chases_the_customer(
    window: MainWindow, team: Any, monkeypatch: pytest.MonkeyPatch,
) -> None:
    params, logins = team
    cf = _connect(window, monkeypatch, params, logins["marc"])
    delta = cf.scalar("SELECT id FROM customer WHERE name = 'Garage Delta'")
    customer = window.open_customer(delta)
    button = customer.findChild(AssignButton, "assignButton")
    assert button.isVisibleTo(customer) and button.text() == "Suivi par Anne"
    pool = button.menu().actions()[-1]
    pool.trigger()  # back to the pool
    assert button.text() == "Non affecté (à prendre par l'équipe)"
    with team_connect.open_team_company(params, None) as admin:
        assert assignment.assigned_to(admin, delta) is None


@pytest.mark.sqlite_only(reason="about a company file, where there is no team")
def test_on_a_company_file_nothing_of_the_team_shows(
    window: MainWindow, company_path: Path,
) -> None:
    assert window.open_file(company_path)
    for name in ("team_action", "rules_action", "next_action"):
        assert not getattr(window, name).isVisible(), name
    assert not window.findChild(QPushButton, "nextCustomer").isVisibleTo(window)
    assert window.templates_action.isEnabled() and window.rates_action.isEnabled()

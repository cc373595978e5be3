"""File › « Se connecter à un serveur d'équipe… » against a real team server."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from relance_desktop.views import connect_dialog
from relance_desktop.views.common import Session
from relance_desktop.views.connect_dialog import ConnectDialog
from relance_desktop.views.main_window import MainWindow
from tests.keyring_memory import MemoryKeyring, using
from tests.pg import _free_port
from tests.team_server import TeamServer, team_server


@pytest.fixture(scope="module")
def server() -> Iterator[TeamServer]:
    with team_server() as started:
        yield started


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    with using(MemoryKeyring()) as backend:
        assert isinstance(backend, MemoryKeyring)
        yield backend


def fill(dialog: ConnectDialog, server: TeamServer, password: str, port: int = 0) -> None:
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(port or server.port)
    dialog.database.setText(server.database)
    dialog.user.setText(server.user)
    dialog.password.setText(password)


def scripted(monkeypatch: pytest.MonkeyPatch, act: Callable[[ConnectDialog], None]) -> list[str]:
    """Replace the dialog's exec: ``act`` fills it, then « Se connecter » is pressed."""
    problems: list[str] = []

    def run(dialog: ConnectDialog) -> int:
        act(dialog)
        dialog.connect_to_server()
        if dialog.problem.isVisibleTo(dialog):
            problems.append(dialog.problem.text())
        return int(dialog.result())

    monkeypatch.setattr(ConnectDialog, "exec", run)
    return problems


def test_connected_the_title_and_status_bar_name_server_and_user(
    window: MainWindow, server: TeamServer, memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch, session: Session,
) -> None:
    problems = scripted(monkeypatch, lambda d: fill(d, server, server.password))
    assert window.connect_server()
    assert problems == []
    where = f"127.0.0.1:{server.port}/{server.database}"
    assert window.windowTitle() == f"Cabinet Martin — claire sur {where} — Relance"
    status = window.findChild(QLabel, "server_status")
    assert status is not None and status.isVisible()
    assert status.text() == f"Serveur {where} — utilisateur claire"
    assert server.password in memory_keyring.passwords.values()
    assert server.password not in session.settings.file.read_text(encoding="utf-8")
    window._fill_recent()
    labels = [a.text() for a in window.recent_menu.actions()]
    assert f"Serveur claire@{where}" in labels
    window.close_company()
    assert not status.isVisible() and window.windowTitle() == "Relance"


def test_a_recent_server_reconnects_with_the_password_from_the_keyring(
    window: MainWindow, server: TeamServer, memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scripted(monkeypatch, lambda d: fill(d, server, server.password))
    assert window.connect_server()
    window.close_company()
    typed: list[str] = []
    scripted(monkeypatch, lambda d: typed.append(d.password.text()))  # nothing typed
    window._fill_recent()
    action = next(a for a in window.recent_menu.actions() if a.text().startswith("Serveur"))
    action.trigger()
    assert typed == [server.password]
    assert window.cf is not None and window.cf.company.name == "Cabinet Martin"


@pytest.mark.parametrize(("password", "port", "expected"), [
    ("mauvais", None, "refusé l'utilisateur ou le mot de passe"),
    (None, "free", "ne répond pas"),
])
def test_a_wrong_password_or_a_server_down_keeps_the_dialog_open_with_a_message(
    window: MainWindow, server: TeamServer, memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch, password: str | None, port: str | None, expected: str,
) -> None:
    free = _free_port() if port else 0
    problems = scripted(monkeypatch,
                        lambda d: fill(d, server, password or server.password, free))
    assert not window.connect_server()
    assert len(problems) == 1 and expected in problems[0]
    assert window.cf is None and memory_keyring.passwords == {}
    assert window.windowTitle() == "Relance"


def test_tls_is_announced_for_a_distant_server(qtbot: Any, session: Session) -> None:
    dialog = ConnectDialog(None, session)
    qtbot.addWidget(dialog)
    dialog.host.setText("db.cabinet-martin.fr")
    assert "TLS" in dialog.tls_note.text() and "obligatoire" in dialog.tls_note.text()
    assert "certificat vérifié" in dialog.tls_note.text()
    assert dialog.params().sslmode == "verify-full"
    assert dialog.verify.isChecked() and not dialog.verify.isEnabled()
    dialog.ca_file.setText("/chemin/ca.crt")
    assert dialog.params().ca_file == "/chemin/ca.crt"
    dialog.host.setText("localhost")
    assert not dialog.verify.isChecked() and dialog.verify.isEnabled()
    assert "n'est pas exigé" in dialog.tls_note.text()
    dialog.verify.setChecked(True)
    assert dialog.params().sslmode == "verify-full"


def test_missing_fields_are_named(qtbot: Any, session: Session) -> None:
    dialog = ConnectDialog(None, session)
    qtbot.addWidget(dialog)
    dialog.host.setText("db.cabinet-martin.fr")
    dialog.connect_to_server()
    assert dialog.problem.text() == "Indiquez la base de données, l'utilisateur."
    assert connect_dialog.team_connect.recent_servers(session.settings) == []

"""Connecting to a team server: the server made by scripts/team-server.sh, a wrong password, a
server that is down, TLS refused, the password in the keyring and never in the settings."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from relance_desktop import secrets
from relance_desktop.errors import CompanyFileError
from relance_desktop.services import team_connect
from relance_desktop.services.team_connect import ServerParams, sslmode_for
from relance_desktop.settings import Settings
from relance_desktop.store.models import Customer
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


def params_of(server: TeamServer, **changes: object) -> ServerParams:
    base = {"host": "127.0.0.1", "port": server.port, "database": server.database,
            "user": server.user, "sslmode": "prefer"}
    base.update(changes)
    return ServerParams(**base)  # type: ignore[arg-type]


def test_the_script_prints_how_to_connect_and_the_company_opens(server: TeamServer) -> None:
    assert f"Port: {server.port}" in server.output
    assert "Base: equipe" in server.output and "Utilisateur: claire" in server.output
    with team_connect.open_team_company(params_of(server), server.password) as cf:
        assert cf.company.name == "Cabinet Martin"
        Customer.create(name="Boulangerie Henri")
        assert team_connect.server_of(cf) == params_of(server)


def test_a_wrong_password_is_said_plainly(server: TeamServer) -> None:
    with pytest.raises(CompanyFileError) as caught:
        team_connect.open_team_company(params_of(server), "pas le bon")
    text = str(caught.value)
    assert "refusé l'utilisateur ou le mot de passe" in text
    assert f"127.0.0.1:{server.port}" in text and "pas le bon" not in text


def test_an_unknown_user_gets_the_same_message(server: TeamServer) -> None:
    with pytest.raises(CompanyFileError, match="refusé l'utilisateur ou le mot de passe"):
        team_connect.open_team_company(params_of(server, user="inconnu"), server.password)


def test_a_server_that_is_down_is_said_plainly() -> None:
    port = _free_port()  # nothing listens there
    params = ServerParams("127.0.0.1", port, "equipe", "claire", "prefer")
    with pytest.raises(CompanyFileError, match="ne répond pas") as caught:
        team_connect.open_team_company(params, "x")
    assert f"127.0.0.1:{port}" in str(caught.value)


def test_a_server_without_tls_is_refused_when_tls_is_required(server: TeamServer) -> None:
    with pytest.raises(CompanyFileError, match="n'accepte pas de connexion chiffrée"):
        team_connect.open_team_company(params_of(server, sslmode="require"), server.password)


def test_tls_is_required_unless_the_server_is_on_this_computer() -> None:
    assert sslmode_for("db.cabinet-martin.fr") == "verify-full"
    assert sslmode_for("192.168.1.20") == "verify-full"
    assert sslmode_for("127.0.0.1") == sslmode_for("localhost") == sslmode_for("::1") == "prefer"
    assert sslmode_for("localhost", verify_certificate=True) == "verify-full"


def test_the_password_goes_to_the_keyring_and_the_settings_keep_no_secret(
    server: TeamServer, memory_keyring: MemoryKeyring, tmp_path: Path,
) -> None:
    params = params_of(server)
    team_connect.remember_password(params, server.password)
    settings = Settings(tmp_path / "settings.json")
    team_connect.add_recent_server(settings, params)
    team_connect.add_recent_server(settings, params)  # again: listed once
    assert team_connect.saved_password(params) == server.password
    assert memory_keyring.passwords == {
        (secrets.SERVICE, f"pg:claire@127.0.0.1:{server.port}/equipe"): server.password}
    saved = (tmp_path / "settings.json").read_text(encoding="utf-8")
    assert server.password not in saved
    assert json.loads(saved)["recent_servers"] == [
        {"host": "127.0.0.1", "port": server.port, "database": "equipe", "user": "claire",
         "sslmode": "prefer", "ca_file": "", "hostaddr": ""}]
    assert team_connect.recent_servers(settings) == [params]


def test_no_password_reaches_the_logs(
    server: TeamServer, memory_keyring: MemoryKeyring, caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    with pytest.raises(CompanyFileError):
        team_connect.open_team_company(params_of(server), "Secret-faux-42")
    team_connect.remember_password(params_of(server), server.password)
    with team_connect.open_team_company(params_of(server),
                                        team_connect.saved_password(params_of(server))) as cf:
        Customer.select().count()
        assert cf.company.name == "Cabinet Martin"
    assert caplog.records
    assert "Secret-faux-42" not in caplog.text and server.password not in caplog.text

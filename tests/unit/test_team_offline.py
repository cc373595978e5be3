"""A server connection cut from the server side (network, restart, an administrator): the error
says « Serveur injoignable », nothing is half-written, and the next query connects again."""

from __future__ import annotations

from typing import Any

import pytest

from relance_desktop.services import customers as customer_service
from relance_desktop.services import team_connect
from relance_desktop.services.storage import storage_error
from relance_desktop.store.server import UNREACHABLE, ServerParams


def test_a_killed_connection_is_said_then_replaced(team_cluster: Any, team_db: ServerParams
                                                   ) -> None:
    with team_connect.open_team_company(team_db, None) as cf:
        states: list[bool] = []
        cf.connection.subscribe(states.append)
        assert cf.scalar("SELECT 1") == 1
        team_cluster.kill_connections(team_db.database)
        with pytest.raises(Exception) as lost:
            cf.scalar("SELECT 1")
        said = storage_error(lost.value, cf)
        assert said is not None and said.message.text == UNREACHABLE
        assert "Serveur injoignable" in str(said)
        assert states == [False] and not cf.connection.online
        assert cf.scalar("SELECT 1") == 1  # connected again
        assert states == [False, True] and cf.connection.online


def test_a_cut_in_the_middle_of_a_transaction_writes_nothing(
    team_cluster: Any, team_db: ServerParams,
) -> None:
    with team_connect.open_team_company(team_db, None) as cf:
        with pytest.raises(Exception) as lost, cf.atomic():
            customer_service.create_customer(cf, customer_service.CustomerInput(
                name="Garage Lemoine"))
            team_cluster.kill_connections(team_db.database)
            customer_service.create_customer(cf, customer_service.CustomerInput(
                name="Imprimerie Vidal"))
        # the error told is the cut itself, not a failed rollback on a closed connection
        said = storage_error(lost.value, cf)
        assert said is not None and said.message.text == UNREACHABLE
        assert cf.scalar("SELECT count(*) FROM customer") == 0

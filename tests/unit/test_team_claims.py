"""Claims with two real connections to one server company: the second collector is told who is
on the phone and since when; a claim dies with its connection (closed or cut)."""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import pytest

from relance_desktop.services import claims
from relance_desktop.store.models import Customer
from relance_desktop.store.server import ServerParams, create_server_company, open_server_company

_names = itertools.count(1)
AT_10_42 = datetime(2026, 11, 23, 10, 42, 17)


@pytest.fixture
def company(team_cluster: Any) -> Iterator[tuple[ServerParams, int]]:
    name = f"claims_{next(_names)}"
    team_cluster.create_database(name)
    params = ServerParams(team_cluster.host, team_cluster.port, name, team_cluster.user)
    create_server_company(params, None, name="Cabinet Martin")
    with open_server_company(params, None):
        customer_id = Customer.create(name="Boulangerie Henri").id
    try:
        yield params, customer_id
    finally:
        team_cluster.drop_database(name)


def test_the_second_collector_sees_who_is_calling_and_cannot_claim(
    company: tuple[ServerParams, int],
) -> None:
    params, customer = company
    with open_server_company(params, None) as claire, open_server_company(params, None) as marc:
        assert claims.claim(claire, customer, "Claire", AT_10_42) is None
        taken = claims.claim(marc, customer, "Marc", datetime(2026, 11, 23, 10, 43))
        assert taken is not None and (taken.holder, taken.time) == ("Claire", "10:42")
        assert claims.claims_by_others(marc)[customer].holder == "Claire"
        assert claims.claims_by_others(claire) == {}  # her own claim is not a warning to her
        assert claims.claim(claire, customer, "Claire", AT_10_42) is None  # again: still hers
        claims.release(claire, customer)
        assert claims.claims_by_others(marc) == {}
        assert claims.claim(marc, customer, "Marc", AT_10_42) is None
        assert claims.claims_by_others(claire)[customer].holder == "Marc"


def test_a_claim_dies_with_its_connection(company: tuple[ServerParams, int]) -> None:
    params, customer = company
    with open_server_company(params, None) as marc:
        claire = open_server_company(params, None)
        assert claims.claim(claire, customer, "Claire", AT_10_42) is None
        assert customer in claims.claims_by_others(marc)
        claire.close()  # the app closed or crashed: the server ends her connection
        for _ in range(50):  # which takes the server a moment
            if not claims.claims_by_others(marc):
                break
            time.sleep(0.02)
        assert claims.claims_by_others(marc) == {}
        assert claims.claim(marc, customer, "Marc", AT_10_42) is None


def test_a_connection_cut_by_the_server_frees_the_customer(
    company: tuple[ServerParams, int],
) -> None:
    params, customer = company
    with open_server_company(params, None) as marc:
        claire = open_server_company(params, None)
        claims.claim(claire, customer, "Claire", AT_10_42)
        pid = claire.scalar("SELECT pg_backend_pid()")
        assert marc.scalar("SELECT pg_terminate_backend(?)", (pid,)) is True  # network cut
        for _ in range(50):  # the server needs a moment to end the backend
            if not claims.claims_by_others(marc):
                break
            time.sleep(0.02)
        assert claims.claims_by_others(marc) == {}
        assert claims.claim(marc, customer, "Marc", AT_10_42) is None


@pytest.mark.sqlite_only
def test_on_a_company_file_there_is_nobody_else(cf: Any) -> None:
    customer = Customer.create(name="Seul").id
    assert claims.claim(cf, customer, "Claire", AT_10_42) is None
    assert claims.claims(cf) == {} and claims.holder_of(cf, customer) is None
    claims.release(cf, customer)


def test_a_claim_being_written_is_already_taken(company: tuple[ServerParams, int]) -> None:
    """Between the lock and its row, the customer is someone else's: never handed out twice."""
    params, customer = company
    with open_server_company(params, None) as claire, open_server_company(params, None) as marc:
        assert claire.scalar("SELECT pg_try_advisory_lock(?, ?)", (claims.LOCK_SPACE, customer))
        taken = claims.claim(marc, customer, "Marc", AT_10_42)  # her row is not written yet
        assert taken is not None and taken.login == params.user

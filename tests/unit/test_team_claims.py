"""Claims with two real connections to one server company: the second collector is told who is
on the phone (by their name) and since when, as soon as the claim is taken or given back; a claim
dies with its connection (closed or cut)."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

import pytest

from relance_desktop.services import claims
from relance_desktop.services.team_roles import Role
from relance_desktop.store.models import Customer, User
from relance_desktop.store.server import ServerParams, create_server_company, open_server_company
from relance_desktop.store.session import Change, Topic
from tests import team_people
from tests.team_people import signed_in

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


def _within(seconds: float, condition: Callable[[], bool]) -> bool:
    until = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > until:
            return False
        time.sleep(0.01)
    return True


def test_the_second_collector_sees_who_is_calling_and_cannot_claim(
    company: tuple[ServerParams, int],
) -> None:
    params, customer = company
    logins = team_people.add_people(params, claire=Role.COLLECTOR, marc=Role.COLLECTOR)
    with signed_in(params, logins["claire"]) as claire, \
            signed_in(params, logins["marc"]) as marc:
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


def test_the_others_see_the_name_of_the_persons_user_row_or_their_login(
    company: tuple[ServerParams, int],
) -> None:
    """Not the name typed in a collector's own preferences: the one the team knows them by."""
    params, henri = company
    logins = team_people.add_people(params, claire=Role.COLLECTOR, paul=Role.COLLECTOR)
    with signed_in(params) as admin, admin.use():
        User.update(name="Claire Dubois").where(User.login == logins["claire"]).execute()
        User.update(name="  ").where(User.login == logins["paul"]).execute()  # no name set
        garage = Customer.create(name="Garage Lemoine").id
    with signed_in(params, logins["claire"]) as claire, \
            signed_in(params, logins["paul"]) as paul, signed_in(params) as marc:
        assert claims.claim(claire, henri, "Poste 2", AT_10_42) is None
        assert claims.claim(paul, garage, "Paul", AT_10_42) is None
        seen = claims.claims_by_others(marc)
        assert seen[henri].holder == "Claire Dubois"
        assert seen[garage].holder == logins["paul"]
        taken = claims.claim(marc, henri, "Marc", AT_10_42)
        assert taken is not None and taken.holder == "Claire Dubois"


def test_a_claim_being_written_is_named_like_the_others(company: tuple[ServerParams, int]) -> None:
    params, customer = company
    logins = team_people.add_people(params, claire=Role.COLLECTOR)
    with signed_in(params, logins["claire"]) as claire, signed_in(params) as marc:
        assert claire.scalar("SELECT pg_try_advisory_lock(?, ?)", (claims.LOCK_SPACE, customer))
        taken = claims.claim(marc, customer, "Marc", AT_10_42)  # her row is not written yet
        assert taken is not None and (taken.holder, taken.login) == ("Claire", logins["claire"])


def test_taking_and_giving_back_a_claim_reaches_the_others_at_once(
    company: tuple[ServerParams, int],
) -> None:
    params, customer = company
    with open_server_company(params, None) as claire, open_server_company(params, None) as marc:
        heard: list[Change] = []
        marc.changes.subscribe(heard.append)
        marc.watch()  # LISTEN, as the windows do

        def told() -> bool:
            return any(c.remote and Topic.CLAIMS in c.topics and customer in c.customer_ids
                       for c in heard)

        assert claims.claim(claire, customer, "Claire", AT_10_42) is None
        assert _within(1.0, told)
        assert customer in claims.claims_by_others(marc)  # readable when the notice arrives
        heard.clear()
        assert claims.claim(marc, customer, "Marc", AT_10_42) is not None  # refused: no word
        claims.release(claire, customer)
        assert _within(1.0, told)
        assert claims.claims_by_others(marc) == {}
        heard.clear()
        claims.release(claire, customer)  # nothing held any more: nothing to say
        time.sleep(0.2)
        assert not told()

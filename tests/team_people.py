"""A company on a throwaway PostgreSQL cluster with its team: the tests' collectors and readers
connect as their own logins (trust on 127.0.0.1: no password needed to sign in)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from relance_desktop.services import team_roles
from relance_desktop.services.team_roles import Role
from relance_desktop.store.server import ServerParams, create_server_company, open_server_company
from relance_desktop.store.session import CompanySession

_numbers = itertools.count(1)
PASSWORD = "Un mot de passe assez long"


def start() -> Any:
    from tests import pg

    if not (pg.server_bin("initdb") and pg.server_bin("pg_ctl")):
        pytest.skip("PostgreSQL (initdb, pg_ctl) is not installed")
    return pg.start_cluster()


def new_company(cluster: Any, prefix: str) -> ServerParams:
    """An empty company created by the cluster's superuser (its administrator)."""
    name = f"{prefix}_{next(_numbers)}"
    cluster.create_database(name)
    params = ServerParams(cluster.host, cluster.port, name, cluster.user)
    create_server_company(params, None, name="Cabinet Martin")
    return params


def login(params: ServerParams, who: str) -> str:
    """A login unique to this company (roles are shared by the whole cluster)."""
    return f"{who}_{params.database}"


def add_people(params: ServerParams, **people: Role) -> dict[str, str]:
    """Add people (name → role) as the administrator; their logins by name."""
    logins = {}
    with open_server_company(params, None) as admin:
        for name, role in people.items():
            logins[name] = login(params, name)
            team_roles.add_person(admin, logins[name], name.capitalize(), PASSWORD, role)
    return logins


@contextmanager
def signed_in(params: ServerParams, user: str | None = None) -> Iterator[CompanySession]:
    """A session as ``user`` (the administrator when None), signed in like the app does."""
    as_user = params if user is None else ServerParams(params.host, params.port,
                                                       params.database, user)
    with open_server_company(as_user, None) as cf:
        team_roles.sign_in(cf)
        yield cf


def race_worker(params: ServerParams, login_name: str, rounds: int, barrier: Any,
                results: Any) -> None:
    """One collector of a race in its own process: ``rounds`` times, wait for the other, ask
    for the next customer, keep it until both have theirs, give it back."""
    from datetime import datetime

    from relance_desktop.services import claims

    now = datetime(2026, 11, 23, 10, 0)
    with signed_in(params, login_name) as cf:
        me = team_roles.current_user_id(cf)
        for n in range(rounds):
            barrier.wait()
            row = claims.next_customer(cf, login_name, now, me=me)
            results.put((n, login_name, None if row is None else row.customer_id))
            barrier.wait()  # both hold their customer here
            if row is not None:
                claims.release(cf, row.customer_id)

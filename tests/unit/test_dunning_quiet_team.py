"""The dunning index on a team server: a collector's writes count their changes and its morning
keeps the rows (its own rights); a reader computes the same actions and keeps nothing; keeping
the rows never waits behind another user's write still under way."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest

from relance_desktop.services import dunning
from relance_desktop.services.team_roles import Role
from relance_desktop.store.models import Customer, Invoice, Promise
from relance_desktop.store.session import CompanySession
from tests import team_people
from tests.team_people import signed_in

MONDAY = date(2026, 3, 2)


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    started = team_people.start()
    try:
        yield started
    finally:
        started.stop()


def proposals(cf: CompanySession, day: date) -> list[tuple[int, int]]:
    return sorted((a.customer_id, a.proposal.step.position)
                  for a in dunning.day_actions(cf, day))


def kept(cf: CompanySession) -> int:
    return int(cf.scalar('SELECT COUNT(*) FROM "dunning_quiet" WHERE "seen" = "changes"'))


def book(cf: CompanySession) -> list[int]:
    """Three customers: one late enough for a call, one due soon, one promised."""
    dunning.install_shipped(cf)
    ids = []
    for n, days_late in enumerate((6, -10, 20)):
        person = Customer.create(name=f"Client {n}")
        invoice = Invoice.create(customer=person, number=f"F-{n}",
                                 issue_date=MONDAY - timedelta(days=40),
                                 due_date=MONDAY - timedelta(days=days_late), amount_cents=90_000)
        if n == 2:
            Promise.create(customer=person, invoice=invoice, amount_cents=90_000,
                           promised_on=MONDAY + timedelta(days=10), status="open")
        ids.append(int(person.id))
    return ids


def test_collector_keeps_rows_reader_computes_the_same(cluster: Any) -> None:
    params = team_people.new_company(cluster, "quiet")
    try:
        logins = team_people.add_people(params, marc=Role.COLLECTOR, lea=Role.READER)
        with signed_in(params) as admin, admin.use():
            book(admin)
        with signed_in(params, logins["lea"]) as lea, lea.use():
            seen_by_reader = proposals(lea, MONDAY)
            assert kept(lea) == 0  # a reader may not write: nothing kept, nothing lost
        with signed_in(params, logins["marc"]) as marc, marc.use():
            assert proposals(marc, MONDAY) == seen_by_reader != []
            assert kept(marc) == 3
            Promise.update(status="broken").execute()  # the collector's write counts
            assert kept(marc) == 2
            tuesday = MONDAY + timedelta(days=1)
            assert len(proposals(marc, tuesday)) == 2  # the promised customer's turn
    finally:
        cluster.drop_database(params.database)


def test_keeping_the_rows_does_not_wait_for_another_user(cluster: Any) -> None:
    params = team_people.new_company(cluster, "quietlock")
    try:
        with signed_in(params) as admin, admin.use():
            ids = book(admin)
            expected = proposals(admin, MONDAY)
        # another user's long write holds the first customer's row, uncommitted
        with signed_in(params) as other, signed_in(params) as me, other.atomic():
            other.execute("UPDATE customer SET tags = 'import' WHERE id = ?", (ids[0],))
            started = time.perf_counter()
            with me.use():
                assert proposals(me, MONDAY) == expected
            assert time.perf_counter() - started < 2.5
    finally:
        cluster.drop_database(params.database)

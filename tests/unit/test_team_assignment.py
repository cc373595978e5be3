"""Assignment (by hand, in bulk, by rules) and « Client suivant » on a real server with several
real connections: my queue first, then the pool, never two collectors on one customer."""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

import pytest

from relance_desktop.errors import ValidationError
from relance_desktop.services import assignment, claims, team_roles
from relance_desktop.services.assignment import Rule
from relance_desktop.services.queue import today_queue
from relance_desktop.services.team_roles import Role
from relance_desktop.store.models import Customer, Invoice
from relance_desktop.store.server import ServerParams
from tests import team_people
from tests.team_people import signed_in

NOW = datetime(2026, 11, 23, 10, 0)
# name → (country, language, cents owed, overdue since); Today ranks by Σ owed × days late.
CUSTOMERS = {
    "Alpha": ("FR", "fr", 999_99, date(2026, 9, 1)),
    "Brico Gand": ("BE", "nl", 1000_00, date(2026, 9, 1)),
    "Café Liège": ("BE", "fr", 5000_00, date(2026, 9, 1)),
    "Delta": ("FR", "fr", 5000_01, date(2026, 10, 1)),
    "Épicerie": ("FR", "fr", 300_00, date(2026, 11, 1)),
}


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    started = team_people.start()
    try:
        yield started
    finally:
        started.stop()


@pytest.fixture
def team(cluster: Any) -> Iterator[tuple[ServerParams, dict[str, str], dict[str, int]]]:
    params = team_people.new_company(cluster, "assign")
    logins = team_people.add_people(params, marc=Role.COLLECTOR, lea=Role.COLLECTOR)
    ids = {}
    with signed_in(params):
        for n, (name, (country, language, cents, due)) in enumerate(CUSTOMERS.items()):
            customer = Customer.create(name=name, country=country, language=language)
            Invoice.create(customer=customer, number=f"F-{n}", issue_date=due, due_date=due,
                           amount_cents=cents)
            ids[name] = int(customer.id)
    try:
        yield params, logins, ids
    finally:
        cluster.drop_database(params.database)


def _user(cf: Any, login: str) -> int:
    return next(c.id for c in assignment.collectors(cf) if c.login == login)


def test_assign_by_hand_in_bulk_and_back_to_the_pool(team: Any) -> None:
    params, logins, ids = team
    with signed_in(params) as admin:
        marc = _user(admin, logins["marc"])
        assert assignment.assign(admin, [ids["Alpha"], ids["Delta"]], marc) == 2
        assert assignment.assign(admin, [ids["Alpha"]], marc) == 0  # already his
        assert assignment.assigned_to(admin, ids["Alpha"]).name == "Marc"
        assert assignment.assign(admin, [ids["Alpha"]], None) == 1
        assert assignment.assigned_to(admin, ids["Alpha"]) is None
        with pytest.raises(ValidationError):
            assignment.assign(admin, [ids["Alpha"]], 999_999)


def test_rules_preview_then_apply_at_the_band_boundaries(team: Any) -> None:
    params, logins, ids = team
    with signed_in(params) as admin:
        marc, lea = _user(admin, logins["marc"]), _user(admin, logins["lea"])
        rules = [Rule(lea, country="BE", language="nl"),
                 Rule(marc, min_owed_cents=1000_00, max_owed_cents=5000_00)]
        # Brico Gand (BE, nl) goes to the first rule only; the band takes 1 000,00 and
        # 5 000,00 exactly, not 999,99 nor 5 000,01.
        assert assignment.preview(admin, rules) == [1, 1]
        assignment.assign(admin, [ids["Café Liège"]], lea)
        assert assignment.preview(admin, rules) == [1, 0]  # only the pool
        assert assignment.preview(admin, rules, only_pool=False) == [1, 1]
        assert assignment.apply_rules(admin, rules, only_pool=False) == 2
        owners = {c.name: c.assigned_to_id for c in Customer.select()}
        assert owners == {"Alpha": None, "Brico Gand": lea, "Café Liège": marc,
                          "Delta": None, "Épicerie": None}
        with pytest.raises(ValidationError):
            assignment.preview(admin, [Rule(marc, min_owed_cents=2, max_owed_cents=1)])


def test_today_shows_my_queue_and_the_whole_team_one_click_away(team: Any) -> None:
    params, logins, ids = team
    with signed_in(params) as admin:
        lea = _user(admin, logins["lea"])
        marc = _user(admin, logins["marc"])
        assignment.assign(admin, [ids["Delta"]], lea)
        assignment.assign(admin, [ids["Alpha"]], marc)
    with signed_in(params, logins["marc"]) as cf:
        mine = assignment.queue_owners(cf, whole_team=False)
        assert {r.customer for r in today_queue(cf, NOW, owners=mine)} == {
            "Alpha", "Brico Gand", "Café Liège", "Épicerie"}  # not Léa's Delta
        team_rows = today_queue(cf, NOW, owners=assignment.queue_owners(cf, whole_team=True))
        assert [r.customer for r in team_rows] == [
            "Café Liège", "Delta", "Brico Gand", "Alpha", "Épicerie"]  # Σ due × days


def test_next_customer_hands_out_mine_first_then_the_pool_skipping_calls_in_progress(
    team: Any,
) -> None:
    params, logins, ids = team
    with signed_in(params) as admin:
        marc = _user(admin, logins["marc"])
        assignment.assign(admin, [ids["Alpha"], ids["Épicerie"]], marc)
    with signed_in(params, logins["marc"]) as m, signed_in(params, logins["lea"]) as le:
        me = team_roles.current_user_id(m)
        assert claims.next_customer(m, "Marc", NOW, me=me).customer == "Alpha"  # his, highest
        assert claims.next_customer(m, "Marc", NOW, me=me).customer == "Épicerie"
        lea = team_roles.current_user_id(le)
        assert claims.next_customer(le, "Léa", NOW, me=lea).customer == "Café Liège"  # pool
        assert claims.next_customer(m, "Marc", NOW, me=me).customer == "Delta"
        assert claims.next_customer(le, "Léa", NOW, me=lea).customer == "Brico Gand"
        assert claims.next_customer(le, "Léa", NOW, me=lea) is None  # Alpha is Marc's
        assert set(claims.claims_by_others(le)) == {ids["Alpha"], ids["Épicerie"], ids["Delta"]}


def test_two_collectors_pressing_at_the_same_moment_in_threads(team: Any) -> None:
    params, logins, _ids = team
    rounds, barrier = 200, threading.Barrier(2)
    got: dict[str, list[int | None]] = {"marc": [], "lea": []}

    def collector(name: str) -> None:
        with signed_in(params, logins[name]) as cf:
            me = team_roles.current_user_id(cf)
            for _ in range(rounds):
                barrier.wait()
                row = claims.next_customer(cf, name, NOW, me=me)
                got[name].append(None if row is None else row.customer_id)
                barrier.wait()
                if row is not None:
                    claims.release(cf, row.customer_id)

    threads = [threading.Thread(target=collector, args=(n,)) for n in got]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    pairs = list(zip(got["marc"], got["lea"], strict=True))
    assert len(pairs) == rounds
    assert [p for p in pairs if p[0] == p[1] or None in p] == []  # 0 duplicates


def test_two_collectors_pressing_at_the_same_moment_in_two_processes(team: Any) -> None:
    params, logins, _ids = team
    rounds = 200
    context = multiprocessing.get_context("spawn")
    barrier, results = context.Barrier(2), context.Queue()
    workers = [context.Process(target=team_people.race_worker,
                               args=(params, logins[n], rounds, barrier, results))
               for n in ("marc", "lea")]
    for w in workers:
        w.start()
    found = [results.get(timeout=120) for _ in range(2 * rounds)]
    for w in workers:
        w.join(timeout=60)
        assert w.exitcode == 0
    by_round: dict[int, list[int | None]] = {}
    for n, _who, customer in found:
        by_round.setdefault(n, []).append(customer)
    assert len(by_round) == rounds
    assert [r for r, got in by_round.items() if None in got or got[0] == got[1]] == []


@pytest.mark.sqlite_only
def test_on_a_company_file_next_is_simply_the_first_of_today(cf: Any) -> None:
    customer = Customer.create(name="Seul")
    Invoice.create(customer=customer, number="F-1", issue_date=date(2026, 9, 1),
                   due_date=date(2026, 9, 1), amount_cents=100_00)
    assert claims.next_customer(cf, "Claire", NOW).customer == "Seul"
    assert assignment.queue_owners(cf, whole_team=False) is None

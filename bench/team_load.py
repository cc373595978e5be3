"""A team at work on one server: simulated collectors (one process each) take the next customer
(« Client suivant »), record a call, sometimes a promise or a payment, and give the customer
back, through the services, for a bounded time, against a throwaway local PostgreSQL.

    python bench/team_load.py                  # 10 collectors, 5 minutes
    python bench/team_load.py --small          # 3 collectors, 10 seconds (CI: no rot)
    python bench/team_load.py --collectors 6 --seconds 60 --customers 8000

At the end it prints what was done and checks it: every write a collector logged is in the
database as logged (``lost_writes``, must be 0); no customer held by two collectors at once,
from a sampler reading the claims every 50 ms and from the collectors' own logs
(``double_holds``, must be 0); no customer called twice (``called_twice``); p50/p95 latency of
« next customer » and « save call »; and the time for a call saved by one collector to be seen
by another (``seen_p50_s``/``seen_p95_s``). The observer is another collector's window: it
LISTENs like the app (the session's change events, sent by ``NOTIFY`` when a call is committed)
and reads the new calls as soon as a notice arrives; it also reads again every ``--poll``
seconds when nothing came (the windows' safety net). It reads the claims the same way, for
the time a claim takes to show as « En appel avec … » elsewhere (``claim_seen_p50_s``/
``claim_seen_p95_s``, from when « next customer » returned; ``claims_unseen``: claims given back
before the observer read them). The last line is ``bench: name=value …``.
A measurement, not a test.
"""

from __future__ import annotations

import argparse
import itertools
import json
import multiprocessing
import random
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR.parent))

PASSWORD = "Bench: un mot de passe assez long"


def _params(base: Any, user: str) -> Any:
    from relance_desktop.store.server import ServerParams

    return ServerParams(base.host, base.port, base.database, user)


def _session(params: Any) -> Any:
    from relance_desktop.services import team_roles
    from relance_desktop.store.server import open_server_company

    cf = open_server_company(params, None)
    team_roles.sign_in(cf)
    return cf


def seed(params: Any, customers: int, collectors: int, today: date) -> list[str]:
    """The company's customers (one overdue invoice each, a third assigned), its collectors."""
    from relance_desktop.services import assignment, team_roles
    from relance_desktop.store.models import Customer, Invoice

    rng = random.Random(7)
    logins = [f"collecteur_{n:02d}" for n in range(collectors)]
    cf = _session(params)
    try:
        for login in logins:
            team_roles.add_person(cf, login, login.replace("_", " ").title(), PASSWORD,
                                  team_roles.Role.COLLECTOR)
        with cf.use(), cf.atomic():
            for start in range(0, customers, 1000):
                Customer.insert_many([
                    {"name": f"Client {n:06d}", "country": rng.choice(("FR", "FR", "BE")),
                     "phone": f"+3314{n:07d}"}
                    for n in range(start, min(customers, start + 1000))]).execute()
            ids = [int(r[0]) for r in cf.tuples("SELECT id FROM customer ORDER BY id")]
            for start in range(0, len(ids), 1000):
                rows = []
                for customer in ids[start:start + 1000]:
                    due = today - timedelta(days=rng.randint(5, 200))
                    rows.append({"customer": customer, "number": f"F{customer:07d}",
                                 "issue_date": due - timedelta(days=30), "due_date": due,
                                 "amount_cents": rng.randint(50_00, 20_000_00)})
                Invoice.insert_many(rows).execute()
        users = [c.id for c in assignment.collectors(cf)]
        for n, user in enumerate(users):
            assignment.assign(cf, ids[n:len(ids) // 3:len(users)], user)
        # What the server's autovacuum does soon after a bulk load; without statistics the
        # planner picks nested loops and Today's query takes ~1 s at 1,500 customers.
        cf.execute("ANALYZE")
    finally:
        cf.close()
    return logins


def collector(params: Any, login: str, seconds: float, log_path: str, start_gate: Any) -> None:
    """One collector: next customer, a call, sometimes a promise or a payment, release."""
    from relance_desktop.services import calls, claims, invoices, team_roles

    rng = random.Random(login)
    cf = _session(_params(params, login))
    me = team_roles.current_user_id(cf)
    log: dict[str, Any] = {"calls": [], "promises": [], "payments": [], "holds": [],
                           "next_s": [], "save_s": [], "empty": 0, "errors": []}
    start_gate.wait()
    until = time.time() + seconds
    n = 0
    while time.time() < until:
        started = time.perf_counter()
        row = claims.next_customer(cf, login, datetime.now(), me=me)
        log["next_s"].append(time.perf_counter() - started)
        if row is None:
            log["empty"] += 1
            time.sleep(0.2)
            continue
        held_from = time.time()
        n += 1
        try:
            notes = f"{login} appel {n}"
            started = time.perf_counter()
            call = calls.finish_call(cf, calls.CallDraft(row.customer_id, notes=notes,
                                                         outcome="reached"), user_id=me)
            log["save_s"].append(time.perf_counter() - started)
            log["calls"].append([call, row.customer_id, notes, time.time()])
            lines = [line for line in invoices.invoices_of(cf, row.customer_id)
                     if line.state == "open" and line.due_cents > 0]
            dice = rng.random()
            if lines and dice < 0.3:
                line = lines[0]
                cents = min(line.due_cents, rng.randint(10_00, 500_00))
                promise = calls.record_promise(
                    cf, row.customer_id, amount_cents=cents, currency=line.currency,
                    promised_on=date.today() + timedelta(days=7), today=date.today(),
                    due_cents=line.due_cents, interaction_id=call, user_id=me)
                log["promises"].append([promise, row.customer_id, cents])
            elif lines and dice < 0.5:
                line = lines[0]
                cents = min(line.due_cents, rng.randint(10_00, 500_00))
                payment = invoices.add_payment(cf, invoices.PaymentInput(
                    line.id, date.today(), cents, reference=f"{login}-{n}"))
                log["payments"].append([payment, line.id, cents])
        except Exception as exc:  # counted, never hidden
            log["errors"].append(f"{type(exc).__name__}: {exc}")
        finally:
            log["holds"].append([row.customer_id, held_from, time.time()])
            claims.release(cf, row.customer_id)
    cf.close()
    Path(log_path).write_text(json.dumps(log), encoding="utf-8")


def sampler(params: Any, seconds: float, out_path: str, start_gate: Any) -> None:
    """Every 50 ms: the live claims, and any customer whose claim two connections hold."""
    from relance_desktop.services import claims

    cf = _session(params)
    samples = doubles = 0
    start_gate.wait()
    until = time.time() + seconds
    while time.time() < until:
        rows = cf.tuples(
            "SELECT objid, COUNT(DISTINCT pid) FROM pg_locks WHERE locktype = 'advisory' "
            "AND granted AND classid = ? AND objsubid = 2 GROUP BY objid", (claims.LOCK_SPACE,))
        doubles += sum(1 for _c, holders in rows if holders > 1)
        samples += 1
        time.sleep(0.05)
    cf.close()
    Path(out_path).write_text(json.dumps({"samples": samples, "doubles": doubles}))


def observer(params: Any, seconds: float, poll_s: float, out_path: str,
             start_gate: Any) -> None:
    """Another collector's window: which calls and claims it sees, and when. It hears the
    others' changes as the app does (LISTEN, :meth:`CompanySession.watch`) and reads the new
    calls and the claims at once."""
    from relance_desktop.services import claims
    from relance_desktop.store.session import Change, Topic

    cf = _session(params)
    woken = threading.Event()

    def heard(change: Change) -> None:  # the feed's thread
        if change.topics & {Topic.CALLS, Topic.CLAIMS}:
            woken.set()

    cf.changes.subscribe(heard)
    cf.watch()
    last = int(cf.scalar("SELECT COALESCE(MAX(id), 0) FROM interaction"))
    seen: dict[int, float] = {}
    claimed: dict[int, float] = {}  # customer → when first seen claimed
    notices = 0
    start_gate.wait()
    until = time.time() + seconds
    end = until + 5  # the last calls end after the bell
    while time.time() < end:
        if woken.wait(max(0.05, min(poll_s, end - time.time()))):
            notices += 1
        woken.clear()
        # A call is a draft first, saved for good later: a lower id can turn up after a
        # higher one, so the window looks back over the ids lately seen.
        for (ident,) in cf.tuples("SELECT id FROM interaction WHERE id > ? AND draft = 0 "
                                  "ORDER BY id", (last - 2000,)):
            seen.setdefault(int(ident), time.time())
            last = max(last, int(ident))
        for customer in claims.claims(cf):
            claimed.setdefault(customer, time.time())
    cf.close()
    Path(out_path).write_text(json.dumps({"seen": seen, "claimed": claimed,
                                          "notices": notices}))


def _quantile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q * 100) - 1]


def check(params: Any, logs: dict[str, dict[str, Any]]) -> dict[str, int]:
    """Each logged write against the database: lost (missing or different), and overlaps."""
    cf = _session(params)
    try:
        lost = 0
        for login, log in logs.items():
            user = cf.scalar('SELECT id FROM "user" WHERE login = ?', (login,))
            for call, customer, notes, _at in log["calls"]:
                row = cf.one("SELECT customer_id, notes, user_id, draft FROM interaction "
                             "WHERE id = ?", (call,))
                lost += row is None or (row.customer_id, row.notes, row.user_id, row.draft) \
                    != (customer, notes, user, 0)
            for promise, customer, cents in log["promises"]:
                row = cf.one("SELECT customer_id, amount_cents, user_id FROM promise "
                             "WHERE id = ?", (promise,))
                lost += row is None or tuple(row) != (customer, cents, user)
            for payment, invoice, cents in log["payments"]:
                row = cf.one("SELECT invoice_id, amount_cents FROM payment WHERE id = ?",
                             (payment,))
                lost += row is None or tuple(row) != (invoice, cents)
        holds = sorted((customer, start, end, login) for login, log in logs.items()
                       for customer, start, end in log["holds"])
        overlaps = sum(1 for a, b in itertools.pairwise(holds)
                       if a[0] == b[0] and b[1] < a[2] and a[3] != b[3])
        twice = cf.scalar("SELECT COUNT(*) FROM (SELECT customer_id FROM interaction "
                          "WHERE kind = 'call' AND draft = 0 GROUP BY customer_id "
                          "HAVING COUNT(*) > 1) x")
        in_db = int(cf.scalar("SELECT COUNT(*) FROM interaction WHERE draft = 0"))
    finally:
        cf.close()
    return {"lost_writes": int(lost), "log_overlaps": overlaps, "called_twice": int(twice),
            "calls_in_db": in_db}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--collectors", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=300.0)
    parser.add_argument("--customers", type=int, default=20_000)
    parser.add_argument("--poll", type=float, default=10.0,
                        help="the observer's safety re-read when no notice came (s)")
    parser.add_argument("--small", action="store_true", help="3 collectors, 10 s")
    args = parser.parse_args()
    if args.small:
        args.collectors, args.seconds, args.customers = 3, 10.0, 1_500

    from tests import pg

    cluster = pg.start_cluster()
    try:
        return _run(cluster, args)
    finally:
        cluster.stop()


def _run(cluster: Any, args: argparse.Namespace) -> int:
    from relance_desktop.store.server import ServerParams, create_server_company

    cluster.create_database("team_load")
    params = ServerParams(cluster.host, cluster.port, "team_load", cluster.user)
    create_server_company(params, None, name="Bench équipe")
    started = time.perf_counter()
    logins = seed(params, args.customers, args.collectors, date.today())
    seed_s = time.perf_counter() - started
    context = multiprocessing.get_context("spawn")
    gate = context.Barrier(args.collectors + 3)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        seconds = args.seconds  # counted from when every process is ready
        procs = [context.Process(target=collector, args=(params, login, seconds,
                                                         str(folder / f"{login}.json"), gate))
                 for login in logins]
        procs.append(context.Process(target=sampler, args=(params, seconds,
                                                           str(folder / "sampler.json"), gate)))
        procs.append(context.Process(target=observer, args=(params, seconds, args.poll,
                                                            str(folder / "observer.json"), gate)))
        for proc in procs:
            proc.start()
        gate.wait()
        began = time.time()
        for proc in procs:
            proc.join(timeout=seconds + 180)
        until_now = time.time() - began
        failed = [p.exitcode for p in procs if p.exitcode != 0]
        logs = {login: json.loads((folder / f"{login}.json").read_text())
                for login in logins if (folder / f"{login}.json").exists()}
        sampled = json.loads((folder / "sampler.json").read_text())
        observed = json.loads((folder / "observer.json").read_text())
        seen = {int(k): v for k, v in observed["seen"].items()}
    result = check(params, logs)
    next_s = [v for log in logs.values() for v in log["next_s"]]
    save_s = [v for log in logs.values() for v in log["save_s"]]
    delays = [seen[call] - at for log in logs.values() for call, _c, _n, at in log["calls"]
              if call in seen]
    unseen = sum(1 for log in logs.values() for call, *_ in log["calls"] if call not in seen)
    claimed = {int(k): v for k, v in observed["claimed"].items()}
    held = {}  # customer → when « next customer » handed it out (the first time)
    for log in logs.values():
        for customer, start, _end in log["holds"]:
            held[customer] = min(start, held.get(customer, start))
    claim_delays = [claimed[c] - at for c, at in held.items() if c in claimed]
    claims_unseen = sum(1 for c in held if c not in claimed)
    ops = Counter({kind: sum(len(log[kind]) for log in logs.values())
                   for kind in ("calls", "promises", "payments")})
    errors = [e for log in logs.values() for e in log["errors"]]
    for error in errors[:5]:
        print("error:", error)
    print(f"{args.collectors} collectors for {until_now:.0f} s on {args.customers} customers: "
          f"{ops['calls']} calls, {ops['promises']} promises, {ops['payments']} payments; "
          f"{sampled['samples']} claim samples")
    print(f"bench: collectors={args.collectors} seconds={args.seconds:.0f} "
          f"customers={args.customers} seed_s={seed_s:.1f} "
          f"operations={sum(ops.values())} calls={ops['calls']} promises={ops['promises']} "
          f"payments={ops['payments']} errors={len(errors)} "
          f"lost_writes={result['lost_writes']} "
          f"double_holds={sampled['doubles'] + result['log_overlaps']} "
          f"called_twice={result['called_twice']} "
          f"queue_empty={sum(log['empty'] for log in logs.values())} "
          f"next_p50_ms={_quantile(next_s, 0.5) * 1000:.1f} "
          f"next_p95_ms={_quantile(next_s, 0.95) * 1000:.1f} "
          f"save_call_p50_ms={_quantile(save_s, 0.5) * 1000:.1f} "
          f"save_call_p95_ms={_quantile(save_s, 0.95) * 1000:.1f} "
          f"seen_p50_s={_quantile(delays, 0.5):.2f} seen_p95_s={_quantile(delays, 0.95):.2f} "
          f"unseen={unseen} claim_seen_p50_s={_quantile(claim_delays, 0.5):.2f} "
          f"claim_seen_p95_s={_quantile(claim_delays, 0.95):.2f} claims_unseen={claims_unseen} "
          f"notices={observed['notices']} poll_s={args.poll} "
          f"processes_failed={len(failed)}")
    return 1 if failed or result["lost_writes"] or sampled["doubles"] else 0


if __name__ == "__main__":
    raise SystemExit(main())

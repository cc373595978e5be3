"""Generate a benchmark company file: by default 100,000 invoices for 5,000 customers.

    python bench/generate.py [--out PATH] [--invoices N] [--customers N] [--days N] [--force]
    python bench/generate.py --invoices 1000000 --customers 50000   # bench/out/bench-1m.relance

The data has the shape of the app's demo company (``relance_desktop.services.demo``): its
customers (with their payment profiles), invoice amounts, partial payments, calls and call-back
tasks, and its follow-ups (a broken promise, a running one, a dispute, a payment plan, a payment
to check). The customers and contacts come from the demo generator itself; invoices and payments
are drawn the same way but streamed in chunks of 50,000 rows with ``executemany`` (the demo
generator keeps every row in memory, ~1.5 GB at 1M invoices), so a million invoices take about
a minute and little memory. An existing file is reused unless ``--force`` is given, or unless its
schema is older than the app's (it is then generated again). Dates are relative to the day the
file was generated; the open-item count shifts slowly as days pass.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from datetime import time as clock
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
OUT_DIR = BENCH_DIR / "out"
DEFAULT_OUT = OUT_DIR / "bench-100k.relance"
CHUNK = 50_000


def default_path(invoices: int) -> Path:
    """bench/out/bench-100k.relance, bench-1m.relance, bench-2000.relance…"""
    if invoices % 1_000_000 == 0:
        label = f"{invoices // 1_000_000}m"
    elif invoices % 1000 == 0 and invoices >= 10_000:
        label = f"{invoices // 1000}k"
    else:
        label = str(invoices)
    return OUT_DIR / f"bench-{label}.relance"


def data_summary(path: Path, today: date | None = None) -> dict[str, int]:
    """Counts of what the file holds (plain sqlite3, read-only), open items as the app sees
    them (the ``invoice_balance`` view of schema 4)."""
    today_iso = (today or date.today()).isoformat()
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        def one(sql: str, *params: Any) -> int:
            return int(conn.execute(sql, params).fetchone()[0])

        open_where = " FROM invoice_balance WHERE is_open = 1"
        return {
            "invoices": one("SELECT COUNT(*) FROM invoice"),
            "customers": one("SELECT COUNT(*) FROM customer"),
            "payments": one("SELECT COUNT(*) FROM payment"),
            "interactions": one("SELECT COUNT(*) FROM interaction"),
            "tasks": one("SELECT COUNT(*) FROM task"),
            "open": one("SELECT COUNT(*)" + open_where),
            "open_overdue": one("SELECT COUNT(*)" + open_where + " AND due_date < ?", today_iso),
            "open_partly_paid": one("SELECT COUNT(*)" + open_where + " AND paid_cents > 0"),
        }
    finally:
        conn.close()


def schema_version(path: Path) -> int:
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def _issue_dates(rng: random.Random, today: date, invoices: int, days: int) -> Iterator[date]:
    """``invoices`` issue dates drawn uniformly in [today - days, today - 3], oldest first (the
    demo's sorted draw, without a list of a million dates)."""
    per_day = [0] * days
    for _ in range(invoices):
        per_day[rng.randrange(3, days)] += 1
    for offset in range(days - 1, 2, -1):
        day = today - timedelta(days=offset)
        for _ in range(per_day[offset]):
            yield day


def _invoice_rows(rng: random.Random, today: date, invoices: int, days: int,
                  customers: list[tuple[int, str, str, int, str]], stamp: str,
                  paid_out: list[tuple[Any, ...]]) -> Iterator[tuple[Any, ...]]:
    """Invoice rows as the demo draws them; their payments are appended to ``paid_out``."""
    from relance_desktop.services.demo import AMOUNT_RANGE, PROFILES, SOLD

    year_seq: dict[int, int] = {}
    methods = ["transfer", "transfer", "transfer", "card", "cheque"]
    n_customers = len(customers)
    for inv_id, issued in enumerate(_issue_dates(rng, today, invoices, days), start=1):
        cust_idx = rng.randrange(n_customers)
        cust_id, kind, sector, terms, profile = customers[cust_idx]
        due = issued + timedelta(days=terms)
        low, high = AMOUNT_RANGE[kind]
        cents = int(round(rng.triangular(low, high, low + (high - low) * 0.15), 0)) * 100 + (
            rng.randrange(100) if rng.random() < 0.7 else 0)
        year_seq[issued.year] = year_seq.get(issued.year, 0) + 1
        number = f"F{issued.year}-{year_seq[issued.year]:05d}"
        yield (inv_id, cust_id, number, issued.isoformat(), due.isoformat(), cents, "EUR",
               rng.choice(SOLD[sector]), "open", "manual",
               rng.choice([0, 0, 1]) if due < today else 0, "", stamp, stamp)
        share_paid, (late_lo, late_hi), partial = PROFILES[profile]
        paid_on = due + timedelta(days=rng.randint(late_lo, late_hi))
        if paid_on >= today or rng.random() > share_paid:
            if rng.random() < partial and issued < today - timedelta(days=20):
                part = cents * rng.choice([20, 30, 40, 50]) // 100
                on = min(today - timedelta(days=1), issued + timedelta(days=rng.randint(10, 60)))
                paid_out.append((inv_id, on.isoformat(), part, "transfer", number))
            continue
        paid_out.append((inv_id, paid_on.isoformat(), cents, rng.choice(methods), number))


def populate_large(path: Path, today: date, invoices: int, customers: int, days: int,
                   seed: int = 2026) -> None:
    """Fill the empty company file at ``path`` (see the module docstring)."""
    from relance_desktop.services import demo
    from relance_desktop.store.database import open_company_file

    # Customers and contacts from the demo generator itself (no invoice); then invoices and
    # payments in chunks through the same connection, in one transaction.
    with open_company_file(path) as cf:
        demo.populate(cf, today, demo.DemoSize(customers=customers, invoices=0, days=days),
                      seed=seed)
        conn = cf.raw()
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA cache_size = -200000")
        with cf.atomic(), _summary_afterwards(conn):
            _bulk(cf, conn, today, invoices, customers, days, seed)
        conn.execute("ANALYZE")


@contextmanager
def _summary_afterwards(conn: sqlite3.Connection) -> Iterator[None]:
    """The customers' summary (schema 12) computed once at the end, not kept row by row by its
    triggers during the load: the triggers are dropped and created again (as the latest
    migration writes them) inside the load's transaction. A bench file has no other user, so
    this is safe here, and quicker than the pause an import uses (schema 13; 100,000 invoices:
    6.3 s dropped, 7.3 s paused, where a false ``WHEN`` still costs each row its trigger)."""
    from relance_desktop.store.migrations import SCHEMA_VERSION, MigrationConnection

    if SCHEMA_VERSION < 12:
        yield
        return
    from relance_desktop.store.migrations import m0012_customer_summary as m12

    if SCHEMA_VERSION >= 13:
        from relance_desktop.store.migrations.m0013_summary_pause import sqlite_triggers

        created = sqlite_triggers()
    else:
        created = m12.triggers("sqlite")
    for name in m12.sqlite_trigger_names():
        conn.execute(f'DROP TRIGGER "{name}"')
    yield
    for statement in created:
        conn.execute(statement)
    m12.rebuild_all(MigrationConnection(conn, "sqlite"))


def _bulk(cf: Any, conn: sqlite3.Connection, today: date, invoices: int, customers: int,
          days: int, seed: int) -> None:
    from relance_desktop.services import demo

    rng = random.Random(seed + 1)
    stamp = datetime.combine(today, clock(9, 0)).isoformat(sep=" ")
    rows = conn.execute("SELECT id, kind, payment_terms_days FROM customer ORDER BY id")
    profiles = list(demo.PROFILES)
    custs = []
    for cust_id, kind, terms in rows.fetchall():
        profile = rng.choices(profiles, weights=[3, 4, 3, 1])[0]
        if kind == "public_body":
            profile = "late"  # public bodies pay, but slowly
        sector = demo.CUSTOMERS[(cust_id - 1) % len(demo.CUSTOMERS)][3]  # ids are idx + 1
        custs.append((cust_id, kind, sector, int(terms or 30), profile))
    payments: list[tuple[Any, ...]] = []
    batch: list[tuple[Any, ...]] = []
    overdue_by_customer: dict[int, list[tuple[Any, ...]]] = {}
    sample = {c[0] for c in custs[: max(40, len(custs) // 50)]}
    today_iso = today.isoformat()
    overdue_customers: set[int] = set()

    def flush() -> None:
        conn.executemany(
            "INSERT INTO invoice (id, customer_id, number, issue_date, due_date, "
            "amount_cents, currency, description, state, source, dunning_level, "
            "contractual_rate, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            batch)
        conn.executemany(
            "INSERT INTO payment (invoice_id, paid_on, amount_cents, method, reference, note, "
            "source, created_at) VALUES (?,?,?,?,?,'','manual','" + stamp + "')", payments)
        batch.clear()
        payments.clear()

    for row in _invoice_rows(rng, today, invoices, days, custs, stamp, payments):
        batch.append(row)
        if row[4] < today_iso:
            overdue_customers.add(row[1])
        if row[1] in sample:
            overdue_by_customer.setdefault(row[1], []).append(row)
        if len(batch) >= CHUNK:
            flush()
    flush()
    # Calls and call-back tasks, as the demo makes them.
    interactions, tasks = [], []
    for cust in rng.sample(sorted(overdue_customers),
                           k=min(len(overdue_customers), max(3, customers // 4))):
        when = datetime.combine(today - timedelta(days=rng.randint(1, 20)),
                                clock(rng.choice([9, 10, 11, 14, 15]), rng.choice([0, 15, 30])))
        outcome = rng.choice(["reached", "no_answer", "voicemail", "reached"])
        note = {"reached": "Le client confirme avoir reçu la facture.", "no_answer": "",
                "voicemail": "Message laissé avec le numéro de facture."}[outcome]
        interactions.append((cust, "call", when.isoformat(sep=" "), rng.randint(0, 420),
                             outcome, note))
        if outcome != "reached" or rng.random() < 0.5:
            back = datetime.combine(today + timedelta(days=rng.randint(-2, 6)), clock(10, 0))
            tasks.append((cust, "call_back", back.isoformat(sep=" "), "Rappeler", stamp))
    conn.executemany(
        "INSERT INTO interaction (customer_id, kind, occurred_at, duration_s, outcome, "
        "reason, notes, draft) VALUES (?,?,?,?,?,'',?,0)", interactions)
    conn.executemany(
        "INSERT INTO task (customer_id, kind, due_at, note, created_at) VALUES (?,?,?,?,?)",
        tasks)
    # The follow-ups (promises, dispute, plan, claimed payment) on a sample of customers: the
    # demo's own code, given those customers' invoices and payments.
    conn.execute("DELETE FROM user")  # if demo.populate made one, _follow_ups makes it again
    sample_invoices = [r for rows_ in overdue_by_customer.values() for r in rows_]
    ids = [r[0] for r in sample_invoices]
    sample_payments: list[tuple[Any, ...]] = []
    for start in range(0, len(ids), 900):
        part = ids[start:start + 900]
        sample_payments += conn.execute(
            f"SELECT invoice_id, paid_on, amount_cents FROM payment WHERE invoice_id IN "
            f"({','.join('?' * len(part))})", part).fetchall()
    demo._follow_ups(cf, rng, today, stamp, sample_invoices, sample_payments,
                     called={row[0] for row in interactions})
    # Search keys (schema 5), as the migration fills them for existing rows.
    from relance_desktop.store.migrations import SCHEMA_VERSION, MigrationConnection

    if SCHEMA_VERSION >= 5:
        from relance_desktop.domain.text import search_key
        from relance_desktop.store.migrations.m0005_lists import fill_keys

        fill_keys(MigrationConnection(conn, "sqlite"), "customer", "name")
        blank = conn.execute("SELECT id, name FROM customer WHERE search_key = ''").fetchall()
        conn.executemany("UPDATE customer SET search_key = ? WHERE id = ?",
                         [(search_key(name) or " ", cust) for cust, name in blank])


def generate(out: Path, invoices: int, customers: int, days: int, force: bool) -> tuple[
        Path, float | None]:
    """Create the file (or reuse it). Returns (path, seconds spent, None when reused)."""
    from relance_desktop.services.demo import DEMO_COMPANY
    from relance_desktop.store.database import create_company_file
    from relance_desktop.store.migrations import SCHEMA_VERSION

    if out.exists() and not force and schema_version(out) == SCHEMA_VERSION:
        return out, None
    for extra in ("", "-wal", "-shm"):
        Path(str(out) + extra).unlink(missing_ok=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.building")
    for extra in ("", "-wal", "-shm"):
        Path(str(tmp) + extra).unlink(missing_ok=True)
    started = time.perf_counter()
    create_company_file(tmp, **DEMO_COMPANY)
    try:
        populate_large(tmp, date.today(), invoices, customers, days)
        tmp.replace(out)
    finally:
        for extra in ("", "-wal", "-shm"):
            Path(str(tmp) + extra).unlink(missing_ok=True)
    return out, time.perf_counter() - started


def ensure(path: Path, invoices: int = 100_000, customers: int = 5_000, days: int = 730,
           quiet: bool = False) -> Path:
    """Used by bench/run.py: generate the file if it is missing or of an older schema."""
    if not quiet:
        print(f"company file {path} ({invoices} invoices, {customers} customers)…", flush=True)
    _, took = generate(path, invoices, customers, days, force=False)
    if not quiet and took is not None:
        print(f"  generated in {took:.1f} s, {path.stat().st_size / 2**20:.1f} MiB",
              flush=True)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="default: bench/out/bench-<size>.relance")
    parser.add_argument("--invoices", type=int, default=100_000)
    parser.add_argument("--customers", type=int, default=5_000)
    parser.add_argument("--days", type=int, default=730, help="spread of issue dates (days)")
    parser.add_argument("--force", action="store_true", help="regenerate an existing file")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(BENCH_DIR.parent))
    out = args.out or default_path(args.invoices)
    path, took = generate(out, args.invoices, args.customers, args.days, args.force)
    size = path.stat().st_size
    if took is None:
        print(f"reusing {path} (use --force to regenerate)")
    else:
        print(f"generated {path} in {took:.2f} s")
    print(f"file size: {size / 2**20:.1f} MiB ({size} bytes)")
    s = data_summary(path)
    share = s["open"] / s["invoices"] if s["invoices"] else 0.0
    print(f"invoices={s['invoices']} customers={s['customers']} payments={s['payments']} "
          f"interactions={s['interactions']} tasks={s['tasks']}")
    print(f"open (listed) invoices: {s['open']} ({share:.1%}), of which overdue "
          f"{s['open_overdue']}, partly paid {s['open_partly_paid']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

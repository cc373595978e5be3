"""What the customers' summary (migrations 12 and 13) costs a bulk write: the same invoices
inserted with plain ``executemany`` in one transaction into a company of customers, three ways.

    python bench/bench_import_summary.py [--invoices 30000] [--customers 5000] [--runs 3]

- ``kept_s``: the summary's triggers kept it row by row (what a write by hand does);
- ``paused_s``: the summary paused (``store.summary.paused``) and the touched customers' rows
  computed once before the commit (what an import, the demo and ``bench/generate.py`` do);
- ``bare_s``: no summary at all (its triggers dropped, nothing computed): the floor.

Each run starts from a copy of the same company file (customers only); the best wall and CPU
times of ``--runs`` (SQLite runs in the process: CPU time is steadier on a busy machine).
Files go to ``bench/out/`` (git-ignored). The last line is one ``bench:`` line of name=value
pairs. A measurement, not a test.
"""

from __future__ import annotations

import argparse
import functools
import random
import shutil
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
OUT = BENCH_DIR / "out"
sys.path.insert(0, str(BENCH_DIR.parent))
TODAY = date(2026, 11, 23)
INSERT = (
    "INSERT INTO invoice (customer_id, number, issue_date, due_date, amount_cents, currency, "
    "description, state, source, dunning_level, contractual_rate, created_at, updated_at) "
    "VALUES (?, ?, ?, ?, ?, 'EUR', '', 'open', 'bench', 0, '', ?, ?)")


def base_file(customers: int) -> Path:
    from relance_desktop.services import demo
    from relance_desktop.store.database import create_company_file, open_company_file

    path = OUT / f"bench-summary-{customers}.relance"
    if not path.exists():
        create_company_file(path, **demo.DEMO_COMPANY)
        with open_company_file(path) as cf:
            demo.populate(cf, TODAY, demo.DemoSize(customers=customers, invoices=0), seed=3)
    return path


def rows(customer_ids: list[int], invoices: int) -> list[tuple[int, str, str, str, int, str, str]]:
    rng = random.Random(11)
    out = []
    for n in range(invoices):
        issued = TODAY - timedelta(days=rng.randint(0, 400))
        due = (issued + timedelta(days=30)).isoformat()
        out.append((rng.choice(customer_ids), f"B{n:07d}", issued.isoformat(), due,
                    rng.randint(5_000, 900_000), "2026-11-23 09:00:00", "2026-11-23 09:00:00"))
    return out


def one(base: Path, invoices: int, how: str) -> tuple[float, float]:
    """(wall, CPU) seconds of the write and its commit, ``how`` the summary is kept."""
    from relance_desktop.store import summary
    from relance_desktop.store.database import open_company_file
    from relance_desktop.store.migrations import m0012_customer_summary as m12

    path = OUT / f"bench-summary-{how}.relance"
    shutil.copyfile(base, path)
    with open_company_file(path) as cf:
        ids = [int(r.id) for r in cf.rows("SELECT id FROM customer")]
        data = rows(ids, invoices)
        if how == "bare":
            with cf.atomic():
                for name in m12.sqlite_trigger_names():
                    cf.execute(f'DROP TRIGGER "{name}"')
        start, start_cpu = time.perf_counter(), time.process_time()
        with cf.atomic():
            if how == "paused":
                with summary.paused(cf, "bench") as touched:
                    cf.executemany(INSERT, data)
                    touched.update(r[0] for r in data)
            else:
                cf.executemany(INSERT, data)
        took = (time.perf_counter() - start, time.process_time() - start_cpu)
    path.unlink()
    return took


def best(runs: int, measure: Callable[[], tuple[float, float]]) -> tuple[float, float]:
    """The best wall time and the best CPU time of ``runs`` runs."""
    measured = [measure() for _ in range(runs)]
    return min(m[0] for m in measured), min(m[1] for m in measured)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--invoices", type=int, default=30_000)
    parser.add_argument("--customers", type=int, default=5_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--small", action="store_true",
                        help="a small file, once (CI: proves the benchmark still runs)")
    args = parser.parse_args()
    if args.small:
        args.invoices, args.customers, args.runs = 2_000, 200, 1
    OUT.mkdir(exist_ok=True)
    base = base_file(args.customers)
    figures = {how: best(args.runs, functools.partial(one, base, args.invoices, how))
               for how in ("kept", "paused", "bare")}
    print(f"{args.invoices} invoices into {args.customers} customers, best of {args.runs} "
          "(wall / CPU): " + ", ".join(
              f"{label} {figures[how][0]:.3f} / {figures[how][1]:.3f} s" for how, label in
              (("kept", "triggers"), ("paused", "paused"), ("bare", "no summary"))))
    print("bench: " + " ".join(f"{k}_s={v[0]:.3f} {k}_cpu_s={v[1]:.3f}"
                               for k, v in figures.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())

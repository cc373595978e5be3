"""Generate the benchmark company file: by default 100,000 invoices for 5,000 customers.

    python bench/generate.py [--out PATH] [--invoices N] [--customers N] [--days N] [--force]

Uses the app's own demo generator (``relance_desktop.services.demo``), so the data has the same
shape as the demo company: customers with the usual payment profiles, partial payments, calls
and call-back tasks. An existing file is reused unless ``--force`` is given. Dates are relative
to the day the file was generated; the open-item count shifts slowly as days pass.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time
from datetime import date
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
DEFAULT_OUT = BENCH_DIR / "out" / "bench-100k.relance"


def data_summary(path: Path, today: date | None = None) -> dict[str, int]:
    """Counts of what the file holds (plain sqlite3, read-only)."""
    today_iso = (today or date.today()).isoformat()
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        one = lambda sql, *a: conn.execute(sql, a).fetchone()[0]  # noqa: E731
        open_where = """
            FROM invoice i
            LEFT JOIN (SELECT invoice_id, SUM(amount_cents) AS paid FROM payment
                       GROUP BY invoice_id) p ON p.invoice_id = i.id
            WHERE i.state = 'open' AND i.amount_cents > COALESCE(p.paid, 0)"""
        return {
            "invoices": one("SELECT COUNT(*) FROM invoice"),
            "customers": one("SELECT COUNT(*) FROM customer"),
            "payments": one("SELECT COUNT(*) FROM payment"),
            "interactions": one("SELECT COUNT(*) FROM interaction"),
            "tasks": one("SELECT COUNT(*) FROM task"),
            "open": one("SELECT COUNT(*) " + open_where),
            "open_overdue": one("SELECT COUNT(*) " + open_where + " AND i.due_date < ?",
                                today_iso),
            "open_partly_paid": one("SELECT COUNT(*) " + open_where
                                    + " AND COALESCE(p.paid, 0) > 0"),
        }
    finally:
        conn.close()


def generate(out: Path, invoices: int, customers: int, days: int, force: bool) -> tuple[
        Path, float | None]:
    """Create the file (or reuse it). Returns (path, seconds spent, None when reused)."""
    if out.exists() and not force:
        return out, None
    from relance_desktop.services.demo import DemoSize, create_demo

    if out.exists():
        out.unlink()
    for extra in ("-wal", "-shm"):
        Path(str(out) + extra).unlink(missing_ok=True)
    started = time.perf_counter()
    create_demo(out, date.today(), DemoSize(customers=customers, invoices=invoices, days=days))
    return out, time.perf_counter() - started


def ensure(path: Path, invoices: int = 100_000, customers: int = 5_000, days: int = 730,
           quiet: bool = False) -> Path:
    """Used by bench/run.py: generate the file if it is missing."""
    if not path.exists():
        if not quiet:
            print(f"generating {path} ({invoices} invoices, {customers} customers)…", flush=True)
        _, took = generate(path, invoices, customers, days, force=False)
        if not quiet and took is not None:
            print(f"  generated in {took:.2f} s, {path.stat().st_size / 2**20:.1f} MiB",
                  flush=True)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--invoices", type=int, default=100_000)
    parser.add_argument("--customers", type=int, default=5_000)
    parser.add_argument("--days", type=int, default=730, help="spread of issue dates (days)")
    parser.add_argument("--force", action="store_true", help="regenerate an existing file")
    args = parser.parse_args(argv)
    path, took = generate(args.out, args.invoices, args.customers, args.days, args.force)
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

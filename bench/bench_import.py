"""Import benchmark: 100,000 lines of CSV and of FEC through the whole import, against a raw
``sqlite3`` ``executemany`` of the same rows.

    python bench/bench_import.py [--lines 100000] [--runs 3]
    python bench/bench_import.py --small   # 2,000 lines of each, one run (CI: no rot)

For each format, in a fresh process (so peak memory is its own):
- ``read_s``: the reader alone (file → records);
- ``import_s``: what the user waits for: ``imports.preview`` (read, match customers, plan)
  plus ``imports.apply`` (one transaction) into a new company file; ``import_cpu_s``: the
  same in CPU time (SQLite runs in the process), steadier than the wall clock on a busy machine;
- ``raw_s``: the same rows, already split (not timed), inserted with plain ``executemany`` into
  a scratch table in one committed transaction — the floor of any import;
- ``ratio``: import_s / raw_s (the issue's target: within 3×);
- ``floor_s``: what the import wrote (its rows of ``import_batch``, ``customer``, ``invoice``,
  ``payment``, ``audit_event``, read back from the company file, not timed), inserted again
  with plain ``executemany`` into a new company file — same schema, indexes, foreign keys and
  pragmas, one committed transaction: the floor of *this* import, where ``raw_s`` has no index
  and a narrower table; ``floor_ratio`` = import_s / floor_s (information, no target);
- ``rss_mb``: peak RSS of that process.

Files go to ``bench/out/`` (git-ignored). The last line is one ``bench:`` line of name=value
pairs. A measurement, not a test: the exit code is 0 either way.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
OUT = BENCH_DIR / "out"
sys.path.insert(0, str(BENCH_DIR.parent))
TODAY = date(2026, 11, 23)


def make_csv(path: Path, lines: int, customers: int = 5_000, seed: int = 7) -> None:
    """A French invoice-list export: « ; », decimal comma, DD/MM/YYYY, one row per invoice."""
    rng = random.Random(seed)
    names = [f"Client {n:05d} SARL" for n in range(customers)]
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow(["Client", "N° compte", "N° facture", "Date", "Échéance",
                         "Montant TTC", "Payé"])
        for n in range(lines):
            issued = TODAY - timedelta(days=rng.randrange(1, 720))
            cents = rng.randrange(5_000, 2_000_000)
            paid = rng.choice([0, 0, cents, cents // 2])
            customer = rng.randrange(customers)
            writer.writerow([
                names[customer], f"411{customer:05d}", f"F{issued.year}-{n:06d}",
                issued.strftime("%d/%m/%Y"), (issued + timedelta(days=30)).strftime("%d/%m/%Y"),
                f"{cents // 100},{cents % 100:02d}", f"{paid // 100},{paid % 100:02d}",
            ])


def raw_rows(path: Path, delimiter: str, encoding: str) -> list[tuple[str, ...]]:
    with path.open(encoding=encoding, newline="") as handle:
        return [tuple(row) for row in csv.reader(handle, delimiter=delimiter)][1:]


def raw_executemany(rows: list[tuple[str, ...]]) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        conn = sqlite3.connect(str(Path(tmp) / "raw.sqlite"), isolation_level=None)
        width = len(rows[0])
        conn.execute(f"CREATE TABLE t ({', '.join(f'c{i} TEXT' for i in range(width))})")
        started = time.perf_counter()
        conn.execute("BEGIN")
        conn.executemany(f"INSERT INTO t VALUES ({', '.join('?' * width)})", rows)
        conn.execute("COMMIT")
        elapsed = time.perf_counter() - started
        conn.close()
    return elapsed


WRITTEN = ("import_batch", "customer", "invoice", "payment", "audit_event")


def written_rows(conn: sqlite3.Connection, before: dict[str, int]) -> dict[str, list[tuple]]:
    """The rows of WRITTEN above the ids ``before`` (what an import added), in id order."""
    return {table: conn.execute(f"SELECT * FROM {table} WHERE id > ? ORDER BY id",
                                (before[table],)).fetchall() for table in WRITTEN}


def max_ids(conn: sqlite3.Connection) -> dict[str, int]:
    return {t: conn.execute(f"SELECT COALESCE(MAX(id), 0) FROM {t}").fetchone()[0]
            for t in WRITTEN}


def schema_floor(rows: dict[str, list[tuple]]) -> float:
    """``executemany`` of ``rows`` into a new company file, in one transaction (timed)."""
    from relance_desktop.store.database import create_company_file, open_company_file

    with tempfile.TemporaryDirectory() as tmp:
        company = create_company_file(Path(tmp) / "floor.relance", name="Bench")
        with open_company_file(company) as cf:
            conn = cf.raw()
            started = time.perf_counter()
            conn.execute("BEGIN")
            for table in WRITTEN:
                if rows[table]:
                    marks = ", ".join("?" * len(rows[table][0]))
                    conn.executemany(f"INSERT INTO {table} VALUES ({marks})", rows[table])
            conn.execute("COMMIT")
            return time.perf_counter() - started


def one(kind: str, path: Path, runs: int) -> dict[str, float | int]:
    """Run in a child process: the reader, the whole import, the raw floor."""
    from relance_desktop.services import imports
    from relance_desktop.store.database import create_company_file, open_company_file

    read, full, cpu, created = [], [], [], 0
    written: dict[str, list[tuple]] = {}
    rss = 0.0
    for run in range(runs):
        started = time.perf_counter()
        imports.read_file(path)
        read.append(time.perf_counter() - started)
        with tempfile.TemporaryDirectory() as tmp:
            company = create_company_file(Path(tmp) / "bench.relance", name="Bench")
            with open_company_file(company) as cf:
                before = max_ids(cf.raw())
                started, started_cpu = time.perf_counter(), time.process_time()
                plan = imports.preview(cf, [path], today=TODAY)
                summary = imports.apply(cf, plan)
                full.append(time.perf_counter() - started)
                cpu.append(time.process_time() - started_cpu)
                created = summary.invoices_created
                if run == runs - 1:  # the import's peak, before the rows are read back
                    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
                    written = written_rows(cf.raw(), before)
    rows = raw_rows(path, "\t" if kind == "fec" else ";", "utf-8")
    raw = statistics.median(raw_executemany(rows) for _ in range(runs))
    floor = statistics.median(schema_floor(written) for _ in range(runs))
    return {
        "lines": len(rows), "invoices": created,
        "read_s": statistics.median(read), "import_s": statistics.median(full),
        "import_cpu_s": statistics.median(cpu), "raw_s": raw,
        "floor_s": floor, "rss_mb": rss,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--one", choices=("csv", "fec"), help=argparse.SUPPRESS)
    parser.add_argument("--file", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--small", action="store_true",
                        help="2,000 lines of each format, one run: checks the benchmark still "
                             "works; no timing is asserted")
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.one, args.file, args.runs)))
        return 0
    if args.small:
        args.lines, args.runs = 2_000, 1
    OUT.mkdir(exist_ok=True)
    label = f"{args.lines // 1000}k" if args.lines % 1000 == 0 else str(args.lines)
    csv_path = OUT / f"bench-import-{label}.csv"
    if not csv_path.exists():
        make_csv(csv_path, args.lines)
    fec_path = OUT / ("bench-fec-small.txt" if args.small else "bench-fec-100k.txt")
    if not fec_path.exists():
        subprocess.run([sys.executable, str(BENCH_DIR / "bench_import_fec.py"), "--runs", "1",
                        *(["--small"] if args.small else [])],
                       check=True, stdout=subprocess.DEVNULL)
    results = {}
    for kind, path in (("csv", csv_path), ("fec", fec_path)):
        done = subprocess.run(
            [sys.executable, __file__, "--one", kind, "--file", str(path), "--runs",
             str(args.runs)], check=True, capture_output=True, text=True)
        results[kind] = json.loads(done.stdout.strip().splitlines()[-1])
        r = results[kind]
        ratio = r["import_s"] / r["raw_s"]
        print(f"{kind}: {r['lines']} lines → {r['invoices']} invoices imported; reader "
              f"{r['read_s']:.3f} s, whole import {r['import_s']:.3f} s (CPU "
              f"{r['import_cpu_s']:.3f} s), raw executemany "
              f"{r['raw_s']:.3f} s, ratio {ratio:.1f}× (target ≤ 3×: "
              f"{'PASS' if ratio <= 3 else 'FAIL'}); same rows into the app's schema "
              f"{r['floor_s']:.3f} s, ratio {r['import_s'] / r['floor_s']:.1f}×; "
              f"peak RSS {r['rss_mb']:.1f} MB")
    c, f = results["csv"], results["fec"]
    print(f"bench: csv_import_s={c['import_s']:.3f} csv_import_cpu_s={c['import_cpu_s']:.3f} "
          f"csv_raw_s={c['raw_s']:.3f} "
          f"csv_ratio={c['import_s'] / c['raw_s']:.1f} csv_floor_s={c['floor_s']:.3f} "
          f"csv_floor_ratio={c['import_s'] / c['floor_s']:.1f} csv_rss_mb={c['rss_mb']:.1f} "
          f"fec_import_s={f['import_s']:.3f} fec_import_cpu_s={f['import_cpu_s']:.3f} "
          f"fec_raw_s={f['raw_s']:.3f} "
          f"fec_ratio={f['import_s'] / f['raw_s']:.1f} fec_floor_s={f['floor_s']:.3f} "
          f"fec_floor_ratio={f['import_s'] / f['floor_s']:.1f} fec_rss_mb={f['rss_mb']:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

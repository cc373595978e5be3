"""Relance performance benchmark: start-up, list load, search-as-you-type and memory at 100k.

    python bench/run.py [--file PATH] [--runs 3] [--no-warmup] [--keep-env]

Generates the company file with bench/generate.py when it is missing. Start-up figures come from
fresh subprocesses (bench/_probe_app.py, bench/_probe_bare.py) under QT_QPA_PLATFORM=offscreen,
timed from just before the spawn, so interpreter start and imports count. See bench/README.md.

This is a measurement, not a test: it prints each figure with its target and PASS/FAIL and exits
0 either way. The last line is one ``bench: name=value …`` line for comparing runs.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))

from generate import DEFAULT_OUT, data_summary, ensure  # noqa: E402

# Targets from the issue.
START_FACTOR, START_SLACK_S = 1.3, 0.5
SEARCH_TARGET_MS = 50.0
RSS_TARGET_MB = 300.0

# The same rows as services.receivables.OPEN_ITEMS_SQL (open invoices not fully paid), with the
# invoice's own columns and the customer's name, fetched with the plain sqlite3 module.
RAW_SELECT_SQL = """
SELECT i.*, c.name
FROM invoice i
JOIN customer c ON c.id = i.customer_id
LEFT JOIN (SELECT invoice_id, SUM(amount_cents) AS paid FROM payment GROUP BY invoice_id) p
       ON p.invoice_id = i.id
WHERE i.state = 'open' AND i.amount_cents > COALESCE(p.paid, 0)
"""


# -- the machine ----------------------------------------------------------------------------
def machine() -> dict[str, str]:
    cpu = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "?"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram = f"{int(line.split()[1]) / 2**20:.1f} GiB"
                break
    except OSError:
        pass
    try:
        from importlib.metadata import version

        pyside = version("PySide6-Essentials")
    except Exception:
        pyside = "?"
    try:
        load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        load = "?"
    return {
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "ram": ram,
        "os": platform.platform(),
        "python": platform.python_version(),
        "pyside6": pyside,
        "loadavg": load,
    }


# -- subprocess probes ----------------------------------------------------------------------
def child_env(home: str, keep_env: bool) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["RELANCE_HOME"] = home  # no saved geometry, recent files or last file
    env.pop("BENCH_SPAWN_T", None)
    if not keep_env:
        # Installed apps start from bytecode caches; this sandbox sets PYTHONDONTWRITEBYTECODE and
        # the editable package has none, so every start would recompile it. Keep the caches in
        # bench/out/ (git-ignored) instead of next to the sources.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(BENCH_DIR / "out" / "pycache")
    return env


def probe(script: str, args: list[str], keep_env: bool) -> dict:
    with tempfile.TemporaryDirectory(prefix="relance-bench-") as home:
        env = child_env(home, keep_env)
        env["BENCH_SPAWN_T"] = repr(time.time())
        proc = subprocess.run(
            [sys.executable, str(BENCH_DIR / script), *args],
            env=env, capture_output=True, text=True, timeout=300,
        )
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(
            f"{script} failed (exit {proc.returncode}):\n{proc.stdout}\n{proc.stderr[-3000:]}")
    result = json.loads(lines[-1])
    if "error" in result:
        raise RuntimeError(f"{script}: {result['error']}")
    return result


# -- in-process timings ---------------------------------------------------------------------
def time_load(path: Path, runs: int) -> tuple[list[float], int]:
    from relance_desktop.services.receivables import open_items
    from relance_desktop.store.database import open_company_file

    times, count = [], 0
    for _ in range(runs):
        cf = open_company_file(path)  # a fresh connection, as when the app opens the file
        try:
            started = time.perf_counter()
            items = open_items(cf, date.today())
            times.append(time.perf_counter() - started)
            count = len(items)
        finally:
            cf.close()
    return times, count


def time_raw_select(path: Path, runs: int) -> tuple[list[float], int]:
    times, count = [], 0
    for _ in range(runs):
        conn = sqlite3.connect(str(path))
        try:
            started = time.perf_counter()
            rows = conn.execute(RAW_SELECT_SQL).fetchall()
            times.append(time.perf_counter() - started)
            count = len(rows)
        finally:
            conn.close()
    return times, count


# -- report ---------------------------------------------------------------------------------
def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    pos = (len(ordered) - 1) * q
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-warmup", action="store_true",
                        help="do not run one unmeasured start of each probe first")
    parser.add_argument("--keep-env", action="store_true",
                        help="run the probes with this environment as is (e.g. keep "
                             "PYTHONDONTWRITEBYTECODE, no bytecode cache in bench/out/)")
    args = parser.parse_args(argv)
    runs = max(1, args.runs)
    path = ensure(args.file.absolute())

    info = machine()
    summary = data_summary(path)
    print("Relance benchmark")
    print(f"  machine : {info['cpu']}, {info['cores']} cores, {info['ram']} RAM, {info['os']}")
    print(f"  software: Python {info['python']}, PySide6 {info['pyside6']}")
    print(f"  load    : {info['loadavg']} (1/5/15-min load average before the run)")
    print(f"  data    : {path.name} ({path.stat().st_size / 2**20:.1f} MiB): "
          f"{summary['invoices']} invoices, {summary['customers']} customers, "
          f"{summary['open']} open invoices listed ({summary['open_overdue']} overdue)")
    print(f"  runs    : {runs} (median){'' if args.no_warmup else ' after 1 warm-up start each'}")
    print(flush=True)

    app_args = [str(path)]
    if not args.no_warmup:
        probe("_probe_bare.py", [], args.keep_env)
        probe("_probe_app.py", [*app_args, "--no-search"], args.keep_env)
    bare_runs, app_runs = [], []
    for n in range(runs):
        bare_runs.append(probe("_probe_bare.py", [], args.keep_env))
        app_runs.append(probe("_probe_app.py", app_args, args.keep_env))
        print(f"  run {n + 1}/{runs}: start {app_runs[-1]['ready_s']:.3f} s, "
              f"bare {bare_runs[-1]['ready_s']:.3f} s", flush=True)

    load_times, load_count = time_load(path, runs)
    raw_times, raw_count = time_raw_select(path, runs)

    bare_s = statistics.median(r["ready_s"] for r in bare_runs)
    start_s = statistics.median(r["ready_s"] for r in app_runs)
    rss_mb = statistics.median(r["rss_mb"] for r in app_runs)
    rss_ready_mb = statistics.median(r["rss_ready_mb"] for r in app_runs)
    load_s = statistics.median(load_times)
    raw_s = statistics.median(raw_times)

    # Search: keystrokes that changed the text (Ctrl+A alone is not a search).
    per_run = [[k for k in r["search"] if k["changed"]] for r in app_runs]
    pooled = [k["ms"] for keys in per_run for k in keys]
    search_p50 = statistics.median(pooled)
    search_p90 = percentile(pooled, 0.9)
    search_max = statistics.median(max(k["ms"] for k in keys) for keys in per_run)

    start_target = START_FACTOR * bare_s + START_SLACK_S
    marks = {name: statistics.median(r["marks"][name] for r in app_runs)
             for name in app_runs[0]["marks"]}

    print()
    print("Start-up (process spawn → window shown, list populated and painted)")
    print(f"  bare_s   {bare_s:7.3f} s   bare PySide6 QMainWindow + QLabel, first paint")
    print(f"  start_s  {start_s:7.3f} s   target ≤ {START_FACTOR} × bare + {START_SLACK_S} = "
          f"{start_target:.3f} s   {verdict(start_s <= start_target)}")
    print(f"           steps (median, s since spawn): imports {marks['imports']:.3f} · "
          f"QApplication+session {marks['app']:.3f} · MainWindow {marks['window']:.3f} · "
          f"show {marks['shown']:.3f} · open_file {marks['opened']:.3f} · "
          f"painted {marks['painted']:.3f}")
    print(f"           rows in the list at start: {app_runs[0]['rows']} "
          f"(of {app_runs[0]['items']} open items; the default tab shows overdue ones)")
    print()
    print("Loading the list (in-process, fresh connection each run)")
    print(f"  load_s        {load_s:7.3f} s   services.receivables.open_items → "
          f"{load_count} OpenItem")
    print(f"  raw_select_s  {raw_s:7.3f} s   plain sqlite3 fetchall of the same {raw_count} rows "
          f"(i.*, c.name)   load/raw = {load_s / raw_s:.1f}×")
    print()
    print("Search-as-you-type (one keystroke → list filtered and repainted)")
    table: dict[int, list[float]] = {}
    for keys in per_run:
        for pos, k in enumerate(keys):
            table.setdefault(pos, []).append(k["ms"])
    ref = per_run[0]
    line = []
    for pos, k in enumerate(ref):
        shown = k["text"] if k["text"] else "∅"
        line.append(f"{shown!s}:{statistics.median(table[pos]):.0f}({k['rows']})")
    print("  per keystroke, text:ms(rows) —")
    for start in range(0, len(line), 6):
        print("    " + "  ".join(line[start:start + 6]))
    print(f"  p50 {search_p50:.1f} ms · p90 {search_p90:.1f} ms · worst {search_max:.1f} ms "
          f"(median over runs of each run's worst; {len(pooled)} keystrokes)")
    print(f"  search_ms {search_max:7.1f} ms  target ≤ {SEARCH_TARGET_MS:.0f} ms   "
          f"{verdict(search_max <= SEARCH_TARGET_MS)}")
    print()
    print("Memory (app subprocess, peak RSS)")
    print(f"  rss_mb    {rss_mb:7.1f} MB  target ≤ {RSS_TARGET_MB:.0f} MB   "
          f"{verdict(rss_mb <= RSS_TARGET_MB)}   (at populated window {rss_ready_mb:.1f} MB, "
          f"bare window {statistics.median(r['rss_mb'] for r in bare_runs):.1f} MB)")
    print()
    print(f"bench: start_s={start_s:.3f} bare_s={bare_s:.3f} load_s={load_s:.3f} "
          f"raw_select_s={raw_s:.3f} search_ms={search_max:.1f} rss_mb={rss_mb:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

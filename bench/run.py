"""Relance benchmark: what a user waits for, on a big company file.

    python bench/run.py [--size 100k|1m|small] [--file PATH] [--runs 3] [--no-warmup]
                        [--keep-env]
    python bench/run.py --small        # 2,000 invoices, one run, no warm-up (CI: no rot)

Measures, in fresh processes (bench/_probe_app.py, bench/_probe_bare.py) under
QT_QPA_PLATFORM=offscreen, timed from just before the spawn (so interpreter start and imports
count): start-up to the first page (Today) painted, the switch to the invoice list, search
keystrokes and header clicks (sorting) up to the list repainted, and peak RSS; side by side with
a bare PySide6 window and, in-process, a plain ``sqlite3`` query of the same rows. Generates
the company file with bench/generate.py when it is missing. See bench/README.md.

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
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))

from generate import data_summary, default_path, ensure  # noqa: E402

# Targets (the same at every size).
START_FACTOR, START_SLACK_S = 1.3, 0.5
TODAY_TARGET_MS = 100.0
SEARCH_WORST_MS, SEARCH_MEDIAN_MS = 50.0, 16.0
SORT_TARGET_MS = 150.0
RSS_TARGET_MB = 300.0

SIZES = {  # name: (invoices, customers)
    "small": (2_000, 100),
    "100k": (100_000, 5_000),
    "1m": (1_000_000, 50_000),
}

# The rows of the invoice list (every open invoice: state « open » and something left to pay,
# as the ``invoice_balance`` view says) with the customer's name, fetched with plain sqlite3:
# all of them, and the first screenful in the list's default order (most overdue first).
RAW_SELECT_SQL = """
SELECT i.*, c.name
FROM invoice i
JOIN customer c ON c.id = i.customer_id
WHERE i.state = 'open' AND i.amount_cents - i.paid_cents - i.credited_cents > 0
"""
RAW_PAGE_SQL = RAW_SELECT_SQL + " ORDER BY i.due_date, i.id LIMIT 100"


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
    return {
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "ram": ram,
        "os": platform.platform(),
        "python": platform.python_version(),
        "pyside6": pyside,
        "sqlite": sqlite3.sqlite_version,
    }


def loadavg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


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
        # Likewise the public holidays an installed app keeps after its first start.
        env["RELANCE_CACHE"] = str(BENCH_DIR / "out" / "cache")
    return env


def probe(script: str, args: list[str], keep_env: bool) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="relance-bench-") as home:
        env = child_env(home, keep_env)
        env["BENCH_SPAWN_T"] = repr(time.time())
        proc = subprocess.run(
            [sys.executable, str(BENCH_DIR / script), *args],
            env=env, capture_output=True, text=True, timeout=900,
        )
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(
            f"{script} failed (exit {proc.returncode}):\n{proc.stdout}\n{proc.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(lines[-1])
    if "error" in result:
        raise RuntimeError(f"{script}: {result['error']}")
    return result


# -- in-process timings ---------------------------------------------------------------------
def time_raw(path: Path, sql: str, runs: int) -> tuple[list[float], int]:
    times, count = [], 0
    for _ in range(runs):
        conn = sqlite3.connect(str(path))
        try:
            started = time.perf_counter()
            rows = conn.execute(sql).fetchall()
            times.append(time.perf_counter() - started)
            count = len(rows)
        finally:
            conn.close()
    return times, count


def time_old_load(path: Path, runs: int) -> tuple[list[float], int] | None:
    """``services.receivables.open_items`` (what the list loaded in full before paging), on a
    fresh connection each run; None where that service is gone."""
    try:
        from relance_desktop.services.receivables import open_items
    except ImportError:
        return None
    from relance_desktop.store.database import open_company_file

    times, count = [], 0
    for _ in range(runs):
        cf = open_company_file(path)
        try:
            started = time.perf_counter()
            items = open_items(cf, date.today())
            times.append(time.perf_counter() - started)
            count = len(items)
        finally:
            cf.close()
    return times, count


def time_groups(path: Path, runs: int) -> dict[str, float]:
    """In-process, the grouped list's reads (services.lists), median ms over ``runs``: the first
    100 customers most overdue first (« Échues », the default), the first customer's invoices,
    and the first 100 customers by what they owe (every overdue invoice added up)."""
    from relance_desktop.services import list_groups, lists
    from relance_desktop.store.database import open_company_file
    from relance_desktop.views.invoice_cells import Scope

    times: dict[str, list[float]] = {"first": [], "invoices": [], "by_total": []}
    cf = open_company_file(path)
    try:
        flt = lists.InvoiceFilter(date.today(), Scope.OVERDUE.buckets())
        for _ in range(runs):
            started = time.perf_counter()
            groups = list_groups.customer_groups(cf, flt, lists.InvoiceOrder.DAYS, True,
                                           list_groups.GroupWalk(), 100)
            times["first"].append(time.perf_counter() - started)
            if groups:
                started = time.perf_counter()
                list_groups.group_invoices(cf, flt, groups[0].customer_id, groups[0].currency,
                                     lists.InvoiceOrder.DAYS, True, 0, 100)
                times["invoices"].append(time.perf_counter() - started)
            started = time.perf_counter()
            list_groups.customer_groups(cf, flt, lists.InvoiceOrder.STILL_DUE, True,
                                  list_groups.GroupWalk(), 100)
            times["by_total"].append(time.perf_counter() - started)
    finally:
        cf.close()
    return {name: statistics.median(t) * 1000 for name, t in times.items() if t}


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


def grouped_report(app_runs: list[dict[str, Any]], reads: dict[str, float]) -> str:
    """Print the grouped list's figures (median over runs); their ``name=value`` words."""
    med = statistics.median
    runs = [r["grouped"] for r in app_runs if r.get("grouped", {}).get("rows")]
    if not runs:
        return ""
    grouped_ms = med(g["ms"] for g in runs)
    expand_ms = med(g["expand_ms"] for g in runs)
    group_sort_ms = med(g["sort_ms"] for g in runs)
    first = runs[0]
    print("Grouped by customer (« Grouper par client », a tree read as it is opened)")
    print(f"  grouped_ms     {grouped_ms:7.1f} ms  click → the customers painted "
          f"({first['rows']} customers read)")
    print(f"  expand_ms      {expand_ms:7.1f} ms  the first customer opened → its invoices "
          f"painted ({first['expand_rows']} invoices"
          f"{'; a short list: opened, read already' if first['already_open'] else ''})")
    print(f"  group_sort_ms  {group_sort_ms:7.1f} ms  click on « Reste dû » → the customers by "
          f"their total painted ({first['rows_after']} customers read)")
    print("  in-process reads (services.lists, « Échues »): first 100 customers "
          f"{reads.get('first', 0):.1f} ms · a customer's invoices {reads.get('invoices', 0):.1f} "
          f"ms · first 100 by total {reads.get('by_total', 0):.1f} ms")
    print()
    return (f" grouped_ms={grouped_ms:.1f} expand_ms={expand_ms:.1f} "
            f"group_sort_ms={group_sort_ms:.1f} groups_read_ms={reads.get('first', 0):.1f} "
            f"group_invoices_ms={reads.get('invoices', 0):.1f} "
            f"groups_by_total_ms={reads.get('by_total', 0):.1f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=tuple(SIZES), default="100k",
                        help="company file to generate/use (default 100k)")
    parser.add_argument("--small", action="store_true",
                        help="= --size small --runs 1 --no-warmup: a quick run that checks the "
                             "benchmark still works (no timing is asserted)")
    parser.add_argument("--file", type=Path, help="use this company file instead")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-warmup", action="store_true",
                        help="do not run one unmeasured start of each probe first")
    parser.add_argument("--keep-env", action="store_true",
                        help="run the probes with this environment as is (e.g. keep "
                             "PYTHONDONTWRITEBYTECODE, no bytecode cache in bench/out/)")
    args = parser.parse_args(argv)
    if args.small:
        args.size, args.runs, args.no_warmup = "small", 1, True
    runs = max(1, args.runs)
    invoices, customers = SIZES[args.size]
    path = args.file.absolute() if args.file else default_path(invoices)
    if not args.file:
        ensure(path, invoices, customers)
    load_before = loadavg()

    info = machine()
    summary = data_summary(path)
    print("Relance benchmark")
    print(f"  machine : {info['cpu']}, {info['cores']} cores, {info['ram']} RAM, {info['os']}")
    print(f"  software: Python {info['python']}, PySide6 {info['pyside6']}, "
          f"SQLite {info['sqlite']}")
    print(f"  load    : {load_before} (1/5/15-min load average before the run)")
    print(f"  data    : {path.name} ({path.stat().st_size / 2**20:.1f} MiB): "
          f"{summary['invoices']} invoices, {summary['customers']} customers, "
          f"{summary['open']} open invoices ({summary['open_overdue']} overdue)")
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
        r = app_runs[-1]
        print(f"  run {n + 1}/{runs}: start {r['ready_s']:.3f} s (Today {r['today_ms']:.0f} ms "
              f"after the file is open), bare {bare_runs[-1]['ready_s']:.3f} s, "
              f"list {r['switch']['ms']:.0f} ms", flush=True)

    raw_times, raw_count = time_raw(path, RAW_SELECT_SQL, runs)
    page_times, page_count = time_raw(path, RAW_PAGE_SQL, runs)
    old = time_old_load(path, runs)
    group_reads = time_groups(path, runs)

    med = statistics.median
    bare_s = med(r["ready_s"] for r in bare_runs)
    start_s = med(r["ready_s"] for r in app_runs)
    today_ms = med(r["today_ms"] for r in app_runs)
    switch_ms = med(r["switch"]["ms"] for r in app_runs)
    rss_mb = med(r["rss_mb"] for r in app_runs)
    rss_ready_mb = med(r["rss_ready_mb"] for r in app_runs)
    raw_s = med(raw_times)
    raw_page_ms = med(page_times) * 1000

    # Search: keystrokes that changed the text (Ctrl+A alone is not a search).
    per_run = [[k for k in r["search"] if k["changed"]] for r in app_runs]
    pooled = [k["ms"] for keys in per_run for k in keys]
    search_p50 = med(pooled)
    search_p90 = percentile(pooled, 0.9)
    search_max = med(max(k["ms"] for k in keys) for keys in per_run)
    sort_max = med(max(s["ms"] for s in r["sort"]) for r in app_runs)
    sort_p50 = med(s["ms"] for r in app_runs for s in r["sort"])

    start_target = START_FACTOR * bare_s + START_SLACK_S
    marks = {name: med(r["marks"][name] for r in app_runs if name in r["marks"])
             for name in app_runs[0]["marks"]}

    print()
    print("Start-up (process spawn → window shown, file open, Today page painted)")
    print(f"  bare_s    {bare_s:7.3f} s   bare PySide6 QMainWindow + QLabel, first paint")
    print(f"  start_s   {start_s:7.3f} s   target ≤ {START_FACTOR} × bare + {START_SLACK_S} = "
          f"{start_target:.3f} s   {verdict(start_s <= start_target)}")
    print(f"  today_ms  {today_ms:7.1f} ms  file open → Today painted   target ≤ "
          f"{TODAY_TARGET_MS:.0f} ms   {verdict(today_ms <= TODAY_TARGET_MS)}")
    print("            steps (median, s since spawn): " + " · ".join(
        f"{name} {marks[name]:.3f}" for name in
        ("imports", "app", "window", "shown", "file_open", "opened", "painted") if name in marks))
    print(f"            rows on the Today page: {app_runs[0]['today_rows']}")
    print()
    print("Invoice list (« Factures en retard »)")
    print(f"  switch_ms {switch_ms:7.1f} ms  sidebar click → list painted "
          f"({app_runs[0]['switch']['rows']} rows in the model)")
    print()
    print("Search-as-you-type (one keystroke → list filtered and repainted)")
    table: dict[int, list[float]] = {}
    for keys in per_run:
        for pos, k in enumerate(keys):
            table.setdefault(pos, []).append(k["ms"])
    line = []
    for pos, k in enumerate(per_run[0]):
        shown = k["text"] if k["text"] else "∅"
        line.append(f"{shown!s}:{med(table[pos]):.0f}({k['rows']})")
    print("  per keystroke, text:ms(rows in the model) —")
    for begin in range(0, len(line), 6):
        print("    " + "  ".join(line[begin:begin + 6]))
    print(f"  search_ms        {search_max:7.1f} ms  worst keystroke (median over runs)   "
          f"target ≤ {SEARCH_WORST_MS:.0f} ms   {verdict(search_max <= SEARCH_WORST_MS)}")
    print(f"  search_p50_ms    {search_p50:7.1f} ms  median keystroke ({len(pooled)})   "
          f"target ≤ {SEARCH_MEDIAN_MS:.0f} ms   {verdict(search_p50 <= SEARCH_MEDIAN_MS)}"
          f"   (p90 {search_p90:.1f} ms)")
    print()
    print("Sorting (click on a column header → list repainted)")
    sorts: dict[int, list[float]] = {}
    for r in app_runs:
        for pos, s in enumerate(r["sort"]):
            sorts.setdefault(pos, []).append(s["ms"])
    print("    " + "  ".join(f"{s['name']}:{med(sorts[pos]):.0f}"
                             for pos, s in enumerate(app_runs[0]["sort"])))
    print(f"  sort_ms   {sort_max:7.1f} ms  worst click (median {sort_p50:.1f} ms)   "
          f"target ≤ {SORT_TARGET_MS:.0f} ms   {verdict(sort_max <= SORT_TARGET_MS)}")
    print()
    group_text = grouped_report(app_runs, group_reads)
    print("Memory (app subprocess, peak RSS)")
    print(f"  rss_mb    {rss_mb:7.1f} MB  target ≤ {RSS_TARGET_MB:.0f} MB   "
          f"{verdict(rss_mb <= RSS_TARGET_MB)}   (at the Today page {rss_ready_mb:.1f} MB, "
          f"bare window {med(r['rss_mb'] for r in bare_runs):.1f} MB)")
    print()
    print("Floors (in-process, plain sqlite3, fresh connection each run)")
    print(f"  raw_select_s  {raw_s:7.3f} s   every open invoice + customer name "
          f"({raw_count} rows, fetchall)")
    print(f"  raw_page_ms   {raw_page_ms:7.1f} ms  the first 100 of them, most overdue first "
          f"({page_count} rows)")
    old_text = ""
    if old is not None:
        old_s = med(old[0])
        print(f"  open_items_s  {old_s:7.3f} s   services.receivables.open_items, the whole list "
              f"in Python ({old[1]} items)")
        old_text = f" open_items_s={old_s:.3f}"
    print(f"  load average after the run: {loadavg()}")
    print()
    print(f"bench: size={args.size} invoices={summary['invoices']} start_s={start_s:.3f} "
          f"bare_s={bare_s:.3f} today_ms={today_ms:.1f} switch_ms={switch_ms:.1f} "
          f"search_ms={search_max:.1f} search_p50_ms={search_p50:.1f} sort_ms={sort_max:.1f} "
          f"rss_mb={rss_mb:.1f} raw_select_s={raw_s:.3f} raw_page_ms={raw_page_ms:.1f}"
          f"{old_text}{group_text} load={load_before.split()[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

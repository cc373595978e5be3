"""Benchmark: the day's dunning proposals (``services.dunning.day_actions``) on a big company,
and validating letters through the « Actions du jour » page.

    .venv/bin/python bench/bench_dunning.py [--size 100k|1m] [--runs 5] [--letters 500]
    .venv/bin/python bench/bench_dunning.py --small   # 2,000 invoices, one run, 50 letters

Issue requirements: "On the benchmark company (100,000 invoices, 5,000 customers) the day's
proposals are computed in ≤ 300 ms", and "500 letters validated go through the batch with
progress and cancel" (no time is set for those: the figure is reported).

The company file is bench/generate.py's (made once in bench/out, as bench/run.py does), copied
to a temporary folder so the history written here never touches it. On the copy, the dunning
history of the last weeks is written first: the proposals of 30, 20 and 10 days ago, all
carried out (``record_done``), so the engine reads a real history. Then ``day_actions`` for
today (*D*) is timed, in-process, two ways:

- **cold** (``cold_ms``): no valid row in the dunning index (``dunning_quiet``, migration 14),
  as on the first morning after an upgrade or after a scenario was edited: every customer
  owing something is read. Each of ``--runs`` starts from the index emptied, the session open.
- **next morning** (``dunning_ms``, the figure held against the 300 ms target): the index as
  ``day_actions`` left it on the previous sending day *D−1* (run once, from cold); then for
  each of ``--runs``, those rows put back, the file closed and opened again, and ``day_actions``
  for *D* timed: only the customers whose quiet day has come (or who had an action on *D−1*)
  are read. The same again without the tones kept with the rows (the profiles of the day's
  proposals counted: the case of customers whose first action it is), ``dunning_toneless_ms``.

Next to them, a floor: the rows of the full computation read with plain ``sqlite3`` and no
Python objects (``raw_ms``), so runs made at different loads of the shared machine can be
compared.

The calendar of the whole book (``book_calendar``, 60 days) is timed once after (no target).

Letters (:func:`_letters`): a company made for the purpose, ``--letters`` customers each owing
one invoice 16 days late (the French business scenario's first reminder letter is due), shown
in the page offscreen; all ticked, « Valider » clicked, the folder question answered, the
letters produced through the letter batch on a worker thread (progress dialog shown), until the
page is idle again. Timed: the page's first reading (``reload``), and the validation from the
click to the list read again (``letters_s``, and per letter).

A measurement, not a test: each figure is printed with its target and PASS/FAIL and the exit
code is 0 either way. The last line is one ``bench: name=value …`` line.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR))
sys.path.insert(0, str(BENCH_DIR.parent))

from generate import default_path, ensure  # noqa: E402

from relance_desktop.services import dunning  # noqa: E402
from relance_desktop.store.database import open_company_file  # noqa: E402

TARGET_MS = 300.0
SIZES = {"small": (2_000, 100), "100k": (100_000, 5_000), "1m": (1_000_000, 50_000)}


def _history(cf: object, today: date) -> int:
    """Carry out the proposals of 30, 20 and 10 days ago; the number of steps recorded."""
    written = 0
    for back in (30, 20, 10):
        day = today - timedelta(days=back)
        while day.weekday() >= 5:
            day -= timedelta(days=1)
        for action in dunning.day_actions(cf, day):  # type: ignore[arg-type]
            dunning.record_done(cf, action, day)  # type: ignore[arg-type]
            written += 1
    return written


# The floor: what the service must read at least, with plain sqlite3 (no Python objects): every
# open invoice (as ``invoice_balance`` says) and the dunning history with its invoices.
RAW_SQL = (
    "SELECT b.customer_id, b.invoice_id, b.number, b.due_date, b.amount_cents, b.due_cents "
    "FROM invoice_balance b WHERE b.state = 'open' "
    "AND b.amount_cents - b.paid_cents - b.credited_cents > 0 AND b.kind = 'invoice'",
    "SELECT a.customer_id, a.scenario_key, a.position, a.channel, a.done_on, a.outcome, "
    "(SELECT GROUP_CONCAT(l.invoice_id, ',') FROM dunning_action_invoice l "
    "WHERE l.action_id = a.id) FROM dunning_action a ORDER BY a.id",
)


def _previous_sending_day(day: date) -> date:
    day -= timedelta(days=1)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def _forget_index(cf: object) -> None:
    """Every row of the dunning index stale (the counters kept): a cold morning."""
    with cf.atomic():  # type: ignore[attr-defined]
        cf.execute('UPDATE "dunning_quiet" SET "seen" = NULL')  # type: ignore[attr-defined]


def _timed_day(cf: object, today: date) -> tuple[float, int]:
    started = time.perf_counter()
    count = len(dunning.day_actions(cf, today))  # type: ignore[arg-type]
    return (time.perf_counter() - started) * 1000, count


def _quiet_count(cf: object, today: date) -> int:
    """How many customers the index leaves out on ``today`` (fingerprint aside)."""
    return int(cf.scalar(  # type: ignore[attr-defined]
        'SELECT COUNT(*) FROM "dunning_quiet" WHERE "seen" = "changes" AND "computed_on" <= ? '
        'AND "quiet_until" > ?', (today.isoformat(), today.isoformat())))


def _next_morning(path: Path, today: date, runs: int, *, tones: bool = True
                  ) -> tuple[list[float], int, int]:
    """The next-morning timings (see the module), the proposals and the customers left out.
    ``tones`` false: the profiles kept with the rows forgotten (each proposal's profile
    counted again, as for customers whose first action it is)."""
    cf = open_company_file(path)
    try:
        _forget_index(cf)
        dunning.day_actions(cf, _previous_sending_day(today))
        kept = cf.tuples('SELECT * FROM "dunning_quiet"')
        if not tones:  # the tone is the table's last column
            kept = [(*row[:-1], "") for row in kept]
        marks = ", ".join("?" for _ in kept[0]) if kept else ""
        left_out = _quiet_count(cf, today)
    finally:
        cf.close()
    timings, count = [], 0
    for _ in range(runs):
        cf = open_company_file(path)
        try:
            with cf.atomic():  # the rows of D−1 again, as if D had not been run yet
                cf.execute('DELETE FROM "dunning_quiet"')
                if kept:
                    cf.executemany(f'INSERT INTO "dunning_quiet" VALUES ({marks})', kept)
            cf.close()
            cf = open_company_file(path)
            took, count = _timed_day(cf, today)
            timings.append(took)
        finally:
            cf.close()
    return timings, count, left_out


def _raw_ms(path: Path, runs: int) -> float:
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        timings = []
        for _ in range(runs):
            started = time.perf_counter()
            for sql in RAW_SQL:
                conn.execute(sql).fetchall()
            timings.append((time.perf_counter() - started) * 1000)
        return statistics.median(timings)
    finally:
        conn.close()


def _letter_company(path: Path, count: int, today: date) -> None:
    from dataclasses import replace

    from relance_desktop.services.company import company_input, missing_for_letters, update_company
    from relance_desktop.store.database import create_company_file
    from relance_desktop.store.models import Customer, Invoice

    create_company_file(path, name="Banc d'essai SARL", country="FR",
                        address="1 rue du Banc", postcode="75001", city="Paris")
    cf = open_company_file(path)
    try:
        with cf.use(), cf.atomic():
            due = today - timedelta(days=16)
            for n in range(1, count + 1):
                customer = Customer.create(name=f"Client {n:04d}", address=f"{n} rue de la Paix",
                                           postcode="75002", city="Paris")
                Invoice.create(customer=customer, number=f"F-{n:05d}",
                               issue_date=due - timedelta(days=30), due_date=due,
                               amount_cents=10_000 + n)
        # What every letter prints about the sender: without it the page stops (a modal box)
        # and asks for it, which a benchmark cannot answer.
        update_company(cf, replace(
            company_input(cf), street="1 rue du Banc", company_number="443 061 841",
            email="compta@banc-essai.example",
            iban="FR76 3000 6000 0112 3456 7890 189", phone="01 42 00 00 00"))
        missing = missing_for_letters(cf)
        assert not missing, f"the bench company still lacks {missing}"
    finally:
        cf.close()


def _letters(count: int, today: date) -> dict[str, float]:
    """Validate ``count`` letters through the page; the timings (see the module)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from relance_desktop.formatting import Formatter
    from relance_desktop.settings import Settings
    from relance_desktop.views import actions_page
    from relance_desktop.views.common import Session

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="bench-letters-") as folder:
        path = Path(folder) / "Banc.relance"
        _letter_company(path, count, today)
        out = Path(folder) / "courriers"
        out.mkdir()
        session = Session(settings=Settings(Path(folder) / "settings.json"),
                          formatter=Formatter("fr_FR"), today=lambda: today)
        cf = open_company_file(path)
        reports: list[str] = []

        def report(*args: object) -> QMessageBox.StandardButton:  # the page's report: no click
            reports.append(str(args[-1]))
            return QMessageBox.StandardButton.Ok

        QMessageBox.information = report  # type: ignore[method-assign,assignment]
        try:
            page = actions_page.ActionsPage(session)
            started = time.perf_counter()
            page.set_company(cf)
            reload_s = time.perf_counter() - started
            proposed = len(page.actions)
            page.ask_folder = lambda: str(out)  # type: ignore[method-assign]
            page.check_all()
            started, cpu = time.perf_counter(), time.process_time()
            page.validate()
            while page.job is not None:
                app.processEvents()
                QCoreApplication.sendPostedEvents()
                time.sleep(0.005)
            letters_s = time.perf_counter() - started
            cpu_s = time.process_time() - cpu  # every thread of the process: less load-bound
            written = len(list(out.glob("*.pdf")))
            left = len(page.actions)
            page.set_company(None)
            page.deleteLater()
        finally:
            cf.close()
    return {"count": count, "proposed": proposed, "reload_s": reload_s,
            "letters_s": letters_s, "cpu_s": cpu_s, "pdf_files": written, "left": left,
            "report": " / ".join(reports).replace("\n", " | ")[:300]}  # type: ignore[dict-item]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", choices=sorted(SIZES), default="100k")
    parser.add_argument("--small", action="store_true", help="2,000 invoices, one run")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--letters", type=int, default=None,
                        help="letters validated through the page (500; 50 with --small)")
    args = parser.parse_args(argv)
    letters = args.letters if args.letters is not None else (50 if args.small else 500)
    size = "small" if args.small else args.size
    runs = 1 if args.small else max(1, args.runs)
    invoices, customers = SIZES[size]
    source = ensure(default_path(invoices), invoices, customers)
    today = date.today()
    while today.weekday() >= 5:  # a sending day, so that there is something to propose
        today -= timedelta(days=1)
    with tempfile.TemporaryDirectory(prefix="bench-dunning-") as folder:
        path = Path(folder) / source.name
        shutil.copyfile(source, path)
        cf = open_company_file(path)
        try:
            started = time.perf_counter()
            steps = _history(cf, today)
            history_s = time.perf_counter() - started
            cold, count = [], 0
            for _ in range(runs):
                _forget_index(cf)
                took, count = _timed_day(cf, today)
                cold.append(took)
            started = time.perf_counter()
            calendar_days = dunning.book_calendar(cf, today, 60)
            calendar_ms = (time.perf_counter() - started) * 1000
        finally:
            cf.close()
        timings, morning_count, left_out = _next_morning(path, today, runs)
        toneless, _, _ = _next_morning(path, today, runs, tones=False)
        raw = _raw_ms(path, runs)
    median, cold_median = statistics.median(timings), statistics.median(cold)
    verdict = "PASS" if median <= TARGET_MS else "FAIL"
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"history written: {steps} steps done on 3 past days in {history_s:.1f} s")
    print(f"day_actions cold (no valid index row): {count} proposals, median of {runs} "
          f"{cold_median:.0f} ms (first {cold[0]:.0f} ms)")
    print(f"day_actions next morning (index of {_previous_sending_day(today)}, file reopened): "
          f"{morning_count} proposals, {left_out} customers left out, median of {runs} "
          f"{median:.0f} ms (first {timings[0]:.0f} ms; target ≤ {TARGET_MS:.0f} ms) {verdict}")
    print(f"  the same without the tones kept (every proposal's profile counted): median "
          f"{statistics.median(toneless):.0f} ms")
    assert morning_count == count, "the index changed the day's proposals"
    planned = sum(sum(d.counts.values()) for d in calendar_days)
    print(f"book calendar (60 days, the « Calendrier » tab): {planned} actions on "
          f"{len(calendar_days)} days in {calendar_ms:.0f} ms (one run; no target)")
    print(f"raw floor (plain sqlite3: open invoices + history, no objects): {raw:.0f} ms")
    run = _letters(letters, today)
    per_letter = 1000 * run["letters_s"] / max(1, run["count"])
    print(f"letters through « Actions du jour »: {run['proposed']} proposed, page read in "
          f"{run['reload_s']:.2f} s; {run['count']} validated in {run['letters_s']:.1f} s "
          f"({per_letter:.0f} ms a letter; CPU {run['cpu_s']:.1f} s), "
          f"{run['pdf_files']} PDF file(s), {run['left']} left to do; report: {run['report']}")
    print(f"bench: dunning_ms={median:.0f} dunning_first_ms={timings[0]:.0f} "
          f"dunning_cold_ms={cold_median:.0f} "
          f"dunning_toneless_ms={statistics.median(toneless):.0f} "
          f"quiet_customers={left_out} raw_ms={raw:.0f} "
          f"proposals={count} history_steps={steps} size={size} calendar_ms={calendar_ms:.0f} "
          f"letters={run['count']} "
          f"letters_s={run['letters_s']:.1f} letters_cpu_s={run['cpu_s']:.1f} "
          f"letter_ms={per_letter:.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

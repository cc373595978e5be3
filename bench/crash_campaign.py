"""Crash campaign: SIGKILL an import, a letter batch and a migration at random moments, then
check what a user would find.

    .venv/bin/python bench/crash_campaign.py [--runs 20] [--seed 1] [--budget 1500]
    .venv/bin/python bench/crash_campaign.py --small    # 3 runs each, small files (CI)

Each run starts from the same company file (copied), starts the real command in its own
process (``relance-desktop import … --yes``, ``relance-desktop letters … --all-due``, or the
opening of a file of an older schema, which migrates it), kills it with SIGKILL after a random
delay drawn over the time an undisturbed run takes (half of the letter kills aimed instead at
the moment the first PDF appears: the documents are recorded and the files are being given their
names), then checks:

- the file opens in Relance (``open_company_file``) and ``PRAGMA integrity_check`` is ok;
- import: all or nothing (no invoice, or all of them with their import batch);
- letters: every PDF in the folder has its record with the same bytes; records without their
  file yet are counted (an interrupted batch: the rerun writes them);
- migration: the data is all there, one backup per schema version at most, each complete;
- a rerun of the same command completes (exit 0) and leaves no duplicate: one import batch,
  one letter per customer, every record's file on disk, no scratch file left.

Bounded in time: ``--budget`` seconds in all (the runs not made are reported), and each
process is given at most 5× the calibrated time. Exit code 1 if any check failed.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from relance_desktop.store.database import (  # noqa: E402
    APPLICATION_ID,
    create_company_file,
    open_company_file,
)
from relance_desktop.store.migrations import (  # noqa: E402
    MIGRATIONS,
    SCHEMA_VERSION,
    MigrationConnection,
)

LETTER_DATE = date(2026, 11, 23)
OLD_VERSION = 4  # the migration scenario starts from a file of this schema


@dataclass
class Scenario:
    name: str
    runs: int = 0
    killed: int = 0  # the process was still running when killed
    failures: list[str] = field(default_factory=list)
    states: Counter[str] = field(default_factory=Counter)  # what the kill left, by kind


# -- processes ----------------------------------------------------------------------------------
def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ, RELANCE_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return env


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "relance_desktop", *args]


def _open_cmd(path: Path) -> list[str]:
    code = ("import sys; from relance_desktop.store.database import open_company_file; "
            "open_company_file(sys.argv[1]).close()")
    return [sys.executable, "-c", code, str(path)]


def _run(cmd: list[str], env: dict[str, str], timeout: float) -> tuple[int, str]:
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout,
                          check=False)
    return done.returncode, done.stderr


def _run_and_kill(cmd: list[str], env: dict[str, str], delay: float,
                  after: Callable[[], bool] | None = None, limit: float = 600) -> bool:
    """Start ``cmd``, SIGKILL it ``delay`` s after it starts (or, with ``after``, ``delay`` s
    after ``after()`` first holds); whether it was still running when killed."""
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if after is not None:
        give_up = time.monotonic() + limit
        while not after() and proc.poll() is None and time.monotonic() < give_up:
            time.sleep(0.002)
    try:
        proc.wait(timeout=delay)
        return False
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        return True


def _timed(cmd: list[str], env: dict[str, str], prepare: Callable[[], None]) -> float:
    """How long an undisturbed run takes (the faster of two: the first warms the caches)."""
    times = []
    for _ in range(2):
        prepare()
        start = time.perf_counter()
        code, err = _run(cmd, env, timeout=600)
        if code != 0:
            raise SystemExit(f"calibration run failed ({code}): {err[-2000:]}")
        times.append(time.perf_counter() - start)
    return min(times)


# -- what the file holds ------------------------------------------------------------------------
def _opens(path: Path) -> str | None:
    """None if the file opens in Relance with integrity ok, else why not."""
    try:
        with open_company_file(path) as cf:
            check = cf.scalar("PRAGMA integrity_check")
    except Exception as exc:  # any failure to open is a finding
        return f"does not open: {exc}"
    return None if check == "ok" else f"integrity_check: {check}"


def _query(path: Path, sql: str) -> list[tuple[object, ...]]:
    with open_company_file(path) as cf:
        return cf.tuples(sql)


# -- import -------------------------------------------------------------------------------------
def _csv(path: Path, lines: int, customers: int) -> None:
    rows = ["Client;N° facture;Date;Échéance;Montant TTC"]
    rows += [f"Client {n % customers:05d};F{n:07d};01/09/2026;01/10/2026;{100 + n % 9000},50"
             for n in range(lines)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")


def campaign_import(work: Path, runs: int, lines: int, rng: random.Random, env: dict[str, str],
                    deadline: float) -> Scenario:
    result = Scenario("import")
    pristine = create_company_file(work / "import-pristine.relance", name="Import SARL")
    csv = work / "export.csv"
    _csv(csv, lines, max(1, lines // 20))
    company = work / "import.relance"

    def fresh() -> None:
        for p in work.glob("import.relance*"):
            p.unlink()
        shutil.copy(pristine, company)

    cmd = _cli("import", str(company), str(csv), "--yes")
    full = _timed(cmd, env, fresh)
    for _ in range(runs):
        if time.monotonic() > deadline:
            break
        fresh()
        result.runs += 1
        result.killed += _run_and_kill(cmd, env, rng.uniform(0.0, full))
        problem = _opens(company)
        if problem:
            result.failures.append(problem)
            continue
        ((invoices, batches),) = _query(
            company, "SELECT (SELECT COUNT(*) FROM invoice), (SELECT COUNT(*) FROM import_batch)")
        state = {(0, 0): "nothing", (lines, 1): "all"}.get((invoices, batches))
        if state is None:
            result.failures.append(f"partial import: {invoices} invoices, {batches} batches")
            continue
        result.states[state] += 1
        code, err = _run(cmd, env, timeout=full * 5 + 30)
        if code != 0:
            result.failures.append(f"rerun failed ({code}): {err[-500:]}")
            continue
        after = _query(company, "SELECT (SELECT COUNT(*) FROM invoice), "
                       "(SELECT COUNT(*) FROM import_batch), (SELECT COUNT(*) FROM customer)")
        if after[0][:2] != (lines, 1):
            result.failures.append(f"after the rerun: {after[0]}")
    return result


# -- letters ------------------------------------------------------------------------------------
def _letters_company(path: Path, customers: int) -> None:
    from relance_desktop.services.customers import CustomerInput, create_customer
    from relance_desktop.services.invoices import InvoiceInput, create_invoice

    create_company_file(path, name="Courriers SARL", country="FR", street="12 rue des Lilas",
                        postcode="69003", city="Lyon", company_number="443061841",
                        iban="FR7630006000011234567890189", email="compta@courriers.example",
                        phone="+33472000000")  # all a letter prints about its sender
    with open_company_file(path) as cf:
        for n in range(customers):
            cid = create_customer(cf, CustomerInput(name=f"Client {n:04d}", account=f"411{n:05d}",
                                                    street=f"{n} rue des Lilas", postcode="69003",
                                                    city="Lyon"))
            create_invoice(cf, InvoiceInput(cid, f"F-{n:05d}", date(2026, 9, 1),
                                            date(2026, 10, 1), 10_000 + n * 37))


def _letter_state(company: Path, out: Path) -> tuple[str, str | None]:
    """What a kill left: (state, problem)."""
    rows = _query(company, "SELECT d.customer_id, d.path, a.sha256 FROM document d "
                  "LEFT JOIN attachment a ON a.id = d.file_id")
    by_path = {Path(str(r[1])): str(r[2]) for r in rows if r[1]}
    for pdf in out.glob("*.pdf"):
        sha = by_path.get(pdf)
        if sha is None:
            return "", f"PDF without a record: {pdf.name}"
        if hashlib.sha256(pdf.read_bytes()).hexdigest() != sha:
            return "", f"PDF that is not its record's: {pdf.name}"
    missing = sum(1 for p in by_path if not p.exists())
    if not rows:
        return "nothing recorded", None
    if missing:
        return "all recorded, files being named (the rerun writes them)", None
    undone = _query(company, "SELECT COUNT(*) FROM letter_batch WHERE done_at IS NULL")[0][0]
    return ("all recorded, all files, batch not yet marked done" if undone
            else "all recorded, all files, batch done"), None


def campaign_letters(work: Path, runs: int, customers: int, rng: random.Random,
                     env: dict[str, str], deadline: float) -> Scenario:
    result = Scenario("letters")
    pristine = work / "letters-pristine.relance"
    _letters_company(pristine, customers)
    company, out = work / "letters.relance", work / "lettres"

    def fresh() -> None:
        for p in work.glob("letters.relance*"):
            p.unlink()
        shutil.rmtree(out, ignore_errors=True)
        shutil.copy(pristine, company)

    cmd = _cli("letters", str(company), "--kind", "reminder-1", "--all-due", "--out", str(out),
               "--on", LETTER_DATE.isoformat())
    full = _timed(cmd, env, fresh)
    for n in range(runs):
        if time.monotonic() > deadline:
            break
        fresh()
        result.runs += 1
        # Half the kills anywhere, half while the files are given their names (the first PDF
        # has appeared: the documents are recorded).
        if n % 2 == 0:
            result.killed += _run_and_kill(cmd, env, rng.uniform(0.0, full))
        else:
            result.killed += _run_and_kill(cmd, env, rng.uniform(0.0, 0.004), limit=full * 5,
                                           after=lambda: any(out.glob("*.pdf")))
        problem = _opens(company)
        if problem:
            result.failures.append(problem)
            continue
        documents = _query(company, "SELECT COUNT(*) FROM document")[0][0]
        if documents not in (0, customers):
            result.failures.append(f"partial batch: {documents} of {customers} recorded")
            continue
        state, problem = _letter_state(company, out)
        if problem:
            result.failures.append(problem)
            continue
        result.states[state] += 1
        code, err = _run(cmd, env, timeout=full * 5 + 30)
        if code != 0:
            result.failures.append(f"rerun failed ({code}): {err[-500:]}")
            continue
        _, problem = _letter_state(company, out)
        per_customer = _query(company, "SELECT customer_id FROM document GROUP BY customer_id "
                              "HAVING COUNT(*) > 1")
        recorded = _query(company, "SELECT path FROM document")
        pdfs = list(out.glob("*.pdf"))
        if problem or per_customer or len(recorded) != customers or len(pdfs) != customers:
            result.failures.append(
                f"after the rerun: {problem or ''} {len(per_customer)} customers twice, "
                f"{len(recorded)} records, {len(pdfs)} PDFs")
        elif any(not Path(str(r[0])).exists() for r in recorded):
            result.failures.append("after the rerun: a record without its file")
        elif (out / ".relance-tmp").exists():
            result.failures.append("after the rerun: scratch files left")
    return result


# -- migration ----------------------------------------------------------------------------------
def _old_file(path: Path, customers: int, invoices: int) -> None:
    """A company file of schema OLD_VERSION holding ``invoices`` invoices (plain SQL)."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA journal_mode = wal")
    conn.execute("BEGIN")
    for up in MIGRATIONS[:OLD_VERSION]:
        up(MigrationConnection(conn, "sqlite"))
    conn.execute(f"PRAGMA user_version = {OLD_VERSION}")
    conn.execute(f'UPDATE "schema_version" SET "version" = {OLD_VERSION}')

    def insert(table: str, rows: list[dict[str, object]]) -> None:
        columns = [r for r in conn.execute(f'PRAGMA table_info("{table}")') if r[1] != "id"]
        filler = {"INTEGER": 0, "DATE": "2026-01-01", "DATETIME": "2026-01-01 00:00:00"}
        names = [c[1] for c in columns]
        values = [tuple(row.get(c[1], filler.get(c[2], "")) for c in columns) for row in rows]
        conn.executemany(f'INSERT INTO "{table}" ({", ".join(names)}) VALUES '
                         f'({", ".join("?" * len(names))})', values)

    insert("company", [{"name": "Ancienne SARL", "country": "FR", "language": "fr",
                        "payment_terms_days": 30, "currency": "EUR", "letter_settings": "{}"}])
    insert("customer", [{"name": f"Client Ancien {n}", "account": f"411{n:05d}", "kind": "business",
                         "country": "FR", "language": "fr", "preferred_channel": "phone"}
                        for n in range(customers)])
    insert("invoice", [{"customer_id": 1 + n % customers, "number": f"F{n:07d}",
                        "issue_date": "2026-09-01", "due_date": "2026-10-01",
                        "amount_cents": 10_000 + n, "currency": "EUR", "state": "open",
                        "source": "manual"} for n in range(invoices)])
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def campaign_migration(work: Path, runs: int, invoices: int, rng: random.Random,
                       env: dict[str, str], deadline: float) -> Scenario:
    result = Scenario("migration")
    folder = work / "migration"
    folder.mkdir()
    pristine = work / "migration-pristine.relance"
    _old_file(pristine, max(1, invoices // 20), invoices)
    company = folder / "Ancienne.relance"

    def fresh() -> None:
        for p in folder.iterdir():
            p.unlink()
        shutil.copy(pristine, company)

    cmd = _open_cmd(company)
    full = _timed(cmd, env, fresh)
    for _ in range(runs):
        if time.monotonic() > deadline:
            break
        fresh()
        result.runs += 1
        result.killed += _run_and_kill(cmd, env, rng.uniform(0.0, full))
        leftovers = sorted(p.name for p in folder.iterdir() if p.name.startswith("."))
        backups = sorted(p.name for p in folder.glob("*.bak"))
        result.states["backup made" if backups else "no backup yet"] += 1
        if leftovers:
            result.states["temporary backup left by the kill"] += 1
        problem = _opens(company)  # migrates what the kill interrupted
        if problem:
            result.failures.append(problem)
            continue
        version, count = _query(company, "SELECT (SELECT MAX(version) FROM schema_version), "
                                "(SELECT COUNT(*) FROM invoice)")[0]
        backups = sorted(folder.glob("*.bak"))
        left = [p.name for p in folder.iterdir() if p.name.startswith(".")]
        if (version, count) != (SCHEMA_VERSION, invoices):
            result.failures.append(f"after reopening: schema {version}, {count} invoices")
        elif [b.name for b in backups] != [f"Ancienne.v{OLD_VERSION}.relance.bak"]:
            result.failures.append(f"backups: {[b.name for b in backups]}")
        elif left:
            result.failures.append(f"left over: {left}")
        else:
            conn = sqlite3.connect(f"{backups[0].as_uri()}?mode=ro", uri=True)
            try:
                check = conn.execute("PRAGMA integrity_check").fetchone()[0]
                kept = conn.execute("SELECT COUNT(*) FROM invoice").fetchone()[0]
                old = conn.execute("PRAGMA user_version").fetchone()[0]
            finally:
                conn.close()
            if (check, kept, old) != ("ok", invoices, OLD_VERSION):
                result.failures.append(f"backup: {check}, {kept} invoices, version {old}")
    return result


# -- report -------------------------------------------------------------------------------------
def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=20, help="kills per scenario (default 20)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--budget", type=float, default=1500, help="seconds in all")
    parser.add_argument("--small", action="store_true",
                        help="3 runs each on small files: checks the campaign still works")
    parser.add_argument("--only", choices=("import", "letters", "migration"), action="append",
                        help="run only this scenario (repeatable)")
    parser.add_argument("--lines", type=int, default=20_000, help="import: CSV lines")
    parser.add_argument("--customers", type=int, default=150, help="letters: one each")
    parser.add_argument("--invoices", type=int, default=100_000, help="migration: invoices")
    args = parser.parse_args()
    if args.small:
        args.runs, args.lines, args.customers, args.invoices = 3, 2_000, 12, 5_000
    rng = random.Random(args.seed)
    deadline = time.monotonic() + args.budget
    started = time.perf_counter()
    results = []
    with tempfile.TemporaryDirectory(prefix="relance-crash-") as tmp:
        work = Path(tmp)
        (work / "home").mkdir()
        env = _env(work / "home")
        os.environ["RELANCE_HOME"] = str(work / "home")
        only = set(args.only or ("import", "letters", "migration"))
        if "import" in only:
            results.append(campaign_import(work, args.runs, args.lines, rng, env, deadline))
        if "letters" in only:
            results.append(campaign_letters(work, args.runs, args.customers, rng, env,
                                            deadline))
        if "migration" in only:
            results.append(campaign_migration(work, args.runs, args.invoices, rng, env,
                                              deadline))
    failed = 0
    for r in results:
        states = ", ".join(f"{k}: {v}" for k, v in sorted(r.states.items()))
        print(f"{r.name}: {r.runs} runs ({args.runs - r.runs} not made: budget), {r.killed} "
              f"killed while running, {len(r.failures)} failed checks; left by the kill: {states}")
        for failure in r.failures:
            print(f"  FAILED: {failure}")
        failed += len(r.failures)
    print("crash: " + " ".join(f"{r.name}_runs={r.runs} {r.name}_killed={r.killed} "
                                f"{r.name}_failed={len(r.failures)}" for r in results)
          + f" seconds={time.perf_counter() - started:.0f}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

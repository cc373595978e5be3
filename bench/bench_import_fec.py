"""FEC import benchmark: read_fec on a 100,000-line FEC against a raw sqlite3 executemany.

    python bench/bench_import_fec.py [--lines 100000] [--customers 2000] [--runs 3] [--force]
    python bench/bench_import_fec.py --small   # 2,000 lines, one run (CI: no rot)

Generates ``bench/out/bench-fec-100k.txt`` (git-ignored) once: a legal-looking FEC, tab
separated, decimal comma, YYYYMMDD dates, 18 columns, for one fiscal year. Its shape follows the
samples: sales entries of 3 lines (411 debit, 706 credit, 44571 credit) on a collective account
411000 with ``CompAuxNum`` customers, bank receipts of 2 lines (512 debit, 411 credit), most of
them lettered with their invoice, some partial, and a few other entries (purchases, bank fees).
About 40 % of the lines are on customer accounts.

Measured (median over ``--runs``):

- ``fec_read_s``: ``read_fec(path)``, from the file on disk to the records (decode, split,
  validate the customer lines, balances, lettering, FIFO allocation, records).
- ``raw_executemany_s``: the same 100,000 rows, already split into 18-string tuples (not timed),
  inserted with plain ``sqlite3`` ``executemany`` into a scratch table of 18 TEXT columns in
  ``bench/out/bench-fec-scratch.sqlite``, in one transaction, committed. The floor of any import.
- ``ratio``: fec_read_s / raw_executemany_s (target from the issue: within 3×).
- ``rss_mb``: peak RSS of this process (``getrusage(RUSAGE_SELF).ru_maxrss``) right after the
  read_fec runs, before the raw rows are built; the RSS before the first run is printed too.

The last line is ``bench: fec_read_s=… raw_executemany_s=… ratio=… rss_mb=…``. A measurement,
not a test: the exit code is 0 either way.
"""

from __future__ import annotations

import argparse
import random
import resource
import sqlite3
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR.parent))

from relance_desktop.importers.fec import read_fec  # noqa: E402

OUT = BENCH_DIR / "out"
DEFAULT_FEC = OUT / "bench-fec-100k.txt"
SCRATCH = OUT / "bench-fec-scratch.sqlite"
TARGET_RATIO = 3.0

HEADER = (
    "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\t"
    "CompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\t"
    "ValidDate\tMontantdevise\tIdevise"
)
WORDS = (
    "JARDIN", "PRIMEURS", "TRANSPORT", "BOULANGERIE", "CAVE", "FLEURS", "GARAGE", "SAS", "SARL",
    "DU", "CENTRE", "MOULIN", "FRUITS", "EXPRESS", "DISTRIBUTION", "HALLE",
)  # fmt: skip


def _money(cents: int) -> str:
    return f"{cents // 100},{cents % 100:02d}"


def _letters(n: int) -> str:
    out = ""
    for _ in range(3):
        n, r = divmod(n, 26)
        out = chr(65 + r) + out
    return out


def generate(path: Path, lines: int, customers: int, seed: int = 20230101) -> None:
    """Write a FEC of exactly ``lines`` data lines (plus the header)."""
    rng = random.Random(seed)
    start = date(2023, 1, 1)
    names = [(f"C{i:05d}", " ".join(rng.sample(WORDS, 3))[:33]) for i in range(customers)]
    open_invoices: list[tuple[str, str, int, str]] = []  # (aux, name, cents, piece)
    written = entry = invoice = letter = 0
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as out:
        out.write(HEADER + "\n")

        def emit(journal: str, lib: str, day: date, account: str, account_lib: str, aux: str,
                 aux_lib: str, piece: str, text: str, debit: int, credit: int,
                 let: str = "") -> None:  # fmt: skip
            nonlocal written
            d = day.strftime("%Y%m%d")
            out.write(
                f"{journal}\t{lib}\t{entry}\t{d}\t{account}\t{account_lib}\t{aux}\t{aux_lib}\t"
                f"{piece}\t{d}\t{text}\t{_money(debit)}\t{_money(credit)}\t{let}\t"
                f"{d if let else ''}\t{d}\t\t\n"
            )
            written += 1

        while written < lines:
            day = start + timedelta(days=rng.randrange(365))
            room = lines - written
            kind = rng.random()
            if room >= 3 and (kind < 0.5 or not open_invoices):
                entry += 1
                invoice += 1
                aux, name = rng.choice(names)
                ht = rng.randrange(1_000, 500_000)
                tva = ht * 20 // 100
                piece = f"FA{invoice:07d}"
                emit("VE", "Ventes", day, "411000", "Clients", aux, name, piece, name, ht + tva, 0)
                emit("VE", "Ventes", day, "706000", "Prestations", "", "", piece, name, 0, ht)
                emit("VE", "Ventes", day, "445710", "TVA collectée", "", "", piece, name, 0, tva)
                open_invoices.append((aux, name, ht + tva, piece))
            elif room >= 2 and kind < 0.85 and open_invoices:
                entry += 1
                aux, name, cents, piece = open_invoices.pop(rng.randrange(len(open_invoices)))
                partial = rng.random() < 0.1
                paid = cents // 2 if partial else cents
                let = "" if partial else _letters(letter)
                letter += 0 if partial else 1
                emit("BQ", "Banque", day, "512000", "Banque", "", "", piece, f"VIR {name}",
                     paid, 0)  # fmt: skip
                emit("BQ", "Banque", day, "411000", "Clients", aux, name, piece, f"VIR {name}",
                     0, paid, let)  # fmt: skip
            elif room >= 2:
                entry += 1
                cents = rng.randrange(500, 200_000)
                emit("AC", "Achats", day, "607000", "Achats", "", "", f"F{entry}", "ACHAT",
                     cents, 0)  # fmt: skip
                emit("AC", "Achats", day, "401000", "Fournisseurs", "F001", "GROSSISTE",
                     f"F{entry}", "ACHAT", 0, cents)  # fmt: skip
            else:
                entry += 1
                emit("OD", "Opérations diverses", day, "627000", "Frais bancaires", "", "",
                     "OD", "FRAIS", 120, 0)  # fmt: skip


def rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / 2**20


def time_read(path: Path, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = read_fec(path)
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def time_raw(path: Path, runs: int) -> float:
    with path.open(encoding="utf-8") as f:
        next(f)
        rows = [tuple(line.rstrip("\n").split("\t")) for line in f if line.strip()]
    placeholders = ", ".join("?" * len(rows[0]))
    columns = ", ".join(f"c{i} TEXT" for i in range(len(rows[0])))
    times = []
    for _ in range(runs):
        SCRATCH.unlink(missing_ok=True)
        conn = sqlite3.connect(SCRATCH)
        try:
            conn.execute(f"CREATE TABLE fec ({columns})")
            conn.commit()
            started = time.perf_counter()
            with conn:
                conn.executemany(f"INSERT INTO fec VALUES ({placeholders})", rows)
            times.append(time.perf_counter() - started)
        finally:
            conn.close()
    SCRATCH.unlink(missing_ok=True)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", type=Path, default=DEFAULT_FEC)
    parser.add_argument("--lines", type=int, default=100_000)
    parser.add_argument("--customers", type=int, default=2_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--force", action="store_true", help="regenerate the FEC")
    parser.add_argument("--small", action="store_true",
                        help="2,000 lines, 100 customers, one run (bench-fec-small.txt): checks "
                             "the benchmark still works; no timing is asserted")
    args = parser.parse_args(argv)
    if args.small:
        args.lines, args.customers, args.runs = 2_000, 100, 1
        if args.file == DEFAULT_FEC:
            args.file = OUT / "bench-fec-small.txt"

    path: Path = args.file
    if args.force or not path.exists():
        started = time.perf_counter()
        generate(path, args.lines, args.customers)
        print(f"generated {path} in {time.perf_counter() - started:.2f} s", flush=True)
    size = path.stat().st_size
    print(f"file: {path} ({size / 2**20:.1f} MiB)")
    print(f"rss before read_fec: {rss_mb():.1f} MB")

    read_s, result = time_read(path, args.runs)
    peak = rss_mb()
    from relance_desktop.importers.fec import FecResult

    assert isinstance(result, FecResult)
    print(
        f"read_fec: {result.line_count} lines, {result.customer_line_count} on customers, "
        f"{len(result.customers)} customers with a balance, {len(result.invoices)} open items, "
        f"due {result.due_total() / 100:.2f} EUR, {len(result.problems)} problems"
    )
    raw_s = time_raw(path, args.runs)
    ratio = read_s / raw_s if raw_s else float("inf")
    verdict = "PASS" if ratio <= TARGET_RATIO else "FAIL"
    print(f"fec_read_s={read_s:.3f} raw_executemany_s={raw_s:.3f} "
          f"ratio={ratio:.2f} (target ≤ {TARGET_RATIO:g}: {verdict})")  # fmt: skip
    print(
        f"bench: fec_read_s={read_s:.3f} raw_executemany_s={raw_s:.3f} ratio={ratio:.2f} "
        f"rss_mb={peak:.1f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""What keeping the company file complete costs: the passive checkpoint the window runs when idle
after a write (``CompanySession.settle``), after a big import and after one payment, and a list
page read before and after it.

    python bench/bench_settle.py [--lines 100000]
    python bench/bench_settle.py --small   # 2,000 lines (CI: no rot)

Prints one ``bench:`` line of name=value pairs. A measurement, not a test.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR.parent))

from bench.bench_import import TODAY, make_csv  # noqa: E402


def _timed(work: object) -> float:
    started = time.perf_counter()
    work()  # type: ignore[operator]
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=100_000)
    parser.add_argument("--small", action="store_true", help="2,000 lines")
    args = parser.parse_args()
    lines = 2_000 if args.small else args.lines

    from relance_desktop.services import imports, invoices, lists
    from relance_desktop.store.database import create_company_file, open_company_file

    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "factures.csv"
        make_csv(source, lines)
        company = create_company_file(Path(tmp) / "bench.relance", name="Bench")
        wal = Path(f"{company}-wal")
        with open_company_file(company) as cf:
            started = time.perf_counter()
            imports.apply(cf, imports.preview(cf, [source], today=TODAY))
            import_s = time.perf_counter() - started
            wal_mb = wal.stat().st_size / 1e6
            flt = lists.InvoiceFilter(TODAY)
            page_wal_s = min(_timed(lambda: lists.invoice_page(cf, flt)) for _ in range(5))
            settle_import_s = _timed(cf.settle)
            page_settled_s = min(_timed(lambda: lists.invoice_page(cf, flt)) for _ in range(5))
            item = lists.invoice_page(cf, flt, limit=1)[0]
            invoices.add_payment(cf, invoices.PaymentInput(item.invoice_id, date(2026, 11, 20),
                                                            100), today=TODAY)
            settle_payment_s = _timed(cf.settle)
            idle_s = _timed(cf.settle)
    print(f"bench: lines={lines} import_s={import_s:.3f} wal_mb={wal_mb:.1f} "
          f"settle_after_import_s={settle_import_s:.3f} settle_after_payment_s="
          f"{settle_payment_s:.4f} settle_idle_s={idle_s:.6f} page_before_s={page_wal_s:.4f} "
          f"page_after_s={page_settled_s:.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

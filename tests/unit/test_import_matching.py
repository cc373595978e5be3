"""Which customer an imported document lands on, and two imports at once.

A customer is matched by account, then company or VAT number, then name; never to a customer
with a different account, and by name only when neither has an account. Two imports running
at the same time (two windows, the app and a script) create each customer once.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from relance_desktop.services import imports
from relance_desktop.store.balance import OPEN
from relance_desktop.store.database import open_company_file
from relance_desktop.store.models import Customer, Invoice
from relance_desktop.store.server import ServerParams, open_server_company
from relance_desktop.store.session import CompanySession
from tests.helpers import TODAY

HEADER = "Client;N° compte;N° facture;Date;Échéance;Montant TTC\n"
ROOT = Path(__file__).resolve().parents[2]


def csv(tmp_path: Path, name: str, *lines: str, header: str = HEADER) -> Path:
    path = tmp_path / name
    path.write_text(header + "".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def run(cf: CompanySession, *paths: Path) -> imports.ImportPreview:
    plan = imports.preview(cf, list(paths), today=TODAY)
    imports.apply(cf, plan)
    return plan


def owed_by_account(cf: CompanySession) -> dict[tuple[str, str], int]:
    rows = cf.rows(f"""SELECT c.name, c.account, SUM(b.owed_cents) AS owed
                       FROM invoice_balance b JOIN customer c ON c.id = b.customer_id
                       WHERE {OPEN} GROUP BY c.name, c.account""")
    return {(str(r.name), str(r.account)): int(r.owed) for r in rows}


def test_a_customer_with_another_account_is_not_merged_by_name(
    cf: CompanySession, tmp_path: Path
) -> None:
    run(cf, csv(tmp_path, "a.csv", "Garage du Centre;411001;F1;01/09/2026;01/10/2026;100,00"))
    plan = run(cf, csv(tmp_path, "b.csv",
                       "Garage du Centre;411002;F7;02/09/2026;02/10/2026;800,00"))
    [customer] = plan.files[0].customers
    assert customer.is_new and customer.matched_by == ""
    [warning] = plan.problems  # the preview says a second « Garage du Centre » is created
    assert "411001" in warning.expected_text() and "411002" in warning.expected_text()
    assert owed_by_account(cf) == {("Garage du Centre", "411001"): 10_000,
                                   ("Garage du Centre", "411002"): 80_000}


def test_a_record_with_an_account_is_not_matched_by_name_to_one_without(
    cf: CompanySession, tmp_path: Path
) -> None:
    no_account = "Client;N° facture;Date;Échéance;Montant TTC\n"
    run(cf, csv(tmp_path, "a.csv", "Garage du Centre;F1;01/09/2026;01/10/2026;100,00",
                header=no_account))
    run(cf, csv(tmp_path, "b.csv", "Garage du Centre;411002;F7;02/09/2026;02/10/2026;800,00"))
    assert Customer.select().count() == 2


def test_customers_without_account_are_matched_by_name(cf: CompanySession, tmp_path: Path) -> None:
    no_account = "Client;N° facture;Date;Échéance;Montant TTC\n"
    run(cf, csv(tmp_path, "a.csv", "Garage du Centre;F1;01/09/2026;01/10/2026;100,00",
                header=no_account))
    plan = run(cf, csv(tmp_path, "b.csv", "GARAGE DU CENTRE;F2;02/09/2026;02/10/2026;50,00",
                       header=no_account))
    assert plan.files[0].customers[0].matched_by == "name"
    assert Customer.select().count() == 1
    assert Invoice.select().count() == 2


def test_the_same_account_is_matched_whatever_the_name(cf: CompanySession, tmp_path: Path) -> None:
    run(cf, csv(tmp_path, "a.csv", "Garage du Centre;411001;F1;01/09/2026;01/10/2026;100,00"))
    plan = run(cf, csv(tmp_path, "b.csv",
                       "Garage du Centre SARL;411001;F2;02/09/2026;02/10/2026;50,00"))
    assert plan.files[0].customers[0].matched_by == "account"
    assert Customer.select().count() == 1


def _export(tmp_path: Path, name: str, customers: int, prefix: str) -> Path:
    lines = [f"Client {n:05d};411{n:05d};{prefix}{n};01/09/2026;01/10/2026;10,00"
             for n in range(customers)]
    return csv(tmp_path, name, *lines)


def test_two_sessions_importing_at_once_create_each_customer_once(
    company_opener: Any, tmp_path: Path
) -> None:
    """Two windows, instances or collectors (on a server) import at the same time."""
    first, second = company_opener(), company_opener()
    try:
        with first.use():
            plan_a = imports.preview(first, [_export(tmp_path, "a.csv", 50, "A")], today=TODAY)
        with second.use():
            plan_b = imports.preview(second, [_export(tmp_path, "b.csv", 50, "B")], today=TODAY)
        assert plan_a.files[0].new_customers == plan_b.files[0].new_customers == 50
        with first.use():
            imports.apply(first, plan_a)
        with second.use():
            summary = imports.apply(second, plan_b)  # matched again under the write lock
            assert summary.customers_created == 0
            assert Customer.select().count() == 50
            assert Invoice.select().count() == 100
    finally:
        first.close()
        second.close()


SCRIPT = textwrap.dedent("""
    import sys, time
    from datetime import date
    from pathlib import Path
    from relance_desktop.services import imports
    from relance_desktop.store.database import open_company_file

    company, export, go = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    with open_company_file(company) as cf:
        plan = imports.preview(cf, [export], today=date(2026, 11, 2))
        Path(str(export) + ".ready").touch()
        while not go.exists():
            time.sleep(0.01)
        imports.apply(cf, plan)
""")


@pytest.mark.sqlite_only
def test_two_processes_importing_at_once_create_each_customer_once(
    company_path: Path, tmp_path: Path
) -> None:
    go = tmp_path / "go"
    exports = [_export(tmp_path, f"{name}.csv", 1_000, name) for name in ("A", "B")]
    procs = [subprocess.Popen([sys.executable, "-c", SCRIPT, str(company_path), str(export),
                               str(go)], cwd=ROOT, stderr=subprocess.PIPE)
             for export in exports]
    try:
        for export in exports:  # both previews done (each saw no customer) before either writes
            ready = Path(str(export) + ".ready")
            for _ in range(6_000):
                if ready.exists() or any(p.poll() is not None for p in procs):
                    break
                time.sleep(0.01)
        go.touch()
        for proc in procs:
            _out, err = proc.communicate(timeout=120)
            assert proc.returncode == 0, err.decode()
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
    with open_company_file(company_path):
        assert Customer.select().count() == 1_000
        assert Invoice.select().count() == 2_000


def test_two_server_sessions_importing_at_once_create_each_customer_once(
    pg_cluster: Any, tmp_path: Path
) -> None:
    """On PostgreSQL (``--engine postgres``): two sessions preview, then apply at the same
    time from two threads; the second waits for the first and matches its customers."""
    if pg_cluster is None:
        pytest.skip("needs the PostgreSQL server of a run with --engine postgres")
    from tests.conftest import PG_TEMPLATE

    name = f"imports_race_{os.getpid()}"
    pg_cluster.create_database(name, template=PG_TEMPLATE)
    params = ServerParams(pg_cluster.host, pg_cluster.port, name, pg_cluster.user)
    sessions = [open_server_company(params, None) for _ in range(2)]
    exports = [_export(tmp_path, f"{prefix}.csv", 300, prefix) for prefix in ("A", "B")]
    plans = []
    for session, export in zip(sessions, exports, strict=True):
        with session.use():
            plans.append(imports.preview(session, [export], today=TODAY))
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def write(session: CompanySession, plan: imports.ImportPreview) -> None:
        try:
            with session.use():
                start.wait()
                imports.apply(session, plan)
        except BaseException as exc:  # reported below, on the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=write, args=pair) for pair in zip(sessions, plans,
                                                                         strict=True)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
        assert errors == []
        with sessions[0].use():
            assert Customer.select().count() == 300
            assert Invoice.select().count() == 600
    finally:
        for session in sessions:
            session.close()
        pg_cluster.drop_database(name)

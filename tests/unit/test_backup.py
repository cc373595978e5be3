"""A copy of the company file holds everything: the file itself once settled, « Enregistrer une
copie… » and the automatic daily backups (made with SQLite's backup API, rotated)."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from relance_desktop.errors import CompanyFileError
from relance_desktop.services import backup
from relance_desktop.services.customers import CustomerInput, create_customer
from relance_desktop.services.invoices import (
    InvoiceInput,
    PaymentInput,
    add_payment,
    create_invoice,
)
from relance_desktop.store.database import open_company_file
from relance_desktop.store.session import CompanySession

pytestmark = pytest.mark.sqlite_only


def _paid(path: Path) -> int:
    """The payments a copy holds, read from that file alone (no -wal beside it)."""
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return int(conn.execute("SELECT COALESCE(SUM(amount_cents), 0) FROM payment")
                   .fetchone()[0])
    finally:
        conn.close()


def _a_payment(cf: CompanySession, cents: int) -> None:
    customer = create_customer(cf, CustomerInput(name=f"Client {cents}"))
    invoice = create_invoice(cf, InvoiceInput(customer, f"F-{cents}", date(2026, 10, 1),
                                              date(2026, 11, 1), 100_000))
    add_payment(cf, PaymentInput(invoice, date(2026, 11, 20), cents), today=date(2026, 11, 23))


def test_a_plain_copy_of_the_file_misses_nothing_once_settled(
    tmp_path: Path, company_path: Path,
) -> None:
    with open_company_file(company_path) as cf:
        _a_payment(cf, 12_345)
        stale = shutil.copyfile(company_path, tmp_path / "copie avant.relance")
        assert _paid(stale) == 0  # the payment is still in the -wal only
        assert backup.settle(cf)
        complete = shutil.copyfile(company_path, tmp_path / "copie après.relance")
        assert _paid(complete) == 12_345
        assert backup.settle(cf)  # nothing new: nothing to do


def test_save_copy_is_complete_while_the_file_is_open(tmp_path: Path, company_path: Path) -> None:
    with open_company_file(company_path) as cf:
        _a_payment(cf, 50_000)
        target = backup.save_copy(cf, tmp_path / "pour le comptable.relance")
        assert _paid(target) == 50_000
        assert not Path(f"{target}-wal").exists()
        assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".relance-copy")] == []
        with pytest.raises(CompanyFileError):
            backup.save_copy(cf, company_path)
    with open_company_file(target) as copy:  # the copy opens in Relance
        assert copy.company.name == "Test SARL"


def test_daily_backups_one_a_day_and_only_the_last_ones_kept(company_path: Path) -> None:
    with open_company_file(company_path) as cf:
        made = [backup.daily_backup(cf, keep=3, today=date(2026, 11, day)) for day in (20, 21)]
        assert all(made)
        assert backup.daily_backup(cf, keep=3, today=date(2026, 11, 21)) is None  # once a day
        _a_payment(cf, 700)
        for day in (22, 23, 24):
            backup.daily_backup(cf, keep=3, today=date(2026, 11, day))
        kept = backup.backups(cf)
        assert [p.name for p in kept] == [f"Test SARL 2026-11-{d}.relance" for d in (22, 23, 24)]
        assert _paid(kept[-1]) == 700
        assert backup.daily_backup(cf, keep=0, today=date(2026, 11, 25)) is None
        assert len(backup.backups(cf)) == 3

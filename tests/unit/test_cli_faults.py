"""``import`` and ``letters`` on a locked company file or a full disk: they wait a while for a
lock, then say so plainly (exit 2), change nothing, and never leave a PDF under a letter's name
that is not whole and recorded."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
import threading
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from relance_desktop.__main__ import main
from relance_desktop.services import letter_batch
from relance_desktop.services.customers import CustomerInput, create_customer
from relance_desktop.services.invoices import InvoiceInput, create_invoice
from relance_desktop.store.database import create_company_file, open_company_file
from relance_desktop.store.models import Document, Invoice
from tests.helpers import TODAY, with_letter_details

pytestmark = pytest.mark.sqlite_only


def _csv(folder: Path, lines: int) -> Path:
    path = folder / "export.csv"
    rows = ["Client;N° facture;Date;Échéance;Montant TTC"]
    rows += [f"Client {n % 50};F{n:05d};01/09/2026;01/10/2026;{100 + n},50"
             for n in range(lines)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def _with_overdue(path: Path, count: int = 3) -> Path:
    with open_company_file(path) as cf:
        with_letter_details(cf)
        for n in range(count):
            cid = create_customer(cf, CustomerInput(name=f"Client {n}", account=f"4110{n:04d}"))
            create_invoice(cf, InvoiceInput(cid, f"F-{n}", date(2026, 9, 1), date(2026, 10, 1),
                                            150_000 + n))
    return path


def _letters(company: Path, out: Path, *extra: str) -> int:
    return main(["letters", str(company), "--kind", "reminder-1", "--all-due", "--out",
                 str(out), "--on", TODAY.isoformat(), *extra])


class _Holder:
    """Another program writing to the company file: its transaction holds the write lock."""

    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        self.conn.execute("BEGIN IMMEDIATE")
        self.conn.execute("UPDATE company SET city = 'verrou'")

    def release(self) -> None:
        self.conn.execute("ROLLBACK")
        self.conn.close()


def _counts(path: Path) -> tuple[int, int]:
    with open_company_file(path) as cf:
        return Invoice.select().count(), int(cf.scalar("SELECT COUNT(*) FROM document"))


# -- a lock held by another program -------------------------------------------------------------
def test_import_on_a_locked_file_waits_then_says_so_and_changes_nothing(
        company_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv = _csv(tmp_path, 20)
    holder = _Holder(company_path)
    try:
        started = time.monotonic()
        code = main(["import", str(company_path), str(csv), "--yes", "--wait", "0.5"])
        waited = time.monotonic() - started
    finally:
        holder.release()
    err = capsys.readouterr().err
    assert code == 2 and waited >= 0.5
    assert "verrouillé" in err and str(company_path) in err
    assert "Traceback" not in err and "OperationalError" not in err
    assert _counts(company_path) == (0, 0)


def test_import_goes_through_once_the_other_program_is_done(
        company_path: Path, tmp_path: Path) -> None:
    csv = _csv(tmp_path, 20)
    holder = _Holder(company_path)
    threading.Timer(0.4, holder.release).start()
    assert main(["import", str(company_path), str(csv), "--yes", "--wait", "20"]) == 0
    assert _counts(company_path) == (20, 0)


def test_letters_on_a_locked_file_say_so_and_leave_no_pdf(
        company_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _with_overdue(company_path)
    out = tmp_path / "lettres"
    holder = _Holder(company_path)
    try:
        code = _letters(company_path, out, "--wait", "0.3")
    finally:
        holder.release()
    captured = capsys.readouterr()
    assert code == 2 and "verrouillé" in captured.err and "Traceback" not in captured.err
    assert captured.out == ""
    assert list(out.iterdir()) == []
    assert _counts(company_path) == (3, 0)
    assert _letters(company_path, out) == 0  # the same command, once the file is free
    assert len(list(out.glob("*.pdf"))) == 3 and _counts(company_path) == (3, 3)


# -- a full disk ------------------------------------------------------------------------------
@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real file system of 1 MiB (tmpfs: needs root and ``mount``; skipped otherwise)."""
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("a small tmpfs needs root and mount")
    disk = tmp_path / "disk"
    disk.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(disk)],
                          capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs: {done.stderr.decode(errors='replace')}")
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def _fill(disk: Path, leave: int) -> Path:
    """Take the disk's room but ``leave`` bytes."""
    filler = disk / "filler"
    stats = os.statvfs(disk)
    filler.write_bytes(b"\0" * max(0, stats.f_bavail * stats.f_frsize - leave))
    return filler


def test_import_onto_a_full_disk_says_so_and_changes_nothing(
        small_disk: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    company = create_company_file(small_disk / "Test SARL.relance", name="Test SARL")
    csv = _csv(tmp_path, 3000)
    filler = _fill(small_disk, 48 * 1024)
    code = main(["import", str(company), str(csv), "--yes"])
    err = capsys.readouterr().err
    assert code == 2 and "disque est plein" in err.replace("\n", " ")
    assert "Traceback" not in err
    filler.unlink()
    assert _counts(company) == (0, 0)
    with sqlite3.connect(str(company)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_letters_onto_a_full_disk_leave_no_truncated_pdf(
        company_path: Path, small_disk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _with_overdue(company_path, 6)
    out = small_disk / "lettres"
    out.mkdir()
    filler = _fill(small_disk, 40 * 1024)  # room for a letter or two, not six
    code = _letters(company_path, out)
    captured = capsys.readouterr()
    assert code == 2 and "disque est plein" in captured.err and str(out) in captured.err
    assert "Traceback" not in captured.err and captured.out == ""
    assert list(out.iterdir()) == []  # no PDF, no scratch file
    assert _counts(company_path) == (6, 0)
    filler.unlink()
    assert _letters(company_path, out) == 0
    assert len(list(out.glob("*.pdf"))) == 6 and _counts(company_path) == (6, 6)


def test_a_write_that_fails_half_way_leaves_no_pdf_under_a_letters_name(
        company_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The same, where no small disk can be mounted: the disk fills up during the third PDF."""
    _with_overdue(company_path, 4)
    out = tmp_path / "lettres"
    real_write = letter_batch._Scratch.write
    calls: list[int] = []

    def fills_up(self: letter_batch._Scratch, data: bytes) -> Path:
        calls.append(len(data))
        if len(calls) == 3:
            part = real_write(self, data[: len(data) // 2])
            raise OSError(errno.ENOSPC, "No space left on device", str(part))
        return real_write(self, data)

    monkeypatch.setattr(letter_batch._Scratch, "write", fills_up)
    assert _letters(company_path, out) == 2
    assert "disque est plein" in capsys.readouterr().err
    assert list(out.iterdir()) == [] and _counts(company_path) == (4, 0)
    monkeypatch.undo()
    assert _letters(company_path, out) == 0
    assert len(list(out.glob("*.pdf"))) == 4
    with open_company_file(company_path):
        assert {Path(d.path).name for d in Document.select()} == {
            p.name for p in out.glob("*.pdf")}

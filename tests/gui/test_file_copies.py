"""Copying the company file while Relance is open gives a complete copy: the window settles the
file when idle after a write, « Enregistrer une copie… » writes a complete copy, and the day's
automatic backup is taken when a file opens."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog

from relance_desktop.services import backup
from relance_desktop.services.customers import CustomerInput, create_customer
from relance_desktop.services.invoices import (
    InvoiceInput,
    PaymentInput,
    add_payment,
    create_invoice,
)
from relance_desktop.views.main_window import MainWindow
from tests.gui.conftest import Messages


def _paid(path: Path) -> int:
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return int(conn.execute("SELECT COALESCE(SUM(amount_cents), 0) FROM payment")
                   .fetchone()[0])
    finally:
        conn.close()


def _pay(window: MainWindow, cents: int) -> None:
    cf = window.cf
    assert cf is not None
    customer = create_customer(cf, CustomerInput(name="Menuiserie Arnaud"))
    invoice = create_invoice(cf, InvoiceInput(customer, "F-2026-31", date(2026, 10, 1),
                                              date(2026, 11, 1), 90_000))
    add_payment(cf, PaymentInput(invoice, date(2026, 11, 20), cents), today=date(2026, 11, 23))


def test_a_copy_made_by_hand_while_open_holds_the_last_payment(
    qtbot: Any, window: MainWindow, company_path: Path, tmp_path: Path,
) -> None:
    assert window.open_file(company_path)
    _pay(window, 31_000)

    def copied() -> int:
        return _paid(Path(shutil.copyfile(company_path, tmp_path / "copie.relance")))

    qtbot.waitUntil(lambda: copied() == 31_000, timeout=5000)  # idle: settled by itself


def test_save_a_copy_from_the_file_menu(
    qtbot: Any, window: MainWindow, company_path: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, messages: Messages,
) -> None:
    assert window.open_file(company_path)
    _pay(window, 45_600)
    target = tmp_path / "envoi" / "Pour le cabinet"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    assert window.copy_action.isEnabled()
    window.copy_action.trigger()
    saved = target.with_name("Pour le cabinet.relance")
    assert _paid(saved) == 45_600
    assert any("Copie complète" in text and "Pour le cabinet.relance" in text
               for text in messages.texts)


def test_opening_a_file_takes_the_days_backup(
    qtbot: Any, window: MainWindow, company_path: Path,
) -> None:
    assert window.open_file(company_path)
    cf = window.cf
    assert cf is not None
    qtbot.waitUntil(lambda: len(backup.backups(cf)) == 1, timeout=5000)
    assert backup.backups(cf)[0].name == f"Test SARL {window.session.today().isoformat()}.relance"


def test_the_number_of_daily_backups_is_a_preference(qtbot: Any, session: Any) -> None:
    from relance_desktop.views.preferences import PreferencesDialog

    dialog = PreferencesDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.backup_keep.value() == 7
    dialog.backup_keep.setValue(0)
    assert dialog.backup_keep.text() == "aucune"
    dialog.accept()
    assert session.settings.get("backup_keep") == 0

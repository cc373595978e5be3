"""Start-up (the last file reopens) and a company file locked by another program."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from relance_desktop.app import open_initial
from relance_desktop.services import invoices as invoice_service
from relance_desktop.views.dialogs import PaymentDialog
from relance_desktop.views.main_pages import PAGE_RECEIVABLES
from relance_desktop.views.main_window import PAGE_EMPTY, MainWindow
from tests.gui.conftest import settle
from tests.helpers import company_items


def test_the_last_file_reopens_at_start(qtbot: Any, session: Any, demo_path: Path) -> None:
    first = MainWindow(session)
    qtbot.addWidget(first)
    assert first.open_file(demo_path)
    first.close()
    again = MainWindow(session)
    qtbot.addWidget(again)
    open_initial(again, None)
    assert again.cf is not None and again.cf.path == demo_path.absolute()
    again.show_page(PAGE_RECEIVABLES)
    assert again.model.rowCount() > 0


def test_a_vanished_last_file_leaves_the_welcome_page(
    qtbot: Any, session: Any, tmp_path: Path, messages: Any
) -> None:
    session.settings.set("last_file", str(tmp_path / "gone.relance"))
    window = MainWindow(session)
    qtbot.addWidget(window)
    open_initial(window, None)
    assert window.cf is None and window.pages.currentIndex() == PAGE_EMPTY
    assert messages.shown == []


def test_a_locked_file_keeps_the_payment_form_open_with_what_was_typed(
    demo_window: Any, dialog_script: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = demo_window
    w.cf.db.execute_sql("PRAGMA busy_timeout = 50")  # do not wait 3 s for the other program
    w.show_page(PAGE_RECEIVABLES)  # actions apply to the selection of the page shown
    w.view.setCurrentIndex(w.model.index(0, 0))
    item = w.model.item_at(w.view.currentIndex())
    other = sqlite3.connect(str(w.cf.path), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program is writing
    def payments() -> int:
        return len(invoice_service.payments_of(w.cf, item.customer_id))

    payments_before = payments()

    def pay(d: PaymentDialog) -> None:
        d.ui.amount.setText("10,00")
        d.accept()
        assert d.isVisible()
        assert "verrouillé" in d.error_text() and str(w.cf.path) in d.error_text()
        assert d.ui.amount.text() == "10,00"
        other.execute("ROLLBACK")  # the other program is done: saving now works
        d.accept()

    dialog_script.expect(PaymentDialog, pay)
    try:
        w.add_payment()
    finally:
        other.close()
    settle()
    assert payments() == payments_before + 1
    after = next(i for i in company_items(w) if i.invoice_id == item.invoice_id)
    assert after.paid_cents == item.paid_cents + 1000

"""The GDPR tools in the customer window, and the call sheet's reminder that notes can be read."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QPushButton

from relance_desktop.services.customers import CustomerInput, create_customer
from relance_desktop.services.invoices import (
    InvoiceInput,
    PaymentInput,
    add_payment,
    create_invoice,
)
from relance_desktop.store.session import CompanySession
from relance_desktop.views.common import Session
from relance_desktop.views.customer_window import CustomerWindow
from relance_desktop.views.gdpr_dialog import GdprDueDialog
from relance_desktop.views.main_window import MainWindow
from tests.gui.conftest import Messages


@pytest.fixture
def dupuis(cf: CompanySession) -> int:
    """Garage Dupuis, paid in full on 15/03/2020: past five years of retention on TODAY."""
    cid = create_customer(cf, CustomerInput(name="Garage Dupuis", account="411DUP",
                                            email="compta@garage-dupuis.fr"))
    inv = create_invoice(cf, InvoiceInput(cid, "F2019-0007", date(2019, 12, 1), None, 120_000))
    add_payment(cf, PaymentInput(inv, date(2020, 3, 15), 120_000), today=date(2020, 3, 15))
    return cid


def _action(window: CustomerWindow, name: str) -> Any:
    button = window.findChild(QPushButton, "gdprButton")
    assert button is not None and button.isVisible()
    found = [a for a in button.menu().actions() if a.objectName() == name]
    assert len(found) == 1
    return found[0]


def test_export_from_the_customer_window(qtbot: Any, session: Session, cf: CompanySession,
                                         dupuis: int, tmp_path: Path, messages: Messages,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    window = CustomerWindow(session, cf, dupuis)
    qtbot.addWidget(window)
    window.show()
    out = tmp_path / "export"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: str(out)))
    action = _action(window, "gdprExport")
    assert action.text() == "Exporter les données (RGPD)…"
    action.trigger()
    files = sorted(p.suffix for p in out.iterdir())
    assert files == [".json", ".pdf"]
    data = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    assert data["customer"]["name"] == "Garage Dupuis"
    assert "rgpd-411DUP" in messages.texts[-1]


def test_anonymise_from_the_customer_window_after_confirming(
        qtbot: Any, session: Session, cf: CompanySession, dupuis: int,
        messages: Messages) -> None:
    window = CustomerWindow(session, cf, dupuis)
    qtbot.addWidget(window)
    window.show()
    messages.answer = QMessageBox.StandardButton.No
    _action(window, "gdprAnonymise").trigger()
    assert "Garage Dupuis" in window.header.text()
    messages.answer = QMessageBox.StandardButton.Yes
    _action(window, "gdprAnonymise").trigger()
    qtbot.waitUntil(lambda: "Client anonymisé" in window.header.text())
    assert "garage-dupuis" not in window.header.text()


def test_the_due_list_shows_the_settled_customer_and_refuses_one_who_owes(
        qtbot: Any, session: Session, cf: CompanySession, dupuis: int,
        messages: Messages) -> None:
    owes = create_customer(cf, CustomerInput(name="Boulangerie Martin"))
    create_invoice(cf, InvoiceInput(owes, "F2019-0008", date(2019, 12, 1), None, 5_000))
    dialog = GdprDueDialog(session, cf)
    qtbot.addWidget(dialog)
    assert [r.cells[0] for r in dialog.model.rows()] == ["Garage Dupuis"]
    window = CustomerWindow(session, cf, owes)
    qtbot.addWidget(window)
    window.show()
    _action(window, "gdprAnonymise").trigger()
    assert messages.shown[-1][0] == "warning" and "F2019-0008" in messages.texts[-1]


def test_the_call_notes_remind_that_the_debtor_may_read_them(qtbot: Any,
                                                              demo_window: MainWindow) -> None:
    customer_id = next(r.customer_id for r in demo_window.today_rows
                       if r.section == "to_call" and not r.written_only)
    sheet = demo_window.open_call_sheet(customer_id)
    assert sheet is not None
    hints = [label for label in sheet.findChildren(QLabel) if "lire ces notes" in label.text()]
    assert len(hints) == 1 and hints[0].isVisible()


def test_a_longer_retention_in_the_preferences_empties_the_due_list(
        qtbot: Any, session: Session, cf: CompanySession, dupuis: int) -> None:
    from relance_desktop.views.preferences import PreferencesDialog

    prefs = PreferencesDialog(session)
    qtbot.addWidget(prefs)
    assert prefs.retention.value() == 5
    prefs.retention.setValue(10)  # paid in 2020: ten years are not over on TODAY
    prefs.accept()
    assert session.settings.get("gdpr_retention_years") == 10
    dialog = GdprDueDialog(session, cf)
    qtbot.addWidget(dialog)
    assert dialog.model.rows() == []
    assert "10 ans" in dialog.intro.text()
    assert not dialog.anonymise_button.isEnabled()


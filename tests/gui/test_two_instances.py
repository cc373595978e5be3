"""Two Relance on one company file: the second is told and may only read; a lock left by an
instance that crashed is taken over without asking."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from relance_desktop.services.customers import CustomerInput, create_customer, customer_names
from relance_desktop.views.common import Session
from relance_desktop.views.dialogs import CustomerDialog
from relance_desktop.views.file_lock import lock_path
from relance_desktop.views.main_window import MainWindow
from tests.gui.conftest import Messages


def _second(qtbot: Any, session: Session) -> MainWindow:
    other = MainWindow(session)
    qtbot.addWidget(other)
    return other


def test_a_second_instance_is_offered_read_only(
    qtbot: Any, window: MainWindow, session: Session, company_path: Path, messages: Messages,
) -> None:
    assert window.open_file(company_path)
    assert lock_path(company_path).exists()
    second = _second(qtbot, session)

    messages.answer = QMessageBox.StandardButton.No
    assert not second.open_file(company_path)  # declined: nothing opened
    assert second.cf is None
    assert any("déjà ouvert" in text for text in messages.texts)

    messages.answer = QMessageBox.StandardButton.Yes
    assert second.open_file(company_path)
    assert second.cf is not None and second.cf.read_only
    assert "lecture seule" in second.windowTitle()
    create_customer(window.cf, CustomerInput(name="Transports Meunier"))  # the first writes
    assert ("Transports Meunier" in
            [name for _id, name in customer_names(second.cf)])  # the second reads it
    with pytest.raises(Exception, match="readonly"):  # the database itself refuses
        create_customer(second.cf, CustomerInput(name="Refusé"))

    customer_id = next(cid for cid, name in customer_names(second.cf)
                       if name == "Transports Meunier")
    form = CustomerDialog(second.session, second, second.cf, customer_id)
    qtbot.addWidget(form)
    form.show()
    form.ui.city.setText("Tours")
    form.accept()
    assert "ouvert en lecture seule ici" in form.error_text()  # and what to do instead
    form.reject()

    second.close_company()
    window.close_company()
    assert not lock_path(company_path).exists()  # released with the file


def test_a_lock_left_by_a_crashed_instance_is_taken_over(
    window: MainWindow, company_path: Path, messages: Messages,
) -> None:
    crashed = (
        "import os, sys\n"
        "from PySide6.QtCore import QLockFile\n"
        "lock = QLockFile(sys.argv[1]); lock.setStaleLockTime(0)\n"
        "assert lock.tryLock(0)\n"
        "os._exit(0)\n"  # dies holding it
    )
    subprocess.run([sys.executable, "-c", crashed, str(lock_path(company_path))], check=True)
    assert lock_path(company_path).exists()
    assert window.open_file(company_path)
    assert window.cf is not None and not window.cf.read_only
    assert messages.texts == []

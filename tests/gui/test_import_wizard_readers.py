"""The import wizard on what the readers report: accounts all excluded, generic accounts, a
wide CSV (the columns page stays responsive). Real samples where they exist, small files made
here otherwise."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from relance_desktop.views.import_wizard import ImportWizard
from relance_desktop.views.main_window import MainWindow

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples"
TILL_FEC = SAMPLES / "fec" / "000000000FEC20231231.txt"  # only till and payment accounts
Button = QWizard.WizardButton


@pytest.fixture
def main(window: MainWindow, company_path: Path) -> MainWindow:
    assert window.open_file(company_path)
    return window


def next_page(wizard: ImportWizard, qtbot: Any) -> None:
    button = wizard.button(Button.NextButton)
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.busy)


@pytest.mark.skipif(not TILL_FEC.exists(), reason="shared/samples is not beside the repo")
def test_a_file_whose_accounts_are_all_excluded_says_so(main: MainWindow, qtbot: Any) -> None:
    wizard = main.open_import([TILL_FEC])
    assert wizard is not None
    next_page(wizard, qtbot)
    assert wizard.currentPage() is wizard.fec_page
    assert wizard.fec_page.excluded() == {"CCB", "CCHQ", "CESP", "CVIR"}
    next_page(wizard, qtbot)
    qtbot.waitUntil(lambda: wizard.preview_page.plan is not None and not wizard.busy)
    notice = wizard.preview_page.notice.text()
    assert "tous exclus" in notice and "CESP" in notice
    assert "déjà à jour" not in notice  # the file was never imported

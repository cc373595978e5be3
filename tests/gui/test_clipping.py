"""No header, button, label or tab of the app's windows is cut at 1366×768, in French, English
and Dutch: every window of the demo (the catalogue of scripts/screenshots.py) is shown at the size
a maximised window has on that screen and its text measured against the room it has."""

from __future__ import annotations

import importlib.util
import tempfile
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from relance_desktop.views.clipping import clipped

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT.parent / "shared" / "samples"
SCREEN = (1366, 768)
LANGUAGES = ("fr", "en", "nl")
WINDOWS = ("today", "invoices", "invoices-grouped", "customers", "letters", "actions",
           "actions-calendar", "customer", "customer-timeline", "scenarios", "call-step1", "call-step2", "call-step3", "call-step4", "call-step5", "call-step6",
           "templates", "templates-letters", "calculator", "rates", "preferences",
           "email-settings", "import-step1", "import-step2", "import-step3", "guide", "shortcuts",
           "about")
NEEDS_SAMPLES = ("import-step2", "import-step3")  # the wizard past its first step reads a file
# Windows whose cut text is being reworked elsewhere: the test says what is still cut.
PENDING: dict[str, str] = {}


def _screenshots() -> ModuleType:
    spec = importlib.util.spec_from_file_location("relance_screenshots",
                                                  ROOT / "scripts" / "screenshots.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@cache
def problems_in(language: str) -> dict[str, list[str]]:
    """What each window cuts in ``language`` (computed once per language)."""
    shots = _screenshots()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    installed: list[QTranslator] = []
    found: dict[str, list[str]] = {}
    try:
        shots.use_language(app, language, installed)
        with tempfile.TemporaryDirectory(prefix="relance-clip-") as tmp:
            window = shots.make_window(Path(tmp), language)
            try:
                for name, widget in shots.windows(
                        window, SCREEN, SAMPLES if SAMPLES.is_dir() else None):
                    found.setdefault(name, []).extend(clipped(widget))
                    if widget.width() > SCREEN[0] or widget.height() > SCREEN[1]:
                        found[name].append(f"the window needs {widget.width()}×"
                                           f"{widget.height()} px, larger than the screen")
            finally:
                window.close_company()
                window.close()
                window.deleteLater()
    finally:
        shots.use_language(app, "fr", installed)
        for translator in installed:
            app.removeTranslator(translator)
    return found


@pytest.mark.parametrize("name", WINDOWS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_nothing_is_cut_at_1366x768(qtbot: Any, language: str, name: str) -> None:
    found = problems_in(language)
    if name in NEEDS_SAMPLES and not SAMPLES.is_dir():
        pytest.skip("the sample import files are not beside the repository")
    assert name in found, f"{name} was not shown"
    if found[name] and name in PENDING:
        pytest.xfail(PENDING[name] + ": " + "; ".join(found[name]))
    assert not found[name], f"{name} ({language}) cuts: " + "; ".join(found[name])


def test_the_finder_sees_a_cut_header_and_button(qtbot: Any) -> None:
    """The measuring itself, on a window made too narrow on purpose."""
    from PySide6.QtWidgets import QPushButton, QTableWidget, QVBoxLayout, QWidget

    top = QWidget()
    layout = QVBoxLayout(top)
    table = QTableWidget(1, 3)
    table.setHorizontalHeaderLabels(["Montant", "Reste dû", "Frais de retard"])
    for col in range(3):
        table.setColumnWidth(col, 40)
    button = QPushButton("Ouvrir la copie de la facture")
    button.setMinimumWidth(1)
    button.setMaximumWidth(60)
    layout.addWidget(table)
    layout.addWidget(button)
    qtbot.addWidget(top)
    top.resize(300, 200)
    top.show()
    problems = clipped(top)
    assert any("'Frais de retard'" in p for p in problems)
    assert any("button 'Ouvrir la copie de la facture'" in p for p in problems)
    table.setColumnWidth(2, 200)  # wide enough, but now ends behind the scroll bar
    table.setColumnWidth(0, 120)
    assert any("'Frais de retard' is cut by the view" in p for p in clipped(top))


def test_columns_keep_their_titles_and_end_at_the_right_edge(qtbot: Any) -> None:
    """The shared column sizing: a long text column gives up room (elided) so that every
    title stays whole and the last column is not pushed behind a scroll bar."""
    from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

    from relance_desktop.views.columns import fit_columns

    titles = ["Client", "Dernière action", "Montant TTC", "Max. dagen te laat", "Statut"]
    table = QTableWidget(3, len(titles))
    table.setHorizontalHeaderLabels(titles)
    for row in range(3):
        table.setItem(row, 0, QTableWidgetItem("Imprimerie Moderne Chabert et associés " * 3))
        table.setItem(row, 1, QTableWidgetItem("Appel 02/12/2026 (pas de réponse)"))
        table.setItem(row, 2, QTableWidgetItem("11 164,39 €"))
        table.setItem(row, 4, QTableWidgetItem("Payée en partie"))
    fit_columns(table)
    qtbot.addWidget(table)
    table.resize(620, 200)
    table.show()
    qtbot.waitUntil(lambda: table.horizontalHeader().sectionSize(0) < 300)
    assert clipped(table) == []
    header = table.horizontalHeader()
    assert header.sectionSize(0) >= 100  # the long one keeps a readable share
    table.resize(1200, 200)  # room again: the long column takes it back
    qtbot.waitUntil(lambda: header.sectionSize(0) > 300)
    assert clipped(table) == []

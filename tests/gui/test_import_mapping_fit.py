"""The import wizard's column mapping fits its window at 1366×768: every information and the
column chosen for it is read without scrolling sideways."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QComboBox, QScrollArea

from relance_desktop.views.import_wizard import MappingPage
from relance_desktop.views.main_window import MainWindow


def _export(folder: Path) -> Path:
    """A billing export whose column titles are long, as accounting tools write them."""
    path = folder / "export-factures.csv"
    path.write_text(
        "Numéro de la facture;Raison sociale du client destinataire;Date d'émission de la "
        "facture;Date d'échéance contractuelle;Montant total toutes taxes comprises;"
        "Adresse électronique de facturation\n"
        "F-2026-001;Boulangerie Roy SARL;01/09/2026;01/10/2026;1 500,00;compta@roy.example\n",
        encoding="utf-8")
    return path


def test_the_mapping_fits_without_a_sideways_scroll(
        qtbot: Any, window: MainWindow, company_path: Path, tmp_path: Path) -> None:
    assert window.open_file(company_path)
    wizard = window.open_import([_export(tmp_path)])
    assert wizard is not None
    wizard.resize(1060, 700)  # as it opens on a 1366×768 screen (the test's screen is smaller)
    for _ in range(3):
        if isinstance(wizard.currentPage(), MappingPage):
            break
        wizard.next()
        qtbot.waitUntil(lambda: not wizard.busy)
    page = wizard.currentPage()
    assert isinstance(page, MappingPage)
    qtbot.wait(50)
    customer = page.combos["customer"]
    scroll = next(a for a in page.findChildren(QScrollArea) if a.isAncestorOf(customer))
    assert scroll.horizontalScrollBar().maximum() == 0, "the mapping scrolls sideways"
    assert scroll.widget().width() <= scroll.viewport().width(), "the mapping is cut"
    for field, combo in page.combos.items():  # each choice shows its column's title whole
        assert isinstance(combo, QComboBox)
        text = combo.currentText()
        if text and text != "—":
            needed = combo.fontMetrics().horizontalAdvance(text)
            assert combo.width() > needed, f"{field}: {text!r} is cut"


def test_a_smaller_wizard_still_shows_the_mapping_whole_in_width(
        qtbot: Any, window: MainWindow, company_path: Path, tmp_path: Path) -> None:
    """A wizard made narrower (a small screen, a scaled display): the rows scroll down, never
    sideways."""
    assert window.open_file(company_path)
    wizard = window.open_import([_export(tmp_path)])
    assert wizard is not None
    for _ in range(3):
        if isinstance(wizard.currentPage(), MappingPage):
            break
        wizard.next()
        qtbot.waitUntil(lambda: not wizard.busy)
    page = wizard.currentPage()
    assert isinstance(page, MappingPage)
    wizard.resize(820, 700)
    qtbot.wait(50)
    scroll = next(a for a in page.findChildren(QScrollArea)
                  if a.isAncestorOf(page.combos["customer"]))
    assert scroll.horizontalScrollBar().maximum() == 0, "the mapping scrolls sideways"
    assert scroll.widget().width() <= scroll.viewport().width(), "the mapping is cut"

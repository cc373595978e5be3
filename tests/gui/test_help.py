"""Aide: the guide of the working day in each language, the shortcuts read from the actions,
« À propos » with the versions and licences of what Relance runs on."""

from __future__ import annotations

import platform
import sqlite3
from typing import Any

import peewee
import pytest
import reportlab
from PySide6.QtCore import qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QWidget

from relance_desktop import __version__
from relance_desktop.views.help import AboutDialog, GuideDialog, ShortcutsDialog, shortcuts
from relance_desktop.views.main_window import MainWindow


@pytest.mark.parametrize(("language", "title", "page"), [
    ("fr", "Une journée avec Relance", "Courriers"),
    ("en", "A day with Relance", "Letters"),
    ("nl", "Een dag met Relance", "Brieven"),
])
def test_the_guide_reads_in_the_interface_language(
        qtbot: Any, language: str, title: str, page: str) -> None:
    dialog = GuideDialog(language)
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert text.startswith(title)
    assert page in text and "http" not in text


def test_the_guide_opens_from_the_help_menu_with_f1(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDialog, "exec", lambda self: opened.append(self.objectName()) or 0)
    guide = next(a for a in window.actions() if a.text() == "&Guide")
    assert guide.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    guide.trigger()
    assert opened == ["GuideDialog"]


def test_shortcuts_are_those_of_the_actions_without_their_mnemonics(qtbot: Any) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    actions = [QAction("&Ouvrir…", owner), QAction("Nouvelle &facture…", owner),
               QAction("Sans raccourci", owner), QAction("Pertes && profits", owner)]
    actions[0].setShortcut(QKeySequence("Ctrl+O"))
    actions[1].setShortcut(QKeySequence("Ctrl+N"))
    actions[3].setShortcut(QKeySequence("Ctrl+Shift+P"))
    assert [(s.command, s.keys) for s in shortcuts(actions)] == [
        ("Nouvelle facture", "Ctrl+N"), ("Ouvrir", "Ctrl+O"),
        ("Pertes & profits", "Ctrl+Maj+P")]  # as Qt says it in the interface's language


def test_the_shortcut_list_of_the_window_follows_its_menus(window: MainWindow,
                                                           qtbot: Any) -> None:
    dialog = ShortcutsDialog(window.actions(), window)
    qtbot.addWidget(dialog)
    listed = {dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text()
              for r in range(dialog.table.rowCount())}
    assert listed["Calcul des intérêts de retard"] == "Ctrl+I"
    assert listed["Appeler le client (fiche d'appel)"] == "Ctrl+L"
    assert "Taux d'intérêt" not in listed  # no shortcut: not listed


def test_about_names_the_versions_and_licences(qtbot: Any) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    for name, version in (("Relance", __version__), ("Python", platform.python_version()),
                          ("Qt", qVersion()), ("ReportLab", reportlab.Version),
                          ("peewee", peewee.__version__), ("SQLite", sqlite3.sqlite_version)):
        assert name in text and version in text
    assert "LGPL v3" in text and "MIT" in text and "BSD" in text

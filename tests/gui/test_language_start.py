"""The first start follows the system's language; Qt's own dialogs speak the interface language.

Each test installs translators and removes them (and restores the default locale) at teardown,
so the other GUI tests still see French.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QCalendarWidget, QFileDialog, QLabel

from relance_desktop.app import install_translators, start_settings


@pytest.fixture
def use_language(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    installed = []
    before = QLocale()

    def install(language: str) -> None:
        installed.extend(install_translators(qapp, language))

    yield install
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.mark.parametrize(("lang", "language", "format_locale"), [
    ("en_GB.UTF-8", "en", "en_GB"),
    ("nl_BE.UTF-8", "nl", "nl_BE"),
    ("fr_BE.UTF-8", "fr", "fr_BE"),
    ("de_DE.UTF-8", "fr", "fr_FR"),
    ("nl_NL.UTF-8", "nl", "nl_BE"),
    ("C.UTF-8", "fr", "fr_FR"),
])
def test_a_fresh_profile_starts_in_the_system_language(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication,
        use_language: Callable[[str], None], lang: str, language: str,
        format_locale: str) -> None:
    monkeypatch.setenv("RELANCE_HOME", str(tmp_path))
    for variable in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", lang)

    settings = start_settings()
    use_language(settings.get("ui_language"))

    assert settings.get("ui_language") == language
    assert settings.get("format_locale") == format_locale
    expected = {"fr": "&Fichier", "en": "&File", "nl": "&Bestand"}[language]
    assert QCoreApplication.translate("MainWindow", "&Fichier") == expected


def test_the_choice_made_in_preferences_wins_over_the_system(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RELANCE_HOME", str(tmp_path))
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    start_settings().set("ui_language", "nl")
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert start_settings().get("ui_language") == "nl"


def _texts(widget: Any) -> str:
    return " ".join(label.text() for label in widget.findChildren(QLabel))


@pytest.mark.parametrize(("language", "look_in", "files_of_type"), [
    ("fr", "Voir dans", "Fichiers de type"),
    ("nl", "Zoeken in", "Bestanden van type"),
])
def test_file_dialogs_speak_the_interface_language(
        qtbot: Any, use_language: Callable[[str], None], language: str, look_in: str,
        files_of_type: str) -> None:
    use_language(language)
    dialog = QFileDialog(None, "", "", "*.csv")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    text = _texts(dialog)
    assert look_in in text and files_of_type in text
    assert "Look in" not in text and "Files of type" not in text


@pytest.mark.parametrize(("language", "month", "weekday"), [
    ("fr", "décembre", "lun."), ("nl", "december", "ma"), ("en", "December", "Mon")])
def test_calendars_speak_the_interface_language(
        qtbot: Any, use_language: Callable[[str], None], language: str, month: str,
        weekday: str) -> None:
    use_language(language)
    calendar = QCalendarWidget()
    qtbot.addWidget(calendar)
    calendar.setCurrentPage(2026, 12)
    assert calendar.locale().monthName(12) == month or \
        calendar.locale().standaloneMonthName(12).lower() == month.lower()
    assert calendar.locale().dayName(1, QLocale.FormatType.ShortFormat).startswith(weekday)

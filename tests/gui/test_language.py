"""The interface speaks the chosen language: English and Dutch translators on a fresh window.

The translators are removed at teardown so every other GUI test still sees French.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from relance_desktop.app import install_translators
from relance_desktop.views.common import Session
from relance_desktop.views.invoice_cells import Col
from relance_desktop.views.main_window import MainWindow

EXPECTED = {
    "en": {
        "menus": ["&File", "&Entry", "&View", "&Tools", "&Help"],
        "columns": {Col.CUSTOMER: "Customer", Col.NUMBER: "Invoice no.", Col.DUE: "Due date",
                    Col.STILL_DUE: "Balance due"},
        "sidebar": ["Today", "Overdue invoices", "Customers", "Letters", "Today's actions"],
        "status": "0 invoices shown",
    },
    "nl": {
        "menus": ["&Bestand", "&Invoer", "&Weergave", "E&xtra", "&Help"],
        "columns": {Col.CUSTOMER: "Klant", Col.NUMBER: "Factuurnr.", Col.DUE: "Vervaldag",
                    Col.STILL_DUE: "Openstaand"},
        "sidebar": ["Vandaag", "Vervallen facturen", "Klanten", "Brieven",
                    "Acties van vandaag"],
        "status": "0 facturen getoond",
    },
}


@pytest.fixture
def use_language(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Installs the translators of a language; all of them are removed at teardown."""
    installed = []

    def install(language: str) -> None:
        installed.extend(install_translators(qapp, language))

    yield install
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    assert QCoreApplication.translate("MainWindow", "&Fichier") == "&Fichier"


def fresh_window(qtbot: Any, session: Session) -> MainWindow:
    window = MainWindow(session)
    qtbot.addWidget(window)
    return window


@pytest.mark.parametrize("language", ["en", "nl"])
def test_main_window_speaks_the_language(qtbot: Any, session: Session,
                                         use_language: Callable[[str], None],
                                         language: str) -> None:
    session.settings.set("ui_language", language)
    use_language(language)
    expected = EXPECTED[language]
    window = fresh_window(qtbot, session)

    assert [a.text() for a in window.menuBar().actions()] == expected["menus"]
    header = window.model.headerData
    for column, title in expected["columns"].items():
        assert header(column, Qt.Orientation.Horizontal) == title
    assert [window.sidebar.item(i).text() for i in range(window.sidebar.count())] \
        == expected["sidebar"]
    assert window.status_count.text() == expected["status"]


def test_french_is_back_once_the_translators_are_removed(qtbot: Any, session: Session) -> None:
    window = fresh_window(qtbot, session)
    assert window.menuBar().actions()[0].text() == "&Fichier"
    assert window.model.headerData(Col.CUSTOMER, Qt.Orientation.Horizontal) == "Client"


def test_validation_messages_are_translated_with_their_field_label(qapp: Any) -> None:
    from relance_desktop.errors import ValidationError
    from relance_desktop.services.validation import required
    from relance_desktop.views.common import translate

    with pytest.raises(ValidationError) as info:
        required("name", " ", "Le nom")
    translators = install_translators(qapp, "en")
    try:
        assert info.value.render(translate) == "Name is required."
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert info.value.render(translate) == "Le nom est obligatoire."

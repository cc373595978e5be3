"""The caller reads the call sheet in the interface's language: the tips of each step and the
customer's call hours are English or Dutch in an English or Dutch interface, even for a French
customer (whose own texts — what is said to them — stay French)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from relance_desktop.app import install_translators
from relance_desktop.formatting import Formatter
from relance_desktop.services import customers, invoices
from relance_desktop.services.session import open_company
from relance_desktop.settings import Settings
from relance_desktop.views.common import Session
from relance_desktop.views.main_window import MainWindow
from tests.helpers import TODAY

LOCALES = {"fr": "fr_FR", "en": "en_GB", "nl": "nl_BE"}
# Words of the French tips and hours that must not reach an English or Dutch caller.
FRENCH = ("facture", "échéance", "Appelez", "Relisez", "paiement", "mar", "jeu", "10h")
EXPECTED = {
    "en": {"hours": "Tue–Thu 10:00–12:00", "prepare": "Have the number, date, amount"},
    "nl": {"hours": "di–do 10:00–12:00", "prepare": "Houd nummer, datum, bedrag"},
    "fr": {"hours": "mar–jeu 10:00–12:00", "prepare": "Ayez sous les yeux le numéro"},
}


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


def _french_customer(path: Path) -> int:
    cf = open_company(path)
    try:
        customer = customers.create_customer(cf, customers.CustomerInput(
            name="Boulangerie Arnaud", country="FR", language="fr", phone="+33 1 42 68 53 00",
            call_hours="mar–jeu 10h–12h"))
        invoices.create_invoice(cf, invoices.InvoiceInput(
            customer, "F-7", date(2026, 9, 1), date(2026, 10, 1), 125_000))
        return customer
    finally:
        cf.close()


@pytest.mark.parametrize("language", ["en", "nl", "fr"])
def test_the_call_sheet_gives_tips_and_hours_in_the_interface_language(
        qtbot: Any, tmp_path: Path, company_path: Path, use_language: Callable[[str], None],
        language: str, windows_on_server: None) -> None:
    customer = _french_customer(company_path)
    use_language(language)
    settings = Settings(tmp_path / "settings.json")
    settings.set("ui_language", language)
    session = Session(settings=settings, formatter=Formatter(LOCALES[language]),
                      today=lambda: TODAY, now=lambda: datetime.combine(TODAY, time(10, 0)))
    window = MainWindow(session)
    qtbot.addWidget(window)
    assert window.open_file(company_path)
    sheet = window.open_call_sheet(customer)
    assert sheet is not None
    tips = " ".join(label.text() for label in sheet.advice_labels.values())
    header = sheet.header.text()
    assert EXPECTED[language]["prepare"] in tips
    assert EXPECTED[language]["hours"] in header
    if language != "fr":
        words = set(tips.replace("<br>", " ").replace(",", " ").split())
        assert not [word for word in FRENCH if word in words]
        assert "10h" not in header and "mar–jeu" not in header
    # What is said to the customer stays in the customer's language.
    assert sheet.templates["advice.prepare"].startswith("Ayez sous les yeux")
    # The Today list reads the hours the same way.
    window.reload_today()
    [row] = [r for r in window.today_rows if r.customer_id == customer]
    assert window._today_cells(row).reachable.startswith(EXPECTED[language]["hours"])
    sheet.close()

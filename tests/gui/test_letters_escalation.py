"""Courriers: escalating letters are chosen one by one, a filter says what it hides, a customer
in dispute is shown but only ticked after a warning, the reminder level reads in words."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from relance_desktop.services import calls
from relance_desktop.services import company as company_service
from relance_desktop.services.session import open_company
from relance_desktop.store.models import Invoice
from relance_desktop.views.letters_page import LettersPage
from relance_desktop.views.main_window import PAGE_LETTERS, MainWindow
from tests.gui.conftest import Messages
from tests.gui.trust_company import Company, make_company
from tests.helpers import TODAY


def _company(tmp_path: Path, *, lemaire_level: int = 0, claes_disputed: bool = False) -> Company:
    company = make_company(tmp_path, TODAY)
    cf = open_company(company.path)
    try:
        with cf.use():
            Invoice.update(dunning_level=lemaire_level).where(
                Invoice.id == company.old_invoice).execute()
        if claes_disputed:
            calls.open_dispute(cf, company.claes, invoice_ids=[company.claes_invoice],
                               reason="Travail non terminé", today=TODAY)
    finally:
        cf.close()
    return company


def _page(window: MainWindow, company: Company, kind: str) -> LettersPage:
    assert window.open_file(company.path)
    window.show_page(PAGE_LETTERS)
    page = window.letters_page
    page.kind.setCurrentIndex(page.kind.findData(kind))
    return page


def _rows(page: LettersPage) -> dict[str, Qt.CheckState]:
    return {page.table.item(r, 0).text(): page.table.item(r, 0).checkState()
            for r in range(page.table.rowCount())}


def test_a_formal_notice_starts_with_nobody_ticked_and_the_filter_says_what_it_hides(
        window: MainWindow, tmp_path: Path) -> None:
    page = _page(window, _company(tmp_path, lemaire_level=2), "formal-notice")
    assert _rows(page) == {"Garage Lemaire SA": Qt.CheckState.Unchecked}
    assert page.hidden_label.isVisible()
    assert page.hidden_label.text().startswith("1 client masqué par le filtre")
    page.show_all_button.click()
    assert not page.by_level.isChecked()
    assert _rows(page) == {"Garage Lemaire SA": Qt.CheckState.Unchecked,
                           "Pieter Claes": Qt.CheckState.Unchecked}
    assert not page.hidden_label.isVisible()
    assert page.checked() == []


def test_an_empty_list_because_of_the_filter_says_so(window: MainWindow,
                                                     tmp_path: Path) -> None:
    page = _page(window, _company(tmp_path), "formal-notice")  # nobody reminded twice yet
    assert page.stack.currentWidget() is page.empty
    assert page.empty.title.text() == "Personne à cette étape"
    assert "Afficher tout" in page.empty.text.text()
    assert page.hidden_label.text().startswith("2 clients masqués par le filtre")
    page.show_all_button.click()
    assert page.stack.currentWidget() is page.table and len(_rows(page)) == 2


def test_a_first_reminder_is_still_ticked_for_everyone_due(
        window: MainWindow, tmp_path: Path) -> None:
    page = _page(window, _company(tmp_path), "reminder-1")
    assert set(_rows(page).values()) == {Qt.CheckState.Checked}
    assert len(_rows(page)) == 2
    assert not page.hidden_label.isVisible()


def test_a_customer_in_dispute_is_shown_and_ticked_only_after_a_warning(
        window: MainWindow, tmp_path: Path, messages: Messages) -> None:
    page = _page(window, _company(tmp_path, claes_disputed=True), "reminder-1")
    rows = _rows(page)
    assert rows["Garage Lemaire SA"] == Qt.CheckState.Checked
    disputed = next(r for r in range(page.table.rowCount())
                    if "litige" in page.table.item(r, 0).text())
    item = page.table.item(disputed, 0)
    assert item.text().startswith("Pieter Claes") and item.checkState() == Qt.CheckState.Unchecked
    messages.answer = QMessageBox.StandardButton.No
    item.setCheckState(Qt.CheckState.Checked)
    assert "litige" in messages.texts[-1]
    assert item.checkState() == Qt.CheckState.Unchecked
    messages.answer = QMessageBox.StandardButton.Yes
    item.setCheckState(Qt.CheckState.Checked)
    assert item.checkState() == Qt.CheckState.Checked
    assert len(page.checked()) == 2


def test_the_reminder_level_reads_in_words(window: MainWindow, tmp_path: Path) -> None:
    page = _page(window, _company(tmp_path, lemaire_level=1), "reminder-1")
    page.by_level.setChecked(False)
    header = page.table.horizontalHeaderItem(3)
    assert header.text() == "Dernière relance" and "mise en demeure" in header.toolTip()
    levels = {page.table.item(r, 0).text(): page.table.item(r, 3).text()
              for r in range(page.table.rowCount())}
    assert levels == {"Garage Lemaire SA": "1re relance", "Pieter Claes": "aucune relance"}


def test_the_page_says_what_the_company_lacks_before_the_first_letter(
        window: MainWindow, tmp_path: Path, messages: Messages,
        monkeypatch: pytest.MonkeyPatch) -> None:
    # The company of these tests was created with a name and a country only.
    page = _page(window, _company(tmp_path), "reminder-1")
    assert page.missing_label.isVisible()
    for missing in ("la rue et le numéro", "le code postal", "la localité", "l'IBAN où payer"):
        assert missing in page.missing_label.text()
    chosen: list[bool] = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: chosen.append(True) or ""))
    messages.answer = QMessageBox.StandardButton.No
    page.produce()
    assert "il manque" in messages.texts[-1] and chosen == []  # stopped before the folder


def test_a_complete_company_gets_no_warning(window: MainWindow, tmp_path: Path) -> None:
    company = _company(tmp_path)
    cf = open_company(company.path)
    try:
        company_service.update_company(cf, company_service.CompanyInput(
            name="Atelier Essai SRL", country="BE", street="12 rue Haute", postcode="1000",
            city="Bruxelles", company_number="0403170701", iban="BE71096123456769"))
    finally:
        cf.close()
    page = _page(window, company, "reminder-1")
    assert not page.missing_label.isVisible()


def test_a_customer_in_dispute_follows_the_level_filter_too(
        window: MainWindow, tmp_path: Path) -> None:
    # Claes (never reminded) is in dispute: not proposed for a formal notice at level 2 only.
    page = _page(window, _company(tmp_path, lemaire_level=2, claes_disputed=True),
                 "formal-notice")
    assert _rows(page) == {"Garage Lemaire SA": Qt.CheckState.Unchecked}
    page.by_level.setChecked(False)
    assert "Pieter Claes — en litige" in _rows(page)

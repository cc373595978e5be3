"""Courriers: escalating letters are chosen one by one, a filter says what it hides, a customer
in dispute is shown but only ticked after a warning, the reminder level reads in words."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

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


COMPLETE = {"street": "12 rue Haute", "postcode": "1000", "city": "Bruxelles",
            "company_number": "0403170701", "iban": "BE71096123456769",
            "email": "compta@atelier-essai.example", "phone": "+32 2 511 00 00"}
LACKING = ("la rue et le numéro", "le code postal", "la localité",
           "le numéro d'entreprise (SIREN ou BCE)", "l'IBAN où payer",
           "l'adresse e-mail où vous répondre", "le téléphone où vous joindre")


@dataclass
class MissingBox:
    """The « incomplete company card » box as a test sees it: its texts, and the button the
    user clicks (« fill »: Compléter la fiche…, else Cancel)."""

    texts: list[str] = field(default_factory=list)
    answer: str = "cancel"


@pytest.fixture
def missing_box(monkeypatch: pytest.MonkeyPatch) -> MissingBox:
    box_seen = MissingBox()

    def run(box: QMessageBox) -> int:
        box_seen.texts.append(box.text().replace("\u2011", "-"))  # as read: « e‑mail »
        fill = next(b for b in box.buttons() if "Compléter la fiche" in b.text())
        cancel = box.button(QMessageBox.StandardButton.Cancel)
        (fill if box_seen.answer == "fill" else cancel).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", run)
    return box_seen


def test_the_page_says_what_the_company_lacks_before_the_first_letter(
        window: MainWindow, tmp_path: Path, missing_box: MissingBox,
        monkeypatch: pytest.MonkeyPatch) -> None:
    # The company of these tests was created with a name and a country only.
    page = _page(window, _company(tmp_path), "reminder-1")
    assert page.missing_box.isVisible() and page.fill_company_button.isVisible()
    for missing in LACKING:
        assert missing in page.missing_label.text().replace("\u2011", "-")
    chosen: list[bool] = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: chosen.append(True) or ""))
    page.produce()  # the box is cancelled: no letter, not even the folder asked
    [said] = missing_box.texts
    assert all(missing in said for missing in LACKING)
    assert chosen == []


def test_the_box_leads_to_the_company_card_then_the_letters_go_on(
        window: MainWindow, tmp_path: Path, missing_box: MissingBox, dialog_script: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from relance_desktop.views.dialogs import CompanyDialog

    page = _page(window, _company(tmp_path), "reminder-1")
    chosen: list[bool] = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: chosen.append(True) or ""))

    def fill(dialog: CompanyDialog) -> None:
        hint = dialog.findChild(QLabel, "lettersHint")
        assert hint is not None and "l'IBAN où payer" in hint.text()  # the card says it too
        fields = {"street": dialog.ui.street, "postcode": dialog.ui.postcode,
                  "city": dialog.ui.city, "company_number": dialog.ui.companyNumber,
                  "iban": dialog.ui.iban, "email": dialog.ui.email, "phone": dialog.ui.phone}
        for key, edit in fields.items():
            edit.setText(COMPLETE[key])
        dialog.accept()

    missing_box.answer = "fill"
    dialog_script.expect(CompanyDialog, fill)
    page.produce()
    assert len(missing_box.texts) == 1
    assert chosen == [True]  # complete now: on to the folder the letters go to
    assert not page.missing_box.isVisible()


def test_a_letter_from_the_call_sheet_or_customer_window_is_stopped_the_same_way(
        window: MainWindow, tmp_path: Path, missing_box: MissingBox,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from relance_desktop.services import letters
    from relance_desktop.views.letters_page import open_preview

    company = _company(tmp_path)
    page = _page(window, company, "reminder-1")
    prepared: list[int] = []
    monkeypatch.setattr(letters, "prepare_document", lambda *a, **k: prepared.append(1))
    assert window.cf is not None
    assert open_preview(window.session, window.cf, company.lemaire, "confirmation", page) is None
    assert len(missing_box.texts) == 1 and "l'IBAN où payer" in missing_box.texts[0]
    assert prepared == []  # nothing prepared, nothing printed


def test_a_complete_company_gets_no_warning(
        window: MainWindow, tmp_path: Path, missing_box: MissingBox) -> None:
    company = _company(tmp_path)
    cf = open_company(company.path)
    try:
        company_service.update_company(cf, company_service.CompanyInput(
            name="Atelier Essai SRL", country="BE", **COMPLETE))
    finally:
        cf.close()
    page = _page(window, company, "reminder-1")
    assert not page.missing_box.isVisible()


def test_a_customer_in_dispute_follows_the_level_filter_too(
        window: MainWindow, tmp_path: Path) -> None:
    # Claes (never reminded) is in dispute: not proposed for a formal notice at level 2 only.
    page = _page(window, _company(tmp_path, lemaire_level=2, claes_disputed=True),
                 "formal-notice")
    assert _rows(page) == {"Garage Lemaire SA": Qt.CheckState.Unchecked}
    page.by_level.setChecked(False)
    assert "Pieter Claes — en litige" in _rows(page)

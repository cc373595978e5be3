"""The call sheet on a full disk: a plain warning that stays, the text kept in the window and in
a copy outside the company file, never « Brouillon enregistré » for a save that did not happen,
and the copy taken back when the sheet opens again."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from relance_desktop.services import calls, draft_fallback
from relance_desktop.services.customers import CustomerInput, create_customer
from relance_desktop.store.database import open_company_file
from relance_desktop.store.models import Interaction
from relance_desktop.views.main_window import MainWindow
from tests.gui.conftest import Messages

NOTES = "Mme Leroy : virement lancé vendredi, rappeler lundi 10h. " * 200  # several pages


@pytest.fixture
def customer_file(company_path: Path) -> tuple[Path, int]:
    with open_company_file(company_path) as cf:
        customer_id = create_customer(cf, CustomerInput(name="Boulangerie Martin",
                                                        phone="+33 1 42 00 00 00"))
    return company_path, customer_id


def _fill_the_disk(window: MainWindow) -> None:
    """SQLITE_FULL on the next write that needs a page: the file may not grow any more."""
    assert window.cf is not None
    db = window.cf.db
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.execute_sql(f"PRAGMA max_page_count = {pages}")


def _free_the_disk(window: MainWindow) -> None:
    assert window.cf is not None
    window.cf.db.execute_sql("PRAGMA max_page_count = 1073741823")


def test_a_full_disk_warns_keeps_the_text_and_brings_it_back(
    qtbot: Any, window: MainWindow, customer_file: tuple[Path, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, customer_id = customer_file
    crashes: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _t, exc, _tb: crashes.append(exc))
    assert window.open_file(path)
    sheet = window.open_call_sheet(customer_id)
    assert sheet is not None
    _fill_the_disk(window)

    sheet.notes.setPlainText(NOTES)
    sheet.save_draft()  # what the autosave timer calls

    assert crashes == []  # no crash dialog: a full disk is no bug
    warning = sheet.saved_label.text()
    assert "NON enregistré" in warning and "disque est plein" in warning
    assert "cannot rollback" not in warning
    assert "enregistré à" not in warning
    assert sheet.notes.toPlainText() == NOTES
    kept = list(draft_fallback.folder().glob("*.json"))
    assert len(kept) == 1 and str(kept[0]) in warning
    assert sheet.autosave.isActive()  # it tries again by itself

    sheet.save_draft()  # still full: the warning stays, still no crash
    assert crashes == [] and "NON enregistré" in sheet.saved_label.text()

    sheet.close()  # closing loses nothing
    qtbot.waitUntil(lambda: customer_id not in window.call_sheets)
    _free_the_disk(window)
    with window.cf.use():  # type: ignore[union-attr]
        assert not Interaction.select().where(Interaction.notes == NOTES).exists()

    again = window.open_call_sheet(customer_id)
    assert again is not None and again.resumed
    assert again.notes.toPlainText() == NOTES
    qtbot.waitUntil(lambda: "enregistré à" in again.saved_label.text(), timeout=3000)
    assert window.cf is not None
    draft = calls.open_draft(window.cf, customer_id)
    assert draft is not None and draft.notes == NOTES
    assert list(draft_fallback.folder().glob("*.json")) == []  # back in the company file


def test_a_draft_saved_once_then_refused_is_updated_not_doubled(
    qtbot: Any, window: MainWindow, customer_file: tuple[Path, int],
) -> None:
    path, customer_id = customer_file
    assert window.open_file(path)
    sheet = window.open_call_sheet(customer_id)
    assert sheet is not None
    sheet.notes.setPlainText("Début de l'appel")
    sheet.save_draft()
    assert "enregistré à" in sheet.saved_label.text()
    _fill_the_disk(window)
    sheet.notes.setPlainText(NOTES)
    sheet.save_draft()
    assert "NON enregistré" in sheet.saved_label.text()
    _free_the_disk(window)
    sheet.save_draft()
    assert "enregistré à" in sheet.saved_label.text()
    assert window.cf is not None
    with window.cf.use():
        drafts = list(Interaction.select().where(Interaction.draft == True))  # noqa: E712
    assert [d.notes for d in drafts] == [NOTES]


def test_closing_asks_when_the_text_could_be_kept_nowhere(
    qtbot: Any, window: MainWindow, customer_file: tuple[Path, int],
    monkeypatch: pytest.MonkeyPatch, messages: Messages,
) -> None:
    """The company file and the data folder on one full disk: the window stays open unless the
    user says to lose the text."""
    path, customer_id = customer_file
    assert window.open_file(path)
    sheet = window.open_call_sheet(customer_id)
    assert sheet is not None
    _fill_the_disk(window)
    blocked = draft_fallback.folder()
    blocked.parent.mkdir(parents=True, exist_ok=True)
    blocked.write_text("not a folder")  # the copy cannot be written either
    sheet.notes.setPlainText(NOTES)
    messages.answer = QMessageBox.StandardButton.No
    sheet.close()
    assert sheet.isVisible() and sheet.notes.toPlainText() == NOTES
    assert "ne la fermez pas" in sheet.saved_label.text()
    assert any("Fermer quand même" in text for text in messages.texts)
    messages.answer = QMessageBox.StandardButton.Yes
    sheet.close()
    qtbot.waitUntil(lambda: customer_id not in window.call_sheets)

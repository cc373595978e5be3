"""The « Courriers » page: a batch of reminders off the GUI thread, and a previewed letter."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog

from relance_desktop.store.models import Document, Invoice
from relance_desktop.views.main_window import PAGE_LETTERS, MainWindow
from relance_desktop.views.pdf_preview import PreviewDialog
from tests.gui.conftest import Messages


def test_a_batch_of_first_reminders_is_produced_and_kept(
        qtbot: Any, demo_window: MainWindow, tmp_path: Path, messages: Messages,
        monkeypatch: pytest.MonkeyPatch) -> None:
    w = demo_window
    w.show_page(PAGE_LETTERS)
    page = w.letters_page
    assert page.current_kind == "reminder-1"
    count = page.table.rowCount()
    assert count >= 3
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: str(tmp_path)))
    page.produce()
    qtbot.waitUntil(lambda: Document.select().count() >= count, timeout=20_000)
    qtbot.waitUntil(lambda: any("fichier" in t for t in messages.texts), timeout=5_000)
    assert len(list(tmp_path.glob("*.pdf"))) == count
    assert Invoice.select().where(Invoice.dunning_level == 1).count() > 0
    # Those customers had their first reminder: the page now proposes nobody for it again.
    page.reload()
    assert page.table.rowCount() == 0


def test_a_previewed_letter_is_kept_only_once_saved(
        qtbot: Any, demo_window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    w = demo_window
    w.show_page(PAGE_LETTERS)
    page = w.letters_page
    shown: list[PreviewDialog] = []

    def fake_exec(dialog: QDialog) -> int:
        shown.append(dialog)  # type: ignore[arg-type]
        return 0

    monkeypatch.setattr(PreviewDialog, "exec", fake_exec)
    page.table.setCurrentCell(0, 0)
    page.preview()
    assert shown and shown[0].page_labels  # the pages are on screen
    dialog = shown[0]
    qtbot.addWidget(dialog)
    assert Document.select().count() == 0
    target = tmp_path / "lettre.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    dialog.save()
    assert target.read_bytes().startswith(b"%PDF")
    assert Document.select().count() == 1
    dialog.save()  # saving again does not count it twice
    assert Document.select().count() == 1

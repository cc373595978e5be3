"""The « Courriers » page: a batch of reminders off the GUI thread, and a previewed letter."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog

from relance_desktop.domain.text import search_key
from relance_desktop.services import invoices, letters
from relance_desktop.store.models import Document, Invoice
from relance_desktop.views.main_window import PAGE_LETTERS, MainWindow
from relance_desktop.views.pdf_preview import PreviewDialog
from tests.gui.conftest import Messages
from tests.helpers import TODAY


def _documents(w: MainWindow) -> int:
    assert w.cf is not None
    with w.cf.use():
        return int(Document.select().count())


def _reminded(w: MainWindow) -> int:
    assert w.cf is not None
    with w.cf.use():
        return int(Invoice.select().where(Invoice.dunning_level == 1).count())


def test_each_row_states_what_is_overdue_as_the_invoices_do(demo_window: MainWindow) -> None:
    w = demo_window
    assert w.cf is not None
    w.show_page(PAGE_LETTERS)
    page = w.letters_page
    assert page.table.rowCount() >= 3
    fmt = w.session.formatter
    names = []
    for row in range(page.table.rowCount()):
        customer_id = int(page.table.item(row, 0).data(0x0100))
        late = [i for i in invoices.invoices_of(w.cf, customer_id)
                if i.state == "open" and i.due_cents > 0 and i.due_date < TODAY]
        assert page.table.item(row, 1).text() == fmt.money(sum(i.due_cents for i in late))
        assert int(page.table.item(row, 2).text()) == max((TODAY - i.due_date).days
                                                          for i in late)
        assert page.table.item(row, 3).text() == "aucune relance"  # nobody reminded yet
        names.append(page.table.item(row, 0).text().removesuffix(" — en litige"))
    # As a reader orders them: « Élodie » among the E, not after Z.
    assert names == sorted(names, key=lambda n: (search_key(n), n))
    assert names.index("Élodie Lecomte") < names.index("Hôtel Les Tilleuls")
    # Thanks: every customer who just paid is listed, even one with nothing left to pay.
    page.kind.setCurrentIndex(page.kind.findData("thanks"))
    thanked = letters.customers_for(w.cf, "thanks", TODAY)
    assert page.table.rowCount() == len(thanked) > 0
    assert fmt.money(0) in [page.table.item(r, 1).text() for r in range(page.table.rowCount())]


def test_a_batch_of_first_reminders_is_produced_and_kept(
        qtbot: Any, demo_window: MainWindow, tmp_path: Path, messages: Messages,
        monkeypatch: pytest.MonkeyPatch) -> None:
    w = demo_window
    w.show_page(PAGE_LETTERS)
    page = w.letters_page
    assert page.current_kind == "reminder-1"
    count = len(page.checked())  # a customer in dispute is shown, not ticked
    assert count >= 3
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: str(tmp_path)))
    page.produce()
    qtbot.waitUntil(lambda: _documents(w) >= count, timeout=20_000)
    qtbot.waitUntil(lambda: any("fichier" in t for t in messages.texts), timeout=5_000)
    assert len(list(tmp_path.glob("*.pdf"))) == count
    assert _reminded(w) > 0
    # Those customers had their first reminder: the page now proposes nobody for it again.
    page.reload()
    left = {int(page.table.item(r, 0).data(0x0100)) for r in range(page.table.rowCount())}
    assert page.checked() == [] and left <= page.disputed


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
    assert _documents(w) == 0
    target = tmp_path / "lettre.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    dialog.save()
    assert target.read_bytes().startswith(b"%PDF")
    assert _documents(w) == 1
    dialog.save()  # saving again does not count it twice
    assert _documents(w) == 1


def test_a_formal_notice_with_an_unpublished_rate_asks_first_and_shows_its_law(
        qtbot: Any, demo_window: MainWindow, messages: Messages,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The shipped table ends before the demo's day: the notice is not blocked, the user is
    asked, and the preview says which law applies and why."""
    from PySide6.QtWidgets import QLabel, QMessageBox

    from relance_desktop.views.letters_page import open_preview

    w = demo_window
    w.show_page(PAGE_LETTERS)
    page = w.letters_page
    page.kind.setCurrentIndex(page.kind.findData("formal-notice"))
    shown: list[PreviewDialog] = []
    monkeypatch.setattr(PreviewDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    assert w.cf is not None
    with w.cf.use():
        customer_id = letters.customers_for(w.cf, "formal-notice", TODAY)[0]
    messages.answer = QMessageBox.StandardButton.No
    assert open_preview(w.session, w.cf, customer_id, "formal-notice", page) is None
    assert any("parfait paiement" in t for t in messages.texts) and not shown
    messages.answer = QMessageBox.StandardButton.Yes
    dialog = open_preview(w.session, w.cf, customer_id, "formal-notice", page)
    assert dialog is not None and shown
    qtbot.addWidget(dialog)
    regime = dialog.findChild(QLabel, "regimeLabel")
    assert regime is not None and "Loi applicable" in regime.text()

"""What a user sees on the call sheet: a real checklist, a night-ban line that reads (no
missing-glyph box) and whose time follows the clock, nothing cut at 1366×768."""

from __future__ import annotations

from datetime import datetime, time
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from relance_desktop.store.models import Customer
from relance_desktop.views.call_sheet.prepare import OBJECTIVE_LINES
from relance_desktop.views.common import Session
from relance_desktop.views.main_window import MainWindow
from tests.helpers import TODAY

MARKS = "✔✖⛔⚠"


def _belgian(window: MainWindow) -> int:
    assert window.cf is not None
    with window.cf.use():
        belgian = Customer.select().where(Customer.country == "BE").first()
        Customer.update(written_only=False, call_hours="").where(
            Customer.id == belgian.id).execute()
        return int(belgian.id)


def test_the_checklist_is_made_of_plain_tick_boxes(demo_window: MainWindow) -> None:
    sheet = demo_window.open_call_sheet(_belgian(demo_window))
    assert sheet is not None
    items = [sheet.checklist.item(r) for r in range(sheet.checklist.count())]
    assert items
    for item in items:
        assert item.flags() & Qt.ItemFlag.ItemIsUserCheckable
        assert item.checkState() == Qt.CheckState.Unchecked
        assert not any(mark in item.text() for mark in MARKS), item.text()
    # The status of an item that needs attention is said in words, not only by a colour.
    assert any(item.toolTip() for item in items)


def test_the_night_ban_line_reads_and_follows_the_clock(
        qtbot: Any, demo_window: MainWindow, session: Session) -> None:
    at = [datetime.combine(TODAY, time(22, 30))]
    session.now = lambda: at[0]
    sheet = demo_window.open_call_sheet(_belgian(demo_window))
    assert sheet is not None
    text = sheet.banner_text()
    assert "22:30" in text or "22h30" in text, text
    for label in sheet.banner_labels():
        metrics = QFontMetrics(label.font())
        missing = [c for c in label.text() if not metrics.inFontUcs4(ord(c))]
        assert not missing, f"glyphs missing from the font: {missing!r}"
    at[0] = datetime.combine(TODAY, time(22, 41))
    sheet.refresh_clock()
    text = sheet.banner_text()
    assert ("22:41" in text or "22h41" in text) and "22:30" not in text, text


def test_a_long_objective_shows_whole(qtbot: Any, demo_window: MainWindow) -> None:
    sheet = demo_window.open_call_sheet(_belgian(demo_window))
    assert sheet is not None
    sheet.resize(1366, 728)
    sheet.show()
    long = ("Obtenir un engagement court et précis : un premier versement à une date ferme dans "
            "les 7 jours, sur les 44 620,60 € dus, et le nom de la personne qui valide")
    sheet.objective.setText(long)
    qtbot.wait(10)
    assert sheet.objective.text() == long
    assert not sheet.objective.verticalScrollBar().isVisible()
    assert sheet.objective.document().size().height() <= OBJECTIVE_LINES


def test_every_call_sheet_fits_a_1366_screen(demo_window: MainWindow) -> None:
    """Customers with four numbers to dial included: the window never needs more width."""
    assert demo_window.cf is not None
    with demo_window.cf.use():
        ids = [c.id for c in Customer.select(Customer.id)]
    for customer_id in ids:
        sheet = demo_window.open_call_sheet(customer_id)
        assert sheet is not None
        assert sheet.minimumSizeHint().width() <= 1366, (customer_id, sheet.minimumSizeHint())
        sheet.close()

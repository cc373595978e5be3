"""Typing in the search box or sorting the invoice list reads the rows on screen, not the list:
a keystroke asks the model for about what one screen shows, fetches no page from the
database, and costs the same on a company of 3,000 open invoices as on one of 30.

Counted, never timed: the model's ``data()`` and ``fetchMore()`` calls while the window
answers one keystroke or one header click (what sizing the columns and painting need)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableView

from relance_desktop.store.database import open_company_file
from relance_desktop.views.columns import fitter_of
from relance_desktop.views.invoice_cells import Col
from relance_desktop.views.main_window import PAGE_CUSTOMERS, PAGE_RECEIVABLES, MainWindow
from relance_desktop.views.paged_model import FIRST_PAGE
from tests.gui.conftest import settle
from tests.helpers import TODAY

OPEN_INVOICES = 3000
CUSTOMERS = 300
# What painting one cell asks (font, alignment, colours, check state, icon, text…), with room
# for the view painting twice after a change (the list, then its selection).
ROLES_PER_CELL = 12
PAINTS = 2
ROOT = QModelIndex()


@dataclass
class Reads:
    """What the list's models were asked since the last ``clear``."""

    calls: int = 0
    rows: set[tuple[int, int]] = field(default_factory=set)  # (model, row)
    fetches: int = 0

    def clear(self) -> None:
        self.calls, self.fetches = 0, 0
        self.rows.clear()


def _fill(path: Path) -> None:
    """3,000 open invoices of 300 customers, « Garage 7 » to « Boulangerie 299 », due every
    day of the last 300 days and the next 30; amounts from 100,00 to about 99 000,00 €."""
    cf = open_company_file(path)
    try:
        with cf.use(), cf.atomic():
            cf.executemany(
                "INSERT INTO customer (id, name, kind, country, language, account, "
                "company_number, vat_number, street, postcode, city, email, phone, mobile, "
                "preferred_channel, call_hours, approver, po_required, payment_run_days, tags, "
                "notes, archived, created_at, updated_at) VALUES (?, ?, 'business', 'FR', 'fr', "
                "'', '', '', '', '', 'Lyon', '', '', '', 'phone', '', '', 0, '', '', '', 0, "
                "'2026-01-01', '2026-01-01')",
                [(n + 1, f"{('Garage', 'Boulangerie', 'Imprimerie')[n % 3]} {n + 1}")
                 for n in range(CUSTOMERS)])
            rows = []
            for n in range(OPEN_INVOICES):
                due = TODAY - timedelta(days=n % 330 - 30)
                rows.append((n + 1, n % CUSTOMERS + 1, f"F2026-{n + 1:05d}",
                             (due - timedelta(days=30)).isoformat(), due.isoformat(),
                             10_000 + (n * 7919) % 9_900_000))
            cf.executemany(
                "INSERT INTO invoice (id, customer_id, number, issue_date, due_date, "
                "amount_cents, currency, description, state, source, dunning_level, "
                "contractual_rate, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'EUR', '', "
                "'open', 'manual', 0, '', '2026-01-01', '2026-01-01')", rows)
    finally:
        cf.close()


def _count(model_class: type, reads: Reads, monkeypatch: pytest.MonkeyPatch) -> None:
    """Count the reads of every model of ``model_class`` (the class, so Qt's calls count)."""
    data, fetch_more = model_class.data, model_class.fetchMore

    def counted_data(self: Any, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        reads.calls += 1
        reads.rows.add((id(self), index.row()))
        return data(self, index, role)

    def counted_fetch(self: Any, parent: Any = ROOT) -> None:
        reads.fetches += 1
        fetch_more(self, parent)

    monkeypatch.setattr(model_class, "data", counted_data)
    monkeypatch.setattr(model_class, "fetchMore", counted_fetch)
    plain_cell = getattr(model_class, "plain_cell", None)
    if plain_cell is not None:  # what the list's painter reads (views.cell_painter)
        def counted_cell(self: Any, row: int, column: int) -> Any:
            reads.calls += 1
            reads.rows.add((id(self), row))
            return plain_cell(self, row, column)

        monkeypatch.setattr(model_class, "plain_cell", counted_cell)


@pytest.fixture
def big_list(window: MainWindow, company_path: Path,
             monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[MainWindow, Reads]]:
    """The main window at 1366×768 on the company of 3,000 open invoices (its list read in
    pages), every read of its models counted."""
    _fill(company_path)
    reads = Reads()
    for model in (window.paged_model, window.customers_model, window.paged_customers):
        _count(type(model), reads, monkeypatch)
    window.resize(1366, 768)
    assert window.open_file(company_path)
    yield window, reads


def _on_screen(view: QTableView) -> int:
    """How many rows the view can show at once (those of the model, if fewer)."""
    height = view.verticalHeader().defaultSectionSize()
    return min(view.model().rowCount(), view.viewport().height() // height + 2)


def _columns(view: QTableView) -> int:
    header = view.horizontalHeader()
    return sum(not header.isSectionHidden(c) for c in range(header.count()))


def _assert_screenful(view: QTableView, reads: Reads, what: str) -> None:
    screen = _on_screen(view)
    assert reads.fetches == 0, f"{what}: {reads.fetches} pages fetched"
    assert len(reads.rows) <= screen, (
        f"{what}: {len(reads.rows)} rows read, {screen} on screen")
    cells = screen * _columns(view)
    assert reads.calls <= PAINTS * cells * ROLES_PER_CELL, (
        f"{what}: {reads.calls} reads for {cells} cells on screen")


def test_showing_the_list_reads_the_rows_on_screen(
        qtbot: Any, big_list: tuple[MainWindow, Reads]) -> None:
    window, reads = big_list
    reads.clear()
    window.show_page(PAGE_RECEIVABLES)
    settle()
    view = window.table
    assert view.isVisible() and window.model.rowCount() >= FIRST_PAGE
    assert reads.fetches == 0
    assert len(reads.rows) <= _on_screen(view)


def test_a_keystroke_reads_the_rows_on_screen(
        qtbot: Any, big_list: tuple[MainWindow, Reads]) -> None:
    window, reads = big_list
    window.show_page(PAGE_RECEIVABLES)
    settle()
    view = window.table
    window.search.setFocus()
    for key in "garage 1":
        reads.clear()
        QTest.keyClicks(window.search, key)
        settle()
        _assert_screenful(view, reads, f"typing {window.search.text()!r}")
    assert window.model.rowCount() > 0
    shown = {str(window.model.index(r, Col.CUSTOMER).data()) for r in range(
        min(window.model.rowCount(), 20))}
    assert shown and all(name.startswith("Garage ") for name in shown)
    for _ in range(len("garage 1")):
        reads.clear()
        QTest.keyClick(window.search, Qt.Key.Key_Backspace)
        settle()
        _assert_screenful(view, reads, f"erasing to {window.search.text()!r}")


def test_a_header_click_reads_the_rows_on_screen(
        qtbot: Any, big_list: tuple[MainWindow, Reads]) -> None:
    window, reads = big_list
    window.show_page(PAGE_RECEIVABLES)
    settle()
    view = window.table
    header = view.horizontalHeader()
    for column in (Col.CUSTOMER, Col.NUMBER, Col.DUE, Col.AMOUNT, Col.AMOUNT):
        reads.clear()
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier, QPoint(x, header.height() // 2))
        settle()
        _assert_screenful(view, reads, f"sorting on column {int(column)}")
    assert header.sortIndicatorSection() == Col.AMOUNT
    amounts = [window.model.item_at(window.model.index(r, 0)).amount_cents for r in range(30)]
    assert amounts == sorted(amounts, reverse=True)  # the largest first: the list is sorted


def test_a_keystroke_in_the_customer_search_reads_the_rows_on_screen(
        qtbot: Any, big_list: tuple[MainWindow, Reads]) -> None:
    window, reads = big_list
    window.show_page(PAGE_CUSTOMERS)
    settle()
    view = window.customer_view
    window.customer_search.setFocus()
    for key in "garage":
        reads.clear()
        QTest.keyClicks(window.customer_search, key)
        settle()
        _assert_screenful(view, reads, f"typing {window.customer_search.text()!r}")
    assert window.customers_model.rowCount() == CUSTOMERS // 3


def test_the_columns_are_measured_again_only_when_the_list_changes_kind(
        qtbot: Any, big_list: tuple[MainWindow, Reads]) -> None:
    """Typing keeps the measures (the columns keep still); other formats measure again."""
    window, _reads = big_list
    window.show_page(PAGE_RECEIVABLES)
    settle()
    fitter = fitter_of(window.table)
    assert fitter is not None
    measured = fitter.measures
    assert measured >= 1
    QTest.keyClicks(window.search, "gar")
    settle()
    assert fitter.measures == measured
    window.formatter_changed.emit()  # the user chose other formats for amounts and dates
    settle()
    assert fitter.measures == measured + 1

"""On a wide screen the spare width goes to the column that is elided first (the customer's
name), not to the last one: the status stays next to the amounts."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from relance_desktop.views.columns import fit_columns, fitter_of, title_width
from relance_desktop.views.invoice_cells import Col
from relance_desktop.views.main_window import PAGE_RECEIVABLES, MainWindow

TITLES = ["Client", "Échéance", "Montant TTC", "Reste dû", "Statut"]


def _table() -> QTableWidget:
    table = QTableWidget(3, len(TITLES))
    table.setHorizontalHeaderLabels(TITLES)
    for row in range(3):
        for col, text in enumerate(("Boulangerie Roy", "01/10/2026", "1 500,00 €",
                                    "1 500,00 €", "En retard")):
            table.setItem(row, col, QTableWidgetItem(text))
    return table


def _needed(view: Any, logical: int) -> int:
    header = view.horizontalHeader() if hasattr(view, "horizontalHeader") else view.header()
    return max(title_width(header, logical), view.sizeHintForColumn(logical) + 6)


def test_spare_width_goes_to_the_named_column(qtbot: Any) -> None:
    table = _table()
    fit_columns(table, stretch=0)
    qtbot.addWidget(table)
    table.resize(1800, 300)
    table.show()
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(0) > 1000)
    assert header.sectionSize(4) <= 2 * _needed(table, 4)
    # the columns still end at the view's right edge
    assert sum(header.sectionSize(c) for c in range(5)) == table.viewport().width()


def test_without_a_name_the_spare_goes_to_the_widest_column(qtbot: Any) -> None:
    table = _table()
    table.setItem(0, 0, QTableWidgetItem("Imprimerie Moderne Chabert et associés"))
    fit_columns(table)
    qtbot.addWidget(table)
    table.resize(1800, 300)
    table.show()
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(0) > 1000)
    assert header.sectionSize(4) <= 2 * _needed(table, 4)


def test_at_1920_the_invoice_lists_status_stays_by_the_amounts(
        qtbot: Any, demo_window: MainWindow) -> None:
    window = demo_window
    window.resize(1920, 1040)
    window.show_page(PAGE_RECEIVABLES)
    for view in (window.table, window.tree):
        if view is window.tree:
            window.group_box.setChecked(True)
        fitter = fitter_of(view)
        assert fitter is not None
        qtbot.waitUntil(lambda view=view: view.isVisible())
        fitter.fit()
        header = view.horizontalHeader() if view is window.table else view.header()
        last = max(c for c in range(header.count()) if not header.isSectionHidden(c))
        assert last == Col.STATUS
        assert header.sectionSize(last) <= 2 * _needed(view, last), view.objectName()
        assert header.sectionSize(Col.CUSTOMER) >= max(
            header.sectionSize(c) for c in range(header.count()) if c != Col.CUSTOMER)

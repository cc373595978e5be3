"""The invoice list's cells painted by views.cell_painter look exactly as Qt's own item painter
draws them: the same pixels, left and right aligned, coloured, cut with « … », on rows of odd and
even heights, in larger fonts; a selected row and a cell with an icon are left to Qt's
painter."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QTableView,
)

from relance_desktop.views.cell_painter import PlainCell, PlainCellPainter, paint_plain_cells
from tests.gui.conftest import settle

TEXTS = ("Garage du Centre SARL 37", "F2025-08151", "1\u202f234,56\xa0€", "12/08/2025", "",
         "Très long texte qui déborde largement de la colonne étroite", "42", "Ωμέγα ÉTÉ")
RIGHT = {2, 6}  # right-aligned columns
WIDTHS = (150, 90, 100, 90, 60, 120, 40, 70)
RED = QBrush(QColor("#b3261e"))


class Cells:
    """A table of texts, with the roles Qt's painter reads and the cells the plain one reads."""

    def __init__(self, rows: int = 24) -> None:
        self.model = QStandardItemModel(rows, len(WIDTHS))
        for row in range(rows):
            for column in range(len(WIDTHS)):
                item = QStandardItem(self.text(row, column))
                if column in RIGHT:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if self.red(row, column):
                    item.setForeground(RED)
                if self.marked(row, column):
                    item.setIcon(QApplication.style().standardIcon(
                        QStyle.StandardPixmap.SP_MessageBoxWarning))
                self.model.setItem(row, column, item)

    @staticmethod
    def text(row: int, column: int) -> str:
        return TEXTS[(row + column) % len(TEXTS)]

    @staticmethod
    def red(row: int, column: int) -> bool:
        return column == 6 and row % 3 == 0

    @staticmethod
    def marked(row: int, column: int) -> bool:  # an icon (a claim mark in the real list)
        return column == 0 and row % 5 == 3

    def plain_cell(self, row: int, column: int) -> PlainCell:
        if self.marked(row, column):
            return None  # not plain: Qt's painter draws it
        return (self.text(row, column), column in RIGHT,
                RED if self.red(row, column) else None)


def _table(qtbot: Any, cells: Cells, row_height: int) -> QTableView:
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(cells.model)
    view.setWordWrap(False)  # as the invoice list
    view.setShowGrid(False)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(row_height)
    for column, width in enumerate(WIDTHS):
        view.setColumnWidth(column, width)
    view.resize(760, 420)
    view.show()
    qtbot.waitExposed(view)
    return view


def _picture(view: QAbstractItemView) -> QImage:
    view.viewport().repaint()
    settle()
    return view.viewport().grab().toImage()


def _differences(first: QImage, second: QImage) -> int:
    assert first.size() == second.size()
    return sum(first.pixel(x, y) != second.pixel(x, y)
               for y in range(first.height()) for x in range(first.width()))


@pytest.mark.parametrize("row_height", [17, 19, 22, 25])
def test_the_plain_painter_draws_what_qts_painter_draws(qtbot: Any, row_height: int) -> None:
    """Rows of odd and even heights, then larger fonts (up to one taller than the row)."""
    cells = Cells()
    view = _table(qtbot, cells, row_height)
    view.setCurrentIndex(cells.model.index(2, 0))  # a selected row: Qt's painter draws it
    stock = _picture(view)
    painter = paint_plain_cells(view, cells)
    assert isinstance(view.itemDelegate(), PlainCellPainter) and painter is view.itemDelegate()
    assert _differences(stock, _picture(view)) == 0

    size = view.font().pointSize()
    for larger in (2, 3, 5):
        view.setFont(QFont(view.font().family(), size + larger))  # measured again
        settle()
        view.setItemDelegate(painter)
        plain = _picture(view)
        view.setItemDelegate(QStyledItemDelegate(view))
        assert _differences(_picture(view), plain) == 0, larger


def test_a_column_too_narrow_is_cut_as_qt_cuts_it(qtbot: Any) -> None:
    cells = Cells(rows=8)
    view = _table(qtbot, cells, 22)
    for width in (12, 33, 57):  # each column narrower than most of its texts
        for column in range(len(WIDTHS)):
            view.setColumnWidth(column, width)
        view.setItemDelegate(QStyledItemDelegate(view))
        stock = _picture(view)
        paint_plain_cells(view, cells)
        assert _differences(stock, _picture(view)) == 0, width


def test_the_invoice_list_looks_as_qt_would_paint_it(demo_list: Any) -> None:
    view = demo_list.table
    assert isinstance(view.itemDelegate(), PlainCellPainter)
    plain = _picture(view)
    painter = view.itemDelegate()
    view.setItemDelegate(QStyledItemDelegate(view))
    assert _differences(_picture(view), plain) == 0
    view.setItemDelegate(painter)


def test_a_list_written_right_to_left_is_left_to_qts_painter(qtbot: Any) -> None:
    cells = Cells(rows=8)
    view = _table(qtbot, cells, 22)
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    settle()
    stock = _picture(view)
    paint_plain_cells(view, cells)
    assert _differences(stock, _picture(view)) == 0

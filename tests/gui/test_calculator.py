"""The calculator window and the rate table, as a user fills them in."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication

from relance_desktop.domain.legal import HalfYear
from relance_desktop.services import legal
from relance_desktop.views.calculator import CalculatorWindow
from relance_desktop.views.rates import RatesDialog


def cells(window: CalculatorWindow) -> list[list[str]]:
    return [row.cells for row in window.table.rows()]


def test_the_worked_example_typed_by_hand(qtbot: Any, session: Any) -> None:
    window = CalculatorWindow(session, country="FR")
    qtbot.addWidget(window)
    window.amount.setText("1 500,00")
    window.due.setDate(QDate(2025, 3, 31))
    window.on.setDate(QDate(2025, 6, 15))
    rows = cells(window)
    period = next(r for r in rows if r[1].startswith("01/04/2025"))
    assert period[2:5] == ["76", "13,15\xa0%", "41,07\xa0€"]
    assert rows[-1][0] == "Total" and rows[-1][4] == "1\u202f581,07\xa0€"
    assert any(r[5] == "C. com. D441-5" for r in rows)
    assert "31/03/2030" in window.notices.text()
    window.copy_button.click()
    assert "41,07" in QGuiApplication.clipboard().text()


def test_bad_input_and_unknown_rates_say_so_without_numbers(qtbot: Any, session: Any) -> None:
    window = CalculatorWindow(session, country="FR")
    qtbot.addWidget(window)
    window.amount.setText("mille")
    assert window.table.rowCount() == 0 and "mille" in window.notices.text()
    window.amount.setText("100")
    window.due.setDate(QDate(2026, 5, 1))
    window.on.setDate(QDate(2026, 9, 1))
    assert window.table.rowCount() == 0
    assert "2026-S2" in window.notices.text()


def test_consumer_fields_follow_the_country_and_debtor(qtbot: Any, session: Any) -> None:
    window = CalculatorWindow(session, country="FR")
    qtbot.addWidget(window)
    assert not window.notice_box.isEnabled() and not window.reminder_box.isEnabled()
    window.debtor.setCurrentIndex(window.debtor.findData("consumer"))
    assert window.notice_box.isEnabled() and not window.reminder_box.isEnabled()
    window.country.setCurrentIndex(window.country.findData("BE"))
    assert not window.notice_box.isEnabled() and window.reminder_box.isEnabled()


def test_opened_from_the_list_it_takes_the_customers_open_invoices(
    demo_window: Any, qtbot: Any
) -> None:
    w = demo_window
    from relance_desktop.views.main_pages import PAGE_RECEIVABLES

    w.show_page(PAGE_RECEIVABLES)  # actions apply to the selection of the page shown
    w.view.setCurrentIndex(w.model.index(0, 0))
    item = w.model.item_at(w.view.currentIndex())
    qtbot.keyClick(w, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    calc = w.calculator
    assert calc.items and {i.customer_id for i in calc.items} == {item.customer_id}
    titles = [r[0] for r in cells(calc) if r[0].startswith("Facture ")]
    assert f"Facture {item.number}" in titles
    ticked = [i for i in calc.items if i.days_overdue > 0]
    assert len(calc.results) == len(ticked)
    if len(ticked) > 1:
        assert cells(calc)[-1][0] == "Total des factures"
    calc.invoices.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert len(calc.results) == len(ticked) - (1 if calc.items[0].days_overdue > 0 else 0)


def test_a_user_adds_the_next_half_year(qtbot: Any, session: Any) -> None:
    dialog = RatesDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.half_year.placeholderText() == "2026-S2"
    dialog.inputs["ecb"].setText("2,15")
    dialog.inputs["fr_legal_other"].setText("2,5")
    dialog.inputs["be_b2b"].setText("x")
    dialog.add_button.click()
    assert "n'est pas un taux" in dialog.error.text()
    dialog.inputs["be_b2b"].setText("10,5")
    dialog.add_button.click()
    assert "2026-S2" in dialog.error.text()
    table = legal.load_rates(session.settings)
    assert table.fr_b2b_rate(HalfYear(2026, 2)) == legal.Decimal("12.15")
    assert table.known_until >= date(2026, 12, 31) or HalfYear(2026, 2) in table.ecb
    dialog.rate_mode.setCurrentIndex(dialog.rate_mode.findData("due_date"))
    assert session.settings.get("rate_mode") == "due_date"

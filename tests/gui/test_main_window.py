"""The main window driven as a user would: open, filter, search, sort, group, open, pay."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt

from relance_desktop.domain.aging import Bucket
from relance_desktop.domain.text import search_key
from relance_desktop.views.customer_window import CustomerWindow
from relance_desktop.views.dialogs import PaymentDialog
from relance_desktop.views.invoice_cells import Col, Scope
from relance_desktop.views.main_window import (
    PAGE_CUSTOMERS,
    PAGE_EMPTY,
    PAGE_RECEIVABLES,
    PAGE_TODAY,
)
from tests.gui.conftest import list_read, settle
from tests.helpers import sha256, shown_items

FRENCH_MONEY = re.compile(r"^-?\d{1,3}(\u202f\d{3})*,\d{2}\xa0€$")
FRENCH_DATE = re.compile(r"^\d{2}/\d{2}/\d{4}$")


def cell(window: Any, row: int, column: Col, parent: QModelIndex | None = None) -> str:
    index = window.model.index(row, column, parent or QModelIndex())
    return str(window.model.data(index))


def visible(window: Any) -> list[Any]:
    return shown_items(window)


def test_without_a_file_the_window_explains_how_to_start(window: Any) -> None:
    assert window.pages.currentIndex() == PAGE_EMPTY
    assert window.windowTitle() == "Relance"
    assert not window.new_invoice_action.isEnabled()
    assert not window.payment_action.isEnabled()


def test_demo_company_fills_the_list_with_french_formats(demo_window: Any, qtbot: Any) -> None:
    w = demo_window
    assert w.pages.currentIndex() == PAGE_TODAY  # what to do today comes first
    w.show_page(PAGE_RECEIVABLES)
    assert w.pages.currentIndex() == PAGE_RECEIVABLES
    assert "Ateliers Beaulieu SAS" in w.windowTitle()
    # where the company is: its file, or the server (under --engine postgres)
    assert ("Démo.relance" if w.cf.path is not None else "sur 127.0.0.1") in w.windowTitle()
    list_read(w, qtbot)
    rows = len(visible(w))  # (every page read)
    assert rows > 20
    assert all(item.days_overdue > 0 for item in visible(w))  # the default tab: overdue only
    assert FRENCH_MONEY.match(cell(w, 0, Col.AMOUNT))
    assert FRENCH_MONEY.match(cell(w, 0, Col.STILL_DUE))
    assert FRENCH_DATE.match(cell(w, 0, Col.DUE))
    assert w.status_count.text() == f"{rows} factures affichées"
    assert w.status_total.text().startswith("Reste dû affiché : ")
    # The largest delay comes first.
    days = [item.days_overdue for item in visible(w)]
    assert days == sorted(days, reverse=True)


def test_each_aging_tab_shows_its_invoices_count_and_total(demo_list: Any) -> None:
    w = demo_list
    fmt = w.session.formatter
    for pos, scope in enumerate(Scope):
        w.tabs.buttons[pos].click()
        items = visible(w)
        assert all(item.bucket in scope.buckets() for item in items)
        total = sum(i.amount_cents - i.paid_cents for i in items)
        assert w.tabs.tabText(pos) == (
            w.tabs.tabText(pos).split(" (")[0] + f" ({len(items)})\n{fmt.money(total)}"
        )
    w.tabs.setCurrentIndex(Scope.OVER_90)
    assert {i.bucket for i in visible(w)} == {Bucket.OVER_90}


def test_search_as_you_type_by_customer_number_and_amount(demo_list: Any, qtbot: Any) -> None:
    w = demo_list
    w.tabs.setCurrentIndex(Scope.ALL)
    qtbot.keyClicks(w.search, "garage")
    names = {i.customer for i in visible(w)}
    assert names and all("Garage" in n for n in names)
    w.search.clear()
    target = visible(w)[5]
    qtbot.keyClicks(w.search, target.number.lower())
    assert [i.number for i in visible(w)] == [target.number]
    w.search.clear()
    # An amount typed the French way, with a space for thousands.
    due = target.amount_cents - target.paid_cents
    fmt = w.session.formatter
    typed = w.session.formatter.number(due).replace("\u202f", " ")
    qtbot.keyClicks(w.search, typed)
    assert target.invoice_id in {i.invoice_id for i in visible(w)}
    shown = visible(w)
    assert shown and all(  # the amount or what is still due starts with the words typed
        typed.replace(" ", "") in (fmt.number(i.amount_cents) + " " + fmt.number(i.owed_cents)
                                   ).replace("\u202f", "")
        for i in shown)


def test_search_ignores_accents_and_case(demo_list: Any, qtbot: Any) -> None:
    w = demo_list
    w.tabs.setCurrentIndex(Scope.ALL)
    qtbot.keyClicks(w.search, "LUKASZ")
    assert visible(w) and {i.customer for i in visible(w)} == {"Łukasz Nowak"}


def test_escape_clears_the_search_and_down_goes_to_the_list(demo_list: Any, qtbot: Any) -> None:
    w = demo_list
    before = w.model.rowCount()
    w.focus_search()
    qtbot.keyClicks(w.search, "zzzz-nothing")
    assert w.model.rowCount() == 0
    qtbot.keyClick(w.search, Qt.Key.Key_Escape)
    assert w.search.text() == ""
    assert w.model.rowCount() == before
    w.search.setFocus()
    qtbot.keyClick(w.search, Qt.Key.Key_Down)
    assert w.view.hasFocus()
    assert w.view.currentIndex().isValid()


@pytest.mark.parametrize("column", list(Col))
def test_every_column_sorts_both_ways(demo_list: Any, column: Col) -> None:
    w = demo_list
    w.tabs.setCurrentIndex(Scope.ALL)

    def key(item: Any) -> Any:
        return {
            Col.CUSTOMER: search_key(item.customer),
            Col.NUMBER: item.number,
            Col.ISSUED: item.issue_date,
            Col.DUE: item.due_date,
            Col.DAYS: item.days_overdue,
            Col.AMOUNT: item.amount_cents,
            Col.STILL_DUE: item.amount_cents - item.paid_cents,
            Col.LAST_ACTION: item.last_action_at is not None and item.last_action_at,
            Col.NEXT_STEP: (item.next_step_at is None, item.next_step_at or 0),
            Col.STATUS: item.status,
        }[column]

    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        w.view.sortByColumn(column, order)
        items = visible(w)
        assert len(items) == w.model.rowCount()
        if column in (Col.CUSTOMER, Col.NUMBER, Col.ISSUED, Col.DUE, Col.DAYS, Col.AMOUNT,
                      Col.STILL_DUE):
            keys = [key(i) for i in items]
            assert keys == sorted(keys, reverse=order == Qt.SortOrder.DescendingOrder)
        assert w.list_header().sortIndicatorSection() == column


def test_group_by_customer_shows_each_customers_total(demo_list: Any, qtbot: Any) -> None:
    w = demo_list
    flat_total = w.model.visible_due()["EUR"]
    qtbot.keyClick(w, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert w.model.grouped and w.group_box.isChecked()
    fmt = w.session.formatter
    grand = 0
    for row in range(w.model.rowCount()):
        group = w.model.index(row, 0)
        children = [w.model.item_at(w.model.index(r, 0, group))
                    for r in range(w.model.rowCount(group))]
        assert children and len({c.customer_id for c in children}) == 1
        due = sum(c.amount_cents - c.paid_cents for c in children)
        grand += due
        assert cell(w, row, Col.STILL_DUE) == fmt.money(due)
        assert cell(w, row, Col.CUSTOMER).startswith(children[0].customer)
    assert grand == flat_total
    # Sorted by still due, biggest debtor first.
    w.view.sortByColumn(Col.STILL_DUE, Qt.SortOrder.DescendingOrder)
    totals = [fmt.parse_money(cell(w, r, Col.STILL_DUE)) for r in range(w.model.rowCount())]
    assert totals == sorted(totals, reverse=True)


def test_enter_opens_the_customer_view_on_that_invoice(demo_list: Any, qtbot: Any) -> None:
    w = demo_list
    w.view.setFocus()
    w.view.setCurrentIndex(w.model.index(0, 0))
    item = w.model.item_at(w.view.currentIndex())
    qtbot.keyClick(w.view, Qt.Key.Key_Return)
    window = w.customer_windows[item.customer_id]
    assert isinstance(window, CustomerWindow) and window.isVisible()
    assert item.customer in window.header.text()
    numbers = [row.cells[0] for row in window.invoices.rows()]
    assert item.number in numbers
    current = window.invoices.row(window.invoice_view.currentIndex())
    assert current is not None and current.id == item.invoice_id
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_a_partial_then_full_payment_updates_the_list(
    demo_list: Any, dialog_script: Any, qtbot: Any
) -> None:
    w = demo_list
    fmt = w.session.formatter
    w.show_page(PAGE_RECEIVABLES)  # actions apply to the selection of the page shown
    w.view.setCurrentIndex(w.model.index(0, 0))
    item = w.model.item_at(w.view.currentIndex())
    due = item.amount_cents - item.paid_cents
    count_before = len(visible(w))

    def pay_100(d: PaymentDialog) -> None:
        assert d.ui.dueInfo.text() == fmt.money(due)
        d.ui.amount.clear()
        qtbot.keyClicks(d.ui.amount, "100,00")
        d.accept()

    dialog_script.expect(PaymentDialog, pay_100)
    qtbot.keyClick(w, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # Ctrl+P prints, everywhere
    settle()  # the payment reported its change: the list reloads by itself
    row = w.model.index_of_invoice(item.invoice_id)
    assert row.isValid()
    assert cell(w, row.row(), Col.STILL_DUE) == fmt.money(due - 10_000)
    assert w.model.item_at(row).status == "partly_paid"

    def pay_rest(d: PaymentDialog) -> None:
        d.ui.payAll.click()
        d.accept()

    w.view.setCurrentIndex(row)
    dialog_script.expect(PaymentDialog, pay_rest)
    w.payment_action.trigger()
    settle()
    assert not w.model.index_of_invoice(item.invoice_id).isValid()
    assert len(visible(w)) == count_before - 1


def test_a_wrong_payment_keeps_the_dialog_open_and_writes_nothing(
    demo_list: Any, dialog_script: Any, qtbot: Any
) -> None:
    w = demo_list
    w.view.setCurrentIndex(w.model.index(0, 0))
    item = w.model.item_at(w.view.currentIndex())

    def too_much(d: PaymentDialog) -> None:
        d.ui.amount.setText("99999999,99")
        d.accept()
        assert d.isVisible()
        assert "dépasse ce qui reste dû" in d.error_text()
        assert d.focusWidget() is d.ui.amount
        d.ui.amount.setText("douze euros")
        d.accept()
        assert "n'est pas un montant" in d.error_text()
        d.reject()

    dialog_script.expect(PaymentDialog, too_much)
    w.add_payment()
    settle()
    again = w.model.item_at(w.model.index_of_invoice(item.invoice_id))
    assert again.paid_cents == item.paid_cents


def test_keyboard_reaches_search_tabs_and_customers(demo_list: Any, qtbot: Any) -> None:
    w = demo_list
    w.view.setFocus()
    qtbot.keyClick(w, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert w.search.hasFocus()
    qtbot.keyClick(w, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert w.model.scope == Scope.D1_30
    qtbot.keyClick(w, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert w.pages.currentIndex() == PAGE_CUSTOMERS
    assert w.customers_model.rowCount() >= 35
    qtbot.keyClick(w, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert w.pages.currentIndex() == PAGE_RECEIVABLES


def test_opening_a_text_file_says_so_and_keeps_the_open_company(
    demo_list: Any, tmp_path: Path, messages: Any
) -> None:
    w = demo_list
    bad = tmp_path / "notes.relance"
    bad.write_text("ceci n'est pas une base", encoding="utf-8")
    before, shown = sha256(bad), w.cf
    assert not w.open_file(bad)
    assert any("n'est pas un fichier Relance" in t and str(bad) in t for t in messages.texts)
    assert sha256(bad) == before
    assert w.cf is not None and w.cf is shown
    assert w.model.rowCount() > 0


@pytest.mark.sqlite_only(reason="the recent files are company files")
def test_close_and_recent_files(demo_window: Any, demo_path: Path) -> None:
    w = demo_window
    recent = w.session.settings.get("recent_files")
    assert recent[0] == str(demo_path.resolve())
    w.close_action.trigger()
    assert w.cf is None and w.pages.currentIndex() == PAGE_EMPTY
    w._fill_recent()
    actions = w.recent_menu.actions()
    assert actions and str(demo_path.resolve()) in actions[0].text()
    actions[0].trigger()
    assert w.cf is not None
    w.show_page(PAGE_RECEIVABLES)
    assert w.model.rowCount() > 0


@pytest.mark.parametrize(("typed", "word"), [
    ("1 234,56", "1234.56"), ("1234.56", "1234.56"), ("1.234,56", "1234.56"),
    ("1,234.56", "1234.56"), ("1 234", "1234"), ("1234,5", "1234.5"), ("12 €", "12"),
    ("Garage Dubois", None),
])
def test_amounts_typed_any_way_are_one_search_word(typed: str, word: str | None) -> None:
    from relance_desktop.views.invoice_cells import normalise_query

    assert normalise_query(typed) == ([word] if word else ["garage", "dubois"])


def test_amounts_in_two_currencies_are_never_added_together(demo_list: Any, qtbot: Any
                                                            ) -> None:
    from relance_desktop.services.invoices import InvoiceInput, create_invoice
    from tests.helpers import TODAY

    w = demo_list
    customer = next(iter(shown_items(w))).customer_id
    eur_before = w.model.overdue()["EUR"]
    create_invoice(w.cf, InvoiceInput(customer, "US-1", TODAY.replace(month=9), TODAY.replace(
        month=10), 123_456, currency="USD"))
    settle()  # whoever creates it, the window hears of it
    assert w.model.overdue() == {"EUR": eur_before, "USD": 123_456}
    fmt = w.session.formatter
    both = f"{fmt.money(eur_before)} + {fmt.money(123_456, 'USD')}"
    qtbot.waitUntil(lambda: w.status_overdue.text().endswith(both), timeout=5000)  # read anew
    qtbot.waitUntil(lambda: f"+ {fmt.money(123_456, 'USD')}" in w.tabs.tabText(Scope.OVERDUE),
                    timeout=5000)


def _saved_geometry(session: Any, x: int, y: int, width: int, height: int,
                    maximised: bool = False) -> None:
    from PySide6.QtWidgets import QMainWindow

    other = QMainWindow()
    other.setGeometry(x, y, width, height)
    if maximised:
        other.setWindowState(Qt.WindowState.WindowMaximized)
    session.settings.set("window_geometry",
                         bytes(other.saveGeometry().toBase64().data()).decode("ascii"))
    other.deleteLater()


def test_a_saved_window_too_small_reopens_at_a_usable_size(qtbot: Any, session: Any) -> None:
    from relance_desktop.views.main_window import MainWindow

    _saved_geometry(session, 0, 0, 1000, 245)  # what a maximised first start once left
    main = MainWindow(session)
    qtbot.addWidget(main)
    assert main.height() >= main.minimumHeight() >= 500
    assert main.width() >= main.minimumWidth()


def test_a_window_saved_off_screen_comes_back_on_screen(qtbot: Any, session: Any) -> None:
    from PySide6.QtGui import QGuiApplication

    from relance_desktop.views.main_window import MainWindow

    _saved_geometry(session, 6000, 4000, 700, 600)
    main = MainWindow(session)
    qtbot.addWidget(main)
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert screen.intersects(main.geometry())


def test_a_maximised_window_reopens_maximised_with_a_usable_normal_size(
        qtbot: Any, session: Any) -> None:
    from relance_desktop.views.main_window import MainWindow

    first = MainWindow(session)
    qtbot.addWidget(first)
    first.setWindowState(Qt.WindowState.WindowMaximized)
    first.show()
    first.close()
    again = MainWindow(session)
    qtbot.addWidget(again)
    assert again.windowState() & Qt.WindowState.WindowMaximized
    assert again.normalGeometry().height() >= again.minimumHeight()

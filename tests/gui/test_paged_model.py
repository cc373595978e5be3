"""The paged invoice list (views.paged_model) in a real QTableView: it holds one page, fetches
the next as the user scrolls, sorts on a header click and filters by search and aging tab, all
through the database. Typing changes the rows in place: a keystroke that leaves the screenful
as it was paints nothing again, and whatever is typed the list shows what a list read afresh
shows, from its top, its first row current."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView

from relance_desktop.formatting import Formatter
from relance_desktop.services import lists
from relance_desktop.services.session import CompanySession
from relance_desktop.store.database import open_company_file
from relance_desktop.views import main_customers
from relance_desktop.views.invoice_cells import Col, Scope
from relance_desktop.views.main_window import PAGE_CUSTOMERS, PAGE_RECEIVABLES, PAGE_TODAY
from relance_desktop.views.paged_model import FIRST_PAGE, PAGE_SIZE, PagedInvoiceModel
from tests.gui.conftest import settle
from tests.helpers import TODAY

FRENCH_MONEY = re.compile(r"^-?\d{1,3}(\u202f\d{3})*,\d{2}\xa0€$")
NAMES = ("Garage Müller", "Łukasz Nowak", "Boulangerie Martin")
INVOICES = 1000  # five pages


@pytest.fixture
def big_cf(cf: CompanySession) -> Iterator[CompanySession]:
    """A company with 1,000 open invoices (and 100 paid ones) for three customers (a file, or
    a database on the test server under --engine postgres)."""
    _fill(cf)
    yield cf


def _fill(cf: CompanySession) -> None:
    with cf.use(), cf.atomic():
        cf.executemany(
            "INSERT INTO customer (id, name, kind, country, language, account, company_number, "
            "vat_number, street, postcode, city, email, phone, mobile, preferred_channel, "
            "call_hours, approver, po_required, payment_run_days, tags, notes, archived, "
            "created_at, updated_at) VALUES (?, ?, 'business', 'FR', 'fr', '', '', '', '', '', "
            "'', '', '', '', 'phone', '', '', 0, '', '', '', 0, '2026-01-01', '2026-01-01')",
            [(n + 1, name) for n, name in enumerate(NAMES)])
        rows = []
        for n in range(INVOICES + 100):
            due = TODAY - timedelta(days=(n * 7) % 200 - 30)
            rows.append((n + 1, n % 3 + 1, f"F{n + 1:05d}", (due - timedelta(days=30)).isoformat(),
                         due.isoformat(), 10_000 + (n * 7919) % 900_000))
        cf.executemany(
            "INSERT INTO invoice (id, customer_id, number, issue_date, due_date, amount_cents, "
            "currency, description, state, source, dunning_level, contractual_rate, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, 'EUR', '', 'open', 'manual', 0, '', "
            "'2026-01-01', '2026-01-01')", rows)
        cf.executemany(  # the last 100 are paid
            "INSERT INTO payment (invoice_id, paid_on, amount_cents, method, reference, note, "
            "source, created_at) SELECT id, ?, amount_cents, 'transfer', '', '', 'manual', ? "
            "FROM invoice WHERE id = ?",
            [(TODAY.isoformat(), "2026-01-01", n) for n in range(INVOICES + 1, INVOICES + 101)])
    lists.fill_search_keys(cf)  # as the window does when it opens a file


@pytest.fixture
def shown(qtbot: Any, big_cf: CompanySession) -> tuple[QTableView, PagedInvoiceModel]:
    model = PagedInvoiceModel(Formatter("fr_FR"))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.resize(900, 400)
    model.set_company(big_cf, TODAY)
    model.set_scope(Scope.ALL)
    view.sortByColumn(Col.DAYS, Qt.SortOrder.DescendingOrder)
    view.show()
    qtbot.waitExposed(view)
    return view, model


def _column(model: PagedInvoiceModel, attr: str) -> list[Any]:
    return [getattr(item, attr) for item in model.loaded_items()]


def test_holds_one_page_and_fetches_more_when_scrolled(shown: Any) -> None:
    view, model = shown
    assert model.rowCount() == FIRST_PAGE and model.canFetchMore()
    view.scrollToBottom()
    settle()
    assert model.rowCount() == FIRST_PAGE + PAGE_SIZE
    while model.canFetchMore():
        view.scrollToBottom()
        settle()
    assert model.rowCount() == INVOICES  # every open invoice once, none of the paid ones
    assert len({i.invoice_id for i in model.loaded_items()}) == INVOICES
    days = _column(model, "days_overdue")
    assert days == sorted(days, reverse=True)
    assert model.visible_count() == INVOICES


def test_cells_are_formatted_for_the_rows_on_screen(shown: Any) -> None:
    view, model = shown
    first = model.loaded_items()[0]
    assert model.data(model.index(0, Col.CUSTOMER)) == first.customer
    assert FRENCH_MONEY.match(model.data(model.index(0, Col.AMOUNT)))
    assert model.data(model.index(0, Col.DAYS)) == str(first.days_overdue)
    assert model.data(model.index(FIRST_PAGE, 0)) is None  # not fetched
    assert view.grab().width() > 0  # paints


def test_a_header_click_sorts_in_the_database(qtbot: Any, shown: Any) -> None:
    view, model = shown
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(Col.AMOUNT) + header.sectionSize(Col.AMOUNT) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    ascending = header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    amounts = _column(model, "amount_cents")
    assert amounts == sorted(amounts, reverse=not ascending)
    assert model.rowCount() == FIRST_PAGE  # a new first page, not a sort in memory
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    again = _column(model, "amount_cents")
    assert again == sorted(again, reverse=ascending)
    view.sortByColumn(Col.CUSTOMER, Qt.SortOrder.AscendingOrder)
    while model.canFetchMore():
        model.fetchMore()
    names = _column(model, "customer")
    assert names == ["Boulangerie Martin"] * 333 + ["Garage Müller"] * 334 + (
        ["Łukasz Nowak"] * 333)


def test_search_and_tabs_filter_in_the_database(qtbot: Any, shown: Any) -> None:
    _view, model = shown
    with qtbot.waitSignal(model.totals_changed, timeout=2000):
        model.set_search("MULLER")
    assert set(_column(model, "customer")) == {"Garage Müller"}
    totals = model.visible_totals()
    assert totals is not None and totals.count == 334
    model.set_search("lukasz f0002")  # every word: Łukasz's invoices numbered F0002x
    assert {(i.customer, i.number[:5]) for i in model.loaded_items()} == {
        ("Łukasz Nowak", "F0002")}
    model.set_search("")
    model.set_scope(Scope.NOT_DUE)
    assert model.rowCount() > 0
    assert all(i.days_overdue <= 0 for i in model.loaded_items())
    tabs = model.scope_totals()
    assert tabs[Scope.ALL][0] == INVOICES
    assert tabs[Scope.NOT_DUE][0] == model.visible_count()
    assert sum(tabs[s][0] for s in (Scope.NOT_DUE, Scope.D1_30, Scope.D31_60, Scope.D61_90,
                                    Scope.OVER_90)) == INVOICES
    assert model.overdue()["EUR"] == tabs[Scope.OVERDUE][1]["EUR"]


def _fresh_rows(cf: Any, words: str) -> list[int]:
    """The invoices a list read afresh shows for ``words`` (all tabs, most overdue first)."""
    fresh = PagedInvoiceModel(Formatter("fr_FR"))
    fresh.set_company(cf, TODAY)
    fresh.set_scope(Scope.ALL)
    fresh.sort(Col.DAYS, Qt.SortOrder.DescendingOrder)
    fresh.set_search(words)
    return [item.invoice_id for item in fresh.loaded_items()]


def _shown(model: PagedInvoiceModel) -> list[int]:
    return [item.invoice_id for item in model.loaded_items()]


def test_typing_on_a_rare_word_reads_the_rows_found_not_the_indexes(
        shown: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """« F0070 » finds ten invoices, all read: « F00705 » is looked for among those ten (no pass
    over the indexes again), with the same rows as read afresh; erasing reads afresh."""
    _view, model = shown
    passes: list[object] = []
    few_ids = lists._few_ids

    def counted(cf: Any, sources: Any, params: Any, numbers: Any = None) -> Any:
        passes.append(sources)
        return few_ids(cf, sources, params, numbers)

    monkeypatch.setattr(lists, "_few_ids", counted)
    typed = ""
    for key in "F0070":
        typed += key
        model.set_search(typed)
    assert sorted(_column(model, "number")) == [f"F0070{n}" for n in range(10)]
    read = len(passes)
    model.set_search("F00705")
    assert _column(model, "number") == ["F00705"] and len(passes) == read
    model.set_search("F00705 lukasz")  # a word more: F00705 is Garage Müller's
    assert _column(model, "number") == [] and len(passes) == read
    model.set_search("F0070")  # erased: read afresh
    assert len(_column(model, "number")) == 10 and len(passes) == read + 1
    model.set_search("F00706")
    assert _column(model, "invoice_id") == _fresh_rows(model._cf, "F00706") != []


def test_finds_an_invoice_beyond_the_first_page(shown: Any) -> None:
    _view, model = shown
    model.sort(Col.NUMBER, Qt.SortOrder.AscendingOrder)
    index = model.index_of_invoice(700)  # F00700: the 700th by number
    assert index.isValid() and index.row() == 699
    assert model.item_at(index).number == "F00700"
    assert model.customer_at(index) == model.item_at(index).customer_id
    assert not model.index_of_invoice(INVOICES + 5).isValid()  # paid: not listed
    mine = model.items_of_customer(2)
    assert len(mine) == 333 and {i.customer for i in mine} == {"Łukasz Nowak"}


@pytest.fixture
def big_window(window: Any, company_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """The main window on the 1,000-invoice company."""
    cf = open_company_file(company_path)
    try:
        _fill(cf)
    finally:
        cf.close()
    assert window.open_file(company_path)
    return window


def test_the_main_window_pages_a_big_list(qtbot: Any, big_window: Any) -> None:
    w = big_window
    assert w.pages.currentIndex() == PAGE_TODAY
    assert w.paged_model.rowCount() == 0  # the list is read when it is shown, not at opening
    w.show_page(PAGE_RECEIVABLES)
    assert w.model is w.paged_model and w.view is w.table
    assert w.model.rowCount() == FIRST_PAGE
    days = [i.days_overdue for i in w.model.loaded_items()]
    assert min(days) > 0 and days == sorted(days, reverse=True)  # « Échues », most overdue first
    assert w.status_overdue.text().endswith("…")  # read on a thread
    qtbot.waitUntil(w.paged_model.buckets_known, timeout=3000)
    overdue = w.paged_model.scope_totals()[Scope.OVERDUE][0]
    assert w.tabs.tabText(Scope.OVERDUE).startswith(f"Échues ({overdue})")
    assert not w.status_overdue.text().endswith("…")
    qtbot.waitUntil(lambda: w.status_count.text().startswith(f"{overdue} "), timeout=3000)

    qtbot.keyClicks(w.search, "muller")
    assert {i.customer for i in w.model.loaded_items()} == {"Garage Müller"}
    assert w.status_count.text().startswith("…")  # counted once the typing pauses
    qtbot.waitUntil(lambda: not w.status_count.text().startswith("…"), timeout=3000)
    w.search.clear()

    w.view.sortByColumn(Col.AMOUNT, Qt.SortOrder.AscendingOrder)
    amounts = [i.amount_cents for i in w.model.loaded_items()]
    assert amounts == sorted(amounts) and w.model.rowCount() == FIRST_PAGE

    w.group_box.setChecked(True)  # grouped by customer: a tree read customer by customer
    assert w.model is w.tree_model and w.view is w.tree
    assert w.model.rowCount() == 3
    w.group_box.setChecked(False)
    assert w.model is w.paged_model and w.view is w.table
    w.view.setCurrentIndex(w.model.index(0, 0))
    item = w.model.item_at(w.view.currentIndex())
    assert item is not None and w.model.customer_at(w.view.currentIndex()) == item.customer_id


def test_the_customer_list_of_a_big_company_is_paged(
        qtbot: Any, big_window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    w = big_window
    monkeypatch.setattr(main_customers, "CUSTOMERS_PAGED_FROM", 2)
    w.show_page(PAGE_CUSTOMERS)
    assert w.customers_model is w.paged_customers
    assert not w.customer_view.isSortingEnabled()  # by name, as read
    assert [r.cells[0] for r in w.customers_model.rows()] == [
        "Boulangerie Martin", "Garage Müller", "Łukasz Nowak"]
    garage = w.customers_model.rows()[1]
    assert garage.keys[5] == 334  # open invoices
    assert w.customers_model.data(w.customers_model.index(1, 5)) == "334"
    qtbot.keyClicks(w.customer_search, "LUKASZ")
    assert [r.cells[0] for r in w.customers_model.rows()] == ["Łukasz Nowak"]
    w.customer_view.setCurrentIndex(w.customers_model.index(0, 0))
    assert w.customers_model.row(w.customer_view.currentIndex()).id == 2
    w.customer_search.clear()
    w.customer_view.selectionModel().select(
        w.customers_model.index(0, 0),
        w.customer_view.selectionModel().SelectionFlag.Select
        | w.customer_view.selectionModel().SelectionFlag.Rows)
    w.customer_view.selectionModel().select(
        w.customers_model.index(2, 0),
        w.customer_view.selectionModel().SelectionFlag.Select
        | w.customer_view.selectionModel().SelectionFlag.Rows)
    assert w.merge_button.isEnabled()  # the selection is followed on the paged model too


def test_a_small_company_is_read_in_pages_and_keeps_its_selection_across_a_change(
        qtbot: Any, window: Any, company_path: Path) -> None:
    """Three open invoices: the list is the paged one all the same (one list for every size),
    and the invoice the user selected stays selected when another window records a payment."""
    from relance_desktop.services.customers import CustomerInput, create_customer
    from relance_desktop.services.invoices import (
        InvoiceInput,
        PaymentInput,
        add_payment,
        create_invoice,
    )

    assert window.open_file(company_path)
    cf = window.cf
    dubois = create_customer(cf, CustomerInput(name="Garage Dubois"))
    ids = [create_invoice(cf, InvoiceInput(dubois, f"A-{n}", TODAY - timedelta(days=60 + n),
                                           TODAY - timedelta(days=10 + n), 50_000 + n))
           for n in range(3)]
    settle()
    window.show_page(PAGE_RECEIVABLES)
    assert window.model is window.paged_model and window.view is window.table
    assert [i.number for i in window.model.loaded_items()] == ["A-2", "A-1", "A-0"]
    window.view.setCurrentIndex(window.model.index_of_invoice(ids[1]))
    add_payment(cf, PaymentInput(ids[0], TODAY, 10_000), today=TODAY)
    settle()  # the change reached the window: the list was read again
    current = window.model.item_at(window.view.currentIndex())
    assert current is not None and current.number == "A-1"
    assert window.model.item_at(window.model.index_of_invoice(ids[0])).owed_cents == 40_000


class Paints(QObject):
    """How many times a widget was painted."""

    def __init__(self, widget: Any) -> None:
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def _screen(view: QTableView) -> Any:
    """What the screen shows of the view (the window's backing store, not a new painting)."""
    settle()
    screen = QApplication.primaryScreen()
    return screen.grabWindow(view.window().winId()).toImage()


def test_a_keystroke_that_keeps_the_screenful_paints_nothing(
        shown: tuple[QTableView, PagedInvoiceModel]) -> None:
    view, model = shown
    model.set_search("gar")  # Garage Müller's invoices
    settle()
    rows = _shown(model)
    paints = Paints(view.viewport())
    model.set_search("gara")  # the same invoices
    settle()
    assert _shown(model) == rows and paints.count == 0
    model.set_search("luk")  # as many rows, other invoices: painted
    settle()
    assert model.rowCount() == len(rows) and _shown(model) != rows and paints.count > 0
    assert {str(model.index(r, Col.CUSTOMER).data()) for r in range(model.rowCount())} \
        == {"Łukasz Nowak"}
    on_screen = _screen(view)  # every changed row was painted again
    view.viewport().repaint()
    assert _screen(view) == on_screen
    paints.count = 0
    model.set_search("garag 7")  # fewer rows: painted
    settle()
    assert _shown(model) != rows and paints.count > 0
    assert {str(model.index(r, Col.CUSTOMER).data()) for r in range(model.rowCount())} \
        == {"Garage Müller"}


def test_rows_changed_in_place_are_the_rows_read_afresh(
        shown: tuple[QTableView, PagedInvoiceModel]) -> None:
    view, model = shown
    view.scrollToBottom()
    settle()
    assert model.rowCount() > FIRST_PAGE  # the user scrolled: a second page read
    cf = model._cf
    for words in ("f00", "f007", "f0070", "f00705", "f0070", "f00", "", "luk", "lukasz 12",
                  "zz", "ga", "mart", "g"):
        model.set_search(words)
        view.scrollToTop()  # as the window does (else a view at its end reads on at once)
        settle()
        assert _shown(model) == _fresh_rows(cf, words), words
        assert model.rowCount() == len(_shown(model))
        for row in {0, model.rowCount() - 1} if model.rowCount() else ():  # what is painted
            item = model.item_at(model.index(row, 0))  # is what was read
            assert model.index(row, Col.NUMBER).data() == item.number
            assert model.plain_cell(row, Col.NUMBER)[0] == item.number


def test_typing_shows_the_top_of_the_list_its_first_row_current(
        qtbot: Any, big_window: Any) -> None:
    window = big_window
    window.show_page(PAGE_RECEIVABLES)
    settle()
    view = window.table
    window.view.setCurrentIndex(window.model.index(40, 0))
    view.scrollTo(window.model.index(40, 0))
    settle()
    assert view.verticalScrollBar().value() > 0
    qtbot.keyClicks(window.search, "g")
    settle()
    assert view.currentIndex().row() == 0 and view.verticalScrollBar().value() == 0
    assert window.model.item_at(view.currentIndex()).customer == "Garage Müller"

"""The invoice list grouped by customer (views.paged_tree) in a real QTreeView: customers read a
page at a time with what their invoices add up to, a customer's invoices read only when it is
opened, sorting and searching in the database, the selection kept when the list is read again.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QTreeView

from relance_desktop.domain.text import search_key
from relance_desktop.formatting import Formatter
from relance_desktop.services import lists
from relance_desktop.services.session import CompanySession
from relance_desktop.store.database import open_company_file
from relance_desktop.views.invoice_cells import Col, Scope
from relance_desktop.views.main_pages import PAGE_RECEIVABLES
from relance_desktop.views.paged_tree import PAGE_SIZE, PagedCustomerTree
from tests.gui.conftest import settle
from tests.helpers import TODAY

CUSTOMERS = 250  # two and a half pages of customers
FMT = Formatter("fr_FR")


def _name(n: int) -> str:
    return "Garage Müller" if n == 7 else f"Client {n:03d}"


@pytest.fixture
def many_cf(cf: CompanySession) -> Iterator[CompanySession]:
    _fill(cf)
    yield cf


def _fill(cf: CompanySession) -> None:
    """250 customers; customer n owes n % 3 + 1 invoices, its first one (n + 1) × 100 € due
    n days ago, the others 1,000 € due in 10 days; customer 7 (« Garage Müller ») also owes
    500 $US, 20 days overdue; plus one paid invoice each (never listed)."""
    with cf.use(), cf.atomic():
        cf.executemany(
            "INSERT INTO customer (id, name, kind, country, language, account, company_number, "
            "vat_number, street, postcode, city, email, phone, mobile, preferred_channel, "
            "call_hours, approver, po_required, payment_run_days, tags, notes, archived, "
            "created_at, updated_at) VALUES (?, ?, 'business', 'FR', 'fr', '', '', '', '', '', "
            "'', '', '', '', 'phone', '', '', 0, '', '', '', 0, '2026-01-01', '2026-01-01')",
            [(n, _name(n)) for n in range(1, CUSTOMERS + 1)])
        rows = []
        for n in range(1, CUSTOMERS + 1):
            due = TODAY - timedelta(days=n)
            rows.append((n, f"A{n:03d}-0", due, (n + 1) * 10_000, "EUR"))
            rows += [(n, f"A{n:03d}-{k}", TODAY + timedelta(days=10), 100_000, "EUR")
                     for k in range(1, n % 3 + 1)]
            rows.append((n, f"P{n:03d}", due, 5_000, "EUR"))  # paid below
        rows.append((7, "US-7", TODAY - timedelta(days=20), 50_000, "USD"))
        cf.executemany(
            "INSERT INTO invoice (customer_id, number, issue_date, due_date, amount_cents, "
            "currency, description, state, source, dunning_level, contractual_rate, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, '', 'open', 'manual', 0, '', '2026-01-01', "
            "'2026-01-01')",
            [(c, number, (due - timedelta(days=30)).isoformat(), due.isoformat(), cents, cur)
             for c, number, due, cents, cur in rows])
        cf.execute(
            "INSERT INTO payment (invoice_id, paid_on, amount_cents, method, reference, note, "
            "source, created_at) SELECT id, ?, amount_cents, 'transfer', '', '', 'manual', ? "
            "FROM invoice WHERE number LIKE ?", (TODAY.isoformat(), "2026-01-01", "P%"))
    lists.fill_search_keys(cf)


@pytest.fixture
def tree(qtbot: Any, many_cf: CompanySession) -> tuple[QTreeView, PagedCustomerTree]:
    model = PagedCustomerTree(FMT)
    view = QTreeView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.resize(900, 400)
    model.set_company(many_cf, TODAY)
    model.set_scope(Scope.ALL)
    view.sortByColumn(Col.DAYS, Qt.SortOrder.DescendingOrder)
    view.show()
    qtbot.waitExposed(view)
    return view, model


def _all_groups(model: PagedCustomerTree) -> list[QModelIndex]:
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    return [model.index(r, 0) for r in range(model.rowCount())]


def _text(model: PagedCustomerTree, index: QModelIndex, column: Col) -> str:
    return str(model.data(index.siblingAtColumn(column)))


def _children(view: QTreeView, model: PagedCustomerTree, group: QModelIndex) -> list[Any]:
    view.expand(group)
    settle()
    while model.canFetchMore(group):
        model.fetchMore(group)
    return [model.item_at(model.index(r, 0, group)) for r in range(model.rowCount(group))]


def test_customers_come_a_page_at_a_time_and_their_invoices_when_opened(tree: Any) -> None:
    view, model = tree
    assert PAGE_SIZE <= model.rowCount() < CUSTOMERS and model.canFetchMore(QModelIndex())
    first = model.index(0, 0)
    assert model.hasChildren(first) and model.rowCount(first) == 0  # not read until opened
    assert model.canFetchMore(first)
    view.expand(first)  # what a click on its arrow does
    settle()
    assert model.rowCount(first) == 250 % 3 + 1  # « Client 250 », the most overdue
    assert not model.canFetchMore(first)
    assert model.rowCount(model.index(1, 0)) == 0  # the others still closed, unread
    while model.canFetchMore(QModelIndex()):  # the next pages come with the scrolling
        view.scrollToBottom()
        settle()
    groups = _all_groups(model)
    assert len(groups) == CUSTOMERS + 1  # customer 7 twice: in euros and in dollars
    names = [_text(model, g, Col.CUSTOMER) for g in groups]
    assert names.count("Garage Müller") == 2 and len(set(names)) == CUSTOMERS


def test_a_customers_row_adds_up_its_invoices(tree: Any) -> None:
    view, model = tree
    for group in _all_groups(model)[::37]:
        items = _children(view, model, group)
        assert items and {i.customer_id for i in items} == {model.customer_at(group)}
        assert len({i.currency for i in items}) == 1
        currency = items[0].currency
        assert _text(model, group, Col.NUMBER) == (
            "1 facture" if len(items) == 1 else f"{len(items)} factures")
        assert _text(model, group, Col.STILL_DUE) == FMT.money(
            sum(i.owed_cents for i in items), currency)
        assert _text(model, group, Col.AMOUNT) == FMT.money(
            sum(i.amount_cents for i in items), currency)
        assert _text(model, group, Col.DAYS) == str(max(i.days_overdue for i in items))
        assert _text(model, model.index(0, 0, group), Col.CUSTOMER) == ""  # named above
        assert model.item_at(group) is None


@pytest.mark.parametrize("descending", [True, False])
def test_sorted_by_still_due_the_customers_come_by_their_total(
        tree: Any, descending: bool) -> None:
    view, model = tree
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    view.sortByColumn(Col.STILL_DUE, order)
    euros = [FMT.parse_money(_text(model, g, Col.STILL_DUE)) for g in _all_groups(model)
             if "$" not in _text(model, g, Col.STILL_DUE)]
    assert len(euros) == CUSTOMERS and euros == sorted(euros, reverse=descending)
    assert max(euros) == 26_900_00  # customer 248: 24,900 € overdue + 2 × 1,000 € not due yet


def test_sorted_by_name_or_by_days_both_ways(tree: Any) -> None:
    view, model = tree
    view.sortByColumn(Col.CUSTOMER, Qt.SortOrder.AscendingOrder)
    names = [search_key(_text(model, g, Col.CUSTOMER)) for g in _all_groups(model)]
    assert names == sorted(names)
    view.sortByColumn(Col.DAYS, Qt.SortOrder.AscendingOrder)
    days = [int(_text(model, g, Col.DAYS) or 0) for g in _all_groups(model)]
    assert days == sorted(days) and days[-1] == CUSTOMERS


def test_search_and_tabs_keep_the_customers_with_an_invoice_they_let_through(
        tree: Any) -> None:
    view, model = tree
    model.set_search("MULLER")  # no accent, capitals
    groups = _all_groups(model)
    assert {_text(model, g, Col.CUSTOMER) for g in groups} == {"Garage Müller"}
    assert {_text(model, g, Col.STILL_DUE) for g in groups} == {
        FMT.money(8 * 10_000 + 100_000, "EUR"), FMT.money(50_000, "USD")}
    model.set_search("a123-0")  # a number: one invoice
    [group] = _all_groups(model)
    assert [i.number for i in _children(view, model, group)] == ["A123-0"]
    model.set_search("")
    model.set_scope(Scope.NOT_DUE)  # only those owing invoices not due yet
    groups = _all_groups(model)
    assert len(groups) == CUSTOMERS * 2 // 3 + 1
    for group in groups[:5]:
        assert all(i.days_overdue <= 0 for i in _children(view, model, group))


def test_grouped_in_the_window_the_selection_survives_a_change(
        qtbot: Any, window: Any, company_path: Path) -> None:
    """Grouped by customer, the selected invoice's customer stays open and the invoice selected
    when the list is read again; a customer's row selected is what the actions apply to."""
    from relance_desktop.services.invoices import PaymentInput, add_payment

    cf = open_company_file(company_path)
    try:
        _fill(cf)
    finally:
        cf.close()
    assert window.open_file(company_path)
    window.show_page(PAGE_RECEIVABLES)
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert window.model is window.tree_model and window.view is window.tree
    model = window.model
    group = model.index(3, 0)
    window.view.setCurrentIndex(group)
    assert window.current_customer_id() == model.customer_at(group)
    items = _children(window.tree, model, group)
    window.view.setCurrentIndex(model.index(len(items) - 1, 0, group))
    chosen = items[-1]
    assert window.current_invoice_id() == chosen.invoice_id
    add_payment(window.cf, PaymentInput(items[0].invoice_id, TODAY, 100), today=TODAY)
    settle()  # the change reached the window: the list was read again
    current = model.item_at(window.view.currentIndex())
    assert current is not None and current.invoice_id == chosen.invoice_id
    assert window.tree.isExpanded(window.view.currentIndex().parent())


def test_opening_a_customer_reads_no_more_customers_until_the_end_is_scrolled_to(
        qtbot: Any, window: Any, company_path: Path) -> None:
    """A tree view lays itself out again when a customer is opened and asks for more customers
    then: the window's tree reads them only once the user scrolled to the end."""
    cf = open_company_file(company_path)
    try:
        _fill(cf)
    finally:
        cf.close()
    assert window.open_file(company_path)
    window.show_page(PAGE_RECEIVABLES)
    window.tabs.setCurrentIndex(Scope.ALL)
    window.group_box.setChecked(True)
    settle()
    model, tree = window.tree_model, window.tree
    read = model.rowCount()
    assert PAGE_SIZE <= read < CUSTOMERS
    for row in (0, 1, 2):
        tree.expand(model.index(row, 0))
        settle()
    assert model.rowCount() == read and model.rowCount(model.index(2, 0)) > 0
    while model.more_customers():
        tree.scrollToBottom()
        settle()
    assert model.rowCount() == CUSTOMERS + 1


def test_grouping_and_ungrouping_keep_the_totals_and_the_selected_invoice(
        qtbot: Any, demo_list: Any) -> None:
    """« Grouper par client » shows the same invoices another way: the tabs' and the status
    bar's totals are not read again (a pass over every open invoice of a big file), and the
    selected invoice stays selected both ways."""
    from tests.gui.conftest import list_read

    w = demo_list
    w.view.setCurrentIndex(w.model.index(4, 0))
    chosen = w.model.item_at(w.view.currentIndex())
    tabs, status = w.tabs.tabText(0), w.status_total.text()
    w.group_box.setChecked(True)
    assert w.paged_model.buckets_known() and w.paged_model.visible_totals() is not None
    assert (w.tabs.tabText(0), w.status_total.text()) == (tabs, status)
    current = w.model.item_at(w.view.currentIndex())
    assert current is not None and current.invoice_id == chosen.invoice_id
    w.group_box.setChecked(False)
    assert w.paged_model.buckets_known() and w.paged_model.visible_totals() is not None
    current = w.model.item_at(w.view.currentIndex())
    assert current is not None and current.invoice_id == chosen.invoice_id
    list_read(w, qtbot)
    assert (w.tabs.tabText(0), w.status_total.text()) == (tabs, status)

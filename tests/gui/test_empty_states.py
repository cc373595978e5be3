"""A company with no invoice yet: its lists say so and lead somewhere (import, a first invoice,
the demo) instead of showing blank grids."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from relance_desktop.services import customers, invoices
from relance_desktop.services.session import open_company
from relance_desktop.store.database import create_company_file
from relance_desktop.views.main_window import (
    PAGE_CUSTOMERS,
    PAGE_LETTERS,
    PAGE_RECEIVABLES,
    MainWindow,
)
from tests.helpers import TODAY

LEADS = ["Importer des factures…", "Nouvelle facture…", "Ouvrir la démo"]


def _new_company(tmp_path: Path) -> Path:
    return create_company_file(tmp_path / "Neuve.relance", name="Menuiserie Neuve SARL",
                               country="FR")


def _add_invoice(path: Path, due_in_days: int) -> None:
    cf = open_company(path)
    try:
        customer = customers.create_customer(cf, customers.CustomerInput(
            name="Boulangerie Arnaud", country="FR", language="fr"))
        due = TODAY + timedelta(days=due_in_days)
        invoices.create_invoice(cf, invoices.InvoiceInput(
            customer_id=customer, number="F-1", issue_date=due - timedelta(days=30),
            due_date=due, amount_cents=125_000, description="Comptoir"))
    finally:
        cf.close()


def test_a_new_company_list_leads_to_import_a_first_invoice_or_the_demo(
        window: MainWindow, tmp_path: Path, qtbot: Any) -> None:
    assert window.open_file(_new_company(tmp_path))
    window.show_page(PAGE_RECEIVABLES)
    empty = window.invoices_empty
    assert window.view_stack.currentWidget() is empty and empty.isVisible()
    assert empty.title.text() == "Aucune facture ouverte"
    assert [b.text() for b in empty.buttons] == LEADS
    assert all(b.isVisible() and b.isEnabled() for b in empty.buttons)
    window.new_invoice_action.triggered.disconnect()  # the form itself is tested elsewhere
    with qtbot.waitSignal(window.new_invoice_action.triggered, timeout=1000):
        empty.buttons[1].click()


def test_the_list_comes_back_once_there_is_an_invoice(window: MainWindow,
                                                       tmp_path: Path) -> None:
    path = _new_company(tmp_path)
    _add_invoice(path, due_in_days=-40)
    assert window.open_file(path)
    window.show_page(PAGE_RECEIVABLES)
    assert window.view_stack.currentWidget() is window.view
    assert window.model.rowCount() == 1


def test_letters_of_a_new_company_lead_to_the_same_places(window: MainWindow,
                                                          tmp_path: Path) -> None:
    assert window.open_file(_new_company(tmp_path))
    window.show_page(PAGE_LETTERS)
    page = window.letters_page
    assert page.stack.currentWidget() is page.empty and page.empty.isVisible()
    assert [b.text() for b in page.empty.buttons] == LEADS
    assert all(b.isVisible() for b in page.empty.buttons)


def test_letters_with_nobody_due_say_why_without_the_import_buttons(
        window: MainWindow, tmp_path: Path) -> None:
    path = _new_company(tmp_path)
    _add_invoice(path, due_in_days=10)  # not due yet: nobody to remind
    assert window.open_file(path)
    window.show_page(PAGE_LETTERS)
    page = window.letters_page
    assert page.stack.currentWidget() is page.empty
    assert page.empty.title.text() == "Personne à qui écrire ce courrier"
    assert "« Première relance »" in page.empty.text.text()
    assert not any(b.isVisible() for b in page.empty.buttons)


def test_customers_of_a_new_company_lead_to_import_a_first_customer_or_the_demo(
        window: MainWindow, tmp_path: Path) -> None:
    assert window.open_file(_new_company(tmp_path))
    window.show_page(PAGE_CUSTOMERS)
    empty = window.customers_empty
    assert window.customer_stack.currentWidget() is empty and empty.isVisible()
    assert [b.text() for b in empty.buttons] == [
        "Importer des factures…", "Nouveau client…", "Ouvrir la démo"]


def test_customers_are_listed_once_there_is_one(window: MainWindow, tmp_path: Path) -> None:
    path = _new_company(tmp_path)
    _add_invoice(path, due_in_days=-5)
    assert window.open_file(path)
    window.show_page(PAGE_CUSTOMERS)
    assert window.customer_stack.currentWidget() is window.customer_view

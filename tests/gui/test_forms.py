"""Entering data by hand: company, customer, contact, invoice — validation the user sees."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog

from relance_desktop.services import customers as customer_service
from relance_desktop.services import invoices as invoice_service
from relance_desktop.services.session import open_company
from relance_desktop.views.dialogs import (
    CompanyDialog,
    ContactDialog,
    CustomerDialog,
    InvoiceDialog,
    combo_value,
)
from relance_desktop.views.invoice_cells import Scope
from relance_desktop.views.main_pages import PAGE_RECEIVABLES
from relance_desktop.views.main_window import PAGE_CUSTOMERS, PAGE_TODAY
from tests.gui.conftest import settle
from tests.helpers import TODAY, company_items, shown_items


def customer_named(window: Any, name: str) -> customer_service.CustomerInput:
    """The customer of that name, as the services give it (id in the customers page)."""
    cid = next(c for c, n in customer_service.customer_names(window.cf) if n == name)
    return customer_service.customer_input(window.cf, cid)


def customer_id(window: Any, name: str) -> int:
    return next(c for c, n in customer_service.customer_names(window.cf) if n == name)


@pytest.mark.sqlite_only(reason="the « new company » form creates a company file")
def test_new_company_form_validates_then_creates_and_opens_the_file(
    window: Any, dialog_script: Any, tmp_path: Path, monkeypatch: Any, qtbot: Any
) -> None:
    target = tmp_path / "Ma Boîte"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))

    def fill(d: CompanyDialog) -> None:
        d.ui.name.clear()
        d.accept()
        assert "Le nom est obligatoire" in d.error_text()
        qtbot.keyClicks(d.ui.name, "Menuiserie Arnaud")
        d.ui.country.setCurrentIndex(d.ui.country.findData("BE"))
        d.ui.iban.setText("BE71 0961 2345 6768")  # wrong check digits
        d.accept()
        assert "n'est pas un IBAN valide" in d.error_text()
        assert d.focusWidget() is d.ui.iban
        d.ui.iban.setText("BE71 0961 2345 6769")
        d.ui.companyNumber.setText("0403.170.701")
        d.accept()

    dialog_script.expect(CompanyDialog, fill)
    window.new_company()
    created = tmp_path / "Ma Boîte.relance"
    assert created.exists()
    assert window.cf is not None and window.cf.path == created
    assert "Menuiserie Arnaud" in window.windowTitle()
    company = window.cf.company
    assert (company.country, company.iban, company.company_number) == (
        "BE", "BE71096123456769", "0403170701")
    assert window.pages.currentIndex() == PAGE_TODAY
    assert window.model.rowCount() == 0


def test_customer_contact_invoice_entered_by_hand_appear_in_the_list(
    window: Any, company_path: Path, dialog_script: Any, qtbot: Any
) -> None:
    assert window.open_file(company_path)

    def customer(d: CustomerDialog) -> None:
        d.ui.name.setText("Boulangerie Dvořák")  # QTest types ASCII only
        d.ui.phone.setText("12 34")
        d.accept()
        assert "n'est pas un numéro de téléphone valide" in d.error_text()
        d.ui.phone.setText("04 78 12 34 56")
        d.ui.email.setText("compta@dvorak.example")
        d.ui.paymentTerms.setValue(45)
        d.accept()

    dialog_script.expect(CustomerDialog, customer)
    window.new_customer()
    stored = customer_named(window, "Boulangerie Dvořák")
    stored_id = customer_id(window, "Boulangerie Dvořák")
    assert stored.phone == "+33478123456"
    assert stored.payment_terms_days == 45
    cw = window.customer_windows[stored_id]
    assert "04 78 12 34 56" in cw.header.text()
    assert 'href="tel:+33478123456"' in cw.header.text()

    def contact(d: ContactDialog) -> None:
        d.ui.name.setText("Anne Roy")
        d.ui.function.setText("Comptable")
        d.ui.mobile.setText("06 12 34 56 78")
        d.accept()

    dialog_script.expect(ContactDialog, contact)
    cw.contact_button.click()
    settle()
    assert [r.cells[:2] for r in cw.contacts.rows()] == [["Anne Roy", "Comptable"]]
    [anne] = customer_service.contacts_of(window.cf, stored_id)
    assert anne.name == "Anne Roy" and anne.is_primary

    issued = TODAY - timedelta(days=75)

    def invoice(d: InvoiceDialog) -> None:
        assert combo_value(d.ui.customer) == str(stored_id)
        d.ui.number.setText("F-001")
        d.ui.issueDate.setDate(d.ui.issueDate.date().addDays(-75))
        # The due date follows the customer's 45-day terms.
        assert d.ui.dueDate.date().toPython() == issued + timedelta(days=45)
        d.ui.amount.setText("1 250,40")
        d.ui.description.setPlainText("Four à sole")
        d.accept()

    dialog_script.expect(InvoiceDialog, invoice)
    cw.invoice_button.click()
    settle()
    [stored_invoice] = invoice_service.invoices_of(window.cf, stored_id)
    assert stored_invoice.number == "F-001"
    assert stored_invoice.amount_cents == 125_040
    assert stored_invoice.due_date == issued + timedelta(days=45)
    window.show_page(PAGE_RECEIVABLES)
    window.tabs.setCurrentIndex(Scope.D1_30)
    items = shown_items(window)
    assert [(i.number, i.days_overdue) for i in items] == [("F-001", 30)]

    def duplicate(d: InvoiceDialog) -> None:
        d.ui.number.setText("F-001")
        d.ui.amount.setText("10")
        d.accept()
        assert "existe déjà" in d.error_text()
        d.reject()

    dialog_script.expect(InvoiceDialog, duplicate)
    cw.invoice_button.click()
    assert len(invoice_service.invoices_of(window.cf, stored_id)) == 1


@pytest.mark.sqlite_only(reason="reopens the company file to find the copy in it")
def test_invoice_copy_is_kept_in_the_company_file(
    window: Any, demo_path: Path, dialog_script: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    assert window.open_file(demo_path)
    pdf = tmp_path / "facture.pdf"
    pdf.write_bytes(b"%PDF-1.4\n% copie\n%%EOF\n")
    window.show_page(PAGE_RECEIVABLES)
    item = next(iter(shown_items(window)))
    cw = window.open_customer(item.customer_id)
    cw.select_invoice(item.invoice_id)
    assert not cw.open_copy_button.isEnabled()
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(pdf), "")))
    cw.attach_button.click()
    settle()
    assert cw.open_copy_button.isEnabled()  # the invoice stays selected once reloaded
    window.close_company()
    with open_company(demo_path) as cf:
        out = invoice_service.export_copy(cf, item.invoice_id, tmp_path / "out")
        assert out is not None and out.read_bytes() == pdf.read_bytes()
        assert cf.path == demo_path


def test_customer_history_lists_invoices_and_payments(demo_window: Any) -> None:
    w = demo_window
    item = next(i for i in company_items(w) if i.paid_cents > 0)
    cw = w.open_customer(item.customer_id)
    titles = [row.cells[1] for row in cw.history.rows()]
    assert f"Facture {item.number} émise" in titles
    assert f"Paiement reçu sur la facture {item.number}" in titles
    whens = [row.keys[0] for row in cw.history.rows()]
    assert whens == sorted(whens, reverse=True)


def test_deleting_a_mistaken_payment_makes_the_invoice_due_again(
    demo_window: Any, monkeypatch: Any
) -> None:
    from PySide6.QtWidgets import QMessageBox

    w = demo_window
    item = next(i for i in company_items(w) if i.paid_cents > 0)
    cw = w.open_customer(item.customer_id)
    pos = next(n for n, r in enumerate(cw.payments.rows()) if r.cells[1] == item.number)
    payment = next(p for p in invoice_service.payments_of(w.cf, item.customer_id)
                   if p.id == cw.payments.rows()[pos].id)
    cw.payment_view.selectRow(pos)
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    cw.delete_payment()
    settle()
    assert payment.id not in {p.id for p in invoice_service.payments_of(w.cf, item.customer_id)}
    after = next(i for i in company_items(w) if i.invoice_id == item.invoice_id)
    assert after.paid_cents == item.paid_cents - payment.amount_cents
    assert payment.id not in {r.id for r in cw.payments.rows()}


def test_preferences_switch_formats_immediately(
    demo_window: Any, monkeypatch: Any, qtbot: Any
) -> None:
    from relance_desktop.views.preferences import PreferencesDialog

    def choose_english_formats(dialog: PreferencesDialog) -> int:
        dialog.locale.setCurrentIndex(dialog.locale.findData("en_GB"))
        assert "€1,234.56" in dialog.sample.text()
        dialog.accept()
        return 1

    monkeypatch.setattr(PreferencesDialog, "exec", choose_english_formats)
    w = demo_window
    w.show_page(PAGE_RECEIVABLES)
    w.preferences()
    assert w.session.settings.get("format_locale") == "en_GB"
    amount = w.model.data(w.model.index(0, 5))
    assert re.match(r"^€\d{1,3}(,\d{3})*\.\d{2}$", amount)
    assert re.match(r"^\d{2}/\d{2}/\d{4}$", w.model.data(w.model.index(0, 3)))
    qtbot.waitUntil(lambda: "€" in w.tabs.tabText(0))  # the tabs' totals read again


def test_history_says_what_changed_in_words(
    demo_window: Any, dialog_script: Any
) -> None:
    w = demo_window
    w.show_page(PAGE_RECEIVABLES)
    item = next(i for i in shown_items(w) if i.last_action_kind == "call")
    cw = w.open_customer(item.customer_id)
    cw.select_invoice(item.invoice_id)

    def raise_amount(d: InvoiceDialog) -> None:
        d.ui.amount.setText(w.session.formatter.number(item.amount_cents + 1000))
        d.accept()

    dialog_script.expect(InvoiceDialog, raise_amount)
    cw.edit_invoice()
    settle()
    fmt = w.session.formatter
    edit = next(r for r in cw.history.rows() if r.cells[1] == "Modification : facture")
    assert edit.cells[4] == (f"montant : {fmt.money(item.amount_cents)} → "
                             f"{fmt.money(item.amount_cents + 1000)}")
    whens = [r.keys[0] for r in cw.history.rows()]
    assert whens == sorted(whens, reverse=True)  # newest first
    calls = [r for r in cw.history.rows() if r.cells[1] == "Appel"]
    # Outcomes in words, never codes.
    assert calls and all("_" not in r.cells[4] and r.cells[4] for r in calls)


def test_two_records_of_one_customer_are_merged_from_the_customers_page(
    demo_window: Any, monkeypatch: Any
) -> None:
    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtWidgets import QMessageBox

    from relance_desktop.services.customers import CustomerInput, create_customer

    w = demo_window
    twin = create_customer(w.cf, CustomerInput(name="Boulangerie Martin (doublon)",
                                               email="doublon@martin.example"))
    w.show_page(PAGE_CUSTOMERS)
    rows = w.customers_model.rows()
    original = next(r for r in rows if r.cells[0] == "Boulangerie Martin SARL")
    selection = w.customer_view.selectionModel()
    for row in (original, next(r for r in rows if r.id == twin)):
        index = w.customers_model.index(rows.index(row), 0)
        selection.select(index, QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    assert w.merge_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    w.merge_button.click()
    settle()
    names = [r.cells[0] for r in w.customers_model.rows()]
    assert "Boulangerie Martin (doublon)" not in names and "Boulangerie Martin SARL" in names
    kept = customer_service.customer_input(w.cf, original.id)
    assert kept.email.startswith("compta@")  # the kept record's own e-mail is not overwritten

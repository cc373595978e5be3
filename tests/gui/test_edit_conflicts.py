"""Two windows (or two instances) editing one customer, contact or invoice: the form that saves
second is told, offered to reload, and never writes its old values back silently."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from relance_desktop.services import customers as customer_service
from relance_desktop.services import invoices as invoice_service
from relance_desktop.store.database import open_company_file
from relance_desktop.views.dialogs import ContactDialog, CustomerDialog, InvoiceDialog
from relance_desktop.views.main_window import MainWindow
from tests.gui.conftest import Messages


@pytest.fixture
def ids(company_path: Path) -> tuple[Path, int, int, int]:
    with open_company_file(company_path) as cf:
        customer = customer_service.create_customer(cf, customer_service.CustomerInput(
            name="Imprimerie Vidal", city="Nantes"))
        contact = customer_service.add_contact(cf, customer, customer_service.ContactInput(
            name="Paul Vidal", function="Gérant"))
        invoice = invoice_service.create_invoice(cf, invoice_service.InvoiceInput(
            customer, "F-2026-077", date(2026, 10, 2), date(2026, 11, 1), 88_000))
    return company_path, customer, contact, invoice


def _other_instance_changes_city(path: Path, customer_id: int, city: str) -> None:
    with open_company_file(path) as other:
        data = customer_service.customer_input(other, customer_id)
        customer_service.update_customer(other, customer_id, replace(data, city=city),
                                         loaded=data)


def test_customer_form_reloads_after_another_instance_saved(
    qtbot: Any, window: MainWindow, ids: tuple[Path, int, int, int], messages: Messages,
) -> None:
    path, customer_id, _contact, _invoice = ids
    assert window.open_file(path)
    assert window.cf is not None
    dialog = CustomerDialog(window.session, window, window.cf, customer_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.approver.setText("Mme Vidal")
    _other_instance_changes_city(path, customer_id, "Saint-Nazaire")

    messages.answer = QMessageBox.StandardButton.Yes  # « Recharger »
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert any("modifié ailleurs" in text for text in messages.texts)
    assert dialog.ui.city.text() == "Saint-Nazaire"  # reloaded
    assert customer_service.customer_input(window.cf, customer_id).approver == ""
    dialog.ui.approver.setText("Mme Vidal")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = customer_service.customer_input(window.cf, customer_id)
    assert (saved.city, saved.approver) == ("Saint-Nazaire", "Mme Vidal")


def test_keeping_the_typed_values_replaces_only_when_saved_again(
    qtbot: Any, window: MainWindow, ids: tuple[Path, int, int, int], messages: Messages,
) -> None:
    path, customer_id, _contact, _invoice = ids
    assert window.open_file(path)
    assert window.cf is not None
    dialog = CustomerDialog(window.session, window, window.cf, customer_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.city.setText("Rezé")
    _other_instance_changes_city(path, customer_id, "Saint-Nazaire")
    messages.answer = QMessageBox.StandardButton.No  # keep what I typed
    dialog.accept()
    assert customer_service.customer_input(window.cf, customer_id).city == "Saint-Nazaire"
    assert "remplacera" in dialog.error_text()
    dialog.accept()  # knowingly
    assert customer_service.customer_input(window.cf, customer_id).city == "Rezé"


def test_contact_and_invoice_forms_check_too(
    qtbot: Any, window: MainWindow, ids: tuple[Path, int, int, int], messages: Messages,
) -> None:
    path, customer_id, contact_id, invoice_id = ids
    assert window.open_file(path)
    cf = window.cf
    assert cf is not None
    contact_form = ContactDialog(window.session, window, cf, customer_id, contact_id)
    invoice_form = InvoiceDialog(window.session, window, cf, invoice_id=invoice_id)
    for dialog in (contact_form, invoice_form):
        qtbot.addWidget(dialog)
    with open_company_file(path) as other:
        contact = customer_service.contact_input(other, contact_id)
        customer_service.update_contact(other, contact_id, replace(contact, function="DAF"),
                                        loaded=contact)
        invoice = invoice_service.invoice_input(other, invoice_id)
        invoice_service.update_invoice(other, invoice_id, replace(invoice, amount_cents=80_000),
                                       loaded=invoice)
    messages.answer = QMessageBox.StandardButton.Yes
    contact_form.ui.phone.setText("02 40 00 00 00")
    contact_form.accept()
    assert contact_form.ui.function.text() == "DAF"
    assert customer_service.contact_input(cf, contact_id).phone == ""
    invoice_form.ui.description.setPlainText("Catalogues")
    invoice_form.accept()
    assert invoice_form.ui.amount.text() == window.session.formatter.number(80_000)
    assert invoice_service.invoice_input(cf, invoice_id).description == ""
    assert sum("modifié ailleurs" in text for text in messages.texts) == 2

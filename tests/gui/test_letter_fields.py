"""The two fields letters need from the forms: the law chosen in a customer's contract, and how
to greet a contact person."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QComboBox

from relance_desktop.services import customers as customer_service
from relance_desktop.views.dialogs import ContactDialog, CustomerDialog
from tests.gui.conftest import settle


def _choose(combo: QComboBox, code: str) -> None:
    combo.setCurrentIndex(combo.findData(code))


def test_contract_law_and_civility_are_typed_in_the_forms_and_kept(
    window: Any, company_path: Path, dialog_script: Any, qtbot: Any
) -> None:
    assert window.open_file(company_path)

    def customer(d: CustomerDialog) -> None:
        d.ui.name.setText("Transports Lemaire")
        _choose(d.ui.country, "BE")
        law = d.findChild(QComboBox, "contractLaw")
        assert law is not None and law.currentData() == ""  # none chosen by default
        _choose(law, "BE")
        d.accept()

    dialog_script.expect(CustomerDialog, customer)
    window.new_customer()
    cf = window.cf
    customer_id = next(c for c, n in customer_service.customer_names(cf)
                       if n == "Transports Lemaire")
    assert customer_service.customer_input(cf, customer_id).contract_law == "BE"

    def contact(d: ContactDialog) -> None:
        d.ui.name.setText("Céline Janssens")
        civility = d.findChild(QComboBox, "civility")
        assert civility is not None and civility.currentData() == ""
        _choose(civility, "mrs")
        d.accept()

    dialog_script.expect(ContactDialog, contact)
    window.customer_windows[customer_id].contact_button.click()
    settle()
    [celine] = customer_service.contacts_of(cf, customer_id)
    assert customer_service.contact_input(cf, celine.id).civility == "mrs"

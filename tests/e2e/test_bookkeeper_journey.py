"""A bookkeeper's first week, from the command line to the window and back."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

from relance_desktop.services import team_connect
from relance_desktop.store.database import open_company_file
from relance_desktop.store.models import AuditEvent, Contact, Customer, Invoice, Payment
from relance_desktop.views.dialogs import (
    ContactDialog,
    CustomerDialog,
    InvoiceDialog,
    PaymentDialog,
)
from relance_desktop.views.invoice_cells import Scope
from relance_desktop.views.main_pages import PAGE_RECEIVABLES
from tests.gui.conftest import settle
from tests.helpers import TODAY, sha256, shown_items


def test_create_by_command_fill_in_by_hand_close_and_reopen(
    tmp_path: Path, window: Any, dialog_script: Any, messages: Any
) -> None:
    path = tmp_path / "Cabinet Morel.relance"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RELANCE_HOME=str(tmp_path / "home"))
    done = subprocess.run(
        [sys.executable, "-m", "relance_desktop", "new", str(path), "--name", "Cabinet Morel",
         "--country", "BE"], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(path)

    assert window.open_file(path)
    assert "Cabinet Morel" in window.windowTitle()

    def customer(d: CustomerDialog) -> None:
        d.ui.name.setText("Brouwerij Van Damme")
        d.ui.language.setCurrentIndex(d.ui.language.findData("nl"))
        d.ui.phone.setText("09 330 12 34")
        d.ui.companyNumber.setText("0403.170.701")
        d.accept()

    def contact(d: ContactDialog) -> None:
        d.ui.name.setText("Els Goossens")
        d.ui.function.setText("Boekhouder")
        d.ui.phone.setText("0470 12 34 56")
        d.accept()

    def invoice(d: InvoiceDialog) -> None:
        d.ui.number.setText("2026/0042")
        d.ui.issueDate.setDate(d.ui.issueDate.date().addDays(-100))
        d.ui.amount.setText("2 420,00")
        d.ui.description.setPlainText("Brassage — 40 fûts")
        d.accept()

    def payment(d: PaymentDialog) -> None:
        d.ui.amount.setText("420")
        d.accept()

    dialog_script.expect(CustomerDialog, customer)
    window.new_customer()
    cw = next(iter(window.customer_windows.values()))
    dialog_script.expect(ContactDialog, contact)
    cw.add_contact()
    dialog_script.expect(InvoiceDialog, invoice)
    cw.add_invoice()
    settle()  # the customer's window shows the invoice once the change reached it
    cw.invoice_view.selectRow(0)
    dialog_script.expect(PaymentDialog, payment)
    cw.add_payment()
    settle()
    window.show_page(PAGE_RECEIVABLES)
    window.tabs.setCurrentIndex(Scope.D61_90)
    [item] = shown_items(window)
    assert (item.number, item.days_overdue) == ("2026/0042", 70)
    assert item.amount_cents - item.paid_cents == 200_000
    assert messages.shown == []

    # Closed, then read again: the file (its WAL folded in, unchanged by reading), or under
    # --engine postgres the server's database the window worked on.
    server = team_connect.server_of(window.cf)
    window.close_company()
    before = sha256(path)
    if server is None:
        assert not Path(f"{path}-wal").exists()
    with (open_company_file(path) if server is None
          else team_connect.open_team_company(server, None)) as cf:
        assert cf.company.country == "BE"
        customer_row = Customer.get(Customer.name == "Brouwerij Van Damme")
        assert (customer_row.phone, customer_row.company_number, customer_row.language) == (
            "+3293301234", "0403170701", "nl")
        assert Contact.get(Contact.customer == customer_row.id).is_primary
        stored = Invoice.get(Invoice.number == "2026/0042")
        assert stored.due_date == TODAY - timedelta(days=70)
        assert [p.amount_cents for p in Payment.select()] == [42_000]
        assert {e.entity for e in AuditEvent.select()} >= {"customer", "contact", "invoice",
                                                             "payment"}
    assert sha256(path) == before  # reading changes nothing

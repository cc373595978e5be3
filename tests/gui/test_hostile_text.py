"""Imported or typed text that looks like HTML is shown exactly as written, in every window and
dialog: never rendered as Qt rich text (an ``<img>`` would load a file, on Windows from a network
share, leaking the user's credentials)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractListModel, QItemSelectionModel, Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QMessageBox,
    QTextEdit,
    QWidget,
)

from relance_desktop.services import calls, mailer
from relance_desktop.services import invoices as invoice_service
from relance_desktop.services.customers import (
    ContactInput,
    CustomerInput,
    add_contact,
    create_customer,
    customer_names,
)
from relance_desktop.store.database import open_company_file
from relance_desktop.views.call_dialogs import CallRecordDialog
from relance_desktop.views.dialogs import (
    ContactDialog,
    CustomerDialog,
    InvoiceDialog,
    PaymentDialog,
)
from relance_desktop.views.email_dialog import EmailDialog, PasswordDialog
from relance_desktop.views.main_pages import PAGE_LETTERS, PAGE_RECEIVABLES, PAGE_TODAY
from relance_desktop.views.main_window import PAGE_CUSTOMERS, MainWindow
from relance_desktop.views.smtp_settings import SmtpSettingsDialog
from tests.gui.conftest import DialogScript, Messages, settle

NAME = '<img src="file:///etc/passwd">Dupont<b>gras</b>'
TWIN = "<b>x</b> Dupont bis"
CONTACT = '<i>Leroy</i><img src="\\\\host\\share\\a.png">'
NUMBER = "<b>F-66</b>"
DESCRIPTION = '<img src="file:///etc/hostname">Travaux <u>toiture</u>'
HOSTILE = (NAME, TWIN, CONTACT, NUMBER, DESCRIPTION)


@pytest.fixture
def hostile_file(company_path: Path) -> Path:
    with open_company_file(company_path) as cf:
        customer = create_customer(cf, CustomerInput(name=NAME, city="<b>Lyon</b>"))
        create_customer(cf, CustomerInput(name=TWIN))
        add_contact(cf, customer, ContactInput(name=CONTACT, function="<s>DAF</s>"))
        invoice = invoice_service.create_invoice(cf, invoice_service.InvoiceInput(
            customer, NUMBER, date(2026, 9, 1), date(2026, 10, 1), 120_000,
            description=DESCRIPTION))
        invoice_service.add_payment(cf, invoice_service.PaymentInput(
            invoice, date(2026, 10, 5), 10_000, "transfer", reference=NUMBER),
            today=date(2026, 11, 23))
    return company_path


def rendered_as_html(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> bool:
    return text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and QtGui.mightBeRichText(text))


def shown(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """What the user reads."""
    if not rendered_as_html(text, text_format):
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


def texts_on_screen(widgets: list[QWidget]) -> Iterator[tuple[str, str, Qt.TextFormat]]:
    """(where, text, format) of every label, tooltip and item tooltip in these windows."""
    for top in widgets:
        for widget in [top, *top.findChildren(QWidget)]:
            name = f"{type(top).__name__}/{type(widget).__name__}:{widget.objectName()}"
            if isinstance(widget, QLabel):
                yield name, widget.text(), widget.textFormat()
            if widget.toolTip():
                yield name + " tooltip", widget.toolTip(), Qt.TextFormat.AutoText
            if isinstance(widget, QAbstractItemView) and widget.model() is not None:
                model = widget.model()
                columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
                for row in range(min(model.rowCount(), 50)):
                    for col in range(columns):
                        tip = model.data(model.index(row, col), Qt.ItemDataRole.ToolTipRole)
                        if isinstance(tip, str) and tip:
                            yield name + f" item tooltip {row},{col}", tip, Qt.TextFormat.AutoText


def assert_literal(where: str, text: str, text_format: Qt.TextFormat) -> None:
    if not rendered_as_html(text, text_format):
        return
    for value in HOSTILE:
        assert value not in text, f"{where} renders {value!r} as HTML: {text!r}"
    assert "<img" not in text.lower(), f"{where} shows an image: {text!r}"


def check_all(seen: set[str], windows: list[QWidget], messages: Messages) -> None:
    settle()
    for top in windows:  # rich text views (exchanges, scripts, call records): no image loaded
        for view in [top, *top.findChildren(QTextEdit)]:
            if isinstance(view, QTextEdit):
                assert "<img" not in view.toHtml(), f"{type(top).__name__} shows an image"
                seen.update(v for v in HOSTILE if v in view.toPlainText())
    for where, text, text_format in texts_on_screen(windows):
        assert_literal(where, text, text_format)
        seen.update(v for v in HOSTILE if v in shown(text, text_format))
    for text in messages.texts:
        assert_literal("message box", text, Qt.TextFormat.AutoText)
        seen.update(v for v in HOSTILE if v in shown(text))


def test_hostile_names_are_shown_literally_everywhere(
    qtbot: Any, window: MainWindow, hostile_file: Path, dialog_script: DialogScript,
    messages: Messages, monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: set[str] = set()
    assert window.open_file(hostile_file)
    w = window
    for page in (PAGE_RECEIVABLES, PAGE_TODAY, PAGE_LETTERS, PAGE_CUSTOMERS):
        w.show_page(page)
        check_all(seen, [w], messages)

    # the customer's window: header, invoices (description tooltips), payments, contacts
    w.show_page(PAGE_CUSTOMERS)
    customer_id = next(r.id for r in w.customers_model.rows() if r.cells[0] == NAME)
    cw = w.open_customer(customer_id)
    assert cw is not None
    for tab in range(cw.tabs.count()):
        cw.tabs.setCurrentIndex(tab)
    check_all(seen, [cw], messages)

    # the payment dialog's invoice line, then every form on this customer
    def look(dialog: Any) -> None:
        check_all(seen, [dialog], messages)
        dialog.reject()

    w.show_page(PAGE_RECEIVABLES)  # a payment is recorded on the invoice selected on the page
    w.view.setCurrentIndex(w.model.index(0, 0))
    dialog_script.expect(PaymentDialog, look)
    w.add_payment()
    dialog_script.expect(CustomerDialog, look)
    cw.edit_customer()
    cw.contact_view.selectRow(0)
    dialog_script.expect(ContactDialog, look)
    cw.edit_contact()
    cw.invoice_view.selectRow(0)
    dialog_script.expect(InvoiceDialog, look)
    cw.edit_invoice()

    # a duplicate invoice number is refused with a message quoting it
    def duplicate(dialog: Any) -> None:
        dialog.ui.number.setText(NUMBER)
        dialog.ui.amount.setText("10,00")
        dialog.accept()
        check_all(seen, [dialog], messages)
        assert NUMBER in dialog.error_text()
        dialog.reject()

    dialog_script.expect(InvoiceDialog, duplicate)
    cw.add_invoice()

    # questions quoting imported data: delete a payment, merge two customers
    messages.answer = QMessageBox.StandardButton.No
    cw.payment_view.selectRow(0)
    cw.delete_payment()
    w.show_page(PAGE_CUSTOMERS)
    rows = w.customers_model.rows()
    selection = w.customer_view.selectionModel()
    for pos, row in enumerate(rows):
        if row.cells[0] in (NAME, TWIN):
            selection.select(w.customers_model.index(pos, 0),
                             QItemSelectionModel.SelectionFlag.Select
                             | QItemSelectionModel.SelectionFlag.Rows)
    w.merge_selected_customers()
    check_all(seen, [w], messages)
    assert any(NAME in shown(t) and TWIN in shown(t) for t in messages.texts)

    # a recorded call whose notes quote the imported text, then the call sheet
    assert w.cf is not None
    call_id = calls.finish_call(w.cf, calls.CallDraft(
        customer_id, notes=f"Appelé {CONTACT} pour {NUMBER}", outcome="reached"), user_id=None)
    record = CallRecordDialog(w.session, w, w.cf, call_id)
    qtbot.addWidget(record)
    check_all(seen, [record], messages)
    sheet = w.open_call_sheet(customer_id)
    assert sheet is not None
    check_all(seen, [sheet], messages)

    check_all(seen, list(QApplication.topLevelWidgets()), messages)
    assert seen == set(HOSTILE), f"never shown: {set(HOSTILE) - seen}"


def test_e_mail_and_sending_settings_show_typed_text_literally(
    qtbot: Any, window: MainWindow, hostile_file: Path, messages: Messages,
) -> None:
    session = window.session
    session.settings.set("smtp_host", "<b>smtp</b>.example.fr")
    session.settings.set("smtp_user", NAME)
    session.settings.set("smtp_sender", "relances@example.fr")
    assert window.open_file(hostile_file)
    assert window.cf is not None
    customer_id = next(cid for cid, name in customer_names(window.cf) if name == NAME)
    dialog = EmailDialog(session, window.cf, None, customer_id=customer_id,
                         outgoing=mailer.Outgoing([NAME + " <a@example.fr>"], subject=NUMBER,
                                                  attachments=[(NUMBER + ".pdf", b"x", "a/b")]))
    qtbot.addWidget(dialog)
    password = PasswordDialog(None, "<b>smtp</b>.example.fr", NAME, can_remember=False,
                              note=CONTACT)
    qtbot.addWidget(password)
    settings = SmtpSettingsDialog(session, None)
    qtbot.addWidget(settings)
    seen: set[str] = set()
    check_all(seen, [dialog, password, settings], messages)
    assert {NAME, CONTACT} <= seen

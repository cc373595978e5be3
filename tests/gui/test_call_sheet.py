"""A whole collection call on the demo company, as a user makes it, and what follows by itself."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox

from relance_desktop.services import calls, invoices
from relance_desktop.services import templates as template_service
from relance_desktop.store.models import Customer, Interaction, Promise, Task
from relance_desktop.store.session import Engine
from relance_desktop.views.call_dialogs import CallRecordDialog, PlanDialog
from relance_desktop.views.call_sheet import CallSheet
from relance_desktop.views.common import Session
from relance_desktop.views.email_dialog import EmailDialog
from relance_desktop.views.main_window import PAGE_TODAY, MainWindow
from tests.gui.conftest import DialogScript, Messages
from tests.helpers import TODAY


class Clock:
    """The session's today/now, moved forward by the test."""

    def __init__(self, session: Session, at: datetime) -> None:
        self.at = at
        session.today = lambda: self.at.date()
        session.now = lambda: self.at

    def set(self, at: datetime) -> None:
        self.at = at


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """URLs handed to the system (tel:, mailto:, files) are recorded, not opened."""
    seen: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: seen.append(url.toString()) or True))
    return seen


def _to_call(window: MainWindow) -> int:
    """A customer the Today list offers to call (not one written to only)."""
    for row in window.today_rows:
        if row.section == "to_call" and not row.written_only:
            window.today_view.setCurrentIndex(window.today_model.index_of(row.customer_id))
            window.today_view.setFocus()
            return row.customer_id
    raise AssertionError("nobody to call in the demo")


def _sheet(qtbot: Any, window: MainWindow, customer_id: int) -> CallSheet:
    """The call sheet just opened, active (keyboard shortcuts go to the active window)."""
    sheet = window.call_sheets[customer_id]
    assert sheet.isVisible()
    sheet.activateWindow()
    qtbot.waitUntil(sheet.isActiveWindow)
    return sheet


def _promise_status(window: MainWindow, promise_id: int) -> str:
    assert window.cf is not None
    with window.cf.use():
        return str(Promise.get_by_id(promise_id).status)


def _due(window: MainWindow, customer_id: int) -> int:
    assert window.cf is not None
    return sum(line.due_cents for line in invoices.invoices_of(window.cf, customer_id)
               if line.state == "open")


def test_a_whole_call_then_the_promise_is_checked_by_itself(
        qtbot: Any, demo_window: MainWindow, session: Session, messages: Messages,
        opened: list[str]) -> None:
    w = demo_window
    clock = Clock(session, datetime.combine(TODAY, time(10, 0)))
    session.settings.set("user_name", "Claire Martin")
    assert w.pages.currentIndex() == PAGE_TODAY  # the first thing seen after opening
    w.reload_today()
    assert w.today_model.rowCount() > 0
    customer_id = _to_call(w)
    qtbot.keyClick(w.today_view, Qt.Key.Key_Return)
    sheet = _sheet(qtbot, w, customer_id)

    # Prepare: tick the checklist.
    for row in range(sheet.checklist.count()):
        sheet.checklist.item(row).setCheckState(Qt.CheckState.Checked)
    # Start the call (the guards may warn about preferred hours: call anyway).
    messages.answer = QMessageBox.StandardButton.Yes
    sheet.toggle_timer()
    assert sheet.clock.isValid()
    # Listen: the customer says the invoice never arrived.
    qtbot.mouseClick(sheet.objection_buttons["not_received"], Qt.MouseButton.LeftButton)
    assert sheet.answer.toPlainText().strip()
    actions = [sheet.action_row.itemAt(i).widget() for i in range(sheet.action_row.count())]
    assert "action_send_copy" in [a.objectName() for a in actions if a is not None]
    # Negotiate: a promise of 250 € the day after tomorrow.
    sheet.go_step(3)
    sheet.promise_amount.setText("250,00")
    promised_on = TODAY + timedelta(days=2)
    sheet.promise_date.setDate(promised_on)
    qtbot.mouseClick(sheet.promise_button, Qt.MouseButton.LeftButton)
    assert w.cf is not None
    with w.cf.use():
        promise = Promise.get(Promise.customer == customer_id)
    assert (promise.amount_cents, promise.promised_on, promise.status) == (
        25000, promised_on, "open")
    assert any("250,00" in sheet.agreements.item(i).text()
               for i in range(sheet.agreements.count()))
    # Conclude: the recap to read back states the amount and the date.
    recap = sheet.recap_text()
    assert "250,00" in recap and "25" in recap
    # Document: reached, then finish from the keyboard.
    sheet.notes.setPlainText("Facture pas reçue : copie renvoyée. Paiera mercredi.")
    sheet.outcome.setCurrentIndex(sheet.outcome.findData("reached"))
    qtbot.keyClick(sheet, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: customer_id not in w.call_sheets)
    with w.cf.use():
        call = Interaction.get(Interaction.customer == customer_id, Interaction.kind == "call",
                               Interaction.draft == False)  # noqa: E712
        assert call.outcome == "reached" and call.reason == "not_received"
        assert "mercredi" in call.notes
        if w.cf.engine is Engine.SQLITE:  # the name typed in the preferences
            assert call.user.name == "Claire Martin"
        else:  # on a team server: the person signed in, whatever was typed later
            assert call.user.login == w.cf.scalar("SELECT current_user")
        assert promise.interaction_id is None or Promise.get_by_id(promise.id).interaction_id \
            == call.id

    # The promise shows in the customer's list as « promised »; nobody calls him meanwhile.
    w.reload_today()
    assert customer_id not in [r.customer_id for r in w.today_rows if r.section == "to_call"]

    # Past the date + 3 days of grace, nothing paid: broken, and a call-back is in Today.
    clock.set(datetime.combine(promised_on + timedelta(days=4), time(9, 30)))
    w.refresh_follow_ups()  # as the window does when the day changes
    w.reload_today()
    assert _promise_status(w, promise.id) == "broken"
    rows = [r for r in w.today_rows if r.customer_id == customer_id]
    assert rows and rows[0].section == "broken_promise"
    assert w.today_rows[0].section == "broken_promise"  # broken promises come first
    with w.cf.use():
        assert Task.select().where((Task.promise == promise.id) & (Task.kind == "call_back")
                                   & Task.done_at.is_null()).exists()

    # A new promise, then the payment arrives: the new promise is kept.
    today2 = clock.at.date()
    second = calls.record_promise(
        w.cf, customer_id, amount_cents=10000, currency="EUR", promised_on=today2,  # type: ignore[arg-type]
        today=today2, due_cents=_due(w, customer_id))
    open_invoice = next(line for line in invoices.invoices_of(w.cf, customer_id)  # type: ignore[arg-type]
                        if line.state == "open" and line.due_cents >= 10000)
    invoices.add_payment(w.cf, invoices.PaymentInput(open_invoice.id, today2, 10000),  # type: ignore[arg-type]
                         today=today2)
    assert _promise_status(w, second) == "kept"
    assert _promise_status(w, promise.id) == "broken"


def test_reopening_a_call_shows_what_was_recorded_and_corrections_are_added(
        qtbot: Any, demo_window: MainWindow, session: Session, messages: Messages) -> None:
    w = demo_window
    customer_id = _to_call(w)
    sheet = w.open_call_sheet(customer_id)
    assert sheet is not None
    sheet.notes.setPlainText("Joint la comptable, paiement validé jeudi.")
    sheet.outcome.setCurrentIndex(sheet.outcome.findData("reached"))
    sheet.finish()
    assert w.cf is not None
    with w.cf.use():
        call = Interaction.get(Interaction.customer == customer_id, Interaction.kind == "call",
                               Interaction.draft == False,  # noqa: E712
                               Interaction.notes.contains("comptable"))
    dialog = CallRecordDialog(session, w, w.cf, call.id)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    text = dialog.view.toPlainText()
    assert "comptable" in text and "joint" in text
    # Nothing in the record is editable; a correction is a new entry and the original stays.
    assert dialog.view.isReadOnly()
    calls.add_correction(w.cf, call.id, "C'était le directeur financier.", user_id=None)  # type: ignore[arg-type]
    dialog.reload()
    text = dialog.view.toPlainText()
    assert "comptable" in text and "directeur financier" in text
    with w.cf.use():
        assert Interaction.get_by_id(call.id).notes == (
            "Joint la comptable, paiement validé jeudi.")


def test_the_draft_survives_closing_the_window(qtbot: Any, demo_window: MainWindow) -> None:
    w = demo_window
    customer_id = _to_call(w)
    sheet = w.open_call_sheet(customer_id)
    assert sheet is not None
    qtbot.keyClicks(sheet.notes, "Rappeler apres 14h, demander Mme Leroy")
    sheet.close()
    qtbot.waitUntil(lambda: customer_id not in w.call_sheets)
    again = w.open_call_sheet(customer_id)
    assert again is not None and again.resumed
    assert again.notes.toPlainText() == "Rappeler apres 14h, demander Mme Leroy"


def test_plan_builder_warns_about_a_plan_that_takes_years(
        qtbot: Any, demo_window: MainWindow, session: Session, dialog_script: DialogScript,
        messages: Messages) -> None:
    w = demo_window
    customer_id = _to_call(w)
    sheet = w.open_call_sheet(customer_id)
    assert sheet is not None

    def ten_a_month(dialog: PlanDialog) -> None:
        dialog.total.setText("600,00")
        dialog.by_amount.setChecked(True)
        dialog.per.setText("10,00")
        assert len(dialog.schedule) == 60
        assert dialog.check_warnings, "a five-year plan must be questioned"
        assert "⚠" in dialog.warnings.text()
        messages.answer = QMessageBox.StandardButton.No
        dialog.accept()  # asks; the user says no: nothing saved, the dialog stays open
        assert dialog.plan_id is None and dialog.error_text()
        dialog.by_count.setChecked(True)
        dialog.count.setValue(3)
        dialog.first.setDate(TODAY + timedelta(days=7))
        assert not dialog.check_warnings or all("couvre" in t or "ne couvre" in t
                                                for t in dialog.check_warnings)
        messages.answer = QMessageBox.StandardButton.Yes
        dialog.accept()
        assert dialog.plan_id is not None

    dialog_script.expect(PlanDialog, ten_a_month)
    sheet.build_plan()
    plan = calls.plans_of(w.cf, customer_id)[0]  # type: ignore[arg-type]
    assert len(plan.instalments) == 3 and sum(i.amount_cents for i in plan.instalments) == 60000
    with w.cf.use():  # type: ignore[union-attr]
        checks = Task.select().where((Task.customer == customer_id)
                                     & Task.instalment.is_null(False))
        assert checks.count() == 3  # each instalment becomes a payment check


def test_guards_stop_a_night_call_to_belgium_and_warn_on_a_second_call_today(
        qtbot: Any, demo_window: MainWindow, session: Session, messages: Messages,
        opened: list[str]) -> None:
    w = demo_window
    assert w.cf is not None
    with w.cf.use():
        belgian = Customer.select().where(Customer.country == "BE").first()
        Customer.update(written_only=False, call_hours="").where(
            Customer.id == belgian.id).execute()
    clock = Clock(session, datetime.combine(TODAY, time(22, 30)))
    sheet = w.open_call_sheet(belgian.id)
    assert sheet is not None
    sheet.toggle_timer()
    assert not sheet.clock.isValid()  # refused
    assert messages.shown[-1][0] == "critical" and "22" in messages.shown[-1][1]
    # In the morning it is allowed; after one recorded call, a second one today warns.
    clock.set(datetime.combine(TODAY, time(10, 0)))
    sheet.reload()
    messages.shown.clear()
    sheet.toggle_timer()
    assert sheet.clock.isValid() and not messages.shown
    sheet.outcome.setCurrentIndex(sheet.outcome.findData("no_answer"))
    sheet.finish()
    qtbot.waitUntil(lambda: belgian.id not in w.call_sheets)
    clock.set(datetime.combine(TODAY, time(11, 0)))
    again = w.open_call_sheet(belgian.id)
    assert again is not None
    messages.answer = QMessageBox.StandardButton.No
    again.dial(again.facts.phone or "+3221234567")
    assert not again.clock.isValid() and not any(u.startswith("tel:") for u in opened)
    warning = messages.shown[-1][1]
    assert "aujourd'hui" in warning.lower()
    messages.answer = QMessageBox.StandardButton.Yes
    again.dial(again.facts.phone or "+3221234567")
    assert again.clock.isValid() and any(u.startswith("tel:+32") for u in opened)


def test_written_only_customers_are_not_offered_for_calls(
        demo_window: MainWindow, messages: Messages) -> None:
    w = demo_window
    customer_id = _to_call(w)
    assert w.cf is not None
    with w.cf.use():
        Customer.update(written_only=True).where(Customer.id == customer_id).execute()
    w.reload_today()
    assert customer_id not in [r.customer_id for r in w.today_rows
                               if r.section in ("to_call", "call_back")]
    sheet = w.open_call_sheet(customer_id)
    assert sheet is not None
    assert "écrit" in sheet.banner_text()
    sheet.toggle_timer()
    assert not sheet.clock.isValid() and messages.shown[-1][0] == "critical"


def test_a_call_made_with_the_keyboard_only(qtbot: Any, demo_window: MainWindow,
                                            messages: Messages) -> None:
    w = demo_window
    w.reload_today()
    customer_id = _to_call(w)
    w.today_view.setFocus()
    qtbot.keyClick(w.today_view, Qt.Key.Key_Return)
    sheet = _sheet(qtbot, w, customer_id)
    sheet.checklist.setFocus()
    qtbot.keyClick(sheet.checklist, Qt.Key.Key_Space)  # tick the first item
    assert sheet.checklist.item(0).checkState() == Qt.CheckState.Checked
    messages.answer = QMessageBox.StandardButton.Yes
    qtbot.keyClick(sheet, Qt.Key.Key_F5)  # start the call
    assert sheet.clock.isValid()
    qtbot.keyClick(sheet, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(sheet.notes, "Messagerie, message laisse.")
    qtbot.keyClick(sheet, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert sheet.steps.currentIndex() == 5 and sheet.outcome.hasFocus()
    sheet.outcome.setCurrentIndex(0)
    while sheet.outcome.currentData() != "voicemail":
        qtbot.keyClick(sheet.outcome, Qt.Key.Key_Down)
    qtbot.keyClick(sheet, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: customer_id not in w.call_sheets)
    assert w.cf is not None
    with w.cf.use():
        call = Interaction.get(Interaction.customer == customer_id, Interaction.kind == "call",
                               Interaction.draft == False,  # noqa: E712
                               Interaction.outcome == "voicemail")
    assert call.notes == "Messagerie, message laisse." and call.duration_s >= 0


def test_finishing_without_an_outcome_keeps_the_sheet_open(
        demo_window: MainWindow, messages: Messages) -> None:
    w = demo_window
    customer_id = _to_call(w)
    sheet = w.open_call_sheet(customer_id)
    assert sheet is not None
    sheet.notes.setPlainText("pas encore fini")
    sheet.finish()
    assert sheet.isVisible() and sheet.steps.currentIndex() == 5
    assert "résultat" in messages.texts[-1]



def test_the_call_list_and_a_call_sheet_print(demo_window: MainWindow) -> None:
    from io import BytesIO

    from pypdf import PdfReader

    w = demo_window
    w.reload_today()
    text = "".join(p.extract_text() for p in PdfReader(BytesIO(w.call_list_pdf())).pages)
    first = w.today_rows[0]
    assert "Liste d'appels" in text and first.customer.split()[0] in text
    sheet = w.open_call_sheet(first.customer_id)
    assert sheet is not None
    text = "".join(p.extract_text() for p in PdfReader(BytesIO(sheet.sheet_pdf())).pages)
    assert "Fiche d'appel" in text and sheet.facts.name.split()[0] in text


def test_a_settled_dispute_resumes_the_chasing(demo_window: MainWindow,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtWidgets import QInputDialog

    from relance_desktop.store.models import Dispute

    w = demo_window
    assert w.cf is not None
    with w.cf.use():
        dispute = Dispute.get(Dispute.status == "open")
    sheet = w.open_call_sheet(dispute.customer_id)
    assert sheet is not None
    assert f"dispute:{dispute.id}" in sheet.exchanges.toHtml()
    assert any(i.disputed for i in sheet.facts.invoices)
    monkeypatch.setattr(QInputDialog, "getItem",
                        staticmethod(lambda *a, **k: (a[3][1], True)))  # « rejected »
    monkeypatch.setattr(QInputDialog, "getMultiLineText",
                        staticmethod(lambda *a, **k: ("Livraison complète prouvée", True)))
    sheet._open_anchor(QUrl(f"dispute:{dispute.id}"))
    with w.cf.use():
        settled = Dispute.get_by_id(dispute.id)
    assert (settled.status, settled.resolution) == ("rejected", "Livraison complète prouvée")
    assert not any(i.disputed for i in sheet.facts.invoices)  # the invoice is chased again


def test_a_copy_not_received_goes_out_in_the_editable_e_mail(
        qtbot: Any, demo_window: MainWindow, dialog_script: DialogScript, messages: Messages,
        opened: list[str], tmp_path: Path) -> None:
    w = demo_window
    assert w.cf is not None
    customer_id = _to_call(w)
    sheet = w.open_call_sheet(customer_id)
    assert sheet is not None
    chased = sheet.facts.overdue or sheet.facts.invoices
    first = chased[0]
    if not any(i.has_copy for i in chased):  # nothing to send yet: said, no e-mail
        sheet.send_copy()
        assert "Aucune copie" in messages.texts[-1]
    copy = tmp_path / "facture.pdf"
    copy.write_bytes(b"%PDF-1.4 la copie")
    invoices.attach_copy(w.cf, first.id, copy)
    sheet.reload()
    # The user's own wording of that e-mail is the one used.
    template_service.save_template(w.cf, "email.invoice-copy.subject", sheet.facts.language,
                                   "Votre copie : {invoice_numbers}")

    def check(dialog: EmailDialog) -> None:
        assert dialog.subject.text().startswith("Votre copie : ")
        assert first.number in dialog.subject.text()
        assert first.number in dialog.body.toPlainText()
        assert "{" not in dialog.body.toPlainText()
        assert (f"{first.number}-facture.pdf", b"%PDF-1.4 la copie") in [
            (name, data) for name, data, _mime in dialog.attachments]
        dialog.mail_app_button.click()  # a draft for the mail program
        dialog.reject()

    dialog_script.expect(EmailDialog, check)
    sheet.send_copy()
    assert any(u.endswith(".eml") for u in opened)
    assert sheet.draft.id is not None and sheet.draft.state["copy_sent"]
    assert any("Copie de facture préparée" in sheet.agreements.item(i).text()
               for i in range(sheet.agreements.count()))
    assert first.number in sheet.recap_text()  # « I send you a copy of invoice … »


def test_confirming_without_a_promise_is_an_e_mail_with_the_recap(
        qtbot: Any, demo_window: MainWindow, dialog_script: DialogScript,
        messages: Messages) -> None:
    w = demo_window
    customer_id = _to_call(w)
    sheet = w.open_call_sheet(customer_id)
    assert sheet is not None
    sheet.go_step(3)
    sheet.schedule_call_back()  # a call-back agreed, nothing to confirm by letter
    recap = sheet.recap_text(for_email=True)
    assert len(recap.splitlines()) == 2  # the introduction, the call-back
    announce = sheet.templates["recap.confirm"].split("{")[0]  # « I send you an e-mail… »
    assert announce in sheet.recap_text() and announce not in recap

    def check(dialog: EmailDialog) -> None:
        assert sheet.facts.company in dialog.subject.text()
        body = dialog.body.toPlainText()
        assert recap in body and "{" not in body
        assert dialog.attachments == []
        dialog.reject()

    dialog_script.expect(EmailDialog, check)
    sheet.confirm_in_writing()
    assert QGuiApplication.clipboard().text() == sheet.recap_text()

"""The call workflow a collector must be able to trust (issue 12): every action applies to what
is selected on the page shown, every figure said is the figure of what it names, the hour rules
are the same everywhere. Each test walks the user's path on a fresh small company."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from relance_desktop.views.call_dialogs import PlanDialog
from relance_desktop.views.call_sheet import CallSheet
from relance_desktop.views.common import Session
from relance_desktop.views.dialogs import InvoiceDialog, PaymentDialog
from relance_desktop.views.main_window import (
    PAGE_CUSTOMERS,
    PAGE_LETTERS,
    PAGE_RECEIVABLES,
    PAGE_TODAY,
    MainWindow,
)
from tests.gui.conftest import DialogScript, Messages, settle
from tests.gui.trust_company import OLD_CENTS, RECENT_CENTS, Company, make_company
from tests.helpers import TODAY

MONDAY_10 = datetime.combine(TODAY, time(10, 0))  # 23 November 2026, a Monday
SUNDAY = date(2026, 12, 6)


def at(session: Session, moment: datetime) -> None:
    session.today = lambda: moment.date()
    session.now = lambda: moment


@pytest.fixture
def company(tmp_path: Path) -> Company:
    return make_company(tmp_path, TODAY)


@pytest.fixture
def opened(window: MainWindow, company: Company) -> MainWindow:
    assert window.open_file(company.path)
    settle()
    return window


def _select_invoice_of(w: MainWindow, customer_id: int) -> None:
    w.show_page(PAGE_RECEIVABLES)
    for row in range(w.model.rowCount()):
        index = w.model.index(row, 0)
        if w.model.customer_at(index) == customer_id:
            w.view.setCurrentIndex(index)
            return
    raise AssertionError("customer not in the invoice list")


def _select_today(w: MainWindow, customer_id: int) -> None:
    w.show_page(PAGE_TODAY)
    for row in range(w.today_model.rowCount()):
        index = w.today_model.index(row, 0)
        if w.today_model.row(index).id == customer_id:
            w.today_view.setCurrentIndex(index)
            return
    raise AssertionError("customer not in Today")


def _sheet(w: MainWindow, customer_id: int) -> CallSheet:
    sheet = w.open_call_sheet(customer_id)
    assert sheet is not None
    return sheet


# -- 1. actions apply to the selection of the page shown ------------------------------------------
def test_actions_on_today_apply_to_todays_row_not_the_hidden_invoice_list(
        opened: MainWindow, company: Company, dialog_script: DialogScript) -> None:
    w = opened
    _select_invoice_of(w, company.claes)  # left selected on the hidden page
    _select_today(w, company.lemaire)

    w.open_customer_action.trigger()
    assert list(w.customer_windows) == [company.lemaire]

    seen: list[int] = []
    dialog_script.expect(PaymentDialog, lambda d: seen.append(d.invoice_id))
    w.payment_action.trigger()
    assert seen == [company.old_invoice]  # Lemaire's oldest open invoice, not Claes's

    dialog_script.expect(InvoiceDialog, lambda d: seen.append(d.ui.customer.currentData()))
    w.new_invoice_action.trigger()
    assert seen[-1] == company.lemaire

    w.open_calculator()
    assert {item.customer_id for item in w.calculator.items} == {company.lemaire}


def test_actions_on_the_letters_page_apply_to_its_row_and_are_disabled_without_one(
        opened: MainWindow, company: Company) -> None:
    w = opened
    _select_invoice_of(w, company.claes)
    w.show_page(PAGE_LETTERS)
    w.letters_page.min_days.setValue(0)
    table = w.letters_page.table
    rows = {int(table.item(r, 0).data(Qt.ItemDataRole.UserRole)): r
            for r in range(table.rowCount())}
    table.setCurrentCell(rows[company.lemaire], 0)
    w.open_customer_action.trigger()
    assert list(w.customer_windows) == [company.lemaire]

    w.show_page(PAGE_CUSTOMERS)
    w.customer_search.setText("aucun client de ce nom")
    assert not w.open_customer_action.isEnabled()
    assert not w.payment_action.isEnabled()
    assert not w.call_action.isEnabled()


# -- 2. the plan builder warns on any value typed -----------------------------------------------
def test_typing_an_instalment_amount_digit_by_digit_warns_and_never_crashes(
        qtbot: Any, opened: MainWindow, company: Company, dialog_script: DialogScript) -> None:
    sheet = _sheet(opened, company.lemaire)
    shown: list[tuple[str, str, str]] = []

    def build(d: PlanDialog) -> None:
        # 13. it starts from what is overdue (not the invoice due in 17 days), on a working day
        assert d.total.text() == d.session.formatter.number(OLD_CENTS + RECENT_CENTS)
        assert d.first.date().toPython() == date(2026, 11, 24)
        d.by_amount.setChecked(True)
        qtbot.keyClicks(d.per, "5")
        shown.append((d.warnings.text(), d.per.text(), str(d.table.rowCount())))
        qtbot.keyClicks(d.per, "00")
        shown.append((d.warnings.text(), d.per.text(), str(d.table.rowCount())))

    dialog_script.expect(PlanDialog, build)
    sheet.build_plan()
    (warning, typed, rows), (_later, typed_more, rows_more) = shown
    assert "2069 échéances" in warning and "600" in warning
    assert (typed, rows) == ("5", "0")
    assert (typed_more, rows_more) == ("500", "21")  # 10 342,31 € at 500 € each


# -- 7. one rule for « may I call now, and when next » ---------------------------------------------
def test_call_back_proposed_on_a_sunday_morning_respects_the_belgian_night_and_the_hours(
        opened: MainWindow, company: Company, session: Session) -> None:
    at(session, datetime.combine(SUNDAY, time(7, 46)))
    sheet = _sheet(opened, company.lemaire)
    proposed = sheet.callback_at.dateTime().toPython()
    assert proposed == datetime(2026, 12, 7, 9, 0)  # Monday, when the user's hours open


def test_today_does_not_call_belgians_callable_before_eight(
        opened: MainWindow, company: Company, session: Session) -> None:
    at(session, datetime.combine(TODAY, time(7, 42)))
    opened.reload_today()
    states = {r.customer_id: r.hours_state for r in opened.today_rows}
    assert states[company.lemaire] == "later"
    cells = [opened.today_model.data(opened.today_model.index(r, 0))
             for r in range(opened.today_model.rowCount())]
    assert all("joignable maintenant" not in str(c) for c in cells)
    assert any("plus tard aujourd'hui, dès 09:00" in str(c) for c in cells)


def test_the_start_call_guard_on_sunday_names_the_configured_hours_and_the_next_slot(
        opened: MainWindow, company: Company, session: Session, messages: Messages) -> None:
    at(session, datetime.combine(SUNDAY, time(8, 0)))
    sheet = _sheet(opened, company.lemaire)
    messages.answer = QMessageBox.StandardButton.No
    sheet.toggle_timer()
    assert not sheet.clock.isValid()
    text = messages.texts[-1]
    assert "dimanche" in text
    assert "heures d'appel prévues" in text
    assert "07/12/2026 09:00" in text


# -- 3. every figure said is the figure of what it names ---------------------------------------
def _pdf_text(data: bytes) -> str:
    import io

    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_the_script_and_the_printed_sheet_say_each_invoice_its_own_amount(
        opened: MainWindow, company: Company) -> None:
    sheet = _sheet(opened, company.lemaire)
    said = sheet.script_views["introduce"].toPlainText()
    # the oldest invoice with its own amount, then the count and the total of the overdue ones
    assert "F-101" in said and "3 234,39" in said
    assert "2 factures sont échues (F-101 et F-102), pour un total de 10 342,31" in said
    assert "11 342,31" not in said  # the invoice not yet due is not chased
    assert "de 10 342,31" not in said.split("En tout")[0]
    printed = " ".join(_pdf_text(sheet.sheet_pdf()).split())
    assert "3 234,39" in printed and "10 342,31" in printed
    assert "de 10 342,31 €, échue" not in printed


def test_one_overdue_invoice_is_said_with_its_amount_only(
        opened: MainWindow, company: Company, session: Session) -> None:
    session.settings.set("ui_language", "fr")
    sheet = _sheet(opened, company.claes)  # Dutch-speaking: the script is in Dutch
    said = sheet.script_views["introduce"].toPlainText()
    assert "F-201" in said and "812,50" in said
    assert "enige vervallen factuur" in said


# -- 4. the script follows the situation -------------------------------------------------------
def test_the_opening_of_a_first_call_says_the_product_inside_the_sentence(
        opened: MainWindow, company: Company) -> None:
    said = _sheet(opened, company.lemaire).script_views["introduce"].toPlainText()
    assert "au sujet de habillage de 3 fourgons" in said
    assert "Habillage" not in said


def test_after_a_broken_promise_the_opening_names_the_promise_its_date_and_amount(
        opened: MainWindow, company: Company) -> None:
    from datetime import timedelta

    from relance_desktop.services import calls, followup

    cf = opened.cf
    assert cf is not None
    calls.record_promise(cf, company.lemaire, amount_cents=150000, currency="EUR",
                         promised_on=TODAY - timedelta(days=10),
                         today=TODAY - timedelta(days=15), due_cents=OLD_CENTS + RECENT_CENTS)
    followup.refresh(cf, TODAY)
    said = _sheet(opened, company.lemaire).script_views["introduce"].toPlainText()
    assert "annoncé un règlement de 1 500,00 € pour le vendredi 13 novembre" in said
    assert "tout est-il conforme" not in said and "tout s'est-il bien passé" not in said


def test_after_a_reminder_letter_the_opening_refers_to_the_letter(
        opened: MainWindow, company: Company) -> None:
    from relance_desktop.store.models import Document

    cf = opened.cf
    assert cf is not None
    with cf.use():
        Document.create(customer=company.lemaire, kind="reminder-1",
                        created_at=datetime(2026, 11, 16, 9, 0))
    said = _sheet(opened, company.lemaire).script_views["introduce"].toPlainText()
    assert "courrier de relance le 16/11/2026" in said


# -- 8. the report is pre-filled from this call ---------------------------------------------------
def test_after_a_promise_the_report_names_the_person_and_finishing_says_what_was_saved(
        qtbot: Any, opened: MainWindow, company: Company, messages: Messages) -> None:
    from datetime import timedelta

    from relance_desktop.services import calls

    cf = opened.cf
    assert cf is not None
    # an earlier call said « forgot »: its reason must not come back
    earlier = calls.CallDraft(company.lemaire)
    earlier.outcome, earlier.reason = "reached", "forgot"
    calls.finish_call(cf, earlier, user_id=None, at=datetime(2026, 11, 16, 10, 0))
    sheet = _sheet(opened, company.lemaire)
    messages.answer = QMessageBox.StandardButton.Yes
    sheet.toggle_timer()
    sheet.go_step(3)
    sheet.promise_amount.setText("1 000,00")
    sheet.promise_date.setDate(TODAY + timedelta(days=3))
    sheet.promise_by.setCurrentText("Céline Janssens")
    qtbot.mouseClick(sheet.promise_button, Qt.MouseButton.LeftButton)
    sheet.go_step(5)
    assert sheet.outcome.currentData() == "reached"
    assert sheet.contact_combo.currentText().startswith("Céline Janssens")
    assert sheet.reason.currentData() == ""
    sheet.finish()
    assert not sheet.isVisible()
    said = opened.statusBar().currentMessage()
    assert "Garage Lemaire SA" in said and "Céline Janssens" in said
    assert "1\u202f000,00\xa0€" in said


# -- 6. a promise date can be typed, and the calendar speaks the interface's language -------------
def test_a_promise_date_is_typed_day_by_day_and_the_calendar_is_in_french(
        qtbot: Any, opened: MainWindow, company: Company) -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QDateTimeEdit

    sheet = _sheet(opened, company.lemaire)
    sheet.go_step(3)
    edit = sheet.promise_date
    edit.setFocus()
    edit.setSelectedSection(QDateTimeEdit.Section.DaySection)  # as Tab leaves it
    # the 5th of December, day first: « 05/11 » on the way is before today
    qtbot.keyClicks(edit, "0512")  # two digits move on to the month
    assert edit.date().toPython() == date(2026, 12, 5)
    assert edit.locale().language() == QLocale.Language.French
    assert edit.calendarWidget().locale().language() == QLocale.Language.French


def test_dutch_interface_gets_dutch_calendars(
        opened: MainWindow, company: Company, session: Session) -> None:
    from PySide6.QtCore import QLocale

    session.settings.set("ui_language", "nl")
    sheet = _sheet(opened, company.lemaire)
    assert sheet.callback_at.calendarWidget().locale().language() == QLocale.Language.Dutch


# -- 10. one declaration of the settings drives the dialog and the checks --------------------------
def test_the_preferences_offer_the_grace_period_the_promises_accept(
        opened: MainWindow, company: Company, session: Session) -> None:
    from datetime import timedelta

    from relance_desktop.services import calls
    from relance_desktop.store.models import Promise
    from relance_desktop.views.preferences import PreferencesDialog

    dialog = PreferencesDialog(session, opened)
    grace = dialog.limits["promise_grace_days"]
    assert (grace.minimum(), grace.maximum(), grace.value()) == (0, 30, 3)
    grace.setValue(30)
    dialog.accept()
    assert session.settings.get("promise_grace_days") == 30
    cf = opened.cf
    assert cf is not None
    promise_id = calls.record_promise(
        cf, company.lemaire, amount_cents=10000, currency="EUR",
        promised_on=TODAY + timedelta(days=2), today=TODAY, due_cents=OLD_CENTS,
        grace_days=int(session.settings.get("promise_grace_days")))
    with cf.use():
        assert Promise.get_by_id(promise_id).grace_days == 30


def test_a_setting_out_of_its_range_falls_back_to_its_default(tmp_path: Path) -> None:
    import json

    from relance_desktop.settings import Settings

    file = tmp_path / "settings.json"
    file.write_text(json.dumps({"promise_grace_days": 31, "calls_per_day": 0,
                                "plan_max_months": 60}), encoding="utf-8")
    settings = Settings(file)
    assert settings.get("promise_grace_days") == 3
    assert settings.get("calls_per_day") == 1
    assert settings.get("plan_max_months") == 60
    with pytest.raises(ValueError, match="promise_grace_days"):
        settings.set("promise_grace_days", 31)


# -- 9. printing goes through Qt's print dialog and says where the file went ----------------------
@pytest.fixture
def save_as_pdf(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Path]:
    """The print dialog, answered « print to file » into a temporary folder."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    chosen: list[Path] = []

    def exec_(dialog: QPrintDialog) -> int:
        path = tmp_path / f"printed-{len(chosen)}.pdf"
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        chosen.append(path)
        return 1

    monkeypatch.setattr(QPrintDialog, "exec", exec_)
    return chosen


def test_printing_the_call_sheet_saves_a_pdf_and_says_where(
        opened: MainWindow, company: Company, save_as_pdf: list[Path],
        messages: Messages) -> None:
    sheet = _sheet(opened, company.lemaire)
    said = sheet.print_sheet()
    (path,) = save_as_pdf
    assert str(path) in said and str(path) in messages.texts[-1]
    text = " ".join(_pdf_text(path.read_bytes()).split())
    assert "Fiche d'appel" in text
    assert "échoit dans 17 j" in text  # F-103, not yet due: never « -17 »
    assert "-17" not in text


def test_printing_the_call_list_keeps_each_amount_on_one_line(
        opened: MainWindow, company: Company, save_as_pdf: list[Path],
        messages: Messages) -> None:
    opened.show_page(PAGE_TODAY)
    opened.print_call_list()
    (path,) = save_as_pdf
    assert str(path) in messages.texts[-1]
    lines = _pdf_text(path.read_bytes()).replace("\u202f", " ").replace("\xa0", " ")
    amounts = [line for line in lines.splitlines() if "342,31" in line]
    assert amounts and all("10 342,31 €" in line for line in amounts)


def test_an_amount_is_never_broken_across_lines_in_a_narrow_cell() -> None:
    from relance_desktop.formatting import Formatter
    from relance_desktop.reports.render import wrap_text

    amount = Formatter("fr_FR").money(436647)  # « 4 366,47 € » with narrow no-break spaces
    lines = wrap_text(f"{amount} + {amount}", "Helvetica", 9, 60)
    assert all(line.replace("\xa0", " ").strip() in ("4 366,47 € +", "4 366,47 €", "+")
               for line in lines), lines


# -- 13. the keyboard reaches a customer found; each phone button says whose number it is ---------
def test_down_then_enter_from_the_customer_search_opens_the_single_result(
        qtbot: Any, opened: MainWindow, company: Company) -> None:
    w = opened
    w.show_page(PAGE_CUSTOMERS)
    w.customer_search.setFocus()
    qtbot.keyClicks(w.customer_search, "claes")
    qtbot.keyClick(w.customer_search, Qt.Key.Key_Return)
    assert list(w.customer_windows) == [company.claes]
    w.customer_windows[company.claes].close()
    w.customer_search.setFocus()
    qtbot.keyClick(w.customer_search, Qt.Key.Key_Down)
    assert w.customer_view.hasFocus() or w.customer_view.currentIndex().isValid()
    assert w.customer_view.currentIndex().row() == 0
    qtbot.keyClick(w.customer_view, Qt.Key.Key_Return)
    assert company.claes in w.customer_windows


def test_each_phone_button_says_whose_number_it_is(
        opened: MainWindow, company: Company) -> None:
    from PySide6.QtWidgets import QPushButton

    sheet = _sheet(opened, company.lemaire)
    texts = [sheet.phones.itemAt(i).widget().text() for i in range(sheet.phones.count())
             if isinstance(sheet.phones.itemAt(i).widget(), QPushButton)]
    assert any("Céline Janssens (comptable)" in t and "511 22 44" in t for t in texts)
    assert any("Garage Lemaire SA, standard" in t and "511 22 33" in t for t in texts)


def test_ctrl_p_prints_in_the_main_window_and_payment_has_its_own_shortcut(
        opened: MainWindow) -> None:
    from PySide6.QtGui import QKeySequence

    assert opened.print_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert opened.payment_action.shortcut() == QKeySequence("Ctrl+Shift+P")


def test_the_opening_stays_that_of_the_call_once_a_new_promise_is_recorded(
        qtbot: Any, opened: MainWindow, company: Company) -> None:
    from datetime import timedelta

    from relance_desktop.services import calls, followup

    cf = opened.cf
    assert cf is not None
    calls.record_promise(cf, company.lemaire, amount_cents=150000, currency="EUR",
                         promised_on=TODAY - timedelta(days=10),
                         today=TODAY - timedelta(days=15), due_cents=OLD_CENTS + RECENT_CENTS)
    followup.refresh(cf, TODAY)
    sheet = _sheet(opened, company.lemaire)
    sheet.go_step(3)
    sheet.promise_amount.setText("500,00")
    sheet.promise_date.setDate(TODAY + timedelta(days=3))
    qtbot.mouseClick(sheet.promise_button, Qt.MouseButton.LeftButton)
    assert "annoncé un règlement de 1 500,00 €" in sheet.script_views["introduce"].toPlainText()


def test_the_application_speaks_the_interface_language_in_qt_s_own_widgets(
        qtbot: Any) -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from relance_desktop.app import install_translators

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QLocale()
    installed = install_translators(app, "nl")
    try:
        assert QLocale().language() == QLocale.Language.Dutch
        assert any(t.language().startswith("nl") for t in installed)  # qtbase_nl among them
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        QLocale.setDefault(before)

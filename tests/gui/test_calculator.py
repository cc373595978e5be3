"""The calculator window and the rate table, as a user fills them in."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication

from relance_desktop.domain.legal import HalfYear
from relance_desktop.services import legal, rates_update
from relance_desktop.views.calculator import CalculatorWindow
from relance_desktop.views.rates import RatesDialog


def cells(window: CalculatorWindow) -> list[list[str]]:
    return [row.cells for row in window.table.rows()]


def test_the_worked_example_typed_by_hand(qtbot: Any, session: Any) -> None:
    window = CalculatorWindow(session, country="FR")
    qtbot.addWidget(window)
    window.amount.setText("1 500,00")
    window.due.setDate(QDate(2025, 3, 31))
    window.on.setDate(QDate(2025, 6, 15))
    rows = cells(window)
    period = next(r for r in rows if r[1].startswith("01/04/2025"))
    assert period[2:5] == ["76", "13,15\xa0%", "41,07\xa0€"]
    assert rows[-1][0] == "Total" and rows[-1][4] == "1\u202f581,07\xa0€"
    assert any(r[5] == "C. com. D441-5" for r in rows)
    assert "31/03/2030" in window.notices.text()
    window.copy_button.click()
    assert "41,07" in QGuiApplication.clipboard().text()


def test_bad_input_and_unknown_rates_say_so_without_guessing(qtbot: Any, session: Any) -> None:
    window = CalculatorWindow(session, country="FR")
    qtbot.addWidget(window)
    window.amount.setText("mille")
    assert window.table.rowCount() == 0 and "mille" in window.notices.text()
    window.amount.setText("100")
    window.due.setDate(QDate(2026, 5, 1))
    window.on.setDate(QDate(2026, 9, 1))
    # The 2026-S2 rate is not in the table: interest up to 30/06/2026, then claimed without a
    # figure, never at a guessed rate; the indemnity does not depend on a rate.
    rows = cells(window)
    assert [r[1] for r in rows if r[0].strip().startswith("2026")] == ["02/05/2026 → 30/06/2026"]
    assert not any(r[0].strip() == "2026-S2" for r in rows)
    assert rows[-1][0] == "Total" and rows[-1][4] == "142,00\xa0€"  # 100 + 2,00 + 40
    assert "2026-S2" in window.notices.text() and "sans montant" in window.notices.text()


def test_consumer_fields_follow_the_country_and_debtor(qtbot: Any, session: Any) -> None:
    window = CalculatorWindow(session, country="FR")
    qtbot.addWidget(window)
    assert not window.notice_box.isEnabled() and not window.reminder_box.isEnabled()
    window.debtor.setCurrentIndex(window.debtor.findData("consumer"))
    assert window.notice_box.isEnabled() and not window.reminder_box.isEnabled()
    window.country.setCurrentIndex(window.country.findData("BE"))
    assert not window.notice_box.isEnabled() and window.reminder_box.isEnabled()


def test_opened_from_the_list_it_takes_the_customers_open_invoices(
    demo_window: Any, qtbot: Any
) -> None:
    w = demo_window
    from relance_desktop.views.main_pages import PAGE_RECEIVABLES

    w.show_page(PAGE_RECEIVABLES)  # actions apply to the selection of the page shown
    w.view.setCurrentIndex(w.model.index(0, 0))
    item = w.model.item_at(w.view.currentIndex())
    qtbot.keyClick(w, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    calc = w.calculator
    assert calc.items and {i.customer_id for i in calc.items} == {item.customer_id}
    titles = [r[0] for r in cells(calc) if r[0].startswith("Facture ")]
    assert f"Facture {item.number}" in titles
    ticked = [i for i in calc.items if i.days_overdue > 0]
    assert len(calc.results) == len(ticked)
    if len(ticked) > 1:
        assert cells(calc)[-1][0] == "Total des factures"
    calc.invoices.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert len(calc.results) == len(ticked) - (1 if calc.items[0].days_overdue > 0 else 0)


def test_a_user_adds_the_next_half_year_with_its_source(qtbot: Any, session: Any) -> None:
    dialog = RatesDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.half_year.placeholderText() == "2026-S2"
    dialog.inputs["ecb"].setText("2,15")
    dialog.inputs["fr_legal_other"].setText("2,5")
    dialog.inputs["be_b2b"].setText("x")
    dialog.add_button.click()
    assert "n'est pas un taux" in dialog.message.text()
    dialog.inputs["be_b2b"].setText("10,5")
    dialog.add_button.click()  # no source: refused, nothing kept
    assert "source" in dialog.message.text()
    assert HalfYear(2026, 2) not in legal.load_rates(session.settings).ecb
    dialog.source.setText("BCE ; arrêté du 20/06/2026 ; MB 10/07/2026")
    dialog.add_button.click()
    assert "3 taux ajoutés" in dialog.message.text()
    table = legal.load_rates(session.settings)
    assert table.fr_b2b_rate(HalfYear(2026, 2)) == legal.Decimal("12.15")
    row = next(r.cells for r in dialog.model.rows()
               if r.cells[1] == "2026-S2" and r.cells[0].startswith("Taux BCE"))
    assert row[2] == "01/07/2026 – 31/12/2026" and row[3] == "2,15\xa0%"
    assert "BCE ; arrêté du 20/06/2026" in row[4] and row[5].startswith("https://")
    dialog.rate_mode.setCurrentIndex(dialog.rate_mode.findData("due_date"))
    assert session.settings.get("rate_mode") == "due_date"


def test_the_rates_dialog_says_what_was_last_published_and_what_is_missing(
        qtbot: Any, session: Any) -> None:
    dialog = RatesDialog(session)
    qtbot.addWidget(dialog)
    assert "2026-S1" in dialog.known.text() and "30/06/2026" in dialog.known.text()
    assert not dialog.notice.isHidden()
    text = dialog.notice.text.text()
    assert "2026-S2" in text and "Moniteur belge" in text and "https://data.ecb.europa.eu/" in text
    shipped = next(r for r in dialog.model.rows() if r.cells[1] == "2026-S1"
                   and r.cells[0].startswith("Taux belge"))
    assert shipped.cells[3] == "10,5\xa0% (provisoire)"
    assert shipped.cells[4] == "Table livrée avec Relance"
    assert not dialog.online_button.isEnabled()  # off by default
    dialog.online_allowed.setChecked(True)
    assert dialog.online_button.isEnabled() and session.settings.get("rates_online_update")


def test_an_update_file_imported_from_the_dialog(qtbot: Any, session: Any, tmp_path: Any) -> None:
    dialog = RatesDialog(session)
    qtbot.addWidget(dialog)
    bad = tmp_path / "maj.json"
    bad.write_text('{"series": {"ecb": {"sources": ["BCE"], "rates": {"2026-S2": "30"}}}}',
                   encoding="utf-8")
    dialog.import_file(bad)
    assert "maj.json, ligne 1" in dialog.message.text() and "plausible" in dialog.message.text()
    bad.write_text('{"series": {"ecb": {"sources": ["BCE"], "rates": {"2026-S2": "2.15"}}}}',
                   encoding="utf-8")
    dialog.import_file(bad)
    assert "1 taux ajouté :" in dialog.message.text()
    assert dialog.notice.text.text().count("<li>") == 3  # three series still missing


def test_the_calculator_shows_which_half_year_is_missing_and_where_to_find_it(
        qtbot: Any, session: Any) -> None:
    window = CalculatorWindow(session, country="FR")
    qtbot.addWidget(window)
    window.amount.setText("1000")
    window.due.setDate(QDate(2026, 5, 1))
    window.on.setDate(QDate(2026, 6, 30))
    assert window.rates_notice.isHidden()  # every half-year begun by 30/06/2026 is known
    window.on.setDate(QDate(2026, 12, 6))
    assert not window.rates_notice.isHidden()
    text = window.rates_notice.text.text()
    assert "semestre 2026-S2" in text and "Taux BCE" in text and "Taux belge" in text
    assert "service-public.fr" in text and "Dernier semestre complet : 2026-S1" in text
    def periods() -> list[str]:
        return [r[0].strip() for r in cells(window) if r[0].startswith("    ")]

    assert periods() == ["2026-S1"]  # no figure is guessed for 2026-S2
    rates_update.add_typed(session.settings, HalfYear(2026, 2),
                           {"ecb": legal.Decimal("2.15")}, "BCE", date(2026, 12, 6))
    window.rates = legal.load_rates(session.settings)
    window.recompute()
    assert periods() == ["2026-S1", "2026-S2"]  # computed once the rate is added
    assert "Taux BCE" not in window.rates_notice.text.text()  # the others are still missing


def test_the_main_window_banner_appears_when_a_begun_half_year_is_missing(
        qtbot: Any, session: Any) -> None:
    from relance_desktop.views.main_window import MainWindow

    window = MainWindow(session)
    qtbot.addWidget(window)
    banner = window.rates_banner
    assert not banner.isHidden()
    assert "2026-S2" in banner.text.text() and "Taux belge" in banner.text.text()
    banner.refresh(date(2026, 6, 30))
    assert banner.isHidden()
    banner.refresh()
    assert not banner.isHidden()
    banner.dismiss()
    assert banner.isHidden()
    banner.refresh()
    assert banner.isHidden()  # dismissed until the next start


@pytest.mark.parametrize(("kind", "contract_law", "law", "words"), [
    ("consumer", "", "BE", "consommateur : loi du pays où il vit (Belgique)"),
    ("business", "", "FR", "loi du pays du vendeur (France)"),
    ("business", "BE", "BE", "loi choisie au contrat (Belgique)"),
])
def test_opened_for_a_customer_it_says_which_law_governs_the_debt(
        qtbot: Any, window: Any, company_path: Any, kind: str, contract_law: str, law: str,
        words: str) -> None:
    """A French company's customer in Belgium: the calculator opens under the law of the debt
    (the consumer's country; the seller's between businesses unless the contract chose), and
    says why, as the call sheet and the letters do."""
    from relance_desktop.services.customers import CustomerInput, create_customer
    from relance_desktop.services.invoices import InvoiceInput, create_invoice
    from relance_desktop.store.database import open_company_file
    from relance_desktop.views.main_pages import PAGE_RECEIVABLES

    with open_company_file(company_path) as cf:
        cid = create_customer(cf, CustomerInput(name="Client Liège", kind=kind, country="BE",
                                                contract_law=contract_law))
        create_invoice(cf, InvoiceInput(cid, "F-1", date(2026, 9, 1), date(2026, 10, 1),
                                        150_000))
    assert window.open_file(company_path)
    window.show_page(PAGE_RECEIVABLES)
    window.view.setCurrentIndex(window.model.index(0, 0))
    window.open_calculator()
    calc = window.calculator
    assert calc.country.currentData() == law
    assert calc.regime.isVisibleTo(calc)
    assert words in calc.regime.text()


def test_typed_by_hand_it_names_no_customer_law(qtbot: Any, session: Any) -> None:
    calc = CalculatorWindow(session)
    qtbot.addWidget(calc)
    assert not calc.regime.isVisibleTo(calc) and calc.regime.text() == ""


def test_opened_from_today_it_takes_the_customers_open_invoices_too(
    demo_window: Any, qtbot: Any
) -> None:
    """The invoice list was never shown (it is read when shown): the calculator still gets the
    selected customer's open invoices."""
    from relance_desktop.services.receivables import open_items
    from relance_desktop.views.main_pages import PAGE_TODAY

    w = demo_window
    assert w.pages.currentIndex() == PAGE_TODAY
    w.today_view.setCurrentIndex(w.today_model.index(0, 0))
    customer_id = w.current_customer_id()
    assert customer_id is not None
    qtbot.keyClick(w, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    expected = {i.invoice_id for i in open_items(w.cf, w.session.today(), customer_id)}
    assert expected and {i.invoice_id for i in w.calculator.items} == expected

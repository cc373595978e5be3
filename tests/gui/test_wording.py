"""Counts read as sentences: singular and plural through Qt's %n in French, English and Dutch,
and a count of zero left out where it says nothing."""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from relance_desktop.app import install_translators
from relance_desktop.services.import_write import ApplySummary
from relance_desktop.services.session import CompanySession
from relance_desktop.views.import_wizard.apply_pages import ResultPage
from tests.helpers import TODAY


@pytest.fixture
def use_language(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    installed = []
    before = QLocale()

    def install(language: str) -> None:
        installed.extend(install_translators(qapp, language))

    yield install
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(before)


EXPECTED = {
    "fr": ["1 client créé", "2 factures créées", "1 facture marquée payée"],
    "en": ["1 customer created", "2 invoices created", "1 invoice marked paid"],
    "nl": ["1 klant aangemaakt", "2 facturen aangemaakt", "1 factuur als betaald gemarkeerd"],
}


@pytest.mark.parametrize("language", ["fr", "en", "nl"])
def test_the_import_result_counts_in_words_and_leaves_zeros_out(
        qtbot: Any, use_language: Callable[[str], None], language: str) -> None:
    use_language(language)
    page = ResultPage()
    qtbot.addWidget(page)
    page.show_summary(ApplySummary(customers_created=1, invoices_created=2, invoices_changed=0,
                                   credits_applied=0, settled=1))
    text = page.done_text.toPlainText()
    for line in EXPECTED[language]:
        assert line in text
    assert "(s)" not in text and "(x)" not in text
    assert "0 " not in text  # nothing changed, no credit note: not listed


@pytest.mark.parametrize(("language", "n", "expected"), [
    ("fr", 0, "0 facture affichée"), ("fr", 1, "1 facture affichée"),
    ("fr", 81, "81 factures affichées"), ("en", 1, "1 invoice shown"),
    ("en", 81, "81 invoices shown"), ("nl", 1, "1 factuur getoond"),
    ("nl", 81, "81 facturen getoond"),
])
def test_the_status_bar_counts_invoices_in_words(
        qtbot: Any, session: Any, use_language: Callable[[str], None], language: str, n: int,
        expected: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from relance_desktop.views.main_window import MainWindow

    use_language(language)
    window = MainWindow(session)
    qtbot.addWidget(window)
    from relance_desktop.services.lists import Totals

    monkeypatch.setattr(window.paged_model, "visible_totals", lambda wait=False: Totals(n, {}))
    window._update_status()
    assert window.status_count.text() == expected


def test_invoice_totals_show_only_beside_the_invoice_list(demo_window: Any) -> None:
    from relance_desktop.views.main_pages import (
        PAGE_CUSTOMERS,
        PAGE_LETTERS,
        PAGE_RECEIVABLES,
        PAGE_TODAY,
    )

    labels = (demo_window.status_count, demo_window.status_total, demo_window.status_overdue)
    for page in (PAGE_TODAY, PAGE_CUSTOMERS, PAGE_LETTERS):
        demo_window.show_page(page)
        assert not any(label.isVisibleTo(demo_window) for label in labels), page
    demo_window.show_page(PAGE_RECEIVABLES)
    assert all(label.isVisibleTo(demo_window) for label in labels)
    assert demo_window.status_count.text().endswith("factures affichées")


def test_the_customer_list_opens_a_to_z_with_accents_among_their_letter(
        window: Any, company_path: Any) -> None:
    from relance_desktop.services.customers import CustomerInput, create_customer
    from relance_desktop.store.database import open_company_file
    from relance_desktop.views.main_pages import PAGE_CUSTOMERS

    company = open_company_file(company_path)
    with company.use():
        for name in ("Zola Bâtiment", "Łukasz Nowak", "Élodie Petit", "atelier Dumas",
                     "Emile Roux"):
            create_customer(company, CustomerInput(name=name))
    company.close()
    assert window.open_file(company_path)
    window.show_page(PAGE_CUSTOMERS)
    model = window.customer_view.model()
    names = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert names == ["atelier Dumas", "Élodie Petit", "Emile Roux", "Łukasz Nowak",
                     "Zola Bâtiment"]


@pytest.mark.parametrize("restart_now", [True, False])
def test_a_language_switch_restarts_or_waits_never_half_applied(
        demo_window: Any, monkeypatch: pytest.MonkeyPatch, messages: Any,
        restart_now: bool) -> None:
    from PySide6.QtWidgets import QMessageBox

    from relance_desktop.views import preferences
    from relance_desktop.views.main_pages import PAGE_RECEIVABLES

    def choose_english(dialog: preferences.PreferencesDialog) -> int:
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        dialog.locale.setCurrentIndex(dialog.locale.findData("en_GB"))
        dialog.accept()
        return 1

    restarted = []
    monkeypatch.setattr(preferences.PreferencesDialog, "exec", choose_english)
    monkeypatch.setattr(preferences, "restart", lambda window: restarted.append(window))
    messages.answer = (QMessageBox.StandardButton.Yes if restart_now
                       else QMessageBox.StandardButton.No)
    w = demo_window
    w.show_page(PAGE_RECEIVABLES)
    amount = w.model.data(w.model.index(0, 5))
    w.preferences()

    assert any("redémarr" in text for text in messages.texts)  # asked, in words
    assert restarted == ([w] if restart_now else [])
    assert w.session.settings.get("ui_language") == "en"  # kept for the next start
    assert w.session.settings.get("format_locale") == "en_GB"
    # Until then the window stays French throughout: French text, French amounts.
    assert w.model.data(w.model.index(0, 5)) == amount
    assert "€" not in amount.split()[0] and "," in amount


def test_the_relaunch_command_starts_the_package_again(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from relance_desktop.views.preferences import relaunch_command

    monkeypatch.setattr(sys, "argv", ["relance", "/tmp/Atelier.relance"])
    program, arguments = relaunch_command()
    assert program == sys.executable
    assert arguments == ["-m", "relance_desktop", "/tmp/Atelier.relance"]


@pytest.mark.parametrize(("language", "expected"), [
    ("fr", "mar–jeu 10:00–12:00"),
    ("en", "Tue–Thu 10:00–12:00"),
    ("nl", "di–do 10:00–12:00"),
])
def test_call_hours_read_in_the_interface_language(
        session: Any, use_language: Callable[[str], None], language: str,
        expected: str) -> None:
    from relance_desktop.domain.calls.hours import readable

    use_language(language)
    assert session.message_text(readable("mar–jeu 10h–12h")) == expected
    assert session.message_text(readable("le matin, sauf urgence")) == "le matin, sauf urgence"


PARENTHESISED_PLURAL = re.compile(r"\w\((s|x|e|es|[a-z]?en|ies|n|'s|’s)\)")


def test_no_text_writes_a_count_with_a_plural_in_parentheses() -> None:
    """« facture(s) », « nouveau(x) », « klant(en) »: nowhere in the code's strings nor in the
    English and Dutch translations (counts go through %n, or a wording that needs no plural)."""
    root = Path(__file__).resolve().parents[2]
    found = []
    for path in sorted((root / "relance_desktop").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                      if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef))
                      and node.body and isinstance(node.body[0], ast.Expr)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and id(node) not in docstrings and PARENTHESISED_PLURAL.search(node.value):
                found.append(f"{path.name}:{node.lineno}: {node.value[:60]}")
    for language in ("fr", "en", "nl"):
        tree = ElementTree.parse(root / "resources" / "translations" / f"relance_{language}.ts")
        for element in tree.iter():
            if element.tag in ("translation", "numerusform") and element.text \
                    and PARENTHESISED_PLURAL.search(element.text):
                found.append(f"relance_{language}.ts: {element.text[:60]}")
    assert found == []


GROUPS = {"fr": ("1 facture", "2 factures"), "en": ("1 invoice", "2 invoices"),
          "nl": ("1 factuur", "2 facturen")}


@pytest.mark.parametrize("language", ["fr", "en", "nl"])
def test_a_customer_group_counts_its_invoices_beside_the_name(
        window: Any, company_path: Path, use_language: Callable[[str], None],
        language: str) -> None:
    from relance_desktop.services import customers, invoices
    from relance_desktop.store.database import open_company_file
    from relance_desktop.views.invoice_cells import Col
    from relance_desktop.views.main_pages import PAGE_RECEIVABLES

    use_language(language)
    company = open_company_file(company_path)
    with company.use():
        for name, count in (("Brasserie Aubert", 1), ("Garage Vandamme", 2)):
            customer = customers.create_customer(company, customers.CustomerInput(name=name))
            for pos in range(count):
                invoices.create_invoice(company, invoices.InvoiceInput(
                    customer, f"{name[:3]}-{pos}", date(2026, 9, 1), date(2026, 10, 1),
                    10_000))
    company.close()
    assert window.open_file(company_path)
    window.show_page(PAGE_RECEIVABLES)
    window.group_box.setChecked(True)
    model = window.view.model()
    rows = {model.index(row, Col.CUSTOMER).data(): model.index(row, Col.NUMBER).data()
            for row in range(model.rowCount())}
    assert rows == {"Brasserie Aubert": GROUPS[language][0],
                    "Garage Vandamme": GROUPS[language][1]}


@pytest.mark.parametrize(("language", "locale", "expected"), [
    ("fr", "fr_FR", "Aujourd'hui, lundi 23 novembre 2026"),
    ("en", "en_GB", "Today, Monday, 23 November 2026"),
    ("nl", "nl_BE", "Vandaag, maandag 23 november 2026"),
])
def test_today_says_the_weekday(
        qtbot: Any, tmp_path: Path, company_path: Path, use_language: Callable[[str], None],
        language: str, locale: str, expected: str, windows_on_server: None) -> None:
    from relance_desktop.formatting import Formatter
    from relance_desktop.settings import Settings
    from relance_desktop.views.common import Session
    from relance_desktop.views.main_window import MainWindow

    use_language(language)
    session = Session(settings=Settings(tmp_path / "settings.json"), formatter=Formatter(locale),
                      today=lambda: TODAY)
    window = MainWindow(session)
    qtbot.addWidget(window)
    assert window.open_file(company_path)
    window.reload_today()
    assert expected in window.today_title.text()


@pytest.mark.parametrize(("locale", "day"), [
    ("fr_FR", "lundi 23 novembre 2026"), ("en_GB", "Monday, 23 November 2026"),
    ("nl_BE", "maandag 23 november 2026")])
def test_the_printed_call_list_gives_the_weekday(
        cf: CompanySession, locale: str, day: str) -> None:
    from relance_desktop.formatting import Formatter
    from relance_desktop.services import printables

    spec = printables.call_list(
        cf, [], language=locale[:2], fmt=Formatter(locale), render=str, today=TODAY,
        section_titles={}, outcome_label=str)
    assert spec.title.endswith(day)

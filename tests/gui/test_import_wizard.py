"""The import wizard driven on the real samples as a user would: its Next / Back / Importer /
Annuler buttons, the keyboard, typing in the columns page, clicking in the preview tables."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QTableWidget,
    QWizard,
)

from relance_desktop.services import imports
from relance_desktop.services.session import CompanySession
from relance_desktop.store.models import Invoice
from relance_desktop.store.session import Engine
from relance_desktop.views.common import translate
from relance_desktop.views.import_wizard import ImportWizard, MappingPage
from relance_desktop.views.main_pages import PAGE_RECEIVABLES
from relance_desktop.views.main_window import MainWindow
from tests.helpers import all_rows, company_items

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples"
pytestmark = pytest.mark.skipif(
    not SAMPLES.is_dir(), reason="shared/samples is not beside the repo")

FEC = SAMPLES / "fec" / "111111111FEC20221231.TXT"  # 19 customers, 28 open items, 14,472.55 €
TILL_FEC = SAMPLES / "fec" / "000000000FEC20231231.txt"  # till and payment-method accounts
NINJA = SAMPLES / "csv" / "invoiceninja" / "invoice.csv"
FACTURX = SAMPLES / "facturx" / "Facture_FR_EN16931.pdf"  # FA-2017-0010, 470.15 € still due
PLAIN_PDF = SAMPLES / "facturx" / "MustangGnuaccountingBeispielRE-20170509_505PDF14.pdf"

Button = QWizard.WizardButton
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def main(window: MainWindow, company_path: Path) -> MainWindow:
    """The main window on a fresh, empty company file."""
    assert window.open_file(company_path)
    return window


def cf_of(window: MainWindow) -> CompanySession:
    assert window.cf is not None
    return window.cf


def dump(cf: CompanySession) -> list[str]:
    """The whole file as text: its schema and every row (the search index's virtual table is
    read through its shadow tables: a contentless FTS5 table cannot be scanned, so
    ``iterdump`` cannot be used). On a server, every row of every table."""
    if cf.engine is not Engine.SQLITE:
        return [f"{table} {row!r}" for table, rows in all_rows(cf).items() for row in rows]
    conn = cf.raw()
    lines = [str(r[0]) for r in conn.execute("SELECT sql FROM sqlite_master ORDER BY name")]
    tables = [str(r[0]) for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")]
    for table in tables:
        lines += [f"{table} {row!r}" for row in conn.execute(f'SELECT * FROM "{table}"')]
    return lines


def due_in_list(window: MainWindow) -> int:
    return sum(i.amount_cents - i.paid_cents for i in company_items(window))


def open_wizard(window: MainWindow, *paths: Path) -> ImportWizard:
    wizard = window.open_import(list(paths))
    assert wizard is not None and wizard.isVisible()
    return wizard


def forward(wizard: ImportWizard) -> QAbstractButton:
    """The button that goes on: « Suivant > », or « Importer » on the commit page."""
    page = wizard.currentPage()
    commit = page is not None and page.isCommitPage()
    button = wizard.button(Button.CommitButton if commit else Button.NextButton)
    assert button.isVisible()
    return button


def click(qtbot: Any, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, LEFT)


def next_page(wizard: ImportWizard, qtbot: Any) -> None:
    button = forward(wizard)
    assert button.isEnabled()
    click(qtbot, button)
    qtbot.waitUntil(lambda: not wizard.busy)


def to_preview(wizard: ImportWizard, qtbot: Any) -> imports.ImportPreview:
    for _ in range(6):
        if wizard.currentPage() is wizard.preview_page:
            break
        next_page(wizard, qtbot)
    assert wizard.currentPage() is wizard.preview_page
    qtbot.waitUntil(lambda: wizard.preview_page.plan is not None and not wizard.busy)
    plan = wizard.preview_page.plan
    assert plan is not None
    return plan


def to_confirm(wizard: ImportWizard, qtbot: Any) -> str:
    """From the preview to the confirmation page; its text."""
    assert forward(wizard).text() == "&Suivant >"
    next_page(wizard, qtbot)
    assert wizard.currentPage() is wizard.confirm_page
    assert forward(wizard).text() == "&Importer"
    return wizard.confirm_page.plan_text.text()


def apply(wizard: ImportWizard, qtbot: Any) -> str:
    """Confirm and import; the text of the result page."""
    if wizard.currentPage() is wizard.preview_page:
        to_confirm(wizard, qtbot)
    with qtbot.waitSignal(wizard.imported, timeout=10_000):
        click(qtbot, forward(wizard))
    assert wizard.currentPage() is wizard.result_page
    return wizard.result_page.done_text.toPlainText()


def click_cell(qtbot: Any, view: QAbstractItemView, row: int, column: int) -> None:
    index = view.model().index(row, column)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.visualRect(index).center())


def tick(qtbot: Any, table: QTableWidget, row: int) -> None:
    """Toggle the check box of ``row`` from the keyboard (Space on the cell)."""
    table.setCurrentCell(row, 0)
    qtbot.keyClick(table, Qt.Key.Key_Space)


def drop(widget: Any, *paths: Path) -> bool:
    """Drag ``paths`` over ``widget`` and drop them; True when the drag was accepted."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)
    return True


def test_import_action_is_in_the_file_menu_and_needs_a_company(window: MainWindow,
                                                               company_path: Path) -> None:
    assert window.import_action.shortcut() == QKeySequence("Ctrl+Shift+I")
    assert not window.import_action.isEnabled()
    assert not drop(window, FACTURX)  # no company open: nothing to import into
    assert window.open_file(company_path)
    assert window.import_action.isEnabled()
    window.import_action.trigger()
    wizard = window.import_wizard
    assert wizard is not None and wizard.isVisible()
    assert isinstance(wizard, QWizard) and wizard.currentPage() is wizard.files_page
    assert not wizard.button(Button.NextButton).isEnabled()  # no file chosen yet
    assert not wizard.button(Button.BackButton).isEnabled()
    assert wizard.button(Button.CancelButton).text() == "Annuler"


def test_fec_end_to_end_with_the_accounts_not_to_chase(main: MainWindow, qtbot: Any) -> None:
    cf = cf_of(main)
    wizard = open_wizard(main, FEC, TILL_FEC)
    assert [i.label for i in wizard.files_page.infos] == ["FEC (écritures comptables)"] * 2
    next_page(wizard, qtbot)
    page = wizard.fec_page
    assert wizard.currentPage() is page
    assert page.title() == "Étape 2 sur 4 — Comptes à ne pas relancer"
    table = page.table
    accounts = [table.item(row, 1).text() for row in range(table.rowCount())]
    assert accounts == ["CCB", "CCHQ", "CESP", "CVIR"]
    assert page.excluded() == set(accounts)  # pre-ticked
    assert table.item(accounts.index("CESP"), 3).text() == "25\u202f719,18\xa0€"
    tick(qtbot, table, accounts.index("CCHQ"))  # chase it after all
    assert table.item(accounts.index("CCHQ"), 0).checkState() == Qt.CheckState.Unchecked

    plan = to_preview(wizard, qtbot)
    assert wizard.preview_page.title() == "Étape 3 sur 4 — Vérifier avant d'importer"
    assert imports.fec_exclusions(cf) == {"CCB", "CESP", "CVIR"}  # remembered
    fec, till = plan.files
    assert (fec.new_customers, fec.count("new"), fec.due_per_currency()) == (
        19, 28, {"EUR": 1_447_255})
    assert (till.new_customers, till.due_per_currency()) == (1, {"EUR": 54_200})
    preview = wizard.preview_page
    summary = preview.summary.text()
    assert "2 fichiers" in summary and "20 nouveaux clients" in summary
    assert "15\u202f014,55\xa0€" in summary
    click_cell(qtbot, preview.files_view, 1, 0)  # the second file, in the files table
    assert TILL_FEC.name in preview.overview.toPlainText()
    click_cell(qtbot, preview.files_view, 0, 0)
    assert FEC.name in preview.overview.toPlainText()

    confirm = to_confirm(wizard, qtbot)
    assert "20 nouveaux clients" in confirm and "31 nouvelles factures" in confirm
    assert "rien n'est enregistré" in wizard.confirm_page.all_or_nothing.text()
    assert wizard.confirm_page.title() == "Étape 4 sur 4 — Importer"
    done = apply(wizard, qtbot)
    assert "20 clients créés" in done and "31 factures créées" in done
    assert due_in_list(main) == 1_501_455  # the main window reloaded its list
    main.show_page(PAGE_RECEIVABLES)  # the list is read when shown
    qtbot.waitUntil(lambda: main.status_total.text().endswith("15\u202f014,55\xa0€"))
    assert wizard.currentPage().title() == "Import terminé"
    assert not wizard.button(Button.BackButton).isVisible()  # imported: no going back
    assert not wizard.button(Button.CancelButton).isVisible()
    finish = wizard.button(Button.FinishButton)
    assert finish.isVisible() and finish.text() == "&Fermer"
    click(qtbot, finish)
    assert not wizard.isVisible()


def test_csv_mapping_preview_and_profile_offered_next_time(main: MainWindow, qtbot: Any) -> None:
    cf = cf_of(main)
    wizard = open_wizard(main, NINJA)
    assert wizard.files_page.infos[0].label == "CSV — Invoice Ninja v4"
    assert wizard.files_page.title() == "Étape 1 sur 4 — Fichiers à importer"
    next_page(wizard, qtbot)
    page = wizard.currentPage()
    assert isinstance(page, MappingPage)
    assert page.title() == "Étape 2 sur 4 — Colonnes de « invoice.csv »"
    assert page.name.text() == "Invoice Ninja v4"
    assert page.sniffed.header_line == 4 and page.sniffed.delimiter == ","
    assert page.option_combos["decimal"].currentData() == "."
    columns = page.sniffed.columns
    customer = page.combos["customer"]
    assert customer.currentData() == columns.index("Client")
    qtbot.waitUntil(lambda: bool(page.preview_model.rows()))  # read as the page opens
    assert page.preview_model.rows()[0].cells[0] == "Ludwig Krajcik DVM"
    assert "400 documents de 20 clients lus." in page.read_summary.text()

    qtbot.keyClicks(customer, "Email")  # the e-mail as the customer's name
    assert customer.currentData() == columns.index("Email")
    qtbot.waitUntil(lambda: page.preview_model.rows()[0].cells[0] == "brook59@example.org")
    page.name.selectAll()
    qtbot.keyClicks(page.name, "Mon Invoice Ninja")
    plan = to_preview(wizard, qtbot)
    assert "Mon Invoice Ninja" in imports.profile_names(cf)
    [file] = plan.files
    assert file.profile_name == "Mon Invoice Ninja"
    assert file.due_per_currency() == {"USD": 617_466}
    assert file.customers[0].record.name == "brook59@example.org"

    click(qtbot, wizard.button(Button.BackButton))  # the columns page keeps its choices
    assert wizard.currentPage() is page and page.name.text() == "Mon Invoice Ninja"
    assert customer.currentData() == columns.index("Email")
    click(qtbot, wizard.button(Button.CancelButton))
    assert not wizard.isVisible()
    with cf.use():
        assert Invoice.select().count() == 0  # nothing imported: the profile only

    again = open_wizard(main, NINJA)
    next_page(again, qtbot)
    page = again.currentPage()
    assert isinstance(page, MappingPage)
    assert page.saved.currentData() == "Mon Invoice Ninja"  # offered first
    assert page.name.text() == "Mon Invoice Ninja"
    assert page.combos["customer"].currentData() == columns.index("Email")
    names = [page.saved.itemText(i) for i in range(page.saved.count())]
    assert "Invoice Ninja v4" in names and "Mon Invoice Ninja" in names


def test_a_mapping_without_customer_or_number_is_refused(main: MainWindow, qtbot: Any) -> None:
    wizard = open_wizard(main, NINJA)
    next_page(wizard, qtbot)
    page = wizard.currentPage()
    assert isinstance(page, MappingPage)
    assert forward(wizard).isEnabled() and not page.error_label.isVisible()
    page.combos["number"].setCurrentIndex(0)  # « — »
    assert "N° de facture" in page.error_label.text() and page.error_label.isVisible()
    assert not forward(wizard).isEnabled()
    qtbot.keyClick(page.name, Qt.Key.Key_Return)  # Enter does not go on either
    assert wizard.currentPage() is page

    page.combos["number"].setCurrentIndex(page.combos["number"].findData(
        page.sniffed.columns.index("Invoice Number")))
    assert forward(wizard).isEnabled() and not page.error_label.isVisible()
    page.name.selectAll()
    qtbot.keyClick(page.name, Qt.Key.Key_Delete)  # a profile needs a name
    assert "Donnez un nom" in page.error_label.text()
    assert not forward(wizard).isEnabled()


def test_facturx_dropped_on_the_main_window(main: MainWindow, qtbot: Any) -> None:
    assert drop(main, FACTURX)
    wizard = main.import_wizard
    assert wizard is not None and wizard.isVisible()
    assert [i.path.name for i in wizard.files_page.infos] == [FACTURX.name]
    assert wizard.files_page.infos[0].label == "Factur-X / ZUGFeRD (PDF)"
    plan = to_preview(wizard, qtbot)
    [file] = plan.files
    assert (file.new_customers, file.count("new")) == (1, 1)
    assert "Reste dû : 470,15" in wizard.preview_page.overview.toPlainText()
    apply(wizard, qtbot)
    [item] = company_items(main)
    assert (item.number, item.amount_cents - item.paid_cents) == ("FA-2017-0010", 47_015)


def test_enter_goes_on_and_escape_cancels(main: MainWindow, qtbot: Any) -> None:
    cf = cf_of(main)
    before = dump(cf)
    wizard = open_wizard(main, FACTURX)
    qtbot.keyClick(wizard.files_page.tree, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.preview_page
    qtbot.waitUntil(lambda: wizard.preview_page.plan is not None and not wizard.busy)
    qtbot.keyClick(wizard.preview_page.invoices_view, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.confirm_page
    assert wizard.button(Button.CommitButton).isDefault()  # Enter would import
    qtbot.keyClick(wizard.confirm_page, Qt.Key.Key_Escape)
    assert not wizard.isVisible()
    assert dump(cf) == before


def test_only_csv_and_excel_files_get_a_columns_page(main: MainWindow, qtbot: Any) -> None:
    wizard = open_wizard(main, NINJA, FACTURX)
    assert wizard.files_page.title() == "Étape 1 sur 4 — Fichiers à importer"
    next_page(wizard, qtbot)
    assert isinstance(wizard.currentPage(), MappingPage)
    click(qtbot, wizard.button(Button.BackButton))
    assert wizard.currentPage() is wizard.files_page
    tree = wizard.files_page.tree
    click_cell(qtbot, tree, 0, 0)  # the CSV file
    click(qtbot, wizard.files_page.remove_button)
    assert [i.path.name for i in wizard.files_page.infos] == [FACTURX.name]
    assert wizard.files_page.title() == "Étape 1 sur 3 — Fichiers à importer"
    next_page(wizard, qtbot)  # straight to the preview
    assert wizard.currentPage() is wizard.preview_page
    assert wizard.preview_page.title() == "Étape 2 sur 3 — Vérifier avant d'importer"


def test_reimporting_the_same_file_says_already_imported_and_nothing_to_do(
        main: MainWindow, qtbot: Any) -> None:
    cf = cf_of(main)
    imports.apply(cf, imports.preview(cf, [FACTURX], today=main.session.today()))
    before = dump(cf)
    wizard = open_wizard(main, FACTURX)
    plan = to_preview(wizard, qtbot)
    assert plan.files[0].already_imported and not plan.has_changes
    notice = wizard.preview_page.notice.text()
    assert "Déjà importé" in notice and "Rien à importer" in notice
    assert "déjà été importé" in wizard.preview_page.overview.toPlainText()
    assert not forward(wizard).isEnabled()
    assert dump(cf) == before


def test_cancel_during_apply_leaves_the_company_file_unchanged(
        main: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    cf = cf_of(main)
    wizard = open_wizard(main, FEC)
    to_preview(wizard, qtbot)
    to_confirm(wizard, qtbot)
    before = dump(cf)
    started, gate = threading.Event(), threading.Event()
    real_apply = imports.apply

    def held_apply(cf: CompanySession, plan: Any, *, settle: Any = (), progress: Any = None) -> Any:
        def held(done: int, total: int) -> bool:
            started.set()
            gate.wait(10)  # the import is under way until the test lets it go on
            return bool(progress(done, total))

        return real_apply(cf, plan, settle=settle, progress=held)

    monkeypatch.setattr(imports, "apply", held_apply)
    click(qtbot, forward(wizard))
    cancel = wizard.button(Button.CancelButton)
    try:
        qtbot.waitUntil(started.is_set)
        # The window stays responsive while the worker writes.
        assert wizard.busy == "apply" and wizard.confirm_page.progress.isVisible()
        assert cancel.isEnabled()
        assert cancel.text() == "&Interrompre l'import"
        assert not forward(wizard).isEnabled()
        assert not wizard.button(Button.BackButton).isEnabled()
        click(qtbot, cancel)
    finally:
        gate.set()
    qtbot.waitUntil(lambda: not wizard.busy)
    assert "rien n'a été enregistré" in wizard.confirm_page.status.text()
    assert wizard.isVisible() and wizard.currentPage() is wizard.confirm_page
    assert forward(wizard).isEnabled()  # may be tried again
    assert wizard.button(Button.BackButton).isEnabled()
    assert cancel.text() == "Annuler" and cancel.isEnabled()
    assert dump(cf) == before
    assert due_in_list(main) == 0


def test_a_plain_pdf_shows_its_problem(main: MainWindow, qtbot: Any) -> None:
    wizard = open_wizard(main, PLAIN_PDF)
    assert wizard.files_page.infos[0].label == "PDF sans données de facture"
    plan = to_preview(wizard, qtbot)
    [problem] = plan.problems
    page = wizard.preview_page
    assert page.details.currentIndex() == 3  # the problems tab
    row = page.problems_model.rows()[0]
    assert row.cells[0] == "erreur" and row.cells[1] == PLAIN_PDF.name
    assert row.cells[5] == problem.found
    assert row.cells[4] == problem.expected_text(translate)
    click_cell(qtbot, page.problems_view, 0, 4)
    assert "données de facture structurées" in page.problem_detail.text()
    assert PLAIN_PDF.name in page.problem_detail.text()  # the file is named
    assert "aucune facture lisible" in page.notice.text()
    assert not forward(wizard).isEnabled()


def test_a_file_that_cannot_be_read_is_named_on_the_files_page(
        main: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    odd = tmp_path / "notes.docx"
    odd.write_bytes(b"PK\x03\x04")
    wizard = open_wizard(main, odd)
    click(qtbot, forward(wizard))
    assert wizard.currentPage() is wizard.files_page
    assert "notes.docx" in wizard.files_page.error.text()

    # A file that vanishes before the preview: the service's message, on the files page.
    csv = tmp_path / NINJA.name
    shutil.copy(NINJA, csv)
    wizard.files_page.tree.selectAll()
    click(qtbot, wizard.files_page.remove_button)
    assert not wizard.files_page.infos and not forward(wizard).isEnabled()
    assert drop(wizard, csv)
    next_page(wizard, qtbot)
    assert isinstance(wizard.currentPage(), MappingPage)
    csv.unlink()
    click(qtbot, forward(wizard))
    qtbot.waitUntil(lambda: not wizard.busy)
    assert wizard.currentPage() is wizard.files_page and wizard.isVisible()
    assert str(csv) in wizard.files_page.error.text()


def test_an_unexpected_error_in_the_worker_reaches_the_gui_thread(
        main: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    wizard = open_wizard(main, FACTURX)
    to_preview(wizard, qtbot)
    to_confirm(wizard, qtbot)

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk pulled out")

    monkeypatch.setattr(imports, "apply", broken)
    with qtbot.capture_exceptions() as raised:
        click(qtbot, forward(wizard))
        qtbot.waitUntil(lambda: bool(raised))
    assert isinstance(raised[0][1], RuntimeError)
    assert not wizard.busy and forward(wizard).isEnabled()


def test_invoices_absent_from_a_full_export_are_offered_unticked(
        main: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    cf = cf_of(main)
    imports.apply(cf, imports.preview(cf, [FEC], today=main.session.today()))
    raw = FEC.read_bytes()
    header = raw.splitlines()[0].decode("latin-1").split("|")
    values = dict.fromkeys(header, "")
    values.update({
        "JournalCode": "C1", "JournalLib": "BANQUE", "EcritureNum": "99999999",
        "EcritureDate": "20230801", "CompteNum": "41100000", "CompteLib": "CLIENTS",
        "CompAuxNum": "41101050", "CompAuxLib": "COLRUYT RETAIL FRA", "PieceRef": "VIR",
        "PieceDate": "20230801", "EcritureLib": "REGLEMENT", "Debit": "0,00",
        "Credit": "6439,94", "ValidDate": "20230801",
    })
    later = tmp_path / "111111111FEC20230831.TXT"
    line = "|".join(values[f] for f in header).encode("latin-1")
    later.write_bytes(raw.rstrip(b"\n") + b"\n" + line + b"\n")
    main.reload()
    wizard = open_wizard(main, later)
    to_preview(wizard, qtbot)
    page = wizard.preview_page
    assert page.details.currentIndex() == 4 and page.settle_table.rowCount() == 1
    check = page.settle_table.item(0, 0)
    assert check.checkState() == Qt.CheckState.Unchecked  # the user confirms
    assert page.settle_table.item(0, 2).text() == "COLRUYT RETAIL FRA"
    assert not forward(wizard).isEnabled()
    tick(qtbot, page.settle_table, 0)
    assert check.checkState() == Qt.CheckState.Checked
    assert forward(wizard).isEnabled()
    assert "1 facture marquée payée" in to_confirm(wizard, qtbot)
    done = apply(wizard, qtbot)
    assert "1 facture marquée payée" in done
    assert due_in_list(main) == 1_447_255 - 643_994


def test_a_folder_dropped_on_the_files_page_adds_its_einvoices(
        main: MainWindow, qtbot: Any) -> None:
    wizard = open_wizard(main)
    assert drop(wizard, SAMPLES / "ubl" / "odoo-beg")
    infos = wizard.files_page.infos
    assert len(infos) == 3 and {i.label for i in infos} == {"UBL / Peppol (XML)"}
    assert drop(wizard, SAMPLES / "ubl" / "odoo-beg")  # the same files are not added twice
    assert len(wizard.files_page.infos) == 3
    plan = to_preview(wizard, qtbot)
    assert plan.files[0].new_customers == 1  # one Belgian customer, across the files
    assert sum(f.new_customers for f in plan.files) == 1
    assert not drop(wizard, FACTURX)  # files are added on the files page only


def test_every_page_fits_a_small_screen(main: MainWindow, qtbot: Any) -> None:
    """On a 1366×768 screen the wizard is 1060×700: no page needs more."""
    wizard = open_wizard(main, NINJA, TILL_FEC)
    seen = []
    while wizard.currentPage() is not wizard.result_page:
        page = wizard.currentPage()
        seen.append(page.objectName())
        minimum = wizard.minimumSize()
        assert minimum.width() <= 1060 and minimum.height() <= 700, (page.objectName(), minimum)
        if page is wizard.confirm_page:
            apply(wizard, qtbot)
        else:
            next_page(wizard, qtbot)
    assert seen == ["filesPage", "mappingPage", "fecPage", "previewPage", "confirmPage"]

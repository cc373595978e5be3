"""The import wizard driven on the real samples: files, columns, FEC accounts, preview, apply."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication

from relance_desktop.services import imports
from relance_desktop.services.session import CompanySession
from relance_desktop.store.models import Invoice
from relance_desktop.views.common import translate
from relance_desktop.views.import_wizard import ImportWizard, MappingPage
from relance_desktop.views.main_window import MainWindow

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples"
pytestmark = pytest.mark.skipif(
    not SAMPLES.is_dir(), reason="shared/samples is not beside the repo")

FEC = SAMPLES / "fec" / "111111111FEC20221231.TXT"  # 19 customers, 28 open items, 14,472.55 €
TILL_FEC = SAMPLES / "fec" / "000000000FEC20231231.txt"  # till and payment-method accounts
NINJA = SAMPLES / "csv" / "invoiceninja" / "invoice.csv"
FACTURX = SAMPLES / "facturx" / "Facture_FR_EN16931.pdf"  # FA-2017-0010, 470.15 € still due
PLAIN_PDF = SAMPLES / "facturx" / "MustangGnuaccountingBeispielRE-20170509_505PDF14.pdf"


@pytest.fixture
def main(window: MainWindow, company_path: Path) -> MainWindow:
    """The main window on a fresh, empty company file."""
    assert window.open_file(company_path)
    return window


def cf_of(window: MainWindow) -> CompanySession:
    assert window.cf is not None
    return window.cf


def dump(cf: CompanySession) -> list[str]:
    return list(cf.raw().iterdump())


def due_in_list(window: MainWindow) -> int:
    return sum(i.amount_cents - i.paid_cents for i in window.model.all_items())


def open_wizard(window: MainWindow, *paths: Path) -> ImportWizard:
    wizard = window.open_import(list(paths))
    assert wizard is not None and wizard.isVisible()
    return wizard


def next_page(wizard: ImportWizard, qtbot: Any) -> None:
    assert wizard.next_button.isEnabled()
    wizard.next_button.click()
    qtbot.waitUntil(lambda: not wizard.busy)


def to_preview(wizard: ImportWizard, qtbot: Any) -> imports.ImportPreview:
    for _ in range(6):
        if wizard.page is wizard.preview_page:
            break
        next_page(wizard, qtbot)
    assert wizard.page is wizard.preview_page
    qtbot.waitUntil(lambda: wizard.preview_page.plan is not None and not wizard.busy)
    plan = wizard.preview_page.plan
    assert plan is not None
    return plan


def apply(wizard: ImportWizard, qtbot: Any) -> None:
    with qtbot.waitSignal(wizard.imported, timeout=10_000):
        wizard.next_button.click()
    assert wizard.page is wizard.done_page


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
    assert window.import_wizard is not None and window.import_wizard.isVisible()
    assert not window.import_wizard.next_button.isEnabled()  # no file chosen yet


def test_fec_end_to_end_with_the_accounts_not_to_chase(main: MainWindow, qtbot: Any) -> None:
    cf = cf_of(main)
    wizard = open_wizard(main, FEC, TILL_FEC)
    assert [i.label for i in wizard.files_page.infos] == ["FEC (écritures comptables)"] * 2
    next_page(wizard, qtbot)
    page = wizard.fec_page
    assert wizard.page is page and "ne pas relancer" in wizard.heading.text()
    table = page.table
    accounts = [table.item(row, 1).text() for row in range(table.rowCount())]
    assert accounts == ["CCB", "CCHQ", "CESP", "CVIR"]
    assert page.excluded() == set(accounts)  # pre-ticked
    assert table.item(accounts.index("CESP"), 3).text() == "25\u202f719,18\xa0€"
    table.item(accounts.index("CCHQ"), 0).setCheckState(Qt.CheckState.Unchecked)  # chase it

    plan = to_preview(wizard, qtbot)
    assert imports.fec_exclusions(cf) == {"CCB", "CESP", "CVIR"}  # remembered
    fec, till = plan.files
    assert (fec.new_customers, fec.count("new"), fec.due_per_currency()) == (
        19, 28, {"EUR": 1_447_255})
    assert (till.new_customers, till.due_per_currency()) == (1, {"EUR": 54_200})
    summary = wizard.preview_page.summary.text()
    assert "2 fichier(s)" in summary and "20 nouveau(x) client(s)" in summary
    assert "15\u202f014,55\xa0€" in summary
    assert wizard.next_button.text() == "&Importer"

    apply(wizard, qtbot)
    done = wizard.done_page.toPlainText()
    assert "20 client(s) créé(s)" in done and "31 facture(s) créée(s)" in done
    assert due_in_list(main) == 1_501_455  # the main window reloaded its list
    assert main.status_total.text().endswith("15\u202f014,55\xa0€")
    wizard.cancel_button.click()  # « Fermer »
    assert not wizard.isVisible()


def test_csv_mapping_preview_and_profile_offered_next_time(main: MainWindow, qtbot: Any) -> None:
    cf = cf_of(main)
    wizard = open_wizard(main, NINJA)
    assert wizard.files_page.infos[0].label == "CSV — Invoice Ninja v4"
    next_page(wizard, qtbot)
    page = wizard.page
    assert isinstance(page, MappingPage)
    assert page.name.text() == "Invoice Ninja v4"
    assert page.sniffed.header_line == 4 and page.sniffed.delimiter == ","
    assert page.option_combos["decimal"].currentData() == "."
    columns = page.sniffed.columns
    customer = page.combos["customer"]
    assert customer.currentData() == columns.index("Client")
    page.refresh_preview()
    assert page.preview_model.rows()[0].cells[0] == "Ludwig Krajcik DVM"
    assert "400 document(s) de 20 client(s)" in page.read_summary.text()

    customer.setCurrentIndex(customer.findData(columns.index("Email")))  # the e-mail as name
    qtbot.waitUntil(lambda: page.preview_model.rows()[0].cells[0] == "brook59@example.org")
    page.name.setText("Mon Invoice Ninja")
    plan = to_preview(wizard, qtbot)
    assert "Mon Invoice Ninja" in imports.profile_names(cf)
    [file] = plan.files
    assert file.profile_name == "Mon Invoice Ninja"
    assert file.due_per_currency() == {"USD": 617_466}
    assert file.customers[0].record.name == "brook59@example.org"
    wizard.reject()
    with cf.use():
        assert Invoice.select().count() == 0  # nothing imported: the profile only

    again = open_wizard(main, NINJA)
    next_page(again, qtbot)
    page = again.page
    assert isinstance(page, MappingPage)
    assert page.saved.currentData() == "Mon Invoice Ninja"  # offered first
    assert page.name.text() == "Mon Invoice Ninja"
    assert page.combos["customer"].currentData() == columns.index("Email")
    names = [page.saved.itemText(i) for i in range(page.saved.count())]
    assert "Invoice Ninja v4" in names and "Mon Invoice Ninja" in names


def test_a_mapping_without_customer_or_number_is_refused(main: MainWindow, qtbot: Any) -> None:
    wizard = open_wizard(main, NINJA)
    next_page(wizard, qtbot)
    page = wizard.page
    assert isinstance(page, MappingPage)
    page.combos["number"].setCurrentIndex(0)  # « — »
    wizard.next_button.click()
    assert wizard.page is page
    assert "N° de facture" in page.error_label.text()


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
    [item] = main.model.all_items()
    assert (item.number, item.amount_cents - item.paid_cents) == ("FA-2017-0010", 47_015)


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
    assert not wizard.next_button.isEnabled()
    assert dump(cf) == before


def test_cancel_during_apply_leaves_the_company_file_unchanged(
        main: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    cf = cf_of(main)
    wizard = open_wizard(main, FEC)
    to_preview(wizard, qtbot)
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
    wizard.next_button.click()
    try:
        qtbot.waitUntil(started.is_set)
        # The window stays responsive while the worker writes.
        assert wizard.busy == "apply" and wizard.preview_page.progress.isVisible()
        assert wizard.cancel_button.isEnabled()
        assert wizard.cancel_button.text() == "&Interrompre l'import"
        assert not wizard.next_button.isEnabled() and not wizard.back_button.isEnabled()
        wizard.cancel_button.click()
    finally:
        gate.set()
    qtbot.waitUntil(lambda: not wizard.busy)
    assert "rien n'a été enregistré" in wizard.preview_page.status.text()
    assert wizard.isVisible() and wizard.page is wizard.preview_page
    assert wizard.next_button.isEnabled()  # may be tried again
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
    assert "données de facture structurées" in page.problem_detail.text()
    assert "aucune facture lisible" in page.notice.text()
    assert not wizard.next_button.isEnabled()


def test_a_file_that_cannot_be_read_is_named_on_the_files_page(
        main: MainWindow, qtbot: Any, tmp_path: Path) -> None:
    odd = tmp_path / "notes.docx"
    odd.write_bytes(b"PK\x03\x04")
    wizard = open_wizard(main, odd)
    wizard.next_button.click()
    assert wizard.page is wizard.files_page
    assert "notes.docx" in wizard.files_page.error.text()

    # A file that vanishes before the preview: the service's message, on the files page.
    csv = tmp_path / NINJA.name
    shutil.copy(NINJA, csv)
    wizard.files_page.tree.selectAll()
    wizard.files_page.remove_selected()
    wizard.files_page.add([csv])
    next_page(wizard, qtbot)
    assert isinstance(wizard.page, MappingPage)
    csv.unlink()
    wizard.page.refresh_preview()
    wizard.next_button.click()
    qtbot.waitUntil(lambda: not wizard.busy)
    assert wizard.page is wizard.files_page and wizard.isVisible()
    assert str(csv) in wizard.files_page.error.text()


def test_an_unexpected_error_in_the_worker_reaches_the_gui_thread(
        main: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    wizard = open_wizard(main, FACTURX)
    to_preview(wizard, qtbot)

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk pulled out")

    monkeypatch.setattr(imports, "apply", broken)
    with qtbot.capture_exceptions() as raised:
        wizard.next_button.click()
        qtbot.waitUntil(lambda: bool(raised))
    assert isinstance(raised[0][1], RuntimeError)
    assert not wizard.busy and wizard.next_button.isEnabled()


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
    assert not wizard.next_button.isEnabled()
    check.setCheckState(Qt.CheckState.Checked)
    assert wizard.next_button.isEnabled()
    apply(wizard, qtbot)
    assert "1 facture(s) marquée(s) payée(s)" in wizard.done_page.toPlainText()
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

"""The import wizard on what the readers report: accounts all excluded, generic accounts, a
wide CSV (the columns page stays responsive). Real samples where they exist, small files made
here otherwise."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QWizard

from relance_desktop.importers import tabular
from relance_desktop.views.import_wizard import ImportWizard, MappingPage
from relance_desktop.views.main_window import MainWindow

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples"
TILL_FEC = SAMPLES / "fec" / "000000000FEC20231231.txt"  # only till and payment accounts
Button = QWizard.WizardButton


@pytest.fixture
def main(window: MainWindow, company_path: Path) -> MainWindow:
    assert window.open_file(company_path)
    return window


def next_page(wizard: ImportWizard, qtbot: Any) -> None:
    button = wizard.button(Button.NextButton)
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.busy)


@pytest.mark.skipif(not TILL_FEC.exists(), reason="shared/samples is not beside the repo")
def test_a_file_whose_accounts_are_all_excluded_says_so(main: MainWindow, qtbot: Any) -> None:
    wizard = main.open_import([TILL_FEC])
    assert wizard is not None
    next_page(wizard, qtbot)
    assert wizard.currentPage() is wizard.fec_page
    assert wizard.fec_page.excluded() == {"CCB", "CCHQ", "CESP", "CVIR"}
    next_page(wizard, qtbot)
    qtbot.waitUntil(lambda: wizard.preview_page.plan is not None and not wizard.busy)
    notice = wizard.preview_page.notice.text()
    assert "tous exclus" in notice and "CESP" in notice
    assert "déjà à jour" not in notice  # the file was never imported


def wide_csv(path: Path, columns: int, rows: int) -> Path:
    names = ["Client", "Facture", "Montant", *[f"Info {n}" for n in range(columns - 3)]]
    lines = [";".join(names)]
    for row in range(rows):
        lines.append(";".join([f"Client {row}", f"F{row}", "12,50", *["x"] * (columns - 3)]))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_csv_of_600_columns_opens_its_columns_page_quickly(
    main: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    path = wide_csv(tmp_path / "large.csv", 600, 30)
    wizard = main.open_import([path])
    assert wizard is not None
    start = time.perf_counter()
    next_page(wizard, qtbot)
    elapsed = time.perf_counter() - start
    page = wizard.currentPage()
    assert isinstance(page, MappingPage)
    assert page.combos["customer"].count() == 601  # « — » and every column
    assert elapsed < 2.0, elapsed  # was about 10 s: the preview rebuilt per column per list
    qtbot.waitUntil(lambda: bool(page.preview_model.rows()), timeout=10_000)


def test_the_columns_preview_is_read_off_the_gui_thread(
    main: MainWindow, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = wide_csv(tmp_path / "liste.csv", 5, 20)
    release = threading.Event()
    threads: list[threading.Thread] = []
    real = tabular.read_tabular

    def slow_read(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread())
        release.wait(10)  # a big file: the read takes long
        return real(*args, **kwargs)

    monkeypatch.setattr(tabular, "read_tabular", slow_read)
    wizard = main.open_import([path])
    assert wizard is not None
    next_page(wizard, qtbot)
    page = wizard.currentPage()
    assert isinstance(page, MappingPage)
    qtbot.waitUntil(lambda: bool(threads))
    # The read is running: the window still answers (a timer fires, a setting can be changed).
    ticks: list[int] = []
    QTimer.singleShot(0, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: bool(ticks), timeout=1000)
    decimal = page.option_combos["decimal"]
    decimal.setCurrentIndex(decimal.findData("."))
    decimal.activated.emit(decimal.currentIndex())
    assert "en cours" in page.read_summary.text()
    release.set()
    qtbot.waitUntil(lambda: bool(page.preview_model.rows()), timeout=10_000)
    assert all(t is not threading.main_thread() for t in threads)
    assert page.preview_model.rows()[0].cells[0] == "Client 0"
    assert page.result is not None and len(page.result.invoices) == 20


FEC_HEADER = (
    "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\t"
    "CompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\t"
    "ValidDate\tMontantdevise\tIdevise"
)


def test_a_generic_account_is_offered_but_not_pre_excluded(
    main: MainWindow, qtbot: Any, tmp_path: Path
) -> None:
    def line(num: str, account: str, label: str, debit: str, credit: str) -> str:
        return (f"VE\tVentes\t{num}\t20260105\t{account}\t{label}\t\t\tFA{num}\t20260105\t"
                f"Facture\t{debit}\t{credit}\t\t\t20260105\t\t")

    path = tmp_path / "123456789FEC20261231.txt"
    path.write_text("\n".join([
        FEC_HEADER,
        line("1", "411000", "Clients", "45,00", "0,00"),
        line("1", "706000", "Ventes", "0,00", "45,00"),
        line("2", "411CB", "RECETTE CB", "12,00", "0,00"),
        line("2", "706000", "Ventes", "0,00", "12,00"),
    ]) + "\n", encoding="utf-8")
    wizard = main.open_import([path])
    assert wizard is not None
    next_page(wizard, qtbot)
    page = wizard.fec_page
    assert wizard.currentPage() is page
    accounts = [page.table.item(row, 1).text() for row in range(page.table.rowCount())]
    assert sorted(accounts) == ["411000", "411CB"]
    assert page.excluded() == {"411CB"}  # the till only: the generic account holds real money


@pytest.mark.skipif(not TILL_FEC.exists(), reason="shared/samples is not beside the repo")
def test_the_ledgers_are_read_off_the_gui_thread(
    main: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from relance_desktop.services import imports

    threads: list[threading.Thread] = []
    real = imports.read_file

    def spy(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(imports, "read_file", spy)
    wizard = main.open_import([TILL_FEC])
    assert wizard is not None
    next_page(wizard, qtbot)
    assert wizard.currentPage() is wizard.fec_page
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert wizard.fec_page.table.rowCount() == 4


def test_an_empty_xml_is_named_with_the_formats_expected(main: MainWindow, tmp_path: Path) -> None:
    empty = tmp_path / "facture.xml"
    empty.write_bytes(b"")
    wizard = main.open_import([empty])
    assert wizard is not None
    [info] = wizard.files_page.infos
    assert "vide" in info.label and "UBL" in info.label and "Factur-X" in info.label

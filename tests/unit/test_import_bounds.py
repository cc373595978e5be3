"""Hostile files are refused fast, with a message naming the file and the line: an .xlsx whose
members expand far beyond its size, a CSV line of millions of separators, a CSV of thousands of
columns, a FEC without line ends. Small files made here, with lowered limits where needed."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import openpyxl
import pytest

from relance_desktop.importers import bounds
from relance_desktop.importers.fec import FecError, read_fec
from relance_desktop.importers.tabular import TabularError, read_tabular, sniff


def test_long_line_finds_a_line_twice_the_limit_and_never_a_short_one() -> None:
    assert bounds.long_line("a,b\n" * 1000, limit=10) is None
    assert bounds.long_line("a,b\nc,d\n" + "," * 25 + "\nx\n", limit=10) == 3
    assert bounds.long_line("a\rb\r" + "x" * 30, limit=10) == 3  # CR line ends


def test_a_csv_line_of_separators_is_refused_fast_naming_its_line(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(b"Client,Facture,Montant\n" + b"," * 5_000_000 + b"\nA,F1,10\n")
    start = time.perf_counter()
    with pytest.raises(TabularError) as caught:
        read_tabular(path)
    assert time.perf_counter() - start < 2
    message = caught.value.message
    assert message.args["file"] == "export.csv" and message.args["line"] == 2
    assert "dépasse" in str(caught.value)


def test_a_csv_of_too_many_columns_is_refused_naming_its_line(tmp_path: Path) -> None:
    path = tmp_path / "large.csv"
    header = ",".join(f"c{n}" for n in range(bounds.MAX_COLUMNS + 500))
    path.write_text(header + "\n" + "1," * (bounds.MAX_COLUMNS + 499) + "1\n", encoding="utf-8")
    start = time.perf_counter()
    with pytest.raises(TabularError) as caught:
        sniff(path)
    assert time.perf_counter() - start < 2
    assert caught.value.message.args["line"] == 1
    assert caught.value.message.args["count"] == bounds.MAX_COLUMNS + 500


def test_a_workbook_too_wide_is_refused_naming_its_sheet_and_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bounds, "MAX_COLUMNS", 5)
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Factures"
    sheet.append(["Client", "Facture", "Montant"])
    sheet.append(["A", "F1", 10, 1, 2, 3, 4, 5])
    workbook.save(tmp_path / "large.xlsx")
    with pytest.raises(TabularError) as caught:
        read_tabular(tmp_path / "large.xlsx")
    assert caught.value.message.args == {
        "file": "large.xlsx",
        "sheet": "Factures",
        "line": 2,
        "count": 8,
        "limit": 5,
    }


def test_an_xlsx_expanding_far_beyond_its_size_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A real workbook with one cell inflated: 40 MB of text in a file of some 40 kB.
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Client", "Facture", "Montant"])
    sheet.append(["A", "F1", 10])
    plain = tmp_path / "plain.xlsx"
    workbook.save(plain)
    bomb = tmp_path / "bombe.xlsx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(bomb, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"<t>A</t>", b"<t>" + b"A" * 40_000_000 + b"</t>")
            target.writestr(info.filename, data, compress_type=zipfile.ZIP_DEFLATED)
    assert bomb.stat().st_size < 200_000
    monkeypatch.setattr(bounds, "MAX_XLSX_UNCOMPRESSED", 10 * 1024 * 1024)
    start = time.perf_counter()
    with pytest.raises(TabularError) as caught:
        read_tabular(bomb)
    assert time.perf_counter() - start < 1
    assert caught.value.message.args["file"] == "bombe.xlsx"
    assert caught.value.message.args["size"] >= 38 and caught.value.message.args["limit"] == 10
    read_tabular(plain)  # the same workbook, not inflated, reads


def test_a_fec_line_without_line_ends_is_refused_naming_its_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bounds, "MAX_LINE_CHARS", 1000)
    header = (
        "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\t"
        "CompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\t"
        "ValidDate\tMontantdevise\tIdevise"
    )
    path = tmp_path / "FEC.txt"
    path.write_text(header + "\n" + "\t" * 5000 + "\n", encoding="utf-8")
    with pytest.raises(FecError) as caught:
        read_fec(path)
    assert caught.value.message.args["line"] == 2
    assert caught.value.message.args["file"] == "FEC.txt"


def test_a_fec_line_of_many_separators_is_one_problem_on_its_line(tmp_path: Path) -> None:
    header = (
        "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\t"
        "CompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\t"
        "ValidDate\tMontantdevise\tIdevise"
    )
    good = "VE\tVentes\t1\t20260105\t411000\tClients\tC1\tDUPONT\tF1\t20260105\tFacture\t10,00"
    good += "\t0,00\t\t\t20260105\t\t"
    path = tmp_path / "FEC.txt"
    path.write_text("\n".join([header, "x\t" * 400_000, good]) + "\n", encoding="utf-8")
    start = time.perf_counter()
    result = read_fec(path)
    assert time.perf_counter() - start < 2
    [problem] = result.problems
    assert (problem.line, problem.found) == (2, "400001")
    assert [i.due_cents for i in result.invoices] == [1000]  # the good line is kept


def test_a_csv_cell_too_long_is_reported_in_french_and_its_line_left_out(tmp_path: Path) -> None:
    path = tmp_path / "longue.csv"
    path.write_text(
        "Client;Facture;Montant\nA;F1;10,00\nB;" + "x" * 200_000 + ";20,00\nC;F3;30,00\n",
        encoding="utf-8",
    )
    result = read_tabular(path)
    assert [i.number for i in result.invoices] == ["F1", "F3"]
    [problem] = result.problems
    assert (problem.file, problem.line) == ("longue.csv", 3)
    assert "caractères" in problem.expected and problem.args["limit"] == 131072


def test_sniffing_a_wide_csv_looks_at_a_bounded_number_of_cells(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from relance_desktop.importers import tabular_sniff

    seen: list[int] = []
    real = tabular_sniff._number_settings

    def counting(rows: list[tuple[object, ...]], delimiter: str) -> tuple[str, str]:
        seen.append(sum(len(r) for r in rows))
        return real(rows, delimiter)  # type: ignore[arg-type]

    monkeypatch.setattr(tabular_sniff, "_number_settings", counting)
    names = ["Client", "Facture", "Montant", *[f"Info {n}" for n in range(597)]]
    lines = [";".join(names)]
    lines += [";".join([f"C{r}", f"F{r}", "12,50", *["x"] * 597]) for r in range(1500)]
    path = tmp_path / "large.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    sniffed = sniff(path)
    assert (sniffed.width, sniffed.decimal) == (600, ",")
    [cells] = seen
    limit = tabular_sniff.EVIDENCE_CELLS + 600 * (tabular_sniff.SAMPLE_ROWS + 25)
    assert cells <= limit  # not 1,500 rows × 600 columns

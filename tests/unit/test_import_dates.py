"""Dates in CSV exports: a date of zeros (MySQL's « no date ») is empty, every unreadable date is
reported with file, line, column and the pattern it should have, and a column named like a date
is never dropped because many of its values are wrong. Small files written here."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from relance_desktop.importers.tabular import propose_mapping, read_tabular, sniff
from relance_desktop.importers.values import ValueProblem, parse_date

NINJA_HEADER = (
    "Client,Email,Invoice Number,Amount,Paid,PO Number,Status,Invoice Date,Due Date,Discount,"
    "Partial/Deposit,Partial Due Date,Public Notes,Private Notes,Item Product,Item Notes,"
    "Item Cost,Item Quantity"
)


def ninja_row(client: str, number: int, amount: str, issue: str, due: str) -> str:
    return f"{client},x@example.org,{number},${amount},$0.00,,Sent,{issue},{due},,$0.00,,,,a,b,1,1"


@pytest.mark.parametrize(
    "text", ["0000-00-00", "0000-00-00 00:00:00", "00/00/0000", "00.00.00", "00000000"]
)
def test_a_date_of_zeros_is_an_empty_date(text: str) -> None:
    assert parse_date(text, "DMY") is None


def test_a_year_zero_with_a_real_day_is_still_refused() -> None:
    with pytest.raises(ValueProblem):
        parse_date("0000-03-01", "DMY")


def test_an_iso_column_reports_an_iso_pattern() -> None:
    with pytest.raises(ValueProblem) as info:
        parse_date("2020-13-45", "DMY")
    assert str(info.value.params["pattern"]) == "AAAA-MM-JJ"


def test_zero_dates_in_an_invoice_ninja_export_import_every_valid_row(tmp_path: Path) -> None:
    path = tmp_path / "invoices.csv"
    rows = [
        ninja_row("Alpha SARL", 1, "100.00", "2020-01-10", "0000-00-00"),
        ninja_row("Beta SA", 2, "200.00", "2020-01-11", "2020-02-11"),
        ninja_row("Gamma", 3, "300.00", "0000-00-00 00:00:00", "2020-03-11"),
        ninja_row("Delta", 4, "400.00", "2020-13-45", "2020-02-11"),  # line 5: no such month
    ]
    path.write_text("\n".join([NINJA_HEADER, *rows]) + "\n", encoding="utf-8")
    result = read_tabular(path)
    assert result.profile == "Invoice Ninja v4"
    dates = {i.number: (i.issue_date, i.due_date) for i in result.invoices}
    assert dates["1"][0] == date(2020, 1, 10)
    assert dates["3"][1] == date(2020, 3, 11)
    assert set(dates) == {"1", "2", "3"}
    [problem] = result.problems
    assert (problem.file, problem.line, problem.field, problem.found) == (
        "invoices.csv",
        5,
        "Invoice Date",
        "2020-13-45",
    )
    assert str(problem.args["pattern"]) == "AAAA-MM-JJ"  # not JJ/MM/AAAA for an ISO column


def test_a_date_column_with_few_readable_dates_is_kept_and_each_bad_one_reported(
    tmp_path: Path,
) -> None:
    path = tmp_path / "factures.csv"
    lines = ["Client;Numéro;Montant;Date échéance prévue"]
    lines.append("Alpha;F1;100,00;15/03/2026")
    for n in range(2, 6):  # four of five values are not dates
        lines.append(f"Client {n};F{n};{n}0,00;à voir")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    mapping = propose_mapping(sniff(path))
    assert mapping.get("due_date") == "Date échéance prévue"
    result = read_tabular(path)
    assert [i.due_date for i in result.invoices if i.number == "F1"] == [date(2026, 3, 15)]
    bad = [(p.line, p.field, p.found) for p in result.problems]
    assert bad == [(n + 1, "Date échéance prévue", "à voir") for n in range(2, 6)]
    assert str(result.problems[0].args["pattern"]) == "JJ/MM/AAAA"

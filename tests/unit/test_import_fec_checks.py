"""FEC checks across lines: an entry whose debits and credits differ is reported, and an amount
with three decimals (« 12,345 », maybe a thousands separator) is flagged, never rounded silently.
Small FECs written here."""

from __future__ import annotations

from pathlib import Path

from relance_desktop.importers.fec import read_fec
from relance_desktop.importers.records import Severity, note_text

HEADER = (
    "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib\tCompAuxNum\t"
    "CompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet\t"
    "ValidDate\tMontantdevise\tIdevise"
)


def fec_line(num: str, account: str, debit: str, credit: str, aux: str = "") -> str:
    aux_lib = "GARAGE DU CENTRE" if aux else ""
    return (
        f"VE\tVentes\t{num}\t20260105\t{account}\tCompte\t{aux}\t{aux_lib}\tFA{num}\t20260105\t"
        f"Facture\t{debit}\t{credit}\t\t\t20260105\t\t"
    )


def write_fec(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "123456789FEC20261231.txt"
    path.write_text("\n".join((HEADER, *lines)) + "\n", encoding="utf-8")
    return path


def test_an_unbalanced_entry_is_reported_with_file_line_and_number(tmp_path: Path) -> None:
    path = write_fec(
        tmp_path,
        fec_line("7", "411000", "100,00", "0,00", aux="C001"),
        fec_line("7", "706000", "0,00", "100,00"),
        fec_line("8", "411000", "120,00", "0,00", aux="C001"),  # entry 8: 120 against 50
        fec_line("8", "706000", "0,00", "50,00"),
    )
    result = read_fec(path)
    [problem] = result.problems
    assert problem.severity is Severity.WARNING
    assert (problem.file, problem.line, problem.field, problem.found) == (
        path.name,
        4,
        "EcritureNum",
        "8",
    )
    assert problem.args["debit"] == "120,00" and problem.args["credit"] == "50,00"
    assert any("écritures non équilibrées (débits et crédits différents) : 1." in note_text(n)
               for n in result.notes)
    # The customer's lines are kept: the warning does not hide the money.
    [customer] = result.customers
    assert sum(i.due_cents for i in result.invoices) == 22000
    assert customer.key == "C001"


def test_balanced_entries_and_unnumbered_lines_give_no_warning(tmp_path: Path) -> None:
    path = write_fec(
        tmp_path,
        fec_line("1", "411000", "60,00", "0,00", aux="C001"),
        fec_line("1", "706000", "0,00", "50,00"),
        fec_line("1", "445710", "0,00", "10,00"),
        fec_line("0", "411000", "30,00", "0,00", aux="C001"),  # numbered 0: cannot be grouped
        fec_line("0", "706000", "0,00", "10,00"),
    )
    assert read_fec(path).problems == []


def test_an_amount_with_three_decimals_is_flagged(tmp_path: Path) -> None:
    path = write_fec(
        tmp_path,
        fec_line("3", "411000", "12,345", "0,00", aux="C001"),
        fec_line("3", "706000", "0,00", "12,345"),
    )
    result = read_fec(path)
    flagged = [p for p in result.problems if p.found == "12,345"]
    assert [(p.line, p.field, p.severity) for p in flagged] == [
        (2, "Debit", Severity.WARNING),
        (3, "Credit", Severity.WARNING),
    ]
    assert flagged[0].args["read"] == "12,35"  # the user is told how it was read
    assert [i.due_cents for i in result.invoices] == [1235]


def test_a_generic_411_account_is_not_called_a_till(tmp_path: Path) -> None:
    path = write_fec(
        tmp_path,
        fec_line("1", "411000", "80,00", "0,00", aux="C001"),
        fec_line("1", "706000", "0,00", "80,00"),
        fec_line("2", "411000", "45,00", "0,00").replace("\tCompte\t", "\tClients\t"),
        fec_line("2", "706000", "0,00", "45,00"),
        fec_line("3", "411CB", "12,00", "0,00").replace("\tCompte\t", "\tRECETTE CB\t"),
        fec_line("3", "706000", "0,00", "12,00"),
    )
    result = read_fec(path)
    kinds = {p.key: p.generic for p in result.pseudo_customers}
    assert kinds == {"411000": True, "411CB": False}
    notes = [note_text(n) for n in result.notes]
    till_note = next(n for n in notes if "caisses" in n)
    generic_note = next(n for n in notes if "génériques" in n)
    assert "411CB" in till_note and "411000" not in till_note
    assert "411000" in generic_note and "411CB" not in generic_note
    warnings = {p.expected: p.args["accounts"] for p in result.problems}
    assert sorted(warnings.values()) == [["411000"], ["411CB"]]


def test_a_piece_date_of_zeros_is_no_date(tmp_path: Path) -> None:
    line = fec_line("4", "411000", "30,00", "0,00", aux="C001").replace(
        "\tFA4\t20260105\t", "\tFA4\t00000000\t"
    )
    path = write_fec(tmp_path, line, fec_line("4", "706000", "0,00", "30,00"))
    result = read_fec(path)
    assert result.problems == []
    [invoice] = result.invoices
    assert str(invoice.issue_date) == "2026-01-05"  # the entry's date

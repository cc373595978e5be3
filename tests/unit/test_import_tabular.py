"""CSV and Excel import: the real exports in ../shared/samples/csv, French and Belgian files made
here, broken files, and fuzzing. The reader never raises on bad content (only TabularError for a
file that is not a table at all) and reports every problem with its file, line and column.

Messages are French templates marked for translation with their arguments apart: tests look at
the structure (field, line, found, args) and, where the wording is the point, at the French text.
"""

from __future__ import annotations

import ast
import os
import random
import tempfile
from collections import Counter
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from relance_desktop.i18n import Message
from relance_desktop.importers import tabular, values
from relance_desktop.importers.records import (
    MAX_PROBLEMS,
    DocumentKind,
    InvoiceRecord,
    ParseResult,
    Problem,
    Severity,
    error_text,
    note_text,
)
from relance_desktop.importers.tabular import (
    FIELD_LABELS,
    FIELDS,
    Profile,
    TabularError,
    builtin_profiles,
    detect_profile,
    propose_mapping,
    read_tabular,
    sniff,
)
from relance_desktop.importers.values import (
    ValueProblem,
    parse_amount,
    parse_date,
)

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples"
CSV_SAMPLES = SAMPLES / "csv"
NINJA = CSV_SAMPLES / "invoiceninja"

needs_samples = pytest.mark.skipif(
    not CSV_SAMPLES.is_dir(), reason=f"the shared sample files are not at {CSV_SAMPLES}"
)


def _sample(*parts: str) -> Path:
    path = CSV_SAMPLES.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"sample file {path} is absent")
    return path


def _profile(layout: str, **options: object) -> Profile:
    base = next(p for p in builtin_profiles() if p.layout == layout)
    return Profile(base.name, base.mapping, {**base.options, **options})


def _open(invoice: InvoiceRecord) -> Decimal:
    return Decimal(invoice.due_cents) / 100


def _by_number(result: ParseResult) -> dict[str, InvoiceRecord]:
    return {i.number: i for i in result.invoices}


def _write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _note(notes: object, words: str) -> Message:
    """The one note whose French text holds ``words`` (notes are Messages, « importers »)."""
    assert isinstance(notes, list | tuple)
    assert all(isinstance(n, Message) and n.context == "importers" for n in notes)
    found = [n for n in notes if words in n.render()]
    assert len(found) == 1, [n.render() for n in notes]
    return found[0]


# ---------------------------------------------------------------------------------------------
# Every sample file


def _all_samples() -> list[Path]:
    if not CSV_SAMPLES.is_dir():
        return []
    return sorted(p for p in CSV_SAMPLES.rglob("*") if p.is_file())


@needs_samples
def test_the_sample_folder_holds_the_eight_files_the_readme_lists() -> None:
    names = {p.name for p in _all_samples()}
    assert names == {
        "invoice.csv",
        "freshbooks_invoices.csv",
        "zoho_invoices.csv",
        "wave_invoices.csv",
        "invoicely_invoices.csv",
        "i2g_invoices.csv",
        "invoices.xlsx",
    }
    assert len(_all_samples()) == 8  # two files are named invoice.csv


@needs_samples
@pytest.mark.parametrize("path", _all_samples(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_sample_is_recognised_and_read_without_error(path: Path) -> None:
    sniffed = sniff(path)
    assert detect_profile(sniffed) is not None, "a built-in profile recognises the tool"
    result = read_tabular(path)
    assert result.errors == []
    assert result.file == path
    assert len(result.sha256) == 64
    assert result.source == ("xlsx" if path.suffix == ".xlsx" else "csv")
    keys = {c.key for c in result.customers}
    assert {i.customer_key for i in result.invoices} <= keys
    for invoice in result.invoices:
        assert isinstance(invoice.amount_cents, int)
        assert isinstance(invoice.paid_cents, int)


@needs_samples
def test_invoice_ninja_v4_400_invoices_20_clients_6174_66_open() -> None:
    path = _sample("invoiceninja", "invoice.csv")
    sniffed = sniff(path)
    assert sniffed.header_line == 4  # title, empty line, « INVOICES », then the header
    assert sniffed.delimiter == "," and sniffed.decimal == "."
    result = read_tabular(path)
    assert result.profile == "Invoice Ninja v4"
    assert result.full_export is True
    assert len(result.invoices) == 400
    assert len(result.customers) == 20
    assert all(c.email for c in result.customers)
    statuses = Counter(i.status for i in result.invoices)
    assert statuses == {"partial": 399, "paid": 1}
    open_invoices = [i for i in result.invoices if i.due_cents > 0]
    assert len(open_invoices) == 399
    assert sum(i.due_cents for i in result.invoices) == 617466
    assert {i.currency for i in result.invoices} == {"USD"}  # from the « $ » of the amounts
    assert _note(result.notes, "identique à une ligne précédente").args == {"lines": "7"}
    # faker data: due before issued, kept as is
    assert (
        sum(1 for i in result.invoices if i.due_date and i.issue_date and i.due_date < i.issue_date)
        == 215
    )
    first = _by_number(result)["1"]
    assert (first.amount_cents, first.paid_cents) == (1350, 501)
    assert first.issue_date == date(2019, 11, 25) and first.due_date == date(2019, 10, 20)
    assert first.line == 5


@needs_samples
def test_invoice_ninja_header_is_mapped_without_the_profile() -> None:
    mapping = propose_mapping(sniff(_sample("invoiceninja", "invoice.csv")))
    assert mapping == {
        "customer": "Client",
        "number": "Invoice Number",
        "issue_date": "Invoice Date",
        "due_date": "Due Date",
        "amount": "Amount",
        "paid": "Paid",
        "email": "Email",
        "status": "Status",
    }
    result = read_tabular(_sample("invoiceninja", "invoice.csv"), Profile("mine", mapping))
    assert len(result.invoices) == 400  # « auto » lines: the duplicate row changes nothing
    assert sum(i.due_cents for i in result.invoices) == 617466


@needs_samples
def test_freshbooks_line_totals_sum_to_7890() -> None:
    result = read_tabular(_sample("invoiceninja", "freshbooks_invoices.csv"))
    assert result.full_export is True
    (invoice,) = result.invoices
    assert invoice.number == "0000001"
    assert invoice.amount_cents == 789000 and invoice.paid_cents == 0
    assert invoice.currency == "USD" and invoice.status == "sent"
    assert invoice.issue_date == date(2021, 1, 28) and invoice.due_date is None
    assert [c.name for c in result.customers] == ["X-Men"]


@needs_samples
def test_zoho_drafts_are_left_out_with_a_warning_each() -> None:
    result = read_tabular(_sample("invoiceninja", "zoho_invoices.csv"))
    assert result.invoices == []
    warnings = [p for p in result.problems if p.severity is Severity.WARNING]
    assert [(p.line, p.field) for p in warnings] == [
        (2, "Invoice Status"),
        (6, "Invoice Status"),
        (11, "Invoice Status"),
    ]
    assert [(p.found, p.args) for p in warnings] == [
        ("draft", {"number": "INV-000001"}),
        ("draft", {"number": "INV-000002"}),
        ("draft", {"number": "INV-000003"}),
    ]
    assert all("brouillons ne sont pas relancés" in p.expected for p in warnings)
    note = _note(result.notes, "brouillons écartés")
    assert note.args == {"count": 3, "numbers": "INV-000001, INV-000002, INV-000003"}


@needs_samples
def test_zoho_drafts_imported_on_request_have_the_readme_balances() -> None:
    result = read_tabular(
        _sample("invoiceninja", "zoho_invoices.csv"), _profile("zoho", drafts="import")
    )
    found = {
        i.number: (name_of(result, i), _open(i), i.due_date, i.status, i.currency)
        for i in result.invoices
    }
    assert found == {
        "INV-000001": ("Highlander", Decimal("489.75"), date(2021, 1, 28), "draft", "USD"),
        "INV-000002": ("Jessica Jones", Decimal("460.00"), date(2021, 1, 28), "draft", "USD"),
        "INV-000003": ("Simpsons Baking Co", Decimal("390.00"), date(2021, 2, 27), "draft", "USD"),
    }
    assert len([p for p in result.problems if p.severity is Severity.WARNING]) == 3
    assert all(c.account for c in result.customers)  # Zoho's Customer ID


def name_of(result: ParseResult, invoice: InvoiceRecord) -> str:
    return next(c.name for c in result.customers if c.key == invoice.customer_key)


@needs_samples
def test_wave_receivable_rows_per_invoice_and_payments() -> None:
    result = read_tabular(_sample("invoiceninja", "wave_invoices.csv"), default_currency="USD")
    invoices = _by_number(result)
    assert {n: _open(i) for n, i in invoices.items()} == {
        "2": Decimal("4974.00"),
        "3": Decimal("0.00"),
        "4": Decimal("3500.41"),
    }
    assert invoices["3"].amount_cents == 59050 and invoices["3"].paid_cents == 59050
    assert {name_of(result, i) for i in result.invoices} == {
        "Mark Walberg",
        "Lucas Cage",
        "Jessica Jones",
    }
    assert all(i.due_date is None for i in result.invoices)  # the terms apply
    assert {i.currency for i in result.invoices} == {"USD"}  # the company's
    assert _note(result.notes, "ne précise aucune devise").args == {"currency": "USD"}
    assert result.full_export is False


@needs_samples
def test_wave_currency_defaults_to_eur_or_to_the_profile_option() -> None:
    path = _sample("invoiceninja", "wave_invoices.csv")
    assert {i.currency for i in read_tabular(path).invoices} == {"EUR"}
    assert {i.currency for i in read_tabular(path, _profile("wave", currency="CAD")).invoices} == {
        "CAD"
    }


@needs_samples
def test_invoicely_thousands_comma_and_month_names() -> None:
    path = _sample("invoiceninja", "invoicely_invoices.csv")
    sniffed = sniff(path)
    assert sniffed.quoted and sniffed.thousands == "," and sniffed.decimal == "."
    assert dict(sniffed.date_formats) == {0: "MMM D YYYY", 1: "MMM D YYYY"}
    (invoice,) = read_tabular(path).invoices
    assert invoice.number == "INV-1" and invoice.amount_cents == 102000
    assert invoice.due_cents == 102000 and invoice.status == "due"
    assert invoice.issue_date == invoice.due_date == date(2021, 1, 28)


@needs_samples
def test_invoice2go_bom_nested_lists_and_currencies_per_row() -> None:
    path = _sample("invoiceninja", "i2g_invoices.csv")
    assert sniff(path).encoding == "utf-8-sig"
    result = read_tabular(path)
    found = {name_of(result, i): (_open(i), i.currency) for i in result.invoices}
    assert found == {
        "Barry Gordon": (Decimal("953.55"), "ILS"),
        "James Gordon": (Decimal("70.20"), "USD"),
        "Deadpool Inc": (Decimal("72.90"), "USD"),
        "Daily Planet": (Decimal("367.20"), "USD"),
    }
    assert all(i.status == "unsent" and i.issue_date == date(2021, 1, 28) for i in result.invoices)
    # due date = document date + TermsOld days (0, 0, 30, 14)
    assert {name_of(result, i): i.due_date for i in result.invoices}["Deadpool Inc"] == date(
        2021, 2, 27
    )
    daily = next(c for c in result.customers if c.name == "Daily Planet")
    assert daily.street == "2587 Super Plaza, Floor 25, Metropolis"
    assert daily.email == "louislane@dailyplanet.com"


@needs_samples
def test_akaunting_workbook_invoice_paid_by_its_transaction() -> None:
    path = _sample("akaunting", "invoices.xlsx")
    sniffed = sniff(path)
    assert sniffed.format == "xlsx" and sniffed.sheet == "invoices"
    assert "invoice_transactions" in sniffed.sheets
    result = read_tabular(path)
    (invoice,) = result.invoices
    assert invoice.number == "INV-00001" and invoice.currency == "USD"
    assert invoice.amount_cents == 9000  # after the 10 % discount (sheet invoice_totals)
    assert invoice.paid_cents == 9000 and invoice.due_cents == 0
    assert invoice.issue_date == date(2020, 1, 1) and invoice.due_date == date(2020, 1, 1)
    (customer,) = result.customers
    assert (customer.name, customer.email) == ("Test Customer", "test@customer.com")
    assert result.source == "xlsx" and result.full_export is True


@needs_samples
def test_gnucash_bill_not_posted_gives_no_open_invoice_and_says_why() -> None:
    path = _sample("gnucash", "invoice.csv")
    sniffed = sniff(path)
    assert sniffed.header_line == 0 and sniffed.columns == () and sniffed.width == 22
    result = read_tabular(path)
    assert result.invoices == [] and result.errors == []
    bill = _note(result.notes, "une facture du fournisseur")
    assert bill.args == {"number": "MEC-0072", "owner": "000013"}
    assert "pas non plus validée" in bill.render()
    assert result.full_export is False


# ---------------------------------------------------------------------------------------------
# French and Belgian files made here


FRENCH = (
    "Export des factures clients - Société Dupont\n"
    "\n"
    "Client;N° facture;Date;Échéance;Montant TTC;Réglé;Reste dû;E-mail;SIREN\n"
    "Boulangerie Élise;F2024-001;05/03/2024;04/04/2024;1 234,56;234,56;1 000,00;"
    "elise@example.fr;123456789\n"
    "Café du Marché;F2024-002;15/03/2024;14/04/2024;2.500,00;0;2.500,00;;FR40123456824\n"
    "Total;;;;3 734,56;234,56;3 500,00;;\n"
)


def test_french_windows_1252_semicolon_decimal_comma_title_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "factures.csv", FRENCH, "cp1252")
    sniffed = sniff(path)
    assert sniffed.encoding == "cp1252"
    assert (sniffed.delimiter, sniffed.decimal, sniffed.thousands) == (";", ",", " ")
    assert sniffed.header_line == 3 and sniffed.date_order == "DMY"
    assert not sniffed.date_ambiguous
    assert dict(sniffed.date_formats) == {2: "DD/MM/YYYY", 3: "DD/MM/YYYY"}
    assert propose_mapping(sniffed) == {
        "customer": "Client",
        "number": "N° facture",
        "issue_date": "Date",
        "due_date": "Échéance",
        "amount": "Montant TTC",
        "paid": "Réglé",
        "balance": "Reste dû",
        "email": "E-mail",
        "company_number": "SIREN",
    }
    result = read_tabular(path)
    assert result.problems == [] and result.profile == ""
    first, second = result.invoices
    assert (first.number, first.amount_cents, first.paid_cents) == ("F2024-001", 123456, 23456)
    assert first.issue_date == date(2024, 3, 5) and first.due_date == date(2024, 4, 4)
    assert (second.amount_cents, second.due_cents) == (250000, 250000)
    elise, cafe = result.customers
    assert elise.name == "Boulangerie Élise" and elise.company_number == "123456789"
    assert cafe.name == "Café du Marché" and cafe.vat_number == "FR40123456824"
    assert {i.currency for i in result.invoices} == {"EUR"}
    assert _note(result.notes, "ligne de total").args == {"line": 6}
    assert result.full_export is False


def test_belgian_dutch_headers_dotted_dates_and_profile_reuse(tmp_path: Path) -> None:
    text = (
        "Klantnummer\tKlant\tFactuurnummer\tFactuurdatum\tVervaldatum\tBedrag\tBetaald\t"
        "BTW-nummer\tValuta\n"
        "K001\tBakkerij Peeters\t2024/0001\t01.02.2024\t03.03.2024\t121,00\t21,00\t"
        "BE0123456749\tEUR\n"
        "K002\tSlagerij Janssens\t2024/0002\t05.02.2024\t06.03.2024\t1.210,50\t0,00\t\tEUR\n"
    )
    path = _write(tmp_path, "facturen.txt", text)
    sniffed = sniff(path)
    assert sniffed.delimiter == "\t" and sniffed.decimal == ","
    mapping = propose_mapping(sniffed)
    assert mapping["account"] == "Klantnummer" and mapping["customer"] == "Klant"
    assert mapping["due_date"] == "Vervaldatum" and mapping["vat_number"] == "BTW-nummer"
    profile = Profile.from_sniffed("Mijn boekhouding", sniffed, mapping, full_export=True)
    stored = Profile.from_json(profile.to_json())
    assert stored == profile
    result = read_tabular(path, stored)
    assert result.full_export is True and result.problems == []
    first, second = result.invoices
    assert (first.customer_key, first.due_cents) == ("K001", 10000)
    assert first.due_date == date(2024, 3, 3)
    assert second.amount_cents == 121050
    assert result.customers[0].vat_number == "BE0123456749"


def test_english_invoice_list_with_balance_due(tmp_path: Path) -> None:
    text = (
        "Invoice Number,Customer,Email,Invoice Date,Due Date,Amount,Balance Due,Currency\n"
        'INV-7,"Acme, Inc.",ap@acme.test,2024-05-02,2024-06-01,"1,200.00",200.00,GBP\n'
        "INV-8,Globex,,20240503,20240602,$99.90,$99.90,USD\n"
    )
    result = read_tabular(_write(tmp_path, "open.csv", text))
    assert result.problems == []
    acme, globex = result.invoices
    assert (acme.amount_cents, acme.paid_cents, acme.currency) == (120000, 100000, "GBP")
    assert (globex.issue_date, globex.due_cents, globex.currency) == (
        date(2024, 5, 3),
        9990,
        "USD",
    )
    assert result.customers[0].name == "Acme, Inc."


def test_credit_note_in_parentheses(tmp_path: Path) -> None:
    text = "Client;N° facture;Montant TTC\nDupont;AV-1;(12,00)\nDupont;F-2;-5,50\nDupont;F-3;10\n"
    result = read_tabular(_write(tmp_path, "avoirs.csv", text))
    kinds = {i.number: (i.kind, i.amount_cents) for i in result.invoices}
    assert kinds == {
        "AV-1": (DocumentKind.CREDIT_NOTE, 1200),
        "F-2": (DocumentKind.CREDIT_NOTE, 550),
        "F-3": (DocumentKind.INVOICE, 1000),
    }


def test_line_rows_auto_first_or_sum(tmp_path: Path) -> None:
    text = (
        "Client;Facture;Total TTC\n"
        "A;1;100,00\nA;1;100,00\n"  # the invoice total repeated on each line
        "B;2;30,00\nB;2;70,00\n"  # one amount per line
    )
    path = _write(tmp_path, "lignes.csv", text)
    auto = {i.number: i.amount_cents for i in read_tabular(path).invoices}
    assert auto == {"1": 10000, "2": 10000}
    summed = read_tabular(path, Profile("s", propose_mapping(sniff(path)), {"lines": "sum"}))
    assert {i.number: i.amount_cents for i in summed.invoices} == {"1": 20000, "2": 10000}


def test_ambiguous_dates_assume_day_first_and_say_so(tmp_path: Path) -> None:
    text = "Client,Invoice,Date,Amount\nA,1,01/02/2024,10\nB,2,03/04/2024,20\n"
    path = _write(tmp_path, "ambiguous.csv", text)
    sniffed = sniff(path)
    assert sniffed.date_order == "DMY" and sniffed.date_ambiguous
    assert _note(sniffed.notes, "JJ/MM/AAAA est retenu")
    assert read_tabular(path).invoices[0].issue_date == date(2024, 2, 1)
    us = Profile("us", propose_mapping(sniffed), {"date_order": "MDY"})
    assert sniff(path, us).date_order == "MDY" and not sniff(path, us).date_ambiguous
    assert read_tabular(path, us).invoices[0].issue_date == date(2024, 1, 2)


def test_month_first_dates_are_recognised_from_one_value(tmp_path: Path) -> None:
    text = "Client,Invoice,Date,Amount\nA,1,01/02/2024,10\nB,2,12/28/2024,20\n"
    sniffed = sniff(_write(tmp_path, "us.csv", text))
    assert sniffed.date_order == "MDY" and not sniffed.date_ambiguous
    invoices = read_tabular(sniffed.path).invoices
    assert [i.issue_date for i in invoices] == [date(2024, 1, 2), date(2024, 12, 28)]


def test_pipe_separated_without_header_needs_a_mapping(tmp_path: Path) -> None:
    text = "F1|Dupont|2024-01-05|120,00\nF2|Durand|2024-01-06|80,50\n"
    path = _write(tmp_path, "pipe.csv", text)
    sniffed = sniff(path)
    assert sniffed.delimiter == "|" and sniffed.header_line == 0
    result = read_tabular(path)
    assert result.invoices == [] and result.errors  # number, customer, amount unknown
    assert [p.field for p in result.errors] == ["N° de facture", "Client", "Montant TTC"]
    assert _note(result.notes, "information obligatoire")
    profile = Profile("pipe", {"number": 0, "customer": 1, "issue_date": 2, "amount": 3})
    result = read_tabular(path, profile)
    assert [i.amount_cents for i in result.invoices] == [12000, 8050]
    assert Profile.from_json(profile.to_json()) == profile


def test_excel_workbook_with_french_headers_picks_the_invoice_sheet(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    notes = workbook.active
    assert notes is not None
    notes.title = "Notes"
    notes.append(["Exporté le", "2024-06-30"])
    sheet = workbook.create_sheet("Factures")
    sheet.append(["Liste des factures ouvertes"])
    sheet.append([])
    sheet.append(["Client", "N° facture", "Date facture", "Échéance", "Montant TTC", "Reste dû"])
    sheet.append(["Dupont SARL", "F-1", date(2024, 5, 2), date(2024, 6, 1), 1234.56, 1234.56])
    sheet.append(["Durand", 2, date(2024, 5, 3), date(2024, 6, 2), 100, "50,00"])
    path = tmp_path / "factures.xlsx"
    workbook.save(path)
    sniffed = sniff(path)
    assert sniffed.sheet == "Factures" and sniffed.header_line == 3
    result = read_tabular(path)
    assert result.problems == []
    dupont, durand = result.invoices
    assert (dupont.amount_cents, dupont.due_cents, dupont.line) == (123456, 123456, 4)
    assert dupont.due_date == date(2024, 6, 1)
    assert (durand.number, durand.paid_cents, durand.due_cents) == ("2", 5000, 5000)


# ---------------------------------------------------------------------------------------------
# Bad input: a problem naming file, line and field; the valid rows kept


def test_wrong_date_and_absurd_amount_are_reported_and_valid_rows_kept(tmp_path: Path) -> None:
    text = (
        "Client;N° facture;Date;Montant TTC\n"
        "Dupont;F1;31/02/2024;10,00\n"
        "Durand;F2;01/03/2024;99999999999,00\n"
        "Martin;F3;01/03/2024;douze\n"
        "Petit;F4;02/03/2024;12,00\n"
        "Grand;F5;02/03/9999;1,00\n"
    )
    result = read_tabular(_write(tmp_path, "mauvais.csv", text))
    assert [i.number for i in result.invoices] == ["F4"]
    problems = [(p.file, p.line, p.field, p.found) for p in result.errors]
    assert problems == [
        ("mauvais.csv", 2, "Date", "31/02/2024"),
        ("mauvais.csv", 3, "Montant TTC", "99999999999,00"),
        ("mauvais.csv", 4, "Montant TTC", "douze"),
        ("mauvais.csv", 6, "Date", "02/03/9999"),
    ]
    texts = [p.expected_text() for p in result.errors]
    assert texts == [
        "une date JJ/MM/AAAA qui existe dans le calendrier",
        "un montant inférieur à 10 000 000 000 (comme 1 234,56)",
        "un montant comme 1 234,56",
        "une date JJ/MM/AAAA entre 1950 et 2100",
    ]
    assert result.errors[2].args == {"example": "1 234,56"}
    assert (result.errors[3].args["first"], result.errors[3].args["last"]) == (1950, 2100)


def test_missing_column_of_a_profile_is_named(tmp_path: Path) -> None:
    text = "Client;N° facture;Montant\nDupont;F1;10\n"
    path = _write(tmp_path, "colonnes.csv", text)
    profile = Profile("old", {"customer": "Client", "number": "Facture", "amount": "Montant"})
    result = read_tabular(path, profile)
    assert result.invoices == []
    (problem,) = result.errors
    assert (problem.file, problem.line, problem.field) == ("colonnes.csv", 1, "Facture")
    assert problem.found == ""  # nothing in the file
    assert problem.args["column"] == "Facture"
    assert problem.expected_text() == (
        "une colonne « Facture » dans l'en-tête, pour le champ « N° de facture »"
    )
    # an optional column that went missing is only a warning: the rows are imported
    renamed = Profile(
        "old",
        {"customer": "Client", "number": "N° facture", "amount": "Montant", "email": "Courriel"},
    )
    result = read_tabular(path, renamed)
    assert len(result.invoices) == 1 and result.errors == []
    assert [(p.field, p.severity) for p in result.problems] == [("Courriel", Severity.WARNING)]


def test_wrong_column_count_and_unclosed_quote(tmp_path: Path) -> None:
    text = (
        "Client,Invoice,Amount\n"
        "A,1,10.00\n"
        "B,2\n"
        "C,3,30.00,extra\n"
        "D,4,40.00,,\n"  # trailing empty fields are fine
        'E,"5,50.00\n'
        "F,6,60.00\n"
    )
    result = read_tabular(_write(tmp_path, "count.csv", text))
    assert [i.number for i in result.invoices] == ["1", "4"]
    lines = [(p.line, p.field, p.found, p.args["width"]) for p in result.errors]
    assert lines == [
        (3, "nombre de colonnes", "2", 3),
        (4, "nombre de colonnes", "4", 3),
        (6, "nombre de colonnes", "2", 3),
    ]
    assert result.errors[0].expected_text() == "3 colonnes séparées par « , », comme l'en-tête"
    unclosed = result.errors[2]
    assert unclosed.args["end"] > unclosed.args["line"] == 6
    assert "guillemet non fermé" in unclosed.expected_text()


def test_a_broken_line_of_a_multi_line_invoice_drops_the_whole_invoice(tmp_path: Path) -> None:
    text = "Client;Facture;Total TTC\nA;1;30,00\nA;1;trente\nB;2;5,00\n"
    result = read_tabular(_write(tmp_path, "lignes.csv", text))
    assert [i.number for i in result.invoices] == ["2"]
    assert [(p.line, p.field) for p in result.errors] == [(3, "Total TTC"), (2, "Facture")]


def test_an_invoice_number_used_by_two_customers_is_an_error(tmp_path: Path) -> None:
    text = "Client;Facture;Total TTC\nA;1;30,00\nB;1;40,00\n"
    result = read_tabular(_write(tmp_path, "double.csv", text))
    assert result.invoices == []
    assert [(p.line, p.field) for p in result.errors] == [(3, "Client"), (2, "Facture")]


def test_bad_bytes_in_utf8_are_reported_on_their_line(tmp_path: Path) -> None:
    raw = "Client;Facture;Montant\nÉlise;1;10\n".encode() + b"Ren\xe9;2;20\n"
    raw += "Zoé;3;30\n".encode()
    path = tmp_path / "mixed.csv"
    path.write_bytes(raw)
    result = read_tabular(path)
    assert len(result.invoices) == 3 and result.errors == []
    (warning,) = result.problems
    assert (warning.line, warning.severity) == (3, Severity.WARNING)
    assert result.customers[0].name == "Élise"


def test_windows_1252_undefined_byte_is_a_warning_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "cp.csv"
    path.write_bytes(b"Client;Facture;Montant\nCr\xe9\x81e;1;10\n")
    result = read_tabular(path)
    assert len(result.invoices) == 1
    assert [(p.line, p.severity) for p in result.problems] == [(2, Severity.WARNING)]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "est vide"),
        (b"%PDF-1.7\n...", "est un PDF"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "(.xls)"),
        (b"<?xml version='1.0'?><Invoice/>", "document XML"),
        (b"PK\x03\x04 not really a zip", "classeur Excel"),
        (bytes(range(256)) * 8, "données binaires"),
        (b"just one line of text\nand another\n", "n'est pas un tableau"),
    ],
)
def test_files_that_are_not_tables_raise_tabular_error(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(TabularError) as caught:
        read_tabular(path)
    assert issubclass(TabularError, ValueError)
    error = caught.value
    assert error.message.context == "importers" and error.message.args["file"] == "bad.csv"
    assert message in str(error)
    assert str(error) == error.message.render() == error_text(error)  # the French text


def test_a_missing_file_raises_tabular_error(tmp_path: Path) -> None:
    with pytest.raises(TabularError, match=r"« absent\.csv » ne peut pas être lu") as caught:
        read_tabular(tmp_path / "absent.csv")
    assert caught.value.message.args["file"] == "absent.csv"


def test_problems_stop_at_the_limit_with_a_note(tmp_path: Path) -> None:
    rows = "".join(
        f"C{i};F{i};{'pas un montant' if i % 2 else '12,00'}\n"
        for i in range(2 * (MAX_PROBLEMS + 50))
    )
    result = read_tabular(_write(tmp_path, "many.csv", "Client;Facture;Montant\n" + rows))
    assert len(result.problems) == MAX_PROBLEMS
    assert _note(result.notes, "ne sont pas listés").args == {"count": 50}


# ---------------------------------------------------------------------------------------------
# Messages: French templates marked for translation, their variable parts apart


def _marked() -> set[str]:
    """Every ``QT_TRANSLATE_NOOP("importers", "…")`` literal of the CSV/Excel reader's modules
    (``tabular*.py`` but the wizard's field labels, ``values.py``, ``decoding.py`` and
    ``bounds.py``), read the way pyside6-lupdate reads them (by name, literal strings only)."""
    texts: set[str] = set()
    folder = Path(str(tabular.__file__)).parent
    modules = [p for p in sorted(folder.glob("tabular*.py")) if p.name != "tabular_fields.py"]
    shared = [Path(str(values.__file__)).with_name(n) for n in ("decoding.py", "bounds.py")]
    for path in [*modules, Path(str(values.__file__)), *shared]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "QT_TRANSLATE_NOOP"
            ):
                context, text = node.args
                assert isinstance(context, ast.Constant) and context.value == "importers"
                assert isinstance(text, ast.Constant) and isinstance(text.value, str), (
                    f"{path.name}, line {node.lineno}: lupdate reads literal strings only"
                )
                texts.add(text.value)
    return texts


MARKED = _marked()
ERRORS_FILE = (
    "Export du 30/06/2024\n"
    "\n"
    "Client;N° facture;Date;Échéance;Montant TTC;Payé;Reste dû;Devise;Délai;Statut\n"
    "Dupont;F1;31/02/2024;;10,00;;;EUR;;\n"
    ";F2;01/03/2024;;10,00;;;EUR;;\n"
    "Durand;;01/03/2024;;10,00;;;EUR;;\n"
    "Martin;F3;01/03/2024;;douze;;;EUR;;\n"
    "Petit;F4;01/03/2024;;12,00;;;euros;;\n"
    "Grand;F5;01/03/2024;;12,00;;;EUR;trente;\n"
    "Grand;F6;01/03/2024;;;;;EUR;;\n"
    "Avril;F7;01/03/2024;;10,00;;;EUR;;\n"
    "Bernard;F7;01/03/2024;;10,00;;;EUR;;\n"
    "Colin;F8;01/03/2024;;10,00;;;EUR;;\n"
    "Colin;F8;01/03/2024;;10,00;;;USD;;\n"
    "Denis;F9;01/03/2024;;10,00;;;EUR;;partial\n"
    "Émile;F10;01/03/2024;;10,00;2,00;5,00;EUR;;\n"
    "Fanny;F11;01/03/2024;;10,00;20,00;;EUR;;\n"
    "Gilles;F12;01/03/2024;;10,00;;;EUR;;Brouillon\n"
    "Hugo;F13;01/03/2024;;10,00;;;EUR;;Annulée\n"
    "Inès;F14;01/03/2024;;10,00;;;EUR;;\n"
    "Inès;F14;01/03/2024;;10,00;;;EUR;;\n"
    "Jules;F15;01/03/2024;;10,00;;;EUR;;\n"
    "Jules;F15;01/03/2024;;20,00;;;EUR;;\n"
    "Karim;F16;01/03/2024;;10,00;;;EUR;;;en trop\n"
    "Total;;;;30,00;;;;;\n"
    "Marc;F18;01/03/2024;;10,00;;;EUR;;\n"
    "\n"
    "Récapitulatif par client\n"
)
ERRORS_MAPPING: dict[str, str | int] = {
    "customer": "Client",
    "number": "N° facture",
    "issue_date": "Date",
    "due_date": "Échéance",
    "amount": "Montant TTC",
    "paid": "Payé",
    "balance": "Reste dû",
    "currency": "Devise",
    "payment_days": "Délai",
    "status": "Statut",
    "email": "Courriel",  # not in the file: a warning
}


def _reads_with_every_kind_of_message(tmp_path: Path) -> list[ParseResult]:
    path = _write(tmp_path, "erreurs.csv", ERRORS_FILE)
    results = [
        read_tabular(
            path, Profile("essai", ERRORS_MAPPING, {"lines": "first", "drop_duplicate_rows": True})
        ),
        read_tabular(path, Profile("", ERRORS_MAPPING, {"drafts": "import"})),
        read_tabular(path, Profile("", {"number": "Facture", "customer": 1, "amount": 40})),
        read_tabular(path, Profile("", {"email": "Courriel"})),
    ]
    headerless = _write(tmp_path, "sans.csv", "Titre\n\nF1|Dupont|01/02/2024|x\nF2||13/02/2024|1\n")
    results.append(read_tabular(headerless))
    results.append(read_tabular(headerless, Profile("", {"number": 0, "customer": 1, "amount": 3})))
    results.append(read_tabular(headerless, Profile("", {"number": 0, "amount": "Montant"})))
    tabs = _write(tmp_path, "tabs.csv", "F1\tDupont\t1\nF2\tDurand\nF3\tMartin\t3\n")
    results.append(read_tabular(tabs, Profile("", {"number": 0, "customer": 1, "amount": 2})))
    quote = 'Client,Facture,Montant\nA,1,10\nB,"2,20\nC,3,30\n'
    results.append(read_tabular(_write(tmp_path, "guillemet.csv", quote)))
    dates = "Client\tFacture\tDate\tMontant\nA\t1\t13/01/2024\t1\nB\t2\t01/13/2024\t1\n"
    results.append(read_tabular(_write(tmp_path, "dates.csv", dates)))
    results.append(read_tabular(_write(tmp_path, "ambigues.csv", dates.replace("13", "12"))))
    broken = tmp_path / "octets.csv"
    broken.write_bytes(b"Client;Facture;Montant\n\xc3\xa9;1;1\nRen\xe9;2;2\n")
    results.append(read_tabular(broken))
    broken.write_bytes(b"Client;Facture;Montant\nCr\xe9\x81e;1;10\n")
    results.append(read_tabular(broken))
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Client", "N° facture", "Montant TTC"])
    sheet.append(["Dupont", "F1", 10])
    sheet.append(["Durand", "F2", 10, None, "de trop"])
    sheet.append(["Martin", "F3", 10])
    workbook.save(tmp_path / "classeur.xlsx")
    results.append(read_tabular(tmp_path / "classeur.xlsx"))
    results.extend(read_tabular(p) for p in _all_samples())
    return results


def _check(text: str, args: object) -> None:
    assert text in MARKED, f"not a marked template: {text!r}"
    assert isinstance(args, dict)
    for value in args.values():
        if isinstance(value, Message):
            assert value.context == "importers"
            _check(value.text, value.args)


def test_every_message_is_a_marked_french_template_with_its_arguments(tmp_path: Path) -> None:
    results = _reads_with_every_kind_of_message(tmp_path)
    templates: set[str] = set()
    for result in results:
        columns = set(sniff(result.file).columns)
        for problem in result.problems:
            _check(problem.expected, dict(problem.args))
            templates.add(problem.expected)
            # the file's (or the profile's) own column name, or a label marked for translation
            data = columns | {"Courriel", "Facture", "Montant", "E", ""}  # E: an Excel column
            assert problem.field in MARKED | data, problem
            assert problem.expected_text()  # every placeholder filled
            assert "{" not in problem.expected_text() + problem.field_text()
        for note in result.notes:
            assert isinstance(note, Message) and note.context == "importers"
            _check(note.text, note.args)
            templates.add(note.text)
            assert "{" not in note_text(note)
    # the reads above meet most of the reader's messages (the rest: TabularError, GnuCash…)
    assert len(templates) >= 40, len(templates)


def test_problems_and_notes_show_in_the_users_language(tmp_path: Path) -> None:
    english = {
        "une date {pattern} qui existe dans le calendrier": "a date {pattern} that exists",
        "JJ/MM/AAAA": "DD/MM/YYYY",
        "Lu avec le profil « {profile} ».": "Read with the profile “{profile}”.",
        "N° de facture": "Invoice number",
        "une colonne pour ce champ (choisissez-la parmi celles du fichier)": "a column for it",
        "{width} colonnes séparées par « {separator} »": "{width} columns separated by {separator}",
        "tabulation": "tab",
        "« {file} » est vide : il n'y a aucun tableau à importer.": "“{file}” is empty.",
    }

    def translate(context: str, text: str) -> str:
        assert context == "importers"
        return english.get(text, text)

    text = "Client;N° facture;Date;Montant\nDupont;F1;31/02/2024;1\n"
    mapping: dict[str, str | int] = {
        "customer": "Client",
        "number": "N° facture",
        "issue_date": "Date",
        "amount": "Montant",
    }
    result = read_tabular(_write(tmp_path, "f.csv", text), Profile("Compta", mapping))
    (date_problem,) = result.problems
    assert date_problem.expected_text(translate) == "a date DD/MM/YYYY that exists"
    assert date_problem.expected_text() == "une date JJ/MM/AAAA qui existe dans le calendrier"
    assert note_text(result.notes[0], translate) == "Read with the profile “Compta”."
    # a field with no column in a file without a header: named by its translated label
    headerless = _write(tmp_path, "h.csv", "Dupont\t12\nDurand\t13\tx\n")
    result = read_tabular(headerless, Profile("", {"customer": 0, "amount": 1}))
    (missing,) = [p for p in result.errors if p.line is None]
    assert (missing.field_text(translate), missing.expected_text(translate)) == (
        "Invoice number",
        "a column for it",
    )
    result = read_tabular(headerless, Profile("", {"customer": 0, "number": 1, "amount": 1}))
    (count,) = result.errors
    assert count.expected_text(translate) == "2 columns separated by tab"
    assert count.expected_text() == "2 colonnes séparées par « tabulation »"
    with pytest.raises(TabularError) as caught:
        read_tabular(_write(tmp_path, "vide.csv", ""))
    assert error_text(caught.value, translate) == "“vide.csv” is empty."
    assert str(caught.value) == "« vide.csv » est vide : il n'y a aucun tableau à importer."


def test_the_problem_labels_are_the_wizards_field_labels() -> None:
    assert tabular._LABELS == FIELD_LABELS  # the same French words, in context « importers »


def test_found_is_what_the_file_holds_and_empty_cells_are_empty(tmp_path: Path) -> None:
    text = "Client;N° facture;Montant TTC;Payé\n;F1;10,00;0\nDupont;F2;;\nDurand;F3;10,00;12,00\n"
    result = read_tabular(_write(tmp_path, "vides.csv", text))
    found = [(p.line, p.field, p.found, p.severity) for p in result.problems]
    assert found == [
        (2, "Client", "", Severity.ERROR),
        (3, "Montant TTC", "", Severity.ERROR),
        (4, "Montant TTC", "12,00", Severity.WARNING),  # paid above the amount, as written
    ]
    assert result.problems[2].args == {"number": "F3", "amount": "10,00"}


def test_tabular_error_templates_are_marked(tmp_path: Path) -> None:
    errors: list[TabularError] = []
    for content in (b"", b"%PDF", b"\xd0\xcf\x11\xe0", b"<?xml?>", b"PK\x03\x04", b"a\nb\n"):
        with pytest.raises(TabularError) as caught:
            read_tabular(_write(tmp_path, "x.csv", content.decode("latin-1"), "latin-1"))
        errors.append(caught.value)
    workbook = openpyxl.Workbook()
    workbook.save(tmp_path / "vide.xlsx")
    for profile in (None, Profile("", {}, {"sheet": "Factures"})):
        with pytest.raises(TabularError) as caught:
            read_tabular(tmp_path / "vide.xlsx", profile)
        errors.append(caught.value)
    for text in ("[]", '{"name": "x", "options": {"lines": "all"}}', '{"name": "x", "mapping": 1}'):
        with pytest.raises(TabularError) as caught:
            Profile.from_json(text)
        errors.append(caught.value)
    for error in errors:
        _check(error.message.text, error.message.args)
        assert str(error) == error.message.render()
    assert str(errors[-2]) == (
        "Profil « x » : l'option « lines » doit valoir 'auto', 'first', 'sum', pas 'all'."
    )
    assert errors[7].message.args == {"file": "vide.xlsx", "sheet": "Factures", "sheets": "Sheet"}


def test_value_problems_say_what_was_expected_in_french() -> None:
    cases = [
        (lambda: parse_amount("douze", ","), "un montant comme 1 234,56"),
        (lambda: parse_amount(True, "."), "un montant comme 1,234.56"),
        (lambda: parse_date("13/13/2024", "DMY"), "une date JJ/MM/AAAA"),
        (lambda: parse_date("yesterday", "MDY"), "une date MM/JJ/AAAA"),
        (lambda: parse_date("1066-01-01", "DMY"), "une date AAAA-MM-JJ entre 1950 et 2100"),
        (lambda: values.currency_code("euros"), "un code de devise ISO comme EUR"),
    ]
    for call, text in cases:
        with pytest.raises(ValueProblem) as caught:
            call()
        assert str(caught.value.message) == text
        _check(caught.value.expected, caught.value.params)


def test_a_problem_keeps_its_arguments_apart_from_its_template() -> None:
    problem = Problem("f.csv", "Date", "une date {pattern}", "31/02", args={"pattern": "X"})
    assert problem.expected == "une date {pattern}" and problem.expected_text() == "une date X"


# ---------------------------------------------------------------------------------------------
# Profiles


def test_builtin_profiles_survive_json_and_name_known_fields() -> None:
    names = [p.name for p in builtin_profiles()]
    assert len(names) == len(set(names)) == 8
    for profile in builtin_profiles():
        assert Profile.from_json(profile.to_json()) == profile
        assert set(profile.mapping) <= set(FIELDS)


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        "[]",
        '{"mapping": {}}',
        '{"name": "x", "mapping": {"nonsense": "A"}}',
        '{"name": "x", "mapping": {"amount": true}}',
        '{"name": "x", "options": {"delimiter": "x"}}',
        '{"name": "x", "options": {"full_export": "yes"}}',
        '{"name": "x", "options": {"currency": "euros"}}',
    ],
)
def test_a_broken_stored_profile_raises_tabular_error(text: str) -> None:
    with pytest.raises(TabularError) as caught:
        Profile.from_json(text)
    assert str(caught.value).startswith(("Ce n'est pas un profil", "Profil « x » :"))
    assert caught.value.message.context == "importers"


# ---------------------------------------------------------------------------------------------
# Values


@pytest.mark.parametrize(
    ("text", "decimal", "cents", "currency"),
    [
        ("$13.50", ".", 1350, "USD"),
        ("1 234,56", ",", 123456, ""),
        ("1\u202f234,56 €", ",", 123456, "EUR"),
        ("1.234,56", ",", 123456, ""),
        ("1.234,56", ".", 123456, ""),  # both separators: the last one is the decimal mark
        ("1,020.00", ",", 102000, ""),
        ("(12.00)", ".", -1200, ""),
        ("12,50-", ",", -1250, ""),
        ("1.234", ",", 123400, ""),  # a lone « .234 » follows the file's decimal comma
        ("1.234", ".", 123, ""),
        ("0000000074,70", ",", 7470, ""),
        ("10.00000000", ".", 1000, ""),
        ("EUR 1'234.50", ".", 123450, "EUR"),
        ("-$5", ".", -500, "USD"),
        ("0.005", ".", 1, ""),  # half up
    ],
)
def test_amounts_are_exact_cents(text: str, decimal: str, cents: int, currency: str) -> None:
    assert parse_amount(text, decimal) == (cents, currency)


@pytest.mark.parametrize(
    "text", ["douze", "1,2,3", "12 34", "1e5", "NaN", "9" * 30, "1.2.3,4.5", "--5", "$"]
)
def test_garbage_amounts_raise_value_problem(text: str) -> None:
    with pytest.raises(ValueProblem):
        parse_amount(text, ",")


def test_excel_numbers_are_exact() -> None:
    assert parse_amount(0.1 + 0.2, ".") == (30, "")
    assert parse_amount(1234.565, ".") == (123457, "")  # the shortest repr, then half up
    assert parse_amount(7, ".") == (700, "")
    assert parse_amount(None, ".") is None and parse_amount("  ", ".") is None


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("2021-01-28", "DMY", date(2021, 1, 28)),
        ("2021-01-28T11:04:09+00:00", "DMY", date(2021, 1, 28)),
        ("20210128", "MDY", date(2021, 1, 28)),
        ("28/01/2021", "DMY", date(2021, 1, 28)),
        ("01/28/2021", "MDY", date(2021, 1, 28)),
        ("28.01.21", "DMY", date(2021, 1, 28)),
        ("Jan 28 2021", "DMY", date(2021, 1, 28)),
        ("January 28, 2021", "DMY", date(2021, 1, 28)),
        ("28 janv. 2021", "MDY", date(2021, 1, 28)),
        ("28 februari 2021", "DMY", date(2021, 2, 28)),
        ("1er mars 2021", "DMY", date(2021, 3, 1)),
        ("28-Jan-21", "DMY", date(2021, 1, 28)),
    ],
)
def test_dates(text: str, order: str, expected: date) -> None:
    assert parse_date(text, order) == expected


@pytest.mark.parametrize(
    "text", ["31/02/2024", "13/13/2024", "2024-02-30", "00/01/2024", "01/01/1066", "yesterday"]
)
def test_impossible_dates_raise_value_problem(text: str) -> None:
    with pytest.raises(ValueProblem):
        parse_date(text, "DMY")


# ---------------------------------------------------------------------------------------------
# Fuzzing: never an unhandled exception


# RELANCE_FUZZ_EXAMPLES=2000 for a long run; the default keeps the file under a few seconds.
FUZZ = settings(
    max_examples=int(os.environ.get("RELANCE_FUZZ_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _read_anything(data: bytes, profile: Profile | None = None) -> ParseResult | None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.csv"
        path.write_bytes(data)
        try:
            result = read_tabular(path, profile)
        except TabularError as exc:
            assert str(exc) == exc.message.render()
            return None
    assert len(result.problems) <= MAX_PROBLEMS * 2
    for problem in result.problems:
        assert problem.file == "fuzz.csv"
        assert problem.line is None or problem.line >= 1
        assert problem.expected_text()  # every placeholder has its argument
    assert all(note_text(note) for note in result.notes)
    for invoice in result.invoices:
        assert invoice.number and invoice.amount_cents >= 0
    return result


@FUZZ
@given(st.binary(max_size=600))
def test_random_bytes_never_crash(data: bytes) -> None:
    _read_anything(data)


_CELLS = st.one_of(
    st.text(alphabet=st.characters(codec="utf-8"), max_size=12),
    st.sampled_from(
        [
            "31/02/2024",
            "01/13/2024",
            "9999-99-99",
            "0",
            "-0,00",
            "1e308",
            "9" * 25,
            '"',
            '""',
            "(1.234,56)",
            "$",
            "€ 12",
            "2024-01-05",
            "Jan 35 2021",
            "\r",
            "\n",
            ";",
            "|",
            "\t",
        ]
    ),
)


@FUZZ
@given(
    rows=st.lists(st.lists(_CELLS, min_size=0, max_size=9), min_size=0, max_size=12),
    delimiter=st.sampled_from([",", ";", "\t", "|"]),
    cut=st.integers(min_value=0, max_value=2000),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]),
)
def test_rows_of_garbage_wrong_counts_and_truncation_never_crash(
    rows: list[list[str]], delimiter: str, cut: int, encoding: str
) -> None:
    header = delimiter.join(["Client", "N° facture", "Date", "Échéance", "Montant TTC", "Réglé"])
    body = "\n".join(delimiter.join(row) for row in rows)
    data = (header + "\n" + body).encode(encoding, errors="replace")
    _read_anything(data[: len(data) - cut % (len(data) + 1)])


@needs_samples
@FUZZ
@given(seed=st.integers(min_value=0, max_value=10**9), profile_index=st.integers(0, 8))
def test_mutated_samples_never_crash(seed: int, profile_index: int) -> None:
    rnd = random.Random(seed)
    sources = [*sorted(NINJA.glob("*.csv")), CSV_SAMPLES / "gnucash" / "invoice.csv"]
    data = bytearray(rnd.choice(sources).read_bytes())
    for _ in range(rnd.randint(1, 25)):
        pos = rnd.randrange(len(data) or 1)
        noise = rnd.choice(b'";,\n\r\t|0123456789/.-$()\x00\xff\xe9 ')
        choice = rnd.random()
        if choice < 0.4 and data:
            data[pos : pos + 1] = bytes([noise])
        elif choice < 0.7:
            data.insert(pos, noise)
        elif data:
            del data[pos : pos + rnd.randint(1, 200)]
    profiles = [None, *builtin_profiles()]
    _read_anything(bytes(data), profiles[profile_index])


@FUZZ
@given(st.integers(min_value=-(10**11), max_value=10**11), st.sampled_from([",", "."]))
def test_formatted_amounts_read_back(cents: int, decimal: str) -> None:
    units, rest = divmod(abs(cents), 100)
    thousands = "\u202f" if decimal == "," else ","
    grouped = f"{units:,}".replace(",", thousands)
    text = ("-" if cents < 0 else "") + f"{grouped}{decimal}{rest:02d}"
    if abs(cents) >= 10**12:
        with pytest.raises(ValueProblem):
            parse_amount(text, decimal)
    else:
        assert parse_amount(text, decimal) == (cents, "")


@FUZZ
@given(st.text(max_size=30), st.sampled_from(["DMY", "MDY"]))
def test_any_text_is_a_date_none_or_a_value_problem(text: str, order: str) -> None:
    try:
        value = parse_date(text, order)
    except ValueProblem as exc:
        assert str(exc.message).startswith("une date ")
    else:
        assert value is None or 1950 <= value.year <= 2100
    try:
        parse_amount(text, "," if order == "DMY" else ".")
    except ValueProblem as exc:
        assert str(exc.message).startswith("un montant ")


# ---------------------------------------------------------------------------------------------
# Fast paths (100,000 rows in about a second) read exactly as the general reading does


def _amount_outcome(
    text: str, decimal: str
) -> tuple[int, str] | tuple[str, dict[str, object]] | None:
    try:
        return parse_amount(text, decimal)
    except ValueProblem as exc:
        return exc.expected, exc.params


@pytest.mark.parametrize(
    ("text", "decimal", "cents"),
    [
        ("8952,81", ",", 895281),
        ("8952.81", ".", 895281),
        ("0,00", ",", 0),
        ("0012,50", ",", 1250),
        ("9999999999,99", ",", 999_999_999_999),  # the largest the fast path takes
        ("٣٤,٥٦", ",", 3456),  # Arabic-Indic digits, as « \d » reads them
        ("1234,5", ",", 123450),  # one decimal: general reading
        ("1234.50", ",", 123450),  # the other mark: general reading
        ("1 234,50", ",", 123450),
    ],
)
def test_amount_fast_path_and_general_reading_agree(text: str, decimal: str, cents: int) -> None:
    assert parse_amount(text, decimal) == (cents, "")
    # Spaces around the value make it miss the fast path: the general reading says the same.
    assert parse_amount(f" {text}\u00a0", decimal) == (cents, "")


def test_amount_too_large_for_the_fast_path_is_refused_as_before() -> None:
    for text in ("99999999999,99", " 99999999999,99"):
        with pytest.raises(ValueProblem) as caught:
            parse_amount(text, ",")
        assert str(caught.value.message) == "un montant inférieur à 10 000 000 000 (comme 1 234,56)"


@FUZZ
@given(st.from_regex(r"\A-?\d{1,13}[.,]\d{1,3}\Z"), st.sampled_from([",", "."]))
def test_any_plain_amount_reads_the_same_with_or_without_the_fast_path(
    text: str, decimal: str
) -> None:
    assert _amount_outcome(text, decimal) == _amount_outcome(f" {text} ", decimal)


def test_rows_through_the_fast_paths_read_as_odd_rows_do(tmp_path: Path) -> None:
    text = (
        "Client;N° facture;Date;Montant TTC;Payé\n"
        "Dupont;F1;05/01/2024;1234,50;100,00\n"  # every fast path
        "Dupont;F2; 05/01/2024 ;1 234,50; 100,00\n"  # spaces: the general reading
        "Dupont;F3;05/01/2024;1234,5;100\n"
        " ;\u00a0;\t;;\n"  # only blanks: skipped like an empty row
        "Dupont;F4;31/02/2024;10,00;0,00\n"  # a wrong date is reported on each row…
        "Dupont;F5;31/02/2024;10,00;0,00\n"  # …it is not remembered as a good one
        "Dupont;F6;05/01/2024;-1234,50;-100,00\n"
        "Dupont;F7;05/01/2024;1234,50;100,00;;\n"  # trailing empty fields are fine
    )
    result = read_tabular(_write(tmp_path, "rapides.csv", text))
    invoices = _by_number(result)
    assert sorted(invoices) == ["F1", "F2", "F3", "F6", "F7"]
    for number in ("F1", "F2", "F3", "F6", "F7"):
        invoice = invoices[number]
        assert (invoice.amount_cents, invoice.paid_cents, invoice.issue_date) == (
            123450,
            10000,
            date(2024, 1, 5),
        )
    assert invoices["F6"].kind is DocumentKind.CREDIT_NOTE
    assert invoices["F1"].kind is DocumentKind.INVOICE
    assert [(p.line, p.field, p.found) for p in result.errors] == [
        (6, "Date", "31/02/2024"),
        (7, "Date", "31/02/2024"),
    ]
    assert len(result.customers) == 1


def test_csv_rows_report_a_refused_record_and_go_on_within_the_limit() -> None:
    from relance_desktop.importers.tabular_sniff import csv_rows

    text = 'a;b\nc;d\n"' + "x" * 140_000 + '";e\nf;g\n'  # a field beyond the csv module's limit
    rows = list(csv_rows(text, ";"))
    assert [(r.line, r.cells, bool(r.error), r.end) for r in rows] == [
        (1, ("a", "b"), False, 1),
        (2, ("c", "d"), False, 2),
        (3, (), True, 3),
        (4, ("f", "g"), False, 4),
    ]
    for limit in range(6):  # a refused record counts in the limit
        assert list(csv_rows(text, ";", limit=limit)) == rows[:limit]

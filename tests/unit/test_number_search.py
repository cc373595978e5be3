"""The open invoices' numbers held in memory for the search box (services.number_search): they
find what the file finds (letters in either case as SQLite's LIKE folds them, never across two
numbers, open invoices only), and they are never used once the file has changed, by this
connection or another one."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from relance_desktop.services import lists, number_search
from relance_desktop.services.lists import InvoiceFilter, InvoiceOrder
from relance_desktop.services.number_search import NumberIndex, read_number_index
from relance_desktop.store.database import open_company_file
from relance_desktop.store.models import Customer, Invoice, Payment
from relance_desktop.store.session import CompanySession
from tests.helpers import TODAY

# number, state, paid (cents of the 100,00 € each invoice is for)
INVOICES = (
    ("F2025-08151", "open", 0),
    ("f2025-08152", "open", 0),  # written in lower case
    ("AB-2025-0815", "open", 2_000),  # partly paid: still open
    ("ÉTÉ-2025", "open", 0),  # a capital letter SQLite does not fold
    ("été-7", "open", 0),
    ("X%_1", "open", 0),  # LIKE's wildcards, written as they are
    ("F2025-09999", "open", 10_000),  # paid: not open
    ("F2025-08153", "cancelled", 0),  # not open
)


@pytest.fixture
def numbered(cf: CompanySession) -> dict[str, int]:
    customer = Customer.create(name="Garage Müller").id
    ids = {}
    for number, state, paid in INVOICES:
        invoice = Invoice.create(customer=customer, number=number, issue_date=TODAY,
                                 due_date=TODAY - timedelta(days=10), amount_cents=10_000,
                                 currency="EUR", state=state)
        ids[number] = invoice.id
        if paid:
            Payment.create(invoice=invoice.id, paid_on=TODAY, amount_cents=paid)
    lists.fill_search_keys(cf)
    return ids


def _another(number: str) -> int:
    """One more open invoice of 1,00 €, due today."""
    return int(Invoice.create(customer=Customer.get().id, number=number, issue_date=TODAY,
                              due_date=TODAY, amount_cents=1_00, currency="EUR",
                              state="open").id)


def _index(cf: CompanySession) -> NumberIndex:
    found = read_number_index(cf, cf.write_stamp())
    assert found is not None
    return found


def _numbers(found: list[int], ids: dict[str, int]) -> set[str]:
    by_id = {invoice_id: number for number, invoice_id in ids.items()}
    return {by_id[invoice_id] for invoice_id in found}


@pytest.mark.sqlite_only
@pytest.mark.parametrize(("word", "expected"), [
    ("2025-0815", {"F2025-08151", "f2025-08152", "AB-2025-0815"}),
    ("f2025", {"F2025-08151", "f2025-08152"}),  # either case for an ASCII letter
    ("F2025-0815", {"F2025-08151", "f2025-08152"}),
    ("ab-", {"AB-2025-0815"}),
    ("été", {"été-7"}),  # « ÉTÉ » is not folded, as SQLite's LIKE does not fold it
    ("ÉTÉ", {"ÉTÉ-2025"}),
    ("%_", {"X%_1"}),
    ("09999", set()),  # paid
    ("08153", set()),  # cancelled
    ("515f", set()),  # the end of a number and the start of the next: not a number
    ("1\nf", set()),  # nor with the line between them
    ("", set()),
])
def test_finds_what_the_file_finds(cf: CompanySession, numbered: dict[str, int], word: str,
                                   expected: set[str]) -> None:
    index = _index(cf)
    assert index.count == 6
    assert _numbers(index.ids_containing(cf, word, 100), numbered) == expected
    if word:  # what a list finds, with and without the numbers in memory
        flt = InvoiceFilter(TODAY, words=(word.lower(),))
        with_index = lists.invoice_page(cf, replace(flt, numbers=index), InvoiceOrder.NUMBER)
        without = lists.invoice_page(cf, flt, InvoiceOrder.NUMBER)
        assert [r.invoice_id for r in with_index] == [r.invoice_id for r in without]


@pytest.mark.sqlite_only
def test_a_search_reads_at_most_what_it_asks(cf: CompanySession,
                                             numbered: dict[str, int]) -> None:
    index = _index(cf)
    assert len(index.ids_containing(cf, "2025", 2)) == 2
    assert len(index.ids_containing(cf, "2025", 100)) == 4
    assert index.ids_containing(cf, "2025", 0) == []
    assert index.numbers_containing("2025", 3) == ["AB-2025-0815", "F2025-08151",
                                                   "f2025-08152"]  # the index's order


@pytest.mark.sqlite_only
def test_a_write_by_this_connection_makes_it_stale(cf: CompanySession,
                                                   numbered: dict[str, int]) -> None:
    index = _index(cf)
    assert index.current(cf)
    Invoice.update(number="Z-777").where(Invoice.id == numbered["été-7"]).execute()
    assert not index.current(cf)
    # a list given the stale numbers still finds what the file says now
    flt = InvoiceFilter(TODAY, words=("z-777",), numbers=index)
    assert [r.number for r in lists.invoice_page(cf, flt)] == ["Z-777"]
    assert _index(cf).current(cf)  # read again: current


@pytest.mark.sqlite_only
def test_a_payment_that_closes_an_invoice_makes_it_stale(
        cf: CompanySession, numbered: dict[str, int]) -> None:
    index = _index(cf)
    Payment.create(invoice=numbered["F2025-08151"], paid_on=TODAY, amount_cents=10_000)
    assert not index.current(cf)
    assert _numbers(_index(cf).ids_containing(cf, "08151", 10), numbered) == set()


@pytest.mark.sqlite_only
def test_a_commit_by_another_connection_makes_it_stale(
        cf: CompanySession, numbered: dict[str, int], company_path: Path) -> None:
    index = _index(cf)
    assert cf.path == company_path
    other = open_company_file(company_path)
    try:
        with other.use():
            other.execute("UPDATE invoice SET number = 'Y-1' WHERE id = ?",
                          [numbered["X%_1"]])
    finally:
        other.close()
    with cf.use():
        assert not index.current(cf)


@pytest.mark.sqlite_only
def test_no_stamp_inside_a_transaction(cf: CompanySession, numbered: dict[str, int]) -> None:
    """What this connection writes is not in another connection's read until it commits."""
    assert cf.write_stamp() is not None
    with cf.atomic():
        assert cf.write_stamp() is None
    assert read_number_index(cf, None) is None


@pytest.mark.sqlite_only
def test_an_empty_file_has_empty_numbers(cf: CompanySession) -> None:
    index = _index(cf)
    assert index.count == 0 and index.ids_containing(cf, "f", 10) == []


def test_a_server_keeps_no_numbers(cf: CompanySession, numbered: dict[str, int]) -> None:
    """On PostgreSQL the trigram indexes serve the search: nothing is read into memory."""
    stamp = cf.write_stamp()
    if cf.path is None:  # --engine postgres
        assert stamp is None and number_search.read_number_index(cf, (1, 1)) is None
    else:
        assert stamp is not None


@pytest.mark.sqlite_only
def test_a_number_holding_the_word_twice_is_found_once(cf: CompanySession,
                                                       numbered: dict[str, int]) -> None:
    twice = _another("AB-AB-7")
    index = _index(cf)
    assert index.numbers_containing("ab", 100) == ["AB-2025-0815", "AB-AB-7"]
    assert sorted(index.ids_containing(cf, "ab", 100)) == sorted([numbered["AB-2025-0815"],
                                                                   twice])


@pytest.mark.sqlite_only
def test_two_open_invoices_of_one_number_are_both_found(cf: CompanySession,
                                                        numbered: dict[str, int]) -> None:
    again = _another("été-7")
    index = _index(cf)
    assert sorted(index.ids_containing(cf, "té-7", 100)) == sorted([numbered["été-7"], again])
    assert len(index.ids_containing(cf, "té-7", 1)) == 1  # at most what is asked


@pytest.mark.sqlite_only
def test_a_number_with_a_line_break_leaves_the_search_to_the_file(
        cf: CompanySession, numbered: dict[str, int]) -> None:
    Invoice.update(number="F-1\nF-2").where(Invoice.id == numbered["X%_1"]).execute()
    assert read_number_index(cf, cf.write_stamp()) is None
    found = lists.invoice_page(cf, InvoiceFilter(TODAY, words=("f-2",)))
    assert [r.number for r in found] == ["F-1\nF-2"]

"""The demo company: realistic, valid by the app's own rules, and always the same."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import phonenumbers
import pytest
from stdnum.be import vat as be_vat
from stdnum.eu import vat as eu_vat
from stdnum.fr import siren

from relance_desktop.domain.aging import Bucket
from relance_desktop.domain.parties import CustomerKind
from relance_desktop.services import validation
from relance_desktop.services.demo import create_demo
from relance_desktop.services.receivables import bucket_totals, open_items
from relance_desktop.store.session import CompanySession
from tests.helpers import TODAY, sidecars

TABLES = ("customer", "contact", "invoice", "payment", "interaction", "task")


@pytest.fixture
def conn(demo_path: Path) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(f"{demo_path.as_uri()}?mode=ro", uri=True)
    try:
        yield connection
    finally:
        connection.close()


def _rows(path: Path, table: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
    finally:
        connection.close()


def test_same_day_same_demo(tmp_path: Path) -> None:
    a = create_demo(tmp_path / "a.relance", TODAY)
    b = create_demo(tmp_path / "b.relance", TODAY)
    for table in TABLES:
        assert _rows(a, table) == _rows(b, table), table


def test_dates_follow_today(tmp_path: Path) -> None:
    later = TODAY + timedelta(days=10)
    a = create_demo(tmp_path / "a.relance", TODAY)
    b = create_demo(tmp_path / "b.relance", later)
    shift = [
        (date.fromisoformat(r[3]) + timedelta(days=10)).isoformat() for r in _rows(a, "invoice")
    ]
    assert shift == [r[3] for r in _rows(b, "invoice")]


def test_build_leaves_one_closed_file(tmp_path: Path) -> None:
    path = create_demo(tmp_path / "Démo.relance", TODAY)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Démo.relance"]
    assert sidecars(path) == []


def test_size_countries_and_kinds(conn: sqlite3.Connection) -> None:
    assert conn.execute("SELECT COUNT(*) FROM customer").fetchone()[0] == 40
    assert conn.execute("SELECT COUNT(*) FROM invoice").fetchone()[0] == 400
    assert {r[0] for r in conn.execute("SELECT country FROM customer")} == {"FR", "BE"}
    assert {r[0] for r in conn.execute("SELECT kind FROM customer")} == {
        k.value for k in CustomerKind
    }
    assert {r[0] for r in conn.execute("SELECT language FROM customer WHERE country = 'BE'")} == {
        "fr",
        "nl",
    }
    assert conn.execute("SELECT COUNT(*) FROM contact").fetchone()[0] > 0
    assert conn.execute("SELECT COUNT(*) FROM interaction").fetchone()[0] > 0


def test_every_aging_bucket_has_invoices(demo_cf: CompanySession) -> None:
    totals = bucket_totals(open_items(demo_cf, TODAY))
    assert {b for b, t in totals.items() if t.count > 0} == set(Bucket)


def test_every_stored_phone_is_valid_e164(conn: sqlite3.Connection) -> None:
    phones = [
        value
        for table in ("company", "customer", "contact")
        for row in conn.execute(
            f"SELECT phone, mobile FROM {table}"
            if table != "company"
            else "SELECT phone, '' FROM company"
        )
        for value in row
        if value
    ]
    assert len(phones) > 60
    for phone in phones:
        number = phonenumbers.parse(phone)
        assert phonenumbers.is_valid_number(number), phone
        assert phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) == phone


def test_company_and_vat_numbers_are_valid(conn: sqlite3.Connection) -> None:
    rows = conn.execute(
        "SELECT name, kind, country, company_number, vat_number FROM customer"
    ).fetchall()
    for name, kind, country, number, vat in rows:
        if kind == "consumer":
            assert (number, vat) == ("", ""), name
            continue
        check = siren if country == "FR" else be_vat
        assert check.is_valid(number), (name, number)
        assert validation.company_number("company_number", number, country) == number
        if vat:
            assert eu_vat.is_valid(vat) and vat.startswith(country), (name, vat)
    company = conn.execute("SELECT company_number, vat_number, iban, bic FROM company").fetchone()
    assert validation.company_number("c", company[0], "FR") == company[0]
    assert validation.vat_number("v", company[1]) == company[1]
    assert validation.iban("i", company[2]) == company[2]
    assert validation.bic("b", company[3]) == company[3]


def test_amounts_are_integer_cents_and_payments_fit(conn: sqlite3.Connection) -> None:
    for table in ("invoice", "payment"):
        types = {r[0] for r in conn.execute(f"SELECT DISTINCT typeof(amount_cents) FROM {table}")}
        assert types == {"integer"}, table
    assert conn.execute("SELECT MIN(amount_cents) FROM invoice").fetchone()[0] > 0
    overpaid = conn.execute(
        "SELECT COUNT(*) FROM invoice i WHERE i.amount_cents < "
        "(SELECT COALESCE(SUM(amount_cents), 0) FROM payment p WHERE p.invoice_id = i.id)"
    ).fetchone()[0]
    assert overpaid == 0


def test_nothing_happens_in_the_future(conn: sqlite3.Connection) -> None:
    today = TODAY.isoformat()
    assert conn.execute("SELECT MAX(issue_date) FROM invoice").fetchone()[0] < today
    assert conn.execute("SELECT MAX(paid_on) FROM payment").fetchone()[0] < today
    assert conn.execute("SELECT MAX(occurred_at) FROM interaction").fetchone()[0] < today
    due_before_issue = conn.execute(
        "SELECT COUNT(*) FROM invoice WHERE due_date < issue_date"
    ).fetchone()[0]
    assert due_before_issue == 0

"""The demo company: realistic, valid by the app's own rules, and always the same."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import phonenumbers
import pytest
from stdnum.be import vat as be_vat
from stdnum.eu import vat as eu_vat
from stdnum.fr import siren

from relance_desktop.domain.aging import Bucket
from relance_desktop.domain.parties import CustomerKind
from relance_desktop.services import lists, validation
from relance_desktop.services.demo import FRESH_DUE_IN, create_demo
from relance_desktop.store.session import CompanySession
from tests.helpers import TODAY, sidecars

TABLES = ("customer", "contact", "invoice", "payment", "interaction", "task")


def _rows(path: Path, table: str) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
    finally:
        connection.close()


@pytest.mark.sqlite_only
def test_same_day_same_demo(tmp_path: Path) -> None:
    a = create_demo(tmp_path / "a.relance", TODAY)
    b = create_demo(tmp_path / "b.relance", TODAY)
    for table in TABLES:
        assert _rows(a, table) == _rows(b, table), table


@pytest.mark.sqlite_only
def test_dates_follow_today(tmp_path: Path) -> None:
    later = TODAY + timedelta(days=10)
    a = create_demo(tmp_path / "a.relance", TODAY)
    b = create_demo(tmp_path / "b.relance", later)
    shift = [
        (date.fromisoformat(r[3]) + timedelta(days=10)).isoformat() for r in _rows(a, "invoice")
    ]
    assert shift == [r[3] for r in _rows(b, "invoice")]


@pytest.mark.sqlite_only
def test_build_leaves_one_closed_file(tmp_path: Path) -> None:
    path = create_demo(tmp_path / "Démo.relance", TODAY)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Démo.relance"]
    assert sidecars(path) == []


def test_size_countries_and_kinds(demo_cf: CompanySession) -> None:
    assert demo_cf.scalar("SELECT COUNT(*) FROM customer") == 40
    assert demo_cf.scalar("SELECT COUNT(*) FROM invoice") == 400 + len(FRESH_DUE_IN)
    assert {r.country for r in demo_cf.rows("SELECT country FROM customer")} == {"FR", "BE"}
    assert {r.kind for r in demo_cf.rows("SELECT kind FROM customer")} == {
        k.value for k in CustomerKind
    }
    languages = demo_cf.rows("SELECT language FROM customer WHERE country = 'BE'")
    assert {r.language for r in languages} == {"fr", "nl"}
    assert demo_cf.scalar("SELECT COUNT(*) FROM contact") > 0
    assert demo_cf.scalar("SELECT COUNT(*) FROM interaction") > 0


def test_every_aging_bucket_has_invoices(demo_cf: CompanySession) -> None:
    totals = lists.bucket_totals(demo_cf, TODAY)
    assert {b for b, t in totals.items() if t.count > 0} == set(Bucket)


def test_every_stored_phone_is_valid_e164(demo_cf: CompanySession) -> None:
    phones = [
        value
        for table in ("company", "customer", "contact")
        for row in demo_cf.rows(
            f"SELECT phone, mobile FROM {table}"
            if table != "company"
            else "SELECT phone, '' AS mobile FROM company"
        )
        for value in (row.phone, row.mobile)
        if value
    ]
    assert len(phones) > 60
    for phone in phones:
        number = phonenumbers.parse(phone)
        assert phonenumbers.is_valid_number(number), phone
        assert phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) == phone


def test_company_and_vat_numbers_are_valid(demo_cf: CompanySession) -> None:
    rows = demo_cf.rows(
        "SELECT name, kind, country, company_number, vat_number FROM customer"
    )
    for r in rows:
        if r.kind == "consumer":
            assert (r.company_number, r.vat_number) == ("", ""), r.name
            continue
        check = siren if r.country == "FR" else be_vat
        assert check.is_valid(r.company_number), (r.name, r.company_number)
        assert validation.company_number("company_number", r.company_number,
                                         r.country) == r.company_number
        if r.vat_number:
            assert eu_vat.is_valid(r.vat_number) and r.vat_number.startswith(r.country), (
                r.name, r.vat_number)
    company = demo_cf.one("SELECT company_number, vat_number, iban, bic FROM company")
    assert validation.company_number("c", company.company_number, "FR") == \
        company.company_number
    assert validation.vat_number("v", company.vat_number) == company.vat_number
    assert validation.iban("i", company.iban) == company.iban
    assert validation.bic("b", company.bic) == company.bic


def test_amounts_are_integer_cents_and_payments_fit(demo_cf: CompanySession) -> None:
    for table in ("invoice", "payment"):
        amounts = {type(r.amount_cents) for r in demo_cf.rows(f"SELECT amount_cents FROM {table}")}
        assert amounts == {int}, table
    assert demo_cf.scalar("SELECT MIN(amount_cents) FROM invoice") > 0
    assert demo_cf.scalar("SELECT COUNT(*) FROM invoice_balance WHERE due_cents < 0") == 0


def test_nothing_happens_in_the_future(demo_cf: CompanySession) -> None:
    today = TODAY.isoformat()
    assert demo_cf.scalar("SELECT MAX(issue_date) FROM invoice") < today
    assert demo_cf.scalar("SELECT MAX(paid_on) FROM payment") < today
    assert demo_cf.scalar("SELECT MAX(occurred_at) FROM interaction") < today
    assert demo_cf.scalar("SELECT COUNT(*) FROM invoice WHERE due_date < issue_date") == 0


def test_rows_added_after_the_demo_get_new_ids(demo_cf: CompanySession) -> None:
    """The database gave the demo's ids: on PostgreSQL the identity sequences follow them."""
    from relance_desktop.store.models import (
        Contact,
        Customer,
        Interaction,
        Invoice,
        Payment,
        Task,
        User,
    )

    top = {t: demo_cf.scalar(f'SELECT MAX(id) FROM "{t}"') for t in (
        "customer", "contact", "invoice", "payment", "interaction", "task", "user")}
    customer = Customer.create(name="Après la démo")
    invoice = Invoice.create(customer=customer.id, number="D-1", issue_date=TODAY,
                             due_date=TODAY, amount_cents=1_000)
    new = {
        "customer": customer.id, "invoice": invoice.id,
        "contact": Contact.create(customer=customer.id, name="X").id,
        "payment": Payment.create(invoice=invoice.id, paid_on=TODAY, amount_cents=1).id,
        "interaction": Interaction.create(customer=customer.id, kind="note").id,
        "task": Task.create(customer=customer.id, kind="call_back", due_at=TODAY).id,
        "user": User.create(name="Autre").id,
    }
    assert all(new[t] > top[t] for t in top), (new, top)


# A local knows these: the landline prefix of each demo city (national form) and which
# language it speaks (Brussels both).
LOCAL_PREFIX = {"Bruxelles": "02", "Ixelles": "02", "Liège": "04", "Namur": "081",
                "Charleroi": "071", "Antwerpen": "03", "Gent": "09", "Leuven": "016",
                "Brugge": "050", "Lyon": "04 7", "Paris": "01", "Marseille": "04 91",
                "Toulouse": "05 6", "Bordeaux": "05 56", "Lille": "03 20", "Nantes": "02 40",
                "Strasbourg": "03 88", "Grenoble": "04 76", "Dijon": "03 80", "Rennes": "02 99",
                "Montpellier": "04 67", "Saint-Rémy-de-Provence": "04 90"}
CITY_LANGUAGES = {"Bruxelles": {"fr", "nl"}, "Ixelles": {"fr"}, "Liège": {"fr"},
                  "Namur": {"fr"}, "Charleroi": {"fr"}, "Antwerpen": {"nl"}, "Gent": {"nl"},
                  "Leuven": {"nl"}, "Brugge": {"nl"}}


def _national(phone: str) -> str:
    return phonenumbers.format_number(phonenumbers.parse(phone),
                                      phonenumbers.PhoneNumberFormat.NATIONAL)


def test_places_phones_and_languages_agree_as_a_local_expects(demo_cf: CompanySession) -> None:
    customers = demo_cf.rows("SELECT id, name, country, language, city, phone FROM customer")
    by_name = {r.name: r for r in customers}
    assert by_name["Stad Leuven"].city == "Leuven"
    assert by_name["Stad Leuven"].language == "nl"
    assert by_name["Commune d'Ixelles"].city == "Ixelles"
    assert by_name["Commune d'Ixelles"].language == "fr"
    assert by_name["Mairie de Saint-Rémy-de-Provence"].city == "Saint-Rémy-de-Provence"
    assert by_name["Bouwbedrijf Peeters NV"].language == "nl"
    assert by_name["Transports Lemaire SA"].language == "fr"
    for r in customers:
        assert _national(r.phone).startswith(LOCAL_PREFIX[r.city]), (r.name, r.city, r.phone)
        if r.country == "BE":
            assert r.language in CITY_LANGUAGES[r.city], (r.name, r.city, r.language)
    contacts = demo_cf.rows("SELECT c.city, k.phone FROM contact k "
                            "JOIN customer c ON c.id = k.customer_id")
    for r in contacts:
        assert _national(r.phone).startswith(LOCAL_PREFIX[r.city]), (r.city, r.phone)


def test_e_mail_domains_are_whole_words(demo_cf: CompanySession) -> None:
    emails = {r.name: r.email for r in demo_cf.rows("SELECT name, email FROM customer")}
    assert emails["Agence Communication Éclat"] == "compta@agence-communication-eclat.example"
    assert emails["Pharmacie de l'Étoile"] == "compta@pharmacie-etoile.example"
    assert emails["Łukasz Nowak"] == "lukasz.nowak@mail.example"
    for email in emails.values():
        assert validation.email("email", email) == email


def test_what_was_sold_is_said_in_the_customer_s_language(demo_cf: CompanySession) -> None:
    """The call script reads an invoice's description aloud: Stad Leuven's must be in Dutch."""
    rows = demo_cf.rows("SELECT c.name, c.language, i.description FROM invoice i "
                        "JOIN customer c ON c.id = i.customer_id")
    leuven = {r.description for r in rows if r.name == "Stad Leuven"}
    assert leuven and leuven <= {"Banken voor de speelplaats", "Meubilair van de bibliotheek",
                                 "Herstelling van de luiken"}
    french_words = ("pour", " de la ", "sur mesure", "Réfection", "Mobilier")
    dutch_rows = [r for r in rows if r.language == "nl"]
    assert dutch_rows
    assert not [r for r in dutch_rows if any(w in r.description for w in french_words)]


def test_the_demo_day_shows_every_kind_of_step(demo_cf: CompanySession) -> None:
    """« Actions du jour » on the demo: the first steps of the method (a courtesy e-mail, a
    call, a first reminder letter) beside the last ones of the long overdue accounts."""
    from relance_desktop.services import dunning

    channels = {a.proposal.step.channel.value for a in dunning.day_actions(demo_cf, TODAY)}
    assert {"email", "call", "letter", "formal_notice"} <= channels

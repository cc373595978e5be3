"""Customers and contact persons: what is stored, and the messages that name the bad field."""

from __future__ import annotations

import json

import pytest

from relance_desktop.errors import ValidationError
from relance_desktop.services import validation
from relance_desktop.services.customers import (
    ContactInput,
    CustomerInput,
    add_contact,
    contacts_of,
    create_customer,
    customer_names,
    delete_contact,
    delete_customer,
    update_contact,
    update_customer,
)
from relance_desktop.services.invoices import InvoiceInput, create_invoice
from relance_desktop.store.models import AuditEvent, Contact, Customer
from relance_desktop.store.session import CompanySession
from tests.helpers import TODAY


def test_create_customer_stores_clean_values(cf: CompanySession) -> None:
    cid = create_customer(
        cf,
        CustomerInput(
            name="  Boulangerie Martin  ",
            email=" compta@boulangerie-martin.fr ",
            phone="01 23 45 67 89",
            mobile="06 12 34 56 78",
            company_number="732 829 320",
            vat_number="fr 44 732829320",
            city=" Lyon ",
        ),
    )
    c = Customer.get_by_id(cid)
    assert c.name == "Boulangerie Martin"
    assert c.email == "compta@boulangerie-martin.fr"
    assert c.phone == "+33123456789"
    assert c.mobile == "+33612345678"
    assert c.company_number == "732829320"
    assert c.vat_number == "FR44732829320"
    assert c.city == "Lyon"
    assert c.kind == "business"
    assert c.payment_terms_days is None  # the company's default applies


def test_siret_is_accepted_for_a_french_customer(cf: CompanySession) -> None:
    cid = create_customer(cf, CustomerInput(name="Ateliers", company_number="732 829 320 00074"))
    assert Customer.get_by_id(cid).company_number == "73282932000074"


def test_belgian_customer_uses_belgian_numbers(cf: CompanySession) -> None:
    cid = create_customer(
        cf,
        CustomerInput(
            name="Brasserie De Smet BV",
            country="BE",
            language="nl",
            company_number="BE 0403.170.701",
            vat_number="BE0403170701",
            phone="02 345 67 89",
        ),
    )
    c = Customer.get_by_id(cid)
    assert (c.company_number, c.phone, c.language) == ("0403170701", "+3223456789", "nl")


@pytest.mark.parametrize(
    ("field", "changes", "shown"),
    [
        ("name", {"name": "   "}, "Le nom est obligatoire."),
        ("email", {"email": "compta@martin"}, "compta@martin"),
        ("email", {"email": "compta martin@x.fr"}, "compta martin@x.fr"),
        ("phone", {"phone": "12"}, "« 12 »"),
        ("mobile", {"mobile": "06 39 12 34 56"}, "06 39 12 34 56"),
        ("company_number", {"company_number": "123456789"}, "SIREN"),
        ("company_number", {"company_number": "0123.456.789", "country": "BE"}, "BCE"),
        ("vat_number", {"vat_number": "FR00732829320"}, "FR00732829320"),
        ("kind", {"kind": "friend"}, "friend"),
        ("country", {"country": "DE"}, "DE"),
        ("payment_terms_days", {"payment_terms_days": 400}, "365"),
        ("preferred_channel", {"preferred_channel": "pigeon"}, "pigeon"),
    ],
)
def test_bad_input_names_the_field_and_writes_nothing(
    cf: CompanySession, field: str, changes: dict[str, object], shown: str
) -> None:
    data = CustomerInput(**{"name": "Boulangerie Martin", **changes})  # type: ignore[arg-type]
    with pytest.raises(ValidationError) as info:
        create_customer(cf, data)
    assert info.value.field == field
    assert shown in info.value.render()
    assert Customer.select().count() == 0
    assert AuditEvent.select().count() == 0


def test_phone_error_message_gives_examples_that_are_accepted() -> None:
    with pytest.raises(ValidationError) as info:
        validation.phone("phone", "12", "FR")
    text = info.value.render()
    examples = text.split("Exemple : ", 1)[1].rstrip(".").split(" ou ")
    assert len(examples) == 2
    for example in examples:
        assert validation.phone("phone", example, "FR")


def test_consumer_drops_the_company_number(cf: CompanySession) -> None:
    cid = create_customer(
        cf, CustomerInput(name="Jean Dupont", kind="consumer", company_number="not a SIREN")
    )
    assert Customer.get_by_id(cid).company_number == ""


def test_update_customer_changes_values_and_audits(cf: CompanySession) -> None:
    cid = create_customer(cf, CustomerInput(name="Hôtel Les Tilleuls", city="Lyon"))
    created = Customer.get_by_id(cid)
    data = CustomerInput.from_model(created)
    data.city = "Paris"
    data.phone = "04 78 00 00 00"
    update_customer(cf, cid, data)

    c = Customer.get_by_id(cid)
    assert (c.city, c.phone) == ("Paris", "+33478000000")
    event = AuditEvent.select().order_by(AuditEvent.id.desc()).first()
    assert (event.action, event.entity, event.entity_id, event.customer_id) == (
        "update",
        "customer",
        cid,
        cid,
    )
    assert json.loads(event.before) == {"city": "Lyon", "phone": ""}
    assert json.loads(event.after) == {"city": "Paris", "phone": "+33478000000"}


def test_update_without_change_records_nothing(cf: CompanySession) -> None:
    cid = create_customer(cf, CustomerInput(name="Hôtel Les Tilleuls"))
    events = AuditEvent.select().count()
    update_customer(cf, cid, CustomerInput.from_model(Customer.get_by_id(cid)))
    assert AuditEvent.select().count() == events


def test_invalid_update_changes_nothing(cf: CompanySession) -> None:
    cid = create_customer(cf, CustomerInput(name="Hôtel Les Tilleuls", email="a@b.fr"))
    data = CustomerInput.from_model(Customer.get_by_id(cid))
    data.city, data.email = "Paris", "pas une adresse"
    with pytest.raises(ValidationError) as info:
        update_customer(cf, cid, data)
    assert info.value.field == "email"
    c = Customer.get_by_id(cid)
    assert (c.city, c.email) == ("", "a@b.fr")


def test_first_contact_becomes_primary_and_only_one_stays_primary(cf: CompanySession) -> None:
    cid = create_customer(cf, CustomerInput(name="Transports Girard SAS"))
    first = add_contact(cf, cid, ContactInput(name="Sophie Durand", function="Comptable"))
    second = add_contact(cf, cid, ContactInput(name="Karim Blanc"))
    assert [c.id for c in contacts_of(cf, cid) if c.is_primary] == [first]

    third = add_contact(cf, cid, ContactInput(name="Inge Peeters", is_primary=True))
    assert [c.id for c in contacts_of(cf, cid) if c.is_primary] == [third]
    assert contacts_of(cf, cid)[0].id == third  # the person to call comes first

    data = ContactInput.from_model(Contact.get_by_id(second))
    data.is_primary = True
    update_contact(cf, second, data)
    assert [c.id for c in contacts_of(cf, cid) if c.is_primary] == [second]


def test_primary_is_per_customer(cf: CompanySession) -> None:
    a = create_customer(cf, CustomerInput(name="A"))
    b = create_customer(cf, CustomerInput(name="B"))
    ca = add_contact(cf, a, ContactInput(name="Anne"))
    cb = add_contact(cf, b, ContactInput(name="Bruno", is_primary=True))
    assert Contact.get_by_id(ca).is_primary and Contact.get_by_id(cb).is_primary


def test_contact_phones_use_the_customer_country(cf: CompanySession) -> None:
    cid = create_customer(cf, CustomerInput(name="Stad Leuven", kind="public_body", country="BE"))
    contact = add_contact(cf, cid, ContactInput(name="Koen Claes", phone="0470 12 34 56"))
    assert Contact.get_by_id(contact).phone == "+32470123456"


def test_bad_contact_names_the_field(cf: CompanySession) -> None:
    cid = create_customer(cf, CustomerInput(name="A"))
    with pytest.raises(ValidationError) as info:
        add_contact(cf, cid, ContactInput(name="Anne", email="anne@"))
    assert info.value.field == "email"
    assert Contact.select().count() == 0


def test_delete_contact(cf: CompanySession) -> None:
    cid = create_customer(cf, CustomerInput(name="A"))
    contact = add_contact(cf, cid, ContactInput(name="Anne"))
    delete_contact(cf, contact)
    assert contacts_of(cf, cid) == []
    assert AuditEvent.select().where(AuditEvent.action == "delete").count() == 1


def test_deleting_the_primary_contact_promotes_the_next_one(cf: CompanySession) -> None:
    cid = create_customer(cf, CustomerInput(name="A"))
    first = add_contact(cf, cid, ContactInput(name="Anne"))
    second = add_contact(cf, cid, ContactInput(name="Bruno"))
    delete_contact(cf, first)
    assert [(c.id, c.is_primary) for c in contacts_of(cf, cid)] == [(second, True)]


def test_customer_with_invoices_cannot_be_deleted(cf: CompanySession) -> None:
    cid = create_customer(cf, CustomerInput(name="Garage du Centre"))
    create_invoice(cf, InvoiceInput(cid, "F2026-001", TODAY, None, 10_000))
    with pytest.raises(ValidationError, match="Archivez") as info:
        delete_customer(cf, cid)
    assert info.value.field == "customer"
    assert Customer.select().count() == 1


def test_customer_without_invoices_can_be_deleted(cf: CompanySession) -> None:
    cid = create_customer(cf, CustomerInput(name="Erreur de saisie"))
    add_contact(cf, cid, ContactInput(name="Anne"))
    delete_customer(cf, cid)
    assert Customer.select().count() == 0
    assert Contact.select().count() == 0
    assert customer_names(cf) == []


def test_customer_names_sorted_ignoring_case(cf: CompanySession) -> None:
    for name in ("garage du Centre", "Boulangerie Martin", "Atelier"):
        create_customer(cf, CustomerInput(name=name))
    assert [n for _, n in customer_names(cf)] == [
        "Atelier",
        "Boulangerie Martin",
        "garage du Centre",
    ]


def test_merging_two_records_of_one_customer_keeps_everything(cf: CompanySession) -> None:
    from relance_desktop.services.customers import merge_customers
    from relance_desktop.store.models import Invoice

    keep = create_customer(cf, CustomerInput(name="Garage du Centre", email="a@garage.fr"))
    other = create_customer(cf, CustomerInput(name="GARAGE DU CENTRE SARL", account="411GAR",
                                              phone="04 78 12 34 56", notes="paie le 10"))
    add_contact(cf, keep, ContactInput(name="Anne"))
    add_contact(cf, other, ContactInput(name="Bruno"))
    create_invoice(cf, InvoiceInput(keep, "F1", TODAY, None, 10_000))
    create_invoice(cf, InvoiceInput(other, "F2", TODAY, None, 20_000))
    merge_customers(cf, keep, other)
    assert Customer.select().count() == 1
    kept = Customer.get_by_id(keep)
    assert (kept.email, kept.account, kept.phone) == ("a@garage.fr", "411GAR", "+33478123456")
    assert "paie le 10" in kept.notes
    assert sorted(i.number for i in Invoice.select().where(Invoice.customer == keep)) == [
        "F1", "F2"]
    contacts = contacts_of(cf, keep)
    assert {c.name for c in contacts} == {"Anne", "Bruno"}
    assert sum(c.is_primary for c in contacts) == 1
    with pytest.raises(ValidationError):
        merge_customers(cf, keep, keep)


def test_customer_writes_report_their_change_once_committed(cf: CompanySession) -> None:
    from relance_desktop.services.customers import merge_customers
    from relance_desktop.store.session import Change, Topic

    seen: list[tuple[Change, bool]] = []
    cf.changes.subscribe(lambda change: seen.append((change, cf.db.in_transaction())))
    cid = create_customer(cf, CustomerInput(name="Garage du Centre"))
    other = create_customer(cf, CustomerInput(name="Garage du Centre SARL"))
    update_customer(cf, cid, CustomerInput(name="Garage du Centre", city="Lyon"))
    contact = add_contact(cf, cid, ContactInput(name="Anne"))
    delete_contact(cf, contact)
    merge_customers(cf, cid, other)
    mine = Change.of(Topic.CUSTOMERS, customers=[cid])
    assert seen == [(mine, False), (Change.of(Topic.CUSTOMERS, customers=[other]), False),
                    (mine, False), (mine, False), (mine, False),
                    (Change.of(Topic.CUSTOMERS, Topic.INVOICES, Topic.CALLS, Topic.DOCUMENTS,
                               customers=[cid, other]), False)]

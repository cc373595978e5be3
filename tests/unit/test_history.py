"""Audit trail and a customer's timeline (newest first)."""

from __future__ import annotations

import json
from datetime import date, datetime

from relance_desktop.services import audit
from relance_desktop.services.customers import CustomerInput, create_customer, update_customer
from relance_desktop.services.history import timeline
from relance_desktop.services.invoices import (
    InvoiceInput,
    PaymentInput,
    add_payment,
    create_invoice,
)
from relance_desktop.store.models import AuditEvent, Dispute, Interaction, Promise
from relance_desktop.store.session import CompanySession
from tests.helpers import TODAY


def test_changes_keeps_only_what_changed() -> None:
    before, after = audit.changes(
        {"city": "Lyon", "phone": "", "name": "A"}, {"city": "Paris", "phone": "", "name": "A"}
    )
    assert (before, after) == ({"city": "Lyon"}, {"city": "Paris"})


def test_record_stores_json_with_dates(cf: CompanySession) -> None:
    audit.record(
        cf,
        "update",
        "invoice",
        7,
        before={"due_date": date(2026, 11, 1)},
        after={"due_date": date(2026, 12, 1), "note": "Accord téléphonique"},
    )
    event = AuditEvent.get()
    assert (event.action, event.entity, event.entity_id) == ("update", "invoice", 7)
    assert json.loads(event.before) == {"due_date": "2026-11-01"}
    assert json.loads(event.after) == {"due_date": "2026-12-01", "note": "Accord téléphonique"}
    assert isinstance(event.at, datetime)


def test_timeline_lists_invoice_payment_and_call_newest_first(cf: CompanySession) -> None:
    cid = create_customer(cf, CustomerInput(name="Garage du Centre"))
    other = create_customer(cf, CustomerInput(name="Autre client"))
    inv = create_invoice(
        cf,
        InvoiceInput(
            cid, "F2026-00100", date(2026, 9, 1), None, 50_000, description="Pont élévateur"
        ),
    )
    create_invoice(cf, InvoiceInput(other, "F2026-00101", date(2026, 9, 2), None, 100))
    add_payment(cf, PaymentInput(inv, date(2026, 10, 15), 20_000), today=TODAY)
    Interaction.create(
        customer=cid,
        invoice=inv,
        kind="call",
        occurred_at=datetime(2026, 11, 20, 10, 30),
        outcome="reached",
        notes="Promet le solde fin du mois",
        duration_s=240,
    )
    Interaction.create(
        customer=cid,
        kind="call",
        occurred_at=datetime(2026, 11, 22, 9, 0),
        draft=True,
        notes="brouillon pas encore enregistré",
    )

    entries = timeline(cf, cid)

    assert [e.kind for e in entries] == ["call", "payment", "invoice"]
    assert [e.when for e in entries] == sorted((e.when for e in entries), reverse=True)
    call, payment, invoice = entries
    assert call.when == datetime(2026, 11, 20, 10, 30)
    assert (call.outcome, call.detail) == ("reached", "Promet le solde fin du mois")
    assert (payment.cents, payment.args) == (20_000, {"number": "F2026-00100"})
    assert (invoice.cents, invoice.detail) == (50_000, "Pont élévateur")
    assert invoice.title.format(**invoice.args) == "Facture F2026-00100 émise"


def test_timeline_shows_promises_disputes_and_edits(cf: CompanySession) -> None:
    cid = create_customer(cf, CustomerInput(name="Hôtel Les Tilleuls", city="Lyon"))
    # Dated well before the real clock: the edit below is stamped with the current time.
    Promise.create(
        customer=cid,
        amount_cents=30_000,
        promised_on=date(2020, 11, 30),
        created_at=datetime(2020, 11, 2, 11, 0),
    )
    Dispute.create(customer=cid, opened_on=date(2020, 10, 5), reason="Porte abîmée")
    update_customer(cf, cid, CustomerInput(name="Hôtel Les Tilleuls", city="Villeurbanne"))

    entries = timeline(cf, cid)
    assert [e.kind for e in entries] == ["audit", "promise", "dispute"]
    edit, promise, dispute = entries
    assert (edit.detail, edit.changes) == ("update", {"city": ("Lyon", "Villeurbanne")})
    assert promise.args == {"date": date(2020, 11, 30)} and promise.cents == 30_000
    assert "Porte abîmée" in dispute.detail


def test_timeline_of_a_new_customer_is_empty(cf: CompanySession) -> None:
    cid = create_customer(cf, CustomerInput(name="Nouveau"))
    assert timeline(cf, cid) == []


def test_a_contact_added_during_a_call_shows_in_the_history(cf: CompanySession) -> None:
    from relance_desktop.services.customers import ContactInput, add_contact

    cid = create_customer(cf, CustomerInput(name="Garage Mertens"))
    add_contact(cf, cid, ContactInput(name="Els Mertens", function="Comptable"))
    entries = timeline(cf, cid)
    added = [e for e in entries if e.kind == "audit" and e.args == {"entity": "contact"}]
    assert added and added[0].changes["name"] == (None, "Els Mertens")

"""GDPR tools: what the export of one debtor holds, and when and how a debtor is anonymised."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from relance_desktop.errors import UserFacingError
from relance_desktop.services import gdpr
from relance_desktop.services.customers import CustomerInput, create_customer
from relance_desktop.services.invoices import (
    InvoiceInput,
    PaymentInput,
    add_payment,
    create_invoice,
)
from relance_desktop.store.models import (
    Attachment,
    AuditEvent,
    Contact,
    Customer,
    Dispute,
    Document,
    Interaction,
    Invoice,
    Payment,
    PaymentPlan,
    Promise,
    Task,
)
from relance_desktop.store.session import CompanySession

PAID_ON = date(2020, 3, 15)  # the last settled debt
REACHED = date(2025, 3, 15)  # five years later, that day included
SHORT = date(2025, 3, 14)  # one day short


@pytest.fixture
def debtor(cf: CompanySession) -> int:
    """Garage Dupuis: one invoice of 1 200,00 € paid in full on PAID_ON, a contact, a call."""
    cid = create_customer(cf, CustomerInput(
        name="Garage Dupuis", account="411DUP", street="3 rue des Lilas", postcode="69003",
        city="Lyon", email="compta@garage-dupuis.fr", phone="+33478000001"))
    inv = create_invoice(cf, InvoiceInput(cid, "F2019-0007", date(2019, 12, 1),
                                          date(2019, 12, 31), 120_000))
    add_payment(cf, PaymentInput(inv, PAID_ON, 120_000, reference="VIR DUPUIS"), today=PAID_ON)
    Contact.create(customer=cid, name="Mme Odile Dupuis", phone="+33600000002",
                   email="odile@garage-dupuis.fr")
    Interaction.create(customer=cid, invoice=inv, kind="call", outcome="promise",
                       notes="Mme Dupuis dit attendre le paiement de son assureur.")
    blob = Attachment.create(file_name="relance-F2019-0007.pdf", size=4, data=b"%PDF",
                              sha256="0" * 64)
    Document.create(customer=cid, kind="reminder-1", file=blob, sent_via="post",
                    path="/lettres/relance-F2019-0007.pdf")
    return cid


def test_export_holds_everything_about_the_debtor(cf: CompanySession, debtor: int,
                                                  tmp_path: Path) -> None:
    Promise.create(customer=debtor, amount_cents=120_000, promised_on=date(2020, 3, 10),
                   status="kept", promised_by="Odile Dupuis")
    Interaction.create(customer=debtor, kind="email", notes="Objet : facture F2019-0007")
    Task.create(customer=debtor, kind="call_back", due_at=datetime(2020, 3, 1, 10, 0),
                note="Rappeler Mme Dupuis")
    other = create_customer(cf, CustomerInput(name="Boulangerie Martin"))
    Interaction.create(customer=other, kind="call", notes="ne doit pas apparaître")
    json_path, pdf_path = gdpr.write_export(cf, debtor, tmp_path,
                                            now=datetime(2026, 12, 6, 10, 0))
    assert json_path.name == "rgpd-411DUP-2026-12-06.json"
    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert data["customer"]["name"] == "Garage Dupuis"
    assert data["customer"]["email"] == "compta@garage-dupuis.fr"
    assert [c["name"] for c in data["contacts"]] == ["Mme Odile Dupuis"]
    assert [(i["number"], i["amount_cents"], i["due_cents"]) for i in data["invoices"]] == [
        ("F2019-0007", 120_000, 0)]
    assert [(p["paid_on"], p["amount_cents"]) for p in data["payments"]] == [
        ("2020-03-15", 120_000)]
    assert [i["notes"] for i in data["interactions"]] == [
        "Mme Dupuis dit attendre le paiement de son assureur.", "Objet : facture F2019-0007"]
    assert [d["file_name"] for d in data["documents"]] == ["relance-F2019-0007.pdf"]
    assert [i["kind"] for i in data["interactions"]] == ["call", "email"]
    assert [(p["promised_by"], p["status"]) for p in data["promises"]] == [
        ("Odile Dupuis", "kept")]
    assert [t["note"] for t in data["tasks"]] == ["Rappeler Mme Dupuis"]
    assert any(e["action"] == "create" and e["entity"] == "customer" for e in data["audit"])
    assert "ne doit pas apparaître" not in json_path.read_text(encoding="utf-8")
    pdf = pdf_path.read_bytes()
    assert pdf.startswith(b"%PDF") and len(pdf) > 2000


def test_retention_exactly_reached_allows_one_day_short_refuses(cf: CompanySession,
                                                                debtor: int) -> None:
    short = gdpr.eligibility(cf, debtor, SHORT, 5)
    assert not short.allowed
    assert "15/03/2025" in short.reason and "15/03/2020" in short.reason
    assert gdpr.eligibility(cf, debtor, REACHED, 5).allowed
    assert [e.customer_id for e in gdpr.due(cf, REACHED, 5)] == [debtor]
    assert gdpr.due(cf, SHORT, 5) == []
    with pytest.raises(UserFacingError, match="15/03/2025"):
        gdpr.anonymise(cf, debtor, SHORT, 5)
    assert Customer.get_by_id(debtor).name == "Garage Dupuis"


def test_open_credit_note_blocks(cf: CompanySession, debtor: int) -> None:
    Invoice.create(customer=debtor, number="AV2019-0001", issue_date=date(2019, 12, 20),
                   due_date=date(2019, 12, 20), amount_cents=5_000, kind="credit_note")
    result = gdpr.eligibility(cf, debtor, date(2030, 1, 1), 5)
    assert not result.allowed and "AV2019-0001" in result.reason


def test_open_promise_blocks(cf: CompanySession, debtor: int) -> None:
    Promise.create(customer=debtor, amount_cents=1_000, promised_on=date(2020, 3, 1))
    result = gdpr.eligibility(cf, debtor, date(2030, 1, 1), 5)
    assert not result.allowed and "promesse" in result.reason


def test_unpaid_invoice_blocks(cf: CompanySession, debtor: int) -> None:
    create_invoice(cf, InvoiceInput(debtor, "F2019-0009", date(2019, 12, 2), None, 3_000))
    result = gdpr.eligibility(cf, debtor, date(2040, 1, 1), 5)
    assert not result.allowed and "F2019-0009" in result.reason


def test_anonymise_keeps_the_accounts_and_removes_the_person(cf: CompanySession,
                                                             debtor: int) -> None:
    done = gdpr.anonymise(cf, debtor, REACHED, 5)
    assert (done.contacts, done.notes, done.files) == (1, 1, 1)
    customer = Customer.get_by_id(debtor)
    assert customer.name == f"Client anonymisé n° {debtor}"
    assert (customer.street, customer.city, customer.email, customer.phone) == ("", "", "", "")
    assert customer.account == "411DUP"
    assert Contact.select().where(Contact.customer == debtor).count() == 0
    assert [i.notes for i in Interaction.select().where(Interaction.customer == debtor)] == [
        gdpr.NOTE_MARKER]
    assert [(d.file_id, d.path) for d in Document.select()] == [(None, "")]
    assert Attachment.select().count() == 0
    invoice = Invoice.get(Invoice.number == "F2019-0007")
    assert (invoice.issue_date, invoice.amount_cents) == (date(2019, 12, 1), 120_000)
    assert [(p.paid_on, p.amount_cents) for p in Payment.select()] == [(PAID_ON, 120_000)]
    events = list(AuditEvent.select().where(AuditEvent.customer == debtor))
    last = events[-1]
    assert last.action == "anonymise"
    text = " ".join(e.before + e.after for e in events)
    for personal in ("Dupuis", "Lyon", "garage-dupuis", "Lilas"):
        assert personal not in text
    with pytest.raises(UserFacingError, match="déjà anonymisé"):
        gdpr.anonymise(cf, debtor, REACHED, 5)


def test_retention_setting_defaults_to_the_prescription() -> None:
    from relance_desktop.settings import setting

    assert setting("gdpr_retention_years").default == gdpr.DEFAULT_RETENTION_YEARS == 5


def test_the_due_list_follows_the_same_rules_as_one_customer(cf: CompanySession,
                                                             debtor: int) -> None:
    """Each thing that blocks, on its own customer: only the settled ones are listed."""
    def settled(name: str) -> int:
        cid = create_customer(cf, CustomerInput(name=name))
        inv = create_invoice(cf, InvoiceInput(cid, f"F-{name}", date(2019, 1, 1), None, 1_000))
        add_payment(cf, PaymentInput(inv, date(2019, 2, 1), 1_000), today=date(2019, 2, 1))
        return cid

    promise, plan, dispute, credit = (settled(n) for n in ("Promesse", "Plan", "Litige", "Avoir"))
    Promise.create(customer=promise, amount_cents=500, promised_on=date(2019, 3, 1))
    PaymentPlan.create(customer=plan, total_cents=500)
    Dispute.create(customer=dispute, opened_on=date(2019, 3, 1))
    Invoice.create(customer=credit, number="AV-1", issue_date=date(2019, 3, 1),
                   due_date=date(2019, 3, 1), amount_cents=200, kind="credit_note")
    later = settled("Payé en 2024")
    create_invoice(cf, InvoiceInput(later, "F-2024", date(2024, 6, 1), None, 1_000))
    Payment.create(invoice=Invoice.get(Invoice.number == "F-2024"), paid_on=date(2024, 6, 30),
                   amount_cents=1_000)
    gone = settled("Déjà anonymisé")
    gdpr.anonymise(cf, gone, date(2025, 1, 1), 5)
    today = date(2026, 12, 6)
    listed = [e.customer_id for e in gdpr.due(cf, today, 5)]
    one_by_one = [c.id for c in Customer.select().order_by(Customer.name, Customer.id)
                  if gdpr.eligibility(cf, c.id, today, 5).allowed]
    assert listed == one_by_one == [debtor]

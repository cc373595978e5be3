"""A form loaded before another window, instance or computer saved the same customer, contact or
invoice does not write its old values back: the save is refused with a clear message and
nothing changes (both engines)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from relance_desktop.services import company as company_service
from relance_desktop.services import customers as customer_service
from relance_desktop.services import invoices as invoice_service
from relance_desktop.services.concurrency import EditConflictError, differences, merged
from relance_desktop.store.database import open_company_file
from relance_desktop.store.models import AuditEvent
from relance_desktop.store.session import CompanySession


def _customer(cf: CompanySession) -> int:
    return customer_service.create_customer(cf, customer_service.CustomerInput(
        name="Garage Lemoine", phone="+33 4 78 00 00 00", city="Lyon"))


def test_a_stale_customer_form_is_refused_and_the_other_change_kept(cf: CompanySession) -> None:
    customer_id = _customer(cf)
    form = customer_service.customer_input(cf, customer_id)  # window A opens the card
    other = customer_service.customer_input(cf, customer_id)  # window B opens it too
    customer_service.update_customer(cf, customer_id, replace(other, city="Villeurbanne"),
                                     loaded=other)
    events = AuditEvent.select().count()
    with pytest.raises(EditConflictError) as refused:
        customer_service.update_customer(cf, customer_id, replace(form, approver="M. Roux"),
                                         loaded=form)
    assert "Garage Lemoine" in str(refused.value) and "modifié ailleurs" in str(refused.value)
    now = customer_service.customer_input(cf, customer_id)
    assert now.city == "Villeurbanne" and now.approver == ""
    assert AuditEvent.select().count() == events  # nothing recorded either
    # reloaded, the same edit goes through
    customer_service.update_customer(cf, customer_id, replace(now, approver="M. Roux"),
                                     loaded=now)
    assert customer_service.customer_input(cf, customer_id).city == "Villeurbanne"


def test_a_stale_contact_form_is_refused(cf: CompanySession) -> None:
    customer_id = _customer(cf)
    contact_id = customer_service.add_contact(cf, customer_id, customer_service.ContactInput(
        name="Claire Petit", function="Comptable"))
    form = customer_service.contact_input(cf, contact_id)
    customer_service.update_contact(cf, contact_id, replace(form, phone="04 78 11 22 33"),
                                    loaded=form)
    with pytest.raises(EditConflictError):
        customer_service.update_contact(cf, contact_id, replace(form, function="DAF"),
                                        loaded=form)
    assert customer_service.contact_input(cf, contact_id).function == "Comptable"


def test_a_stale_invoice_form_is_refused(cf: CompanySession) -> None:
    customer_id = _customer(cf)
    invoice_id = invoice_service.create_invoice(cf, invoice_service.InvoiceInput(
        customer_id, "F-2026-040", date(2026, 10, 1), date(2026, 10, 31), 250_000))
    form = invoice_service.invoice_input(cf, invoice_id)
    invoice_service.update_invoice(cf, invoice_id, replace(form, amount_cents=240_000),
                                   loaded=form)
    with pytest.raises(EditConflictError) as refused:
        invoice_service.update_invoice(cf, invoice_id, replace(form, description="Révision"),
                                       loaded=form)
    assert "F-2026-040" in str(refused.value)
    now = invoice_service.invoice_input(cf, invoice_id)
    assert now.amount_cents == 240_000 and now.description == ""


@pytest.mark.sqlite_only
def test_two_instances_on_one_file(company_path: Path) -> None:
    """Two sessions on one file (two running instances of Relance)."""
    with open_company_file(company_path) as first:
        customer_id = _customer(first)
        form = customer_service.customer_input(first, customer_id)
        with open_company_file(company_path) as second:
            theirs = customer_service.customer_input(second, customer_id)
            customer_service.update_customer(second, customer_id,
                                             replace(theirs, email="compta@lemoine.fr"),
                                             loaded=theirs)
        with pytest.raises(EditConflictError):
            customer_service.update_customer(first, customer_id,
                                             replace(form, notes="Payer par virement"),
                                             loaded=form)
        assert customer_service.customer_input(first, customer_id).email == "compta@lemoine.fr"


def test_the_refusal_carries_the_saved_version_to_merge_with(cf: CompanySession) -> None:
    customer_id = _customer(cf)
    form = customer_service.customer_input(cf, customer_id)
    other = customer_service.customer_input(cf, customer_id)
    customer_service.update_customer(cf, customer_id, replace(other, city="Bron", email="a@b.fr"),
                                     loaded=other)
    mine = replace(form, city="Vénissieux", approver="M. Roux")
    with pytest.raises(EditConflictError) as refused:
        customer_service.update_customer(cf, customer_id, mine, loaded=form)
    theirs = refused.value.theirs
    found = {d.field: (d.theirs, d.mine, d.keep_mine)
             for d in differences(form, theirs, mine)}
    # only what changed elsewhere is shown; my approver is no disagreement
    assert found == {"city": ("Bron", "Vénissieux", True), "email": ("a@b.fr", "", False)}
    result = merged(theirs, mine, {"email"})
    customer_service.update_customer(cf, customer_id, result, loaded=theirs)
    now = customer_service.customer_input(cf, customer_id)
    assert (now.city, now.email, now.approver) == ("Vénissieux", "a@b.fr", "M. Roux")


def test_a_stale_company_card_is_refused(cf: CompanySession) -> None:
    form = company_service.company_input(cf)
    company_service.update_company(cf, replace(form, city="Lille"), loaded=form)
    with pytest.raises(EditConflictError):
        company_service.update_company(cf, replace(form, iban=""), loaded=form)
    assert company_service.company_input(cf).city == "Lille"

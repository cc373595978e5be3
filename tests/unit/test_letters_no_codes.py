"""No internal code reaches a document: every kind of document and every e-mail, in French,
Dutch and English, is read back and searched for the codes stored in the company file (payment
means, call outcomes, statuses, document kinds, legal rule and notice codes…) in place of their
words (issue 12, defect 5: « Moyen de paiement convenu : transfer »)."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date, datetime
from enum import StrEnum

import pytest

from relance_desktop.domain import vocabulary
from relance_desktop.domain.calls import codes
from relance_desktop.domain.legal import engine
from relance_desktop.domain.legal import regime as regime_module
from relance_desktop.services import calls, letters, mailer
from relance_desktop.services import legal as legal_service
from relance_desktop.services.customers import (
    ContactInput,
    CustomerInput,
    add_contact,
    create_customer,
)
from relance_desktop.services.invoices import (
    InvoiceInput,
    PaymentInput,
    add_payment,
    create_invoice,
)
from relance_desktop.store.models import Company, Document, DocumentInvoice, Interaction
from relance_desktop.store.session import CompanySession
from relance_desktop.translators import translate_for

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")

ON = date(2026, 12, 6)


def _codes() -> set[str]:
    """Every code the app stores or computes with, listed from where they are defined."""
    found: set[str] = set()
    for table in vocabulary.TABLES.values():
        found.update(table)
    for value in vars(codes).values():
        if isinstance(value, type) and issubclass(value, StrEnum) and value is not StrEnum:
            found.update(member.value for member in value)
    for mapping in (legal_service.RULE_TEXTS, legal_service.NOTICE_TEXTS,
                    legal_service.LINE_TEXTS, legal_service.VALUE_TEXTS):
        found.update(mapping)
    found.update(value for name, value in vars(engine).items() if name.startswith("RULE_"))
    found.update(regime_module.REASONS)
    return found


# Codes that are also ordinary words of a language: searched only in the others.
WORDS = {"fr": {"active", "total", "principal", "interest", "email"},
         "nl": {"open", "post", "principal", "total", "email"},
         "en": set()}
# In English, a simple code (« transfer », « open ») is an English word: only the compound
# codes (« direct_debit », « reminder-1 », « FR_L441_10 ») are searched.


def _searched(language: str) -> list[str]:
    every = _codes()
    if language == "en":
        return sorted(c for c in every if re.search(r"[_-]", c) or c.isupper())
    return sorted(c for c in every if c not in WORDS[language] and len(c) > 2)


def _leaks(text: str, language: str) -> list[str]:
    return [c for c in _searched(language)
            if re.search(rf"(?<![\w@.-]){re.escape(c)}(?![\w@-])", text)]


def pdf_text(pdf: bytes) -> str:
    done = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True,
                          check=True)
    return done.stdout.decode("utf-8")


def _company_with_history(cf: CompanySession, language: str) -> int:
    Company.update(country="FR", name="Menuiserie Lambert", city="Lyon",
                   iban="FR7630006000011234567890189", bic="AGRIFRPP",
                   email="compta@menuiserie-lambert.example").execute()
    cid = create_customer(cf, CustomerInput(name="Atelier Garnier", language=language,
                                            street="3 rue Neuve", postcode="69002",
                                            city="Lyon"))
    add_contact(cf, cid, ContactInput(name="Sophie Garnier", civility="mrs", is_primary=True))
    late = create_invoice(cf, InvoiceInput(cid, "F-101", date(2026, 8, 3), date(2026, 9, 2),
                                           240_000))
    create_invoice(cf, InvoiceInput(cid, "F-102", date(2026, 11, 10), date(2026, 12, 10),
                                    60_000))
    paid = create_invoice(cf, InvoiceInput(cid, "F-100", date(2026, 9, 1), date(2026, 10, 1),
                                           30_000))
    add_payment(cf, PaymentInput(paid, date(2026, 11, 20), 30_000, method="direct_debit"),
                today=ON)
    add_payment(cf, PaymentInput(late, date(2026, 10, 2), 40_000, method="cheque"), today=ON)
    Interaction.create(customer=cid, kind="call", outcome="no_answer", notes="",
                       occurred_at=datetime(2026, 11, 2, 10, 0))
    calls.record_promise(cf, cid, amount_cents=100_000, currency="EUR",
                         promised_on=date(2026, 12, 15), today=ON, due_cents=200_000,
                         means="transfer")
    calls.record_plan(cf, cid, instalments=[(date(2026, 11, 30), 100_000),
                                            (date(2026, 12, 30), 100_000)],
                      currency="EUR", period="month", today=date(2026, 11, 20),
                      due_cents=200_000)
    for kind, via in (("reminder-1", "print"), ("reminder-2", "email"), ("statement", "post")):
        sent = datetime(2026, 10, 1, 9, 0)
        document = Document.create(customer=cid, kind=kind, created_at=sent, sent_via=via,
                                   sent_at=sent)
        DocumentInvoice.create(document=document.id, invoice=late)
    return cid


@pytest.mark.parametrize("language", ["fr", "nl", "en"])
def test_no_code_in_any_document_or_e_mail(cf: CompanySession, language: str) -> None:
    cid = _company_with_history(cf, language)
    for kind in letters.KINDS:
        produced = letters.prepare_document(cf, cid, kind, today=ON, settings=None,
                                            user_name="Claire Martin", language=language,
                                            translate_for=translate_for)
        text = pdf_text(letters.draw(produced))
        for what, said in (("pdf", text), ("subject", produced.email_subject),
                           ("body", produced.email_body)):
            assert not _leaks(said, language), (kind, what, _leaks(said, language))
    invoices = [i.id for i in letters.invoices_for(cf, cid, "statement", ON)]
    for outgoing in (mailer.call_recap_email(cf, cid, "—", invoices, user_name="Claire Martin",
                                             today=ON),
                     mailer.invoice_copy_email(cf, cid, invoices, user_name="Claire Martin",
                                               today=ON)):
        for said in (outgoing.subject, outgoing.body):
            assert not _leaks(said, language), _leaks(said, language)


def test_the_agreed_means_is_said_in_words() -> None:
    """The defect as the user saw it, on the confirmation letter and its e-mail."""
    from relance_desktop.services.letter_parts import means_text

    assert means_text(translate_for("fr"), "transfer") == "virement"
    assert means_text(translate_for("nl"), "transfer") != "transfer"
    assert means_text(translate_for("en"), "direct_debit") != "direct_debit"


def test_the_search_finds_a_code_left_in_a_text() -> None:
    assert _leaks("Moyen de paiement convenu : transfer.", "fr") == ["transfer"]
    assert _leaks("Betaalwijze: direct_debit", "nl") == ["direct_debit"]
    assert _leaks("Rule FR_L441_10 applies", "en") == ["FR_L441_10"]
    assert not _leaks("Moyen de paiement convenu : virement.", "fr")

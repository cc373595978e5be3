"""A whole letter or e-mail with sample data, for the template editor's preview.

The letterhead is the company's own (name, address, logo, IBAN); the customer, its invoices, a
promise and a payment plan are made up, in the language of the texts. Everything else goes
through the same code as a real document (:mod:`relance_desktop.services.letters`: the texts
filled, the legal charges assessed, the blocks laid out, ReportLab drawing the pages), so the
preview shows the letter as it will print, with the texts being edited.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from relance_desktop.i18n import Translate, identity_translate
from relance_desktop.reports import model as m
from relance_desktop.services import regime as regime_service
from relance_desktop.services.calls import InstalmentLine, PlanLine, PromiseLine
from relance_desktop.services.callsheet import language_locale
from relance_desktop.services.invoices import InvoiceLine
from relance_desktop.services.letters import LANGUAGES, _claimed_from, _compose, _Letter
from relance_desktop.store.models import Company, Contact, Customer
from relance_desktop.store.session import CompanySession, in_session

CUSTOMER_KINDS = ("business", "consumer")
SAMPLE_ID = 0  # no customer of a company file has it: its history (collection file) is empty

# Who the sample letter is written to: the business's name per language, the person...
_BUSINESSES: dict[str, str] = {
    "fr": "Durand Rénovation", "en": "Durand Renovation", "nl": "Durand Renovatie"}
_PERSON = "Jules Durand"
# ...and where, per country (then language): street, postcode, city.
_ADDRESSES: dict[tuple[str, str], tuple[str, str, str]] = {
    ("FR", ""): ("12 rue des Lilas", "69003", "Lyon"),
    ("BE", ""): ("Rue Haute 12", "1000", "Bruxelles"),
    ("BE", "nl"): ("Kerkstraat 12", "9000", "Gent"),
}
# (number, amount in cents, days from today to the due date), the first the oldest.
_OVERDUE = (("F-101", 120000, -40), ("F-102", 80000, -25), ("F-103", 45000, -12))
_UPCOMING = (("F-104", 64000, 7),)


@dataclass(frozen=True)
class Sample:
    """A sample document: its drawing spec and the e-mail sent with it."""

    spec: m.DocumentSpec
    email_subject: str
    email_body: str


def _line(number: str, cents: int, due_in: int, today: date, currency: str,
          paid: bool = False) -> InvoiceLine:
    due = today + timedelta(days=due_in)
    return InvoiceLine(
        SAMPLE_ID, SAMPLE_ID, "", "invoice", number, due - timedelta(days=30), due, cents,
        cents if paid else 0, 0, 0 if paid else cents, 0 if paid else cents, currency, "open",
        "", "", 0, today - timedelta(days=3) if paid else None)


def _lines(kind: str, today: date, currency: str) -> list[InvoiceLine]:
    if kind == "pre-due":
        return [_line(n, c, d, today, currency) for n, c, d in _UPCOMING]
    if kind == "thanks":
        return [_line(n, c, d, today, currency, paid=True) for n, c, d in _OVERDUE]
    rows = _OVERDUE + _UPCOMING if kind == "statement" else _OVERDUE
    return [_line(n, c, d, today, currency) for n, c, d in rows]


def _agreement(kind: str, today: date, currency: str, total: int
               ) -> tuple[PromiseLine | None, PlanLine | None]:
    if kind == "confirmation":
        return PromiseLine(SAMPLE_ID, today, today + timedelta(days=2), total, currency,
                           "transfer", "open", 0, "", "", None, ""), None
    if kind == "payment-plan":
        share = total // 3
        amounts = (share, share, total - 2 * share)
        instalments = tuple(InstalmentLine(today + timedelta(days=3 + 30 * n), cents, 0, "due")
                            for n, cents in enumerate(amounts))
        return None, PlanLine(SAMPLE_ID, today, currency, "month", "active", total,
                              instalments, None)
    return None, None


def _recipient(language: str, customer_kind: str,
               country: str) -> tuple[Customer, Contact]:
    name = _PERSON if customer_kind == "consumer" else _BUSINESSES[language]
    street, postcode, city = _ADDRESSES.get(
        (country, language), _ADDRESSES.get((country, ""), _ADDRESSES[("FR", "")]))
    customer = Customer(id=SAMPLE_ID, name=name, kind=customer_kind, country=country,
                        language=language, street=street, postcode=postcode, city=city,
                        email="", phone="", account="", company_number="", vat_number="")
    contact = Contact(id=SAMPLE_ID, customer=None, name=_PERSON, civility="mr",
                      email="compta@example.com", phone="")
    return customer, contact


@in_session
def sample(cf: CompanySession, kind: str, language: str, texts: Mapping[str, str], *,
           today: date, customer_kind: str = "business", country: str = "",
           translate: Translate = identity_translate, user_name: str = "") -> Sample:
    """The document of ``kind`` written with ``texts`` (every ``letter.``/``email.``/``label.``
    text of ``language``) for a sample customer (a business or a consumer) living in
    ``country`` (default: the company's), dated ``today``; the law that applies follows, as for
    a real customer. A text that cannot be filled raises TemplateError, as it would for a real
    letter."""
    lang = language if language in LANGUAGES else "fr"
    company = Company.select().order_by(Company.id).first()
    customer, contact = _recipient(lang, customer_kind, country or company.country)
    locale = language_locale(lang, customer.country)
    regime = regime_service.regime_for(company, customer)
    from relance_desktop.formatting import Formatter

    ctx = _Letter(cf, kind, today, customer, company, contact, lang, locale, Formatter(locale),
                  dict(texts), regime.variants, translate, user_name or company.name, regime)
    currency = company.currency or "EUR"
    lines = _lines(kind, today, currency)
    total = sum(line.due_cents for line in _lines("reminder-1", today, currency))
    claimed = _claimed_from(ctx, lines, None, *_agreement(kind, today, currency, total))
    values, spec, _epc = _compose(ctx, claimed)
    return Sample(spec, ctx.say(f"email.{kind}.subject", values),
                  ctx.say(f"email.{kind}.body", values))


def draw(document: Sample) -> bytes:
    """The sample's PDF, drawn by the same code as every document."""
    from relance_desktop.reports.render import render

    return render(document.spec)

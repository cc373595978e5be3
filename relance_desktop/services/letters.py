"""Letters and documents: gather the facts, fill the texts, draw the PDF, keep a record.

Every amount printed comes from the company file (invoices, payments) or from the legal engine
(late interest, fixed indemnity, Belgian consumer damages) for the same invoices and date; every
sentence comes from the letter templates in the customer's language (``resources/templates`` plus
the user's edits). A template with a field that does not exist stops before anything is drawn.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from pathvalidate import sanitize_filename

from relance_desktop.domain.epc import EpcError, epc_payload
from relance_desktop.domain.legal import Assessment, Claim, assess
from relance_desktop.domain.legal.rates import RateUnknown
from relance_desktop.domain.references import format_iban, reference_for
from relance_desktop.errors import UserFacingError, ValidationError
from relance_desktop.formatting import Formatter
from relance_desktop.i18n import QT_TRANSLATE_NOOP, Translate, identity_translate
from relance_desktop.reports import model as m
from relance_desktop.services import audit, templates
from relance_desktop.services import invoices as invoice_service
from relance_desktop.services import legal as legal_service
from relance_desktop.services.calls import PlanLine, PromiseLine
from relance_desktop.services.callsheet import language_locale, long_date
from relance_desktop.services.invoices import InvoiceLine
from relance_desktop.settings import Settings
from relance_desktop.store.balance import OPEN_INVOICE
from relance_desktop.store.models import (
    Attachment,
    Company,
    Contact,
    Customer,
    Document,
    DocumentInvoice,
    Invoice,
    now,
)
from relance_desktop.store.session import Change, CompanySession, Topic, in_session

KINDS: tuple[str, ...] = ("pre-due", "reminder-1", "reminder-2", "formal-notice", "confirmation",
                          "payment-plan", "thanks", "statement", "collection-file")
LEVEL_OF_KIND = {"reminder-1": 1, "reminder-2": 2, "formal-notice": 3}
# Amounts with late interest and indemnity where the law allows them (the collection file
# states the whole claim; nothing is asked on it).
WITH_CHARGES = {"reminder-2", "formal-notice", "collection-file"}
ASKS_PAYMENT = {"pre-due", "reminder-1", "reminder-2", "formal-notice", "confirmation",
                "payment-plan", "statement"}
DEADLINE_DAYS = {"reminder-1": 8, "reminder-2": 8, "formal-notice": 8}
PRE_DUE_DAYS = 10  # a courtesy reminder covers invoices falling due within this many days
THANKS_DAYS = 30  # « thanks » covers invoices settled within this many days
LANGUAGES = ("fr", "nl", "en")
CTX = "letters"

TranslateFor = Callable[[str], Translate]  # language → Qt translation into that language


@dataclass(frozen=True)
class Produced:
    """A document ready to save, print or send: its drawing spec and what goes with it."""

    kind: str
    customer_id: int
    language: str
    spec: m.DocumentSpec
    invoice_ids: tuple[int, ...]
    file_name: str
    email_to: str
    email_subject: str
    email_body: str
    pay_cents: int  # what the payment block and the QR code ask for (0: nothing)
    currency: str
    reference: str
    epc: str | None
    assessments: tuple[Assessment, ...] = ()
    notices: tuple[str, ...] = field(default_factory=tuple)


class NothingToWrite(UserFacingError):
    """The document has no invoice to be about for this customer today (skipped in a batch)."""


def _disputed(cf: CompanySession) -> dict[int, set[int | None]]:
    """Open disputes: customer → disputed invoice ids (None: the whole account)."""
    out: dict[int, set[int | None]] = {}
    for r in cf.rows("SELECT customer_id, invoice_id FROM dispute WHERE status = 'open'"):
        out.setdefault(r.customer_id, set()).add(r.invoice_id)
    return out


def _concerned(lines: Sequence[InvoiceLine], disputed: set[int | None], kind: str,
               today: date) -> list[InvoiceLine]:
    """Of a customer's open invoices (by due date), those a document of ``kind`` is about."""
    if None in disputed and kind in LEVEL_OF_KIND:
        return []
    unpaid = [i for i in lines if i.due_cents > 0]
    if kind == "pre-due":
        return [i for i in unpaid if today <= i.due_date <= today + timedelta(PRE_DUE_DAYS)]
    if kind in LEVEL_OF_KIND or kind == "confirmation" or kind == "payment-plan":
        return [i for i in unpaid if i.due_date < today and i.id not in disputed]
    if kind == "thanks":
        return [i for i in lines if i.due_cents <= 0 and i.last_paid is not None
                and i.last_paid >= today - timedelta(THANKS_DAYS)]
    return unpaid  # statement, collection file


@in_session
def invoices_for(cf: CompanySession, customer_id: int, kind: str, today: date) -> list[InvoiceLine]:
    """The invoices a document of ``kind`` is about (never credit notes: what they give back is
    already off the invoices' balances)."""
    lines = sorted((i for i in invoice_service.invoices_of(cf, customer_id)
                    if i.state == "open" and i.kind == "invoice"),
                   key=lambda i: (i.due_date, i.number))
    return _concerned(lines, _disputed(cf).get(customer_id, set()), kind, today)


@in_session
def customers_for(cf: CompanySession, kind: str, today: date) -> list[int]:
    """Customers a document of ``kind`` applies to today (confirmation: an open promise;
    payment plan: a running plan; collection file: any open invoice), in a few queries."""
    active = {r.id for r in cf.rows("SELECT id FROM customer WHERE archived = 0")}
    if kind in ("confirmation", "payment-plan"):
        table, status = (("promise", "open") if kind == "confirmation"
                         else ("payment_plan", "active"))
        found = cf.rows(f"SELECT DISTINCT customer_id FROM {table} WHERE status = ?", (status,))
        return sorted(r.customer_id for r in found if r.customer_id in active)
    by_customer = invoice_service.open_invoices_by_customer(cf)
    disputed = _disputed(cf)
    return [cid for cid, lines in sorted(by_customer.items()) if cid in active and (
        kind == "collection-file" or _concerned(lines, disputed.get(cid, set()), kind, today))]


def _claim(company_country: str, customer: Customer, line: InvoiceLine, today: date,
           reminder_on: date | None) -> Claim:
    return Claim(country=company_country, debtor=legal_service.debtor_for(customer.kind),
                 principal_cents=line.due_cents, due_date=line.due_date, assessed_on=today,
                 currency=line.currency, issued_on=line.issue_date,
                 reminder_sent_on=reminder_on, notice_received_on=None)


def _first_reminder(cf: CompanySession, invoice_id: int) -> date | None:
    first = cf.scalar(
        "SELECT MIN(d.created_at) FROM document d JOIN document_invoice di ON di.document_id = d.id"
        " WHERE di.invoice_id = ? AND d.kind = 'reminder-1'", (invoice_id,))
    return date.fromisoformat(first[:10]) if first else None


def _address(customer: Customer, contact: Contact | None, country_names: Mapping[str, str],
             company_country: str) -> tuple[str, ...]:
    lines = [customer.name]
    if contact is not None and contact.name and contact.name != customer.name:
        lines.append(contact.name)
    if customer.street:
        lines.extend(part.strip() for part in customer.street.splitlines() if part.strip())
    city = f"{customer.postcode} {customer.city}".strip()
    if city:
        lines.append(city)
    if customer.country != company_country:
        lines.append(country_names.get(customer.country, customer.country).upper())
    return tuple(lines)


def _legal_line(company: Company, language: str) -> str:
    vat = {"fr": "TVA", "nl": "BTW", "en": "VAT"}[language]
    if company.country == "BE":
        number_label = {"fr": "BCE", "nl": "KBO", "en": "CBE"}[language]
    else:
        number_label = "SIRET" if len(company.company_number) == 14 else "SIREN"
    parts = []
    if company.company_number:
        parts.append(f"{number_label} {company.company_number}")
    if company.vat_number:
        parts.append(f"{vat} {company.vat_number}")
    if company.iban:
        parts.append(f"IBAN {format_iban(company.iban)}")
    return " · ".join(parts)


def file_name_for(today: date, kind: str, customer: Customer) -> str:
    """« 2026-11-23-reminder-1-41100012-Boulangerie-Martin-SARL.pdf »: the day, the kind, the
    customer's account (else its number in Relance: two customers of the same name get two
    names) and its name, made safe for every file system (pathvalidate), without spaces (the
    command line prints one file name per line, for scripts)."""
    who = customer.account.strip() or str(customer.id)
    safe = sanitize_filename(f"{today.isoformat()}-{kind}-{who}-{customer.name}",
                             replacement_text=" ", platform="universal", max_len=120)
    return "-".join(safe.split()) + ".pdf"


def _country_names(locale: str) -> dict[str, str]:
    from babel import Locale

    names = Locale.parse(locale).territories
    return {code: str(names.get(code, code)) for code in ("FR", "BE", "NL", "LU", "DE", "GB")}


# -- preparing a document, step by step ---------------------------------------------------------
@dataclass(frozen=True)
class _Letter:
    """Who a document is for, and in which words: read once, used by every step."""

    cf: CompanySession
    kind: str
    today: date
    customer: Customer
    company: Company
    contact: Contact | None
    lang: str
    locale: str
    fmt: Formatter
    texts: dict[str, str]
    variants: tuple[str, ...]  # the texts' variants for this customer, most specific first
    translate: Translate
    user_name: str

    def say(self, key: str, values: Mapping[str, str]) -> str:
        return templates.render_letter(self.texts, key, values, *self.variants)


@dataclass
class _Claimed:
    """What the document is about and asks for."""

    lines: list[InvoiceLine]
    currency: str
    total_due: int
    assessments: list[Assessment]
    interest: int
    indemnity: int
    claimed: int  # total due with the charges
    pay_cents: int  # what the payment block and the QR code ask for (0: nothing)
    reference: str
    deadline: date
    promise: PromiseLine | None = None
    plan: PlanLine | None = None


def _letter(cf: CompanySession, customer_id: int, kind: str, today: date, user_name: str,
            language: str | None, translate_for: TranslateFor | None) -> _Letter:
    if kind not in KINDS:
        raise ValidationError("kind", QT_TRANSLATE_NOOP(
            "letters", "« {kind} » n'est pas un type de document connu."), kind=kind)
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise ValidationError("customer", QT_TRANSLATE_NOOP(
            "letters", "Aucun client n'a le numéro {id} dans ce fichier."), id=customer_id)
    lang = language or customer.language
    lang = lang if lang in LANGUAGES else "fr"
    locale = language_locale(lang, customer.country)
    audience = "consumer" if customer.kind == "consumer" else "business"
    contact = (Contact.select().where(Contact.customer == customer_id)
               .order_by(Contact.is_primary.desc(), Contact.id).first())
    return _Letter(
        cf, kind, today, customer, Company.select().order_by(Company.id).first(), contact, lang,
        locale, Formatter(locale), templates.letter_templates_for(cf, lang),
        (f"{audience}_{customer.country.lower()}", audience),
        translate_for(lang) if translate_for is not None else identity_translate, user_name)


def _assessments(ctx: _Letter, lines: Sequence[InvoiceLine],
                 settings: Settings | None) -> list[Assessment]:
    """Late interest and indemnity of each invoice, for the same date as the letter."""
    if ctx.kind not in WITH_CHARGES:
        return []
    rates = legal_service.load_rates(settings)
    options = legal_service.options_from(settings)
    out = []
    for line in lines:
        reminder_on = (_first_reminder(ctx.cf, line.id) if ctx.customer.kind == "consumer"
                       else None)
        try:
            out.append(assess(_claim(ctx.company.country, ctx.customer, line, ctx.today,
                                     reminder_on), rates, options))
        except RateUnknown as exc:
            raise legal_service.rate_unknown_error(exc) from None
    return out


def _be_consumer_reminder(ctx: _Letter) -> bool:
    """Book XIX: a Belgian consumer's first reminder is free and announces what may follow."""
    return (ctx.kind == "reminder-1" and ctx.customer.kind == "consumer"
            and ctx.company.country == "BE")


def _agreement(ctx: _Letter, claimed: _Claimed, promise_id: int | None,
               plan_id: int | None) -> None:
    """A confirmation asks for the promised amount, a payment plan for its next instalment."""
    from relance_desktop.services import calls

    name = ctx.customer.name
    if ctx.kind == "confirmation":
        promises = [p for p in calls.promises_of(ctx.cf, ctx.customer.id)
                    if (promise_id is None and p.status == "open") or p.id == promise_id]
        if not promises:
            raise UserFacingError(QT_TRANSLATE_NOOP(
                "letters", "Aucune promesse de paiement à confirmer pour « {customer} »."),
                context="letters", customer=name)
        claimed.promise = promises[0]
        claimed.pay_cents, claimed.currency = promises[0].amount_cents, promises[0].currency
    elif ctx.kind == "payment-plan":
        plans = [p for p in calls.plans_of(ctx.cf, ctx.customer.id)
                 if (plan_id is None and p.status == "active") or p.id == plan_id]
        if not plans:
            raise UserFacingError(QT_TRANSLATE_NOOP(
                "letters", "Aucun échéancier en cours pour « {customer} »."),
                context="letters", customer=name)
        claimed.plan = plans[0]
        upcoming = [i for i in plans[0].instalments if i.paid_cents < i.amount_cents]
        claimed.pay_cents = (upcoming[0].amount_cents - upcoming[0].paid_cents) if upcoming else 0
        claimed.currency = plans[0].currency


def _claimed(ctx: _Letter, settings: Settings | None, promise_id: int | None,
             plan_id: int | None) -> _Claimed:
    """The invoices, the amounts (with the legal charges), what is asked and by when."""
    from relance_desktop.domain.legal import be_waiting_period
    from relance_desktop.domain.legal.belgium import be_consumer_damages_cap
    from relance_desktop.domain.legal.model import Channel

    kind, today = ctx.kind, ctx.today
    lines = invoices_for(ctx.cf, ctx.customer.id, kind, today)
    if not lines and kind not in ("collection-file", "confirmation", "payment-plan"):
        raise NothingToWrite(QT_TRANSLATE_NOOP(
            "letters", "Rien à écrire à « {customer} » pour ce document : aucune facture "
            "concernée aujourd'hui."), context="letters", customer=ctx.customer.name)
    currency = lines[0].currency if lines else ctx.company.currency
    total_due = sum(i.due_cents for i in lines if i.currency == currency)
    assessments = _assessments(ctx, lines, settings)
    interest = sum(a.interest_cents for a in assessments)
    indemnity = sum(a.indemnity_cents for a in assessments)
    claimed = total_due + interest + indemnity
    deadline = today + timedelta(days=DEADLINE_DAYS.get(kind, 8))
    if kind == "pre-due" and lines:  # the courtesy reminder names the first due date to come
        deadline = lines[0].due_date
    if kind in WITH_CHARGES and assessments and assessments[0].waiting_period_end:
        deadline = max(deadline, assessments[0].waiting_period_end)
    if _be_consumer_reminder(ctx):
        # The most that may be added after the 14-day wait (the damages scale on the balance),
        # and the wait's last day.
        indemnity = be_consumer_damages_cap(total_due)
        deadline = max(deadline, be_waiting_period(today, Channel.POST)[1])
    main_number = lines[0].number if lines else str(ctx.customer.id)
    result = _Claimed(lines, currency, total_due, assessments, interest, indemnity, claimed,
                      claimed if kind in WITH_CHARGES else total_due,
                      reference_for(ctx.company.country, main_number)[1], deadline)
    _agreement(ctx, result, promise_id, plan_id)
    if kind not in ASKS_PAYMENT:
        result.pay_cents = 0
    return result


def _agreement_values(ctx: _Letter, c: _Claimed) -> dict[str, str]:
    fmt, promise, plan = ctx.fmt, c.promise, c.plan
    first = plan.instalments[0] if plan and plan.instalments else None
    return {
        "promise_amount": fmt.money(promise.amount_cents, promise.currency) if promise else "—",
        "promise_date": fmt.date(promise.promised_on) if promise else "—",
        "promise_means": ctx.texts.get(f"means.{promise.means}", promise.means)
        if promise else "—",
        "plan_count": str(len(plan.instalments)) if plan else "—",
        "plan_amount": fmt.money(first.amount_cents, plan.currency) if plan and first else "—",
        "plan_first": fmt.date(first.due_on) if plan and first else "—",
        "plan_last": fmt.date(plan.instalments[-1].due_on) if plan and first else "—",
        "plan_total": fmt.money(plan.total_cents, plan.currency) if plan else "—",
    }


def _values(ctx: _Letter, c: _Claimed) -> dict[str, str]:
    """Every field the letter's texts may use."""
    fmt, company, today, currency = ctx.fmt, ctx.company, ctx.today, c.currency
    return {
        "customer": ctx.customer.name,
        "contact": ctx.contact.name if ctx.contact is not None else ctx.customer.name,
        "company": company.name,
        "user": ctx.user_name or company.name,
        "city": company.city or "",
        "date": long_date(today, ctx.locale) + f" {today.year}",
        "invoice_numbers": ", ".join(i.number for i in c.lines) or "—",
        "invoice_count": str(len(c.lines)),
        "total_due": fmt.money(c.total_due, currency),
        "total_claimed": fmt.money(c.claimed, currency),
        "interest": fmt.money(c.interest, currency),
        "indemnity": fmt.money(c.indemnity, currency),
        "deadline": fmt.date(c.deadline),
        "deadline_days": str((c.deadline - today).days),
        "reference": c.reference,
        "iban": format_iban(company.iban) if company.iban else "—",
        "bic": company.bic or "—",
        "email": company.email or "—",
        "phone": fmt.phone(company.phone, company.country) if company.phone else "—",
        **_agreement_values(ctx, c),
        "paid_amount": fmt.money(sum(i.paid_cents for i in c.lines), currency),
        "paid_date": fmt.date(max((i.last_paid for i in c.lines if i.last_paid), default=today)),
    }


LABELS = ("invoice", "issue_date", "due_date", "amount", "paid", "still_due", "total",
          "principal", "interest", "indemnity", "total_claimed", "how_to_pay", "iban", "bic",
          "reference", "amount_to_pay", "scan_to_pay", "days_late", "instalment", "instalments")


def _invoices_table(ctx: _Letter, c: _Claimed, label: Mapping[str, str]) -> m.Table:
    """The invoices: amount, settled (paid, or given back by a credit note), still due."""
    fmt = ctx.fmt
    rows = tuple((i.number, fmt.date(i.issue_date), fmt.date(i.due_date),
                  fmt.money(i.amount_cents, i.currency),
                  fmt.money(i.paid_cents + i.credited_cents, i.currency),
                  fmt.money(i.due_cents, i.currency)) for i in c.lines)
    return m.Table(
        (label["invoice"], label["issue_date"], label["due_date"], label["amount"],
         label["paid"], label["still_due"]), rows, frozenset({3, 4, 5}),
        ("", "", "", "", label["total"], fmt.money(c.total_due, c.currency)))


def _plan_table(ctx: _Letter, plan: PlanLine, label: Mapping[str, str]) -> m.Table:
    fmt = ctx.fmt
    rows = tuple((str(n + 1), fmt.date(i.due_on), fmt.money(i.amount_cents, plan.currency))
                 for n, i in enumerate(plan.instalments))
    return m.Table((label["instalment"], label["due_date"], label["amount"]), rows,
                   frozenset({2}), ("", label["total"], fmt.money(plan.total_cents, plan.currency)))


def _payment_block(ctx: _Letter, c: _Claimed,
                   label: Mapping[str, str]) -> tuple[m.PaymentBlock | None, str | None]:
    """How to pay what is asked, with the EPC QR code when it can be made (euros, an IBAN)."""
    if c.pay_cents <= 0:
        return None, None
    company = ctx.company
    lines: list[tuple[str, str]] = []
    if company.iban:
        lines.append((label["iban"], format_iban(company.iban)))
    if company.bic:
        lines.append((label["bic"], company.bic))
    lines.append((label["reference"], c.reference))
    lines.append((label["amount_to_pay"], ctx.fmt.money(c.pay_cents, c.currency)))
    epc = None
    if company.iban and c.currency == "EUR":
        with suppress(EpcError):
            epc = epc_payload(name=company.name, iban=company.iban, bic=company.bic,
                              amount_cents=c.pay_cents, reference=c.reference)
    return m.PaymentBlock(label["how_to_pay"], tuple(lines), epc,
                          label["scan_to_pay"] if epc else ""), epc


def _blocks(ctx: _Letter, c: _Claimed, values: Mapping[str, str],
            label: Mapping[str, str]) -> tuple[list[m.Block], str | None]:
    """The letter's body, from the opening to the signature; and the EPC payload, if any."""
    kind, company = ctx.kind, ctx.company
    blocks: list[m.Block] = [m.Paragraph(ctx.say(f"letter.{kind}.opening", values)),
                             m.Paragraph(ctx.say(f"letter.{kind}.body", values))]
    if kind == "collection-file":
        blocks.extend(_collection_blocks(ctx, values, c.lines, label))
    elif kind == "payment-plan" and c.plan is not None:
        blocks.append(_plan_table(ctx, c.plan, label))
    elif c.lines:
        blocks.append(_invoices_table(ctx, c, label))
    if c.assessments:
        blocks.append(_amounts_block(c.assessments, ctx.fmt, ctx.translate, label, c.currency,
                                     c.total_due, c.claimed))
    blocks.append(m.Paragraph(ctx.say(f"letter.{kind}.after", values)))
    payment, epc = _payment_block(ctx, c, label)
    if payment is not None:
        blocks.append(payment)
    signature = tuple(x for x in (ctx.user_name, company.name) if x)
    if company.signature.strip():
        signature = tuple(company.signature.strip().splitlines())
    blocks.append(m.Signature(ctx.say(f"letter.{kind}.closing", values), signature))
    return blocks, epc


def _spec(ctx: _Letter, values: Mapping[str, str], blocks: Sequence[m.Block]) -> m.DocumentSpec:
    company, fmt, today = ctx.company, ctx.fmt, ctx.today
    letterhead = m.Letterhead(
        name=company.name,
        address_lines=tuple(x for x in (company.street, f"{company.postcode} {company.city}"
                                        .strip()) if x),
        legal_line=_legal_line(company, ctx.lang),
        contact_line=" · ".join(x for x in (
            company.email, fmt.phone(company.phone, company.country) if company.phone else "")
            if x),
        logo_png=bytes(company.logo) if company.logo else None,
    )
    return m.DocumentSpec(
        title=values["subject"], letterhead=letterhead, blocks=tuple(blocks),
        recipient_lines=None if ctx.kind == "collection-file" else _address(
            ctx.customer, ctx.contact, _country_names(ctx.locale), company.country),
        place_date=templates.render_letter(ctx.texts, "label.place_date", {
            **values, "city": company.city, "date": fmt_long(today, ctx.locale)})
        if company.city else fmt_long(today, ctx.locale),
        subject=templates.render_letter(ctx.texts, "label.subject", values),
        page_label=ctx.texts.get("label.page", "{page} / {pages}"),
        window=window_from(company), author=company.name,
    )


def _notices(ctx: _Letter, c: _Claimed) -> tuple[str, ...]:
    """What the legal engine says the user must know about these charges (once each)."""
    fmt = ctx.fmt
    return tuple(dict.fromkeys(
        notice for a in c.assessments for notice in legal_service.breakdown(
            a, fmt_date=fmt.date, fmt_money=lambda cents: fmt.money(cents, c.currency),
            translate=ctx.translate, fmt_number=fmt.decimal).notices))


@in_session
def prepare_document(
    cf: CompanySession, customer_id: int, kind: str, *, today: date, settings: Settings | None,
    user_name: str = "", language: str | None = None, translate_for: TranslateFor | None = None,
    promise_id: int | None = None, plan_id: int | None = None,
) -> Produced:
    """Everything a document says, ready to draw. Raises UserFacingError (unknown kind, nothing
    to write about, a missing interest rate, a template that cannot be filled)."""
    ctx = _letter(cf, customer_id, kind, today, user_name, language, translate_for)
    claimed = _claimed(ctx, settings, promise_id, plan_id)
    values = _values(ctx, claimed)
    values["subject"] = ctx.say(f"letter.{kind}.subject", values)
    label = {key: templates.render_letter(ctx.texts, f"label.{key}", values) for key in LABELS}
    blocks, epc = _blocks(ctx, claimed, values, label)
    customer, contact = ctx.customer, ctx.contact
    return Produced(
        kind, customer_id, ctx.lang, _spec(ctx, values, blocks),
        tuple(i.id for i in claimed.lines), file_name_for(today, kind, customer),
        contact.email if contact is not None and contact.email else customer.email,
        ctx.say(f"email.{kind}.subject", values), ctx.say(f"email.{kind}.body", values),
        claimed.pay_cents, claimed.currency, claimed.reference, epc,
        tuple(claimed.assessments), _notices(ctx, claimed))


def fmt_long(day: date, locale: str) -> str:
    """« 23 novembre 2026 » in the document's language."""
    from babel.dates import format_date

    return str(format_date(day, format="long", locale=locale))


def window_from(company: Company) -> m.Window:
    """The window position chosen in the company's letter settings (default: right window)."""
    import json

    try:
        data = json.loads(company.letter_settings or "{}")
    except ValueError:
        data = {}
    if data.get("window") == "left":
        return m.Window(left_mm=20.0)
    return m.Window()


def _days(days: int, fmt: Formatter) -> str:
    """« 75 j », « 75 dagen », « 75 days »."""
    from babel.units import format_unit

    return str(format_unit(days, "duration-day", length="short", locale=fmt.locale))


def _amounts_block(assessments: Sequence[Assessment], fmt: Formatter, translate: Translate,
                   label: Mapping[str, str], currency: str, total_due: int,
                   claimed: int) -> m.Amounts:
    """Principal, then each charge with its rule and periods, then the total: the lines add up
    to the total (the half-year periods are detail of the interest line, not lines of their
    own)."""
    lines = [m.AmountLine(label["principal"], fmt.money(total_due, currency))]
    for a in assessments:
        detail = legal_service.breakdown(a, fmt_date=fmt.date,
                                         fmt_money=lambda c: fmt.money(c, currency),
                                         translate=translate, fmt_number=fmt.decimal)
        periods = [
            f"{row.period} : {_days(row.days or 0, fmt)} × "
            f"{fmt.percent(row.rate) if row.rate is not None else ''} = "
            f"{fmt.money(row.amount_cents, currency)}"
            for row in detail.rows if row.kind == "period" and row.amount_cents]
        for row in detail.rows:
            if row.kind != "line" or not row.rule or not row.amount_cents:
                continue
            rule = row.rule_short
            if periods and row.rule == next((r.rule for r in detail.rows if r.kind == "period"),
                                            None):
                rule = f"{rule} — " + " ; ".join(periods)
            lines.append(m.AmountLine(row.label, fmt.money(row.amount_cents, currency), rule))
    lines.append(m.AmountLine(label["total_claimed"], fmt.money(claimed, currency), bold=True))
    return m.Amounts(label["total_claimed"], tuple(lines))


def _word(translate: Translate, table: Mapping[str, str], code: str) -> str:
    text = table.get(code)
    return translate("labels", text) if text else code


def _collection_blocks(ctx: _Letter, values: Mapping[str, str], lines: Sequence[InvoiceLine],
                       label: Mapping[str, str]) -> list[m.Block]:
    """Everything that happened with this customer, for a collection agency or a lawyer."""
    title = {key: templates.render_letter(ctx.texts, f"label.cf.{key}", values) for key in (
        "customer", "invoices", "payments", "calls", "documents", "promises", "disputes")}
    customer, fmt = ctx.customer, ctx.fmt
    facts = [customer.name]
    for value in (customer.company_number, customer.vat_number, customer.street,
                  f"{customer.postcode} {customer.city}".strip(), customer.email,
                  fmt.phone(customer.phone, customer.country) if customer.phone else ""):
        if value:
            facts.append(value)
    invoices = m.Table(
        (label["invoice"], label["issue_date"], label["due_date"], label["amount"], label["paid"],
         label["still_due"]),
        tuple((i.number, fmt.date(i.issue_date), fmt.date(i.due_date),
               fmt.money(i.amount_cents, i.currency),
               fmt.money(i.paid_cents + i.credited_cents, i.currency),
               fmt.money(i.due_cents, i.currency)) for i in lines), frozenset({3, 4, 5}))
    return [m.Heading(title["customer"]), m.Paragraph("\n".join(facts)),
            m.Heading(title["invoices"]), invoices,
            m.Heading(title["payments"]), _payments_table(ctx, label),
            m.Heading(title["calls"]), _calls_table(ctx),
            m.Heading(title["documents"]), _documents_table(ctx),
            m.Heading(title["promises"]), _promises_table(ctx, label),
            m.Heading(title["disputes"]), _disputes_table(ctx, label)]


def _t(ctx: _Letter, text: str) -> str:
    return ctx.translate("letters", text)


def _payments_table(ctx: _Letter, label: Mapping[str, str]) -> m.Table:
    from relance_desktop.domain import vocabulary as v

    fmt = ctx.fmt
    payments = ctx.cf.rows(
        "SELECT p.paid_on, i.number, p.amount_cents, i.currency, p.method, p.reference "
        "FROM payment p JOIN invoice i ON i.id = p.invoice_id WHERE i.customer_id = ? "
        "ORDER BY p.paid_on, p.id", (ctx.customer.id,))
    return m.Table(
        (_t(ctx, QT_TRANSLATE_NOOP("letters", "Date")), label["invoice"], label["amount"],
         _t(ctx, QT_TRANSLATE_NOOP("letters", "Moyen")),
         _t(ctx, QT_TRANSLATE_NOOP("letters", "Référence"))),
        tuple((fmt.date(date.fromisoformat(p.paid_on)), p.number,
               fmt.money(p.amount_cents, p.currency), _word(ctx.translate, v.METHODS, p.method),
               p.reference) for p in payments),
        frozenset({2}))


def _calls_table(ctx: _Letter) -> m.Table:
    from relance_desktop.domain import vocabulary as v
    from relance_desktop.services import calls

    return m.Table(
        (_t(ctx, QT_TRANSLATE_NOOP("letters", "Date")),
         _t(ctx, QT_TRANSLATE_NOOP("letters", "Par")),
         _t(ctx, QT_TRANSLATE_NOOP("letters", "Résultat")),
         _t(ctx, QT_TRANSLATE_NOOP("letters", "Notes"))),
        tuple((ctx.fmt.datetime(c.occurred_at), c.who,
               _word(ctx.translate, v.OUTCOMES, c.outcome), c.notes)
              for c in reversed(calls.calls_of(ctx.cf, ctx.customer.id))),
        widths=(2, 2, 1.6, 7))


def _documents_table(ctx: _Letter) -> m.Table:
    from relance_desktop.domain import vocabulary as v

    documents = ctx.cf.rows(
        "SELECT created_at, kind, sent_via FROM document WHERE customer_id = ? "
        "ORDER BY created_at, id", (ctx.customer.id,))
    return m.Table(
        (_t(ctx, QT_TRANSLATE_NOOP("letters", "Date")),
         _t(ctx, QT_TRANSLATE_NOOP("letters", "Document")),
         _t(ctx, QT_TRANSLATE_NOOP("letters", "Envoi"))),
        tuple((ctx.fmt.date(date.fromisoformat(d.created_at[:10])),
               _word(ctx.translate, v.DOCUMENT_KINDS, d.kind), d.sent_via) for d in documents))


def _promises_table(ctx: _Letter, label: Mapping[str, str]) -> m.Table:
    from relance_desktop.domain import vocabulary as v
    from relance_desktop.services import calls

    fmt = ctx.fmt
    return m.Table(
        (_t(ctx, QT_TRANSLATE_NOOP("letters", "Date")), label["amount"],
         _t(ctx, QT_TRANSLATE_NOOP("letters", "Promis pour le")),
         _t(ctx, QT_TRANSLATE_NOOP("letters", "Statut"))),
        tuple((fmt.date(p.created_on), fmt.money(p.amount_cents, p.currency),
               fmt.date(p.promised_on), _word(ctx.translate, v.PROMISE_STATUSES, p.status))
              for p in reversed(calls.promises_of(ctx.cf, ctx.customer.id))), frozenset({1}))


def _disputes_table(ctx: _Letter, label: Mapping[str, str]) -> m.Table:
    from relance_desktop.domain import vocabulary as v
    from relance_desktop.services import calls

    return m.Table(
        (_t(ctx, QT_TRANSLATE_NOOP("letters", "Date")), label["invoice"],
         _t(ctx, QT_TRANSLATE_NOOP("letters", "Motif")),
         _t(ctx, QT_TRANSLATE_NOOP("letters", "Statut"))),
        tuple((ctx.fmt.date(d.opened_on), d.invoice_number, d.reason,
               _word(ctx.translate, v.DISPUTE_STATUSES, d.status))
              for d in reversed(calls.disputes_of(ctx.cf, ctx.customer.id))))


# -- producing and keeping ----------------------------------------------------------------------
def draw(produced: Produced) -> bytes:
    from relance_desktop.reports.render import render

    return render(produced.spec)


@in_session
def record(cf: CompanySession, produced: Produced, pdf: bytes, *, sent_via: str = "",
           user_id: int | None = None, at: datetime | None = None) -> int:
    """Keep the document in the company file (history, its PDF) and advance the dunning level."""
    document_id = _record(cf, produced, pdf, sent_via=sent_via, user_id=user_id, at=at)
    cf.report(Change.of(Topic.DOCUMENTS, Topic.INVOICES, customers=[produced.customer_id]))
    return document_id


def _record(cf: CompanySession, produced: Produced, pdf: bytes, *, sent_via: str = "",
            user_id: int | None = None, at: datetime | None = None) -> int:
    at = at or now()
    with cf.atomic():
        attachment = Attachment.create(
            file_name=produced.file_name, mime_type="application/pdf",
            sha256=hashlib.sha256(pdf).hexdigest(), size=len(pdf), data=pdf, created_at=at)
        document = Document.create(customer=produced.customer_id, kind=produced.kind,
                                   created_at=at, file=attachment.id, sent_via=sent_via,
                                   sent_at=at if sent_via else None)
        if produced.invoice_ids:
            DocumentInvoice.insert_many([{"document": document.id, "invoice": invoice_id}
                                         for invoice_id in produced.invoice_ids]).execute()
        level = LEVEL_OF_KIND.get(produced.kind)
        if level is not None and produced.invoice_ids:
            Invoice.update(dunning_level=level).where(
                Invoice.id.in_(produced.invoice_ids) & (Invoice.dunning_level < level)).execute()
        audit.record(cf, "create", "document", document.id, customer_id=produced.customer_id,
                     after={"kind": produced.kind, "file": produced.file_name,
                            "invoices": list(produced.invoice_ids)}, user_id=user_id)
    return int(document.id)


@in_session
def candidates(cf: CompanySession, today: date, *, min_days: int = 15,
               at_level: int | None = None) -> list[int]:
    """Customers to write to: invoices overdue by more than ``min_days``, no promise still
    running, not disputed, not archived; ``at_level``: whose highest reminder level so far is
    that one (0 = never reminded)."""
    return [cid for cid, level in reminder_levels(cf, today, min_days=min_days)
            if at_level is None or level == at_level]


# Customers with open invoices overdue since before :before, neither disputed (on the invoice or
# the whole account) nor under an open promise; what is due is ``invoice_balance``'s.
REMINDER_LEVELS_SQL = f"""
SELECT b.customer_id, MAX(b.dunning_level) AS level
FROM invoice_balance b JOIN customer c ON c.id = b.customer_id
WHERE {OPEN_INVOICE} AND b.disputed = 0 AND c.archived = 0
  AND b.due_date < :before
  AND NOT EXISTS (SELECT 1 FROM promise pr WHERE pr.status = 'open'
                  AND pr.customer_id = b.customer_id)
GROUP BY b.customer_id, c.name ORDER BY c.name, b.customer_id
"""


@in_session
def reminder_levels(
    cf: CompanySession, today: date, *, min_days: int = 15
) -> list[tuple[int, int]]:
    """(customer, highest reminder level of the invoices concerned) for every customer
    :func:`candidates` considers, by name."""
    rows = cf.rows(REMINDER_LEVELS_SQL,
                   {"before": (today - timedelta(days=min_days)).isoformat()})
    return [(int(r.customer_id), int(r.level)) for r in rows]


def _create(folder: Path, name: str, data: bytes) -> Path:
    """Write a new file in ``folder``, never over an existing one: « name.pdf », else
    « name (2).pdf »…"""
    stem, suffix = Path(name).stem, Path(name).suffix
    for n in range(1, 1000):
        path = folder / (name if n == 1 else f"{stem} ({n}){suffix}")
        try:
            with path.open("xb") as out:
                out.write(data)
        except FileExistsError:
            continue
        return path
    raise FileExistsError(folder / name)


@in_session
def write_files(cf: CompanySession, kind: str, customer_ids: Sequence[int], out: Path, *,
                today: date, settings: Settings | None, user_name: str = "",
                language: str | None = None, translate_for: TranslateFor | None = None,
                merged: bool = False, keep: bool = True,
                progress: Callable[[int], bool] | None = None) -> list[Path]:
    """Produce the documents (one PDF each, or one merged PDF), record each one, return files.

    Problems with one customer (nothing to write about) skip it; a template or rate problem
    stops before anything is written. ``progress(i)`` returning False cancels: nothing is kept.
    Files are new ones: an existing file of the same name is left alone (« name (2).pdf »).
    """
    from relance_desktop.reports.render import Cancelled, render, render_many

    produced: list[Produced] = []
    for pos, customer_id in enumerate(customer_ids):
        with suppress(NothingToWrite):  # a batch skips customers it is not about
            produced.append(prepare_document(cf, customer_id, kind, today=today,
                                             settings=settings, user_name=user_name,
                                             language=language, translate_for=translate_for))
        if progress is not None and not progress(pos):
            raise Cancelled()
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    # Each customer's history keeps its own PDF, merged for printing or not.
    pdfs = [render(p.spec) for p in produced] if keep or not merged else []
    if merged and produced:
        name = sanitize_filename(f"{today.isoformat()}-{kind}-{len(produced)}",
                                 platform="universal") + ".pdf"
        written.append(_create(out, name, render_many([p.spec for p in produced])))
    for pos, item in enumerate(produced):
        if not merged:
            written.append(_create(out, item.file_name, pdfs[pos]))
        if keep:
            _record(cf, item, pdfs[pos])
    if keep and produced:
        cf.report(Change.of(Topic.DOCUMENTS, Topic.INVOICES,
                            customers=[p.customer_id for p in produced]))
    return written


@dataclass(frozen=True)
class LetterRow:
    """One customer on the letters page: what is overdue today and how far the chasing went."""

    customer_id: int
    name: str
    email: str
    overdue: Mapping[str, int]  # currency → still due on the invoices past their due date
    days_late: int  # the oldest of those invoices: days past its due date
    level: int  # the highest reminder level reached (as :func:`reminder_levels` counts it)


@in_session
def letter_rows(cf: CompanySession, customer_ids: Sequence[int], today: date, *,
                min_days: int = 15) -> list[LetterRow]:
    """The letters page's rows for these customers, by name. « Still due » is that of the
    invoices' own lines (:func:`invoice_service.open_invoices_by_customer`); the level is that of
    :func:`reminder_levels` when the customer is a candidate, else that of its overdue
    invoices."""
    if not customer_ids:
        return []
    by_customer = invoice_service.open_invoices_by_customer(cf)
    levels = dict(reminder_levels(cf, today, min_days=min_days))
    rows = []
    query = (Customer.select(Customer.id, Customer.name, Customer.email)
             .where(Customer.id.in_(sorted(set(customer_ids)))).order_by(Customer.name))
    for customer in query:
        late = [i for i in by_customer.get(customer.id, []) if i.due_cents > 0
                and i.due_date < today]
        overdue: dict[str, int] = {}
        for line in late:
            overdue[line.currency] = overdue.get(line.currency, 0) + line.due_cents
        rows.append(LetterRow(
            int(customer.id), str(customer.name), str(customer.email), overdue,
            max(((today - i.due_date).days for i in late), default=0),
            levels.get(int(customer.id), max((i.dunning_level for i in late), default=0))))
    return rows

"""Letters and documents: gather the facts, fill the texts, draw the PDF, keep a record.

Every amount printed comes from the company file (invoices, payments) or from the legal engine
(late interest, fixed indemnity, Belgian consumer damages) for the same invoices and date; every
sentence comes from the letter templates in the customer's language (``resources/templates`` plus
the user's edits). A template with a field that does not exist stops before anything is drawn.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

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
from relance_desktop.services.callsheet import language_locale, long_date
from relance_desktop.services.invoices import InvoiceLine
from relance_desktop.settings import Settings
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
from relance_desktop.store.session import CompanySession, in_session

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


@in_session
def _disputed(cf: CompanySession) -> dict[int, set[int | None]]:
    """Open disputes: customer → disputed invoice ids (None: the whole account)."""
    out: dict[int, set[int | None]] = {}
    for customer_id, invoice_id in cf.raw().execute(
            "SELECT customer_id, invoice_id FROM dispute WHERE status = 'open'"):
        out.setdefault(customer_id, set()).add(invoice_id)
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
    """The invoices a document of ``kind`` is about."""
    lines = sorted((i for i in invoice_service.invoices_of(cf, customer_id) if i.state == "open"),
                   key=lambda i: (i.due_date, i.number))
    return _concerned(lines, _disputed(cf).get(customer_id, set()), kind, today)


@in_session
def customers_for(cf: CompanySession, kind: str, today: date) -> list[int]:
    """Customers a document of ``kind`` applies to today (confirmation: an open promise;
    payment plan: a running plan; collection file: any open invoice), in a few queries."""
    conn = cf.raw()
    active = {r[0] for r in conn.execute("SELECT id FROM customer WHERE archived = 0")}
    if kind in ("confirmation", "payment-plan"):
        table, status = (("promise", "open") if kind == "confirmation"
                         else ("payment_plan", "active"))
        found = [r[0] for r in conn.execute(
            f"SELECT DISTINCT customer_id FROM {table} WHERE status = ?",
            (status,))]
        return sorted(cid for cid in found if cid in active)
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


@in_session
def _first_reminder(cf: CompanySession, invoice_id: int) -> date | None:
    row = cf.raw().execute(
        "SELECT MIN(d.created_at) FROM document d JOIN document_invoice di ON di.document_id = d.id"
        " WHERE di.invoice_id = ? AND d.kind = 'reminder-1'", (invoice_id,)).fetchone()
    return date.fromisoformat(row[0][:10]) if row and row[0] else None


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


def _safe_name(text: str) -> str:
    return re.sub(r"[^\w.-]+", "-", text, flags=re.UNICODE).strip("-")[:60] or "document"


def _country_names(locale: str) -> dict[str, str]:
    from babel import Locale

    names = Locale.parse(locale).territories
    return {code: str(names.get(code, code)) for code in ("FR", "BE", "NL", "LU", "DE", "GB")}


@in_session
def prepare_document(
    cf: CompanySession, customer_id: int, kind: str, *, today: date, settings: Settings | None,
    user_name: str = "", language: str | None = None, translate_for: TranslateFor | None = None,
    promise_id: int | None = None, plan_id: int | None = None,
) -> Produced:
    """Everything a document says, ready to draw. Raises UserFacingError (unknown kind, nothing
    to write about, a missing interest rate, a template that cannot be filled)."""
    if kind not in KINDS:
        raise ValidationError("kind", QT_TRANSLATE_NOOP(
            "letters", "« {kind} » n'est pas un type de document connu."), kind=kind)
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise ValidationError("customer", QT_TRANSLATE_NOOP(
            "letters", "Aucun client n'a le numéro {id} dans ce fichier."), id=customer_id)
    company = Company.select().first()
    lang = language or customer.language
    lang = lang if lang in LANGUAGES else "fr"
    translate = translate_for(lang) if translate_for is not None else identity_translate
    locale = language_locale(lang, customer.country)
    fmt = Formatter(locale)
    texts = templates.letter_templates_for(cf, lang)
    say = templates.render_letter
    audience = "consumer" if customer.kind == "consumer" else "business"
    variants = (f"{audience}_{customer.country.lower()}", audience)
    contact = (Contact.select().where(Contact.customer == customer_id)
               .order_by(Contact.is_primary.desc(), Contact.id).first())
    lines = invoices_for(cf, customer_id, kind, today)
    if not lines and kind not in ("collection-file", "confirmation", "payment-plan"):
        raise NothingToWrite(QT_TRANSLATE_NOOP(
            "letters", "Rien à écrire à « {customer} » pour ce document : aucune facture "
            "concernée aujourd'hui."), context="letters", customer=customer.name)
    currency = lines[0].currency if lines else company.currency
    total_due = sum(i.due_cents for i in lines if i.currency == currency)

    # Legal amounts for the same invoices and date as the letter.
    assessments: list[Assessment] = []
    if kind in WITH_CHARGES:
        rates = legal_service.load_rates(settings)
        options = legal_service.options_from(settings)
        for line in lines:
            reminder_on = (_first_reminder(cf, line.id) if customer.kind == "consumer"
                           else None)
            try:
                assessments.append(assess(_claim(company.country, customer, line, today,
                                                 reminder_on), rates, options))
            except RateUnknown as exc:
                raise legal_service.rate_unknown_error(exc) from None
    interest = sum(a.interest_cents for a in assessments)
    indemnity = sum(a.indemnity_cents for a in assessments)
    claimed = total_due + interest + indemnity
    be_consumer_reminder = (kind == "reminder-1" and customer.kind == "consumer"
                            and company.country == "BE")
    if be_consumer_reminder:
        # Book XIX: the free first reminder announces the most that may be added after the
        # 14-day wait (the damages scale on the balance), and the wait's last day.
        from relance_desktop.domain.legal import be_waiting_period
        from relance_desktop.domain.legal.belgium import be_consumer_damages_cap
        from relance_desktop.domain.legal.model import Channel

        indemnity = be_consumer_damages_cap(total_due)

    # What is asked for, and how to pay it.
    from relance_desktop.services import calls

    promise = None
    plan = None
    pay_cents = claimed if kind in WITH_CHARGES else total_due
    if kind == "confirmation":
        promises = [p for p in calls.promises_of(cf, customer_id)
                    if (promise_id is None and p.status == "open") or p.id == promise_id]
        if not promises:
            raise UserFacingError(QT_TRANSLATE_NOOP(
                "letters", "Aucune promesse de paiement à confirmer pour « {customer} »."),
                context="letters", customer=customer.name)
        promise = promises[0]
        pay_cents, currency = promise.amount_cents, promise.currency
    if kind == "payment-plan":
        plans = [p for p in calls.plans_of(cf, customer_id)
                 if (plan_id is None and p.status == "active") or p.id == plan_id]
        if not plans:
            raise UserFacingError(QT_TRANSLATE_NOOP(
                "letters", "Aucun échéancier en cours pour « {customer} »."),
                context="letters", customer=customer.name)
        plan = plans[0]
        upcoming = [i for i in plan.instalments if i.paid_cents < i.amount_cents]
        pay_cents = (upcoming[0].amount_cents - upcoming[0].paid_cents) if upcoming else 0
        currency = plan.currency
    if kind not in ASKS_PAYMENT:
        pay_cents = 0
    main_number = lines[0].number if lines else str(customer_id)
    reference = reference_for(company.country, main_number)[1]
    deadline = today + timedelta(days=DEADLINE_DAYS.get(kind, 8))
    if kind in WITH_CHARGES and assessments and assessments[0].waiting_period_end:
        deadline = max(deadline, assessments[0].waiting_period_end)
    if be_consumer_reminder:
        deadline = max(deadline, be_waiting_period(today, Channel.POST)[1])

    values = {
        "customer": customer.name,
        "contact": contact.name if contact is not None else customer.name,
        "company": company.name,
        "user": user_name or company.name,
        "city": company.city or "",
        "date": long_date(today, locale) + f" {today.year}",
        "invoice_numbers": ", ".join(i.number for i in lines) or "—",
        "invoice_count": str(len(lines)),
        "total_due": fmt.money(total_due, currency),
        "total_claimed": fmt.money(claimed, currency),
        "interest": fmt.money(interest, currency),
        "indemnity": fmt.money(indemnity, currency),
        "deadline": fmt.date(deadline),
        "deadline_days": str((deadline - today).days),
        "reference": reference,
        "iban": format_iban(company.iban) if company.iban else "—",
        "bic": company.bic or "—",
        "email": company.email or "—",
        "phone": fmt.phone(company.phone, company.country) if company.phone else "—",
        "promise_amount": fmt.money(promise.amount_cents, promise.currency) if promise else "—",
        "promise_date": fmt.date(promise.promised_on) if promise else "—",
        "promise_means": texts.get(f"means.{promise.means}", promise.means) if promise else "—",
        "plan_count": str(len(plan.instalments)) if plan else "—",
        "plan_amount": fmt.money(plan.instalments[0].amount_cents, plan.currency)
        if plan and plan.instalments else "—",
        "plan_first": fmt.date(plan.instalments[0].due_on) if plan and plan.instalments else "—",
        "plan_last": fmt.date(plan.instalments[-1].due_on) if plan and plan.instalments else "—",
        "plan_total": fmt.money(plan.total_cents, plan.currency) if plan else "—",
        "paid_amount": fmt.money(sum(i.paid_cents for i in lines), currency),
        "paid_date": fmt.date(max((i.last_paid for i in lines if i.last_paid), default=today)),
    }
    subject = say(texts, f"letter.{kind}.subject", values, *variants)
    values["subject"] = subject
    label = {key: say(texts, f"label.{key}", values) for key in (
        "invoice", "issue_date", "due_date", "amount", "paid", "still_due", "total", "principal",
        "interest", "indemnity", "total_claimed", "how_to_pay", "iban", "bic", "reference",
        "amount_to_pay", "scan_to_pay", "days_late", "instalment", "instalments")}

    blocks: list[m.Block] = [m.Paragraph(say(texts, f"letter.{kind}.opening", values, *variants)),
                             m.Paragraph(say(texts, f"letter.{kind}.body", values, *variants))]
    if kind == "collection-file":
        blocks.extend(_collection_blocks(cf, customer, texts, say, values, fmt, lines, label,
                                         translate))
    elif kind == "payment-plan" and plan is not None:
        rows = tuple((str(n + 1), fmt.date(i.due_on), fmt.money(i.amount_cents, plan.currency))
                     for n, i in enumerate(plan.instalments))
        blocks.append(m.Table((label["instalment"], label["due_date"], label["amount"]), rows,
                              frozenset({2}), ("", label["total"],
                                               fmt.money(plan.total_cents, plan.currency))))
    elif lines:
        today_rows = []
        for i in lines:
            today_rows.append((i.number, fmt.date(i.issue_date), fmt.date(i.due_date),
                               fmt.money(i.amount_cents, i.currency),
                               fmt.money(i.paid_cents, i.currency),
                               fmt.money(i.due_cents, i.currency)))
        blocks.append(m.Table(
            (label["invoice"], label["issue_date"], label["due_date"], label["amount"],
             label["paid"], label["still_due"]), tuple(today_rows), frozenset({3, 4, 5}),
            ("", "", "", "", label["total"], fmt.money(total_due, currency))))
    if assessments:
        blocks.append(_amounts_block(assessments, fmt, translate, label, currency,
                                     total_due, claimed))
    blocks.append(m.Paragraph(say(texts, f"letter.{kind}.after", values, *variants)))
    epc = None
    if pay_cents > 0:
        pay_lines: list[tuple[str, str]] = []
        if company.iban:
            pay_lines.append((label["iban"], format_iban(company.iban)))
        if company.bic:
            pay_lines.append((label["bic"], company.bic))
        pay_lines.append((label["reference"], reference))
        pay_lines.append((label["amount_to_pay"], fmt.money(pay_cents, currency)))
        if company.iban and currency == "EUR":
            try:
                epc = epc_payload(name=company.name, iban=company.iban, bic=company.bic,
                                  amount_cents=pay_cents, reference=reference)
            except EpcError:
                epc = None
        blocks.append(m.PaymentBlock(label["how_to_pay"], tuple(pay_lines), epc,
                                     label["scan_to_pay"] if epc else ""))
    signature_lines = tuple(x for x in (user_name, company.name) if x)
    if company.signature.strip():
        signature_lines = tuple(company.signature.strip().splitlines())
    blocks.append(m.Signature(say(texts, f"letter.{kind}.closing", values, *variants),
                              signature_lines))
    letterhead = m.Letterhead(
        name=company.name,
        address_lines=tuple(x for x in (company.street, f"{company.postcode} {company.city}"
                                        .strip()) if x),
        legal_line=_legal_line(company, lang),
        contact_line=" · ".join(x for x in (company.email, fmt.phone(company.phone,
                                                                      company.country)
                                            if company.phone else "") if x),
        logo_png=bytes(company.logo) if company.logo else None,
    )
    spec = m.DocumentSpec(
        title=subject, letterhead=letterhead, blocks=tuple(blocks),
        recipient_lines=None if kind == "collection-file" else _address(
            customer, contact, _country_names(locale), company.country),
        place_date=say(texts, "label.place_date", {**values, "city": company.city,
                                                   "date": fmt_long(today, locale)})
        if company.city else fmt_long(today, locale),
        subject=say(texts, "label.subject", values),
        page_label=texts.get("label.page", "{page} / {pages}"),
        window=window_from(company), author=company.name,
    )
    email_to = (contact.email if contact is not None and contact.email else customer.email)
    file_name = _safe_name(f"{today.isoformat()}-{kind}-{customer.name}") + ".pdf"
    notices = tuple(dict.fromkeys(
        notice for a in assessments for notice in legal_service.breakdown(
            a, fmt_date=fmt.date, fmt_money=lambda c: fmt.money(c, currency),
            translate=translate, fmt_number=fmt.decimal).notices))
    return Produced(kind, customer_id, lang, spec, tuple(i.id for i in lines), file_name,
                    email_to, say(texts, f"email.{kind}.subject", values, *variants),
                    say(texts, f"email.{kind}.body", values, *variants), pay_cents, currency,
                    reference, epc, tuple(assessments), notices)


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


@in_session
def _collection_blocks(cf: CompanySession, customer: Customer, texts: Mapping[str, str],
                       say: Callable[..., str], values: Mapping[str, str], fmt: Formatter,
                       lines: Sequence[InvoiceLine], label: Mapping[str, str],
                       translate: Translate) -> list[m.Block]:
    """Everything that happened with this customer, for a collection agency or a lawyer."""
    from relance_desktop.domain import vocabulary as v
    from relance_desktop.services import calls

    def t(text: str) -> str:
        return translate("letters", text)

    conn = cf.raw()
    title = {key: say(texts, f"label.cf.{key}", values) for key in (
        "customer", "invoices", "payments", "calls", "documents", "promises", "disputes")}
    facts = [customer.name]
    for value in (customer.company_number, customer.vat_number, customer.street,
                  f"{customer.postcode} {customer.city}".strip(), customer.email,
                  fmt.phone(customer.phone, customer.country) if customer.phone else ""):
        if value:
            facts.append(value)
    out: list[m.Block] = [m.Heading(title["customer"]), m.Paragraph("\n".join(facts))]
    out.append(m.Heading(title["invoices"]))
    out.append(m.Table(
        (label["invoice"], label["issue_date"], label["due_date"], label["amount"], label["paid"],
         label["still_due"]),
        tuple((i.number, fmt.date(i.issue_date), fmt.date(i.due_date),
               fmt.money(i.amount_cents, i.currency), fmt.money(i.paid_cents, i.currency),
               fmt.money(i.due_cents, i.currency)) for i in lines), frozenset({3, 4, 5})))
    payments = conn.execute(
        "SELECT p.paid_on, i.number, p.amount_cents, i.currency, p.method, p.reference "
        "FROM payment p JOIN invoice i ON i.id = p.invoice_id WHERE i.customer_id = ? "
        "ORDER BY p.paid_on", (customer.id,)).fetchall()
    out.append(m.Heading(title["payments"]))
    out.append(m.Table(
        (t(QT_TRANSLATE_NOOP("letters", "Date")), label["invoice"], label["amount"],
         t(QT_TRANSLATE_NOOP("letters", "Moyen")), t(QT_TRANSLATE_NOOP("letters", "Référence"))),
        tuple((fmt.date(date.fromisoformat(d)), n, fmt.money(c, cur),
               _word(translate, v.METHODS, meth), ref) for d, n, c, cur, meth, ref in payments),
        frozenset({2})))
    out.append(m.Heading(title["calls"]))
    out.append(m.Table(
        (t(QT_TRANSLATE_NOOP("letters", "Date")), t(QT_TRANSLATE_NOOP("letters", "Par")),
         t(QT_TRANSLATE_NOOP("letters", "Résultat")), t(QT_TRANSLATE_NOOP("letters", "Notes"))),
        tuple((fmt.datetime(c.occurred_at), c.who, _word(translate, v.OUTCOMES, c.outcome),
               c.notes) for c in reversed(calls.calls_of(cf, customer.id))),
        widths=(2, 2, 1.6, 7)))
    documents = conn.execute(
        "SELECT created_at, kind, sent_via FROM document WHERE customer_id = ? ORDER BY "
        "created_at", (customer.id,)).fetchall()
    out.append(m.Heading(title["documents"]))
    out.append(m.Table(
        (t(QT_TRANSLATE_NOOP("letters", "Date")), t(QT_TRANSLATE_NOOP("letters", "Document")),
         t(QT_TRANSLATE_NOOP("letters", "Envoi"))),
        tuple((fmt.date(date.fromisoformat(at[:10])), _word(translate, v.DOCUMENT_KINDS, kind),
               via) for at, kind, via in documents)))
    out.append(m.Heading(title["promises"]))
    out.append(m.Table(
        (t(QT_TRANSLATE_NOOP("letters", "Date")), label["amount"],
         t(QT_TRANSLATE_NOOP("letters", "Promis pour le")),
         t(QT_TRANSLATE_NOOP("letters", "Statut"))),
        tuple((fmt.date(p.created_on), fmt.money(p.amount_cents, p.currency),
               fmt.date(p.promised_on), _word(translate, v.PROMISE_STATUSES, p.status))
              for p in reversed(calls.promises_of(cf, customer.id))), frozenset({1})))
    out.append(m.Heading(title["disputes"]))
    out.append(m.Table(
        (t(QT_TRANSLATE_NOOP("letters", "Date")), label["invoice"],
         t(QT_TRANSLATE_NOOP("letters", "Motif")), t(QT_TRANSLATE_NOOP("letters", "Statut"))),
        tuple((fmt.date(d.opened_on), d.invoice_number, d.reason,
               _word(translate, v.DISPUTE_STATUSES, d.status))
              for d in reversed(calls.disputes_of(cf, customer.id)))))
    return out


# -- producing and keeping ----------------------------------------------------------------------
def draw(produced: Produced) -> bytes:
    from relance_desktop.reports.render import render

    return render(produced.spec)


@in_session
def record(cf: CompanySession, produced: Produced, pdf: bytes, *, sent_via: str = "",
           user_id: int | None = None, at: datetime | None = None) -> int:
    """Keep the document in the company file (history, its PDF) and advance the dunning level."""
    at = at or now()
    with cf.db.atomic():
        attachment = Attachment.create(
            file_name=produced.file_name, mime_type="application/pdf",
            sha256=hashlib.sha256(pdf).hexdigest(), size=len(pdf), data=pdf, created_at=at)
        document = Document.create(customer=produced.customer_id, kind=produced.kind,
                                   created_at=at, file=attachment.id, sent_via=sent_via,
                                   sent_at=at if sent_via else None)
        for invoice_id in produced.invoice_ids:
            DocumentInvoice.create(document=document.id, invoice=invoice_id)
        level = LEVEL_OF_KIND.get(produced.kind)
        if level is not None and produced.invoice_ids:
            Invoice.update(dunning_level=level).where(
                Invoice.id.in_(produced.invoice_ids) & (Invoice.dunning_level < level)).execute()
        audit.record("create", "document", document.id, customer_id=produced.customer_id,
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


@in_session
def reminder_levels(
    cf: CompanySession, today: date, *, min_days: int = 15
) -> list[tuple[int, int]]:
    """(customer, highest reminder level of the invoices concerned) for every customer
    :func:`candidates` considers, by name."""
    rows = cf.raw().execute(
        """
        SELECT i.customer_id, MAX(i.dunning_level)
        FROM invoice i JOIN customer c ON c.id = i.customer_id
        LEFT JOIN (SELECT invoice_id, SUM(amount_cents) AS paid FROM payment GROUP BY invoice_id)
             p ON p.invoice_id = i.id
        WHERE i.state = 'open' AND c.archived = 0 AND i.amount_cents > COALESCE(p.paid, 0)
          AND i.due_date < ?
          AND NOT EXISTS (SELECT 1 FROM dispute d WHERE d.status = 'open'
                          AND d.customer_id = i.customer_id
                          AND (d.invoice_id IS NULL OR d.invoice_id = i.id))
          AND NOT EXISTS (SELECT 1 FROM promise pr WHERE pr.status = 'open'
                          AND pr.customer_id = i.customer_id)
        GROUP BY i.customer_id ORDER BY c.name
        """, ((today - timedelta(days=min_days)).isoformat(),)).fetchall()
    return [(int(cid), int(level)) for cid, level in rows]


@in_session
def write_files(cf: CompanySession, kind: str, customer_ids: Sequence[int], out: Path, *,
                today: date, settings: Settings | None, user_name: str = "",
                language: str | None = None, translate_for: TranslateFor | None = None,
                merged: bool = False, keep: bool = True,
                progress: Callable[[int], bool] | None = None) -> list[Path]:
    """Produce the documents (one PDF each, or one merged PDF), record each one, return files.

    Problems with one customer (nothing to write about) skip it; a template or rate problem
    stops before anything is written. ``progress(i)`` returning False cancels: nothing is kept.
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
        path = out / (_safe_name(f"{today.isoformat()}-{kind}-{len(produced)}") + ".pdf")
        path.write_bytes(render_many([p.spec for p in produced]))
        written.append(path)
    for pos, item in enumerate(produced):
        if not merged:
            path = out / item.file_name
            path.write_bytes(pdfs[pos])
            written.append(path)
        if keep:
            record(cf, item, pdfs[pos])
    return written

"""Letters and documents: gather the facts, fill the texts, draw the PDF, keep a record.

Every amount printed comes from the company file (invoices, payments) or from the legal engine
(late interest, fixed indemnity, Belgian consumer damages) for the same invoices and date; every
sentence comes from the letter templates in the customer's language (``resources/templates`` plus
the user's edits). A template with a field that does not exist stops before anything is drawn.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from relance_desktop.domain.dunning.engine import FORMAL_NOTICE_DAYS
from relance_desktop.domain.epc import EpcError, epc_payload
from relance_desktop.domain.legal import Assessment, Claim, Regime, assess
from relance_desktop.domain.legal.rates import RateUnknown
from relance_desktop.domain.references import format_iban, reference_for
from relance_desktop.domain.text import search_key
from relance_desktop.errors import UserFacingError, ValidationError
from relance_desktop.formatting import Formatter
from relance_desktop.i18n import QT_TRANSLATE_NOOP, Translate, identity_translate
from relance_desktop.reports import model as m
from relance_desktop.services import collection_file, letter_parts, templates
from relance_desktop.services import invoices as invoice_service
from relance_desktop.services import legal as legal_service
from relance_desktop.services import regime as regime_service
from relance_desktop.services.calls import PlanLine, PromiseLine
from relance_desktop.services.callsheet import language_locale
from relance_desktop.services.invoices import InvoiceLine
from relance_desktop.settings import Settings
from relance_desktop.store.balance import OPEN_INVOICE
from relance_desktop.store.models import (
    Company,
    Contact,
    Customer,
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
DEADLINE_DAYS = {"reminder-1": 8, "reminder-2": 8, "formal-notice": FORMAL_NOTICE_DAYS}
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
    regime: Regime | None = None  # the law of the charges and of every legal sentence
    regime_text: str = ""  # « Loi applicable : … — … » (shown in the preview, never printed)
    rate_gap: str = ""  # a rate is not known yet: interest claimed without a figure (say so)


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


def _claim(regime: Regime, line: InvoiceLine, today: date, reminder_on: date | None) -> Claim:
    """The legal claim on one invoice, under the debt's one regime."""
    return Claim(country=regime.law, debtor=regime.debtor, principal_cents=line.due_cents,
                 due_date=line.due_date, assessed_on=today, currency=line.currency,
                 issued_on=line.issue_date,
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


def file_name_for(today: date, kind: str, customer: Customer, language: str = "fr") -> str:
    """« 2026-11-23-mise-en-demeure-41100012-Boulangerie-Martin-SARL.pdf »: the day, the kind in
    the document's language, the customer's account (else its number in Relance: two customers
    of the same name get two names) and its name, made safe for every file system
    (pathvalidate), without spaces (the command line prints one file name per line)."""
    who = customer.account.strip() or str(customer.id)
    return letter_parts.file_name(today, kind, language, who, customer.name)


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
    variants: tuple[str, ...]  # the texts' variants for this regime, most specific first
    translate: Translate
    user_name: str
    regime: Regime
    unknown_rate: str = "open"  # "open": claim without a figure; "raise": stop (see assess)

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
    overdue: int = 0  # statement: what is due today (« échu »), the rest is not due yet


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
    company = Company.select().order_by(Company.id).first()
    regime = regime_service.regime_for(company, customer)
    contact = (Contact.select().where(Contact.customer == customer_id)
               .order_by(Contact.is_primary.desc(), Contact.id).first())
    return _Letter(
        cf, kind, today, customer, company, contact, lang, locale, Formatter(locale),
        templates.letter_templates_for(cf, lang), regime.variants,
        translate_for(lang) if translate_for is not None else identity_translate, user_name,
        regime)


def _assessments(ctx: _Letter, lines: Sequence[InvoiceLine],
                 settings: Settings | None) -> list[Assessment]:
    """Late interest and indemnity of each invoice, for the same date as the letter."""
    if ctx.kind not in WITH_CHARGES:
        return []
    rates = legal_service.load_rates(settings)
    options = legal_service.options_from(settings)
    out = []
    consumer = ctx.regime.debtor.value == "consumer"
    for line in lines:
        reminder_on = _first_reminder(ctx.cf, line.id) if consumer else None
        try:
            out.append(assess(_claim(ctx.regime, line, ctx.today, reminder_on), rates, options,
                              unknown_rate=ctx.unknown_rate))
        except RateUnknown as exc:
            raise legal_service.rate_unknown_error(exc) from None
    return out


def _be_consumer_reminder(ctx: _Letter) -> bool:
    """Book XIX: a Belgian consumer's first reminder is free and announces what may follow."""
    return ctx.kind == "reminder-1" and ctx.regime.code == "BE_B2C"


def _agreement(ctx: _Letter, promise_id: int | None,
               plan_id: int | None) -> tuple[PromiseLine | None, PlanLine | None]:
    """The promise a confirmation confirms, the plan a payment plan sets out (None otherwise)."""
    from relance_desktop.services import calls

    name = ctx.customer.name
    if ctx.kind == "confirmation":
        promises = [p for p in calls.promises_of(ctx.cf, ctx.customer.id)
                    if (promise_id is None and p.status == "open") or p.id == promise_id]
        if not promises:
            raise NothingToWrite(QT_TRANSLATE_NOOP(
                "letters", "Aucune promesse de paiement à confirmer pour « {customer} »."),
                context="letters", customer=name)
        return promises[0], None
    if ctx.kind == "payment-plan":
        plans = [p for p in calls.plans_of(ctx.cf, ctx.customer.id)
                 if (plan_id is None and p.status == "active") or p.id == plan_id]
        if not plans:
            raise NothingToWrite(QT_TRANSLATE_NOOP(
                "letters", "Aucun échéancier en cours pour « {customer} »."),
                context="letters", customer=name)
        return None, plans[0]
    return None, None


def _agree(claimed: _Claimed, promise: PromiseLine | None, plan: PlanLine | None) -> None:
    """A confirmation asks for the promised amount, a payment plan for its next instalment."""
    if promise is not None:
        claimed.promise = promise
        claimed.pay_cents, claimed.currency = promise.amount_cents, promise.currency
    if plan is not None:
        claimed.plan = plan
        upcoming = [i for i in plan.instalments if i.paid_cents < i.amount_cents]
        claimed.pay_cents = (upcoming[0].amount_cents - upcoming[0].paid_cents) if upcoming else 0
        claimed.currency = plan.currency


def _claimed(ctx: _Letter, settings: Settings | None, promise_id: int | None,
             plan_id: int | None) -> _Claimed:
    """The invoices, the amounts (with the legal charges), what is asked and by when."""
    kind, today = ctx.kind, ctx.today
    lines = invoices_for(ctx.cf, ctx.customer.id, kind, today)
    if not lines and kind not in ("collection-file", "confirmation", "payment-plan"):
        raise NothingToWrite(QT_TRANSLATE_NOOP(
            "letters", "Rien à écrire à « {customer} » pour ce document : aucune facture "
            "concernée aujourd'hui."), context="letters", customer=ctx.customer.name)
    return _claimed_from(ctx, lines, settings, *_agreement(ctx, promise_id, plan_id))


def _claimed_from(ctx: _Letter, lines: list[InvoiceLine], settings: Settings | None,
                  promise: PromiseLine | None = None, plan: PlanLine | None = None) -> _Claimed:
    """What a document about ``lines`` asks for (and, agreed, ``promise`` or ``plan``)."""
    from relance_desktop.domain.legal import be_waiting_period
    from relance_desktop.domain.legal.belgium import be_consumer_damages_cap
    from relance_desktop.domain.legal.model import Channel

    kind, today = ctx.kind, ctx.today
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
    result.overdue = sum(i.due_cents for i in lines if i.currency == currency
                         and letter_parts.is_due(i.due_date, today))
    if kind == "statement":  # ask only for what is due; the rest is listed, not asked
        result.pay_cents = result.overdue
    _agree(result, promise, plan)
    if kind not in ASKS_PAYMENT:
        result.pay_cents = 0
    return result


def _agreement_values(ctx: _Letter, c: _Claimed) -> dict[str, str]:
    fmt, promise, plan = ctx.fmt, c.promise, c.plan
    first = plan.instalments[0] if plan and plan.instalments else None
    return {
        "promise_amount": fmt.money(promise.amount_cents, promise.currency) if promise else "—",
        "promise_date": fmt.date(promise.promised_on) if promise else "—",
        "promise_means": letter_parts.means_text(ctx.translate, promise.means)
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
    person = ctx.contact
    return {
        **letter_parts.salutation_values(
            ctx.texts, str(getattr(person, "civility", "") or "") if person else "",
            person.name if person is not None else ""),
        "overdue": fmt.money(c.overdue, currency),
        "customer": ctx.customer.name,
        "contact": ctx.contact.name if ctx.contact is not None else ctx.customer.name,
        "company": company.name,
        "user": ctx.user_name or company.name,
        "city": company.city or "",
        "date": fmt_long(today, ctx.locale),
        "invoice_numbers": ", ".join(i.number for i in c.lines) or "—",
        "invoice_count": str(len(c.lines)),
        "total_due": fmt.money(c.total_due, currency),
        "total_claimed": fmt.money(c.claimed, currency),
        "interest": letter_parts.interest_value(ctx.translate, fmt,
                                                fmt.money(c.interest, currency), c.assessments),
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
          "reference", "amount_to_pay", "scan_to_pay", "days_late", "instalment", "instalments",
          "status", "plan.paid", "plan.partly_paid", "plan.unpaid", "registered", "sign_here",
          "due_items", "upcoming_items")


def _invoices_table(ctx: _Letter, c: _Claimed, label: Mapping[str, str],
                    lines: Sequence[InvoiceLine] | None = None,
                    widths: tuple[float, ...] | None = None) -> m.Table:
    """The invoices: amount, settled (paid, or given back by a credit note), still due."""
    fmt = ctx.fmt
    lines = c.lines if lines is None else lines
    rows = tuple((i.number, fmt.date(i.issue_date), fmt.date(i.due_date),
                  fmt.money(i.amount_cents, i.currency),
                  fmt.money(i.paid_cents + i.credited_cents, i.currency),
                  fmt.money(i.due_cents, i.currency)) for i in lines)
    total = sum(i.due_cents for i in lines if i.currency == c.currency)
    return m.Table(
        (label["invoice"], label["issue_date"], label["due_date"], label["amount"],
         label["paid"], label["still_due"]), rows, frozenset({3, 4, 5}),
        ("", "", "", "", label["total"], fmt.money(total, c.currency)), widths)


def _statement_tables(ctx: _Letter, c: _Claimed, label: Mapping[str, str]) -> list[m.Block]:
    """A statement lists what is due (« échu ») apart from what is not due yet (« à échoir »)."""
    due = [i for i in c.lines if letter_parts.is_due(i.due_date, ctx.today)]
    upcoming = [i for i in c.lines if not letter_parts.is_due(i.due_date, ctx.today)]
    blocks: list[m.Block] = []
    for title, part in ((label["due_items"], due), (label["upcoming_items"], upcoming)):
        if part:
            blocks.append(m.Heading(title, level=2))
            # The same columns in both tables, so the amounts line up.
            blocks.append(_invoices_table(ctx, c, label, part, (1.15, 1.35, 1.35, 1.5, 1.1, 1.25)))
    return blocks


def _plan_table(ctx: _Letter, plan: PlanLine, label: Mapping[str, str]) -> m.Table:
    """The instalments, each with its state once its date has come (paid or not)."""
    fmt = ctx.fmt
    rows = tuple((str(n + 1), fmt.date(i.due_on), fmt.money(i.amount_cents, plan.currency),
                  letter_parts.instalment_state(i.due_on, i.amount_cents, i.paid_cents,
                                                ctx.today, label))
                 for n, i in enumerate(plan.instalments))
    return m.Table((label["instalment"], label["due_date"], label["amount"], label["status"]),
                   rows, frozenset({2}),
                   ("", label["total"], fmt.money(plan.total_cents, plan.currency), ""))


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
        blocks.extend(collection_file.blocks(ctx, values, c.lines, label))
    elif kind == "payment-plan" and c.plan is not None:
        blocks.append(_plan_table(ctx, c.plan, label))
    elif kind == "statement":
        blocks.extend(_statement_tables(ctx, c, label))
    elif c.lines:
        blocks.append(_invoices_table(ctx, c, label))
    if c.assessments:
        blocks.append(letter_parts.amounts_block(
            c.assessments, ctx.fmt, ctx.translate, label, c.currency, c.total_due, c.claimed,
            tuple(i.number for i in c.lines)))
    blocks.append(m.Paragraph(ctx.say(f"letter.{kind}.after", values)))
    payment, epc = _payment_block(ctx, c, label)
    if payment is not None:
        blocks.append(payment)
    signature = tuple(x for x in (ctx.user_name, company.name) if x)
    if company.signature.strip():
        signature = tuple(company.signature.strip().splitlines())
    blocks.append(m.Signature(ctx.say(f"letter.{kind}.closing", values), signature,
                              label["sign_here"] if kind == "payment-plan" else ""))
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
        mention=label_registered(ctx),
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
    promise_id: int | None = None, plan_id: int | None = None, unknown_rate: str = "open",
) -> Produced:
    """Everything a document says, ready to draw. Raises UserFacingError (unknown kind, nothing
    to write about, a template that cannot be filled; a missing interest rate only with
    ``unknown_rate="raise"``). With ``"open"`` (default) a missing rate never blocks: the
    interest is claimed without a figure from the first unknown half-year, and
    :attr:`Produced.rate_gap` says so (the app asks the user to confirm, the command line
    prints it)."""
    ctx = _letter(cf, customer_id, kind, today, user_name, language, translate_for)
    ctx = replace(ctx, unknown_rate=unknown_rate)
    claimed = _claimed(ctx, settings, promise_id, plan_id)
    values, spec, epc = _compose(ctx, claimed)
    customer, contact = ctx.customer, ctx.contact
    return Produced(
        kind, customer_id, ctx.lang, spec,
        tuple(i.id for i in claimed.lines), file_name_for(today, kind, customer, ctx.lang),
        contact.email if contact is not None and contact.email else customer.email,
        ctx.say(f"email.{kind}.subject", values), ctx.say(f"email.{kind}.body", values),
        claimed.pay_cents, claimed.currency, claimed.reference, epc,
        tuple(claimed.assessments), _notices(ctx, claimed), ctx.regime,
        regime_service.describe(ctx.regime, ctx.translate),
        letter_parts.rate_gap_text(ctx.translate, ctx.fmt, claimed.assessments))


def _compose(ctx: _Letter, claimed: _Claimed
             ) -> tuple[dict[str, str], m.DocumentSpec, str | None]:
    """The texts filled (values, subject included), the document drawn from them, the EPC
    payload: the one path of every document, and of the template editor's preview."""
    values = _values(ctx, claimed)
    values["subject"] = ctx.say(f"letter.{ctx.kind}.subject", values)
    label = {key: templates.render_letter(ctx.texts, f"label.{key}", values) for key in LABELS}
    blocks, epc = _blocks(ctx, claimed, values, label)
    return values, _spec(ctx, values, blocks), epc


def label_registered(ctx: _Letter) -> str:
    """« Lettre recommandée avec avis de réception » on a formal notice (a letter setting,
    on by default)."""
    from relance_desktop.services.company import registered_mail

    if ctx.kind != "formal-notice" or not registered_mail(ctx.company):
        return ""
    return templates.render_letter(ctx.texts, "label.registered", {})


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


# -- producing and keeping ----------------------------------------------------------------------
def draw(produced: Produced) -> bytes:
    from relance_desktop.reports.render import render

    return render(produced.spec)


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


DISPUTED_SQL = f"""
SELECT b.customer_id, MAX(b.dunning_level) AS level
FROM invoice_balance b JOIN customer c ON c.id = b.customer_id
WHERE {OPEN_INVOICE} AND b.disputed = 1 AND c.archived = 0 AND b.due_date < :before
GROUP BY b.customer_id
"""


@in_session
def disputed_customers(cf: CompanySession, today: date, *, min_days: int = 15,
                       at_level: int | None = None) -> set[int]:
    """Customers with an invoice overdue by more than ``min_days`` that is in dispute (on the
    invoice or the whole account; ``at_level``: whose highest reminder level so far is that
    one): :func:`candidates` leaves them out; the letters page shows them apart, to be chosen
    only knowingly."""
    rows = cf.rows(DISPUTED_SQL, {"before": (today - timedelta(days=min_days)).isoformat()})
    return {int(r.customer_id) for r in rows if at_level is None or int(r.level) == at_level}


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
    """The letters page's rows for these customers, by name as a reader orders them (accents
    and case folded). « Still due » is that of the invoices' own lines
    (:func:`invoice_service.open_invoices_by_customer`); the level is that of
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
    # Accents and case folded: « Élodie » among the E, « Łukasz » among the L (not after Z).
    rows.sort(key=lambda r: (search_key(r.name), r.name))
    return rows

"""What the call sheet shows before the call: the facts, the checklist, the objective, the script.

Everything here is read from the company and computed; nothing is written. What is still due on
an invoice is the ``invoice_balance`` view's (payments and credit notes taken off): the open
invoices are those the queue chases (state « open », something left, not credit notes).
"""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from relance_desktop.domain.calls.codes import (
    Audience,
    DisputeStatus,
    PlanStatus,
    PromiseStatus,
    Tone,
)
from relance_desktop.domain.calls.guards import CallPolicy, GuardReport, check_call
from relance_desktop.domain.calls.hours import CallHours, CallHoursError, parse_call_hours
from relance_desktop.domain.calls.objective import Objective, ObjectivePolicy, propose_objective
from relance_desktop.domain.calls.plans import PlanPolicy
from relance_desktop.domain.calls.profile import PayerHistory, audience, payer_tone
from relance_desktop.domain.legal.engine import assess
from relance_desktop.domain.legal.model import Claim, Options
from relance_desktop.domain.legal.rates import RateTable, RateUnknown
from relance_desktop.domain.legal.regime import Regime
from relance_desktop.domain.references import reference_for
from relance_desktop.i18n import QT_TRANSLATE_NOOP, Message
from relance_desktop.services import calls
from relance_desktop.services.call_limits import call_policy as call_policy  # re-exported
from relance_desktop.services.calls import CallLine, DisputeLine, PlanLine, PromiseLine, TaskLine
from relance_desktop.services.legal import debtor_for
from relance_desktop.services.regime import regime_for
from relance_desktop.settings import Settings
from relance_desktop.store.balance import OPEN_INVOICE
from relance_desktop.store.models import Company, Contact, Customer, Document
from relance_desktop.store.session import CompanySession, in_session

CTX = "callsheet"
LATE_DAYS = 7  # an invoice settled more than a week after its due date counts as paid late


@dataclass(frozen=True)
class ContactFacts:
    id: int
    name: str
    function: str
    phone: str
    mobile: str
    email: str
    is_primary: bool


@dataclass(frozen=True)
class InvoiceFacts:
    id: int
    number: str
    issue_date: date
    due_date: date
    amount_cents: int
    paid_cents: int  # paid, and given back by credit notes
    due_cents: int  # still due (``invoice_balance``)
    currency: str
    days_overdue: int
    description: str
    has_copy: bool
    disputed: bool
    charges_cents: int | None  # late interest + fixed indemnity today; None: not computable


class Check:
    OK = "ok"
    MISSING = "missing"
    TO_CHECK = "check"


@dataclass(frozen=True)
class ChecklistItem:
    code: str
    title: Message
    state: str  # Check.*
    detail: Message | None = None


@dataclass(frozen=True)
class CallFacts:
    customer_id: int
    name: str
    kind: str
    country: str
    language: str
    email: str
    address: str
    phone: str
    mobile: str
    call_hours: str
    hours: CallHours | None
    approver: str
    po_required: bool
    payment_run_days: str
    written_only: bool
    notes: str
    contacts: tuple[ContactFacts, ...]
    invoices: tuple[InvoiceFacts, ...]  # open invoices, oldest due first
    payments: tuple[tuple[date, str, int, str], ...]  # (paid on, invoice number, cents, currency)
    promises: tuple[PromiseLine, ...]
    disputes: tuple[DisputeLine, ...]
    plans: tuple[PlanLine, ...]
    calls: tuple[CallLine, ...]
    open_tasks: tuple[TaskLine, ...]
    tone: Tone
    audience: Audience
    objective: Objective
    reference: str
    company: str
    company_iban: str
    company_email: str
    checklist: tuple[ChecklistItem, ...]
    last_letter: date | None = None  # the last reminder letter or formal notice
    situation: str = "first_call"  # domain.calls.script.SITUATIONS
    regime: Regime | None = None  # the law of this customer's debts (services.regime)

    @property
    def chased(self) -> tuple[InvoiceFacts, ...]:
        """The invoices the call is about: the overdue ones not disputed (else the overdue
        ones, else all) — what the script names and adds up."""
        undisputed = tuple(i for i in self.overdue if not i.disputed)
        return undisputed or self.overdue or self.invoices

    @property
    def past_calls(self) -> tuple[CallLine, ...]:
        """The calls made (not the corrections of one, not the e-mails)."""
        return tuple(c for c in self.calls if c.kind == "call" and c.corrects_id is None)

    @property
    def broken_promise(self) -> PromiseLine | None:
        """The last promise made, when it was not kept (or only in part)."""
        made = [p for p in self.promises if p.status != PromiseStatus.CANCELLED]
        last = max(made, key=lambda p: (p.created_on, p.id), default=None)
        broken = (PromiseStatus.BROKEN, PromiseStatus.PARTIAL)
        return last if last is not None and last.status in broken else None

    @property
    def last_broken_promise(self) -> PromiseLine | None:
        """The latest promise not kept (or only in part), even if a new one was made since."""
        broken = [p for p in self.promises
                  if p.status in (PromiseStatus.BROKEN, PromiseStatus.PARTIAL)]
        return max(broken, key=lambda p: (p.created_on, p.id), default=None)

    @property
    def active_plan(self) -> PlanLine | None:
        return next((p for p in self.plans if p.status == PlanStatus.ACTIVE), None)

    @property
    def overdue(self) -> tuple[InvoiceFacts, ...]:
        return tuple(i for i in self.invoices if i.days_overdue > 0)

    def due_by_currency(self, *, overdue_only: bool = False,
                        undisputed: bool = False) -> dict[str, int]:
        totals: dict[str, int] = {}
        for inv in self.invoices:
            if (overdue_only and inv.days_overdue <= 0) or (undisputed and inv.disputed):
                continue
            totals[inv.currency] = totals.get(inv.currency, 0) + inv.due_cents
        return totals

    @property
    def main_currency(self) -> str:
        totals = self.due_by_currency()
        return max(totals, key=lambda c: totals[c]) if totals else "EUR"

    @property
    def person(self) -> ContactFacts | None:
        """The person to ask for: the primary contact, else the first one."""
        for contact in self.contacts:
            if contact.is_primary:
                return contact
        return self.contacts[0] if self.contacts else None


def _rate(text: str) -> Decimal | None:
    try:
        value = Decimal(text.replace(",", ".")) if text.strip() else None
    except InvalidOperation:
        return None
    return value if value is not None and value.is_finite() else None


def _charges(country: str, kind: str, inv: InvoiceFacts, rate: str, today: date,
             rates: RateTable | None, options: Options) -> int | None:
    if rates is None or inv.days_overdue <= 0 or inv.currency != "EUR" or country not in (
            "FR", "BE"):
        return None
    try:
        result = assess(Claim(country=country, debtor=debtor_for(kind),
                              principal_cents=inv.due_cents, due_date=inv.due_date,
                              assessed_on=today, currency=inv.currency, issued_on=inv.issue_date,
                              contractual_rate=_rate(rate)), rates, options)
    except (RateUnknown, ValueError):
        return None
    return result.total_cents - inv.due_cents


PAYER_HISTORY_SQL = """
SELECT b.due_date, b.due_cents,
       (SELECT MAX(p.paid_on) FROM payment p WHERE p.invoice_id = b.invoice_id) AS last_paid
FROM invoice_balance b
WHERE b.customer_id = ? AND b.state = 'open' AND b.kind = 'invoice'
"""


@in_session
def payer_history(cf: CompanySession, customer_id: int, today: date) -> PayerHistory:
    """How this customer paid so far: settled invoices (late or not), promises kept or broken."""
    settled = late = overdue = 0
    for r in cf.rows(PAYER_HISTORY_SQL, (customer_id,)):
        due = date.fromisoformat(r.due_date)
        if r.due_cents <= 0:
            settled += 1
            if r.last_paid and (date.fromisoformat(r.last_paid) - due).days > LATE_DAYS:
                late += 1
        elif due < today:
            overdue += 1
    counts = {r.status: int(r.n) for r in cf.rows(
        "SELECT status, COUNT(*) AS n FROM promise WHERE customer_id = ? GROUP BY status",
        (customer_id,))}
    return PayerHistory(
        invoices_settled=settled, settled_late=late,
        broken_promises=counts.get(PromiseStatus.BROKEN.value, 0)
        + counts.get(PromiseStatus.PARTIAL.value, 0),
        kept_promises=counts.get(PromiseStatus.KEPT.value, 0), overdue_invoices=overdue)


def _address(c: Customer) -> str:
    return ", ".join(part for part in (c.street, f"{c.postcode} {c.city}".strip()) if part)


def _say(text: str, **args: object) -> Message:
    return Message(CTX, text, dict(args))


def _checklist(f: CallFacts) -> tuple[ChecklistItem, ...]:
    items: list[ChecklistItem] = []
    person = f.person
    title = _say(QT_TRANSLATE_NOOP("callsheet", "La personne à demander"))
    if person is None:
        items.append(ChecklistItem("person", title, Check.MISSING, _say(QT_TRANSLATE_NOOP(
            "callsheet", "Aucun contact nommé : demandez qui s'occupe des factures "
            "fournisseurs et notez son nom et sa fonction."))))
    elif person.function:
        items.append(ChecklistItem("person", title, Check.OK))
    else:
        items.append(ChecklistItem("person", title, Check.TO_CHECK, _say(QT_TRANSLATE_NOOP(
            "callsheet", "Fonction inconnue : demandez-la pendant l'appel."))))
    phones = [p for p in (f.phone, f.mobile) if p] + [
        p for c in f.contacts for p in (c.phone, c.mobile) if p]
    title = _say(QT_TRANSLATE_NOOP("callsheet", "Un numéro de téléphone"))
    items.append(ChecklistItem("phone", title, Check.OK) if phones else ChecklistItem(
        "phone", title, Check.MISSING, _say(QT_TRANSLATE_NOOP(
            "callsheet", "Aucun numéro : cherchez-le sur la facture, le bon de commande ou le "
            "site du client."))))
    emails = [e for e in [f.email, *(c.email for c in f.contacts)] if e]
    title = _say(QT_TRANSLATE_NOOP("callsheet", "E-mail et adresse"))
    items.append(ChecklistItem("reach", title, Check.OK) if emails and f.address
                 else ChecklistItem("reach", title, Check.TO_CHECK, _say(QT_TRANSLATE_NOOP(
                     "callsheet", "Il manque l'e-mail ou l'adresse : demandez-les pour envoyer "
                     "la confirmation écrite."))))
    overdue = f.overdue
    title = _say(QT_TRANSLATE_NOOP("callsheet", "Les factures : numéro, date, montant, échéance"))
    items.append(ChecklistItem("invoices", title, Check.OK) if overdue else ChecklistItem(
        "invoices", title, Check.TO_CHECK, _say(QT_TRANSLATE_NOOP(
            "callsheet", "Aucune facture échue : appel de courtoisie avant l'échéance."))))
    missing = [i.number for i in (overdue or f.invoices) if not i.has_copy]
    title = _say(QT_TRANSLATE_NOOP("callsheet", "La copie de la facture sous la main"))
    items.append(ChecklistItem("copy", title, Check.MISSING, _say(QT_TRANSLATE_NOOP(
        "callsheet", "Pas de copie jointe pour : {numbers}. Joignez-la pour pouvoir l'envoyer "
        "tout de suite si le client ne l'a pas reçue."), numbers=", ".join(missing)))
        if missing else ChecklistItem("copy", title, Check.OK))
    title = _say(QT_TRANSLATE_NOOP("callsheet", "Les échanges passés"))
    if f.calls or f.promises or f.disputes or f.payments:
        items.append(ChecklistItem("history", title, Check.TO_CHECK, _say(QT_TRANSLATE_NOOP(
            "callsheet", "Relisez les paiements partiels, promesses, litiges et le dernier "
            "appel avant de composer le numéro."))))
    else:
        items.append(ChecklistItem("history", title, Check.OK, _say(QT_TRANSLATE_NOOP(
            "callsheet", "Premier contact pour ces factures."))))
    known = bool(f.approver or f.po_required or f.payment_run_days)
    title = _say(QT_TRANSLATE_NOOP("callsheet", "Le circuit de paiement du client"))
    if known or f.audience is Audience.CONSUMER:
        items.append(ChecklistItem("circuit", title, Check.OK))
    else:
        items.append(ChecklistItem("circuit", title, Check.TO_CHECK, _say(QT_TRANSLATE_NOOP(
            "callsheet", "Inconnu : demandez qui valide les paiements, s'il faut un bon de "
            "commande et les jours de paiement."))))
    items.append(ChecklistItem("objective", _say(QT_TRANSLATE_NOOP(
        "callsheet", "L'objectif de cet appel")), Check.OK, f.objective.text))
    return tuple(items)


# The customer's open invoices, oldest due first; « disputed »: an open dispute on the invoice or
# on the whole account.
OPEN_INVOICES_SQL = f"""
SELECT b.invoice_id, b.number, b.issue_date, b.due_date, b.amount_cents, b.paid_cents,
       b.credited_cents, b.due_cents, b.currency, b.disputed, i.description,
       CASE WHEN i.copy_id IS NULL THEN 0 ELSE 1 END AS has_copy, i.contractual_rate
FROM invoice_balance b JOIN invoice i ON i.id = b.invoice_id
WHERE b.customer_id = ? AND {OPEN_INVOICE}
ORDER BY b.due_date, b.number
"""


@in_session
def prepare(cf: CompanySession, customer_id: int, today: date, *, rates: RateTable | None = None,
            options: Options | None = None, objective_policy: ObjectivePolicy | None = None,
            ) -> CallFacts:
    """Gather what the caller needs before dialling."""
    customer = Customer.get_by_id(customer_id)
    company = Company.select().first()
    country = company.country if company is not None else "FR"
    # The late charges follow the law of the debt, as the letters do (services.regime).
    regime = regime_for(company, customer) if company is not None else None
    law = regime.law if regime is not None else country
    invoices = []
    for r in cf.rows(OPEN_INVOICES_SQL, (customer_id,)):
        due = date.fromisoformat(r.due_date)
        inv = InvoiceFacts(r.invoice_id, r.number, date.fromisoformat(r.issue_date), due,
                           r.amount_cents, r.paid_cents + r.credited_cents, r.due_cents,
                           r.currency, (today - due).days, r.description, bool(r.has_copy),
                           bool(r.disputed), None)
        charges = _charges(law, customer.kind, inv, r.contractual_rate, today, rates,
                           options or Options())
        invoices.append(replace(inv, charges_cents=charges))
    payments = tuple(
        (date.fromisoformat(r.paid_on), r.number, r.amount_cents, r.currency) for r in cf.rows(
            "SELECT p.paid_on, i.number, p.amount_cents, i.currency FROM payment p JOIN invoice i"
            " ON i.id = p.invoice_id WHERE i.customer_id = ? ORDER BY p.paid_on DESC, p.id DESC",
            (customer_id,)))
    contacts = tuple(ContactFacts(c.id, c.name, c.function, c.phone, c.mobile, c.email,
                                  c.is_primary)
                     for c in Contact.select().where(Contact.customer == customer_id)
                     .order_by(Contact.is_primary.desc(), Contact.name))
    try:
        hours: CallHours | None = parse_call_hours(customer.call_hours)
    except CallHoursError:
        hours = None
    history = payer_history(cf, customer_id, today)
    tone = payer_tone(history)
    overdue_due = sum(i.due_cents for i in invoices if i.days_overdue > 0) or sum(
        i.due_cents for i in invoices)
    currency = invoices[0].currency if invoices else (company.currency if company else "EUR")
    objective = propose_objective(
        due_cents=overdue_due, currency=currency,
        disputed=any(i.disputed for i in invoices), tone=tone,
        broken_promises=history.broken_promises, policy=objective_policy or ObjectivePolicy())
    main = invoices[0].number if invoices else ""
    reference = reference_for(country, main)[1] if main else ""
    facts = CallFacts(
        customer_id=customer_id, name=customer.name, kind=customer.kind,
        country=customer.country, language=customer.language, email=customer.email,
        address=_address(customer), phone=customer.phone, mobile=customer.mobile,
        call_hours=customer.call_hours, hours=hours, approver=customer.approver,
        po_required=bool(customer.po_required), payment_run_days=customer.payment_run_days,
        written_only=bool(customer.written_only), notes=customer.notes, contacts=contacts,
        invoices=tuple(invoices), payments=payments,
        promises=tuple(calls.promises_of(cf, customer_id)),
        disputes=tuple(calls.disputes_of(cf, customer_id)),
        plans=tuple(calls.plans_of(cf, customer_id)),
        calls=tuple(calls.calls_of(cf, customer_id)),
        open_tasks=tuple(calls.tasks_of(cf, customer_id, open_only=True)),
        tone=tone, audience=audience(customer.kind), objective=objective, reference=reference,
        company=company.name if company else "", company_iban=company.iban if company else "",
        company_email=company.email if company else "", checklist=(),
        last_letter=_last_letter(customer_id), regime=regime,
    )
    return _with_checklist(facts)


REMINDER_KINDS = ("reminder-1", "reminder-2", "formal-notice")


def _last_letter(customer_id: int) -> date | None:
    last = (Document.select().where((Document.customer == customer_id)
                                    & Document.kind.in_(REMINDER_KINDS))
            .order_by(Document.created_at.desc()).first())
    if last is None:
        return None
    moment = last.sent_at or last.created_at
    return moment.date() if isinstance(moment, datetime) else date.fromisoformat(str(moment)[:10])


def _situation(facts: CallFacts) -> str:
    """Where the customer stands (domain.calls.script.situation_for) from its history."""
    from relance_desktop.domain.calls.script import situation_for

    calls_made = facts.past_calls
    last_call = max((c.occurred_at.date() for c in calls_made), default=None)
    dispute = any(d.status == DisputeStatus.OPEN
                  or (last_call is not None and d.opened_on >= last_call)
                  for d in facts.disputes)
    letter = facts.last_letter is not None and (last_call is None
                                                or facts.last_letter >= last_call)
    return situation_for(
        broken_promise=facts.broken_promise is not None,
        active_plan=facts.active_plan is not None, dispute=dispute,
        calls_made=len(calls_made),
        max_days_overdue=max((i.days_overdue for i in facts.invoices), default=0),
        letter_since_last_call=letter)


def _with_checklist(facts: CallFacts) -> CallFacts:
    facts = replace(facts, checklist=_checklist(facts))
    return replace(facts, situation=_situation(facts))


@in_session
def guard(cf: CompanySession, facts: CallFacts, at: datetime,
          policy: CallPolicy | None = None) -> GuardReport:
    """May this customer be called now? (hours, holidays, how often, written contact only)."""
    return check_call(at, country=facts.country, policy=policy or CallPolicy(),
                      past_calls=calls.past_calls(cf, facts.customer_id),
                      written_only=facts.written_only, customer_hours=facts.hours)


def invoice_numbers(numbers: list[str], and_word: str) -> str:
    """« F-101, F-102 et F-103 » (the last joined by the language's word for *and*)."""
    if len(numbers) <= 1:
        return "".join(numbers)
    return f"{', '.join(numbers[:-1])} {and_word} {numbers[-1]}"


def language_locale(language: str, country: str) -> str:
    """The babel locale to speak to a customer in ``language`` living in ``country``."""
    table: Mapping[tuple[str, str], str] = {
        ("fr", "BE"): "fr_BE", ("nl", "BE"): "nl_BE", ("nl", "NL"): "nl_NL",
        ("en", "IE"): "en_IE",
    }
    return table.get((language, country), {"fr": "fr_FR", "nl": "nl_BE", "en": "en_GB"}.get(
        language, "fr_FR"))


# -- the script's words ---------------------------------------------------------------------------
def long_date(day: date, locale: str) -> str:
    """« vendredi 13 novembre » in the customer's language (babel orders the parts; the day's
    name is said in full, never « ven. »)."""
    import re

    from babel import Locale
    from babel.dates import format_date, format_skeleton

    skeleton = Locale.parse(locale).datetime_skeletons.get("MMMMEd")
    if skeleton is None:
        return str(format_skeleton("MMMMEEEEd", day, locale=locale))
    pattern = re.sub(r"E+", "EEEE", skeleton.pattern)
    return str(format_date(day, pattern, locale=locale))


def script_values(facts: CallFacts, *, user: str, today: date, templates: Mapping[str, str],
                  objective: str, contact: str = "") -> dict[str, str]:
    """Every placeholder of the script, filled for this customer in its own language."""
    from relance_desktop.domain.calls.script import TemplateError, render, said_product
    from relance_desktop.formatting import Formatter
    from relance_desktop.services import templates as template_service

    locale = language_locale(facts.language, facts.country)
    fmt = Formatter(locale)
    chased = facts.chased
    first = chased[0] if chased else None
    currency = first.currency if first else facts.main_currency
    amount = sum(i.due_cents for i in chased if i.currency == currency)
    person = facts.person
    and_word = templates.get("word.and", "&")

    def when(day: date) -> str:
        return long_date(day, locale)

    broken, plan = facts.last_broken_promise, facts.active_plan
    instalment = next((i for i in plan.instalments if i.paid_cents < i.amount_cents),
                      None) if plan is not None else None
    past = facts.past_calls
    known = {
        "user": user,
        "company": facts.company,
        "contact": contact or (person.name if person else facts.name),
        "customer": facts.name,
        "invoice_number": first.number if first else "",
        "invoice_numbers": invoice_numbers([i.number for i in chased], and_word),
        "invoice_date": fmt.date(first.issue_date) if first else "",
        "due_date": fmt.date(first.due_date) if first else "",
        # Each figure is the figure of what it names: the main invoice alone, or the total.
        "invoice_amount": fmt.money(first.due_cents, first.currency) if first else "",
        "invoice_count": str(len(chased)),
        "amount_due": fmt.money(amount, currency),
        "days_overdue": str(max((i.days_overdue for i in chased), default=0)),
        "product": (said_product(first.description) if first and first.description.strip()
                    else templates.get("word.order", "")),
        "objective": objective,
        "email": person.email if person and person.email else facts.email,
        "phone": fmt.phone(facts.phone, facts.country) if facts.phone else "",
        "reference": facts.reference,
        "iban": facts.company_iban,
        "approver": facts.approver,
        "payment_run_days": facts.payment_run_days,
        "disputed_invoices": invoice_numbers(
            [i.number for i in facts.invoices if i.disputed], and_word),
        "broken_amount": fmt.money(broken.amount_cents, broken.currency) if broken else "",
        "broken_date": when(broken.promised_on) if broken else "",
        "instalment_amount": (fmt.money(instalment.amount_cents - instalment.paid_cents,
                                        plan.currency) if plan and instalment else ""),
        "instalment_date": when(instalment.due_on) if instalment else "",
        "letter_date": fmt.date(facts.last_letter) if facts.last_letter else "",
        "last_call_date": (fmt.date(max(c.occurred_at for c in past).date()) if past else ""),
        "calls_made": str(len(past)),
    }
    # What is not known reads « … » (``word.unknown``): never a hole in what is said.
    values = template_service.values_for(templates, known)
    key = "phrase.total.several" if len(chased) > 1 else "phrase.total.one"
    values["invoices_total"] = ""  # nothing overdue yet (a call before the due date): no total
    if facts.overdue:
        with suppress(TemplateError):  # a text the user broke: said without it
            values["invoices_total"] = render(templates.get(key, ""), values, key)
    return values


@in_session
def recap_text(cf: CompanySession, facts: CallFacts, *, interaction_id: int | None,
               state: Mapping[str, object], today: date, templates: Mapping[str, str],
               common: Mapping[str, str]) -> str:
    """What to read back to the customer: everything agreed during this call, in its language."""
    import json

    from relance_desktop.domain.calls.script import Agreement, build_recap, spoken_date
    from relance_desktop.formatting import Formatter

    locale = language_locale(facts.language, facts.country)
    fmt = Formatter(locale)

    def when(day: date) -> str:
        return spoken_date(day, today, templates, long_date(day, locale))

    agreements: list[Agreement] = []
    if interaction_id is not None:
        for p in calls.promises_of(cf, facts.customer_id):
            if p.interaction_id == interaction_id and p.status != PromiseStatus.CANCELLED:
                agreements.append(Agreement("promise", {
                    "promise_amount": fmt.money(p.amount_cents, p.currency),
                    "promise_date": when(p.promised_on),
                    "promise_means": templates.get(f"means.{p.means}", p.means),
                    "reference": p.reference or common.get("reference", ""),
                }))
        for plan in calls.plans_of(cf, facts.customer_id):
            if plan.interaction_id == interaction_id and plan.instalments:
                first, last = plan.instalments[0], plan.instalments[-1]
                agreements.append(Agreement("plan", {
                    "plan_count": str(len(plan.instalments)),
                    "plan_amount": fmt.money(first.amount_cents, plan.currency),
                    "plan_first": when(first.due_on), "plan_last": when(last.due_on),
                    "plan_period": templates.get(f"period.{plan.period}", plan.period),
                }))
        numbers = [d.invoice_number for d in calls.disputes_of(cf, facts.customer_id)
                   if d.interaction_id == interaction_id]
        if numbers:
            agreements.append(Agreement("dispute", {"disputed_invoices": invoice_numbers(
                numbers, templates.get("word.and", "&"))}))
        for task in calls.tasks_of(cf, facts.customer_id):
            if task.interaction_id != interaction_id or task.done_note == "cancelled":
                continue
            if task.kind == "call_back":
                moment = f"{when(task.due_at.date())} {fmt.time(task.due_at.time())}"
                agreements.append(Agreement("callback", {"callback_when": moment}))
            elif task.kind == "check_payment" and task.promise_id is None \
                    and task.instalment_id is None:
                try:
                    claimed = json.loads(task.note)
                    day = date.fromisoformat(claimed["claimed_on"])
                    currency = str(claimed.get("currency", "EUR"))
                except (ValueError, KeyError, TypeError):
                    continue
                agreements.append(Agreement("claimed_payment", {
                    "claimed_amount": fmt.money(task.amount_cents or 0, currency),
                    "claimed_date": fmt.date(day)}))
    if state.get("copy_sent"):
        agreements.append(Agreement("copy_sent", {"email": str(state["copy_sent"])}))
    new_contacts = state.get("new_contacts")
    for name in new_contacts if isinstance(new_contacts, list) else []:
        agreements.append(Agreement("new_contact", {"new_contact": str(name)}))
    return build_recap(templates, agreements, common)


# -- policies from the user's settings ------------------------------------------------------------
def plan_policy(settings: Settings) -> PlanPolicy:
    return PlanPolicy(max_months=int(settings.get("plan_max_months")),
                      min_instalment_cents=int(settings.get("plan_min_instalment_cents")))


def objective_policy(settings: Settings) -> ObjectivePolicy:
    return ObjectivePolicy(small_debt_cents=int(settings.get("small_debt_cents")),
                           large_debt_cents=int(settings.get("large_debt_cents")))

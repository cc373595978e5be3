"""The collection file's account of everything that happened with a customer (payments,
calls, documents, promises, disputes), for a collection agency or a lawyer: each stored code
said in the document's language (:mod:`relance_desktop.domain.vocabulary`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING

from relance_desktop.i18n import QT_TRANSLATE_NOOP, Translate
from relance_desktop.reports import model as m
from relance_desktop.services import templates
from relance_desktop.services.invoices import InvoiceLine

if TYPE_CHECKING:
    from relance_desktop.services.letters import _Letter


def _word(translate: Translate, table: Mapping[str, str], code: str) -> str:
    text = table.get(code)
    return translate("labels", text) if text else code


def blocks(ctx: _Letter, values: Mapping[str, str], lines: Sequence[InvoiceLine],
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
               _word(ctx.translate, v.DOCUMENT_KINDS, d.kind),
               _word(ctx.translate, v.SENT_VIA, d.sent_via) if d.sent_via else "")
              for d in documents))


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

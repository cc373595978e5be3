"""A customer's timeline: invoices, payments, calls, letters, promises, disputes, edits.

Later features (call sheet, letters, imports) write their own tables; the timeline reads them
all, newest first.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from relance_desktop.i18n import QT_TRANSLATE_NOOP
from relance_desktop.store.session import CompanySession, in_session

CTX = "history"

TITLES = {
    "invoice": QT_TRANSLATE_NOOP("history", "Facture {number} émise"),
    "payment": QT_TRANSLATE_NOOP("history", "Paiement reçu sur la facture {number}"),
    "call": QT_TRANSLATE_NOOP("history", "Appel"),
    "email": QT_TRANSLATE_NOOP("history", "E-mail"),
    "letter": QT_TRANSLATE_NOOP("history", "Courrier"),
    "sms": QT_TRANSLATE_NOOP("history", "SMS"),
    "note": QT_TRANSLATE_NOOP("history", "Note"),
    "promise": QT_TRANSLATE_NOOP("history", "Promesse de paiement pour le {date}"),
    "dispute": QT_TRANSLATE_NOOP("history", "Litige ouvert sur {number}"),
    "plan": QT_TRANSLATE_NOOP("history", "Échéancier de {count} échéances"),
    "call_back": QT_TRANSLATE_NOOP("history", "Rappel convenu pour le {when}"),
    "claimed": QT_TRANSLATE_NOOP("history", "Paiement annoncé par le client, à vérifier"),
    "correction": QT_TRANSLATE_NOOP("history", "Correction d'un appel"),
    "status": QT_TRANSLATE_NOOP("history", "Suivi : {entity} {status}"),
    "document": QT_TRANSLATE_NOOP("history", "Document produit : {kind}"),
    "import": QT_TRANSLATE_NOOP("history", "Import « {file} »"),
    "audit": QT_TRANSLATE_NOOP("history", "Modification : {entity}"),
    "dunning": QT_TRANSLATE_NOOP("history", "Relance « {scenario} », étape {position} : {channel}"),
}


@dataclass(frozen=True)
class Entry:
    when: datetime
    kind: str
    args: dict[str, Any] = field(default_factory=dict)
    detail: str = ""
    cents: int | None = None
    currency: str = "EUR"
    outcome: str = ""  # calls: the outcome code (reached, no_answer...); dunning: done/skipped…
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)  # audit: before/after
    who: str = ""  # the user who did it, when known
    ref: int | None = None  # calls and corrections: the interaction, to reopen it

    @property
    def title(self) -> str:
        return TITLES[self.kind]


def _at(value: str) -> datetime:
    if len(value) == 10:
        return datetime.combine(date.fromisoformat(value), time())
    return datetime.fromisoformat(value)


@in_session
def timeline(cf: CompanySession, customer_id: int, today: date | None = None) -> list[Entry]:
    """Everything that happened with a customer, newest first. ``today``: the day the dunning
    steps are seen from (a call step whose call will not come any more is told as skipped)."""
    users = {r.id: r.name for r in cf.rows('SELECT id, name FROM "user"')}
    entries = [
        *_money_entries(cf, customer_id),
        *_call_entries(cf, customer_id, users),
        *_follow_up_entries(cf, customer_id, users),
        *_record_entries(cf, customer_id, users),
        *_dunning_entries(cf, customer_id, today),
    ]
    entries.sort(key=lambda e: e.when, reverse=True)
    return entries


def _money_entries(cf: CompanySession, customer_id: int) -> list[Entry]:
    """Invoices and payments."""
    entries: list[Entry] = []
    for r in cf.rows(
        "SELECT number, issue_date, amount_cents, currency, description FROM invoice "
        "WHERE customer_id = ?", (customer_id,)
    ):
        entries.append(Entry(_at(r.issue_date), "invoice", {"number": r.number}, r.description,
                             r.amount_cents, r.currency))
    for r in cf.rows(
        "SELECT i.number, p.paid_on, p.amount_cents, i.currency, p.method FROM payment p "
        "JOIN invoice i ON i.id = p.invoice_id WHERE i.customer_id = ?", (customer_id,)
    ):
        entries.append(Entry(_at(r.paid_on), "payment", {"number": r.number}, r.method,
                             r.amount_cents, r.currency))
    return entries


def _call_entries(cf: CompanySession, customer_id: int, users: dict[int, str]) -> list[Entry]:
    """Calls (and corrections), promises and payment plans."""
    entries: list[Entry] = []
    for r in cf.rows(
        "SELECT id, kind, occurred_at, outcome, notes, user_id, corrects_id FROM interaction "
        "WHERE customer_id = ? AND draft = 0", (customer_id,)
    ):
        kind = "correction" if r.corrects_id is not None else r.kind
        entries.append(Entry(_at(r.occurred_at), kind if kind in TITLES else "note", {},
                             r.notes, outcome=r.outcome, who=users.get(r.user_id, ""),
                             ref=r.id))
    for r in cf.rows(
        "SELECT created_at, promised_on, amount_cents, currency, status, user_id FROM promise "
        "WHERE customer_id = ?", (customer_id,),
    ):
        entries.append(Entry(_at(r.created_at), "promise",
                             {"date": date.fromisoformat(r.promised_on)}, r.status,
                             r.amount_cents, r.currency, who=users.get(r.user_id, "")))
    for r in cf.rows(
        "SELECT p.created_at, COUNT(i.id) AS instalments, p.total_cents, p.currency, p.status, "
        "p.user_id FROM payment_plan p LEFT JOIN instalment i ON i.plan_id = p.id "
        "WHERE p.customer_id = ? "
        "GROUP BY p.id, p.created_at, p.total_cents, p.currency, p.status, p.user_id",
        (customer_id,),
    ):
        entries.append(Entry(_at(r.created_at), "plan", {"count": r.instalments}, r.status,
                             r.total_cents, r.currency, who=users.get(r.user_id, "")))
    return entries


def _follow_up_entries(
    cf: CompanySession, customer_id: int, users: dict[int, str]
) -> list[Entry]:
    """Disputes, call-backs agreed and payments the customer says were made."""
    entries: list[Entry] = []
    for r in cf.rows(
        "SELECT d.opened_on, COALESCE(i.number, '') AS number, d.reason, d.status, d.user_id "
        "FROM dispute d LEFT JOIN invoice i ON i.id = d.invoice_id WHERE d.customer_id = ?",
        (customer_id,),
    ):
        entries.append(Entry(_at(r.opened_on), "dispute", {"number": r.number or "—"},
                             f"{r.reason} ({r.status})", who=users.get(r.user_id, "")))
    for r in cf.rows(
        "SELECT created_at, kind, due_at, amount_cents, user_id, promise_id, instalment_id "
        "FROM task WHERE customer_id = ?", (customer_id,)
    ):
        if r.kind == "call_back" and r.promise_id is None:
            entries.append(Entry(_at(r.created_at), "call_back", {"when": _at(r.due_at)}, "",
                                 who=users.get(r.user_id, "")))
        elif r.kind == "check_payment" and r.promise_id is None and r.instalment_id is None:
            entries.append(Entry(_at(r.created_at), "claimed", {}, "", r.amount_cents,
                                 who=users.get(r.user_id, "")))
    return entries


def _record_entries(cf: CompanySession, customer_id: int, users: dict[int, str]) -> list[Entry]:
    """Documents kept, imports, and changes made by hand or by the follow-ups."""
    entries: list[Entry] = []
    for r in cf.rows(
        "SELECT created_at, kind, sent_via FROM document WHERE customer_id = ?", (customer_id,)
    ):
        entries.append(Entry(_at(r.created_at), "document", {"kind": r.kind}, r.sent_via))
    for r in cf.rows(
        "SELECT DISTINCT b.created_at, b.file_name FROM import_batch b "
        "JOIN invoice i ON i.import_batch_id = b.id WHERE i.customer_id = ?", (customer_id,)
    ):
        entries.append(Entry(_at(r.created_at), "import", {"file": r.file_name}))
    for r in cf.rows(
        'SELECT "at", "action", "entity", "before", "after", "user_id" FROM audit_event '
        "WHERE customer_id = ? AND (action IN ('update', 'delete', 'attach', 'status') "
        "OR (action = 'create' AND entity = 'contact'))", (customer_id,)
    ):
        old = json.loads(r.before) if r.before else {}
        new = json.loads(r.after) if r.after else {}
        if r.action == "status":  # the app's own follow-up: a promise kept or broken...
            entries.append(Entry(_at(r.at), "status", {"entity": r.entity,
                                                       "status": new.get("status", "")}))
            continue
        changes = {key: (old.get(key), new.get(key)) for key in sorted({*old, *new})}
        entries.append(Entry(_at(r.at), "audit", {"entity": r.entity}, r.action,
                             changes=changes, who=users.get(r.user_id, "")))
    return entries


def _dunning_entries(cf: CompanySession, customer_id: int, today: date | None) -> list[Entry]:
    """The steps of the dunning scenarios done, skipped or waiting for their call, newest first
    (on the day they were done; ``args``: the scenario's name, the step's position and its
    channel code; ``outcome``: done / skipped / pending; ``detail``: why it was skipped, a code
    (``catch_up``, ``call_not_made``) or the user's words)."""
    from relance_desktop.services import dunning

    names = {key: scenario.name for key, scenario in dunning.scenarios(cf)[0].items()}
    why = dunning.reasons(cf, customer_id)
    numbers = dunning.invoice_numbers(cf, customer_id)
    entries = []
    for h in reversed(dunning.history(cf, customer_id, today)):
        reason = h.reason or why.get((h.scenario, h.position, h.on), "")
        invoices = ", ".join(numbers.get(i, "?") for i in h.invoice_ids)
        entries.append(Entry(
            datetime.combine(h.on, time()), "dunning",
            {"scenario": names.get(h.scenario, h.scenario), "position": h.position,
             "channel": h.channel.value, "invoices": invoices},
            reason if h.outcome.value == "skipped" else "", outcome=h.outcome.value))
    return entries

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
}


@dataclass(frozen=True)
class Entry:
    when: datetime
    kind: str
    args: dict[str, Any] = field(default_factory=dict)
    detail: str = ""
    cents: int | None = None
    currency: str = "EUR"
    outcome: str = ""  # calls: the outcome code (reached, no_answer...)
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
def timeline(cf: CompanySession, customer_id: int) -> list[Entry]:
    conn = cf.raw()
    entries: list[Entry] = []
    for number, issued, cents, currency, what in conn.execute(
        "SELECT number, issue_date, amount_cents, currency, description FROM invoice "
        "WHERE customer_id = ?", (customer_id,)
    ):
        entries.append(Entry(_at(issued), "invoice", {"number": number}, what, cents, currency))
    for number, paid_on, cents, currency, method in conn.execute(
        "SELECT i.number, p.paid_on, p.amount_cents, i.currency, p.method FROM payment p "
        "JOIN invoice i ON i.id = p.invoice_id WHERE i.customer_id = ?", (customer_id,)
    ):
        entries.append(Entry(_at(paid_on), "payment", {"number": number}, method, cents, currency))
    users = dict(conn.execute("SELECT id, name FROM user").fetchall())
    for ref, kind, at, outcome, notes, user, corrects in conn.execute(
        "SELECT id, kind, occurred_at, outcome, notes, user_id, corrects_id FROM interaction "
        "WHERE customer_id = ? AND draft = 0", (customer_id,)
    ):
        if corrects is not None:
            kind = "correction"
        entries.append(Entry(_at(at), kind if kind in TITLES else "note", {}, notes,
                             outcome=outcome, who=users.get(user, ""), ref=ref))
    for created, on, cents, currency, status, user in conn.execute(
        "SELECT created_at, promised_on, amount_cents, currency, status, user_id FROM promise "
        "WHERE customer_id = ?", (customer_id,),
    ):
        entries.append(Entry(_at(created), "promise", {"date": date.fromisoformat(on)}, status,
                             cents, currency, who=users.get(user, "")))
    for created, count, total, currency, status, user in conn.execute(
        "SELECT p.created_at, COUNT(i.id), p.total_cents, p.currency, p.status, p.user_id "
        "FROM payment_plan p LEFT JOIN instalment i ON i.plan_id = p.id WHERE p.customer_id = ? "
        "GROUP BY p.id", (customer_id,),
    ):
        entries.append(Entry(_at(created), "plan", {"count": count}, status, total, currency,
                             who=users.get(user, "")))
    for opened, number, reason, status, user in conn.execute(
        "SELECT d.opened_on, COALESCE(i.number, ''), d.reason, d.status, d.user_id FROM dispute d"
        " LEFT JOIN invoice i ON i.id = d.invoice_id WHERE d.customer_id = ?", (customer_id,)
    ):
        entries.append(Entry(_at(opened), "dispute", {"number": number or "—"},
                             f"{reason} ({status})", who=users.get(user, "")))
    for created, kind, due, cents, user, promise, instalment in conn.execute(
        "SELECT created_at, kind, due_at, amount_cents, user_id, promise_id, instalment_id "
        "FROM task WHERE customer_id = ?", (customer_id,)
    ):
        if kind == "call_back" and promise is None:
            entries.append(Entry(_at(created), "call_back", {"when": _at(due)}, "",
                                 who=users.get(user, "")))
        elif kind == "check_payment" and promise is None and instalment is None:
            entries.append(Entry(_at(created), "claimed", {}, "", cents,
                                 who=users.get(user, "")))
    for created, kind, via in conn.execute(
        "SELECT created_at, kind, sent_via FROM document WHERE customer_id = ?", (customer_id,)
    ):
        entries.append(Entry(_at(created), "document", {"kind": kind}, via))
    for created, file_name in conn.execute(
        "SELECT DISTINCT b.created_at, b.file_name FROM import_batch b "
        "JOIN invoice i ON i.import_batch_id = b.id WHERE i.customer_id = ?", (customer_id,)
    ):
        entries.append(Entry(_at(created), "import", {"file": file_name}))
    for at, action, entity, before, after, user in conn.execute(
        "SELECT at, action, entity, before, after, user_id FROM audit_event WHERE customer_id = ? "
        "AND (action IN ('update', 'delete', 'attach', 'status') "
        "OR (action = 'create' AND entity = 'contact'))", (customer_id,)
    ):
        old = json.loads(before) if before else {}
        new = json.loads(after) if after else {}
        if action == "status":  # the app's own follow-up: a promise kept or broken...
            entries.append(Entry(_at(at), "status", {"entity": entity,
                                                     "status": new.get("status", "")}))
            continue
        changes = {key: (old.get(key), new.get(key)) for key in sorted({*old, *new})}
        entries.append(Entry(_at(at), "audit", {"entity": entity}, action, changes=changes,
                             who=users.get(user, "")))
    entries.sort(key=lambda e: e.when, reverse=True)
    return entries

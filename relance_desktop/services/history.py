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
from relance_desktop.store.database import CompanyFile

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
    "dispute": QT_TRANSLATE_NOOP("history", "Litige ouvert"),
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

    @property
    def title(self) -> str:
        return TITLES[self.kind]


def _at(value: str) -> datetime:
    if len(value) == 10:
        return datetime.combine(date.fromisoformat(value), time())
    return datetime.fromisoformat(value)


def timeline(cf: CompanyFile, customer_id: int) -> list[Entry]:
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
    for kind, at, outcome, notes in conn.execute(
        "SELECT kind, occurred_at, outcome, notes FROM interaction "
        "WHERE customer_id = ? AND draft = 0", (customer_id,)
    ):
        entries.append(Entry(_at(at), kind if kind in TITLES else "note", {}, notes,
                             outcome=outcome))
    for created, on, cents, status in conn.execute(
        "SELECT created_at, promised_on, amount_cents, status FROM promise WHERE customer_id = ?",
        (customer_id,),
    ):
        entries.append(Entry(_at(created), "promise", {"date": date.fromisoformat(on)}, status,
                             cents))
    for opened, reason, status in conn.execute(
        "SELECT opened_on, reason, status FROM dispute WHERE customer_id = ?", (customer_id,)
    ):
        entries.append(Entry(_at(opened), "dispute", {}, f"{reason} ({status})"))
    for created, kind, via in conn.execute(
        "SELECT created_at, kind, sent_via FROM document WHERE customer_id = ?", (customer_id,)
    ):
        entries.append(Entry(_at(created), "document", {"kind": kind}, via))
    for created, file_name in conn.execute(
        "SELECT DISTINCT b.created_at, b.file_name FROM import_batch b "
        "JOIN invoice i ON i.import_batch_id = b.id WHERE i.customer_id = ?", (customer_id,)
    ):
        entries.append(Entry(_at(created), "import", {"file": file_name}))
    for at, action, entity, before, after in conn.execute(
        "SELECT at, action, entity, before, after FROM audit_event WHERE customer_id = ? "
        "AND action IN ('update', 'delete', 'attach')", (customer_id,)
    ):
        old = json.loads(before) if before else {}
        new = json.loads(after) if after else {}
        changes = {key: (old.get(key), new.get(key)) for key in sorted({*old, *new})}
        entries.append(Entry(_at(at), "audit", {"entity": entity}, action, changes=changes))
    entries.sort(key=lambda e: e.when, reverse=True)
    return entries

"""Which collector chases which customer (team mode): by hand, in bulk, or by rules.

A customer assigned to nobody is in the *pool*: anyone may take it. Today shows « my queue »
(my customers and the pool) by default; « Client suivant » hands out my customers first, then
the pool (:func:`relance_desktop.services.claims.next_customer`). Rules (country, language,
amount owed) are applied on demand, after a preview of how many customers each would take.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from relance_desktop.errors import ValidationError
from relance_desktop.i18n import QT_TRANSLATE_NOOP
from relance_desktop.services import audit
from relance_desktop.services.queue import Owners
from relance_desktop.services.team_roles import current_user_id, signed_in
from relance_desktop.store.balance import OPEN_INVOICE
from relance_desktop.store.models import User
from relance_desktop.store.session import Change, CompanySession, Topic, in_session

log = logging.getLogger(__name__)

UNKNOWN_COLLECTOR = QT_TRANSLATE_NOOP(
    "team", "Ce chargé de recouvrement n'existe pas ou a été désactivé."
)
BAD_BAND = QT_TRANSLATE_NOOP(
    "team", "Le montant minimum dépasse le maximum : corrigez la tranche de la règle {number}."
)


@dataclass(frozen=True)
class Collector:
    id: int
    name: str
    login: str


@dataclass(frozen=True)
class Rule:
    """Customers matching every condition given go to ``user_id`` (None: back to the pool).

    ``country`` / ``language``: ISO codes (empty: any); the band is on what the customer still
    owes on open invoices, in cents (None: no bound)."""

    user_id: int | None
    country: str = ""
    language: str = ""
    min_owed_cents: int | None = None
    max_owed_cents: int | None = None


@in_session
def collectors(cf: CompanySession) -> list[Collector]:
    """The people a customer can be assigned to (active, with a server login), by name."""
    rows = (User.select().where((User.active == True) & (User.login != ""))  # noqa: E712
            .order_by(User.name, User.id))
    return [Collector(int(u.id), u.name, u.login) for u in rows]


def queue_owners(cf: CompanySession | None, whole_team: bool) -> Owners:
    """Whose customers Today shows: mine and the pool by default in team mode; everyone's
    with « Toute l'équipe » or on a company file."""
    me = current_user_id(cf)
    if whole_team or signed_in(cf) is None or me is None:
        return None
    return frozenset({me, None})


def _check_collector(user_id: int | None) -> None:
    if user_id is None:
        return
    user = User.get_or_none(User.id == user_id)
    if user is None or not user.active:
        raise ValidationError("collector", UNKNOWN_COLLECTOR)


@in_session
def assign(cf: CompanySession, customer_ids: Iterable[int], user_id: int | None) -> int:
    """Assign customers to a collector (None: give them back to the pool); how many changed."""
    ids = sorted({int(c) for c in customer_ids})
    if not ids:
        return 0
    _check_collector(user_id)
    changed = 0
    with cf.atomic():
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ", ".join("?" for _ in chunk)
            if user_id is None:
                changed += cf.execute(
                    f"UPDATE customer SET assigned_to_id = NULL WHERE id IN ({marks}) "
                    "AND assigned_to_id IS NOT NULL", chunk)
            else:
                changed += cf.execute(
                    f"UPDATE customer SET assigned_to_id = ? WHERE id IN ({marks}) "
                    "AND (assigned_to_id IS NULL OR assigned_to_id <> ?)",
                    [user_id, *chunk, user_id])
        audit.record(cf, "assign", "customer", None,
                     after={"customers": len(ids), "user_id": user_id})
    cf.report(Change.of(Topic.CUSTOMERS, customers=ids))
    log.info("%d customers assigned", changed)
    return changed


def _rule_sql(rule: Rule, params: list[Any]) -> str:
    where = ["c.archived = 0"]
    if rule.country.strip():
        where.append("c.country = ?")
        params.append(rule.country.strip().upper())
    if rule.language.strip():
        where.append("c.language = ?")
        params.append(rule.language.strip().lower())
    if rule.min_owed_cents is not None or rule.max_owed_cents is not None:
        owed = (f"COALESCE((SELECT SUM(b.owed_cents) FROM invoice_balance b WHERE "
                f"b.customer_id = c.id AND {OPEN_INVOICE}), 0)")
        if rule.min_owed_cents is not None:
            where.append(f"{owed} >= ?")
            params.append(int(rule.min_owed_cents))
        if rule.max_owed_cents is not None:
            where.append(f"{owed} <= ?")
            params.append(int(rule.max_owed_cents))
    return " AND ".join(where)


def _check_rules(rules: Sequence[Rule]) -> None:
    for number, rule in enumerate(rules, 1):
        if (rule.min_owed_cents is not None and rule.max_owed_cents is not None
                and rule.min_owed_cents > rule.max_owed_cents):
            raise ValidationError("amount", BAD_BAND, number=number)
        _check_collector(rule.user_id)


def _matches(cf: CompanySession, rules: Sequence[Rule],
             only_pool: bool) -> list[tuple[Rule, list[int]]]:
    """The customers each rule takes, the first matching rule winning."""
    taken: set[int] = set()
    found = []
    for rule in rules:
        params: list[Any] = []
        sql = f"SELECT c.id FROM customer c WHERE {_rule_sql(rule, params)}"
        if only_pool:
            sql += " AND c.assigned_to_id IS NULL"
        ids = [int(r[0]) for r in cf.tuples(sql + " ORDER BY c.id", params)
               if int(r[0]) not in taken]
        taken.update(ids)
        found.append((rule, ids))
    return found


@in_session
def preview(cf: CompanySession, rules: Sequence[Rule], *, only_pool: bool = True) -> list[int]:
    """How many customers each rule would assign (in order; a customer goes to the first
    rule it matches). ``only_pool``: leave alone the customers already assigned."""
    _check_rules(rules)
    return [len(ids) for _rule, ids in _matches(cf, rules, only_pool)]


@in_session
def apply_rules(cf: CompanySession, rules: Sequence[Rule], *, only_pool: bool = True) -> int:
    """Assign by the rules, all in one transaction; how many customers changed hands."""
    _check_rules(rules)
    changed = 0
    with cf.atomic():
        for rule, ids in _matches(cf, rules, only_pool):
            changed += assign(cf, ids, rule.user_id)
    return changed


@in_session
def assigned_to(cf: CompanySession, customer_id: int) -> Collector | None:
    row = cf.one('SELECT u.id, u.name, u.login FROM customer c JOIN "user" u '
                 "ON u.id = c.assigned_to_id WHERE c.id = ?", (int(customer_id),))
    return None if row is None else Collector(int(row.id), row.name, row.login)

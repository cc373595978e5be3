"""Audit trail: who did what, when, with the values before and after."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from relance_desktop.store.models import AuditEvent
from relance_desktop.store.session import CompanySession, in_session


def _json(value: dict[str, Any] | None) -> str:
    if not value:
        return ""

    def default(obj: object) -> str:
        if isinstance(obj, (date, datetime)):
            return obj.isoformat()
        return str(obj)

    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=default)


@in_session
def record(
    cf: CompanySession,
    action: str,
    entity: str,
    entity_id: int | None,
    *,
    customer_id: int | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    user_id: int | None = None,
) -> None:
    if user_id is None:  # on a team server: the person signed in (services.team_roles)
        from relance_desktop.services.team_roles import current_user_id

        user_id = current_user_id(cf)
    AuditEvent.create(
        user=user_id,
        action=action,
        entity=entity,
        entity_id=entity_id,
        customer=customer_id,
        before=_json(before),
        after=_json(after),
    )


def changes(old: dict[str, Any], new: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Only the fields that changed, as (before, after)."""
    keys = [k for k in new if old.get(k) != new[k]]
    return {k: old.get(k) for k in keys}, {k: new[k] for k in keys}

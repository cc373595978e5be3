"""A call being typed, kept outside the company file when the file cannot take it.

When the call sheet's autosave fails (full disk, locked or read-only file), what was typed is
written to a small JSON file in the user's data folder, one per company and customer. The next
time that customer's sheet opens, the text comes back from there and is written to the company
file again; once a save succeeds the copy is removed. The copy is written under a temporary
name then renamed, so it is complete or absent.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

from relance_desktop import paths
from relance_desktop.services.calls import CallDraft
from relance_desktop.store.session import CompanySession, in_session

log = logging.getLogger(__name__)

FOLDER = "unsaved-calls"


def folder() -> Path:
    """Where the copies are kept (the user's data folder, not beside the company file: the
    company file's disk may be the one that is full)."""
    return paths.data_dir() / FOLDER


def _file(cf: CompanySession, customer_id: int) -> Path:
    company = hashlib.sha256(cf.where.encode("utf-8")).hexdigest()[:16]
    return folder() / f"{company}-{int(customer_id)}.json"


def _as_json(cf: CompanySession, draft: CallDraft) -> dict[str, Any]:
    return {
        "company": cf.display_name,
        "customer_id": draft.customer_id,
        "id": draft.id,
        "notes": draft.notes,
        "outcome": draft.outcome,
        "reason": draft.reason,
        "contact_id": draft.contact_id,
        "duration_s": int(draft.duration_s),
        "started_at": draft.started_at.isoformat() if draft.started_at else None,
        "state": draft.state,
        "kept_at": datetime.now().isoformat(timespec="seconds"),
    }


@in_session
def keep_aside(cf: CompanySession, draft: CallDraft) -> Path | None:
    """Write ``draft`` to its copy outside the company file; the copy's path, or None when
    that folder cannot be written either (the text then lives only in the open window)."""
    target = _file(cf, draft.customer_id)
    try:
        paths.ensure_dir(target.parent)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".call-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(_as_json(cf, draft), handle, ensure_ascii=False)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
    except OSError as exc:
        log.warning("call draft could not be kept aside either: %s", exc.strerror or exc)
        return None
    log.info("call draft kept aside in %s", target.name)
    return target


@in_session
def take_back(cf: CompanySession, customer_id: int) -> CallDraft | None:
    """The draft kept aside for this customer of this company, if any (unreadable: none)."""
    source = _file(cf, customer_id)
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.warning("call draft kept aside in %s cannot be read: %s", source.name, exc)
        return None
    if not isinstance(data, dict) or data.get("customer_id") != customer_id:
        return None
    started = data.get("started_at")
    state = data.get("state")
    draft_id = data.get("id")
    contact_id = data.get("contact_id")
    return CallDraft(
        customer_id,
        int(draft_id) if isinstance(draft_id, int) else None,
        str(data.get("notes") or ""),
        str(data.get("outcome") or ""),
        str(data.get("reason") or ""),
        int(contact_id) if isinstance(contact_id, int) else None,
        int(data.get("duration_s") or 0),
        datetime.fromisoformat(started) if isinstance(started, str) else None,
        state if isinstance(state, dict) else {},
    )


@in_session
def forget(cf: CompanySession, customer_id: int) -> None:
    """Remove the copy once the company file holds the draft again."""
    with contextlib.suppress(OSError):
        _file(cf, customer_id).unlink(missing_ok=True)

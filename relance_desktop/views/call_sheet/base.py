"""What the parts of the call sheet share: the state they read and write, small helpers.

The call sheet is one window assembled from one class per step or concern (preparation, script
steps, negotiation, timer, draft, written follow-up); each is a mixin of
:class:`relance_desktop.views.call_sheet.sheet.CallSheet` and reads the state declared here.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QLayout

from relance_desktop.services.callsheet import Check
from relance_desktop.views.style import Status

if TYPE_CHECKING:
    from relance_desktop.services import calls
    from relance_desktop.services.callsheet import CallFacts
    from relance_desktop.services.session import CompanySession
    from relance_desktop.views.common import Session

# What a checklist item's state looks like: an icon and a status (its colour), never a mark
# that could be read as a tick beside an unticked box; the words are in the item's tooltip.
CHECK_ICONS = {Check.OK: ("dot", Status.OK), Check.MISSING: ("check-missing", Status.STOP),
               Check.TO_CHECK: ("check-unknown", Status.WARNING)}


def esc(text: str) -> str:
    """Text for a rich-text label: escaped, line breaks kept."""
    return html.escape(text).replace("\n", "<br>")


def big(text: str) -> str:
    """A script or an answer, at reading size."""
    return f"<div style='font-size:14px'>{esc(text)}</div>"


def clear_layout(layout: QLayout) -> None:
    """Remove (and delete) the widgets of a row rebuilt on each refresh."""
    while layout.count():
        item = layout.takeAt(0)
        if item.widget():
            item.widget().deleteLater()


class SheetState:
    """The state every part of the call sheet reads (set by ``CallSheet.__init__``)."""

    session: Session
    cf: CompanySession
    customer_id: int
    user_name: str
    user_id: int | None
    facts: CallFacts  # re-read after each thing recorded
    templates: dict[str, str]  # the call texts in the customer's language
    caller_templates: dict[str, str]  # the same in the interface's language (the tips)
    advice_labels: dict[str, QLabel]  # the tips shown at each step
    draft: calls.CallDraft  # the call being made, saved as a draft while it lasts
    finished_id: int | None  # the recorded call (-1: discarded), once done

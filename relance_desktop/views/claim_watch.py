"""What the windows show of the team's claims (services.claims): a call sheet claims its
customer (and warns before a call someone else is making); a banner in Today and in the customer
window, and the customer's row in Today, say « En appel avec Claire depuis 10:42 ».

They are read again as soon as a claim is taken or given back anywhere: the service reports it
(``Topic.CLAIMS``), which reaches the other sessions by ``NOTIFY``. A claim can also end without
a word: its holder's connection died (crash, network cut) and the server dropped the lock, and
a dead connection sends no notice. So the claims are also read every :data:`POLL_MS` (a safety
net: such a customer shows free again within that time). On a company file nothing is shown and
nothing is read."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from relance_desktop.errors import UserFacingError
from relance_desktop.services import claims, team_connect
from relance_desktop.services.session import Change, CompanySession, Topic
from relance_desktop.services.storage import storage_error
from relance_desktop.views import style
from relance_desktop.views.changes import ChangeBridge
from relance_desktop.views.common import Session
from relance_desktop.views.live import when_back_online

log = logging.getLogger(__name__)

POLL_MS = 10_000  # the safety net for claims ended with their connection (see above)
GATHER_MS = 100  # the claims taken or given back meanwhile are read in one go
CLAIM_TOPICS = frozenset({Topic.CLAIMS})


def holder_name(session: Session, cf: CompanySession) -> str:
    """How this session names its user in the claims it writes (kept for the record: the
    others are shown the name of the login's ``user`` row, see services.claims)."""
    server = team_connect.server_of(cf)
    return str(session.settings.get("user_name") or (server.user if server else ""))


def in_call_text(claim: claims.Claim) -> str:
    """« En appel avec Claire depuis 10:42 »."""
    text = QCoreApplication.translate("claims", "En appel avec {holder} depuis {time}")
    return text.format(holder=claim.holder, time=claim.time)


def claim_for_sheet(parent: QWidget, session: Session, cf: CompanySession, customer_id: int,
                    sheet: QWidget) -> None:
    """Claim the customer while ``sheet`` is open; warn when someone else is on the phone."""
    if team_connect.server_of(cf) is None:
        return
    _claim(parent, session, cf, customer_id)
    sheet.destroyed.connect(lambda _=None: _release(cf, customer_id))
    # A claim lives with its connection: after a cut, it is taken again (or the user is told
    # who took the customer meanwhile).
    when_back_online(cf, sheet, lambda: _claim(parent, session, cf, customer_id))


def _claim(parent: QWidget, session: Session, cf: CompanySession, customer_id: int) -> bool:
    """Claim the customer; False (and a warning) when someone else has it."""
    try:
        taken = claims.claim(cf, customer_id, holder_name(session, cf), session.now())
    except Exception as exc:  # the server is gone: the claim is taken again when it is back
        if not isinstance(exc, UserFacingError) and storage_error(exc, cf) is None:
            raise
        log.info("claim failed: %s", type(exc).__name__)
        return False
    if taken is not None:
        QMessageBox.warning(
            parent, QCoreApplication.translate("claims", "Client déjà en appel"),
            in_call_text(taken) + "\n"
            + QCoreApplication.translate("claims", "Ne l'appelez pas en même temps."))
        return False
    return True


def _release(cf: CompanySession, customer_id: int) -> None:
    try:
        claims.release(cf, customer_id)
    except Exception as exc:  # the connection is gone: so is the claim
        log.info("claim not released: %s", type(exc).__name__)


class ClaimBanner(QLabel):
    """One line per customer claimed by someone else (one customer, or all of them); read again
    when a claim changes anywhere, and every :data:`POLL_MS` for the claims that ended with
    their connection. ``seen`` gives, after each reading, « En appel avec … » by customer id
    (all the others' claims, for Today's rows)."""

    seen = Signal(object)  # dict[int, str]

    def __init__(self, cf: CompanySession | None, customer_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cf: CompanySession | None = None
        self.customer_id = customer_id
        self.changes: ChangeBridge | None = None
        self.setObjectName("claimBanner")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)  # customers' and people's names are text
        style.make_banner(self, style.Status.WARNING, extra="padding: 4px;")
        self.hide()
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.refresh)
        self.soon = QTimer(self)  # a busy team's notices: one reading for those of 100 ms
        self.soon.setSingleShot(True)
        self.soon.setInterval(GATHER_MS)
        self.soon.timeout.connect(self.refresh)
        self.set_company(cf)

    def set_company(self, cf: CompanySession | None) -> None:
        """Watch ``cf`` (only a server company is watched; None: nothing)."""
        if cf is self.cf:
            return
        if self.changes is not None:
            self.changes.close()
            self.changes = None
        self.cf = cf if team_connect.server_of(cf) is not None else None
        self.hide()
        if self.cf is None:
            self.timer.stop()
            self.soon.stop()
            self.seen.emit({})
            return
        self.changes = ChangeBridge(self.cf, self)
        self.changes.changed.connect(self._changed)
        self.timer.start()
        self.refresh()

    def _changed(self, change: Change) -> None:
        if change.concerns(CLAIM_TOPICS, self.customer_id) and not self.soon.isActive():
            self.soon.start()

    def refresh(self) -> None:
        if self.cf is None or not self.cf.connection.online:  # said by the offline banner
            return
        try:
            found = claims.claims_by_others(self.cf)
        except Exception as exc:  # server gone: the window says it elsewhere
            log.info("claims not read: %s", type(exc).__name__)
            return
        self.timer.start()  # the next safety read a whole period from now
        texts = {customer: in_call_text(claim) for customer, claim in found.items()}
        self.seen.emit(texts)
        if self.customer_id is not None:
            lines = [texts[self.customer_id]] if self.customer_id in texts else []
        else:
            lines = [f"{found[c].customer_name} — {text}" for c, text in texts.items()]
        self.setText("\n".join(lines))
        self.setVisible(bool(lines))

"""What the invoice list shows of an open invoice, the same flat and grouped by customer: its
columns and their titles, the aging tabs, the text and the other roles of each cell, and the
search words made of what the user typed.

Formatting happens when a cell is read (``data()`` of the models), so only the rows on screen
are ever formatted.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from relance_desktop.domain.aging import Bucket
from relance_desktop.domain.text import search_key
from relance_desktop.formatting import Formatter
from relance_desktop.i18n import QT_TRANSLATE_NOOP
from relance_desktop.services.receivables import OpenItem
from relance_desktop.views import labels

InvoiceIdRole = Qt.ItemDataRole.UserRole + 1
CustomerIdRole = Qt.ItemDataRole.UserRole + 2


class Col(IntEnum):
    CUSTOMER = 0
    NUMBER = 1
    ISSUED = 2
    DUE = 3
    DAYS = 4
    AMOUNT = 5
    STILL_DUE = 6
    LAST_ACTION = 7
    NEXT_STEP = 8
    STATUS = 9


# The titles keep the translation context of the list's first model (translations exist).
HEADERS = {
    Col.CUSTOMER: QT_TRANSLATE_NOOP("ReceivablesModel", "Client"),
    Col.NUMBER: QT_TRANSLATE_NOOP("ReceivablesModel", "N° facture"),
    Col.ISSUED: QT_TRANSLATE_NOOP("ReceivablesModel", "Date"),
    Col.DUE: QT_TRANSLATE_NOOP("ReceivablesModel", "Échéance"),
    Col.DAYS: QT_TRANSLATE_NOOP("ReceivablesModel", "Retard (j)"),
    Col.AMOUNT: QT_TRANSLATE_NOOP("ReceivablesModel", "Montant TTC"),
    Col.STILL_DUE: QT_TRANSLATE_NOOP("ReceivablesModel", "Reste dû"),
    Col.LAST_ACTION: QT_TRANSLATE_NOOP("ReceivablesModel", "Dernière action"),
    Col.NEXT_STEP: QT_TRANSLATE_NOOP("ReceivablesModel", "Prochaine étape"),
    Col.STATUS: QT_TRANSLATE_NOOP("ReceivablesModel", "Statut"),
}
NUMERIC = {Col.DAYS, Col.AMOUNT, Col.STILL_DUE}
NO_FLAGS = Qt.ItemFlag.NoItemFlags
LEAF_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable \
    | Qt.ItemFlag.ItemNeverHasChildren
BUCKET_COLOURS = {
    Bucket.D31_60: QColor("#b26a00"),
    Bucket.D61_90: QColor("#c2410c"),
    Bucket.OVER_90: QColor("#b3261e"),
}
ANSWERED_ROLES = frozenset(int(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole, InvoiceIdRole, CustomerIdRole,
))


class Scope(IntEnum):
    """What the aging tabs show."""

    OVERDUE = 0
    NOT_DUE = 1
    D1_30 = 2
    D31_60 = 3
    D61_90 = 4
    OVER_90 = 5
    ALL = 6

    def buckets(self) -> frozenset[Bucket]:
        return _SCOPE_BUCKETS[self]


_SCOPE_BUCKETS = {
    Scope.OVERDUE: frozenset({Bucket.D1_30, Bucket.D31_60, Bucket.D61_90, Bucket.OVER_90}),
    Scope.NOT_DUE: frozenset({Bucket.NOT_DUE}),
    Scope.D1_30: frozenset({Bucket.D1_30}),
    Scope.D31_60: frozenset({Bucket.D31_60}),
    Scope.D61_90: frozenset({Bucket.D61_90}),
    Scope.OVER_90: frozenset({Bucket.OVER_90}),
    Scope.ALL: frozenset(Bucket),
}


def normalise_query(text: str) -> list[str]:
    """Words to find (all must match).

    An amount is one word whatever the user's habits: « 1 234,56 », « 1234.56 » and « 1.234,56 »
    all become « 1234.56 ».
    """
    text = search_key(text.strip())
    if not text:
        return []
    compact = text.replace("€", "").replace("\u202f", "").replace("\xa0", "").replace(" ", "")
    if compact and all(ch.isdigit() or ch in ",." for ch in compact):
        head, sep, tail = compact.replace(",", ".").rpartition(".")
        if sep and len(tail) <= 2:  # a decimal part: earlier separators group thousands
            return [head.replace(".", "") + "." + tail]
        return [compact.replace(",", "").replace(".", "")]
    return text.split()


def item_role(item: OpenItem, column: int, role: int) -> Any:
    """What an invoice row gives for a role other than its text (alignment, colour of the
    days, ids, tooltip)."""
    if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
        return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if role == Qt.ItemDataRole.ForegroundRole and column == Col.DAYS:
        colour = BUCKET_COLOURS.get(item.bucket)
        return QBrush(colour) if colour else None
    if role == InvoiceIdRole:
        return item.invoice_id
    if role == CustomerIdRole:
        return item.customer_id
    if role == Qt.ItemDataRole.ToolTipRole and column == Col.CUSTOMER:
        return labels.label(labels.KINDS, item.customer_kind)
    return None


def item_text(item: OpenItem, column: int, fmt: Formatter) -> str:
    """The text of an invoice row's cell."""
    if column == Col.CUSTOMER:
        return item.customer
    if column == Col.NUMBER:
        return item.number
    if column == Col.ISSUED:
        return fmt.date(item.issue_date)
    if column == Col.DUE:
        return fmt.date(item.due_date)
    if column == Col.DAYS:
        return str(item.days_overdue) if item.days_overdue > 0 else ""
    if column == Col.AMOUNT:
        return fmt.money(item.amount_cents, item.currency)
    if column == Col.STILL_DUE:
        return fmt.money(item.owed_cents, item.currency)
    if column == Col.LAST_ACTION:
        if item.last_action_at is None:
            return ""
        text = f"{labels.label(labels.ACTIONS, item.last_action_kind)} " \
               f"{fmt.date(item.last_action_at.date())}"
        if item.last_action_outcome:
            text += f" ({labels.label(labels.OUTCOMES, item.last_action_outcome)})"
        return text
    if column == Col.NEXT_STEP:
        if item.next_step_at is not None:
            return f"{labels.label(labels.TASKS, item.next_step_kind)} " \
                   f"{fmt.date(item.next_step_at.date())}"
        if item.days_overdue > 0 and item.status in ("overdue", "partly_paid"):
            return QCoreApplication.translate(labels.CTX, labels.NEXT_CALL)
        return ""
    return labels.label(labels.STATUSES, item.status)

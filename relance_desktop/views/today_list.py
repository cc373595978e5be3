"""Today's work list: section titles with their counts, then one two-line entry per customer.

The first three sections come whole; « to call » comes a page at a time (``fetch``), so the
list holds what has been scrolled to, never the tens of thousands of customers of a big file.
Each entry shows who (bold) and how much (bold, right), then why, then when reachable and the
last contact (quieter), elided to the width: the list never scrolls sideways. A customer a
colleague is on the phone with says so instead (« En appel avec Claire depuis 10:42 », in bold).
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

ROLE_KIND = Qt.ItemDataRole.UserRole + 1  # "header" or "row"
ROLE_TITLE = Qt.ItemDataRole.UserRole + 2  # who (a row) or the section's title (a header)
ROLE_AMOUNT = Qt.ItemDataRole.UserRole + 3  # how much (a row) or the count (a header)
ROLE_DETAIL = Qt.ItemDataRole.UserRole + 4  # why
ROLE_WHEN = Qt.ItemDataRole.UserRole + 6  # when reachable · last contact
ROLE_MUTED = Qt.ItemDataRole.UserRole + 5  # not reachable today
ROLE_CLAIM = Qt.ItemDataRole.UserRole + 7  # « En appel avec … » (a colleague's call), or ""
PAD = 6
COMPLETE_PAGE = 100  # rows completed at a time (services.queue.complete_rows) as they are shown

ModelIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Cells:
    """What an entry shows, formatted by the page."""

    who: str
    amount: str
    why: str
    reachable: str
    last: str
    muted: bool = False


@dataclass
class _Section:
    """A section not shown yet: its title, count, first rows and how to read more."""

    name: str
    count: int
    rows: list[Any]
    fetch: Callable[[int], Sequence[Any]] | None
    load: Callable[[], tuple[int, Sequence[Any]]] | None = None  # (count, first rows), if not yet


@dataclass
class Entry:
    """One line of the list: a section's title (``id`` None) or a customer (``item`` its row)."""

    section: str
    id: int | None = None
    item: Any = None
    count: int = 0
    cells: Cells | None = None


class TodayModel(QAbstractListModel):
    """Section titles and customers, in the queue's order; « to call » fetched as scrolled."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[Entry] = []
        self._format: Callable[[Any], Cells] = lambda _item: Cells("", "", "", "", "")
        self._title: Callable[[str], str] = str
        self._fetch: Callable[[int], Sequence[Any]] | None = None  # the open section's
        self._fetched = 0  # rows of the last section shown read so far
        self._to_fetch = 0  # its rows in all
        self._waiting: list[_Section] = []  # sections after one not read to its end yet
        self._complete: Callable[[list[Any]], list[Any]] | None = None
        self._claims: dict[int, str] = {}  # customer id → « En appel avec … »

    def set_claims(self, texts: Mapping[int, str]) -> None:
        """The customers colleagues are calling (« En appel avec … » by id): kept across
        reloads, shown on their rows from now on."""
        texts = {int(k): str(v) for k, v in texts.items()}
        if texts == self._claims:
            return
        changed = {k for k in texts.keys() | self._claims.keys()
                   if texts.get(k) != self._claims.get(k)}
        self._claims = texts
        for pos, e in enumerate(self._entries):
            if e.id in changed:
                index = self.index(pos, 0)
                self.dataChanged.emit(index, index)

    # -- filling -------------------------------------------------------------------------
    def set_queue(self, sections: Sequence[tuple[str, int, Sequence[Any]]], *,
                  format_row: Callable[[Any], Cells], title: Callable[[str], str],
                  fetch: Callable[[int], Sequence[Any]] | None = None,
                  complete: Callable[[list[Any]], list[Any]] | None = None,
                  fetches: Mapping[str, Callable[[int], Sequence[Any]]] | None = None,
                  loads: Mapping[str, Callable[[], tuple[int, Sequence[Any]]]] | None = None,
                  ) -> None:
        """``sections``: (section, count, first rows) in order; a section's further rows come
        from ``fetches[section](offset)`` (``fetch``: the last section's), as the list scrolls:
        the sections after one not read to its end are shown once it is (the rows are objects
        with ``customer_id``). A section in ``loads`` is counted and its first rows read
        (``loads[section]()``: count, rows) only when the list reaches it. A row whose
        ``complete`` is False is given to ``complete`` (with the incomplete rows after it, a
        page at a time) before it is first shown."""
        self.beginResetModel()
        self._format, self._title = format_row, title
        self._complete = complete
        self._entries = []
        self._fetch, self._fetched, self._to_fetch = None, 0, 0
        more = dict(fetches or {})
        if fetch is not None and sections:
            more[sections[-1][0]] = fetch
        later = dict(loads or {})
        self._waiting = [_Section(section, count, list(rows), more.get(section),
                                  later.get(section))
                         for section, count, rows in sections if count or section in later]
        self._entries = self._next_sections()
        self.endResetModel()

    def _next_sections(self) -> list[Entry]:
        """The entries of the waiting sections up to the first one with rows left to read (it
        becomes the one read from)."""
        added: list[Entry] = []
        while self._waiting and self._fetched >= self._to_fetch:
            section = self._waiting.pop(0)
            if section.load is not None:  # counted and read now that the list reaches it
                count, rows = section.load()
                section = _Section(section.name, count, list(rows), section.fetch)
                if not count:
                    continue
            added.append(Entry(section.name, count=section.count))
            added.extend(Entry(section.name, r.customer_id, r) for r in section.rows)
            self._fetch, self._fetched, self._to_fetch = (
                section.fetch, len(section.rows), section.count)
            if section.fetch is None:
                self._to_fetch = self._fetched  # all of it given
        return added

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._fetch is not None and self._fetched < self._to_fetch

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        assert self._fetch is not None
        rows = list(self._fetch(self._fetched))
        if not rows:
            self._to_fetch = self._fetched  # the file changed under us: stop here
        section = self._entries[-1].section
        added = [Entry(section, r.customer_id, r) for r in rows]
        self._fetched += len(rows)
        added += self._next_sections()  # the next sections, once this one is read to its end
        if added:
            start = len(self._entries)
            self.beginInsertRows(QModelIndex(), start, start + len(added) - 1)
            self._entries.extend(added)
            self.endInsertRows()

    # -- reading -------------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def entry(self, index: ModelIndex) -> Entry | None:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        return self._entries[index.row()]

    def row(self, index: ModelIndex) -> Entry | None:
        """The entry at ``index``; its ``id`` is the customer's (None on a section's title)."""
        return self.entry(index)

    def items(self) -> list[Any]:
        """The customers' rows read so far, in order (completed)."""
        self._complete_from(0, len(self._entries))
        return [e.item for e in self._entries if e.id is not None]

    def _complete_from(self, start: int, count: int = COMPLETE_PAGE) -> None:
        """Complete the incomplete rows among ``count`` entries from ``start``."""
        if self._complete is None:
            return
        todo = [e for e in self._entries[start:start + count]
                if e.id is not None and not getattr(e.item, "complete", True)]
        if todo:
            for e, item in zip(todo, self._complete([e.item for e in todo]), strict=True):
                e.item, e.cells = item, None

    def index_of(self, customer_id: int) -> QModelIndex:
        for pos, e in enumerate(self._entries):
            if e.id == customer_id:
                return self.index(pos, 0)
        return QModelIndex()

    def is_header(self, row: int) -> bool:
        return 0 <= row < len(self._entries) and self._entries[row].id is None

    def _cells(self, e: Entry, row: int) -> Cells:
        if not getattr(e.item, "complete", True):
            self._complete_from(row)  # what it owes and its last call, for a page of rows
        if e.cells is None:
            e.cells = self._format(e.item)  # formatted when first shown
        return e.cells

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        e = self.entry(index)
        if e is None or e.id is None:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        e = self.entry(index)
        if e is None:
            return None
        if e.id is None:
            values = {ROLE_KIND: "header", ROLE_TITLE: self._title(e.section),
                      ROLE_AMOUNT: str(e.count)}
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return f"{self._title(e.section)} ({e.count})"
            return values.get(role)
        if role == ROLE_KIND:
            return "row"  # asked for every row's height: formatting waits until it is painted
        claim = self._claims.get(e.id, "")
        if role == ROLE_CLAIM:
            return claim
        c = self._cells(e, index.row())
        whole = " — ".join(p for p in (c.who, c.amount, claim, c.why, c.reachable, c.last) if p)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return whole
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole line, where the width elides it
            return "<p>" + html.escape(whole) + "</p>"  # tooltips read rich text: names are text
        return {ROLE_TITLE: c.who, ROLE_AMOUNT: c.amount,
                ROLE_DETAIL: c.why,
                ROLE_WHEN: " · ".join(p for p in (c.reachable, c.last) if p),
                ROLE_MUTED: c.muted}.get(role)


class TodayDelegate(QStyledItemDelegate):
    """Paints a section's title with its count, or a customer on two lines, elided."""

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        bold = QFont(option.font)  # type: ignore[attr-defined]
        bold.setBold(True)
        title = QFont(bold)
        title.setPointSizeF(bold.pointSizeF() * 1.15)
        return bold, title

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._heights: dict[str, tuple[int, int]] = {}  # font → (a title's, an entry's)

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        """Two heights, measured once per font: asked for every row of a long list."""
        key = option.font.key()  # type: ignore[attr-defined]
        if key not in self._heights:
            bold, title = self._fonts(option)
            line = QFontMetrics(option.font).height()  # type: ignore[attr-defined]
            self._heights[key] = (QFontMetrics(title).height() + 3 * PAD,
                                  QFontMetrics(bold).height() + 2 * line + 2 * PAD + 4)
        header, entry = self._heights[key]
        return QSize(0, header if index.data(ROLE_KIND) == "header" else entry)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        bold, title_font = self._fonts(option)
        rect: QRect = option.rect  # type: ignore[attr-defined]
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        painter.save()
        inner = rect.adjusted(PAD * 2, PAD, -PAD * 2, -PAD)
        if index.data(ROLE_KIND) == "header":
            painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
            painter.setFont(title_font)
            painter.setPen(palette.color(QPalette.ColorGroup.Active,  # a title is not disabled
                                         QPalette.ColorRole.WindowText))
            text = f"{index.data(ROLE_TITLE)}  ({index.data(ROLE_AMOUNT)})"
            inner = inner.adjusted(0, PAD, 0, 0)
            text = QFontMetrics(title_font).elidedText(text, Qt.TextElideMode.ElideRight,
                                                       inner.width())
            painter.drawText(inner, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             text)
            painter.restore()
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        text_role = (QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        pen = palette.color(text_role)
        muted = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        bold_metrics = QFontMetrics(bold)
        top = QRect(inner.left(), inner.top(), inner.width(), bold_metrics.height())
        amount = str(index.data(ROLE_AMOUNT) or "")
        amount_width = bold_metrics.horizontalAdvance(amount)
        painter.setFont(bold)
        painter.setPen(pen)
        painter.drawText(top, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                         amount)
        who = bold_metrics.elidedText(str(index.data(ROLE_TITLE) or ""),
                                      Qt.TextElideMode.ElideRight,
                                      max(0, top.width() - amount_width - 3 * PAD))
        painter.drawText(top, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), who)
        font = option.font  # type: ignore[attr-defined]
        metrics = QFontMetrics(font)
        painter.setFont(font)
        painter.setPen(muted if index.data(ROLE_MUTED) and not selected else pen)
        line = QRect(inner.left(), top.bottom() + 2, inner.width(), metrics.height())
        claim = str(index.data(ROLE_CLAIM) or "")
        for role in (ROLE_DETAIL, ROLE_WHEN):  # why, then when reachable and the last contact
            said = str(index.data(role) or "")
            if role == ROLE_WHEN and claim:  # a colleague is calling them: that first
                painter.setFont(bold)
                painter.setPen(pen)
                said = claim
            text = painter.fontMetrics().elidedText(said, Qt.TextElideMode.ElideRight,
                                                    line.width())
            painter.drawText(line, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             text)
            line.moveTop(line.top() + metrics.height() + 2)
            painter.setPen(muted if not selected else pen)
        painter.restore()


class TodayView(QListView):
    """The work list: Up and Down step over the section titles, Enter opens the row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(TodayDelegate(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(False)
        # Rows laid out a batch at a time across turns of the event loop: the first rows are
        # painted before the heights of thousands of call-backs are asked for.
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(100)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)

    def moveCursor(self, action: QAbstractItemView.CursorAction,
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        model = self.model()
        if not isinstance(model, TodayModel):
            return super().moveCursor(action, modifiers)
        if action is QAbstractItemView.CursorAction.MoveEnd:
            index = model.index(model.rowCount() - 1, 0)  # the last row read (then one more page)
        elif action is QAbstractItemView.CursorAction.MoveHome:
            index = model.index(0, 0)
        else:
            index = super().moveCursor(action, modifiers)
        if not index.isValid():
            return index
        step = 1
        if action in (QAbstractItemView.CursorAction.MoveUp,
                      QAbstractItemView.CursorAction.MovePrevious,
                      QAbstractItemView.CursorAction.MovePageUp,
                      QAbstractItemView.CursorAction.MoveHome):
            step = -1
        row = index.row()
        while model.is_header(row):
            row += step
        if not 0 <= row < model.rowCount():
            row = index.row()
            while model.is_header(row):  # nothing that way: the nearest row the other way
                row -= step
        if not 0 <= row < model.rowCount():
            return self.currentIndex()
        if row == model.rowCount() - 1 and model.canFetchMore():
            model.fetchMore()
        return model.index(row, 0)

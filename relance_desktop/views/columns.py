"""Column widths that read: every column title whole, the content shown where there is room,
and the columns ending at the view's right edge (no title pushed behind a scroll bar).

Each column wants the width of its title (in bold, with the sort arrow: the title never moves
when the user sorts on it) or of its content, whichever is wider, the content bounded by a cap.
When the wants do not fit, the widest columns give up room first, evenly, never below their
title: a long customer name is elided (« … ») rather than a column pushed out of sight. Room left
over goes to that same column (the one named ``stretch``, else the one wanting the most): on a
wide screen the name reads whole and the last column (a status) stays beside the amounts.
Widths are worked out again when the view is resized or its rows are replaced; the user may
still drag a column wider or narrower in between.

Measuring the content is what costs (Qt asks the model for every role of every cell measured),
so it is done for the rows on screen only (never past the rows read, never fetching more), and
kept: a search or a reload of the same list shares the room out again from what was measured.
The content is measured again when the list changes kind (another model, other titles, another
font, :meth:`ColumnFitter.remeasure`: other formats, a mark that takes room), for the first time
in each sort order (sorting on the amounts brings the widest ones up), and while the list is
shorter than the screen or was measured on fewer rows than the screen now shows (cheap, and the
only way to see a short list's content). Within one kind the widths only grow: the columns keep
still while the user types.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QTreeView

DEFAULT_CAP = 360  # no content makes a column wider than this by itself
CELL_MARGINS = 6  # a cell's own margins, beside its content


def title_width(header: QHeaderView, logical: int) -> int:
    """The room a column title needs to be read whole, sorted on or not."""
    model = header.model()
    if model is None:
        return 0
    title = str(model.headerData(logical, Qt.Orientation.Horizontal,
                                 Qt.ItemDataRole.DisplayRole) or "")
    bold = header.font()
    bold.setBold(True)  # some styles draw the sorted column's title in bold
    text = max(QFontMetrics(header.font()).horizontalAdvance(title),
               QFontMetrics(bold).horizontalAdvance(title))
    style = header.style()
    margins = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    return max(text + margins + arrow + 4, header.sectionSizeFromContents(logical).width())


def share_out(wants: list[int], floors: list[int], room: int) -> list[int]:
    """Widths summing to at most ``room`` where possible: each column its want, the widest
    brought down to one common limit first, none below its floor."""
    if sum(wants) <= room:
        return list(wants)
    if sum(floors) >= room:
        return [max(f, 0) for f in floors]
    low, high = 0, max(wants)
    while low < high:  # the largest limit at which everything still fits
        limit = (low + high + 1) // 2
        if sum(max(f, min(w, limit)) for w, f in zip(wants, floors, strict=True)) <= room:
            low = limit
        else:
            high = limit - 1
    return [max(f, min(w, low)) for w, f in zip(wants, floors, strict=True)]


class ColumnFitter(QObject):
    """Keeps the columns of ``view`` fitted (see the module); ``caps`` bounds the content width
    of some columns (logical index → pixels)."""

    def __init__(self, view: QTableView | QTreeView, caps: dict[int, int] | None = None,
                 default_cap: int = DEFAULT_CAP, stretch: int | None = None) -> None:
        super().__init__(view)
        self.view = view
        self.caps = dict(caps or {})
        self.stretch = stretch  # the column given the room left over (None: the widest)
        self.default_cap = default_cap
        self._fitting = False
        self._model: object = None
        self._kind: tuple[object, ...] | None = None  # what the measures below are of
        self._generation = 0  # moved on by remeasure()
        self._content: dict[int, int] = {}  # logical column → widest content measured
        self._orders: set[tuple[int, int]] = set()  # sort orders measured in this kind
        self._rows_measured = 0  # the most rows one measure saw in this kind
        self._titles: dict[tuple[str, str], int] = {}  # (font, title) → its width
        self.measures = 0  # how many times the content was measured (for tests)
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.fit)
        header = self.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)  # the room left over goes to ``stretch``
        view.viewport().installEventFilter(self)
        self.watch_model()

    def header(self) -> QHeaderView:
        view = self.view
        return view.horizontalHeader() if isinstance(view, QTableView) else view.header()

    def watch_model(self) -> None:
        """Follow the view's current model (call after ``setModel``) and fit it soon."""
        model = self.view.model()
        if model is not self._model:
            signals = ("modelReset", "rowsInserted", "rowsRemoved", "columnsInserted",
                       "layoutChanged")
            if self._model is not None:
                for signal in signals:
                    with contextlib.suppress(RuntimeError, TypeError):  # gone with its model
                        getattr(self._model, signal).disconnect(self.schedule)
            self._model = model
            if model is not None:
                for signal in signals:
                    getattr(model, signal).connect(self.schedule)
        self.schedule()

    def schedule(self, *_args: object) -> None:
        self._later.start()

    def remeasure(self) -> None:
        """The content changed kind (other formats, a mark beside the names): measure it again
        (widths may shrink) and fit soon."""
        self._generation += 1
        self.schedule()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        return False

    # -- measuring ---------------------------------------------------------------------------
    def _title_width(self, header: QHeaderView, logical: int, title: str, font_key: str) -> int:
        width = self._titles.get((font_key, title))
        if width is None:
            width = self._titles[(font_key, title)] = title_width(header, logical)
        return width

    def _rows_on_screen(self) -> int:
        """How many rows the viewport holds (a row more for the one cut at the bottom)."""
        view = self.view
        height = 0
        if isinstance(view, QTableView):
            height = view.verticalHeader().defaultSectionSize()
        else:
            model = view.model()
            if model is not None and model.rowCount():
                height = view.visualRect(model.index(0, 0)).height()
        height = max(height, view.fontMetrics().height(), 1)
        return view.viewport().height() // height + 1

    def _measure(self, columns: list[int], rows: int) -> None:
        """Measure the content of ``columns`` on at most ``rows`` rows, those on screen first
        (Qt's own measure, bounded by the header's precision): the widths only grow."""
        view: QAbstractItemView = self.view
        header = self.header()
        header.setResizeContentsPrecision(max(1, rows))
        if isinstance(view, QTableView):
            view.verticalHeader().setResizeContentsPrecision(max(1, rows))
        for logical in columns:
            content = view.sizeHintForColumn(logical) + CELL_MARGINS
            self._content[logical] = max(self._content.get(logical, 0), content)
        self.measures += 1

    def _measure_if_needed(self, columns: list[int]) -> None:
        view, header = self.view, self.header()
        model = view.model()
        titles = self._titles_of(columns)
        kind = (id(model), titles, view.font().key(), header.font().key(), self._generation)
        if kind != self._kind:
            self._kind, self._content, self._rows_measured = kind, {}, 0
            self._orders = set()
        root = view.rootIndex()
        count = model.rowCount(root)
        screen = self._rows_on_screen()
        order = ((header.sortIndicatorSection(), int(header.sortIndicatorOrder().value))
                 if header.isSortIndicatorShown() else (-1, 0))
        seen = min(count, screen)
        short = count <= screen  # the whole list is on screen: as cheap as painting it
        if not seen:
            return  # nothing to measure: what the list showed is kept
        if order in self._orders and self._rows_measured >= seen and not short:
            return
        self._measure(columns, seen)
        self._orders.add(order)
        self._rows_measured = max(self._rows_measured, seen)

    def _titles_of(self, columns: list[int]) -> tuple[str, ...]:
        model = self.view.model()
        return tuple(str(model.headerData(c, Qt.Orientation.Horizontal,
                                          Qt.ItemDataRole.DisplayRole) or "") for c in columns)

    def wants(self) -> tuple[list[int], list[int], list[int]]:
        """The visible columns (logical indexes), what each wants and its floor (its title)."""
        header = self.header()
        columns = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        self._measure_if_needed(columns)
        font_key = header.font().key()
        wants, floors = [], []
        for logical, text in zip(columns, self._titles_of(columns), strict=True):
            title = self._title_width(header, logical, text, font_key)
            content = self._content.get(logical, CELL_MARGINS)
            cap = self.caps.get(logical, self.default_cap)
            wants.append(max(title, min(content, cap)))
            floors.append(title)
        return columns, wants, floors

    def fit(self) -> None:
        view = self.view
        if self._fitting or view.model() is None or view.model() is not self.header().model() \
                or not view.isVisible():
            return  # a hidden view is fitted when it shows (its Show event)
        self._fitting = True
        try:
            columns, wants, floors = self.wants()
            if not columns:
                return
            room = self.view.viewport().width()
            widths = share_out(wants, floors, room)
            spare = room - sum(widths)
            if spare > 0:
                widths[self._stretch_position(columns, wants)] += spare
            header = self.header()
            for logical, width in zip(columns, widths, strict=True):
                if header.sectionSize(logical) != width:
                    header.resizeSection(logical, width)
        finally:
            self._fitting = False

    def _stretch_position(self, columns: list[int], wants: list[int]) -> int:
        """Where, among the visible ``columns``, the room left over goes."""
        if self.stretch in columns:
            return columns.index(self.stretch)
        return wants.index(max(wants))  # the first of the widest


def fit_columns(view: QTableView | QTreeView, caps: dict[int, int] | None = None,
                default_cap: int = DEFAULT_CAP, stretch: int | None = None) -> ColumnFitter:
    """Keep the columns of ``view`` fitted from now on (see the module); ``stretch``: the column
    that takes the room left over (default: the one wanting the most)."""
    return ColumnFitter(view, caps, default_cap, stretch)


def fitter_of(view: QTableView | QTreeView) -> ColumnFitter | None:
    """The fitter keeping ``view``'s columns, if any."""
    found = view.findChild(ColumnFitter)
    return found if isinstance(found, ColumnFitter) else None


def tidy_table(view: QTableView) -> None:
    """The look every list shares with the invoice list: titles aligned as their text (left;
    numbers right through the model's header alignment), rows one line high plus a little air."""
    view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft
                                                | Qt.AlignmentFlag.AlignVCenter)
    rows = view.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 8)

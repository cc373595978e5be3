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
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QTreeView

DEFAULT_CAP = 360  # no content makes a column wider than this by itself
ROWS_MEASURED = 200  # rows measured for the content width (the first ones on screen)


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
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.fit)
        header = self.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)  # the room left over goes to ``stretch``
        header.setResizeContentsPrecision(ROWS_MEASURED)
        if isinstance(view, QTableView):
            view.verticalHeader().setResizeContentsPrecision(ROWS_MEASURED)
        view.viewport().installEventFilter(self)
        self.watch_model()

    def header(self) -> QHeaderView:
        view = self.view
        return view.horizontalHeader() if isinstance(view, QTableView) else view.header()

    def watch_model(self) -> None:
        """Follow the view's current model (call after ``setModel``) and fit it soon."""
        model = self.view.model()
        if model is not self._model:
            if self._model is not None:
                for signal in ("modelReset", "rowsInserted", "rowsRemoved", "columnsInserted"):
                    with contextlib.suppress(RuntimeError, TypeError):  # gone with its model
                        getattr(self._model, signal).disconnect(self.schedule)
            self._model = model
            if model is not None:
                model.modelReset.connect(self.schedule)
                model.rowsInserted.connect(self.schedule)
                model.rowsRemoved.connect(self.schedule)
                model.columnsInserted.connect(self.schedule)
        self.schedule()

    def schedule(self, *_args: object) -> None:
        self._later.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        return False

    def wants(self) -> tuple[list[int], list[int], list[int]]:
        """The visible columns (logical indexes), what each wants and its floor (its title)."""
        header = self.header()
        view: QAbstractItemView = self.view
        columns, wants, floors = [], [], []
        for logical in range(header.count()):
            if header.isSectionHidden(logical):
                continue
            title = title_width(header, logical)
            content = view.sizeHintForColumn(logical) + 6  # the cell's own margins
            cap = self.caps.get(logical, self.default_cap)
            columns.append(logical)
            wants.append(max(title, min(content, cap)))
            floors.append(title)
        return columns, wants, floors

    def fit(self) -> None:
        if self._fitting or self.view.model() is None:
            return
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

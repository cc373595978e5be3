"""The calendar of the whole book, a tab of « Actions du jour »: for each day of the next 60 with
something to do, how many actions of each channel the engine will propose (if each is carried
out on its day and nothing is paid) and the amount they concern; a click on a day lists its
actions (:func:`relance_desktop.services.dunning.book_calendar`). The forecast of a big book
takes seconds (3.5 s measured at 100,000 invoices on a loaded machine): it runs off the GUI
thread."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from relance_desktop.domain.dunning import Channel
from relance_desktop.services import dunning
from relance_desktop.services.dunning import CalendarDay
from relance_desktop.services.session import CompanySession
from relance_desktop.views.common import Session
from relance_desktop.views.dunning_labels import CHANNELS, channel_text, label
from relance_desktop.views.jobs import in_background
from relance_desktop.views.plain import plain

DAYS = 60
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _item(text: str, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(plain(text))
    if right:
        item.setTextAlignment(RIGHT)
    return item


class DunningCalendar(QWidget):
    """The days (one row each, a column per channel planned) and the actions of the day chosen."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("DunningCalendar")
        self.days: list[CalendarDay] = []
        self.channels: list[Channel] = []
        self.loading = False
        self.generation = 0  # a reading started later wins over one still running
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.table = QTableWidget(0, 0)
        self.table.setObjectName("dunningCalendar")
        self.detail = QTableWidget(0, 4)
        self.detail.setObjectName("dunningCalendarDay")
        self.detail.setHorizontalHeaderLabels([self.tr("Client"), self.tr("Action"),
                                               self.tr("Factures"), self.tr("Montant")])
        for table in (self.table, self.detail):
            table.verticalHeader().hide()
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
            table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
            table.horizontalHeader().setStretchLastSection(True)
            table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
            splitter.addWidget(table)
        for column, width in enumerate((220, 200, 260)):
            self.detail.setColumnWidth(column, width)
        layout.addWidget(splitter, 1)
        self.table.currentCellChanged.connect(lambda row, *_: self.show_day(row))

    def reload(self, cf: CompanySession | None) -> None:
        """Read the calendar again (on a worker thread; :attr:`loading` until it is shown)."""
        self.generation += 1
        if cf is None:
            self.show_days([])
            return
        generation, today = self.generation, self.session.today()
        self.loading = True
        self.summary.setText(self.tr("Calcul du calendrier des {horizon} prochains jours…")
                             .format(horizon=DAYS))

        def done(days: list[CalendarDay]) -> None:
            if generation == self.generation:
                self.show_days(days)

        def failed(exc: BaseException) -> None:
            self.loading = False
            raise exc

        in_background(lambda: dunning.book_calendar(cf, today, DAYS), owner=self,
                      on_done=done, on_failed=failed, cf=cf)

    def show_days(self, days: list[CalendarDay]) -> None:
        fmt = self.session.formatter
        self.loading = False
        self.days = days
        present = {c for d in self.days for c in d.counts}
        self.channels = [Channel(key) for key in CHANNELS if Channel(key) in present]
        headers = [self.tr("Jour"), self.tr("Actions")]
        headers += [label(CHANNELS, c.value) for c in self.channels] + [self.tr("Montant")]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(self.days))
        self.table.setColumnWidth(0, 100)
        for column in range(1, len(headers) - 1):  # the counts: narrow
            self.table.setColumnWidth(column, max(70, self.fontMetrics().horizontalAdvance(
                headers[column]) + 16))
        for row, day in enumerate(self.days):
            cells = [fmt.date(day.day), str(sum(day.counts.values()))]
            cells += [str(day.counts.get(c, "")) for c in self.channels]
            cells.append(fmt.money(day.amount_cents))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, _item(text, right=column > 0))
        total = sum(sum(d.counts.values()) for d in self.days)
        self.summary.setText(self.tr(
            "{actions} {days} dans les {horizon} prochains jours, si chaque action est faite le "
            "jour dit et que rien n'est payé.").format(
            actions=self.tr("%n actions prévues", "", total),
            days=self.tr("sur %n jours d'envoi", "", len(self.days)),
            horizon=DAYS) if self.days else self.tr(
            "Aucune action de relance prévue dans les {horizon} prochains jours.").format(
            horizon=DAYS))
        self.detail.setRowCount(0)
        if self.days:
            self.table.setCurrentCell(0, 0)

    def show_day(self, row: int) -> None:
        """List the actions of the day of ``row``."""
        fmt = self.session.formatter
        actions = self.days[row].actions if 0 <= row < len(self.days) else ()
        self.detail.setRowCount(len(actions))
        for n, action in enumerate(actions):
            cells = (action.customer_name, channel_text(action.proposal),
                     ", ".join(i.number for i in action.invoices),
                     fmt.money(action.proposal.amount_cents))
            for column, text in enumerate(cells):
                self.detail.setItem(n, column, _item(text, right=column == 3))

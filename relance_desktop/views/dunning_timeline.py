"""A customer's dunning, in the customer window: the scenario that applies (the user may choose
another), the stops in force (stop with a reason and an end date, or resume), and what will be
proposed over the next 60 days if each step is carried out on its day
(:func:`relance_desktop.services.dunning.timeline`), with the invoices each step covers.

One invoice can be stopped too, from the invoice table's context menu (:class:`InvoiceStopMenu`):
the customer's other invoices go on; the stop is listed here with the invoice's number."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from relance_desktop.services.session import CompanySession
from relance_desktop.views.common import Session, translate
from relance_desktop.views.dunning_labels import (
    CHANNELS,
    channel_text,
    label,
    outcome_text,
    shipped_text,
)
from relance_desktop.views.plain import plain

DAYS = 60


class StopDialog(QDialog):
    """Why the chase stops, and until when (or until resumed)."""

    def __init__(self, parent: QWidget | None, today: date, title: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Arrêter les relances"))
        form = QFormLayout(self)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("ex. : litige en cours de règlement amiable"))
        form.addRow(self.tr("Raison :"), self.reason)
        self.has_end = QCheckBox(self.tr("Reprendre après le"))
        self.until = QDateEdit()
        self.until.setCalendarPopup(True)
        later = today + timedelta(days=30)
        self.until.setDate(QDate(later.year, later.month, later.day))
        self.until.setEnabled(False)
        self.has_end.toggled.connect(self.until.setEnabled)
        form.addRow(self.has_end, self.until)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def value(self) -> tuple[str, date | None]:
        until = self.until.date().toPython() if self.has_end.isChecked() else None
        return self.reason.text().strip(), until


class DunningTimeline(QWidget):
    """The « Relances » tab of a customer window."""

    def __init__(self, session: Session, cf: CompanySession, customer_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.cf, self.customer_id = session, cf, customer_id
        self.setObjectName("DunningTimeline")
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        label = QLabel(self.tr("&Scénario :"))
        top.addWidget(label)
        self.scenario = QComboBox()
        self.scenario.setObjectName("scenarioChoice")
        label.setBuddy(self.scenario)
        top.addWidget(self.scenario, 1)
        self.stop_button = QPushButton(self.tr("&Arrêter les relances…"))
        self.stop_button.clicked.connect(self.stop)
        top.addWidget(self.stop_button)
        self.resume_button = QPushButton(self.tr("&Reprendre les relances"))
        self.resume_button.clicked.connect(self.resume)
        top.addWidget(self.resume_button)
        layout.addLayout(top)
        self.state = QLabel()
        self.state.setObjectName("dunningState")
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.PlainText)  # a reason typed, numbers imported
        layout.addWidget(self.state)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("dunningTimeline")
        self.table.setHorizontalHeaderLabels([self.tr("Jour"), self.tr("Action"),
                                              self.tr("Montant"), self.tr("Factures"),
                                              self.tr("Étape")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((110, 220, 120, 160)):
            self.table.setColumnWidth(column, width)
        layout.addWidget(self.table, 2)
        layout.addWidget(QLabel(self.tr("Étapes déjà faites, passées ou en attente :")))
        self.past = QTableWidget(0, 5)
        self.past.setObjectName("dunningPast")
        self.past.setHorizontalHeaderLabels([self.tr("Jour"), self.tr("Action"),
                                             self.tr("Résultat"), self.tr("Factures"),
                                             self.tr("Scénario et étape")])
        self.past.verticalHeader().hide()
        self.past.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.past.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((110, 220, 170, 160)):
            self.past.setColumnWidth(column, width)
        layout.addWidget(self.past, 1)
        self.scenario.activated.connect(self._chosen)
        self.reload()

    def reload(self) -> None:
        cf, today, fmt = self.cf, self.session.today(), self.session.formatter
        from relance_desktop.services import dunning  # not at start: the main list's menu

        known, _assignment = dunning.scenarios(cf)
        chosen = dunning.choice_of(cf, self.customer_id)
        applied = dunning.scenario_for(cf, self.customer_id, today)
        self.scenario.blockSignals(True)
        self.scenario.clear()
        by_rules = (shipped_text(known[applied].name) if applied in known and chosen is None
                    else "—")
        self.scenario.addItem(self.tr("Selon les règles ({name})").format(name=by_rules), None)
        for key, scenario in known.items():
            self.scenario.addItem(shipped_text(scenario.name), key)
        self.scenario.setCurrentIndex(max(self.scenario.findData(chosen), 0)
                                      if chosen else 0)
        self.scenario.blockSignals(False)
        stops = dunning.stops_of(cf, self.customer_id, today)
        numbers = dunning.invoice_numbers(cf, self.customer_id)
        lines = []
        for s in stops:
            until = (self.tr("jusqu'au {day}").format(day=fmt.date(s.until)) if s.until
                     else self.tr("jusqu'à reprise"))
            lines.append(self.tr("Relances arrêtées : {reason} ({until})").format(
                reason=s.reason, until=until) if s.invoice_id is None else self.tr(
                "Facture {number} : relances arrêtées : {reason} ({until})").format(
                number=numbers.get(s.invoice_id, "?"), reason=s.reason, until=until))
        self.resume_button.setEnabled(bool(stops))
        ahead = dunning.timeline(cf, self.customer_id, today, DAYS)
        if not any(s.invoice_id is None for s in stops):
            lines.append(self.tr("Les {days} prochains jours, si chaque étape est faite le jour "
                                 "dit et que rien n'est payé :").format(days=DAYS)
                         if ahead else self.tr("Rien de prévu les {days} prochains jours.")
                         .format(days=DAYS))
        self.state.setText("\n".join(lines))
        self.table.setRowCount(len(ahead))
        for row, (day, proposal) in enumerate(ahead):
            step = proposal.step
            texts = (fmt.date(day), channel_text(step), fmt.money(proposal.amount_cents),
                     ", ".join(numbers.get(i, "?") for i in proposal.invoice_ids),
                     f"{step.position}. {shipped_text(step.note)}" if step.note
                     else str(step.position))
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(plain(text))
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self._show_past(numbers, known)

    def _show_past(self, numbers: dict[int, str], known: dict[str, Any]) -> None:
        """The steps recorded, newest first: done, skipped, or pending (a call handed to
        « Aujourd'hui », done once the call is logged)."""
        fmt = self.session.formatter
        from relance_desktop.services import dunning  # not at start: the main list's menu

        past = list(reversed(dunning.history(self.cf, self.customer_id, self.session.today())))
        why = dunning.reasons(self.cf, self.customer_id)
        self.past.setRowCount(len(past))
        for row, entry in enumerate(past):
            scenario = known.get(entry.scenario)
            reason = entry.reason or why.get((entry.scenario, entry.position, entry.on), "")
            outcome = outcome_text(entry.outcome.value, reason)  # the reason typed, or the app's
            texts = (fmt.date(entry.on), label(CHANNELS, entry.channel.value), outcome,
                     ", ".join(numbers.get(i, "?") for i in entry.invoice_ids),
                     f"{shipped_text(scenario.name) if scenario else entry.scenario} — "
                     f"{entry.position}")
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(plain(text))
                self.past.setItem(row, column, item)

    def _chosen(self, index: int) -> None:
        from relance_desktop.services import dunning  # not at start: the main list's menu

        key = self.scenario.itemData(index)
        if key is not None:
            dunning.install_shipped(self.cf)  # a shipped scenario becomes the company's
        dunning.choose(self.cf, self.customer_id, key)
        self.reload()

    def ask_stop(self) -> tuple[str, date | None] | None:
        dialog = StopDialog(self, self.session.today())
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def stop(self) -> None:
        asked = self.ask_stop()
        if asked is None:
            return
        reason, until = asked
        if not reason or (until is not None and until < self.session.today()):
            QMessageBox.information(self, self.tr("Arrêter les relances"), self.tr(
                "Indiquez la raison (et une date de reprise qui n'est pas passée)."))
            return
        from relance_desktop.services import dunning  # not at start: the main list's menu

        dunning.stop(self.cf, self.customer_id, reason, until)
        self.reload()

    def resume(self) -> None:
        from relance_desktop.services import dunning  # not at start: the main list's menu

        dunning.lift_stops(self.cf, self.customer_id)
        self.reload()


class InvoiceStopMenu:
    """« Arrêter les relances de cette facture… » / « Reprendre les relances de cette facture »
    in the context menu of invoice lists: a customer window's invoice table, the main list.
    ``current()`` gives the invoice the menu applies to: (its id, its number), or None."""

    def __init__(self, owner: QWidget, views: list[QAbstractItemView], session: Session,
                 cf: Callable[[], CompanySession | None],
                 current: Callable[[], tuple[int, str] | None]) -> None:
        self.owner, self.session, self.cf, self.current = owner, session, cf, current
        self.stop_action = QAction(translate("DunningTimeline",
                                             "Arrêter les relances de cette facture…"), owner)
        self.stop_action.triggered.connect(self.stop)
        self.resume_action = QAction(translate("DunningTimeline",
                                               "Reprendre les relances de cette facture"), owner)
        self.resume_action.triggered.connect(self.resume)
        for view in views:
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            view.addActions([self.stop_action, self.resume_action])

    def ask(self, number: str) -> tuple[str, date | None] | None:
        dialog = StopDialog(self.owner, self.session.today(), translate(
            "DunningTimeline", "Arrêter les relances de la facture {number}").format(
            number=number))
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def stop(self) -> None:
        current, cf = self.current(), self.cf()
        if current is None or cf is None:
            return
        asked = self.ask(current[1])
        if asked is None:
            return
        reason, until = asked
        if not reason or (until is not None and until < self.session.today()):
            QMessageBox.information(self.owner, self.stop_action.text(), translate(
                "DunningTimeline",
                "Indiquez la raison (et une date de reprise qui n'est pas passée)."))
            return
        from relance_desktop.services import dunning  # not at start: the main list's menu

        dunning.stop_invoice(cf, current[0], reason, until)

    def resume(self) -> None:
        current, cf = self.current(), self.cf()
        if current is not None and cf is not None:
            from relance_desktop.services import dunning  # not at start: the main list's menu

            dunning.lift_invoice_stop(cf, current[0])

"""The preparation step: what to have ready before dialling — the checklist, the objective, the
invoices (and their copies), the past exchanges."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from relance_desktop.domain.calls.codes import Step
from relance_desktop.services import invoices as invoice_service
from relance_desktop.services.callsheet import Check, InvoiceFacts
from relance_desktop.views import labels
from relance_desktop.views.call_sheet.base import CHECK_ICONS, SheetState, esc
from relance_desktop.views.columns import fit_columns, tidy_table
from relance_desktop.views.icons import icon
from relance_desktop.views.plain import plain
from relance_desktop.views.style import Status, status_colour

COPY_COLUMN = 7
AMOUNT_COLUMNS = (4, 5, 6)
OBJECTIVE_LINES = 2


class ObjectiveEdit(QPlainTextEdit):
    """A one-sentence field that wraps, so a long objective shows whole (a line edit would
    scroll it out of sight); Enter does not add a line, Tab leaves it."""

    def __init__(self) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        lines = self.fontMetrics().lineSpacing() * OBJECTIVE_LINES
        margins = self.contentsMargins()
        self.setFixedHeight(lines + 2 * int(self.document().documentMargin())
                            + margins.top() + margins.bottom() + 2)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()
            return
        super().keyPressEvent(event)

    def text(self) -> str:
        return " ".join(self.toPlainText().split("\n"))

    def setText(self, text: str) -> None:
        self.setPlainText(text)

    def setCursorPosition(self, position: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(position)
        self.setTextCursor(cursor)


class PrepareStep(SheetState):
    """The « Préparer » tab of the call sheet."""

    checklist: QListWidget
    objective: ObjectiveEdit
    invoice_table: QTableWidget
    regime_label: QLabel
    copy_button: QPushButton
    exchanges: QTextBrowser

    # -- construction --------------------------------------------------------------------------
    def _prepare_page(self) -> QWidget:
        """The law, the objective and the invoices across the whole width (a table of eight
        columns needs it at 1366×768); below, the checklist beside the past exchanges."""
        page = QWidget()
        layout = QVBoxLayout(page)
        # Which law the late charges follow, and why (LEGAL-NOTES §12).
        self.regime_label = QLabel()
        self.regime_label.setObjectName("regimeLabel")
        self.regime_label.setTextFormat(Qt.TextFormat.PlainText)
        self.regime_label.setWordWrap(True)
        layout.addWidget(self.regime_label)
        objective_row = QHBoxLayout()
        obj_label = QLabel(self.tr("&Objectif de cet appel :"))
        objective_row.addWidget(obj_label, 0, Qt.AlignmentFlag.AlignTop)
        self.objective = ObjectiveEdit()
        self.objective.setObjectName("objective")
        obj_label.setBuddy(self.objective)
        self.objective.textChanged.connect(self._changed)
        objective_row.addWidget(self.objective, 1)
        layout.addLayout(objective_row)
        layout.addWidget(self._invoice_table(), 2)
        copy_row = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Ouvrir la &copie de la facture"))
        self.copy_button.clicked.connect(self.open_copy)
        copy_row.addWidget(self.copy_button)
        copy_row.addStretch(1)
        layout.addLayout(copy_row)
        below = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Avant d'appeler, cochez ce qui est prêt (Espace) :")))
        self.checklist = QListWidget()
        self.checklist.setObjectName("checklist")
        self.checklist.setWordWrap(True)
        self.checklist.setIconSize(QSize(18, 18))
        self.checklist.setSpacing(2)
        self.checklist.itemChanged.connect(self._changed)
        left.addWidget(self.checklist, 1)
        below.addLayout(left, 1)
        right = QVBoxLayout()
        self.exchanges = QTextBrowser()
        self.exchanges.setObjectName("exchanges")
        self.exchanges.setOpenLinks(False)
        self.exchanges.anchorClicked.connect(self._open_anchor)
        right.addWidget(self.exchanges, 1)
        right.addWidget(self._advice(Step.PREPARE))
        below.addLayout(right, 1)
        layout.addLayout(below, 3)
        return page

    def _invoice_table(self) -> QTableWidget:
        self.invoice_table = QTableWidget(0, 8)
        self.invoice_table.setObjectName("callInvoices")
        self.invoice_table.setHorizontalHeaderLabels([
            self.tr("N°"), self.tr("Date"), self.tr("Échéance"), self.tr("Retard"),
            self.tr("Montant"), self.tr("Reste dû"), self.tr("Frais de retard"),
            self.tr("Copie")])
        self.invoice_table.verticalHeader().hide()
        self.invoice_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.invoice_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        fit_columns(self.invoice_table)  # the shared sizing of every list (views/columns.py)
        tidy_table(self.invoice_table)
        self.invoice_table.activated.connect(lambda _i: self.open_copy())
        return self.invoice_table

    # -- filling -------------------------------------------------------------------------------
    def ticked_items(self) -> list[str]:
        """The codes of the checklist items ticked."""
        return [str(self.checklist.item(r).data(Qt.ItemDataRole.UserRole))
                for r in range(self.checklist.count())
                if self.checklist.item(r).checkState() == Qt.CheckState.Checked]

    def _fill_checklist(self) -> None:
        ticks = set(self.draft.state.get("ticks", []))
        self.checklist.blockSignals(True)
        self.checklist.clear()
        states = {Check.OK: self.tr("prêt"), Check.MISSING: self.tr("manquant"),
                  Check.TO_CHECK: self.tr("à vérifier")}
        for item in self.facts.checklist:
            text = self.session.message_text(item.title)
            if item.detail is not None:
                text += "\n" + self.session.message_text(item.detail)
            row = QListWidgetItem(text)
            name, status = CHECK_ICONS[item.state]
            row.setIcon(icon(name, status))
            row.setToolTip(states[item.state])
            row.setData(Qt.ItemDataRole.UserRole, item.code)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked if item.code in ticks
                              else Qt.CheckState.Unchecked)
            self.checklist.addItem(row)
        self.checklist.blockSignals(False)
        if self.checklist.currentRow() < 0 and self.checklist.count():
            self.checklist.setCurrentRow(0)

    def _invoice_cells(self, inv: InvoiceFacts) -> list[str]:
        fmt = self.session.formatter
        charges = "" if inv.charges_cents is None else fmt.money(inv.charges_cents, inv.currency)
        days = (self.tr("{days} j").format(days=inv.days_overdue) if inv.days_overdue > 0
                else self.tr("à échoir"))
        if inv.disputed:
            days += " · " + self.tr("litige")
        return [inv.number, fmt.date(inv.issue_date), fmt.date(inv.due_date), days,
                fmt.money(inv.amount_cents, inv.currency), fmt.money(inv.due_cents, inv.currency),
                charges, self.tr("oui") if inv.has_copy else self.tr("à joindre")]

    def _fill_invoices(self) -> None:
        from PySide6.QtCore import QCoreApplication

        from relance_desktop.services.regime import describe

        regime = self.facts.regime
        self.regime_label.setText(describe(regime, QCoreApplication.translate) if regime else "")
        invoices = self.facts.invoices
        self.invoice_table.setRowCount(len(invoices))
        for row, inv in enumerate(invoices):
            for col, text in enumerate(self._invoice_cells(inv)):
                item = QTableWidgetItem(text)
                if col in AMOUNT_COLUMNS:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if col == COPY_COLUMN and not inv.has_copy:
                    item.setForeground(QColor(status_colour(Status.STOP)))
                item.setData(Qt.ItemDataRole.UserRole, inv.id)
                if inv.description:
                    item.setToolTip(plain(inv.description))
                self.invoice_table.setItem(row, col, item)
        if invoices and self.invoice_table.currentRow() < 0:
            self.invoice_table.setCurrentCell(0, 0)

    def _fill_exchanges(self) -> None:
        parts = [*self._reach_lines(), self._last_call_line(), *self._agreement_lines()]
        if len(self.facts.calls) > 1:
            parts.append(self._earlier_calls_line())
        self.exchanges.setHtml("<p>" + "</p><p>".join(parts) + "</p>")

    def _reach_lines(self) -> list[str]:
        """How the customer pays, and where to write to."""
        f = self.facts
        circuit = []
        if f.approver:
            circuit.append(self.tr("validation : {who}").format(who=f.approver))
        if f.po_required:
            circuit.append(self.tr("bon de commande exigé"))
        if f.payment_run_days:
            circuit.append(self.tr("jours de paiement : {days}").format(days=f.payment_run_days))
        circuit_title = self.tr("Circuit de paiement")
        reach = [x for x in (f.email, f.address) if x]
        reach_title = self.tr("E-mail et adresse")
        titled = self.tr("{title} : {text}")  # « : » spaced in French, not in English or Dutch
        return [titled.format(title=f"<b>{esc(circuit_title)}</b>", text=esc(
                    ", ".join(circuit) if circuit else self.tr("inconnu — à demander"))),
                titled.format(title=f"<b>{esc(reach_title)}</b>", text=esc(
                    " · ".join(reach) if reach else self.tr("à demander")))]

    def _last_call_line(self) -> str:
        """The last call, a link to its record."""
        f, fmt = self.facts, self.session.formatter
        if not f.calls:
            return esc(self.tr("Aucun appel enregistré."))
        last = f.calls[0]
        text = self.tr("Dernier appel : {when}, par {who} — {outcome}").format(
            when=fmt.datetime(last.occurred_at), who=last.who or "—",
            outcome=labels.label(labels.OUTCOMES, last.outcome))
        return (f"<a href='call:{last.id}'>{esc(text)}</a>"
                + (f"<br><i>{esc(last.notes[:240])}</i>" if last.notes else ""))

    def _earlier_calls_line(self) -> str:
        f, fmt = self.facts, self.session.formatter
        return esc(self.tr("Appels précédents : {count}").format(count=len(f.calls))) + " — " \
            + ", ".join(f"<a href='call:{c.id}'>{esc(fmt.date(c.occurred_at.date()))}</a>"
                        for c in f.calls[1:8])

    def _agreement_lines(self) -> list[str]:
        """Promises, plans, disputes (an open one can be closed here), partial payments."""
        f, fmt = self.facts, self.session.formatter
        lines = [esc(self.tr("Promesse du {made} : {amount} pour le {date} — {status}").format(
            made=fmt.date(p.created_on), amount=fmt.money(p.amount_cents, p.currency),
            date=fmt.long_date(p.promised_on),
            status=labels.label(labels.PROMISE_STATUSES, p.status))) for p in f.promises[:5]]
        lines += [esc(self.tr("Échéancier du {made} : {count} échéances — {status}").format(
            made=fmt.date(plan.created_on), count=len(plan.instalments),
            status=labels.label(labels.PLAN_STATUSES, plan.status))) for plan in f.plans[:2]]
        for d in f.disputes[:5]:
            line = esc(self.tr("Litige sur {number} depuis le {date} : {reason} — {status}")
                       .format(number=d.invoice_number, date=fmt.date(d.opened_on),
                               reason=d.reason,
                               status=labels.label(labels.DISPUTE_STATUSES, d.status)))
            if d.status == "open":  # settling it resumes the chasing of that invoice
                close = self.tr("clore…")
                line += f" <a href='dispute:{d.id}'>{esc(close)}</a>"
            lines.append(line)
        partial = [(d, n, c, cur) for d, n, c, cur in f.payments
                   if any(i.number == n for i in f.invoices)]
        lines += [esc(self.tr("Paiement partiel de {amount} le {date} sur {number}").format(
            amount=fmt.money(cents, currency), date=fmt.date(paid_on), number=number))
            for paid_on, number, cents, currency in partial[:5]]
        return lines

    # -- the invoice copy ----------------------------------------------------------------------
    def open_copy(self) -> None:
        row = self.invoice_table.currentRow()
        if row < 0:
            return
        invoice_id = int(self.invoice_table.item(row, 0).data(Qt.ItemDataRole.UserRole))
        path = invoice_service.export_copy(self.cf, invoice_id,
                                           Path(tempfile.mkdtemp(prefix="relance-")))
        if path is None:
            QMessageBox.information(self, self.tr("Copie de la facture"), self.tr(
                "Aucune copie n'est jointe à cette facture. Joignez-la depuis la fiche client "
                "pour pouvoir l'envoyer si le client ne l'a pas reçue."))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

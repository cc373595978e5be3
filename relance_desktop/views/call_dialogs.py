"""Dialogs the call sheet opens: payment plan, dispute, payment said to be made, a past call."""

from __future__ import annotations

import html
from datetime import date
from types import SimpleNamespace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from relance_desktop.domain.calls.codes import Period
from relance_desktop.domain.calls.plans import (
    PlanInputError,
    PlanPolicy,
    build_schedule,
    check_plan,
    schedule_for_amount,
)
from relance_desktop.domain.legal.workdays import business_days_after
from relance_desktop.errors import UserFacingError, ValidationError
from relance_desktop.services import calls
from relance_desktop.services.callsheet import CallFacts
from relance_desktop.services.session import CompanySession
from relance_desktop.views import labels, style
from relance_desktop.views.common import (
    Session,
    from_qdate,
    localise_date_edit,
    to_qdate,
    translate,
)
from relance_desktop.views.dialogs import FormDialog, fill_combo
from relance_desktop.views.plain import plain


def _form_dialog_parts(dialog: QDialog, layout: QVBoxLayout) -> SimpleNamespace:
    """The error label and Save/Cancel buttons FormDialog expects, added at the bottom."""
    error = QLabel()
    error.setObjectName("errorLabel")
    error.setWordWrap(True)
    style.status_text(error, style.Status.STOP)
    layout.addWidget(error)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                           | QDialogButtonBox.StandardButton.Cancel)
    layout.addWidget(box)
    return SimpleNamespace(errorLabel=error, buttonBox=box)


def means_combo(current: str = "transfer") -> QComboBox:
    combo = QComboBox()
    fill_combo(combo, labels.choices(labels.METHODS), current)
    return combo


class PlanDialog(FormDialog):
    """Build a payment plan: by number of instalments or by the amount the customer proposes."""

    def __init__(self, session: Session, parent: QWidget | None, cf: CompanySession,
                 facts: CallFacts, *, interaction_id: int | None, user_id: int | None,
                 policy: PlanPolicy | None = None) -> None:
        super().__init__(session, parent)
        self.cf, self.facts = cf, facts
        self.interaction_id, self.user_id = interaction_id, user_id
        self.policy = policy or PlanPolicy()
        self.plan_id: int | None = None
        self.currency = facts.main_currency
        self.due_cents = facts.due_by_currency(undisputed=True).get(self.currency, 0)
        # What is spread is what is late (invoices not yet due are paid on their own terms),
        # from the next working day: never today, never a weekend or a holiday.
        overdue = facts.due_by_currency(overdue_only=True, undisputed=True).get(self.currency, 0)
        start = business_days_after(session.today(), 1, facts.country)
        self.setWindowTitle(self.tr("Échéancier de paiement — {name}").format(name=facts.name))
        self.resize(620, 560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        fmt = session.formatter
        self.total = QLineEdit(fmt.number(overdue or self.due_cents))
        form.addRow(self.tr("&Montant à échelonner ({currency}) :").format(
            currency=self.currency), self.total)
        mode_row = QHBoxLayout()
        self.by_count = QRadioButton(self.tr("en &nombre d'échéances"))
        self.by_amount = QRadioButton(self.tr("au montant proposé par le &client"))
        self.by_count.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.by_count)
        group.addButton(self.by_amount)
        mode_row.addWidget(self.by_count)
        mode_row.addWidget(self.by_amount)
        form.addRow(self.tr("Calculer :"), mode_row)
        self.count = QSpinBox()
        self.count.setRange(1, 120)
        self.count.setValue(3)
        form.addRow(self.tr("N&ombre d'échéances :"), self.count)
        self.per = QLineEdit()
        self.per.setPlaceholderText(self.tr("ex. 250,00"))
        form.addRow(self.tr("Montant p&ar échéance :"), self.per)
        self.first = QDateEdit(to_qdate(start))
        self.first.setCalendarPopup(True)
        self.first.setDisplayFormat("dd/MM/yyyy")
        localise_date_edit(self.first, session)
        form.addRow(self.tr("&Première échéance :"), self.first)
        self.period = QComboBox()
        for code in (Period.MONTH, Period.FORTNIGHT, Period.WEEK):
            self.period.addItem(labels.label(labels.PERIODS, code.value), code.value)
        form.addRow(self.tr("Pé&riodicité :"), self.period)
        layout.addLayout(form)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Échéance"), self.tr("Montant")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table, 1)
        self.warnings = QLabel()
        self.warnings.setObjectName("planWarnings")
        self.warnings.setWordWrap(True)
        style.status_text(self.warnings, style.Status.WARNING)
        layout.addWidget(self.warnings)
        self._wire(_form_dialog_parts(self, layout))
        self.fields = {"plan": self.total, "amount": self.per}
        for signal in (self.total.textChanged, self.per.textChanged, self.count.valueChanged,
                       self.first.dateChanged, self.period.currentIndexChanged,
                       self.by_count.toggled):
            signal.connect(self.recompute)
        self.schedule: list[tuple[date, int]] = []
        self.check_warnings: list[str] = []
        self.recompute()

    def _schedule(self) -> list[tuple[date, int]]:
        total = self.parse_money("plan", self.total.text())
        first, period = from_qdate(self.first.date()), Period(self.period.currentData())
        self.count.setEnabled(self.by_count.isChecked())
        self.per.setEnabled(self.by_amount.isChecked())
        if self.by_count.isChecked():
            return build_schedule(total, self.count.value(), first, period)
        per = self.parse_money("amount", self.per.text())
        if per <= 0:
            raise ValidationError("amount", translate(
                "PlanDialog", "Le montant par échéance doit être positif."))
        return schedule_for_amount(total, per, first, period)

    def recompute(self) -> None:
        self._ui.errorLabel.hide()
        try:
            self.schedule = self._schedule()
        except PlanInputError as exc:  # figures typed on the way to the right ones
            self.schedule = []
            self.table.setRowCount(0)
            self.warnings.setText("⚠ " + self.session.message_text(exc.message))
            return
        except UserFacingError as exc:
            self.schedule = []
            self.table.setRowCount(0)
            self.warnings.clear()
            if self.total.text().strip() and (self.by_count.isChecked() or self.per.text()):
                self.show_error(exc)
            return
        fmt = self.session.formatter
        self.table.setRowCount(len(self.schedule))
        for row, (due_on, cents) in enumerate(self.schedule):
            self.table.setItem(row, 0, QTableWidgetItem(fmt.date(due_on)))
            item = QTableWidgetItem(fmt.money(cents, self.currency))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 1, item)
        result = check_plan(self.schedule, total_due_cents=self.due_cents,
                            currency=self.currency, today=self.session.today(),
                            policy=self.policy)
        render = self.session.message_text
        self.check_warnings = [render(m) for m in result.warnings]
        problems = [render(m) for m in result.errors] + self.check_warnings
        self.warnings.setText("\n".join(f"⚠ {p}" for p in problems))

    def save(self) -> None:
        self.recompute()
        if not self.schedule:
            raise ValidationError("plan", translate(
                "PlanDialog", "Indiquez le montant et le nombre d'échéances."))
        if self.check_warnings:
            answer = QMessageBox.question(
                self, self.tr("Échéancier"),
                plain(self.tr("Cet échéancier pose problème :\n{warnings}\n\nL'enregistrer "
                              "quand même ?").format(warnings="\n".join(self.check_warnings))))
            if answer != QMessageBox.StandardButton.Yes:
                raise ValidationError("plan", translate(
                    "PlanDialog", "Échéancier non enregistré : ajustez-le avec le client."))
        self.plan_id = calls.record_plan(
            self.cf, self.facts.customer_id, instalments=self.schedule, currency=self.currency,
            period=str(self.period.currentData()), today=self.session.today(),
            due_cents=self.due_cents, interaction_id=self.interaction_id, user_id=self.user_id,
            policy=self.policy)


class DisputeDialog(FormDialog):
    """Open a dispute on the invoices the customer contests."""

    def __init__(self, session: Session, parent: QWidget | None, cf: CompanySession,
                 facts: CallFacts, *, interaction_id: int | None, user_id: int | None) -> None:
        super().__init__(session, parent)
        self.cf, self.facts = cf, facts
        self.interaction_id, self.user_id = interaction_id, user_id
        self.dispute_ids: list[int] = []
        self.setWindowTitle(self.tr("Litige — {name}").format(name=facts.name))
        self.resize(520, 420)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("&Factures contestées :")))
        self.invoices = QListWidget()
        fmt = session.formatter
        for inv in facts.invoices:
            if inv.disputed:
                continue
            item = QListWidgetItem(self.tr("{number} du {date} — reste dû {due}").format(
                number=inv.number, date=fmt.date(inv.issue_date),
                due=fmt.money(inv.due_cents, inv.currency)))
            item.setData(Qt.ItemDataRole.UserRole, inv.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if len(facts.invoices) == 1
                               else Qt.CheckState.Unchecked)
            self.invoices.addItem(item)
        layout.itemAt(0).widget().setBuddy(self.invoices)  # type: ignore[union-attr]
        layout.addWidget(self.invoices, 1)
        reason_label = QLabel(self.tr("Ce que le client &conteste (ses mots, reformulés) :"))
        layout.addWidget(reason_label)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        reason_label.setBuddy(self.reason)
        layout.addWidget(self.reason, 1)
        self._wire(_form_dialog_parts(self, layout))
        self.fields = {"reason": self.reason, "invoices": self.invoices}

    def checked(self) -> list[int]:
        return [int(self.invoices.item(r).data(Qt.ItemDataRole.UserRole))
                for r in range(self.invoices.count())
                if self.invoices.item(r).checkState() == Qt.CheckState.Checked]

    def save(self) -> None:
        self.dispute_ids = calls.open_dispute(
            self.cf, self.facts.customer_id, invoice_ids=self.checked(),
            reason=self.reason.toPlainText(), today=self.session.today(),
            interaction_id=self.interaction_id, user_id=self.user_id)


class ClaimedPaymentDialog(FormDialog):
    """« We already paid »: note what the customer says, to check against the bank tomorrow."""

    def __init__(self, session: Session, parent: QWidget | None, cf: CompanySession,
                 facts: CallFacts, *, interaction_id: int | None, user_id: int | None) -> None:
        super().__init__(session, parent)
        self.cf, self.facts = cf, facts
        self.interaction_id, self.user_id = interaction_id, user_id
        self.task_id: int | None = None
        self.setWindowTitle(self.tr("Paiement annoncé — {name}").format(name=facts.name))
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Demandez la date, le montant, le moyen et le compte utilisé. "
                              "Relance vous rappellera de vérifier demain."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        form = QFormLayout()
        self.currency = facts.main_currency
        self.amount = QLineEdit(session.formatter.number(
            facts.due_by_currency(overdue_only=True).get(self.currency, 0)))
        form.addRow(self.tr("&Montant annoncé ({currency}) :").format(currency=self.currency),
                    self.amount)
        self.paid_on = QDateEdit(to_qdate(session.today()))
        self.paid_on.setCalendarPopup(True)
        self.paid_on.setDisplayFormat("dd/MM/yyyy")
        form.addRow(self.tr("&Payé le :"), self.paid_on)
        self.means = means_combo()
        form.addRow(self.tr("M&oyen :"), self.means)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("compte débité, référence indiquée…"))
        form.addRow(self.tr("&Détails :"), self.note)
        layout.addLayout(form)
        self._wire(_form_dialog_parts(self, layout))
        self.fields = {"amount": self.amount, "paid_on": self.paid_on}

    def save(self) -> None:
        self.task_id = calls.record_claimed_payment(
            self.cf, self.facts.customer_id,
            amount_cents=self.parse_money("amount", self.amount.text()), currency=self.currency,
            paid_on=from_qdate(self.paid_on.date()), means=str(self.means.currentData()),
            today=self.session.today(), note=self.note.text(),
            interaction_id=self.interaction_id, user_id=self.user_id)


class CallRecordDialog(QDialog):
    """A recorded call, exactly as it was recorded; corrections are added, never edited in."""

    def __init__(self, session: Session, parent: QWidget | None, cf: CompanySession,
                 interaction_id: int) -> None:
        super().__init__(parent)
        self.session, self.cf, self.interaction_id = session, cf, interaction_id
        self.setWindowTitle(self.tr("Appel enregistré"))
        self.resize(620, 520)
        layout = QVBoxLayout(self)
        self.view = QTextBrowser()
        self.view.setObjectName("callRecord")
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        self.correct_button = QPushButton(self.tr("Ajouter une &correction…"))
        self.correct_button.clicked.connect(self.add_correction)
        row.addWidget(self.correct_button)
        row.addStretch(1)
        close = QPushButton(self.tr("&Fermer"))
        close.clicked.connect(self.accept)
        row.addWidget(close)
        layout.addLayout(row)
        self.user_id: int | None = None
        self.reload()

    def reload(self) -> None:
        self.view.setHtml(self.html())

    def html(self) -> str:
        record = calls.call_record(self.cf, self.interaction_id)
        fmt = self.session.formatter
        c = record.call
        esc = html.escape
        minutes, seconds = divmod(c.duration_s, 60)
        title = self.tr("Appel du {when}").format(when=fmt.datetime(c.occurred_at))
        lines = [f"<h3>{esc(title)}</h3>", "<table>"]

        def row(label: str, value: str) -> None:
            if value:
                lines.append(f"<tr><td><b>{esc(label)}</b></td><td>{esc(value)}</td></tr>")

        row(self.tr("Par :"), c.who)
        row(self.tr("Interlocuteur :"), c.contact)
        row(self.tr("Durée :"), f"{minutes:02d}:{seconds:02d}")
        row(self.tr("Résultat :"), labels.label(labels.OUTCOMES, c.outcome))
        row(self.tr("Motif du retard :"), labels.label(labels.OBJECTIONS, c.reason)
            if c.reason else "")
        objective = c.state.get("objective")
        row(self.tr("Objectif :"), str(objective) if objective else "")
        lines.append("</table>")
        if c.notes:
            notes_title = self.tr("Notes")
            lines.append(f"<p><b>{esc(notes_title)}</b><br>"
                         f"{esc(c.notes).replace(chr(10), '<br>')}</p>")
        items = []
        for p in record.promises:
            items.append(self.tr("Promesse : {amount} pour le {date} ({status})").format(
                amount=fmt.money(p.amount_cents, p.currency), date=fmt.date(p.promised_on),
                status=labels.label(labels.PROMISE_STATUSES, p.status)))
        for plan in record.plans:
            items.append(self.tr("Échéancier : {count} échéances, {total} ({status})").format(
                count=len(plan.instalments), total=fmt.money(plan.total_cents, plan.currency),
                status=labels.label(labels.PLAN_STATUSES, plan.status)))
        for d in record.disputes:
            items.append(self.tr("Litige sur {number} : {reason} ({status})").format(
                number=d.invoice_number, reason=d.reason,
                status=labels.label(labels.DISPUTE_STATUSES, d.status)))
        for t in record.tasks:
            if t.promise_id is None and t.instalment_id is None:
                items.append(self.tr("{task} le {when}").format(
                    task=labels.label(labels.TASKS, t.kind), when=fmt.datetime(t.due_at)))
        if items:
            agreed = self.tr("Ce qui a été convenu")
            lines.append(f"<p><b>{esc(agreed)}</b></p><ul>")
            lines += [f"<li>{esc(i)}</li>" for i in items]
            lines.append("</ul>")
        for corr in record.corrections:
            heading = self.tr("Correction du {when} par {who}").format(
                when=fmt.datetime(corr.occurred_at), who=corr.who or "—")
            lines.append(f"<p><b>{esc(heading)}</b><br>"
                         f"{esc(corr.notes).replace(chr(10), '<br>')}</p>")
        return "".join(lines)

    def add_correction(self) -> None:
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Correction"),
            self.tr("Ce qui doit être corrigé ou complété (l'appel enregistré reste tel quel) :"))
        if not ok or not text.strip():
            return
        try:
            calls.add_correction(self.cf, self.interaction_id, text, user_id=self.user_id)
        except UserFacingError as exc:
            QMessageBox.warning(self, self.tr("Correction"), plain(self.session.message(exc)))
            return
        self.reload()

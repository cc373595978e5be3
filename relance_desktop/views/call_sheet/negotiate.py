"""The negotiation: a promise typed in the sheet; a payment plan, a dispute, a payment said to be
made, a call-back, a new contact or the customer's payment circuit through their dialogs — each
written at once, linked to the call. Also what was agreed so far and the open follow-ups."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from relance_desktop.domain.calls.codes import Step
from relance_desktop.domain.calls.guards import hours_allow, in_be_night, next_call_slot
from relance_desktop.errors import UserFacingError
from relance_desktop.services import calls, callsheet
from relance_desktop.views import labels
from relance_desktop.views.call_dialogs import (
    ClaimedPaymentDialog,
    DisputeDialog,
    PlanDialog,
    means_combo,
)
from relance_desktop.views.call_sheet.base import SheetState
from relance_desktop.views.call_sheet.script_steps import PAGE_CONCLUDE, PAGE_NEGOTIATE
from relance_desktop.views.common import (
    from_qdate,
    localise_date_edit,
    show_user_error,
    to_qdate,
)
from relance_desktop.views.plain import plain


class Negotiation(SheetState):
    """The « Négocier » tab, the agreements list and the follow-ups of the call sheet."""

    promise_amount: QLineEdit
    promise_date: QDateEdit
    promise_means: QComboBox
    promise_by: QComboBox
    promise_button: QPushButton
    callback_at: QDateTimeEdit
    agreements: QListWidget
    tasks: QListWidget
    done_button: QPushButton

    # -- construction --------------------------------------------------------------------------
    def _negotiate_page(self) -> QWidget:
        panel = QWidget()
        layout = QHBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._promise_box(), 3)
        layout.addWidget(self._other_agreements_box(), 2)
        return self._script_page(Step.NEGOTIATE, panel)

    def _promise_box(self) -> QGroupBox:
        promise = QGroupBox(self.tr("Promesse de paiement"))
        form = QFormLayout(promise)
        self.promise_amount = QLineEdit()
        self.promise_amount.setObjectName("promiseAmount")
        form.addRow(self.tr("&Montant :"), self.promise_amount)
        self.promise_date = QDateEdit()
        self.promise_date.setObjectName("promiseDate")
        self.promise_date.setCalendarPopup(True)
        self.promise_date.setDisplayFormat("dd/MM/yyyy")
        localise_date_edit(self.promise_date, self.session)
        form.addRow(self.tr("Au plus &tard le :"), self.promise_date)
        self.promise_means = means_combo()
        form.addRow(self.tr("Mo&yen :"), self.promise_means)
        self.promise_by = QComboBox()
        self.promise_by.setEditable(True)
        form.addRow(self.tr("Pr&omis par :"), self.promise_by)
        self.promise_button = QPushButton(self.tr("Enregistrer la &promesse"))
        self.promise_button.setObjectName("savePromise")
        self.promise_button.clicked.connect(self.record_promise)
        form.addRow(self.promise_button)
        return promise

    def _other_agreements_box(self) -> QGroupBox:
        others = QGroupBox(self.tr("Autres accords"))
        layout = QVBoxLayout(others)
        plan = QPushButton(self.tr("É&chéancier…"))
        plan.setObjectName("planButton")
        plan.clicked.connect(self.build_plan)
        layout.addWidget(plan)
        dispute = QPushButton(self.tr("&Litige…"))
        dispute.clicked.connect(self.open_dispute)
        layout.addWidget(dispute)
        callback_label = QLabel(self.tr("R&appel convenu :"))
        layout.addWidget(callback_label)
        self.callback_at = QDateTimeEdit()
        self.callback_at.setObjectName("callbackAt")
        self.callback_at.setCalendarPopup(True)
        self.callback_at.setDisplayFormat("dd/MM/yyyy HH:mm")
        localise_date_edit(self.callback_at, self.session)
        callback_label.setBuddy(self.callback_at)
        layout.addWidget(self.callback_at)
        callback = QPushButton(self.tr("Programmer le &rappel"))
        callback.setObjectName("callbackButton")
        callback.clicked.connect(self.schedule_call_back)
        layout.addWidget(callback)
        layout.addStretch(1)
        return others

    def _agreements_panel(self, layout: QVBoxLayout) -> None:
        """The side panel's lists: agreed during this call, then the open follow-ups."""
        layout.addWidget(QLabel(self.tr("Engagements notés pendant cet appel :")))
        self.agreements = QListWidget()
        self.agreements.setObjectName("agreements")
        layout.addWidget(self.agreements, 2)
        todo_row = QHBoxLayout()
        todo_row.addWidget(QLabel(self.tr("Suivis en cours :")), 1)
        self.done_button = QPushButton(self.tr("Marquer comme &fait…"))
        self.done_button.setObjectName("taskDone")
        self.done_button.clicked.connect(self.complete_task)
        todo_row.addWidget(self.done_button)
        layout.addLayout(todo_row)
        self.tasks = QListWidget()
        self.tasks.setObjectName("openTasks")
        layout.addWidget(self.tasks, 1)

    # -- filling -------------------------------------------------------------------------------
    def _fill_negotiation(self) -> None:
        """What to propose: the overdue amount, tomorrow, a call-back tomorrow at this hour."""
        f, fmt = self.facts, self.session.formatter
        currency = f.main_currency
        self.promise_amount.setPlaceholderText(fmt.number(
            f.due_by_currency(undisputed=True).get(currency, 0)))
        if not self.promise_amount.text():
            self.promise_amount.setText(fmt.number(
                f.due_by_currency(overdue_only=True, undisputed=True).get(currency, 0)))
        today = self.session.today()
        # No minimum date: it would refuse the day typed on the way to a later date; a date in
        # the past is refused with a message when the promise is recorded.
        if self.promise_date.date() < to_qdate(today):
            self.promise_date.setDate(to_qdate(today + timedelta(days=1)))
        now = self.session.now()
        if self.callback_at.dateTime().toPython() < now:  # type: ignore[operator]
            self.callback_at.setDateTime(self.proposed_call_back())

    def proposed_call_back(self) -> datetime:
        """Tomorrow at this hour, or the first moment after it the hour rules allow (the one
        function the guards use: the Belgian night, weekends, holidays, the user's and the
        customer's hours)."""
        now = self.session.now()
        tomorrow = datetime.combine(now.date() + timedelta(days=1),
                                    now.time().replace(minute=0, second=0, microsecond=0))
        slot = next_call_slot(tomorrow, country=self.facts.country,
                              policy=callsheet.call_policy(self.session.settings),
                              customer_hours=self.facts.hours)
        return slot or tomorrow

    def _agreement_texts(self) -> list[str]:
        """What was agreed during this call (the draft's records), in the user's words."""
        record_id, f, fmt = self.draft.id, self.facts, self.session.formatter
        texts = [self.tr("Promesse : {amount} au plus tard le {date} ({means})").format(
            amount=fmt.money(p.amount_cents, p.currency), date=fmt.long_date(p.promised_on),
            means=labels.label(labels.METHODS, p.means))
            for p in f.promises if p.interaction_id == record_id]
        texts += [self.tr("Échéancier : {count} × du {first} au {last}").format(
            count=len(plan.instalments), first=fmt.date(plan.instalments[0].due_on),
            last=fmt.date(plan.instalments[-1].due_on))
            for plan in f.plans if plan.interaction_id == record_id]
        texts += [self.tr("Litige ouvert sur {number}").format(number=d.invoice_number)
                  for d in f.disputes if d.interaction_id == record_id]
        for t in calls.tasks_of(self.cf, self.customer_id):
            if t.interaction_id != record_id or t.promise_id is not None \
                    or t.instalment_id is not None:
                continue
            if t.kind == "call_back":
                texts.append(self.tr("Rappel le {when}").format(when=fmt.datetime(t.due_at)))
            else:
                texts.append(self.tr("Paiement annoncé à vérifier : {amount}").format(
                    amount=fmt.money(t.amount_cents or 0, f.main_currency)))
        return texts

    def _fill_agreements(self) -> None:
        self.agreements.clear()
        if self.draft.id is None:
            return
        for text in self._agreement_texts():
            self.agreements.addItem(text)
        if self.draft.state.get("copy_sent"):
            self.agreements.addItem(self.tr("Copie de facture préparée pour {email}").format(
                email=self.draft.state["copy_sent"]))
        for name in self.draft.state.get("new_contacts", []):
            self.agreements.addItem(self.tr("Nouvel interlocuteur : {name}").format(name=name))

    def _fill_tasks(self) -> None:
        """Open follow-ups (call-backs, payments to check), the ones due first."""
        fmt = self.session.formatter
        self.tasks.clear()
        now = self.session.now()
        for task in self.facts.open_tasks:
            what = labels.label(labels.TASKS, task.kind)
            if task.amount_cents:
                what += " · " + fmt.money(task.amount_cents, self.facts.main_currency)
            text = self.tr("{when} — {what}").format(when=fmt.datetime(task.due_at), what=what)
            item = QListWidgetItem(("● " if task.due_at <= now else "") + text)
            item.setData(Qt.ItemDataRole.UserRole, task.id)
            self.tasks.addItem(item)
        self.done_button.setEnabled(self.tasks.count() > 0)
        if self.tasks.count():
            self.tasks.setCurrentRow(0)

    # -- the builders --------------------------------------------------------------------------
    def focus_promise(self) -> None:
        self.go_step(PAGE_NEGOTIATE)
        self.promise_amount.setFocus()
        self.promise_amount.selectAll()

    def record_promise(self) -> None:
        f = self.facts
        currency = f.main_currency
        try:
            cents = self.session.formatter.parse_money(self.promise_amount.text())
        except ValueError:
            QMessageBox.warning(self, self.tr("Promesse"), plain(self.tr(
                "« {value} » n'est pas un montant : tapez par exemple 1 234,56.").format(
                    value=self.promise_amount.text())))
            self.promise_amount.setFocus()
            return
        contact_id = next((c.id for c in f.contacts
                           if c.name == self.promise_by.currentText().strip()), None)
        try:
            interaction_id = self._ensure_draft()
            calls.record_promise(
                self.cf, self.customer_id, amount_cents=cents, currency=currency,
                promised_on=from_qdate(self.promise_date.date()), today=self.session.today(),
                due_cents=f.due_by_currency(undisputed=True).get(currency, 0),
                means=str(self.promise_means.currentData()), interaction_id=interaction_id,
                contact_id=contact_id, promised_by=self.promise_by.currentText(),
                reference=f.reference, user_id=self.user_id,
                grace_days=int(self.session.settings.get("promise_grace_days")))
        except UserFacingError as exc:
            show_user_error(self, self.session, exc)
            return
        self._after_record()
        self.go_step(PAGE_CONCLUDE)

    def build_plan(self) -> None:
        interaction_id = self._ensure_draft()
        dialog = PlanDialog(self.session, self, self.cf, self.facts,
                            interaction_id=interaction_id, user_id=self.user_id,
                            policy=callsheet.plan_policy(self.session.settings))
        if dialog.exec():
            self._after_record()

    def open_dispute(self) -> None:
        interaction_id = self._ensure_draft()
        if DisputeDialog(self.session, self, self.cf, self.facts,
                         interaction_id=interaction_id, user_id=self.user_id).exec():
            self._after_record()

    def claimed_payment(self) -> None:
        interaction_id = self._ensure_draft()
        if ClaimedPaymentDialog(self.session, self, self.cf, self.facts,
                                interaction_id=interaction_id, user_id=self.user_id).exec():
            self._after_record()

    def schedule_call_back(self) -> None:
        at = self.callback_at.dateTime().toPython()
        assert isinstance(at, datetime)
        policy = callsheet.call_policy(self.session.settings)
        country, hours = self.facts.country, self.facts.hours
        if not hours_allow(at, country=country, policy=policy, customer_hours=hours):
            slot = next_call_slot(at, country=country, policy=policy, customer_hours=hours)
            when = self.session.formatter.datetime(slot) if slot else "—"
            if in_be_night(at, country):
                QMessageBox.critical(self, self.tr("Rappel"), self.tr(
                    "En Belgique, les appels de recouvrement sont interdits entre 22:00 et "
                    "08:00. Premier moment possible : {when}.").format(when=when))
                if slot is not None:
                    self.callback_at.setDateTime(slot)
                return
            answer = QMessageBox.question(self, self.tr("Rappel"), self.tr(
                "Ce moment est en dehors des heures d'appel (week-end, jour férié, vos heures "
                "ou celles du client). Premier moment possible : {when}.\n\nProgrammer le "
                "rappel quand même ?").format(when=when))
            if answer != QMessageBox.StandardButton.Yes:
                if slot is not None:
                    self.callback_at.setDateTime(slot)
                return
        try:
            interaction_id = self._ensure_draft()
            calls.schedule_call_back(self.cf, self.customer_id, at=at,  # type: ignore[arg-type]
                                     now_at=self.session.now(), interaction_id=interaction_id,
                                     user_id=self.user_id, note=self.tr("Rappel convenu"))
        except UserFacingError as exc:
            show_user_error(self, self.session, exc)
            return
        self._after_record()

    def new_contact(self) -> None:
        from relance_desktop.views.dialogs import ContactDialog

        dialog = ContactDialog(self.session, self, self.cf, self.customer_id)
        if dialog.exec():
            self._ensure_draft()
            name = dialog.ui.name.text().strip()
            self.draft.state.setdefault("new_contacts", []).append(name)
            self.draft.contact_id = dialog.contact_id
            self.save_draft()
            self._after_record()
            self.contact_combo.setCurrentIndex(
                max(0, self.contact_combo.findData(dialog.contact_id)))

    def edit_circuit(self) -> None:
        from relance_desktop.views.dialogs import CustomerDialog

        if CustomerDialog(self.session, self, self.cf, self.customer_id).exec():
            self._after_record()

    def settle_dispute(self, dispute_id: int) -> None:
        """Close a dispute: resolved (the customer was right, or agreed) or rejected (the invoice
        stands and is chased again)."""
        codes = ("resolved", "rejected")
        choices = [labels.label(labels.DISPUTE_STATUSES, code) for code in codes]
        choice, ok = QInputDialog.getItem(self, self.tr("Clore le litige"),
                                          self.tr("Comment s'est-il terminé ?"), choices, 0,
                                          False)
        if not ok:
            return
        resolution, ok = QInputDialog.getMultiLineText(
            self, self.tr("Clore le litige"), self.tr("Ce qui a été décidé :"))
        if not ok:
            return
        try:
            calls.settle_dispute(self.cf, dispute_id, status=codes[choices.index(choice)],
                                 resolution=resolution, today=self.session.today(),
                                 user_id=self.user_id)
        except UserFacingError as exc:
            show_user_error(self, self.session, exc)
            return
        self._after_record()

    def complete_task(self) -> None:
        item = self.tasks.currentItem()
        if item is None:
            return
        note, ok = QInputDialog.getText(self, self.tr("Suivi fait"), self.tr(
            "Comment s'est-il terminé ? (ex. paiement reçu le 24/11, rappel fait)"))
        if not ok:
            return
        try:
            calls.complete_task(self.cf, int(item.data(Qt.ItemDataRole.UserRole)),
                                note or self.tr("fait"), at=self.session.now(),
                                user_id=self.user_id)
        except UserFacingError as exc:
            show_user_error(self, self.session, exc)
            return
        self._after_record()

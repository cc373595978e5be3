"""The call sheet: prepare, introduce, listen, negotiate, conclude, document — one customer.

One non-modal window per customer, beside the main window. The call is a draft in the company
file from the first thing typed or recorded: notes are saved at most a second after each change,
so closing the window or a crash loses at most that second. Everything agreed (promise, plan,
dispute, call-back, payment said to be made, new contact) is written at once, linked to the call.
"""

from __future__ import annotations

import html
import logging
import tempfile
from datetime import datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QDesktopServices,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from relance_desktop.domain.calls import script
from relance_desktop.domain.calls.codes import (
    OBJECTION_ACTIONS,
    Objection,
    ObjectionAction,
    Outcome,
    Step,
)
from relance_desktop.domain.calls.guards import GuardReport
from relance_desktop.errors import UserFacingError
from relance_desktop.formatting import normalise_phone
from relance_desktop.services import calls, callsheet
from relance_desktop.services import templates as template_service
from relance_desktop.services.callsheet import CallFacts, Check
from relance_desktop.store.session import CompanySession
from relance_desktop.views import labels
from relance_desktop.views.call_dialogs import (
    CallRecordDialog,
    ClaimedPaymentDialog,
    DisputeDialog,
    PlanDialog,
    means_combo,
)
from relance_desktop.views.common import Session, from_qdate, show_user_error, to_qdate

log = logging.getLogger(__name__)

AUTOSAVE_MS = 1000  # a draft is written at most this long after the last change
CHECK_MARKS = {Check.OK: "✔", Check.MISSING: "✖", Check.TO_CHECK: "?"}
CHECK_COLOURS = {Check.OK: "#1b7f3b", Check.MISSING: "#b00020", Check.TO_CHECK: "#8a4b00"}


def _esc(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


class CallSheet(QWidget):
    """One customer's call sheet."""

    changed = Signal()  # something was recorded: lists and Today must reload

    def __init__(self, session: Session, cf: CompanySession, customer_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.session, self.cf, self.customer_id = session, cf, customer_id
        self.setObjectName("CallSheet")
        self.user_name = str(session.settings.get("user_name") or "")
        self.user_id = calls.user_id_for(cf, self.user_name)
        self.draft = calls.open_draft(cf, customer_id) or calls.CallDraft(customer_id)
        self.resumed = self.draft.id is not None
        self.finished_id: int | None = None
        self._loading = True
        self._dirty = False
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.save_draft)
        self.clock = QElapsedTimer()
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self._show_time)
        self.facts: CallFacts = self._prepare()
        self.templates = template_service.templates_for(cf, self.facts.language)
        self._build()
        self.reload()
        self._restore_draft()
        self._loading = False
        self.resize(1240, 720)

    # -- data ----------------------------------------------------------------------------------
    def _prepare(self) -> CallFacts:
        from relance_desktop.services import legal

        try:
            rates = legal.load_rates(self.session.settings)
        except (OSError, ValueError):
            rates = None
        return callsheet.prepare(
            self.cf, self.customer_id, self.session.today(), rates=rates,
            options=legal.options_from(self.session.settings),
            objective_policy=callsheet.objective_policy(self.session.settings))

    @property
    def objective_text(self) -> str:
        return self.objective.text().strip()

    def values(self) -> dict[str, str]:
        return callsheet.script_values(
            self.facts, user=self.user_name, today=self.session.today(),
            templates=self.templates, objective=self.objective_text,
            contact=self.contact_combo.currentText() if self.draft.contact_id else "")

    # -- construction --------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        top = QHBoxLayout()
        self.header = QLabel()
        self.header.setObjectName("callHeader")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        top.addWidget(self.header, 1)
        self.phones = QHBoxLayout()
        top.addLayout(self.phones)
        self.timer_label = QLabel("00:00")
        self.timer_label.setObjectName("callTimer")
        self.timer_label.setStyleSheet("font-size: 18px; font-weight: bold; padding: 0 8px;")
        top.addWidget(self.timer_label)
        self.start_button = QPushButton(self.tr("Démarrer l'appel (F5)"))
        self.start_button.setObjectName("startCall")
        self.start_button.clicked.connect(self.toggle_timer)
        top.addWidget(self.start_button)
        print_button = QPushButton(self.tr("Imprimer (Ctrl+P)"))
        print_button.setObjectName("printSheet")
        print_button.clicked.connect(self.print_sheet)
        top.addWidget(print_button)
        outer.addLayout(top)
        self.banner = QLabel()
        self.banner.setObjectName("guardBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        outer.addWidget(self.banner)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.steps = QTabWidget()
        self.steps.setObjectName("callSteps")
        self.steps.setDocumentMode(True)
        split.addWidget(self.steps)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(4, 0, 0, 0)
        notes_label = QLabel(self.tr("&Notes de l'appel (Ctrl+N)"))
        side_layout.addWidget(notes_label)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("callNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr(
            "Ce que dit le client, ce qui est convenu… Enregistré automatiquement."))
        notes_label.setBuddy(self.notes)
        self.notes.textChanged.connect(self._changed)
        side_layout.addWidget(self.notes, 3)
        gdpr = QLabel(self.tr("Le client peut demander à lire ces notes : restez factuel et "
                              "courtois."))
        gdpr.setWordWrap(True)
        gdpr.setStyleSheet("color: palette(mid); font-size: 11px;")
        side_layout.addWidget(gdpr)
        side_layout.addWidget(QLabel(self.tr("Engagements notés pendant cet appel :")))
        self.agreements = QListWidget()
        self.agreements.setObjectName("agreements")
        side_layout.addWidget(self.agreements, 2)
        todo_row = QHBoxLayout()
        todo_row.addWidget(QLabel(self.tr("Suivis en cours :")), 1)
        self.done_button = QPushButton(self.tr("Marquer comme &fait…"))
        self.done_button.setObjectName("taskDone")
        self.done_button.clicked.connect(self.complete_task)
        todo_row.addWidget(self.done_button)
        side_layout.addLayout(todo_row)
        self.tasks = QListWidget()
        self.tasks.setObjectName("openTasks")
        side_layout.addWidget(self.tasks, 1)
        self.saved_label = QLabel()
        self.saved_label.setStyleSheet("color: palette(mid); font-size: 11px;")
        side_layout.addWidget(self.saved_label)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([760, 440])
        outer.addWidget(split, 1)

        self.steps.addTab(self._prepare_page(), labels.label(labels.STEPS, Step.PREPARE))
        self.script_views: dict[str, QTextBrowser] = {}
        self.steps.addTab(self._script_page(Step.INTRODUCE), labels.label(
            labels.STEPS, Step.INTRODUCE))
        self.steps.addTab(self._listen_page(), labels.label(labels.STEPS, Step.LISTEN))
        self.steps.addTab(self._negotiate_page(), labels.label(labels.STEPS, Step.NEGOTIATE))
        self.steps.addTab(self._conclude_page(), labels.label(labels.STEPS, Step.CONCLUDE))
        self.steps.addTab(self._document_page(), labels.label(labels.STEPS, Step.DOCUMENT))
        self.steps.currentChanged.connect(self._step_changed)

        for pos in range(6):
            self._shortcut(f"Ctrl+{pos + 1}", lambda _=False, p=pos: self.go_step(p))
        self._shortcut("F5", self.toggle_timer)
        self._shortcut("Ctrl+N", self.notes.setFocus)
        self._shortcut("Ctrl+Return", self.finish)
        self._shortcut("Ctrl+Enter", self.finish)
        self._shortcut(QKeySequence.StandardKey.Close, self.close)
        self._shortcut(QKeySequence.StandardKey.Print, self.print_sheet)

    def _shortcut(self, keys: Any, slot: Any) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _advice(self, step: str) -> QLabel:
        lines = [line.strip() for line in self.templates.get(f"advice.{step}", "").splitlines()
                 if line.strip()]
        label = QLabel("".join(f"• {_esc(line)}<br>" for line in lines))
        label.setObjectName(f"advice_{step}")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setStyleSheet("background: palette(alternate-base); padding: 6px;")
        return label

    def _script_view(self, step: str) -> QTextBrowser:
        view = QTextBrowser()
        view.setObjectName(f"script_{step}")
        view.setOpenLinks(False)
        view.setMinimumHeight(90)
        self.script_views[step] = view
        return view

    def _prepare_page(self) -> QWidget:
        page = QWidget()
        layout = QHBoxLayout(page)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Avant d'appeler, cochez ce qui est prêt (Espace) :")))
        self.checklist = QListWidget()
        self.checklist.setObjectName("checklist")
        self.checklist.setWordWrap(True)
        self.checklist.itemChanged.connect(self._changed)
        left.addWidget(self.checklist, 1)
        obj_label = QLabel(self.tr("&Objectif de cet appel :"))
        left.addWidget(obj_label)
        self.objective = QLineEdit()
        self.objective.setObjectName("objective")
        obj_label.setBuddy(self.objective)
        self.objective.textChanged.connect(self._changed)
        left.addWidget(self.objective)
        left.addWidget(self._advice(Step.PREPARE))
        layout.addLayout(left, 2)
        right = QVBoxLayout()
        self.invoice_table = QTableWidget(0, 8)
        self.invoice_table.setObjectName("callInvoices")
        self.invoice_table.setHorizontalHeaderLabels([
            self.tr("N°"), self.tr("Date"), self.tr("Échéance"), self.tr("Retard"),
            self.tr("Montant"), self.tr("Reste dû"), self.tr("Frais de retard"),
            self.tr("Copie")])
        self.invoice_table.verticalHeader().hide()
        self.invoice_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.invoice_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.invoice_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.invoice_table.activated.connect(lambda _i: self.open_copy())
        right.addWidget(self.invoice_table, 2)
        copy_row = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Ouvrir la &copie de la facture"))
        self.copy_button.clicked.connect(self.open_copy)
        copy_row.addWidget(self.copy_button)
        copy_row.addStretch(1)
        right.addLayout(copy_row)
        self.exchanges = QTextBrowser()
        self.exchanges.setObjectName("exchanges")
        self.exchanges.setOpenLinks(False)
        self.exchanges.anchorClicked.connect(self._open_anchor)
        right.addWidget(self.exchanges, 2)
        layout.addLayout(right, 3)
        return page

    def _script_page(self, step: str, extra: QWidget | None = None) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self._script_view(step), 2)
        layout.addWidget(self._advice(step))
        if extra is not None:
            layout.addWidget(extra, 3)
        return page

    def _listen_page(self) -> QWidget:
        box = QGroupBox(self.tr("Ce que répond le client"))
        layout = QVBoxLayout(box)
        grid = QGridLayout()
        self.objection_buttons: dict[str, QPushButton] = {}
        for pos, objection in enumerate(Objection):
            button = QPushButton(labels.label(labels.OBJECTIONS, objection.value))
            button.setObjectName(f"objection_{objection.value}")
            button.setCheckable(True)
            button.setAutoExclusive(True)
            button.clicked.connect(lambda _=False, o=objection: self.choose_objection(o))
            grid.addWidget(button, pos // 4, pos % 4)
            self.objection_buttons[objection.value] = button
        layout.addLayout(grid)
        self.answer = QTextBrowser()
        self.answer.setObjectName("objectionAnswer")
        layout.addWidget(self.answer, 1)
        self.action_row = QHBoxLayout()
        layout.addLayout(self.action_row)
        return self._script_page(Step.LISTEN, box)

    def _negotiate_page(self) -> QWidget:
        panel = QWidget()
        layout = QHBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        promise = QGroupBox(self.tr("Promesse de paiement"))
        form = QFormLayout(promise)
        self.promise_amount = QLineEdit()
        self.promise_amount.setObjectName("promiseAmount")
        form.addRow(self.tr("&Montant :"), self.promise_amount)
        self.promise_date = QDateEdit()
        self.promise_date.setObjectName("promiseDate")
        self.promise_date.setCalendarPopup(True)
        self.promise_date.setDisplayFormat("dd/MM/yyyy")
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
        layout.addWidget(promise, 3)
        others = QGroupBox(self.tr("Autres accords"))
        other_layout = QVBoxLayout(others)
        plan = QPushButton(self.tr("É&chéancier…"))
        plan.setObjectName("planButton")
        plan.clicked.connect(self.build_plan)
        other_layout.addWidget(plan)
        dispute = QPushButton(self.tr("&Litige…"))
        dispute.clicked.connect(self.open_dispute)
        other_layout.addWidget(dispute)
        other_layout.addWidget(QLabel(self.tr("R&appel convenu :")))
        self.callback_at = QDateTimeEdit()
        self.callback_at.setObjectName("callbackAt")
        self.callback_at.setCalendarPopup(True)
        self.callback_at.setDisplayFormat("dd/MM/yyyy HH:mm")
        other_layout.itemAt(other_layout.count() - 1).widget().setBuddy(  # type: ignore[union-attr]
            self.callback_at)
        other_layout.addWidget(self.callback_at)
        callback = QPushButton(self.tr("Programmer le &rappel"))
        callback.setObjectName("callbackButton")
        callback.clicked.connect(self.schedule_call_back)
        other_layout.addWidget(callback)
        other_layout.addStretch(1)
        layout.addWidget(others, 2)
        return self._script_page(Step.NEGOTIATE, panel)

    def _conclude_page(self) -> QWidget:
        box = QGroupBox(self.tr("À relire au client"))
        layout = QVBoxLayout(box)
        self.recap = QTextBrowser()
        self.recap.setObjectName("recap")
        layout.addWidget(self.recap, 1)
        row = QHBoxLayout()
        copy = QPushButton(self.tr("Co&pier le récapitulatif"))
        copy.clicked.connect(self.copy_recap)
        row.addWidget(copy)
        self.confirm_button = QPushButton(self.tr("Confirmer par &écrit…"))
        self.confirm_button.setObjectName("confirmInWriting")
        self.confirm_button.setToolTip(self.tr(
            "Prépare l'e-mail de confirmation dans votre messagerie ; le texte est aussi copié "
            "dans le presse-papiers."))
        self.confirm_button.clicked.connect(self.confirm_in_writing)
        row.addWidget(self.confirm_button)
        row.addStretch(1)
        layout.addLayout(row)
        return self._script_page(Step.CONCLUDE, box)

    def _document_page(self) -> QWidget:
        box = QGroupBox(self.tr("Compte rendu"))
        form = QFormLayout(box)
        self.outcome = QComboBox()
        self.outcome.setObjectName("outcome")
        self.outcome.addItem(self.tr("— choisir —"), "")
        for outcome in Outcome:
            self.outcome.addItem(labels.label(labels.OUTCOMES, outcome.value), outcome.value)
        self.outcome.currentIndexChanged.connect(self._changed)
        form.addRow(self.tr("&Résultat :"), self.outcome)
        contact_row = QHBoxLayout()
        self.contact_combo = QComboBox()
        self.contact_combo.setObjectName("contactReached")
        self.contact_combo.currentIndexChanged.connect(self._changed)
        contact_row.addWidget(self.contact_combo, 1)
        add_contact = QPushButton(self.tr("No&uveau…"))
        add_contact.clicked.connect(self.new_contact)
        contact_row.addWidget(add_contact)
        reached = QLabel(self.tr("&Personne jointe :"))
        reached.setBuddy(self.contact_combo)
        form.addRow(reached, contact_row)
        self.reason = QComboBox()
        self.reason.setObjectName("reason")
        self.reason.addItem(self.tr("— aucun / non dit —"), "")
        for objection in Objection:
            self.reason.addItem(labels.label(labels.OBJECTIONS, objection.value),
                                objection.value)
        self.reason.currentIndexChanged.connect(self._changed)
        form.addRow(self.tr("&Motif du retard :"), self.reason)
        buttons = QHBoxLayout()
        self.finish_button = QPushButton(self.tr("&Terminer l'appel (Ctrl+Entrée)"))
        self.finish_button.setObjectName("finishCall")
        self.finish_button.clicked.connect(self.finish)
        buttons.addWidget(self.finish_button)
        self.discard_button = QPushButton(self.tr("A&bandonner ce brouillon"))
        self.discard_button.clicked.connect(self.discard)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        return self._script_page(Step.DOCUMENT, box)

    # -- filling -------------------------------------------------------------------------------
    def reload_templates(self) -> None:
        """The user edited the texts: show the new ones."""
        self.templates = template_service.templates_for(self.cf, self.facts.language)
        self._fill_scripts()

    def reload(self) -> None:
        """Re-read the facts (after something was recorded) and refresh every part."""
        self.facts = self._prepare()
        f, fmt = self.facts, self.session.formatter
        self.setWindowTitle(self.tr("Appel — {name}").format(name=f.name))
        due = self._amounts(f.due_by_currency(overdue_only=True))
        person = f.person
        who = (f"{person.name}" + (f", {person.function}" if person.function else "")
               if person else self.tr("aucun contact nommé : demandez le service comptable"))
        bits = [f"<b style='font-size:16px'>{_esc(f.name)}</b> — "
                f"{_esc(labels.label(labels.KINDS, f.kind))}",
                _esc(self.tr("Échu : {amount}").format(amount=due)),
                _esc(self.tr("Demander : {who}").format(who=who)),
                f"<i>{_esc(labels.label(labels.TONES, f.tone.value))}</i>"]
        if f.call_hours:
            bits.append(_esc(self.tr("Heures d'appel : {hours}").format(hours=f.call_hours)))
        self.header.setText(" · ".join(bits))
        self._fill_phones()
        self._fill_checklist()
        self._fill_invoices()
        self._fill_exchanges()
        self._fill_contacts()
        if not self.objective.text():
            self.objective.setText(self.session.message_text(f.objective.text))
        currency = f.main_currency
        self.promise_amount.setPlaceholderText(fmt.number(
            f.due_by_currency(undisputed=True).get(currency, 0)))
        if not self.promise_amount.text():
            self.promise_amount.setText(fmt.number(
                f.due_by_currency(overdue_only=True, undisputed=True).get(currency, 0)))
        today = self.session.today()
        if self.promise_date.date() < to_qdate(today):
            self.promise_date.setDate(to_qdate(today + timedelta(days=1)))
        self.promise_date.setMinimumDate(to_qdate(today))
        now = self.session.now()
        if self.callback_at.dateTime().toPython() < now:  # type: ignore[operator]
            self.callback_at.setDateTime(datetime.combine(
                today + timedelta(days=1), now.time().replace(minute=0, second=0)))
        self._fill_guard()
        self._fill_scripts()
        self._fill_agreements()
        self._fill_tasks()

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

    def complete_task(self) -> None:
        item = self.tasks.currentItem()
        if item is None:
            return
        from PySide6.QtWidgets import QInputDialog

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

    def _amounts(self, amounts: dict[str, int]) -> str:
        fmt = self.session.formatter
        if not amounts:
            return fmt.money(0, self.facts.main_currency)
        return " + ".join(fmt.money(c, cur) for cur, c in sorted(amounts.items()))

    def _fill_phones(self) -> None:
        while self.phones.count():
            item = self.phones.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        f, fmt = self.facts, self.session.formatter
        numbers: list[tuple[str, str]] = []
        for contact in f.contacts:
            for raw in (contact.phone, contact.mobile):
                if raw:
                    numbers.append((raw, contact.name))
        for raw in (f.phone, f.mobile):
            if raw:
                numbers.append((raw, f.name))
        seen = set()
        for raw, whose in numbers[:4]:
            if raw in seen:
                continue
            seen.add(raw)
            button = QPushButton(f"☎ {fmt.phone(raw, f.country)}")
            button.setObjectName("dial")
            button.setToolTip(self.tr("Appeler {who} (ouvre votre application de téléphonie)")
                              .format(who=whose))
            button.clicked.connect(lambda _=False, r=raw: self.dial(r))
            self.phones.addWidget(button)

    def _fill_checklist(self) -> None:
        ticks = set(self.draft.state.get("ticks", []))
        self.checklist.blockSignals(True)
        self.checklist.clear()
        for item in self.facts.checklist:
            text = f"{CHECK_MARKS[item.state]}  {self.session.message_text(item.title)}"
            if item.detail is not None:
                text += "\n      " + self.session.message_text(item.detail)
            row = QListWidgetItem(text)
            row.setData(Qt.ItemDataRole.UserRole, item.code)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked if item.code in ticks
                              else Qt.CheckState.Unchecked)
            row.setForeground(QColor(CHECK_COLOURS[item.state]))
            self.checklist.addItem(row)
        self.checklist.blockSignals(False)
        if self.checklist.currentRow() < 0 and self.checklist.count():
            self.checklist.setCurrentRow(0)

    def _fill_invoices(self) -> None:
        fmt = self.session.formatter
        invoices = self.facts.invoices
        self.invoice_table.setRowCount(len(invoices))
        for row, inv in enumerate(invoices):
            charges = ("" if inv.charges_cents is None
                       else fmt.money(inv.charges_cents, inv.currency))
            days = (self.tr("{days} j").format(days=inv.days_overdue) if inv.days_overdue > 0
                    else self.tr("à échoir"))
            if inv.disputed:
                days += " · " + self.tr("litige")
            cells = [inv.number, fmt.date(inv.issue_date), fmt.date(inv.due_date), days,
                     fmt.money(inv.amount_cents, inv.currency),
                     fmt.money(inv.due_cents, inv.currency), charges,
                     self.tr("oui") if inv.has_copy else self.tr("non — à joindre")]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col in (4, 5, 6):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                if col == 7 and not inv.has_copy:
                            item.setForeground(QColor(CHECK_COLOURS[Check.MISSING]))
                item.setData(Qt.ItemDataRole.UserRole, inv.id)
                if inv.description:
                    item.setToolTip(inv.description)
                self.invoice_table.setItem(row, col, item)
        if invoices and self.invoice_table.currentRow() < 0:
            self.invoice_table.setCurrentCell(0, 0)

    def _fill_exchanges(self) -> None:
        f, fmt = self.facts, self.session.formatter
        parts: list[str] = []
        circuit = []
        if f.approver:
            circuit.append(self.tr("validation : {who}").format(who=f.approver))
        if f.po_required:
            circuit.append(self.tr("bon de commande exigé"))
        if f.payment_run_days:
            circuit.append(self.tr("jours de paiement : {days}").format(days=f.payment_run_days))
        circuit_title = self.tr("Circuit de paiement")
        parts.append(f"<b>{_esc(circuit_title)}</b> : " + _esc(
            ", ".join(circuit) if circuit else self.tr("inconnu — à demander")))
        reach = [x for x in (f.email, f.address) if x]
        reach_title = self.tr("E-mail et adresse")
        parts.append(f"<b>{_esc(reach_title)}</b> : " + _esc(
            " · ".join(reach) if reach else self.tr("à demander")))
        if f.calls:
            last = f.calls[0]
            text = self.tr("Dernier appel : {when}, par {who} — {outcome}").format(
                when=fmt.datetime(last.occurred_at), who=last.who or "—",
                outcome=labels.label(labels.OUTCOMES, last.outcome))
            parts.append(f"<a href='call:{last.id}'>{_esc(text)}</a>"
                         + (f"<br><i>{_esc(last.notes[:240])}</i>" if last.notes else ""))
        else:
            parts.append(_esc(self.tr("Aucun appel enregistré.")))
        for p in f.promises[:5]:
            parts.append(_esc(self.tr("Promesse du {made} : {amount} pour le {date} — {status}")
                              .format(made=fmt.date(p.created_on),
                                      amount=fmt.money(p.amount_cents, p.currency),
                                      date=fmt.date(p.promised_on),
                                      status=labels.label(labels.PROMISE_STATUSES, p.status))))
        for plan in f.plans[:2]:
            parts.append(_esc(self.tr("Échéancier du {made} : {count} échéances — {status}")
                              .format(made=fmt.date(plan.created_on),
                                      count=len(plan.instalments),
                                      status=labels.label(labels.PLAN_STATUSES, plan.status))))
        for d in f.disputes[:5]:
            line = _esc(self.tr("Litige sur {number} depuis le {date} : {reason} — {status}")
                        .format(number=d.invoice_number, date=fmt.date(d.opened_on),
                                reason=d.reason,
                                status=labels.label(labels.DISPUTE_STATUSES, d.status)))
            if d.status == "open":  # settling it resumes the chasing of that invoice
                close = self.tr("clore…")
                line += f" <a href='dispute:{d.id}'>{_esc(close)}</a>"
            parts.append(line)
        partial = [(d, n, c, cur) for d, n, c, cur in f.payments
                   if any(i.number == n for i in f.invoices)]
        for paid_on, number, cents, currency in partial[:5]:
            parts.append(_esc(self.tr("Paiement partiel de {amount} le {date} sur {number}")
                              .format(amount=fmt.money(cents, currency), date=fmt.date(paid_on),
                                      number=number)))
        if len(f.calls) > 1:
            parts.append(_esc(self.tr("Appels précédents : {count}").format(
                count=len(f.calls))) + " — " + ", ".join(
                f"<a href='call:{c.id}'>{_esc(fmt.date(c.occurred_at.date()))}</a>"
                for c in f.calls[1:8]))
        self.exchanges.setHtml("<p>" + "</p><p>".join(parts) + "</p>")

    def _fill_contacts(self) -> None:
        current = self.draft.contact_id
        self.contact_combo.blockSignals(True)
        self.contact_combo.clear()
        self.contact_combo.addItem(self.tr("— personne non précisée —"), None)
        for contact in self.facts.contacts:
            text = contact.name + (f" ({contact.function})" if contact.function else "")
            self.contact_combo.addItem(text, contact.id)
        self.contact_combo.setCurrentIndex(max(0, self.contact_combo.findData(current)))
        self.contact_combo.blockSignals(False)
        typed = self.promise_by.currentText()
        self.promise_by.clear()
        self.promise_by.addItems([c.name for c in self.facts.contacts] or [self.facts.name])
        if typed:
            self.promise_by.setCurrentText(typed)

    def _fill_guard(self) -> None:
        report = self.guard_report()
        rows: list[tuple[str, str]] = []  # (colour, text): red stops, orange warns, grey informs
        if self.facts.written_only:
            rows.append(("#b00020", "⛔ " + self.tr(
                "Ce client a demandé à n'être contacté que par écrit : ne l'appelez pas.")))
        elif report.hard_stop is not None:
            rows.append(("#b00020", "⛔ " + self.session.message_text(report.hard_stop)))
        for warning in report.warnings:
            rows.append(("#8a4b00", "⚠ " + self.session.message_text(warning)))
        last = report.last_call
        if last is not None and not report.warnings:
            when = self.session.formatter.datetime(last.at)
            text = (self.tr("Dernier appel : {when} par {who}").format(when=when, who=last.who)
                    if last.who else self.tr("Dernier appel : {when}").format(when=when))
            rows.append(("palette(mid)", text))
        self.banner.setText("<br>".join(
            f"<span style='color:{colour}'>{_esc(text)}</span>" for colour, text in rows))
        self.banner.setVisible(bool(rows))

    def guard_report(self) -> GuardReport:
        return callsheet.guard(self.cf, self.facts, self.session.now(),
                               callsheet.call_policy(self.session.settings))

    def _fill_scripts(self) -> None:
        values = self.values()
        for step, view in self.script_views.items():
            key, text = script.lookup(self.templates, step, self.facts.audience.value,
                                      self.facts.tone.value)
            try:
                body = script.render(text, values, key)
            except script.TemplateError as exc:
                body = self.session.message_text(exc.message)  # type: ignore[arg-type]
            view.setHtml(f"<div style='font-size:14px'>{_esc(body)}</div>")
        self._fill_answer()
        self._fill_recap()

    def _fill_agreements(self) -> None:
        self.agreements.clear()
        if self.draft.id is None:
            return
        fmt = self.session.formatter
        record_id = self.draft.id
        f = self.facts
        for p in f.promises:
            if p.interaction_id == record_id:
                self.agreements.addItem(self.tr("Promesse : {amount} au plus tard le {date} "
                                                "({means})").format(
                    amount=fmt.money(p.amount_cents, p.currency), date=fmt.date(p.promised_on),
                    means=labels.label(labels.METHODS, p.means)))
        for plan in f.plans:
            if plan.interaction_id == record_id:
                self.agreements.addItem(self.tr("Échéancier : {count} × du {first} au {last}")
                                        .format(count=len(plan.instalments),
                                                first=fmt.date(plan.instalments[0].due_on),
                                                last=fmt.date(plan.instalments[-1].due_on)))
        for d in f.disputes:
            if d.interaction_id == record_id:
                self.agreements.addItem(self.tr("Litige ouvert sur {number}").format(
                    number=d.invoice_number))
        for t in calls.tasks_of(self.cf, self.customer_id):
            if t.interaction_id == record_id and t.promise_id is None \
                    and t.instalment_id is None:
                if t.kind == "call_back":
                    self.agreements.addItem(self.tr("Rappel le {when}").format(
                        when=fmt.datetime(t.due_at)))
                else:
                    self.agreements.addItem(self.tr("Paiement annoncé à vérifier : {amount}")
                                            .format(amount=fmt.money(t.amount_cents or 0,
                                                                     f.main_currency)))
        if self.draft.state.get("copy_sent"):
            self.agreements.addItem(self.tr("Copie de facture préparée pour {email}").format(
                email=self.draft.state["copy_sent"]))
        for name in self.draft.state.get("new_contacts", []):
            self.agreements.addItem(self.tr("Nouvel interlocuteur : {name}").format(name=name))

    def sheet_pdf(self) -> bytes:
        """This call sheet on paper, for a call made away from the screen."""
        from relance_desktop.reports.render import render
        from relance_desktop.services import printables

        steps = [(self.steps.tabText(pos + 1).replace("&", ""), view.toPlainText())
                 for pos, view in enumerate(self.script_views.values())]
        spec = printables.call_sheet(
            self.cf, self.facts, language=str(self.session.settings.get("ui_language")),
            fmt=self.session.formatter, render=self.session.message_text, script_steps=steps,
            notes_title=self.tr("Notes"), objective=self.objective_text, now=self.session.now())
        return render(spec)

    def print_sheet(self) -> None:
        from relance_desktop.views.pdf_preview import open_pdf

        open_pdf(self.sheet_pdf(), f"fiche-appel-{self.customer_id}.pdf")

    def recap_text(self) -> str:
        try:
            return callsheet.recap_text(
                self.cf, self.facts, interaction_id=self.draft.id, state=self.draft.state,
                today=self.session.today(), templates=self.templates, common=self.values())
        except script.TemplateError as exc:
            return self.session.message_text(exc.message)  # type: ignore[arg-type]

    def _fill_recap(self) -> None:
        self.recap.setHtml(f"<div style='font-size:14px'>{_esc(self.recap_text())}</div>")

    def _fill_answer(self) -> None:
        while self.action_row.count():
            item = self.action_row.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        code = self.draft.state.get("objection") or ""
        if not code:
            self.answer.setHtml(_esc(self.tr(
                "Laissez parler le client, reformulez, puis choisissez ce qu'il répond.")))
            return
        self.objection_buttons[code].setChecked(True)
        text = self.templates.get(f"objection.{code}", "")
        try:
            body = script.render(text, self.values(), f"objection.{code}")
        except script.TemplateError as exc:
            body = self.session.message_text(exc.message)  # type: ignore[arg-type]
        self.answer.setHtml(f"<div style='font-size:14px'>{_esc(body)}</div>")
        for action in OBJECTION_ACTIONS[Objection(code)]:
            button = QPushButton(labels.label(labels.OBJECTION_ACTIONS, action.value))
            button.setObjectName(f"action_{action.value}")
            button.clicked.connect(lambda _=False, a=action: self.run_action(a))
            self.action_row.addWidget(button)
        self.action_row.addStretch(1)

    # -- the draft -----------------------------------------------------------------------------
    def _restore_draft(self) -> None:
        d = self.draft
        if d.id is None:
            return
        self.notes.setPlainText(d.notes)
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(d.outcome)))
        self.reason.setCurrentIndex(max(0, self.reason.findData(d.reason)))
        self.contact_combo.setCurrentIndex(max(0, self.contact_combo.findData(d.contact_id)))
        if d.state.get("objective"):
            self.objective.setText(str(d.state["objective"]))
        self._show_time()
        self.saved_label.setText(self.tr("Brouillon repris : rien de ce qui avait été tapé "
                                         "n'est perdu."))
        self._fill_checklist()
        self._fill_scripts()
        self._fill_agreements()

    def _collect(self) -> None:
        d = self.draft
        d.notes = self.notes.toPlainText()
        d.outcome = str(self.outcome.currentData() or "")
        d.reason = str(self.reason.currentData() or "")
        contact = self.contact_combo.currentData()
        d.contact_id = int(contact) if contact is not None else None
        d.duration_s = self.elapsed_s()
        d.state["objective"] = self.objective_text
        d.state["ticks"] = [
            str(self.checklist.item(r).data(Qt.ItemDataRole.UserRole))
            for r in range(self.checklist.count())
            if self.checklist.item(r).checkState() == Qt.CheckState.Checked]

    def _changed(self, *_signal_args: object) -> None:
        if self._loading or self.finished_id is not None:
            return
        self._dirty = True
        if not self.autosave.isActive():  # at most one second after the first unsaved change
            self.autosave.start()

    def save_draft(self) -> None:
        if self.finished_id is not None:
            return
        self._collect()
        try:
            calls.save_draft(self.cf, self.draft, user_id=self.user_id)
        except UserFacingError as exc:
            self.saved_label.setText(self.session.message(exc))
            return
        except Exception as exc:  # a locked file must not lose the text: keep it, say so
            from relance_desktop.store.database import classify_sqlite_error

            mapped = classify_sqlite_error(exc, self.session.file_label())
            if mapped is None:
                raise
            self.saved_label.setText(self.session.message(mapped))
            self.autosave.start()
            return
        self._dirty = False
        self.saved_label.setText(self.tr("Brouillon enregistré à {time}").format(
            time=self.session.formatter.time(datetime.now().time())))

    def _ensure_draft(self) -> int:
        self._collect()
        return calls.ensure_draft(self.cf, self.draft, self.user_id)

    # -- timer and dialling -------------------------------------------------------------------
    def elapsed_s(self) -> int:
        base = self.draft.duration_s if not self.clock.isValid() else self._base
        running = self.clock.elapsed() // 1000 if self.clock.isValid() else 0
        return int(base + running)

    def _show_time(self) -> None:
        minutes, seconds = divmod(self.elapsed_s(), 60)
        self.timer_label.setText(f"{minutes:02d}:{seconds:02d}")

    def may_call(self) -> bool:
        """Run the guards; a hard stop refuses, warnings ask for confirmation."""
        report = self.guard_report()
        if self.facts.written_only:
            QMessageBox.critical(self, self.tr("Appel"), self.tr(
                "Ce client a demandé à n'être contacté que par écrit. Envoyez-lui un courrier ou "
                "un e-mail ; décochez l'option dans sa fiche s'il a changé d'avis."))
            return False
        if report.hard_stop is not None:
            QMessageBox.critical(self, self.tr("Appel"), self.session.message_text(
                report.hard_stop))
            return False
        if report.warnings:
            text = "\n".join("• " + self.session.message_text(w) for w in report.warnings)
            answer = QMessageBox.question(
                self, self.tr("Appeler quand même ?"),
                self.tr("{warnings}\n\nAppeler quand même ?").format(warnings=text),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            return answer == QMessageBox.StandardButton.Yes
        return True

    def toggle_timer(self) -> None:
        if self.clock.isValid():
            self._base = self.elapsed_s()
            self.draft.duration_s = self._base
            self.clock.invalidate()
            self.tick.stop()
            self.start_button.setText(self.tr("Reprendre l'appel (F5)"))
            self._show_time()
            self._changed()
            return
        if not self.may_call():
            return
        self._start_without_guard()
        self.go_step(1)

    def dial(self, raw: str) -> None:
        """Dial through the system's tel: handler, after the guards; starts the timer."""
        if not self.clock.isValid():
            if not self.may_call():
                return
            self._start_without_guard()
        number = normalise_phone(raw, self.facts.country) or raw
        QDesktopServices.openUrl(QUrl("tel:" + number.replace(" ", "")))

    def _start_without_guard(self) -> None:
        self._base = self.draft.duration_s
        if self.draft.started_at is None:
            self.draft.started_at = self.session.now()
        self.clock.start()
        self.tick.start()
        self.start_button.setText(self.tr("Arrêter le chrono (F5)"))
        self._ensure_draft()
        self._changed()

    # -- steps and objections -----------------------------------------------------------------
    def go_step(self, pos: int) -> None:
        self.steps.setCurrentIndex(pos)

    def _step_changed(self, pos: int) -> None:
        focus = {0: self.checklist, 3: self.promise_amount, 5: self.outcome}.get(pos)
        if pos == 4:
            self._fill_recap()
        if focus is not None:
            focus.setFocus()

    def choose_objection(self, objection: Objection) -> None:
        self.draft.state["objection"] = objection.value
        if self.reason.currentData() in ("", None):
            self.reason.setCurrentIndex(self.reason.findData(objection.value))
        self._fill_answer()
        self._changed()
        buttons = [self.action_row.itemAt(i).widget() for i in range(self.action_row.count())]
        first = next((b for b in buttons if isinstance(b, QPushButton)), None)
        if first is not None:
            first.setFocus()

    def run_action(self, action: ObjectionAction) -> None:
        handlers = {
            ObjectionAction.SEND_COPY: self.send_copy,
            ObjectionAction.OPEN_DISPUTE: self.open_dispute,
            ObjectionAction.PROMISE: self.focus_promise,
            ObjectionAction.PAYMENT_PLAN: self.build_plan,
            ObjectionAction.CLAIMED_PAYMENT: self.claimed_payment,
            ObjectionAction.NEW_CONTACT: self.new_contact,
            ObjectionAction.HOW_IT_PAYS: self.edit_circuit,
        }
        handlers[action]()

    def focus_promise(self) -> None:
        self.go_step(3)
        self.promise_amount.setFocus()
        self.promise_amount.selectAll()

    # -- recording -----------------------------------------------------------------------------
    def _after_record(self) -> None:
        self.reload()
        self.changed.emit()

    def record_promise(self) -> None:
        f = self.facts
        currency = f.main_currency
        try:
            cents = self.session.formatter.parse_money(self.promise_amount.text())
        except ValueError:
            QMessageBox.warning(self, self.tr("Promesse"), self.tr(
                "« {value} » n'est pas un montant : tapez par exemple 1 234,56.").format(
                    value=self.promise_amount.text()))
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
        self.go_step(4)

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

    def open_copy(self) -> None:
        row = self.invoice_table.currentRow()
        if row < 0:
            return
        invoice_id = int(self.invoice_table.item(row, 0).data(Qt.ItemDataRole.UserRole))
        from relance_desktop.services import invoices as invoice_service

        path = invoice_service.export_copy(invoice_id, Path(tempfile.mkdtemp(prefix="relance-")))
        if path is None:
            QMessageBox.information(self, self.tr("Copie de la facture"), self.tr(
                "Aucune copie n'est jointe à cette facture. Joignez-la depuis la fiche client "
                "pour pouvoir l'envoyer si le client ne l'a pas reçue."))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def send_copy(self) -> None:
        """« Not received »: an e-mail draft with the invoice copies attached, opened at once."""
        f = self.facts
        person = f.person
        to = (person.email if person and person.email else f.email)
        invoices = [i for i in (f.overdue or f.invoices)]
        folder = Path(tempfile.mkdtemp(prefix="relance-"))
        from relance_desktop.services import invoices as invoice_service

        attached = [p for p in (invoice_service.export_copy(i.id, folder) for i in invoices)
                    if p is not None]
        if not attached:
            QMessageBox.information(self, self.tr("Copie de la facture"), self.tr(
                "Aucune copie n'est jointe à ces factures : joignez le PDF depuis la fiche "
                "client, puis recommencez."))
            return
        message = EmailMessage()
        message["To"] = to
        message["Subject"] = self.tr("Copie de la facture {numbers} — {company}").format(
            numbers=", ".join(i.number for i in invoices), company=f.company)
        message["X-Unsent"] = "1"  # opens as a draft to send in the user's mail program
        message.set_content(self.tr(
            "Bonjour,\n\nComme convenu au téléphone, voici la copie de la facture {numbers} "
            "({amount}).\n\nBien cordialement,\n{user}\n{company}").format(
                numbers=", ".join(i.number for i in invoices),
                amount=self._amounts(f.due_by_currency(overdue_only=True)),
                user=self.user_name, company=f.company))
        for path in attached:
            message.add_attachment(path.read_bytes(), maintype="application", subtype="pdf",
                                   filename=path.name)
        eml = folder / "copie-facture.eml"
        eml.write_bytes(bytes(message))
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(eml)))
        self._ensure_draft()
        self.draft.state["copy_sent"] = to or self.tr("(adresse à demander)")
        self.save_draft()
        self._fill_agreements()
        self._fill_recap()

    def copy_recap(self) -> None:
        QGuiApplication.clipboard().setText(self.recap_text())

    def confirm_in_writing(self) -> None:
        """The written confirmation of what was agreed: the letter (to save, print or e-mail)
        when a promise or a plan was recorded; otherwise the recap in a mail draft."""
        record_id = self.draft.id
        promise = next((p for p in self.facts.promises
                        if p.interaction_id == record_id and p.status == "open"), None)
        plan = next((p for p in self.facts.plans
                     if p.interaction_id == record_id and p.status == "active"), None)
        if record_id is not None and (promise is not None or plan is not None):
            from relance_desktop.views.letters_page import open_preview

            QGuiApplication.clipboard().setText(self.recap_text())
            open_preview(self.session, self.cf, self.customer_id,
                         "confirmation" if promise is not None else "payment-plan", self,
                         promise_id=promise.id if promise is not None else None,
                         on_recorded=self.changed.emit)
            return
        text = self.recap_text()
        QGuiApplication.clipboard().setText(text)
        to = self.values().get("email", "")
        if "@" in to:
            url = QUrl(f"mailto:{to}")
            from PySide6.QtCore import QUrlQuery

            query = QUrlQuery()
            query.addQueryItem("subject", self.tr("Confirmation de notre appel — {company}")
                               .format(company=self.facts.company))
            query.addQueryItem("body", text)
            url.setQuery(query)
            QDesktopServices.openUrl(url)
        self.saved_label.setText(self.tr("Récapitulatif copié dans le presse-papiers."))

    # -- finishing -----------------------------------------------------------------------------
    def finish(self) -> None:
        if self.finished_id is not None:
            self.close()
            return
        if self.clock.isValid():
            self.toggle_timer()
        self._collect()
        try:
            self.finished_id = calls.finish_call(self.cf, self.draft, user_id=self.user_id,
                                                 at=self.session.now())
        except UserFacingError as exc:
            show_user_error(self, self.session, exc)
            self.go_step(5)
            self.outcome.setFocus()
            return
        self.autosave.stop()
        self.changed.emit()
        self.close()

    def discard(self) -> None:
        if self.draft.id is None:
            self.finished_id = -1
            self.close()
            return
        answer = QMessageBox.question(self, self.tr("Abandonner"), self.tr(
            "Abandonner ce brouillon d'appel ? Les notes tapées seront effacées."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            calls.discard_draft(self.cf, self.draft.id)
        except UserFacingError as exc:
            show_user_error(self, self.session, exc)
            return
        self.finished_id = -1
        self.autosave.stop()
        self.close()

    def has_content(self) -> bool:
        self._collect()
        d = self.draft
        return bool(d.id is not None or d.notes.strip() or d.started_at or d.state.get("ticks"))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.finished_id is None and self.has_content():
            self.autosave.stop()
            self.save_draft()
        self.tick.stop()
        super().closeEvent(event)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def _open_anchor(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("call:"):
            self.show_call(int(text[5:]))
        elif text.startswith("dispute:"):
            self.settle_dispute(int(text[8:]))

    def settle_dispute(self, dispute_id: int) -> None:
        """Close a dispute: resolved (the customer was right, or agreed) or rejected (the invoice
        stands and is chased again)."""
        from PySide6.QtWidgets import QInputDialog

        choices = [labels.label(labels.DISPUTE_STATUSES, code) for code in ("resolved",
                                                                            "rejected")]
        choice, ok = QInputDialog.getItem(self, self.tr("Clore le litige"),
                                          self.tr("Comment s'est-il terminé ?"), choices, 0,
                                          False)
        if not ok:
            return
        resolution, ok = QInputDialog.getMultiLineText(
            self, self.tr("Clore le litige"), self.tr("Ce qui a été décidé :"))
        if not ok:
            return
        status = ("resolved", "rejected")[choices.index(choice)]
        try:
            calls.settle_dispute(self.cf, dispute_id, status=status, resolution=resolution,
                                 today=self.session.today(), user_id=self.user_id)
        except UserFacingError as exc:
            show_user_error(self, self.session, exc)
            return
        self._after_record()

    def show_call(self, interaction_id: int) -> None:
        dialog = CallRecordDialog(self.session, self, self.cf, interaction_id)
        dialog.user_id = self.user_id
        dialog.exec()


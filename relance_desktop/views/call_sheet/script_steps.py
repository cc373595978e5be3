"""The script steps: introduce, listen (the customer's objection and what to answer), conclude
(the recap read back) and document (outcome, person reached, reason) — each with its script
and advice, from the editable call texts: what is said in the customer's language, the advice to
the caller in the interface's."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
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
from relance_desktop.services import callsheet
from relance_desktop.views import labels
from relance_desktop.views.call_sheet.base import SheetState, big, clear_layout, esc

PAGE_PREPARE, PAGE_INTRODUCE, PAGE_LISTEN, PAGE_NEGOTIATE, PAGE_CONCLUDE, PAGE_DOCUMENT = range(6)


class ScriptSteps(SheetState):
    """The scripted tabs of the call sheet, and moving between the steps."""

    steps: QTabWidget
    script_views: dict[str, QTextBrowser]
    objection_buttons: dict[str, QPushButton]
    answer: QTextBrowser
    action_row: QHBoxLayout
    recap: QTextBrowser
    confirm_button: QPushButton
    outcome: QComboBox
    contact_combo: QComboBox
    reason: QComboBox
    finish_button: QPushButton
    discard_button: QPushButton
    agreements: QListWidget
    promise_by: QComboBox
    clock: QElapsedTimer

    # -- construction --------------------------------------------------------------------------
    def _advice(self, step: str) -> QLabel:
        """The tips for the caller at ``step`` (filled by :meth:`_fill_advice`)."""
        label = QLabel()
        label.setObjectName(f"advice_{step}")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setStyleSheet("background: palette(alternate-base); padding: 6px;")
        self.advice_labels[step] = label
        self._fill_advice(step)
        return label

    def _fill_advice(self, step: str) -> None:
        """The caller's tips are for the caller: in the interface's language, whatever the
        customer's."""
        text = self.caller_templates.get(f"advice.{step}", "")
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        self.advice_labels[step].setText("".join(f"• {esc(line)}<br>" for line in lines))

    def _script_page(self, step: str, extra: QWidget | None = None) -> QWidget:
        """The step's script (filled by :meth:`_fill_scripts`), its advice, then ``extra``."""
        view = QTextBrowser()
        view.setObjectName(f"script_{step}")
        view.setOpenLinks(False)
        view.setMinimumHeight(90)
        self.script_views[step] = view
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(view, 2)
        layout.addWidget(self._advice(step))
        if extra is not None:
            layout.addWidget(extra, 3)
        return page

    def _listen_page(self) -> QWidget:
        box = QGroupBox(self.tr("Ce que répond le client"))
        layout = QVBoxLayout(box)
        grid = QGridLayout()
        self.objection_buttons = {}
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
            "Prépare le courrier ou l'e-mail de confirmation ; le récapitulatif est aussi copié "
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
        self.reason.activated.connect(self._reason_chosen)  # by the user, not pre-filled
        form.addRow(self.tr("&Motif du retard :"), self.reason)
        form.addRow(self._finish_buttons())
        return self._script_page(Step.DOCUMENT, box)

    def _finish_buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.finish_button = QPushButton(self.tr("&Terminer l'appel (Ctrl+Entrée)"))
        self.finish_button.setObjectName("finishCall")
        self.finish_button.clicked.connect(self.finish)
        buttons.addWidget(self.finish_button)
        self.discard_button = QPushButton(self.tr("A&bandonner ce brouillon"))
        self.discard_button.clicked.connect(self.discard)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        return buttons

    # -- moving between steps ------------------------------------------------------------------
    def go_step(self, pos: int) -> None:
        self.steps.setCurrentIndex(pos)

    def _step_changed(self, pos: int) -> None:
        focus = {PAGE_PREPARE: self.checklist, PAGE_NEGOTIATE: self.promise_amount,
                 PAGE_DOCUMENT: self.outcome}.get(pos)
        if pos == PAGE_CONCLUDE:
            self._fill_recap()
        if pos == PAGE_DOCUMENT:
            self.prefill_document()
        if focus is not None:
            focus.setFocus()

    # -- the report, pre-filled from this call ---------------------------------------------------
    def _reason_chosen(self, _pos: int) -> None:
        self.draft.state["reason_chosen"] = True

    def prefill_document(self) -> None:
        """The report says what this call recorded: reached when something was agreed (or the
        call was timed), the person who made the promise, the reason the customer gave in this
        call — never a reason left from another call. What the user chose stays."""
        agreed = self._this_call_agreed()
        if not self.outcome.currentData() and (agreed or self.draft.duration_s
                                               or self.clock.isValid()):
            self.outcome.setCurrentIndex(self.outcome.findData(Outcome.REACHED.value))
        if self.contact_combo.currentData() is None:
            names = [p.promised_by for p in self.facts.promises
                     if p.interaction_id == self.draft.id and self.draft.id is not None]
            names.append(self.promise_by.currentText())
            for name in names:
                pos = next((self.contact_combo.findData(c.id) for c in self.facts.contacts
                            if name and c.name == name.strip()), -1)
                if pos >= 0:
                    self.contact_combo.setCurrentIndex(pos)
                    break
        if not self.draft.state.get("reason_chosen"):
            code = self.draft.state.get("objection") or ""
            self.reason.setCurrentIndex(max(0, self.reason.findData(code)))

    def _this_call_agreed(self) -> bool:
        d, f = self.draft, self.facts
        if d.id is None:
            return bool(d.state.get("copy_sent") or d.state.get("new_contacts"))
        return any(x.interaction_id == d.id for x in (*f.promises, *f.plans, *f.disputes)) \
            or any(t.interaction_id == d.id for t in f.open_tasks) \
            or bool(d.state.get("copy_sent") or d.state.get("new_contacts"))

    def saved_summary(self) -> str:
        """What finishing saved, in a sentence (shown once the sheet is closed)."""
        parts = [labels.label(labels.OUTCOMES, str(self.outcome.currentData() or ""))]
        if self.contact_combo.currentData() is not None:
            parts.append(self.contact_combo.currentText())
        if self.reason.currentData():
            parts.append(self.reason.currentText())
        agreed = [self.agreements.item(i).text() for i in range(self.agreements.count())]
        return self.tr("Appel avec {customer} enregistré : {what}{agreed}").format(
            customer=self.facts.name, what=", ".join(p for p in parts if p),
            agreed=(" — " + " ; ".join(agreed)) if agreed else "")

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

    # -- filling -------------------------------------------------------------------------------
    def _render(self, text: str, key: str) -> str:
        """A call text filled for this customer (a text that cannot be filled says why)."""
        try:
            return script.render(text, self.values(), key)
        except script.TemplateError as exc:
            return self.session.message_text(exc.message)  # type: ignore[arg-type]

    def _fill_scripts(self) -> None:
        for step, view in self.script_views.items():
            key, text = script.lookup(self.templates, step, self.facts.audience.value,
                                      self.facts.tone.value, self.facts.situation)
            view.setHtml(big(self._render(text, key)))
        self._fill_answer()
        self._fill_recap()

    def _fill_answer(self) -> None:
        clear_layout(self.action_row)
        code = self.draft.state.get("objection") or ""
        if not code:
            self.answer.setHtml(esc(self.tr(
                "Laissez parler le client, reformulez, puis choisissez ce qu'il répond.")))
            return
        self.objection_buttons[code].setChecked(True)
        key = f"objection.{code}"
        self.answer.setHtml(big(self._render(self.templates.get(key, ""), key)))
        for action in OBJECTION_ACTIONS[Objection(code)]:
            button = QPushButton(labels.label(labels.OBJECTION_ACTIONS, action.value))
            button.setObjectName(f"action_{action.value}")
            button.clicked.connect(lambda _=False, a=action: self.run_action(a))
            self.action_row.addWidget(button)
        self.action_row.addStretch(1)

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

    # -- the recap -----------------------------------------------------------------------------
    def recap_text(self, *, for_email: bool = False) -> str:
        """What to read back to the customer; ``for_email``: without the sentence announcing
        the e-mail (it is that e-mail)."""
        common = self.values()
        if for_email:
            common["email"] = ""
        try:
            return callsheet.recap_text(
                self.cf, self.facts, interaction_id=self.draft.id, state=self.draft.state,
                today=self.session.today(), templates=self.templates, common=common)
        except script.TemplateError as exc:
            return self.session.message_text(exc.message)  # type: ignore[arg-type]

    def _fill_recap(self) -> None:
        self.recap.setHtml(big(self.recap_text()))

    def copy_recap(self) -> None:
        QGuiApplication.clipboard().setText(self.recap_text())

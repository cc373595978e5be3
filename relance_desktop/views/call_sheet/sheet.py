"""The call sheet window: the header (who, how much, the numbers to dial, the timer), the steps
in tabs, and beside them the notes, what was agreed and the open follow-ups."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from relance_desktop.domain.calls.codes import Step
from relance_desktop.domain.calls.hours import readable as readable_hours
from relance_desktop.errors import UserFacingError
from relance_desktop.services import calls, callsheet, legal
from relance_desktop.services import templates as template_service
from relance_desktop.services.callsheet import CallFacts
from relance_desktop.services.session import CompanySession
from relance_desktop.views import labels
from relance_desktop.views.call_dialogs import CallRecordDialog
from relance_desktop.views.call_sheet.base import clear_layout, esc
from relance_desktop.views.call_sheet.draft import DraftSaving
from relance_desktop.views.call_sheet.negotiate import Negotiation
from relance_desktop.views.call_sheet.prepare import PrepareStep
from relance_desktop.views.call_sheet.script_steps import PAGE_DOCUMENT, ScriptSteps
from relance_desktop.views.call_sheet.timer import CallTimer
from relance_desktop.views.call_sheet.writing import WrittenFollowUp
from relance_desktop.views.common import Session, show_user_error
from relance_desktop.views.icons import icon

PHONES_PER_ROW = 2
MAX_PHONES = 4
SAVED_MESSAGE_MS = 20_000  # how long the main window says what a finished call saved


class CallSheet(QWidget, PrepareStep, ScriptSteps, Negotiation, CallTimer, DraftSaving,
                WrittenFollowUp):
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
        self.finished_id = None
        self._init_autosave()
        self._init_timer()
        self.facts = self._prepare()
        # The situation the call opened in (a broken promise...) stays that of this call: what
        # it records (a new promise) must not change the script half-way through.
        self.situation = self.facts.situation
        self.templates = template_service.templates_for(cf, self.facts.language)
        self.caller_templates = template_service.templates_for(cf, self._interface_language())
        self.advice_labels = {}
        self._build()
        self.reload()
        self._restore_draft()
        self._loading = False
        self.resize(1240, 720)

    # -- data ----------------------------------------------------------------------------------
    def _interface_language(self) -> str:
        return str(self.session.settings.get("ui_language") or "fr")

    def _prepare(self) -> CallFacts:
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
        """Every field of the call texts, for this customer."""
        return callsheet.script_values(
            self.facts, user=self.user_name, today=self.session.today(),
            templates=self.templates, objective=self.objective_text,
            contact=self.contact_combo.currentText() if self.draft.contact_id else "")

    # -- construction --------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.addLayout(self._top_bar())
        self.banner = QWidget()
        self.banner.setObjectName("guardBanner")
        self.banner_rows = QVBoxLayout(self.banner)
        self.banner_rows.setContentsMargins(0, 0, 0, 0)
        self.banner_rows.setSpacing(2)
        outer.addWidget(self.banner)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.steps = QTabWidget()
        self.steps.setObjectName("callSteps")
        self.steps.setDocumentMode(True)
        split.addWidget(self.steps)
        split.addWidget(self._side_panel())
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([900, 440])
        outer.addWidget(split, 1)
        self._add_steps()
        self._add_shortcuts()

    def _top_bar(self) -> QVBoxLayout:
        """Who and how much, the timer and printing; below, the numbers to dial (each button
        says whose number it is, so they get a row of their own)."""
        bar = QVBoxLayout()
        top = QHBoxLayout()
        self.header = QLabel()
        self.header.setObjectName("callHeader")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        top.addWidget(self.header, 1)
        self.timer_label = QLabel("00:00")
        self.timer_label.setObjectName("callTimer")
        self.timer_label.setStyleSheet("font-size: 18px; font-weight: bold; padding: 0 8px;")
        top.addWidget(self.timer_label)
        self.start_button = QPushButton(icon("clock"), self.tr("Démarrer l'appel (F5)"))
        self.start_button.setObjectName("startCall")
        self.start_button.clicked.connect(self.toggle_timer)
        top.addWidget(self.start_button)
        print_button = QPushButton(icon("print"), self.tr("Imprimer (Ctrl+P)"))
        print_button.setObjectName("printSheet")
        print_button.clicked.connect(self.print_sheet)
        top.addWidget(print_button)
        bar.addLayout(top)
        phones_row = QHBoxLayout()
        self.phones = QGridLayout()  # PHONES_PER_ROW a row: four numbers fit at 1366 px
        phones_row.addLayout(self.phones)
        phones_row.addStretch(1)
        bar.addLayout(phones_row)
        return bar

    def _side_panel(self) -> QWidget:
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(4, 0, 0, 0)
        notes_label = QLabel(self.tr("&Notes de l'appel (Ctrl+N)"))
        layout.addWidget(notes_label)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("callNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr(
            "Ce que dit le client, ce qui est convenu… Enregistré automatiquement."))
        notes_label.setBuddy(self.notes)
        self.notes.textChanged.connect(self._changed)
        layout.addWidget(self.notes, 3)
        gdpr = QLabel(self.tr("Le client peut demander à lire ces notes : restez factuel et "
                              "courtois."))
        gdpr.setWordWrap(True)
        gdpr.setStyleSheet("color: palette(mid); font-size: 11px;")
        layout.addWidget(gdpr)
        self._agreements_panel(layout)
        self.saved_label = QLabel()
        self.saved_label.setStyleSheet("color: palette(mid); font-size: 11px;")
        layout.addWidget(self.saved_label)
        return side

    def _add_steps(self) -> None:
        self.script_views = {}
        pages = ((Step.PREPARE, self._prepare_page), (Step.INTRODUCE, self._introduce_page),
                 (Step.LISTEN, self._listen_page), (Step.NEGOTIATE, self._negotiate_page),
                 (Step.CONCLUDE, self._conclude_page), (Step.DOCUMENT, self._document_page))
        step_icons = {Step.PREPARE: "prepare", Step.INTRODUCE: "introduce",
                      Step.LISTEN: "customers", Step.NEGOTIATE: "negotiate",
                      Step.CONCLUDE: "conclude", Step.DOCUMENT: "template"}
        for step, build in pages:
            self.steps.addTab(build(), icon(step_icons[step]), labels.label(labels.STEPS, step))
        self.steps.currentChanged.connect(self._step_changed)

    def _introduce_page(self) -> QWidget:
        return self._script_page(Step.INTRODUCE)

    def _add_shortcuts(self) -> None:
        for pos in range(self.steps.count()):
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

    # -- filling -------------------------------------------------------------------------------
    def reload_templates(self) -> None:
        """The user edited the texts: show the new ones."""
        self.templates = template_service.templates_for(self.cf, self.facts.language)
        self.caller_templates = template_service.templates_for(
            self.cf, self._interface_language())
        for step in self.advice_labels:
            self._fill_advice(step)
        self._fill_scripts()

    def reload(self) -> None:
        """Re-read the facts (after something was recorded) and refresh every part."""
        self.facts = replace(self._prepare(), situation=self.situation)
        self.setWindowTitle(self.tr("Appel — {name}").format(name=self.facts.name))
        self._fill_header()
        self._fill_phones()
        self._fill_checklist()
        self._fill_invoices()
        self._fill_exchanges()
        self._fill_contacts()
        if not self.objective.text():
            self.objective.setText(self.session.message_text(self.facts.objective.text))
            self.objective.setCursorPosition(0)  # its beginning, not its end, when it is long
        self._fill_negotiation()
        self._fill_guard()
        self._fill_scripts()
        self._fill_agreements()
        self._fill_tasks()

    def _amounts(self, amounts: dict[str, int]) -> str:
        fmt = self.session.formatter
        if not amounts:
            return fmt.money(0, self.facts.main_currency)
        return " + ".join(fmt.money(c, cur) for cur, c in sorted(amounts.items()))

    def _fill_header(self) -> None:
        f = self.facts
        due = self._amounts(f.due_by_currency(overdue_only=True))
        person = f.person
        who = (f"{person.name}" + (f", {person.function}" if person.function else "")
               if person else self.tr("aucun contact nommé : demandez le service comptable"))
        bits = [f"<b style='font-size:16px'>{esc(f.name)}</b> — "
                f"{esc(labels.label(labels.KINDS, f.kind))}",
                esc(self.tr("Échu : {amount}").format(amount=due)),
                esc(self.tr("Demander : {who}").format(who=who)),
                f"<i>{esc(labels.label(labels.TONES, f.tone.value))}</i>"]
        if f.call_hours:
            bits.append(esc(self.tr("Heures d'appel : {hours}").format(
                hours=self.session.message_text(readable_hours(f.call_hours)))))
        self.header.setText(" · ".join(bits))

    def _fill_phones(self) -> None:
        """A button per number (the contacts' first, then the customer's), at most four, each
        saying whose number it is."""
        clear_layout(self.phones)
        f, fmt = self.facts, self.session.formatter
        numbers: list[tuple[str, str]] = []
        for c in f.contacts:
            who = c.name + (f" ({c.function})" if c.function else "")
            numbers += [(c.phone, who), (c.mobile, self.tr("{who}, portable").format(who=who))]
        numbers += [(f.phone, self.tr("{name}, standard").format(name=f.name)),
                    (f.mobile, self.tr("{name}, portable").format(name=f.name))]
        seen = set()
        for raw, whose in [(raw, whose) for raw, whose in numbers if raw][:MAX_PHONES]:
            if raw in seen:
                continue
            seen.add(raw)
            button = QPushButton(icon("call"), f"{whose} · {fmt.phone(raw, f.country)}")
            button.setObjectName("dial")
            button.setToolTip(self.tr("Appeler {who} (ouvre votre application de téléphonie)")
                              .format(who=whose))
            button.clicked.connect(lambda _=False, r=raw: self.dial(r))
            pos = len(seen) - 1
            self.phones.addWidget(button, pos // PHONES_PER_ROW, pos % PHONES_PER_ROW)

    # -- recording and finishing ---------------------------------------------------------------
    def _after_record(self) -> None:
        self.reload()
        self.changed.emit()

    def finish(self) -> None:
        if self.finished_id is not None:
            self.close()
            return
        if self.clock.isValid():
            self.toggle_timer()
        self.prefill_document()
        self._collect()
        summary = self.saved_summary()
        try:
            self.finished_id = calls.finish_call(self.cf, self.draft, user_id=self.user_id,
                                                 at=self.session.now())
        except UserFacingError as exc:
            show_user_error(self, self.session, exc)
            self.go_step(PAGE_DOCUMENT)
            self.outcome.setFocus()
            return
        self.autosave.stop()
        self.changed.emit()
        parent = self.parentWidget()
        if isinstance(parent, QMainWindow):
            parent.statusBar().showMessage(summary, SAVED_MESSAGE_MS)
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

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.finished_id is None and self.has_content():
            self.autosave.stop()
            self.save_draft()
            if not self.may_close():  # the text exists nowhere else
                event.ignore()
                return
        self.tick.stop()
        super().closeEvent(event)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    # -- links in the exchanges ----------------------------------------------------------------
    def _open_anchor(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("call:"):
            self.show_call(int(text[5:]))
        elif text.startswith("dispute:"):
            self.settle_dispute(int(text[8:]))

    def show_call(self, interaction_id: int) -> None:
        dialog = CallRecordDialog(self.session, self, self.cf, interaction_id)
        dialog.user_id = self.user_id
        dialog.exec()

"""The « Actions du jour » page: each morning, per customer, the one next dunning action due.

The user ticks the actions to carry out (all, or some), edits an e-mail's text, skips an action
with a reason or postpones a customer. « Valider » sends the e-mails in a batch (progress,
cancel; a failure is kept as a draft), produces the letters through the letter batch, and hands
the calls to « Aujourd'hui ». Nothing goes out before « Valider »; only the steps marked automatic
are ticked in advance. See :mod:`relance_desktop.services.dunning_run`.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from relance_desktop import secrets
from relance_desktop.errors import UserFacingError
from relance_desktop.services import dunning, dunning_run, mailer
from relance_desktop.services.dunning import DayAction
from relance_desktop.services.session import Change, CompanySession, Topic
from relance_desktop.views.changes import ChangeBridge
from relance_desktop.views.common import Session, show_user_error, translate
from relance_desktop.views.dunning_labels import REASONS, channel_text, label, shipped_text
from relance_desktop.views.jobs import Job
from relance_desktop.views.letter_ready import ready_for_letters
from relance_desktop.views.plain import plain

CTX = "ActionsPage"
# The changes that alter the day's proposals.
TOPICS = frozenset({Topic.INVOICES, Topic.CUSTOMERS, Topic.CALLS, Topic.DOCUMENTS})
FIT_ROWS_UP_TO = 300  # rows fitted to their text; beyond, three lines each (fitting costs)


def reason_text(session: Session, action: DayAction) -> str:
    p = action.proposal
    text = label(REASONS, p.reason).format(position=p.step.position,
                                           day=session.formatter.date(p.due_on),
                                           skipped=len(p.skipped))
    return f"{text} — {shipped_text(p.step.note)}" if p.step.note else text


def invoices_text(session: Session, action: DayAction) -> str:
    fmt = session.formatter
    return "; ".join(
        translate("ActionsPage", "{number} (échéance {due}, reste {amount})").format(
            number=i.number, due=fmt.date(i.due_date), amount=fmt.money(i.due_cents))
        for i in action.invoices)


class PostponeDialog(QDialog):
    """Until when, and why."""

    def __init__(self, parent: QWidget | None, today: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reporter"))
        form = QFormLayout(self)
        self.until = QDateEdit()
        self.until.setCalendarPopup(True)
        later = today + timedelta(days=7)
        self.until.setDate(QDate(later.year, later.month, later.day))
        form.addRow(self.tr("Rien proposé jusqu'au :"), self.until)
        self.reason = QLineEdit()
        form.addRow(self.tr("Raison :"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def value(self) -> tuple[date, str]:
        return self.until.date().toPython(), self.reason.text().strip()


class EmailTextDialog(QDialog):
    """The subject and text of one e-mail of the day, as the user wants them."""

    def __init__(self, parent: QWidget | None, subject: str, body: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Texte de l'e-mail"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        self.subject = QLineEdit(subject)
        layout.addWidget(self.subject)
        self.body = QPlainTextEdit(body)
        layout.addWidget(self.body, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class ActionsPage(QWidget):
    """The day's proposals (see the module)."""

    carried_out = Signal()  # steps were recorded: lists must reload

    COLUMNS = 6

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.cf: CompanySession | None = None
        self.actions: list[DayAction] = []
        self.texts: dict[int, tuple[str, str]] = {}  # customer id → edited (subject, body)
        self.pool = QThreadPool(self)
        self.job: Job | None = None
        self.last_report = ""
        self.changes: ChangeBridge | None = None  # what other windows change
        self.automatic_day: date | None = None  # the day the automatic steps were sent
        self.automatic_run = False  # sending the automatic steps: never ask anything
        self.setObjectName("ActionsPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setObjectName("actionsTitle")
        layout.addWidget(self.title)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setObjectName("dayActions")
        self.table.setHorizontalHeaderLabels([
            self.tr("Client"), self.tr("Action"), self.tr("Pourquoi"), self.tr("Factures"),
            self.tr("Montant"), self.tr("Envoi")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.ExtendedSelection)  # triage
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((180, 170, 320, 270, 95)):
            self.table.setColumnWidth(column, width)
        from relance_desktop.views.dunning_calendar import DunningCalendar

        self.tabs = QTabWidget()
        self.tabs.setObjectName("actionsTabs")
        self.tabs.addTab(self.table, self.tr("Aujourd'hui"))
        self.calendar = DunningCalendar(session)
        self.calendar_stale = True  # read when its tab is shown (it forecasts the whole book)
        self.tabs.addTab(self.calendar, self.tr("Calendrier"))
        self.tabs.currentChanged.connect(lambda _i: self._show_calendar())
        layout.addWidget(self.tabs, 1)
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)
        layout.addWidget(self.count_label)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.all_button = QPushButton(self.tr("&Tout cocher"))
        self.all_button.clicked.connect(lambda: self.check_all(True))
        self.edit_button = QPushButton(self.tr("Modifier l'&e-mail…"))
        self.edit_button.clicked.connect(self.edit_text)
        self.skip_button = QPushButton(self.tr("&Passer…"))
        self.skip_button.clicked.connect(self.skip)
        self.postpone_button = QPushButton(self.tr("&Reporter…"))
        self.postpone_button.clicked.connect(self.postpone)
        self.scenarios_button = QPushButton(self.tr("&Scénarios…"))
        self.scenarios_button.setObjectName("editScenarios")
        self.scenarios_button.clicked.connect(self.edit_scenarios)
        bottom.addWidget(self.scenarios_button)
        self.validate_button = QPushButton(self.tr("&Valider les actions cochées"))
        self.validate_button.setObjectName("validateActions")
        self.validate_button.clicked.connect(self.validate)
        for button in (self.all_button, self.edit_button, self.skip_button,
                       self.postpone_button, self.validate_button):
            bottom.addWidget(button)
        layout.addLayout(bottom)

    # -- reading -------------------------------------------------------------------------------
    def set_company(self, cf: CompanySession | None) -> None:
        if cf is not self.cf:
            self.texts.clear()
            if self.changes is not None:
                self.changes.close()
            self.changes = None if cf is None else ChangeBridge(cf, self)
            if self.changes is not None:
                self.changes.changed.connect(self._elsewhere)
        self.cf = cf
        self.reload()
        self.send_automatic()

    def send_automatic(self) -> bool:
        """With the setting « dunning_auto_send », the day's automatic steps (courtesy e-mails)
        go out without a click, once a day, when the page is shown and sending needs no
        question (the password in the keyring). True when a sending started."""
        today = self.session.today()
        if (self.cf is None or self.job is not None or self.automatic_day == today
                or not self.session.settings.get("dunning_auto_send")):
            return False
        self.automatic_day = today
        chosen = [a for a in self.actions if a.proposal.automatic
                  and dunning_run.delivery(a.proposal) == dunning_run.EMAIL]
        if not chosen:
            return False
        self.automatic_run = True
        self._run_next([(dunning_run.EMAIL, chosen)], [self.tr(
            "Étapes automatiques du jour :")])
        return True

    def reload(self) -> None:
        self.table.setRowCount(0)
        today = self.session.today()
        self.title.setText(self.tr("<b>Actions du jour</b> — {day}").format(
            day=self.session.formatter.date(today)))
        self.actions = [] if self.cf is None else dunning.day_actions(self.cf, today)
        fmt = self.session.formatter
        self.table.setUpdatesEnabled(False)  # one repaint for the whole list
        self.table.setRowCount(len(self.actions))
        for row, action in enumerate(self.actions):
            first = QTableWidgetItem(action.customer_name)
            first.setData(Qt.ItemDataRole.UserRole, action.customer_id)
            first.setFlags(first.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            first.setCheckState(Qt.CheckState.Checked if action.proposal.automatic
                                else Qt.CheckState.Unchecked)
            self.table.setItem(row, 0, first)
            mode = (self.tr("automatique") if action.proposal.automatic
                    else self.tr("à valider"))
            texts = (channel_text(action.proposal), reason_text(self.session, action),
                     invoices_text(self.session, action),
                     fmt.money(sum(i.due_cents for i in action.invoices)), mode)
            for column, text in enumerate(texts, 1):
                item = QTableWidgetItem(text)
                item.setToolTip(plain(text))
                if column == 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        if len(self.actions) <= FIT_ROWS_UP_TO:
            self.table.resizeRowsToContents()
        else:  # measuring every row of a big book costs seconds: three lines each
            self.table.verticalHeader().setDefaultSectionSize(3 * self.fontMetrics().height() + 6)
        self.table.setUpdatesEnabled(True)
        self.count_label.setText(
            self.tr("%n actions proposées", "", len(self.actions)) if self.actions
            else self.tr("Rien à faire aujourd'hui : aucune étape de relance n'est due."))
        if self.actions:
            self.table.setCurrentCell(0, 0)
        self.calendar_stale = True
        self._show_calendar()

    def _show_calendar(self) -> None:
        if self.tabs.currentWidget() is self.calendar and self.calendar_stale:
            self.calendar_stale = False
            self.calendar.reload(self.cf)

    def check_all(self, checked: bool = True) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for row in range(self.table.rowCount()):
            self.table.item(row, 0).setCheckState(state)

    def checked(self) -> list[DayAction]:
        return [a for row, a in enumerate(self.actions)
                if self.table.item(row, 0).checkState() == Qt.CheckState.Checked]

    def current_action(self) -> DayAction | None:
        row = self.table.currentRow()
        return self.actions[row] if 0 <= row < len(self.actions) else None

    def current_customer_id(self) -> int | None:
        action = self.current_action()
        return None if action is None else action.customer_id

    def row_of(self, customer_id: int) -> int:
        return next(r for r, a in enumerate(self.actions) if a.customer_id == customer_id)

    # -- skip, postpone, edit ------------------------------------------------------------------
    def ask_reason(self, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, label)
        return text.strip() if ok else None

    def ask_postpone(self) -> tuple[date, str] | None:
        dialog = PostponeDialog(self, self.session.today())
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def selected_actions(self) -> list[DayAction]:
        """The actions of the selected rows (several: Ctrl or Shift click), else the current."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        chosen = [self.actions[r] for r in rows if 0 <= r < len(self.actions)]
        current = self.current_action()
        return chosen or ([] if current is None else [current])

    def skip(self) -> None:
        """Skip the selected actions, for one reason (recorded in each one's history)."""
        chosen = self.selected_actions()
        if self.cf is None or not chosen:
            return
        if len(chosen) == 1:
            question = self.tr("Pourquoi passer « {action} » pour {customer} ?").format(
                action=channel_text(chosen[0].proposal), customer=chosen[0].customer_name)
        else:
            question = self.tr("Pourquoi passer ces {count} actions ({customers}) ?").format(
                count=len(chosen), customers=", ".join(a.customer_name for a in chosen))
        reason = self.ask_reason(self.tr("Passer l'étape"), question)
        if reason is None:
            return
        if not reason:
            QMessageBox.information(self, self.tr("Passer l'étape"),
                                    self.tr("Indiquez la raison : elle reste dans l'historique."))
            return
        dunning.skip_many(self.cf, chosen, self.session.today(), reason)
        self._changed()

    def postpone(self) -> None:
        """Nothing proposed for the customers of the selected actions until a day."""
        chosen = self.selected_actions()
        if self.cf is None or not chosen:
            return
        asked = self.ask_postpone()
        if asked is None:
            return
        until, reason = asked
        if until <= self.session.today() or not reason:
            QMessageBox.information(self, self.tr("Reporter"), self.tr(
                "Choisissez un jour après aujourd'hui et indiquez la raison."))
            return
        dunning.postpone_many(self.cf, [a.customer_id for a in chosen], until, reason)
        self._changed()

    def _writing(self) -> dunning_run.Writing:
        from relance_desktop.translators import translate_for

        return dunning_run.Writing(self.session.today(), self.session.settings,
                                   str(self.session.settings.get("user_name")), translate_for)

    def edit_text(self) -> None:
        action = self.current_action()
        if self.cf is None or action is None:
            return
        if dunning_run.delivery(action.proposal) != dunning_run.EMAIL:
            QMessageBox.information(self, self.tr("Texte de l'e-mail"), self.tr(
                "Cette action n'est pas un e-mail."))
            return
        try:
            outgoing = dunning_run.draft_email(self.cf, action, self._writing(),
                                               self.texts.get(action.customer_id))
        except UserFacingError as exc:
            show_user_error(self, self.session, exc)
            return
        dialog = EmailTextDialog(self, outgoing.subject, outgoing.body)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.texts[action.customer_id] = (dialog.subject.text(),
                                              dialog.body.toPlainText())

    def edit_scenarios(self) -> None:
        if self.cf is None:
            return
        from relance_desktop.views.scenario_editor import ScenarioEditor

        if ScenarioEditor(self.session, self.cf, self).exec() == QDialog.DialogCode.Accepted:
            self._changed()

    # -- validating ----------------------------------------------------------------------------
    def ask_folder(self) -> str:
        return QFileDialog.getExistingDirectory(self, self.tr("Dossier où écrire les courriers"),
                                                str(Path.home()))

    def ask_password(self, smtp: mailer.SmtpSettings) -> str | None:
        from relance_desktop.views.email_dialog import PasswordDialog

        dialog = PasswordDialog(self, smtp.server, smtp.user, can_remember=False)
        return dialog.password.text() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _password(self, smtp: mailer.SmtpSettings, *, ask: bool = True
                  ) -> tuple[bool, str | None]:
        """(go on, password): from the keyring, else asked (unless ``ask`` is False)."""
        if not smtp.user:
            return True, None
        if secrets.keyring_available():
            try:
                kept = secrets.get_password(smtp.account)
            except secrets.SecretsError:
                kept = None
            if kept is not None:
                return True, kept
        asked = self.ask_password(smtp) if ask else None
        return asked is not None, asked

    def validate(self) -> None:
        chosen = self.checked()
        if self.cf is None or not chosen:
            QMessageBox.information(self, self.tr("Actions du jour"),
                                    self.tr("Cochez au moins une action."))
            return
        cf, today, now = self.cf, self.session.today(), self.session.now()
        by_way: dict[str, list[DayAction]] = {}
        for action in chosen:
            by_way.setdefault(dunning_run.delivery(action.proposal), []).append(action)
        lines: list[str] = []
        for action in by_way.get(dunning_run.CALL, []):
            dunning_run.hand_call_to_today(cf, action, today, now)
        for action in by_way.get(dunning_run.SMS, []):
            number, text = dunning_run.sms_text(cf, action, money=self.session.formatter.money,
                                                translate_for=self._writing().translate_for)
            lines.append(self.tr("SMS à envoyer à {customer} ({number}) : « {text} »").format(
                customer=action.customer_name, number=number or "—", text=text))
            dunning_run.record_sms(cf, action, today)
        if by_way.get(dunning_run.CALL):
            lines.append(self.tr(
                "%n appels ajoutés à « Aujourd'hui » : chaque étape sera notée faite quand "
                "l'appel sera enregistré.", "", len(by_way[dunning_run.CALL])))
        if by_way.get(dunning_run.SMS):
            lines.append(self.tr("%n SMS notés comme envoyés.", "",
                                 len(by_way[dunning_run.SMS])))
        pending = [(way, by_way[way]) for way in (dunning_run.LETTER, dunning_run.EMAIL)
                   if by_way.get(way)]
        self._run_next(pending, lines)

    def _run_next(self, pending: list[tuple[str, list[DayAction]]], lines: list[str]) -> None:
        if not pending:
            self._finish(lines)
            return
        way, group = pending[0]
        rest = pending[1:]
        writing = self._writing()
        assert self.cf is not None
        cf = self.cf
        if way == dunning_run.LETTER:
            if not ready_for_letters(self.session, cf, self):  # the box « Courriers » shows
                lines.append(self.tr("Courriers non produits : la fiche de la société est "
                                     "incomplète ; ces étapes restent à faire."))
                self._run_next(rest, lines)
                return
            folder = self.ask_folder()
            if not folder:
                lines.append(self.tr("Courriers non produits : aucun dossier choisi."))
                self._run_next(rest, lines)
                return

            def work(report: Any) -> Any:
                return dunning_run.produce_letters(cf, group, writing, Path(folder),
                                                   progress=report)

            label = self.tr("Production des courriers…")
        else:
            smtp = mailer.smtp_settings(self.session.settings)
            try:
                mailer.check_settings(smtp)
            except UserFacingError as exc:
                lines.append(self.tr("E-mails non envoyés : {problem}").format(
                    problem=self.session.message(exc)))
                self._run_next(rest, lines)
                return
            go_on, password = self._password(smtp, ask=not self.automatic_run)
            if not go_on:
                if self.automatic_run:
                    lines.append(self.tr("Les e-mails automatiques attendent votre validation : "
                                         "le mot de passe d'envoi n'est pas dans le trousseau."))
                self._run_next(rest, lines)
                return
            texts, now = dict(self.texts), self.session.now()

            def work(report: Any) -> Any:
                return dunning_run.send_emails(cf, group, writing, now=now, smtp=smtp,
                                               password=password, texts=texts, progress=report,
                                               message_of=self.session.message)

            label = self.tr("Envoi des e-mails…")
        progress = QProgressDialog(label, self.tr("Annuler"), 0, len(group), self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        job = Job(cf, work)
        job.signals.progress.connect(lambda done, total: progress.setValue(done))
        progress.canceled.connect(job.cancel.set)
        job.signals.done.connect(lambda result: self._ran(progress, result, rest, lines))
        job.signals.failed.connect(lambda exc: self._job_failed(progress, exc, rest, lines))
        self.job = job
        self.pool.start(job)

    def _ran(self, progress: QProgressDialog, result: Any,
             rest: list[tuple[str, list[DayAction]]], lines: list[str]) -> None:
        progress.close()
        if isinstance(result, dunning_run.LetterRun):
            lines.append(self.tr("%n courriers produits.", "", len(result.done)))
            if result.nothing:
                lines.append(self.tr("Rien à écrire pour : {names}").format(
                    names=", ".join(result.nothing)))
        else:
            lines.append(self.tr("%n e-mails envoyés.", "", len(result.sent)))
            for name, why, draft in result.failed:
                lines.append(self.tr("Non envoyé à {customer} : {reason} (brouillon : {draft})")
                             .format(customer=name, reason=why, draft=draft or "—"))
            if result.cancelled:
                lines.append(self.tr("Envoi annulé : les e-mails restants restent à faire."))
        self._run_next(rest, lines)

    def _job_failed(self, progress: QProgressDialog, exc: BaseException,
                    rest: list[tuple[str, list[DayAction]]], lines: list[str]) -> None:
        progress.close()
        if not isinstance(exc, UserFacingError):
            raise exc
        lines.append(self.session.message(exc))
        self._run_next(rest, lines)

    def _finish(self, lines: list[str]) -> None:
        self.job = None
        self.automatic_run = False
        self._changed()
        self.last_report = "\n".join(lines)
        if lines:
            QMessageBox.information(self, self.tr("Actions du jour"), plain(self.last_report))

    def _elsewhere(self, change: Change) -> None:
        """A payment, a promise, a call… recorded anywhere: the day's list is read again (not
        while steps are being carried out: the list is read once they are)."""
        if self.job is None and self.isVisible() and change.concerns(TOPICS):
            self.reload()

    def _changed(self) -> None:
        self.carried_out.emit()
        self.reload()

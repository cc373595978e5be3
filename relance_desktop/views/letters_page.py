"""The « Courriers » page: choose a document and who gets it, look at one, produce them all.

Production runs off the GUI thread with a progress bar and Cancel; each document produced is kept
in its customer's history and the reminder level of its invoices advances.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from relance_desktop.errors import UserFacingError
from relance_desktop.i18n import QT_TRANSLATE_NOOP
from relance_desktop.services import letter_batch, letters, lists
from relance_desktop.services.session import CompanySession
from relance_desktop.views import labels
from relance_desktop.views.columns import fit_columns, tidy_table
from relance_desktop.views.common import Session, show_user_error
from relance_desktop.views.company_hint import missing_sentence
from relance_desktop.views.empty_state import EmptyState, no_invoice_text
from relance_desktop.views.jobs import Job
from relance_desktop.views.letter_ready import fill_in_company, ready_for_letters
from relance_desktop.views.plain import plain
from relance_desktop.views.style import Status, make_banner

CTX = "LettersPage"
# Which level a customer must have reached for the next letter (None: any).
PREVIOUS_LEVEL = {"reminder-1": 0, "reminder-2": 1, "formal-notice": 2}
# Documents that escalate: nobody is ticked for them until the user ticks each one.
ESCALATING = {"reminder-2", "formal-notice", "collection-file"}
# The reminder level in words (the number is the last reminder an invoice received).
LEVEL_WORDS = {
    0: QT_TRANSLATE_NOOP("LettersPage", "aucune relance"),
    1: QT_TRANSLATE_NOOP("LettersPage", "1re relance"),
    2: QT_TRANSLATE_NOOP("LettersPage", "2e relance"),
    3: QT_TRANSLATE_NOOP("LettersPage", "mise en demeure"),
}


def level_words(level: int) -> str:
    text = LEVEL_WORDS.get(level, LEVEL_WORDS[3])
    return QCoreApplication.translate(CTX, text)


def kind_label(kind: str) -> str:
    return labels.label(labels.DOCUMENT_KINDS, kind)


class LettersPage(QWidget):
    produced = Signal()  # documents were recorded: lists must reload

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.cf: CompanySession | None = None
        self.pool = QThreadPool(self)
        self.job: Job | None = None
        self.setObjectName("LettersPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._build_choices())
        self.missing_box = QFrame()  # what the company's card lacks, and the way to fill it
        self.missing_box.setObjectName("missingBox")
        missing_row = QHBoxLayout(self.missing_box)
        missing_row.setContentsMargins(8, 4, 4, 4)
        self.missing_label = QLabel()
        self.missing_label.setObjectName("missingForLetters")
        self.missing_label.setWordWrap(True)
        self.missing_label.setTextFormat(Qt.TextFormat.PlainText)
        missing_row.addWidget(self.missing_label, 1)
        self.fill_company_button = QPushButton(self.tr("Compléter la &fiche de la société…"))
        self.fill_company_button.setObjectName("fillCompany")
        self.fill_company_button.clicked.connect(self.fill_company)
        missing_row.addWidget(self.fill_company_button)
        make_banner(self.missing_box, Status.WARNING, "QFrame#missingBox")
        self.missing_box.hide()
        layout.addWidget(self.missing_box)
        self._build_table(layout)
        self.disputed: set[int] = set()
        self.hidden_count = 0
        self.table.itemChanged.connect(self._ticked)
        layout.addLayout(self._build_buttons())
        for signal in (self.kind.currentIndexChanged, self.min_days.valueChanged,
                       self.by_level.toggled):
            signal.connect(self.reload)

    def _build_choices(self) -> QVBoxLayout:
        """The document, its language and settings; below, who gets it (days late, level)."""
        choices = QVBoxLayout()
        top = QHBoxLayout()
        kind_label_widget = QLabel(self.tr("&Document :"))
        top.addWidget(kind_label_widget)
        self.kind = QComboBox()
        self.kind.setObjectName("letterKind")
        for kind in letters.KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.kind.setCurrentIndex(self.kind.findData("reminder-1"))
        kind_label_widget.setBuddy(self.kind)
        top.addWidget(self.kind)
        lang_label = QLabel(self.tr("&Langue :"))
        top.addSpacing(12)
        top.addWidget(lang_label)
        self.language = QComboBox()
        self.language.addItem(self.tr("celle du client"), None)
        for code, name in (("fr", "Français"), ("nl", "Nederlands"), ("en", "English")):
            self.language.addItem(name, code)
        lang_label.setBuddy(self.language)
        top.addWidget(self.language)
        top.addStretch(1)
        settings_button = QPushButton(self.tr("Réglages des &courriers…"))
        settings_button.clicked.connect(self.letter_settings)
        top.addWidget(settings_button)
        choices.addLayout(top)
        who = QHBoxLayout()
        days_label = QLabel(self.tr("En retard de plus de"))
        who.addWidget(days_label)
        self.min_days = QSpinBox()
        self.min_days.setRange(0, 3650)
        self.min_days.setValue(15)
        self.min_days.setSuffix(self.tr(" j"))
        days_label.setBuddy(self.min_days)
        who.addWidget(self.min_days)
        who.addSpacing(12)
        self.by_level = QCheckBox(self.tr("Seulement les clients au niveau &précédent"))
        self.by_level.setChecked(True)
        who.addWidget(self.by_level)
        who.addStretch(1)
        choices.addLayout(who)
        return choices

    def _build_table(self, layout: QVBoxLayout) -> None:
        """The customers the document is for (or the empty state), and what a filter hides."""
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("letterCandidates")
        self.table.setHorizontalHeaderLabels([self.tr("Client"), self.tr("Échu"),
                                              self.tr("Retard max"),
                                              self.tr("Dernière relance"), self.tr("E-mail")])
        self.table.horizontalHeaderItem(3).setToolTip(self.tr(
            "Le courrier le plus avancé déjà envoyé pour ces factures : aucune relance, "
            "1re relance, 2e relance ou mise en demeure."))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        fit_columns(self.table, stretch=0)  # the room left over to the name, e-mail at its size
        tidy_table(self.table)
        self.table.activated.connect(lambda _i: self.preview())
        self.empty = EmptyState(*no_invoice_text())
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)
        hidden_row = QHBoxLayout()
        self.hidden_label = QLabel()
        self.hidden_label.setObjectName("hiddenByFilter")
        self.hidden_label.setWordWrap(True)
        hidden_row.addWidget(self.hidden_label, 1)
        self.show_all_button = QPushButton(self.tr("Afficher &tout"))
        self.show_all_button.setObjectName("showAllLetters")
        self.show_all_button.clicked.connect(lambda: self.by_level.setChecked(False))
        hidden_row.addWidget(self.show_all_button)
        layout.addLayout(hidden_row)

    def _build_buttons(self) -> QHBoxLayout:
        """The count, the preview, one PDF or several, produce."""
        bottom = QHBoxLayout()
        self.count_label = QLabel()
        bottom.addWidget(self.count_label, 1)
        self.preview_button = QPushButton(self.tr("&Aperçu du client choisi…"))
        self.preview_button.clicked.connect(self.preview)
        bottom.addWidget(self.preview_button)
        self.merged = QCheckBox(self.tr("Un seul PDF pour l'&impression"))
        bottom.addWidget(self.merged)
        self.produce_button = QPushButton(self.tr("P&roduire les courriers cochés…"))
        self.produce_button.setObjectName("produceLetters")
        self.produce_button.clicked.connect(self.produce)
        bottom.addWidget(self.produce_button)
        return bottom

    def letter_settings(self) -> None:
        if self.cf is None:
            return
        from relance_desktop.views.letter_settings import LetterSettingsDialog

        LetterSettingsDialog(self.session, self.cf, self).exec()

    def set_company(self, cf: CompanySession | None) -> None:
        self.cf = cf
        self.reload()

    @property
    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def missing_text(self) -> str:
        """What the own company still lacks for a letter, in a sentence ("" when nothing)."""
        return missing_sentence(self.cf) if self.cf is not None else ""

    def fill_company(self) -> None:
        """The notice's button: the company's card, then the page again."""
        if self.cf is not None:
            fill_in_company(self.session, self.cf, self)
            self._show_missing()

    def _show_missing(self) -> None:
        missing = self.missing_text()
        self.missing_label.setText(missing)
        self.missing_box.setVisible(bool(missing))

    def reload(self) -> None:
        self.table.setRowCount(0)
        self._show_missing()
        if self.cf is None:
            return
        kind = self.current_kind
        level = PREVIOUS_LEVEL.get(kind) if self.by_level.isChecked() else None
        today = self.session.today()
        ids = letter_batch.batch_customers(self.cf, kind, today,
                                           min_days=self.min_days.value(), at_level=level)
        self._show_hidden(kind, today, len(ids))
        self.disputed = set()
        if kind in letters.LEVEL_OF_KIND:  # shown apart, never ticked by default
            self.disputed = letters.disputed_customers(self.cf, today,
                                                       min_days=self.min_days.value(),
                                                       at_level=level)
        rows = letters.letter_rows(self.cf, [*ids, *self.disputed], today,
                                   min_days=self.min_days.value())
        fmt = self.session.formatter
        ticked = Qt.CheckState.Unchecked if kind in ESCALATING else Qt.CheckState.Checked
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for pos, row in enumerate(rows):
            disputed = row.customer_id in self.disputed
            name = self.tr("{name} — en litige").format(name=row.name) if disputed else row.name
            first = QTableWidgetItem(name)
            first.setData(Qt.ItemDataRole.UserRole, row.customer_id)
            first.setFlags(first.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            first.setCheckState(Qt.CheckState.Unchecked if disputed else ticked)
            if disputed:
                first.setToolTip(self.tr("Un litige est ouvert : ce client ne reçoit ce courrier "
                                         "que si vous le cochez vous-même, après avertissement."))
            self.table.setItem(pos, 0, first)
            due = " + ".join(fmt.money(cents, currency)
                             for currency, cents in sorted(row.overdue.items())) or fmt.money(0)
            for col, text in enumerate((due, str(row.days_late), level_words(row.level),
                                        row.email), 1):
                item = QTableWidgetItem(text)
                if col in (1, 2):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(pos, col, item)
        self.table.blockSignals(False)
        self.table.resizeColumnToContents(3)
        self._show_empty(bool(rows))
        self.count_label.setText(self.tr("%n clients", "", len(rows)) if rows else "")
        if rows:
            self.table.setCurrentCell(0, 0)

    def _show_hidden(self, kind: str, today: Any, shown: int) -> None:
        """Say how many customers the level filter hides, with a button to widen it."""
        hidden = 0
        if self.cf is not None and self.by_level.isChecked() and kind in PREVIOUS_LEVEL:
            every = letter_batch.batch_customers(self.cf, kind, today,
                                                 min_days=self.min_days.value())
            hidden = len(every) - shown
        self.hidden_count = hidden
        self.hidden_label.setVisible(hidden > 0)
        self.show_all_button.setVisible(hidden > 0)
        if hidden > 0:
            self.hidden_label.setText(self.tr(
                "%n clients masqués par le filtre « Seulement les clients au niveau "
                "précédent ».", "", hidden))

    def _show_empty(self, any_row: bool) -> None:
        """No row: say why, and what to do (no invoice at all: import, type one, the demo)."""
        if any_row or self.cf is None:
            self.stack.setCurrentWidget(self.table)
            return
        if not lists.open_count_at_least(self.cf, 1):
            self.empty.set_text(*no_invoice_text())
            self.empty.show_actions(True)
        elif self.hidden_count:
            self.empty.set_text(
                self.tr("Personne à cette étape"),
                self.tr("Aucun client n'a encore reçu le courrier précédent. Ceux que le filtre "
                        "masque apparaissent avec « Afficher tout », en bas de la page."))
            self.empty.show_actions(False)
        else:
            self.empty.set_text(
                self.tr("Personne à qui écrire ce courrier"),
                self.tr("Aucun client ne remplit aujourd'hui les conditions de « {kind} ». "
                        "Réduisez le nombre de jours de retard, ou choisissez un autre "
                        "document.").format(kind=kind_label(self.current_kind)))
            self.empty.show_actions(False)
        self.stack.setCurrentWidget(self.empty)

    def _ticked(self, item: QTableWidgetItem) -> None:
        """Ticking a customer in dispute asks first; « No » leaves it unticked."""
        if item.column() != 0 or item.checkState() != Qt.CheckState.Checked:
            return
        customer_id = int(item.data(Qt.ItemDataRole.UserRole))
        if customer_id not in self.disputed:
            return
        answer = QMessageBox.question(self, self.tr("Client en litige"), self.tr(
            "{name} conteste au moins une de ces factures. Lui envoyer ce courrier pendant le "
            "litige peut aggraver le désaccord. L'inclure quand même ?").format(
                name=item.text()))
        if answer != QMessageBox.StandardButton.Yes:
            self.table.blockSignals(True)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.table.blockSignals(False)
        self.table.resizeColumnToContents(3)

    def current_customer_id(self) -> int | None:
        """The customer of the row selected (the main window's actions apply to it)."""
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def checked(self) -> list[int]:
        return [int(self.table.item(r, 0).data(Qt.ItemDataRole.UserRole))
                for r in range(self.table.rowCount())
                if self.table.item(r, 0).checkState() == Qt.CheckState.Checked]

    def _common(self) -> dict[str, Any]:
        from relance_desktop.translators import translate_for

        return {"today": self.session.today(), "settings": self.session.settings,
                "user_name": str(self.session.settings.get("user_name")),
                "language": self.language.currentData(), "translate_for": translate_for}

    def preview(self) -> None:
        row = self.table.currentRow()
        if self.cf is None or row < 0:
            return
        customer_id = int(self.table.item(row, 0).data(Qt.ItemDataRole.UserRole))
        open_preview(self.session, self.cf, customer_id, self.current_kind, self,
                     language=self.language.currentData(), on_recorded=self.produced.emit)

    def produce(self) -> None:
        ids = self.checked()
        if self.cf is None or not ids:
            QMessageBox.information(self, self.tr("Courriers"),
                                    self.tr("Cochez au moins un client."))
            return
        ready = ready_for_letters(self.session, self.cf, self)
        self._show_missing()  # filled in through the box, or still missing
        if not ready:
            return
        gap = self._rate_gap()
        if gap and not confirm_rate_gap(self, gap):
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Dossier où écrire les PDF"),
                                                  str(Path.home()))
        if not folder:
            return
        cf, kind, merged, common = self.cf, self.current_kind, self.merged.isChecked(), \
            self._common()
        progress = QProgressDialog(self.tr("Production des courriers…"), self.tr("Annuler"), 0,
                                   len(ids), self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)

        def work(report: Any) -> list[Path]:
            return letter_batch.write_files(cf, kind, ids, Path(folder), merged=merged,
                                            progress=lambda i: report(i + 1, len(ids)), **common)

        job = Job(cf, work)
        job.signals.progress.connect(lambda done, total: progress.setValue(done))
        progress.canceled.connect(job.cancel.set)
        job.signals.done.connect(lambda files: self._done(progress, files))
        job.signals.failed.connect(lambda exc: self._failed(progress, exc))
        self.job = job
        self.pool.start(job)

    def _rate_gap(self) -> str:
        """What a batch of letters with charges will claim without a figure ("" when the rate
        table covers today)."""
        from relance_desktop.services import legal

        if self.current_kind not in letters.WITH_CHARGES:
            return ""
        known = legal.load_rates(self.session.settings).known_until
        if known >= self.session.today():
            return ""
        return self.tr(
            "Les taux d'intérêt ne sont connus que jusqu'au {known}. Ces courriers réclameront "
            "les intérêts calculés jusqu'à cette date, puis les intérêts au taux légal jusqu'à "
            "parfait paiement, sans montant : aucun taux n'est deviné. Ajoutez le taux publié "
            "dans Outils › Taux d'intérêt pour le chiffrer.").format(
                known=self.session.formatter.date(known))

    def _done(self, progress: QProgressDialog, files: list[Path]) -> None:
        progress.close()
        self.produced.emit()
        self.reload()
        QMessageBox.information(self, self.tr("Courriers"), plain(self.tr(
            "%n fichiers écrits dans {folder}.", "", len(files)).format(
                folder=files[0].parent if files else "")))

    def _failed(self, progress: QProgressDialog, exc: BaseException) -> None:
        progress.close()
        from relance_desktop.reports.render import Cancelled

        if isinstance(exc, Cancelled):
            return
        if isinstance(exc, UserFacingError):
            show_user_error(self, self.session, exc)
            return
        raise exc


def open_preview(session: Session, cf: CompanySession, customer_id: int, kind: str,
                 parent: QWidget, *, language: str | None = None,
                 on_recorded: Any = None, promise_id: int | None = None) -> Any:
    """Prepare one document and show it; a problem (no rate, bad template) is a message, and
    nothing is prepared while the company's card lacks what a letter prints."""
    from relance_desktop.translators import translate_for
    from relance_desktop.views.pdf_preview import PreviewDialog

    if not ready_for_letters(session, cf, parent):
        return None
    try:
        produced = letters.prepare_document(
            cf, customer_id, kind, today=session.today(), settings=session.settings,
            user_name=str(session.settings.get("user_name")), language=language,
            translate_for=translate_for, promise_id=promise_id)
        if produced.rate_gap and not confirm_rate_gap(parent, produced.rate_gap):
            return None
        pdf = letters.draw(produced)
    except UserFacingError as exc:
        show_user_error(parent, session, exc)
        return None
    dialog = PreviewDialog(session, cf, produced, pdf, parent)
    if produced.regime_text:  # which law the charges and the legal sentences follow, and why
        regime = QLabel(produced.regime_text)
        regime.setObjectName("regimeLabel")
        regime.setTextFormat(Qt.TextFormat.PlainText)
        regime.setWordWrap(True)
        dialog.layout().insertWidget(0, regime)
    if on_recorded is not None:
        dialog.recorded.connect(lambda _id: on_recorded())
    dialog.exec()
    return dialog


def confirm_rate_gap(parent: QWidget, text: str) -> bool:
    """A rate is not published yet: the letter claims the interest without a figure from that
    day. The user says whether it goes out like that (never a guessed rate)."""
    question = QCoreApplication.translate(
        "LettersPage", "Produire le courrier ainsi, avec les intérêts au taux légal « jusqu'à "
        "parfait paiement » sans montant ?")
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("LettersPage", "Taux pas encore publié"),
        f"{text}\n\n{question}")
    return answer == QMessageBox.StandardButton.Yes

"""The last two pages of the import wizard: confirm and apply (all or nothing, with progress
and cancel), then what was written."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QTextBrowser, QVBoxLayout, QWidget, QWizard

from relance_desktop.services import imports
from relance_desktop.views.import_wizard.common import (
    INFO_STYLE,
    NOTICE_STYLE,
    StepPage,
    banner,
    show_banner,
)


class ConfirmPage(StepPage):
    """What « Importer » will write. A commit page: once imported, there is no going back.

    The wizard runs the import when the user clicks « Importer » (the page stays while it runs,
    with its progress); :meth:`validatePage` lets the wizard go on once it has succeeded."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmPage")
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Importer"))
        self.running = False
        self.summary: imports.ApplySummary | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.plan_text = QLabel()
        self.plan_text.setObjectName("confirmText")
        self.plan_text.setWordWrap(True)
        self.plan_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.plan_text)
        self.all_or_nothing = banner(INFO_STYLE)
        self.all_or_nothing.setObjectName("allOrNothing")
        show_banner(self.all_or_nothing, self.tr(
            "L'import se fait en une fois : si vous l'interrompez ou si une erreur survient, "
            "rien n'est enregistré et le fichier de la société reste tel qu'avant."))
        layout.addWidget(self.all_or_nothing)
        layout.addStretch(1)
        self.status = banner(NOTICE_STYLE)
        self.status.setObjectName("applyStatus")
        layout.addWidget(self.status)
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.hide()
        layout.addWidget(self.progress)

    def heading(self) -> str:
        return self.tr("Importer")

    # QWizardPage
    def initializePage(self) -> None:
        self.summary = None
        show_banner(self.status, "")

    def isComplete(self) -> bool:
        return not self.running

    def validatePage(self) -> bool:
        return self.summary is not None

    # what will be written
    def show_plan(self, plan: imports.ImportPreview, settle: list[int]) -> None:
        files = plan.files
        credits = sum(1 for f in files for c in f.credits if c.action != "unchanged")
        customers = sum(f.new_customers for f in files)
        new = sum(f.count("new") for f in files)
        changed = sum(f.count("changed") for f in files)
        counts = [
            (customers, self.tr("%n nouveaux clients", "", customers)),
            (new, self.tr("%n nouvelles factures", "", new)),
            (changed, self.tr("%n factures mises à jour", "", changed)),
            (credits, self.tr("%n avoirs à appliquer", "", credits)),
            (len(settle), self.tr("%n factures marquées payées, comme vous l'avez coché",
                                  "", len(settle))),
            (len(plan.problems), self.tr("%n problèmes : les lignes en erreur ne sont pas "
                                         "importées", "", len(plan.problems))),
        ]
        esc = html.escape
        items = [esc(text) for n, text in counts if n]
        names = ", ".join(f.path.name for f in files) if len(files) <= 3 \
            else self.tr("{count} fichiers").format(count=len(files))
        self.plan_text.setText(
            "<p>" + esc(self.tr("Relance va enregistrer, depuis {files} :").format(files=names))
            + "</p><ul>" + "".join(f"<li>{t}</li>" for t in items) + "</ul><p>"
            + esc(self.tr("Cliquez sur « Importer » pour enregistrer ces changements.")) + "</p>")

    # while it runs
    def set_running(self, running: bool) -> None:
        self.running = running
        if running:
            self.progress.setRange(0, 0)
            show_banner(self.status, self.tr("Import en cours…"))
        self.progress.setVisible(running)
        self.completeChanged.emit()

    def show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def show_status(self, text: str) -> None:
        show_banner(self.status, text)


class ResultPage(StepPage):
    """What the import wrote; the wizard's last page (« Fermer »)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultPage")
        self.setFinalPage(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.done_text = QTextBrowser()
        self.done_text.setObjectName("importDone")
        layout.addWidget(self.done_text)

    def heading(self) -> str:
        return self.tr("Import terminé")

    def show_summary(self, summary: imports.ApplySummary) -> None:
        esc = html.escape
        counts = [
            (summary.customers_created,
             self.tr("%n clients créés", "", summary.customers_created)),
            (summary.invoices_created,
             self.tr("%n factures créées", "", summary.invoices_created)),
            (summary.invoices_changed,
             self.tr("%n factures mises à jour", "", summary.invoices_changed)),
            (summary.credits_applied,
             self.tr("%n avoirs appliqués", "", summary.credits_applied)),
            (summary.settled, self.tr("%n factures marquées payées", "", summary.settled)),
        ]
        items = [text for n, text in counts if n]
        self.done_text.setHtml(
            "<p><b>" + esc(self.tr("Les factures ont été importées.")) + "</b></p><ul>"
            + "".join(f"<li>{esc(t)}</li>" for t in items) + "</ul><p>"
            + esc(self.tr("La liste des factures en retard est à jour. Un prochain import du "
                          "même logiciel mettra à jour ces factures, sans doublon.")) + "</p>")

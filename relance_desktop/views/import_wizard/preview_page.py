"""The preview page of the import wizard: what importing would do, file by file, with the
problems found (file, line, field) and the invoices absent from a full export, which the user
ticks to have them marked paid. Nothing is written here."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QProgressBar,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from relance_desktop.importers.records import Severity, note_text
from relance_desktop.services import imports
from relance_desktop.views.common import Session, translate
from relance_desktop.views.import_wizard.common import (
    MATCHED_BY,
    MAX_PROBLEMS_SHOWN,
    NOTICE_STYLE,
    StepPage,
    banner,
    compact,
    problem_text,
    show_banner,
    table,
)
from relance_desktop.views.table_model import Row, RowsModel

OVERVIEW_TAB, CUSTOMERS_TAB, INVOICES_TAB, PROBLEMS_TAB, SETTLE_TAB = range(5)


def checkable(text: str, checked: bool) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                  | Qt.ItemFlag.ItemIsSelectable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item


class PreviewPage(StepPage):
    """Complete once the files are read and importing would change something (or the user
    ticked an invoice to mark paid)."""

    settle_changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewPage")
        self.session = session
        self.plan: imports.ImportPreview | None = None
        self.ticked: set[int] = set()
        self._filling = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setObjectName("previewSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.notice = banner(NOTICE_STYLE)
        self.notice.setObjectName("previewNotice")
        layout.addWidget(self.notice)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(self._build_files())
        self.details = QTabWidget()
        self.details.setObjectName("previewDetails")
        self._build_details()
        self.details.addTab(self._build_problems(), self.tr("Problèmes"))
        self.details.addTab(self._build_settle(), self.tr("À marquer payées"))
        split.addWidget(self.details)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 4)
        layout.addWidget(split, 1)
        self.progress = QProgressBar()
        self.progress.setObjectName("previewProgress")
        self.progress.hide()
        layout.addWidget(self.progress)
        self.settle_changed.connect(self.completeChanged)

    # construction
    def _build_files(self) -> QWidget:
        self.files_model = RowsModel(
            [self.tr("Fichier"), self.tr("Nouveaux clients"), self.tr("Clients reconnus"),
             self.tr("Nouvelles factures"), self.tr("Modifiées"), self.tr("Inchangées"),
             self.tr("Avoirs"), self.tr("Problèmes"), self.tr("Reste dû")],
            numeric={1, 2, 3, 4, 5, 6, 7, 8}, parent=self)
        self.files_view = table(self.files_model, sortable=False)
        self.files_view.setObjectName("previewFiles")
        line = self.files_view.fontMetrics().height()
        self.files_view.setMinimumHeight((line + 6) * 6 + line + 12)  # six files at a glance
        header = self.files_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.files_view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.show_file(current.row()))
        return self.files_view

    def _build_details(self) -> None:
        """The tabs about one file: overview, customers, invoices."""
        self.overview = QTextBrowser()
        self.overview.setObjectName("fileOverview")
        self.overview.setOpenLinks(False)
        self.details.addTab(self.overview, self.tr("Résumé"))
        self.customers_model = RowsModel(
            [self.tr("Client"), self.tr("N° de compte"), self.tr("Dans Relance")], parent=self)
        self.customers_view = table(self.customers_model)
        self.customers_view.setObjectName("previewCustomers")
        self.details.addTab(self.customers_view, self.tr("Clients"))
        self.invoices_model = RowsModel(
            [self.tr("N°"), self.tr("Client"), self.tr("Date"), self.tr("Échéance"),
             self.tr("Montant"), self.tr("Reste dû"), self.tr("Import"), self.tr("Changements")],
            numeric={4, 5}, parent=self)
        self.invoices_view = table(self.invoices_model)
        self.invoices_view.setObjectName("previewInvoices")
        self.details.addTab(self.invoices_view, self.tr("Factures"))

    def _build_problems(self) -> QWidget:
        problems = QWidget()
        problems_layout = QVBoxLayout(problems)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        self.problems_model = RowsModel(
            [self.tr("Gravité"), self.tr("Fichier"), self.tr("Ligne / élément"),
             self.tr("Champ"), self.tr("Attendu"), self.tr("Trouvé")], parent=self)
        self.problems_view = table(self.problems_model)
        self.problems_view.setObjectName("previewProblems")
        header = self.problems_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((80, 150, 120, 120, 280)):
            header.resizeSection(col, width)
        self.problems_view.selectionModel().currentRowChanged.connect(self._problem_chosen)
        problems_layout.addWidget(self.problems_view, 1)
        self.problem_detail = QLabel()
        self.problem_detail.setObjectName("problemDetail")
        self.problem_detail.setWordWrap(True)
        self.problem_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        problems_layout.addWidget(self.problem_detail)
        self.problems_more = QLabel()
        self.problems_more.setObjectName("problemsMore")
        problems_layout.addWidget(self.problems_more)
        return problems

    def _build_settle(self) -> QWidget:
        settle = QWidget()
        settle_layout = QVBoxLayout(settle)
        settle_layout.setContentsMargins(0, 0, 0, 0)
        settle_intro = QLabel(self.tr(
            "Ces factures sont ouvertes dans Relance mais absentes ou soldées dans cet export "
            "complet. Cochez celles qui ont bien été payées : elles seront marquées payées."))
        settle_intro.setWordWrap(True)
        settle_layout.addWidget(settle_intro)
        self.settle_table = QTableWidget(0, 4)
        self.settle_table.setObjectName("settleTable")
        self.settle_table.setHorizontalHeaderLabels([
            self.tr("Marquer payée"), self.tr("N°"), self.tr("Client"), self.tr("Reste dû")])
        compact(self.settle_table)
        self.settle_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.settle_table.setAlternatingRowColors(True)
        header = self.settle_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.settle_table.itemChanged.connect(self._settle_item_changed)
        settle_layout.addWidget(self.settle_table, 1)
        return settle

    def heading(self) -> str:
        return self.tr("Vérifier avant d'importer")

    # QWizardPage
    def isComplete(self) -> bool:
        return self.plan is not None and self.actionable()

    # whole preview
    def start_reading(self) -> None:
        """The files are being read: no plan until :meth:`set_plan`."""
        self.plan = None
        self.ticked = set()
        self.summary.setText(self.tr("Lecture des fichiers…"))
        show_banner(self.notice, "")
        self.completeChanged.emit()

    def set_plan(self, plan: imports.ImportPreview) -> None:
        self.plan = plan
        self.ticked = set()
        fmt = self.session.formatter
        rows = []
        for pos, f in enumerate(plan.files):
            matched = sum(1 for c in f.customers if not c.is_new)
            due = " + ".join(fmt.money(c, cur) for cur, c in sorted(f.due_per_currency().items()))
            rows.append(Row(pos, [
                f.path.name, str(f.new_customers), str(matched), str(f.count("new")),
                str(f.count("changed")), str(f.count("unchanged")), str(len(f.credits)),
                str(len(f.problems)), due], [0] * 9))
        self.files_model.set_rows(rows)
        self.files_view.setVisible(len(plan.files) > 1)
        self.summary.setText(self._summary_text(plan))
        self._update_notice()
        if plan.files:  # the first file with something to show
            first = next((pos for pos, f in enumerate(plan.files)
                          if f.has_changes or f.problems or f.invoices), 0)
            self.files_view.setCurrentIndex(self.files_model.index(first, 0))
            self.show_file(first)
        self.completeChanged.emit()

    def _summary_text(self, plan: imports.ImportPreview) -> str:
        fmt = self.session.formatter
        files = plan.files
        totals: dict[str, int] = {}
        for f in files:
            for currency, cents in f.due_per_currency().items():
                totals[currency] = totals.get(currency, 0) + cents
        customers = sum(f.new_customers for f in files)
        new = sum(f.count("new") for f in files)
        changed = sum(f.count("changed") for f in files)
        unchanged = sum(f.count("unchanged") for f in files)
        credits = sum(len(f.credits) for f in files)
        parts = [text for n, text in (
            (customers, self.tr("%n nouveaux clients", "", customers)),
            (new, self.tr("%n nouvelles factures", "", new)),
            (changed, self.tr("%n modifiées", "", changed)),
            (unchanged, self.tr("%n inchangées", "", unchanged)),
            (credits, self.tr("%n avoirs", "", credits)),
            (len(plan.problems), self.tr("%n problèmes", "", len(plan.problems))),
        ) if n]
        counts = "<b>" + html.escape(self.tr("%n fichiers", "", len(files))) + "</b>"
        counts += " : " + ", ".join(html.escape(p) for p in parts) + "." if parts else ""
        if totals:
            amounts = " + ".join(fmt.money(c, cur) for cur, c in sorted(totals.items()))
            counts += "<br>" + self.tr("Reste dû selon les fichiers : <b>{amount}</b>").format(
                amount=html.escape(amounts))
        return counts

    def actionable(self) -> bool:
        if self.plan is None:
            return False
        for f in self.plan.files:
            if f.new_customers or f.count("new") or f.count("changed") \
                    or any(c.action != "unchanged" for c in f.credits):
                return True
        return bool(self.ticked)

    def _update_notice(self) -> None:
        plan = self.plan
        if plan is None:
            return
        texts = []
        again = [f.path.name for f in plan.files if f.already_imported]
        if again:
            texts.append(self.tr("Déjà importé : {files}. Seules les différences avec l'import "
                                 "précédent seraient appliquées.").format(files=", ".join(again)))
        offers = sum(len(f.settle) for f in plan.files)
        if offers:
            texts.append(self.tr(
                "%n factures ouvertes dans Relance sont absentes ou soldées dans l'export : cochez "
                "celles qui ont été payées (onglet « À marquer payées »).", "", offers))
        readable = any(f.invoices or f.credits or f.customers for f in plan.files)
        if self.actionable():
            if plan.problems:
                texts.append(self.tr("Les lignes en erreur seront ignorées ; les autres seront "
                                     "importées."))
        elif not readable and plan.problems:
            texts.append(self.tr("Rien à importer : aucune facture lisible dans ces fichiers "
                                 "(voir l'onglet « Problèmes »)."))
        elif not readable and (excluded := [
                key for f in plan.files for key in getattr(f.result, "excluded", [])]):
            texts.append(self.tr(
                "Rien à importer : les comptes clients de ces fichiers sont tous exclus "
                "({accounts}). Revenez à l'étape « Comptes à ne pas relancer » pour en "
                "importer.").format(
                accounts=html.escape(", ".join(excluded))))
        elif not readable and not again:
            texts.append(self.tr("Rien à importer : ces fichiers ne contiennent aucun client ni "
                                 "aucune facture ouverte."))
        elif not offers:
            texts.append(self.tr("Rien à importer : tout est déjà à jour dans Relance."))
        show_banner(self.notice, " ".join(texts))

    # one file
    def show_file(self, pos: int) -> None:
        if self.plan is None or not 0 <= pos < len(self.plan.files):
            return
        f = self.plan.files[pos]
        self.overview.setHtml(self._overview_html(f))
        self._fill_customers(f)
        self._fill_invoices(f)
        self._fill_problems(f)
        self._fill_settle(f)
        self._update_tabs(f)

    def _update_tabs(self, f: imports.FilePreview) -> None:
        details = self.details
        details.setTabText(CUSTOMERS_TAB, self.tr("Clients ({count})").format(
            count=len(f.customers)))
        details.setTabText(INVOICES_TAB, self.tr("Factures ({count})").format(
            count=len(f.invoices) + len(f.credits)))
        details.setTabText(PROBLEMS_TAB, self.tr("Problèmes ({count})").format(
            count=len(f.problems)))
        details.setTabText(SETTLE_TAB, self.tr("À marquer payées ({count})").format(
            count=len(f.settle)))
        details.setTabVisible(SETTLE_TAB, bool(f.settle))
        if f.settle:
            details.setCurrentIndex(SETTLE_TAB)
        elif f.problems and not (f.invoices or f.credits):
            details.setCurrentIndex(PROBLEMS_TAB)
        elif not details.isTabVisible(details.currentIndex()):
            details.setCurrentIndex(OVERVIEW_TAB)

    def _fill_customers(self, f: imports.FilePreview) -> None:
        matched_texts = {k: translate("ImportWizard", v) for k, v in MATCHED_BY.items()}
        rows = []
        for i, c in enumerate(f.customers):
            if c.is_new:
                how = self.tr("nouveau client")
            elif c.existing_id is not None and c.existing_id < 0:
                how = self.tr("nouveau (déjà dans un autre fichier de cet import)")
            else:
                how = self.tr("reconnu {how}").format(how=matched_texts.get(c.matched_by,
                                                                            c.matched_by))
            rows.append(Row(i, [c.record.name, c.record.account, how],
                            [c.record.name.casefold(), c.record.account, how]))
        self.customers_model.set_rows(rows)

    def _fill_invoices(self, f: imports.FilePreview) -> None:
        fmt = self.session.formatter
        names = {c.record.key: c.record.name for c in f.customers}
        actions = {"new": self.tr("nouvelle"), "changed": self.tr("modifiée"),
                   "unchanged": self.tr("inchangée")}
        rows = []
        for i, plan in enumerate([*f.invoices, *f.credits]):
            r = plan.record
            if r.kind.value != "invoice":
                action = self.tr("avoir déjà appliqué") if plan.action == "unchanged" \
                    else self.tr("avoir à appliquer")
            else:
                action = actions.get(plan.action, plan.action)
            due = plan.due_date or r.due_date
            customer = names.get(plan.customer_key, plan.customer_key)
            rows.append(Row(i, [
                r.number, customer, fmt.date(r.issue_date), fmt.date(due),
                fmt.money(plan.amount_cents, r.currency), fmt.money(plan.due_cents, r.currency),
                action, self._changes_text(plan)],
                [r.number, names.get(plan.customer_key, ""), r.issue_date.toordinal()
                 if r.issue_date else 0, due.toordinal() if due else 0, plan.amount_cents,
                 plan.due_cents, action, ""], muted=plan.action == "unchanged"))
        self.invoices_model.set_rows(rows)

    def _fill_problems(self, f: imports.FilePreview) -> None:
        problems = f.problems
        severity = {Severity.ERROR: self.tr("erreur"), Severity.WARNING: self.tr("attention")}
        rows = []
        for i, p in enumerate(problems[:MAX_PROBLEMS_SHOWN]):
            where = self.tr("ligne {line}").format(line=p.line) if p.line else (p.element or "")
            field_text, expected = p.field_text(translate), p.expected_text(translate)
            rows.append(Row(i, [severity.get(p.severity, str(p.severity)), p.file, where,
                                field_text, expected, p.found],
                            [str(p.severity), p.file, p.line or 0, field_text, expected, p.found],
                            extra={"tooltip": problem_text(p)}))
        self.problems_model.set_rows(rows)
        self.problem_detail.setText(self.tr("Choisissez un problème pour le lire en entier.")
                                    if rows else "")
        more = len(problems) - MAX_PROBLEMS_SHOWN
        self.problems_more.setText(
            self.tr("… et %n autres problèmes.", "", more) if more > 0 else "")
        self.problems_more.setVisible(more > 0)
        if rows:
            self.problems_view.setCurrentIndex(self.problems_model.index(0, 0))

    def _problem_chosen(self, current: Any, _previous: Any = None) -> None:
        row = self.problems_model.row(current)
        if row is not None:
            self.problem_detail.setText(str(row.extra.get("tooltip", "")))

    def _changes_text(self, plan: imports.InvoicePlan) -> str:
        fmt = self.session.formatter
        currency = plan.record.currency
        parts = []
        for key, (old, new) in plan.changes.items():
            if key == "amount_cents":
                parts.append(self.tr("montant {old} → {new}").format(
                    old=fmt.money(old, currency), new=fmt.money(new, currency)))
            elif key == "paid_cents":
                parts.append(self.tr("payé {old} → {new}").format(
                    old=fmt.money(old, currency), new=fmt.money(new, currency)))
            elif key == "due_date":
                parts.append(self.tr("échéance {old} → {new}").format(
                    old=fmt.date(old), new=fmt.date(new)))
            else:
                parts.append(f"{key} {old} → {new}")
        return " ; ".join(parts)

    def _overview_items(self, f: imports.FilePreview) -> list[str]:
        matched: dict[str, int] = {}
        same_import = 0
        for c in f.customers:
            if c.existing_id is not None and c.existing_id < 0:
                same_import += 1
            elif not c.is_new:
                matched[c.matched_by] = matched.get(c.matched_by, 0) + 1
        how = ", ".join(self.tr("{count} {how}").format(
            count=n, how=translate("ImportWizard", MATCHED_BY.get(k, k)))
            for k, n in matched.items())
        known = sum(matched.values())
        counted = [
            (f.new_customers, self.tr("%n nouveaux clients", "", f.new_customers)),
            (known, self.tr("%n clients déjà dans Relance", "", known)
             + (f" ({how})" if how else "")),
            (same_import, self.tr("%n clients d'un autre fichier de cet import", "",
                                  same_import)),
            (f.count("new"), self.tr("%n nouvelles factures", "", f.count("new"))),
            (f.count("changed"), self.tr("%n factures modifiées", "", f.count("changed"))),
            (f.count("unchanged"),
             self.tr("%n factures inchangées", "", f.count("unchanged"))),
            (len(f.credits), self.tr("%n avoirs", "", len(f.credits))),
            (len(f.settle), self.tr("%n factures absentes de l'export, à marquer payées "
                                    "si vous le confirmez", "", len(f.settle))),
        ]
        return [text for count, text in counted if count]

    def _overview_html(self, f: imports.FilePreview) -> str:
        fmt = self.session.formatter
        esc = html.escape
        out = [f"<h3>{esc(f.path.name)}</h3>"]
        if f.already_imported:
            out.append("<p><b>" + esc(self.tr(
                "Ce fichier a déjà été importé : seules les différences seraient "
                "appliquées.")) + "</b></p>")
        if f.profile_name and f.result.source in ("csv", "xlsx"):
            out.append("<p>" + esc(self.tr("Profil : {name}").format(name=f.profile_name))
                       + "</p>")
        out.append("<ul>" + "".join(f"<li>{esc(t)}</li>" for t in self._overview_items(f))
                   + "</ul>")
        dues = f.due_per_currency()
        if dues:
            out.append("<p>" + esc(self.tr("Reste dû : {amount}").format(amount=" + ".join(
                fmt.money(c, cur) for cur, c in sorted(dues.items())))) + "</p>")
        top = [row for row in f.due_per_customer() if row[3] > 0][:5]
        if top:
            out.append("<p><b>" + esc(self.tr("Principaux clients")) + "</b></p><table>")
            for name, account, currency, cents in top:
                label = f"{name} ({account})" if account and account != name else name
                out.append(f"<tr><td>{esc(label)}</td><td align='right'>&nbsp;&nbsp;"
                           f"{esc(fmt.money(cents, currency))}</td></tr>")
            out.append("</table>")
        if f.result.notes:
            out.append("<p><b>" + esc(self.tr("Remarques du lecteur")) + "</b></p><ul>")
            out.extend(f"<li>{esc(note_text(note, translate))}</li>"
                       for note in f.result.notes[:20])
            out.append("</ul>")
        return "".join(out)

    def _fill_settle(self, f: imports.FilePreview) -> None:
        fmt = self.session.formatter
        self._filling = True
        try:
            self.settle_table.setRowCount(len(f.settle))
            for row, s in enumerate(f.settle):
                check = checkable(self.tr("payée"), s.invoice_id in self.ticked)
                check.setData(Qt.ItemDataRole.UserRole, s.invoice_id)
                self.settle_table.setItem(row, 0, check)
                self.settle_table.setItem(row, 1, QTableWidgetItem(s.number))
                self.settle_table.setItem(row, 2, QTableWidgetItem(s.customer))
                amount = QTableWidgetItem(fmt.money(s.due_cents, s.currency))
                amount.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                        | Qt.AlignmentFlag.AlignVCenter)
                self.settle_table.setItem(row, 3, amount)
        finally:
            self._filling = False

    def _settle_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 0:
            return
        invoice_id = int(item.data(Qt.ItemDataRole.UserRole))
        if item.checkState() == Qt.CheckState.Checked:
            self.ticked.add(invoice_id)
        else:
            self.ticked.discard(invoice_id)
        self._update_notice()
        self.settle_changed.emit()

"""The customer view: data, contacts, invoices, payments and the history timeline.

It shows what the services say and refreshes itself when a change concerns its customer,
whichever window made it (the session's change events, through :mod:`views.changes`).
"""

from __future__ import annotations

import html
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from relance_desktop.domain.calls.hours import readable as readable_hours
from relance_desktop.errors import UserFacingError
from relance_desktop.services import customers as customer_service
from relance_desktop.services import history
from relance_desktop.services import invoices as invoice_service
from relance_desktop.services.session import Change, CompanySession, Topic
from relance_desktop.views import dunning_labels, labels
from relance_desktop.views.changes import ChangeBridge
from relance_desktop.views.common import Session, show_user_error, translate
from relance_desktop.views.dialogs import (
    ContactDialog,
    CustomerDialog,
    InvoiceDialog,
    PaymentDialog,
)
from relance_desktop.views.plain import plain
from relance_desktop.views.table_model import Row, RowsModel, make_table

# What the window shows: the card and contacts, invoices and payments, the history (calls,
# promises, letters and e-mails).
TOPICS = frozenset({Topic.CUSTOMERS, Topic.INVOICES, Topic.CALLS, Topic.DOCUMENTS})


class CustomerWindow(QWidget):
    """One window per customer, opened beside the list (non-modal)."""

    call_requested = Signal(int)  # open this customer's call sheet

    def __init__(self, session: Session, cf: CompanySession, customer_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.session, self.cf, self.customer_id = session, cf, customer_id
        self.setObjectName("CustomerWindow")
        self.resize(980, 640)
        layout = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setOpenExternalLinks(False)
        self.header.linkActivated.connect(self._open_link)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.header.setWordWrap(True)
        layout.addWidget(self.header)
        from relance_desktop.views.claim_watch import ClaimBanner
        layout.addWidget(ClaimBanner(cf, customer_id, self))  # someone else is calling them
        layout.addLayout(self._build_buttons())
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self._build_tables()
        self._build_actions()
        self.changes = ChangeBridge(cf, self)
        self.changes.changed.connect(self._changed)
        self.reload()

    def _build_buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        self.call_button = self._button(buttons, self.tr("&Appeler (fiche d'appel)"),
                                        lambda: self.call_requested.emit(self.customer_id))
        self.letter_button = QPushButton(self.tr("Co&urrier…"))
        self.letter_button.setObjectName("letterButton")
        self.letter_menu = QMenu(self.letter_button)
        from relance_desktop.services.letters import KINDS
        from relance_desktop.views.letters_page import kind_label

        for kind in KINDS:
            action = self.letter_menu.addAction(kind_label(kind))
            action.triggered.connect(lambda _=False, k=kind: self.write_letter(k))
        self.letter_button.setMenu(self.letter_menu)
        buttons.addWidget(self.letter_button)
        self.edit_button = self._button(buttons, self.tr("&Modifier le client"), self.edit_customer)
        self.contact_button = self._button(buttons, self.tr("Nouveau &contact"), self.add_contact)
        self.invoice_button = self._button(buttons, self.tr("Nouvelle &facture"), self.add_invoice)
        self.payment_button = self._button(buttons, self.tr("Enregistrer un &paiement"),
                                           self.add_payment)
        self.attach_button = self._button(buttons, self.tr("&Joindre la copie…"), self.attach_copy)
        self.open_copy_button = self._button(buttons, self.tr("&Ouvrir la copie"), self.open_copy)
        from relance_desktop.views.team_assign import AssignButton  # who chases it (team mode)

        self.assign_button = AssignButton(self.session, self.cf, self.customer_id, self)
        buttons.addWidget(self.assign_button)
        buttons.addStretch(1)
        from relance_desktop.views.gdpr_dialog import gdpr_button  # export, anonymise (RGPD)

        buttons.addWidget(gdpr_button(self.session, self.cf, self.customer_id, self))
        return buttons

    def _build_tables(self) -> None:
        self.invoices = RowsModel(
            [self.tr("N° facture"), self.tr("Date"), self.tr("Échéance"), self.tr("Montant TTC"),
             self.tr("Payé"), self.tr("Reste dû"), self.tr("État"), self.tr("Copie"),
             self.tr("Objet")],
            numeric={3, 4, 5},
        )
        self.payments = RowsModel(
            [self.tr("Date"), self.tr("Facture"), self.tr("Montant"), self.tr("Moyen"),
             self.tr("Référence")], numeric={2},
        )
        self.contacts = RowsModel(
            [self.tr("Nom"), self.tr("Fonction"), self.tr("Téléphone"), self.tr("Mobile"),
             self.tr("E-mail"), self.tr("Principal")]
        )
        self.history = RowsModel([self.tr("Quand"), self.tr("Quoi"), self.tr("Montant"),
                                  self.tr("Qui"), self.tr("Détail")], numeric={2})
        self.invoice_view = make_table(self.invoices)
        self.payment_view = make_table(self.payments)
        self.payment_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.contact_view = make_table(self.contacts)
        self.history_view = make_table(self.history)
        self.tabs.addTab(self.invoice_view, self.tr("&Factures"))
        self.tabs.addTab(self.payment_view, self.tr("Pai&ements"))
        self.tabs.addTab(self.contact_view, self.tr("Con&tacts"))
        self.tabs.addTab(self.history_view, self.tr("&Historique"))
        from relance_desktop.views.dunning_timeline import DunningTimeline, InvoiceStopMenu

        self.timeline_view = DunningTimeline(self.session, self.cf, self.customer_id, self)
        self.invoice_stops = InvoiceStopMenu(  # stop or resume one invoice's dunning
            self, [self.invoice_view], self.session, lambda: self.cf, self._invoice_named)
        self.tabs.addTab(self.timeline_view, self.tr("&Relances à venir"))

    def _build_actions(self) -> None:
        delete_payment = QAction(self.tr("Supprimer ce paiement (erreur de saisie)…"), self)
        delete_payment.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete_payment.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_payment.triggered.connect(self.delete_payment)
        self.payment_view.addAction(delete_payment)
        self.contact_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        edit_contact = QAction(self.tr("Modifier le contact…"), self)
        edit_contact.triggered.connect(self.edit_contact)
        delete_contact = QAction(self.tr("Supprimer le contact…"), self)
        delete_contact.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete_contact.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_contact.triggered.connect(self.delete_contact)
        self.contact_view.addActions([edit_contact, delete_contact])
        self.invoice_view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.payment_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.history_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.invoice_view.activated.connect(lambda _i: self.edit_invoice())
        self.contact_view.activated.connect(lambda _i: self.edit_contact())
        self.history_view.activated.connect(self._history_activated)
        self.invoice_view.selectionModel().currentRowChanged.connect(self._update_buttons)

    def _changed(self, change: Change) -> None:
        if change.concerns(TOPICS, self.customer_id):
            self.reload()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def _button(self, layout: QHBoxLayout, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        layout.addWidget(button)
        return button

    # -- data ------------------------------------------------------------------------------
    def reload(self) -> None:
        customer = customer_service.customer_input(self.cf, self.customer_id)
        current = self._current_invoice()
        self.setWindowTitle(self.tr("{name} — client").format(name=customer.name))
        fmt = self.session.formatter
        invoices = invoice_service.invoices_of(self.cf, self.customer_id)
        today = self.session.today()
        open_lines = [i for i in invoices if i.state == "open" and i.due_cents > 0]
        due = sum(i.due_cents for i in open_lines)
        overdue = sum(i.due_cents for i in open_lines if i.due_date < today)
        self.header.setText(self._header_html(customer, len(open_lines), due, overdue))
        self.assign_button.refresh()
        self.invoices.set_rows([
            Row(i.id, [i.number, fmt.date(i.issue_date), fmt.date(i.due_date),
                       fmt.money(i.amount_cents, i.currency), fmt.money(i.paid_cents, i.currency),
                       fmt.money(i.due_cents, i.currency), self._state(i, today),
                       self.tr("oui") if i.has_copy else "", i.description.splitlines()[0]
                       if i.description else ""],
                [i.number, i.issue_date, i.due_date, i.amount_cents, i.paid_cents, i.due_cents,
                 i.state, i.has_copy, i.description],
                muted=i.due_cents == 0 or i.state != "open",
                extra={"has_copy": i.has_copy, "due": i.due_cents})
            for i in invoices
        ])
        self.payments.set_rows([
            Row(p.id, [fmt.date(p.paid_on), p.invoice_number, fmt.money(p.amount_cents, p.currency),
                       labels.label(labels.METHODS, p.method), p.reference],
                [p.paid_on, p.invoice_number, p.amount_cents, p.method, p.reference])
            for p in invoice_service.payments_of(self.cf, self.customer_id)
        ])
        self.contacts.set_rows([
            Row(c.id, [c.name, c.function, fmt.phone(c.phone, customer.country),
                       fmt.phone(c.mobile, customer.country), c.email,
                       self.tr("oui") if c.is_primary else ""],
                [c.name, c.function, c.phone, c.mobile, c.email, not c.is_primary])
            for c in customer_service.contacts_of(self.cf, self.customer_id)
        ])
        rows = []
        for n, entry in enumerate(history.timeline(self.cf, self.customer_id,
                                                   self.session.today())):
            args = {k: fmt.date(v) if hasattr(v, "isoformat") else v
                    for k, v in entry.args.items()}
            if entry.kind in ("audit", "status"):
                args["entity"] = labels.label(labels.ENTITIES, str(args.get("entity", "")))
            if entry.kind == "status":
                args["status"] = self._status(str(args.get("status", "")))
            if entry.kind == "call_back":
                args["when"] = fmt.datetime(entry.args["when"])
            if entry.kind == "dunning":
                args["channel"] = dunning_labels.label(dunning_labels.CHANNELS,
                                                       str(args["channel"]))
            title = translate(history.CTX, entry.title).format(**args)
            amount = fmt.money(entry.cents, entry.currency) if entry.cents is not None else ""
            detail = self._detail(entry)
            rows.append(Row(n, [fmt.datetime(entry.when) if entry.when.time().hour or
                                entry.when.time().minute else fmt.date(entry.when.date()),
                                title, amount, entry.who, detail],
                            [entry.when, title, entry.cents or 0, entry.who, detail],
                            extra={"ref": entry.ref}))
        self.history.set_rows(rows)
        self.timeline_view.reload()
        if current is not None:  # the invoice the user was on stays selected
            for pos, row in enumerate(self.invoices.rows()):
                if row.id == current.id:
                    self.invoice_view.selectRow(pos)
        self._update_buttons()

    def write_letter(self, kind: str) -> None:
        from relance_desktop.views.letters_page import open_preview

        open_preview(self.session, self.cf, self.customer_id, kind, self)  # kept: a change

    @staticmethod
    def _status(code: str) -> str:
        for table in (labels.PROMISE_STATUSES, labels.PLAN_STATUSES):
            if code in table:
                return labels.label(table, code)
        return code

    def _history_activated(self, index: object) -> None:
        row = self.history.row(index)  # type: ignore[arg-type]
        ref = row.extra.get("ref") if row is not None else None
        if ref is None:
            return
        from relance_desktop.views.call_dialogs import CallRecordDialog

        dialog = CallRecordDialog(self.session, self, self.cf, int(ref))
        dialog.exec()

    def _detail(self, entry: history.Entry) -> str:
        """The history's last column in words: a payment's means, a call's outcome, edits."""
        if entry.kind == "payment":
            return labels.label(labels.METHODS, entry.detail)
        if entry.kind == "dunning":  # what became of the step, and which invoices it covered
            outcome = dunning_labels.outcome_text(entry.outcome, entry.detail)
            return f"{outcome} — {entry.args['invoices']}" if entry.args["invoices"] else outcome
        if entry.kind in ("promise", "plan"):
            return self._status(entry.detail)
        if entry.kind == "audit":
            change = self.tr("{field} : {old} → {new}")
            return "; ".join(
                change.format(field=labels.label(labels.FIELDS, key),
                              old=self._value(key, old), new=self._value(key, new))
                for key, (old, new) in entry.changes.items() if key != "sha256"
            ) or labels.label(labels.AUDIT_ACTIONS, entry.detail)
        if entry.outcome:
            outcome = labels.label(labels.OUTCOMES, entry.outcome)
            return f"{outcome} — {entry.detail}" if entry.detail else outcome
        return entry.detail

    def _value(self, key: str, value: object) -> str:
        if value is None or value == "":
            return "∅"
        if key.endswith("_cents") and isinstance(value, int):
            return self.session.formatter.money(value)
        if isinstance(value, str) and len(value) == 10 and value[4] == "-":
            from datetime import date

            try:
                return self.session.formatter.date(date.fromisoformat(value))
            except ValueError:
                return value
        return str(value)

    def _state(self, line: invoice_service.InvoiceLine, today: object) -> str:
        if line.state != "open":
            return labels.label(labels.STATES, line.state)
        if line.due_cents == 0:
            return labels.label(labels.STATUSES, "paid")
        if line.due_date < today:  # type: ignore[operator]
            return labels.label(labels.STATUSES, "overdue")
        return labels.label(labels.STATUSES, "not_due")

    def _header_html(self, c: customer_service.CustomerInput, count: int, due: int,
                     overdue: int) -> str:
        fmt = self.session.formatter
        esc = html.escape

        def phone_link(raw: str) -> str:
            return f'<a href="tel:{esc(raw)}">{esc(fmt.phone(raw, c.country))}</a>' if raw else ""

        lines = [f"<h2 style='margin:0'>{esc(c.name)}</h2>",
                 " · ".join(x for x in (labels.label(labels.KINDS, c.kind),
                                        labels.label(labels.COUNTRIES, c.country),
                                        labels.label(labels.LANGUAGES, c.language),
                                        esc(c.account)) if x)]
        address = ", ".join(x for x in (c.street, f"{c.postcode} {c.city}".strip()) if x)
        if address:
            lines.append(esc(address))
        company_no = self.tr("N° entreprise {number}")
        vat_no = self.tr("TVA {number}")
        ids = [company_no.format(number=esc(c.company_number)) if c.company_number else "",
               vat_no.format(number=esc(c.vat_number)) if c.vat_number else ""]
        contact = [phone_link(c.phone), phone_link(c.mobile),
                   f'<a href="mailto:{esc(c.email)}">{esc(c.email)}</a>' if c.email else ""]
        lines.append(" · ".join(x for x in ids + contact if x))
        pays = []
        if c.approver:
            pays.append(self.tr("Valide les paiements : {who}").format(who=esc(c.approver)))
        if c.po_required:
            pays.append(self.tr("Bon de commande exigé"))
        if c.payment_run_days:
            pays.append(self.tr("Jours de paiement : {days}").format(days=esc(c.payment_run_days)))
        if c.call_hours:
            pays.append(self.tr("Appeler : {hours}").format(
                hours=esc(self.session.message_text(readable_hours(c.call_hours)))))
        if pays:
            lines.append(" · ".join(pays))
        lines.append("<b>" + self.tr("%n factures ouvertes — reste dû {due}, dont échu "
                                      "{overdue}", "", count).format(
            due=fmt.money(due), overdue=fmt.money(overdue)) + "</b>")
        return "<br>".join(lines)

    def _open_link(self, link: str) -> None:
        QDesktopServices.openUrl(QUrl(link))

    def _current_invoice(self) -> Row | None:
        return self.invoices.row(self.invoice_view.currentIndex())

    def _invoice_named(self) -> tuple[int, str] | None:
        row = self._current_invoice()
        return None if row is None else (int(row.id), str(row.cells[0]))

    def _update_buttons(self) -> None:
        row = self._current_invoice()
        self.payment_button.setEnabled(row is not None and row.extra.get("due", 0) > 0)
        self.attach_button.setEnabled(row is not None)
        self.open_copy_button.setEnabled(row is not None and bool(row.extra.get("has_copy")))
        from relance_desktop.views.team_dialog import read_only_buttons  # team mode: a reader

        read_only_buttons(self.cf, (
            self.call_button, self.letter_button, self.edit_button, self.contact_button,
            self.invoice_button, self.payment_button, self.attach_button))

    # -- actions (each service reports its change: this window and the others refresh) --------
    def edit_customer(self) -> None:
        CustomerDialog(self.session, self, self.cf, self.customer_id).exec()

    def add_contact(self) -> None:
        ContactDialog(self.session, self, self.cf, self.customer_id).exec()

    def edit_contact(self) -> None:
        row = self.contacts.row(self.contact_view.currentIndex())
        if row:
            ContactDialog(self.session, self, self.cf, self.customer_id, row.id).exec()

    def _confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.windowTitle(), plain(text))
        return bool(answer == QMessageBox.StandardButton.Yes)

    def delete_contact(self) -> None:
        row = self.contacts.row(self.contact_view.currentIndex())
        if row and self._confirm(self.tr("Supprimer le contact {name} ?").format(
                name=row.cells[0])):
            customer_service.delete_contact(self.cf, row.id)

    def delete_payment(self) -> None:
        row = self.payments.row(self.payment_view.currentIndex())
        if row and self._confirm(self.tr(
                "Supprimer le paiement de {amount} du {date} sur la facture {number} ? "
                "La facture redeviendra due d'autant.").format(
                amount=row.cells[2], date=row.cells[0], number=row.cells[1])):
            invoice_service.delete_payment(self.cf, row.id, today=self.session.today())

    def add_invoice(self) -> None:
        InvoiceDialog(self.session, self, self.cf, customer_id=self.customer_id).exec()

    def edit_invoice(self) -> None:
        row = self._current_invoice()
        if row:
            InvoiceDialog(self.session, self, self.cf, invoice_id=row.id).exec()

    def add_payment(self) -> None:
        row = self._current_invoice()
        if row is None:
            return
        PaymentDialog(self.session, self, self.cf, row.id).exec()

    def select_invoice(self, invoice_id: int) -> None:
        for pos, row in enumerate(self.invoices.rows()):
            if row.id == invoice_id:
                self.invoice_view.selectRow(pos)
                self.tabs.setCurrentWidget(self.invoice_view)
                return

    def attach_copy(self) -> None:
        row = self._current_invoice()
        if row is None:
            return
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Copie de la facture"), "", self.tr("PDF (*.pdf);;Tous les fichiers (*)")
        )
        if not name:
            return
        try:
            invoice_service.attach_copy(self.cf, row.id, Path(name))
        except UserFacingError as exc:
            show_user_error(self, self.session, exc)

    def open_copy(self) -> None:
        row = self._current_invoice()
        if row is None:
            return
        folder = Path(tempfile.gettempdir()) / "relance-copies"
        path = invoice_service.export_copy(self.cf, row.id, folder)
        if path is None:
            QMessageBox.information(self, self.windowTitle(), QCoreApplication.translate(
                "CustomerWindow", "Aucune copie n'est jointe à cette facture."))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

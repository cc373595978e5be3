"""Entry forms (compiled from ui/*.ui): company, customer, contact, invoice, payment.

Each form calls its service on Save. A rule broken keeps the form open, shows the message
under the fields and puts the cursor in the field to correct; nothing typed is lost.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QWidget,
)

from relance_desktop.errors import UserFacingError, ValidationError
from relance_desktop.services import customers as customer_service
from relance_desktop.services import invoices as invoice_service
from relance_desktop.services.company import (
    CompanyInput,
    company_input,
    new_company,
    update_company,
)
from relance_desktop.services.concurrency import EditConflictError
from relance_desktop.services.session import CompanySession
from relance_desktop.services.storage import storage_error
from relance_desktop.ui_generated.ui_company_form import Ui_CompanyDialog
from relance_desktop.ui_generated.ui_contact_form import Ui_ContactDialog
from relance_desktop.ui_generated.ui_customer_form import Ui_CustomerDialog
from relance_desktop.ui_generated.ui_invoice_form import Ui_InvoiceDialog
from relance_desktop.ui_generated.ui_payment_form import Ui_PaymentDialog
from relance_desktop.views import labels
from relance_desktop.views.common import Session, from_qdate, to_qdate
from relance_desktop.views.company_hint import letters_hint
from relance_desktop.views.plain import plain_labels

CURRENCIES = ("EUR", "USD", "GBP", "CHF")


def fill_combo(combo: QComboBox, items: list[tuple[str, str]], current: str) -> None:
    combo.clear()
    for code, text in items:
        combo.addItem(text, code)
    pos = combo.findData(current)
    combo.setCurrentIndex(max(pos, 0))


def combo_value(combo: QComboBox) -> str:
    return str(combo.currentData())


def setup_date(edit: QDateEdit, session: Session, value: date) -> None:
    edit.setDisplayFormat(date_pattern(session))
    edit.setDate(to_qdate(value))


def date_pattern(session: Session) -> str:
    """Qt date pattern for the user's locale, always with a four-digit year."""
    locale = QLocale(session.formatter.locale_name)
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


class FormDialog(QDialog):
    """Common behaviour: error display and focus on the field named by a ValidationError."""

    fields: dict[str, QWidget]

    def __init__(self, session: Session, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.session = session
        self.fields = {}

    def _wire(self, ui: Any) -> None:
        self._ui = ui
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        buttons = ui.buttonBox
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            QCoreApplication.translate("FormDialog", "&Enregistrer"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("FormDialog", "Annuler"))
        ui.errorLabel.hide()
        plain_labels(self)  # the forms show imported names and numbers: never as HTML

    def show_error(self, exc: UserFacingError) -> None:
        self._ui.errorLabel.setText(self.session.message(exc))
        self._ui.errorLabel.show()
        field = getattr(exc, "field", None)
        widget = self.fields.get(field) if field else None
        if widget is not None:
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()

    def error_text(self) -> str:
        return str(self._ui.errorLabel.text()) if self._ui.errorLabel.isVisible() else ""

    def parse_money(self, field: str, text: str) -> int:
        try:
            return self.session.formatter.parse_money(text)
        except ValueError:
            raise ValidationError(
                field,
                QCoreApplication.translate(
                    "FormDialog", "« {value} » n'est pas un montant : tapez par exemple 1 234,56."
                ),
                value=text,
            ) from None

    def save(self) -> None:  # pragma: no cover - each form overrides it
        raise NotImplementedError

    def where(self) -> str:
        """Where the company is stored, for a message about a storage problem."""
        cf = getattr(self, "cf", None)
        return cf.where if cf is not None else self.session.file_label()

    loaded: Any = None  # what the form showed when it opened (an edit checks it is unchanged)

    def reload(self) -> None:  # pragma: no cover - the forms that edit a row override it
        """Fill the form again from the row as it is now, and remember that version."""

    def current(self) -> Any:  # pragma: no cover - the forms that edit a row override it
        """The row as it is now, read as the form shows it."""

    def fill(self, data: Any) -> None:  # pragma: no cover - the forms that edit a row override
        """Show ``data`` (the form's input dataclass) in the fields."""

    def _conflict(self, exc: EditConflictError) -> None:
        """The row changed elsewhere: both versions field by field, the user chooses, the merge
        is saved on top of the version saved now. Never a silent lost update, and nothing typed
        is discarded (going back keeps the form as it was)."""
        from relance_desktop.views.conflict_dialog import resolve

        if not resolve(self, exc):
            self._ui.errorLabel.setText(" ".join((
                self.session.message(exc), QCoreApplication.translate(
                    "FormDialog", "Votre saisie est toujours là ; « Enregistrer » montrera de "
                    "nouveau les deux versions."))))
            self._ui.errorLabel.show()
            return
        self.accept()  # the merge, on top of the version saved now (or told again)

    def accept(self) -> None:
        """Save; on a broken rule or a file problem keep the form open with what was typed."""
        try:
            self.save()
        except EditConflictError as exc:
            self._conflict(exc)
            return
        except UserFacingError as exc:
            self.show_error(exc)
            return
        except Exception as exc:  # a file problem (locked, read-only, full…) or a bug
            cf = getattr(self, "cf", None)
            mapped = storage_error(exc, cf if cf is not None else self.where())
            if mapped is None:
                raise
            self.show_error(mapped)
            return
        super().accept()


class CompanyDialog(FormDialog):
    """« Nouvelle société » (creates a file) or the own company's card (edits it)."""

    def __init__(self, session: Session, parent: QWidget | None, *,
                 path: Path | None = None, cf: CompanySession | None = None) -> None:
        super().__init__(session, parent)
        self.ui = Ui_CompanyDialog()
        self.ui.setupUi(self)
        self._wire(self.ui)
        self.path = path
        self.cf = cf
        ui = self.ui
        self.fields = {
            "name": ui.name, "country": ui.country, "language": ui.language, "street": ui.street,
            "postcode": ui.postcode, "city": ui.city, "company_number": ui.companyNumber,
            "vat_number": ui.vatNumber, "iban": ui.iban, "bic": ui.bic, "email": ui.email,
            "phone": ui.phone, "payment_terms_days": ui.paymentTerms,
        }
        ui.mainLayout.insertWidget(0, letters_hint(cf))  # what letters need, what is missing
        ui.iban.setPlaceholderText("FR76 … / BE71 …")
        ui.email.setPlaceholderText(self.tr("adresse où vos clients vous répondent"))
        if cf is not None:
            self.setWindowTitle(self.tr("Fiche de la société"))
            self.loaded = company_input(cf)
            self.fill(self.loaded)
        else:
            self.setWindowTitle(self.tr("Nouvelle société"))
            self.fill(CompanyInput(name=path.stem if path else ""))

    def current(self) -> CompanyInput:
        assert self.cf is not None
        return company_input(self.cf)

    def reload(self) -> None:
        self.loaded = self.current()
        self.fill(self.loaded)

    def fill(self, data: CompanyInput) -> None:
        ui = self.ui
        fill_combo(ui.country, labels.choices(labels.COUNTRIES), data.country)
        fill_combo(ui.language, labels.choices(labels.LANGUAGES), data.language)
        for key in ("name", "street", "postcode", "city", "email", "iban", "bic"):
            self.fields[key].setText(getattr(data, key))  # type: ignore[attr-defined]
        ui.companyNumber.setText(data.company_number)
        ui.vatNumber.setText(data.vat_number)
        ui.phone.setText(self.session.formatter.phone(data.phone, data.country)
                         if data.phone else "")
        ui.paymentTerms.setValue(data.payment_terms_days)

    def data(self) -> CompanyInput:
        ui = self.ui
        return CompanyInput(
            name=ui.name.text(), country=combo_value(ui.country),
            language=combo_value(ui.language), street=ui.street.text(),
            postcode=ui.postcode.text(), city=ui.city.text(),
            company_number=ui.companyNumber.text(), vat_number=ui.vatNumber.text(),
            iban=ui.iban.text(), bic=ui.bic.text(), email=ui.email.text(), phone=ui.phone.text(),
            payment_terms_days=ui.paymentTerms.value(),
        )

    def save(self) -> None:
        if self.cf is not None:
            update_company(self.cf, self.data(), loaded=self.loaded)
        else:
            assert self.path is not None
            new_company(self.path, self.data())


class CustomerDialog(FormDialog):
    def __init__(self, session: Session, parent: QWidget | None, cf: CompanySession,
                 customer_id: int | None = None) -> None:
        super().__init__(session, parent)
        self.ui = ui = Ui_CustomerDialog()
        ui.setupUi(self)
        self._wire(ui)
        self.cf = cf
        self.customer_id = customer_id
        self.fields = {
            "name": ui.name, "kind": ui.kind, "country": ui.country, "language": ui.language,
            "account": ui.account, "company_number": ui.companyNumber, "vat_number": ui.vatNumber,
            "street": ui.street, "postcode": ui.postcode, "city": ui.city, "email": ui.email,
            "phone": ui.phone, "mobile": ui.mobile, "preferred_channel": ui.preferredChannel,
            "call_hours": ui.callHours, "approver": ui.approver,
            "payment_run_days": ui.paymentRunDays, "payment_terms_days": ui.paymentTerms,
        }
        if customer_id is not None:
            data = self.loaded = customer_service.customer_input(cf, customer_id)
            self.setWindowTitle(self.tr("Client : {name}").format(name=data.name))
        else:
            company = cf.company
            data = customer_service.CustomerInput(name="", country=company.country,
                                                  language=company.language)
            self.setWindowTitle(self.tr("Nouveau client"))
        self._fill(data)
        ui.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def current(self) -> customer_service.CustomerInput:
        assert self.customer_id is not None
        return customer_service.customer_input(self.cf, self.customer_id)

    def reload(self) -> None:
        self.loaded = self.current()
        self._fill(self.loaded)

    def fill(self, data: customer_service.CustomerInput) -> None:
        self._fill(data)

    def _fill(self, data: customer_service.CustomerInput) -> None:
        ui = self.ui
        fill_combo(ui.kind, labels.choices(labels.KINDS), data.kind)
        fill_combo(ui.country, labels.choices(labels.COUNTRIES), data.country)
        fill_combo(ui.language, labels.choices(labels.LANGUAGES), data.language)
        if "contract_law" in self.fields:  # filled again: the row is already there
            self.contract_law.setCurrentIndex(max(self.contract_law.findData(data.contract_law),
                                                  0))
        else:
            self._add_contract_law(data.contract_law)
        self._fill_fields(data)

    def _add_contract_law(self, current: str) -> None:
        # The law chosen in this customer's terms of sale (none: the usual rules decide).
        self.contract_law = QComboBox(self)
        self.contract_law.setObjectName("contractLaw")
        fill_combo(self.contract_law, [
            ("", self.tr("Aucune (loi du vendeur ; pays du consommateur)")),
            ("FR", self.tr("Loi française")), ("BE", self.tr("Loi belge"))], current)
        self.contract_law.setToolTip(self.tr(
            "La loi choisie dans vos conditions de vente avec ce client. Elle régit les intérêts "
            "et l'indemnité d'un client professionnel ; un consommateur garde la protection de "
            "la loi du pays où il vit."))
        self.ui.form.insertRow(3, self.tr("Loi du contrat :"), self.contract_law)
        self.fields["contract_law"] = self.contract_law

    def _fill_fields(self, data: customer_service.CustomerInput) -> None:
        ui, session = self.ui, self.session
        fill_combo(ui.preferredChannel, labels.choices(labels.CHANNELS), data.preferred_channel)
        for key in ("name", "account", "street", "postcode", "city", "email", "approver"):
            self.fields[key].setText(getattr(data, key))  # type: ignore[attr-defined]
        ui.companyNumber.setText(data.company_number)
        ui.vatNumber.setText(data.vat_number)
        fmt = session.formatter
        ui.phone.setText(fmt.phone(data.phone, data.country) if data.phone else "")
        ui.mobile.setText(fmt.phone(data.mobile, data.country) if data.mobile else "")
        ui.callHours.setText(data.call_hours)
        ui.paymentRunDays.setText(data.payment_run_days)
        ui.poRequired.setChecked(data.po_required)
        ui.writtenOnly.setChecked(data.written_only)
        ui.paymentTerms.setValue(-1 if data.payment_terms_days is None else data.payment_terms_days)
        ui.notes.setPlainText(data.notes)

    def _kind_changed(self) -> None:
        consumer = combo_value(self.ui.kind) == "consumer"
        self.ui.companyNumber.setEnabled(not consumer)
        self.ui.vatNumber.setEnabled(not consumer)

    def data(self) -> customer_service.CustomerInput:
        ui = self.ui
        terms = ui.paymentTerms.value()
        return customer_service.CustomerInput(
            name=ui.name.text(), kind=combo_value(ui.kind), country=combo_value(ui.country),
            language=combo_value(ui.language), account=ui.account.text(),
            company_number=ui.companyNumber.text(), vat_number=ui.vatNumber.text(),
            street=ui.street.text(), postcode=ui.postcode.text(), city=ui.city.text(),
            email=ui.email.text(), phone=ui.phone.text(), mobile=ui.mobile.text(),
            preferred_channel=combo_value(ui.preferredChannel), call_hours=ui.callHours.text(),
            approver=ui.approver.text(), po_required=ui.poRequired.isChecked(),
            payment_run_days=ui.paymentRunDays.text(),
            payment_terms_days=None if terms < 0 else terms, notes=ui.notes.toPlainText(),
            written_only=ui.writtenOnly.isChecked(),
            contract_law=combo_value(self.contract_law),
        )

    def save(self) -> None:
        if self.customer_id is None:
            self.customer_id = customer_service.create_customer(self.cf, self.data())
        else:
            customer_service.update_customer(self.cf, self.customer_id, self.data(),
                                             loaded=self.loaded)


class ContactDialog(FormDialog):
    def __init__(self, session: Session, parent: QWidget | None, cf: CompanySession,
                 customer_id: int, contact_id: int | None = None) -> None:
        super().__init__(session, parent)
        self.ui = ui = Ui_ContactDialog()
        ui.setupUi(self)
        self._wire(ui)
        self.cf, self.customer_id, self.contact_id = cf, customer_id, contact_id
        self.fields = {"name": ui.name, "function": ui.function, "phone": ui.phone,
                       "mobile": ui.mobile, "email": ui.email}
        # How letters greet this person: « Madame Dupont, » rather than « Madame, Monsieur, ».
        self.civility = QComboBox(self)
        self.civility.setObjectName("civility")
        ui.form.insertRow(0, self.tr("Civilité :"), self.civility)
        self.fields["civility"] = self.civility
        civility = ""
        if contact_id is not None:
            data = self.loaded = customer_service.contact_input(cf, contact_id)
            self._fill(data)
            civility = data.civility
            self.setWindowTitle(self.tr("Contact : {name}").format(name=data.name))
        else:
            self.setWindowTitle(self.tr("Nouvelle personne de contact"))
        fill_combo(self.civility, [("", self.tr("non précisée (« Madame, Monsieur »)")),
                                   ("mrs", self.tr("Madame")), ("mr", self.tr("Monsieur"))],
                   civility)

    def current(self) -> customer_service.ContactInput:
        assert self.contact_id is not None
        return customer_service.contact_input(self.cf, self.contact_id)

    def reload(self) -> None:
        self.loaded = self.current()
        self._fill(self.loaded)

    def fill(self, data: customer_service.ContactInput) -> None:
        self._fill(data)

    def _fill(self, data: customer_service.ContactInput) -> None:
        ui = self.ui
        country = customer_service.customer_input(self.cf, self.customer_id).country
        fmt = self.session.formatter
        ui.name.setText(data.name)
        ui.function.setText(data.function)
        ui.phone.setText(fmt.phone(data.phone, country) if data.phone else "")
        ui.mobile.setText(fmt.phone(data.mobile, country) if data.mobile else "")
        ui.email.setText(data.email)
        ui.isPrimary.setChecked(data.is_primary)
        ui.notes.setPlainText(data.notes)
        found = self.civility.findData(data.civility)  # (not filled yet when first built)
        if found >= 0:
            self.civility.setCurrentIndex(found)

    def data(self) -> customer_service.ContactInput:
        ui = self.ui
        return customer_service.ContactInput(
            name=ui.name.text(), function=ui.function.text(), phone=ui.phone.text(),
            mobile=ui.mobile.text(), email=ui.email.text(), is_primary=ui.isPrimary.isChecked(),
            notes=ui.notes.toPlainText(), civility=combo_value(self.civility),
        )

    def save(self) -> None:
        if self.contact_id is None:
            self.contact_id = customer_service.add_contact(self.cf, self.customer_id, self.data())
        else:
            customer_service.update_contact(self.cf, self.contact_id, self.data(),
                                            loaded=self.loaded)


class InvoiceDialog(FormDialog):
    def __init__(self, session: Session, parent: QWidget | None, cf: CompanySession, *,
                 customer_id: int | None = None, invoice_id: int | None = None) -> None:
        super().__init__(session, parent)
        self.ui = ui = Ui_InvoiceDialog()
        ui.setupUi(self)
        self._wire(ui)
        self.cf, self.invoice_id = cf, invoice_id
        self.copy_path: Path | None = None
        self.fields = {"customer": ui.customer, "number": ui.number, "issue_date": ui.issueDate,
                       "due_date": ui.dueDate, "amount": ui.amount, "currency": ui.currency,
                       "description": ui.description}
        for cid, name in customer_service.customer_names(cf):
            ui.customer.addItem(name, cid)
        ui.customer.setEditable(True)
        ui.customer.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        ui.currency.addItems(list(CURRENCIES))
        today = session.today()
        setup_date(ui.issueDate, session, today)
        setup_date(ui.dueDate, session, today)
        self._due_touched = False
        if invoice_id is not None:
            invoice = invoice_service.invoice_details(cf, invoice_id)
            self.loaded = invoice_service.invoice_input(cf, invoice_id)
            customer_id = invoice.customer_id
            self._fill(self.loaded)
            self._due_touched = True
            ui.copyPath.setText(invoice.copy_name)
            self.setWindowTitle(self.tr("Facture {number}").format(number=invoice.number))
        else:
            self.setWindowTitle(self.tr("Nouvelle facture"))
        if customer_id is not None:
            ui.customer.setCurrentIndex(max(ui.customer.findData(customer_id), 0))
        self._update_due()
        ui.issueDate.dateChanged.connect(self._update_due)
        ui.customer.currentIndexChanged.connect(self._update_due)
        ui.dueDate.dateChanged.connect(self._due_edited)
        ui.browseCopy.clicked.connect(self._browse)

    def current(self) -> invoice_service.InvoiceInput:
        assert self.invoice_id is not None
        return invoice_service.invoice_input(self.cf, self.invoice_id)

    def reload(self) -> None:
        self.loaded = self.current()
        self.fill(self.loaded)

    def fill(self, data: invoice_service.InvoiceInput) -> None:
        self._fill(data)
        self.ui.customer.setCurrentIndex(max(self.ui.customer.findData(data.customer_id), 0))

    def _fill(self, invoice: invoice_service.InvoiceInput) -> None:
        ui = self.ui
        ui.number.setText(invoice.number)
        ui.issueDate.setDate(to_qdate(invoice.issue_date))
        if invoice.due_date is not None:
            ui.dueDate.setDate(to_qdate(invoice.due_date))
        ui.amount.setText(self.session.formatter.number(invoice.amount_cents))
        ui.currency.setCurrentText(invoice.currency)
        ui.description.setPlainText(invoice.description)

    def _due_edited(self) -> None:
        if not self._updating:
            self._due_touched = True

    _updating = False

    def _update_due(self) -> None:
        """Propose the due date from the payment terms until the user changes it."""
        cid = self.ui.customer.currentData()
        if self._due_touched or cid is None:
            return
        due = invoice_service.default_due_date(self.cf, int(cid),
                                               from_qdate(self.ui.issueDate.date()))
        self._updating = True
        self.ui.dueDate.setDate(to_qdate(due))
        self._updating = False

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Copie de la facture"), "", self.tr("PDF (*.pdf);;Tous les fichiers (*)")
        )
        if name:
            self.set_copy(Path(name))

    def set_copy(self, path: Path) -> None:
        self.copy_path = path
        self.ui.copyPath.setText(str(path))

    def data(self) -> invoice_service.InvoiceInput:
        ui = self.ui
        cid = ui.customer.currentData()
        typed = ui.customer.currentText()
        if cid is None or typed != ui.customer.itemText(ui.customer.currentIndex()):
            raise ValidationError("customer", self.tr("Choisissez le client dans la liste."))
        return invoice_service.InvoiceInput(
            customer_id=int(cid), number=ui.number.text(),
            issue_date=from_qdate(ui.issueDate.date()), due_date=from_qdate(ui.dueDate.date()),
            amount_cents=self.parse_money("amount", ui.amount.text()),
            currency=ui.currency.currentText(), description=ui.description.toPlainText(),
        )

    def save(self) -> None:
        data = self.data()
        if self.invoice_id is None:
            self.invoice_id = invoice_service.create_invoice(self.cf, data, copy=self.copy_path)
        else:
            invoice_service.update_invoice(self.cf, self.invoice_id, data, loaded=self.loaded)
            if self.copy_path is not None:
                invoice_service.attach_copy(self.cf, self.invoice_id, self.copy_path)


class PaymentDialog(FormDialog):
    def __init__(self, session: Session, parent: QWidget | None, cf: CompanySession,
                 invoice_id: int) -> None:
        super().__init__(session, parent)
        self.ui = ui = Ui_PaymentDialog()
        ui.setupUi(self)
        self._wire(ui)
        self.cf, self.invoice_id = cf, invoice_id
        self.payment_id: int | None = None
        self.fields = {"amount": ui.amount, "paid_on": ui.paidOn, "method": ui.method,
                       "reference": ui.reference}
        invoice = invoice_service.invoice_details(cf, invoice_id)
        fmt = session.formatter
        self.due_cents = invoice.due_cents
        self.currency = invoice.currency
        ui.invoiceInfo.setText(self.tr("{number} — {customer} — {amount} TTC").format(
            number=invoice.number, customer=invoice.customer_name,
            amount=fmt.money(invoice.amount_cents, invoice.currency)))
        ui.dueInfo.setText(fmt.money(self.due_cents, invoice.currency))
        setup_date(ui.paidOn, session, session.today())
        ui.paidOn.setMaximumDate(to_qdate(session.today()))
        fill_combo(ui.method, labels.choices(labels.METHODS), "transfer")
        ui.reference.setText(invoice.number)
        ui.payAll.clicked.connect(self.fill_all)
        self.setWindowTitle(self.tr("Paiement de la facture {number}").format(
            number=invoice.number))

    def fill_all(self) -> None:
        self.ui.amount.setText(self.session.formatter.number(self.due_cents))

    def save(self) -> None:
        ui = self.ui
        self.payment_id = invoice_service.add_payment(
            self.cf,
            invoice_service.PaymentInput(
                invoice_id=self.invoice_id, paid_on=from_qdate(ui.paidOn.date()),
                amount_cents=self.parse_money("amount", ui.amount.text()),
                method=combo_value(ui.method), reference=ui.reference.text(),
                note=ui.note.text(),
            ),
            today=self.session.today(),
        )

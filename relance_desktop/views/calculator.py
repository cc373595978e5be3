"""The late-interest calculator: a claim (typed, or a customer's open invoices) → breakdown.

Every line says the rule it comes from; what the law leaves open is a setting (Outils › Taux).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from relance_desktop.domain.legal import (
    Assessment,
    Channel,
    Claim,
    DebtorKind,
    RateTable,
    RateUnknown,
    assess,
)
from relance_desktop.domain.legal.rates_status import table_status
from relance_desktop.services import legal
from relance_desktop.services.receivables import OpenItem
from relance_desktop.views.common import Session, to_qdate, translate
from relance_desktop.views.dialogs import date_pattern
from relance_desktop.views.rates_notice import RatesNotice
from relance_desktop.views.table_model import Row, RowsModel, make_table


@dataclass(frozen=True)
class Result:
    title: str  # « Facture F2025-00009 » or ""
    assessment: Assessment
    number: str = ""


class CalculatorWindow(QWidget):
    def __init__(self, session: Session, *, country: str = "FR",
                 items: list[OpenItem] | None = None, parent: QWidget | None = None,
                 regime: str = "") -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("CalculatorWindow")
        self.setWindowTitle(self.tr("Calcul des intérêts de retard et indemnités"))
        self.resize(900, 640)
        self.session = session
        self.rates: RateTable = legal.load_rates(session.settings)
        self.items = items or []
        self.results: list[Result] = []
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self._build_parties(form, country)
        # Opened for a customer: the law of their debts and why (services.regime), as the call
        # sheet and the letters say it.
        self.regime = QLabel(regime)
        self.regime.setObjectName("regime")
        self.regime.setTextFormat(Qt.TextFormat.PlainText)
        self.regime.setWordWrap(True)
        self.regime.setVisible(bool(regime))
        form.addRow("", self.regime)
        self._build_claim(form)
        self._build_consumer(form)
        layout.addLayout(form)
        self.rates_notice = RatesNotice(self)
        self.rates_notice.update_requested.connect(self.open_rates)
        layout.addWidget(self.rates_notice)
        self._build_results(layout)
        self._connect()
        self.recompute()

    # -- construction, top to bottom -----------------------------------------------------------
    def _build_parties(self, form: QFormLayout, country: str) -> None:
        """The law, the debtor and, opened from the list, the customer's open invoices."""
        self.country = QComboBox()
        self.country.addItem(self.tr("France"), "FR")
        self.country.addItem(self.tr("Belgique"), "BE")
        self.country.setCurrentIndex(max(self.country.findData(country), 0))
        form.addRow(self.tr("&Droit applicable"), self.country)
        self.debtor = QComboBox()
        self.debtor.addItem(self.tr("Professionnel (entreprise, indépendant, organisme public)"),
                            DebtorKind.BUSINESS.value)
        self.debtor.addItem(self.tr("Consommateur"), DebtorKind.CONSUMER.value)
        form.addRow(self.tr("Dé&biteur"), self.debtor)
        self.invoices = QListWidget()
        self.invoices.setMaximumHeight(130)
        fmt = self.session.formatter
        for item in self.items:
            entry = QListWidgetItem(self.tr("{number} — échéance {due} — reste dû {amount}").format(
                number=item.number, due=fmt.date(item.due_date),
                amount=fmt.money(item.amount_cents - item.paid_cents, item.currency)))
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if item.days_overdue > 0
                                else Qt.CheckState.Unchecked)
            self.invoices.addItem(entry)
        if self.items:
            form.addRow(self.tr("&Factures de {customer}").format(customer=self.items[0].customer),
                        self.invoices)
            kind = self.items[0].customer_kind
            self.debtor.setCurrentIndex(self.debtor.findData(legal.debtor_for(kind).value))

    def _build_claim(self, form: QFormLayout) -> None:
        """The amount and due date (typed when no invoice is given), the day, the rate."""
        session = self.session
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("montant TTC restant dû, ex. 1 500,00"))
        self.due = QDateEdit()
        self.on = QDateEdit()
        for edit, value in ((self.due, session.today()), (self.on, session.today())):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_pattern(session))
            edit.setDate(to_qdate(value))
        if not self.items:
            form.addRow(self.tr("&Montant"), self.amount)
            form.addRow(self.tr("Éc&héance"), self.due)
        form.addRow(self.tr("Calcul &au"), self.on)
        self.contract = QLineEdit()
        self.contract.setPlaceholderText(
            self.tr("vide : taux légal ; sinon le taux du contrat en %"))
        form.addRow(self.tr("Taux co&ntractuel"), self.contract)

    def _build_consumer(self, form: QFormLayout) -> None:
        """What only a consumer debtor needs: notice (France), reminder and clauses (Belgium)."""
        session = self.session
        self.notice_box = QCheckBox(self.tr("Mise en demeure reçue le"))
        self.notice = QDateEdit()
        self.reminder_box = QCheckBox(self.tr("Premier rappel (gratuit) envoyé le"))
        self.reminder = QDateEdit()
        for edit in (self.notice, self.reminder):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_pattern(session))
            edit.setDate(to_qdate(session.today()))
        self.channel = QComboBox()
        self.channel.addItem(self.tr("par courrier"), Channel.POST.value)
        self.channel.addItem(self.tr("par e-mail"), Channel.EMAIL.value)
        notice_row = QHBoxLayout()
        notice_row.addWidget(self.notice_box)
        notice_row.addWidget(self.notice)
        notice_row.addStretch(1)
        form.addRow(self.tr("Consommateur (France)"), notice_row)
        reminder_row = QHBoxLayout()
        for widget in (self.reminder_box, self.reminder, self.channel):
            reminder_row.addWidget(widget)
        reminder_row.addStretch(1)
        form.addRow(self.tr("Consommateur (Belgique)"), reminder_row)
        self.clause = QCheckBox(self.tr("Les conditions générales prévoient intérêts et indemnité"))
        self.clause.setChecked(True)
        self.sme = QCheckBox(self.tr("Nous sommes une PME"))
        self.sme.setChecked(True)
        be_row = QHBoxLayout()
        be_row.addWidget(self.clause)
        be_row.addWidget(self.sme)
        be_row.addStretch(1)
        form.addRow("", be_row)

    def _build_results(self, layout: QVBoxLayout) -> None:
        """The breakdown table, the notices under it and the copy button."""
        self.table = RowsModel([self.tr("Élément"), self.tr("Période"), self.tr("Jours"),
                                self.tr("Taux"), self.tr("Montant"), self.tr("Règle")],
                               numeric={2, 3, 4}, parent=self)
        self.view = make_table(self.table)
        self.view.setSortingEnabled(False)
        self.view.setWordWrap(False)
        layout.addWidget(self.view, 1)
        self.notices = QLabel()
        self.notices.setWordWrap(True)
        self.notices.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.notices)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.copy_button = QPushButton(self.tr("&Copier le détail"))
        self.copy_button.clicked.connect(self.copy)
        buttons.addWidget(self.copy_button)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        """Any change recomputes."""
        for combo in (self.country, self.debtor, self.channel):
            combo.currentIndexChanged.connect(self.recompute)
        for line in (self.amount, self.contract):
            line.textChanged.connect(self.recompute)
        for edit in (self.due, self.on, self.notice, self.reminder):
            edit.dateChanged.connect(self.recompute)
        for box in (self.notice_box, self.reminder_box, self.clause, self.sme):
            box.toggled.connect(self.recompute)
        self.invoices.itemChanged.connect(self.recompute)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    # -- computing ---------------------------------------------------------------------------
    def _claims(self) -> list[tuple[str, str, Claim]]:
        """(title, invoice number, claim) for each invoice ticked, or the amount typed."""
        common = {
            "country": str(self.country.currentData()),
            "debtor": DebtorKind(str(self.debtor.currentData())),
            "assessed_on": self.on.date().toPython(),
            "contractual_rate": self._contract_rate(),
            "notice_received_on": self.notice.date().toPython()
            if self.notice_box.isChecked() else None,
            "reminder_sent_on": self.reminder.date().toPython()
            if self.reminder_box.isChecked() else None,
            "reminder_channel": Channel(str(self.channel.currentData()))
            if self.reminder_box.isChecked() else None,
            "penalty_clause": self.clause.isChecked(),
            "creditor_is_sme": self.sme.isChecked(),
        }
        if self.items:
            claims = []
            for row, item in enumerate(self.items):
                if self.invoices.item(row).checkState() != Qt.CheckState.Checked:
                    continue
                claims.append((self.tr("Facture {number}").format(number=item.number),
                               item.number, Claim(
                    principal_cents=item.due_cents,
                    due_date=item.due_date, issued_on=item.issue_date,
                    currency=item.currency, **common)))
            return claims
        cents = self.session.formatter.parse_money(self.amount.text())
        if cents <= 0:
            raise ValueError(self.amount.text())
        return [("", "", Claim(principal_cents=cents, due_date=self.due.date().toPython(),
                               **common))]

    def _contract_rate(self) -> Decimal | None:
        text = self.contract.text().strip().replace(",", ".").rstrip("%").strip()
        if not text:
            return None
        try:
            value = Decimal(text)
        except InvalidOperation:
            raise ValueError(self.contract.text()) from None
        if not value.is_finite() or not 0 <= value <= 100:
            raise ValueError(self.contract.text())
        return value

    def recompute(self) -> None:
        consumer = self.debtor.currentData() == DebtorKind.CONSUMER.value
        france = self.country.currentData() == "FR"
        self.notice_box.setEnabled(consumer and france)
        self.notice.setEnabled(consumer and france and self.notice_box.isChecked())
        for widget in (self.reminder_box, self.clause, self.sme):
            widget.setEnabled(consumer and not france)
        self.reminder.setEnabled(consumer and not france and self.reminder_box.isChecked())
        self.channel.setEnabled(consumer and not france and self.reminder_box.isChecked())
        self.results = []
        self.rates_notice.set_status(table_status(self.rates, self.on.date().toPython()))
        if not self.items and not self.amount.text().strip():  # nothing typed yet: no error
            self._show_problem(self.tr("Tapez le montant resté dû : les intérêts de retard et "
                                       "l'indemnité s'affichent ici, règle par règle."))
            return
        try:
            claims = self._claims()
        except ValueError as exc:
            self._show_problem(self.tr("« {value} » n'est pas un montant ou un taux valide.")
                               .format(value=str(exc)))
            return
        options = legal.options_from(self.session.settings)
        try:
            # a half-year without its published rate: interest up to the last known day, then
            # claimed without a figure (never a guessed rate), as the letters do
            self.results = [Result(title, assess(claim, self.rates, options,
                                                 unknown_rate="open"), number)
                            for title, number, claim in claims]
        except RateUnknown as exc:
            self._show_problem(legal.rate_unknown_error(exc).render(translate))
            return
        self._show_results()

    def _show_problem(self, text: str) -> None:
        self.table.set_rows([])
        self.notices.setText(text)
        self.copy_button.setEnabled(False)

    def _show_results(self) -> None:
        fmt = self.session.formatter
        rows: list[Row] = []
        notices: list[str] = []
        grand = 0
        for result in self.results:
            currency = result.assessment.claim.currency

            def money(cents: int, currency: str = currency) -> str:
                return fmt.money(cents, currency)

            detail = legal.breakdown(result.assessment, fmt_date=fmt.date, fmt_money=money,
                                     translate=translate, fmt_number=fmt.decimal)
            if result.title:
                rows.append(Row(len(rows), [result.title, "", "", "", "", ""], [0] * 6,
                                muted=True))
            for line in detail.rows:
                rate = fmt.percent(line.rate) if line.rate is not None else ""
                rows.append(Row(len(rows), [
                    ("    " if line.kind == "period" else "") + line.label, line.period,
                    str(line.days) if line.days is not None else "", rate,
                    money(line.amount_cents), line.rule_short], [0] * 6,
                    extra={"tooltip": line.rule}))
            grand += detail.total_cents
            said = list(detail.notices)
            if detail.prescription_date:
                said.append(translate(legal.CTX, legal.CLAIMABLE_UNTIL).format(
                    day=fmt.date(detail.prescription_date)))
            if detail.charges_from and detail.waiting_period_end:
                said.append(translate(legal.CTX, legal.CHARGES_FROM).format(
                    day=fmt.date(detail.charges_from)))
            prefix = f"{result.number} : " if result.number else ""
            notices.extend(prefix + text for text in said)
        if len(self.results) > 1:
            rows.append(Row(len(rows), [self.tr("Total des factures"), "", "", "",
                                        fmt.money(grand), ""], [0] * 6))
        self.table.set_rows(rows)
        self.notices.setText("\n".join(dict.fromkeys(notices)))
        self.copy_button.setEnabled(bool(self.results))

    def open_rates(self) -> None:
        """Outils › Taux d'intérêt from the notice; the figures added count at once."""
        from relance_desktop.views.rates import RatesDialog

        RatesDialog(self.session, self).exec()
        self.rates = legal.load_rates(self.session.settings)
        self.recompute()

    def copy(self) -> None:
        texts = []
        for result in self.results:
            body = legal.render_text(result.assessment, self.session.formatter, translate)
            texts.append(f"{result.title}\n{body}" if result.title else body)
        QGuiApplication.clipboard().setText("\n\n".join(texts))



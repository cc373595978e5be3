"""Outils › Taux d'intérêt: rate table, half-years added by the user, two readings of the law."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from relance_desktop.domain.legal import HalfYear, RateTable
from relance_desktop.services import legal
from relance_desktop.views.common import Session
from relance_desktop.views.table_model import Row, RowsModel, make_table


class RatesDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RatesDialog")
        self.setWindowTitle(self.tr("Taux d'intérêt"))
        self.resize(820, 620)
        self.session = session
        layout = QVBoxLayout(self)
        self.known = QLabel()
        self.known.setWordWrap(True)
        layout.addWidget(self.known)
        self.model = RowsModel([self.tr("Semestre"), self.tr("Taux BCE au 1er jour"),
                                self.tr("France, entre professionnels (BCE + 10)"),
                                self.tr("Taux légal France (particuliers)"),
                                self.tr("Taux légal France (autres cas)"),
                                self.tr("Belgique (loi du 2 août 2002)")],
                               numeric={1, 2, 3, 4, 5}, parent=self)
        self.view = make_table(self.model)
        self.view.setSortingEnabled(False)
        layout.addWidget(self.view, 1)

        add = QGroupBox(self.tr("Ajouter un semestre publié"))
        add_form = QFormLayout(add)
        self.half_year = QLineEdit()
        self.inputs = {name: QLineEdit() for name in legal.SERIES}
        add_form.addRow(self.tr("Semestre (ex. 2026-S2)"), self.half_year)
        labels = {
            "ecb": self.tr("Taux BCE au 1er jour du semestre (%)"),
            "fr_legal_individual": self.tr("Taux légal France, particuliers (%)"),
            "fr_legal_other": self.tr("Taux légal France, autres cas (%)"),
            "be_b2b": self.tr("Taux belge publié (%)"),
        }
        for name, edit in self.inputs.items():
            add_form.addRow(labels[name], edit)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Ajouter"))
        self.add_button.clicked.connect(self.add)
        self.error = QLabel()
        self.error.setWordWrap(True)
        row.addWidget(self.add_button)
        row.addWidget(self.error, 1)
        add_form.addRow("", row)
        layout.addWidget(add)

        reading = QGroupBox(self.tr("Lecture de la loi (quand deux lectures sont possibles)"))
        reading_form = QFormLayout(reading)
        self.rate_mode = QComboBox()
        self.rate_mode.addItem(self.tr("Chaque semestre à son propre taux (lecture de l'art. "
                                       "L441-10, par défaut)"), "split")
        self.rate_mode.addItem(self.tr("Le taux du semestre de l'échéance pour tout le retard"),
                               "due_date")
        self.rate_mode.setCurrentIndex(
            max(self.rate_mode.findData(session.settings.get("rate_mode")), 0))
        self.day_count = QComboBox()
        self.day_count.addItem(self.tr("365 jours, même les années bissextiles (usage, par "
                                       "défaut)"), "365")
        self.day_count.addItem(self.tr("366 jours pour les jours d'une année bissextile"), "actual")
        self.day_count.setCurrentIndex(
            max(self.day_count.findData(session.settings.get("day_count")), 0))
        self.be_prescription = QComboBox()
        self.be_prescription.addItem(self.tr("1 an après la fin de l'année de la vente (prudent, "
                                             "par défaut)"), "1y_end_of_year")
        self.be_prescription.addItem(self.tr("10 ans (droit commun)"), "10y")
        self.be_prescription.setCurrentIndex(max(self.be_prescription.findData(
            session.settings.get("be_consumer_prescription")), 0))
        reading_form.addRow(self.tr("Retard sur plusieurs semestres"), self.rate_mode)
        reading_form.addRow(self.tr("Base de calcul des jours"), self.day_count)
        reading_form.addRow(self.tr("Prescription, consommateur belge"), self.be_prescription)
        layout.addWidget(reading)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.rate_mode.currentIndexChanged.connect(self._save_reading)
        self.day_count.currentIndexChanged.connect(self._save_reading)
        self.be_prescription.currentIndexChanged.connect(self._save_reading)
        self.reload()

    def reload(self) -> None:
        table: RateTable = legal.load_rates(self.session.settings)
        fmt = self.session.formatter
        self.known.setText(self.tr(
            "Relance connaît les taux jusqu'au {day}. Au-delà, il refuse de calculer plutôt que "
            "de deviner : ajoutez le semestre suivant dès qu'il est publié (Banque de France, "
            "SPF Finances).").format(day=fmt.date(table.known_until)))
        halves = sorted(set(table.ecb) | set(table.fr_legal_other) | set(table.be_b2b),
                        reverse=True)

        def cell(series: dict[HalfYear, Decimal], hy: HalfYear) -> str:
            value = series.get(hy)
            return fmt.percent(value) if value is not None else "—"

        rows = []
        for hy in halves:
            fr_b2b = fmt.percent(table.fr_b2b_rate(hy)) if hy in table.ecb else "—"
            rows.append(Row(len(rows), [
                str(hy), cell(dict(table.ecb), hy), fr_b2b,
                cell(dict(table.fr_legal_individual), hy), cell(dict(table.fr_legal_other), hy),
                cell(dict(table.be_b2b), hy)], [hy] * 6))
        self.model.set_rows(rows)
        if halves:
            self.half_year.setPlaceholderText(str(halves[0].next()))

    def add(self) -> None:
        text = self.half_year.text().strip() or self.half_year.placeholderText()
        try:
            half_year = HalfYear.parse(text)
        except ValueError:
            self.error.setText(self.tr("« {value} » : écrivez le semestre comme 2026-S2.")
                               .format(value=text))
            return
        values: dict[str, Decimal] = {}
        for name, edit in self.inputs.items():
            raw = edit.text().strip().replace(",", ".").rstrip("%").strip()
            if not raw:
                continue
            try:
                value = Decimal(raw)
            except InvalidOperation:
                value = Decimal("NaN")
            if not value.is_finite() or not Decimal(-5) <= value <= Decimal(50):
                self.error.setText(self.tr("« {value} » n'est pas un taux en %.")
                                   .format(value=edit.text()))
                edit.setFocus()
                return
            values[name] = value
        if not values:
            self.error.setText(self.tr("Indiquez au moins un taux pour ce semestre."))
            return
        legal.add_half_year(self.session.settings, half_year, values)
        self.error.setText(self.tr("Semestre {half_year} enregistré.").format(half_year=half_year))
        for edit in self.inputs.values():
            edit.clear()
        self.half_year.clear()
        self.reload()

    def _save_reading(self) -> None:
        self.session.settings.set("rate_mode", str(self.rate_mode.currentData()))
        self.session.settings.set("day_count", str(self.day_count.currentData()))
        self.session.settings.set("be_consumer_prescription",
                                  str(self.be_prescription.currentData()))

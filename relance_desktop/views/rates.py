"""Outils › Taux d'intérêt: each rate with its period, source and link; what was last published
and what is missing; the three ways to update (file, online, typed with its source); and the
two readings of the law the user may choose between."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from relance_desktop.domain.legal import HalfYear
from relance_desktop.domain.legal.rates_check import Checked
from relance_desktop.errors import UserFacingError
from relance_desktop.services import legal, rates_update
from relance_desktop.views.common import Session, translate
from relance_desktop.views.rates_notice import RatesNotice
from relance_desktop.views.table_model import Row, RowsModel, make_table


def _plain(label: QLabel) -> QLabel:
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # file names and sources come from outside
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def series_label(name: str) -> str:
    return translate(rates_update.CTX, rates_update.SERIES_TEXTS[name])


class RatesDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RatesDialog")
        self.setWindowTitle(self.tr("Taux d'intérêt"))
        self.resize(980, 720)
        self.session = session
        layout = QVBoxLayout(self)
        self.known = _plain(QLabel())
        layout.addWidget(self.known)
        self.notice = RatesNotice(self)
        self.notice.update_button.hide()  # the ways to update are below
        layout.addWidget(self.notice)
        self.model = RowsModel([self.tr("Taux"), self.tr("Semestre"), self.tr("Période"),
                                self.tr("Valeur"), self.tr("Source"), self.tr("Lien")],
                               numeric={3}, parent=self)
        self.view = make_table(self.model)
        self.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # latest half-year first
        self.view.setWordWrap(False)
        layout.addWidget(self.view, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_file_tab(), self.tr("Importer un fichier"))
        self.tabs.addTab(self._build_online_tab(), self.tr("Mise à jour en ligne"))
        self.tabs.addTab(self._build_typed_tab(), self.tr("Saisir un taux publié"))
        self.tabs.addTab(self._build_reading_tab(), self.tr("Lecture de la loi"))
        self.tabs.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout.addWidget(self.tabs)
        self.message = _plain(QLabel())
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()

    # -- the three ways in ---------------------------------------------------------------------
    def _build_file_tab(self) -> QWidget:
        tab = QWidget()
        box = QVBoxLayout(tab)
        box.addWidget(_plain(QLabel(self.tr(
            "Un fichier de taux au format de Relance (rates.json), reçu par exemple de votre "
            "expert-comptable. Chaque taux est vérifié (semestre, plage plausible, pas de chiffre "
            "contradictoire ni de trou) ; si un seul est refusé, rien n'est enregistré."))))
        self.import_button = QPushButton(self.tr("&Importer un fichier de taux…"))
        self.import_button.clicked.connect(self.choose_file)
        box.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)
        box.addStretch(1)
        return tab

    def _build_online_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        settings = self.session.settings
        self.online_allowed = QCheckBox(self.tr(
            "Autoriser Relance à se connecter pour mettre à jour les taux (désactivé par défaut "
            ": Relance fonctionne hors ligne)"))
        self.online_allowed.setChecked(bool(settings.get("rates_online_update")))
        form.addRow(self.online_allowed)
        self.published_url = QLineEdit(str(settings.get("rates_update_url")))
        self.published_url.setPlaceholderText(self.tr("https://… (fichier de taux publié)"))
        form.addRow(self.tr("Taux légaux et belge : adresse du fichier publié"),
                    self.published_url)
        form.addRow(self.tr("Taux BCE"), _plain(QLabel(self.tr(
            "portail de données de la BCE, série {key}").format(key=rates_update.ECB_SERIES_KEY))))
        self.online_button = QPushButton(self.tr("Mettre à jour en &ligne"))
        self.online_button.clicked.connect(self.update_online)
        form.addRow("", self.online_button)
        self.online_allowed.toggled.connect(self._save_online)
        self.published_url.editingFinished.connect(self._save_online)
        self.online_button.setEnabled(self.online_allowed.isChecked())
        return tab

    def _build_typed_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        self.half_year = QLineEdit()
        form.addRow(self.tr("Semestre (ex. 2026-S2)"), self.half_year)
        self.inputs = {name: QLineEdit() for name in legal.SERIES}
        row = QHBoxLayout()
        for name, edit in self.inputs.items():
            edit.setPlaceholderText(series_label(name))
            edit.setToolTip(edit.placeholderText())
            row.addWidget(edit)
        form.addRow(self.tr("Taux publiés (%)"), row)
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr(
            "obligatoire : qui l'a publié et où (ex. arrêté du 20/06/2026, JO du 25/06/2026)"))
        form.addRow(self.tr("&Source"), self.source)
        self.link = QLineEdit()
        self.link.setPlaceholderText("https://…")
        form.addRow(self.tr("Lien"), self.link)
        self.replace = QCheckBox(self.tr("Corriger un taux ajouté auparavant pour ce semestre"))
        self.add_button = QPushButton(self.tr("&Ajouter"))
        self.add_button.clicked.connect(self.add)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.replace)
        add_row.addStretch(1)
        form.addRow("", add_row)
        return tab

    def _build_reading_tab(self) -> QWidget:
        tab = QWidget()
        reading_form = QFormLayout(tab)
        session = self.session
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
        self.rate_mode.currentIndexChanged.connect(self._save_reading)
        self.day_count.currentIndexChanged.connect(self._save_reading)
        self.be_prescription.currentIndexChanged.connect(self._save_reading)
        return tab

    # -- showing -------------------------------------------------------------------------------
    def today(self) -> date:
        return self.session.today()

    def reload(self) -> None:
        table, origins = rates_update.table_and_origins(self.session.settings)
        status = legal.rates_status(self.session.settings, self.today())
        fmt = self.session.formatter
        last = status.last_complete
        known = self.tr("Dernier semestre publié dans Relance (toutes les séries) : {half_year}, "
                        "taux connus jusqu'au {day}.").format(
            half_year=last or "—", day=fmt.date(status.known_until) if last else "—")
        if status.complete:
            known += " " + self.tr("Aucun semestre commencé ne manque.")
        problem = rates_update.store_problem()
        if problem is not None:
            known += "\n" + problem.render(translate)
        self.known.setText(known)
        self.notice.set_status(status)
        rows: list[Row] = []
        shipped = self.tr("Table livrée avec Relance")
        for hy in sorted(table.half_years(), reverse=True):
            for name in legal.SERIES:
                value = table.series(name).get(hy)
                if value is None:
                    continue
                official = table.official_source(name)
                origin = origins.get((name, hy))
                if origin is not None:
                    source = rates_update.describe(origin, translate)
                    link = origin.link or official.url
                else:
                    source = shipped
                    link = official.url
                shown = fmt.percent(value)
                if table.is_provisional(name, hy):
                    shown += " " + self.tr("(provisoire)")
                tip = "\n".join([official.name, source, *table.sources.get(name, ())]
                                if origin is None else [official.name, source])
                rows.append(Row(len(rows), [
                    series_label(name), str(hy),
                    f"{fmt.date(hy.first_day)} – {fmt.date(hy.last_day)}", shown, source, link],
                    [name, hy, hy.first_day, value, source, link], extra={"tooltip": tip}))
        self.model.set_rows(rows)
        following = last.next() if last else HalfYear.of(self.today())
        self.half_year.setPlaceholderText(str(following))

    def _said(self, checked: Checked) -> None:
        parts = []
        if checked.new:
            listed = ", ".join(
                f"{r.half_year} {series_label(r.series)} {self.session.formatter.percent(r.rate)}"
                for r in checked.new)
            parts.append(self.tr("%n taux ajoutés : {list}.", "", len(checked.new)).format(
                list=listed))
        if checked.already_known:
            parts.append(self.tr("%n taux déjà connus, inchangés.", "",
                                 len(checked.already_known)))
        if not parts:
            parts.append(self.tr("Rien de nouveau."))
        parts.extend(rates_update.problem_message(w).render(translate) for w in checked.warnings)
        self.message.setText("\n".join(parts))
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, UserFacingError):
            raise exc
        self.message.setText(exc.render(translate))

    # -- actions -------------------------------------------------------------------------------
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Fichier de taux"), "",
                                              self.tr("Taux (*.json);;Tous les fichiers (*)"))
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        try:
            self._said(rates_update.import_file(self.session.settings, path, self.today()))
        except UserFacingError as exc:
            self._failed(exc)

    def update_online(self) -> None:
        from relance_desktop.views.jobs import in_background

        self._save_online()
        settings, today = self.session.settings, self.today()
        self.message.setText(self.tr("Connexion…"))

        def done(result: rates_update.OnlineResult) -> None:
            self._said(result.checked)
            if result.notes:
                self.message.setText(self.message.text() + "\n" + "\n".join(
                    note.render(translate) for note in result.notes))

        in_background(lambda: rates_update.update_online(settings, today), owner=self,
                      on_done=done, on_failed=self._failed, busy=self.tabs)

    def add(self) -> None:
        text = self.half_year.text().strip() or self.half_year.placeholderText()
        try:
            half_year = HalfYear.parse(text)
        except ValueError:
            self.message.setText(self.tr("« {value} » : écrivez le semestre comme 2026-S2.")
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
            if not value.is_finite():
                self.message.setText(self.tr("« {value} » n'est pas un taux en %.")
                                     .format(value=edit.text()))
                edit.setFocus()
                return
            values[name] = value
        if not values:
            self.message.setText(self.tr("Indiquez au moins un taux pour ce semestre."))
            return
        try:
            checked = rates_update.add_typed(self.session.settings, half_year, values,
                                             self.source.text(), self.today(),
                                             link=self.link.text(),
                                             replace=self.replace.isChecked())
        except UserFacingError as exc:
            self._failed(exc)
            if not self.source.text().strip():
                self.source.setFocus()
            return
        for edit in (*self.inputs.values(), self.half_year):
            edit.clear()
        self.replace.setChecked(False)
        self._said(checked)

    def _save_online(self) -> None:
        settings = self.session.settings
        settings.set("rates_online_update", self.online_allowed.isChecked())
        settings.set("rates_update_url", self.published_url.text().strip())
        self.online_button.setEnabled(self.online_allowed.isChecked())

    def _save_reading(self) -> None:
        self.session.settings.set("rate_mode", str(self.rate_mode.currentData()))
        self.session.settings.set("day_count", str(self.day_count.currentData()))
        self.session.settings.set("be_consumer_prescription",
                                  str(self.be_prescription.currentData()))

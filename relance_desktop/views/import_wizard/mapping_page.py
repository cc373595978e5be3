"""The columns page of the import wizard, one per CSV/Excel file: how to read the file, which
column holds what, a preview read through these choices, and the profile remembered for next
time (saved when the user goes on with « Enregistrer » ticked)."""

from __future__ import annotations

import html
import logging
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from relance_desktop.errors import UserFacingError
from relance_desktop.importers import tabular
from relance_desktop.importers.records import ParseResult, error_text
from relance_desktop.importers.tabular_fields import FIELD_LABELS, FIELDS
from relance_desktop.importers.tabular_profiles import (
    Profile,
    builtin_profiles,
    propose_mapping,
    resolve,
)
from relance_desktop.importers.tabular_sniff import Sniffed
from relance_desktop.services import imports
from relance_desktop.services.session import CompanySession
from relance_desktop.views.common import Session, translate
from relance_desktop.views.import_wizard.common import (
    ERROR_STYLE,
    FILE_OPTIONS,
    NOTICE_STYLE,
    PREVIEW_ROWS,
    FileInfo,
    StepPage,
    banner,
    problem_text,
    short,
    show_banner,
    table,
)
from relance_desktop.views.jobs import in_background
from relance_desktop.views.table_model import Row, RowsModel

log = logging.getLogger(__name__)

OPTION_POSITIONS = {"encoding": (0, 0), "sheet": (0, 0), "delimiter": (0, 2),
                    "decimal": (1, 0), "thousands": (1, 2), "date_order": (1, 4)}


def option_items() -> dict[str, list[tuple[Any, str]]]:
    return {
        "encoding": [
            ("utf-8", translate("ImportWizard", "UTF-8")),
            ("utf-8-sig", translate("ImportWizard", "UTF-8 avec BOM")),
            ("cp1252", translate("ImportWizard", "Windows-1252 / Latin-1")),
            ("utf-16", translate("ImportWizard", "UTF-16")),
        ],
        "delimiter": [
            (",", translate("ImportWizard", "virgule ( , )")),
            (";", translate("ImportWizard", "point-virgule ( ; )")),
            ("\t", translate("ImportWizard", "tabulation")),
            ("|", translate("ImportWizard", "barre verticale ( | )")),
        ],
        "decimal": [
            (",", translate("ImportWizard", "virgule (1 234,56)")),
            (".", translate("ImportWizard", "point (1,234.56)")),
        ],
        "thousands": [
            ("", translate("ImportWizard", "aucun")),
            (" ", translate("ImportWizard", "espace")),
            (".", translate("ImportWizard", "point")),
            (",", translate("ImportWizard", "virgule")),
            ("'", translate("ImportWizard", "apostrophe")),
        ],
        "date_order": [
            ("DMY", translate("ImportWizard", "jour/mois/année (31/12/2026)")),
            ("MDY", translate("ImportWizard", "mois/jour/année (12/31/2026)")),
        ],
    }


def _grid(box: QGroupBox) -> QGridLayout:
    grid = QGridLayout(box)
    grid.setContentsMargins(6, 4, 6, 4)
    grid.setVerticalSpacing(3)
    return grid


class MappingPage(StepPage):
    """Settings and column mapping of one CSV/Excel file, with a preview read through them.

    Complete when the file can be read, the profile has a name and the customer and number
    columns are chosen; what is missing is said under the page as soon as it is missing."""

    def __init__(self, session: Session, cf: CompanySession, info: FileInfo, currency: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert info.sniffed is not None
        self.setObjectName("mappingPage")
        self.session = session
        self.cf = cf
        self.info = info
        self.path = info.path
        self.currency = currency
        self.auto: Sniffed = info.sniffed  # as detected, before anything is forced
        self.sniffed: Sniffed = info.sniffed
        self.base: Profile | None = None  # the profile chosen: its layout and options
        self.forced: dict[str, Any] = {}  # file settings forced by the profile or the user
        self.result: ParseResult | None = None
        self.error = ""
        self._filling = False
        self._reads = 0  # reads of the preview started (the last one is shown)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh_preview)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._build_profile_row())
        layout.addWidget(self._build_settings())
        self.date_warning = banner(NOTICE_STYLE)
        self.date_warning.setObjectName("dateWarning")
        layout.addWidget(self.date_warning)
        self.profile_warning = banner(NOTICE_STYLE)
        layout.addWidget(self.profile_warning)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(self._build_mapping())
        split.addWidget(self._build_previews())
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout.addWidget(split, 1)
        self.error_label = banner(ERROR_STYLE)
        self.error_label.setObjectName("mappingError")
        layout.addWidget(self.error_label)
        self.name.textChanged.connect(self._update_state)
        self._choose_initial_profile()

    # construction
    def _build_profile_row(self) -> QHBoxLayout:
        top = QHBoxLayout()
        self.saved = QComboBox()
        self.saved.setObjectName("savedProfiles")
        self.saved.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.saved.setMinimumContentsLength(18)
        self.saved.activated.connect(self._saved_chosen)
        saved_label = QLabel(self.tr("Profil &enregistré :"))
        saved_label.setBuddy(self.saved)
        top.addWidget(saved_label)
        top.addWidget(self.saved, 1)
        self.name = QLineEdit()
        self.name.setObjectName("profileName")
        self.name.setPlaceholderText(self.tr("ex. Export de ma facturation"))
        name_label = QLabel(self.tr("&Nom du profil :"))
        name_label.setBuddy(self.name)
        top.addWidget(name_label)
        top.addWidget(self.name, 1)
        self.save_box = QCheckBox(self.tr("Enre&gistrer pour les prochains imports"))
        self.save_box.setObjectName("saveProfile")
        self.save_box.setChecked(True)
        top.addWidget(self.save_box)
        return top

    def _build_settings(self) -> QGroupBox:
        settings = QGroupBox(self.tr("Lecture du fichier"))
        grid = _grid(settings)
        self.option_combos: dict[str, QComboBox] = {}
        self.option_labels: dict[str, QLabel] = {}
        labels = {"encoding": self.tr("Encodage"), "delimiter": self.tr("Séparateur"),
                  "sheet": self.tr("Feuille"), "decimal": self.tr("Décimales"),
                  "thousands": self.tr("Milliers"), "date_order": self.tr("Dates")}
        items = option_items()
        for key in ("encoding", "sheet", "delimiter", "decimal", "thousands", "date_order"):
            combo = QComboBox()
            combo.setObjectName(f"option_{key}")
            for value, text in items.get(key, []):
                combo.addItem(text, value)
            combo.activated.connect(lambda _pos, k=key: self._option_chosen(k))
            label = QLabel(labels[key])
            label.setBuddy(combo)
            row, col = OPTION_POSITIONS[key]
            grid.addWidget(label, row, col)
            grid.addWidget(combo, row, col + 1)
            self.option_combos[key] = combo
            self.option_labels[key] = label
        self.header_line = QSpinBox()
        self.header_line.setObjectName("option_header_line")
        self.header_line.setRange(0, 50)
        self.header_line.setSpecialValueText(self.tr("aucune"))
        self.header_line.valueChanged.connect(self._header_changed)
        header_label = QLabel(self.tr("Ligne d'en-tête"))
        header_label.setBuddy(self.header_line)
        grid.addWidget(header_label, 0, 4)
        grid.addWidget(self.header_line, 0, 5)
        for col in (1, 3, 5):
            grid.setColumnStretch(col, 1)
        self.full_export = QCheckBox(self.tr(
            "Export &complet : le fichier liste toutes les factures ouvertes (celles qui en "
            "disparaissent pourront être marquées payées)"))
        self.full_export.setObjectName("fullExport")
        self.full_export.toggled.connect(self.schedule_preview)
        grid.addWidget(self.full_export, 2, 0, 1, 6)
        return settings

    def _build_mapping(self) -> QScrollArea:
        mapping_box = QGroupBox(self.tr("Colonnes du fichier pour chaque information"))
        mapping_grid = _grid(mapping_box)
        self.combos: dict[str, QComboBox] = {}
        # Two pairs of label and choice a row, the most needed first (customer, number, dates,
        # amounts): narrow enough for the wizard at 1366×768, longer lists scroll down only.
        per_column = (len(FIELDS) + 1) // 2
        for pos, field in enumerate(FIELDS):
            combo = QComboBox()
            combo.setObjectName(f"map_{field}")
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
            combo.currentIndexChanged.connect(self._mapping_changed)
            label = QLabel(translate("tabular", FIELD_LABELS[field]))
            label.setBuddy(combo)
            row, col = pos % per_column, (pos // per_column) * 2
            mapping_grid.addWidget(label, row, col)
            mapping_grid.addWidget(combo, row, col + 1)
            self.combos[field] = combo
        for col in (1, 3):
            mapping_grid.setColumnStretch(col, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(mapping_box)
        scroll.setMinimumHeight(min(mapping_box.sizeHint().height() + 4, 300))
        return scroll

    def _build_previews(self) -> QTabWidget:
        self.tabs = QTabWidget()
        read = QWidget()
        read_layout = QVBoxLayout(read)
        read_layout.setContentsMargins(4, 4, 4, 4)
        self.read_summary = QLabel()
        self.read_summary.setObjectName("readSummary")
        self.read_summary.setWordWrap(True)
        self.read_summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        read_layout.addWidget(self.read_summary)
        self.preview_model = RowsModel(
            [self.tr("Client"), self.tr("N°"), self.tr("Date"), self.tr("Échéance"),
             self.tr("Montant"), self.tr("Déjà payé"), self.tr("Reste dû"), self.tr("Statut")],
            numeric={4, 5, 6}, parent=self)
        self.preview_view = table(self.preview_model, sortable=False)
        self.preview_view.setObjectName("mappingPreview")
        read_layout.addWidget(self.preview_view, 1)
        self.tabs.addTab(read, self.tr("Aperçu lu avec ces colonnes"))
        self.raw_model = RowsModel([], parent=self)
        self.raw_view = table(self.raw_model, sortable=False)
        self.raw_view.setObjectName("rawPreview")
        self.raw_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.raw_view.horizontalHeader().setDefaultSectionSize(120)
        self.tabs.addTab(self.raw_view, self.tr("Début du fichier"))
        return self.tabs

    def heading(self) -> str:
        return self.tr("Colonnes de « {file} »").format(file=self.path.name)

    # QWizardPage
    def isComplete(self) -> bool:
        return not self.problem()

    def validatePage(self) -> bool:
        """Going on: the profile is remembered when asked (nothing else is written)."""
        problem = self.problem()
        if not problem:
            profile = self.profile()
            try:
                if self.worth_saving(profile):
                    imports.save_profile(self.cf, profile)
            except UserFacingError as exc:
                problem = self.session.message(exc)
        show_banner(self.error_label, problem)
        if problem:
            return False
        self.stop_preview()
        return True

    def problem(self) -> str:
        """What prevents going on, or ""."""
        if self.error:
            return self.error
        if not self.name.text().strip():
            return self.tr("Donnez un nom à ce profil : il identifie la source des factures "
                           "(un nouvel import sous le même nom met à jour, sans doublon).")
        mapping = self.mapping()
        if "customer" not in mapping or "number" not in mapping:
            return self.tr("Choisissez au moins les colonnes « {customer} » et « {number} ».") \
                .format(customer=translate("tabular", FIELD_LABELS["customer"]),
                        number=translate("tabular", FIELD_LABELS["number"]))
        return ""

    def _update_state(self) -> None:
        show_banner(self.error_label, self.problem())
        self.completeChanged.emit()

    def _set_error(self, text: str) -> None:
        self.error = text
        self._update_state()

    # profiles
    def _fill_saved(self, current: str) -> None:
        self.saved.blockSignals(True)
        self.saved.clear()
        self.saved.addItem(self.tr("— aucun —"), None)
        for name in imports.profile_names(self.cf):
            self.saved.addItem(name, name)
        pos = self.saved.findData(current) if current else 0
        self.saved.setCurrentIndex(max(pos, 0))
        self.saved.blockSignals(False)

    def _own_profiles(self) -> list[Profile]:
        builtin = {p.name for p in builtin_profiles()}
        own: list[Profile] = []
        for name in imports.profile_names(self.cf):
            try:
                profile = imports.load_profile(self.cf, name)
            except (UserFacingError, ValueError):
                continue
            if name not in builtin or profile != next(p for p in builtin_profiles()
                                                      if p.name == name):
                own.append(profile)
        return own

    def _choose_initial_profile(self) -> None:
        """A saved profile whose columns are all in this file, else the tool recognised, else
        the proposed mapping under the file's name."""
        detected = self.info.detected
        best: tuple[int, int, Profile] | None = None
        for profile in self._own_profiles():
            found, missing = resolve(profile.mapping, self.auto)
            if missing or not {"customer", "number"} <= found.keys():
                continue
            rank = (1 if detected is not None and profile.name == detected.name else 0,
                    len(found))
            if best is None or rank > best[:2]:
                best = (*rank, profile)
        if best is not None:
            self.apply_profile(best[2])
        elif detected is not None:
            self.apply_profile(detected)
        else:
            self.base = None
            self.forced = {}
            self._fill_saved("")
            self._resniff()
            self._set_mapping(propose_mapping(self.sniffed))
            self.name.setText(self.path.stem)
            self.full_export.setChecked(False)
            self.schedule_preview()

    def apply_profile(self, profile: Profile) -> None:
        self.base = profile
        self.forced = {k: v for k, v in profile.options.items() if k in FILE_OPTIONS}
        self._fill_saved(profile.name)
        if not self._resniff():
            return
        self.name.setText(profile.name)
        self.full_export.blockSignals(True)
        self.full_export.setChecked(bool(profile.option("full_export", False)))
        self.full_export.blockSignals(False)
        self._set_mapping(profile.mapping)
        self.schedule_preview()

    def _saved_chosen(self, pos: int) -> None:
        name = self.saved.itemData(pos)
        if not name:
            return
        try:
            profile = imports.load_profile(self.cf, str(name))
        except UserFacingError as exc:
            self._set_error(self.session.message(exc))
            return
        self.apply_profile(profile)

    # file settings
    def _resniff(self) -> bool:
        try:
            self.sniffed = tabular.sniff(self.path, Profile("", {}, dict(self.forced)))
        except ValueError as exc:
            self._set_error(self.tr("Ces réglages ne permettent pas de lire le fichier : {reason}")
                            .format(reason=error_text(exc, translate)))
            return False
        self._fill_settings()
        self._fill_columns()
        self._fill_raw()
        self._set_error("")
        return True

    def _fill_settings(self) -> None:
        s = self.sniffed
        excel = s.format == "xlsx"
        values = {"encoding": s.encoding, "delimiter": s.delimiter, "decimal": s.decimal,
                  "thousands": s.thousands, "date_order": s.date_order, "sheet": s.sheet}
        sheet = self.option_combos["sheet"]
        sheet.blockSignals(True)
        sheet.clear()
        for name in s.sheets:
            sheet.addItem(name, name)
        sheet.blockSignals(False)
        for key, combo in self.option_combos.items():
            combo.blockSignals(True)
            value = values[key]
            pos = combo.findData(value)
            if pos < 0 and value not in ("", None):
                combo.addItem(str(value), value)
                pos = combo.count() - 1
            combo.setCurrentIndex(max(pos, 0))
            combo.blockSignals(False)
        for key in ("encoding", "delimiter"):
            self.option_combos[key].setVisible(not excel)
            self.option_labels[key].setVisible(not excel)
        self.option_combos["sheet"].setVisible(excel)
        self.option_labels["sheet"].setVisible(excel)
        self.header_line.blockSignals(True)
        self.header_line.setValue(s.header_line)
        self.header_line.blockSignals(False)
        if self.auto.date_ambiguous:
            show_banner(self.date_warning, self.tr(
                "Les dates de ce fichier se lisent dans les deux sens (03/04 : 3 avril ou "
                "4 mars ?). Relance a supposé « {order} » : vérifiez-le dans l'aperçu.").format(
                    order=self.option_combos["date_order"].currentText()))
        else:
            show_banner(self.date_warning, "")

    def _option_chosen(self, key: str) -> None:
        value = self.option_combos[key].currentData()
        self.forced[key] = value
        if key == "sheet":  # another sheet has its own header
            self.forced.pop("header_line", None)
        mapping = self.mapping()
        if self._resniff():
            self._set_mapping(mapping, quiet=True)
        self.schedule_preview()

    def _header_changed(self, value: int) -> None:
        self.forced["header_line"] = value
        mapping = self.mapping()
        if self._resniff():
            if self.sniffed.columns:
                found, _missing = resolve(mapping, self.sniffed)
                if not found:  # the names have changed: propose again
                    mapping = propose_mapping(self.sniffed)
            self._set_mapping(mapping, quiet=True)
        self.schedule_preview()

    # mapping
    def _column_texts(self) -> list[str]:
        """Each column's entry in the lists: its name and a sample value (made once per file
        and settings, not per list: a file may have hundreds of columns)."""
        s = self.sniffed
        preview = s.preview
        texts = []
        for index in range(s.width):
            name = s.columns[index] if index < len(s.columns) else ""
            sample = next((row[index] for row in preview if index < len(row) and row[index]), "")
            if name:
                texts.append(f"{short(name)} ({short(sample, 18)})" if sample and sample != name
                             else short(name))
                continue
            title = self.tr("colonne {n}").format(n=index + 1)
            texts.append(f"{title} ({short(sample, 18)})" if sample else title)
        return texts

    def _fill_columns(self) -> None:
        texts = self._column_texts()
        tips = [self.sniffed.column_name(index) for index in range(self.sniffed.width)]
        self._filling = True
        try:
            for combo in self.combos.values():
                combo.blockSignals(True)
                combo.clear()
                combo.addItem("—", None)
                for index, (text, tip) in enumerate(zip(texts, tips, strict=True)):
                    combo.addItem(text, index)
                    combo.setItemData(index + 1, tip, Qt.ItemDataRole.ToolTipRole)
                combo.blockSignals(False)
        finally:
            self._filling = False

    def _fill_raw(self) -> None:
        s = self.sniffed
        headers = [s.column_name(i) for i in range(s.width)]
        rows = [Row(pos, [(r[i] if i < len(r) else "") for i in range(s.width)], [0] * s.width)
                for pos, r in enumerate(s.preview)]
        self.raw_model._headers = headers  # same model, new columns
        self.raw_model.set_rows(rows)

    def _set_mapping(self, mapping: dict[str, str | int], quiet: bool = False) -> None:
        found, missing = resolve(mapping, self.sniffed)
        self._filling = True
        try:
            for field, combo in self.combos.items():
                index = found.get(field)
                combo.setCurrentIndex(0 if index is None else combo.findData(index))
        finally:
            self._filling = False
        if missing and not quiet:
            show_banner(self.profile_warning, self.tr(
                "Colonnes du profil absentes de ce fichier : {columns}. Choisissez-les "
                "ci-dessous.").format(columns=", ".join(
                    self.tr("{field} (« {column} »)").format(
                        field=translate("tabular", FIELD_LABELS.get(f, f)), column=c)
                    for f, c in missing)))
        elif not quiet:
            show_banner(self.profile_warning, "")
        self._update_state()

    def mapping(self) -> dict[str, str | int]:
        s = self.sniffed
        out: dict[str, str | int] = {}
        for field, combo in self.combos.items():
            index = combo.currentData()
            if index is None:
                continue
            name = s.columns[index] if index < len(s.columns) else ""
            out[field] = name if name and s.columns.count(name) == 1 else int(index)
        return out

    def _mapping_changed(self) -> None:
        if not self._filling:
            self._update_state()
            self.schedule_preview()

    def profile(self) -> Profile:
        """What the page says, as a profile (named by the name field)."""
        base = self.base.options if self.base is not None else {"layout": "generic"}
        options = {k: v for k, v in base.items() if k not in FILE_OPTIONS}
        s = self.sniffed
        options["decimal"] = s.decimal
        if s.date_order in ("DMY", "MDY"):
            options["date_order"] = s.date_order
        if s.format == "xlsx":
            options["sheet"] = s.sheet
        else:
            options["delimiter"] = s.delimiter
        options.update(self.forced)
        options["full_export"] = self.full_export.isChecked()
        return Profile(self.name.text().strip(), self.mapping(), options)

    def worth_saving(self, profile: Profile) -> bool:
        """A built-in profile used as it is is recognised anyway: nothing to remember."""
        if not self.save_box.isChecked():
            return False
        builtin = next((p for p in builtin_profiles() if p.name == profile.name), None)
        if builtin is None:
            return True
        same_options = all(profile.options.get(k) == v for k, v in builtin.options.items()
                           if k not in FILE_OPTIONS)
        return not (profile.mapping == builtin.mapping and same_options)

    # preview
    def schedule_preview(self) -> None:
        self._timer.start()

    def stop_preview(self) -> None:
        self._timer.stop()

    def refresh_preview(self) -> None:
        """Read the whole file with the page's settings, off the GUI thread; only the read
        started last is shown (the settings may change while a big file is read)."""
        self._timer.stop()
        profile = self.profile()
        self._reads += 1
        read, path, currency = self._reads, self.path, self.currency
        self.read_summary.setText(self.tr("Lecture du fichier en cours…"))
        in_background(
            lambda: tabular.read_tabular(path, profile, default_currency=currency),
            owner=self,
            on_done=lambda result: self._preview_read(read, result),
            on_failed=lambda exc: self._preview_failed(read, exc))

    def _preview_failed(self, read: int, exc: BaseException) -> None:
        if read != self._reads:
            return
        if not isinstance(exc, ValueError):
            log.error("preview of %s failed", self.path.name,
                      exc_info=(type(exc), exc, exc.__traceback__))
        self.result = None
        self.preview_model.set_rows([])
        self.read_summary.setText(self.tr("Lecture impossible avec ces réglages : {reason}")
                                  .format(reason=error_text(exc, translate)))

    def _preview_read(self, read: int, result: ParseResult) -> None:
        if read != self._reads:
            return  # a later read is on its way
        self.result = result
        self.preview_model.set_rows(self._preview_rows(result))
        problems = result.problems
        text = self.tr("{documents} de {customers} lus.").format(
            documents=self.tr("%n documents", "", len(result.invoices)),
            customers=self.tr("%n clients", "", len(result.customers)))
        if problems:
            text += " " + self.tr("%n problèmes.", "", len(problems))
        if problems:
            text += "<br>" + "<br>".join(html.escape(problem_text(p)) for p in problems[:3])
        self.read_summary.setText(text)

    def _preview_rows(self, result: ParseResult) -> list[Row]:
        fmt = self.session.formatter
        money = fmt.money
        names = {c.key: c.name for c in result.customers}
        return [Row(pos, [
            names.get(doc.customer_key, doc.customer_key), doc.number, fmt.date(doc.issue_date),
            fmt.date(doc.due_date), money(doc.amount_cents, doc.currency),
            money(doc.paid_cents, doc.currency), money(doc.due_cents, doc.currency),
            doc.status if doc.kind.value == "invoice" else self.tr("avoir")], [0] * 8)
            for pos, doc in enumerate(result.invoices[:PREVIEW_ROWS])]

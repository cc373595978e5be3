"""The import wizard: files → columns of each CSV/Excel file → FEC accounts not to chase →
preview → import (in a worker thread, with progress and cancel) → summary.

Nothing is written to the company file before the user clicks « Importer », except the choices
meant to be remembered for next time: a CSV/Excel profile (when the user leaves its columns page
with « Enregistrer » ticked) and the FEC accounts not to chase (when leaving that page).

Reading the files (preview) and writing them (apply) run on a thread of the wizard's own pool.
peewee keeps one connection per thread: the worker opens its own on the company file and closes
it before reporting back, so the GUI thread's connection is never shared.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from relance_desktop.errors import UserFacingError
from relance_desktop.i18n import QT_TRANSLATE_NOOP
from relance_desktop.importers import tabular
from relance_desktop.importers.records import (
    ParseResult,
    Problem,
    Severity,
    error_text,
    note_text,
)
from relance_desktop.importers.tabular_fields import FIELD_LABELS, FIELDS
from relance_desktop.importers.tabular_profiles import (
    Profile,
    builtin_profiles,
    detect_profile,
    propose_mapping,
    resolve,
)
from relance_desktop.importers.tabular_sniff import Sniffed
from relance_desktop.services import imports
from relance_desktop.services.session import CompanySession
from relance_desktop.views.common import Session, translate
from relance_desktop.views.jobs import Job
from relance_desktop.views.table_model import Row, RowsModel, make_table

log = logging.getLogger(__name__)

CTX = "ImportWizard"
TABULAR, FEC, EINVOICE, UNKNOWN = "tabular", "fec", "einvoice", "unknown"
EINVOICE_SUFFIXES = (".pdf", ".xml")
FILE_OPTIONS = ("encoding", "delimiter", "sheet", "header_line", "decimal", "thousands",
                "date_order")
MAX_PROBLEMS_SHOWN = 100
PREVIEW_ROWS = 12
ERROR_STYLE = ("color: palette(highlighted-text); background: #b3261e; padding: 4px; "
               "border-radius: 3px;")
NOTICE_STYLE = "color: #3d2e00; background: #fbe7a1; padding: 4px; border-radius: 3px;"
INFO_STYLE = "color: #0b3d1a; background: #cdebd3; padding: 4px; border-radius: 3px;"

MATCHED_BY = {
    "account": QT_TRANSLATE_NOOP("ImportWizard", "par n° de compte"),
    "company_number": QT_TRANSLATE_NOOP("ImportWizard", "par n° d'entreprise (SIREN, BCE)"),
    "vat_number": QT_TRANSLATE_NOOP("ImportWizard", "par n° de TVA"),
    "name": QT_TRANSLATE_NOOP("ImportWizard", "par le nom"),
}


def banner(style: str) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(style)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def show_banner(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


# -- what each file is ------------------------------------------------------------------------
@dataclass
class FileInfo:
    path: Path
    kind: str
    label: str  # the format, for the files page
    sniffed: Sniffed | None = None  # CSV/Excel, as detected
    detected: Profile | None = None  # the built-in profile of the tool that wrote it
    problem: str = ""  # why it will not import, when known already


def _looks_like_fec(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            head = handle.read(4096).decode("latin-1").casefold()
    except OSError:
        return False
    return "journalcode" in head and "comptenum" in head


def describe(path: Path) -> FileInfo:
    """The format of ``path``, found cheaply (the whole file is read at the preview)."""
    suffix = path.suffix.lower()
    if suffix in EINVOICE_SUFFIXES:
        try:
            result = imports.read_file(path)
        except UserFacingError as exc:
            return FileInfo(path, UNKNOWN, translate("ImportWizard", "illisible"),
                            problem=exc.render(translate))
        if result.source == "facturx" and suffix == ".pdf":
            label = translate("ImportWizard", "Factur-X / ZUGFeRD (PDF)")
        elif result.source == "ubl":
            label = translate("ImportWizard", "UBL / Peppol (XML)")
        else:
            label = translate("ImportWizard", "Factur-X / CII (XML)")
        if not result.invoices and result.errors:
            if suffix == ".pdf":
                label = translate("ImportWizard", "PDF sans données de facture")
            else:
                label = translate("ImportWizard", "XML sans facture lisible")
        return FileInfo(path, EINVOICE, label)
    if suffix in imports.TABULAR_SUFFIXES:
        if _looks_like_fec(path):
            return FileInfo(path, FEC, translate("ImportWizard", "FEC (écritures comptables)"))
        try:
            sniffed = tabular.sniff(path)
        except ValueError as exc:  # TabularError: not a table at all
            return FileInfo(path, UNKNOWN, translate("ImportWizard", "pas un tableau lisible"),
                            problem=error_text(exc, translate))
        detected = detect_profile(sniffed)
        if sniffed.format == "xlsx":
            base = translate("ImportWizard", "Excel")
        else:
            base = translate("ImportWizard", "CSV")
        label = f"{base} — {detected.name}" if detected is not None else base
        return FileInfo(path, TABULAR, label, sniffed, detected)
    return FileInfo(path, UNKNOWN, translate("ImportWizard", "format non reconnu"))


def expand(paths: Iterable[Path]) -> list[Path]:
    """Files as given; a folder stands for the e-invoices (PDF, XML) directly inside it."""
    out: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            out.extend(sorted((p for p in path.iterdir()
                               if p.is_file() and p.suffix.lower() in EINVOICE_SUFFIXES),
                              key=lambda p: p.name.casefold()))
        else:
            out.append(path)
    return out


# -- page 1: files ----------------------------------------------------------------------------
class FilesPage(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.infos: list[FileInfo] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(self.tr(
            "Choisissez les exports de votre logiciel : listes de factures CSV ou Excel, FEC, "
            "factures électroniques Factur-X (PDF) ou UBL (XML). Vous pouvez aussi glisser les "
            "fichiers ou un dossier dans cette fenêtre. Rien n'est enregistré avant la dernière "
            "étape."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tree = QTreeWidget()
        self.tree.setObjectName("importFiles")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Fichier"), self.tr("Format reconnu"),
                                   self.tr("Dossier")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(0, 330)
        header.resizeSection(1, 250)
        layout.addWidget(self.tree, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Ajouter des fichiers…"))
        self.add_button.clicked.connect(self.choose_files)
        self.folder_button = QPushButton(self.tr("Ajouter un &dossier de factures…"))
        self.folder_button.setToolTip(self.tr("Les fichiers PDF et XML du dossier choisi"))
        self.folder_button.clicked.connect(self.choose_folder)
        self.remove_button = QPushButton(self.tr("&Retirer"))
        self.remove_button.clicked.connect(self.remove_selected)
        for button in (self.add_button, self.folder_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.error = banner(ERROR_STYLE)
        self.error.setObjectName("filesError")
        layout.addWidget(self.error)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self._selection_changed()

    def add(self, paths: Iterable[Path]) -> None:
        """Add files (a folder: its PDF and XML files), each with its format."""
        paths = list(paths)
        show_banner(self.error, "")
        known = {info.path for info in self.infos}
        added = 0
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            for path in expand(paths):
                path = path.absolute()
                if path in known or not path.is_file():
                    continue
                known.add(path)
                info = describe(path)
                self.infos.append(info)
                item = QTreeWidgetItem([path.name, info.label, str(path.parent)])
                item.setToolTip(0, str(path))
                if info.problem:
                    item.setToolTip(1, info.problem)
                self.tree.addTopLevelItem(item)
                added += 1
        finally:
            QApplication.restoreOverrideCursor()
        if not added and paths:
            show_banner(self.error, self.tr(
                "Aucun fichier à ajouter : les dossiers sont parcourus pour leurs factures PDF "
                "et XML, et un fichier déjà dans la liste n'est pas ajouté deux fois."))
        self.changed.emit()

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Fichiers à importer"), "",
            self.tr("Exports de factures (*.csv *.CSV *.txt *.TXT *.tsv *.xlsx *.xlsm *.pdf "
                    "*.PDF *.xml *.XML);;Tous les fichiers (*)"))
        if names:
            self.add([Path(n) for n in names])

    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Dossier de factures électroniques"))
        if name:
            self.add([Path(name)])

    def remove_selected(self) -> None:
        rows = sorted((self.tree.indexOfTopLevelItem(i) for i in self.tree.selectedItems()),
                      reverse=True)
        for row in rows:
            self.tree.takeTopLevelItem(row)
            del self.infos[row]
        show_banner(self.error, "")
        self.changed.emit()

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(bool(self.tree.selectedItems()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Delete) and self.tree.hasFocus():
            self.remove_selected()
            return
        super().keyPressEvent(event)


# -- page 2: the columns of a CSV/Excel file ---------------------------------------------------
def _option_items() -> dict[str, list[tuple[Any, str]]]:
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


def table(model: RowsModel, sortable: bool = True) -> QTableView:
    """A compact read-only table, in the model's order until the user sorts a column."""
    view = make_table(model)
    view.setWordWrap(False)
    view.setSortingEnabled(False)
    rows = view.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setMinimumSectionSize(view.fontMetrics().height() + 2)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 6)
    if sortable:
        view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
    return view


def compact(view: QTableWidget) -> None:
    rows = view.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 8)


def _short(text: str, size: int = 28) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1] + "…"


class MappingPage(QWidget):
    """Settings and column mapping of one CSV/Excel file, with a preview read through them."""

    def __init__(self, session: Session, cf: CompanySession, info: FileInfo, currency: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert info.sniffed is not None
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
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh_preview)
        self._build()
        self._choose_initial_profile()

    # construction
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
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
        self.save_box.setChecked(True)
        top.addWidget(self.save_box)
        layout.addLayout(top)

        settings = QGroupBox(self.tr("Lecture du fichier"))
        grid = QGridLayout(settings)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setVerticalSpacing(3)
        self.option_combos: dict[str, QComboBox] = {}
        labels = {"encoding": self.tr("Encodage"), "delimiter": self.tr("Séparateur"),
                  "sheet": self.tr("Feuille"), "decimal": self.tr("Décimales"),
                  "thousands": self.tr("Milliers"), "date_order": self.tr("Dates")}
        positions = {"encoding": (0, 0), "sheet": (0, 0), "delimiter": (0, 2),
                     "header_line": (0, 4), "decimal": (1, 0), "thousands": (1, 2),
                     "date_order": (1, 4)}
        items = _option_items()
        self.option_labels: dict[str, QLabel] = {}
        for key in ("encoding", "sheet", "delimiter", "decimal", "thousands", "date_order"):
            combo = QComboBox()
            combo.setObjectName(f"option_{key}")
            for value, text in items.get(key, []):
                combo.addItem(text, value)
            combo.activated.connect(lambda _pos, k=key: self._option_chosen(k))
            label = QLabel(labels[key])
            label.setBuddy(combo)
            row, col = positions[key]
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
        self.full_export.toggled.connect(self.schedule_preview)
        grid.addWidget(self.full_export, 2, 0, 1, 6)
        layout.addWidget(settings)
        self.date_warning = banner(NOTICE_STYLE)
        self.date_warning.setObjectName("dateWarning")
        layout.addWidget(self.date_warning)
        self.profile_warning = banner(NOTICE_STYLE)
        layout.addWidget(self.profile_warning)

        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        mapping_box = QGroupBox(self.tr("Colonnes du fichier pour chaque information"))
        mapping_grid = QGridLayout(mapping_box)
        mapping_grid.setContentsMargins(6, 4, 6, 4)
        mapping_grid.setVerticalSpacing(3)
        self.combos: dict[str, QComboBox] = {}
        per_column = (len(FIELDS) + 2) // 3
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
        for col in (1, 3, 5):
            mapping_grid.setColumnStretch(col, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(mapping_box)
        scroll.setMinimumHeight(min(mapping_box.sizeHint().height() + 4, 300))
        split.addWidget(scroll)

        tabs = QTabWidget()
        self.tabs = tabs
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
        tabs.addTab(read, self.tr("Aperçu lu avec ces colonnes"))
        self.raw_model = RowsModel([], parent=self)
        self.raw_view = table(self.raw_model, sortable=False)
        self.raw_view.setObjectName("rawPreview")
        self.raw_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.raw_view.horizontalHeader().setDefaultSectionSize(120)
        tabs.addTab(self.raw_view, self.tr("Début du fichier"))
        split.addWidget(tabs)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout.addWidget(split, 1)
        self.error_label = banner(ERROR_STYLE)
        self.error_label.setObjectName("mappingError")
        layout.addWidget(self.error_label)

    def title(self) -> str:
        return self.tr("Colonnes de « {file} »").format(file=self.path.name)

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
        self._set_error("")
        self._fill_settings()
        self._fill_columns()
        self._fill_raw()
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
    def _column_text(self, index: int) -> str:
        s = self.sniffed
        name = s.columns[index] if index < len(s.columns) else ""
        sample = next((row[index] for row in s.preview if index < len(row) and row[index]), "")
        if name:
            return f"{_short(name)} ({_short(sample, 18)})" if sample and sample != name \
                else _short(name)
        title = self.tr("colonne {n}").format(n=index + 1)
        return f"{title} ({_short(sample, 18)})" if sample else title

    def _fill_columns(self) -> None:
        self._filling = True
        try:
            for combo in self.combos.values():
                combo.clear()
                combo.addItem("—", None)
                for index in range(self.sniffed.width):
                    combo.addItem(self._column_text(index), index)
                    name = self.sniffed.column_name(index)
                    combo.setItemData(index + 1, name, Qt.ItemDataRole.ToolTipRole)
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
        self._timer.stop()
        fmt = self.session.formatter
        try:
            profile = self.profile()
            result = tabular.read_tabular(self.path, profile, default_currency=self.currency)
        except ValueError as exc:
            self.result = None
            self.preview_model.set_rows([])
            self.read_summary.setText(self.tr("Lecture impossible avec ces réglages : {reason}")
                                      .format(reason=error_text(exc, translate)))
            return
        self.result = result
        names = {c.key: c.name for c in result.customers}
        rows = []
        for pos, doc in enumerate(result.invoices[:PREVIEW_ROWS]):
            money = fmt.money
            rows.append(Row(pos, [
                names.get(doc.customer_key, doc.customer_key), doc.number, fmt.date(doc.issue_date),
                fmt.date(doc.due_date), money(doc.amount_cents, doc.currency),
                money(doc.paid_cents, doc.currency), money(doc.due_cents, doc.currency),
                doc.status if doc.kind.value == "invoice" else self.tr("avoir")], [0] * 8))
        self.preview_model.set_rows(rows)
        problems = result.problems
        text = self.tr("{invoices} document(s) de {customers} client(s) lus ; "
                       "{problems} problème(s).").format(
            invoices=len(result.invoices), customers=len(result.customers),
            problems=len(problems))
        if problems:
            text += "<br>" + "<br>".join(html.escape(problem_text(p)) for p in problems[:3])
        self.read_summary.setText(text)

    def _set_error(self, text: str) -> None:
        self.error = text
        show_banner(self.error_label, text)

    def validate(self) -> str:
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


def problem_text(p: Problem) -> str:
    """« facture.csv, ligne 12, Due Date : attendu une date, trouvé 31/02 »."""
    where = p.element or ""
    if p.line:
        where = translate("ImportWizard", "ligne {line}").format(line=p.line)
    place = ", ".join(part for part in (p.file, where, p.field_text(translate)) if part)
    if not p.found:  # the file held nothing there: the expectation says it all
        text = translate("ImportWizard", "{place} : attendu {expected}")
        return text.format(place=place, expected=p.expected_text(translate))
    text = translate("ImportWizard", "{place} : attendu {expected}, trouvé {found}")
    return text.format(place=place, expected=p.expected_text(translate), found=p.found)


# -- page 3: FEC accounts that are not people to chase ----------------------------------------
class FecPage(QWidget):
    def __init__(self, session: Session, cf: CompanySession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.cf = cf
        self.accounts: list[tuple[Path, Any]] = []  # (file, PseudoCustomer)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(self.tr(
            "Ces comptes clients ressemblent à des caisses ou à des moyens de paiement (carte, "
            "espèces, chèques…) plutôt qu'à des clients à relancer. Cochés, ils ne sont pas "
            "importés ; ce choix est retenu pour les prochains imports."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("pseudoCustomers")
        self.table.setHorizontalHeaderLabels([
            self.tr("Ne pas relancer"), self.tr("Compte"), self.tr("Libellé"), self.tr("Solde"),
            self.tr("Fichier")])
        compact(self.table)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)

    def title(self) -> str:
        return self.tr("Comptes à ne pas relancer")

    def load(self, paths: list[Path]) -> None:
        """Read each FEC (nothing excluded) and list the accounts that look like tills."""
        self.accounts = []
        for path in paths:
            result = imports.read_file(path)
            for pseudo in getattr(result, "pseudo_customers", []):
                self.accounts.append((path, pseudo))
        remembered = imports.fec_exclusions(self.cf)
        fmt = self.session.formatter
        self.table.setRowCount(len(self.accounts))
        for row, (path, p) in enumerate(self.accounts):
            check = QTableWidgetItem(self.tr("ne pas relancer"))
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                           | Qt.ItemFlag.ItemIsSelectable)
            ticked = p.key in remembered if remembered else True
            check.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.table.setItem(row, 0, check)
            self.table.setItem(row, 1, QTableWidgetItem(p.key))
            name = QTableWidgetItem(p.name)
            name.setToolTip(note_text(p.reason_message, translate) if p.reason_message
                            else p.reason)
            self.table.setItem(row, 2, name)
            balance = QTableWidgetItem(fmt.money(p.balance_cents, p.currency))
            balance.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 3, balance)
            self.table.setItem(row, 4, QTableWidgetItem(path.name))
        self.table.setColumnHidden(4, len(set(paths)) < 2)

    def excluded(self) -> set[str]:
        return {p.key for row, (_path, p) in enumerate(self.accounts)
                if self.table.item(row, 0).checkState() == Qt.CheckState.Checked}

    def remember(self) -> None:
        shown = {p.key for _path, p in self.accounts}
        keep = set(imports.fec_exclusions(self.cf)) - shown
        imports.remember_fec_exclusions(self.cf, keep | self.excluded())


# -- page 4: preview --------------------------------------------------------------------------
class PreviewPage(QWidget):
    settle_changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.plan: imports.ImportPreview | None = None
        self.ticked: set[int] = set()
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
        self.files_model = RowsModel(
            [self.tr("Fichier"), self.tr("Nouveaux clients"), self.tr("Clients reconnus"),
             self.tr("Nouvelles factures"), self.tr("Modifiées"), self.tr("Inchangées"),
             self.tr("Avoirs"), self.tr("Problèmes"), self.tr("Reste dû")],
            numeric={1, 2, 3, 4, 5, 6, 7, 8}, parent=self)
        self.files_view = table(self.files_model, sortable=False)
        self.files_view.setObjectName("previewFiles")
        line = self.files_view.fontMetrics().height()
        self.files_view.setMinimumHeight((line + 6) * 6 + line + 12)  # six files at a glance
        self.files_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.files_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.files_view.horizontalHeader().setStretchLastSection(False)
        self.files_view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.show_file(current.row()))
        split.addWidget(self.files_view)
        self.details = QTabWidget()
        self.details.setObjectName("previewDetails")
        self.overview = QTextBrowser()
        self.overview.setObjectName("fileOverview")
        self.overview.setOpenLinks(False)
        self.details.addTab(self.overview, self.tr("Résumé"))
        self.customers_model = RowsModel(
            [self.tr("Client"), self.tr("N° de compte"), self.tr("Dans Relance")], parent=self)
        self.customers_view = table(self.customers_model)
        self.details.addTab(self.customers_view, self.tr("Clients"))
        self.invoices_model = RowsModel(
            [self.tr("N°"), self.tr("Client"), self.tr("Date"), self.tr("Échéance"),
             self.tr("Montant"), self.tr("Reste dû"), self.tr("Import"), self.tr("Changements")],
            numeric={4, 5}, parent=self)
        self.invoices_view = table(self.invoices_model)
        self.invoices_view.setObjectName("previewInvoices")
        self.details.addTab(self.invoices_view, self.tr("Factures"))
        problems = QWidget()
        problems_layout = QVBoxLayout(problems)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        self.problems_model = RowsModel(
            [self.tr("Gravité"), self.tr("Fichier"), self.tr("Ligne / élément"),
             self.tr("Champ"), self.tr("Attendu"), self.tr("Trouvé")], parent=self)
        self.problems_view = table(self.problems_model)
        self.problems_view.setObjectName("previewProblems")
        self.problems_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Interactive)
        self.problems_view.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((80, 150, 120, 120, 280)):
            self.problems_view.horizontalHeader().resizeSection(col, width)
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
        self.details.addTab(problems, self.tr("Problèmes"))
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
        self.settle_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.settle_table.horizontalHeader().setStretchLastSection(True)
        self.settle_table.itemChanged.connect(self._settle_item_changed)
        settle_layout.addWidget(self.settle_table, 1)
        self.details.addTab(settle, self.tr("À marquer payées"))
        split.addWidget(self.details)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 4)
        layout.addWidget(split, 1)
        self.status = banner(NOTICE_STYLE)
        self.status.setObjectName("applyStatus")
        layout.addWidget(self.status)
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.hide()
        layout.addWidget(self.progress)
        self._filling = False

    def title(self) -> str:
        return self.tr("Vérifier avant d'importer")

    # whole preview
    def set_plan(self, plan: imports.ImportPreview) -> None:
        self.plan = plan
        self.ticked = set()
        fmt = self.session.formatter
        rows = []
        for pos, f in enumerate(plan.files):
            matched = sum(1 for c in f.customers if not c.is_new)
            due = "\n".join(fmt.money(c, cur) for cur, c in sorted(f.due_per_currency().items()))
            rows.append(Row(pos, [
                f.path.name, str(f.new_customers), str(matched), str(f.count("new")),
                str(f.count("changed")), str(f.count("unchanged")), str(len(f.credits)),
                str(len(f.problems)), due.replace("\n", " + ")], [0] * 9))
        self.files_model.set_rows(rows)
        self.files_view.setVisible(len(plan.files) > 1)
        self.summary.setText(self._summary_text(plan))
        show_banner(self.status, "")
        self._update_notice()
        if plan.files:  # the first file with something to show
            first = next((pos for pos, f in enumerate(plan.files)
                          if f.has_changes or f.problems or f.invoices), 0)
            self.files_view.setCurrentIndex(self.files_model.index(first, 0))
            self.show_file(first)

    def _summary_text(self, plan: imports.ImportPreview) -> str:
        fmt = self.session.formatter
        files = plan.files
        totals: dict[str, int] = {}
        for f in files:
            for currency, cents in f.due_per_currency().items():
                totals[currency] = totals.get(currency, 0) + cents
        counts = self.tr(
            "<b>{files} fichier(s)</b> : {new_customers} nouveau(x) client(s), "
            "{new} nouvelle(s) facture(s), {changed} modifiée(s), {unchanged} inchangée(s), "
            "{credits} avoir(s), {problems} problème(s).").format(
            files=len(files), new_customers=sum(f.new_customers for f in files),
            new=sum(f.count("new") for f in files), changed=sum(f.count("changed") for f in files),
            unchanged=sum(f.count("unchanged") for f in files),
            credits=sum(len(f.credits) for f in files), problems=len(plan.problems))
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
                "{count} facture(s) ouverte(s) dans Relance sont absentes ou soldées dans "
                "l'export : cochez celles qui ont été payées (onglet « À marquer payées »).")
                .format(count=offers))
        readable = any(f.invoices or f.credits or f.customers for f in plan.files)
        if self.actionable():
            if plan.problems:
                texts.append(self.tr("Les lignes en erreur seront ignorées ; les autres seront "
                                     "importées."))
        elif not readable and plan.problems:
            texts.append(self.tr("Rien à importer : aucune facture lisible dans ces fichiers "
                                 "(voir l'onglet « Problèmes »)."))
        elif not offers:
            texts.append(self.tr("Rien à importer : tout est déjà à jour dans Relance."))
        show_banner(self.notice, " ".join(texts))

    # one file
    def show_file(self, pos: int) -> None:
        if self.plan is None or not 0 <= pos < len(self.plan.files):
            return
        f = self.plan.files[pos]
        fmt = self.session.formatter
        self.overview.setHtml(self._overview_html(f))
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
        names = {c.record.key: c.record.name for c in f.customers}
        actions = {"new": self.tr("nouvelle"), "changed": self.tr("modifiée"),
                   "unchanged": self.tr("inchangée")}
        rows = []
        for i, plan in enumerate([*f.invoices, *f.credits]):
            r = plan.record
            credit = r.kind.value != "invoice"
            if credit:
                action = self.tr("avoir déjà appliqué") if plan.action == "unchanged" \
                    else self.tr("avoir à appliquer")
            else:
                action = actions.get(plan.action, plan.action)
            due = plan.due_date or r.due_date
            rows.append(Row(i, [
                r.number, names.get(plan.customer_key, plan.customer_key), fmt.date(r.issue_date),
                fmt.date(due), fmt.money(r.amount_cents, r.currency),
                fmt.money(r.due_cents, r.currency), action, self._changes_text(plan)],
                [r.number, names.get(plan.customer_key, ""), r.issue_date.toordinal()
                 if r.issue_date else 0, due.toordinal() if due else 0, r.amount_cents,
                 r.due_cents, action, ""], muted=plan.action == "unchanged"))
        self.invoices_model.set_rows(rows)
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
        self.problems_more.setText(self.tr("… et {count} autre(s) problème(s).").format(
            count=more) if more > 0 else "")
        self.problems_more.setVisible(more > 0)
        self._fill_settle(f)
        self.details.setTabText(1, self.tr("Clients ({count})").format(count=len(f.customers)))
        self.details.setTabText(2, self.tr("Factures ({count})").format(
            count=len(f.invoices) + len(f.credits)))
        self.details.setTabText(3, self.tr("Problèmes ({count})").format(count=len(problems)))
        self.details.setTabText(4, self.tr("À marquer payées ({count})").format(
            count=len(f.settle)))
        self.details.setTabVisible(4, bool(f.settle))
        if f.settle:
            self.details.setCurrentIndex(4)
        elif problems and not (f.invoices or f.credits):
            self.details.setCurrentIndex(3)
        elif not self.details.isTabVisible(self.details.currentIndex()):
            self.details.setCurrentIndex(0)
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
        items = [
            self.tr("{count} nouveau(x) client(s)").format(count=f.new_customers),
            self.tr("{count} client(s) déjà dans Relance").format(count=sum(matched.values()))
            + (f" ({how})" if how else ""),
            self.tr("{count} nouvelle(s) facture(s)").format(count=f.count("new")),
            self.tr("{count} facture(s) modifiée(s)").format(count=f.count("changed")),
            self.tr("{count} facture(s) inchangée(s)").format(count=f.count("unchanged")),
            self.tr("{count} avoir(s)").format(count=len(f.credits)),
        ]
        if same_import:
            items.insert(2, self.tr("{count} client(s) d'un autre fichier de cet import").format(
                count=same_import))
        if f.settle:
            items.append(self.tr("{count} facture(s) absente(s) de l'export, à marquer payées "
                                 "si vous le confirmez").format(count=len(f.settle)))
        out.append("<ul>" + "".join(f"<li>{esc(t)}</li>" for t in items) + "</ul>")
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
                check = QTableWidgetItem(self.tr("payée"))
                check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                               | Qt.ItemFlag.ItemIsSelectable)
                check.setCheckState(Qt.CheckState.Checked if s.invoice_id in self.ticked
                                    else Qt.CheckState.Unchecked)
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


# -- the wizard -------------------------------------------------------------------------------
class ImportWizard(QDialog):
    """Bring invoices in from files; ``imported`` is emitted once they are written."""

    imported = Signal()

    def __init__(self, session: Session, cf: CompanySession, paths: list[Path] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ImportWizard")
        self.setWindowTitle(self.tr("Importer des factures"))
        self.session = session
        self.cf = cf
        self.currency = imports.default_currency(cf)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.job: Job | None = None
        self.busy = ""  # « preview » or « apply » while a job runs
        self.summary: imports.ApplySummary | None = None
        self.mapping_pages: dict[Path, MappingPage] = {}
        self.setAcceptDrops(True)
        self._build()
        self.steps: list[QWidget] = [self.files_page]
        self.pos = 0
        self._show_step()
        if paths:
            self.files_page.add(paths)
        size = QSize(1060, 700)
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None:  # 1366×768: the whole dialog on screen
            size = size.boundedTo(QSize(screen.width() - 40, screen.height() - 50))
        self.resize(size)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("wizardHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.files_page = FilesPage()
        self.files_page.changed.connect(self._update_buttons)
        self.stack.addWidget(self.files_page)
        self.fec_page = FecPage(self.session, self.cf)
        self.stack.addWidget(self.fec_page)
        self.preview_page = PreviewPage(self.session)
        self.preview_page.settle_changed.connect(self._update_buttons)
        self.stack.addWidget(self.preview_page)
        self.done_page = QTextBrowser()
        self.done_page.setObjectName("importDone")
        self.stack.addWidget(self.done_page)
        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("< &Précédent"))
        self.back_button.clicked.connect(self.go_back)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        self.next_button = QPushButton(self.tr("&Suivant >"))
        self.next_button.setObjectName("nextButton")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.go_next)
        buttons.addWidget(self.next_button)
        self.cancel_button = QPushButton(self.tr("Annuler"))
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.clicked.connect(self.reject)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)

    # navigation
    @property
    def page(self) -> QWidget:
        return self.steps[self.pos]

    def _title(self, page: QWidget) -> str:
        if page is self.files_page:
            return self.tr("Fichiers à importer")
        if page is self.done_page:
            return self.tr("Import terminé")
        return str(page.title())  # type: ignore[attr-defined]

    def _show_step(self) -> None:
        page = self.page
        self.stack.setCurrentWidget(page)
        if page is self.done_page:
            self.heading.setText(self._title(page))
        else:
            self.heading.setText(self.tr("Étape {n} sur {total} — {title}").format(
                n=self.pos + 1, total=max(len(self.steps), 2), title=self._title(page)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        page = self.page
        done = page is self.done_page
        self.back_button.setVisible(not done)
        self.back_button.setEnabled(self.pos > 0 and not self.busy)
        self.next_button.setVisible(not done)
        self.next_button.setDefault(not done)
        self.cancel_button.setDefault(done)
        if page is self.preview_page:
            self.next_button.setText(self.tr("&Importer"))
            self.next_button.setEnabled(not self.busy and self.preview_page.actionable())
        else:
            self.next_button.setText(self.tr("&Suivant >"))
            self.next_button.setEnabled(not self.busy and bool(self.files_page.infos))
        if self.busy == "apply":
            self.cancel_button.setText(self.tr("&Interrompre l'import"))
        else:
            self.cancel_button.setText(self.tr("Fermer") if done else self.tr("Annuler"))
        self.cancel_button.setEnabled(self.busy != "preview"
                                      and not (self.job is not None and self.job.cancel.is_set()))

    def go_next(self) -> None:
        if self.busy:
            return
        page = self.page
        if page is self.files_page:
            if not self._plan_steps():
                return
        elif isinstance(page, MappingPage):
            problem = page.validate()
            if problem:
                show_banner(page.error_label, problem)
                return
            profile = page.profile()
            if page.worth_saving(profile):
                imports.save_profile(self.cf, profile)
            page.stop_preview()
        elif page is self.fec_page:
            self.fec_page.remember()
        elif page is self.preview_page:
            self.start_apply()
            return
        self.pos += 1
        self._show_step()
        if self.page is self.preview_page:
            self.start_preview()

    def go_back(self) -> None:
        if self.busy or self.pos == 0:
            return
        self.pos -= 1
        self._show_step()

    def _plan_steps(self) -> bool:
        """The pages the chosen files need; False (with a message) when one cannot be read."""
        infos = self.files_page.infos
        show_banner(self.files_page.error, "")
        for pos, info in enumerate(infos):
            if info.kind == UNKNOWN:
                self.files_page.tree.setCurrentItem(self.files_page.tree.topLevelItem(pos))
                self._files_error(self.tr("« {file} » ne peut pas être importé : {reason}").format(
                    file=info.path, reason=info.problem or self.tr(
                        "format non reconnu. Relance importe les fichiers CSV et Excel, le FEC, "
                        "les factures Factur-X (PDF) et UBL (XML).")))
                return False
        steps: list[QWidget] = [self.files_page]
        for info in infos:
            if info.kind != TABULAR:
                continue
            page = self.mapping_pages.get(info.path)
            if page is None:
                page = MappingPage(self.session, self.cf, info, self.currency)
                self.mapping_pages[info.path] = page
                self.stack.addWidget(page)
            steps.append(page)
        fecs = [info.path for info in infos if info.kind == FEC]
        if fecs:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self.fec_page.load(fecs)
            except UserFacingError as exc:
                self._files_error(self.session.message(exc))
                return False
            finally:
                QApplication.restoreOverrideCursor()
            if self.fec_page.accounts:
                steps.append(self.fec_page)
        steps.append(self.preview_page)
        self.steps = steps
        return True

    def _files_error(self, text: str) -> None:
        self.pos = 0
        self.steps = [self.files_page]
        self._show_step()
        show_banner(self.files_page.error, text)

    # work in the background
    def _start(self, kind: str, work: Callable[[Callable[[int, int], bool]], Any],
               done: Callable[[Any], None]) -> None:
        job = Job(self.cf, work)
        job.signals.progress.connect(self._progress)
        job.signals.done.connect(self._job_done)
        job.signals.failed.connect(self._job_failed)
        self._on_done = done
        self.job = job
        self.busy = kind
        bar = self.preview_page.progress
        bar.setRange(0, 0)
        bar.show()
        self._update_buttons()
        self.pool.start(job)

    def _finish_job(self) -> None:
        self.job = None
        self.busy = ""
        self.preview_page.progress.hide()
        self._update_buttons()

    def _progress(self, done: int, total: int) -> None:
        bar = self.preview_page.progress
        bar.setRange(0, max(total, 1))
        bar.setValue(done)

    def _job_done(self, outcome: Any) -> None:
        self._finish_job()
        self._on_done(outcome)

    def _job_failed(self, exc: BaseException) -> None:
        kind = self.busy
        self._finish_job()
        if isinstance(exc, imports.ImportCancelled):
            show_banner(self.preview_page.status, self.tr(
                "Import interrompu : rien n'a été enregistré, le fichier de la société est tel "
                "qu'avant."))
            return
        if isinstance(exc, UserFacingError):
            if kind == "preview":
                self._files_error(self.session.message(exc))
            else:
                show_banner(self.preview_page.status, self.session.message(exc) + " " + self.tr(
                    "Rien n'a été enregistré."))
            return
        raise exc  # a bug: the application's crash dialog shows it

    def start_preview(self) -> None:
        """Read every file (in the background) and show what importing would do."""
        # All files in one preview, so that a customer new in one file is matched in the next;
        # each CSV/Excel file with its own profile.
        paths = [info.path for info in self.files_page.infos]
        profiles: dict[Path, Profile | None] = {
            info.path: self.mapping_pages[info.path].profile()
            for info in self.files_page.infos if info.kind == TABULAR
        }
        cf, today = self.cf, self.session.today()
        self.preview_page.plan = None
        self.preview_page.summary.setText(self.tr("Lecture des fichiers…"))
        show_banner(self.preview_page.notice, "")
        show_banner(self.preview_page.status, "")

        def work(_report: Callable[[int, int], bool]) -> imports.ImportPreview:
            return imports.preview(cf, paths, today=today, profiles=profiles)

        self._start("preview", work, self._preview_ready)

    def _preview_ready(self, plan: imports.ImportPreview) -> None:
        self.preview_page.set_plan(plan)
        self._update_buttons()

    def start_apply(self) -> None:
        plan = self.preview_page.plan
        if plan is None or self.busy:
            return
        settle = sorted(self.preview_page.ticked)
        cf = self.cf
        show_banner(self.preview_page.status, self.tr("Import en cours…"))

        def work(report: Callable[[int, int], bool]) -> imports.ApplySummary:
            return imports.apply(cf, plan, settle=settle, progress=report)

        self._start("apply", work, self._applied)

    def _applied(self, summary: imports.ApplySummary) -> None:
        self.summary = summary
        esc = html.escape
        items = [
            self.tr("{count} client(s) créé(s)").format(count=summary.customers_created),
            self.tr("{count} facture(s) créée(s)").format(count=summary.invoices_created),
            self.tr("{count} facture(s) mise(s) à jour").format(count=summary.invoices_changed),
            self.tr("{count} avoir(s) appliqué(s)").format(count=summary.credits_applied),
            self.tr("{count} facture(s) marquée(s) payée(s)").format(count=summary.settled),
        ]
        self.done_page.setHtml(
            "<p><b>" + esc(self.tr("Les factures ont été importées.")) + "</b></p><ul>"
            + "".join(f"<li>{esc(t)}</li>" for t in items) + "</ul><p>"
            + esc(self.tr("La liste des factures en retard est à jour. Un prochain import du "
                          "même logiciel mettra à jour ces factures, sans doublon.")) + "</p>")
        self.steps = [*self.steps, self.done_page]
        self.pos = len(self.steps) - 1
        self._show_step()
        self.cancel_button.setFocus()
        self.imported.emit()

    def cancel_import(self) -> None:
        if self.job is not None and self.busy == "apply":
            self.job.cancel.set()
            show_banner(self.preview_page.status, self.tr("Interruption de l'import…"))
            self._update_buttons()

    # closing
    def reject(self) -> None:
        if self.busy == "apply":
            self.cancel_import()
            return
        if self.busy:
            return  # reading the files: a moment
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            self.cancel_import()
            event.ignore()
            return
        super().closeEvent(event)

    def done(self, result: int) -> None:
        if self.job is not None:
            self.job.cancel.set()
            self.pool.waitForDone()
        super().done(result)

    # drag and drop onto the files page
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.page is self.files_page and not self.busy and dropped_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_files(event.mimeData())
        if self.page is self.files_page and paths:
            event.acceptProposedAction()
            self.files_page.add(paths)


def dropped_files(mime: Any) -> list[Path]:
    """The local files and folders of a drag (URLs), else []."""
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


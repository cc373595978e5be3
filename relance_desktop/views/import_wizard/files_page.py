"""Page 1 of the import wizard: the files to import, each with the format recognised."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from relance_desktop.views.import_wizard.common import (
    ERROR_STYLE,
    UNKNOWN,
    FileInfo,
    StepPage,
    banner,
    describe,
    expand,
    show_banner,
)


class FilesPage(StepPage):
    """Complete once a file is listed; Next refuses a file that cannot be imported, naming it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filesPage")
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
        self.tree = self._build_tree()
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
        self.changed.connect(self.completeChanged)
        self._selection_changed()

    def _build_tree(self) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setObjectName("importFiles")
        tree.setColumnCount(3)
        tree.setHeaderLabels([self.tr("Fichier"), self.tr("Format reconnu"), self.tr("Dossier")])
        tree.setRootIsDecorated(False)
        tree.setAlternatingRowColors(True)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(0, 330)
        header.resizeSection(1, 250)
        return tree

    def heading(self) -> str:
        return self.tr("Fichiers à importer")

    # QWizardPage
    def isComplete(self) -> bool:
        return bool(self.infos)

    def validatePage(self) -> bool:
        """Every file can be imported; else the first that cannot is selected and named."""
        show_banner(self.error, "")
        for pos, info in enumerate(self.infos):
            if info.kind == UNKNOWN:
                item = self.tree.topLevelItem(pos)
                if item is not None:
                    self.tree.setCurrentItem(item)
                self.show_error(self.tr("« {file} » ne peut pas être importé : {reason}").format(
                    file=info.path, reason=info.problem or self.tr(
                        "format non reconnu. Relance importe les fichiers CSV et Excel, le FEC, "
                        "les factures Factur-X (PDF) et UBL (XML).")))
                return False
        return True

    def show_error(self, text: str) -> None:
        show_banner(self.error, text)

    # the list
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

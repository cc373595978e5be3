"""The Aide menu: a short guide of the working day, the keyboard shortcuts and « À propos ».

The guide is a local HTML file per language (``resources/help/guide_<lang>.html``) shown in a
text browser that never fetches anything; the list of shortcuts is read from the window's own
actions, so it cannot drift from what the keys do.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QUrl, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from relance_desktop import __version__, paths
from relance_desktop.services.about import components

GUIDE_LANGUAGES = ("fr", "en", "nl")


def guide_path(language: str) -> Path:
    """The guide in this language (French when there is none in it)."""
    code = language if language in GUIDE_LANGUAGES else "fr"
    return paths.resources_dir() / "help" / f"guide_{code}.html"


class _LocalBrowser(QTextBrowser):
    """A text browser that loads nothing from outside (no image, no style sheet, no link)."""

    def loadResource(self, kind: int, name: QUrl) -> object:
        return None


class GuideDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("GuideDialog")
        self.setWindowTitle(self.tr("Guide de Relance"))
        layout = QVBoxLayout(self)
        self.browser = _LocalBrowser()
        self.browser.setObjectName("guideText")
        self.browser.setOpenLinks(False)
        self.browser.setHtml(guide_path(language).read_text(encoding="utf-8"))
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 600)


@dataclass(frozen=True)
class Shortcut:
    command: str  # the action's text without its mnemonic
    keys: str  # as the system writes it (Ctrl+O, ⌘O…)


def shortcuts(actions: Iterable[QAction]) -> list[Shortcut]:
    """Every action that has a shortcut, by command name; each once."""
    seen: dict[str, Shortcut] = {}
    for action in actions:
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
                if not k.isEmpty()]
        if not keys:
            continue
        command = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        command = command.removesuffix("…").strip()
        seen.setdefault(command, Shortcut(command, ", ".join(keys)))
    return sorted(seen.values(), key=lambda s: s.command.casefold())


class ShortcutsDialog(QDialog):
    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ShortcutsDialog")
        self.setWindowTitle(self.tr("Raccourcis clavier"))
        layout = QVBoxLayout(self)
        rows = shortcuts(actions)
        self.table = QTableWidget(len(rows), 2)
        self.table.setObjectName("shortcutTable")
        self.table.setHorizontalHeaderLabels([self.tr("Commande"), self.tr("Touches")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for pos, row in enumerate(rows):
            self.table.setItem(pos, 0, QTableWidgetItem(row.command))
            self.table.setItem(pos, 1, QTableWidgetItem(row.keys))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 560)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self.setWindowTitle(self.tr("À propos de Relance"))
        layout = QVBoxLayout(self)
        self.text = _LocalBrowser()
        self.text.setObjectName("aboutText")
        self.text.setOpenLinks(False)
        log = self.tr("Journal : {log}").format(log=paths.log_dir())
        rows = "".join(
            "<tr><td><b>{name}</b></td><td>{version}</td><td>{licence}</td></tr>".format(
                name=c.name, version=c.version, licence=html.escape(
                    QCoreApplication.translate("AboutDialog", c.licence)))
            for c in components(qVersion(), PySide6.__version__))
        self.text.setHtml(
            f"<h2>Relance {__version__}</h2><p>"
            + self.tr("Le suivi des factures impayées et des relances téléphoniques, hors ligne.")
            + "</p><table cellpadding='4'><tr><th align='left'>" + self.tr("Composant")
            + "</th><th align='left'>" + self.tr("Version") + "</th><th align='left'>"
            + self.tr("Licence") + f"</th></tr>{rows}</table><p>"
            + self.tr("Police des courriers : DejaVu (licence libre, fournie avec Relance).")
            + "</p><p>" + html.escape(log) + "</p>")
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 460)

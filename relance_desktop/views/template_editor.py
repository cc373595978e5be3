"""Outils › Textes des appels: edit the call script, objection answers and recap, per language.

The preview is filled with sample values as you type; a text with a field that does not exist
(or a stray brace) shows the problem, with its line and column, and cannot be saved.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from relance_desktop.domain.calls.script import (
    PLACEHOLDERS,
    TEMPLATE_KEYS,
    TemplateError,
    placeholders_for,
)
from relance_desktop.i18n import QT_TRANSLATE_NOOP
from relance_desktop.services import templates as template_service
from relance_desktop.store.database import CompanyFile
from relance_desktop.views import labels
from relance_desktop.views.common import Session

CTX = "TemplateEditor"
PARTS = {
    "script": QT_TRANSLATE_NOOP(CTX, "Script"),
    "advice": QT_TRANSLATE_NOOP(CTX, "Conseils"),
    "objection": QT_TRANSLATE_NOOP(CTX, "Objection"),
    "recap": QT_TRANSLATE_NOOP(CTX, "Récapitulatif"),
    "word": QT_TRANSLATE_NOOP(CTX, "Mot"),
    "means": QT_TRANSLATE_NOOP(CTX, "Moyen de paiement"),
    "period": QT_TRANSLATE_NOOP(CTX, "Périodicité"),
    "business": QT_TRANSLATE_NOOP(CTX, "entreprise"),
    "small": QT_TRANSLATE_NOOP(CTX, "indépendant"),
    "consumer": QT_TRANSLATE_NOOP(CTX, "particulier"),
    "loyal": QT_TRANSLATE_NOOP(CTX, "bon payeur"),
    "chronic": QT_TRANSLATE_NOOP(CTX, "retards fréquents"),
    "standard": QT_TRANSLATE_NOOP(CTX, "habituel"),
    "intro": QT_TRANSLATE_NOOP(CTX, "introduction"),
    "promise": QT_TRANSLATE_NOOP(CTX, "promesse"),
    "plan": QT_TRANSLATE_NOOP(CTX, "échéancier"),
    "callback": QT_TRANSLATE_NOOP(CTX, "rappel"),
    "dispute": QT_TRANSLATE_NOOP(CTX, "litige"),
    "claimed_payment": QT_TRANSLATE_NOOP(CTX, "paiement annoncé"),
    "copy_sent": QT_TRANSLATE_NOOP(CTX, "copie envoyée"),
    "new_contact": QT_TRANSLATE_NOOP(CTX, "nouvel interlocuteur"),
    "confirm": QT_TRANSLATE_NOOP(CTX, "confirmation écrite"),
    "nothing": QT_TRANSLATE_NOOP(CTX, "rien de convenu"),
    "today": QT_TRANSLATE_NOOP(CTX, "aujourd'hui"),
    "tomorrow": QT_TRANSLATE_NOOP(CTX, "demain"),
    "and": QT_TRANSLATE_NOOP(CTX, "et"),
    "order": QT_TRANSLATE_NOOP(CTX, "produit par défaut"),
    "unknown": QT_TRANSLATE_NOOP(CTX, "valeur inconnue"),
}
TABLES = (labels.STEPS, labels.OBJECTIONS, labels.METHODS, labels.PERIODS)


def key_label(key: str) -> str:
    """« Script — Se présenter, entreprise, bon payeur » for ``script.introduce.business.loyal``."""
    words = []
    for pos, part in enumerate(key.split(".")):
        if part in PARTS and not (pos == 1 and part in labels.METHODS):
            words.append(QCoreApplication.translate(CTX, PARTS[part]))
            continue
        for table in TABLES:
            if part in table:
                words.append(labels.label(table, part).replace("&", "").lstrip("0123456789 "))
                break
        else:
            words.append(part)
    head, *rest = words
    return f"{head} — {', '.join(rest)}" if rest else head


class TemplateEditor(QDialog):
    def __init__(self, session: Session, cf: CompanyFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.cf = session, cf
        self.setObjectName("TemplateEditor")
        self.setWindowTitle(self.tr("Textes des appels"))
        self.resize(1100, 680)
        self.current_key: str | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        language_label = QLabel(self.tr("&Langue des textes :"))
        top.addWidget(language_label)
        self.language = QComboBox()
        for code, text in labels.choices(labels.LANGUAGES):
            self.language.addItem(text, code)
        language_label.setBuddy(self.language)
        top.addWidget(self.language)
        hint = QLabel(self.tr("Le client entend le texte de sa langue. ✎ = modifié."))
        top.addWidget(hint, 1)
        layout.addLayout(top)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.keys = QListWidget()
        self.keys.setObjectName("templateKeys")
        split.addWidget(self.keys)
        middle = QWidget()
        mid = QVBoxLayout(middle)
        mid.setContentsMargins(0, 0, 0, 0)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("templateText")
        self.editor.setTabChangesFocus(True)
        mid.addWidget(self.editor, 3)
        self.problem = QLabel()
        self.problem.setObjectName("templateProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        mid.addWidget(self.problem)
        mid.addWidget(QLabel(self.tr("Aperçu avec des valeurs d'exemple :")))
        self.preview = QTextBrowser()
        self.preview.setObjectName("templatePreview")
        mid.addWidget(self.preview, 2)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Enregistrer (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        self.reset_button = QPushButton(self.tr("&Revenir au texte d'origine"))
        self.reset_button.clicked.connect(self.reset)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        close = QPushButton(self.tr("&Fermer"))
        close.clicked.connect(self.close)
        buttons.addWidget(close)
        mid.addLayout(buttons)
        split.addWidget(middle)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(self.tr("&Champs (double-clic pour insérer) :")))
        self.fields = QListWidget()
        self.fields.setObjectName("templateFields")
        side_layout.itemAt(0).widget().setBuddy(self.fields)  # type: ignore[union-attr]
        self.fields.itemActivated.connect(self._insert_field)
        side_layout.addWidget(self.fields, 1)
        split.addWidget(side)
        split.setSizes([300, 520, 280])
        layout.addWidget(split, 1)
        save = QAction(self)
        save.setShortcut(QKeySequence.StandardKey.Save)
        save.triggered.connect(self.save)
        self.addAction(save)
        self.language.currentIndexChanged.connect(self._fill_keys)
        self.keys.currentItemChanged.connect(self._key_changed)
        self.editor.textChanged.connect(self._update_preview)
        self._fill_keys()

    @property
    def lang(self) -> str:
        return str(self.language.currentData())

    def _fill_keys(self) -> None:
        edited = template_service.edited_keys(self.cf, self.lang)
        keep = self.current_key
        self.keys.blockSignals(True)
        self.keys.clear()
        for key in TEMPLATE_KEYS:
            item = QListWidgetItem(("✎ " if key in edited else "") + key_label(key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(key)
            self.keys.addItem(item)
        self.keys.blockSignals(False)
        self.select(keep or TEMPLATE_KEYS[0])

    def select(self, key: str) -> None:
        for row in range(self.keys.count()):
            if self.keys.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.keys.setCurrentRow(row)
                self._load(key)
                return

    def _key_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self._load(str(current.data(Qt.ItemDataRole.UserRole)))

    def _load(self, key: str) -> None:
        self.current_key = key
        texts = template_service.templates_for(self.cf, self.lang)
        self.editor.setPlainText(texts.get(key, ""))
        self.fields.clear()
        for name in placeholders_for(key):
            description = QCoreApplication.translate("templates", PLACEHOLDERS[name])
            item = QListWidgetItem(f"{{{name}}} — {description}")
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.fields.addItem(item)
        self.reset_button.setEnabled(key in template_service.edited_keys(self.cf, self.lang))
        self._update_preview()

    def _insert_field(self, item: QListWidgetItem) -> None:
        self.editor.insertPlainText("{" + str(item.data(Qt.ItemDataRole.UserRole)) + "}")
        self.editor.setFocus()

    def _error_text(self, exc: TemplateError) -> str:
        return self.session.message_text(exc.message)  # type: ignore[arg-type]

    def _update_preview(self) -> None:
        if self.current_key is None:
            return
        try:
            text = template_service.preview(self.current_key, self.lang,
                                            self.editor.toPlainText())
        except TemplateError as exc:
            self.problem.setText(self._error_text(exc))
            self.problem.show()
            self.save_button.setEnabled(False)
            return
        self.problem.hide()
        self.save_button.setEnabled(True)
        self.preview.setHtml(html.escape(text).replace("\n", "<br>"))

    def save(self) -> None:
        if self.current_key is None:
            return
        try:
            template_service.save_template(self.cf, self.current_key, self.lang,
                                           self.editor.toPlainText())
        except TemplateError as exc:
            QMessageBox.warning(self, self.tr("Textes des appels"), self._error_text(exc))
            return
        self._fill_keys()

    def reset(self) -> None:
        if self.current_key is None:
            return
        template_service.reset_template(self.cf, self.current_key, self.lang)
        self._fill_keys()

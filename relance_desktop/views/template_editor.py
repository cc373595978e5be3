"""Outils › Textes: edit, per language, the texts of the calls (script, objection answers,
recap) and of the letters and e-mails (subjects, salutations, paragraphs, document labels).

A selector switches between the two families (« Appels » / « Courriers et e-mails »,
:data:`relance_desktop.services.templates.FAMILIES`). The preview is filled with sample values as
you type; a text with a field that does not exist (or a stray brace) shows the problem, with its
line and column, and cannot be saved.
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

from relance_desktop.domain.templating import TemplateError
from relance_desktop.i18n import QT_TRANSLATE_NOOP
from relance_desktop.services import templates as template_service
from relance_desktop.services.session import CompanySession
from relance_desktop.views import labels, style
from relance_desktop.views.common import Session
from relance_desktop.views.plain import plain

CTX = "TemplateEditor"
FAMILY_NAMES = {
    template_service.CALLS: QT_TRANSLATE_NOOP("TemplateEditor", "Appels"),
    template_service.LETTERS: QT_TRANSLATE_NOOP("TemplateEditor", "Courriers et e-mails"),
}
PARTS = {
    "script": QT_TRANSLATE_NOOP("TemplateEditor", "Script"),
    "advice": QT_TRANSLATE_NOOP("TemplateEditor", "Conseils"),
    "objection": QT_TRANSLATE_NOOP("TemplateEditor", "Objection"),
    "recap": QT_TRANSLATE_NOOP("TemplateEditor", "Récapitulatif"),
    "word": QT_TRANSLATE_NOOP("TemplateEditor", "Mot"),
    "means": QT_TRANSLATE_NOOP("TemplateEditor", "Moyen de paiement"),
    "period": QT_TRANSLATE_NOOP("TemplateEditor", "Périodicité"),
    "business": QT_TRANSLATE_NOOP("TemplateEditor", "entreprise"),
    "small": QT_TRANSLATE_NOOP("TemplateEditor", "indépendant"),
    "consumer": QT_TRANSLATE_NOOP("TemplateEditor", "particulier"),
    "loyal": QT_TRANSLATE_NOOP("TemplateEditor", "bon payeur"),
    "chronic": QT_TRANSLATE_NOOP("TemplateEditor", "retards fréquents"),
    "standard": QT_TRANSLATE_NOOP("TemplateEditor", "habituel"),
    "intro": QT_TRANSLATE_NOOP("TemplateEditor", "introduction"),
    "phrase": QT_TRANSLATE_NOOP("TemplateEditor", "Phrase"),
    "total": QT_TRANSLATE_NOOP("TemplateEditor", "total des factures"),
    "one": QT_TRANSLATE_NOOP("TemplateEditor", "une seule facture"),
    "several": QT_TRANSLATE_NOOP("TemplateEditor", "plusieurs factures"),
    "broken_promise": QT_TRANSLATE_NOOP("TemplateEditor", "après une promesse non tenue"),
    "long_overdue": QT_TRANSLATE_NOOP("TemplateEditor", "retard ancien après plusieurs appels"),
    "after_letter": QT_TRANSLATE_NOOP("TemplateEditor", "après un courrier"),
    "follow_up": QT_TRANSLATE_NOOP("TemplateEditor", "après un premier appel"),
    "promise": QT_TRANSLATE_NOOP("TemplateEditor", "promesse"),
    "plan": QT_TRANSLATE_NOOP("TemplateEditor", "échéancier"),
    "callback": QT_TRANSLATE_NOOP("TemplateEditor", "rappel"),
    "dispute": QT_TRANSLATE_NOOP("TemplateEditor", "litige"),
    "claimed_payment": QT_TRANSLATE_NOOP("TemplateEditor", "paiement annoncé"),
    "copy_sent": QT_TRANSLATE_NOOP("TemplateEditor", "copie envoyée"),
    "new_contact": QT_TRANSLATE_NOOP("TemplateEditor", "nouvel interlocuteur"),
    "confirm": QT_TRANSLATE_NOOP("TemplateEditor", "confirmation écrite"),
    "nothing": QT_TRANSLATE_NOOP("TemplateEditor", "rien de convenu"),
    "today": QT_TRANSLATE_NOOP("TemplateEditor", "aujourd'hui"),
    "tomorrow": QT_TRANSLATE_NOOP("TemplateEditor", "demain"),
    "and": QT_TRANSLATE_NOOP("TemplateEditor", "et"),
    "order": QT_TRANSLATE_NOOP("TemplateEditor", "produit par défaut"),
    "unknown": QT_TRANSLATE_NOOP("TemplateEditor", "valeur inconnue"),
    # letters and e-mails
    "letter": QT_TRANSLATE_NOOP("TemplateEditor", "Courrier"),
    "email": QT_TRANSLATE_NOOP("TemplateEditor", "E-mail"),
    "label": QT_TRANSLATE_NOOP("TemplateEditor", "Libellé"),
    "pre-due": QT_TRANSLATE_NOOP("TemplateEditor", "avant l'échéance"),
    "reminder-1": QT_TRANSLATE_NOOP("TemplateEditor", "premier rappel"),
    "reminder-2": QT_TRANSLATE_NOOP("TemplateEditor", "deuxième rappel"),
    "formal-notice": QT_TRANSLATE_NOOP("TemplateEditor", "mise en demeure"),
    "confirmation": QT_TRANSLATE_NOOP("TemplateEditor", "confirmation d'un accord"),
    "payment-plan": QT_TRANSLATE_NOOP("TemplateEditor", "échéancier"),
    "thanks": QT_TRANSLATE_NOOP("TemplateEditor", "remerciement"),
    "statement": QT_TRANSLATE_NOOP("TemplateEditor", "relevé de compte"),
    "collection-file": QT_TRANSLATE_NOOP("TemplateEditor", "dossier de recouvrement"),
    "invoice-copy": QT_TRANSLATE_NOOP("TemplateEditor", "copie de facture"),
    "call-recap": QT_TRANSLATE_NOOP("TemplateEditor", "récapitulatif d'un appel"),
    "subject": QT_TRANSLATE_NOOP("TemplateEditor", "objet"),
    "opening": QT_TRANSLATE_NOOP("TemplateEditor", "formule d'appel"),
    "body": QT_TRANSLATE_NOOP("TemplateEditor", "texte avant le tableau"),
    "after": QT_TRANSLATE_NOOP("TemplateEditor", "texte après les montants"),
    "closing": QT_TRANSLATE_NOOP("TemplateEditor", "formule de politesse"),
    "consumer_be": QT_TRANSLATE_NOOP("TemplateEditor", "particulier en Belgique"),
    "business_be": QT_TRANSLATE_NOOP("TemplateEditor", "entreprise en Belgique"),
}
TABLES = (labels.STEPS, labels.OBJECTIONS, labels.METHODS, labels.PERIODS)


def key_label(key: str, text: str = "") -> str:
    """« Script — Se présenter, entreprise, bon payeur » for ``script.introduce.business.loyal``;
    « Libellé — Date d'échéance » for a document label (its ``text``, shortened)."""
    if key.startswith("label.") and text.strip():
        shown = text.strip().splitlines()[0]
        shown = shown if len(shown) <= 48 else shown[:47] + "…"
        head = QCoreApplication.translate(CTX, PARTS["label"])
        return f"{head} — {shown}"
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
    def __init__(self, session: Session, cf: CompanySession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.cf = session, cf
        self.setObjectName("TemplateEditor")
        self.resize(1100, 680)
        self.current_key: str | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        family_label = QLabel(self.tr("&Textes de :"))
        top.addWidget(family_label)
        self.family_box = QComboBox()
        self.family_box.setObjectName("templateFamily")
        for code in template_service.FAMILIES:
            self.family_box.addItem(QCoreApplication.translate(CTX, FAMILY_NAMES[code]), code)
        family_label.setBuddy(self.family_box)
        top.addWidget(self.family_box)
        language_label = QLabel(self.tr("&Langue des textes :"))
        top.addWidget(language_label)
        self.language = QComboBox()
        for code, text in labels.choices(labels.LANGUAGES):
            self.language.addItem(text, code)
        language_label.setBuddy(self.language)
        top.addWidget(self.language)
        self.hint = QLabel()
        top.addWidget(self.hint, 1)
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
        style.status_text(self.problem, style.Status.STOP)
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
        self.family_box.currentIndexChanged.connect(self._family_changed)
        self.language.currentIndexChanged.connect(self._fill_keys)
        self.keys.currentItemChanged.connect(self._key_changed)
        self.editor.textChanged.connect(self._update_preview)
        self._family_changed()

    @property
    def lang(self) -> str:
        return str(self.language.currentData())

    @property
    def family(self) -> str:
        return str(self.family_box.currentData())

    def set_family(self, family: str) -> None:
        """Show the texts of ``family`` (``"calls"`` or ``"letters"``)."""
        self.family_box.setCurrentIndex(self.family_box.findData(family))

    def _family_changed(self) -> None:
        if self.family == template_service.LETTERS:
            self.setWindowTitle(self.tr("Textes des courriers et e-mails"))
            self.hint.setText(self.tr("Le client reçoit le texte de sa langue. ✎ = modifié."))
        else:
            self.setWindowTitle(self.tr("Textes des appels"))
            self.hint.setText(self.tr("Le client entend le texte de sa langue. ✎ = modifié."))
        self.current_key = None
        self._fill_keys()

    def _fill_keys(self) -> None:
        family = self.family
        edited = template_service.edited_keys(self.cf, self.lang, family=family)
        texts = template_service.templates_for(self.cf, self.lang, family=family)
        keys = template_service.keys_of(family)
        keep = self.current_key if self.current_key in keys else None
        self.keys.blockSignals(True)
        self.keys.clear()
        for key in keys:
            item = QListWidgetItem(("✎ " if key in edited else "")
                                   + key_label(key, texts.get(key, "")))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(key)
            self.keys.addItem(item)
        self.keys.blockSignals(False)
        self.select(keep or keys[0])

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
        family = self.family
        texts = template_service.templates_for(self.cf, self.lang, family=family)
        self.editor.setPlainText(texts.get(key, ""))
        self.fields.clear()
        descriptions = template_service.placeholders_of(family)
        for name in template_service.placeholders_for(key):
            description = QCoreApplication.translate("templates", descriptions[name])
            item = QListWidgetItem(f"{{{name}}} — {description}")
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.fields.addItem(item)
        self.reset_button.setEnabled(
            key in template_service.edited_keys(self.cf, self.lang, family=family))
        self._update_preview()

    def _insert_field(self, item: QListWidgetItem) -> None:
        self.editor.insertPlainText("{" + str(item.data(Qt.ItemDataRole.UserRole)) + "}")
        self.editor.setFocus()

    def _error_text(self, exc: TemplateError) -> str:
        return self.session.message_text(exc.message)

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
            QMessageBox.warning(self, self.windowTitle(), plain(self._error_text(exc)))
            return
        self._fill_keys()

    def reset(self) -> None:
        if self.current_key is None:
            return
        template_service.reset_template(self.cf, self.current_key, self.lang)
        self._fill_keys()

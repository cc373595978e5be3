"""Outils › Textes: the texts of the calls and of the letters and e-mails, per language, edited
one document at a time.

On the left, the documents (each letter and its e-mail, each step of the call...) and the fields
the text being edited may use; in the middle, the document's texts in reading order, fields
shown by name (« [Montant dû] »); on the right, the whole letter drawn with sample data as it
prints (and the e-mail as it is sent), again about 300 ms after each keystroke. A text with a
field that does not exist (or a stray brace) says where, and nothing can be saved until it is
fixed. Saving keeps the fields' stable identifiers (:func:`templates.from_display`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QHideEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from relance_desktop.domain.templating import TemplateError
from relance_desktop.i18n import QT_TRANSLATE_NOOP
from relance_desktop.services import letter_sample
from relance_desktop.services import letters as letter_service
from relance_desktop.services import templates as template_service
from relance_desktop.services.session import CompanySession
from relance_desktop.translators import translate_for
from relance_desktop.views import labels, style
from relance_desktop.views.common import Session
from relance_desktop.views.plain import plain
from relance_desktop.views.template_editor.document import (
    DocumentView,
    SectionBox,
    fixed_part,
    fold,
    heading,
)
from relance_desktop.views.template_editor.fields import FieldPicker
from relance_desktop.views.template_editor.pages import (
    Page,
    condition_text,
    page_title,
    pages_of,
    section_title,
)
from relance_desktop.views.template_editor.preview import PreviewPane

CTX = "TemplateEditor"
FAMILY_NAMES = {
    template_service.CALLS: QT_TRANSLATE_NOOP("TemplateEditor", "Appels"),
    template_service.LETTERS: QT_TRANSLATE_NOOP("TemplateEditor", "Courriers et e-mails"),
}
PREVIEW_DELAY_MS = 300


def ui_translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class TemplateEditor(QDialog):
    def __init__(self, session: Session, cf: CompanySession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.cf = session, cf
        self.setObjectName("TemplateEditor")
        self.resize(1280, 720)  # fits a 1366×768 screen
        screen = self.screen()
        room = screen.availableGeometry() if screen is not None else None
        if room is not None and room.width() >= 1600 and room.height() >= 900:
            self.resize(int(room.width() * 0.85), int(room.height() * 0.85))
        self.page: Page | None = None
        self.pages: list[Page] = []
        self.stored: dict[str, str] = {}  # key → the text in the file now (stored form)
        self.current_key: str | None = None
        self._known: dict[str, str] = {}  # folded name or identifier → identifier
        layout = QVBoxLayout(self)
        layout.addLayout(self._top_bar())
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(self._left_column())
        split.addWidget(self._middle_column())
        split.addWidget(self._preview_column())
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 3)
        split.setStretchFactor(2, 3)
        split.setSizes([260, 560, 460])
        self.split = split
        layout.addWidget(split, 1)
        save = QAction(self)
        save.setShortcut(QKeySequence.StandardKey.Save)
        save.triggered.connect(self.save)
        self.addAction(save)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.update_preview)
        self._previous = (self.family, self.lang)
        self.family_box.currentIndexChanged.connect(self._choice_changed)
        self.language.currentIndexChanged.connect(self._choice_changed)
        self.page_list.currentRowChanged.connect(self._page_chosen)
        self._fill_pages()

    # -- building ---------------------------------------------------------------------------------
    def _top_bar(self) -> QHBoxLayout:
        top = QHBoxLayout()
        family_label = QLabel(self.tr("&Textes de :"))
        top.addWidget(family_label)
        self.family_box = QComboBox()
        self.family_box.setObjectName("templateFamily")
        for code in template_service.FAMILIES:
            self.family_box.addItem(QCoreApplication.translate(CTX, FAMILY_NAMES[code]), code)
        family_label.setBuddy(self.family_box)
        top.addWidget(self.family_box)
        top.addSpacing(style.SPACING * 2)
        language_label = QLabel(self.tr("&Langue des textes :"))
        top.addWidget(language_label)
        self.language = QComboBox()
        self.language.setObjectName("templateLanguage")
        for code, text in labels.choices(labels.LANGUAGES):
            self.language.addItem(text, code)
        # The texts of the interface's language first (the others are one click away).
        ui_language = str(self.session.settings.get("ui_language") or "fr")
        self.language.setCurrentIndex(max(0, self.language.findData(ui_language)))
        language_label.setBuddy(self.language)
        top.addWidget(self.language)
        top.addSpacing(style.SPACING * 2)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        style.status_text(self.hint, style.Status.INFO)
        top.addWidget(self.hint, 1)
        return top

    def _left_column(self) -> QWidget:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("&Documents :"))
        column.addWidget(caption)
        self.page_list = QListWidget()
        self.page_list.setObjectName("templatePages")
        caption.setBuddy(self.page_list)
        column.addWidget(self.page_list, 2)
        self.fields = FieldPicker()
        self.fields.chosen.connect(self.insert_field)
        column.addWidget(self.fields, 3)
        return left

    def _middle_column(self) -> QWidget:
        middle = QWidget()
        column = QVBoxLayout(middle)
        column.setContentsMargins(0, 0, 0, 0)
        self.page_title = QLabel()
        self.page_title.setObjectName("templatePageTitle")
        self.page_title.setWordWrap(True)
        font = self.page_title.font()
        font.setPointSizeF(style.point_size("title"))
        font.setBold(True)
        self.page_title.setFont(font)
        column.addWidget(self.page_title)
        self.document = DocumentView()
        column.addWidget(self.document, 1)
        self.problem = QLabel()
        self.problem.setObjectName("templateProblem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        style.status_text(self.problem, style.Status.STOP)
        self.problem.hide()
        column.addWidget(self.problem)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Enregistrer (Ctrl+S)"))
        self.save_button.setObjectName("templateSave")
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        close = QPushButton(self.tr("&Fermer"))
        close.clicked.connect(self.close)
        buttons.addWidget(close)
        column.addLayout(buttons)
        return middle

    def _preview_column(self) -> QWidget:
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        title = QLabel(self.tr("Aperçu avec des données d'exemple"))
        title.setWordWrap(True)
        row.addWidget(title, 1)
        self.audience = QComboBox()
        self.audience.setObjectName("templateAudience")
        self.audience.addItem(self.tr("Client entreprise"), "business:")
        self.audience.addItem(self.tr("Client particulier en France"), "consumer:FR")
        self.audience.addItem(self.tr("Client particulier en Belgique"), "consumer:BE")
        self.audience.setToolTip(self.tr("Le client de l'exemple : le texte et la loi qui "
                                         "s'appliquent dépendent de lui"))
        self.audience.currentIndexChanged.connect(self.update_preview)
        row.addWidget(self.audience)
        column.addLayout(row)
        self.preview = PreviewPane()
        column.addWidget(self.preview, 1)
        return right

    # -- what is shown ---------------------------------------------------------------------------
    @property
    def lang(self) -> str:
        return str(self.language.currentData())

    @property
    def family(self) -> str:
        return str(self.family_box.currentData())

    def set_family(self, family: str) -> None:
        """Show the texts of ``family`` (``"calls"`` or ``"letters"``)."""
        self.family_box.setCurrentIndex(self.family_box.findData(family))

    def set_language(self, language: str) -> None:
        self.language.setCurrentIndex(self.language.findData(language))

    def _choice_changed(self) -> None:
        if (self.family, self.lang) == self._previous:
            return
        if not self._may_leave():
            boxes = ((self.family_box, self._previous[0]), (self.language, self._previous[1]))
            for box, value in boxes:
                box.blockSignals(True)
                box.setCurrentIndex(box.findData(value))
                box.blockSignals(False)
            return
        self._fill_pages()

    def _fill_pages(self) -> None:
        self._previous = (self.family, self.lang)
        letters = self.family == template_service.LETTERS
        if letters:
            self.setWindowTitle(self.tr("Textes des courriers et e-mails"))
            self.hint.setText(self.tr("Le client reçoit le texte de sa langue. ✎ = modifié."))
        else:
            self.setWindowTitle(self.tr("Textes des appels"))
            self.hint.setText(self.tr("Le client entend le texte de sa langue. ✎ = modifié."))
        names = template_service.field_names_of(self.family, ui_translate)
        self._known = {fold(name): ident for ident, name in names.items()}
        self._known.update({fold(ident): ident for ident in names})
        keep = self.page.code if self.page is not None else ""
        self.pages = pages_of(self.family)
        self.page = None
        self.page_list.blockSignals(True)
        self.page_list.clear()
        for page in self.pages:
            item = QListWidgetItem(page_title(page))
            item.setData(Qt.ItemDataRole.UserRole, page.code)
            self.page_list.addItem(item)
        self.page_list.blockSignals(False)
        self._mark_pages()
        codes = [page.code for page in self.pages]
        row = codes.index(keep) if keep in codes else 0
        self.page_list.blockSignals(True)
        self.page_list.setCurrentRow(row)
        self.page_list.blockSignals(False)
        self._load(self.pages[row])

    def _mark_pages(self) -> None:
        edited = template_service.edited_keys(self.cf, self.lang, family=self.family)
        for row, page in enumerate(self.pages):
            mark = "✎ " if edited & set(page.keys) else ""
            self.page_list.item(row).setText(mark + page_title(page))
        width = self.page_list.sizeHintForColumn(0) + 2 * self.page_list.frameWidth() + 24
        self.page_list.setMinimumWidth(width)

    def _page_chosen(self, row: int) -> None:
        if row < 0 or row >= len(self.pages) or self.pages[row] is self.page:
            return
        if not self._may_leave():
            self.page_list.blockSignals(True)
            self.page_list.setCurrentRow(self.pages.index(self.page) if self.page else 0)
            self.page_list.blockSignals(False)
            return
        self._load(self.pages[row])

    def select_page(self, code: str) -> None:
        for row, page in enumerate(self.pages):
            if page.code == code:
                self.page_list.setCurrentRow(row)
                return
        raise KeyError(code)

    def select(self, key: str) -> SectionBox:
        """Show the page of the text ``key`` and put the cursor in it."""
        if key not in self.document.boxes:
            page = next(p for p in self.pages if key in p.keys)
            self.select_page(page.code)
        box = self.document.boxes[key]
        box.edit.setFocus()
        self._focus(key)
        self.document.reveal(key)
        return box

    def section(self, key: str) -> SectionBox:
        return self.document.boxes[key]

    def _load(self, page: Page) -> None:
        self.page = page
        self.page_title.setText(page_title(page))
        texts = template_service.templates_for(self.cf, self.lang, family=self.family)
        shipped = template_service.default_templates(self.lang, family=self.family)
        edited = template_service.edited_keys(self.cf, self.lang, family=self.family)
        self.stored = {key: texts[key] for key in page.keys}
        self.document.clear()
        for section in page.sections:
            if section.heading:
                self.document.add(heading(QCoreApplication.translate(CTX, section.title)))
            elif not section.key:
                self.document.add(fixed_part(QCoreApplication.translate(CTX, section.title)))
            else:
                shown = template_service.to_display(texts[section.key], self.family,
                                                    ui_translate)
                title = section_title(section, template_service.to_display(
                    shipped[section.key], self.family, ui_translate))
                box = SectionBox(section.key, title, condition_text(section),
                                 lambda: self._known)
                box.set_text(shown)
                box.set_edited(section.key in edited)
                box.changed.connect(self._changed)
                box.focused.connect(self._focus)
                box.reset_requested.connect(self.reset)
                self.document.add(box)
        self.document.verticalScrollBar().setValue(0)
        with_letter = page.kind in letter_service.KINDS
        self.audience.setVisible(with_letter)  # the sample customer matters to letters only
        if page.family == template_service.CALLS:
            self.preview.use_call()
        else:
            self.preview.use_letter(with_letter)
        self.current_key = None
        self._focus(page.keys[0])
        self._check_all()
        self.update_preview()

    def _focus(self, key: str) -> None:
        if key == self.current_key:
            return
        self.current_key = key
        names = template_service.field_names_of(self.family, ui_translate)
        descriptions = template_service.placeholders_of(self.family)
        self.fields.set_fields([
            (ident, names[ident], QCoreApplication.translate("templates", descriptions[ident]))
            for ident in template_service.placeholders_for(key)])
        if key.startswith("email."):
            self.preview.setCurrentWidget(self.preview.email)
        elif key.startswith(("letter.", "label.")):
            self.preview.setCurrentWidget(self.preview.pages)

    def insert_field(self, ident: str) -> None:
        """Put the field at the cursor of the text being edited, by its name."""
        if self.current_key is None:
            return
        names = template_service.field_names_of(self.family, ui_translate)
        edit = self.document.boxes[self.current_key].edit
        edit.insertPlainText(f"[{names[ident]}]")
        edit.setFocus()

    # -- checking and previewing -----------------------------------------------------------------
    def _changed(self, key: str) -> None:
        self._check(key)
        self._show_problems()
        self.timer.start()

    def _check(self, key: str) -> str | None:
        """The stored form of the text ``key`` (None, and its problem shown, when it is bad)."""
        box = self.document.boxes[key]
        try:
            stored = template_service.from_display(key, box.text(), ui_translate)
        except TemplateError as exc:
            box.set_problem(self.session.message_text(exc.message), exc.position)
            return None
        box.set_problem("")
        return stored

    def _check_all(self) -> None:
        for key in self.document.boxes:
            self._check(key)
        self._show_problems()

    def _problems(self) -> list[tuple[str, str]]:
        return [(box.title.text().removeprefix("✎ "), box.problem.text())
                for box in self.document.boxes.values() if box.problem.text()]

    def _show_problems(self) -> None:
        problems = self._problems()
        self.problem.setText("\n".join(
            self.tr("{title} : {problem}").format(title=title, problem=text)
            for title, text in problems))
        self.problem.setVisible(bool(problems))
        self.save_button.setEnabled(not problems)

    def _edited_texts(self) -> dict[str, str] | None:
        """Every text of the page in its stored form (None when one is bad)."""
        out = {}
        for key in self.document.boxes:
            stored = self._check(key)
            if stored is None:
                return None
            out[key] = stored
        return out

    def update_preview(self) -> None:
        """Draw the preview now (typing schedules it :data:`PREVIEW_DELAY_MS` later)."""
        self.timer.stop()
        page = self.page
        current = self._edited_texts()
        if page is None or current is None:
            return
        texts = {**template_service.templates_for(self.cf, self.lang, family=self.family),
                 **current}
        try:
            if page.family == template_service.CALLS:
                self._preview_call(page, current)
            elif page.kind in letter_service.KINDS:
                customer_kind, _, country = str(self.audience.currentData()).partition(":")
                document = letter_sample.sample(
                    self.cf, page.kind, self.lang, texts, today=self.session.today(),
                    customer_kind=customer_kind, country=country,
                    translate=translate_for(self.lang),
                    user_name=str(self.session.settings.get("user_name") or ""))
                self.preview.show_pdf(letter_sample.draw(document))
                self.preview.show_email(document.email_subject, document.email_body)
            else:
                values = template_service.sample_values(self.lang, family=self.family)
                self.preview.show_email(*(template_service.render_letter(
                    texts, f"email.{page.kind}.{part}", values) for part in ("subject", "body")))
        except TemplateError as exc:
            self.problem.setText(self.session.message_text(exc.message))
            self.problem.show()

    def _preview_call(self, page: Page, current: dict[str, str]) -> None:
        parts = []
        for section in page.sections:
            if section.key:
                box = self.document.boxes[section.key]
                parts.append((box.title.text().removeprefix("✎ "), condition_text(section),
                              template_service.preview(section.key, self.lang,
                                                       current[section.key])))
        self.preview.show_call(parts)

    # -- saving ----------------------------------------------------------------------------------
    def unsaved(self) -> dict[str, str]:
        """The texts of the page changed since they were saved (stored form; bad ones too)."""
        out = {}
        for key, box in self.document.boxes.items():
            try:
                stored = template_service.from_display(key, box.text(), ui_translate)
            except TemplateError:
                stored = None
            if stored != self.stored.get(key):
                out[key] = stored if stored is not None else box.text()
        return out

    def save(self) -> bool:
        problems = self._problems()
        if problems:
            QMessageBox.warning(self, self.windowTitle(), plain(problems[0][1]))
            bad = next(b for b in self.document.boxes.values() if b.problem.text())
            self.document.reveal(bad.key)
            bad.show_problem_place()  # the cursor where the problem is
            return False
        texts = self._edited_texts() or {}
        for key, stored in texts.items():
            if stored != self.stored.get(key):
                try:
                    template_service.save_template(self.cf, key, self.lang, stored)
                except TemplateError as exc:
                    QMessageBox.warning(self, self.windowTitle(),
                                        plain(self.session.message_text(exc.message)))
                    return False
                self.stored[key] = stored
        self._refresh_marks()
        return True

    def reset(self, key: str) -> None:
        """Go back to the shipped text of ``key``."""
        template_service.reset_template(self.cf, key, self.lang)
        text = template_service.templates_for(self.cf, self.lang, family=self.family)[key]
        self.stored[key] = text
        self.document.boxes[key].set_text(
            template_service.to_display(text, self.family, ui_translate))
        self._refresh_marks()

    def _refresh_marks(self) -> None:
        edited = template_service.edited_keys(self.cf, self.lang, family=self.family)
        for key, box in self.document.boxes.items():
            box.set_edited(key in edited)
        self._mark_pages()

    def _may_leave(self) -> bool:
        """Nothing typed is lost: save, drop or stay when the page has unsaved changes."""
        if self.page is None or not self.unsaved():
            return True
        answer = QMessageBox.question(
            self, self.windowTitle(),
            self.tr("« {page} » a des modifications non enregistrées. Les enregistrer ?")
            .format(page=page_title(self.page)),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def hideEvent(self, event: QHideEvent) -> None:
        """A hidden editor draws no preview: one scheduled by the last keystroke is dropped (the
        company may be closed by then)."""
        self.timer.stop()
        super().hideEvent(event)

    def reject(self) -> None:
        """Esc, « Fermer » and the window's close button all come here."""
        if self._may_leave():
            super().reject()

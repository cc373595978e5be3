"""Outils › Textes: a letter edited as one document, fields by name, the whole letter previewed,
refused fields, save and reset, the two families."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from relance_desktop.services import templates as template_service
from relance_desktop.services.session import CompanySession
from relance_desktop.views.common import Session
from relance_desktop.views.template_editor import TemplateEditor, key_label
from tests.gui.conftest import Messages


@pytest.fixture
def editor(qtbot: Any, session: Session, cf: CompanySession) -> Iterator[TemplateEditor]:
    dialog = TemplateEditor(session, cf)
    qtbot.addWidget(dialog)
    dialog.resize(1326, 728)
    dialog.show()
    yield dialog
    dialog.hide()  # before its company is closed: a preview still scheduled is dropped


def _pages(dialog: TemplateEditor) -> list[str]:
    return [dialog.page_list.item(row).text() for row in range(dialog.page_list.count())]


def _pdf_text(dialog: TemplateEditor) -> str:
    reader = PdfReader(io.BytesIO(dialog.preview.pdf))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def _type(dialog: TemplateEditor, key: str, text: str) -> None:
    box = dialog.select(key)
    box.edit.selectAll()
    box.edit.insertPlainText(text)


def test_opens_on_the_calls_grouped_by_step(editor: TemplateEditor) -> None:
    assert editor.family == "calls"
    assert editor.windowTitle() == "Textes des appels"
    assert _pages(editor)[:2] == ["Appel, étape 1 : Préparer", "Appel, étape 2 : Se présenter"]
    editor.select_page("calls:introduce")
    keys = list(editor.document.boxes)
    assert keys[:3] == ["advice.introduce", "script.introduce", "script.introduce.business"]
    assert editor.section("script.introduce.broken_promise").condition.text() == (
        "Seulement après une promesse non tenue : passe avant les autres textes de l'étape")
    assert editor.section("script.introduce.business.loyal").condition.text() == (
        "Seulement pour : entreprise, bon payeur (remplace le texte général)")
    every = {key for page in editor.pages for key in page.keys}
    assert every == set(template_service.keys_of("calls"))  # nothing left out


def test_fields_are_shown_by_name_and_stored_by_identifier(
    editor: TemplateEditor, cf: CompanySession
) -> None:
    shown = editor.select("script.negotiate").text()
    assert "régler les [Montant dû]" in shown and "{amount_due}" not in shown
    box = editor.select("objection.forgot")
    _type(editor, "objection.forgot", "Pas de souci, [Interlocuteur]. Quand réglez-vous ? ")
    editor.fields.search.setText("montant dû")
    assert editor.fields.names(visible_only=True) == ["Montant dû"]
    editor.fields.search.returnPressed.emit()  # Enter in the search box inserts it
    assert box.text() == "Pas de souci, [Interlocuteur]. Quand réglez-vous ? [Montant dû]"
    editor.save_button.click()
    saved = template_service.templates_for(cf, "fr")["objection.forgot"]
    assert saved == "Pas de souci, {contact}. Quand réglez-vous ? {amount_due}"
    assert box.title.text().startswith("✎ ")
    assert _pages(editor)[editor.pages.index(editor.page)].startswith("✎ ")


def test_double_click_inserts_at_the_cursor(editor: TemplateEditor, qtbot: Any) -> None:
    box = editor.select("objection.forgot")
    _type(editor, "objection.forgot", "Bonjour  !")
    cursor = box.edit.textCursor()
    cursor.setPosition(len("Bonjour "))
    box.edit.setTextCursor(cursor)
    names = editor.fields.names()
    item = editor.fields.list.item(names.index("Nom du client"))
    editor.fields.list.itemActivated.emit(item)
    assert box.text() == "Bonjour [Nom du client] !"
    assert "Le nom du client" in editor.fields.description.text() or \
        editor.fields.list.currentItem() is not None


def test_preview_follows_the_typing(editor: TemplateEditor, qtbot: Any) -> None:
    editor.select("objection.forgot")
    _type(editor, "objection.forgot", "Bonjour [Interlocuteur], pouvez-vous régler {amount_due} ?")
    qtbot.waitUntil(lambda: "M. Jules Durand" in editor.preview.call.toPlainText(), timeout=2000)
    assert "2 450,00 €" in editor.preview.call.toPlainText()
    assert editor.problem.isHidden()
    assert editor.save_button.isEnabled()


def test_unknown_field_is_shown_with_its_place_and_cannot_be_saved(
    editor: TemplateEditor, cf: CompanySession
) -> None:
    _type(editor, "objection.forgot", "Bonjour,\nmerci de régler [Montant].")
    assert not editor.problem.isHidden()
    assert "« [Montant] »" in editor.problem.text()
    assert "ligne 2, colonne 17" in editor.problem.text()
    assert "Objection — Oubli" in editor.problem.text()  # which text of the page
    assert not editor.save_button.isEnabled()
    editor.save()  # Ctrl+S still goes through the check
    assert template_service.edited_keys(cf, "fr") == set()
    box = editor.section("objection.forgot")
    assert box.edit.textCursor().position() == len("Bonjour,\nmerci de régler ")  # put there
    _type(editor, "objection.forgot", "Bonjour,\nmerci de régler {montant}.")
    assert "« {montant} »" in editor.problem.text()
    _type(editor, "objection.forgot", "Un } tout seul")
    assert "Accolade « } »" in editor.problem.text()
    assert not editor.save_button.isEnabled()


def test_save_then_reset(editor: TemplateEditor, cf: CompanySession) -> None:
    box = editor.select("objection.forgot")
    default = box.text()
    _type(editor, "objection.forgot", "Pas de souci, [Interlocuteur]. Quand pouvez-vous régler ?")
    box.edit.undo()  # undo works as in any text box
    assert box.text() == default
    box.edit.redo()
    editor.save_button.click()
    assert template_service.edited_keys(cf, "fr") == {"objection.forgot"}
    assert box.reset_button.isEnabled()
    box.reset_button.click()
    assert template_service.edited_keys(cf, "fr") == set()
    assert box.text() == default
    assert not box.title.text().startswith("✎")
    assert not box.reset_button.isEnabled()


def test_a_letter_is_one_document_in_reading_order(editor: TemplateEditor) -> None:
    editor.set_family("letters")
    assert editor.windowTitle() == "Textes des courriers et e-mails"
    assert _pages(editor)[:4] == ["Avis avant l'échéance", "Premier rappel", "Deuxième rappel",
                                  "Mise en demeure"]
    assert "Libellés imprimés sur les documents" in _pages(editor)
    editor.select_page("letters:formal-notice")
    assert list(editor.document.boxes) == [
        "letter.formal-notice.subject", "letter.formal-notice.opening",
        "letter.formal-notice.body", "letter.formal-notice.body.business_be",
        "letter.formal-notice.body.consumer", "letter.formal-notice.body.consumer_be",
        "letter.formal-notice.after", "letter.formal-notice.after.consumer",
        "letter.formal-notice.closing", "email.formal-notice.subject",
        "email.formal-notice.body"]
    assert editor.section("letter.formal-notice.body.consumer").condition.text() == (
        "Seulement pour un particulier : remplace le texte général")
    assert editor.section("letter.formal-notice.body").condition.isHidden()
    every = {key for page in editor.pages for key in page.keys}
    assert every == set(template_service.keys_of("letters"))


def test_the_whole_letter_is_previewed_as_it_prints(editor: TemplateEditor, qtbot: Any,
                                                      cf: CompanySession) -> None:
    editor.set_family("letters")
    editor.select_page("letters:formal-notice")
    text = _pdf_text(editor)
    assert "Mise en demeure" in text and "F-101" in text and "Test SARL" in text
    assert editor.preview.pages.labels and not editor.preview.pages.labels[0].pixmap().isNull()
    _type(editor, "letter.formal-notice.after", "Dernier délai : le [Date limite de paiement].")
    assert "Dernier délai" not in _pdf_text(editor)  # drawn once the typing pauses...
    assert editor.timer.isActive() and editor.timer.interval() == 300
    qtbot.waitUntil(lambda: "Dernier délai : le" in _pdf_text(editor), timeout=2000)  # ...then
    _type(editor, "email.formal-notice.subject", "Urgent – [Nom du client]")
    qtbot.waitUntil(lambda: editor.preview.email_subject == "Urgent – Durand Rénovation",
                    timeout=2000)
    assert editor.preview.currentWidget() is editor.preview.email
    # a consumer gets the consumer's texts
    editor.audience.setCurrentIndex(editor.audience.findData("consumer:FR"))
    assert "1231-6" in _pdf_text(editor)
    assert template_service.edited_keys(cf, "fr", family="letters") == set()  # nothing saved


def test_a_field_not_allowed_in_a_letter_blocks_save(editor: TemplateEditor,
                                                      cf: CompanySession) -> None:
    editor.set_family("letters")
    editor.select_page("letters:formal-notice")
    before = editor.preview.pdf
    _type(editor, "letter.formal-notice.after", "Réglez [Montant promis] avant le [Date limite "
          "de paiement].")
    assert "« [Montant promis] »" in editor.problem.text() and "colonne 8" in editor.problem.text()
    assert not editor.save_button.isEnabled()
    editor.update_preview()
    assert editor.preview.pdf == before  # the last good letter stays
    _type(editor, "letter.formal-notice.after", "Dernier délai : le [Date limite de paiement].")
    editor.save()
    assert template_service.edited_keys(cf, "fr", family="letters") == {
        "letter.formal-notice.after"}
    assert template_service.letter_templates_for(cf, "fr")["letter.formal-notice.after"] == (
        "Dernier délai : le {deadline}.")


def test_letters_in_another_language_and_labels(editor: TemplateEditor) -> None:
    editor.set_family("letters")
    editor.set_language("nl")
    box = editor.select("label.page")
    assert box.text() == "Pagina [Numéro de page] / [Nombre de pages]"  # names: the UI's
    assert box.title.text() == "Pagina [Numéro de page] / [Nombre de pages]"
    assert set(editor.fields.names()) == {"Numéro de page", "Nombre de pages"}
    assert "Ingebrekestelling" in _pdf_text(editor)  # the labels show on a formal notice
    editor.select("label.due_date")
    assert editor.fields.names() == []
    assert editor.fields.description.text() == (
        "Ce texte s'emploie tel quel : il ne prend aucun champ.")
    editor.select("letter.reminder-1.after.consumer_be")
    editor.audience.setCurrentIndex(editor.audience.findData("consumer:BE"))
    assert "kosteloos" in _pdf_text(editor)  # Belgian law: the free first reminder's words


def test_the_call_sheet_e_mails_are_editable(editor: TemplateEditor, qtbot: Any) -> None:
    editor.set_family("letters")
    editor.select("email.call-recap.body")
    assert "Récapitulatif de l'appel" in editor.fields.names()
    assert "2 450,00 €" in editor.preview.email_body  # the sample recap
    assert not editor.preview.isTabVisible(editor.preview.indexOf(editor.preview.pages))
    editor.select("email.invoice-copy.body")
    assert "Récapitulatif de l'appel" not in editor.fields.names()
    _type(editor, "email.invoice-copy.body", "Voici la copie de [Numéros des factures]. {recap}")
    assert not editor.save_button.isEnabled()  # the recap belongs to the call's recap only


def test_leaving_a_page_with_changes_asks(editor: TemplateEditor, cf: CompanySession,
                                          messages: Messages) -> None:
    _type(editor, "objection.forgot", "Nouveau texte pour [Nom du client].")
    messages.answer = QMessageBox.StandardButton.Cancel
    editor.select_page("calls:recap")
    assert editor.page is not None and editor.page.code == "calls:objections"  # stayed
    messages.answer = QMessageBox.StandardButton.Save
    editor.select_page("calls:recap")
    assert editor.page is not None and editor.page.code == "calls:recap"
    assert template_service.templates_for(cf, "fr")["objection.forgot"] == (
        "Nouveau texte pour {customer}.")


def test_key_labels() -> None:
    assert key_label("recap.promise") == "Récapitulatif — promesse"
    assert key_label("objection.forgot") == "Objection — Oubli"
    assert key_label("label.due_date", "Date d'échéance") == "Date d'échéance"


def test_page_list_is_not_cut(editor: TemplateEditor) -> None:
    editor.set_family("letters")
    metrics = editor.page_list.fontMetrics()
    room = editor.page_list.viewport().width()
    for row in range(editor.page_list.count()):
        text = editor.page_list.item(row).text()
        assert metrics.horizontalAdvance(text) < room, text
    assert editor.page_list.item(0).flags() & Qt.ItemFlag.ItemIsEnabled

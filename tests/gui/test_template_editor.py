"""Outils › Textes: live preview, refused fields, save and reset, the two families."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from relance_desktop.services import templates as template_service
from relance_desktop.services.session import CompanySession
from relance_desktop.views.common import Session
from relance_desktop.views.template_editor import TemplateEditor, key_label


@pytest.fixture
def editor(qtbot: Any, session: Session, cf: CompanySession) -> TemplateEditor:
    dialog = TemplateEditor(session, cf)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _keys(dialog: TemplateEditor) -> list[str]:
    return [str(dialog.keys.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(dialog.keys.count())]


def _item_text(dialog: TemplateEditor, key: str) -> str:
    return dialog.keys.item(_keys(dialog).index(key)).text()


def _fields(dialog: TemplateEditor) -> set[str]:
    return {str(dialog.fields.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(dialog.fields.count())}


def test_opens_on_the_calls(editor: TemplateEditor) -> None:
    assert editor.family == "calls"
    assert editor.family_box.currentText() == "Appels"
    assert editor.windowTitle() == "Textes des appels"
    assert _keys(editor) == list(template_service.keys_of("calls"))
    assert editor.current_key == template_service.keys_of("calls")[0]


def test_preview_follows_the_typing(editor: TemplateEditor) -> None:
    editor.select("objection.forgot")
    editor.editor.setPlainText("Bonjour {contact}, pouvez-vous régler {amount_due} ?")
    preview = editor.preview.toPlainText()
    assert "M. Jules Durand" in preview and "2 450,00 €" in preview
    assert editor.problem.isHidden()
    assert editor.save_button.isEnabled()


def test_unknown_field_is_shown_with_its_place_and_cannot_be_saved(
    editor: TemplateEditor, cf: CompanySession
) -> None:
    editor.select("objection.forgot")
    editor.editor.setPlainText("Bonjour,\nmerci de régler {montant}.")
    assert not editor.problem.isHidden()
    assert "« {montant} »" in editor.problem.text()
    assert "ligne 2, colonne 17" in editor.problem.text()
    assert not editor.save_button.isEnabled()
    editor.save()  # Ctrl+S still goes through the check
    assert template_service.edited_keys(cf, "fr") == set()


def test_save_then_reset(editor: TemplateEditor, cf: CompanySession) -> None:
    editor.select("objection.forgot")
    default = editor.editor.toPlainText()
    editor.editor.setPlainText("Pas de souci, {contact}. Quand pouvez-vous régler ?")
    editor.save_button.click()
    assert template_service.edited_keys(cf, "fr") == {"objection.forgot"}
    assert _item_text(editor, "objection.forgot").startswith("✎ ")
    assert editor.current_key == "objection.forgot"
    assert editor.reset_button.isEnabled()
    editor.reset_button.click()
    assert template_service.edited_keys(cf, "fr") == set()
    assert editor.editor.toPlainText() == default
    assert not _item_text(editor, "objection.forgot").startswith("✎")


def test_switch_to_letters_and_edit_one(editor: TemplateEditor, cf: CompanySession) -> None:
    editor.family_box.setCurrentIndex(editor.family_box.findData("letters"))
    assert editor.family_box.currentText() == "Courriers et e-mails"
    assert editor.windowTitle() == "Textes des courriers et e-mails"
    assert _keys(editor) == list(template_service.keys_of("letters"))
    assert editor.current_key == "letter.pre-due.subject"

    editor.select("letter.formal-notice.after")
    assert {"deadline", "deadline_days", "total_claimed"} <= _fields(editor)
    assert "promise_amount" not in _fields(editor)
    assert "15 jours" in editor.preview.toPlainText()

    editor.editor.setPlainText("Réglez {promise_amount} avant le {deadline}.")
    assert not editor.problem.isHidden()
    assert "« {promise_amount} »" in editor.problem.text()
    assert "colonne 8" in editor.problem.text()
    assert not editor.save_button.isEnabled()

    editor.editor.setPlainText("Dernier délai : le {deadline}.")
    assert editor.preview.toPlainText() == "Dernier délai : le 10 décembre 2024."
    editor.save()
    assert template_service.edited_keys(cf, "fr", family="letters") == {
        "letter.formal-notice.after"}
    assert _item_text(editor, "letter.formal-notice.after").startswith("✎ ")

    # back to the calls: their list, untouched
    editor.set_family("calls")
    assert _keys(editor) == list(template_service.keys_of("calls"))
    assert not any(editor.keys.item(r).text().startswith("✎") for r in range(editor.keys.count()))


def test_letters_in_another_language_and_labels(editor: TemplateEditor) -> None:
    editor.set_family("letters")
    editor.language.setCurrentIndex(editor.language.findData("nl"))
    editor.select("label.page")
    assert editor.editor.toPlainText() == "Pagina {page} / {pages}"
    assert editor.preview.toPlainText() == "Pagina 1 / 2"
    assert _fields(editor) == {"page", "pages"}
    assert _item_text(editor, "label.page") == "Libellé — Pagina {page} / {pages}"
    editor.select("letter.reminder-1.after.consumer_be")
    assert "kosteloos" in editor.preview.toPlainText()


def test_key_labels() -> None:
    assert key_label("letter.formal-notice.after.consumer_be") == (
        "Courrier — mise en demeure, texte après les montants, particulier en Belgique")
    assert key_label("email.thanks.subject") == "E-mail — remerciement, objet"
    assert key_label("label.due_date", "Date d'échéance") == "Libellé — Date d'échéance"
    assert key_label("recap.promise") == "Récapitulatif — promesse"
    assert key_label("email.invoice-copy.subject") == "E-mail — copie de facture, objet"
    assert key_label("email.call-recap.body") == (
        "E-mail — récapitulatif d'un appel, texte avant le tableau")


def test_the_call_sheet_e_mails_are_editable(editor: TemplateEditor, cf: CompanySession) -> None:
    editor.set_family("letters")
    editor.select("email.call-recap.body")
    assert "recap" in _fields(editor) and "promise_amount" not in _fields(editor)
    assert "2 450,00 €" in editor.preview.toPlainText()  # the sample recap
    editor.select("email.invoice-copy.body")
    assert "recap" not in _fields(editor) and "invoice_numbers" in _fields(editor)
    editor.editor.setPlainText("Voici la copie de {invoice_numbers}. {recap}")
    assert not editor.save_button.isEnabled()  # the recap belongs to the call's recap only

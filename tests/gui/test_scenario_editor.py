"""The scenario editor: « N clients changent d'étape » before saving, what it saves, and the
problems it names."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QMessageBox

from relance_desktop.services import dunning
from relance_desktop.store.database import open_company_file
from relance_desktop.views.scenario_editor import ScenarioEditor
from tests.gui.conftest import Messages
from tests.gui.test_actions_page import small_company  # noqa: F401  (fixture)
from tests.helpers import TODAY


def editor(qtbot: Any, session: Any, cf: Any) -> ScenarioEditor:
    dialog = ScenarioEditor(session, cf)
    qtbot.addWidget(dialog)
    dialog.choice.setCurrentIndex(dialog.choice.findData("fr-business"))
    return dialog


def test_the_change_count_then_save(
    qtbot: Any, session: Any, small_company: Path, messages: Messages,  # noqa: F811
) -> None:
    cf = open_company_file(small_company)
    try:
        with cf.use():
            dialog = editor(qtbot, session, cf)
            assert dialog.changing == 0
            assert "0 client change d'étape" in dialog.impact.text()
            dialog._cell(1, 0).setValue(6)  # the call at +6: Garage Martin (+5) waits a day
            assert dialog.count_changes() == 1
            dialog._cell(2, 0).setValue(20)  # the letter at +20: Boulangerie Durand (+16) gets
            assert dialog.count_changes() == 2  # the call instead
            assert "2 clients changent d'étape" in dialog.impact.text()
            messages.answer = QMessageBox.StandardButton.No
            dialog.save()
            assert dialog.result() != QDialog.DialogCode.Accepted  # nothing saved
            assert "2 clients" in messages.texts[-1]
            messages.answer = QMessageBox.StandardButton.Yes
            dialog.save()
            assert dialog.result() == QDialog.DialogCode.Accepted
            known, assignment = dunning.scenarios(cf)
            offsets = [s.offset_days for s in known["fr-business"].steps][:3]
            assert offsets == [-5, 6, 20]
            assert len(known) == 4 and assignment.default == "fr-business"
            names = {a.customer_name: a.proposal.step.channel.value
                     for a in dunning.day_actions(cf, TODAY)}
            assert names == {"Atelier Petit": "email", "Boulangerie Durand": "call"}
    finally:
        cf.close()


def test_a_step_that_cannot_be_is_named(
    qtbot: Any, session: Any, small_company: Path, messages: Messages,  # noqa: F811
) -> None:
    cf = open_company_file(small_company)
    try:
        with cf.use():
            dialog = editor(qtbot, session, cf)
            dialog._cell(1, 5).setChecked(True)  # the call made automatic
            assert dialog.count_changes() is None
            assert "Étape 2" in dialog.impact.text() and "automatiquement" in dialog.impact.text()
            dialog.save()
            assert "Étape 2" in messages.texts[-1]
            assert dialog.result() != QDialog.DialogCode.Accepted
            dialog._cell(1, 5).setChecked(False)
            dialog.rules.item(0, 4).setText("12,5")
            dialog.save()
            assert "Règle 1" in messages.texts[-1] and "12,5" in messages.texts[-1]
    finally:
        cf.close()


def test_a_change_of_the_rules_is_counted_before_saving(
    qtbot: Any, session: Any, small_company: Path, messages: Messages,  # noqa: F811
) -> None:
    cf = open_company_file(small_company)
    try:
        with cf.use():
            dialog = editor(qtbot, session, cf)
            assert dialog.changing == 0
            # Every customer on the consumer scenario by default (courtesy e-mail at -3, call
            # at +7, letter at +15): Atelier Petit (due in 5 days) and Garage Martin (+5) get
            # nothing today; Boulangerie Durand (+16) keeps its letter.
            dialog.default.setCurrentIndex(dialog.default.findData("fr-consumer"))
            qtbot.waitUntil(lambda: dialog.changing == 3, timeout=5_000)
            assert "3 clients changent d'étape" in dialog.impact.text()
            dialog.default.setCurrentIndex(dialog.default.findData("fr-business"))
            qtbot.waitUntil(lambda: dialog.changing == 0, timeout=5_000)
            dialog.rules.item(2, 1).setText("business")  # Belgian rule: only for businesses
            dialog.rules.item(2, 2).setText("")  # … in any country: they move to be-business
            qtbot.waitUntil(lambda: dialog.changing is not None and dialog.changing > 0,
                            timeout=5_000)
            messages.answer = QMessageBox.StandardButton.No
            dialog.save()
            assert "clients changent d'étape" in messages.texts[-1]
            assert dialog.result() != QDialog.DialogCode.Accepted
    finally:
        cf.close()

"""The scenario editor: « N clients changent d'étape » before saving, what it saves, and the
problems it names."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from relance_desktop.services import dunning
from relance_desktop.store.database import open_company_file
from relance_desktop.views.actions_page import reason_text
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


@pytest.fixture
def dutch(qapp: Any) -> Iterator[None]:
    """The Dutch interface, on top of the French one the tests run in."""
    from relance_desktop.app import install_translators

    installed = install_translators(qapp, "nl")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)


def test_shipped_texts_read_in_dutch_and_stay_stored_in_french(
    qtbot: Any, session: Any, small_company: Path, messages: Messages,  # noqa: F811
    dutch: None,
) -> None:
    """A Dutch-speaking user reads the shipped scenario's name and notes in Dutch; saving
    without touching them keeps the company's texts as written; a note of their own is kept
    as typed."""
    cf = open_company_file(small_company)
    try:
        with cf.use():
            dialog = editor(qtbot, session, cf)
            assert dialog.choice.currentText() == "Frankrijk — zakelijke klanten"
            assert dialog.name.text() == "Frankrijk — zakelijke klanten"
            assert dialog.steps.item(1, 8).text() == (
                "Bellen: nagaan of de factuur ontvangen en goedgekeurd is, een datum verkrijgen.")
            dialog.steps.item(2, 8).setText("Brief met de tarieven van ons contract.")
            dialog.save()
            assert dialog.result() == QDialog.DialogCode.Accepted
            scenario = dunning.scenarios(cf)[0]["fr-business"]
            assert scenario.name == "France — clients professionnels"
            assert [s.note for s in scenario.steps][1:3] == [
                "Appel : vérifier que la facture est reçue et validée, obtenir une date.",
                "Brief met de tarieven van ons contract."]
            page_reason = reason_text(session, next(
                a for a in dunning.day_actions(cf, TODAY) if a.customer_name == "Garage Martin"))
            assert page_reason.endswith(
                "Bellen: nagaan of de factuur ontvangen en goedgekeurd is, een datum verkrijgen.")
    finally:
        cf.close()


def test_every_shipped_name_and_note_can_be_translated() -> None:
    """The catalogue the translators see holds every text of the shipped scenario file."""
    import json

    from relance_desktop.views.dunning_labels import SHIPPED_TEXTS

    data = json.loads((Path(__file__).resolve().parents[2] / "resources" / "dunning"
                       / "scenarios.json").read_text(encoding="utf-8"))
    texts = {s["name"] for s in data["scenarios"]} | {
        step["note"] for s in data["scenarios"] for step in s["steps"] if step.get("note")}
    assert texts == set(SHIPPED_TEXTS)

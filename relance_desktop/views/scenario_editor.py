"""The scenario editor: a scenario's ordered steps (offset, from what, channel, letter kind,
minimum amount, automatic, repeat) and the rules that give each customer its scenario. Before
saving, it shows how many customers would get another action today (« N clients changent
d'étape », :func:`relance_desktop.services.dunning.customers_changing_step`)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from relance_desktop.domain.dunning import Assignment, Rule, Scenario, Step
from relance_desktop.domain.dunning.model import Anchor, Channel, LetterKind
from relance_desktop.domain.dunning.profile import Behaviour
from relance_desktop.i18n import QT_TRANSLATE_NOOP
from relance_desktop.services import dunning
from relance_desktop.services.session import CompanySession
from relance_desktop.views.common import Session, translate
from relance_desktop.views.dunning_labels import CHANNELS, TONES, label, shipped_text, stored_text

#: The item role keeping a note as the company stores it (the cell shows it translated).
NOTE_AS_STORED = 257

STEP_HEADERS = (
    QT_TRANSLATE_NOOP("ScenarioEditor", "Décalage (j)"),
    QT_TRANSLATE_NOOP("ScenarioEditor", "À partir de"),
    QT_TRANSLATE_NOOP("ScenarioEditor", "Canal"),
    QT_TRANSLATE_NOOP("ScenarioEditor", "Type de lettre"),
    QT_TRANSLATE_NOOP("ScenarioEditor", "Montant min. (€)"),
    QT_TRANSLATE_NOOP("ScenarioEditor", "Automatique"),
    QT_TRANSLATE_NOOP("ScenarioEditor", "Répéter tous les (j)"),
    QT_TRANSLATE_NOOP("ScenarioEditor", "Au plus (fois)"),
    QT_TRANSLATE_NOOP("ScenarioEditor", "Note"),
)
RULE_HEADERS = (
    QT_TRANSLATE_NOOP("ScenarioEditor", "Scénario"),
    QT_TRANSLATE_NOOP("ScenarioEditor", "Types de clients"),
    QT_TRANSLATE_NOOP("ScenarioEditor", "Pays"),
    QT_TRANSLATE_NOOP("ScenarioEditor", "Étiquettes"),
    QT_TRANSLATE_NOOP("ScenarioEditor", "Dû à partir de (€)"),
    QT_TRANSLATE_NOOP("ScenarioEditor", "Dû sous (€)"),
    QT_TRANSLATE_NOOP("ScenarioEditor", "Comportements"),
)
MAX_EUROS = 10_000_000


ANCHORS = {
    Anchor.DUE.value: QT_TRANSLATE_NOOP("ScenarioEditor", "l'échéance"),
    Anchor.PREVIOUS.value: QT_TRANSLATE_NOOP("ScenarioEditor", "l'étape précédente"),
    Anchor.PAYMENT.value: QT_TRANSLATE_NOOP("ScenarioEditor", "le paiement"),
}


def anchor_names() -> dict[str, str]:
    return {key: translate("ScenarioEditor", text) for key, text in ANCHORS.items()}


def channel_names() -> dict[str, str]:
    return {key: label(CHANNELS, key) for key in CHANNELS}


def kind_names() -> dict[str, str]:
    return {key: label(TONES, key) for key in TONES}


def _combo(choices: dict[str, str], value: str) -> QComboBox:
    combo = QComboBox()
    for key, text in choices.items():
        combo.addItem(text, key)
    combo.setCurrentIndex(max(combo.findData(value), 0))
    return combo


def _spin(value: int, low: int, high: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setValue(value)
    return spin


def _set(words: frozenset[str] | frozenset[Any]) -> str:
    return ", ".join(sorted(str(getattr(w, "value", w)) for w in words))


def _words(text: str) -> frozenset[str]:
    return frozenset(w.strip() for w in text.split(",") if w.strip())


class ScenarioEditor(QDialog):
    """Edit the company's scenarios and rules (the shipped ones while it has none)."""

    def __init__(self, session: Session, cf: CompanySession, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.session, self.cf = session, cf
        self.setObjectName("ScenarioEditor")
        self.setWindowTitle(self.tr("Scénarios de relance"))
        self.resize(1180, 620)
        self.known, self.assignment = dunning.scenarios(cf)
        self.changing: int | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Scénario :")))
        self.choice = QComboBox()
        for key, scenario in self.known.items():
            self.choice.addItem(shipped_text(scenario.name), key)
        top.addWidget(self.choice)
        top.addWidget(QLabel(self.tr("Nom :")))
        self.name = QLineEdit()
        top.addWidget(self.name, 1)
        layout.addLayout(top)
        tabs = QTabWidget()
        layout.addWidget(tabs, 1)
        tabs.addTab(self._build_steps_page(), self.tr("Étapes"))
        tabs.addTab(self._build_rules_page(), self.tr("Règles d'attribution"))
        for rule in self.assignment.rules:
            self._rule_row(rule)
        self.rules.itemChanged.connect(lambda _item: self.timer.start())
        self.default.currentIndexChanged.connect(lambda _i: self.timer.start())
        bottom = QHBoxLayout()
        self.impact = QLabel()
        self.impact.setObjectName("scenarioImpact")
        bottom.addWidget(self.impact, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Enregistrer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(400)
        self.timer.timeout.connect(self.count_changes)
        self.choice.currentIndexChanged.connect(lambda _i: self.show_scenario())
        self.show_scenario()

    def _build_steps_page(self) -> QWidget:
        """The scenario's steps, in order, and the buttons that add, remove and move them."""
        steps_page = QWidget()
        steps_layout = QVBoxLayout(steps_page)
        self.steps = QTableWidget(0, len(STEP_HEADERS))
        self.steps.setObjectName("scenarioSteps")
        self.steps.setHorizontalHeaderLabels([translate("ScenarioEditor", h) for h in STEP_HEADERS])
        self.steps.horizontalHeader().setStretchLastSection(True)
        steps_layout.addWidget(self.steps, 1)
        step_buttons = QHBoxLayout()
        for text, slot in ((self.tr("&Ajouter une étape"), self.add_step),
                           (self.tr("&Supprimer l'étape"), self.remove_step),
                           (self.tr("Monter"), lambda: self.move_step(-1)),
                           (self.tr("Descendre"), lambda: self.move_step(1))):
            button = QPushButton(text)
            button.clicked.connect(slot)
            step_buttons.addWidget(button)
        step_buttons.addStretch(1)
        steps_layout.addLayout(step_buttons)
        return steps_page

    def _build_rules_page(self) -> QWidget:
        """The rules that give a customer its scenario, and the default one."""
        rules_page = QWidget()
        rules_layout = QVBoxLayout(rules_page)
        rules_layout.addWidget(QLabel(self.tr(
            "La première règle qui convient donne le scénario ; sinon, le scénario par défaut. "
            "Types : business, sole_trader, consumer, public_body ; comportements : "
            "new, punctual, loyal_late_once, occasional, chronic, disputing.")))
        self.rules = QTableWidget(0, len(RULE_HEADERS))
        self.rules.setObjectName("scenarioRules")
        self.rules.setHorizontalHeaderLabels([translate("ScenarioEditor", h) for h in RULE_HEADERS])
        self.rules.horizontalHeader().setStretchLastSection(True)
        rules_layout.addWidget(self.rules, 1)
        rule_buttons = QHBoxLayout()
        add_rule = QPushButton(self.tr("Ajouter une règle"))
        add_rule.clicked.connect(self.add_rule)
        remove_rule = QPushButton(self.tr("Supprimer la règle"))
        remove_rule.clicked.connect(self.remove_rule)
        rule_buttons.addWidget(add_rule)
        rule_buttons.addWidget(remove_rule)
        rule_buttons.addWidget(QLabel(self.tr("Par défaut :")))
        self.default = _combo({k: s.name for k, s in self.known.items()},
                              self.assignment.default)
        rule_buttons.addWidget(self.default)
        rule_buttons.addStretch(1)
        rules_layout.addLayout(rule_buttons)
        return rules_page

    @property
    def current_key(self) -> str:
        return str(self.choice.currentData())

    # -- steps -------------------------------------------------------------------------------
    def show_scenario(self) -> None:
        scenario = self.known[self.current_key]
        self.name.setText(shipped_text(scenario.name))
        self.steps.setRowCount(0)
        for step in scenario.steps:
            self._step_row(step, self.steps.rowCount())
        self.steps.resizeColumnsToContents()
        self.count_changes()

    def _step_row(self, step: Step, row: int) -> None:
        self.steps.insertRow(row)
        widgets: list[QWidget] = [
            _spin(step.offset_days, -365, 3650),
            _combo(anchor_names(), step.anchor.value),
            _combo(channel_names(), step.channel.value),
            _combo(kind_names(), step.letter_kind.value),
            _spin(step.min_amount_cents // 100, 0, MAX_EUROS),
            QCheckBox(),
            _spin(step.repeat_every_days, 0, 365),
            _spin(step.repeat_max, 0, 99),
        ]
        widgets[5].setChecked(step.automatic)  # type: ignore[attr-defined]
        for column, widget in enumerate(widgets):
            self.steps.setCellWidget(row, column, widget)
            for signal in ("valueChanged", "currentIndexChanged", "toggled"):
                if hasattr(widget, signal):
                    getattr(widget, signal).connect(lambda *_: self.timer.start())
        self.steps.setItem(row, 8, QTableWidgetItem(shipped_text(step.note)))
        self.steps.item(row, 8).setData(256, step.rule)  # the legal codes it relies on
        self.steps.item(row, 8).setData(NOTE_AS_STORED, step.note)

    def _cell(self, row: int, column: int) -> Any:
        return self.steps.cellWidget(row, column)

    def step_at(self, row: int) -> Step:
        """The step of a row (its position: the row's order). Raises ValueError with the
        problem in the user's words."""
        channel = Channel(self._cell(row, 2).currentData())
        kind = LetterKind(self._cell(row, 3).currentData())
        anchor = Anchor(self._cell(row, 1).currentData())
        automatic = bool(self._cell(row, 5).isChecked())
        every, times = self._cell(row, 6).value(), self._cell(row, 7).value()
        position = row + 1
        if automatic and not (channel is Channel.EMAIL and kind is LetterKind.COURTESY):
            raise ValueError(self.tr("Étape {n} : seul un e-mail de rappel courtois peut partir "
                                     "automatiquement.").format(n=position))
        if bool(every) != bool(times):
            raise ValueError(self.tr("Étape {n} : une répétition demande un nombre de jours et "
                                     "un nombre de fois.").format(n=position))
        if (channel is Channel.THANKS) != (anchor is Anchor.PAYMENT):
            raise ValueError(self.tr("Étape {n} : le remerciement, et lui seul, compte à partir "
                                     "du paiement.").format(n=position))
        note = self.steps.item(row, 8)
        return Step(position, channel, self._cell(row, 0).value(), anchor, kind,
                    self._cell(row, 4).value() * 100, automatic, every, times,
                    note=stored_text(note.text().strip(), str(note.data(NOTE_AS_STORED) or ""))
                    if note else "",
                    rule=str(note.data(256) or "") if note else "")

    def edited(self) -> Scenario:
        steps = tuple(self.step_at(r) for r in range(self.steps.rowCount()))
        if not steps:
            raise ValueError(self.tr("Un scénario a au moins une étape."))
        if sum(s.channel is Channel.THANKS for s in steps) > 1:
            raise ValueError(self.tr("Un seul remerciement par scénario."))
        old = self.known[self.current_key]
        return replace(old, name=stored_text(self.name.text().strip(), old.name) or old.name,
                       steps=steps)

    def add_step(self) -> None:
        row = self.steps.currentRow() + 1 if self.steps.currentRow() >= 0 else \
            self.steps.rowCount()
        self._step_row(Step(row + 1, Channel.CALL, 0), row)
        self.timer.start()

    def remove_step(self) -> None:
        if self.steps.currentRow() >= 0:
            self.steps.removeRow(self.steps.currentRow())
            self.timer.start()

    def move_step(self, by: int) -> None:
        row = self.steps.currentRow()
        try:
            step = self.step_at(row) if row >= 0 else None
        except ValueError:
            return
        target = row + by
        if step is None or not 0 <= target < self.steps.rowCount():
            return
        self.steps.removeRow(row)
        self._step_row(step, target)
        self.steps.setCurrentCell(target, 0)
        self.timer.start()

    # -- rules -------------------------------------------------------------------------------
    def _rule_row(self, rule: Rule) -> None:
        row = self.rules.rowCount()
        self.rules.insertRow(row)
        scenario = _combo({k: s.name for k, s in self.known.items()}, rule.scenario)
        scenario.currentIndexChanged.connect(lambda _i: self.timer.start())
        self.rules.setCellWidget(row, 0, scenario)
        texts = (_set(rule.kinds), rule.country or "", _set(rule.tags),
                 "" if rule.min_cents is None else str(rule.min_cents // 100),
                 "" if rule.max_cents is None else str(rule.max_cents // 100),
                 _set(rule.behaviours))
        for column, text in enumerate(texts, 1):
            self.rules.setItem(row, column, QTableWidgetItem(text))

    def add_rule(self) -> None:
        self._rule_row(Rule(self.current_key))
        self.timer.start()

    def remove_rule(self) -> None:
        if self.rules.currentRow() >= 0:
            self.rules.removeRow(self.rules.currentRow())
            self.timer.start()

    def rules_edited(self) -> Assignment:
        rules = []
        behaviours = {b.value: b for b in Behaviour}
        for row in range(self.rules.rowCount()):
            def text(column: int, row: int = row) -> str:
                item = self.rules.item(row, column)
                return item.text().strip() if item else ""

            euros = []
            for column in (4, 5):
                value = text(column).replace(" ", "").replace("\u202f", "")
                if value and not value.isdigit():
                    raise ValueError(self.tr("Règle {n} : « {value} » n'est pas un montant en "
                                             "euros entiers.").format(n=row + 1, value=value))
                euros.append(int(value) * 100 if value else None)
            unknown = sorted(_words(text(6)) - set(behaviours))
            if unknown:
                raise ValueError(self.tr("Règle {n} : comportement inconnu « {value} ».").format(
                    n=row + 1, value=", ".join(unknown)))
            rules.append(Rule(str(self.rules.cellWidget(row, 0).currentData()),
                              _words(text(1)), text(2).upper() or None, _words(text(3)),
                              euros[0], euros[1],
                              frozenset(behaviours[b] for b in _words(text(6)))))
        return Assignment(tuple(rules), str(self.default.currentData()))

    # -- what changes, saving ----------------------------------------------------------------
    def count_changes(self) -> int | None:
        """How many customers get another action today with the steps and the rules as edited
        (both count: a rule that moves a customer to another scenario changes its step)."""
        try:
            edited, assignment = self.edited(), self.rules_edited()
        except ValueError as exc:
            self.changing = None
            self.impact.setText(str(exc))
            return None
        self.changing = dunning.customers_changing_step(self.cf, edited, self.session.today(),
                                                        assignment)
        self.impact.setText(self.tr("%n clients changent d'étape aujourd'hui avec ce "
                                    "scénario et ces règles.", "", self.changing))
        return self.changing

    def save(self) -> None:
        try:
            edited, assignment = self.edited(), self.rules_edited()
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("Scénario"), str(exc))
            return
        count = self.count_changes() or 0
        if count and QMessageBox.question(self, self.tr("Scénario"), self.tr(
                "%n clients changent d'étape aujourd'hui. Enregistrer ?", "", count)
        ) != QMessageBox.StandardButton.Yes:
            return
        dunning.install_shipped(self.cf)
        dunning.save_scenario(self.cf, edited)
        dunning.save_assignment(self.cf, assignment)
        self.accept()

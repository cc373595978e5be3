"""Assigning customers to collectors (team mode): the « Affecter à » menu of the customer list
and of the customer window, and Outils › « Règles d'affectation… » (country, language, amount
owed; a preview of how many customers each rule takes, applied on demand).

On a company file nothing of this shows.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from relance_desktop.errors import UserFacingError
from relance_desktop.i18n import QT_TRANSLATE_NOOP
from relance_desktop.services import assignment, team_roles
from relance_desktop.services.assignment import Rule
from relance_desktop.services.session import CompanySession
from relance_desktop.services.storage import storage_error
from relance_desktop.views.common import Session, show_user_error

log = logging.getLogger(__name__)

translate = QCoreApplication.translate  # the « team » context, as lupdate reads it
RULE_ROWS = 4
BAD_AMOUNT = QT_TRANSLATE_NOOP(
    "team", "Montant illisible « {value} » : écrivez par exemple 1 500,00.")


def is_team(cf: CompanySession | None) -> bool:
    return team_roles.signed_in(cf) is not None


def assign(parent: QWidget, session: Session, cf: CompanySession, customer_ids: Sequence[int],
           user_id: int | None) -> bool:
    """Assign, with a plain message when a rule or the server refuses."""
    try:
        assignment.assign(cf, customer_ids, user_id)
    except UserFacingError as exc:
        show_user_error(parent, session, exc)
        return False
    except Exception as exc:
        mapped = storage_error(exc, cf)
        if mapped is None:
            raise
        show_user_error(parent, session, mapped)
        return False
    return True


def assign_menu(parent: QWidget, session: Session, cf: CompanySession,
                customer_ids: Callable[[], Sequence[int]],
                done: Callable[[], None] = lambda: None) -> QMenu:
    """« Affecter à » : each collector, and « personne » (back to the pool)."""
    menu = QMenu(translate("team", "Affecter à"), parent)
    menu.setObjectName("assignMenu")

    def chosen(user_id: int | None) -> None:
        ids = list(customer_ids())
        if ids and assign(parent, session, cf, ids, user_id):
            done()

    for collector in assignment.collectors(cf):
        action = menu.addAction(collector.name)
        action.triggered.connect(lambda _=False, u=collector.id: chosen(u))
    menu.addSeparator()
    pool = menu.addAction(translate("team", "Personne (à prendre par l'équipe)"))
    pool.triggered.connect(lambda _=False: chosen(None))
    menu.setEnabled(team_roles.can(cf, team_roles.Ability.WRITE))
    return menu


def assigned_text(cf: CompanySession, customer_id: int) -> str:
    """« Suivi par Claire » or « Non affecté (à prendre) » for the customer window."""
    collector = assignment.assigned_to(cf, customer_id)
    if collector is None:
        return translate("team", "Non affecté (à prendre par l'équipe)")
    return translate("team", "Suivi par {name}").format(name=collector.name)


class RulesDialog(QDialog):
    """A few rules, tried in order: the first a customer matches decides who chases it."""

    def __init__(self, session: Session, cf: CompanySession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.cf = session, cf
        self.setWindowTitle(translate("team", "Règles d'affectation"))
        layout = QVBoxLayout(self)
        intro = QLabel(translate(
            "team", "Chaque client va à la première règle qu'il remplit. Une case vide : "
            "n'importe lequel. Montants : ce que le client doit encore, bornes comprises."))
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        heads = (translate("team", "Chargé de recouvrement"), translate("team", "Pays"),
                 translate("team", "Langue"), translate("team", "Doit au moins"),
                 translate("team", "Doit au plus"), translate("team", "Clients"))
        for col, text in enumerate(heads):
            grid.addWidget(QLabel(text), 0, col)
        self.rows: list[tuple[QComboBox, QLineEdit, QLineEdit, QLineEdit, QLineEdit, QLabel]] = []
        collectors = assignment.collectors(cf)
        for pos in range(RULE_ROWS):
            who = QComboBox()
            who.addItem(translate("team", "(règle inutilisée)"), None)
            for collector in collectors:
                who.addItem(collector.name, collector.id)
            country, language, low, high = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
            country.setPlaceholderText("FR, BE…")
            language.setPlaceholderText("fr, nl…")
            count = QLabel("")
            count.setObjectName(f"ruleCount{pos}")
            for col, widget in enumerate((who, country, language, low, high, count)):
                grid.addWidget(widget, pos + 1, col)
            self.rows.append((who, country, language, low, high, count))
        layout.addLayout(grid)
        self.only_pool = QCheckBox(translate("team", "Seulement les clients non affectés"))
        self.only_pool.setChecked(True)
        layout.addWidget(self.only_pool)
        self.preview_button = QPushButton(translate("team", "&Aperçu"))
        self.preview_button.clicked.connect(self.preview)
        layout.addWidget(self.preview_button, 0, Qt.AlignmentFlag.AlignLeft)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = buttons.addButton(translate("team", "A&ppliquer"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _cents(self, text: str) -> int | None:
        text = text.strip()
        if not text:
            return None
        try:
            return self.session.formatter.parse_money(text)
        except ValueError:
            raise UserFacingError(BAD_AMOUNT, context="team", value=text) from None

    def rules(self) -> tuple[list[Rule], list[QLabel]]:
        found, labels = [], []
        for who, country, language, low, high, count in self.rows:
            count.setText("")
            if who.currentData() is None:
                continue
            found.append(Rule(int(who.currentData()), country.text(), language.text(),
                              self._cents(low.text()), self._cents(high.text())))
            labels.append(count)
        return found, labels

    def _counts(self) -> tuple[list[Rule], list[int]] | None:
        try:
            rules, labels = self.rules()
            counts = assignment.preview(self.cf, rules, only_pool=self.only_pool.isChecked())
        except UserFacingError as exc:
            show_user_error(self, self.session, exc)
            return None
        for label, count in zip(labels, counts, strict=True):
            label.setText(str(count))
        return rules, counts

    def preview(self) -> None:
        self._counts()

    def accept(self) -> None:
        found = self._counts()
        if found is None:
            return
        rules, counts = found
        answer = QMessageBox.question(
            self, translate("team", "Règles d'affectation"),
            translate("team", "Affecter {count} clients selon ces règles ?").format(
                count=sum(counts)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            assignment.apply_rules(self.cf, rules, only_pool=self.only_pool.isChecked())
        except Exception as exc:
            mapped = exc if isinstance(exc, UserFacingError) else storage_error(exc, self.cf)
            if mapped is None:
                raise
            show_user_error(self, self.session, mapped)
            return
        super().accept()


def open_rules(window: Any) -> None:
    cf = window.cf
    if cf is None or not is_team(cf) or not team_roles.can(cf, team_roles.Ability.ADMINISTER):
        return
    if RulesDialog(window.session, cf, window).exec():
        window.reload()


class AssignButton(QPushButton):
    """In the customer window: who chases this customer, and a menu to change it (team mode;
    hidden on a company file)."""

    def __init__(self, session: Session, cf: CompanySession, customer_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assignButton")
        self.session, self.cf, self.customer_id = session, cf, customer_id
        self.setVisible(is_team(cf))
        if is_team(cf):
            self.setMenu(assign_menu(self, session, cf, lambda: [customer_id], self.refresh))
        self.refresh()

    def refresh(self) -> None:
        if is_team(self.cf):
            self.setText(assigned_text(self.cf, self.customer_id))

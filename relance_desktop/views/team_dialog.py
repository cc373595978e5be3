"""Outils › « Équipe… » (team mode, administrators only): the people of the team, their role,
adding someone, disabling someone. And what the window offers to each role: the server refuses
what a role may not do anyway (services.team_roles); here the window does not offer it.

On a company file nothing of this shows.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from relance_desktop.errors import UserFacingError, ValidationError
from relance_desktop.i18n import QT_TRANSLATE_NOOP
from relance_desktop.services import team_roles
from relance_desktop.services.session import CompanySession
from relance_desktop.services.storage import storage_error
from relance_desktop.services.team_roles import Ability, Role
from relance_desktop.views import style
from relance_desktop.views.common import Session, show_user_error

log = logging.getLogger(__name__)


translate = QCoreApplication.translate  # the « team » context, as lupdate reads it


def role_label(role: Role) -> str:
    return QCoreApplication.translate("team", team_roles.ROLE_LABELS[role])


def _role_box(current: Role = Role.COLLECTOR) -> QComboBox:
    box = QComboBox()
    for role in Role:
        box.addItem(role_label(role), role.value)
    box.setCurrentIndex(list(Role).index(current))
    return box


def _guarded(parent: QWidget, session: Session, cf: CompanySession, work: Any) -> bool:
    """Run ``work()``; a plain message (and False) when the server or a rule refuses it."""
    try:
        work()
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


class AddPersonDialog(QDialog):
    """A new person: their name, the login they will sign in with, a first password, a role."""

    def __init__(self, session: Session, cf: CompanySession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.cf = session, cf
        self.setWindowTitle(translate("team", "Ajouter une personne"))
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.name.setPlaceholderText(translate("team", "ex. Claire Martin"))
        self.login = QLineEdit()
        self.login.setPlaceholderText(translate("team", "ex. claire.martin"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.role = _role_box()
        form.addRow(translate("team", "&Nom"), self.name)
        form.addRow(translate("team", "&Identifiant de connexion"), self.login)
        form.addRow(translate("team", "&Mot de passe initial"), self.password)
        form.addRow(translate("team", "&Rôle"), self.role)
        hint = QLabel(translate("team", "Donnez-lui le mot de passe de vive voix ; Relance "
                                "ne le garde pas."))
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setWordWrap(True)
        form.addRow(hint)
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        style.status_text(self.error, style.Status.STOP)  # readable in the dark scheme too
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        role = Role(self.role.currentData())
        try:
            team_roles.add_person(self.cf, self.login.text(), self.name.text(),
                                  self.password.text(), role)
        except ValidationError as exc:
            self.error.setText(self.session.message(exc))
            (self.login if exc.field == "login" else self.password).setFocus()
            return  # the form stays as typed
        except Exception as exc:
            mapped = exc if isinstance(exc, UserFacingError) else storage_error(exc, self.cf)
            if mapped is None:
                raise
            self.error.setText(self.session.message(mapped))
            return
        self.password.clear()
        super().accept()


class TeamDialog(QDialog):
    """The people of the team and their roles."""

    COLUMNS = (QT_TRANSLATE_NOOP("team", "Nom"), QT_TRANSLATE_NOOP("team", "Identifiant"),
               QT_TRANSLATE_NOOP("team", "Rôle"), QT_TRANSLATE_NOOP("team", "État"))

    def __init__(self, session: Session, cf: CompanySession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.cf = session, cf
        self.setWindowTitle(translate("team", "Équipe"))
        self.resize(640, 360)
        layout = QVBoxLayout(self)
        intro = QLabel(translate(
            "team", "Chacun se connecte avec son propre identifiant. Le serveur applique "
            "les rôles : administrateur (personnes, réglages, taux, textes), "
            "chargé de recouvrement (appels, courriers, paiements, promesses), "
            "lecture seule (comptable, direction)."))
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("teamPeople")
        self.table.setHorizontalHeaderLabels([translate("team", c) for c in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(translate("team", "&Ajouter une personne…"))
        self.add_button.clicked.connect(self.add_person)
        self.role = _role_box()
        self.role_button = QPushButton(translate("team", "&Changer le rôle"))
        self.role_button.clicked.connect(self.change_role)
        self.active_button = QPushButton(translate("team", "&Désactiver"))
        self.active_button.clicked.connect(self.toggle_active)
        for widget in (self.add_button, self.role, self.role_button, self.active_button):
            row.addWidget(widget)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.members: list[team_roles.Member] = []
        self.reload()

    def reload(self) -> None:
        self.members = team_roles.members(self.cf)
        self.table.setRowCount(len(self.members))
        for pos, member in enumerate(self.members):
            state = translate("team", "actif") if member.active else translate("team", "désactivé")
            for col, text in enumerate((member.name, member.login, role_label(member.role),
                                        state)):
                self.table.setItem(pos, col, QTableWidgetItem(text))
        self._selection()

    def selected(self) -> team_roles.Member | None:
        rows = self.table.selectionModel().selectedRows()
        return self.members[rows[0].row()] if rows else None

    def _selection(self) -> None:
        member = self.selected()
        me = team_roles.signed_in(self.cf)
        mine = member is not None and me is not None and member.login == me.login
        for widget in (self.role, self.role_button, self.active_button):
            widget.setEnabled(member is not None and not mine)  # never lock oneself out
        if member is not None:
            self.role.setCurrentIndex(list(Role).index(member.role))
            self.active_button.setText(translate("team", "&Désactiver") if member.active
                                       else translate("team", "&Réactiver"))

    def add_person(self) -> None:
        if AddPersonDialog(self.session, self.cf, self).exec():
            self.reload()

    def change_role(self) -> None:
        member = self.selected()
        if member is None:
            return
        role = Role(self.role.currentData())
        if _guarded(self, self.session, self.cf,
                    lambda: team_roles.change_role(self.cf, member.login, role)):
            self.reload()

    def toggle_active(self) -> None:
        member = self.selected()
        if member is None:
            return
        if member.active:
            answer = QMessageBox.question(
                self, translate("team", "Désactiver"),
                translate("team", "{name} ne pourra plus se connecter. Son historique reste "
                          "à son nom. Continuer ?").format(name=member.name))
            if answer != QMessageBox.StandardButton.Yes:
                return
        if _guarded(self, self.session, self.cf,
                    lambda: team_roles.set_active(self.cf, member.login, not member.active)):
            self.reload()


# What each role is offered in the main window (attributes of views.main_window.MainWindow).
ADMIN_ACTIONS = ("company_action", "templates_action", "rates_action", "smtp_action",
                 "team_action", "rules_action")
WRITE_ACTIONS = ("import_action", "new_customer_action", "new_invoice_action", "payment_action",
                 "call_action", "next_action")


def apply_role(window: Any) -> None:
    """Hide what the person signed in may not do (team mode); on a file, only the team's own
    entries are hidden."""
    cf = window.cf
    team = team_roles.signed_in(cf) is not None
    for name in ("team_action", "rules_action", "next_action"):
        action = getattr(window, name, None)
        if action is not None:
            action.setVisible(team)
    if not team:
        return
    for names, ability in ((ADMIN_ACTIONS, Ability.ADMINISTER), (WRITE_ACTIONS, Ability.WRITE)):
        if team_roles.can(cf, ability):
            continue
        for name in names:
            action = getattr(window, name, None)
            if action is not None:
                action.setEnabled(False)


def read_only_buttons(cf: CompanySession | None, buttons: Any) -> None:
    """Disable the buttons that write when the person signed in only reads (team mode)."""
    if team_roles.can(cf, Ability.WRITE):
        return
    for button in buttons:
        button.setEnabled(False)


def open_team(window: Any) -> None:
    cf = window.cf
    if cf is None or not team_roles.can(cf, Ability.ADMINISTER) \
            or team_roles.signed_in(cf) is None:
        return
    TeamDialog(window.session, cf, window).exec()

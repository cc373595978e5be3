"""« Modifié entre-temps » : a form saved on top of someone else's change shows both versions.

One row per field the two versions disagree on: the value saved now (by another window, another
instance of Relance or another collector), the value in the form, and a choice per field
(« Garder la mienne » / « Prendre la leur »). What the user typed is proposed wherever they
changed the field. « Enregistrer la fusion » saves the chosen values on top of the version saved
now; « Annuler » goes back to the form with everything typed still in it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from relance_desktop.services.concurrency import (
    Difference,
    EditConflictError,
    differences,
    merged,
)

KEEP_MINE, TAKE_THEIRS = "mine", "theirs"


class ConflictDialog(QDialog):
    """The differing fields, each with its choice; :meth:`take_theirs` after « accept »."""

    def __init__(self, parent: QWidget | None, message: str,
                 found: Sequence[Difference], label: Callable[[str], str],
                 show: Callable[[str, Any], str]) -> None:
        super().__init__(parent)
        self.setObjectName("ConflictDialog")
        self.setWindowTitle(self.tr("Modifié entre-temps"))
        self.found = list(found)
        explain = QLabel(message + "\n" + self.tr(
            "Choisissez pour chaque champ la valeur à garder, puis enregistrez : rien de ce "
            "que vous avez tapé n'est perdu (« Annuler » revient au formulaire)."), self)
        explain.setTextFormat(Qt.TextFormat.PlainText)
        explain.setWordWrap(True)
        self.table = QTableWidget(len(self.found), 4, self)
        self.table.setObjectName("differences")
        self.table.setHorizontalHeaderLabels([
            self.tr("Champ"), self.tr("Version enregistrée"), self.tr("Votre saisie"),
            self.tr("Garder")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.choices: dict[str, QComboBox] = {}
        for row, difference in enumerate(self.found):
            cells = (label(difference.field), show(difference.field, difference.theirs),
                     show(difference.field, difference.mine))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
            choice = QComboBox(self.table)
            choice.setObjectName(f"choice_{difference.field}")
            choice.addItem(self.tr("Garder la mienne"), KEEP_MINE)
            choice.addItem(self.tr("Prendre la leur"), TAKE_THEIRS)
            choice.setCurrentIndex(0 if difference.keep_mine else 1)
            self.table.setCellWidget(row, 3, choice)
            self.choices[difference.field] = choice
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("&Enregistrer la fusion"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Annuler"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(720, 160 + 32 * len(self.found))

    def choose(self, field: str, keep: str) -> None:
        """Pick ``KEEP_MINE`` or ``TAKE_THEIRS`` for one field (as a click on its list)."""
        combo = self.choices[field]
        combo.setCurrentIndex(combo.findData(keep))

    def take_theirs(self) -> set[str]:
        """The fields whose saved value the user chose."""
        return {name for name, combo in self.choices.items()
                if combo.currentData() == TAKE_THEIRS}


# --- What a form shows of a field ----------------------------------------------------------

def _widget(form: Any, name: str) -> QWidget | None:
    """The form's widget for an input field (``customer_id`` → « customer », ``notes`` →
    ``ui.notes``, ``po_required`` → ``ui.poRequired``)."""
    fields: dict[str, QWidget] = getattr(form, "fields", {})
    for key in (name, name.removesuffix("_id"), name.removesuffix("_cents")):
        if key in fields:
            return fields[key]
    head, *rest = name.split("_")
    camel = head + "".join(part.title() for part in rest)
    found = getattr(getattr(form, "ui", None), camel, None)
    return found if isinstance(found, QWidget) else None


def field_label(form: QWidget, name: str) -> str:
    """The label the form shows beside the field (its own text for a check box)."""
    widget = _widget(form, name)
    if widget is None:
        return name
    for layout in form.findChildren(QFormLayout):
        label = layout.labelForField(widget)
        if isinstance(label, QLabel):
            return label.text().replace("&", "").rstrip(" :").strip()
    text = getattr(widget, "text", None)
    if callable(text) and isinstance(widget, QCheckBox):
        return str(text()).replace("&", "")
    return name


def show_value(form: Any, name: str, value: Any) -> str:
    """A value as the form would show it (a list's label, a date, an amount, Oui/Non)."""
    widget = _widget(form, name)
    if value is None or value == "":
        return QCoreApplication.translate("ConflictDialog", "(vide)")
    if isinstance(value, bool):
        if value:
            return QCoreApplication.translate("ConflictDialog", "Oui")
        return QCoreApplication.translate("ConflictDialog", "Non")
    if isinstance(widget, QComboBox):
        index = widget.findData(value)
        if index >= 0:
            return widget.itemText(index)
    formatter = form.session.formatter
    if isinstance(value, date):
        return str(formatter.date(value))
    if name.endswith("_cents") and isinstance(value, int):
        return str(formatter.number(value))
    return str(value)


def resolve(form: Any, exc: EditConflictError) -> bool:
    """Show both versions of the row the form edits; fill the form with the merge the user
    chose and make the version saved now the one it was made from. False: the user went back
    to the form (nothing changed in it)."""
    theirs = exc.theirs if exc.theirs is not None else form.current()
    mine = form.data()
    found = differences(form.loaded, theirs, mine)
    if found:
        dialog = ConflictDialog(form, form.session.message(exc), found,
                                lambda name: field_label(form, name),
                                lambda name, value: show_value(form, name, value))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        mine = merged(theirs, mine, dialog.take_theirs())
        form.fill(mine)
    form.loaded = theirs
    return True

"""Preferences: interface language, number and date formats, the user's name."""

from __future__ import annotations

import sys
from datetime import date

from PySide6.QtCore import QCoreApplication, QProcess
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from relance_desktop.formatting import Formatter
from relance_desktop.i18n import FORMAT_LOCALES, UI_LANGUAGES
from relance_desktop.settings import setting
from relance_desktop.views import style
from relance_desktop.views.common import Session

SAMPLE_CENTS = 123_456
# The call limits offered here (relance_desktop.settings declares their label and range).
LIMIT_KEYS = ("calls_per_day", "calls_per_7_days", "calls_per_30_days", "promise_grace_days",
              "plan_max_months")


class PreferencesDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("PreferencesDialog")
        self.setWindowTitle(self.tr("Préférences"))
        settings = session.settings
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox()
        for code, name in UI_LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(settings.get("ui_language")), 0))
        form.addRow(self.tr("&Langue de l'interface"), self.language)
        self.locale = QComboBox()
        for name in FORMAT_LOCALES:
            self.locale.addItem(self._locale_label(name), name)
        self.locale.setCurrentIndex(max(self.locale.findData(settings.get("format_locale")), 0))
        form.addRow(self.tr("&Format des montants et dates"), self.locale)
        self.sample = QLabel()
        form.addRow(self.tr("Aperçu"), self.sample)
        self.user_name = QLineEdit(settings.get("user_name"))
        self.user_name.setPlaceholderText(self.tr("ex. Claire Martin (utilisé dans les scripts)"))
        form.addRow(self.tr("&Votre nom"), self.user_name)
        self.reopen = QCheckBox(self.tr("Rouvrir le dernier fichier au démarrage"))
        self.reopen.setChecked(bool(settings.get("reopen_last")))
        form.addRow("", self.reopen)
        self.backup_keep = QSpinBox()
        keep = setting("backup_keep")
        self.backup_keep.setRange(keep.minimum or 0, keep.maximum or 365)
        self.backup_keep.setValue(int(settings.get("backup_keep")))
        self.backup_keep.setSpecialValueText(self.tr("aucune"))
        self.backup_keep.setToolTip(self.tr(
            "Une copie complète du fichier ouvert est faite chaque jour dans le dossier de "
            "données de Relance ; les plus anciennes sont effacées au-delà de ce nombre."))
        form.addRow(self.tr("&Sauvegardes quotidiennes gardées"), self.backup_keep)
        retention = setting("gdpr_retention_years")  # GDPR: when anonymisation is offered
        self.retention = QSpinBox()
        self.retention.setObjectName("gdpr_retention_years")
        self.retention.setRange(retention.minimum or 1, retention.maximum or 30)
        self.retention.setValue(int(settings.get("gdpr_retention_years")))
        form.addRow(QCoreApplication.translate("settings", retention.label), self.retention)
        layout.addLayout(form)
        layout.addWidget(self._calls_box())
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.locale.currentIndexChanged.connect(self._preview)
        self.language.currentIndexChanged.connect(self._preview)
        self._preview()

    def _calls_box(self) -> QGroupBox:
        """When one may call and how often (no law sets them: prudent defaults, yours to set)."""
        settings = self.session.settings
        box = QGroupBox(self.tr("Appels"))
        form = QFormLayout(box)
        self.allowed_hours = QLineEdit(settings.get("call_allowed_hours"))
        self.allowed_hours.setPlaceholderText("lun-ven 09:00-12:00, 14:00-18:00")
        form.addRow(self.tr("&Heures où l'on peut appeler"), self.allowed_hours)
        self.limits: dict[str, QSpinBox] = {}
        # Label, range and default come from the one declaration (relance_desktop.settings).
        for key in LIMIT_KEYS:
            spec = setting(key)
            spin = QSpinBox()
            spin.setObjectName(key)
            spin.setRange(spec.minimum or 0, spec.maximum if spec.maximum is not None else 999)
            spin.setValue(int(settings.get(key)))
            form.addRow(QCoreApplication.translate("settings", spec.label), spin)
            self.limits[key] = spin
        self.hours_error = QLabel()
        style.status_text(self.hours_error, style.Status.STOP)
        self.hours_error.setWordWrap(True)
        self.hours_error.hide()
        form.addRow(self.hours_error)
        return box

    def _locale_label(self, name: str) -> str:
        from babel import Locale

        return Locale.parse(name).get_display_name(self.session.formatter.locale) or name

    def _preview(self) -> None:
        fmt = Formatter(str(self.locale.currentData()))
        self.sample.setText(f"{fmt.money(SAMPLE_CENTS)} · {fmt.date(date(2026, 11, 23))} · "
                            f"{fmt.phone('+33478123456')} · {fmt.phone('+3225551234')}")
        self.note.setText(self.tr("Relance redémarre pour changer de langue.")
                          if self.language_changed else "")

    @property
    def language_changed(self) -> bool:
        return self.language.currentData() != self.session.settings.get("ui_language")

    def accept(self) -> None:
        from relance_desktop.domain.calls.hours import CallHoursError, parse_call_hours

        hours = " ".join(self.allowed_hours.text().split())
        problem = ""
        try:
            if not parse_call_hours(hours).windows:
                problem = self.tr("Indiquez au moins une plage horaire.")
        except CallHoursError as exc:
            problem = self.session.message_text(exc.message)
        if problem:
            self.hours_error.setText(problem)
            self.hours_error.show()
            self.allowed_hours.setFocus()
            return
        settings = self.session.settings
        settings.set("call_allowed_hours", hours)
        for key, spin in self.limits.items():
            settings.set(key, spin.value())
        settings.set("ui_language", str(self.language.currentData()))
        settings.set("format_locale", str(self.locale.currentData()))
        settings.set("user_name", self.user_name.text().strip())
        settings.set("reopen_last", self.reopen.isChecked())
        settings.set("backup_keep", self.backup_keep.value())
        settings.set("gdpr_retention_years", self.retention.value())
        super().accept()


def ask_restart(parent: QWidget) -> bool:
    """After a change of language: restart now (True), or keep the running window as it is
    until the next start: its texts and its number formats stay those of the old language, so
    that nothing is shown half in one language, half in the other."""
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("PreferencesDialog", "Changer de langue"),
        QCoreApplication.translate(
            "PreferencesDialog",
            "La nouvelle langue s'applique au redémarrage de Relance. Redémarrer maintenant ? "
            "(Sinon, Relance reste dans la langue actuelle jusqu'au prochain démarrage.)"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes)
    return answer == QMessageBox.StandardButton.Yes


def relaunch_command() -> tuple[str, list[str]]:
    """How to start Relance again with the same arguments (packaged app or ``python -m``)."""
    if getattr(sys, "frozen", False):
        return sys.executable, sys.argv[1:]
    return sys.executable, ["-m", "relance_desktop", *sys.argv[1:]]


def restart(window: QWidget) -> bool:
    """Close ``window`` (it saves and releases its file), then start Relance again."""
    if not window.close():
        return False
    program, arguments = relaunch_command()
    return bool(QProcess.startDetached(program, arguments))

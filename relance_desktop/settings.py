"""User settings: one declarative list, stored as JSON in the config folder.

Secrets never go here (see :mod:`relance_desktop.secrets`). Writes are atomic (temporary file then
rename), and an unreadable file falls back to defaults rather than stopping the app.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from relance_desktop import paths
from relance_desktop.domain.calls.promises import GRACE_DAYS, MAX_GRACE_DAYS
from relance_desktop.i18n import (
    DEFAULT_LOCALE,
    FORMAT_LOCALES,
    QT_TRANSLATE_NOOP,
    UI_LANGUAGES,
    system_choice,
)

log = logging.getLogger(__name__)

MAX_RECENT = 8


@dataclass(frozen=True)
class Setting:
    """One setting: its key, default, type, label (the preferences dialog's words) and, for a
    number, the range the code accepts (the dialog offers exactly that range; a value outside it
    in the file falls back to the default, and :meth:`Settings.set` refuses it)."""

    key: str
    default: Any
    type: type
    label: str
    minimum: int | None = None
    maximum: int | None = None

    def accepts(self, value: Any) -> bool:
        if not isinstance(value, self.type) or (self.type is int and isinstance(value, bool)):
            return False
        if not isinstance(value, int):
            return True
        if self.minimum is not None and value < self.minimum:
            return False
        return self.maximum is None or value <= self.maximum


SETTINGS: tuple[Setting, ...] = (
    Setting("ui_language", "fr", str, QT_TRANSLATE_NOOP("settings", "Langue de l'interface")),
    Setting(
        "format_locale", DEFAULT_LOCALE, str, QT_TRANSLATE_NOOP("settings", "Format des nombres")
    ),
    Setting("user_name", "", str, QT_TRANSLATE_NOOP("settings", "Votre nom (dans les scripts)")),
    Setting("recent_files", [], list, QT_TRANSLATE_NOOP("settings", "Fichiers récents")),
    Setting("recent_servers", [], list, QT_TRANSLATE_NOOP("settings", "Serveurs d'équipe récents")),
    Setting("last_file", "", str, QT_TRANSLATE_NOOP("settings", "Dernier fichier ouvert")),
    Setting("reopen_last", True, bool, QT_TRANSLATE_NOOP("settings", "Rouvrir le dernier fichier")),
    Setting("window_geometry", "", str, QT_TRANSLATE_NOOP("settings", "Position de la fenêtre")),
    # Legal engine: half-years added by the user (« 2026-S2 » → {"ecb": "2.15", ...}) and the
    # two readings of the law the user may choose between (see domain/legal).
    Setting("extra_rates", {}, dict, QT_TRANSLATE_NOOP("settings", "Taux ajoutés")),
    Setting("rate_mode", "split", str, QT_TRANSLATE_NOOP(
        "settings", "Taux d'intérêt quand le retard couvre plusieurs semestres")),
    Setting("day_count", "365", str, QT_TRANSLATE_NOOP("settings", "Base de calcul des jours")),
    Setting("be_consumer_prescription", "1y_end_of_year", str, QT_TRANSLATE_NOOP(
        "settings", "Prescription envers un consommateur belge")),
    # Rate updates (services/rates_update): online only when the user allows it (off: Relance
    # works offline); the ECB data portal address and the address of a published rates file.
    Setting("rates_online_update", False, bool, QT_TRANSLATE_NOOP(
        "settings", "Autoriser la mise à jour des taux en ligne")),
    Setting("rates_ecb_url",
            "https://data-api.ecb.europa.eu/service/data/FM/D.U2.EUR.4F.KR.MRR_FR.LEV", str,
            QT_TRANSLATE_NOOP("settings", "Adresse du taux BCE (portail de données de la BCE)")),
    Setting("rates_update_url", "", str, QT_TRANSLATE_NOOP(
        "settings", "Adresse du fichier de taux publié")),
    # Calls: when one may call, how often, and what makes a promise or a plan reasonable.
    Setting("call_allowed_hours", "lun-ven 09:00-12:00, 14:00-18:00", str, QT_TRANSLATE_NOOP(
        "settings", "Heures où l'on peut appeler")),
    Setting("calls_per_day", 1, int, QT_TRANSLATE_NOOP(
        "settings", "Appels au même client par jour, au plus"), 1, 5),
    Setting("calls_per_7_days", 3, int, QT_TRANSLATE_NOOP(
        "settings", "Appels au même client sur 7 jours, au plus"), 1, 20),
    Setting("calls_per_30_days", 4, int, QT_TRANSLATE_NOOP(
        "settings", "Appels au même client sur 30 jours, au plus"), 1, 60),
    Setting("promise_grace_days", GRACE_DAYS, int, QT_TRANSLATE_NOOP(
        "settings", "Jours d'attente après la date promise avant de conclure"),
        0, MAX_GRACE_DAYS),
    Setting("plan_max_months", 12, int, QT_TRANSLATE_NOOP(
        "settings", "Durée raisonnable d'un échéancier (mois)"), 1, 60),
    Setting("plan_min_instalment_cents", 5000, int, QT_TRANSLATE_NOOP(
        "settings", "Échéance minimale (centimes)"), 0, 100_000_00),
    Setting("small_debt_cents", 50000, int, QT_TRANSLATE_NOOP(
        "settings", "Petite dette : paiement immédiat en dessous de (centimes)"), 0, 10**11),
    Setting("large_debt_cents", 500000, int, QT_TRANSLATE_NOOP(
        "settings", "Grosse dette : échéancier au-dessus de (centimes)"), 0, 10**11),
    # GDPR: years a settled debtor's personal data are kept before anonymisation is offered
    # (services/gdpr: 5 years, the commercial and general prescription).
    Setting("gdpr_retention_years", 5, int, QT_TRANSLATE_NOOP(
        "settings", "Conservation des données d'un client après sa dernière dette soldée (ans)"),
        1, 30),
    # Automatic daily backups of the open company file (services/backup); 0: none.
    Setting("backup_keep", 7, int, QT_TRANSLATE_NOOP(
        "settings", "Sauvegardes automatiques quotidiennes à garder (0 : aucune)"), 0, 365),
    # Sending e-mail (services/mailer). The password is in the OS keyring, never here.
    Setting("smtp_host", "", str, QT_TRANSLATE_NOOP("settings", "Serveur d'envoi (SMTP)")),
    Setting("smtp_port", 587, int, QT_TRANSLATE_NOOP("settings", "Port du serveur d'envoi"),
            1, 65535),
    Setting("smtp_security", "starttls", str, QT_TRANSLATE_NOOP(
        "settings", "Sécurité de la connexion d'envoi")),
    Setting("smtp_user", "", str, QT_TRANSLATE_NOOP("settings", "Identifiant d'envoi")),
    Setting("smtp_sender", "", str, QT_TRANSLATE_NOOP("settings", "Adresse de l'expéditeur")),
    Setting("smtp_sender_name", "", str, QT_TRANSLATE_NOOP("settings", "Nom de l'expéditeur")),
    # Dunning (views/actions_page): the steps marked automatic go out when « Actions du jour »
    # is shown, without a click (off: every step waits for the user's validation).
    Setting("dunning_auto_send", False, bool, QT_TRANSLATE_NOOP(
        "settings", "Envoyer sans validation les étapes marquées automatiques")),
)
_BY_KEY = {s.key: s for s in SETTINGS}


def setting(key: str) -> Setting:
    """The declaration of ``key`` (its label, default and range)."""
    return _BY_KEY[key]
# Settings whose value must be one of a known list (a hand-edited file must not stop the app).
_ALLOWED: dict[str, tuple[str, ...]] = {
    "ui_language": tuple(UI_LANGUAGES),
    "format_locale": FORMAT_LOCALES,
    "rate_mode": ("split", "due_date"),
    "day_count": ("365", "actual"),
    "be_consumer_prescription": ("1y_end_of_year", "10y"),
    "smtp_security": ("ssl", "starttls", "none"),
}


class Settings:
    def __init__(self, file: Path | None = None) -> None:
        self.file = file or paths.settings_file()
        self._values: dict[str, Any] = {}
        self._load()

    def _load(self) -> None:
        try:
            raw = json.loads(self.file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError) as exc:
            log.warning("settings file %s unreadable (%s); using defaults", self.file, exc)
            return
        if isinstance(raw, dict):
            for key, value in raw.items():
                spec = _BY_KEY.get(key)
                allowed = _ALLOWED.get(key)
                if spec and spec.accepts(value) and (not allowed or value in allowed):
                    self._values[key] = value
                elif spec:
                    log.warning("setting %s=%r ignored (invalid); using the default", key, value)

    def first_start(self, env: Mapping[str, str] | None = None) -> bool:
        """On a profile that has never chosen a language, take the system's (and its number
        format) and keep it. True when this was the first start."""
        if "ui_language" in self._values:
            return False
        language, format_locale = system_choice(env)
        self._values["ui_language"] = language
        self._values.setdefault("format_locale", format_locale)
        self.save()
        return True

    def get(self, key: str) -> Any:
        spec = _BY_KEY[key]
        value = self._values.get(key, spec.default)
        if isinstance(value, (list, dict)):
            return value.copy()  # callers change their copy, then set() it
        return value

    def set(self, key: str, value: Any) -> None:
        spec = _BY_KEY[key]
        if not isinstance(value, spec.type):
            raise TypeError(f"setting {key} expects {spec.type.__name__}")
        if not spec.accepts(value):
            raise ValueError(f"setting {key} must be between {spec.minimum} and {spec.maximum}")
        self._values[key] = value
        self.save()

    def save(self) -> None:
        try:
            paths.ensure_dir(self.file.parent)
            fd, tmp = tempfile.mkstemp(dir=self.file.parent, prefix=".settings-", suffix=".json")
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(self._values, out, ensure_ascii=False, indent=2)
            os.replace(tmp, self.file)
        except OSError as exc:
            log.warning("could not save settings to %s: %s", self.file, exc)

    def add_recent(self, path: Path) -> None:
        text = str(Path(path).resolve())
        recent = [p for p in self.get("recent_files") if p != text]
        recent.insert(0, text)
        self._values["recent_files"] = recent[:MAX_RECENT]
        self._values["last_file"] = text
        self.save()

    def forget_recent(self, path: Path) -> None:
        text = str(Path(path).resolve())
        self._values["recent_files"] = [p for p in self.get("recent_files") if p != text]
        if self._values.get("last_file") == text:
            self._values["last_file"] = ""
        self.save()

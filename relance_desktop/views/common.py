"""What every window shares: the session context, error display, small widget helpers."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QDateTimeEdit, QMessageBox, QWidget

from relance_desktop.domain.money import Money
from relance_desktop.errors import UserFacingError
from relance_desktop.formatting import Formatter
from relance_desktop.i18n import Message
from relance_desktop.settings import Settings
from relance_desktop.views.plain import plain

log = logging.getLogger(__name__)


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


@dataclass
class Session:
    """Per-run context handed to every window (no globals)."""

    settings: Settings
    formatter: Formatter
    today: Callable[[], date] = field(default=date.today)
    company_path: Path | None = None  # the open company file, for messages
    now: Callable[[], datetime] = field(default=lambda: datetime.now().replace(microsecond=0))

    def file_label(self) -> str:
        return str(self.company_path) if self.company_path else ""

    def money(self, value: Money) -> str:
        return self.formatter.money(value.cents, value.currency)

    def message(self, exc: UserFacingError) -> str:
        return self.message_text(exc.message)

    def message_text(self, message: Message) -> str:
        """Translate a service's sentence; dates, times and amounts in the user's formats."""
        return Message(message.context, message.text,
                       {k: self._arg(v) for k, v in message.args.items()}).render(
            translate, self.money)

    def _arg(self, value: Any) -> Any:
        if isinstance(value, Message):
            return self.message_text(value)
        if isinstance(value, datetime):
            return self.formatter.datetime(value)
        if isinstance(value, date):
            return self.formatter.date(value)
        if isinstance(value, time):
            return self.formatter.time(value)
        return value


def show_user_error(parent: QWidget | None, session: Session, exc: UserFacingError) -> None:
    log.info("user-facing error: %s", exc)
    QMessageBox.warning(parent, QCoreApplication.translate("errors", "Relance"),
                        plain(session.message(exc)))


UI_LOCALES = {"fr": "fr_FR", "nl": "nl_BE", "en": "en_GB"}


def ui_locale(session: Session) -> QLocale:
    """The locale of the interface's language (month and day names of calendars)."""
    language = str(session.settings.get("ui_language") or "fr")
    return QLocale(UI_LOCALES.get(language, language))


def localise_date_edit(edit: QDateTimeEdit, session: Session) -> None:
    """A date field and its calendar popup speak the interface's language."""
    locale = ui_locale(session)
    edit.setLocale(locale)
    if edit.calendarPopup() and edit.calendarWidget() is not None:
        edit.calendarWidget().setLocale(locale)


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())

"""« Rate unknown », said where it matters: a notice in the calculator and a banner in the main
window when a half-year that has begun has no published figure in Relance yet.

Both name the missing half-year, the rates missing, who publishes each one with the link, and
offer the way to update (Outils › Taux d'intérêt). Nothing here guesses a rate.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from relance_desktop.domain.legal.rates_status import RatesStatus
from relance_desktop.services import legal
from relance_desktop.views import style
from relance_desktop.views.common import Session, translate

HOURLY_MS = 60 * 60 * 1000


class RatesNotice(QFrame):
    """A visible notice (not small print) listing what the table lacks on a day."""

    update_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, closable: bool = False,
                 compact: bool = False) -> None:
        super().__init__(parent)
        self.compact = compact
        self.setObjectName("RatesNotice")
        style.make_banner(self, style.Status.WARNING, "QFrame#RatesNotice")
        self.status: RatesStatus | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)  # our own text; figures are escaped
        self.text.setOpenExternalLinks(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        row.addWidget(self.text, 1)
        buttons = QHBoxLayout() if compact else QVBoxLayout()
        self.update_button = QPushButton(self.tr("Mettre à jour les taux…"))
        self.update_button.clicked.connect(self.update_requested)
        buttons.addWidget(self.update_button)
        self.close_button: QToolButton | None = None
        if closable:
            self.close_button = QToolButton()
            self.close_button.setText("×")
            self.close_button.setToolTip(self.tr("Masquer jusqu'au prochain démarrage"))
            self.close_button.clicked.connect(self.dismiss)
            buttons.addWidget(self.close_button)
        if not compact:
            buttons.addStretch(1)
        row.addLayout(buttons)
        self.dismissed = False
        self.hide()

    def set_status(self, status: RatesStatus) -> None:
        self.status = status
        if status.complete:
            self.text.clear()
            self.show_notice(False)
            return
        self.text.setText(self.headline(status) if self.compact else self.describe(status))
        self.show_notice(not self.dismissed)

    def show_notice(self, visible: bool) -> None:
        self.setVisible(visible)

    def dismiss(self) -> None:
        self.dismissed = True
        self.show_notice(False)

    def headline(self, status: RatesStatus) -> str:
        """One or two lines for the main window: the half-year, the rates missing, the way."""
        from relance_desktop.services import rates_update  # only when rates are missing

        labels = [translate(rates_update.CTX, rates_update.SERIES_TEXTS[s.name])
                  for s in status.series if s.missing]
        return ("<b>" + html.escape(self.tr(
            "Taux non publiés dans Relance : semestre {half_years}.").format(
            half_years=", ".join(str(hy) for hy in status.missing_half_years))) + "</b> "
            + html.escape(self.tr(
                "Manquent : {rates}. Les intérêts de ces jours ne sont pas chiffrés tant que les "
                "taux publiés ne sont pas ajoutés ; Relance ne les devine pas.").format(
                rates=" ; ".join(labels))))

    def describe(self, status: RatesStatus) -> str:
        from relance_desktop.services import rates_update  # only when rates are missing

        missing = status.missing_half_years
        lines = [
            "<b>" + html.escape(self.tr(
                "Taux non publiés dans Relance : semestre {half_years}.").format(
                half_years=", ".join(str(hy) for hy in missing))) + "</b> "
            + html.escape(self.tr(
                "Relance ne devine pas un taux : les intérêts de ces jours ne sont pas chiffrés "
                "tant que le taux publié n'est pas ajouté (le principal et l'indemnité "
                "forfaitaire restent dus)."))]
        items = []
        for series in status.series:
            if not series.missing:
                continue
            label = translate(rates_update.CTX, rates_update.SERIES_TEXTS[series.name])
            half_years = ", ".join(str(hy) for hy in series.missing)
            url = html.escape(series.official.url, quote=True)
            items.append(
                f"<li>{html.escape(label)} ({html.escape(half_years)}) : "
                f"<a href=\"{url}\">{html.escape(series.official.name)}</a></li>")
        lines.append("<ul style='margin: 2px 0'>" + "".join(items) + "</ul>")
        last = ""
        if status.last_complete is not None:
            last = self.tr(
                "Dernier semestre complet : {half_year} (taux connus jusqu'au {day}).").format(
                half_year=status.last_complete, day=status.known_until.strftime("%d/%m/%Y"))
        lines.append(html.escape(" ".join(filter(None, [last, self.tr(
            "À compléter par un fichier de taux reçu, la mise à jour en ligne ou la saisie du "
            "taux avec sa source.")]))))
        self.text.setToolTip(self.tr(
            "Trois façons de mettre la table à jour : importer le fichier de taux reçu (par "
            "exemple de votre expert-comptable), la mise à jour en ligne si vous l'autorisez, "
            "ou saisir le taux publié avec sa source."))
        return "<br>".join(lines)


class RatesBanner(RatesNotice):
    """The main window's banner: checked at start, then every hour (a new half-year may begin
    while Relance stays open), and again after the rates dialog."""

    def __init__(self, session: Session, open_rates: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, closable=True, compact=True)
        self.session = session
        self.update_requested.connect(open_rates)
        self.timer = QTimer(self)
        self.timer.setInterval(HOURLY_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    def refresh(self, on: date | None = None) -> None:
        self.set_status(legal.rates_status(self.session.settings, on or self.session.today()))


def install_rates_banner(window: QMainWindow, session: Session,
                         open_rates: Callable[[], None]) -> RatesBanner:
    """Put the banner above ``window``'s central widget (which is kept as it is, in a column
    under the banner) and return it."""
    content = window.takeCentralWidget()
    column = QWidget()
    layout = QVBoxLayout(column)
    layout.setContentsMargins(6, 6, 6, 0)
    layout.setSpacing(0)
    banner = RatesBanner(session, open_rates, column)
    layout.addWidget(banner)
    if content is not None:
        layout.addWidget(content, 1)
    window.setCentralWidget(column)
    return banner

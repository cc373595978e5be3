"""The call's timer and dialling: the guards (hours, holidays, how often, written contact only)
are checked before the timer starts or a number is dialled."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from relance_desktop.domain.calls.guards import GuardReport
from relance_desktop.formatting import normalise_phone
from relance_desktop.services import callsheet
from relance_desktop.views.call_sheet.base import STOP_COLOUR, WARNING_COLOUR, SheetState, esc
from relance_desktop.views.call_sheet.script_steps import PAGE_INTRODUCE
from relance_desktop.views.plain import plain

TICK_MS = 1000


class CallTimer(SheetState):
    """How long the call lasts (resumable: a draft keeps its duration) and may it be made now."""

    clock: QElapsedTimer  # valid while the call runs
    tick: QTimer
    timer_label: QLabel
    start_button: QPushButton
    banner: QLabel
    _base: int  # seconds counted before the clock last started

    def _init_timer(self) -> None:
        self.clock = QElapsedTimer()
        self._base = 0
        self.tick = QTimer(self)
        self.tick.setInterval(TICK_MS)
        self.tick.timeout.connect(self._show_time)

    def elapsed_s(self) -> int:
        base = self.draft.duration_s if not self.clock.isValid() else self._base
        running = self.clock.elapsed() // 1000 if self.clock.isValid() else 0
        return int(base + running)

    def _show_time(self) -> None:
        minutes, seconds = divmod(self.elapsed_s(), 60)
        self.timer_label.setText(f"{minutes:02d}:{seconds:02d}")

    # -- the guards ----------------------------------------------------------------------------
    def guard_report(self) -> GuardReport:
        return callsheet.guard(self.cf, self.facts, self.session.now(),
                               callsheet.call_policy(self.session.settings))

    def _fill_guard(self) -> None:
        report = self.guard_report()
        rows: list[tuple[str, str]] = []  # (colour, text): red stops, orange warns, grey informs
        if self.facts.written_only:
            rows.append((STOP_COLOUR, "⛔ " + self.tr(
                "Ce client a demandé à n'être contacté que par écrit : ne l'appelez pas.")))
        elif report.hard_stop is not None:
            rows.append((STOP_COLOUR, "⛔ " + self.session.message_text(report.hard_stop)))
        for warning in report.warnings:
            rows.append((WARNING_COLOUR, "⚠ " + self.session.message_text(warning)))
        slot = self._next_slot_text(report)
        if slot:
            rows.append((WARNING_COLOUR, slot))
        last = report.last_call
        if last is not None and not report.warnings:
            when = self.session.formatter.datetime(last.at)
            text = (self.tr("Dernier appel : {when} par {who}").format(when=when, who=last.who)
                    if last.who else self.tr("Dernier appel : {when}").format(when=when))
            rows.append(("palette(mid)", text))
        self.banner.setText("<br>".join(
            f"<span style='color:{colour}'>{esc(text)}</span>" for colour, text in rows))
        self.banner.setVisible(bool(rows))

    def _next_slot_text(self, report: GuardReport) -> str:
        """« Premier moment possible : … » when the hour rules do not allow a call now."""
        now = self.session.now()
        if report.next_slot is None or report.next_slot <= now:
            return ""
        return self.tr("Premier moment possible : {when}").format(
            when=self.session.formatter.datetime(report.next_slot))

    def may_call(self) -> bool:
        """Run the guards; a hard stop refuses, warnings ask for confirmation."""
        report = self.guard_report()
        if self.facts.written_only:
            QMessageBox.critical(self, self.tr("Appel"), self.tr(
                "Ce client a demandé à n'être contacté que par écrit. Envoyez-lui un courrier ou "
                "un e-mail ; décochez l'option dans sa fiche s'il a changé d'avis."))
            return False
        slot = self._next_slot_text(report)
        if report.hard_stop is not None:
            QMessageBox.critical(self, self.tr("Appel"), plain("\n\n".join(
                t for t in (self.session.message_text(report.hard_stop), slot) if t)))
            return False
        if report.warnings:
            text = "\n".join("• " + self.session.message_text(w) for w in report.warnings)
            if slot:
                text += "\n" + slot
            answer = QMessageBox.question(
                self, self.tr("Appeler quand même ?"),
                plain(self.tr("{warnings}\n\nAppeler quand même ?").format(warnings=text)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            return answer == QMessageBox.StandardButton.Yes
        return True

    # -- starting, stopping, dialling ----------------------------------------------------------
    def toggle_timer(self) -> None:
        if self.clock.isValid():
            self._base = self.elapsed_s()
            self.draft.duration_s = self._base
            self.clock.invalidate()
            self.tick.stop()
            self.start_button.setText(self.tr("Reprendre l'appel (F5)"))
            self._show_time()
            self._changed()
            return
        if not self.may_call():
            return
        self._start_without_guard()
        self.go_step(PAGE_INTRODUCE)

    def dial(self, raw: str) -> None:
        """Dial through the system's tel: handler, after the guards; starts the timer."""
        if not self.clock.isValid():
            if not self.may_call():
                return
            self._start_without_guard()
        number = normalise_phone(raw, self.facts.country) or raw
        QDesktopServices.openUrl(QUrl("tel:" + number.replace(" ", "")))

    def _start_without_guard(self) -> None:
        self._base = self.draft.duration_s
        if self.draft.started_at is None:
            self.draft.started_at = self.session.now()
        self.clock.start()
        self.tick.start()
        self.start_button.setText(self.tr("Arrêter le chrono (F5)"))
        self._ensure_draft()
        self._changed()

"""The call's timer and dialling: the guards (hours, holidays, how often, written contact only)
are checked before the timer starts or a number is dialled."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from relance_desktop.domain.calls.guards import GuardReport
from relance_desktop.formatting import normalise_phone
from relance_desktop.services import callsheet
from relance_desktop.views.call_sheet.base import SheetState
from relance_desktop.views.call_sheet.script_steps import PAGE_INTRODUCE
from relance_desktop.views.icons import pixmap
from relance_desktop.views.plain import plain
from relance_desktop.views.style import Status, status_colour

TICK_MS = 1000
GUARD_REFRESH_MS = 15_000  # the hour rules are read again this often while the sheet is open
BANNER_ICON_PX = 16


class CallTimer(SheetState):
    """How long the call lasts (resumable: a draft keeps its duration) and may it be made now."""

    clock: QElapsedTimer  # valid while the call runs
    tick: QTimer
    timer_label: QLabel
    start_button: QPushButton
    banner: QWidget
    banner_rows: QVBoxLayout
    guard_clock: QTimer
    _guard_minute: object  # the minute the guard rows were last computed for
    _base: int  # seconds counted before the clock last started

    def _init_timer(self) -> None:
        self.clock = QElapsedTimer()
        self._base = 0
        self.tick = QTimer(self)
        self.tick.setInterval(TICK_MS)
        self.tick.timeout.connect(self._show_time)
        self._guard_minute = None
        # The rules depend on the hour (the Belgian night begins at 22:00): the lines about them
        # follow the clock whether or not a call is running.
        self.guard_clock = QTimer(self)
        self.guard_clock.setInterval(GUARD_REFRESH_MS)
        self.guard_clock.timeout.connect(self.refresh_clock)
        self.guard_clock.start()

    def elapsed_s(self) -> int:
        base = self.draft.duration_s if not self.clock.isValid() else self._base
        running = self.clock.elapsed() // 1000 if self.clock.isValid() else 0
        return int(base + running)

    def _show_time(self) -> None:
        minutes, seconds = divmod(self.elapsed_s(), 60)
        self.timer_label.setText(f"{minutes:02d}:{seconds:02d}")
        self.refresh_clock()

    def refresh_clock(self) -> None:
        """Recompute the guard lines when the minute changed (their times read the clock)."""
        minute = self.session.now().replace(second=0, microsecond=0)
        if minute != self._guard_minute:
            self._fill_guard()

    # -- the guards ----------------------------------------------------------------------------
    def guard_report(self) -> GuardReport:
        return callsheet.guard(self.cf, self.facts, self.session.now(),
                               callsheet.call_policy(self.session.settings))

    def _fill_guard(self) -> None:
        self._guard_minute = self.session.now().replace(second=0, microsecond=0)
        report = self.guard_report()
        rows: list[tuple[str, Status, str]] = []  # (icon, status, text): stops, warnings, facts
        if self.facts.written_only:
            rows.append(("stop", Status.STOP, self.tr(
                "Ce client a demandé à n'être contacté que par écrit : ne l'appelez pas.")))
        elif report.hard_stop is not None:
            rows.append(("stop", Status.STOP, self.session.message_text(report.hard_stop)))
        for warning in report.warnings:
            rows.append(("warning", Status.WARNING, self.session.message_text(warning)))
        slot = self._next_slot_text(report)
        if slot:
            rows.append(("clock", Status.WARNING, slot))
        last = report.last_call
        if last is not None and not report.warnings:
            when = self.session.formatter.datetime(last.at)
            text = (self.tr("Dernier appel : {when} par {who}").format(when=when, who=last.who)
                    if last.who else self.tr("Dernier appel : {when}").format(when=when))
            rows.append(("info", Status.INFO, text))
        while self.banner_rows.count():
            old = self.banner_rows.takeAt(0).widget()
            if old is not None:
                old.setParent(None)  # gone at once, not at the next event loop turn
                old.deleteLater()
        for name, status, text in rows:
            self.banner_rows.addWidget(self._banner_row(name, status, text))
        self.banner.setVisible(bool(rows))

    def _banner_row(self, name: str, status: Status, text: str) -> QWidget:
        """One line of the banner: an icon drawn from the icon set (no font glyph that could
        print as a box) and the text, both in the status colour."""
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        mark = QLabel()
        mark.setPixmap(pixmap(name, BANNER_ICON_PX, status, self.devicePixelRatioF()))
        mark.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(mark)
        label = QLabel(text)
        label.setObjectName("guardLine")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        weight = "bold" if status == Status.STOP else "normal"
        label.setStyleSheet(f"color: {status_colour(status)}; font-weight: {weight};")
        layout.addWidget(label, 1)
        return row

    def banner_labels(self) -> list[QLabel]:
        return self.banner.findChildren(QLabel, "guardLine")

    def banner_text(self) -> str:
        """What the banner says, one line per row."""
        return "\n".join(label.text() for label in self.banner_labels())

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

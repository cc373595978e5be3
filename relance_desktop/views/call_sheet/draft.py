"""The call as a draft in the company file: written at most a second after each change (closing
the window or a crash loses at most that second), resumed when the sheet is opened again.

When the company file cannot take the draft (full disk, locked or read-only file), the sheet
says so in a warning that stays until a save succeeds, keeps the text in the window and in a
copy outside the company file (:mod:`relance_desktop.services.draft_fallback`), and retries
every few seconds. The copy is taken back the next time the sheet opens."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QMessageBox, QPlainTextEdit

from relance_desktop.errors import UserFacingError
from relance_desktop.services import calls, draft_fallback
from relance_desktop.services.storage import storage_error
from relance_desktop.views import style
from relance_desktop.views.call_sheet.base import SheetState
from relance_desktop.views.live import when_back_online

AUTOSAVE_MS = 1000  # a draft is written at most this long after the last change
RETRY_MS = 5000  # after a failed save, the next attempt (the text is kept aside meanwhile)
SAVED_STYLE = "color: palette(mid); font-size: 11px;"


class DraftSaving(SheetState):
    """Keeps :attr:`draft` in step with the sheet and in the company file."""

    autosave: QTimer
    notes: QPlainTextEdit
    saved_label: QLabel
    _loading: bool  # True while the sheet fills itself: not a change by the user
    _dirty: bool
    _kept_aside: bool  # a copy of the draft waits outside the company file
    _only_here: bool  # the last save failed and no copy could be written: the text is only here
    resumed: bool

    def _init_autosave(self) -> None:
        self._loading = True
        self._dirty = False
        self._only_here = False
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.save_draft)
        # A team server back after a cut: what waits on this computer is saved at once.
        when_back_online(self.cf, self, self._back_online)
        kept = draft_fallback.take_back(self.cf, self.customer_id)
        self._kept_aside = kept is not None
        if kept is not None:  # newer than the company file: it was kept because a save failed
            if kept.id is None:
                kept.id = self.draft.id
            self.draft = kept
            self.resumed = True

    def _back_online(self) -> None:
        if (self._kept_aside or self._dirty) and self.finished_id is None:
            self.autosave.stop()
            self.save_draft()

    def _restore_draft(self) -> None:
        d = self.draft
        if d.id is None and not self._kept_aside:
            return
        self.notes.setPlainText(d.notes)
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(d.outcome)))
        self.reason.setCurrentIndex(max(0, self.reason.findData(d.reason)))
        self.contact_combo.setCurrentIndex(max(0, self.contact_combo.findData(d.contact_id)))
        if d.state.get("objective"):
            self.objective.setText(str(d.state["objective"]))
            self.objective.setCursorPosition(0)
        self._show_time()
        self.saved_label.setText(self.tr("Brouillon repris : rien de ce qui avait été tapé "
                                         "n'est perdu."))
        self._fill_checklist()
        self._fill_scripts()
        self._fill_agreements()
        if self._kept_aside:  # back into the company file as soon as the sheet is up
            self.saved_label.setText(self.tr(
                "Brouillon repris de la copie de secours : il va être enregistré dans le "
                "fichier société."))
            self._dirty = True
            self.autosave.start()

    def _collect(self) -> None:
        """What the sheet shows, into the draft."""
        d = self.draft
        d.notes = self.notes.toPlainText()
        d.outcome = str(self.outcome.currentData() or "")
        d.reason = str(self.reason.currentData() or "")
        contact = self.contact_combo.currentData()
        d.contact_id = int(contact) if contact is not None else None
        d.duration_s = self.elapsed_s()
        d.state["objective"] = self.objective_text
        d.state["ticks"] = self.ticked_items()

    def _changed(self, *_signal_args: object) -> None:
        if self._loading or self.finished_id is not None:
            return
        self._dirty = True
        if not self.autosave.isActive():  # at most one second after the first unsaved change
            self.autosave.start()

    def save_draft(self) -> None:
        if self.finished_id is not None:
            return
        self._collect()
        try:
            calls.save_draft(self.cf, self.draft, user_id=self.user_id)
        except Exception as exc:  # a full disk or a locked file must not lose the text
            problem = (exc if isinstance(exc, UserFacingError)
                       else storage_error(exc, self.cf))
            kept = draft_fallback.keep_aside(self.cf, self.draft)
            self._kept_aside = self._kept_aside or kept is not None
            self._only_here = kept is None
            self._warn_unsaved(problem, kept)
            if problem is None:
                raise  # a bug: the crash dialog, once (no retry), the text kept aside
            self.autosave.setInterval(RETRY_MS)
            self.autosave.start()
            return
        if self._kept_aside:
            draft_fallback.forget(self.cf, self.customer_id)
            self._kept_aside = False
        self._dirty = False
        self._only_here = False
        self.autosave.setInterval(AUTOSAVE_MS)
        self.saved_label.setStyleSheet(SAVED_STYLE)
        self.saved_label.setText(self.tr("Brouillon enregistré à {time}").format(
            time=self.session.formatter.time(datetime.now().time())))

    def _warn_unsaved(self, problem: UserFacingError | None, kept: Path | None) -> None:
        """A warning that stays (until a save succeeds): the draft is not in the company file."""
        reason = self.session.message(problem) if problem is not None else self.tr(
            "erreur inattendue.")
        if kept is not None and self.cf.path is None:  # a team server that does not answer
            text = self.tr(
                "Serveur injoignable — vos notes sont gardées sur cet ordinateur ({file}). "
                "Elles seront enregistrées sur le serveur dès qu'il répondra ; continuez à "
                "écrire.").format(file=str(kept))
        elif kept is not None:
            text = self.tr(
                "Brouillon NON enregistré dans le fichier société : {reason}\nCe qui est "
                "tapé reste dans cette fenêtre et dans une copie de secours ({file}), reprise "
                "à la prochaine ouverture de la fiche. Nouvel essai toutes les quelques "
                "secondes.").format(reason=reason, file=str(kept))
        else:
            text = self.tr(
                "Brouillon NON enregistré : {reason}\nAucune copie de secours n'a pu être "
                "écrite non plus : ce qui est tapé n'existe que dans cette fenêtre, ne la "
                "fermez pas avant d'avoir libéré de la place.").format(reason=reason)
        self.saved_label.setWordWrap(True)
        self.saved_label.setTextFormat(Qt.TextFormat.PlainText)
        self.saved_label.setStyleSheet(  # the scheme's warning colour, light or dark
            f"color: {style.status_colour(style.Status.WARNING)}; font-weight: bold;")
        self.saved_label.setText(text)

    def may_close(self) -> bool:
        """After a last save attempt: closing loses nothing, or the user said to close anyway."""
        if not self._only_here:
            return True
        answer = QMessageBox.question(
            self, self.tr("Brouillon non enregistré"), self.tr(
                "Ce qui est tapé n'a pu être enregistré ni dans le fichier société ni dans une "
                "copie de secours. Fermer quand même et le perdre ?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _ensure_draft(self) -> int:
        """The draft's id, writing it first if needed (what is agreed is linked to it)."""
        self._collect()
        return calls.ensure_draft(self.cf, self.draft, self.user_id)

    def has_content(self) -> bool:
        self._collect()
        d = self.draft
        return bool(d.id is not None or d.notes.strip() or d.started_at or d.state.get("ticks"))

"""The call as a draft in the company file: written at most a second after each change (closing
the window or a crash loses at most that second), resumed when the sheet is opened again."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QPlainTextEdit

from relance_desktop.errors import UserFacingError
from relance_desktop.services import calls
from relance_desktop.services.storage import storage_error
from relance_desktop.views.call_sheet.base import SheetState

AUTOSAVE_MS = 1000  # a draft is written at most this long after the last change


class DraftSaving(SheetState):
    """Keeps :attr:`draft` in step with the sheet and in the company file."""

    autosave: QTimer
    notes: QPlainTextEdit
    saved_label: QLabel
    _loading: bool  # True while the sheet fills itself: not a change by the user
    _dirty: bool

    def _init_autosave(self) -> None:
        self._loading = True
        self._dirty = False
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.save_draft)

    def _restore_draft(self) -> None:
        d = self.draft
        if d.id is None:
            return
        self.notes.setPlainText(d.notes)
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(d.outcome)))
        self.reason.setCurrentIndex(max(0, self.reason.findData(d.reason)))
        self.contact_combo.setCurrentIndex(max(0, self.contact_combo.findData(d.contact_id)))
        if d.state.get("objective"):
            self.objective.setText(str(d.state["objective"]))
        self._show_time()
        self.saved_label.setText(self.tr("Brouillon repris : rien de ce qui avait été tapé "
                                         "n'est perdu."))
        self._fill_checklist()
        self._fill_scripts()
        self._fill_agreements()

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
        except UserFacingError as exc:
            self.saved_label.setText(self.session.message(exc))
            return
        except Exception as exc:  # a locked file must not lose the text: keep it, say so
            mapped = storage_error(exc, self.session.file_label())
            if mapped is None:
                raise
            self.saved_label.setText(self.session.message(mapped))
            self.autosave.start()
            return
        self._dirty = False
        self.saved_label.setText(self.tr("Brouillon enregistré à {time}").format(
            time=self.session.formatter.time(datetime.now().time())))

    def _ensure_draft(self) -> int:
        """The draft's id, writing it first if needed (what is agreed is linked to it)."""
        self._collect()
        return calls.ensure_draft(self.cf, self.draft, self.user_id)

    def has_content(self) -> bool:
        self._collect()
        d = self.draft
        return bool(d.id is not None or d.notes.strip() or d.started_at or d.state.get("ticks"))

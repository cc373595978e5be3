"""What the call sheet puts in writing: the copy of an invoice said not received, the written
confirmation of what was agreed (the letter, or an e-mail with the recap), the sheet on paper.

E-mails are those of the mailer with the editable e-mail texts (« Outils › Textes »), in the
customer's language; they open in the e-mail window to send, keep as a draft or hand to the
mail program, and a sent one is kept in the customer's history.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from relance_desktop.domain.templating import TemplateError
from relance_desktop.services import mailer
from relance_desktop.services.callsheet import InvoiceFacts
from relance_desktop.views.call_sheet.base import SheetState
from relance_desktop.views.plain import plain

if TYPE_CHECKING:
    from relance_desktop.views.email_dialog import EmailDialog


class WrittenFollowUp(SheetState):
    """E-mails, confirmation letters and the printed sheet."""

    def _chased(self) -> tuple[InvoiceFacts, ...]:
        """The invoices the call is about: the overdue ones, else all those still open."""
        return self.facts.overdue or self.facts.invoices

    def _write_to(self) -> list[str]:
        """The person asked for (their e-mail), else the customer's address."""
        person = self.facts.person
        to = person.email if person is not None and person.email else self.facts.email
        return [to] if to.strip() else []

    def _email(self, outgoing: mailer.Outgoing) -> EmailDialog:
        from relance_desktop.views.email_dialog import EmailDialog

        dialog = EmailDialog(self.session, self.cf, self, customer_id=self.customer_id,
                             outgoing=outgoing, user_id=self.user_id)
        dialog.accepted.connect(self.changed.emit)  # sent: kept in the history
        return dialog

    def _template_problem(self, exc: TemplateError) -> None:
        QMessageBox.warning(self, self.tr("E-mail"), plain(self.tr(
            "Le texte de cet e-mail ne peut pas être rempli : {problem} Corrigez-le dans "
            "Outils › Textes des appels et courriers.").format(
                problem=self.session.message_text(exc.message))))

    def send_copy(self) -> None:
        """« Not received »: the copies of the invoices, attached to the editable e-mail."""
        chased = self._chased()
        if not any(i.has_copy for i in chased):
            QMessageBox.information(self, self.tr("Copie de la facture"), self.tr(
                "Aucune copie n'est jointe à ces factures : joignez le PDF depuis la fiche "
                "client, puis recommencez."))
            return
        try:
            outgoing = mailer.invoice_copy_email(
                self.cf, self.customer_id, [i.id for i in chased], user_name=self.user_name,
                today=self.session.today(), to=self._write_to())
        except TemplateError as exc:
            self._template_problem(exc)
            return
        dialog = self._email(outgoing)
        prepared: list[str] = []  # sent, kept as a draft or handed to the mail program

        def note() -> None:
            prepared[:] = dialog.outgoing().to or [self.tr("(adresse à demander)")]

        for signal in (dialog.accepted, dialog.draft_button.clicked,
                       dialog.mail_app_button.clicked):
            signal.connect(note)
        dialog.exec()
        if prepared:
            self._ensure_draft()
            self.draft.state["copy_sent"] = ", ".join(prepared)
            self.save_draft()
            self._fill_agreements()
            self._fill_recap()

    def confirm_in_writing(self) -> None:
        """The written confirmation of what was agreed: the letter (to save, print or e-mail)
        when a promise or a plan was recorded; otherwise the recap in an e-mail. The recap is
        also copied to the clipboard."""
        QGuiApplication.clipboard().setText(self.recap_text())
        record_id = self.draft.id
        promise = next((p for p in self.facts.promises
                        if p.interaction_id == record_id and p.status == "open"), None)
        plan = next((p for p in self.facts.plans
                     if p.interaction_id == record_id and p.status == "active"), None)
        if record_id is not None and (promise is not None or plan is not None):
            from relance_desktop.views.letters_page import open_preview

            open_preview(self.session, self.cf, self.customer_id,
                         "confirmation" if promise is not None else "payment-plan", self,
                         promise_id=promise.id if promise is not None else None,
                         on_recorded=self.changed.emit)
            return
        self.saved_label.setText(self.tr("Récapitulatif copié dans le presse-papiers."))
        try:
            outgoing = mailer.call_recap_email(
                self.cf, self.customer_id, self.recap_text(for_email=True),
                [i.id for i in self._chased()], user_name=self.user_name,
                today=self.session.today(), to=self._write_to())
        except TemplateError as exc:
            self._template_problem(exc)
            return
        self._email(outgoing).exec()

    # -- on paper ------------------------------------------------------------------------------
    def sheet_pdf(self) -> bytes:
        """This call sheet on paper, for a call made away from the screen."""
        from relance_desktop.reports.render import render
        from relance_desktop.services import printables

        steps = [(self.steps.tabText(pos + 1).replace("&", ""), view.toPlainText())
                 for pos, view in enumerate(self.script_views.values())]
        spec = printables.call_sheet(
            self.cf, self.facts, language=str(self.session.settings.get("ui_language")),
            fmt=self.session.formatter, render=self.session.message_text, script_steps=steps,
            notes_title=self.tr("Notes"), objective=self.objective_text, now=self.session.now(),
            days_text=self._days_text)
        return render(spec)

    def _days_text(self, days: int) -> str:
        """Days overdue as a number; an invoice not yet due says when it falls due."""
        if days > 0:
            return str(days)
        if days == 0:
            return self.tr("échoit aujourd'hui")
        return self.tr("échoit dans {days} j").format(days=-days)

    def print_sheet(self) -> str:
        """Qt's print dialog (a printer, or save as PDF); says where the sheet went."""
        from pathvalidate import sanitize_filename

        from relance_desktop.views.printing import print_pdf

        title = self.tr("Fiche d'appel — {name}").format(name=self.facts.name)
        name = sanitize_filename(f"{title} {self.session.today().isoformat()}.pdf")
        return print_pdf(self, self.sheet_pdf(), name.replace(" — ", " - "), title)

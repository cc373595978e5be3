"""Before a letter: the sender's own details it prints (address, registration number, IBAN,
e-mail, phone). When one is missing the user is told which, with a button that opens the
company's card; the letter goes on only once they are all filled in — never printed with a hole.

Used by every way to a letter: the « Courriers » page (produce, preview), the call sheet's
written confirmation and the customer window (through :func:`views.letters_page.open_preview`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from relance_desktop.services import company
from relance_desktop.services.session import CompanySession
from relance_desktop.views.common import Session
from relance_desktop.views.company_hint import missing_words, whole_words
from relance_desktop.views.dialogs import CompanyDialog

translate = QCoreApplication.translate  # the « LetterReady » context, as lupdate reads it


def fill_in_company(session: Session, cf: CompanySession, parent: QWidget | None) -> None:
    """Open the company's card (Fichier › Fiche de la société)."""
    CompanyDialog(session, parent, cf=cf).exec()


def ready_for_letters(session: Session, cf: CompanySession, parent: QWidget | None) -> bool:
    """True when a letter can be printed; otherwise says what is missing and offers to fill it
    in (True if the user did, False if they left something out or cancelled)."""
    words = missing_words(cf)
    if not words:
        return True
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setObjectName("missingForLetter")
    box.setWindowTitle(translate("LetterReady", "Fiche de la société incomplète"))
    box.setText(whole_words(translate(
        "LetterReady", "Un courrier indique qui l'envoie et où payer. Il manque sur la fiche "
        "de votre société : {fields}.").format(fields=", ".join(words)), box.font()))
    box.setInformativeText(translate(
        "LetterReady", "Aucun courrier n'est produit tant que ces informations manquent."))
    fill = box.addButton(translate("LetterReady", "&Compléter la fiche de la société…"),
                         QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(fill)
    box.exec()
    if box.clickedButton() is not fill:
        return False
    fill_in_company(session, cf, parent)
    return not company.missing_for_letters(cf)

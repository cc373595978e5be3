"""A document before it leaves: its pages on screen, then save, open to print, or e-mail it.

Pages are drawn with PDFium (pypdfium2), the same engine browsers use, so what is shown is what
is printed. The document enters the customer's history when it is saved, printed or sent —
not when it is only looked at.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from relance_desktop.services import letter_batch, letters
from relance_desktop.services.session import CompanySession
from relance_desktop.views import style
from relance_desktop.views.common import Session

PAPER_STYLE = "border: 1px solid palette(mid); background: white;"  # paper, either scheme


def open_pdf(pdf: bytes, file_name: str) -> Path:
    """Hand a PDF to the system's viewer (to read or print); returns the temporary file."""
    path = Path(tempfile.mkdtemp(prefix="relance-")) / file_name
    path.write_bytes(pdf)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path


def page_images(pdf: bytes, scale: float = 1.4) -> list[QImage]:
    """Each page as an image (RGB), owned by Qt."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    images = []
    try:
        for page in document:
            bitmap = page.render(scale=scale, rev_byteorder=True)
            width, height, stride = bitmap.width, bitmap.height, bitmap.stride
            fmt = QImage.Format.Format_RGB888 if bitmap.n_channels == 3 \
                else QImage.Format.Format_RGBA8888
            image = QImage(bytes(bitmap.buffer), width, height, stride, fmt)
            images.append(image.copy())
            page.close()
    finally:
        document.close()
    return images


class PreviewDialog(QDialog):
    """Look at the document, then keep it (save / print / e-mail) or not."""

    recorded = Signal(int)  # the document's id once it is in the history

    def __init__(self, session: Session, cf: CompanySession, produced: letters.Produced,
                 pdf: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.cf, self.produced, self.pdf = session, cf, produced, pdf
        self.document_id: int | None = None
        self.setObjectName("PreviewDialog")
        self.setWindowTitle(self.tr("Aperçu — {title}").format(title=produced.spec.title))
        self.resize(900, 740)
        layout = QVBoxLayout(self)
        if produced.notices:
            notes = QLabel("\n".join(f"⚠ {n}" for n in produced.notices))
            notes.setObjectName("legalNotices")
            notes.setWordWrap(True)
            style.status_text(notes, style.Status.WARNING)
            layout.addWidget(notes)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        pages = QWidget()
        pages_layout = QVBoxLayout(pages)
        pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.page_labels: list[QLabel] = []
        for image in page_images(pdf):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setStyleSheet(PAPER_STYLE)
            pages_layout.addWidget(label)
            self.page_labels.append(label)
        scroll.setWidget(pages)
        layout.addWidget(scroll, 1)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Enregistrer le PDF…"))
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        self.print_button = QPushButton(self.tr("&Ouvrir pour imprimer"))
        self.print_button.clicked.connect(self.open_to_print)
        row.addWidget(self.print_button)
        self.email_button = QPushButton(self.tr("Envoyer par e-&mail…"))
        self.email_button.clicked.connect(self.email)
        row.addWidget(self.email_button)
        row.addStretch(1)
        close = QPushButton(self.tr("&Fermer"))
        close.clicked.connect(self.reject)
        row.addWidget(close)
        layout.addLayout(row)

    def _record(self, sent_via: str) -> int:
        if self.document_id is None:
            from relance_desktop.services import calls

            user_id = calls.user_id_for(self.cf, str(self.session.settings.get("user_name")))
            self.document_id = letter_batch.record(self.cf, self.produced, self.pdf,
                                                   sent_via=sent_via, user_id=user_id,
                                                   at=self.session.now())
            self.recorded.emit(self.document_id)
        return self.document_id

    def save(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Enregistrer le PDF"),
            str(Path.home() / self.produced.file_name), self.tr("PDF (*.pdf)"))
        if not name:
            return None
        path = Path(name)
        path.write_bytes(self.pdf)
        self._record("")
        return path

    def open_to_print(self) -> Path:
        self._record("print")
        return open_pdf(self.pdf, self.produced.file_name)

    def email(self) -> None:
        from relance_desktop.services.mailer import Outgoing
        from relance_desktop.views.email_dialog import EmailDialog

        document_id = self._record("")
        outgoing = Outgoing(
            to=[self.produced.email_to] if self.produced.email_to else [], cc=[],
            subject=self.produced.email_subject, body=self.produced.email_body,
            attachments=[(self.produced.file_name, self.pdf, "application/pdf")])
        dialog = EmailDialog(self.session, self.cf, self, customer_id=self.produced.customer_id,
                             outgoing=outgoing, document_id=document_id)
        dialog.exec()

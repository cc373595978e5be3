"""The template editor's preview: the whole letter as it prints (its pages drawn from the PDF the
letters code makes), the e-mail as it is sent (subject and text), or a step of the call as the
caller reads it."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QScrollArea,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from relance_desktop.views import style
from relance_desktop.views.pdf_preview import PAPER_STYLE, page_images

A4_WIDTH_PT = 595.0


class PagesView(QScrollArea):
    """The pages of a PDF, as wide as the view (drawn again when it is resized)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templatePreviewPages")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pdf = b""
        self.labels: list[QLabel] = []
        self.images: list[QPixmap] = []  # as drawn, before any quick rescaling
        body = QWidget()
        self.column = QVBoxLayout(body)
        self.column.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.column.setSpacing(style.SPACING)
        self.setWidget(body)
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(150)
        self._redraw.timeout.connect(self._draw)
        self._drawn_width = 0

    def show_pdf(self, pdf: bytes) -> None:
        self.pdf = pdf
        self._draw()

    def _page_width(self) -> int:
        return max(200, self.viewport().width() - 2 * style.SPACING)

    def _draw(self) -> None:
        if not self.pdf:
            return
        width = self._page_width()
        ratio = self.devicePixelRatioF()
        images = page_images(self.pdf, scale=width * ratio / A4_WIDTH_PT)
        while len(self.labels) < len(images):
            label = QLabel()
            label.setStyleSheet(PAPER_STYLE)  # a sheet of paper, white in either scheme
            self.column.addWidget(label)
            self.labels.append(label)
        self.images = []
        for label, image in zip(self.labels, images, strict=False):
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            label.setPixmap(pixmap)
            label.show()
            self.images.append(pixmap)
        for label in self.labels[len(images):]:
            label.hide()
        self._drawn_width = width

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width = self._page_width()
        if self.pdf and width != self._drawn_width:
            # At once the pages scaled to the new width, then drawn again sharp for it.
            ratio = self.devicePixelRatioF()
            for label, pixmap in zip(self.labels, self.images, strict=False):
                scaled = pixmap.scaledToWidth(int(width * ratio),
                                              Qt.TransformationMode.SmoothTransformation)
                scaled.setDevicePixelRatio(ratio)
                label.setPixmap(scaled)
            self._redraw.start()


class PreviewPane(QTabWidget):
    """« Courrier » (the pages) and « E-mail » (subject and text), or the call's texts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templatePreview")
        self.pages = PagesView()
        self.email = QTextBrowser()
        self.email.setObjectName("templatePreviewEmail")
        self.call = QTextBrowser()
        self.call.setObjectName("templatePreviewCall")
        self.addTab(self.pages, self.tr("Courrier"))
        self.addTab(self.email, self.tr("E-mail"))
        self.addTab(self.call, self.tr("Appel"))
        self.email_subject = ""
        self.email_body = ""

    @property
    def pdf(self) -> bytes:
        return self.pages.pdf

    def _only(self, *tabs: QWidget) -> None:
        for widget in (self.pages, self.email, self.call):
            self.setTabVisible(self.indexOf(widget), widget in tabs)

    def use_letter(self, with_letter: bool) -> None:
        """Show the letter's and the e-mail's tabs (the e-mail's alone without a letter)."""
        if with_letter:
            self._only(self.pages, self.email)
        else:
            self._only(self.email)
            self.setCurrentWidget(self.email)

    def use_call(self) -> None:
        self._only(self.call)
        self.setCurrentWidget(self.call)

    def show_pdf(self, pdf: bytes) -> None:
        self.pages.show_pdf(pdf)

    def show_email(self, subject: str, body: str) -> None:
        self.email_subject, self.email_body = subject, body
        title = html.escape(self.tr("Objet :"))
        self.email.setHtml(
            f"<p><b>{title}</b> {html.escape(subject)}</p><hr>"
            + "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>"
                      for p in body.split("\n\n")))

    def show_call(self, parts: list[tuple[str, str, str]]) -> None:
        """(title, when it applies, text) of each text of a step of the call."""
        muted = style.status_colour(style.Status.INFO)
        chunks = []
        for title, condition, text in parts:
            chunks.append(f"<h4>{html.escape(title)}</h4>")
            if condition:
                chunks.append(f"<p style='color:{muted}'><i>{html.escape(condition)}</i></p>")
            chunks.append("<p>" + html.escape(text).replace("\n", "<br>") + "</p>")
        self.call.setHtml("".join(chunks))

    def email_text(self) -> str:
        return f"{self.email_subject}\n\n{self.email_body}"

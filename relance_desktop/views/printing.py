"""Printing a document the app drew as a PDF: Qt's print dialog, to a printer or to a PDF file.

Saved as PDF, the file is the document itself, byte for byte; on a printer, its pages are drawn
by PDFium (:func:`views.pdf_preview.page_images`) at the printer's resolution. Either way the user
is told where it went: nothing is left to a viewer that may not exist.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, QStandardPaths, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

translate = QCoreApplication.translate  # the « Printing » context, as lupdate reads it


def _default_folder() -> Path:
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs else Path.home()


def print_pdf(parent: QWidget | None, pdf: bytes, file_name: str, title: str) -> str:
    """Ask where to print ``pdf`` (a printer, or a PDF file: chosen by default when the system
    has no printer), print it, and return the sentence saying where it went ("" if cancelled).
    The sentence is also shown to the user."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    if not QPrinterInfo.availablePrinters():
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(_default_folder() / file_name))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("Printing", "Imprimer — {title}").format(title=title))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return ""
    target = printer.outputFileName()
    try:
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and target:
            path = Path(target)
            if path.suffix.lower() != ".pdf":
                path = path.with_name(path.name + ".pdf")
            path.write_bytes(pdf)
            said = translate("Printing", "Enregistré au format PDF : {path}").format(path=path)
        else:
            _paint(printer, pdf)
            said = translate("Printing", "Envoyé à l'imprimante « {printer} ».").format(
                printer=printer.printerName())
    except OSError as exc:
        said = translate("Printing", "Impossible d'enregistrer {path} : {error}").format(
            path=target, error=exc.strerror or exc)
        QMessageBox.warning(parent, translate("Printing", "Imprimer"), said)
        return said
    QMessageBox.information(parent, translate("Printing", "Imprimer"), said)
    return said


def _paint(printer: QPrinter, pdf: bytes) -> None:
    from relance_desktop.views.pdf_preview import page_images

    images = page_images(pdf, scale=max(printer.resolution(), 72) / 72)
    painter = QPainter(printer)
    try:
        for pos, image in enumerate(images):
            if pos:
                printer.newPage()
            area = painter.viewport()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(area.x(), area.y(), size.width(), size.height()), image)
    finally:
        painter.end()

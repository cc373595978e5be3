"""What the pages of the import wizard share: page ids, banners, compact tables, what each file
is (found cheaply when it is added) and how a problem reads in one line."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QTableWidget, QWizardPage

from relance_desktop.errors import UserFacingError
from relance_desktop.i18n import QT_TRANSLATE_NOOP
from relance_desktop.importers import tabular
from relance_desktop.importers.records import Problem, error_text
from relance_desktop.importers.tabular_profiles import Profile, detect_profile
from relance_desktop.importers.tabular_sniff import Sniffed
from relance_desktop.services import imports
from relance_desktop.views.common import translate
from relance_desktop.views.style import Status, make_banner
from relance_desktop.views.table_model import RowsModel, make_table

CTX = "ImportWizard"
TABULAR, FEC, EINVOICE, UNKNOWN = "tabular", "fec", "einvoice", "unknown"
EINVOICE_SUFFIXES = (".pdf", ".xml")
FILE_OPTIONS = ("encoding", "delimiter", "sheet", "header_line", "decimal", "thousands",
                "date_order")
MAX_PROBLEMS_SHOWN = 100
PREVIEW_ROWS = 12
# The kinds of banner a page shows (colours from views/style.py, light or dark as the scheme).
ERROR_STYLE = Status.STOP
NOTICE_STYLE = Status.WARNING
INFO_STYLE = Status.OK

# The wizard's page ids; each CSV/Excel file has its own columns page, from FIRST_MAPPING_ID on.
FILES_ID, FEC_ID, PREVIEW_ID, CONFIRM_ID, RESULT_ID = 1, 50, 60, 70, 80
FIRST_MAPPING_ID = 100

MATCHED_BY = {
    "account": QT_TRANSLATE_NOOP("ImportWizard", "par n° de compte"),
    "company_number": QT_TRANSLATE_NOOP("ImportWizard", "par n° d'entreprise (SIREN, BCE)"),
    "vat_number": QT_TRANSLATE_NOOP("ImportWizard", "par n° de TVA"),
    "name": QT_TRANSLATE_NOOP("ImportWizard", "par le nom"),
}


class StepPage(QWizardPage):
    """A page of the import wizard. The wizard titles it « Étape n sur N — heading »."""

    def heading(self) -> str:
        return ""


def banner(status: Status) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    make_banner(label, status, extra="padding: 4px;")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def show_banner(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def table(model: RowsModel, sortable: bool = True) -> QTableView:
    """A compact read-only table, in the model's order until the user sorts a column."""
    view = make_table(model)
    view.setWordWrap(False)
    view.setSortingEnabled(False)
    rows = view.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setMinimumSectionSize(view.fontMetrics().height() + 2)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 6)
    if sortable:
        view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
    return view


def compact(view: QTableWidget) -> None:
    rows = view.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 8)


def short(text: str, size: int = 28) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1] + "…"


def problem_text(p: Problem) -> str:
    """« facture.csv, ligne 12, Due Date : attendu une date, trouvé 31/02 »."""
    where = p.element or ""
    if p.line:
        where = translate("ImportWizard", "ligne {line}").format(line=p.line)
    place = ", ".join(part for part in (p.file, where, p.field_text(translate)) if part)
    if not p.found:  # the file held nothing there: the expectation says it all
        text = translate("ImportWizard", "{place} : attendu {expected}")
        return text.format(place=place, expected=p.expected_text(translate))
    text = translate("ImportWizard", "{place} : attendu {expected}, trouvé {found}")
    return text.format(place=place, expected=p.expected_text(translate), found=p.found)


# -- what each file is ------------------------------------------------------------------------
@dataclass
class FileInfo:
    path: Path
    kind: str
    label: str  # the format, for the files page
    sniffed: Sniffed | None = None  # CSV/Excel, as detected
    detected: Profile | None = None  # the built-in profile of the tool that wrote it
    problem: str = ""  # why it will not import, when known already


def _looks_like_fec(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            head = handle.read(4096).decode("latin-1").casefold()
    except OSError:
        return False
    return "journalcode" in head and "comptenum" in head


def _describe_einvoice(path: Path) -> FileInfo:
    suffix = path.suffix.lower()
    try:
        result = imports.read_file(path)
    except UserFacingError as exc:
        return FileInfo(path, UNKNOWN, translate("ImportWizard", "illisible"),
                        problem=exc.render(translate))
    if result.source == "facturx" and suffix == ".pdf":
        label = translate("ImportWizard", "Factur-X / ZUGFeRD (PDF)")
    elif result.source == "ubl":
        label = translate("ImportWizard", "UBL / Peppol (XML)")
    else:
        label = translate("ImportWizard", "Factur-X / CII (XML)")
    if not result.invoices and result.errors:
        if suffix == ".pdf":
            label = translate("ImportWizard", "PDF sans données de facture")
        elif _empty(path):
            label = translate("ImportWizard", "XML vide (attendu : facture UBL, CII ou Factur-X)")
        else:
            label = translate("ImportWizard", "XML sans facture lisible")
    return FileInfo(path, EINVOICE, label)


def _empty(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return not handle.read(4096).strip()
    except OSError:
        return False


def _describe_table(path: Path) -> FileInfo:
    if _looks_like_fec(path):
        return FileInfo(path, FEC, translate("ImportWizard", "FEC (écritures comptables)"))
    try:
        sniffed = tabular.sniff(path)
    except ValueError as exc:  # TabularError: not a table at all
        return FileInfo(path, UNKNOWN, translate("ImportWizard", "pas un tableau lisible"),
                        problem=error_text(exc, translate))
    detected = detect_profile(sniffed)
    if sniffed.format == "xlsx":
        base = translate("ImportWizard", "Excel")
    else:
        base = translate("ImportWizard", "CSV")
    label = f"{base} — {detected.name}" if detected is not None else base
    return FileInfo(path, TABULAR, label, sniffed, detected)


def describe(path: Path) -> FileInfo:
    """The format of ``path``, found cheaply (the whole file is read at the preview)."""
    suffix = path.suffix.lower()
    if suffix in EINVOICE_SUFFIXES:
        return _describe_einvoice(path)
    if suffix in imports.TABULAR_SUFFIXES:
        return _describe_table(path)
    return FileInfo(path, UNKNOWN, translate("ImportWizard", "format non reconnu"))


def expand(paths: Iterable[Path]) -> list[Path]:
    """Files as given; a folder stands for the e-invoices (PDF, XML) directly inside it."""
    out: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            out.extend(sorted((p for p in path.iterdir()
                               if p.is_file() and p.suffix.lower() in EINVOICE_SUFFIXES),
                              key=lambda p: p.name.casefold()))
        else:
            out.append(path)
    return out


def dropped_files(mime: Any) -> list[Path]:
    """The local files and folders of a drag (URLs), else []."""
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]

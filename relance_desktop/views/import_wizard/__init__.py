"""The import wizard (a QWizard): files → columns of each CSV/Excel file → FEC accounts not to
chase → preview → confirm and import → summary. See :mod:`.wizard`."""

from relance_desktop.views.import_wizard.apply_pages import ConfirmPage, ResultPage
from relance_desktop.views.import_wizard.common import (
    FileInfo,
    describe,
    dropped_files,
    expand,
    problem_text,
)
from relance_desktop.views.import_wizard.fec_page import FecPage
from relance_desktop.views.import_wizard.files_page import FilesPage
from relance_desktop.views.import_wizard.mapping_page import MappingPage
from relance_desktop.views.import_wizard.preview_page import PreviewPage
from relance_desktop.views.import_wizard.wizard import ImportWizard

__all__ = [
    "ConfirmPage",
    "FecPage",
    "FileInfo",
    "FilesPage",
    "ImportWizard",
    "MappingPage",
    "PreviewPage",
    "ResultPage",
    "describe",
    "dropped_files",
    "expand",
    "problem_text",
]

"""Any e-invoice file: a Factur-X/ZUGFeRD PDF, or a CII or UBL XML document.

:func:`read_einvoice` looks at the content (not the file name) and hands it to the reader of its
syntax: :mod:`~relance_desktop.importers.ubl` for a UBL Invoice or CreditNote,
:mod:`~relance_desktop.importers.facturx` for everything else (a PDF, a CII document, or
anything it then refuses with a problem). What both syntaxes share — EN 16931 semantics, the
records — is in :mod:`~relance_desktop.importers.einvoice_records`; safe XML reading in
:mod:`~relance_desktop.importers.einvoice_xml`.
"""

from __future__ import annotations

from pathlib import Path

from relance_desktop.importers.einvoice_records import (
    UNREADABLE,
    PaymentTerm,
    choose_due_date,
    detect,
    read_bytes,
)
from relance_desktop.importers.einvoice_xml import EInvoiceError, parse_xml, root_syntax
from relance_desktop.importers.facturx import read_facturx_bytes
from relance_desktop.importers.records import ParseResult
from relance_desktop.importers.ubl import read_ubl_bytes

__all__ = [
    "UNREADABLE",
    "EInvoiceError",
    "PaymentTerm",
    "choose_due_date",
    "detect",
    "parse_xml",
    "read_einvoice",
]


def read_einvoice(path: Path) -> ParseResult:
    """Any supported e-invoice file: a Factur-X/ZUGFeRD PDF, or a CII or UBL XML document."""
    path = Path(path)
    data, problem = read_bytes("facturx", path)
    if problem is not None:
        return problem
    if detect(data) == "xml":
        try:
            root = parse_xml(data, path.name)
        except Exception:  # the reader below reports it properly
            root = None
        if root is not None and root_syntax(root) == "ubl":
            return read_ubl_bytes(data, path)
    return read_facturx_bytes(data, path)

"""Reading import files with the right importer, and the identity of what they hold.

Identity of an imported document is its source plus an external key (« account|kind|number »),
so re-importing the same export finds the same rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from relance_desktop.errors import UserFacingError
from relance_desktop.i18n import QT_TRANSLATE_NOOP, Message
from relance_desktop.importers.records import InvoiceRecord, ParseResult

CTX = "imports"
IMPORT_METHOD = "import"  # the one payment per invoice that says what the source says was paid
CREDIT_METHOD = "credit_note"  # older versions applied credit notes as payments of this method
SETTLED_METHOD = "import_settled"  # absent from a full export, confirmed as paid by the user

TABULAR_SUFFIXES = {".csv", ".txt", ".tsv", ".xlsx", ".xlsm"}


def _looks_like_fec(path: Path) -> bool:
    try:
        head = path.read_bytes()[:4096]
    except OSError:
        return False
    text = head.decode("latin-1").casefold()
    return "journalcode" in text and "comptenum" in text


def read_file(path: Path, *, profile: Any = None, excluded_accounts: Iterable[str] = (),
              default_currency: str = "EUR") -> ParseResult:
    """Read one file with the right importer; a file that cannot be read is a plain message."""
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        if suffix == ".pdf" or suffix == ".xml":
            from relance_desktop.importers.einvoice import read_einvoice

            return read_einvoice(path)
        if suffix in TABULAR_SUFFIXES and _looks_like_fec(path):
            from relance_desktop.importers.fec import read_fec

            return read_fec(path, excluded_accounts=frozenset(excluded_accounts))
        if suffix in TABULAR_SUFFIXES:
            from relance_desktop.importers.tabular import read_tabular

            return read_tabular(path, profile, default_currency=default_currency)
    except OSError as exc:
        raise UserFacingError(
            QT_TRANSLATE_NOOP("imports", "Impossible de lire « {path} » : {reason}"),
            context=CTX, path=str(path), reason=exc.strerror or str(exc),
        ) from None
    except ValueError as exc:  # FecError, TabularError, EInvoiceError: the whole file is refused
        message = getattr(exc, "message", None)
        raise UserFacingError(
            QT_TRANSLATE_NOOP("imports", "« {path} » ne peut pas être importé : {reason}"),
            context=CTX, path=str(path),
            reason=message if isinstance(message, Message) else str(exc),
        ) from None
    raise UserFacingError(
        QT_TRANSLATE_NOOP(
            "imports",
            "« {path} » : format non reconnu. Relance importe les fichiers CSV et Excel, le FEC, "
            "les factures Factur-X (PDF) et UBL (XML).",
        ),
        context=CTX, path=str(path),
    )


def source_of(result: ParseResult, profile_name: str = "") -> str:
    """The identity of the source an invoice comes from (part of its key)."""
    if result.source in ("csv", "xlsx"):
        return f"tabular:{profile_name or 'default'}"
    if result.source in ("facturx", "ubl", "cii"):
        return "einvoice"
    return result.source


def external_key(record: InvoiceRecord, account: str) -> str:
    # ``kind`` is a StrEnum: formatting it gives its value (without an attribute look-up per row).
    return f"{account}|{record.kind}|{record.number}"


def credit_reference(source: str, record: InvoiceRecord) -> str:
    """How older versions marked the payments made from a credit note (still recognised, so
    that a credit note they applied is not stored a second time)."""
    return f"{source}:{record.number}"

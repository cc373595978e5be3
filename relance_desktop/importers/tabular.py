"""CSV and Excel (.xlsx) invoice lists: from any tool, with a remembered column mapping.

Public API (no Qt, no database)::

    sniffed = sniff(path)                   # encoding, separator, header, decimal, dates…
    mapping = propose_mapping(sniffed)      # {field: column}, from header names and values
    profile = detect_profile(sniffed)       # a built-in profile when a known tool wrote it
    result = read_tabular(path, profile)    # ParseResult: customers, invoices, problems
    result.profile                          # the profile used, by name ("" for none)

:func:`read_tabular` never raises on bad content: every wrong cell, record or column count is a
:class:`~relance_desktop.importers.records.Problem` naming the file, the 1-based line (Excel: the
row) and the column, with what was expected and what was found; the row (and, for an invoice
spread over several rows, the whole invoice) is left out and the reading goes on, up to
:data:`~relance_desktop.importers.records.MAX_PROBLEMS` listed problems. Only a file that is not a
table at all raises :class:`TabularError` (a ``ValueError``).

Money is exact (integer cents, parsed from text, never through a float); dates are dates.

Messages are French templates marked with ``QT_TRANSLATE_NOOP("importers", …)``: a problem's
``expected`` is filled with its ``args``, notes and :class:`TabularError` carry a
:class:`~relance_desktop.i18n.Message`, so the interface shows them in the user's language. A
problem's ``field`` is the file's own column name, or the field's label
(:data:`~relance_desktop.importers.tabular_columns.LABELS`) when the file has no header;
``found`` is the cell as written (``""`` when empty).

How the reader is organised
---------------------------
This module runs one file through the others, in this order:

- :mod:`.tabular_sniff`: the bytes to a table (encoding, separator, header row, decimal mark,
  date order), :mod:`.tabular_profiles` and :mod:`.tabular_fields`: mappings and profiles;
- :mod:`.tabular_columns`: the profile's mapping resolved against the file, and the
  :class:`~.tabular_columns.Report` of problems and notes;
- :mod:`.tabular_rows`: the table's rows checked, and each row's cells read into values
  (:mod:`.tabular_quick`: the same for the usual CSV row, faster);
- :mod:`.tabular_layouts`: how rows become invoices (generic, Akaunting, Wave, GnuCash);
- :mod:`.tabular_invoices`: the rows of one invoice combined, then the records.

Numbers, dates and text are read by :mod:`.values` (text: :mod:`.decoding`), as the FEC and
e-invoice readers read theirs. :mod:`.bounds` limits the work on hostile files (line length,
columns, an ``.xlsx`` decompressed), so that they are refused fast with the line named.

Decisions
---------
- **Drafts** (status Draft, Brouillon, Concept) are not invoices yet: they are left out of
  ``invoices`` with a WARNING each, so they are never chased. The profile option
  ``drafts="import"`` keeps them, with status ``"draft"`` and the same warning. **Cancelled** or
  void invoices are always left out, with a warning.
- **Paid** invoices are kept (amount due 0): the import service needs them to mark paid what
  Relance still holds as open.
- A **negative** total is a credit note (:attr:`DocumentKind.CREDIT_NOTE`, amounts made positive).
- A file that names **no currency** (Wave, Invoicely, many French exports) is read in the
  profile's ``currency`` option, else in ``default_currency`` (the company's), and a note says
  so. A currency symbol in the amounts (``$13.50``) names the currency (``$`` is read as USD).
- **Date order**: ISO, compact and month-name dates are never ambiguous. For ``01/02/2021`` the
  whole file decides (a day above 12 in either place); when no value decides, DD/MM is assumed
  (the French and Belgian way), ``Sniffed.date_ambiguous`` is set and a note asks the user to
  check; ``DD.MM.YYYY`` is always day first.
- ``full_export`` per profile: true for the invoice-list exports (Invoice Ninja, FreshBooks,
  Zoho, Invoicely, Invoice2go, Akaunting), which list every invoice of the account; false for
  Wave (a transactions export covers a period, not every open invoice), GnuCash (an import file,
  not a list) and the generic layout (the user's profile may set it).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from relance_desktop.i18n import QT_TRANSLATE_NOOP
from relance_desktop.importers.records import MAX_PROBLEMS, ParseResult, paused_gc
from relance_desktop.importers.tabular_columns import LABELS, Report, resolve_columns
from relance_desktop.importers.tabular_fields import FIELD_LABELS, FIELDS
from relance_desktop.importers.tabular_invoices import Invoices
from relance_desktop.importers.tabular_layouts import (
    akaunting_sheets,
    read_generic,
    read_gnucash,
    read_wave,
)
from relance_desktop.importers.tabular_profiles import (
    LAYOUTS,
    Mapping,
    Profile,
    builtin_profiles,
    check_profile,
    detect_profile,
    propose_mapping,
)
from relance_desktop.importers.tabular_quick import QuickReader, quick_reader
from relance_desktop.importers.tabular_rows import CellReader
from relance_desktop.importers.tabular_sniff import (
    Overrides,
    Sniffed,
    Table,
    TabularError,
    open_table,
    unreadable,
)

__all__ = [
    "FIELDS",
    "FIELD_LABELS",
    "LAYOUTS",
    "Mapping",
    "Profile",
    "Sniffed",
    "TabularError",
    "builtin_profiles",
    "detect_profile",
    "propose_mapping",
    "read_tabular",
    "sniff",
]

_LABELS = LABELS  # the problems' field labels (tests compare them with the wizard's)


def sniff(path: Path | str, profile: Profile | None = None) -> Sniffed:
    """What ``path`` looks like (see :class:`Sniffed`); :class:`TabularError` if not a table.

    With ``profile``, its file settings (separator, sheet, header line, decimal mark, date
    order…) are applied instead of guessed, as :func:`read_tabular` will.
    """
    if profile is not None:
        check_profile(profile)
    return open_table(Path(path), _overrides(profile)).sniffed


def read_tabular(
    path: Path | str, profile: Profile | None = None, *, default_currency: str = "EUR"
) -> ParseResult:
    """Customers and invoices of a CSV or Excel export.

    Without ``profile`` the tool is recognised by its header (:func:`detect_profile`), else the
    proposed mapping is used. ``default_currency`` (the company's) applies when neither the file
    nor the profile names one.
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise unreadable(path, exc) from exc
    if profile is not None:
        check_profile(profile)
    table = open_table(path, _overrides(profile), raw=raw)
    result = ParseResult(
        source=table.sniffed.format, file=path, sha256=hashlib.sha256(raw).hexdigest()
    )
    if profile is None:
        profile = detect_profile(table.sniffed)
        if profile is not None and _overrides(profile) != Overrides():
            table = open_table(path, _overrides(profile), raw=raw)
    if profile is None:
        profile = Profile("", propose_mapping(table.sniffed), {"layout": "generic"})
    result.profile = profile.name
    reader = _Reader(table, profile, default_currency, result)
    with paused_gc():
        reader.run()
    return result


def _overrides(profile: Profile | None) -> Overrides:
    if profile is None:
        return Overrides()
    o = profile.options
    header = o.get("header_line")
    thousands = o.get("thousands")
    return Overrides(
        encoding=str(o.get("encoding", "")),
        delimiter=str(o.get("delimiter", "")),
        sheet=str(o.get("sheet", "")),
        header_line=header if isinstance(header, int) else None,
        decimal=str(o.get("decimal", "")),
        thousands=thousands if isinstance(thousands, str) else None,
        date_order=str(o.get("date_order", "")),
    )


class _Reader:
    """One file read with one profile: the columns resolved, the rows read by the profile's
    layout into invoices, the records and the notes made."""

    def __init__(
        self, table: Table, profile: Profile, default_currency: str, result: ParseResult
    ) -> None:
        self.table = table
        self.profile = profile
        self.result = result
        self.report = Report(result, table.sniffed)
        self.invoices = Invoices(profile, self.report, result, default_currency)
        self.cells: CellReader | None = None

    def run(self) -> None:
        sniffed, profile, report = self.table.sniffed, self.profile, self.report
        self.result.problems.extend(sniffed.problems[:MAX_PROBLEMS])
        self.result.notes.extend(sniffed.notes)
        self.result.full_export = bool(profile.option("full_export", False))
        if profile.name:
            report.note(
                QT_TRANSLATE_NOOP("importers", "Lu avec le profil « {profile} »."),
                profile=profile.name,
            )
        columns = resolve_columns(profile, sniffed, report)
        if columns is None:
            return
        self.cells = CellReader(sniffed, columns, report)
        self._read(self.cells)
        self.invoices.finish()
        report.count_dropped()

    def _read(self, cells: CellReader) -> None:
        layout, table, invoices = self.profile.layout, self.table, self.invoices
        if layout == "wave":
            receivable = str(self.profile.option("receivable_account", "Accounts Receivable"))
            read_wave(table, cells, invoices, receivable)
        elif layout == "gnucash":
            read_gnucash(table, cells, invoices)
        else:
            drop_duplicates = bool(self.profile.option("drop_duplicate_rows", False))
            read_generic(table, cells, invoices, self._quick_reader(), drop_duplicates)
            if layout == "akaunting":
                akaunting_sheets(table, invoices)

    def _quick_reader(self) -> QuickReader | None:
        """The quick row reader of this file (see :mod:`.tabular_quick`); None: every row is
        read by the general code (the speed test compares both)."""
        assert self.cells is not None
        return quick_reader(self.cells)

"""Limits every reader applies before the real work, so that a hostile or broken file is
refused fast, with a message naming the file and the line, instead of taking minutes and
gigabytes.

- **Line length** (:data:`MAX_LINE_CHARS`): a CSV or FEC line longer than this is not a line of
  an invoice list or a ledger (a header followed by 200 MB of separators, a file with no line
  ends). :func:`long_line` finds one without splitting the text: it looks at windows of
  :data:`MAX_LINE_CHARS` characters and reports a window with no line end in it, so any line of
  twice the limit is found, a line below the limit never, and the work is one pass of
  ``str.find`` in C.
- **Columns** (:data:`MAX_COLUMNS`): an invoice list has tens of columns (Zoho's has 83); a row
  with more than this is refused on its line.
- **Excel, decompressed** (:data:`MAX_XLSX_UNCOMPRESSED`): an ``.xlsx`` is a zip; the sizes its
  directory declares are added up before any XML is read (the zip module never inflates a member
  beyond its declared size, and a wrong size fails its CRC check), so a small file whose shared
  strings expand to hundreds of megabytes is refused at once.

The limits are module attributes: the readers read them when they run (tests lower them).
"""

from __future__ import annotations

import io
import zipfile

MAX_LINE_CHARS = 1_000_000
MAX_COLUMNS = 2_000
MAX_XLSX_UNCOMPRESSED = 256 * 1024 * 1024


def long_line(text: str, limit: int | None = None) -> int | None:
    """The 1-based number of a line of ``text`` longer than ``limit`` characters (default
    :data:`MAX_LINE_CHARS`; see the module's documentation), or None."""
    limit = MAX_LINE_CHARS if limit is None else limit
    if len(text) <= limit:
        return None
    for start in range(0, len(text) - limit + 1, limit):
        end = start + limit
        if text.find("\n", start, end) < 0 and text.find("\r", start, end) < 0:
            return _line_number(text, start)
    return None


def _line_number(text: str, pos: int) -> int:
    newlines = text.count("\n", 0, pos)
    if newlines == 0:
        return text.count("\r", 0, pos) + 1  # a file with CR line ends
    return newlines + 1


def xlsx_uncompressed_size(raw: bytes) -> int | None:
    """The sum of the sizes an ``.xlsx`` declares for its members; None when it is no zip."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            return sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return None

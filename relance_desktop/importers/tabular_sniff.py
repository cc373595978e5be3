"""Sniffing a CSV or Excel file: encoding, separator, header row, number and date conventions.

:func:`sniff` looks at the file and returns a :class:`Sniffed` (plain data the import wizard
shows and lets the user correct). :func:`open_table` does the same and keeps the decoded text or
the sheet, so that the reader can then walk every row without decoding twice.

A file that is not a table at all (a PDF, random bytes, a broken workbook, one single column)
raises :class:`TabularError`; anything smaller (a bad byte, a broken line) becomes a
:class:`~relance_desktop.importers.records.Problem` and the reading goes on.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import warnings
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from itertools import dropwhile, islice
from pathlib import Path
from typing import NamedTuple

from relance_desktop.i18n import QT_TRANSLATE_NOOP, Message
from relance_desktop.importers import bounds
from relance_desktop.importers.decoding import decode, decoding_problems
from relance_desktop.importers.records import CTX, Problem
from relance_desktop.importers.tabular_fields import header_matches
from relance_desktop.importers.tabular_values import cell_text
from relance_desktop.importers.values import (
    Cell,
    date_shape,
    decimal_votes,
    format_label,
    looks_like_amount,
    looks_like_date,
    order_votes,
)

DELIMITERS = (",", ";", "\t", "|")
_HAS_DIGIT = re.compile(r"\d").search
SAMPLE_ROWS = 200  # rows kept in Sniffed.sample (mapping proposal, preview)
EVIDENCE_ROWS = 5000  # rows read to decide the decimal separator and the date order
# ... and at most this many cells (a file of 600 columns: 333 rows): sniffing takes the same
# time, about 0.3 s, however wide the file (5,000 rows of 600 columns: 6 s).
EVIDENCE_CELLS = 200_000
HEADER_SEARCH = 20  # the header row is looked for among the first rows
MAX_FILE_BYTES = 512 * 1024 * 1024


class TabularError(ValueError):
    """The file as a whole cannot be read as a table.

    :attr:`message` says why for the user: a French template marked with
    ``QT_TRANSLATE_NOOP("importers", …)`` and its arguments; ``str(exc)`` is its French text.
    """

    def __init__(self, text: str, /, **args: object) -> None:
        self.message = Message(CTX, text, dict(args))
        super().__init__(self.message.render())


class Row(NamedTuple):
    line: int  # 1-based line (CSV) or row (Excel) where the record starts
    cells: tuple[Cell, ...]
    error: str = ""  # the CSV reader could not read this record: its reason (Python's, as is)
    end: int = 0  # last physical line of a record spanning several lines


@dataclass(frozen=True)
class Sniffed:
    """What the file looks like. Every setting here can be forced by a profile's options."""

    path: Path
    format: str  # "csv" or "xlsx"
    encoding: str = ""  # "utf-8", "utf-8-sig" (with BOM), "utf-16", "cp1252"; "" for Excel
    delimiter: str = ""  # one of DELIMITERS; "" for Excel
    quoted: bool = False  # some fields are quoted with « " »
    sheet: str = ""  # the sheet read (Excel)
    sheets: tuple[str, ...] = ()  # every sheet of the workbook
    header_line: int = 0  # 1-based line of the header row; 0 when the file has none
    columns: tuple[str, ...] = ()  # header names as written; () when there is no header
    width: int = 0  # number of columns
    first_line: int = 1  # first line of data
    decimal: str = "."  # "." or ","
    thousands: str = ""  # "", ",", ".", " " or "'"
    date_order: str = "DMY"  # how numeric dates read: "DMY" or "MDY"
    date_ambiguous: bool = False  # every numeric date could be read both ways
    date_formats: tuple[tuple[int, str], ...] = ()  # (column index, "DD/MM/YYYY")
    sample: tuple[tuple[Cell, ...], ...] = ()  # first data rows, as read
    notes: tuple[Message, ...] = ()  # in context « importers »
    problems: tuple[Problem, ...] = field(default=(), repr=False)

    @cached_property
    def preview(self) -> list[list[str]]:
        """The first rows as text, for the wizard (made once: the wizard asks for it per
        column)."""
        return [[cell_text(c) for c in row] for row in self.sample[:20]]

    def column_name(self, index: int) -> str:
        """The header of a column, or « colonne 3 » (1-based) when there is none."""
        if 0 <= index < len(self.columns) and self.columns[index]:
            return self.columns[index]
        return f"colonne {index + 1}"


@dataclass(frozen=True)
class Overrides:
    """Settings forced by the user or a profile instead of sniffed."""

    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""
    header_line: int | None = None  # 0: no header
    decimal: str = ""
    thousands: str | None = None
    date_order: str = ""


@dataclass
class Table:
    """A sniffed file, ready to be walked row by row."""

    sniffed: Sniffed
    raw: bytes
    text: str = ""  # CSV: the decoded text
    sheet_rows: dict[str, list[tuple[Cell, ...]]] = field(default_factory=dict)  # Excel

    def rows(self) -> Iterator[Row]:
        """Data rows after the header (and the title lines before it), blank ones included."""
        s = self.sniffed
        if s.format == "xlsx":
            return (
                Row(number, cells, end=number)
                for number, cells in enumerate(self.sheet_rows.get(s.sheet, []), start=1)
                if number >= s.first_line
            )
        # Lines only grow: once past the title lines and header, every row is passed on as is.
        first_line = s.first_line
        return dropwhile(lambda row: row.line < first_line, csv_rows(self.text, s.delimiter))

    def sheet(self, name: str) -> list[tuple[Cell, ...]] | None:
        """Another sheet of the workbook (rows as read), or None when absent."""
        return self.sheet_rows.get(name)


# ---------------------------------------------------------------------------------------------
# Reading the bytes


def _refuse_non_tables(raw: bytes, path: Path) -> None:
    name = path.name
    if not raw.strip():
        raise TabularError(
            QT_TRANSLATE_NOOP(
                "importers", "« {file} » est vide : il n'y a aucun tableau à importer."
            ),
            file=name,
        )
    if raw.startswith(b"%PDF"):
        raise TabularError(
            QT_TRANSLATE_NOOP(
                "importers",
                "« {file} » est un PDF, pas un tableau CSV ou Excel (une facture Factur-X "
                "s'importe comme facture électronique).",
            ),
            file=name,
        )
    if raw.startswith(b"\xd0\xcf\x11\xe0"):
        raise TabularError(
            QT_TRANSLATE_NOOP(
                "importers",
                "« {file} » est un ancien fichier Excel (.xls) : enregistrez-le en .xlsx ou en "
                "CSV, puis importez-le.",
            ),
            file=name,
        )
    head = raw[:512].lstrip(codecs.BOM_UTF8).lstrip()
    if head.startswith(b"<?xml") or head.startswith(b"<Invoice") or head.startswith(b"<rsm:"):
        raise TabularError(
            QT_TRANSLATE_NOOP(
                "importers",
                "« {file} » est un document XML, pas un tableau (les factures UBL et Factur-X "
                "s'importent comme factures électroniques).",
            ),
            file=name,
        )


def _refuse_binary(text: str, path: Path) -> str:
    sample = text[:65536]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\r\n")
    if controls > max(4, len(sample) // 100):
        raise TabularError(
            QT_TRANSLATE_NOOP(
                "importers",
                "« {file} » n'est pas un tableau texte : il contient des données binaires "
                "(caractères de contrôle).",
            ),
            file=path.name,
        )
    return text.replace("\x00", "") if "\x00" in text else text


# ---------------------------------------------------------------------------------------------
# CSV


def csv_rows(text: str, delimiter: str, limit: int | None = None) -> Iterator[Row]:
    """Every record with its 1-based starting line; a record the reader refuses is an error row."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    previous = 0
    count = 0
    while limit is None or count < limit:
        try:
            # The records up to the next error (or the limit) in one loop, without a ``try``
            # per record: the reader raises out of the ``for`` on a record it refuses.
            for cells in reader if limit is None else islice(reader, limit - count):
                count += 1
                line = reader.line_num
                yield Row(previous + 1, tuple(cells), "", line)
                previous = line
            return
        except csv.Error as exc:
            count += 1
            yield Row(previous + 1, (), str(exc) or "csv.Error", reader.line_num)
            if reader.line_num <= previous:
                return
            previous = reader.line_num


def _sample_text(text: str, size: int = 256 * 1024) -> str:
    if len(text) <= size:
        return text
    cut = text.rfind("\n", 0, size)
    return text[: cut + 1] if cut > 0 else text[:size]


def sniff_delimiter(text: str) -> str:
    """The separator that gives the most rows of the same width (at least 2 columns)."""
    sample = _sample_text(text, 64 * 1024)
    best, best_score = "", 0.0
    for delimiter in DELIMITERS:
        widths = [
            len(row.cells)
            for row in csv_rows(sample, delimiter, limit=300)
            if any(c.strip() for c in row.cells if isinstance(c, str))
        ]
        if not widths:
            continue
        width, frequency = Counter(widths).most_common(1)[0]
        if width < 2:
            continue
        score = frequency / len(widths) + 0.001 * min(width, 100)
        if score > best_score:
            best, best_score = delimiter, score
    return best


# ---------------------------------------------------------------------------------------------
# Excel


def load_workbook(raw: bytes, path: Path) -> dict[str, list[tuple[Cell, ...]]]:
    """Every sheet as rows of values (trailing empty cells and rows dropped)."""
    import openpyxl

    size = bounds.xlsx_uncompressed_size(raw)
    if size is not None and size > bounds.MAX_XLSX_UNCOMPRESSED:
        raise TabularError(
            QT_TRANSLATE_NOOP(
                "importers",
                "« {file} » se décompresse en {size} Mo, au-delà des {limit} Mo qu'une liste de "
                "factures peut occuper : le classeur n'est pas ouvert. Enregistrez la feuille "
                "des factures seule, en CSV, puis importez-la.",
            ),
            file=path.name,
            size=-(-size // 2**20),
            limit=bounds.MAX_XLSX_UNCOMPRESSED // 2**20,
        )
    sheets: dict[str, list[tuple[Cell, ...]]] = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            workbook = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many kinds on a broken file
            raise TabularError(
                QT_TRANSLATE_NOOP(
                    "importers",
                    "« {file} » ne peut pas être lu comme un classeur Excel (.xlsx) : {reason}",
                ),
                file=path.name,
                reason=str(exc) or type(exc).__name__,
            ) from exc
        try:
            for sheet in workbook.worksheets:
                if hasattr(sheet, "reset_dimensions"):
                    sheet.reset_dimensions()  # some tools write a wrong size
                rows: list[tuple[Cell, ...]] = []
                for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                    cells = [_excel_cell(v) for v in values]
                    while cells and (cells[-1] is None or cells[-1] == ""):
                        cells.pop()
                    _refuse_wide_row(path, number, len(cells), str(sheet.title))
                    rows.append(tuple(cells))
                while rows and not rows[-1]:
                    rows.pop()
                sheets[str(sheet.title)] = rows
        except TabularError:
            raise
        except Exception as exc:
            raise TabularError(
                QT_TRANSLATE_NOOP(
                    "importers", "« {file} » : une feuille de ce classeur est illisible ({reason})."
                ),
                file=path.name,
                reason=str(exc) or type(exc).__name__,
            ) from exc
        finally:
            workbook.close()
    return sheets


def _excel_cell(value: object) -> Cell:
    if value is None or isinstance(value, str | int | float | date):
        return value
    return str(value)


# ---------------------------------------------------------------------------------------------
# Header, numbers, dates


def _filled(cells: tuple[Cell, ...]) -> int:
    return sum(1 for c in cells if cell_text(c))


def _data_like(cell: Cell) -> bool:
    if isinstance(cell, int | float | date) and not isinstance(cell, bool):
        return True
    text = cell_text(cell)
    return bool(text) and (looks_like_amount(text) or looks_like_date(text) or "@" in text)


def _header_like(cells: tuple[Cell, ...]) -> bool:
    values = [cell_text(c) for c in cells if cell_text(c)]
    if len(values) < 2 or len({v.casefold() for v in values}) < 0.8 * len(values):
        return False
    if any(_data_like(c) for c in cells):
        return header_matches(values) >= 3
    return True


def find_header(rows: list[Row]) -> tuple[int | None, int]:
    """(index of the header row or None, index of the first data row) among the first rows.

    Title lines (one cell, or a few where the table is wide) and blank lines before the table
    are skipped. The first substantial row is the header when it reads as names, not values.
    """
    head = [r for r in rows[: HEADER_SEARCH + 10] if not r.error]
    widest = max((_filled(r.cells) for r in head), default=0)
    for index, row in enumerate(rows[:HEADER_SEARCH]):
        filled = _filled(row.cells)
        if row.error or filled < 2 or filled < 0.4 * widest:
            continue
        if _header_like(row.cells):
            return index, index + 1
        return None, index
    return None, 0


def _number_settings(rows: list[tuple[Cell, ...]], delimiter: str) -> tuple[str, str]:
    points = commas = 0
    thousands: Counter[str] = Counter()
    votes: dict[str, tuple[int, int, str]] = {}  # per distinct text: names, dates come back
    for cells in rows:
        for cell in cells:
            if not isinstance(cell, str):
                continue
            vote = votes.get(cell)
            if vote is None:
                no_number = not _HAS_DIGIT(cell) or date_shape(cell)
                vote = votes[cell] = (0, 0, "") if no_number else decimal_votes(cell)
            p, c, t = vote
            points, commas = points + p, commas + c
            if t:
                thousands[t] += 1
    if commas > points:
        decimal = ","
    elif points > commas:
        decimal = "."
    else:
        decimal = "," if delimiter == ";" else "."
    candidates = [(n, t) for t, n in thousands.items() if t != decimal]
    return decimal, max(candidates)[1] if candidates else ""


def _date_settings(
    rows: list[tuple[Cell, ...]], width: int
) -> tuple[str, bool, list[tuple[int, str]], Message | None]:
    """(order, ambiguous, formats per column, note)."""
    day_first = month_first = 0
    shapes: list[Counter[str]] = [Counter() for _ in range(width)]
    filled = [0] * width
    numeric_slash = 0
    # text → (its date shape, "" when not a date; its order votes; 1 if a numeric date not
    # written with dots): the same dates come back on many rows.
    known: dict[str, tuple[str, int, int, int]] = {}
    for cells in rows:
        for index, cell in enumerate(cells[:width]):
            if not isinstance(cell, str):  # Excel values
                if isinstance(cell, date):
                    filled[index] += 1
                    shapes[index]["EXCEL"] += 1
                elif cell_text(cell):
                    filled[index] += 1
                continue
            text = cell.strip()
            if not text:
                continue
            filled[index] += 1
            facts = known.get(text)
            if facts is None:
                shape = date_shape(text)
                shape = shape if shape and looks_like_date(text) else ""
                d, m = order_votes(text) if shape else (0, 0)
                slash = int(shape.startswith("NN") and not shape.startswith("NN."))
                facts = known[text] = (shape, d, m, slash)
            shape, d, m, slash = facts
            if not shape:
                continue
            shapes[index][shape] += 1
            day_first, month_first = day_first + d, month_first + m
            numeric_slash += slash
    order, ambiguous, note = _date_order(day_first, month_first, numeric_slash)
    formats: list[tuple[int, str]] = []
    for index, counter in enumerate(shapes):
        if not counter or sum(counter.values()) < 0.6 * filled[index]:
            continue
        shape = counter.most_common(1)[0][0]
        formats.append((index, "Excel date" if shape == "EXCEL" else format_label(shape, order)))
    return order, ambiguous, formats, note


def _date_order(
    day_first: int, month_first: int, numeric_slash: int
) -> tuple[str, bool, Message | None]:
    """(order, ambiguous, note) from the votes of the file's numeric dates."""
    if day_first and not month_first:
        return "DMY", False, None
    if month_first and not day_first:
        return "MDY", False, None
    if day_first and month_first:
        order = "DMY" if day_first >= month_first else "MDY"
        text = (
            QT_TRANSLATE_NOOP(
                "importers",
                "Des dates se lisent jour d'abord ({day_first}), d'autres mois d'abord "
                "({month_first}) : l'ordre JJ/MM est retenu, les autres dates sont signalées.",
            )
            if order == "DMY"
            else QT_TRANSLATE_NOOP(
                "importers",
                "Des dates se lisent jour d'abord ({day_first}), d'autres mois d'abord "
                "({month_first}) : l'ordre MM/JJ est retenu, les autres dates sont signalées.",
            )
        )
        args = {"day_first": day_first, "month_first": month_first}
        return order, True, Message(CTX, text, args)
    if not numeric_slash:
        return "DMY", False, None
    note = Message(
        CTX,
        QT_TRANSLATE_NOOP(
            "importers",
            "Toutes les dates du fichier se lisent aussi bien JJ/MM que MM/JJ : "
            "JJ/MM/AAAA est retenu. Vérifiez l'aperçu et changez l'ordre des dates si "
            "besoin.",
        ),
    )
    return "DMY", True, note


# ---------------------------------------------------------------------------------------------
# Putting it together


def _sheet_choice(sheets: dict[str, list[tuple[Cell, ...]]]) -> str:
    best, best_score = "", -1
    for name, rows in sheets.items():
        if not rows:
            continue
        first = [Row(i, cells) for i, cells in enumerate(rows[: HEADER_SEARCH + 10], start=1)]
        header, _ = find_header(first)
        score = (
            header_matches([cell_text(c) for c in first[header].cells]) if header is not None else 0
        )
        lowered = name.casefold()
        if lowered in ("invoices", "factures", "facturen", "invoice list"):
            score += 5
        elif any(w in lowered for w in ("invoice", "factur", "factuur")):
            score += 2
        if score > best_score:
            best, best_score = name, score
    return best


def open_table(path: Path, overrides: Overrides | None = None, raw: bytes | None = None) -> Table:
    """Read and sniff ``path``; raise :class:`TabularError` when it is not a table at all."""
    forced = overrides or Overrides()
    path = Path(path)
    if raw is None:
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                raise TabularError(
                    QT_TRANSLATE_NOOP(
                        "importers", "« {file} » est trop volumineux pour une liste de factures."
                    ),
                    file=path.name,
                )
            raw = path.read_bytes()
        except OSError as exc:
            raise unreadable(path, exc) from exc
    _refuse_non_tables(raw, path)
    if raw.startswith(b"PK\x03\x04"):
        return _open_workbook(path, raw, forced)
    return _open_csv(path, raw, forced)


def _open_csv(path: Path, raw: bytes, forced: Overrides) -> Table:
    decoded = decode(raw, forced.encoding)
    text = _refuse_binary(decoded.text, path)
    _refuse_long_lines(text, path)
    delimiter = forced.delimiter or sniff_delimiter(text)
    if not delimiter:
        raise TabularError(
            QT_TRANSLATE_NOOP(
                "importers",
                "« {file} » n'est pas un tableau : aucun séparateur de colonnes (virgule, "
                "point-virgule, tabulation ou barre verticale) ne donne des lignes d'au moins "
                "deux colonnes.",
            ),
            file=path.name,
        )
    evidence = []
    cells = 0
    for row in csv_rows(text, delimiter, limit=EVIDENCE_ROWS + HEADER_SEARCH):
        _refuse_wide_row(path, row.line, len(row.cells))
        evidence.append(row)
        cells += len(row.cells)
        if cells > EVIDENCE_CELLS and len(evidence) > HEADER_SEARCH + SAMPLE_ROWS:
            break
    quoted = re.search(f'(^|[{re.escape(delimiter)}])"', _sample_text(text, 64 * 1024), re.M)
    sniffed = _describe(path, "csv", evidence, forced, delimiter)
    problems = decoding_problems(decoded, path.name)
    sniffed = replace(
        sniffed, encoding=decoded.encoding, quoted=bool(quoted), problems=tuple(problems)
    )
    return Table(sniffed, raw, text=text)


def _refuse_long_lines(text: str, path: Path) -> None:
    line = bounds.long_line(text)
    if line is not None:
        raise TabularError(
            QT_TRANSLATE_NOOP(
                "importers",
                "« {file} », ligne {line} : cette ligne dépasse {limit} caractères, ce qu'aucune "
                "liste de factures ne fait (une fin de ligne ou un séparateur manque ?). Le "
                "fichier n'est pas importé.",
            ),
            file=path.name,
            line=line,
            limit=bounds.MAX_LINE_CHARS,
        )


def _refuse_wide_row(path: Path, line: int, count: int, sheet: str = "") -> None:
    if count <= bounds.MAX_COLUMNS:
        return
    args = {"file": path.name, "line": line, "count": count, "limit": bounds.MAX_COLUMNS}
    if sheet:
        raise TabularError(
            QT_TRANSLATE_NOOP(
                "importers",
                "« {file} », feuille « {sheet} », ligne {line} : {count} colonnes, au-delà des "
                "{limit} qu'une liste de factures peut avoir. Le fichier n'est pas importé.",
            ),
            sheet=sheet,
            **args,
        )
    raise TabularError(
        QT_TRANSLATE_NOOP(
            "importers",
            "« {file} », ligne {line} : {count} colonnes, au-delà des {limit} qu'une liste de "
            "factures peut avoir. Le fichier n'est pas importé.",
        ),
        **args,
    )


def _open_workbook(path: Path, raw: bytes, forced: Overrides) -> Table:
    sheets = load_workbook(raw, path)
    if forced.sheet and forced.sheet not in sheets:
        raise TabularError(
            QT_TRANSLATE_NOOP(
                "importers", "« {file} » n'a pas de feuille « {sheet} » (feuilles : {sheets})."
            ),
            file=path.name,
            sheet=forced.sheet,
            sheets=", ".join(sheets),
        )
    name = forced.sheet or _sheet_choice(sheets)
    if not name:
        raise TabularError(
            QT_TRANSLATE_NOOP(
                "importers", "« {file} » : toutes les feuilles du classeur sont vides."
            ),
            file=path.name,
        )
    rows = sheets[name]
    width = max((len(cells) for cells in rows[: HEADER_SEARCH + 10]), default=1) or 1
    count = max(min(EVIDENCE_ROWS, EVIDENCE_CELLS // width), SAMPLE_ROWS) + HEADER_SEARCH
    evidence = [Row(i, cells, end=i) for i, cells in enumerate(rows[:count], start=1)]
    sniffed = _describe(path, "xlsx", evidence, forced, "")
    return Table(replace(sniffed, sheet=name, sheets=tuple(sheets)), raw, sheet_rows=sheets)


def _describe(
    path: Path, format_: str, evidence: list[Row], forced: Overrides, delimiter: str
) -> Sniffed:
    header, first_line = _header(evidence[: HEADER_SEARCH + 10], forced)
    columns: tuple[str, ...] = ()
    if header is not None:
        names = [cell_text(c) for c in header.cells]
        while names and not names[-1]:  # « a,b,c, »: a trailing separator names no column
            names.pop()
        columns = tuple(names)
    header_line = header.line if header is not None else 0
    notes = _skipped_lines(header_line, first_line)
    data = [
        r.cells
        for r in evidence
        if r.line >= first_line and not r.error and any(cell_text(c) for c in r.cells)
    ]
    widths = Counter(len(cells) for cells in data)
    width = max(len(columns), widths.most_common(1)[0][0] if widths else 0)
    if width < 2:
        raise TabularError(
            QT_TRANSLATE_NOOP(
                "importers",
                "« {file} » n'est pas un tableau : il a moins de deux colonnes de données.",
            ),
            file=path.name,
        )
    decimal, thousands = _number_settings(data, delimiter)
    order, ambiguous, formats, note = _date_settings(data, width)
    if note is not None and not forced.date_order:
        notes.append(note)
    return Sniffed(
        path=path,
        format=format_,
        delimiter=delimiter,
        header_line=header_line,
        columns=columns,
        width=width,
        first_line=first_line,
        decimal=forced.decimal or decimal,
        thousands=thousands if forced.thousands is None else forced.thousands,
        date_order=forced.date_order or order,
        date_ambiguous=ambiguous and not forced.date_order,
        date_formats=tuple(formats),
        sample=tuple(data[:SAMPLE_ROWS]),
        notes=tuple(notes),
    )


def _header(head: list[Row], forced: Overrides) -> tuple[Row | None, int]:
    """(the header row or None, the first line of data) among the first rows."""
    if forced.header_line is not None:
        header = next((r for r in head if r.line == forced.header_line), None)
        return header, header.end + 1 if header else max(forced.header_line, 1)
    header_index, first = find_header(head)
    if header_index is not None:
        header = head[header_index]
        return header, header.end + 1
    return None, head[first].line if first < len(head) else 1


def _skipped_lines(header_line: int, first_line: int) -> list[Message]:
    """The notes saying which lines before the table are ignored (and that it has no header)."""
    if header_line == 2:
        text = QT_TRANSLATE_NOOP("importers", "La ligne 1, avant l'en-tête, est ignorée.")
    elif header_line > 2:
        text = QT_TRANSLATE_NOOP(
            "importers", "Les lignes 1 à {last}, avant l'en-tête, sont ignorées."
        )
    elif header_line:
        return []
    elif first_line == 2:
        text = QT_TRANSLATE_NOOP("importers", "La ligne 1, avant les données, est ignorée.")
    elif first_line > 2:
        text = QT_TRANSLATE_NOOP(
            "importers", "Les lignes 1 à {last}, avant les données, sont ignorées."
        )
    else:
        text = ""
    last = (header_line or first_line) - 1
    notes = [Message(CTX, text, {"last": last} if "{last}" in text else {})] if text else []
    if not header_line:
        notes.append(
            Message(
                CTX,
                QT_TRANSLATE_NOOP(
                    "importers",
                    "Le fichier n'a pas de ligne d'en-tête : les colonnes sont désignées par leur "
                    "position.",
                ),
            )
        )
    return notes


def unreadable(path: Path, exc: OSError) -> TabularError:
    """The error for a file the system cannot read (absent, no permission…)."""
    return TabularError(
        QT_TRANSLATE_NOOP("importers", "« {file} » ne peut pas être lu : {reason}"),
        file=path.name,
        reason=exc.strerror or str(exc),
    )

"""Text files' bytes to text, one way for every reader (CSV, FEC, and whatever comes).

One rule for every text file. A BOM decides (UTF-8, UTF-16, UTF-32); without one, text whose
every second (fourth) byte is zero is UTF-16 (UTF-32), little- or big-endian by where the zeros
are (:func:`_wide_encoding`). Otherwise the bytes are UTF-8 when they decode as UTF-8. When
they do not, each line is read by itself: as UTF-8 when it is valid UTF-8, else as
Windows-1252, in which the five bytes cp1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D)
are read as Latin-1: decoding never fails and nothing is lost, even in a file made of two
exports in two encodings (« Société » stays « Société » on every line). The file is said to be
in the encoding of most of its lines with non-ASCII bytes; each line in the other one is
reported (:attr:`Decoded.other_lines`), as is each byte that is no character at all
(:attr:`Decoded.bad`), by :func:`decoding_problems`.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from relance_desktop.i18n import QT_TRANSLATE_NOOP
from relance_desktop.importers.records import MAX_PROBLEMS, Problem, Severity


@dataclass(frozen=True)
class Decoded:
    """The text of a file's bytes, the encoding it was read in, and how to find what could not
    be read (:func:`decoding_problems`)."""

    text: str
    encoding: str  # "utf-8", "utf-8-sig", "utf-16", "utf-16-le"… "utf-32"…, "cp1252", or forced
    bad: str = ""  # the characters that stand for unreadable bytes in ``text`` ("" if none)
    # Where the lines read in the other encoding (UTF-8 in a Windows-1252 file, or the reverse)
    # start in ``text``.
    other_lines: tuple[int, ...] = ()


_LATIN1_FALLBACK = "relance-latin-1"


def _latin1_fallback(error: UnicodeError) -> tuple[str, int]:
    """The codec error handler of :func:`decode`: a byte cp1252 leaves undefined, as Latin-1."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return error.object[error.start : error.end].decode("latin-1"), error.end


codecs.register_error(_LATIN1_FALLBACK, _latin1_fallback)
_CP1252_UNDEFINED = "\x81\x8d\x8f\x90\x9d"  # as Latin-1 reads them
_REPLACED = "\ufffd"


def decode(raw: bytes, forced: str = "") -> Decoded:
    """The text of ``raw`` by the rule above (``forced``: a codec name a profile gives).

    Never fails: an unknown forced codec is Windows-1252; bytes a forced codec cannot read
    become U+FFFD.
    """
    if forced:
        try:
            encoding = codecs.lookup(forced).name
        except LookupError:
            encoding = "cp1252"
    elif raw.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif raw.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):  # before UTF-16's
        encoding = "utf-32"
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    elif wide := _wide_encoding(raw):
        encoding = wide
    else:
        try:
            return Decoded(raw.decode("utf-8"), "utf-8")
        except UnicodeDecodeError:
            return _line_by_line(raw)
    if encoding == "cp1252":
        text = raw.decode("cp1252", errors=_LATIN1_FALLBACK)
        bad = _CP1252_UNDEFINED
    else:
        text = raw.decode(encoding, errors="replace")
        bad = _REPLACED
        if text.startswith("\ufeff") and encoding in ("utf-8", "utf-8-sig", "utf-16", "utf-32"):
            text, encoding = text[1:], "utf-8-sig" if encoding == "utf-8" else encoding
    if not any(ch in text for ch in bad):
        bad = ""
    return Decoded(text, encoding, bad)


def _wide_encoding(raw: bytes) -> str:
    """``utf-32-le``/``-be`` or ``utf-16-le``/``-be`` for text without a BOM whose zero bytes
    sit where those encodings put them for Latin letters; "" otherwise."""
    head = raw[:4096]
    head = head[: len(head) - len(head) % 4]
    if len(head) < 8 or head.count(0) < len(head) // 3:
        return ""
    quads = len(head) // 4
    zeros = [head[i::4].count(0) / quads for i in range(4)]
    if min(zeros[1:]) > 0.9 and zeros[0] < 0.1:
        return "utf-32-le"
    if min(zeros[:3]) > 0.9 and zeros[3] < 0.1:
        return "utf-32-be"
    odd, even = (zeros[1] + zeros[3]) / 2, (zeros[0] + zeros[2]) / 2
    if odd > 0.8 and even < 0.1:
        return "utf-16-le"
    if even > 0.8 and odd < 0.1:
        return "utf-16-be"
    return ""


def _line_by_line(raw: bytes) -> Decoded:
    """Bytes that are not UTF-8 as a whole: each line in UTF-8 when it is, else in
    Windows-1252 (see the module's documentation)."""
    texts: list[str] = []
    utf8: list[int] = []  # where the non-ASCII lines start, per encoding
    cp1252: list[int] = []
    pos = 0
    for line in raw.split(b"\n"):
        if line.isascii():
            text = line.decode("ascii")
        else:
            try:
                text = line.decode("utf-8")
                utf8.append(pos)
            except UnicodeDecodeError:
                text = line.decode("cp1252", errors=_LATIN1_FALLBACK)
                cp1252.append(pos)
        texts.append(text)
        pos += len(text) + 1
    text = "\n".join(texts)
    encoding, other = ("utf-8", cp1252) if len(utf8) >= len(cp1252) else ("cp1252", utf8)
    bad = _CP1252_UNDEFINED if any(ch in text for ch in _CP1252_UNDEFINED) else ""
    return Decoded(text, encoding, bad, tuple(other))


ENCODING_FIELD = QT_TRANSLATE_NOOP("importers", "encodage")
_UNDEFINED_BYTE = QT_TRANSLATE_NOOP(
    "importers", "du texte en Windows-1252 (cet octet n'y correspond à aucun caractère)"
)
_BROKEN_UTF8 = QT_TRANSLATE_NOOP(
    "importers", "du texte en UTF-8 (des octets de cette ligne sont illisibles)"
)
_OTHER_LINE = {
    "utf-8": QT_TRANSLATE_NOOP(
        "importers",
        "du texte en UTF-8, comme le reste du fichier ; cette ligne est en Windows-1252 et "
        "elle est lue ainsi : vérifiez ses accents",
    ),
    "cp1252": QT_TRANSLATE_NOOP(
        "importers",
        "du texte en Windows-1252, comme le reste du fichier ; cette ligne est en UTF-8 et "
        "elle est lue ainsi : vérifiez ses accents",
    ),
}


def decoding_problems(decoded: Decoded, file: str) -> list[Problem]:
    """A WARNING for each unreadable byte (Windows-1252) or line (other encodings), at most
    MAX_PROBLEMS; lines are counted as the ``csv`` module counts them (LF, CR LF or CR)."""
    problems: list[Problem] = []
    text = decoded.text
    for pos in decoded.other_lines[:MAX_PROBLEMS]:
        problems.append(
            Problem(
                file,
                ENCODING_FIELD,
                _OTHER_LINE[decoded.encoding],
                _around(text, pos),
                line=_line_of(text, pos),
                severity=Severity.WARNING,
            )
        )
    if not decoded.bad:
        return problems
    pattern = f"[{re.escape(decoded.bad)}]"
    for match in re.finditer(pattern, text):
        pos = match.start()
        line = _line_of(text, pos)
        if decoded.bad == _CP1252_UNDEFINED:
            found, expected = f"0x{ord(match.group()):02X}", _UNDEFINED_BYTE
        elif problems and problems[-1].line == line:
            continue
        else:
            found, expected = _around(text, pos), _BROKEN_UTF8
        if len(problems) >= MAX_PROBLEMS:
            break
        problems.append(
            Problem(file, ENCODING_FIELD, expected, found, line=line, severity=Severity.WARNING)
        )
    problems.sort(key=lambda problem: problem.line or 0)
    return problems[:MAX_PROBLEMS]


def _line_of(text: str, pos: int) -> int:
    ends = text.count("\n", 0, pos) + text.count("\r", 0, pos) - text.count("\r\n", 0, pos)
    return ends + 1


def _around(text: str, pos: int) -> str:
    """The line of ``text`` around ``pos``, at most 60 characters, for a problem's « found »."""
    start = max(text.rfind("\n", 0, pos) + 1, pos - 30)
    end = text.find("\n", pos)
    end = min(len(text) if end < 0 else end, start + 60)
    return text[start:end].strip()

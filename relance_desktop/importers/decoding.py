"""Text files' bytes to text, one way for every reader (CSV, FEC, and whatever comes).

One rule for every text file. A BOM decides (UTF-8, UTF-16, UTF-32); without one, text whose
every second (fourth) byte is zero is UTF-16 (UTF-32), little- or big-endian by where the zeros
are (:func:`_wide_encoding`). Otherwise the bytes are UTF-8 when
they decode as UTF-8; when they do not, but most of the lines with non-ASCII bytes are valid
UTF-8 (a UTF-8 file with a few broken bytes), they stay UTF-8 and each broken sequence becomes
U+FFFD. Anything else is Windows-1252, in which the five bytes cp1252 leaves undefined (0x81,
0x8D, 0x8F, 0x90, 0x9D) are read as Latin-1: decoding never fails. :attr:`Decoded.bad` says
where bytes could not be read; the readers report those lines (:func:`decoding_problems`).
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
            encoding = "utf-8" if _mostly_utf8(raw) else "cp1252"
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


def _mostly_utf8(raw: bytes) -> bool:
    """True when the non-ASCII lines are mostly valid UTF-8 (a few broken bytes in UTF-8)."""
    good = bad = 0
    for line in raw.split(b"\n"):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            bad += 1
        else:
            good += 1
    return good > 0 and good >= bad


ENCODING_FIELD = QT_TRANSLATE_NOOP("importers", "encodage")
_UNDEFINED_BYTE = QT_TRANSLATE_NOOP(
    "importers", "du texte en Windows-1252 (cet octet n'y correspond à aucun caractère)"
)
_BROKEN_UTF8 = QT_TRANSLATE_NOOP(
    "importers", "du texte en UTF-8 (des octets de cette ligne sont illisibles)"
)


def decoding_problems(decoded: Decoded, file: str) -> list[Problem]:
    """A WARNING for each unreadable byte (Windows-1252) or line (other encodings), at most
    MAX_PROBLEMS; lines are counted as the ``csv`` module counts them (LF, CR LF or CR)."""
    problems: list[Problem] = []
    if not decoded.bad:
        return problems
    text = decoded.text
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
    return problems


def _line_of(text: str, pos: int) -> int:
    ends = text.count("\n", 0, pos) + text.count("\r", 0, pos) - text.count("\r\n", 0, pos)
    return ends + 1


def _around(text: str, pos: int) -> str:
    """The line of ``text`` around ``pos``, at most 60 characters, for a problem's « found »."""
    start = max(text.rfind("\n", 0, pos) + 1, pos - 30)
    end = text.find("\n", pos)
    end = min(len(text) if end < 0 else end, start + 60)
    return text[start:end].strip()

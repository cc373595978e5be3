"""Text helpers: a normalised search key (case and accents folded), French counts."""

from __future__ import annotations

import unicodedata

# Latin letters that Unicode does not decompose into base letter + accent (NFKD leaves them
# whole), folded by hand so that « lukasz » finds « Łukasz » and « boeuf » finds « Bœuf ».
_UNDECOMPOSED = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "ŧ": "t", "œ": "oe", "æ": "ae"}
)


def search_key(*parts: str) -> str:
    """Casefold and strip accents so that « MÜLLER » matches « muller »."""
    text = " ".join(p for p in parts if p)
    if text.isascii():  # most names and numbers: nothing to strip
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_UNDECOMPOSED))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def counted(count: int, one: str, many: str) -> str:
    """« 1 facture créée », « 0 facture créée », « 3 factures créées »: a count and its words
    in French (0 and 1 take the singular), for the French-only texts of the command line and
    of the import report; the interface uses Qt's %n plural forms instead."""
    return f"{count} {one if abs(count) < 2 else many}"

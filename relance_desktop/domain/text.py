"""Text helpers: a normalised search key (case and accents folded)."""

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

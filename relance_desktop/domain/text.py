"""Text helpers: a normalised search key (case and accents folded)."""

from __future__ import annotations

import unicodedata


def search_key(*parts: str) -> str:
    """Casefold and strip accents so that « MÜLLER » matches « muller »."""
    text = " ".join(p for p in parts if p)
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))

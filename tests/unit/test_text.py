"""The search key folds case and accents, so users find « MÜLLER » by typing « muller »."""

from __future__ import annotations

import pytest

from relance_desktop.domain.text import search_key


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("muller", "MÜLLER"),
        ("MULLER", "Müller"),
        ("dvorak", "Antonín Dvořák"),
        ("elodie", "Élodie Lecomte"),
        ("francois", "FRANÇOIS"),
        ("strasse", "Kerkstraße"),
        ("lukasz", "Łukasz Nowak"),  # Ł does not decompose in Unicode
        ("boeuf", "Au Bœuf Couronné"),  # nor does the French œ
        ("soren", "Søren"),
        ("zoe van", "Zoë Van den Broeck"),
    ],
)
def test_typed_text_is_found_in_stored_name(typed: str, stored: str) -> None:
    assert search_key(typed) in search_key(stored)


def test_same_key_for_case_and_accent_variants() -> None:
    assert search_key("MÜLLER") == search_key("muller") == search_key("Müller") == "muller"
    assert search_key("Dvořák") == "dvorak"


def test_parts_are_joined_and_empty_ones_skipped() -> None:
    assert search_key("Hôtel", "", "Les Tilleuls") == "hotel les tilleuls"
    assert search_key() == ""


def test_search_key_is_idempotent() -> None:
    for text in ("Łukasz Bœuf", "Dvořák", "İstanbul", "ÆSIR"):
        assert search_key(search_key(text)) == search_key(text)

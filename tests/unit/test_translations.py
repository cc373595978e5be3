"""The translation files are complete, compiled and faithful to their French sources.

No Qt here: the check runs ``scripts/update_translations.py --check`` in a subprocess and the
.ts files are read as plain XML.
"""

from __future__ import annotations

import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "update_translations.py"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("en", "nl")


def messages(lang: str) -> list[tuple[str, str, list[str]]]:
    """(context, source, translations) of every message of ``relance_<lang>.ts``."""
    root = ET.parse(TRANSLATIONS / f"relance_{lang}.ts").getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            texts: list[str] = []
            if translation is not None:
                forms = translation.findall("numerusform")
                texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
            found.append((name, message.findtext("source", ""), texts))
    return found


def fields(text: str) -> Counter[str]:
    """The ``str.format`` fields of ``text`` ({name}, {count}…), with their multiplicity."""
    return Counter(
        f"{{{name}{'!' + conv if conv else ''}{':' + spec if spec else ''}}}"
        for _literal, name, spec, conv in string.Formatter().parse(text)
        if name is not None
    )


def test_update_translations_check_passes() -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--check"],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )
    assert result.returncode == 0, (
        "translations are not up to date — run `python scripts/update_translations.py`, "
        f"translate what it lists, and commit the .ts and .qm files:\n{result.stdout}"
        f"{result.stderr}"
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_ts_file_declares_french_source(lang: str) -> None:
    root = ET.parse(TRANSLATIONS / f"relance_{lang}.ts").getroot()
    assert root.get("sourcelanguage") == "fr"
    assert root.get("language") == lang


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_every_placeholder(lang: str) -> None:
    found = messages(lang)
    assert found, f"relance_{lang}.ts has no messages"
    wrong = []
    for context, source, texts in found:
        expected = fields(source)
        for text in texts:
            try:
                got = fields(text)
            except ValueError as exc:  # a lone brace: str.format would raise at run time
                wrong.append(f"[{context}] {source!r} → {text!r}: {exc}")
                continue
            if text and got != expected:
                wrong.append(f"[{context}] {source!r} → {text!r}: "
                             f"{sorted(got.elements())} instead of {sorted(expected.elements())}")
    assert not wrong, "translations that lose or add placeholders:\n" + "\n".join(wrong)

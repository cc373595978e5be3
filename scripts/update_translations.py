#!/usr/bin/env python3
"""Update the translation files (French source → English, Dutch) and compile them.

relance_fr.ts holds only the plural messages (``self.tr("%n facture(s)", "", n)``) with their
French singular and plural forms; the other French texts are shown as written in the code.

    python scripts/update_translations.py          # lupdate the .ts files, lrelease the .qm
    python scripts/update_translations.py --check  # change nothing; exit 1 if anything is stale

``pyside6-lupdate`` reads every ``.py`` under ``relance_desktop/`` (the generated forms included)
and ``ui/*.ui``. Its Python parser recognises calls by name: ``self.tr("…")`` (context = the
enclosing class), ``QCoreApplication.translate("ctx", "…")`` / ``translate("ctx", "…")`` and
``QT_TRANSLATE_NOOP("ctx", "…")`` — the plain function of ``relance_desktop.i18n`` is enough, no
alias option is needed (PySide6's ``tr()`` also looks up the contexts of the base classes at run
time, so a ``self.tr()`` written in a base class works in its subclasses). lupdate silently skips
a call whose context is not a string literal and any call written inside an f-string, and it
extracts ``tr(f"…{x}")`` or ``tr("…" + x)`` as literals that never match at run time, so
``--check`` also scans the sources for those mistakes.

``--check`` fails (exit 1) when:

* lupdate would add, drop or change a message in a .ts file (source strings changed in the code
  without running this script). Moved line numbers alone do not count;
* a message is unfinished, untranslated or obsolete, or a translation does not keep the
  ``{placeholders}`` of its source;
* a .qm file is missing or differs from what lrelease produces from its .ts (lrelease's output
  is deterministic: same .ts, same bytes);
* a translatable call in the code cannot work (f-string, concatenation with a variable,
  non-literal context, a call inside an f-string, ``translate(ctx, TABLE[key])`` on a table of
  plain strings not marked with ``QT_TRANSLATE_NOOP``), see :func:`lint_file`.
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "relance_desktop"
UI_DIR = ROOT / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCE_LANGUAGE = "fr"
LANGUAGES = ("en", "nl")
# French is the source, but a source text holds one form: "%n facture affichée(s)" cannot say
# both "1 facture affichée" and "2 factures affichées". relance_fr.ts carries only the plural
# (numerus) messages, with their French singular and plural forms; every other French text is
# shown as written in the code.
PLURAL_ONLY = "fr"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


# -- tools ---------------------------------------------------------------------------------------
def tool(name: str) -> str:
    """The PySide6 tool next to this interpreter (the venv), else on PATH."""
    candidates = [Path(sys.executable).parent / name, ROOT / ".venv" / "bin" / name]
    for candidate in candidates:
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        sys.exit(f"update_translations: {name} not found (install PySide6 in the venv)")
    return found


def sources() -> list[str]:
    """Every file lupdate reads, relative to the project root, in a stable order."""
    files = sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)
    files += sorted(UI_DIR.glob("*.ui"))
    return [p.relative_to(ROOT).as_posix() for p in files]


def ts_path(lang: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"relance_{lang}.ts"


def qm_path(lang: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"relance_{lang}.qm"


def run(cmd: list[str], quiet: bool) -> None:
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0:
        sys.exit(f"update_translations: {' '.join(cmd[:1])} failed ({result.returncode}):\n"
                 f"{output}")
    if output and not quiet:
        print(output)


def lupdate(ts: Path, lang: str, quiet: bool = False) -> None:
    run([tool("pyside6-lupdate"), *sources(),
         "-source-language", SOURCE_LANGUAGE, "-target-language", lang,
         "-no-obsolete", "-locations", "absolute", "-ts", str(ts)], quiet)


def lrelease(ts: Path, qm: Path, quiet: bool = False) -> None:
    # Unfinished messages stay out of the .qm: the French source shows rather than a draft.
    run([tool("pyside6-lrelease"), "-nounfinished", str(ts), "-qm", str(qm)], quiet)


# -- reading .ts files ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    comment: str
    translations: tuple[str, ...]
    kind: str  # "" (finished), "unfinished", "vanished", "obsolete"
    numerus: bool = False

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    def where(self) -> str:
        return f"[{self.context}] {self.source!r}"


def read_ts(path: Path) -> list[Entry]:
    entries = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms: tuple[str, ...] = ()
            kind = "unfinished"
            if translation is not None:
                kind = translation.get("type", "")
                numerus = translation.findall("numerusform")
                forms = tuple(f.text or "" for f in numerus) if numerus else (
                    translation.text or "",)
            entries.append(Entry(name, message.findtext("source", ""),
                                 message.findtext("comment", ""), forms, kind,
                                 message.get("numerus") == "yes"))
    return entries


def keep_plurals_only(ts: Path) -> None:
    """Drop from a .ts every message that is not a plural one (and contexts left empty)."""
    tree = ET.parse(ts)
    root = tree.getroot()
    for context in list(root.iter("context")):
        for message in list(context.iter("message")):
            if message.get("numerus") != "yes":
                context.remove(message)
        if context.find("message") is None:
            root.remove(context)
    ET.indent(tree)
    text = ET.tostring(root, encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n",
                  encoding="utf-8")


def catalogues() -> tuple[str, ...]:
    return (*LANGUAGES, PLURAL_ONLY)


def refresh(ts: Path, lang: str, quiet: bool = False) -> None:
    lupdate(ts, lang, quiet)
    if lang == PLURAL_ONLY:
        keep_plurals_only(ts)


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text.replace("{{", "").replace("}}", "")))


def accelerators(text: str) -> int:
    """How many ``&x`` keyboard accelerators (``&&`` and HTML entities are not)."""
    text = re.sub(r"&&|&#?\w+;", "", text)
    return len(re.findall(r"&\S", text))


def entry_problems(entry: Entry) -> list[str]:
    if entry.kind in ("vanished", "obsolete"):
        return [f"obsolete (no longer in the code): {entry.where()}"]
    if entry.kind == "unfinished" or not any(entry.translations):
        return [f"untranslated or unfinished: {entry.where()}"]
    if entry.numerus and not all(entry.translations):
        return [f"a plural form is missing: {entry.where()}"]
    problems = []
    for text in entry.translations:
        if placeholders(text) != placeholders(entry.source):
            problems.append(f"placeholders differ: {entry.where()} → {text!r}")
        if accelerators(text) != accelerators(entry.source):
            problems.append(f"accelerator (&) count differs: {entry.where()} → {text!r}")
    return problems


# -- code scan -----------------------------------------------------------------------------------
TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}


def _literal(node: ast.expr | None) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _text_problem(node: ast.expr, dynamic_ok: bool) -> str | None:
    if _literal(node):
        return None
    if isinstance(node, ast.JoinedStr):
        return "f-string: lupdate extracts the braces literally, the lookup never matches"
    if isinstance(node, ast.BinOp):
        return "string built by an operator: lupdate extracts only the literal parts"
    if dynamic_ok:
        return None  # translate(ctx, variable): a string marked elsewhere, looked up at run time
    return "text is not a string literal: nothing is extracted"


def _unmarked_tables(tree: ast.Module) -> dict[str, int]:
    """Module-level dicts/lists of plain French strings (not QT_TRANSLATE_NOOP): name → line."""
    tables = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        if not isinstance(target, ast.Name):
            continue
        if isinstance(value, ast.Dict):
            items = [v for v in value.values if v is not None]
        elif isinstance(value, (ast.List, ast.Tuple)):
            items = list(value.elts)
        else:
            continue
        if any(_literal(v) and str(v.value).strip() for v in items):  # type: ignore[attr-defined]
            tables[target.id] = node.lineno
    return tables


def _table_of(node: ast.expr) -> str | None:
    """``NAME[...]`` or ``NAME.get(...)`` → NAME."""
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
        return node.value.id
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "get" and isinstance(node.func.value, ast.Name)):
        return node.func.value.id
    return None


def lint_file(path: Path) -> list[str]:
    """Translatable calls lupdate cannot extract correctly, as ``file:line: problem``."""
    rel = path.relative_to(ROOT).as_posix()
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=rel)
    except SyntaxError as exc:
        return [f"{rel}:{exc.lineno}: syntax error, lupdate may skip the file"]
    unmarked = _unmarked_tables(tree)
    in_fstring = {id(inner) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr)
                  for inner in ast.walk(node) if isinstance(inner, ast.Call)}
    problems = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name = _call_name(node)
        issue = None
        if name in TRANSLATING and id(node) in in_fstring:
            problems.append(f"{rel}:{node.lineno}: {name}(): inside an f-string: lupdate does "
                            "not look into f-strings, the text is never extracted")
            continue
        if name == "tr":
            issue = _text_problem(node.args[0], dynamic_ok=False)
        elif name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2:
            context, text = node.args[0], node.args[1]
            issue = _text_problem(text, dynamic_ok=name == "translate")
            if issue is None and name == "translate" and _literal(text) and (
                    len(node.args) >= 4 or any(k.arg == "n" for k in node.keywords)):
                issue = ("a plural (n) through translate(): lupdate does not mark it as a "
                         "plural message, use self.tr(text, \"\", n)")
            if issue is None and _literal(text) and not _literal(context):
                issue = "context is not a string literal: lupdate silently skips this string"
            table = _table_of(text)
            if issue is None and table in unmarked:
                issue = (f"looks up {table} (line {unmarked[table]}), whose strings are not "
                         "marked with QT_TRANSLATE_NOOP: lupdate never extracts them")
        elif name == "QT_TR_NOOP":
            issue = "QT_TR_NOOP has no context outside a class: use QT_TRANSLATE_NOOP"
        if issue:
            problems.append(f"{rel}:{node.lineno}: {name}(): {issue}")
    return problems


def lint_sources() -> list[str]:
    problems = []
    for rel in sources():
        if rel.endswith(".py"):
            problems += sorted(lint_file(ROOT / rel),
                               key=lambda p: int(p.split(":", 2)[1]))
    return problems


# -- modes ---------------------------------------------------------------------------------------
def update(quiet: bool) -> int:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for lang in catalogues():
        refresh(ts_path(lang), lang, quiet)
        lrelease(ts_path(lang), qm_path(lang), quiet)
    missing = [p for lang in catalogues() for e in read_ts(ts_path(lang))
               for p in entry_problems(e)]
    for problem in lint_sources():
        print(f"warning: {problem}")
    if missing:
        print(f"{len(missing)} message(s) still to translate or fix:")
        for line in missing:
            print(f"  {line}")
    return 0


def check() -> int:
    failures: list[str] = []
    failures += [f"code: {p}" for p in lint_sources()]
    with tempfile.TemporaryDirectory(prefix="relance-ts-") as tmp:
        scratch = Path(tmp)
        for lang in catalogues():
            ts, qm = ts_path(lang), qm_path(lang)
            rel = ts.relative_to(ROOT).as_posix()
            if not ts.exists():
                failures.append(f"{rel}: missing (run scripts/update_translations.py)")
                continue
            current = read_ts(ts)
            # What lupdate would write, compared message by message (locations ignored).
            fresh_ts = ts_path(lang, scratch)
            shutil.copyfile(ts, fresh_ts)
            refresh(fresh_ts, lang, quiet=True)
            before = {e.key: e for e in current}
            after = {e.key: e for e in read_ts(fresh_ts)}
            for key in sorted(after.keys() - before.keys()):
                failures.append(f"{rel}: new message not in the file: {after[key].where()}")
            for key in sorted(before.keys() - after.keys()):
                failures.append(f"{rel}: message no longer in the code: {before[key].where()}")
            for key in sorted(before.keys() & after.keys()):
                if before[key] != after[key]:
                    failures.append(f"{rel}: lupdate would change {before[key].where()}")
            failures += [f"{rel}: {p}" for e in current for p in entry_problems(e)]
            # The .qm must be exactly what lrelease makes of the .ts.
            fresh_qm = qm_path(lang, scratch)
            lrelease(ts, fresh_qm, quiet=True)
            qm_rel = qm.relative_to(ROOT).as_posix()
            if not qm.exists():
                failures.append(f"{qm_rel}: missing (run scripts/update_translations.py)")
            elif qm.read_bytes() != fresh_qm.read_bytes():
                failures.append(f"{qm_rel}: out of date with {ts.name} "
                                "(run scripts/update_translations.py)")
    if failures:
        print(f"translations: {len(failures)} problem(s)")
        for line in failures:
            print(f"  {line}")
        return 1
    counts = ", ".join(f"{lang}: {len(read_ts(ts_path(lang)))}" for lang in catalogues())
    print(f"translations: up to date ({counts} messages)")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 if the .ts/.qm files are not up to date")
    parser.add_argument("-q", "--quiet", action="store_true", help="print only problems")
    args = parser.parse_args(argv)
    return check() if args.check else update(args.quiet)


if __name__ == "__main__":
    sys.exit(main())

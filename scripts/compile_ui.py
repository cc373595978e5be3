"""Compile every Qt Designer form in ui/ into relance_desktop/ui_generated/ (pyside6-uic).

Run after editing a .ui file: ``python scripts/compile_ui.py``. ``--check`` exits 1 and lists the
forms whose generated module is stale, without writing (the test suite runs it).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
OUT_DIR = ROOT / "relance_desktop" / "ui_generated"
HEADER = '"""Generated from ui/{name} by scripts/compile_ui.py — do not edit by hand."""\n'


def uic_command() -> list[str]:
    exe = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent))
    exe = exe or shutil.which("pyside6-uic")
    if not exe:
        raise SystemExit("pyside6-uic not found: install the dev dependencies first")
    return [exe]


def generate(ui_file: Path) -> str:
    result = subprocess.run(
        [*uic_command(), "-g", "python", str(ui_file)],
        check=True, capture_output=True, text=True,
    )
    return HEADER.format(name=ui_file.name) + result.stdout


def target_for(ui_file: Path) -> Path:
    return OUT_DIR / f"ui_{ui_file.stem}.py"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="only report stale modules")
    args = parser.parse_args(argv)
    stale = []
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        code = generate(ui_file)
        target = target_for(ui_file)
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if current != code:
            stale.append(target.relative_to(ROOT))
            if not args.check:
                target.write_text(code, encoding="utf-8")
    if args.check and stale:
        print("stale generated forms (run python scripts/compile_ui.py):")
        for path in stale:
            print(f"  {path}")
        return 1
    if not args.check:
        print(f"{len(list(UI_DIR.glob('*.ui')))} forms compiled, {len(stale)} changed")
    return 0


if __name__ == "__main__":
    sys.exit(main())

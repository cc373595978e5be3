"""Dependencies point one way (DESIGN §2): no Qt below the views, nothing of the project in
domain/. ruff enforces the Qt ban too (TID251, ``ruff.toml`` in each layer folder).
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import relance_desktop

PACKAGE = Path(relance_desktop.__file__).resolve().parent
QT_FREE_LAYERS = ("domain", "store", "services", "importers", "reports")
QT_ROOTS = {"PySide6", "PySide2", "shiboken6", "shiboken2", "PyQt5", "PyQt6", "qtpy"}


def imported_modules(source: str, package: str) -> Iterator[tuple[int, str]]:
    """(line, absolute module name) of every import in ``source``, a module of ``package``;
    relative imports are resolved."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                target = f"{base}.{node.module}" if node.module else base
            else:
                target = node.module or ""
            yield node.lineno, target
            for alias in node.names:  # « from relance_desktop import views »
                yield node.lineno, f"{target}.{alias.name}"


def qt_imports(source: str, package: str) -> list[str]:
    return [
        f"line {line}: {name}"
        for line, name in imported_modules(source, package)
        if name.split(".")[0] in QT_ROOTS
    ]


def _package_of(path: Path) -> str:
    """The package a file belongs to (its folder, as a dotted name)."""
    return ".".join(path.parent.relative_to(PACKAGE.parent).parts)


def _files(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", QT_FREE_LAYERS)
def test_layer_imports_no_qt(layer: str) -> None:
    files = _files(layer)
    assert files, f"no Python file found under {PACKAGE / layer}"
    offenders = {
        str(path.relative_to(PACKAGE.parent)): found
        for path in files
        if (found := qt_imports(path.read_text(encoding="utf-8"), _package_of(path)))
    }
    assert offenders == {}, "Qt belongs in relance_desktop/views only (DESIGN §2)"


def test_domain_imports_nothing_else_of_the_project() -> None:
    offenders = []
    for path in _files("domain"):
        for line, name in imported_modules(path.read_text(encoding="utf-8"), _package_of(path)):
            top = name.split(".")[0]
            if top == "relance_desktop" and not (
                name == "relance_desktop.domain" or name.startswith("relance_desktop.domain.")
            ):
                offenders.append(f"{path.relative_to(PACKAGE.parent)}:{line}: {name}")
    assert offenders == []


@pytest.mark.parametrize(
    ("source", "found"),
    [
        ("import PySide6.QtCore\n", True),
        ("from PySide6 import QtWidgets\n", True),
        ("from PySide6.QtGui import QColor\n", True),
        ("import shiboken6 as sb\n", True),
        ("def f():\n    from PyQt6.QtCore import Qt\n", True),  # inside a function too
        ("import PySide6_helpers\n", False),
        ("from relance_desktop.domain import money\n", False),
    ],
)
def test_the_checker_itself(source: str, found: bool) -> None:
    assert bool(qt_imports(source, "relance_desktop.services")) is found


def test_relative_imports_are_resolved() -> None:
    names = [
        n
        for _, n in imported_modules(
            "from ..views import w\nfrom . import audit\n", "relance_desktop.services"
        )
    ]
    assert names == [
        "relance_desktop.views",
        "relance_desktop.views.w",
        "relance_desktop.services",
        "relance_desktop.services.audit",
    ]


def _ruff() -> str | None:
    beside = Path(sys.executable).with_name("ruff")
    return str(beside) if beside.exists() else shutil.which("ruff")


@pytest.mark.parametrize("layer", QT_FREE_LAYERS)
def test_ruff_bans_qt_in_the_layer(layer: str) -> None:
    ruff = _ruff()
    if ruff is None:
        pytest.skip("ruff is not installed")
    source = "import PySide6.QtCore\nfrom PySide6 import QtWidgets\n\nprint(PySide6, QtWidgets)\n"
    done = subprocess.run(
        [
            ruff,
            "check",
            "--no-cache",
            "--output-format",
            "concise",
            "--stdin-filename",
            str(PACKAGE / layer / "probe.py"),
            "-",
        ],
        input=source,
        capture_output=True,
        text=True,
        cwd=PACKAGE.parent,
        check=False,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert done.stdout.count("TID251") == 3, done.stdout  # PySide6.QtCore, PySide6, .QtWidgets

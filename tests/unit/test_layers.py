"""Dependencies point one way (DESIGN §2): no Qt below the views, nothing of the project in
domain/. ruff enforces the Qt ban too (TID251, ``ruff.toml`` in each layer folder).
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
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


# -- the views only talk to the services ---------------------------------------------------------
# The views hold a company session and pass it to the services; they never reach the database
# themselves (DESIGN §2): no store module, no database driver, no SQL.
VIEW_FILES = (*sorted((PACKAGE / "views").rglob("*.py")), PACKAGE / "app.py")
BANNED_IN_VIEWS = ("relance_desktop.store", "peewee", "sqlite3", "psycopg2", "psycopg")
# A literal that starts like a statement: SELECT …, INSERT INTO, UPDATE … SET, DELETE FROM,
# WITH name AS (…), PRAGMA (a lone word such as "update" is an audit action, not SQL).
SQL_START = re.compile(
    r"^\s*(select\s+\S|insert\s+(or\s+\w+\s+)?into\b|update\s+\S+\s+set\b|delete\s+from\b"
    r"|with\s+(recursive\s+)?\w+\s*(\([^)]*\))?\s*as\s*\(|pragma\s+\w)",
    re.IGNORECASE)
SQL_CALLS = {"execute", "execute_sql", "executemany", "executescript", "raw"}
SQL_CALLS_WITH_ARGUMENTS = {"rows"}  # cf.rows(sql, ...); a table model's rows() is fine


def database_imports(source: str, package: str) -> list[str]:
    """Imports of the store or of a database driver, anywhere in ``source`` (in a function, under
    ``if TYPE_CHECKING:`` too: the services re-export the session's type for the views)."""
    return [
        f"line {line}: {name}"
        for line, name in imported_modules(source, package)
        if any(name == banned or name.startswith(banned + ".") for banned in BANNED_IN_VIEWS)
    ]


def _text_start(node: ast.expr) -> str | None:
    """The literal text a string expression starts with (an f-string's first part), else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr) and node.values:
        return _text_start(node.values[0]) if isinstance(node.values[0], ast.Constant) else ""
    return None


def sql_uses(source: str) -> list[str]:
    """SQL written in ``source``: string literals that read like a statement, and calls that
    run SQL (``.execute(``, ``.raw(``, ``.rows(sql…)``...)."""
    found = []
    tree = ast.parse(source)
    texts = {id(node.value) for node in ast.walk(tree)  # docstrings and bare strings: prose
             if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)}
    for node in ast.walk(tree):
        if id(node) in texts:
            continue
        if isinstance(node, (ast.Constant, ast.JoinedStr)):
            text = _text_start(node)
            if text and SQL_START.match(text):
                found.append(f"line {node.lineno}: SQL text {text.strip()[:40]!r}")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            name = node.func.attr
            if name in SQL_CALLS or (name in SQL_CALLS_WITH_ARGUMENTS
                                     and (node.args or node.keywords)):
                found.append(f"line {node.lineno}: .{name}(…)")
    return found


def _view_offenders(check: Callable[[Path], list[str]]) -> dict[str, list[str]]:
    return {str(path.relative_to(PACKAGE.parent)): found
            for path in VIEW_FILES if (found := check(path))}


def test_views_do_not_import_the_store() -> None:
    offenders = _view_offenders(lambda path: database_imports(
        path.read_text(encoding="utf-8"), _package_of(path)))
    assert offenders == {}, "views call services (relance_desktop.services.session for the type)"


def test_views_write_no_sql() -> None:
    offenders = _view_offenders(lambda path: sql_uses(path.read_text(encoding="utf-8")))
    assert offenders == {}, "SQL belongs in the services"


@pytest.mark.parametrize(
    ("source", "found"),
    [
        ("from relance_desktop.store.models import Customer\n", True),
        ("import relance_desktop.store.session\n", True),
        ("from relance_desktop import store\n", True),
        ("from ..store import database\n", True),  # relative, from relance_desktop.views
        ("def f():\n    from relance_desktop.store.models import Invoice\n", True),
        ("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
         "    from relance_desktop.store.session import CompanySession\n", True),
        ("import sqlite3\n", True),
        ("from peewee import fn\n", True),
        ("from relance_desktop.services.session import CompanySession\n", False),
        ("from relance_desktop.services import storage\n", False),
        ("import relance_desktop.storekeeper\n", False),
    ],
)
def test_the_store_import_checker_itself(source: str, found: bool) -> None:
    assert bool(database_imports(source, "relance_desktop.views")) is found


@pytest.mark.parametrize(
    ("source", "found"),
    [
        ('rows = cf.raw().execute("SELECT id FROM customer")\n', True),
        ('SQL = """\n    select name from customer where id = ?\n"""\n', True),
        ("q = f'UPDATE invoice SET state = {state!r}'\n", True),
        ('x = "DELETE FROM payment WHERE id = ?"\n', True),
        ('x = "WITH t AS (SELECT 1) SELECT * FROM t"\n', True),
        ('x = ("INSERT INTO note (text) "\n     "VALUES (?)")\n', True),
        ("def f(cf):\n    return cf.rows(QUERY, (1,))\n", True),
        ("def f(cf):\n    return cf.raw()\n", True),
        ("Invoice.update(state='paid').where(Invoice.id == 1).execute()\n", True),
        ("cf.db.execute_sql('PRAGMA busy_timeout = 50')\n", True),
        ("rows = model.rows()\n", False),  # a table model's rows
        ('ACTIONS = {"update": "modifié", "delete": "supprimé"}\n', False),  # single words
        ('text = tr("Sélectionnez un client")\n', False),
        ('label = "Updated: {when}"\n', False),
        ('def f():\n    """Select the rows, update them, delete from the list."""\n', False),
    ],
)
def test_the_sql_checker_itself(source: str, found: bool) -> None:
    assert bool(sql_uses(source)) is found


# -- no import cycles ----------------------------------------------------------------------------
def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def runtime_imports(source: str, package: str) -> set[str]:
    """Every module ``source`` imports when it runs, in functions too; not what is imported
    under ``if TYPE_CHECKING:`` (for annotations only)."""
    names: set[str] = set()

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child.test):
                for other in child.orelse:
                    visit_one(other)
                continue
            visit_one(child)

    def visit_one(node: ast.AST) -> None:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            holder = ast.Module(body=[node], type_ignores=[])
            names.update(name for _, name in imported_modules(ast.unparse(holder), package))
        visit(node)

    visit(ast.parse(source))
    return names


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def import_graph() -> dict[str, set[str]]:
    """The project's modules and the project modules each one imports when it runs."""
    files = {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}
    graph = {}
    for name, path in files.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        imported = runtime_imports(path.read_text(encoding="utf-8"), package)
        graph[name] = {m for m in imported if m in files and m != name}
    return graph


def import_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The import cycles of ``graph``: each group of modules that import one another (strongly
    connected components of two modules or more), sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []
    counter = 0

    def connect(node: str) -> None:  # Tarjan; the graph is small, recursion is fine
        nonlocal counter
        index[node] = low[node] = counter
        counter += 1
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                connect(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                cycles.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            connect(node)
    return sorted(cycles)


def test_no_import_cycles() -> None:
    assert import_cycles(import_graph()) == []


def test_the_cycle_finder_itself() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": {"e"}, "f": set()}
    assert import_cycles(graph) == [["a", "b", "c"]]
    assert import_cycles({"a": {"b"}, "b": set()}) == []


def test_function_level_imports_count_and_type_checking_ones_do_not() -> None:
    source = (
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from relance_desktop.views.main_window import MainWindow\n"
        "else:\n"
        "    import relance_desktop.errors\n"
        "def run():\n"
        "    from relance_desktop.app import run as start\n"
        "    from . import labels\n"
    )
    found = runtime_imports(source, "relance_desktop.views")
    assert "relance_desktop.app" in found and "relance_desktop.views.labels" in found
    assert "relance_desktop.errors" in found
    assert "relance_desktop.views.main_window" not in found


def test_a_planted_cycle_through_a_function_level_import_is_found() -> None:
    graph = {
        "relance_desktop.views.main_window": runtime_imports(
            "def open_demo():\n    from relance_desktop.__main__ import demo_file\n",
            "relance_desktop.views"),
        "relance_desktop.__main__": runtime_imports(
            "def main():\n    from relance_desktop.app import run\n", "relance_desktop"),
        "relance_desktop.app": runtime_imports(
            "from relance_desktop.views.main_window import MainWindow\n", "relance_desktop"),
    }
    graph = {name: {m for m in targets if m in graph} for name, targets in graph.items()}
    assert import_cycles(graph) == [["relance_desktop.__main__", "relance_desktop.app",
                                     "relance_desktop.views.main_window"]]

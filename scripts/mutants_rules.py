#!/usr/bin/env python3
"""Mutation check of the follow-up rules: call guards and plans, promises, the follow-up, the
call queue and which letter goes to whom.

    .venv/bin/python scripts/mutants_rules.py                 # every group
    .venv/bin/python scripts/mutants_rules.py queue letters   # some groups
    .venv/bin/python scripts/mutants_rules.py --list calls    # the mutants, without running them

Each mutant changes one thing in one rule, in a copy of the project (never this folder): a
comparison made strict or loose (``<`` ↔ ``<=``, ``==`` ↔ ``!=``, ``in`` ↔ ``not in``), an
integer constant plus or minus one, ``and`` ↔ ``or``, or the same in the SQL text of a rule
(``<`` ↔ ``<=``, ``=`` ↔ ``!=``, ``AND`` ↔ ``OR``). Only the functions and constants that make a
rule are mutated (listed in GROUPS), and only the test files of that group run, one mutant at a
time, stopping at the first failure. A mutant the tests do not catch is printed SURVIVED; the
score of each module is printed at the end, and the exit code is 1 when a module is under the
target (90 % killed). Mutants listed in EQUIVALENT (same behaviour as the original, explained
there) are left out of the score.

One pytest at a time: each mutant runs in a fork of a process that imported the project and
ran its tests once, about 1 to 5 seconds a mutant (the four groups: some 20 minutes on two busy
CPUs). ``--isolated`` starts a new Python for each mutant instead (slower, for systems without
fork). A scoped name that no longer exists (renamed, moved) stops the run: update GROUPS.
"""

from __future__ import annotations

import argparse
import ast
import dataclasses
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTEST = [sys.executable, "-m", "pytest"]
TARGET = 0.90


@dataclass(frozen=True)
class Module:
    path: str
    scope: tuple[str, ...]  # functions (Class.method allowed) and module-level constants


@dataclass(frozen=True)
class Group:
    tests: tuple[str, ...]
    modules: tuple[Module, ...]


CALLS = "relance_desktop/domain/calls/"
GROUPS: dict[str, Group] = {
    "calls": Group(
        ("tests/unit/test_rules_calls.py",),
        (
            Module(CALLS + "guards.py", ("BE_QUIET_FROM", "BE_QUIET_UNTIL", "CallPolicy",
                                         "in_be_night", "hours_allow", "_day_windows",
                                         "next_call_slot", "check_call")),
            Module(CALLS + "hours.py", ("CallHours.is_open", "CallHours.next_open",
                                        "CallHours.today_windows", "DEFAULT_ALLOWED")),
            Module(CALLS + "plans.py", ("MAX_INSTALMENTS", "PlanPolicy", "add_months",
                                        "_due_dates", "build_schedule", "schedule_for_amount",
                                        "months_between", "check_plan")),
            Module(CALLS + "promises.py", ("deadline", "evaluate")),
            Module(CALLS + "profile.py", ("MIN_HISTORY",
                                          "CHRONIC_BROKEN_PROMISES", "payer_tone")),
            Module(CALLS + "objective.py", ("REPEATED_BROKEN", "ObjectivePolicy",
                                            "propose_objective")),
        ),
    ),
    "followup": Group(
        ("tests/unit/test_rules_followup.py",),
        (Module("relance_desktop/services/followup.py", (
            "INSTALMENT_GRACE_DAYS", "CALL_BACK_AT", "_Writer.close", "_Writer.call_back",
            "_refresh_promises", "_refresh_plans", "OWES_NOTHING_SQL", "reevaluate")),),
    ),
    "queue": Group(
        ("tests/unit/test_rules_queue.py",),
        (Module("relance_desktop/services/queue.py", (
            "INSTALMENT_GRACE_DAYS", "QueuePolicy", "OVERDUE_SQL", "LAST_CALL_SQL", "TASKS_SQL",
            "PROMISES_SQL", "CALLED_BACK_SQL", "PLANS_KEPT_SQL", "_hours_state", "_load",
            "_candidates")),),
    ),
    "letters": Group(
        ("tests/unit/test_rules_letters.py",),
        (Module("relance_desktop/services/letters.py", (
            "DEADLINE_DAYS", "PRE_DUE_DAYS", "THANKS_DAYS", "_concerned", "customers_for",
            "_claimed", "_agreement", "REMINDER_LEVELS_SQL", "reminder_levels", "candidates",
            "letter_rows")),),
    ),
}

# Mutants that behave exactly like the original, with why: (module, where, the line of source
# as written, stripped, the change) → reason. Keyed on the source line, not its number, so
# edits elsewhere in the module do not unhook them.
EQUIVALENT: dict[tuple[str, str, str, str], str] = {
    (CALLS + "hours.py", "CallHours.next_open", "for offset in range(SEARCH_DAYS + 1):",
     "1 → 2"): "every weekday comes back within offsets 0..7; a longer search finds nothing more",
    (CALLS + "hours.py", "CallHours.next_open", "for offset in range(SEARCH_DAYS + 1):",
     "1 → 0"): "offsets 0..7 still hold every weekday once after today (offset 7 is today's "
               "weekday next week, always later than now)",
    (CALLS + "plans.py", "check_plan",
     "regular = amounts[:-1] if len(amounts) > 1 and amounts[-1] < max(amounts) else amounts",
     "> → >="): "with one instalment, the last is the largest: the condition is false anyway",
    (CALLS + "plans.py", "check_plan",
     "regular = amounts[:-1] if len(amounts) > 1 and amounts[-1] < max(amounts) else amounts",
     "1 → 0 [1]"): "len(amounts) > 0: the same as > 1, one instalment being its own maximum",
    (CALLS + "promises.py", "evaluate",
     "(p for p in payments if p.paid_on <= today and p.amount_cents > 0),", "> → >="):
        "a payment of 0 takes nothing (an empty remainder is skipped)",
    (CALLS + "promises.py", "evaluate",
     "(p for p in payments if p.paid_on <= today and p.amount_cents > 0),", "0 → -1"):
        "the same as >= 0: a payment of 0 takes nothing",
    (CALLS + "promises.py", "evaluate", "if paid >= promise.amount_cents:", ">= → > [2]"):
        "once the promise has all it needs, each further payment gives it min(left, 0) = 0",
    (CALLS + "guards.py", "_day_windows", "if max(a, c) < min(b, d)]", "< → <="):
        "an empty window kept here gives no slot: next_call_slot asks begin < end",
    (CALLS + "guards.py", "next_call_slot", "search_days: int = 21) -> datetime | None:",
     "21 → 22"): "hours are weekly: a slot, if any, comes within a week plus public holidays",
    (CALLS + "guards.py", "next_call_slot", "search_days: int = 21) -> datetime | None:",
     "21 → 20"): "hours are weekly: a slot, if any, comes within a week plus public holidays",
    (CALLS + "hours.py", "CallHours.next_open", "if candidate > at:", "> → >="):
        "a window starting exactly now is open, and next_open returned before the loop",
    ("relance_desktop/services/queue.py", "_candidates",
     "if any(t.due_at > end_of_today for t in tasks):  # a call-back or a payment check to come",
     "> → >="): "a task due at the last instant of today already put the customer in the "
                "call-back or payment-check section, and « to call » is not reached",
}

SWAP_OPS: dict[type[ast.cmpop], type[ast.cmpop]] = {
    ast.Lt: ast.LtE, ast.LtE: ast.Lt, ast.Gt: ast.GtE, ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq, ast.NotEq: ast.Eq, ast.In: ast.NotIn, ast.NotIn: ast.In,
    ast.Is: ast.IsNot, ast.IsNot: ast.Is,
}
OP_TEXT = {ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=", ast.Eq: "==",
           ast.NotEq: "!=", ast.In: "in", ast.NotIn: "not in", ast.Is: "is", ast.IsNot: "is not"}
# SQL: each occurrence of one of these (spaces around) is swapped in turn.
SQL_SWAPS = {" < ": " <= ", " <= ": " < ", " > ": " >= ", " >= ": " > ", " = ": " != ",
             " != ": " = ", " AND ": " OR ", " OR ": " AND "}
SQL_TOKEN = re.compile("|".join(re.escape(k) for k in sorted(SQL_SWAPS, key=len, reverse=True)))


@dataclass(frozen=True)
class Mutant:
    index: int  # the node's position in ast.walk order of the scoped parts
    detail: int  # which operator / which change at that node
    line: int
    where: str
    description: str
    code: str  # the source line, stripped


def _scoped(tree: ast.Module, scope: tuple[str, ...]) -> Iterator[tuple[str, ast.AST]]:
    """The top-level parts of ``tree`` named in ``scope`` (functions, classes, methods,
    constants), in source order."""
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name in scope:
            yield node.name, node
        elif isinstance(node, ast.ClassDef):
            if node.name in scope:
                yield node.name, node
            for item in node.body:
                name = f"{node.name}.{getattr(item, 'name', '')}"
                if isinstance(item, ast.FunctionDef) and name in scope:
                    yield name, item
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = [t.id for t in targets if isinstance(t, ast.Name)]
            if any(n in scope for n in names):
                yield names[0], node


def _nodes(tree: ast.Module, scope: tuple[str, ...]) -> Iterator[tuple[str, ast.AST]]:
    for where, part in _scoped(tree, scope):
        for node in ast.walk(part):
            yield where, node


def _docstrings(tree: ast.Module) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr) and isinstance(
                body[0].value, ast.Constant) and isinstance(body[0].value.value, str):
            found.add(id(body[0].value))
    return found


def _sql_matches(text: str) -> list[re.Match[str]]:
    """The operators of a rule's SQL; in an UPDATE or INSERT only those of its WHERE (changing
    « SET a = ? » only breaks the statement)."""
    start = 0
    if text.lstrip().upper().startswith(("UPDATE", "INSERT")):
        where = text.upper().find(" WHERE ")
        start = len(text) if where < 0 else where
    return [m for m in SQL_TOKEN.finditer(text) if m.start() >= start]


def _changes(node: ast.AST, docstrings: set[int]) -> list[str]:
    """The mutations of one node, described; their order is the ``detail`` index."""
    if isinstance(node, ast.Compare):
        ops = [op for op in node.ops if type(op) in SWAP_OPS]
        return [f"{OP_TEXT[type(op)]} → {OP_TEXT[SWAP_OPS[type(op)]]}"
                + (f" (n°{n + 1})" if len(ops) > 1 else "") for n, op in enumerate(ops)]
    if isinstance(node, ast.BoolOp):
        return ["and → or" if isinstance(node.op, ast.And) else "or → and"]
    if isinstance(node, ast.Constant) and type(node.value) is int:
        return [f"{node.value} → {node.value + 1}", f"{node.value} → {node.value - 1}"]
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(
            node) not in docstrings:
        return [f"SQL « {m.group().strip()} » n°{n + 1} → « {SQL_SWAPS[m.group()].strip()} »"
                for n, m in enumerate(_sql_matches(node.value))]
    return []


def mutants(source: str, scope: tuple[str, ...]) -> list[Mutant]:
    tree = ast.parse(source)
    lines = source.splitlines()
    docstrings = _docstrings(tree)
    found = []
    for index, (where, node) in enumerate(_nodes(tree, scope)):
        line = getattr(node, "lineno", 1)
        for detail, text in enumerate(_changes(node, docstrings)):
            found.append(Mutant(index, detail, line, where, text, lines[line - 1].strip()))
    # The same change twice on one line (two « 1 » in it): numbered, in ast.walk order.
    same = Counter((m.where, m.code, m.description) for m in found)
    seen: Counter[tuple[str, str, str]] = Counter()
    numbered = []
    for m in found:
        key = (m.where, m.code, m.description)
        seen[key] += 1
        numbered.append(m if same[key] == 1 else dataclasses.replace(
            m, description=f"{m.description} [{seen[key]}]"))
    return numbered


def _apply(node: ast.AST, detail: int) -> None:
    if isinstance(node, ast.Compare):
        positions = [i for i, op in enumerate(node.ops) if type(op) in SWAP_OPS]
        at = positions[detail]
        node.ops[at] = SWAP_OPS[type(node.ops[at])]()
    elif isinstance(node, ast.BoolOp):
        node.op = ast.Or() if isinstance(node.op, ast.And) else ast.And()
    elif isinstance(node, ast.Constant) and type(node.value) is int:
        node.value += 1 if detail == 0 else -1
    elif isinstance(node, ast.Constant) and isinstance(node.value, str):
        match = _sql_matches(node.value)[detail]
        node.value = (node.value[:match.start()] + SQL_SWAPS[match.group()]
                      + node.value[match.end():])


def mutated(source: str, scope: tuple[str, ...], mutant: Mutant) -> str:
    tree = ast.parse(source)
    for index, (_where, node) in enumerate(_nodes(tree, scope)):
        if index == mutant.index:
            _apply(node, mutant.detail)
            break
    return ast.unparse(tree) + "\n"


def _copy_project(into: Path) -> None:
    for part in ("relance_desktop", "tests", "resources", "pyproject.toml"):
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, into / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, into / part)


PYTEST_ARGS = ("-q", "-x", "-p", "no:cacheprovider", "-W",
               "ignore::pytest.PytestUnraisableExceptionWarning")


def _pytest(copy_root: Path, tests: tuple[str, ...]) -> tuple[bool, str]:
    """Run ``tests`` in a new Python process (slow: every import again, each time)."""
    env = dict(os.environ, PYTHONPATH=str(copy_root), QT_QPA_PLATFORM="offscreen",
               PYTHONDONTWRITEBYTECODE="1")
    run = subprocess.run([*PYTEST, *PYTEST_ARGS, *tests],
                         cwd=copy_root, env=env, capture_output=True, text=True)
    lines = run.stdout.strip().splitlines()
    return run.returncode == 0, lines[-1] if lines else run.stderr.strip()[-200:]


class Forked:
    """Runs the tests in a fork of this process, which imported the project and the tests once:
    a mutant costs its tests' time only. The child loads the mutated module's source over the
    module already imported, and repoints the names other modules imported from it."""

    TIMEOUT_S = 300

    def __init__(self, copy_root: Path, tests: tuple[str, ...]) -> None:
        os.chdir(copy_root)
        sys.path.insert(0, str(copy_root))
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        import importlib

        import pytest

        self.pytest = pytest
        for test in tests:
            importlib.import_module(test.removesuffix(".py").replace("/", "."))
        self.log = copy_root / "mutant.log"
        # One run here first: what the tests import lazily (holiday tables...) is then
        # imported once for all the mutants.
        saved = os.dup(1), os.dup(2)
        sys.stdout.flush()
        out = os.open(self.log, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        os.dup2(out, 1)
        os.dup2(out, 2)
        try:
            self.warm = int(pytest.main([*PYTEST_ARGS, *tests])) == 0
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os.dup2(saved[0], 1)
            os.dup2(saved[1], 2)
            os.close(out)

    @staticmethod
    def _load(module_path: str, source: str) -> None:
        name = module_path.removesuffix(".py").replace("/", ".")
        module = sys.modules[name]
        old = dict(vars(module))
        exec(compile(source, module_path, "exec"), module.__dict__)
        changed = [k for k, v in old.items() if module.__dict__.get(k) is not v]
        for other in list(sys.modules.values()):
            names = getattr(other, "__dict__", None)
            if other is module or not isinstance(names, dict):
                continue
            for key in changed:
                if key in names and names[key] is old[key]:
                    names[key] = module.__dict__[key]

    def run(self, tests: tuple[str, ...], module_path: str | None = None,
            source: str | None = None) -> tuple[bool, str]:
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:  # the child: never returns
            code = 99
            try:
                out = os.open(self.log, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
                os.dup2(out, 1)
                os.dup2(out, 2)
                if module_path is not None and source is not None:
                    self._load(module_path, source)
                for test in tests:  # imported again: their own objects from the mutated classes
                    sys.modules.pop(test.removesuffix(".py").replace("/", "."), None)
                code = int(self.pytest.main([*PYTEST_ARGS, *tests]))
            finally:
                os._exit(code)
        deadline = time.monotonic() + self.TIMEOUT_S
        while True:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                break
            if time.monotonic() > deadline:
                os.kill(pid, 9)
                os.waitpid(pid, 0)
                return False, f"timed out after {self.TIMEOUT_S} s (counted as killed)"
            time.sleep(0.02)
        lines = self.log.read_text(encoding="utf-8", errors="replace").strip().splitlines()
        return os.waitstatus_to_exitcode(status) == 0, lines[-1] if lines else ""


def run_group(name: str, group: Group, copy_root: Path,
              scores: dict[str, tuple[int, int, list[str]]], isolated: bool) -> None:
    if isolated:
        def check(module_path: str | None = None, source: str | None = None) -> tuple[bool, str]:
            if module_path is not None and source is not None:
                (copy_root / module_path).write_text(source, encoding="utf-8")
            return _pytest(copy_root, group.tests)
    else:
        forked = Forked(copy_root, group.tests)

        def check(module_path: str | None = None, source: str | None = None) -> tuple[bool, str]:
            return forked.run(group.tests, module_path, source)

    passed, summary = check()
    if not passed:
        raise SystemExit(f"{name}: the tests fail before any mutation ({summary})")
    for module in group.modules:
        target = copy_root / module.path
        original = target.read_text(encoding="utf-8")
        found = {where for where, _part in _scoped(ast.parse(original), module.scope)}
        missing = [name for name in module.scope if name not in found]
        if missing:  # renamed or moved: the rule would silently go unchecked
            raise SystemExit(f"{module.path}: not found: {', '.join(missing)} (update GROUPS)")
        # The unmutated source, rewritten the same way the mutants are, must still pass.
        passed, summary = check(module.path, ast.unparse(ast.parse(original)) + "\n")
        if not passed:
            raise SystemExit(f"{module.path}: rewritten without change, the tests fail ({summary})")
        killed, total, survivors = 0, 0, []
        for mutant in mutants(original, module.scope):
            label = f"{module.path}:{mutant.line} {mutant.where}: {mutant.description}"
            why = EQUIVALENT.get((module.path, mutant.where, mutant.code, mutant.description))
            if why:
                print("EQUIVALENT", label, "|", why, flush=True)
                continue
            started = time.monotonic()
            passed, summary = check(module.path, mutated(original, module.scope, mutant))
            total += 1
            killed += not passed
            if passed:
                survivors.append(label)
            print("SURVIVED" if passed else "KILLED  ", label, "|", summary,
                  f"| {time.monotonic() - started:.1f} s", flush=True)
        target.write_text(original, encoding="utf-8")
        scores[module.path] = (killed, total, survivors)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("groups", nargs="*", metavar="GROUP",
                        help=f"groups of rules to check: {', '.join(GROUPS)} (default: all)")
    parser.add_argument("--list", action="store_true", help="list the mutants, run nothing")
    parser.add_argument("--isolated", action="store_true",
                        help="a new Python process per mutant (slower; the default on systems "
                             "without fork)")
    args = parser.parse_args()
    chosen = args.groups or list(GROUPS)
    unknown = [name for name in chosen if name not in GROUPS]
    if unknown:
        parser.error(f"unknown group(s) {', '.join(unknown)}: choose among {', '.join(GROUPS)}")
    if args.list:
        for name in chosen:
            for module in GROUPS[name].modules:
                source = (ROOT / module.path).read_text(encoding="utf-8")
                for mutant in mutants(source, module.scope):
                    print(f"{module.path}:{mutant.line} {mutant.where}: {mutant.description}")
        return 0
    scores: dict[str, tuple[int, int, list[str]]] = {}
    with tempfile.TemporaryDirectory(prefix="relance-mutants-") as tmp:
        copy_root = Path(tmp)
        _copy_project(copy_root)
        isolated = args.isolated or not hasattr(os, "fork")
        for name in chosen:
            if isolated:
                run_group(name, GROUPS[name], copy_root, scores, True)
                continue
            # One child per group: each group imports its own tests into a fresh process.
            pid = os.fork()
            if pid == 0:
                group_scores: dict[str, tuple[int, int, list[str]]] = {}
                try:
                    run_group(name, GROUPS[name], copy_root, group_scores, False)
                    (copy_root / f"{name}.scores").write_text(repr(group_scores))
                except SystemExit as stop:
                    print(stop, flush=True)
                finally:
                    os._exit(0)
            os.waitpid(pid, 0)
            found = copy_root / f"{name}.scores"
            if not found.exists():
                raise SystemExit(f"{name}: the run stopped before its end")
            scores.update(ast.literal_eval(found.read_text()))
    print("\nScore per module (killed / mutants):")
    below = False
    for path, (killed, total, survivors) in scores.items():
        share = killed / total if total else 1.0
        below |= share < TARGET
        print(f"  {path}: {killed}/{total} = {share:.0%}")
        for label in survivors:
            print(f"      survived {label}")
    return 1 if below else 0


if __name__ == "__main__":
    sys.exit(main())

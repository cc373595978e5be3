"""Crash dialog, plain messages for environment problems, selftest, generated forms."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtGui import QGuiApplication

from relance_desktop import __version__
from relance_desktop.errors import UserFacingError
from relance_desktop.views import crash

ROOT = Path(__file__).resolve().parents[2]


def test_crash_dialog_shows_traceback_version_and_copies_it(qtbot: Any) -> None:
    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError as exc:
        report = crash.report_text(type(exc), exc, exc.__traceback__)
    dialog = crash.CrashDialog(report)
    qtbot.addWidget(dialog)
    text = dialog.report.toPlainText()
    assert f"Relance {__version__}" in text
    assert "ZeroDivisionError: boom" in text and "Traceback" in text
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == text


def sqlite_error(text: str, code: int) -> sqlite3.OperationalError:
    """An error as SQLite raises it: classified by its result code, never its English text."""
    error = sqlite3.OperationalError(text)
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    return error


def test_environment_errors_are_plain_messages_not_crashes(tmp_path: Path) -> None:
    locked = crash.as_user_error(sqlite_error("database is locked", sqlite3.SQLITE_BUSY))
    assert isinstance(locked, UserFacingError) and "verrouillé" in locked.render()
    full = crash.as_user_error(sqlite_error("database or disk is full", sqlite3.SQLITE_FULL))
    assert full is not None and "disque est plein" in full.render()
    assert crash.as_user_error(ZeroDivisionError()) is None
    assert crash.as_user_error(sqlite3.OperationalError("no such table: x")) is None  # a bug
    # A real one, raised by SQLite itself: writing through a read-only connection.
    db = tmp_path / "ro.sqlite"
    sqlite3.connect(db).execute("CREATE TABLE t (x)").connection.close()
    readonly = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        try:
            readonly.execute("INSERT INTO t VALUES (1)")
        except sqlite3.Error as exc:
            real = crash.as_user_error(exc)
        else:
            raise AssertionError("a read-only connection wrote")
    finally:
        readonly.close()
    assert real is not None and "lecture seule" in real.render()


def test_excepthook_routes_bugs_to_the_crash_dialog(
    qtbot: Any, monkeypatch: Any, messages: Any, session: Any
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(crash.CrashDialog, "exec",
                        lambda self: opened.append(self.report.toPlainText()) or 0)
    previous = sys.excepthook
    crash.install_excepthook(session)
    try:
        sys.excepthook(KeyError, KeyError("x"), None)
        sys.excepthook(sqlite3.OperationalError,
                       sqlite_error("attempt to write a readonly database",
                                    sqlite3.SQLITE_READONLY), None)
    finally:
        sys.excepthook = previous
    assert len(opened) == 1 and "KeyError" in opened[0]
    assert any("lecture seule" in t for t in messages.texts)


def test_generated_forms_are_up_to_date() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "compile_ui.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_selftest_command_exits_zero(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RELANCE_HOME=str(tmp_path))
    result = subprocess.run([sys.executable, "-m", "relance_desktop", "selftest"],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "selftest: ok" in result.stdout

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


def test_environment_errors_are_plain_messages_not_crashes() -> None:
    locked = crash.as_user_error(sqlite3.OperationalError("database is locked"))
    assert isinstance(locked, UserFacingError) and "verrouillé" in locked.render()
    full = crash.as_user_error(sqlite3.OperationalError("database or disk is full"))
    assert full is not None and "disque est plein" in full.render()
    assert crash.as_user_error(ZeroDivisionError()) is None


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
                       sqlite3.OperationalError("attempt to write a readonly database"), None)
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

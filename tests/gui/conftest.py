"""GUI fixtures: the real main window, offscreen, with scripted dialogs and message boxes."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from relance_desktop.formatting import Formatter
from relance_desktop.settings import Settings
from relance_desktop.views import dialogs as dialogs_module
from relance_desktop.views.common import Session
from relance_desktop.views.main_window import MainWindow
from tests.helpers import TODAY


def settle(rounds: int = 3) -> None:
    """Let the changes the services reported reach the windows. They are delivered queued, on
    the GUI thread, once the operation returned (as in the running application); a change may
    lead to another one (a payment brings follow-ups up to date), hence a few rounds."""
    for _ in range(rounds):
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()


@dataclass
class DialogScript:
    """Replaces FormDialog.exec: each expected dialog is handed to a handler, in order."""

    handlers: list[tuple[type, Callable[[Any], None]]] = field(default_factory=list)
    seen: list[Any] = field(default_factory=list)

    def expect(self, cls: type, handler: Callable[[Any], None]) -> None:
        self.handlers.append((cls, handler))

    def run(self, dialog: Any) -> int:
        assert self.handlers, f"unexpected dialog {type(dialog).__name__}"
        cls, handler = self.handlers.pop(0)
        assert isinstance(dialog, cls), f"expected {cls.__name__}, got {type(dialog).__name__}"
        self.seen.append(dialog)
        dialog.show()
        handler(dialog)
        result = int(dialog.result())
        dialog.hide()
        return result


@dataclass
class Messages:
    shown: list[tuple[str, str]] = field(default_factory=list)
    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok  # what « question » returns

    @property
    def texts(self) -> list[str]:
        return [text for _kind, text in self.shown]


@pytest.fixture
def dialog_script(monkeypatch: pytest.MonkeyPatch) -> Iterator[DialogScript]:
    script = DialogScript()
    monkeypatch.setattr(dialogs_module.FormDialog, "exec", lambda self: script.run(self))
    yield script
    assert not script.handlers, "some expected dialogs never opened"


@pytest.fixture(autouse=True)
def messages(monkeypatch: pytest.MonkeyPatch) -> Messages:
    """Message boxes are recorded instead of blocking the test."""
    record = Messages()

    def fake(kind: str) -> Callable[..., Any]:
        def show(parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> Any:
            record.shown.append((kind, text))
            return record.answer if kind == "question" else QMessageBox.StandardButton.Ok

        return show

    for kind in ("warning", "information", "critical", "question", "about"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(fake(kind)))
    return record


@pytest.fixture(scope="session", autouse=True)
def french_interface(qapp: Any) -> Iterator[None]:
    """The French interface as the app starts it: the source texts plus the French plurals."""
    from PySide6.QtCore import QLocale

    from relance_desktop.app import install_translators

    before = QLocale()
    installed = install_translators(qapp, "fr")
    yield
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.fixture
def session(tmp_path: Path) -> Session:
    return Session(settings=Settings(tmp_path / "settings.json"),
                   formatter=Formatter("fr_FR"), today=lambda: TODAY,
                   now=lambda: datetime.combine(TODAY, time(10, 0)))


@pytest.fixture
def window(qtbot: Any, session: Session, windows_on_server: None) -> MainWindow:
    main = MainWindow(session)
    qtbot.addWidget(main)
    main.show()
    return main


@pytest.fixture
def demo_window(window: MainWindow, demo_path: Path) -> MainWindow:
    assert window.open_file(demo_path)
    return window


def list_read(window: MainWindow, qtbot: Any) -> None:
    """Wait until the invoice list's totals (status bar) and its tabs' totals are read: they
    are read on a thread, the totals once the user pauses typing."""
    model = window.model
    qtbot.waitUntil(lambda: model.buckets_known() and model.visible_totals() is not None,
                    timeout=5000)
    settle()


def show_list(window: MainWindow, qtbot: Any) -> MainWindow:
    """The invoice list shown (it is read when shown) and its totals read."""
    from relance_desktop.views.main_pages import PAGE_RECEIVABLES

    window.show_page(PAGE_RECEIVABLES)
    list_read(window, qtbot)
    return window


@pytest.fixture
def demo_list(demo_window: MainWindow, qtbot: Any) -> MainWindow:
    """The demo company with its invoice list shown and read."""
    return show_list(demo_window, qtbot)


@pytest.fixture
def windows_on_server(request: pytest.FixtureRequest, engine: str,
                      monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """``--engine postgres``: a company file opened in the main window is shown from a new
    database of the run's server (tests/server_windows.py); a file-only test opens files."""
    if engine != "postgres" or request.node.get_closest_marker("sqlite_only") is not None:
        yield
        return
    from tests.server_windows import ServerWindows, open_on_server, stamp

    made = {name: request.getfixturevalue(name) for name in ("demo_path", "company_path")
            if name in request.fixturenames}
    stamps = {path: (name, stamp(path)) for name, path in made.items() if path.exists()}

    def fixture_of(path: Path) -> str | None:
        name, first = stamps.get(path, (None, None))
        return name if name is not None and stamp(path) == first else None

    windows = ServerWindows(request.getfixturevalue("pg_cluster"))
    monkeypatch.setattr(MainWindow, "open_file",
                        open_on_server(windows, MainWindow.open_file, fixture_of))
    try:
        yield
    finally:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.cf is not None:
                widget.close_company()
        windows.drop()

"""Under ``--engine postgres``, the windows of the GUI and end-to-end tests show their company
from the run's PostgreSQL server instead of the file the test prepared.

A test builds its company as a file (fixtures, demo, helpers), then opens it in the main window
(``window.open_file(path)``). Here that call moves the file's company to a new database on the
server (:func:`team_move.file_to_server`, the same copy a user makes, checked count by count)
and connects the window to it, as File › « Se connecter à un serveur d'équipe… » does. From then
on everything the test does through the window runs on PostgreSQL. A file that is not a company
(a test of a broken or missing file) is opened as usual: that is what such a test is about.

The fixtures' own files (the demo, the empty « Test SARL »), opened as the fixture made them,
are moved once per run into a template database and cloned per test (``CREATE DATABASE …
TEMPLATE``), which is much faster than copying them again.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from relance_desktop.errors import UserFacingError
from relance_desktop.services import team_connect, team_move
from relance_desktop.store.server import ServerParams

_names = itertools.count(1)
_templates: dict[str, str] = {}  # a fixture's name → the template database of its company


def stamp(path: Path) -> tuple[int, int, bool]:
    """How a file stands (size, time, WAL beside it): unchanged means not written since."""
    info = path.stat()
    return info.st_size, info.st_mtime_ns, Path(f"{path}-wal").exists()


class ServerWindows:
    """The databases made for one test, dropped after it."""

    def __init__(self, cluster: Any) -> None:
        self.cluster = cluster
        self.databases: list[str] = []
        # A file already moved: opened again (unchanged), the same database is shown, as a
        # company moved to a server stays there.
        self.moved: dict[Path, tuple[tuple[int, int, bool], ServerParams]] = {}

    def _new_database(self, template: str | None = None) -> ServerParams:
        name = f"win_{os.getpid()}_{next(_names)}"
        self.cluster.create_database(name, template=template)
        self.databases.append(name)
        return ServerParams(self.cluster.host, self.cluster.port, name, self.cluster.user)

    def company_of(self, path: Path, key: str | None) -> ServerParams | None:
        """A new database holding the company of the file at ``path`` (None: not a company).
        ``key``: the fixture that made the file, untouched since (its template is reused)."""
        before = self.moved.get(path)
        if before is not None and before[0] == stamp(path):
            return before[1]
        params = self._company_of(path, key)
        if params is not None:
            self.moved[path] = (stamp(path), params)
        return params

    def _company_of(self, path: Path, key: str | None) -> ServerParams | None:
        if key is not None and key in _templates:
            return self._new_database(_templates[key])
        params = self._new_database()
        try:
            team_move.file_to_server(path, params, None)
        except UserFacingError:
            return None
        if key is not None:  # later tests clone it instead of copying the file again
            template = f"tpl_{os.getpid()}_{len(_templates) + 1}"
            self.cluster.create_database(template, template=params.database)
            _templates[key] = template
        return params

    def drop(self) -> None:
        for name in self.databases:
            self.cluster.drop_database(name)
        self.databases.clear()


def open_on_server(windows: ServerWindows, real_open: Callable[..., bool],
                   fixture_of: Callable[[Path], str | None]) -> Callable[..., bool]:
    """A replacement for ``MainWindow.open_file`` that shows the file's company from the
    server (see the module's text)."""
    from relance_desktop.views import connect_dialog

    def open_file(window: Any, path: Path | str, *args: Any, **kwargs: Any) -> bool:
        path = Path(path)
        params = windows.company_of(path, fixture_of(path)) if path.is_file() else None
        if params is None:
            return real_open(window, path, *args, **kwargs)
        cf = team_connect.open_team_company(  # as the connect dialog does
            params, None, str(window.session.settings.get("user_name") or ""))
        asked = connect_dialog.ask_and_connect
        connect_dialog.ask_and_connect = lambda *_a, **_k: cf  # already connected
        try:
            return bool(connect_dialog.connect_window(window))
        finally:
            connect_dialog.ask_and_connect = asked

    return open_file

"""The one place that configures logging: a rotating file in the log folder.

The log is useful for support but says as little as possible about the user: every record goes
through :class:`Discreet`, which writes a file's name instead of its full path (a path names the
user's account and folders) and hides the local part of e-mail addresses (an SMTP login, a
keyring account, a customer's address), whatever module logged them.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
from pathlib import Path, PurePath, PureWindowsPath
from typing import Any

from relance_desktop import paths

LOG_FILE_NAME = "relance.log"
_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


_ADDRESS = re.compile(r"[\w.%+'-]+@(?=[\w-]+(?:\.[\w-]+)*)")
_WINDOWS_PATH = re.compile(r"^(?:[A-Za-z]:[\\/]|\\\\)")


def discreet(value: Any) -> Any:
    """A log argument with less about the user in it: a path becomes its file name, a
    user-facing error is written with its paths shortened the same way."""
    from relance_desktop.errors import UserFacingError
    from relance_desktop.i18n import Message

    if isinstance(value, PurePath):
        return value.name or str(value)
    if isinstance(value, str):
        if _WINDOWS_PATH.match(value):
            return PureWindowsPath(value).name or value
        if os.path.isabs(value) and len(value) > 1:
            return PurePath(value).name or value
        return value
    if isinstance(value, OSError) and value.filename is not None:
        return f"{value.strerror or type(value).__name__}: {discreet(str(value.filename))}"
    if isinstance(value, UserFacingError):
        m = value.message
        text = Message(m.context, m.text, {k: discreet(v) for k, v in m.args.items()}).render()
        return f"{type(value).__name__}: {text}"
    return value


class Discreet(logging.Filter):
    """Shortens paths and hides e-mail logins in every record (see the module's note)."""

    def __init__(self) -> None:
        super().__init__()
        try:
            home = str(Path.home())
        except (RuntimeError, KeyError):
            home = ""
        self.home = home if len(home) > 3 else ""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(discreet(a) for a in record.args)
        elif isinstance(record.args, dict):
            record.args = {k: discreet(v) for k, v in record.args.items()}
        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            return True  # logging reports the broken call itself
        if self.home and self.home in message:  # a path inside a longer text (a crash report)
            message = message.replace(self.home, "~")
        record.msg, record.args = _ADDRESS.sub("***@", message), None
        return True


def init_logging(level: int = logging.INFO, directory: Path | None = None) -> Path | None:
    """Log to a rotating file (1 MB × 5). Returns the file, or None when it cannot be written."""
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        if getattr(handler, "_relance", False):
            root.removeHandler(handler)
            handler.close()
    target_dir = directory or paths.log_dir()
    try:
        paths.ensure_dir(target_dir)
        target = target_dir / LOG_FILE_NAME
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        # A read-only home must not stop the app: log to stderr instead.
        handler = logging.StreamHandler()
        target = None
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.addFilter(Discreet())
    handler._relance = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return target

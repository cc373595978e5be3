"""The one place that configures logging: a rotating file in the log folder."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from relance_desktop import paths

LOG_FILE_NAME = "relance.log"
_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


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
    handler._relance = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return target

"""Logging: stderr for warnings, a rotating file in the log dir for everything from INFO.

Privacy rule: never log draft text or profile notes at INFO or above; log lengths,
revisions and rule ids instead.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from typing import TYPE_CHECKING

from outreach_coach.paths import make_private_folder

if TYPE_CHECKING:
    import io
    from pathlib import Path

LOG_FILE_NAME = "outreach-coach.log"
_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
_installed: list[logging.Handler] = []  # ours, so a second setup replaces rather than doubles


def setup_logging(log_dir: Path, verbose: bool = False) -> Path:
    """Attach a rotating file handler (1 MB x 3) and a stderr handler; return the file path."""
    path = log_dir / LOG_FILE_NAME
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    close_logging()
    stderr_handler = logging.StreamHandler()
    stderr_handler.setLevel(logging.DEBUG if verbose else logging.WARNING)
    stderr_handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    handlers: list[logging.Handler] = [stderr_handler]
    try:
        make_private_folder(log_dir)
        file_handler = _PrivateRotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
        file_handler.setFormatter(logging.Formatter(_FORMAT))
        handlers.insert(0, file_handler)
    except OSError as error:  # a read-only disk: log to stderr only, never fail to start
        stderr_handler.setLevel(logging.WARNING)
        root.addHandler(stderr_handler)
        _installed.append(stderr_handler)
        logging.getLogger(__name__).warning("no log file in %s: %s", log_dir, error)
        return path
    for handler in handlers:
        _installed.append(handler)
        root.addHandler(handler)
    return path


def close_logging() -> None:
    """Detach and close the handlers ``setup_logging`` attached, so the log file is released
    (a second ``setup_logging`` does this itself; a test that set up logging ends with it)."""
    root = logging.getLogger()
    while _installed:
        handler = _installed.pop()
        root.removeHandler(handler)
        handler.close()


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Every log file, also the one started after a rotation, is created 0600."""

    def _open(self) -> io.TextIOWrapper:
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return open(descriptor, "a", encoding=self.encoding, errors=self.errors)

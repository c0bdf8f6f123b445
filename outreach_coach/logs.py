"""Logging: stderr for warnings, a rotating file in the log dir for everything from INFO.

Privacy rule: never log draft text or profile notes at INFO or above; log lengths,
revisions and rule ids instead.
"""

from __future__ import annotations

import logging
import logging.handlers
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

LOG_FILE_NAME = "outreach-coach.log"
_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
_installed: list[logging.Handler] = []  # ours, so a second setup replaces rather than doubles


def setup_logging(log_dir: Path, verbose: bool = False) -> Path:
    """Attach a rotating file handler (1 MB x 3) and a stderr handler; return the file path."""
    log_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = log_dir / LOG_FILE_NAME
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    while _installed:
        old = _installed.pop()
        root.removeHandler(old)
        old.close()
    file_handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    file_handler.setFormatter(logging.Formatter(_FORMAT))
    stderr_handler = logging.StreamHandler()
    stderr_handler.setLevel(logging.DEBUG if verbose else logging.WARNING)
    stderr_handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    for handler in (file_handler, stderr_handler):
        _installed.append(handler)
        root.addHandler(handler)
    path.chmod(0o600)
    return path

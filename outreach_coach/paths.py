"""Where the app keeps its files: platformdirs, or one folder given by --data-dir.

``OUTREACH_COACH_DATA_DIR`` (or ``--data-dir``) replaces *all* locations, for tests and
portable use. Every directory the app creates is readable by the user only (0700): profile
notes are personal data about third parties. Folders that exist keep their mode.
"""

from __future__ import annotations

import contextlib
import os
import stat
from dataclasses import dataclass, replace
from pathlib import Path

import platformdirs

ENV_DATA_DIR = "OUTREACH_COACH_DATA_DIR"
_APP_DIR_NAME = "outreach-coach"  # ASCII and stable, whatever the display name


@dataclass(frozen=True, slots=True)
class AppPaths:
    """The four locations the app writes to."""

    data: Path
    config: Path
    cache: Path
    logs: Path

    problems: tuple[str, ...] = ()  # folders that could not be created (read-only disk…)

    def ensure(self) -> AppPaths:
        """Create the missing folders, 0700. Existing folders keep the mode the user gave
        them (a folder set to 0500 stays 0500); a folder that cannot be created is reported
        in ``problems``, never fatal: the app then runs with an in-memory library."""
        problems = []
        for folder in (self.data, self.config, self.cache, self.logs):
            try:
                make_private_folder(folder)
            except OSError as error:
                problems.append(f"{folder}: {error.strerror or error}")
        return replace(self, problems=tuple(problems))


def make_private_folder(folder: Path) -> None:
    """Create ``folder`` 0700 (whatever the umask) if it is missing. An existing folder of
    this user only loses group/other bits (0755 → 0700); bits are never added, so a folder
    the user set to 0500 stays 0500. Missing parents get the default mode, as ``mkdir -p``."""
    if folder.is_dir():
        _tighten(folder)
        return
    folder.parent.mkdir(parents=True, exist_ok=True)
    try:
        folder.mkdir(mode=0o700)
    except FileExistsError:
        return  # created meanwhile by another process
    folder.chmod(0o700)  # only what we created


def _tighten(folder: Path) -> None:
    status = folder.stat()
    if status.st_uid != os.geteuid() or not status.st_mode & 0o077:
        return
    with contextlib.suppress(OSError):  # a read-only mount: the folder stays as it is
        folder.chmod(stat.S_IMODE(status.st_mode) & 0o700)


def app_paths(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """Resolve the locations: explicit argument, then the environment, then platformdirs."""
    override = data_dir or os.environ.get(ENV_DATA_DIR)
    if override:
        root = Path(override).expanduser().resolve()
        return AppPaths(root, root / "config", root / "cache", root / "logs")
    dirs = platformdirs.PlatformDirs(_APP_DIR_NAME, appauthor=False, roaming=False)
    return AppPaths(
        Path(dirs.user_data_dir),
        Path(dirs.user_config_dir),
        Path(dirs.user_cache_dir),
        Path(dirs.user_log_dir),
    )

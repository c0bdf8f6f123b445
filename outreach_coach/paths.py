"""Where the app keeps its files: platformdirs, or one folder given by --data-dir.

``OUTREACH_COACH_DATA_DIR`` (or ``--data-dir``) replaces *all* locations, for tests and
portable use. Every directory is created readable by the user only (0700): profile notes
are personal data about third parties.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
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

    def ensure(self) -> AppPaths:
        for folder in (self.data, self.config, self.cache, self.logs):
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            folder.chmod(0o700)
        return self


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

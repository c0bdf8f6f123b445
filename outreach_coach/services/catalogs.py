"""The phrase catalogs in use: the shipped ones, extended and trimmed by the user's own files.

The user keeps ``phrases-de.toml`` and ``phrases-en.toml`` in the data folder (same format as
the shipped catalogs; ``disabled = ["en.buzz.deep_dive", …]`` switches built-in entries off).
A broken user file never stops the app: it is skipped and the problem is reported.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from outreach_coach.assets import LANGUAGES, builtin_catalogs

if TYPE_CHECKING:  # the catalog code loads with the catalogs, after the window shows
    from pathlib import Path

    from outreach_coach.core.rules.catalog import Catalog

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class LoadedCatalogs:
    catalogs: dict[str, Catalog]
    problems: list[str] = field(default_factory=list)


def user_catalog_path(data_dir: Path, language: str) -> Path:
    return data_dir / f"phrases-{language}.toml"


def load_catalogs(data_dir: Path | None) -> LoadedCatalogs:
    """Built-in catalogs combined with the user's files in ``data_dir`` (if any)."""
    from outreach_coach.core.rules.catalog import parse_catalog

    builtin = builtin_catalogs()
    if data_dir is None:
        return LoadedCatalogs(dict(builtin))
    catalogs: dict[str, Catalog] = {}
    problems: list[str] = []
    for language in LANGUAGES:
        path = user_catalog_path(data_dir, language)
        catalogs[language] = builtin[language]
        if not path.is_file():
            continue
        try:
            user = parse_catalog(language, path.read_text(encoding="utf-8"), str(path))
        except (OSError, UnicodeDecodeError, ValueError) as error:
            problems.append(f"{path}: {error}")
            log.warning("user catalog skipped: %s", error)
            continue
        unknown = user.disabled - {entry.id for entry in builtin[language].entries}
        if unknown:
            problems.append(f"{path}: unknown ids in 'disabled': {', '.join(sorted(unknown))}")
        catalogs[language] = builtin[language].combined(user)
    return LoadedCatalogs(catalogs, problems)


class LazyCatalogs(Mapping[str, "Catalog"]):
    """The catalogs, compiled on first use or by a preload after the window shows.

    Compiling about 2,000 patterns takes a few hundred milliseconds that must not delay the
    first paint; the first analysis (on the worker thread) or the preload pays for it, once.
    """

    def __init__(self, data_dir: Path | None) -> None:
        self._data_dir = data_dir
        self._lock = threading.Lock()
        self._loaded: LoadedCatalogs | None = None

    def load(self) -> LoadedCatalogs:
        with self._lock:
            if self._loaded is None:
                self._loaded = load_catalogs(self._data_dir)
            return self._loaded

    def __getitem__(self, language: str) -> Catalog:
        return self.load().catalogs[language]

    def __iter__(self) -> Iterator[str]:
        return iter(self.load().catalogs)

    def __len__(self) -> int:
        return len(self.load().catalogs)

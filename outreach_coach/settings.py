"""The user's settings: declared once (type, default, allowed values), loaded leniently, saved
atomically as readable JSON in the config folder.

A broken or hand-edited file never stops the app: each invalid value is reported and replaced
by its default, unknown keys are dropped. Environment variables and command-line options win
over the file for one run.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, fields, replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pathlib import Path

SETTINGS_FILE = "settings.json"
VERSION = 1

CHOICES: dict[str, tuple[str, ...]] = {
    "ui_language": ("system", "de", "en"),
    "embeddings": ("use", "sentence-transformers", "off"),
    "grammar_mode": ("off", "local", "directory", "url"),
    "english_variant": ("en-US", "en-GB"),
    "mother_tongue": ("", "de", "en", "fr", "es", "it", "nl", "pl", "tr", "ru", "uk"),
    "channel": ("email", "linkedin_message", "linkedin_note"),
}


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything the settings dialog shows (the sent-history switch lives in the library)."""

    ui_language: str = "system"
    embeddings: str = "use"
    embedding_model: str = ""  # sentence-transformers name or folder; "" = bundled MiniLM
    grammar_mode: str = "off"
    grammar_url: str = ""
    grammar_directory: str = ""
    english_variant: str = "en-US"
    mother_tongue: str = ""
    picky: bool = False
    disabled_rules: tuple[str, ...] = ()
    disabled_categories: tuple[str, ...] = ()
    channel: str = "email"
    advised_words: int = 0  # 0 = the channel's default length budget
    phrase_folder: str = ""  # where phrases-de.toml / phrases-en.toml live; "" = data folder
    first_run_done: bool = False

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["version"] = VERSION
        return data


def _valid(name: str, value: Any, default: Any) -> Any:
    """``value`` if it fits the field, else raises ValueError with the reason."""
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise ValueError("expected true or false")
        return value
    if isinstance(default, int):
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 5000:
            raise ValueError("expected a whole number from 0 to 5000")
        return value
    if isinstance(default, tuple):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValueError("expected a list of texts")
        return tuple(v.strip() for v in value if v.strip())
    if not isinstance(value, str):
        raise ValueError("expected a text")
    if name in CHOICES and value not in CHOICES[name]:
        raise ValueError(f"expected one of {', '.join(repr(c) for c in CHOICES[name])}")
    return value.strip()


def from_json(data: Any) -> tuple[Settings, list[str]]:
    """Settings from parsed JSON; every problem is reported and its value left at default."""
    problems: list[str] = []
    if not isinstance(data, dict):
        return Settings(), ["the file does not hold a JSON object; using defaults"]
    defaults = Settings()
    values: dict[str, Any] = {}
    for field in fields(Settings):
        if field.name not in data:
            continue
        default = getattr(defaults, field.name)
        try:
            values[field.name] = _valid(field.name, data[field.name], default)
        except ValueError as error:
            problems.append(f"{field.name}: {error}; using {default!r}")
    return replace(defaults, **values), problems


def load(folder: Path) -> tuple[Settings, list[str]]:
    path = folder / SETTINGS_FILE
    if not path.exists():
        return Settings(), []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        return Settings(), [f"{path} could not be read ({error}); using defaults"]
    settings, problems = from_json(data)
    return settings, [f"{path}: {problem}" for problem in problems]


def save(folder: Path, settings: Settings) -> None:
    """Write atomically (a crash leaves the old or the new file, never half of one)."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".settings-", suffix=".json")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(settings.to_json(), stream, ensure_ascii=False, indent=2)
            stream.write("\n")
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o600)
        os.replace(temporary, folder / SETTINGS_FILE)
    except BaseException:
        os.unlink(temporary)
        raise

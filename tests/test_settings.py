"""Settings: declared once, loaded leniently, saved atomically."""

from __future__ import annotations

import json
import stat
from dataclasses import replace
from typing import TYPE_CHECKING

from outreach_coach.settings import SETTINGS_FILE, Settings, load, save

if TYPE_CHECKING:
    from pathlib import Path


def test_round_trip_and_private_file(tmp_path: Path) -> None:
    chosen = replace(
        Settings(),
        ui_language="de",
        grammar_mode="url",
        grammar_url="http://127.0.0.1:8081",
        picky=True,
        disabled_rules=("COMMA_PARENTHESIS_WHITESPACE",),
        channel="linkedin_note",
        advised_words=80,
    )
    save(tmp_path, chosen)
    assert load(tmp_path) == (chosen, [])
    assert stat.S_IMODE((tmp_path / SETTINGS_FILE).stat().st_mode) == 0o600
    assert not list(tmp_path.glob(".settings-*"))  # no temporary file left behind


def test_missing_file_means_defaults(tmp_path: Path) -> None:
    assert load(tmp_path) == (Settings(), [])


def test_each_invalid_value_is_reported_and_replaced_by_its_default(tmp_path: Path) -> None:
    (tmp_path / SETTINGS_FILE).write_text(
        json.dumps(
            {
                "ui_language": "klingon",
                "picky": "yes",
                "advised_words": -3,
                "disabled_rules": "A,B",
                "channel": "linkedin_note",
                "unknown": 1,
            }
        ),
        encoding="utf-8",
    )
    settings, problems = load(tmp_path)
    assert settings == replace(Settings(), channel="linkedin_note")
    assert len(problems) == 4
    assert any("ui_language" in p and "'system'" in p for p in problems)


def test_corrupt_file_gives_defaults_and_a_reason(tmp_path: Path) -> None:
    (tmp_path / SETTINGS_FILE).write_bytes(b"{\\x00 not json")
    settings, [problem] = load(tmp_path)
    assert settings == Settings()
    assert "could not be read" in problem
    (tmp_path / SETTINGS_FILE).write_text("[1, 2]", encoding="utf-8")
    settings, [problem] = load(tmp_path)
    assert "JSON object" in problem

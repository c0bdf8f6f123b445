"""Test isolation: Qt offscreen, and every data location inside the test's tmp dir."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from typing import TYPE_CHECKING

from outreach_coach.assets import builtin_catalogs
from outreach_coach.core.analyzer import Analyzer
from outreach_coach.paths import ENV_DATA_DIR

if TYPE_CHECKING:
    from pathlib import Path


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test may touch the real user's data, config, cache or log folders."""
    data = tmp_path / "data"
    monkeypatch.setenv(ENV_DATA_DIR, str(data))
    return data


@pytest.fixture(scope="session")
def rules_analyzer() -> Analyzer:
    """The real analyzer with the shipped catalogs and no embedding model."""
    return Analyzer(builtin_catalogs())

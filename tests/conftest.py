"""Test isolation (Qt offscreen, data dirs in tmp) and the real LanguageTool server."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from outreach_coach.assets import builtin_catalogs, builtin_references
from outreach_coach.core.analyzer import Analyzer
from outreach_coach.paths import ENV_DATA_DIR, app_paths
from outreach_coach.services.languagetool import LocalServer
from outreach_coach.settings import Settings
from outreach_coach.settings import save as save_settings

if TYPE_CHECKING:
    from collections.abc import Iterator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
DEFAULT_JARS = Path(__file__).resolve().parents[1] / ".cache" / "languagetool"


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test may touch the real user's data, config, cache or log folders."""
    data = tmp_path / "data"
    monkeypatch.setenv(ENV_DATA_DIR, str(data))
    monkeypatch.delenv("OUTREACH_COACH_LANGUAGETOOL", raising=False)
    monkeypatch.delenv("OUTREACH_COACH_EMBEDDINGS", raising=False)
    # Past the first run (its welcome example has its own test), in English unless a test
    # chooses German.
    save_settings(app_paths(str(data)).config, replace(Settings(), first_run_done=True))
    return data


@pytest.fixture(scope="session")
def rules_analyzer() -> Analyzer:
    """The real analyzer with the shipped catalogs and no embedding model."""
    return Analyzer(builtin_catalogs(), references=builtin_references())


@pytest.fixture(scope="session")
def use_analyzer() -> Analyzer:
    """The real analyzer with the default model (multilingual USE), loaded once."""
    from outreach_coach.services.analysis import build_analyzer
    from outreach_coach.services.embedders import EmbedderChoice

    analyzer = build_analyzer(choice=EmbedderChoice("use"))
    assert analyzer.embedder is not None
    return analyzer


@pytest.fixture(scope="session")
def minilm_analyzer() -> Analyzer:
    """The real analyzer with the bundled sentence-transformers model (all-MiniLM-L6-v2)."""
    from outreach_coach.services.analysis import build_analyzer
    from outreach_coach.services.embedders import EmbedderChoice

    analyzer = build_analyzer(choice=EmbedderChoice("sentence-transformers"))
    assert analyzer.embedder is not None
    return analyzer


def languagetool_jars() -> Path:
    """The jars `make languagetool` fetched (make test points here with an env variable)."""
    return Path(os.environ.get("OUTREACH_COACH_TEST_LANGUAGETOOL", DEFAULT_JARS))


@pytest.fixture(scope="session")
def languagetool_url() -> Iterator[str]:
    """A real LanguageTool HTTP server on a free loopback port, for the whole session."""
    jars = languagetool_jars()
    if not any(jars.glob("languagetool-server*.jar")):
        pytest.skip(f"no LanguageTool jars in {jars}: run `make languagetool` (make test does)")
    server = LocalServer(jars)
    url = server.start()
    yield url
    server.stop()

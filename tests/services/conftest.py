"""A real LanguageTool HTTP server on a free loopback port, for the whole session."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from outreach_coach.services.languagetool import LocalServer

if TYPE_CHECKING:
    from collections.abc import Iterator

DEFAULT_JARS = Path(__file__).resolve().parents[2] / ".cache" / "languagetool"


def languagetool_jars() -> Path:
    return Path(os.environ.get("OUTREACH_COACH_TEST_LANGUAGETOOL", DEFAULT_JARS))


@pytest.fixture(scope="session")
def languagetool_url() -> Iterator[str]:
    jars = languagetool_jars()
    if not any(jars.glob("languagetool-server*.jar")):
        pytest.skip(f"no LanguageTool jars in {jars}: run `make languagetool` (make test does)")
    server = LocalServer(jars)
    url = server.start()
    yield url
    server.stop()

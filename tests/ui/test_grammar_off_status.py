"""With grammar off, the status says what LanguageTool needs (Java) or where to choose it."""

from __future__ import annotations

import shutil
from typing import TYPE_CHECKING

import pytest

from outreach_coach.services.languagetool import GrammarSettings
from outreach_coach.ui.workers import GrammarLane

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

pytestmark = pytest.mark.gui


def _status_when_off(qtbot: QtBot) -> str:
    lane = GrammarLane(GrammarSettings(mode="off"))
    with qtbot.wait_signal(lane.status_changed) as blocker:
        lane.start()
    assert blocker.args is not None
    return str(blocker.args[0])


def test_without_java_the_status_names_what_to_install(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # an empty folder: no java on this PATH
    status = _status_when_off(qtbot)
    assert "needs Java 17 or newer" in status
    assert "apt-get install openjdk-17-jre-headless" in status


@pytest.mark.skipif(shutil.which("java") is None, reason="needs java on PATH")
def test_with_java_the_status_says_none_is_configured(qtbot: QtBot) -> None:
    assert _status_when_off(qtbot) == "Grammar: off (no LanguageTool configured)"

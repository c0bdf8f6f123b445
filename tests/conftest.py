"""Test isolation (Qt offscreen, data dirs in tmp) and the real LanguageTool server."""

from __future__ import annotations

import logging
import os
import sys
import threading
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


# Threads that libraries start once per process and keep (none are known yet: add a name
# prefix here, with the library that starts it, when one shows up).
# threads a library keeps for the whole process (tqdm's monitor, started by sentence-transformers'
# progress bars), not ours to join
LIBRARY_THREADS: tuple[str, ...] = ("tqdm_monitor",)
THREAD_GRACE_S = 10.0  # a lane's last job may still be finishing after its bounded shutdown


class _ErrorRecords(logging.Handler):
    """Keeps every ERROR (or worse) record of the app's loggers."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def no_leaks_or_errors(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test fails if it leaves a thread running, a QTimer active or a QThread running, or if
    the app logs an error it did not expect (a test that expects one uses ``caplog``). Qt
    warnings fail a test through pytest-qt (``qt_log_level_fail``)."""
    before = set(threading.enumerate())
    errors = _ErrorRecords()
    app_log = logging.getLogger("outreach_coach")
    app_log.addHandler(errors)
    try:
        yield
    finally:
        app_log.removeHandler(errors)
    problems = _leaked_threads(before) + _active_qt_timers()
    if errors.records and "caplog" not in request.fixturenames:
        problems += [f"logged {r.levelname} ({r.name}): {r.getMessage()}" for r in errors.records]
    if problems:
        pytest.fail("; ".join(problems), pytrace=False)


def _leaked_threads(before: set[threading.Thread]) -> list[str]:
    new = [
        thread
        for thread in threading.enumerate()
        if thread not in before and not thread.name.startswith(LIBRARY_THREADS)
    ]
    for thread in new:
        thread.join(THREAD_GRACE_S)
    return [f"thread {thread.name!r} still running" for thread in new if thread.is_alive()]


def _active_qt_timers() -> list[str]:
    """Our active QTimers and running QThreads in the widgets still alive (if Qt is loaded)."""
    if "PySide6.QtWidgets" not in sys.modules:
        return []
    from PySide6.QtCore import QThread, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return []
    found: list[str] = []
    for widget in QApplication.topLevelWidgets():
        for timer in widget.findChildren(QTimer):
            owner = timer.parent()
            # ours only: Qt's own widgets keep timers of their own (QStatusBar's message timeout)
            if timer.isActive() and type(owner).__module__.startswith("outreach_coach"):
                name = type(owner).__name__
                found.append(f"QTimer of {name} in {type(widget).__name__} still active")
        found += [
            f"QThread in {type(widget).__name__} still running"
            for thread in widget.findChildren(QThread)
            if thread.isRunning()
        ]
    return found


@pytest.fixture(scope="session")
def rules_analyzer() -> Analyzer:
    """The real analyzer with the shipped catalogs and no embedding model."""
    return Analyzer(builtin_catalogs(), references=builtin_references())


@pytest.fixture(scope="session")
def use_analyzer() -> Analyzer:
    """The real analyzer with the default model (multilingual USE), loaded once."""
    from outreach_coach.services.embedders import EmbedderChoice
    from outreach_coach.services.session import build_analyzer

    analyzer = build_analyzer(choice=EmbedderChoice("use"))
    assert analyzer.embedder is not None
    return analyzer


@pytest.fixture(scope="session")
def minilm_analyzer() -> Analyzer:
    """The real analyzer with the bundled sentence-transformers model (all-MiniLM-L6-v2)."""
    from outreach_coach.services.embedders import EmbedderChoice
    from outreach_coach.services.session import build_analyzer

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

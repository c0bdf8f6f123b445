"""Grammar in the window: its own lane, real LanguageTool, one-click (one-undo) fixes."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from outreach_coach.app import build_main_window
from outreach_coach.core.model import Category
from outreach_coach.services.languagetool import GrammarSettings

if TYPE_CHECKING:
    from collections.abc import Iterator

    from pytestqt.qtbot import QtBot

    from outreach_coach.ui.main_window import MainWindow


@pytest.fixture
def grammar_window(
    qtbot: QtBot, isolated_data_dir: Path, languagetool_url: str, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    monkeypatch.setenv("OUTREACH_COACH_LANGUAGETOOL", languagetool_url)
    window = build_main_window(str(isolated_data_dir))
    qtbot.add_widget(window)
    window.show()
    window.grammar_lane.start()
    qtbot.wait_until(lambda: "ready" in window.grammar_status.text(), timeout=60000)
    yield window
    window.shutdown()


@pytest.mark.languagetool
def test_grammar_mistake_is_underlined_and_fixed_in_one_undo(
    qtbot: QtBot, grammar_window: MainWindow
) -> None:
    editor = grammar_window.editor
    editor.textCursor().insertText("😀 Hi Anna, I has a question about your talk.")
    text = editor.toPlainText()
    qtbot.wait_until(
        lambda: (
            grammar_window.shown_report is not None
            and any(f.category == Category.GRAMMAR for f in grammar_window.shown_report.findings)
        ),
        timeout=60000,
    )
    report = grammar_window.shown_report
    assert report is not None
    has = next(f for f in report.findings if f.category == Category.GRAMMAR)
    assert text[has.start : has.end] == "has"
    assert "LanguageTool" in grammar_window.grammar_status.text()
    cursor = editor.textCursor()
    cursor.setPosition(text.index("has") + 2)  # + 1 for the emoji's second UTF-16 unit
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_Period, Qt.KeyboardModifier.ControlModifier)
    assert editor.toPlainText() == text.replace("I has", "I have")
    editor.undo()
    assert editor.toPlainText() == text


@pytest.mark.languagetool
def test_stale_grammar_results_are_dropped(qtbot: QtBot, grammar_window: MainWindow) -> None:
    editor = grammar_window.editor
    editor.setPlainText("I has a question.")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    editor.textCursor().insertText(" And we has more.")
    text = editor.toPlainText()

    def grammar_of_current_text() -> bool:
        report = grammar_window.shown_report
        return (
            report is not None
            and report.revision == grammar_window.revision
            and sum(f.category == Category.GRAMMAR for f in report.findings) >= 2
        )

    qtbot.wait_until(grammar_of_current_text, timeout=60000)
    report = grammar_window.shown_report
    assert report is not None
    spans = [text[f.start : f.end] for f in report.findings if f.category == Category.GRAMMAR]
    assert spans.count("has") == 2  # offsets of the text on screen, not of the first version


def test_grammar_off_says_so(qtbot: QtBot, main_window: MainWindow) -> None:
    assert not main_window.grammar_lane.enabled
    main_window.grammar_lane.start()
    assert "off" in main_window.grammar_status.text()


def _child_processes() -> set[int]:
    """Running (not zombie) child processes of this test process, from /proc."""
    children: set[int] = set()
    for task in Path("/proc/self/task").iterdir():
        children |= {int(pid) for pid in (task / "children").read_text().split()}
    return {pid for pid in children if _running(pid)}


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


@pytest.mark.languagetool
def test_shutdown_stops_the_server_it_started(qtbot: QtBot, isolated_data_dir: Path) -> None:
    from outreach_coach.ui.workers import GrammarLane
    from tests.conftest import languagetool_jars

    before = _child_processes()
    lane = GrammarLane(GrammarSettings(mode="directory", directory=str(languagetool_jars())))
    with qtbot.wait_signal(
        lane.status_changed, timeout=120000, check_params_cb=lambda s: "ready" in s
    ):
        lane.start()
    server = _child_processes() - before
    assert server, "LanguageTool runs as a child process"
    lane.shutdown()
    assert not any(_running(pid) for pid in server)


def test_local_mode_asks_before_downloading_and_respects_no(
    qtbot: QtBot, main_window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def refuse(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", refuse)
    main_window.grammar_lane.reconfigure(
        GrammarSettings(mode="local", cache_dir=str(tmp_path / "lt"))
    )
    qtbot.wait_until(lambda: bool(asked), timeout=10000)
    assert "250 MB" in asked[0]
    assert main_window.grammar_status.text() == "Grammar: off – LanguageTool not downloaded"
    assert not (tmp_path / "lt").exists()

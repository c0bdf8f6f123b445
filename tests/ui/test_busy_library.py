"""A library held by another process while the window autosaves and the command line writes
(issue 17: "a CLI import holding the database made the GUI report 'database is locked'").

The holder is a real child process with a write transaction (``tests/busy.py``); the command
line is the real one (``python -m outreach_coach``); the wait is made short or long through the
public ``OUTREACH_COACH_BUSY_TIMEOUT``. Synchronised by the children's output and Qt signals,
no sleeps.
"""

from __future__ import annotations

import os
import select
import subprocess
import sys
from typing import TYPE_CHECKING

from outreach_coach.storage.db import ENV_BUSY_TIMEOUT
from outreach_coach.storage.library import Library
from outreach_coach.storage.profiles import Profile
from outreach_coach.ui.banner import Banner
from tests.busy import holding_the_library
from tests.ui.test_second_window_and_signals import open_window

if TYPE_CHECKING:
    from pathlib import Path

    import pytest
    from pytestqt.qtbot import QtBot

    from outreach_coach.ui.main_window import MainWindow

BUSY = "the library is busy"


def person_with_draft(data: Path) -> int:
    library = Library.open(data)
    try:
        person = library.profiles.add(Profile(name="Anna Berg", company="Acme"))
        assert person.id is not None
        library.drafts.save(person.id, "Liebe Anna")
        return person.id
    finally:
        library.close()


def stored(data: Path, person_id: int) -> tuple[str | None, list[str]]:
    """The saved draft and the recorded messages, read by a fresh connection."""
    library = Library.open(data)
    try:
        draft = library.drafts.current(person_id)
        sent = [message.text for message in library.history.messages(person_id)]
        return (draft.text if draft else None), sent
    finally:
        library.close()


def record_with_the_cli(message: Path, data: Path) -> subprocess.Popen[str]:
    """``history record`` through the real command line, in its own process."""
    return subprocess.Popen(
        [
            *(sys.executable, "-m", "outreach_coach"),
            *("history", "record", str(message), "--recipient", "Anna Berg"),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ, OUTREACH_COACH_DATA_DIR=str(data)),
    )


def stderr_line(process: subprocess.Popen[str], timeout: float = 120.0) -> str:
    assert process.stderr is not None
    ready, _, _ = select.select([process.stderr], [], [], timeout)
    assert ready, f"no line on the command's stderr within {timeout} s"
    return process.stderr.readline().strip()


def unsaved(window: MainWindow) -> bool:
    assert window.library_controller is not None
    return window.library_controller.unsaved


def busy_warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if BUSY in r.getMessage()]


def errors(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]


def test_released_in_time_the_autosave_and_the_cli_both_write(
    qtbot: QtBot,
    isolated_data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,  # the 'busy, waiting' warning is the cue to let go
) -> None:
    monkeypatch.setenv(ENV_BUSY_TIMEOUT, "120")  # far longer than the hold
    anna = person_with_draft(isolated_data_dir)
    message = tmp_path / "sent.txt"
    message.write_text("Hallo Anna, danke für den Vortrag.", encoding="utf-8")
    window = open_window(qtbot, isolated_data_dir)
    controller = window.library_controller
    assert controller is not None
    assert window.library is not None
    assert window.library.db.busy_timeout == 120
    failed: list[str] = []
    controller.autosave.failed.connect(failed.append)
    try:
        with holding_the_library(isolated_data_dir) as holder:
            cli = record_with_the_cli(message, isolated_data_dir)
            try:
                window.editor.selectAll()
                qtbot.keyClicks(window.editor, "Liebe Anna, typed while the library is busy")
                # the autosave (its own thread, after the 1 s pause) finds the library busy
                qtbot.waitUntil(lambda: bool(busy_warnings(caplog)), timeout=30000)
                assert BUSY in stderr_line(cli)  # and so does the command line: both wait
                assert cli.poll() is None
                assert failed == []
                with qtbot.waitSignal(controller.autosave.saved, timeout=120000):
                    holder.release()
                assert cli.wait(timeout=120) == 0
            finally:
                if cli.poll() is None:
                    cli.kill()
                out, err = cli.communicate(timeout=30)
        assert "recorded message" in out
        assert "Traceback" not in err
        assert failed == []
        assert not unsaved(window)
        assert window.findChild(Banner, "banner_unsaved") is None
        draft, sent = stored(isolated_data_dir, anna)
        assert draft == "Liebe Anna, typed while the library is busy"
        assert sent == ["Hallo Anna, danke für den Vortrag."]
    finally:
        window.shutdown()
    assert errors(caplog) == []


def test_held_too_long_the_draft_is_kept_and_shown_unsaved(
    qtbot: QtBot,
    isolated_data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,  # the refused save is a warning, never an ERROR
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    monkeypatch.setenv(ENV_BUSY_TIMEOUT, "0.2")
    anna = person_with_draft(isolated_data_dir)
    message = tmp_path / "sent.txt"
    message.write_text("Hallo Anna, danke für den Vortrag.", encoding="utf-8")
    typed = "Liebe Anna, typed while the library is held too long"
    window = open_window(qtbot, isolated_data_dir)
    controller = window.library_controller
    assert controller is not None
    try:
        with holding_the_library(isolated_data_dir):
            cli = record_with_the_cli(message, isolated_data_dir)
            out, err = cli.communicate(timeout=120)
            assert cli.returncode == 1
            assert out == ""
            assert "Traceback" not in err
            assert err.strip().splitlines()[-1] == (
                "outreach-coach: the library is busy: another Outreach Coach window or command "
                "kept it locked for more than 0.2 s; nothing was changed"
            )

            window.editor.selectAll()
            with qtbot.waitSignal(controller.autosave.failed, timeout=30000):
                qtbot.keyClicks(window.editor, typed)
            assert window.editor.toPlainText() == typed  # the draft stays in the editor
            assert unsaved(window)
            banner = window.findChild(Banner, "banner_unsaved")
            assert banner is not None
            assert banner.isVisible()
            assert "Not saved: the library is busy" in banner.label.text()
            recovery = controller.last_recovery
            assert recovery is not None
            assert recovery.read_text(encoding="utf-8") == typed

            def answer_cancel() -> None:
                box = QApplication.activeModalWidget()
                assert isinstance(box, QMessageBox)
                box.button(QMessageBox.StandardButton.Cancel).click()

            QTimer.singleShot(0, answer_cancel)
            assert window.close() is False  # closing saves first, fails again, and asks
            assert window.isVisible()
            assert stored(isolated_data_dir, anna) == ("Liebe Anna", [])  # nothing written

        # the other process let go: the next keystroke saves everything, the banner goes
        with qtbot.waitSignal(controller.autosave.saved, timeout=30000):
            qtbot.keyClicks(window.editor, ".")
        assert not unsaved(window)
        assert not banner.isVisible()
        assert stored(isolated_data_dir, anna) == (typed + ".", [])
    finally:
        window.shutdown()
    assert errors(caplog) == []
    lane = [r for r in caplog.records if r.name == "outreach_coach.jobs"]
    assert lane
    assert all(r.levelname == "WARNING" and r.exc_info is None for r in lane)
    assert any(BUSY in r.getMessage() for r in lane)

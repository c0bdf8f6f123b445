"""A second window on one data folder, a person deleted elsewhere, SIGINT/SIGTERM (issue 17).

Real files, real processes (the first window runs in a subprocess through the command line's
own entry point), real signals; no mocks, no sleeps.
"""

from __future__ import annotations

import os
import select
import signal
import stat
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from outreach_coach.app import build_main_window
from outreach_coach.cli import main as cli_main
from outreach_coach.storage.library import Library
from outreach_coach.storage.profiles import Profile
from outreach_coach.ui.banner import Banner
from outreach_coach.ui.instance import LOCK_NAME, DataFolderLock, data_folder_lock
from outreach_coach.ui.signals import close_on_signals

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from outreach_coach.ui.main_window import MainWindow

# The app as a user starts it (cli.main → run_gui), plus one timer that types into the editor
# once the window is up and then says "ready" (the test's cue to send a signal).
FIRST_WINDOW = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from outreach_coach.app import create_application
from outreach_coach.cli import main
from outreach_coach.ui.main_window import MainWindow

app = create_application()

def type_then_ready():
    windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    if not windows:
        QTimer.singleShot(0, type_then_ready)
        return
    windows[0].editor.selectAll()
    QTest.keyClicks(windows[0].editor, sys.argv[2])
    print("ready", flush=True)

QTimer.singleShot(0, type_then_ready)
sys.exit(main(["--data-dir", sys.argv[1], "--embeddings", "off"]))
"""

HOLD_LOCK = r"""
import sys
from pathlib import Path
from outreach_coach.ui.instance import DataFolderLock
lock = DataFolderLock(Path(sys.argv[1]))
print("locked" if lock.held else "not locked", flush=True)
sys.stdin.read()
"""


def person_with_draft(data: Path, name: str = "Anna Berg", text: str = "Original") -> int:
    library = Library.open(data)
    try:
        person = library.profiles.add(Profile(name=name, company="Acme"))
        assert person.id is not None
        library.drafts.save(person.id, text)
        return person.id
    finally:
        library.close()


def saved_draft(data: Path, person_id: int) -> str | None:
    library = Library.open(data)
    try:
        draft = library.drafts.current(person_id)
        return draft.text if draft else None
    finally:
        library.close()


def read_line(process: subprocess.Popen[str], timeout: float = 90.0) -> str:
    """The child's next line, waiting at most ``timeout`` (no sleeping, no endless hang)."""
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], timeout)
    assert ready, f"no line from the child within {timeout} s"
    return process.stdout.readline().strip()


@pytest.fixture
def anna(isolated_data_dir: Path) -> int:
    return person_with_draft(isolated_data_dir)


@pytest.fixture
def first_window(
    isolated_data_dir: Path, tmp_path: Path, anna: int
) -> Iterator[subprocess.Popen[str]]:
    """The first window in its own process, holding the data folder, with a typed draft for
    Anna (the person it reopens)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with (tmp_path / "child-stderr.txt").open("w") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-c", FIRST_WINDOW, str(isolated_data_dir), "Typed in the first"],
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            env=env,
        )
        try:
            yield process
        finally:
            if process.poll() is None:
                process.kill()
            process.wait(timeout=30)
            assert process.stdout is not None
            process.stdout.close()


def open_window(qtbot: QtBot, data: Path) -> MainWindow:
    window = build_main_window(str(data))
    qtbot.add_widget(window)
    window.show()
    qtbot.wait_exposed(window)
    return window


def retype(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.editor.selectAll()
    qtbot.keyClicks(window.editor, text)
    assert window.editor.toPlainText() == text


def test_second_window_is_read_only_and_cannot_overwrite_the_first(
    qtbot: QtBot, isolated_data_dir: Path
) -> None:
    anna = person_with_draft(isolated_data_dir)
    first = open_window(qtbot, isolated_data_dir)
    second = open_window(qtbot, isolated_data_dir)
    assert first.findChild(Banner, "banner_another_window") is None
    banner = second.findChild(Banner, "banner_another_window")
    assert banner is not None
    assert banner.isVisible()
    assert "Another Outreach Coach window uses this library" in banner.label.text()
    assert "changes here are not saved" in banner.label.text()
    assert banner.findChild(type(second.actions_by_key["copy"]), "copy_draft") is not None
    assert banner.findChild(type(second.actions_by_key["copy"]), "save_draft_as") is not None
    lock = data_folder_lock(first)
    assert lock is not None
    assert lock.held
    assert stat.S_IMODE((isolated_data_dir / LOCK_NAME).stat().st_mode) == 0o600
    assert second.library is not None
    assert second.library.db.path is None  # a copy in memory: the people are there to see
    assert second.editor.toPlainText() == "Original"

    retype(qtbot, first, "From the first window")
    retype(qtbot, second, "From the second window")
    for window in (first, second):
        assert window.library_controller is not None
        window.library_controller.autosave.flush()
    second.shutdown()
    assert saved_draft(isolated_data_dir, anna) == "From the first window"
    first.shutdown()
    lock.release()
    assert saved_draft(isolated_data_dir, anna) == "From the first window"

    third = open_window(qtbot, isolated_data_dir)  # the folder is free again
    assert third.findChild(Banner, "banner_another_window") is None
    assert third.library is not None
    assert third.library.db.path is not None
    third.shutdown()


def test_second_process_is_read_only_while_the_first_runs(
    qtbot: QtBot, isolated_data_dir: Path, anna: int, first_window: subprocess.Popen[str]
) -> None:
    assert read_line(first_window) == "ready"
    second = open_window(qtbot, isolated_data_dir)
    banner = second.findChild(Banner, "banner_another_window")
    assert banner is not None
    assert banner.isVisible()
    assert str(first_window.pid) in banner.label.toolTip()
    retype(qtbot, second, "From the second process")
    assert second.library_controller is not None
    second.library_controller.autosave.flush()
    second.shutdown()

    first_window.send_signal(signal.SIGINT)  # Ctrl+C in the terminal: closes like Ctrl+Q
    assert first_window.wait(timeout=60) == 0
    assert saved_draft(isolated_data_dir, anna) == "Typed in the first"


def test_sigterm_saves_the_draft_and_exits_0(
    isolated_data_dir: Path, anna: int, first_window: subprocess.Popen[str]
) -> None:
    assert read_line(first_window) == "ready"
    first_window.send_signal(signal.SIGTERM)
    assert first_window.wait(timeout=60) == 0
    assert saved_draft(isolated_data_dir, anna) == "Typed in the first"
    assert not (isolated_data_dir / LOCK_NAME).exists()  # released on the way out


def test_sigint_in_process_closes_like_ctrl_q_and_saves_first(
    qtbot: QtBot, isolated_data_dir: Path
) -> None:
    """Within the autosave's 1 s pause: the text is on disk only because closing saved it."""
    anna = person_with_draft(isolated_data_dir)
    window = open_window(qtbot, isolated_data_dir)
    # what the process had before: Python's default handler, or SIG_IGN when the test run
    # was started as a background job of a non-interactive shell
    before = signal.getsignal(signal.SIGINT)
    bridge = close_on_signals(window)
    try:
        retype(qtbot, window, "Saved by the close")
        assert window.library_controller is not None
        assert window.library_controller.autosave.pending
        os.kill(os.getpid(), signal.SIGINT)
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=10000)
        assert saved_draft(isolated_data_dir, anna) == "Saved by the close"
    finally:
        bridge.uninstall()
        window.shutdown()
    assert signal.getsignal(signal.SIGINT) is before  # given back as it was


def test_a_lock_left_by_a_killed_process_is_stale(isolated_data_dir: Path) -> None:
    isolated_data_dir.mkdir(parents=True, exist_ok=True)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(isolated_data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert read_line(holder) == "locked"
        alive = DataFolderLock(isolated_data_dir)
        assert alive.elsewhere
        assert not alive.held
        assert str(holder.pid) in alive.owner
    finally:
        holder.kill()  # a crash: no unlock, the lock file stays
        holder.wait(timeout=30)
        for stream in (holder.stdin, holder.stdout):
            if stream is not None:
                stream.close()
    assert (isolated_data_dir / LOCK_NAME).exists()
    after_crash = DataFolderLock(isolated_data_dir)
    assert after_crash.held
    assert not after_crash.elsewhere
    after_crash.release()


def test_an_unreadable_lock_file_is_stale_only_when_old(isolated_data_dir: Path) -> None:
    isolated_data_dir.mkdir(parents=True, exist_ok=True)
    path = isolated_data_dir / LOCK_NAME
    path.write_text("garbage")
    fresh = DataFolderLock(isolated_data_dir)  # perhaps a window writing it right now
    assert fresh.elsewhere
    old = path.stat().st_mtime - 3600
    os.utime(path, (old, old))
    left_over = DataFolderLock(isolated_data_dir)
    assert left_over.held
    left_over.release()


def test_a_person_deleted_meanwhile_keeps_the_draft(
    qtbot: QtBot, isolated_data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    person_with_draft(isolated_data_dir, "Anna Berg", "Liebe Anna")
    window = open_window(qtbot, isolated_data_dir)
    try:
        check_deleted_meanwhile(qtbot, isolated_data_dir, window)
    finally:
        window.shutdown()  # no question on the way out, also when a check failed
    assert not [r for r in caplog.records if r.levelname == "ERROR"]
    gone = [r for r in caplog.records if r.name == "outreach_coach.jobs"]  # the autosave's
    assert gone
    assert all(r.levelname == "WARNING" and r.exc_info is None for r in gone)
    assert all("the person was deleted elsewhere" in r.getMessage() for r in gone)


def unsaved(window: MainWindow) -> bool:
    assert window.library_controller is not None
    return window.library_controller.unsaved


def check_deleted_meanwhile(qtbot: QtBot, data: Path, window: MainWindow) -> None:
    from PySide6.QtGui import QTextCursor

    controller = window.library_controller
    assert controller is not None
    assert window.editor.toPlainText() == "Liebe Anna"
    assert cli_main(["profiles", "delete", "Anna Berg", "--yes"]) == 0  # the command line

    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    with qtbot.waitSignal(controller.autosave.failed, timeout=10000):
        qtbot.keyClicks(window.editor, ", danke fuer den Vortrag")
    typed = "Liebe Anna, danke fuer den Vortrag"
    assert window.editor.toPlainText() == typed
    banner = window.findChild(Banner, "banner_person_gone")
    assert banner is not None
    assert banner.isVisible()
    assert "Anna Berg was deleted elsewhere" in banner.label.text()
    assert unsaved(window)  # closing would ask
    assert controller.last_recovery is not None
    assert controller.last_recovery.read_text(encoding="utf-8") == typed

    save = banner.findChild(type(window.actions_by_key["copy"]), "save_as_new_person")
    assert save is not None
    save.trigger()
    assert not banner.isVisible()
    assert not unsaved(window)
    new_id = controller.current_id
    assert new_id is not None
    library = Library.open(data)
    try:
        people = library.profiles.all()
        assert [(p.name, p.company) for p in people] == [("Anna Berg", "Acme")]
        assert people[0].id == new_id
    finally:
        library.close()
    assert saved_draft(data, new_id) == typed

    with qtbot.waitSignal(controller.autosave.saved, timeout=10000):
        qtbot.keyClicks(window.editor, ".")
    assert saved_draft(data, new_id) == typed + "."

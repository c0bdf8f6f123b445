"""A second start on an open data folder brings the open window forward (issue 17).

Real processes: the second start is always the command line's own entry point
(``python -m outreach_coach``); the open window is this test's (with the same
``ActivationServer`` that ``run_gui`` starts) or a child's. The children are followed through
their output and the app's log file, the window through Qt signals; no sleeps.
"""

from __future__ import annotations

import os
import signal
import socket
import stat
import subprocess
import sys
from dataclasses import replace
from typing import TYPE_CHECKING

import pytest

from outreach_coach.logs import LOG_FILE_NAME
from outreach_coach.paths import app_paths
from outreach_coach.settings import load as load_settings
from outreach_coach.settings import save as save_settings
from outreach_coach.ui.instance import (
    LOCK_NAME,
    ActivationServer,
    activation_socket,
    bring_forward,
    data_folder_lock,
)
from tests.ui.test_second_window_and_signals import open_window, read_line

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from pytestqt.qtbot import QtBot


READ_ONLY = "this window is read-only"  # DataFolderLock's log line in a second window
SHOWN = "window shown"  # run_gui's log line once the window is up

# A window that holds the data folder and its activation socket but never answers: its GUI
# thread is stuck (the socket is a plain one nobody reads).
HUNG_WINDOW = r"""
import socket, sys
from pathlib import Path
from outreach_coach.ui.instance import DataFolderLock, activation_socket
folder = Path(sys.argv[1])
lock = DataFolderLock(folder)
path = activation_socket(folder)
listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
listener.bind(str(path))
listener.listen(4)
print("hung" if lock.held else "not locked", flush=True)
sys.stdin.read()
listener.close()
path.unlink()
"""

# A window that holds the data folder and answers on its socket, to be killed (-9) like a crash.
CRASHING_WINDOW = r"""
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication, QMainWindow
from outreach_coach.ui.instance import ActivationServer, DataFolderLock
app = QApplication([])
window = QMainWindow()
folder = Path(sys.argv[1])
lock = DataFolderLock(folder, window)
server = ActivationServer(window, folder)
print("listening" if lock.held and server.listening else "not listening", flush=True)
app.exec()
"""


def log_lines(data: Path, needle: str) -> int:
    path = data / "logs" / LOG_FILE_NAME
    if not path.exists():
        return 0
    return sum(needle in line for line in path.read_text(encoding="utf-8").splitlines())


def shown(process: subprocess.Popen[str], data: Path) -> bool:
    """The app's window is up (its log says so); fails at once if the app ended instead."""
    assert process.poll() is None, f"the app ended ({process.returncode}) before its window"
    return log_lines(data, SHOWN) == 1


@pytest.fixture
def start() -> Iterator[list[subprocess.Popen[str]]]:
    """Starts the app through ``python -m outreach_coach`` (stdout piped, stderr to a file);
    every child still running at the end is killed."""
    started: list[subprocess.Popen[str]] = []
    yield started
    for process in started:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=30)
        for stream in (process.stdin, process.stdout):
            if stream is not None:
                stream.close()


def second_start(
    started: list[subprocess.Popen[str]], data: Path, tmp_path: Path, *extra: str
) -> subprocess.Popen[str]:
    with (tmp_path / f"second-{len(started)}.err").open("w") as stderr:
        process = subprocess.Popen(
            [
                *(sys.executable, "-m", "outreach_coach"),
                *("--data-dir", str(data), "--embeddings", "off", *extra),
            ],
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        )
    started.append(process)
    return process


def child(started: list[subprocess.Popen[str]], script: str, data: Path) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", script, str(data)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    started.append(process)
    return process


ALREADY_OPEN = {
    "en": "Outreach Coach is already open for {folder}; brought it to the front.\n",
    "de": "Outreach Coach ist für {folder} schon geöffnet; das Fenster wurde nach vorn geholt.\n",
}


@pytest.mark.parametrize("language", ["en", "de"])
def test_second_start_brings_the_open_window_to_the_front(
    qtbot: QtBot,
    isolated_data_dir: Path,
    tmp_path: Path,
    start: list[subprocess.Popen[str]],
    language: str,
) -> None:
    config = app_paths(str(isolated_data_dir)).config
    save_settings(config, replace(load_settings(config)[0], ui_language=language))
    window = open_window(qtbot, isolated_data_dir)
    server = ActivationServer(window, isolated_data_dir)
    try:
        assert server.listening
        assert server.path == activation_socket(isolated_data_dir)
        assert server.path is not None
        assert stat.S_ISSOCK(server.path.stat().st_mode)
        assert not stat.S_IMODE(server.path.stat().st_mode) & 0o077  # the user only
        assert not stat.S_IMODE(server.path.parent.stat().st_mode) & 0o077
        assert str(isolated_data_dir) not in server.path.name  # a hash, not the path
        window.showMinimized()
        qtbot.waitUntil(window.isMinimized, timeout=10000)

        with qtbot.waitSignal(server.raised, timeout=120000):
            second = second_start(start, isolated_data_dir, tmp_path)
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=60000)
        assert second.returncode == 0
        assert second.stdout is not None
        assert second.stdout.read() == ALREADY_OPEN[language].format(folder=isolated_data_dir)
        assert not window.isMinimized()
        assert window.isVisible()
        lock = data_folder_lock(window)
        assert lock is not None
        assert lock.held  # the second start never took the folder
        assert log_lines(isolated_data_dir, READ_ONLY) == 0  # and opened no window of its own
    finally:
        server.close()
        window.shutdown()
    assert not bring_forward(isolated_data_dir)  # closed: a later start opens its own window


def test_new_window_opens_a_read_only_window_beside_the_open_one(
    qtbot: QtBot, isolated_data_dir: Path, tmp_path: Path, start: list[subprocess.Popen[str]]
) -> None:
    window = open_window(qtbot, isolated_data_dir)
    server = ActivationServer(window, isolated_data_dir)
    raised: list[bool] = []
    server.raised.connect(lambda: raised.append(True))
    try:
        assert server.listening
        second = second_start(start, isolated_data_dir, tmp_path, "--new-window")
        qtbot.waitUntil(lambda: log_lines(isolated_data_dir, SHOWN) == 1, timeout=120000)
        assert log_lines(isolated_data_dir, READ_ONLY) == 1
        assert raised == []  # not asked
        second.send_signal(signal.SIGTERM)
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=60000)
        assert second.returncode == 0
        assert second.stdout is not None
        assert second.stdout.read() == ""
    finally:
        server.close()
        window.shutdown()


def test_a_window_that_does_not_answer_gets_a_read_only_window_beside_it(
    qtbot: QtBot, isolated_data_dir: Path, tmp_path: Path, start: list[subprocess.Popen[str]]
) -> None:
    isolated_data_dir.mkdir(parents=True, exist_ok=True)
    hung = child(start, HUNG_WINDOW, isolated_data_dir)
    assert read_line(hung) == "hung"
    assert not bring_forward(isolated_data_dir, timeout_ms=200)  # connects, no answer

    second = second_start(start, isolated_data_dir, tmp_path)
    # after the short wait for an answer: a window of its own
    qtbot.waitUntil(lambda: shown(second, isolated_data_dir), timeout=120000)
    assert log_lines(isolated_data_dir, READ_ONLY) == 1
    second.send_signal(signal.SIGTERM)
    assert second.wait(timeout=60) == 0
    assert second.stdout is not None
    assert second.stdout.read() == ""
    assert hung.stdin is not None
    hung.stdin.close()
    assert hung.wait(timeout=30) == 0


def test_a_socket_left_by_a_crashed_window_is_not_waited_for(
    qtbot: QtBot, isolated_data_dir: Path, tmp_path: Path, start: list[subprocess.Popen[str]]
) -> None:
    isolated_data_dir.mkdir(parents=True, exist_ok=True)
    crashing = child(start, CRASHING_WINDOW, isolated_data_dir)
    assert read_line(crashing) == "listening"
    assert bring_forward(isolated_data_dir)  # alive: it answers
    crashing.kill()
    crashing.wait(timeout=30)
    path = activation_socket(isolated_data_dir)
    assert path is not None
    assert path.exists()  # left behind, as after a crash
    assert (isolated_data_dir / LOCK_NAME).exists()
    with (
        socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe,
        pytest.raises(ConnectionRefusedError),  # nobody listens: refused at once
    ):
        probe.connect(str(path))

    second = second_start(start, isolated_data_dir, tmp_path)
    qtbot.waitUntil(lambda: shown(second, isolated_data_dir), timeout=120000)
    assert log_lines(isolated_data_dir, READ_ONLY) == 0  # the stale lock was taken
    assert bring_forward(isolated_data_dir)  # and the new window answers on the same name
    second.send_signal(signal.SIGTERM)
    assert second.wait(timeout=60) == 0
    assert second.stdout is not None
    assert second.stdout.read() == ""
    assert not path.exists()  # the socket goes with the window
    assert not (isolated_data_dir / LOCK_NAME).exists()

"""Pathological input: a megabyte pasted into the window, and `check` on 5 MB, all without
sentence punctuation (one endless "sentence": the case that once took gigabytes).

Window: the default model loaded, a 1 MB paste of unpunctuated words in lines of 20–120 words
into the editor, then keys typed at a normal pace (every 150 ms) while the paste is analysed
and after. A key is planned on a timer; its latency runs from the planned moment until the
editor holds the new character, so a GUI thread busy with the megabyte's report (or anything
else) counts against it. Then the same megabyte as one line, beside a bare QPlainTextEdit
with that line: Qt lays out a whole paragraph again on every key, which no analysis causes.
`check`: the command line on 5 MB in one line, in a child process, its peak resident memory
(``getrusage`` of the children) and wall time.

python -m benchmarks.bench_paste            # 1 MB pastes, 40 keys; check on 5 MB
python -m benchmarks.bench_paste --quick    # 50 kB pastes, 5 keys; check on 200 kB (the test suite)
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPlainTextEdit

from benchmarks.bench_keystroke import NOTES, load_model, wait_for_panel
from benchmarks.stats import summary
from outreach_coach.app import build_main_window, create_application

if TYPE_CHECKING:
    from outreach_coach.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[1]
KEY_GOAL_MS = 100.0  # issue 15: a 1 MB paste keeps keystrokes ≤ 100 ms in the window
RSS_GOAL_MB = 500.0  # issue 15: ≤ 500 MB resident for a 5 MB `check`
KEY_GAP_MS = 150
_WORDS = (
    "wir unterstützen Sie gerne bei Ihrem nächsten Projekt mit innovativen Lösungen und "
    "freuen uns auf Ihre Rückmeldung zum Angebot we help teams grow faster with proven "
    "strategies and would love to hear back from you about the offer Daten Plattform Team "
    "Hamburg Berlin Logistik pipeline schema contract dashboard"
)


def unpunctuated(size: int, seed: int = 15, lines: bool = False) -> str:
    """``size`` characters of German and English words without any sentence punctuation,
    varied so that no embedding or finding is cached from a repetition; in one line, or in
    lines of 20–120 words (a pasted list or log)."""
    words = _WORDS.split(" ")
    chosen = random.Random(seed)
    parts: list[str] = []
    length = 0
    line_end = chosen.randint(20, 120)
    while length < size:
        word = chosen.choice(words) + (str(chosen.randrange(100)) if chosen.random() < 0.1 else "")
        if lines and len(parts) == line_end:
            word = "\n" + word
            line_end += chosen.randint(20, 120)
        parts.append(word)
        length += len(word) + 1
    return " ".join(parts)[:size]


def window_with_model(data_dir: str) -> MainWindow:
    """The window on ``data_dir`` with notes, a greeting and the default model loaded."""
    app = create_application()
    window = build_main_window(data_dir)
    window.show()
    QTest.qWaitForWindowExposed(window)
    window.recipient_form.notes_edit.setPlainText(NOTES)
    window.editor.setPlainText("Hallo Jana,\n\n")
    load_model(app, window)
    wait_for_panel(window, window.revision)
    return window


def typed_on_a_timer(window: MainWindow, keys: int) -> list[float]:
    """Latencies of ``keys`` keys planned every ``KEY_GAP_MS`` from now: from the planned
    moment until the character is in the editor. Waits in an event loop, as the app does
    (``QTest.qWait`` holds the interpreter lock while it waits and starves the analysis
    thread: the paste's analysis took 3.4 s of wall time for 0.7 s of CPU under it)."""
    latencies: list[float] = []
    loop = QEventLoop()

    def type_key(planned: float) -> None:
        length = window.editor.document().characterCount()
        QTest.keyClick(window.editor, Qt.Key.Key_A)
        if window.editor.document().characterCount() != length + 1:
            raise SystemExit("a key typed after the paste did not land in the editor")
        latencies.append(time.perf_counter() - planned)
        if len(latencies) == keys:
            loop.quit()

    timers: list[QTimer] = []
    start = time.perf_counter()
    for index in range(keys):
        planned = start + (index + 1) * KEY_GAP_MS / 1000
        timer = QTimer()
        timer.setSingleShot(True)
        timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse one may fire 5 % early
        timer.timeout.connect(lambda planned=planned: type_key(planned))
        timer.start((index + 1) * KEY_GAP_MS)
        timers.append(timer)
    QTimer.singleShot(600_000, loop.quit)  # a guard: the check below says what went wrong
    loop.exec()
    if len(latencies) < keys:
        raise SystemExit(f"only {len(latencies)} of {keys} keys landed within 600 s")
    return latencies


def window_paste(size: int, keys: int, lines: bool) -> None:
    with tempfile.TemporaryDirectory() as data_dir:
        window = window_with_model(data_dir)
        text = unpunctuated(size, lines=lines)
        shape = "in lines" if lines else "in one line"
        began = time.perf_counter()
        window.editor.insertPlainText(text)  # what a paste does: one edit of the document
        pasted = time.perf_counter() - began
        paste_revision = window.revision
        print(f"paste of {size / 1e6:.2f} MB {shape} into the editor: {pasted * 1000:.0f} ms")

        panel_at: list[float] = []

        def report_shown(_report: object) -> None:
            shown = window.shown_report
            if not panel_at and shown is not None and shown.revision >= paste_revision:
                panel_at.append(time.perf_counter() - began)

        window.lane.report_ready.connect(report_shown)
        if lines:
            latencies = typed_on_a_timer(window, keys)
            name = f"key typed during and after the paste {shape}, until it is in the editor"
            goal = f" (goal: ≤ {KEY_GOAL_MS:g} ms)"
        else:  # each key takes longer than the gap: timed one by one, not queued up
            latencies = typed_one_by_one(window.editor, keys)
            name = f"key typed after the paste {shape}, until shown (one by one)"
            goal = " (no goal: see the bare editor)"
        wait_for_panel(window, window.revision, timeout_ms=600_000)
        if not panel_at:
            raise SystemExit("the panel never showed the paste's report")
        print(summary(name, latencies) + goal)
        print(f"paste until the panel showed its findings: {panel_at[0]:.1f} s")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"window's peak resident memory so far: {peak:.0f} MB")
        window.shutdown()


def pause(milliseconds: int) -> None:
    """Wait in an event loop, as the app does (``QTest.qWait`` holds the interpreter lock)."""
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def typed_one_by_one(editor: QPlainTextEdit, keys: int) -> list[float]:
    """Key press until Qt has handled it and the events it caused, ``KEY_GAP_MS`` apart."""
    app = create_application()
    latencies: list[float] = []
    for _ in range(keys):
        pause(KEY_GAP_MS)
        began = time.perf_counter()
        QTest.keyClick(editor, Qt.Key.Key_A)
        app.processEvents()
        latencies.append(time.perf_counter() - began)
    return latencies


def bare_editor(size: int, keys: int) -> None:
    """Qt's own floor for the one-line megabyte: a QPlainTextEdit with nothing connected."""
    editor = QPlainTextEdit()
    editor.resize(700, 500)
    editor.show()
    QTest.qWaitForWindowExposed(editor)
    editor.setPlainText(unpunctuated(size))
    editor.moveCursor(QTextCursor.MoveOperation.End)
    latencies = typed_one_by_one(editor, keys)
    print(summary("the same one line in a bare QPlainTextEdit, key until shown", latencies))
    editor.close()


def check_memory(size: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "flat.txt"
        path.write_text(unpunctuated(size, seed=5), encoding="utf-8")
        env = dict(os.environ)
        env["XDG_DATA_HOME"] = env["XDG_CONFIG_HOME"] = env["XDG_STATE_HOME"] = folder
        env["XDG_CACHE_HOME"] = folder
        began = time.perf_counter()
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "outreach_coach",
                "check",
                "--no-grammar",
                "--lang",
                "de",
                "--json",
                str(path),
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
        wall = time.perf_counter() - began
    if result.returncode not in (0, 1):  # 1: findings were reported
        raise SystemExit(f"check failed ({result.returncode}): {result.stderr[-2000:]}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(
        f"check on {size / 1e6:.1f} MB without sentence punctuation (no grammar, USE): "
        f"{wall:.1f} s, peak resident memory {peak:.0f} MB (goal: ≤ {RSS_GOAL_MB:g} MB)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small inputs (the test suite)")
    args = parser.parse_args()
    size, keys = (50_000, 5) if args.quick else (1_000_000, 40)
    check_memory(200_000 if args.quick else 5_000_000)
    window_paste(size, keys, lines=True)
    window_paste(size, 3 if args.quick else 10, lines=False)
    bare_editor(size, 3 if args.quick else 10)


if __name__ == "__main__":
    main()

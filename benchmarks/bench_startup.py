"""Cold start to a visible, typeable editor, measured in fresh processes.

Each run starts a new interpreter (as a user does), builds the window the way the app does
(``build_main_window(later=True)``: the editor with its draft first, the rest after its first
paint), shows it and waits until it is exposed, gives the editor the focus and types a key.
The time includes interpreter start and every import on the way. Every run uses a new, empty
data folder, so it is a first run: the welcome example fills the editor and the key lands at
the cursor inside it. The run then waits until the rest of the window is built (panel, people,
menus, the library) and checks that the key is still in the draft: the next line is that time,
from the start of the process. A third line times only the part inside the process from
building the window to the key (without interpreter start and imports, which vary most on a
busy machine). A fourth starts again on the same folder – the usual start: the library exists,
the draft is restored.

Bytecode: an installed app starts from compiled bytecode (pip writes the ``.pyc`` files at
install time, an editable checkout writes them on its first start). A machine that sets
``PYTHONDONTWRITEBYTECODE`` never has them for this checkout and compiles every module of ours
from source at every start, so the children get a bytecode folder of their own
(``PYTHONPYCACHEPREFIX``, filled by one untimed warm-up run and removed afterwards). Another
line measures the first start with the environment as given (on such a machine: compiling
from source every time), and the last the floor: a bare PySide6 window with a menu and a text
field, shown and typed into the same way – what no change to this app can go below.

python -m benchmarks.bench_startup            # 10 runs of each
python -m benchmarks.bench_startup --quick    # 1 run of each (the test suite: does it still work?)
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time

from benchmarks.stats import summary

CHILD = r"""
import sys, time
from outreach_coach.app import build_main_window, create_application
from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtTest import QTest
app = create_application()
building = time.perf_counter()
window = build_main_window(sys.argv[1], later=True)
window.show()
QTest.qWaitForWindowExposed(window)
window.activateWindow()
window.editor.setFocus()
before = window.editor.toPlainText()
position = window.editor.textCursor().position()
QTest.keyClick(window.editor, Qt.Key.Key_H)
typed = window.editor.toPlainText()
if typed != before[:position] + "h" + before[position:]:
    print(f"the key did not land: {len(before)} -> {len(typed)} characters", flush=True)
    raise SystemExit(1)
print(f"ready {time.perf_counter() - building:.6f}", flush=True)
if window.building:
    loop = QEventLoop()  # not app.quit(): that closes the window
    window.completed.connect(loop.quit)
    loop.exec()
app.processEvents()  # widgets added to a shown layout show in the next turn
if window.editor.toPlainText() != typed or not window.panel.isVisible():
    print("the complete window lost the key or has no panel", flush=True)
    raise SystemExit(1)
print("complete", flush=True)
window.shutdown()
"""

FLOOR = r"""
import sys, time
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit
app = QApplication(sys.argv[:1])
building = time.perf_counter()
window = QMainWindow()
editor = QPlainTextEdit(window)
window.setCentralWidget(editor)
window.menuBar().addMenu("&File")
window.show()
QTest.qWaitForWindowExposed(window)
window.activateWindow()
editor.setFocus()
QTest.keyClick(editor, Qt.Key.Key_H)
if editor.toPlainText() != "h":
    raise SystemExit(1)
print(f"ready {time.perf_counter() - building:.6f}", flush=True)
print("complete", flush=True)
"""

RUNS = int(os.environ.get("BENCH_RUNS", "10"))


def start(code: str, env: dict[str, str], data_dir: str = "") -> tuple[float, float, float]:
    """One fresh process, in ``data_dir`` or a new data folder: (start → key landed, start →
    window complete, window built → key)."""
    with tempfile.TemporaryDirectory() as new_dir:
        started = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, "-c", code, data_dir or new_dir],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )  # stderr passes through: a traceback in the child shows up here
        assert process.stdout is not None
        line = process.stdout.readline()
        elapsed = time.perf_counter() - started
        last = process.stdout.readline()
        complete = time.perf_counter() - started
        exit_code = process.wait(timeout=60)
    word, _, built_to_key = line.partition(" ")
    if word != "ready" or last.strip() != "complete" or exit_code != 0:
        raise SystemExit(f"child failed (exit {exit_code}): {line!r} {last!r}")
    return elapsed, complete, float(built_to_key)


def main() -> None:
    runs = 1 if "--quick" in sys.argv else RUNS
    given = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    with tempfile.TemporaryDirectory() as bytecode:
        compiled = {k: v for k, v in given.items() if k != "PYTHONDONTWRITEBYTECODE"}
        compiled["PYTHONPYCACHEPREFIX"] = bytecode
        start(CHILD, compiled)  # warm-up: writes the bytecode, not timed
        start(FLOOR, compiled)
        timings: list[float] = []
        complete: list[float] = []
        in_process: list[float] = []
        again: list[float] = []
        from_source: list[float] = []
        floor: list[float] = []
        for _ in range(runs):  # interleaved, so a change in load hits every line alike
            with tempfile.TemporaryDirectory() as data_dir:
                elapsed, completed, built_to_key = start(CHILD, compiled, data_dir)
                again.append(start(CHILD, compiled, data_dir)[0])
            timings.append(elapsed)
            complete.append(completed)
            in_process.append(built_to_key)
            from_source.append(start(CHILD, given)[0])
            floor.append(start(FLOOR, compiled)[0])
    print(summary("cold start to typeable editor", timings) + " (goal: ≤ 250 ms)")
    print(summary("  the whole window built (panel, people, menus, library)", complete))
    print(summary("  of which building the window until the key lands", in_process))
    print(summary("second start: the library exists, the draft is restored", again))
    dont_write = os.environ.get("PYTHONDONTWRITEBYTECODE", "") != ""
    source_note = " (PYTHONDONTWRITEBYTECODE is set: compiled at every start)" if dont_write else ""
    print(summary("first start, environment as given" + source_note, from_source))
    print(summary("floor: a bare PySide6 window with a menu and a text field", floor))


if __name__ == "__main__":
    main()

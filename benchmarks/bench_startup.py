"""Cold start to a visible, typeable editor, measured in fresh processes.

Each run starts a new interpreter (as a user does), builds the window through the real
bootstrap, shows it and waits until the editor has focus and accepts a key. The time
includes interpreter start and every import on the way. Every run uses a new, empty data
folder, so it is a first run: the welcome example fills the editor and the key lands at the
cursor inside it. A second line times only the part inside the process from building the
window to the key (without interpreter start and imports, which vary most on a busy machine):
the part the first analysis used to slow down by starting while the window was built.

python -m benchmarks.bench_startup            # 10 runs
python -m benchmarks.bench_startup --quick    # 1 run (the test suite: does it still work?)
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
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
app = create_application()
building = time.perf_counter()
window = build_main_window(sys.argv[1])
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
window.shutdown()
"""

RUNS = int(os.environ.get("BENCH_RUNS", "10"))


def main() -> None:
    runs = 1 if "--quick" in sys.argv else RUNS
    timings: list[float] = []
    in_process: list[float] = []
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as data_dir:
            started = time.perf_counter()
            process = subprocess.Popen(
                [sys.executable, "-c", CHILD, data_dir], stdout=subprocess.PIPE, text=True, env=env
            )  # stderr passes through: a traceback in the child shows up here
            assert process.stdout is not None
            line = process.stdout.readline()
            elapsed = time.perf_counter() - started
            code = process.wait(timeout=60)
            word, _, built_to_key = line.partition(" ")
            if word != "ready" or code != 0:
                raise SystemExit(f"child failed (exit {code}): {line!r}")
            timings.append(elapsed)
            in_process.append(float(built_to_key))
    print(summary("cold start to typeable editor", timings) + " (goal: ≤ 250 ms)")
    print(summary("  of which building the window until the key lands", in_process))


if __name__ == "__main__":
    main()

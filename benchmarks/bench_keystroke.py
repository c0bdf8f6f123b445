"""Keystroke-to-panel latency: one key typed, until the panel shows that revision's report.

Measured with the real window, the shipped catalogs and (once loaded) the default
embedding model, on a 150-word draft with notes, as a user types at the end of the text.

python -m benchmarks.bench_keystroke --rules-only   # 60 keys (BENCH_KEYS), rules only
python -m benchmarks.bench_keystroke                # the same with the default model
python -m benchmarks.bench_keystroke --quick        # 3 keys (the test suite)
"""

from __future__ import annotations

import os
import sys
import tempfile
import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from benchmarks.stats import summary
from outreach_coach.app import build_main_window, create_application

NOTES = """- spoke at PyCon DE 2025 about data contracts between teams
- leads the data platform team at Nordlicht Logistik in Hamburg
- wrote a post on on-call fatigue in small teams
- previously at a Berlin fintech, moved to logistics in 2023"""
DRAFT = (
    "Hi Jana,\n"
    "your talk at PyCon DE on data contracts stayed with me, especially the part where the "
    "producing team owns the schema and the consumers sign off on changes. We are trying the "
    "same at our company and keep tripping over versioning. "
) * 3
KEYS = int(os.environ.get("BENCH_KEYS", "60"))


def main() -> None:
    app = create_application()
    with tempfile.TemporaryDirectory() as data_dir:
        window = build_main_window(data_dir)
        window.show()
        QTest.qWaitForWindowExposed(window)
        window.recipient_form.notes_edit.setPlainText(NOTES)
        window.editor.setPlainText(DRAFT)
        with_model = "--rules-only" not in sys.argv
        quick = "--quick" in sys.argv
        if with_model:
            window.start_loaders()
            deadline = time.monotonic() + 120
            while "USE" not in window.model_status.text() and time.monotonic() < deadline:
                app.processEvents()
                time.sleep(0.01)
            if "USE" not in window.model_status.text():
                raise SystemExit(f"model not loaded: {window.model_status.text()!r}")
        cursor = window.editor.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        window.editor.setTextCursor(cursor)
        timings: list[float] = []
        for index in range(3 if quick else KEYS):
            QTest.qWait(
                20 if quick else 150
            )  # an isolated keystroke, as a user typing at a normal pace
            started = time.perf_counter()
            QTest.keyClick(window.editor, Qt.Key.Key_A if index % 5 else Qt.Key.Key_Space)
            target = window.revision
            while window.shown_report is None or window.shown_report.revision != target:
                app.processEvents()
            timings.append(time.perf_counter() - started)
        label = "with model" if with_model else "rules only"
        words = len(window.editor.toPlainText().split())
        print(summary(f"keystroke to panel ({label}, {words} words)", timings))
        window.shutdown()


if __name__ == "__main__":
    main()

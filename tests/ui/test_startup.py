"""Start-up imports only what showing and typing need (issue #15: typeable within 250 ms).

The window is built in a fresh interpreter, as a user starts it: what is imported by the
time ``show()`` returns is what every start pays for. The rules, the model's code, the copy
checks and the dialogs load later – where they are used, or on the analysis thread – and the
window built this way is still the whole window, and the first analysis still comes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMenu

from outreach_coach.app import build_main_window

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtGui import QAction
    from pytestqt.qtbot import QtBot

    from outreach_coach.ui.main_window import MainWindow

# Each is tens of milliseconds or more at start-up, and none is needed to show and type.
NOT_BEFORE_SHOW = (
    "numpy",
    "sentence_transformers",
    "jsonschema",
    "urllib.request",
    "ahocorasick",
    "PySide6.QtNetwork",
    "outreach_coach.core.analyzer",
    "outreach_coach.core.rules.catalog",
    "outreach_coach.core.history.near_duplicates",
    "outreach_coach.core.history.mass_message",
    "outreach_coach.core.score.references",
    "outreach_coach.services.mass_history",
    "outreach_coach.services.embedders",
    "outreach_coach.storage.transfer",
    "outreach_coach.ui.settings_dialog",
    "outreach_coach.ui.replies",
    "outreach_coach.ui.library_dialogs",
)

CHILD = r"""
import json, sys
from outreach_coach.app import build_main_window, create_application
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMenu
app = create_application()
window = build_main_window(sys.argv[1])
window.show()
at_show = sorted(sys.modules)
menus = [m.title() for m in window.menuBar().findChildren(QMenu) if m.parent() is window.menuBar()]
shown = {
    "modules": at_show,
    "menus": menus,
    "draft": window.editor.toPlainText(),
    "panel": window.panel.isVisible(),
}
reports = []
window.lane.report_ready.connect(lambda report: (reports.append(report.revision), app.quit()))
QTimer.singleShot(60000, app.quit)  # a bound: a missing report fails the test, not hangs it
app.exec()  # until the first analysis of the example draft is painted
shown["reports"] = reports
shown["after_first_report"] = sorted(sys.modules)
print(json.dumps(shown), flush=True)
window.shutdown()
"""


@pytest.mark.slow
def test_nothing_heavy_is_imported_before_show(tmp_path: Path) -> None:
    """A fresh process: the first-run window is complete at ``show()`` without the heavy
    modules, and they do load for the first analysis (so the lazy imports still work)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("OUTREACH_COACH_EMBEDDINGS", None)
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "first-start")],  # not the isolated one
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    shown = json.loads(result.stdout.strip().splitlines()[-1])
    early = set(NOT_BEFORE_SHOW) & set(shown["modules"])
    assert not early, f"imported before show(): {sorted(early)}"
    assert shown["panel"]
    assert {"&File", "&View", "&Library", "&Help"} <= set(shown["menus"])
    assert shown["draft"].strip(), "the first-run example fills the editor"
    assert shown["reports"], "the first analysis was painted"
    later = set(shown["after_first_report"])
    assert {"outreach_coach.core.analyzer", "outreach_coach.core.rules.catalog"} <= later


def test_a_key_typed_before_the_event_loop_runs_is_analysed(
    qtbot: QtBot, isolated_data_dir: Path
) -> None:
    """The first analysis waits for the event loop; a key typed before that is kept, and the
    report painted is for the text with the key."""
    window = build_main_window(str(isolated_data_dir))
    qtbot.add_widget(window)
    window.show()
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_H)  # no event processed since show()
    qtbot.keyClicks(window.editor, "i Anna")
    assert window.editor.toPlainText() == "hi Anna"
    qtbot.wait_until(
        lambda: window.shown_report is not None and window.shown_report.revision == window.revision,
        timeout=10000,
    )
    assert window.editor.toPlainText() == "hi Anna"
    window.shutdown()


def _menu_action(window: MainWindow, menu: str, item: str) -> QAction:
    [found] = [m for m in window.menuBar().findChildren(QMenu) if m.title() == menu]
    [action] = [a for a in found.actions() if a.text() == item]
    return action


def _opened_dialog(qtbot: QtBot, action: QAction) -> str:
    """Trigger an action that opens a modal dialog, close it; the dialog's class name."""
    seen: list[str] = []

    def close_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, close_dialog)
            return
        seen.append(type(dialog).__name__)
        assert isinstance(dialog, QDialog)
        dialog.reject()

    QTimer.singleShot(0, close_dialog)
    action.trigger()
    qtbot.wait_until(lambda: bool(seen), timeout=5000)
    return seen[0]


def test_dialogs_imported_on_first_use_still_open(qtbot: QtBot, main_window: MainWindow) -> None:
    """The settings, sent-messages and ignored-matches dialogs load when first opened."""
    sent = _menu_action(main_window, "&Library", "&Sent messages…")
    assert _opened_dialog(qtbot, sent) == "SentMessagesDialog"
    ignored = _menu_action(main_window, "&Library", "&Ignored matches…")
    assert _opened_dialog(qtbot, ignored) == "RemovableListDialog"
    settings = main_window.actions_by_key["settings"]
    assert _opened_dialog(qtbot, settings) == "SettingsDialog"

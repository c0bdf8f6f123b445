"""Start-up imports only what showing and typing need (issue #15: typeable within 250 ms).

The window is built in a fresh interpreter, as a user starts it (``build_main_window(later=
True)``): what is imported by the time ``show()`` returns is what every start pays for – the
shell, an editor with the restored draft or the first-run example. The panel, the people, the
menus, the lanes and the library's side are built after the editor's first paint; the rules,
the model's code, the copy checks and the dialogs load later still. The window built this way
is the same whole window, a key typed before it was complete is kept, saved and analysed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QSplitter, QWidget

from outreach_coach.app import build_main_window
from outreach_coach.storage.db import DB_NAME
from outreach_coach.storage.drafts import peek_last_edited
from outreach_coach.storage.library import Library
from outreach_coach.storage.profiles import Profile
from outreach_coach.ui.instance import data_folder_lock

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtGui import QAction
    from pytestqt.qtbot import QtBot

    from outreach_coach.ui.main_window import MainWindow

# Each is tens of milliseconds or more at start-up, and none is needed to show and type.
NOT_BEFORE_SHOW: tuple[str, ...] = (
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
    "outreach_coach.core.score.policy",
    "outreach_coach.services.mass_history",
    "outreach_coach.services.embedders",
    "outreach_coach.services.session",
    "outreach_coach.services.languagetool",
    "outreach_coach.storage.transfer",
    "outreach_coach.ui.settings_dialog",
    "outreach_coach.ui.replies",
    "outreach_coach.ui.library_dialogs",
    "outreach_coach.ui.coach_panel",
    "outreach_coach.ui.library_controller",
    "outreach_coach.ui.workers",
    "outreach_coach.ui.loaders",
)
# the library is opened after show(): the shell reads the last draft straight from the file
NOT_BEFORE_SHOW += (
    "outreach_coach.core.model",
    "outreach_coach.storage.library",
    "outreach_coach.storage.history",
)
NOT_BEFORE_FIRST_SHOW = ("sqlite3",)  # a first start has no library file yet

CHILD = r"""
import json, sys
from outreach_coach.app import build_main_window, create_application
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu
app = create_application()
window = build_main_window(sys.argv[1], later=True)
window.show()
shown = {"modules": sorted(sys.modules), "draft": window.editor.toPlainText()}
QTest.keyClick(window.editor, Qt.Key.Key_H)  # at once, before the rest is built
shown["building_at_key"] = window.building
shown["typed"] = window.editor.toPlainText()


def wait(done, signal):
    # a bound: a missing signal fails the test, not hangs it; not app.quit(): it closes windows
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(60000, loop.quit)
    if not done():
        loop.exec()


wait(lambda: not window.building, window.completed)
app.processEvents()  # widgets added to a shown layout show in the next turn
bar = window.menuBar()
shown["menus"] = [m.title() for m in bar.findChildren(QMenu) if m.parent() is bar and m.title()]
shown["panel"] = window.panel.isVisible()
shown["people"] = window.profiles_panel.isVisible()
shown["complete_draft"] = window.editor.toPlainText()
shown["focus"] = window.focusWidget() is window.editor
def current():
    report = window.shown_report
    return report is not None and report.revision == window.revision


wait(current, window.lane.report_ready)
shown["analysed"] = current()
shown["after_first_report"] = sorted(sys.modules)
print(json.dumps(shown), flush=True)
window.shutdown()
"""


def _start(folder: Path) -> dict[str, Any]:
    """The app's start in a fresh interpreter on ``folder``; what the child saw."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("OUTREACH_COACH_EMBEDDINGS", None)
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(folder)],  # not the isolated one: a real first start
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    shown: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return shown


@pytest.mark.slow
def test_nothing_heavy_is_imported_before_show(tmp_path: Path) -> None:
    """A fresh process: the first-run window shows the example without the heavy modules; a
    key typed at once lands before the rest is built, and stays; the complete window has its
    panel, people and menus, paints the first analysis of the typed text, and the heavy
    modules do load for it (so the lazy imports still work). A second start shows the saved
    draft, with the key, before its rest is built too."""
    first = _start(tmp_path / "first-start")
    early = set(NOT_BEFORE_SHOW + NOT_BEFORE_FIRST_SHOW) & set(first["modules"])
    assert not early, f"imported before show(): {sorted(early)}"
    draft = str(first["draft"])
    assert draft.strip(), "the first-run example fills the editor"
    assert first["building_at_key"], "the key came before the rest of the window"
    typed = str(first["typed"])
    assert typed == "h" + draft
    assert first["complete_draft"] == typed
    assert first["panel"]
    assert first["people"]
    assert first["focus"]
    assert first["menus"] == ["&File", "&View", "&Library", "&Help"]
    assert first["analysed"], "the first analysis of the typed text was painted"
    later = set(first["after_first_report"])
    assert {"outreach_coach.core.analyzer", "outreach_coach.core.rules.catalog"} <= later

    second = _start(tmp_path / "first-start")
    early = set(NOT_BEFORE_SHOW) & set(second["modules"])
    assert not early, f"imported before show(): {sorted(early)}"
    assert second["draft"] == typed, "the draft with the key was saved and is shown at once"
    assert second["building_at_key"]
    assert second["complete_draft"] == "h" + typed
    assert second["analysed"]


def _menus(window: MainWindow) -> list[tuple[str, list[str]]]:
    bar = window.menuBar()
    return [
        (menu.title(), [action.text() for action in menu.actions()])
        for menu in bar.findChildren(QMenu)
        if menu.parent() is bar and menu.title()  # not the bar's untitled overflow menu
    ]


def _close(window: MainWindow) -> None:
    """Shut down and give up the data folder's lock, as quitting the app does."""
    window.shutdown()
    lock = data_folder_lock(window)
    assert lock is not None
    lock.release()


def _tab_chain(window: MainWindow) -> list[QWidget]:
    """The widgets Tab goes through, in order."""
    chain: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible():
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def _shape(qtbot: QtBot, window: MainWindow) -> dict[str, object]:
    """What the user sees of a complete, shown window."""
    qtbot.wait_until(window.panel.isVisible)
    return {
        "menus": _menus(window),
        "shortcuts": sorted(a.shortcut().toString() for a in window.actions()),
        "splitters": [s.sizes() for s in window.findChildren(QSplitter)],
        "person": window.recipient_form.name_edit.text(),
        "draft": window.editor.toPlainText(),
        "size": (window.width(), window.height()),
        "status": [w.text() for w in (window.grammar_status, window.model_status)],
        "tab": [type(w).__name__ for w in _tab_chain(window)],
    }


def test_the_window_built_later_is_the_same_window(qtbot: QtBot, isolated_data_dir: Path) -> None:
    """The deferred path ends in the same window as the synchronous one: the restored person
    and draft (the draft already in the shell, before the rest is built), the same menus and
    shortcuts, the panel, the remembered size and splitters."""
    first = build_main_window(str(isolated_data_dir))
    qtbot.add_widget(first)
    first.recipient_form.name_edit.setText("Anna Berg")
    first.editor.setPlainText("Hallo Anna,\ndein Vortrag über Datenverträge hat mir geholfen.")
    first.library_controller.new_person()  # type: ignore[union-attr]
    first.resize(760, 560)
    splitter = first.findChild(QSplitter, "people_splitter")
    assert splitter is not None
    splitter.setSizes([100, 500])
    _close(first)

    at_once = build_main_window(str(isolated_data_dir))
    qtbot.add_widget(at_once)
    at_once.show()
    qtbot.wait_exposed(at_once)
    expected = _shape(qtbot, at_once)
    _close(at_once)

    later = build_main_window(str(isolated_data_dir), later=True)
    qtbot.add_widget(later)
    assert later.editor.toPlainText() == expected["draft"], "the shell has the draft"
    assert later.building
    with qtbot.wait_signal(later.completed, timeout=10000):
        later.show()
    try:
        assert _shape(qtbot, later) == expected
        assert expected["person"] == "Anna Berg"
        # the editor joined the window first, yet Tab reaches it after the recipient form
        chain = _tab_chain(later)
        name = chain.index(later.recipient_form.name_edit)
        assert name < chain.index(later.editor) == chain.index(later.copy_button) - 1
        qtbot.wait_until(
            lambda: later.shown_report is not None and later.shown_report.revision == later.revision
        )
    finally:
        _close(later)


def test_a_key_typed_before_the_rest_is_built_is_kept_saved_and_analysed(
    qtbot: QtBot, isolated_data_dir: Path
) -> None:
    """Typed into the shell: the restore of the library's side keeps it (and the cursor), the
    autosave writes it, the first report is for the text with the key."""
    first = build_main_window(str(isolated_data_dir))
    qtbot.add_widget(first)
    first.editor.setPlainText("Hallo Anna")
    _close(first)

    window = build_main_window(str(isolated_data_dir), later=True)
    qtbot.add_widget(window)
    window.show()
    cursor = window.editor.textCursor()
    cursor.setPosition(len("Hallo"))
    window.editor.setTextCursor(cursor)
    qtbot.keyClick(window.editor, Qt.Key.Key_Comma)  # no event processed since show()
    assert window.building
    with qtbot.wait_signal(window.completed, timeout=10000):
        pass
    assert window.editor.toPlainText() == "Hallo, Anna"
    assert window.editor.textCursor().position() == len("Hallo,")
    qtbot.keyClicks(window.editor, " liebe")
    qtbot.wait_until(
        lambda: window.shown_report is not None and window.shown_report.revision == window.revision,
        timeout=10000,
    )
    assert window.editor.toPlainText() == "Hallo, liebe Anna"
    _close(window)
    again = build_main_window(str(isolated_data_dir))
    qtbot.add_widget(again)
    assert again.editor.toPlainText() == "Hallo, liebe Anna"
    _close(again)


def test_a_window_closed_before_it_was_complete_saves_what_was_typed(
    qtbot: QtBot, isolated_data_dir: Path
) -> None:
    """A quit right after the start completes the window first, so the key is saved."""
    window = build_main_window(str(isolated_data_dir), later=True)
    qtbot.add_widget(window)
    window.show()
    qtbot.keyClicks(window.editor, "Hi")
    assert window.building
    _close(window)
    assert window.is_complete
    again = build_main_window(str(isolated_data_dir))
    qtbot.add_widget(again)
    assert again.editor.toPlainText() == "Hi"
    _close(again)


def test_the_last_draft_is_read_straight_from_the_file(isolated_data_dir: Path) -> None:
    """What the shell shows is what the library restores (the draft edited last); nothing
    without a file; None for a file that is not a library, so that the app opens the library
    before show() and it says why."""
    assert peek_last_edited(isolated_data_dir) == ""
    library = Library.open(isolated_data_dir)
    assert peek_last_edited(isolated_data_dir) == ""
    first = library.profiles.add(Profile(name="Anna Berg"))
    second = library.profiles.add(Profile(name="Ben Kurz"))
    library.drafts.save(first.id, "Hallo Anna")
    library.drafts.save(second.id, "Hallo Ben")
    library.drafts.save(first.id, "Hallo Anna, noch einmal")
    last = library.drafts.last_edited()
    assert last is not None
    assert last.text in {"Hallo Ben", "Hallo Anna, noch einmal"}  # the same second: Ben's id
    assert peek_last_edited(isolated_data_dir) == last.text
    library.close()
    assert peek_last_edited(isolated_data_dir) == last.text
    (isolated_data_dir / DB_NAME).write_bytes(b"not a library" * 100)
    assert peek_last_edited(isolated_data_dir) is None


def test_a_window_that_is_never_painted_is_completed_all_the_same(
    qtbot: QtBot, isolated_data_dir: Path
) -> None:
    """Started minimised, the editor is not painted: the rest is built a moment later anyway
    (the loaders start from ``completed``)."""
    window = build_main_window(str(isolated_data_dir), later=True)
    qtbot.add_widget(window)
    assert window.building
    with qtbot.wait_signal(window.completed, timeout=10000):
        pass
    assert window.is_complete
    assert not window.isVisible()
    _close(window)


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

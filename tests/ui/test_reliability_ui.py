"""The window under hostile conditions: permissions, read-only folders, failed saves, a second
window, signals. Real files, a real offscreen QApplication, no mocks."""

from __future__ import annotations

import os
import stat
from typing import TYPE_CHECKING

from outreach_coach.app import build_main_window
from outreach_coach.ui.window_layout import save_layout

if TYPE_CHECKING:
    from pathlib import Path

    import pytest
    from pytestqt.qtbot import QtBot


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_window_ini_is_private_from_the_start(qtbot: QtBot, isolated_data_dir: Path) -> None:
    old = os.umask(0)
    try:
        window = build_main_window(str(isolated_data_dir))
        qtbot.add_widget(window)
        save_layout(window, window.config_dir)
        save_layout(
            window, window.config_dir
        )  # QSettings rewrites the file atomically: the mode stays
        ini = window.config_dir / "window.ini"
        assert ini.exists()
        assert mode(ini) == 0o600
        window.shutdown()
    finally:
        os.umask(old)


def test_read_only_data_folder_opens_a_window_with_a_banner(
    qtbot: QtBot, isolated_data_dir: Path
) -> None:
    from outreach_coach.ui.banner import Banner
    from tests.protect import read_only

    with read_only(isolated_data_dir):
        window = build_main_window(str(isolated_data_dir))
        qtbot.add_widget(window)
        window.show()
        qtbot.wait_exposed(window)
        banner = window.findChild(Banner, "banner_temporary_library")
        assert banner is not None
        assert banner.isVisible()
        assert "cannot be written" in banner.label.text()
        assert "Read-only file system" in banner.label.text() or "ermission" in banner.label.text()
        assert window.library is not None
        assert window.library.db.path is None  # in memory
        qtbot.keyClicks(window.editor, "Hallo Anna")
        copy = banner.findChild(type(window.actions_by_key["copy"]), "copy_draft")
        assert copy is not None
        copy.trigger()
        from PySide6.QtWidgets import QApplication

        assert QApplication.clipboard().text() == "Hallo Anna"
        window.shutdown()


def test_a_failed_save_keeps_the_draft_and_quit_asks(
    qtbot: QtBot, isolated_data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:  # caplog: the refused save is logged as a warning, without a traceback
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from outreach_coach.storage.library import Library
    from outreach_coach.ui.banner import Banner
    from tests.protect import read_only

    Library.open(isolated_data_dir).close()  # an existing library, then made read-only
    with read_only(isolated_data_dir / "library.sqlite3"):
        window = build_main_window(str(isolated_data_dir))
        qtbot.add_widget(window)
        window.show()
        qtbot.wait_exposed(window)
        controller = window.library_controller
        assert controller is not None
        with qtbot.waitSignal(controller.autosave.failed, timeout=10000):
            qtbot.keyClicks(window.editor, "Liebe Anna, danke fuer den Vortrag")
        banner = window.findChild(Banner, "banner_unsaved")
        assert banner is not None
        assert banner.isVisible()
        assert "Not saved" in banner.label.text()
        recovery = controller.last_recovery
        assert recovery is not None
        assert recovery.read_text(encoding="utf-8").startswith("Liebe Anna")
        assert mode(recovery) == 0o600

        def answer_cancel() -> None:
            box = QApplication.activeModalWidget()
            assert isinstance(box, QMessageBox)
            box.button(QMessageBox.StandardButton.Cancel).click()

        QTimer.singleShot(0, answer_cancel)
        assert window.close() is False  # quit asked, and the user kept the window
        assert window.isVisible()
        assert window.editor.toPlainText().startswith("Liebe Anna")
        window.shutdown()
    assert not [r for r in caplog.records if r.levelname == "ERROR"]
    refused = [r for r in caplog.records if r.name == "outreach_coach.jobs"]
    assert refused
    assert all(r.levelname == "WARNING" and r.exc_info is None for r in refused)
    assert all("cannot be written" in r.getMessage() for r in refused)

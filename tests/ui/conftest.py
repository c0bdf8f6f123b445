"""A real main window with the shipped catalogs; models load only where a test asks."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from outreach_coach.app import build_main_window

if TYPE_CHECKING:
    from collections.abc import Iterator

    from PySide6.QtWidgets import QApplication
    from pytestqt.qtbot import QtBot

    from outreach_coach.ui.main_window import MainWindow

SCREENSHOTS = Path(__file__).resolve().parent.parent / "_screenshots"


@pytest.fixture
def main_window(qtbot: QtBot, isolated_data_dir: Path) -> Iterator[MainWindow]:
    window = build_main_window(str(isolated_data_dir))
    qtbot.add_widget(window)
    window.show()
    qtbot.wait_exposed(window)
    yield window
    window.shutdown()


@pytest.fixture(autouse=True)
def clear_clipboard_after_test(qapp: QApplication) -> Iterator[None]:
    """WORKAROUND: an offscreen QApplication that still owns clipboard data at exit segfaults."""
    yield
    qapp.clipboard().clear()

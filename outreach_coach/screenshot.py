"""``outreach-coach --screenshot FILE.png``: render the real main window to a PNG and exit.

Used for the README's pictures: a temporary data folder (the user's library is never
touched), the interface language and palette asked for, the first-run example if wanted,
and the real embedding model, so the score in the picture is the one a user would see.
"""

from __future__ import annotations

import logging
import tempfile
import time
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QPalette

from outreach_coach.app import build_main_window, create_application
from outreach_coach.assets import welcome_example
from outreach_coach.paths import app_paths
from outreach_coach.settings import Settings
from outreach_coach.settings import save as save_settings
from outreach_coach.ui.clipboard import clear_clipboard_on_quit

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)
MODEL_WAIT_SECONDS = 90


def dark_palette() -> QPalette:
    """A dark palette for the Fusion style (what a dark desktop theme hands to Qt)."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#2b2b2b",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#3d7bd9",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#353535",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
    }
    for role, color in roles.items():
        palette.setColor(role, QColor(color))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#8a8a8a"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#8a8a8a"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#8a8a8a"))
    return palette


def apply_theme(app: QApplication, theme: str) -> None:
    app.setStyle("Fusion")
    app.setPalette(dark_palette() if theme == "dark" else app.style().standardPalette())


def take_screenshot(
    path: Path, language: str = "en", theme: str = "light", example: bool = True
) -> int:
    """Render the window once the model has loaded and the newest report is painted."""
    app = create_application()
    clear_clipboard_on_quit(app)
    apply_theme(app, theme)
    result = {"saved": False}
    with tempfile.TemporaryDirectory(prefix="outreach-coach-screenshot-") as folder:
        save_settings(
            app_paths(folder).config,
            replace(Settings(), ui_language=language, first_run_done=True),
        )
        window = build_main_window(folder)
        if example and window.library_controller is not None:
            window.library_controller.add_example(welcome_example(language))
        window.resize(1400, 860)
        window.show()
        window.start_loaders()
        deadline = time.monotonic() + MODEL_WAIT_SECONDS
        timer = QTimer()

        def check() -> None:
            report = window.shown_report
            settled = report is not None and report.revision == window.revision
            if (settled and window.loaders.model_settled) or time.monotonic() > deadline:
                timer.stop()
                QTimer.singleShot(300, finish)  # the last paint

        def finish() -> None:
            result["saved"] = window.grab().save(str(path))
            window.shutdown()
            app.quit()

        timer.timeout.connect(check)
        timer.start(100)
        app.exec()
    if not result["saved"]:
        log.error("could not write %s", path)
        return 1
    return 0

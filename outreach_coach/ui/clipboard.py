"""Export the polished draft to the clipboard, and leave nothing behind at exit."""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QApplication

from outreach_coach.core.export import polished


def copy_polished(text: str) -> str:
    """Put the polished text on the clipboard; return what was copied."""
    result = polished(text)
    mime = QMimeData()
    mime.setText(result)
    QApplication.clipboard().setMimeData(mime)
    return result


def clear_clipboard_on_quit(app: QApplication) -> None:
    """WORKAROUND: an offscreen QApplication that owns clipboard data segfaults at exit."""
    app.aboutToQuit.connect(lambda: QApplication.clipboard().clear())

"""Export the polished draft to the clipboard, and leave nothing behind at exit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtWidgets import QApplication

from outreach_coach.core.export import polished

if TYPE_CHECKING:
    from collections.abc import Callable


def copy_polished(text: str) -> str:
    """Put the polished text on the clipboard; return what was copied."""
    result = polished(text)
    mime = QMimeData()
    mime.setText(result)
    QApplication.clipboard().setMimeData(mime)
    return result


def copy_and_record(
    text: str, record_sent: Callable[[str], str] | None, show_status: Callable[[str, int], None]
) -> None:
    """The Copy command: the polished draft on the clipboard, recorded as sent when there is a
    library (``record_sent`` says what it recorded), and a status line saying so."""
    copied = copy_polished(text)
    recorded = record_sent(copied) if record_sent is not None else ""
    message = QCoreApplication.translate(
        "MainWindow", "Copied {count} characters to the clipboard (polished)."
    ).format(count=len(copied))
    show_status(message + recorded, 5000)


def clear_clipboard_on_quit(app: QApplication) -> None:
    """WORKAROUND: an offscreen QApplication that owns clipboard data segfaults at exit."""
    app.aboutToQuit.connect(lambda: QApplication.clipboard().clear())

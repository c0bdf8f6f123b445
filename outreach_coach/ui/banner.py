"""A banner above the window's contents for states the user must not miss: a library that
cannot be written, a draft that is not saved, another window on the same data folder.

It is a fixed toolbar, so no layout needs to know about it; each banner has a key, and
showing the same key again replaces its text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QToolBar

from outreach_coach.files import write_private
from outreach_coach.ui.clipboard import copy_polished

if TYPE_CHECKING:
    from collections.abc import Callable


class Banner(QToolBar):
    def __init__(self, window: QMainWindow, key: str) -> None:
        super().__init__(window)
        self.setObjectName(f"banner_{key}")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(self.tr("Notice"))
        self.addWidget(self.label)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self)


def show_banner(window: QMainWindow, key: str, text: str) -> Banner:
    """Show (or update) the banner ``key`` with ``text``."""
    banner = window.findChild(Banner, f"banner_{key}")
    if banner is None:
        banner = Banner(window, key)
    banner.label.setText(text)
    banner.show()
    return banner


def hide_banner(window: QMainWindow, key: str) -> None:
    banner = window.findChild(Banner, f"banner_{key}")
    if banner is not None:
        banner.hide()


def add_draft_actions(banner: Banner, window: QMainWindow, draft: Callable[[], str]) -> None:
    """Offer to copy the draft or save it to a file of the user's choice."""
    if banner.property("draft_actions"):
        return
    banner.setProperty("draft_actions", True)
    copy = banner.addAction(banner.tr("Copy draft"))
    copy.setObjectName("copy_draft")
    copy.triggered.connect(lambda: copy_polished(draft()))
    save = banner.addAction(banner.tr("Save draft as…"))
    save.setObjectName("save_draft_as")
    save.triggered.connect(lambda: _save_draft_as(window, draft()))


def _save_draft_as(window: QMainWindow, text: str) -> None:
    from pathlib import Path

    path, _ = QFileDialog.getSaveFileName(window, window.tr("Save draft as"), "draft.txt")
    if not path:
        return
    try:
        write_private(Path(path), text)
    except (OSError, ValueError) as error:
        QMessageBox.warning(window, window.tr("Save draft as"), str(error))


def show_temporary_library(window: QMainWindow, reason: str, draft: Callable[[], str]) -> Banner:
    """The library folder or file cannot be written: say so for the whole session and offer
    to copy or save the draft elsewhere."""
    banner = show_banner(
        window,
        "temporary_library",
        window.tr(
            "Your library cannot be written ({reason}). This session uses a temporary library "
            "in memory: nothing you type is kept after you quit. Copy or save your draft to "
            "keep it."
        ).format(reason=reason),
    )
    add_draft_actions(banner, window, draft)
    return banner

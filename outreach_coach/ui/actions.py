"""Every action and its shortcut in one table, so menus and the keyboard stay in sync."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """A user command: its id, label, shortcut and status-bar tip."""

    key: str
    label: str
    shortcut: str
    tip: str


ACTIONS = (
    ActionSpec(
        "copy",
        "&Copy polished text",
        "Ctrl+Shift+C",
        "Copy the draft with trailing spaces trimmed and line endings normalised",
    ),
    ActionSpec(
        "apply_suggestion",
        "&Apply first suggestion",
        "Ctrl+.",
        "Replace the grammar or spelling mistake at the cursor with the first suggestion",
    ),
    ActionSpec("focus_editor", "Focus &editor", "Ctrl+E", "Move the keyboard focus to the draft"),
    ActionSpec(
        "focus_panel", "Focus coach &panel", "Ctrl+L", "Move the keyboard focus to the findings"
    ),
    ActionSpec(
        "focus_recipient", "Focus &recipient", "Ctrl+R", "Edit the recipient's name and notes"
    ),
    ActionSpec("settings", "&Settings…", "Ctrl+,", "Language, channel, models and LanguageTool"),
    ActionSpec("quit", "&Quit", "Ctrl+Q", "Close Outreach Coach"),
)


def create_actions(parent: QWidget) -> dict[str, QAction]:
    """Create the QActions (added to ``parent`` so their shortcuts work everywhere in it)."""
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        action = QAction(spec.label, parent)
        action.setShortcut(QKeySequence(spec.shortcut))
        action.setStatusTip(spec.tip)
        action.setToolTip(f"{spec.tip} ({spec.shortcut})")
        parent.addAction(action)
        actions[spec.key] = action
    return actions

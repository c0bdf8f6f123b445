"""Every action and its shortcut in one table, so menus and the keyboard stay in sync."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from outreach_coach.ui.i18n import QT_TRANSLATE_NOOP

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
        QT_TRANSLATE_NOOP("Actions", "&Copy polished text"),
        "Ctrl+Shift+C",
        QT_TRANSLATE_NOOP(
            "Actions", "Copy the draft with trailing spaces trimmed and line endings normalised"
        ),
    ),
    ActionSpec(
        "apply_suggestion",
        QT_TRANSLATE_NOOP("Actions", "&Apply first suggestion"),
        "Ctrl+.",
        QT_TRANSLATE_NOOP(
            "Actions",
            "Replace the grammar or spelling mistake at the cursor with the first suggestion",
        ),
    ),
    ActionSpec(
        "next_finding",
        QT_TRANSLATE_NOOP("Actions", "&Next finding"),
        "F8",
        QT_TRANSLATE_NOOP("Actions", "Select the next highlighted passage in the draft"),
    ),
    ActionSpec(
        "previous_finding",
        QT_TRANSLATE_NOOP("Actions", "&Previous finding"),
        "Shift+F8",
        QT_TRANSLATE_NOOP("Actions", "Select the previous highlighted passage in the draft"),
    ),
    ActionSpec(
        "focus_editor",
        QT_TRANSLATE_NOOP("Actions", "Focus &editor"),
        "Ctrl+E",
        QT_TRANSLATE_NOOP("Actions", "Move the keyboard focus to the draft"),
    ),
    ActionSpec(
        "focus_panel",
        QT_TRANSLATE_NOOP("Actions", "Focus coach &panel"),
        "Ctrl+L",
        QT_TRANSLATE_NOOP("Actions", "Move the keyboard focus to the findings"),
    ),
    ActionSpec(
        "focus_recipient",
        QT_TRANSLATE_NOOP("Actions", "Focus &recipient"),
        "Ctrl+R",
        QT_TRANSLATE_NOOP("Actions", "Edit the recipient's name and notes"),
    ),
    ActionSpec(
        "switch_recipient",
        QT_TRANSLATE_NOOP("Actions", "S&witch recipient"),
        "Ctrl+P",
        QT_TRANSLATE_NOOP("Actions", "Search your people and choose another recipient"),
    ),
    ActionSpec(
        "new_person",
        QT_TRANSLATE_NOOP("Actions", "&New person"),
        "Ctrl+N",
        QT_TRANSLATE_NOOP("Actions", "Add a person from what is in the form (or an empty one)"),
    ),
    ActionSpec(
        "find_person",
        QT_TRANSLATE_NOOP("Actions", "&Find person"),
        "Ctrl+F",
        QT_TRANSLATE_NOOP("Actions", "Search your people by name, company, notes or tags"),
    ),
    ActionSpec(
        "settings",
        QT_TRANSLATE_NOOP("Actions", "&Settings…"),
        "Ctrl+,",
        QT_TRANSLATE_NOOP("Actions", "Language, channel, models and LanguageTool"),
    ),
    ActionSpec(
        "shortcuts",
        QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"),
        "F1",
        QT_TRANSLATE_NOOP("Actions", "All keyboard shortcuts at a glance"),
    ),
    ActionSpec(
        "quit",
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        "Ctrl+Q",
        QT_TRANSLATE_NOOP("Actions", "Close Outreach Coach"),
    ),
)


LIBRARY_ACTIONS = ("new_person", "find_person")  # off without a library (ui/library_menu.py)


def create_actions(parent: QWidget) -> dict[str, QAction]:
    """Create the QActions (added to ``parent`` so their shortcuts work everywhere in it)."""
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        label = QCoreApplication.translate("Actions", spec.label)
        tip = QCoreApplication.translate("Actions", spec.tip)
        action = QAction(label, parent)
        action.setShortcut(QKeySequence(spec.shortcut))
        action.setStatusTip(tip)
        action.setToolTip(f"{tip} ({spec.shortcut})")
        parent.addAction(action)
        actions[spec.key] = action
    return actions

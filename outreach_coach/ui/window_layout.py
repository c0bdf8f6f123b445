"""Where the window's parts sit (people | draft | coach, the status bar) and the remembered size
and splitter positions; it takes the widgets to place, not the window's state."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QGroupBox, QSplitter, QVBoxLayout, QWidget

from outreach_coach.files import create_private

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QLabel, QMainWindow

translate = QCoreApplication.translate
# the splitters whose positions are remembered (looked up by name: walking every child of the
# window for its splitters took a millisecond of the start)
SPLITTERS = ("main_splitter", "people_splitter")


def _group(title: str, *widgets: QWidget) -> tuple[QGroupBox, QVBoxLayout]:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    for widget in widgets:
        layout.addWidget(widget)
    return box, layout


@dataclass(frozen=True, slots=True)
class Parts:
    """Where the parts built after the editor go: the people column, below the editor, the
    coach column, the status bar."""

    people: QSplitter
    draft: QVBoxLayout
    coach: QVBoxLayout
    window: QMainWindow
    editor: QWidget


def place_editor(window: QMainWindow, editor: QWidget) -> Parts:
    """The three columns (people | draft | coach) with only the editor in them yet, so the
    window shows at its final size and the editor does not move when the rest arrives. Named
    splitters, so their positions are remembered."""
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setObjectName(SPLITTERS[0])
    column = QSplitter(Qt.Orientation.Vertical)
    column.setObjectName(SPLITTERS[1])
    splitter.addWidget(_group(translate("MainWindow", "Recipient"), column)[0])
    draft_box, draft = _group(translate("MainWindow", "Draft"), editor)
    splitter.addWidget(draft_box)
    coach_box, coach = _group(translate("MainWindow", "Coach"))
    splitter.addWidget(coach_box)
    splitter.setSizes([300, 560, 420])
    splitter.setChildrenCollapsible(False)
    window.setCentralWidget(splitter)
    window.statusBar()  # there from the start: the editor keeps its height
    return Parts(column, draft, coach, window, editor)


def fill_parts(
    parts: Parts,
    people: tuple[QWidget, QWidget],
    below_draft: QWidget,
    coach: QWidget,
    status: tuple[QLabel, ...],
) -> None:
    """The people list above the recipient form, ``below_draft`` under the editor, the coach
    panel, the status labels at the right of the status bar. Tab goes through them in that
    order, the editor between the form and ``below_draft`` (it joined the window first)."""
    for widget in people:
        parts.people.addWidget(widget)
    parts.people.setSizes([260, 480])
    parts.draft.addWidget(below_draft)
    parts.coach.addWidget(coach)
    before = below_draft.previousInFocusChain()  # the form's last field: Tab leads to the draft
    while before is not None and not before.focusPolicy() & Qt.FocusPolicy.TabFocus:
        before = before.previousInFocusChain()
    if before is not None:
        QWidget.setTabOrder(before, parts.editor)
    for label in status:
        parts.window.statusBar().addPermanentWidget(label)


def _layout_store(config_dir: Path) -> QSettings:
    # created 0600 before QSettings writes it (its atomic save keeps the mode); in a read-only
    # config folder the layout is simply not remembered
    with contextlib.suppress(OSError):
        create_private(config_dir / "window.ini")
    return QSettings(str(config_dir / "window.ini"), QSettings.Format.IniFormat)


def restore_layout(window: QMainWindow, config_dir: Path, geometry: bool = True) -> None:
    """Window size and position (unless ``geometry`` is false), and where the user left the
    splitters that have their widgets: the shell restores the columns, the complete window
    the people column too."""
    store = _layout_store(config_dir)
    saved = store.value("geometry")
    if geometry and isinstance(saved, QByteArray):
        window.restoreGeometry(saved)
    for name in SPLITTERS:
        splitter = window.findChild(QSplitter, name)
        if splitter is not None and splitter.count() == 0:
            continue
        state = store.value(f"splitters/{name}")
        if splitter is not None and isinstance(state, QByteArray):
            splitter.restoreState(state)


def save_layout(window: QMainWindow, config_dir: Path) -> None:
    store = _layout_store(config_dir)
    store.setValue("geometry", window.saveGeometry())
    for name in SPLITTERS:
        splitter = window.findChild(QSplitter, name)
        if splitter is not None:
            store.setValue(f"splitters/{name}", splitter.saveState())
    store.sync()

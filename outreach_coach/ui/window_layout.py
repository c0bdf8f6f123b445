"""Where the window's parts sit (people | draft | coach, the status bar) and the remembered size
and splitter positions; it takes the widgets to place, not the window's state."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QGroupBox, QSplitter, QVBoxLayout

from outreach_coach.files import create_private

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

translate = QCoreApplication.translate
# the splitters whose positions are remembered (looked up by name: walking every child of the
# window for its splitters took a millisecond of the start)
SPLITTERS = ("main_splitter", "people_splitter")


def _group(title: str, *widgets: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    for widget in widgets:
        layout.addWidget(widget)
    return box


def place_parts(
    window: QMainWindow,
    people: tuple[QWidget, QWidget],
    draft: tuple[QWidget, ...],
    coach: QWidget,
    status: tuple[QLabel, ...],
) -> None:
    """Three columns: the people list above the recipient form, the draft, the coach; the
    status labels at the right of the status bar. Named splitters, so their positions are
    remembered."""
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setObjectName(SPLITTERS[0])
    column = QSplitter(Qt.Orientation.Vertical)
    column.setObjectName(SPLITTERS[1])
    for widget in people:
        column.addWidget(widget)
    column.setSizes([260, 480])
    splitter.addWidget(_group(translate("MainWindow", "Recipient"), column))
    splitter.addWidget(_group(translate("MainWindow", "Draft"), *draft))
    splitter.addWidget(_group(translate("MainWindow", "Coach"), coach))
    splitter.setSizes([300, 560, 420])
    splitter.setChildrenCollapsible(False)
    window.setCentralWidget(splitter)
    for label in status:
        window.statusBar().addPermanentWidget(label)


def _layout_store(config_dir: Path) -> QSettings:
    # created 0600 before QSettings writes it (its atomic save keeps the mode); in a read-only
    # config folder the layout is simply not remembered
    with contextlib.suppress(OSError):
        create_private(config_dir / "window.ini")
    return QSettings(str(config_dir / "window.ini"), QSettings.Format.IniFormat)


def restore_layout(window: QMainWindow, config_dir: Path) -> None:
    """Window size and position, and where the user left the splitters."""
    store = _layout_store(config_dir)
    geometry = store.value("geometry")
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    for name in SPLITTERS:
        splitter = window.findChild(QSplitter, name)
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

"""Window commands that need dialogs: settings and the shortcuts overview."""

from __future__ import annotations

import contextlib
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox, QSplitter

from outreach_coach.files import create_private
from outreach_coach.services.catalogs import LazyCatalogs
from outreach_coach.settings import save as save_settings
from outreach_coach.ui.settings_dialog import SettingsDialog
from outreach_coach.wiring import grammar_settings

if TYPE_CHECKING:
    from outreach_coach.settings import Settings
    from outreach_coach.ui.main_window import MainWindow

translate = QCoreApplication.translate


def show_shortcuts(window: MainWindow) -> None:
    rows = [
        f"<tr><td>{action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)}"
        f"</td><td>{action.text().replace('&', '')}</td></tr>"
        for action in window.actions()
        if not action.shortcut().isEmpty()
    ]
    box = QMessageBox(window)
    box.setWindowTitle(translate("MainWindow", "Keyboard shortcuts"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText("<table cellspacing='6'>" + "".join(rows) + "</table>")
    box.exec()


def open_settings(window: MainWindow) -> None:
    library = window.library
    dialog = SettingsDialog(
        window.settings,
        library.records_history if library else False,
        str(window.data_dir),
        window,
    )
    dialog.record_history.setEnabled(library is not None)
    if dialog.exec():
        window.apply_settings(dialog.settings(), dialog.records_history)


def apply_settings(window: MainWindow, new: Settings, records_history: bool | None = None) -> None:
    """Save and use new settings; the model and the interface language need a restart."""
    old, window.settings = window.settings, new
    save_settings(window.config_dir, new)
    if records_history is not None and window.library is not None:
        window.library.set_records_history(records_history)
    window.grammar_lane.reconfigure(grammar_settings(new, cache_dir=window.cache_dir))
    if new.phrase_folder != old.phrase_folder:
        folder = Path(new.phrase_folder) if new.phrase_folder else window.data_dir
        catalogs = LazyCatalogs(folder)
        window.lane.set_analyzer(replace(window.lane.analyzer, catalogs=catalogs))
        window.load_rules(catalogs)
    later = [
        label
        for label, changed in (
            (
                translate("MainWindow", "embedding model"),
                (new.embeddings, new.embedding_model) != (old.embeddings, old.embedding_model),
            ),
            (translate("MainWindow", "interface language"), new.ui_language != old.ui_language),
        )
        if changed
    ]
    message = translate("MainWindow", "Settings saved.")
    if later:
        message += " " + translate("MainWindow", "Restart the app to switch the {what}.").format(
            what=translate("MainWindow", " and ").join(later)
        )
    window.statusBar().showMessage(message, 10000)
    window.request_analysis()


def _layout_store(window: MainWindow) -> QSettings:
    # created 0600 before QSettings writes it (its atomic save keeps the mode); in a read-only
    # config folder the layout is simply not remembered
    with contextlib.suppress(OSError):
        create_private(window.config_dir / "window.ini")
    return QSettings(str(window.config_dir / "window.ini"), QSettings.Format.IniFormat)


def restore_layout(window: MainWindow) -> None:
    """Window size and position, and where the user left the splitters."""
    store = _layout_store(window)
    geometry = store.value("geometry")
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    for splitter in window.findChildren(QSplitter):
        state = store.value(f"splitters/{splitter.objectName()}")
        if splitter.objectName() and isinstance(state, QByteArray):
            splitter.restoreState(state)


def save_layout(window: MainWindow) -> None:
    store = _layout_store(window)
    store.setValue("geometry", window.saveGeometry())
    for splitter in window.findChildren(QSplitter):
        if splitter.objectName():
            store.setValue(f"splitters/{splitter.objectName()}", splitter.saveState())
    store.sync()

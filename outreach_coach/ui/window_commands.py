"""Window commands that need dialogs (settings, shortcuts, the LanguageTool download), the
menus from the action table and the remembered layout; each takes what it needs."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox, QSplitter

from outreach_coach.files import create_private
from outreach_coach.services.lt_download import APPROXIMATE_MB
from outreach_coach.settings import save as save_settings
from outreach_coach.ui.settings_dialog import SettingsDialog
from outreach_coach.wiring import grammar_settings

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QLabel, QMenuBar, QWidget

    from outreach_coach.services.catalogs import LazyCatalogs
    from outreach_coach.services.session import AnalysisSession
    from outreach_coach.settings import Settings
    from outreach_coach.ui.main_window import MainWindow
    from outreach_coach.ui.workers import GrammarLane

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


def settings_applied(
    session: AnalysisSession,
    new: Settings,
    folders: tuple[Path, Path],
    load_rules: Callable[[LazyCatalogs], None],
    grammar: GrammarLane,
    show_status: Callable[[str, int], None],
) -> None:
    """Save ``new`` (in ``folders`` = config, cache) and use it: the session for the next
    analysis, LanguageTool at once, own phrase lists compiled anew; the model and the
    interface language need a restart (said in the status)."""
    config_dir, cache_dir = folders
    old = session.settings
    save_settings(config_dir, new)
    grammar.reconfigure(grammar_settings(new, cache_dir=cache_dir))
    catalogs = session.use_settings(new)
    if catalogs is not None:
        load_rules(catalogs)
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
    show_status(message, 10000)


def ask_to_download_languagetool(parent: QWidget, grammar: GrammarLane, status: QLabel) -> None:
    """LanguageTool is missing in "local" mode: download it only if the user agrees."""
    answer = QMessageBox.question(
        parent,
        translate("MainWindow", "Download LanguageTool?"),
        translate(
            "MainWindow",
            "Grammar and spelling checks need LanguageTool (about {size} MB from "
            "languagetool.org's release mirror, checked against its published checksum, kept "
            "in the app's cache folder). It runs on this computer; your drafts stay here."
            "\n\nDownload it now?",
        ).format(size=APPROXIMATE_MB),
    )
    if answer == QMessageBox.StandardButton.Yes:
        grammar.download()
    else:
        status.setText(translate("MainWindow", "Grammar: off – LanguageTool not downloaded"))


def build_menus(bar: QMenuBar, actions: dict[str, QAction]) -> None:
    """The File and View menus from the action table (Library and Help are added later)."""
    menu = bar.addMenu(translate("MainWindow", "&File"))
    menu.addAction(actions["copy"])
    menu.addAction(actions["apply_suggestion"])
    menu.addSeparator()
    menu.addAction(actions["settings"])
    menu.addSeparator()
    menu.addAction(actions["quit"])
    view = bar.addMenu(translate("MainWindow", "&View"))
    for key in (
        "next_finding",
        "previous_finding",
        "focus_editor",
        "focus_panel",
        "focus_recipient",
        "switch_recipient",
    ):
        view.addAction(actions[key])


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

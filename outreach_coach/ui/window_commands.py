"""Window commands that need dialogs (settings, shortcuts, the LanguageTool download) and the
menus from the action table; each takes what it needs (a parent for the dialog, the session, a
status callback, the grammar lane), never the window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from outreach_coach.services.lt_download import APPROXIMATE_MB
from outreach_coach.settings import save as save_settings
from outreach_coach.wiring import grammar_settings

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from pathlib import Path

    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QLabel, QMenuBar, QWidget

    from outreach_coach.services.catalogs import LazyCatalogs
    from outreach_coach.services.session import AnalysisSession
    from outreach_coach.settings import Settings
    from outreach_coach.storage.library import Library
    from outreach_coach.ui.workers import GrammarLane

translate = QCoreApplication.translate


def show_shortcuts(parent: QWidget, actions: Iterable[QAction]) -> None:
    """Every enabled action with a shortcut, as the keyboard has them now."""
    rows = [
        f"<tr><td>{action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)}"
        f"</td><td>{action.text().replace('&', '')}</td></tr>"
        for action in actions
        if not action.shortcut().isEmpty() and action.isEnabled()
    ]
    box = QMessageBox(parent)
    box.setWindowTitle(translate("MainWindow", "Keyboard shortcuts"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText("<table cellspacing='6'>" + "".join(rows) + "</table>")
    box.exec()


def open_settings(
    parent: QWidget,
    settings: Settings,
    library: Library | None,
    data_dir: Path,
    apply: Callable[[Settings], None],
) -> None:
    """The settings dialog; ``apply`` gets the new settings, the library whether to record
    sent messages."""
    from outreach_coach.ui.settings_dialog import SettingsDialog  # loads when first opened

    dialog = SettingsDialog(
        settings, library.records_history if library else False, str(data_dir), parent
    )
    dialog.record_history.setEnabled(library is not None)
    if dialog.exec():
        if library is not None:
            library.set_records_history(dialog.records_history)
        apply(dialog.settings())


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


def show_grammar_status(grammar: GrammarLane, label: QLabel, parent: QWidget) -> None:
    """The grammar lane's state in ``label``; a missing LanguageTool asks to download it."""
    grammar.status_changed.connect(label.setText)
    grammar.download_needed.connect(lambda: ask_to_download_languagetool(parent, grammar, label))


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

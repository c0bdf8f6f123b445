"""GUI bootstrap: QApplication, logging, crash hooks, window.show(), and only then the loaders."""

from __future__ import annotations

import logging
import sys
from dataclasses import replace
from typing import TYPE_CHECKING

# The modules of ours that need no Qt come first: once PySide6 is imported, its import hook
# reads the source of every module imported after it (looking for "PySide6", PYSIDE-2029).
from outreach_coach import APP_ID, APP_NAME, __version__
from outreach_coach.assets import resource, welcome_example
from outreach_coach.logs import setup_logging
from outreach_coach.paths import app_paths
from outreach_coach.settings import load as load_settings
from outreach_coach.settings import save as save_settings

# isort: split
from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from outreach_coach.ui.i18n import install_translators, interface_language
from outreach_coach.ui.instance import DataFolderLock, bring_forward
from outreach_coach.ui.main_window import MainWindow
from outreach_coach.ui.signals import close_on_signals

if TYPE_CHECKING:
    from outreach_coach.paths import AppPaths
    from outreach_coach.storage.library import Library

qt_log = logging.getLogger("qt")
translate = QCoreApplication.translate
_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message_handler(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def create_application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(resource("icons/outreach-coach.svg"))))
    return app


def build_main_window(
    data_dir: str | None = None, verbose: bool = False, later: bool = False
) -> MainWindow:
    """The shell first – a typeable editor with the restored draft or the first-run example –
    then the rest (panel, people, menus, lanes, the library's side); ``later``: the rest after
    the editor's first paint, one step per event-loop turn, so the editor shows before it is
    built (``completed`` then). Catalogs and models load later still (``start_loaders``)."""
    paths = app_paths(data_dir).ensure()
    log_file = setup_logging(paths.logs, verbose)
    settings, problems = load_settings(paths.config)
    language = interface_language(settings.ui_language)
    app = QApplication.instance()
    translators = install_translators(app, language) if isinstance(app, QApplication) else []
    lock = DataFolderLock(paths.data)  # another window on this folder: a copy in memory
    # the example or the last draft is shown at once; the library is opened after show()
    example = None if settings.first_run_done else welcome_example(language)
    shown = str(example.get("draft", "")) if example else _last_draft(paths)
    library = None
    if shown is None:  # a file that cannot be read directly: open the library (it says why)
        library = _open_library(paths, lock)
        draft = library.drafts.last_edited()
        shown = draft.text if draft else ""
    window = MainWindow(paths, log_file, shown)
    lock.setParent(window)
    window.crash_reporter.install()
    window.translators = translators

    def rest() -> None:
        from outreach_coach.services.session import AnalysisSession
        from outreach_coach.wiring import grammar_settings

        window.complete(
            AnalysisSession(settings, paths.data),
            grammar_settings(settings, cache_dir=paths.cache),
            library or _open_library(paths, lock),
        )

    steps = (rest, lambda: _restore(window, shown, example, (problems, paths.problems), lock))
    window.complete_later(steps)
    if not later:
        window.complete_now()
    return window


def _last_draft(paths: AppPaths) -> str | None:
    from outreach_coach.storage.drafts import peek_last_edited  # SQLite: not on a first start

    return peek_last_edited(paths.data)


def _open_library(paths: AppPaths, lock: DataFolderLock) -> Library:
    from outreach_coach.storage.db import open_memory_copy
    from outreach_coach.storage.library import Library

    return Library(open_memory_copy(paths.data)) if lock.elsewhere else Library.open(paths.data)


def _restore(
    window: MainWindow,
    shown: str,
    example: dict[str, object] | None,
    problems: tuple[list[str], tuple[str, ...]],
    lock: DataFolderLock,
) -> None:
    """The person and draft worked on last (or the first-run example) into the complete
    window, keeping whatever was typed into the shell; then what the user must be told."""
    from PySide6.QtGui import QTextCursor

    from outreach_coach.ui.banner import show_temporary_library
    from outreach_coach.ui.instance import show_read_only

    settings_problems, folder_problems = problems
    editor = window.editor
    typed, cursor = editor.toPlainText(), editor.textCursor()
    position, anchor = cursor.position(), cursor.anchor()
    if window.library_controller is not None:
        window.library_controller.restore()
    if example is not None:
        _first_run(window, example)
    if typed != shown:  # typed into the shell, before the library's side was there: kept, saved
        editor.setPlainText(typed)
    cursor = editor.textCursor()
    cursor.setPosition(anchor)
    cursor.setPosition(position, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    library = window.library
    if library is not None and library.db.moved_aside is not None:
        window.statusBar().showMessage(
            translate(
                "App",
                "Your library was damaged and has been moved aside to {path}; a new, empty "
                "library was started. Nothing was overwritten.",
            ).format(path=library.db.moved_aside),
            60000,
        )
    elif settings_problems:
        window.statusBar().showMessage(
            translate("App", "Settings: {problems} (the defaults are used).").format(
                problems="; ".join(settings_problems)
            ),
            30000,
        )
    if (library is not None and library.db.problem) or folder_problems:
        reason = (library.db.problem if library is not None else "") or "; ".join(folder_problems)
        show_temporary_library(window, reason, editor.toPlainText)
    if lock.elsewhere:
        show_read_only(window, lock.owner, editor.toPlainText)


def _brought_forward(app: QApplication, data_dir: str | None) -> bool:
    """Ask a window already open on this data folder to come to the front; say so if it did."""
    paths = app_paths(data_dir)
    if not bring_forward(paths.data):
        return False
    settings, _problems = load_settings(paths.config)
    translators = install_translators(app, interface_language(settings.ui_language))
    message = translate(
        "App", "Outreach Coach is already open for {folder}; brought it to the front."
    ).format(folder=paths.data)
    print(message, flush=True)  # noqa: T201 - the second start's one line for the terminal
    for translator in translators:
        app.removeTranslator(translator)
    return True


def _first_run(window: MainWindow, example: dict[str, object]) -> None:
    """Once: an example person and draft to play with, and a short welcome."""
    from PySide6.QtWidgets import QMessageBox

    controller = window.library_controller
    if controller is not None and controller.library.profiles.count() == 0:
        controller.add_example(example)
    box = QMessageBox(
        QMessageBox.Icon.Information, APP_NAME, str(example["welcome"]), parent=window
    )
    box.setModal(False)
    window.welcome_box = box
    QTimer.singleShot(0, box.show)
    save_settings(window.config_dir, replace(window.settings, first_run_done=True))
    window.session.use_settings(replace(window.settings, first_run_done=True))


def run_gui(
    data_dir: str | None = None,
    verbose: bool = False,
    embeddings: str | None = None,
    embedding_model: str | None = None,
    new_window: bool = False,
) -> int:
    """The app; a second start on an open data folder brings that window forward and ends
    (``new_window``: a read-only window of its own instead)."""
    app = create_application()
    qInstallMessageHandler(_qt_message_handler)
    if not new_window and _brought_forward(app, data_dir):
        return 0
    window = build_main_window(data_dir, verbose, later=True)
    app.aboutToQuit.connect(window.shutdown)
    signals = close_on_signals(window)  # SIGINT/SIGTERM close like Ctrl+Q
    app.aboutToQuit.connect(signals.uninstall)
    window.show()  # the editor, typeable; the rest is built after its first paint

    def completed() -> None:
        from outreach_coach.ui.clipboard import clear_clipboard_on_quit
        from outreach_coach.ui.instance import ActivationServer, data_folder_lock
        from outreach_coach.wiring import embedder_choice

        clear_clipboard_on_quit(app)
        lock = data_folder_lock(window)
        if lock is not None and lock.held:  # a second start asks this window to come forward
            app.aboutToQuit.connect(ActivationServer(window, lock.path.parent).close)
        if lock is not None:
            app.aboutToQuit.connect(lock.release)  # after the last save
        choice = embedder_choice(window.settings, embeddings, embedding_model)
        window.start_loaders(choice, embeddings=choice is not None)
        logging.getLogger(__name__).info("window shown and complete, version %s", __version__)

    window.completed.connect(completed)
    return app.exec()

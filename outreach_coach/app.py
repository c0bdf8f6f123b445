"""GUI bootstrap: QApplication, logging, crash hooks, window.show(), and only then the loaders."""

from __future__ import annotations

import logging
import sys
from dataclasses import replace

# The modules of ours that need no Qt come first: once PySide6 is imported, its import hook
# reads the source of every module imported after it (looking for "PySide6", PYSIDE-2029).
from outreach_coach import APP_ID, APP_NAME, __version__
from outreach_coach.assets import resource, welcome_example
from outreach_coach.logs import setup_logging
from outreach_coach.paths import app_paths
from outreach_coach.services.session import AnalysisSession
from outreach_coach.settings import load as load_settings
from outreach_coach.settings import save as save_settings
from outreach_coach.storage.db import open_memory_copy
from outreach_coach.storage.library import Library
from outreach_coach.wiring import embedder_choice, grammar_settings

# isort: split
from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from outreach_coach.ui.banner import show_temporary_library
from outreach_coach.ui.clipboard import clear_clipboard_on_quit
from outreach_coach.ui.i18n import install_translators, interface_language
from outreach_coach.ui.instance import (
    ActivationServer,
    DataFolderLock,
    bring_forward,
    data_folder_lock,
    show_read_only,
)
from outreach_coach.ui.main_window import MainWindow
from outreach_coach.ui.signals import close_on_signals

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


def build_main_window(data_dir: str | None = None, verbose: bool = False) -> MainWindow:
    """Everything up to a typeable window; catalogs and models load later, in the background."""
    paths = app_paths(data_dir).ensure()
    log_file = setup_logging(paths.logs, verbose)
    settings, problems = load_settings(paths.config)
    app = QApplication.instance()
    translators = []
    if isinstance(app, QApplication):
        translators = install_translators(app, interface_language(settings.ui_language))
    lock = DataFolderLock(paths.data)  # another window on this folder: a copy in memory
    library = Library(open_memory_copy(paths.data)) if lock.elsewhere else Library.open(paths.data)
    window = MainWindow(
        AnalysisSession(settings, paths.data),
        paths,
        log_file,
        grammar_settings(settings, cache_dir=paths.cache),
        library,
    )
    lock.setParent(window)
    window.crash_reporter.install()
    window.translators = translators
    if window.library_controller is not None:
        window.library_controller.restore()
    if not settings.first_run_done:
        _first_run(window, interface_language(settings.ui_language))
    if library.db.moved_aside is not None:
        window.statusBar().showMessage(
            translate(
                "App",
                "Your library was damaged and has been moved aside to {path}; a new, empty "
                "library was started. Nothing was overwritten.",
            ).format(path=library.db.moved_aside),
            60000,
        )
    elif problems:
        window.statusBar().showMessage(
            translate("App", "Settings: {problems} (the defaults are used).").format(
                problems="; ".join(problems)
            ),
            30000,
        )
    if library.db.problem or paths.problems:
        reason = library.db.problem or "; ".join(paths.problems)
        show_temporary_library(window, reason, window.editor.toPlainText)
    if lock.elsewhere:
        show_read_only(window, lock.owner, window.editor.toPlainText)
    return window


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


def _first_run(window: MainWindow, language: str) -> None:
    """Once: an example person and draft to play with, and a short welcome."""
    example = welcome_example(language)
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
    clear_clipboard_on_quit(app)
    window = build_main_window(data_dir, verbose)
    app.aboutToQuit.connect(window.shutdown)
    lock = data_folder_lock(window)
    if lock is not None and lock.held:  # a second start asks this window to come forward
        app.aboutToQuit.connect(ActivationServer(window, lock.path.parent).close)
    if lock is not None:
        app.aboutToQuit.connect(lock.release)  # after the last save
    signals = close_on_signals(window)  # SIGINT/SIGTERM close like Ctrl+Q
    app.aboutToQuit.connect(signals.uninstall)
    window.show()
    choice = embedder_choice(window.settings, embeddings, embedding_model)
    QTimer.singleShot(0, lambda: window.start_loaders(choice, embeddings=choice is not None))
    logging.getLogger(__name__).info("window shown, version %s", __version__)
    return app.exec()

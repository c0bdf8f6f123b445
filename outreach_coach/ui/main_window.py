"""The main window: composes the widgets, forwards snapshots to the lane, renders reports.

editor → lane (ui/workers) → session (services/session) → analyzer → report → panel; the
window holds no analysis state of its own.
"""

from __future__ import annotations

import logging
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from outreach_coach import APP_NAME
from outreach_coach.services.languagetool import GrammarSettings
from outreach_coach.ui.actions import create_actions
from outreach_coach.ui.clipboard import copy_polished
from outreach_coach.ui.coach_panel import CoachPanel
from outreach_coach.ui.editor import DraftEditor
from outreach_coach.ui.library_controller import LibraryController
from outreach_coach.ui.library_menu import build_library_menu
from outreach_coach.ui.loaders import Loaders
from outreach_coach.ui.messages import CrashReporter
from outreach_coach.ui.profiles_panel import ProfilesPanel
from outreach_coach.ui.recipient_form import RecipientForm
from outreach_coach.ui.window_commands import (
    ask_to_download_languagetool,
    build_menus,
    open_settings,
    restore_layout,
    save_layout,
    settings_applied,
    show_shortcuts,
)
from outreach_coach.ui.workers import AnalysisLane, GrammarLane
from outreach_coach.wiring import sent_history

if TYPE_CHECKING:
    from pathlib import Path

    from outreach_coach.core.model import Report
    from outreach_coach.paths import AppPaths
    from outreach_coach.services.embedders import EmbedderChoice
    from outreach_coach.services.session import AnalysisSession
    from outreach_coach.settings import Settings
    from outreach_coach.storage.library import Library

log = logging.getLogger(__name__)


def _group(title: str, *widgets: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    for widget in widgets:
        layout.addWidget(widget)
    return box


class MainWindow(QMainWindow):
    """Compose the editor, the recipient form and the coach panel, and connect them."""

    def __init__(
        self,
        session: AnalysisSession,
        paths: AppPaths,
        log_file: Path,
        grammar: GrammarSettings | None = None,
        library: Library | None = None,
    ) -> None:
        super().__init__()
        self.setWindowTitle(APP_NAME)
        self.resize(1280, 780)
        self.session = session
        self.shown_report: Report | None = None
        self.config_dir, self.data_dir, self.cache_dir = paths.config, paths.data, paths.cache
        self.recipient_form = RecipientForm()
        self.profiles_panel = ProfilesPanel()
        self.library = library
        self.editor = DraftEditor()
        self.editor.setAccessibleName(self.tr("Draft"))
        self.editor.setPlaceholderText(self.tr("Write your message here – to one person."))
        self.panel = CoachPanel()
        self.copy_button = QPushButton(self.tr("Copy polished text"))
        self.model_status = QLabel(self.tr("Embedding model: not loaded"))
        self.grammar_lane = GrammarLane(grammar or GrammarSettings(), self)
        self.grammar_status = QLabel(self.tr("Grammar: off"))
        self.lane = AnalysisLane(session, self.grammar_lane, self)
        self.loaders = Loaders(session, self.show_status, self.model_status, self._own_notes, self)
        self.translators: list[QTranslator] = []
        self.welcome_box: QMessageBox | None = None
        self.actions_by_key = create_actions(self)
        self.crash_reporter = CrashReporter(
            self, self.editor.toPlainText, paths.data / "recovered", log_file
        )
        self._build_layout()
        self._connect()
        self.library_controller: LibraryController | None = None
        self.profiles_panel.setEnabled(library is not None)
        if library is not None:
            self.library_controller = LibraryController(self, library)
            session.use_library(partial(sent_history, library))
            build_library_menu(self, self.library_controller)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))  # last, as on every platform
        help_menu.addAction(self.actions_by_key["shortcuts"])
        restore_layout(self)

    def _build_layout(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("main_splitter")
        people = QSplitter(Qt.Orientation.Vertical)
        people.setObjectName("people_splitter")
        people.addWidget(self.profiles_panel)
        people.addWidget(self.recipient_form)
        people.setSizes([260, 480])
        splitter.addWidget(_group(self.tr("Recipient"), people))
        splitter.addWidget(_group(self.tr("Draft"), self.editor, self.copy_button))
        splitter.addWidget(_group(self.tr("Coach"), self.panel))
        splitter.setSizes([300, 560, 420])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        self.statusBar().addPermanentWidget(self.grammar_status)
        self.statusBar().addPermanentWidget(self.model_status)
        build_menus(self.menuBar(), self.actions_by_key)
        self.editor.setFocus()

    def _connect(self) -> None:
        editor, actions = self.editor, self.actions_by_key
        editor.edited.connect(lambda _revision: self.request_analysis())
        editor.paste_cleaned.connect(self._on_editor_paste_cleaned)
        self.recipient_form.changed.connect(self.request_analysis)
        self.lane.report_ready.connect(self._on_lane_report_ready)
        self.lane.analysis_failed.connect(self._on_lane_analysis_failed)
        self.loaders.model_ready.connect(self.request_analysis)
        self.panel.finding_activated.connect(lambda f: editor.select_span(f.start, f.end))
        self.panel.evidence_activated.connect(editor.select_span)
        self.panel.hidden_categories_changed.connect(editor.set_hidden_categories)
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        actions["copy"].triggered.connect(self.copy_to_clipboard)
        actions["apply_suggestion"].triggered.connect(editor.apply_first_suggestion)
        self.grammar_lane.status_changed.connect(self.grammar_status.setText)
        self.grammar_lane.download_needed.connect(
            lambda: ask_to_download_languagetool(self, self.grammar_lane, self.grammar_status)
        )
        actions["quit"].triggered.connect(self.close)
        actions["settings"].triggered.connect(self.open_settings)
        actions["next_finding"].triggered.connect(lambda: editor.select_next_finding(1))
        actions["previous_finding"].triggered.connect(lambda: editor.select_next_finding(-1))
        actions["switch_recipient"].triggered.connect(self._switch_recipient)
        actions["shortcuts"].triggered.connect(lambda: show_shortcuts(self))
        actions["focus_editor"].triggered.connect(editor.setFocus)
        actions["focus_panel"].triggered.connect(self.panel.findings_list.setFocus)
        actions["focus_recipient"].triggered.connect(self.recipient_form.name_edit.setFocus)

    def start_loaders(self, choice: EmbedderChoice | None = None, embeddings: bool = True) -> None:
        """Compile the catalogs, then load the embedding model, in the background; the
        editor works meanwhile and the first analysis waits only for the catalogs."""
        self.grammar_lane.start()
        self.loaders.start(choice, embeddings)

    def _switch_recipient(self) -> None:
        self.profiles_panel.search_edit.setFocus()
        self.profiles_panel.search_edit.selectAll()

    def _own_notes(self) -> list[str]:
        return self.library_controller.own_profile_notes() if self.library_controller else []

    @property
    def settings(self) -> Settings:
        return self.session.settings

    @property
    def model_settled(self) -> bool:
        """The model has loaded or failed (no longer pending)."""
        return self.loaders.model_settled

    def open_settings(self) -> None:
        open_settings(self)

    def apply_settings(self, new: Settings, records_history: bool | None = None) -> None:
        """Save and use new settings; the model and the interface language need a restart."""
        settings_applied(
            self.session,
            new,
            (self.config_dir, self.cache_dir),
            self.loaders.load_rules,
            self.grammar_lane,
            self.show_status,
        )
        if records_history is not None and self.library is not None:
            self.library.set_records_history(records_history)
        self.request_analysis()

    @property
    def revision(self) -> int:
        """The newest analysis request (reports for older ones are not painted)."""
        return self.lane.revision

    @property
    def last_report(self) -> Report | None:
        """The report on screen (the newest analysed, with grammar when known)."""
        return self.shown_report

    @property
    def german(self) -> bool:
        return self.shown_report is not None and self.shown_report.language == "de"

    def show_status(self, message: str, milliseconds: int) -> None:
        self.statusBar().showMessage(message, milliseconds)

    def request_analysis(self) -> None:
        controller = self.library_controller
        self.lane.request(
            self.editor.toPlainText(),
            self.recipient_form.recipient(),
            controller.suppressions if controller else (),
        )

    def copy_to_clipboard(self) -> None:
        copied = copy_polished(self.editor.toPlainText())
        recorded = self.library_controller.record_sent(copied) if self.library_controller else ""
        self.show_status(
            self.tr("Copied {count} characters to the clipboard (polished).").format(
                count=len(copied)
            )
            + recorded,
            5000,
        )

    def shutdown(self) -> None:
        """Ordered shutdown: layout, pending saves, lanes, loaders (bounded), the library."""
        save_layout(self)
        if self.library_controller is not None:
            self.library_controller.shutdown()
        self.lane.shutdown()
        self.grammar_lane.shutdown()
        self.loaders.wait(timeout=10.0)
        if self.library is not None:
            self.library.close()
        self.crash_reporter.uninstall()
        app = QCoreApplication.instance()
        for translator in self.translators:
            if app is not None:
                app.removeTranslator(translator)

    def _on_editor_paste_cleaned(self, removed: int) -> None:
        self.show_status(
            self.tr(
                "Removed {count} invisible control character(s) (such as NUL) from the pasted text."
            ).format(count=removed),
            8000,
        )

    def _on_lane_report_ready(self, report: Report) -> None:
        """Paint the newest report (the lane emits only current ones)."""
        if report.revision != self.lane.revision:
            return
        self.shown_report = report
        text = self.editor.toPlainText()
        self.editor.show_findings(
            text, report.findings, report.personalization.sentences, german=report.language == "de"
        )
        self.panel.show_report(report, text)

    def _on_lane_analysis_failed(self, message: str) -> None:
        self.show_status(
            self.tr("Analysis failed: {reason} (details in the log)").format(reason=message), 10000
        )

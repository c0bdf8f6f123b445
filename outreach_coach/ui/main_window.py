"""The main window: composes the widgets, forwards snapshots to the lane, renders reports.

editor → lane (ui/workers) → session (services/session) → analyzer → report → panel; the
window holds no analysis state of its own. The helpers (``window_layout``, ``window_wiring``,
``window_commands``, ``library_menu``) get the widgets and callbacks they need, not the window.

Built in two steps, so that a start shows a typeable editor early: ``MainWindow(...)`` is the
shell (the editor with its text in the final layout, the remembered geometry), ``complete``
the rest (panel, people, menus, lanes, library). The rest's modules are imported there, not
at start-up; a key typed in between stays in the editor and is analysed once the rest is built.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow

from outreach_coach import APP_NAME
from outreach_coach.ui.editor import DraftEditor
from outreach_coach.ui.messages import CrashReporter
from outreach_coach.ui.window_layout import place_editor, restore_layout, save_layout

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from pathlib import Path

    from PySide6.QtCore import QTranslator
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

    from outreach_coach.core.model import Report
    from outreach_coach.paths import AppPaths
    from outreach_coach.services.embedders import EmbedderChoice
    from outreach_coach.services.languagetool import GrammarSettings
    from outreach_coach.services.session import AnalysisSession
    from outreach_coach.settings import Settings
    from outreach_coach.storage.library import Library
    from outreach_coach.ui.coach_panel import CoachPanel
    from outreach_coach.ui.library_controller import LibraryController
    from outreach_coach.ui.loaders import Loaders
    from outreach_coach.ui.profiles_panel import ProfilesPanel
    from outreach_coach.ui.recipient_form import RecipientForm
    from outreach_coach.ui.workers import AnalysisLane, GrammarLane

UNPAINTED_MS = 1000  # a window not painted by then (started minimised) is completed anyway


class MainWindow(QMainWindow):
    """Compose the editor, the recipient form and the coach panel; forward what is typed to the
    lane and paint what it reports."""

    completed = Signal()  # the whole window is built (``complete``)
    session: AnalysisSession
    library: Library | None
    recipient_form: RecipientForm
    profiles_panel: ProfilesPanel
    panel: CoachPanel
    copy_button: QPushButton
    model_status: QLabel
    grammar_status: QLabel
    grammar_lane: GrammarLane
    lane: AnalysisLane
    loaders: Loaders
    actions_by_key: dict[str, QAction]
    library_controller: LibraryController | None

    def __init__(self, paths: AppPaths, log_file: Path, draft: str = "") -> None:
        """The shell: the editor holding ``draft`` in its place in the layout, focused."""
        super().__init__()
        self.setWindowTitle(APP_NAME)
        self.resize(1280, 780)
        self.is_complete = False
        self._steps: list[Callable[[], None]] = []
        self._started = False  # the steps of complete_later have begun
        self.shown_report: Report | None = None
        self.config_dir, self.data_dir, self.cache_dir = paths.config, paths.data, paths.cache
        self.translators: list[QTranslator] = []
        self.welcome_box: QMessageBox | None = None
        self.editor = DraftEditor()
        self.editor.setAccessibleName(self.tr("Draft"))
        self.editor.setPlaceholderText(self.tr("Write your message here – to one person."))
        self.editor.setPlainText(draft)
        self.crash_reporter = CrashReporter(
            self, self.editor.toPlainText, paths.data / "recovered", log_file
        )
        self._parts = place_editor(self, self.editor)
        restore_layout(self, self.config_dir)
        self.editor.setFocus()

    def complete(
        self, session: AnalysisSession, grammar: GrammarSettings, library: Library | None
    ) -> None:
        """Everything but the editor: panel, people, menus, status, lanes and the library."""
        from PySide6.QtWidgets import QLabel, QPushButton

        from outreach_coach.ui.actions import create_actions
        from outreach_coach.ui.coach_panel import CoachPanel
        from outreach_coach.ui.library_controller import LibraryViews
        from outreach_coach.ui.library_menu import attach_library
        from outreach_coach.ui.loaders import Loaders
        from outreach_coach.ui.profiles_panel import ProfilesPanel
        from outreach_coach.ui.recipient_form import RecipientForm
        from outreach_coach.ui.window_commands import (
            build_menus,
            show_grammar_status,
            show_shortcuts,
        )
        from outreach_coach.ui.window_layout import fill_parts
        from outreach_coach.ui.window_wiring import (
            connect_navigation,
            connect_panel_to_editor,
            connect_status,
        )
        from outreach_coach.ui.workers import AnalysisLane, GrammarLane

        self.session, self.library = session, library
        self.recipient_form, self.profiles_panel = RecipientForm(), ProfilesPanel()
        self.panel = CoachPanel()
        self.copy_button = QPushButton(self.tr("Copy polished text"))
        self.model_status = QLabel(self.tr("Embedding model: not loaded"))
        self.grammar_status = QLabel(self.tr("Grammar: off"))
        self.grammar_lane = GrammarLane(grammar, self)
        self.lane = AnalysisLane(session, self.grammar_lane, self)
        self.loaders = Loaders(session, self.show_status, self.model_status, self._own_notes, self)
        self.actions_by_key = actions = create_actions(self)
        fill_parts(
            self._parts,
            (self.profiles_panel, self.recipient_form),
            self.copy_button,
            self.panel,
            (self.grammar_status, self.model_status),
        )
        build_menus(self.menuBar(), actions)
        # what is typed or chosen goes to the lane; what the lane reports is painted
        self.editor.edited.connect(lambda _revision: self.request_analysis())
        self.recipient_form.changed.connect(self.request_analysis)
        self.loaders.model_ready.connect(self.request_analysis)
        self.lane.report_ready.connect(self._on_lane_report_ready)
        connect_status(self.editor, self.lane, self.show_status)
        connect_panel_to_editor(self.panel, self.editor)
        connect_navigation(
            actions, self.editor, self.panel, self.recipient_form, self.profiles_panel
        )
        show_grammar_status(self.grammar_lane, self.grammar_status, self)
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        actions["copy"].triggered.connect(self.copy_to_clipboard)
        actions["quit"].triggered.connect(self.close)
        actions["settings"].triggered.connect(self.open_settings)
        actions["shortcuts"].triggered.connect(lambda: show_shortcuts(self, actions.values()))
        self.library_controller = attach_library(
            library,
            LibraryViews(self, self.editor, self.recipient_form, self.profiles_panel),
            session,
            actions,
            reanalyze=self.request_analysis,
            show_status=self.show_status,
            current_report=self.current_report,
            folders=(self.data_dir, self.cache_dir),
        )
        self.menuBar().addMenu(self.tr("&Help")).addAction(actions["shortcuts"])  # the last
        restore_layout(self, self.config_dir, geometry=False)
        self.is_complete = True

    def complete_later(self, steps: Sequence[Callable[[], None]]) -> None:
        """Run ``steps`` (the first calls ``complete``) once the editor has been painted – the
        shell is on screen first – one per event-loop turn, so keys typed meanwhile are
        handled between them; ``completed`` when the last has run. A window that is not
        painted (started minimised) is completed after ``UNPAINTED_MS`` all the same."""
        self._steps.extend(steps)
        # the editor itself, not its viewport(): a method returning a QWidget makes shiboken
        # set up every QWidget subclass's Python type to find the right one (16 ms, idle box)
        self.editor.installEventFilter(self)
        QTimer.singleShot(UNPAINTED_MS, self._first_step)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The editor's first paint starts the steps of ``complete_later``."""
        if event.type() == QEvent.Type.Paint and watched is self.editor:
            QTimer.singleShot(0, self._first_step)
        return super().eventFilter(watched, event)

    def _first_step(self) -> None:
        self.editor.removeEventFilter(self)
        if not self._started:
            self._started = True
            self._next_step()

    @property
    def building(self) -> bool:
        """Steps of ``complete_later`` are still due."""
        return bool(self._steps)

    def complete_now(self) -> None:
        """Run the steps still due at once (a synchronous build, a shutdown before they ran;
        ``completed`` is not emitted: nothing is to start now)."""
        steps, self._steps = self._steps, []
        for step in steps:
            step()

    def _next_step(self) -> None:
        if not self._steps:
            return
        self._steps.pop(0)()
        if self._steps:
            QTimer.singleShot(0, self._next_step)
        else:
            self.completed.emit()

    def start_loaders(self, choice: EmbedderChoice | None = None, embeddings: bool = True) -> None:
        """Compile the catalogs, then load the embedding model, in the background; the
        editor works meanwhile and the first analysis waits only for the catalogs."""
        self.grammar_lane.start()
        self.loaders.start(choice, embeddings)

    def _own_notes(self) -> list[str]:
        return self.library_controller.own_profile_notes() if self.library_controller else []

    @property
    def settings(self) -> Settings:
        return self.session.settings

    def open_settings(self) -> None:
        from outreach_coach.ui.window_commands import open_settings

        open_settings(self, self.settings, self.library, self.data_dir, self.apply_settings)

    def apply_settings(self, new: Settings) -> None:
        """Save and use new settings; the model and the interface language need a restart."""
        from outreach_coach.ui.window_commands import settings_applied

        folders = (self.config_dir, self.cache_dir)
        load_rules, grammar = self.loaders.load_rules, self.grammar_lane
        settings_applied(self.session, new, folders, load_rules, grammar, self.show_status)
        self.request_analysis()

    @property
    def revision(self) -> int:
        """The newest analysis request (reports for older ones are not painted)."""
        return self.lane.revision

    def current_report(self) -> Report | None:
        """The report on screen if it is for the newest text, else None (a newer one is due)."""
        report = self.shown_report
        return report if report is not None and report.revision == self.lane.revision else None

    def show_status(self, message: str, milliseconds: int) -> None:
        self.statusBar().showMessage(message, milliseconds)

    def request_analysis(self) -> None:
        """Forward the draft, the recipient and the ignored matches to the lane."""
        controller = self.library_controller
        self.lane.request(
            self.editor.toPlainText(),
            self.recipient_form.recipient(),
            controller.suppressions if controller else (),
        )

    def copy_to_clipboard(self) -> None:
        from outreach_coach.ui.clipboard import copy_and_record

        record = self.library_controller.record_sent if self.library_controller else None
        copy_and_record(self.editor.toPlainText(), record, self.show_status)

    def shutdown(self) -> None:
        """Ordered shutdown: layout, pending saves, lanes, loaders (bounded), the library. A
        window closed before it was complete is completed first: what was typed is saved."""
        from outreach_coach.ui.i18n import remove_translators

        self.complete_now()
        if self.is_complete:
            save_layout(self, self.config_dir)
            if self.library_controller is not None:
                self.library_controller.shutdown()
            self.lane.shutdown()
            self.grammar_lane.shutdown()
            self.loaders.wait(timeout=10.0)
            if self.library is not None:
                self.library.close()
        self.crash_reporter.uninstall()
        remove_translators(self.translators)

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

"""The main window: wiring only. Recipient | draft | coach, side by side."""

from __future__ import annotations

import logging
from dataclasses import replace
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
from outreach_coach.assets import references_with
from outreach_coach.core.analyzer import merge_findings
from outreach_coach.core.model import Channel, Finding, Report, Snapshot
from outreach_coach.services.analysis import LoadedEmbedder, load_with_fallback
from outreach_coach.services.catalogs import LazyCatalogs, LoadedCatalogs
from outreach_coach.services.embedders import EmbedderChoice
from outreach_coach.services.languagetool import GrammarSettings
from outreach_coach.services.lt_download import APPROXIMATE_MB
from outreach_coach.settings import Settings
from outreach_coach.ui.actions import create_actions
from outreach_coach.ui.clipboard import copy_polished
from outreach_coach.ui.coach_panel import CoachPanel
from outreach_coach.ui.editor import DraftEditor
from outreach_coach.ui.library_controller import LibraryController
from outreach_coach.ui.library_menu import build_library_menu
from outreach_coach.ui.messages import CrashReporter
from outreach_coach.ui.profiles_panel import ProfilesPanel
from outreach_coach.ui.recipient_form import RecipientForm
from outreach_coach.ui.window_commands import (
    apply_settings,
    open_settings,
    restore_layout,
    save_layout,
    show_shortcuts,
)
from outreach_coach.ui.workers import AnalysisLane, GrammarLane, ServiceLoader
from outreach_coach.wiring import sent_history

if TYPE_CHECKING:
    from pathlib import Path

    from outreach_coach.core.analyzer import Analyzer
    from outreach_coach.core.score.references import References
    from outreach_coach.paths import AppPaths
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
        analyzer: Analyzer,
        paths: AppPaths,
        log_file: Path,
        grammar: GrammarSettings | None = None,
        library: Library | None = None,
        settings: Settings | None = None,
    ) -> None:
        super().__init__()
        self.setWindowTitle(APP_NAME)
        self.resize(1280, 780)
        self._revision = 0
        self.model_settled = False  # the model has loaded or failed (no longer pending)
        self.last_report: Report | None = None
        self.shown_report: Report | None = None
        self.settings = settings or Settings()
        self.config_dir = paths.config
        self.data_dir = paths.data
        self.cache_dir = paths.cache
        self.recipient_form = RecipientForm()
        self.profiles_panel = ProfilesPanel()
        self.library = library
        self.editor = DraftEditor()
        self.editor.setAccessibleName(self.tr("Draft"))
        self.editor.setPlaceholderText(self.tr("Write your message here – to one person."))
        self.panel = CoachPanel()
        self.copy_button = QPushButton(self.tr("Copy polished text"))
        self.lane = AnalysisLane(analyzer, self)
        self.model_status = QLabel(self.tr("Embedding model: not loaded"))
        self.grammar_lane = GrammarLane(grammar or GrammarSettings(), self)
        self.grammar_status = QLabel(self.tr("Grammar: off"))
        self._grammar: tuple[int, list[Finding]] = (-1, [])
        self.model_loader: ServiceLoader | None = None
        self.translators: list[QTranslator] = []
        self.welcome_box: QMessageBox | None = None
        self.rules_loader: ServiceLoader | None = None
        self.actions_by_key = create_actions(self)
        self.crash_reporter = CrashReporter(
            self, self.editor.toPlainText, paths.data / "recovered", log_file
        )
        self._build_layout()
        self._connect()
        self.library_controller: LibraryController | None = None
        self.profiles_panel.setEnabled(library is not None)
        if library is not None:
            controller = LibraryController(self, library)
            self.library_controller = controller
            self.lane.set_analyzer(self.lane.analyzer.with_history(library.history))
            build_library_menu(self, controller)
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
        menu = self.menuBar().addMenu(self.tr("&File"))
        menu.addAction(self.actions_by_key["copy"])
        menu.addAction(self.actions_by_key["apply_suggestion"])
        menu.addSeparator()
        menu.addAction(self.actions_by_key["settings"])
        menu.addSeparator()
        menu.addAction(self.actions_by_key["quit"])
        view = self.menuBar().addMenu(self.tr("&View"))
        for key in (
            "next_finding",
            "previous_finding",
            "focus_editor",
            "focus_panel",
            "focus_recipient",
            "switch_recipient",
        ):
            view.addAction(self.actions_by_key[key])

        self.editor.setFocus()

    def _connect(self) -> None:
        self.editor.edited.connect(self._on_editor_edited)
        self.editor.paste_cleaned.connect(self._on_editor_paste_cleaned)
        self.recipient_form.changed.connect(self.request_analysis)
        self.lane.report_ready.connect(self._on_lane_report_ready)
        self.lane.analysis_failed.connect(self._on_lane_analysis_failed)
        self.panel.finding_activated.connect(self._on_panel_finding_activated)
        self.panel.evidence_activated.connect(self.editor.select_span)
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        actions = self.actions_by_key
        actions["copy"].triggered.connect(self.copy_to_clipboard)
        actions["apply_suggestion"].triggered.connect(self.editor.apply_first_suggestion)
        self.grammar_lane.grammar_ready.connect(self._on_grammar_lane_grammar_ready)
        self.grammar_lane.status_changed.connect(self.grammar_status.setText)
        actions["quit"].triggered.connect(self.close)
        actions["settings"].triggered.connect(self.open_settings)
        actions["next_finding"].triggered.connect(lambda: self.editor.select_next_finding(1))
        actions["previous_finding"].triggered.connect(lambda: self.editor.select_next_finding(-1))
        actions["switch_recipient"].triggered.connect(self._switch_recipient)
        actions["shortcuts"].triggered.connect(self.show_shortcuts)
        self.grammar_lane.download_needed.connect(self._on_grammar_lane_download_needed)
        actions["focus_editor"].triggered.connect(self.editor.setFocus)
        actions["focus_panel"].triggered.connect(self.panel.findings_list.setFocus)
        actions["focus_recipient"].triggered.connect(self.recipient_form.name_edit.setFocus)

    def start_loaders(self, choice: EmbedderChoice | None = None, embeddings: bool = True) -> None:
        """Compile the catalogs, then load the embedding model, in the background; the
        editor works meanwhile and the first analysis waits only for the catalogs."""
        catalogs = self.lane.analyzer.catalogs
        if isinstance(catalogs, LazyCatalogs):
            self.load_rules(catalogs)
        self.grammar_lane.start()
        if not embeddings:
            self.model_status.setText(self.tr("Embedding model: off – scoring by wording only"))
            return
        chosen = choice or EmbedderChoice()
        own = self.library_controller.own_profile_notes() if self.library_controller else []

        def load() -> tuple[LoadedEmbedder, dict[str, References]]:
            references = references_with(own)  # the user's people join the reference bank
            return load_with_fallback(chosen, references), references

        loader = ServiceLoader(f"embedding model ({chosen.label})", load, self)
        loader.progress.connect(self._on_model_loader_progress)
        loader.loaded.connect(self._on_model_loader_loaded)
        loader.load_failed.connect(self._on_model_loader_load_failed)
        self.model_loader = loader
        loader.start()

    def _switch_recipient(self) -> None:
        self.profiles_panel.search_edit.setFocus()
        self.profiles_panel.search_edit.selectAll()

    def show_shortcuts(self) -> None:
        show_shortcuts(self)

    def open_settings(self) -> None:
        open_settings(self)

    def apply_settings(self, new: Settings, records_history: bool | None = None) -> None:
        """Save and use new settings; the model and the interface language need a restart."""
        apply_settings(self, new, records_history)

    @property
    def revision(self) -> int:
        """The newest analysis request (reports for older ones are not painted)."""
        return self._revision

    @property
    def german(self) -> bool:
        return self.last_report is not None and self.last_report.language == "de"

    def request_analysis(self) -> None:
        self._revision += 1
        controller = self.library_controller
        self.lane.request(
            Snapshot(
                self._revision,
                self.editor.toPlainText(),
                self.recipient_form.recipient(),
                channel=Channel(self.settings.channel),
                suppressions=controller.suppressions if controller else (),
                advised_words=self.settings.advised_words,
            )
        )

    def copy_to_clipboard(self) -> None:
        copied = copy_polished(self.editor.toPlainText())
        recorded = self.library_controller.record_sent(copied) if self.library_controller else ""
        self.statusBar().showMessage(
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
        for loader in (self.rules_loader, self.model_loader):
            if loader is not None:
                loader.wait(timeout=10.0)
        if self.library is not None:
            self.library.close()
        self.crash_reporter.uninstall()
        app = QCoreApplication.instance()
        for translator in self.translators:
            if app is not None:
                app.removeTranslator(translator)

    def _on_editor_edited(self, _revision: int) -> None:
        self.request_analysis()

    def _on_editor_paste_cleaned(self, removed: int) -> None:
        self.statusBar().showMessage(
            self.tr(
                "Removed {count} invisible control character(s) (such as NUL) from the pasted text."
            ).format(count=removed),
            8000,
        )

    def _on_lane_report_ready(self, report: Report) -> None:
        if report.revision != self._revision:
            return
        self.last_report = report
        self.grammar_lane.request(self.editor.revision, self.editor.toPlainText(), report.language)
        self._show()

    def _on_grammar_lane_grammar_ready(self, revision: int, findings: list[Finding]) -> None:
        if revision == self.editor.revision:
            self._grammar = (revision, findings)
            self._show()

    def _show(self) -> None:
        """Paint the newest report, with grammar findings when they are for the same text."""
        report = self.last_report
        if report is None:
            return
        revision, grammar = self._grammar
        if revision == self.editor.revision and grammar:
            merged = merge_findings(
                report.findings,
                grammar,
                self.editor.toPlainText(),
                self.recipient_form.recipient(),
            )
            report = replace(report, findings=merged)
        self.shown_report = report
        self.editor.show_findings(
            self.editor.toPlainText(),
            report.findings,
            report.personalization.sentences,
            german=report.language == "de",
        )
        self.panel.show_report(report, self.editor.toPlainText())

    def _on_lane_analysis_failed(self, message: str) -> None:
        self.statusBar().showMessage(
            self.tr("Analysis failed: {reason} (details in the log)").format(reason=message), 10000
        )

    def _on_panel_finding_activated(self, finding: Finding) -> None:
        self.editor.select_span(finding.start, finding.end)

    def _on_grammar_lane_download_needed(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Download LanguageTool?"),
            self.tr(
                "Grammar and spelling checks need LanguageTool (about {size} MB from "
                "languagetool.org's release mirror, checked against its published checksum, kept "
                "in the app's cache folder). It runs on this computer; your drafts stay here."
                "\n\nDownload it now?"
            ).format(size=APPROXIMATE_MB),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.grammar_lane.download()
        else:
            self.grammar_status.setText(self.tr("Grammar: off – LanguageTool not downloaded"))

    def load_rules(self, catalogs: LazyCatalogs) -> None:
        """Compile ``catalogs`` in the background; problems in own files go to the status bar."""
        rules = ServiceLoader("coaching rules", catalogs.load, self)
        rules.loaded.connect(self.show_rules_problems)
        self.rules_loader = rules
        rules.start()

    def show_rules_problems(self, loaded: object) -> None:
        if isinstance(loaded, LoadedCatalogs) and loaded.problems:
            self.statusBar().showMessage(
                self.tr("Own phrase list skipped: {problems}").format(
                    problems="; ".join(loaded.problems)
                ),
                15000,
            )

    def _on_model_loader_progress(self, name: str) -> None:
        self.model_status.setText(self.tr("Loading the embedding model… (rules work meanwhile)"))

    def _on_model_loader_loaded(self, result: object) -> None:
        self.model_settled = True
        if not isinstance(result, tuple) or not isinstance(result[0], LoadedEmbedder):
            return
        loaded, references = result
        analyzer = replace(loaded.attach_to(self.lane.analyzer), references=references)
        if self.library is not None:
            analyzer = analyzer.with_history(sent_history(self.library, loaded.embedder))
        self.lane.set_analyzer(analyzer)
        self.model_status.setText(
            self.tr("Embedding model: {name}").format(name=loaded.embedder.name)
        )
        if loaded.warning:
            self.model_status.setToolTip(loaded.warning)
            self.statusBar().showMessage(loaded.warning, 20000)
        self.request_analysis()

    def _on_model_loader_load_failed(self, message: str) -> None:
        self.model_settled = True
        self.model_status.setText(self.tr("Embedding model unavailable – scoring by wording only"))
        self.statusBar().showMessage(
            self.tr("Could not load the embedding model: {reason}").format(reason=message), 15000
        )

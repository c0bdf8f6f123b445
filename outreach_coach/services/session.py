"""AnalysisSession: the one place that assembles the analyzer and returns the Report to show.

It owns the analyzer's parts – the phrase catalogs (from the user's folder), the embedding
model and its detector, the reference profiles, the first names, the sent history and the
settings that shape a snapshot – and the merge of grammar findings into a report. The CLI
calls it synchronously; the GUI calls ``analyze`` on its analysis lane's worker thread and
the ``use_*`` methods on the GUI thread. Qt-free.

Thread safety: the analyzer is an immutable value; ``use_*`` replace it whole, and
``analyze`` reads it once, so a job sees either the old or the new analyzer, never a mix.

Start-up: the analyzer (every rule, the references) is made on first use – by the first
analysis, on the lane's worker thread – and the model and LanguageTool modules (numpy, urllib)
are imported where they are loaded, so building the window imports none of them.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from outreach_coach.core.model import Channel, Snapshot
from outreach_coach.core.text.bounds import readable_part
from outreach_coach.errors import ServiceUnavailableError
from outreach_coach.services.catalogs import LazyCatalogs
from outreach_coach.settings import Settings

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence

    from outreach_coach.core.analyzer import Analyzer
    from outreach_coach.core.model import Finding, Recipient, Report, Suppression
    from outreach_coach.core.ports import Embedder, SentHistory
    from outreach_coach.core.score.references import References
    from outreach_coach.services.analysis import LoadedEmbedder
    from outreach_coach.services.embedders import EmbedderChoice
    from outreach_coach.services.languagetool import GrammarChecker

    # The sent history for a model (None: wording only); ``wiring.sent_history`` bound to a
    # library. A callable, so that services need not know storage.
    HistorySource = Callable[[Embedder | None], SentHistory]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class LoadedModel:
    """The embedding model (with its detector) and the references it was warmed up with."""

    embedder: LoadedEmbedder
    references: dict[str, References]

    @property
    def name(self) -> str:
        return self.embedder.embedder.name

    @property
    def warning(self) -> str:
        return self.embedder.warning


def load_model(
    choice: EmbedderChoice,
    own_profiles: Sequence[str] = (),
    references: dict[str, References] | None = None,
) -> LoadedModel:
    """Blocking (a loader thread or the CLI): the chosen model, or the default with a warning;
    the user's saved people join the reference bank (unless ``references`` are given, built
    with them already). Raises ServiceUnavailableError when no model loads."""
    from outreach_coach.assets import references_with
    from outreach_coach.services.analysis import load_with_fallback

    references = references if references is not None else references_with(own_profiles)
    return LoadedModel(load_with_fallback(choice, references), references)


def phrase_folder(settings: Settings, data_dir: Path | None) -> Path | None:
    """Where the user's own phrase lists live: the settings' folder, else the data folder."""
    return Path(settings.phrase_folder).expanduser() if settings.phrase_folder else data_dir


class AnalysisSession:
    """The analyzer as configured, and the report the panel (or the CLI) shows."""

    def __init__(
        self,
        settings: Settings,
        data_dir: Path | None,
        references: Mapping[str, References] | None = None,
    ) -> None:
        """Rules only: catalogs compile on first use (or ``catalogs.load()`` in the
        background), references without the segment bank unless given; the analyzer itself
        is made on first use."""
        self._settings = settings
        self._data_dir = data_dir
        self.catalogs = LazyCatalogs(phrase_folder(settings, data_dir))
        self._history_for: HistorySource | None = None
        self._model: LoadedModel | None = None
        self._references = dict(references) if references is not None else None
        self._analyzer: Analyzer | None = None
        self._lock = threading.Lock()  # making or replacing the analyzer

    @classmethod
    def for_command_line(
        cls,
        settings: Settings,
        data_dir: Path | None,
        choice: EmbedderChoice | None,
        own_profiles: Sequence[str] = (),
    ) -> AnalysisSession:
        """Synchronous: catalogs compiled now, the model loaded now (without one, or when it
        is unavailable, the score goes by wording only, said in the log)."""
        from outreach_coach.assets import references_with

        references = references_with(own_profiles)
        session = cls(settings, data_dir, references)
        session.catalogs.load()
        if choice is None:
            return session
        try:
            loaded = load_model(choice, references=references)
        except ServiceUnavailableError as error:
            log.warning("embedding model unavailable, scoring by wording only: %s", error)
            return session
        if loaded.warning:
            log.warning("%s", loaded.warning)
        session.use_model(loaded)
        return session

    @property
    def analyzer(self) -> Analyzer:
        """The analyzer in use now (an immutable value), made on first use."""
        analyzer = self._analyzer
        if analyzer is None:
            with self._lock:
                analyzer = self._made()
        return analyzer

    def _made(self) -> Analyzer:
        """The analyzer, made now if it was not yet (call with the lock held)."""
        if self._analyzer is None:
            from outreach_coach.assets import LazyFirstNames, startup_references
            from outreach_coach.core.analyzer import Analyzer
            from outreach_coach.services.word_tagger import load_word_tagger

            references = self._model.references if self._model is not None else self._references
            analyzer = Analyzer(
                self.catalogs,
                references=references if references is not None else startup_references(),
                first_names=LazyFirstNames(),
                word_tagger=load_word_tagger(),
            )
            if self._model is not None:
                analyzer = self._model.embedder.attach_to(analyzer)
            self._analyzer = self._with_history(analyzer)
        return self._analyzer

    @property
    def settings(self) -> Settings:
        return self._settings

    @property
    def model(self) -> LoadedModel | None:
        """The embedding model in use, or None (wording only)."""
        return self._model

    def use_model(self, loaded: LoadedModel) -> None:
        """The model, its detector and the full references; the sent history follows."""
        with self._lock:
            self._model = loaded
            if self._analyzer is None:
                return  # made with them on first use
            analyzer = loaded.embedder.attach_to(self._analyzer)
            self._analyzer = self._with_history(replace(analyzer, references=loaded.references))

    def use_library(self, history_for: HistorySource) -> None:
        """Find copies of sent messages (by meaning too, once a model is in use)."""
        with self._lock:
            self._history_for = history_for
            if self._analyzer is not None:
                self._analyzer = self._with_history(self._analyzer)

    def use_settings(self, settings: Settings) -> LazyCatalogs | None:
        """New settings for the next snapshot; the catalogs to compile if the phrase folder
        changed (else None). The model changes only with a new session (a restart)."""
        old, self._settings = self._settings, settings
        if settings.phrase_folder == old.phrase_folder:
            return None
        with self._lock:
            self.catalogs = LazyCatalogs(phrase_folder(settings, self._data_dir))
            if self._analyzer is not None:
                self._analyzer = replace(self._analyzer, catalogs=self.catalogs)
        return self.catalogs

    def snapshot(
        self,
        revision: int,
        text: str,
        recipient: Recipient,
        suppressions: Sequence[Suppression] = (),
    ) -> Snapshot:
        """What the window analyses, with the channel and the advised length from the
        settings: a very long draft's beginning only (``readable_part``), the rest counted."""
        read = readable_part(text)
        return Snapshot(
            revision,
            read,
            recipient,
            channel=Channel(self._settings.channel),
            suppressions=tuple(suppressions),
            advised_words=self._settings.advised_words,
            unread=len(text) - len(read),
        )

    def analyze(self, snapshot: Snapshot) -> Report:
        """Rules, score and history for ``snapshot`` (any thread)."""
        return self.analyzer.analyze(snapshot)

    def merge_grammar(
        self, report: Report, findings: Sequence[Finding], snapshot: Snapshot
    ) -> Report:
        """``report`` with the grammar findings for the same text merged in (no duplicates,
        the recipient's own words not flagged as misspelled)."""
        if not findings:
            return report
        from outreach_coach.core.analyzer import merge_findings

        merged = merge_findings(report.findings, list(findings), snapshot.text, snapshot.recipient)
        return replace(report, findings=merged)

    def check(self, snapshot: Snapshot, grammar: GrammarChecker | None) -> Report:
        """Synchronous (the CLI): rules and score, then grammar when a checker runs (a failed
        grammar check is logged and leaves the report without grammar)."""
        report = self.analyze(snapshot)
        if grammar is None:
            return report
        try:
            extra = grammar.check(snapshot.text, report.language)
        except ServiceUnavailableError as error:
            log.warning("grammar check failed: %s", error)
            return report
        return self.merge_grammar(report, extra, snapshot)

    def _with_history(self, analyzer: Analyzer) -> Analyzer:
        if self._history_for is None:
            return analyzer
        return analyzer.with_history(self._history_for(analyzer.embedder))


def build_analyzer(
    embeddings: bool = True,
    choice: EmbedderChoice | None = None,
    data_dir: Path | None = None,
    own_profiles: Sequence[str] = (),
) -> Analyzer:
    """The analyzer of a command-line session with default settings (tests, benchmarks):
    without a model it still runs every rule (wording only); ``own_profiles`` (notes of saved
    people) join the built-in references; problems in own catalog files are logged, not fatal."""
    from outreach_coach.services.embedders import EmbedderChoice

    model = (choice or EmbedderChoice()) if embeddings else None
    return AnalysisSession.for_command_line(Settings(), data_dir, model, own_profiles).analyzer

"""Build the analyzer with the shipped catalogs and, when wanted, the default embedder."""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from outreach_coach.assets import LazyFirstNames, references_with
from outreach_coach.core.analyzer import Analyzer, merge_findings
from outreach_coach.errors import ServiceUnavailableError
from outreach_coach.services.catalogs import load_catalogs
from outreach_coach.services.detector import LearnedDetector, load_detector
from outreach_coach.services.embedders import CachedEmbedder, EmbedderChoice, load_embedder
from outreach_coach.services.languagetool import GrammarChecker, GrammarSettings

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from pathlib import Path

    from outreach_coach.core.model import Report, Snapshot
    from outreach_coach.core.score.references import References

log = logging.getLogger(__name__)


def load_warm_embedder(
    choice: EmbedderChoice, references: Mapping[str, References]
) -> CachedEmbedder:
    """Load the model and embed the reference profiles and generic sentences right away, in
    the loader's thread: the first analysis then only embeds the draft and the notes."""
    embedder = load_embedder(choice)
    for refs in references.values():
        texts = [fact.span.text for fact in refs.facts] + [text for text, _ in refs.typical]
        for start in range(0, len(texts), 64):
            embedder.embed(texts[start : start + 64])
    return embedder


@dataclass(frozen=True, slots=True)
class LoadedEmbedder:
    """The model in use, and why it is not the one that was asked for (empty if it is)."""

    embedder: CachedEmbedder
    warning: str = ""
    detector: LearnedDetector | None = None

    def attach_to(self, analyzer: Analyzer) -> Analyzer:
        """The analyzer with this model and the detector trained for it."""
        return replace(analyzer, embedder=self.embedder, detector=self.detector)


def load_with_fallback(
    choice: EmbedderChoice, references: Mapping[str, References]
) -> LoadedEmbedder:
    """The chosen model; if it cannot load (not installed, no internet for a download), the
    default model with a message that says so. Raises only when the default fails too."""
    try:
        embedder = load_warm_embedder(choice, references)
        return LoadedEmbedder(embedder, detector=load_detector(embedder))
    except ServiceUnavailableError as error:
        if choice == EmbedderChoice():
            raise
        log.info("embedding model %s unavailable, falling back: %s", choice.label, error)
        fallback = load_warm_embedder(EmbedderChoice(), references)
        return LoadedEmbedder(
            fallback,
            f"{error.message} – using {fallback.name} instead ({error.hint})",
            load_detector(fallback),
        )


def build_analyzer(
    embeddings: bool = True,
    choice: EmbedderChoice | None = None,
    data_dir: Path | None = None,
    own_profiles: Sequence[str] = (),
) -> Analyzer:
    """An analyzer ready for use; without a model it still runs every rule (wording only).

    ``own_profiles`` (notes of the user's saved people) join the built-in reference profiles.
    Problems in the user's own catalog files are logged and skipped, never fatal.
    """
    analyzer = Analyzer(
        load_catalogs(data_dir).catalogs,
        references=references_with(own_profiles),
        first_names=LazyFirstNames(),
    )
    if not embeddings:
        return analyzer
    try:
        loaded = load_with_fallback(choice or EmbedderChoice(), analyzer.references)
    except ServiceUnavailableError as error:
        log.warning("embedding model unavailable, scoring by wording only: %s", error)
        return analyzer
    if loaded.warning:
        log.warning("%s", loaded.warning)
    return loaded.attach_to(analyzer)


def start_grammar(settings: GrammarSettings) -> GrammarChecker | None:
    """Start the configured grammar checker, or None (off, or unavailable: said on stderr)."""
    if settings.mode == "off":
        return None
    checker = GrammarChecker(settings)
    try:
        checker.start()
    except ServiceUnavailableError as error:
        log.warning("grammar checks skipped: %s", error)
        checker.close()
        return None
    return checker


class CheckRunner:
    """Rules, score and (when available) grammar, for the command line."""

    def __init__(self, analyzer: Analyzer, grammar: GrammarChecker | None) -> None:
        self.analyzer = analyzer
        self.grammar = grammar

    def analyze(self, snapshot: Snapshot) -> Report:
        report = self.analyzer.analyze(snapshot)
        if self.grammar is None:
            return report
        try:
            extra = self.grammar.check(snapshot.text, report.language)
        except ServiceUnavailableError as error:
            log.warning("grammar check failed: %s", error)
            return report
        merged = merge_findings(report.findings, extra, snapshot.text, snapshot.recipient)
        return replace(report, findings=merged)

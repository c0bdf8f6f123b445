"""Load the embedding model (warm, with its detector, falling back to the default) and start
LanguageTool; ``services/session.py`` assembles the analyzer from them."""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from outreach_coach.errors import ServiceUnavailableError
from outreach_coach.services.detector import LearnedDetector, load_detector
from outreach_coach.services.embedders import (
    CachedEmbedder,
    EmbedderChoice,
    load_embedder,
    one_blas_thread,
)
from outreach_coach.services.languagetool import GrammarChecker, GrammarSettings

if TYPE_CHECKING:
    from collections.abc import Mapping

    from outreach_coach.core.analyzer import Analyzer
    from outreach_coach.core.score.references import References

log = logging.getLogger(__name__)


def load_warm_embedder(
    choice: EmbedderChoice, references: Mapping[str, References]
) -> CachedEmbedder:
    """Load the model and embed the reference profiles and generic sentences right away, in
    the loader's thread: the first analysis then only embeds the draft and the notes. BLAS
    on one thread (``one_blas_thread``): keystrokes are small calls, and their tails grew
    many times over with a second thread on two busy cores."""
    one_blas_thread()
    embedder = load_embedder(choice, threads=1)
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

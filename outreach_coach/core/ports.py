"""What the core needs from the outside world, as protocols the services implement."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from collections.abc import Sequence

    from outreach_coach.core.model import Recipient, SentMatch


class Embedder(Protocol):
    """Semantic similarity between short texts (sentences, note facts)."""

    @property
    def name(self) -> str:
        """A short label for the status bar and reports, e.g. ``"USE multilingual v3"``."""
        ...

    @property
    def match_threshold(self) -> float:
        """Cosine similarity from which two texts say the same thing (differs per model)."""
        ...

    @property
    def paraphrase_threshold(self) -> float:
        """Cosine similarity from which a sentence restates another (stricter than a match)."""
        ...

    def similarity(self, left: Sequence[str], right: Sequence[str]) -> list[list[float]]:
        """Cosine similarity of every ``left`` text with every ``right`` text (rows = left)."""
        ...


class SentHistory(Protocol):
    """Messages the user sent before, searchable by similarity (storage implements it)."""

    def similar(self, text: str, recipient: Recipient) -> Sequence[SentMatch]:
        """Sent messages resembling ``text``; ``same_recipient`` marks those to ``recipient``."""
        ...


class WordTagger(Protocol):
    """A learned model that tells, per word of a draft, how likely it is a buzzword.

    A word's features (``core.rules.buzzword_words.word_features``: the word and its
    neighbours) are defined in core, so that training and run time share one definition.
    """

    def buzzword_probabilities(self, words: Sequence[str], language: str) -> list[float]:
        """Per word (the draft's words in order), the probability that it is a buzzword."""
        ...

    def cutoff(self, language: str) -> float:
        """The lowest probability that makes a finding (chosen on held-out families)."""
        ...


class ClauseDetector(Protocol):
    """A learned model that tells, per clause, how likely it is each kind of problem.

    ``form`` holds the clause's form features (``core.rules.detector.form_features``), computed
    in core so that training and run time share one definition.
    """

    def detect(
        self,
        clauses: Sequence[str],
        sentences: Sequence[str],
        form: Sequence[Sequence[float]],
        language: str,
    ) -> list[list[tuple[str, float]]]:
        """Per clause (with the sentence it stands in), the categories whose probability
        clears their threshold, with that probability."""
        ...

"""The draft split once: sentences and clauses with ``str`` offsets, shared by every rule (its
words on first use).

Splitting is the part every rule needs and none should redo; one immutable object handed to all
rules replaces per-rule calls (and caches that hand out shared lists).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from outreach_coach.core.text.split import Span, sentences, words

# Where a sentence divides into clauses: commas, semicolons, colons, brackets, dashes.
CLAUSE_BREAK = re.compile(r"\s*(?:[,;:()–—]|\s-\s)\s*")
# Pathological input (a 1 MB paste without punctuation) is cut into pieces of at most this many
# characters, so that no sentence or clause makes one rule or one embedding unbounded.
MAX_PIECE_CHARS = 1_000


@dataclass(frozen=True, slots=True)
class SplitDraft:
    """One draft, split; build it with ``SplitDraft.of(text)``."""

    text: str
    sentences: tuple[Span, ...]
    # where each sentence starts, for finding the one around an offset by bisection
    sentence_starts: tuple[int, ...] = field(repr=False, compare=False)

    @classmethod
    def of(cls, text: str) -> SplitDraft:
        sentence_spans = tuple(bounded(sentences(text)))
        return cls(
            text=text,
            sentences=sentence_spans,
            sentence_starts=tuple(sentence.start for sentence in sentence_spans),
        )

    @property
    def clauses(self) -> tuple[Span, ...]:
        """The clauses of every sentence, made on first use (only the learned detector reads
        them) and cached for the last drafts."""
        return _clauses(self.sentences)

    @property
    def words(self) -> list[Span]:
        """The words with offsets, made on first use (no rule needs them all; the counts come
        from ``word_texts`` and ``word_starts``); the shared cached list, not to be modified."""
        return words(self.text)

    def sentence_at(self, index: int) -> Span | None:
        """The sentence that contains ``index`` (None between sentences)."""
        position = bisect_right(self.sentence_starts, index) - 1
        if position >= 0 and index < self.sentences[position].end:
            return self.sentences[position]
        return None


@lru_cache(maxsize=4)
def _clauses(sentence_spans: tuple[Span, ...]) -> tuple[Span, ...]:
    return tuple(clause for sentence in sentence_spans for clause in clauses_of(sentence))


def bounded(spans: list[Span]) -> list[Span]:
    """Spans longer than ``MAX_PIECE_CHARS`` cut at the last space before the limit."""
    result: list[Span] = []
    for span in spans:
        start = span.start
        text = span.text
        while len(text) > MAX_PIECE_CHARS:
            cut = text.rfind(" ", 0, MAX_PIECE_CHARS)
            cut = cut if cut > MAX_PIECE_CHARS // 2 else MAX_PIECE_CHARS
            piece = text[:cut].rstrip()
            if piece:
                result.append(Span(start, start + len(piece), piece))
            rest = text[cut:]
            skipped = len(rest) - len(rest.lstrip())
            start += cut + skipped
            text = rest.lstrip()
        if text:
            result.append(Span(start, start + len(text), text))
    return result


def clauses_of(sentence: Span) -> list[Span]:
    """The clauses of one sentence, with offsets into the draft; a sentence without a break is
    its own single clause."""
    result: list[Span] = []
    position = 0
    for match in [*CLAUSE_BREAK.finditer(sentence.text), None]:
        end = match.start() if match else len(sentence.text)
        piece = sentence.text[position:end]
        stripped = piece.strip()
        if stripped:
            offset = sentence.start + position + (len(piece) - len(piece.lstrip()))
            result.append(Span(offset, offset + len(stripped), stripped))
        if match:
            position = match.end()
    return result

"""The draft split once: sentences, clauses and words with ``str`` offsets, shared by every rule.

Splitting is the part every rule needs and none should redo; one immutable object handed to all
rules replaces per-rule calls (and caches that hand out shared lists).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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
    clauses: tuple[Span, ...]
    words: tuple[Span, ...]

    @classmethod
    def of(cls, text: str) -> SplitDraft:
        sentence_spans = tuple(bounded(sentences(text)))
        return cls(
            text=text,
            sentences=sentence_spans,
            clauses=tuple(clause for s in sentence_spans for clause in clauses_of(s)),
            words=tuple(words(text)),
        )

    def sentence_at(self, index: int) -> Span | None:
        """The sentence that contains ``index`` (None between sentences)."""
        for sentence in self.sentences:
            if sentence.start <= index < sentence.end:
                return sentence
        return None


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

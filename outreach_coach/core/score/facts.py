"""Facts from the notes: what they say, which words make them specific, how much they prove.

A fact is a line, bullet or sentence of the notes. Its *content stems* are the words a draft
can reuse (shortened so German inflection does not hide a match); each stem is weighted by how
rare it is among other people's notes, so "Pulverbeschichtungsanlage" outweighs "Team".
Merge fields (name, company, job title) are masked first: a template can contain them too.
A *headline* fact (job title at the company) is what merge tools fill in, so it weighs little.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from outreach_coach.core.score.fact_kind import INDIVIDUAL, SEGMENT, fact_kind
from outreach_coach.core.score.merge_fields import (
    MergeFields,
    content_stems,
    is_content,
    pieces,
    stem,
)
from outreach_coach.core.text.split import Span, lines_and_sentences, words

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from outreach_coach.core.model import Recipient

HEADLINE_WEIGHT = 0.3
# Role, organisation and place are what a targeting list knows: they weigh little.
SEGMENT_WEIGHT = 0.3
NAMED_BONUS = 1.5
# A stem this rare among other people's notes (idf) is specific enough to prove a reference.
ANCHOR_IDF = 0.8


@dataclass(frozen=True, slots=True)
class DocumentFrequency:
    """In how many reference profiles each stem occurs: rare stems are specific."""

    counts: Mapping[str, int]
    documents: int

    def idf(self, key: str) -> float:
        """1 for a stem nobody else has, towards 0.1 for one every profile shares."""
        if self.documents == 0:
            return 1.0
        share = self.counts.get(key, 0) / self.documents
        return max(0.1, 1.0 - math.sqrt(share))

    @classmethod
    def of(cls, documents: Iterable[str]) -> DocumentFrequency:
        counts: dict[str, int] = {}
        total = 0
        for document in documents:
            total += 1
            for key in set(content_stems(document)):
                counts[key] = counts.get(key, 0) + 1
        return cls(counts, total)


EMPTY_FREQUENCY = DocumentFrequency({}, 0)


@dataclass(frozen=True, slots=True)
class Fact:
    """One fact from the notes with its weighted stems and how much it can prove."""

    span: Span
    stems: Mapping[str, float]  # stem → weight (rarity × named-thing bonus)
    headline: bool
    weight: float
    kind: str = INDIVIDUAL
    # Stems that name something specific (a number, a name, a rare word): a draft that repeats
    # one refers to this fact, not merely to its topic.
    anchors: frozenset[str] = frozenset()

    @property
    def individual(self) -> bool:
        return self.kind == INDIVIDUAL

    @property
    def total(self) -> float:
        return sum(self.stems.values())

    def overlap(self, sentence_stems: frozenset[str]) -> float:
        """Weighted share of this fact's stems that ``sentence_stems`` contains (0..1)."""
        total = self.total
        if not total:
            return 0.0
        return sum(w for key, w in self.stems.items() if key in sentence_stems) / total


def _named(word: str, index: int) -> bool:
    """Numbers, inner capitals (PyCon, AWS) and capitalised words inside a line name things."""
    return (
        any(char.isdigit() for char in word)
        or word[1:] != word[1:].lower()
        or (index > 0 and word[:1].isupper() and len(word) > 3)
    )


def split_facts(
    recipient: Recipient,
    frequency: DocumentFrequency = EMPTY_FREQUENCY,
    merge: MergeFields | None = None,
    classify: bool = True,
) -> list[Fact]:
    """The recipient's notes as weighted facts, in the order they were written (``classify``
    False: reference profiles, whose kinds nobody asks for)."""
    fields = merge if merge is not None else MergeFields.of(recipient)
    facts: list[Fact] = []
    for position, span in enumerate(lines_and_sentences(recipient.notes)):
        stems: dict[str, float] = {}
        anchors: set[str] = set()
        specific = 0.0
        for index, word in enumerate(words(fields.mask(span.text))):
            for piece in pieces(word.text):
                if not is_content(piece):
                    continue
                key = stem(piece)
                named = _named(piece, index)
                value = frequency.idf(key) * (NAMED_BONUS if named else 1.0)
                stems[key] = max(stems.get(key, 0.0), value)
                specific = max(specific, value)
                if named or (frequency.idf(key) >= ANCHOR_IDF and len(key) >= 5):
                    anchors.add(key)
        headline = fields.is_headline(span.text, first=position == 0)
        kind = SEGMENT if headline else fact_kind(span.text) if classify else INDIVIDUAL
        factor = HEADLINE_WEIGHT if headline else SEGMENT_WEIGHT if kind == SEGMENT else 1.0
        weight = factor * (0.5 + min(1.5, specific))
        facts.append(Fact(span, stems, headline, weight, kind, frozenset(anchors)))
    return facts

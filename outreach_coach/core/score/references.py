"""What "anyone" looks like: other people's notes and typical mass-message sentences.

A sentence that fits other profiles as well as this recipient could go to anyone; a note
that many profiles share is not specific. A fresh install compares with a built-in bank of
synthetic profiles; the user's own profile library adds the people they actually write to.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from outreach_coach.core.model import Category, Recipient
from outreach_coach.core.score.facts import EMPTY_FREQUENCY, DocumentFrequency, Fact, split_facts

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

# Comparing with more profiles than this costs time and adds nothing a keystroke needs.
MAX_PROFILES = 300


@dataclass(frozen=True, slots=True)
class References:
    """Reference profiles (as facts), their word rarity and the banks of typical sentences.

    ``generic`` holds typical mass-message sentences (they keep a sentence from counting as
    personal); ``typical`` pairs typical sentences with the finding category they stand for
    (fake personalization, pressure, empty promise, generic phrase), for findings by meaning.
    """

    profiles: tuple[tuple[Fact, ...], ...] = ()
    generic: tuple[str, ...] = ()
    frequency: DocumentFrequency = EMPTY_FREQUENCY
    typical: tuple[tuple[str, Category], ...] = ()
    facts: tuple[Fact, ...] = field(init=False)
    owners: tuple[int, ...] = field(init=False)  # profile index of each fact
    # stem → (fact index, share of that fact's weight): lexical overlap with every reference
    # fact in one pass over the sentence's stems instead of one pass per fact.
    stem_index: Mapping[str, tuple[tuple[int, float], ...]] = field(init=False)

    def __post_init__(self) -> None:
        facts = tuple(fact for profile in self.profiles for fact in profile)
        index: dict[str, list[tuple[int, float]]] = {}
        for position, fact in enumerate(facts):
            total = fact.total
            for key, weight in fact.stems.items():
                index.setdefault(key, []).append((position, weight / total))
        object.__setattr__(self, "facts", facts)
        object.__setattr__(
            self, "owners", tuple(i for i, profile in enumerate(self.profiles) for _ in profile)
        )
        object.__setattr__(self, "stem_index", {k: tuple(v) for k, v in index.items()})

    def overlaps(self, stems: frozenset[str]) -> list[float]:
        """``Fact.overlap`` with every reference fact, in ``facts`` order."""
        shares = [0.0] * len(self.facts)
        for key in stems:
            for position, share in self.stem_index.get(key, ()):
                shares[position] += share
        return shares

    def excluding(self, own_facts: Iterable[str]) -> References:
        """Without profiles that are the recipient's own (saved) notes: nobody is "anyone else"
        to themselves. A profile counts as theirs when most of its facts are the recipient's."""
        own = {_normalized(text) for text in own_facts}
        if not own:
            return self
        kept = tuple(
            profile
            for profile in self.profiles
            if sum(_normalized(f.span.text) in own for f in profile) * 2 <= len(profile)
        )
        return (
            self
            if len(kept) == len(self.profiles)
            else References(kept, self.generic, self.frequency, self.typical)
        )


def _normalized(text: str) -> str:
    return " ".join(text.casefold().split())


def build_references(
    profile_notes: Iterable[str],
    generic: Iterable[str] = (),
    typical: Iterable[tuple[str, Category]] = (),
) -> References:
    """Split every profile's notes into facts once; rarity is counted over the same profiles."""
    notes = [text for text in profile_notes if text.strip()][:MAX_PROFILES]
    frequency = DocumentFrequency.of(notes)
    profiles = tuple(
        facts
        for facts in (tuple(split_facts(Recipient(notes=text), frequency)) for text in notes)
        if facts
    )
    generic_sentences = tuple(s for s in generic if s.strip())
    typical_sentences = (
        *((sentence, Category.GENERIC_PHRASE) for sentence in generic_sentences),
        *((sentence, category) for sentence, category in typical if sentence.strip()),
    )
    return References(profiles, generic_sentences, frequency, typical_sentences)

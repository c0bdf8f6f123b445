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
from outreach_coach.core.score.merge_fields import MergeFields, content_stems

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

# Comparing with more profiles than this costs time and adds nothing a keystroke needs.
MAX_PROFILES = 300
_NO_FIELDS = MergeFields()
# The people *like* the recipient a sentence must fit worse than them: this many nearest
# profiles of the segment bank (same role, kind of organisation, place) join the comparison.
NEIGHBOURS = 10


@dataclass(frozen=True, slots=True)
class SegmentProfile:
    """A profile of the segment bank: what a targeting list knows (its segment stems) and all
    its lines as facts (segment lines and individual facts)."""

    segment: frozenset[str]
    facts: tuple[Fact, ...]


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
    bank: tuple[SegmentProfile, ...] = ()
    # profiles from this index on are the recipient's segment neighbours (see with_neighbours)
    neighbour_from: int = -1
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
        if self.neighbour_from < 0:
            object.__setattr__(self, "neighbour_from", len(self.profiles))

    def neighbours(
        self,
        segment_stems: Iterable[str],
        count: int = NEIGHBOURS,
        own_facts: Iterable[str] = (),
    ) -> list[int]:
        """Indices of the bank profiles whose segment shares the most (rare) stems with
        ``segment_stems``: cheap set arithmetic, no model call. A profile that is the
        recipient (most of its lines are theirs, see ``excluding``) is nobody "like" them."""
        wanted = set(segment_stems)
        if not wanted or not self.bank:
            return []
        scored = []
        for position, profile in enumerate(self.bank):
            shared = wanted & profile.segment
            if shared:
                scored.append((sum(self.frequency.idf(key) for key in shared), position))
        scored.sort(reverse=True)
        own = {_normalized(text) for text in own_facts}
        chosen: list[int] = []
        for _, position in scored:
            if len(chosen) == count:
                break
            facts = self.bank[position].facts
            if own and sum(_normalized(f.span.text) in own for f in facts) * 2 > len(facts):
                continue
            chosen.append(position)
        return chosen

    def with_neighbours(
        self, segment_stems: Iterable[str], own_facts: Iterable[str] = ()
    ) -> References:
        """These references plus the recipient's nearest segment neighbours from the bank
        (last, from ``neighbour_from`` on), never the recipient themselves."""
        chosen = self.neighbours(segment_stems, own_facts=own_facts)
        if not chosen:
            return self
        return References(
            (*self.profiles, *(self.bank[i].facts for i in chosen)),
            self.generic,
            self.frequency,
            self.typical,
            self.bank,
            len(self.profiles),
        )

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
            else References(kept, self.generic, self.frequency, self.typical, self.bank)
        )


def _normalized(text: str) -> str:
    return " ".join(text.casefold().split())


def build_references(
    profile_notes: Iterable[str],
    generic: Iterable[str] = (),
    typical: Iterable[tuple[str, Category]] = (),
    segment_profiles: Iterable[tuple[str, str]] = (),
) -> References:
    """Split every profile's notes into facts once; rarity is counted over the same profiles
    and the segment bank (``segment_profiles``: segment text, whole notes)."""
    notes = [text for text in profile_notes if text.strip()][:MAX_PROFILES]
    segmented = [(segment, text) for segment, text in segment_profiles if text.strip()]
    frequency = DocumentFrequency.of([*notes, *(text for _, text in segmented)])
    profiles = tuple(
        facts
        for facts in (
            tuple(split_facts(Recipient(notes=text), frequency, classify=False)) for text in notes
        )
        if facts
    )
    generic_sentences = tuple(s for s in generic if s.strip())
    typical_sentences = (
        *((sentence, Category.GENERIC_PHRASE) for sentence in generic_sentences),
        *((sentence, category) for sentence, category in typical if sentence.strip()),
    )
    bank = tuple(
        SegmentProfile(
            frozenset(content_stems(segment)),
            tuple(split_facts(Recipient(notes=text), frequency, _NO_FIELDS, classify=False)),
        )
        for segment, text in segmented
    )
    return References(profiles, generic_sentences, frequency, typical_sentences, bank)

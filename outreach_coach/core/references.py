"""What "anyone" looks like: other people's notes and typical mass-message sentences.

A sentence that fits other profiles as well as this recipient could go to anyone; a note
that many profiles share is not specific. A fresh install compares with a built-in bank of
synthetic profiles; the user's own profile library adds the people they actually write to.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from outreach_coach.core.facts import EMPTY_FREQUENCY, DocumentFrequency, Fact, split_facts
from outreach_coach.core.model import Recipient

if TYPE_CHECKING:
    from collections.abc import Iterable

# Comparing with more profiles than this costs time and adds nothing a keystroke needs.
MAX_PROFILES = 300


@dataclass(frozen=True, slots=True)
class References:
    """Reference profiles (as facts), their word rarity and the generic sentence bank."""

    profiles: tuple[tuple[Fact, ...], ...] = ()
    generic: tuple[str, ...] = ()
    frequency: DocumentFrequency = EMPTY_FREQUENCY

    @property
    def fact_texts(self) -> list[str]:
        return [fact.span.text for profile in self.profiles for fact in profile]

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
            else References(kept, self.generic, self.frequency)
        )


def _normalized(text: str) -> str:
    return " ".join(text.casefold().split())


def build_references(profile_notes: Iterable[str], generic: Iterable[str] = ()) -> References:
    """Split every profile's notes into facts once; rarity is counted over the same profiles."""
    notes = [text for text in profile_notes if text.strip()][:MAX_PROFILES]
    frequency = DocumentFrequency.of(notes)
    profiles = tuple(
        facts
        for facts in (tuple(split_facts(Recipient(notes=text), frequency)) for text in notes)
        if facts
    )
    return References(profiles, tuple(s for s in generic if s.strip()), frequency)

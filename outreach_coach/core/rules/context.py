"""What every rule gets besides the draft: who it goes to, in which language and channel, and
the shared tools (catalog, learned detector). One signature for all rules:
``rule(draft: SplitDraft, ctx: RuleContext) -> list[Finding]``."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from outreach_coach.core.model import Channel, Recipient

if TYPE_CHECKING:
    from outreach_coach.core.model import Finding
    from outreach_coach.core.ports import ClauseDetector, WordTagger
    from outreach_coach.core.rules.catalog import Catalog, Match
    from outreach_coach.core.text.draft import SplitDraft


@dataclass(frozen=True, slots=True)
class RuleContext:
    recipient: Recipient = field(default_factory=Recipient)
    language: str = "en"
    channel: Channel = Channel.EMAIL
    advised_words: int = 0  # the user's own length budget; 0 = the channel's default
    catalog: Catalog | None = None
    detector: ClauseDetector | None = None
    word_tagger: WordTagger | None = None
    # lower-case first name → "f"/"m" (resources/names/first-names.tsv); empty = not used
    first_names: Mapping[str, str] = field(default_factory=dict)
    # the catalog's matches in this draft, found once per analysis (phrases and the detector
    # both need them); None = not searched yet
    catalog_matches: tuple[Match, ...] | None = None

    @property
    def german(self) -> bool:
        return self.language == "de"

    def with_catalog_matches(self, text: str) -> RuleContext:
        """This context with the catalog searched once for ``text``."""
        if self.catalog is None or self.catalog_matches is not None:
            return self
        return replace(self, catalog_matches=tuple(self.catalog.find(text)))

    def matches(self, text: str) -> tuple[Match, ...]:
        """The catalog's matches in ``text``: the ones found already, or a search now."""
        if self.catalog_matches is not None:
            return self.catalog_matches
        return tuple(self.catalog.find(text)) if self.catalog is not None else ()


Rule = Callable[["SplitDraft", RuleContext], "list[Finding]"]

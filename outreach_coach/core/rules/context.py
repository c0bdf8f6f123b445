"""What every rule gets besides the draft: who it goes to, in which language and channel, and
the shared tools (catalog, learned detector). One signature for all rules:
``rule(draft: SplitDraft, ctx: RuleContext) -> list[Finding]``."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from outreach_coach.core.model import Channel, Recipient

if TYPE_CHECKING:
    from outreach_coach.core.model import Finding
    from outreach_coach.core.ports import ClauseDetector
    from outreach_coach.core.rules.catalog import Catalog
    from outreach_coach.core.text.draft import SplitDraft


@dataclass(frozen=True, slots=True)
class RuleContext:
    recipient: Recipient = field(default_factory=Recipient)
    language: str = "en"
    channel: Channel = Channel.EMAIL
    advised_words: int = 0  # the user's own length budget; 0 = the channel's default
    catalog: Catalog | None = None
    detector: ClauseDetector | None = None
    # lower-case first name → "f"/"m" (resources/names/first-names.tsv); empty = not used
    first_names: Mapping[str, str] = field(default_factory=dict)

    @property
    def german(self) -> bool:
        return self.language == "de"


Rule = Callable[["SplitDraft", RuleContext], "list[Finding]"]

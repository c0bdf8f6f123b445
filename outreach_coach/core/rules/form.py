"""Channel budgets: a LinkedIn connection note stops at 300 characters, attention much earlier."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from outreach_coach.core.model import Category, Channel, Finding, Severity
from outreach_coach.core.text.split import word_starts

if TYPE_CHECKING:
    from outreach_coach.core.rules.context import RuleContext
    from outreach_coach.core.text.draft import SplitDraft


@dataclass(frozen=True, slots=True)
class Budget:
    """``hard_chars``: the platform refuses more; ``advised_words``: readers stop around here."""

    hard_chars: int | None
    advised_words: int


BUDGETS = {
    Channel.LINKEDIN_NOTE: Budget(hard_chars=300, advised_words=50),
    Channel.LINKEDIN_MESSAGE: Budget(hard_chars=8000, advised_words=120),
    Channel.EMAIL: Budget(hard_chars=None, advised_words=200),
}
_NAMES = {
    "de": {
        Channel.LINKEDIN_NOTE: "eine LinkedIn-Kontaktanfrage",
        Channel.LINKEDIN_MESSAGE: "eine LinkedIn-Nachricht",
        Channel.EMAIL: "eine erste E-Mail",
    },
    "en": {
        Channel.LINKEDIN_NOTE: "a LinkedIn connection note",
        Channel.LINKEDIN_MESSAGE: "a LinkedIn message",
        Channel.EMAIL: "a first e-mail",
    },
}


def budget_findings(draft: SplitDraft, ctx: RuleContext) -> list[Finding]:
    """Mark what runs past the channel's hard limit, or past the advised length (the user's
    own budget when set)."""
    text, channel, language, advised_words = (
        draft.text,
        ctx.channel,
        ctx.language,
        ctx.advised_words,
    )
    budget = BUDGETS[channel]
    if advised_words > 0:
        budget = Budget(budget.hard_chars, advised_words)
    german = language == "de"
    name = _NAMES["de" if german else "en"][channel]
    stripped_end = len(text.rstrip())
    if budget.hard_chars is not None and stripped_end > budget.hard_chars:
        return [
            Finding(
                start=budget.hard_chars,
                end=stripped_end,
                category=Category.STYLE,
                severity=Severity.ERROR,
                message=(
                    f"Für {name} sind höchstens {budget.hard_chars} Zeichen erlaubt; "
                    f"ab hier ({stripped_end - budget.hard_chars} Zeichen) wird abgeschnitten."
                    if german
                    else f"{name[0].upper()}{name[1:]} allows {budget.hard_chars} characters; "
                    f"everything from here ({stripped_end - budget.hard_chars} characters) is cut."
                ),
                suggestions=(
                    "Auf einen Grund und eine Frage kürzen."
                    if german
                    else "Cut it to one reason and one question.",
                ),
                rule=f"form.over_limit.{channel}",
            )
        ]
    starts = word_starts(text)
    if len(starts) <= budget.advised_words:
        return []
    start = starts[budget.advised_words]
    return [
        Finding(
            start=start,
            end=stripped_end,
            category=Category.STYLE,
            severity=Severity.INFO,
            message=(
                f"{len(starts)} Wörter – für {name} sind etwa {budget.advised_words} genug; "
                "ab hier liest kaum noch jemand."
                if german
                else f"{len(starts)} words – {budget.advised_words} are about enough for {name}; "
                "few read past this point."
            ),
            suggestions=(
                "Kürzen: Was muss die Person wissen, um zu antworten?"
                if german
                else "Shorten: what does the reader need to know to reply?",
            ),
            rule=f"form.over_budget.{channel}",
        )
    ]

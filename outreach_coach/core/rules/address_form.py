"""Du and Sie in one German message: a sign of pasted template parts, and rude either way."""

from __future__ import annotations

import re

from outreach_coach.core.model import Category, Finding, Severity
from outreach_coach.core.text import sentences

_DU = re.compile(
    r"(?<![^\W\d_])(?:du|dich|dir|dein|deine|deinem|deinen|deiner|deines)(?![^\W\d_])",
    re.IGNORECASE,
)
# Polite forms count only when capitalised mid-sentence ("Sie" vs "sie"); "Ihnen" anywhere.
_SIE = re.compile(r"(?<![^\W\d_])(?:Sie|Ihnen|Ihr|Ihre|Ihrem|Ihren|Ihrer|Ihres)(?![^\W\d_])")


def _sentence_starts(text: str) -> set[int]:
    return {span.start for span in sentences(text)}


def address_form_findings(text: str, language: str) -> list[Finding]:
    """Mark the rarer of Du and Sie when a German draft uses both."""
    if language != "de":
        return []
    starts = _sentence_starts(text)
    du = [match.span() for match in _DU.finditer(text)]
    sie = [
        match.span()
        for match in _SIE.finditer(text)
        if match.group() == "Ihnen" or match.start() not in starts
    ]
    if not du or not sie:
        return []
    minority, form, other = (du, "du", "Sie") if len(du) <= len(sie) else (sie, "Sie", "du")
    message = (
        f"Die Nachricht mischt „Sie“ und „du“. Hier steht „{form}“, sonst meist „{other}“ – "
        "das wirkt wie aus zwei Vorlagen zusammenkopiert."
    )
    return [
        Finding(
            start=start,
            end=end,
            category=Category.TEMPLATE_ERROR,
            severity=Severity.WARNING,
            message=message,
            suggestions=(f"Durchgehend „{other}“ verwenden.",),
            rule="address.du_sie_mixed",
        )
        for start, end in minority
    ]

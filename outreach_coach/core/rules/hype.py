"""Numbers that make promises: hype magnitudes, parsed rather than listed.

A list can never be complete, so multipliers and magnitudes are parsed: "verzehnfachen",
"300 % mehr", "six-figure", "10x". Dumping prices live in ``core.rules.prices``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from outreach_coach.core.model import Category, Finding, Severity
from outreach_coach.core.rules.anchored import AnchoredRegex
from outreach_coach.core.rules.spans import SpanClaims

if TYPE_CHECKING:
    from outreach_coach.core.rules.context import RuleContext
    from outreach_coach.core.text.draft import SplitDraft

_HYPE_RES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"\b(?:ver(?:doppel|dreifach|vierfach|fünffach|zehnfach|hundertfach|vielfach)\w*|"
            r"(?:doubl|tripl|quadrupl)(?:e|es|ed|ing)\s+(?:your|their|the|its|our)\s+\w+)",
            re.IGNORECASE,
        ),
        "multiply",
    ),
    (re.compile(r"(?<![\w.,])\d{1,4}\s?[x×](?![\w])", re.IGNORECASE), "times"),
    (re.compile(r"(?<![\w.,])\d{1,4}[- ]?fach\w*", re.IGNORECASE), "times"),
    (
        re.compile(
            r"\b(?:(?:six|seven|eight|five)[- ]figures?|(?:sechs|sieben|acht|fünf)stellig\w*|"
            r"\d\s?[-–]\s?(?:(?:bis|to|oder|or)\s+\d\s?[-–]\s?)?(?:stellig\w*|figures?))",
            re.IGNORECASE,
        ),
        "digits",
    ),
    (
        re.compile(
            r"(?<![\w.,])(?:\+\s?)?(?P<percent>\d{3,5})\s?(?:%|Prozent|percent)"
            r"(?:\s+(?P<growth>mehr|more|higher|höhere?n?|increase|Steigerung|growth|Wachstum|ROI|"
            r"Rendite|Umsatz|revenue|sales))?",
            re.IGNORECASE,
        ),
        "percent",
    ),
)
# tried only where a number or one of the words occurs, not at every position of the text
_HYPE_ANCHORED = tuple((AnchoredRegex(regex), kind) for regex, kind in _HYPE_RES)

_TEXTS = {
    "de": {
        "hype": (
            "Große Zahlen ohne Beleg („{text}“) sind ein leeres Versprechen – genau damit werben "
            "Massennachrichten."
        ),
        "hype_hint": "Ein belegbares Ergebnis nennen (Kunde, Zeitraum, Zahl) oder streichen.",
    },
    "en": {
        "hype": (
            "Big numbers without proof (“{text}”) are an empty promise – exactly what mass "
            "messages advertise with."
        ),
        "hype_hint": "Name a result you can back up (client, period, number) or cut it.",
    },
}


def hype_findings(draft: SplitDraft, ctx: RuleContext) -> list[Finding]:
    """Multipliers, big percentages and "six-figure" style magnitudes."""
    text, language = draft.text, ctx.language
    words = _TEXTS.get(language, _TEXTS["en"])
    findings: list[Finding] = []
    claims = SpanClaims()
    for regex, kind in _HYPE_ANCHORED:
        for match in regex.finditer(text):
            start, end = match.span()
            if kind == "percent" and not _is_hype_percent(match):
                continue
            if kind == "times" and _is_plain_count(text, start, end):
                continue
            if not claims.claim(start, end):
                continue
            findings.append(
                Finding(
                    start=start,
                    end=end,
                    category=Category.EMPTY_PROMISE,
                    severity=Severity.WARNING,
                    message=words["hype"].format(text=match.group().strip()),
                    suggestions=(words["hype_hint"],),
                    rule=f"hype.{kind}",
                )
            )
    return findings


def _is_hype_percent(match: re.Match[str]) -> bool:
    """Percentages of 100 and more claim growth; "100 %" alone ("100 % remote") does not."""
    value = int(match.group("percent"))
    return value > 100 or (value == 100 and match.group("growth") is not None)


_COUNTED = re.compile(
    r"\s*(?:pro|per|a|im|in der|in|am|/)\s*(?:woche|week|monat|month|tag|day)", re.IGNORECASE
)


_BY_NUMBER = re.compile(r"\s?\d")


def _is_plain_count(text: str, start: int, end: int) -> bool:
    """ "3x pro Woche" or "2x in the week" counts repetitions, and "50 x 70" is a size, not
    growth."""
    return (
        _COUNTED.match(text, end) is not None
        or _BY_NUMBER.match(text, end) is not None
        or text[start:end].strip()[:-1] in {"1", "2"}
    )

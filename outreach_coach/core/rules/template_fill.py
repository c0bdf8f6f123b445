"""Template-fill errors: placeholders a mail merge left in the text (greetings: greeting.py)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from outreach_coach.core.model import Category, Finding, Severity
from outreach_coach.core.rules.anchored import AnchoredRegex
from outreach_coach.core.rules.spans import SpanClaims

if TYPE_CHECKING:
    from outreach_coach.core.rules.context import RuleContext
    from outreach_coach.core.text.draft import SplitDraft

# Words that only ever appear inside a placeholder, never inside a real bracketed aside.
_PLACEHOLDER_WORDS = (
    r"(?:first|last|full|company|contact|recipient|user)?[ _-]?(?:name|vorname|nachname|firma|"
    r"company|unternehmen|firstname|lastname|surname|position|rolle|role|titel|title|anrede|"
    r"salutation|city|stadt|ort|branche|industry|product|produkt|datum|date|link|url|e-?mail|job|"
    r"website|ansprechpartner(?:in)?|university|universität|hochschule|event|venue|"
    r"[a-zäöü]{3,20}name)"
    r"(?:[ _-]?\d)?"
)
# "[Owner Name]", "<Founder Name>": up to two capitalised words before a placeholder word
_FIELD = r"(?:[A-ZÄÖÜ][\w-]*[ _-]){0,2}(?i:" + _PLACEHOLDER_WORDS + r")"
_PLACEHOLDER_RES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\{\{\s*[^{}\n]{1,40}?\s*\}\}"), "double_braces"),
    (re.compile(r"(?<!\{)\{\s*[^\W\d][\w .-]{0,30}\}(?!\})"), "braces"),
    (
        re.compile(r"\[\s*(?:[A-ZÄÖÜ][A-ZÄÖÜ_ -]{1,30}|" + _FIELD + r")\s*\](?!\()"),
        "brackets",
    ),
    (re.compile(r"<<\s*[^<>\n]{1,40}?\s*>>"), "double_angle_brackets"),
    (re.compile(r"<\s*" + _FIELD + r"\s*>"), "angle_brackets"),
    (re.compile(r"<\s*[A-ZÄÖÜ][A-ZÄÖÜ_]{2,30}\s*>"), "angle_brackets"),
    (re.compile(r"«\s*" + _FIELD + r"\s*»"), "guillemets"),  # Word's merge fields
    (re.compile(r"\*\|[A-Z][A-Z0-9_:]{1,30}\|\*"), "mailchimp"),  # *|FNAME|*
    (re.compile(r"%[A-Za-z][A-Za-z_]{1,30}%"), "percent"),
    (re.compile(r"(?<![\w$])\$\{?[A-Za-z_][A-Za-z_]{1,30}\}?(?![\w(])"), "dollar"),
    (re.compile(r"_{3,}"), "blank"),
)
# tried only where "{", "[", "<", "«", "*", "%", "$" or "_" occurs, not at every position of
# the text
_PLACEHOLDER_ANCHORED = tuple((AnchoredRegex(regex), kind) for regex, kind in _PLACEHOLDER_RES)

_MESSAGES = {
    "de": (
        (
            "Platzhalter nicht ausgefüllt: „{text}“. So sieht jeder sofort, "
            "dass die Nachricht eine "
            "Serienvorlage ist."
        ),
        (
            "Durch das Richtige ersetzen – oder den Satz so umschreiben, "
            "dass er nur zu dieser Person passt."
        ),
    ),
    "en": (
        (
            "Unfilled placeholder: “{text}”. It tells the reader at once that this is a mail-merge "
            "template."
        ),
        "Replace it with the real detail, or rewrite the sentence so it only fits this person.",
    ),
}


def placeholder_findings(draft: SplitDraft, ctx: RuleContext) -> list[Finding]:
    """Leftover placeholders in every common mail-merge syntax."""
    text, language = draft.text, ctx.language
    message, suggestion = _MESSAGES.get(language, _MESSAGES["en"])
    claims = SpanClaims()
    findings: list[Finding] = []
    for regex, kind in _PLACEHOLDER_ANCHORED:
        for match in regex.finditer(text):
            start, end = match.span()
            if not claims.claim(start, end):
                continue
            findings.append(
                Finding(
                    start=start,
                    end=end,
                    category=Category.TEMPLATE_ERROR,
                    severity=Severity.ERROR,
                    message=message.format(text=match.group()),
                    suggestions=(suggestion,),
                    rule=f"placeholder.{kind}",
                )
            )
    return findings

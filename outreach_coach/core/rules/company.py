"""The company named in the draft, checked against the one in the recipient's notes."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from outreach_coach.core.model import Category, Finding, Recipient, Severity
from outreach_coach.core.rules.anchored import AnchoredRegex
from outreach_coach.core.rules.name_gender import fold_name

if TYPE_CHECKING:
    from outreach_coach.core.rules.context import RuleContext
    from outreach_coach.core.text.draft import SplitDraft

_LEGAL_FORM = (
    r"(?:GmbH(?:\s*&\s*Co\.\s*KG)?|AG|SE|KGaA|KG|UG|OHG|e\.\s?V\.|eG|Inc\.?|Ltd\.?|LLC|"
    r"Corp\.?|plc|S\.A\.)"
)
_COMPANY_NAME = r"[A-ZÄÖÜ0-9][\w&.+-]*(?:\s+(?:[A-ZÄÖÜ&][\w&.+-]*|&))*"
_LEGAL_NAME_RE = re.compile(rf"(?P<name>{_COMPANY_NAME}?)\s+{_LEGAL_FORM}(?!\w)")
_THEIR_COMPANY_RE = re.compile(
    r"(?:\b(?:your|Ihr(?:e|em|en|er)?|dein(?:e|em|en|er)?|eure?[mnr]?)\s+"
    r"(?:(?:aktuelle[nr]?|current|neue[nr]?|new)\s+)?"
    r"(?:Rolle|Arbeit|Team|Position|Job|Tätigkeit|Abteilung|Kolleg\w*|Zeit|Aufgaben?|Stelle|"
    r"role|work|team|position|job|department|colleagues|time|tenure)\s+(?:at|bei|with)\s+|"
    r"\b(?:Ihr(?:em)?|dein(?:em)?|your)\s+(?:Unternehmen|Firma|company|employer|Arbeitgeber)"
    r"(?:,\s*(?:der|die|das)?|\s+|,\s*)"
    r")(?P<name>[A-ZÄÖÜ][\w&+-]*(?:[ \t]+[A-ZÄÖÜ&][\w&+-]*){0,3})"
)
# tried only where "your", "Ihr…", "dein…" or "eur…" occurs, not at every position
_THEIR_COMPANY = AnchoredRegex(_THEIR_COMPANY_RE)
_NOTES_COMPANY_RE = re.compile(
    r"(?im)^\s*(?:Firma|Unternehmen|Arbeitgeber|Company|Employer)\s*[:=]\s*(?P<name>[^\n]+)$"
)


# Capitalised German nouns that follow "bei" without being a company ("bei Fragen").
_NOT_COMPANIES = frozenset(
    ["fragen", "rückfragen", "interesse", "bedarf", "gelegenheit", "problemen", "gelegenheiten"]
)


def _company_words(name: str) -> set[str]:
    stripped = re.sub(_LEGAL_FORM, " ", name)
    return {fold_name(word) for word in re.findall(r"[\w&+]+", stripped) if len(word) > 1}


def known_companies(recipient: Recipient) -> list[str]:
    """The recipient's company: the form field, else a "Firma:" line or legal name in the notes."""
    if recipient.company.strip():
        return [recipient.company.strip()]
    labelled = [
        match.group("name").strip() for match in _NOTES_COMPANY_RE.finditer(recipient.notes)
    ]
    if labelled:
        return labelled
    return [match.group().strip() for match in _LEGAL_NAME_RE.finditer(recipient.notes)]


def company_findings(draft: SplitDraft, ctx: RuleContext) -> list[Finding]:
    """A company named as the recipient's that is not the one in the notes."""
    text, recipient, language = draft.text, ctx.recipient, ctx.language
    companies = known_companies(recipient)
    if not companies:
        return []
    known_words = set().union(*(_company_words(name) for name in companies))
    german = language == "de"
    findings: list[Finding] = []
    for match in _THEIR_COMPANY.finditer(text):
        name = match.group("name").rstrip(".")
        words = _company_words(name)
        if not words or words & known_words or words <= _NOT_COMPANIES:
            continue
        start = match.start("name")
        findings.append(
            Finding(
                start=start,
                end=start + len(name),
                category=Category.TEMPLATE_ERROR,
                severity=Severity.ERROR,
                message=(
                    f"„{name}“ ist nicht das Unternehmen aus Ihren Notizen ({companies[0]}). "
                    "Stammt der Satz aus einer Nachricht an jemand anderen?"
                    if german
                    else f"“{name}” is not the company in your notes ({companies[0]}). Is this "
                    "sentence left over from a message to someone else?"
                ),
                suggestions=(companies[0],),
                rule="company.mismatch",
            )
        )
    return findings

"""Generic by meaning: sentences that restate a typical mass-message sentence.

The catalog catches known wordings; this catches the same idea in new words ("Ihr Profil hat
mich neugierig gemacht" ≈ "Ihr Profil hat mich sehr angesprochen"). Only sentences that are
not tied to the recipient, and that no catalog phrase already marks, are flagged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from outreach_coach.core.model import Category, Finding, Severity

if TYPE_CHECKING:
    from collections.abc import Sequence

    from outreach_coach.core.model import Personalization

# Findings of these categories already tell the user what is generic about the sentence.
_ALREADY_SAID = frozenset(
    {
        Category.GENERIC_PHRASE,
        Category.BUZZWORD,
        Category.EMPTY_PROMISE,
        Category.PRESSURE,
        Category.FAKE_PERSONALIZATION,
    }
)


def generic_sentence_findings(
    draft: str,
    personalization: Personalization,
    existing: Sequence[Finding],
    language: str,
) -> list[Finding]:
    german = language == "de"
    marked = [f for f in existing if f.category in _ALREADY_SAID]
    findings: list[Finding] = []
    for fit in personalization.sentences:
        if not fit.generic_like or fit.end > len(draft):
            continue
        if any(f.start < fit.end and fit.start < f.end for f in marked):
            continue
        like = fit.generic_like
        findings.append(
            Finding(
                start=fit.start,
                end=fit.end,
                category=Category.GENERIC_PHRASE,
                severity=Severity.INFO,
                message=(
                    f"Sagt dasselbe wie ein typischer Satz aus Massennachrichten („{like}“) – "
                    "er würde an jeden passen."
                    if german
                    else f"Says the same as a typical mass-message sentence (“{like}”) – it "
                    "would fit anyone."
                ),
                suggestions=(
                    "Durch etwas ersetzen, das nur für diese Person gilt – oder streichen."
                    if german
                    else "Replace it with something only true for this person – or cut it.",
                ),
                rule="generic.meaning",
            )
        )
    return findings

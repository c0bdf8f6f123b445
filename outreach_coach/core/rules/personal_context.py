"""An ask after a concrete, personal reason is not a template; nor is a sentence about the
recipient's own facts.

"Hätten Sie 20 Minuten?" closes mass messages and personal ones alike. In a draft that refers
to something specific from the recipient's notes and has no other sign of a template, the stock
ask, intro or closing is how polite people write – marking it would teach users to distrust the
coach. In a draft with a promise, pressure, flattery or a mail-merge slip, it stays marked.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from outreach_coach.core.model import Category
from outreach_coach.core.score.claims import notes_back_claim
from outreach_coach.core.text.split import WORD_RE

if TYPE_CHECKING:
    from collections.abc import Set

    from outreach_coach.core.model import Finding
    from outreach_coach.core.rules.context import RuleContext
    from outreach_coach.core.text.draft import SplitDraft
    from outreach_coach.core.text.split import Span

# Findings that show a template whatever else the draft says.
_TEMPLATE_SIGNS = frozenset(
    {
        Category.EMPTY_PROMISE,
        Category.PRESSURE,
        Category.FAKE_PERSONALIZATION,
        Category.PRICE_DUMPING,
        Category.BUZZWORD,
    }
)
# A sentence refers to the notes when it shares this many content words with them.
TIED_WORDS = 2
# A draft with this many such sentences is written to the person: a date or a limit in it
# ("Die Plätze sind auf 30 begrenzt", "submissions close on 1 February") is information the
# recipient needs, a plain ask is polite. Until 2026-12-02 the detector's findings of every
# category were dropped in such a draft and in every sentence naming the notes; with the draft
# context the model judges those itself, and fake-personal drafts (which name the notes too)
# kept their findings: held-out families, 108 per language, span recall 0.70 → 0.72 (de) and
# 0.67 → 0.72 (en), clean personal drafts flagged 10 → 12 and 8 → 10 of 324
# (`python -m training.quality_detector`, docs/QUALITY.md).
PERSONAL_DRAFT_SENTENCES = 2
_STOP = frozenset(
    (
        "aber",
        "auch",
        "eine",
        "einen",
        "einem",
        "einer",
        "haben",
        "habe",
        "hatte",
        "ihre",
        "ihren",
        "ihrem",
        "ihnen",
        "nicht",
        "noch",
        "sind",
        "über",
        "unter",
        "wenn",
        "weil",
        "dass",
        "diese",
        "dieser",
        "dieses",
        "sehr",
        "schon",
        "mehr",
        "nach",
        "beim",
        "from",
        "that",
        "this",
        "with",
        "have",
        "your",
        "about",
        "their",
        "there",
        "would",
        "could",
        "should",
        "will",
        "what",
        "when",
        "which",
        "were",
        "been",
        "they",
        "them",
        "into",
        "just",
        "also",
        "than",
        "then",
        "only",
        "more",
        "most",
        "some",
        "such",
        "very",
    )
)


def content_words(text: str) -> set[str]:
    """Lower-cased word stems (first six letters) of the words that carry content."""
    return {
        token.casefold()[:6]
        for token in WORD_RE.findall(text)
        if len(token) > 3 and token.casefold() not in _STOP
    }


def names_the_notes(text: str, note_words: Set[str]) -> bool:
    """The text names something from the notes: ``TIED_WORDS`` content words or more of
    ``note_words`` (``content_words`` of the notes)."""
    return len(content_words(text) & note_words) >= TIED_WORDS


def first_personal_sentence(draft: SplitDraft, notes: str) -> int | None:
    """Where the first sentence that names something from the notes (two content words or
    more) starts, or None."""
    note_words = content_words(notes)
    if not note_words:
        return None
    for sentence in draft.sentences:
        if names_the_notes(sentence.text, note_words):
            return sentence.start
    return None


def without_asks_after_a_personal_reason(
    findings: list[Finding], draft: SplitDraft, ctx: RuleContext
) -> list[Finding]:
    """Drop the generic-phrase findings that come after the first sentence naming something
    from the notes, in a draft with no other sign of a template (a stock opener before the
    personal reason stays marked)."""
    if not any(f.category == Category.GENERIC_PHRASE for f in findings):
        return findings
    if any(f.category in _TEMPLATE_SIGNS for f in findings):
        return findings
    reason = first_personal_sentence(draft, ctx.recipient.notes)
    if reason is None:
        return findings
    return [
        f for f in findings if not (f.category == Category.GENERIC_PHRASE and f.start >= reason)
    ]


def without_claims_quoted_from_the_notes(
    findings: list[Finding], draft: SplitDraft, ctx: RuleContext
) -> list[Finding]:
    """Drop promises and buzzwords in a clause whose words are mostly the recipient's own, from
    the notes: "your post about cutting agency nurse spend by 38%", "dass sich die Lieferzeiten
    aus Asien verdoppelt haben" quote what the person wrote or lived through; they promise
    nothing. A buzzword the notes themselves use ("dein Satz über das Benefit-Paket") is the
    recipient's own word, quoted."""
    note_words = content_words(ctx.recipient.notes) | _numbers(ctx.recipient.notes)
    if not note_words:
        return findings
    notes = ctx.recipient.notes.casefold()
    clauses = draft.clauses
    starts = [clause.start for clause in clauses]
    kept = []
    for finding in findings:
        if finding.category == Category.BUZZWORD and _in_notes(draft, finding, notes):
            continue
        if finding.category in (Category.EMPTY_PROMISE, Category.BUZZWORD):
            text = _clause_around(draft, clauses, starts, finding)
            words = content_words(text) | _numbers(text)
            if words and 2 * len(words & note_words) > len(words):
                continue
        kept.append(finding)
    return kept


def _in_notes(draft: SplitDraft, finding: Finding, notes: str) -> bool:
    words = draft.text[finding.start : finding.end].strip().casefold()
    return bool(words) and words in notes


def _clause_around(
    draft: SplitDraft, clauses: tuple[Span, ...], starts: list[int], finding: Finding
) -> str:
    """The clause a finding stands in ("verdoppelt" in "dass sich die Lieferzeiten auf 16
    Wochen verdoppelt haben"), or the finding's own words when it spans clauses; found by
    bisection (a 1 MB paste has thousands of clauses)."""
    index = bisect_right(starts, finding.start) - 1
    if index >= 0 and finding.end <= clauses[index].end:
        return clauses[index].text
    return draft.text[finding.start : finding.end]


def _numbers(text: str) -> set[str]:
    return {token for token in WORD_RE.findall(text) if any(c.isdigit() for c in token)}


def without_model_doubts_on_personal_sentences(
    findings: list[Finding], draft: SplitDraft, ctx: RuleContext
) -> list[Finding]:
    """Drop the learned detector's findings in a sentence whose personal claim the notes back
    ("Glückwunsch zur Beförderung" to someone whose notes say she was promoted), and its
    pressure findings in a draft with ``PERSONAL_DRAFT_SENTENCES`` sentences that name the
    notes (a date or a limit there is information), unless the catalog or the exact rules
    already show a template.

    Naming the notes alone does not silence the model: a fake compliment names them too ("als
    Office-Managerin bei Heller Maschinenbau jonglieren Sie bestimmt unzählige Aufgaben"), and
    the model weighs the overlap with the notes (its form features) and the rest of the draft
    (its draft context) itself."""
    if not any(f.rule.startswith("detector.") for f in findings):
        return findings
    if any(f.category in _TEMPLATE_SIGNS and not f.rule.startswith("detector.") for f in findings):
        return findings
    note_words = content_words(ctx.recipient.notes)
    if not note_words:
        return findings
    named = sum(1 for s in draft.sentences if names_the_notes(s.text, note_words))
    written_to_the_person = named >= PERSONAL_DRAFT_SENTENCES
    kept = []
    for finding in findings:
        if finding.rule.startswith("detector.") and (
            (written_to_the_person and finding.category == Category.PRESSURE)
            or _backed_by_the_notes(draft, finding, ctx)
        ):
            continue
        kept.append(finding)
    return kept


def _backed_by_the_notes(draft: SplitDraft, finding: Finding, ctx: RuleContext) -> bool:
    sentence = draft.sentence_at(finding.start)
    return sentence is not None and notes_back_claim(
        sentence.text, ctx.language, ctx.recipient.notes
    )

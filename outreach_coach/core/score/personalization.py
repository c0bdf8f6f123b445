"""The personalization score: how much of the draft could only have been written to this person.

Every point is traceable. Up to 60 points come from the recipient's facts the draft uses
(each used fact earns points by its weight: specific facts more than a job title), up to 40
from sentences tied to this recipient rather than to anyone else; each unsupported personal
claim costs points. A sentence that fits other profiles as well as this one is
interchangeable – a template with the name merged in is made of such sentences.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from outreach_coach.core.model import FactUse, Personalization, SentenceFit, SentenceRole
from outreach_coach.core.score.contrast import match_sentences
from outreach_coach.core.score.facts import split_facts
from outreach_coach.core.score.merge_fields import MergeFields
from outreach_coach.core.score.references import References
from outreach_coach.core.score.wording import explanation, hints, no_notes
from outreach_coach.core.text.message_parts import frame_flags, pitches_sender
from outreach_coach.core.text.split import sentences

if TYPE_CHECKING:
    from collections.abc import Sequence

    from outreach_coach.core.model import Recipient
    from outreach_coach.core.ports import Embedder
    from outreach_coach.core.score.contrast import SentenceMatch
    from outreach_coach.core.score.facts import Fact
    from outreach_coach.core.text.split import Span

# Beyond this many sentences a draft is not a message any more; comparing more would only
# cost time (a 1 MB paste has thousands of sentences).
MAX_SENTENCES = 120
FACT_POINTS, SENTENCE_POINTS, CLAIM_PENALTY, MAX_CLAIM_PENALTY = 60.0, 40.0, 10, 30
# A tie this strong (0..1, see core.contrast) means the sentence uses the fact.
USED = 0.5
# Nobody has to use every fact: this much fact weight (two specific facts) is full coverage.
FULL_COVERAGE_WEIGHT = 2.5
# Three quarters of the body personal is a fully personal message: asking is not personal,
# but a message that is half template should not reach full points.
PERSONAL_SHARE_FOR_FULL = 0.75
# A sentence that fits more than this share of reference profiles as well is interchangeable.
PORTABLE_SHARE = 0.05
# A sentence this close to the generic bank (below the paraphrase threshold by this margin)
# is mass-message material even if a word of it happens to echo a note.
GENERIC_MARGIN = 0.15


def assess(
    draft: str,
    recipient: Recipient,
    language: str,
    embedder: Embedder | None = None,
    references: References | None = None,
    faked: Sequence[tuple[int, int]] = (),
) -> Personalization:
    """Score the draft against the recipient's notes, in contrast to everybody else.

    ``faked`` are spans the rules call fake personalization ("als Leiterin Datenplattform
    wissen Sie sicher, wie wichtig Datenqualität ist"): a sentence that fakes closeness earns
    no points, even when a word of it echoes a note."""
    german = language == "de"
    refs = references or References()
    merge = MergeFields.of(recipient)
    facts = split_facts(recipient, refs.frequency, merge)
    method = f"wording + meaning ({embedder.name})" if embedder else "wording only"
    if not facts:
        return no_notes(german, method)
    refs = refs.excluding(fact.span.text for fact in facts)
    spans = sentences(draft)[:MAX_SENTENCES]
    matches = match_sentences([span.text for span in spans], facts, refs, merge, embedder)
    threshold = embedder.paraphrase_threshold if embedder is not None else 2.0
    frame = frame_flags(spans)
    excluded = [
        is_frame
        or pitches_sender(span.text)
        or any(start < span.end and span.start < end for start, end in faked)
        for span, is_frame in zip(spans, frame, strict=True)
    ]
    fits = _sentence_fits(spans, matches, frame, excluded, facts, refs, threshold)
    uses = _fact_uses(facts, spans, matches, excluded)
    return _scored(uses, fits, german, method)


def _sentence_fits(
    spans: list[Span],
    matches: list[SentenceMatch],
    frame: list[bool],
    excluded: list[bool],
    facts: list[Fact],
    refs: References,
    generic_threshold: float,
) -> list[SentenceFit]:
    others = len(refs.profiles)
    portable_limit = max(1, round(others * PORTABLE_SHARE))
    candidates = [i for i, fact in enumerate(facts) if not fact.headline]
    fits: list[SentenceFit] = []
    for span, match, is_frame, is_excluded in zip(spans, matches, frame, excluded, strict=True):
        if is_frame:
            fits.append(SentenceFit(span.start, span.end, SentenceRole.FRAME, others=others))
            continue
        best = max(candidates, key=lambda i: match.strengths[i], default=None)
        personal = (
            not is_excluded
            and best is not None
            and match.strengths[best] >= USED
            and match.fits_others <= portable_limit
            and match.generic_similarity < generic_threshold - GENERIC_MARGIN
        )
        like = ""
        if not personal and match.generic_similarity >= generic_threshold:
            like = refs.generic[match.generic_index]
        fits.append(
            SentenceFit(
                span.start,
                span.end,
                SentenceRole.PERSONAL if personal else SentenceRole.INTERCHANGEABLE,
                fact=best if personal else None,
                fits_others=match.fits_others,
                others=others,
                generic_like=like,
            )
        )
    return fits


def _fact_uses(
    facts: list[Fact], spans: list[Span], matches: list[SentenceMatch], excluded: list[bool]
) -> list[FactUse]:
    """Each fact with the body sentence that uses it most (greeting, signature and sentences
    that fake closeness never do)."""
    uses: list[FactUse] = []
    for index, fact in enumerate(facts):
        strengths = [
            0.0 if is_excluded else match.strengths[index]
            for match, is_excluded in zip(matches, excluded, strict=True)
        ]
        best = max(range(len(strengths)), key=strengths.__getitem__, default=-1)
        strength = strengths[best] if best >= 0 else 0.0
        used = strength >= USED
        uses.append(
            FactUse(
                text=fact.span.text,
                notes_start=fact.span.start,
                notes_end=fact.span.end,
                weight=fact.weight,
                used=used,
                similarity=strength,
                evidence=(spans[best].start, spans[best].end) if used else None,
                headline=fact.headline,
            )
        )
    return uses


def _scored(
    uses: list[FactUse], fits: list[SentenceFit], german: bool, method: str
) -> Personalization:
    total_weight = sum(use.weight for use in uses)
    used_weight = sum(use.weight for use in uses if use.used)
    target = min(total_weight, FULL_COVERAGE_WEIGHT)
    coverage = min(1.0, used_weight / target) if target else 0.0
    per_weight = FACT_POINTS / max(used_weight, target, 1e-9)
    uses = [replace(use, points=use.weight * per_weight) if use.used else use for use in uses]
    body = [fit for fit in fits if fit.role != SentenceRole.FRAME]
    personal = [fit for fit in body if fit.role == SentenceRole.PERSONAL]
    share = len(personal) / len(body) if body else 0.0
    sentence_points = SENTENCE_POINTS * min(1.0, share / PERSONAL_SHARE_FOR_FULL)
    each = sentence_points / len(personal) if personal else 0.0
    fits = [replace(fit, points=each) if fit.role == SentenceRole.PERSONAL else fit for fit in fits]
    used_facts = [use for use in uses if use.used]
    specificity = (
        sum(use.weight for use in used_facts) / (len(used_facts) * 2.0) if used_facts else 0.0
    )
    score = round(sum(use.points for use in uses) + sum(fit.points for fit in fits))
    return Personalization(
        score=max(0, min(100, score)),
        facts=tuple(uses),
        components={
            "coverage": coverage,
            "specificity": min(1.0, specificity),
            "interchangeable_share": 1.0 - share if body else 0.0,
            "unsupported_claims": 0.0,
        },
        hints=hints(uses, fits, german),
        explanation=explanation(uses, fits, german),
        method=method,
        sentences=tuple(fits),
    )


def with_claims(personalization: Personalization, claims: int, german: bool) -> Personalization:
    """Unsupported personal claims lower the score: invented closeness is worse than none."""
    if not claims or not personalization.facts:
        return personalization
    penalty = min(MAX_CLAIM_PENALTY, CLAIM_PENALTY * claims)
    note = (
        f" {claims} unbelegte persönliche Behauptung(en): −{penalty} Punkte."
        if german
        else f" {claims} unsupported personal claim(s): −{penalty} points."
    )
    return replace(
        personalization,
        score=max(0, personalization.score - penalty),
        components={**personalization.components, "unsupported_claims": float(claims)},
        explanation=personalization.explanation + note,
    )

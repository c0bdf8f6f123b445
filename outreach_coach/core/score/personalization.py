"""The personalization score: how much of the draft could only have been written to this person.

Every point is traceable. The score asks "could this have gone to somebody else – even to
somebody *like* them?": a fact is used only when a sentence refers to something specific in it
(a name, number, title, quoted words – or a close paraphrase) and fits it better than it fits
the recipient's segment neighbours (same role, kind of organisation, place); segment facts (job
title, company, industry, location) earn little; a sentence that pitches the sender's product
earns nothing; copying a note into a template earns less than engaging with it. The components
are combined by the calibrated weights of ``core/score/policy.py``; caps and penalties (unfilled
placeholder, wrong name or salutation, unsupported claims) are applied there, out loud.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from outreach_coach.core.model import (
    Category,
    FactUse,
    Finding,
    Personalization,
    SentenceFit,
    SentenceRole,
    Severity,
)
from outreach_coach.core.score.contrast import match_sentences, sentence_units
from outreach_coach.core.score.fact_kind import SEGMENT
from outreach_coach.core.score.facts import split_facts
from outreach_coach.core.score.memo import RecipientSide
from outreach_coach.core.score.merge_fields import MergeFields, content_stems
from outreach_coach.core.score.policy import FULL_COVERAGE_WEIGHT, apportion, with_limits
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
    from outreach_coach.core.score.memo import ScoreMemo
    from outreach_coach.core.text.split import Span

__all__ = ["assess", "with_claims", "with_limits"]

# Beyond this many sentences a draft is not a message any more; comparing more would only
# cost time (a 1 MB paste has thousands of sentences).
MAX_SENTENCES = 120
# A tie this strong (0..1, see core.contrast) means the sentence is about the fact.
USED = 0.5
# A sentence that fits more than this share of reference profiles as well is interchangeable.
PORTABLE_SHARE = 0.05
# A sentence this close to the generic bank (below the paraphrase threshold by this margin)
# is mass-message material even if a word of it happens to echo a note.
GENERIC_MARGIN = 0.15
# How much better a sentence must fit the fact than the best fact of the recipient's segment
# neighbours (meaning + shared words; with words only, the share of shared weight).
NEIGHBOUR_MARGIN = 0.08
# Without a shared specific word, only a close paraphrase counts: a fit (meaning + words) this
# high, or a clear tie (strength ≥ 0.75, well above everybody else's facts) that beats the best
# fact of the people like them by this much (a paraphrase in other words: "your talk in Berlin on
# agreements between data producers and consumers" for "spoke at PyCon DE about data
# contracts").
PARAPHRASE_FIT, PARAPHRASE_MARGIN = 0.62, 0.12
# A sentence that repeats this share of a fact's words, and says little else, copies it.
COPY_SHARE, COPY_OWN_WORDS = 0.7, 4
# Pitches anywhere in the sentence ("That's exactly what we help companies like X with").
_PITCH = re.compile(
    r"(?i)\b(?:wir\s+(?:helfen|bieten|unterstützen|liefern|haben\s+\w+\s+(?:entwickelt|"
    r"gebaut))|unser(?:e|er|en|em)?\s+(?:software|lösung|plattform|tool|produkt|service|"
    r"angebot|app|kunden|programm|agentur)|we\s+(?:help|offer|provide|support|built|deliver)|"
    r"our\s+(?:software|solution|platform|tool|product|service|clients|customers|app|"
    r"agency|program|programme)|demo\b)"
)
# Engaging with a fact: a question, a consequence, an opinion, one's own experience.
_ENGAGED = re.compile(
    r"(?i)\?|\b(?:weil|deshalb|daher|darum|ich\s+(?:finde|glaube|frage\s+mich|habe|hatte|"
    r"bin|war|arbeite|begleite|kenne)|mich\s+(?:interessiert|beschäftigt)|hat\s+mich|"
    r"bei\s+uns|wir\s+(?:stehen|haben|hatten|sind)|because|so\s+i|that's\s+why|which\s+is\s+why|"
    r"i\s+(?:think|wonder|wondered|agree|disagree|tried|have|had|run|work|am|was|'m|'ve)|"
    r"made\s+me|we\s+(?:are|were|had|have|ran|'re)|reminded\s+me|curious)\b"
)


def assess(
    draft: str,
    recipient: Recipient,
    language: str,
    embedder: Embedder | None = None,
    references: References | None = None,
    faked: Sequence[tuple[int, int]] = (),
    memo: ScoreMemo | None = None,
) -> Personalization:
    """Score the draft against the recipient's notes, in contrast to everybody else and to
    the people like them.

    ``faked`` are spans the rules call fake personalization ("als Leiterin Datenplattform
    wissen Sie sicher, wie wichtig Datenqualität ist"): a sentence that fakes closeness earns
    no points, even when a word of it echoes a note. ``memo`` keeps what the next analysis of
    a similar draft can reuse (the analyzer's; same result without it)."""
    german = language == "de"
    side = _recipient_side(recipient, references, memo)
    merge, refs = side.merge, side.references
    facts = list(side.facts)
    method = f"wording + meaning ({embedder.name})" if embedder else "wording only"
    if not facts:
        return no_notes(german, method)
    spans = sentences(draft)[:MAX_SENTENCES]
    matches = match_sentences([span.text for span in spans], facts, refs, merge, embedder, memo)
    threshold = embedder.paraphrase_threshold if embedder is not None else 2.0
    frame = frame_flags(spans)
    pitch = [
        not is_frame and _pitches(span.text) for span, is_frame in zip(spans, frame, strict=True)
    ]
    excluded = [
        is_frame or is_pitch or any(start < span.end and span.start < end for start, end in faked)
        for span, is_frame, is_pitch in zip(spans, frame, pitch, strict=True)
    ]
    stems = [sentence_units(span.text, merge, memo)[0] for span in spans]
    ties = [
        [
            _tie(fact, match, index, sentence_stems, embedder is not None)
            for index, fact in enumerate(facts)
        ]
        for match, sentence_stems in zip(matches, stems, strict=True)
    ]
    fits = _sentence_fits(spans, matches, ties, frame, excluded, facts, refs, threshold)
    uses = _fact_uses(facts, spans, matches, ties, excluded)
    features = _features(facts, uses, fits, spans, stems, pitch, frame, matches, threshold)
    return _scored(uses, fits, features, german, method)


def _recipient_side(
    recipient: Recipient, references: References | None, memo: ScoreMemo | None
) -> RecipientSide:
    """The recipient's merge fields and facts, and the references to compare with (without
    the recipient's own profile, with the people like them): the same for every keystroke,
    so kept in ``memo`` per recipient and references."""
    kept = memo.recipients.entries((references,)) if memo is not None else None
    side = kept.get(recipient) if kept is not None else None
    if side is None:
        side = _against(recipient, references or References())
        if kept is not None:
            kept[recipient] = side
    return side


def _against(recipient: Recipient, refs: References) -> RecipientSide:
    """The recipient side, computed (no facts: the references as they are)."""
    merge = MergeFields.of(recipient)
    facts = split_facts(recipient, refs.frequency, merge)
    if not facts:
        return RecipientSide(merge, (), refs)
    refs = refs.excluding(fact.span.text for fact in facts)
    segment_text = " ".join(f.span.text for f in facts if f.kind == SEGMENT) or recipient.notes
    refs = refs.with_neighbours(
        content_stems(merge.mask(segment_text)), [fact.span.text for fact in facts]
    )
    return RecipientSide(merge, tuple(facts), refs)


def _pitches(sentence: str) -> bool:
    return pitches_sender(sentence) or _PITCH.search(sentence) is not None


def _tie(
    fact: Fact, match: SentenceMatch, index: int, sentence_stems: frozenset[str], model: bool
) -> bool:
    """Does the sentence refer to this fact with substance – a specific word of it or a close
    paraphrase – and fit it better than the people like the recipient?"""
    if match.strengths[index] < USED:
        return False
    anchored = bool(fact.anchors & sentence_stems)
    margin = match.margins[index] if match.margins else 0.0
    close = (
        model
        and bool(match.fits)
        and (
            match.fits[index] >= PARAPHRASE_FIT
            or (match.strengths[index] >= 0.75 and margin >= PARAPHRASE_MARGIN)
        )
    )
    if not (anchored or close):
        return False
    return not match.margins or match.margins[index] >= NEIGHBOUR_MARGIN


def _sentence_fits(
    spans: list[Span],
    matches: list[SentenceMatch],
    ties: list[list[bool]],
    frame: list[bool],
    excluded: list[bool],
    facts: list[Fact],
    refs: References,
    generic_threshold: float,
) -> list[SentenceFit]:
    others = len(refs.profiles)
    portable_limit = max(1, round(others * PORTABLE_SHARE))
    fits: list[SentenceFit] = []
    for span, match, tied, is_frame, is_excluded in zip(
        spans, matches, ties, frame, excluded, strict=True
    ):
        if is_frame:
            fits.append(SentenceFit(span.start, span.end, SentenceRole.FRAME, others=others))
            continue
        candidates = [i for i, fact in enumerate(facts) if fact.individual and tied[i]]
        best = max(candidates, key=lambda i: match.strengths[i], default=None)
        personal = (
            not is_excluded
            and best is not None
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
    facts: list[Fact],
    spans: list[Span],
    matches: list[SentenceMatch],
    ties: list[list[bool]],
    excluded: list[bool],
) -> list[FactUse]:
    """Each fact with the body sentence that uses it most (greeting, signature, pitches and
    sentences that fake closeness never do; topic overlap without substance does not)."""
    uses: list[FactUse] = []
    for index, fact in enumerate(facts):
        strengths = [
            0.0 if is_excluded or not tied[index] else match.strengths[index]
            for match, tied, is_excluded in zip(matches, ties, excluded, strict=True)
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
                kind=fact.kind,
            )
        )
    return uses


def _copied(fact: Fact, sentence_stems: frozenset[str]) -> bool:
    """The sentence repeats the note nearly word for word and adds little of its own."""
    total = fact.total
    if not total:
        return False
    share = sum(w for key, w in fact.stems.items() if key in sentence_stems) / total
    return share >= COPY_SHARE and len(sentence_stems - set(fact.stems)) <= COPY_OWN_WORDS


def _features(
    facts: list[Fact],
    uses: list[FactUse],
    fits: list[SentenceFit],
    spans: list[Span],
    stems: list[frozenset[str]],
    pitch: list[bool],
    frame: list[bool],
    matches: list[SentenceMatch],
    generic_threshold: float,
) -> dict[str, float]:
    """The components the calibrated combination weighs (all 0..1)."""
    individual = [(f, u) for f, u in zip(facts, uses, strict=True) if f.individual]
    total = sum(f.weight for f, _ in individual)
    used = [(f, u) for f, u in individual if u.used]
    used_weight = sum(f.weight for f, _ in used)
    target = min(total, FULL_COVERAGE_WEIGHT)
    position = {(s.start, s.end): i for i, s in enumerate(spans)}
    engaged = copied = 0
    for fact, use in used:
        where = position.get(use.evidence) if use.evidence else None
        if where is None:
            continue
        if _ENGAGED.search(spans[where].text):
            engaged += 1
        elif _copied(fact, stems[where]):
            copied += 1
    body = [i for i, is_frame in enumerate(frame) if not is_frame]
    personal = sum(fits[i].role == SentenceRole.PERSONAL for i in body)
    segment_hit = any(
        m.strengths[i] >= USED for m in matches for i, f in enumerate(facts) if not f.individual
    )
    generic = sum(matches[i].generic_similarity >= generic_threshold - GENERIC_MARGIN for i in body)
    margins = [
        max((m.margins[i] for m in matches if m.margins), default=0.0)
        for i, (f, u) in enumerate(zip(facts, uses, strict=True))
        if f.individual and u.used
    ]
    n = max(1, len(body))
    return {
        "individual_coverage": min(1.0, used_weight / target) if target else 0.0,
        "facts_used": min(3, len(used)) / 3,
        "personal_share": personal / n if body else 0.0,
        "engaged": engaged / len(used) if used else 0.0,
        "copied": copied / len(used) if used else 0.0,
        "segment_only": float(segment_hit and not used),
        "pitch_share": sum(pitch[i] for i in body) / n if body else 0.0,
        "generic_share": generic / n if body else 0.0,
        "margin": min(1.0, max(0.0, max(margins, default=0.0)) * 2),
    }


def _scored(
    uses: list[FactUse],
    fits: list[SentenceFit],
    features: dict[str, float],
    german: bool,
    method: str,
) -> Personalization:
    body = [fit for fit in fits if fit.role != SentenceRole.FRAME]
    personal = [fit for fit in body if fit.role == SentenceRole.PERSONAL]
    share = len(personal) / len(body) if body else 0.0
    used_facts = [use for use in uses if use.used]
    specificity = (
        sum(use.weight for use in used_facts) / (len(used_facts) * 2.0) if used_facts else 0.0
    )
    draft = Personalization(
        score=0,
        facts=tuple(uses),
        components={
            "coverage": len(used_facts) / len(uses) if uses else 0.0,
            "specificity": min(1.0, specificity),
            "interchangeable_share": 1.0 - share if body else 0.0,
            "unsupported_claims": 0.0,
            **features,
        },
        hints=hints(uses, fits, german),
        explanation=explanation(uses, fits, german),
        method=method,
        sentences=tuple(fits),
    )
    return apportion(draft, german)


def with_claims(personalization: Personalization, claims: int, german: bool) -> Personalization:
    """Unsupported personal claims lower the score (kept for callers that only count them)."""
    fake = Finding(0, 0, Category.UNSUPPORTED_CLAIM, Severity.WARNING, "", (), "claim")
    return with_limits(personalization, [fake] * claims, german)

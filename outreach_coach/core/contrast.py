"""How strongly each draft sentence ties to each fact – measured against everybody else.

Raw similarity is not enough: "your work in logistics" is close to a logistics manager's notes
and equally close to every other logistics profile. So each sentence's fit to the recipient's
facts is compared with its fit to the reference profiles' facts (a z-score per sentence): a
sentence is tied to a fact only when it fits that fact far better than it fits other people.
Fit = meaning (when a model is loaded) + shared rare words (always), after removing the words a
mail merge inserts (name, company).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from outreach_coach.core.merge_fields import content_stems

if TYPE_CHECKING:
    from outreach_coach.core.facts import Fact
    from outreach_coach.core.merge_fields import MergeFields
    from outreach_coach.core.ports import Embedder
    from outreach_coach.core.references import References

# Shared rare words add this much to a model's cosine similarity (both count; neither rules).
LEXICAL_WEIGHT = 0.3
# z-scores (standard deviations above the sentence's fit to other people's facts) that mean
# "no tie" and "a clear tie"; the strength rises linearly in between.
Z_NONE, Z_CLEAR = 2.0, 4.5
# A sentence's fit to others varies little for short generic sentences; never divide by ~0.
SIGMA_FLOOR = 0.04
# Below this many reference facts, the model's own threshold stands in for the comparison.
MIN_REFERENCE_FACTS = 12


@dataclass(frozen=True, slots=True)
class SentenceMatch:
    """One draft sentence against the recipient's facts and everybody else."""

    strengths: tuple[float, ...]  # per recipient fact, 0 (no tie) .. 1 (clear tie)
    fits_others: int  # reference profiles that fit it at least as well as its best fact
    generic_similarity: float  # to the closest sentence of the generic bank (0 if none)
    generic_index: int  # that sentence, or -1


def match_sentences(
    sentence_texts: list[str],
    facts: list[Fact],
    references: References,
    merge: MergeFields,
    embedder: Embedder | None,
) -> list[SentenceMatch]:
    """Strength of every (sentence, fact) tie, how many others fit as well, closeness to
    the generic bank."""
    if not sentence_texts:
        return []
    masked = [merge.mask(text) for text in sentence_texts]
    stems = [frozenset(content_stems(text)) for text in masked]
    ref_facts = [fact for profile in references.profiles for fact in profile]
    owners = [index for index, profile in enumerate(references.profiles) for _ in profile]
    own_fit = [[fact.overlap(s) * _lexical_scale(embedder) for fact in facts] for s in stems]
    ref_fit = [[fact.overlap(s) * _lexical_scale(embedder) for fact in ref_facts] for s in stems]
    generic = [[0.0] for _ in masked]
    if embedder is not None:
        own_sem = embedder.similarity(masked, [merge.mask(f.span.text) for f in facts])
        ref_sem = embedder.similarity(masked, [fact.span.text for fact in ref_facts])
        own_fit = [_added(a, b) for a, b in zip(own_fit, own_sem, strict=True)]
        ref_fit = [_added(a, b) for a, b in zip(ref_fit, ref_sem, strict=True)]
        if references.generic:
            generic = embedder.similarity(masked, list(references.generic))
    matches: list[SentenceMatch] = []
    for row, others, generic_row in zip(own_fit, ref_fit, generic, strict=True):
        mean, sigma = _baseline(others, embedder)
        strengths = tuple(_strength(value, mean, sigma, embedder) for value in row)
        best = max(row, default=0.0)
        per_profile: dict[int, float] = {}
        for owner, value in zip(owners, others, strict=True):
            per_profile[owner] = max(per_profile.get(owner, -1.0), value)
        fits_others = sum(value >= best for value in per_profile.values()) if best > 0 else 0
        generic_best = max(range(len(generic_row)), key=generic_row.__getitem__)
        matches.append(
            SentenceMatch(
                strengths,
                fits_others,
                generic_row[generic_best] if references.generic else 0.0,
                generic_best if references.generic else -1,
            )
        )
    return matches


def _lexical_scale(embedder: Embedder | None) -> float:
    """With a model, shared words are a bonus on top of meaning; without, they are the fit."""
    return LEXICAL_WEIGHT if embedder is not None else 1.0


def _added(left: list[float], right: list[float]) -> list[float]:
    return [a + b for a, b in zip(left, right, strict=True)]


def _baseline(others: list[float], embedder: Embedder | None) -> tuple[float, float]:
    """Mean and spread of a sentence's fit to other people's facts."""
    if embedder is not None and len(others) >= MIN_REFERENCE_FACTS:
        mean = sum(others) / len(others)
        sigma = math.sqrt(sum((o - mean) ** 2 for o in others) / len(others))
        return mean, max(SIGMA_FLOOR, sigma)
    # Too few references: the model's own "same meaning" threshold marks a clear tie.
    threshold = embedder.match_threshold if embedder is not None else 1.0
    return 0.0, threshold / Z_CLEAR


def _strength(value: float, mean: float, sigma: float, embedder: Embedder | None) -> float:
    if embedder is None:
        return min(1.0, value)  # share of the fact's (weighted) words the sentence repeats
    z = (value - mean) / sigma
    return max(0.0, min(1.0, (z - Z_NONE) / (Z_CLEAR - Z_NONE)))

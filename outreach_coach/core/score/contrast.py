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
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from outreach_coach.core.score.merge_fields import content_stems
from outreach_coach.core.text.split import words

if TYPE_CHECKING:
    from outreach_coach.core.ports import Embedder
    from outreach_coach.core.score.facts import Fact
    from outreach_coach.core.score.merge_fields import MergeFields
    from outreach_coach.core.score.references import References

# Shared rare words add this much to a model's cosine similarity (both count; neither rules).
LEXICAL_WEIGHT = 0.3
# z-scores (standard deviations above the sentence's fit to other people's facts) that mean
# "no tie" and "a clear tie"; the strength rises linearly in between.
Z_NONE, Z_CLEAR = 2.0, 4.5
# A sentence's fit to others varies little for short generic sentences; never divide by ~0.
SIGMA_FLOOR = 0.04
# Sentences this long are also compared clause by clause; shorter clauses say too little.
LONG_SENTENCE_WORDS, MIN_CLAUSE_WORDS = 12, 4
CLAUSE_BREAK = re.compile(r"\s*(?:[,;:()–—]|\s-\s)\s*")
# Below this many reference facts, the model's own threshold stands in for the comparison.
MIN_REFERENCE_FACTS = 12


@dataclass(frozen=True, slots=True)
class SentenceMatch:
    """One draft sentence against the recipient's facts and everybody else."""

    strengths: tuple[float, ...]  # per recipient fact, 0 (no tie) .. 1 (clear tie)
    fits_others: int  # reference profiles that fit it at least as well as its best fact
    generic_similarity: float  # to the closest sentence of the generic bank (0 if none)
    generic_index: int  # that sentence, or -1
    # per recipient fact: the raw fit (meaning + shared words) and how much better it fits
    # than the best fact of the recipient's segment neighbours (people like them)
    fits: tuple[float, ...] = ()
    margins: tuple[float, ...] = ()


def match_sentences(
    sentence_texts: list[str],
    facts: list[Fact],
    references: References,
    merge: MergeFields,
    embedder: Embedder | None,
) -> list[SentenceMatch]:
    """Strength of every (sentence, fact) tie, how many others fit as well, closeness to
    the generic bank. Long sentences are also compared clause by clause."""
    if not sentence_texts:
        return []
    units: list[str] = []
    owner_of_unit: list[int] = []
    for index, text in enumerate(sentence_texts):
        for unit in clause_units(merge.mask(text)):
            units.append(unit)
            owner_of_unit.append(index)
    scored = _score_units(units, facts, references, merge, embedder)
    generic = [[0.0] for _ in sentence_texts]
    if embedder is not None and references.generic:
        whole = [units[owner_of_unit.index(i)] for i in range(len(sentence_texts))]
        generic = embedder.similarity(whole, list(references.generic))
    matches: list[SentenceMatch] = []
    for index, generic_row in enumerate(generic):
        mine = [unit for unit, owner in zip(scored, owner_of_unit, strict=True) if owner == index]
        strengths = tuple(max(column) for column in zip(*(u[0] for u in mine), strict=True))
        fits = tuple(max(column) for column in zip(*(u[2] for u in mine), strict=True))
        margins = tuple(max(column) for column in zip(*(u[3] for u in mine), strict=True))
        lead = max(mine, key=lambda unit: max(unit[0], default=0.0))
        generic_best = max(range(len(generic_row)), key=generic_row.__getitem__)
        matches.append(
            SentenceMatch(
                strengths,
                lead[1],
                generic_row[generic_best] if references.generic else 0.0,
                generic_best if references.generic else -1,
                fits,
                margins,
            )
        )
    return matches


def clause_units(sentence: str) -> list[str]:
    """The sentence and, when it is long, its clauses: a reference in one clause should not
    drown in the rest of a long sentence."""
    if len(words(sentence)) < LONG_SENTENCE_WORDS:
        return [sentence]
    clauses = [part.strip() for part in CLAUSE_BREAK.split(sentence)]
    clauses = [part for part in clauses if len(words(part)) >= MIN_CLAUSE_WORDS]
    return [sentence, *clauses] if len(clauses) > 1 else [sentence]


def _score_units(
    units: list[str],
    facts: list[Fact],
    references: References,
    merge: MergeFields,
    embedder: Embedder | None,
) -> list[tuple[tuple[float, ...], int, tuple[float, ...], tuple[float, ...]]]:
    """Per unit: strength of the tie to each fact, how many profiles fit it as well, the raw
    fit to each fact and its margin over the segment neighbours' best fact."""
    stems = [frozenset(content_stems(text)) for text in units]
    owners = references.owners
    scale = _lexical_scale(embedder)
    own_fit = [[fact.overlap(s) * scale for fact in facts] for s in stems]
    ref_fit = [[share * scale for share in references.overlaps(s)] for s in stems]
    if embedder is not None:
        own_sem = embedder.similarity(units, [merge.mask(f.span.text) for f in facts])
        ref_sem = embedder.similarity(units, [fact.span.text for fact in references.facts])
        own_fit = [_added(a, b) for a, b in zip(own_fit, own_sem, strict=True)]
        ref_fit = [_added(a, b) for a, b in zip(ref_fit, ref_sem, strict=True)]
    scored: list[tuple[tuple[float, ...], int, tuple[float, ...], tuple[float, ...]]] = []
    first = references.neighbour_from
    for row, others in zip(own_fit, ref_fit, strict=True):
        neighbour_best = max(
            (v for owner, v in zip(owners, others, strict=True) if owner >= first), default=0.0
        )
        mean, sigma = _baseline(others, embedder)
        strengths = tuple(_strength(value, mean, sigma, embedder) for value in row)
        best = max(row, default=0.0)
        per_profile: dict[int, float] = {}
        for owner, value in zip(owners, others, strict=True):
            per_profile[owner] = max(per_profile.get(owner, -1.0), value)
        fits_others = sum(value >= best for value in per_profile.values()) if best > 0 else 0
        scored.append((strengths, fits_others, tuple(row), tuple(v - neighbour_best for v in row)))
    return scored


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

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
from array import array
from dataclasses import dataclass
from typing import TYPE_CHECKING

from outreach_coach.core.score.merge_fields import content_stems
from outreach_coach.core.text.split import words

if TYPE_CHECKING:
    from collections.abc import Sequence

    from outreach_coach.core.ports import Embedder
    from outreach_coach.core.score.facts import Fact
    from outreach_coach.core.score.memo import Scored, ScoreMemo
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
    facts: Sequence[Fact],
    references: References,
    merge: MergeFields,
    embedder: Embedder | None,
    memo: ScoreMemo | None = None,
) -> list[SentenceMatch]:
    """Strength of every (sentence, fact) tie, how many others fit as well, closeness to
    the generic bank. Long sentences are also compared clause by clause. With a ``memo``,
    units scored by an earlier analysis are not scored again (same result)."""
    if not sentence_texts:
        return []
    units: list[str] = []
    owner_of_unit: list[int] = []
    for index, text in enumerate(sentence_texts):
        for unit in sentence_units(text, merge, memo)[1]:
            units.append(unit)
            owner_of_unit.append(index)
    scored = _score_units(units, facts, references, merge, embedder, memo)
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


def sentence_units(
    sentence: str, merge: MergeFields, memo: ScoreMemo | None = None
) -> tuple[frozenset[str], tuple[str, ...]]:
    """The masked sentence's content stems and its clause units, kept in ``memo`` per
    sentence and merge fields."""
    kept = memo.sentences.entries((merge,)) if memo is not None else None
    found = kept.get(sentence) if kept is not None else None
    if found is None:
        masked = merge.mask(sentence)
        found = frozenset(content_stems(masked)), tuple(clause_units(masked))
        if kept is not None:
            kept[sentence] = found
    return found


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
    facts: Sequence[Fact],
    references: References,
    merge: MergeFields,
    embedder: Embedder | None,
    memo: ScoreMemo | None = None,
) -> list[Scored]:
    """Per unit: strength of the tie to each fact, how many profiles fit it as well, the raw
    fit to each fact and its margin over the segment neighbours' best fact.

    The model's similarities are computed for all units in one call, as always (a row's last
    bits depend on the call's other rows); what follows in Python – about 170 reference facts
    per unit – is kept in ``memo`` with the exact bytes of the unit's rows, and reused only
    when they are equal."""
    own_sem: list[list[float]] | None = None
    ref_sem: list[list[float]] | None = None
    if embedder is not None:
        own_sem = embedder.similarity(units, [merge.mask(f.span.text) for f in facts])
        ref_sem = embedder.similarity(units, [fact.span.text for fact in references.facts])
    kept = memo.units.entries((embedder, references), tuple(facts)) if memo is not None else None
    scored: list[Scored] = []
    for index, unit in enumerate(units):
        own_row = own_sem[index] if own_sem is not None else None
        ref_row = ref_sem[index] if ref_sem is not None else None
        rows = b""
        if kept is not None and own_row is not None and ref_row is not None:
            rows = array("d", own_row).tobytes() + array("d", ref_row).tobytes()
        found = kept.get(unit) if kept is not None else None
        if found is not None and found[0] == rows:
            scored.append(found[1])
            continue
        result = _score_unit(unit, facts, references, embedder, own_row, ref_row)
        if kept is not None:
            kept[unit] = (rows, result)
        scored.append(result)
    return scored


def _score_unit(
    unit: str,
    facts: Sequence[Fact],
    references: References,
    embedder: Embedder | None,
    own_sem: list[float] | None,
    ref_sem: list[float] | None,
) -> Scored:
    """One unit of ``_score_units``: shared words (plus the model's similarity) with each
    fact, against the fit to everybody else's facts."""
    stems = frozenset(content_stems(unit))
    scale = _lexical_scale(embedder)
    row = [fact.overlap(stems) * scale for fact in facts]
    others = [share * scale for share in references.overlaps(stems)]
    if own_sem is not None and ref_sem is not None:
        row = _added(row, own_sem)
        others = _added(others, ref_sem)
    owners = references.owners
    first = references.neighbour_from
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
    return strengths, fits_others, tuple(row), tuple(v - neighbour_best for v in row)


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

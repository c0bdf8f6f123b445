"""Score policy: how the components become a score, the caps said out loud, the verdict bands
and the points breakdown – in one place, so the panel, the CLI and the benchmarks agree.

The score is ``100 · sigmoid(bias + Σ weight · component)``. The weights were fitted on
labelled drafts (personal vs mass, fake-personal and generated attacks, German and English)
with leave-one-recipient-out cross-validation by ``python -m training.calibrate_score``,
which printed them. Hard limits come after the combination: an unfilled placeholder, a wrong
name or a wrong salutation caps the score at ``CAP_TEMPLATE``; a message whose body is mostly
interchangeable is never called personal (``CAP_INTERCHANGEABLE``).
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import TYPE_CHECKING

from outreach_coach.core.model import Category, Personalization, SentenceRole
from outreach_coach.core.score.fact_kind import INDIVIDUAL

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from outreach_coach.core.model import Finding

# Printed by `python -m training.calibrate_score` (2026-12-01; logistic regression on the dev
# set, 3,060 drafts, de + en; leave-one-recipient-out AUROCs in docs/QUALITY.md).
BIAS = -5.471
WEIGHTS: dict[str, float] = {
    "individual_coverage": 1.684,
    "facts_used": 2.816,
    "personal_share": 1.851,
    "engaged": 0.061,
    "copied": -1.315,
    "segment_only": 1.058,
    "pitch_share": -3.923,
    "generic_share": -4.158,
    "margin": 3.577,
    "claims": -0.182,
    "anonymous": -0.522,
}
FEATURES = tuple(WEIGHTS)
# Components that earn their points through facts, and through personal sentences.
_FACT_PARTS = ("individual_coverage", "facts_used", "engaged", "margin")
_SENTENCE_PARTS = ("personal_share",)
CAP_TEMPLATE = 20
# A sentence only this person could receive that engages with one of their facts (a question,
# a consequence, one's own experience) makes a draft at least "hardly personal": the lowest
# band says nothing in it is for this person (the caps still win).
FLOOR_ENGAGED = 20
CAP_INTERCHANGEABLE = 79
# Nobody has to use every fact: this much individual fact weight (two specific facts) is
# full coverage.
FULL_COVERAGE_WEIGHT = 2.5
MAX_CLAIMS = 3
# Findings that give a mail merge away: unfilled placeholders, a wrong name or salutation.
_WRONG_GREETING = frozenset(
    {
        "greeting.wrong_name",
        "greeting.wrong_gender",
        "greeting.wrong_title",
        "greeting.title_as_name",
    }
)


def logit(
    components: Mapping[str, float],
    bias: float | None = None,
    weights: Mapping[str, float] | None = None,
) -> float:
    chosen = WEIGHTS if weights is None else weights
    return (BIAS if bias is None else bias) + sum(
        w * components.get(name, 0.0) for name, w in chosen.items()
    )


def _percent(value: float) -> int:
    return round(100.0 / (1.0 + math.exp(-max(-30.0, min(30.0, value)))))


def earned(p: Personalization) -> bool:
    """Did anything earn a point: a used fact or a personal sentence?"""
    return any(use.used for use in p.facts) or any(
        fit.role == SentenceRole.PERSONAL for fit in p.sentences
    )


def policy_score(
    components: Mapping[str, float],
    has_earned: bool,
    bias: float | None = None,
    weights: Mapping[str, float] | None = None,
) -> int:
    """The calibrated combination with its limits: 0 when nothing earned a point (every point
    is traceable to a used fact or a personal sentence), never "personal" when half the body
    would fit anyone, at least ``FLOOR_ENGAGED`` when a personal sentence engages with a fact,
    at most ``components["cap"]`` (a placeholder, wrong name or salutation).
    ``bias`` and ``weights`` default to the shipped ones (the calibration passes its own)."""
    if not has_earned:
        return 0
    score = _percent(logit(components, bias, weights))
    if components.get("engaged", 0.0) > 0 and components.get("personal_share", 0.0) > 0:
        score = max(score, FLOOR_ENGAGED)
    if components.get("interchangeable_share", 0.0) >= 0.5:
        score = min(score, CAP_INTERCHANGEABLE)
    return min(score, round(components.get("cap", 100.0)))


def combined(p: Personalization, components: Mapping[str, float]) -> int:
    """The calibrated score of ``p`` with these components."""
    return policy_score(components, earned(p))


def apportion(p: Personalization, german: bool) -> Personalization:
    """The combined score, its points shared out to the facts and sentences that earned them."""
    del german
    return _shared(replace(p, score=combined(p, p.components)))


def _shared(p: Personalization) -> Personalization:
    c = p.components
    fact_part = sum(max(0.0, WEIGHTS[n] * c.get(n, 0.0)) for n in _FACT_PARTS)
    sentence_part = sum(max(0.0, WEIGHTS[n] * c.get(n, 0.0)) for n in _SENTENCE_PARTS)
    used = [use for use in p.facts if use.used]
    if fact_part + sentence_part <= 0:  # only segment facts used: they get the few points
        fact_part = 1.0 if used else 0.0
        sentence_part = 0.0 if used else 1.0
    total = fact_part + sentence_part
    used_weight = sum(use.weight for use in used) or 1.0
    personal = [fit for fit in p.sentences if fit.role == SentenceRole.PERSONAL]
    fact_points = p.score * fact_part / total if used else 0.0
    sentence_points = p.score - fact_points if personal else 0.0
    if not personal:
        fact_points = float(p.score) if used else 0.0
    facts = tuple(
        replace(use, points=fact_points * use.weight / used_weight)
        if use.used
        else replace(use, points=0.0)
        for use in p.facts
    )
    each = sentence_points / len(personal) if personal else 0.0
    fits = tuple(
        replace(fit, points=each) if fit.role == SentenceRole.PERSONAL else replace(fit, points=0.0)
        for fit in p.sentences
    )
    return replace(p, facts=facts, sentences=fits)


def with_limits(p: Personalization, findings: Iterable[Finding], german: bool) -> Personalization:
    """Unsupported claims cost points; a placeholder, wrong name or wrong salutation caps the
    score. The explanation says which and why."""
    if not p.facts:
        return p
    found = list(findings)
    claims = sum(f.category == Category.UNSUPPORTED_CLAIM for f in found)
    placeholder = any(f.rule.startswith("placeholder.") for f in found)
    wrong = any(f.rule in _WRONG_GREETING for f in found)
    anonymous = any(f.rule == "greeting.anonymous_known_name" for f in found)
    components = {
        **p.components,
        "unsupported_claims": float(claims),
        "claims": min(MAX_CLAIMS, claims) / MAX_CLAIMS,
        "anonymous": float(anonymous),
    }
    uncapped = combined(p, components)
    notes: list[str] = []
    if claims:
        lost = max(0, p.score - uncapped)
        notes.append(
            f"{claims} unbelegte persönliche Behauptung(en): −{lost} Punkte."
            if german
            else f"{claims} unsupported personal claim(s): −{lost} points."
        )
    cap = 100
    if placeholder or wrong:
        cap = CAP_TEMPLATE
        why = (
            ("ein nicht ausgefüllter Platzhalter" if placeholder else "")
            + (" und " if placeholder and wrong else "")
            + ("ein falscher Name oder eine falsche Anrede" if wrong else "")
            if german
            else ("an unfilled placeholder" if placeholder else "")
            + (" and " if placeholder and wrong else "")
            + ("a wrong name or salutation" if wrong else "")
        )
        if uncapped > cap:
            notes.append(
                f"Höchstens {cap} Punkte: {why} verrät die Serienvorlage."
                if german
                else f"At most {cap} points: {why} gives the template away."
            )
    components["cap"] = float(cap)
    score = combined(p, components)
    limited = replace(
        p,
        score=score,
        components=components,
        explanation=" ".join([p.explanation, *notes]),
    )
    return _shared(limited)


LEVELS = (
    (80, "Persönlich – an diese Person geschrieben.", "Personal – written to this person."),
    (
        50,
        "Teilweise persönlich – einige Sätze passen auf jeden.",
        "Partly personal – some sentences would fit anyone.",
    ),
    (
        20,
        "Kaum persönlich – das meiste könnte an jeden gehen.",
        "Hardly personal – most of it could go to anyone.",
    ),
    (
        0,
        "Serienbrief – nichts davon gilt nur für diese Person.",
        "A mass message – nothing in it is only for this person.",
    ),
)


# The band of each level in LEVELS, in the same order: the names the panel colours by.
BANDS = ("personal", "partly", "hardly", "mass")
NO_NOTES = "no_notes"


def band(score: int, has_notes: bool, interchangeable: float) -> str:
    """The verdict's band as a stable name (one of ``BANDS`` or ``NO_NOTES``), so the panel
    can colour the score without knowing the floors."""
    if not has_notes:
        return NO_NOTES
    if interchangeable >= 0.5:
        score = min(score, CAP_INTERCHANGEABLE)
    for (floor, *_), name in zip(LEVELS, BANDS, strict=True):
        if score >= floor:
            return name
    return BANDS[-1]


def verdict(score: int, has_notes: bool, interchangeable: float, german: bool) -> str:
    """The score in one line a user understands at a glance (the score itself is already
    capped below "personal" when half the body would fit anyone)."""
    if not has_notes:
        return "Noch keine Notizen zum Vergleichen." if german else "No notes to compare with yet."
    _floor, de, en = LEVELS[BANDS.index(band(score, has_notes, interchangeable))]
    return de if german else en


def potential_points(p: Personalization, index: int) -> int:
    """What fact ``index`` earns (used) or could earn: the score if one more sentence of the
    draft engaged with it, minus the score now – an estimate with the shipped weights, the
    other sentences and limits unchanged."""
    use = p.facts[index]
    if use.used:
        return round(use.points)
    c = dict(p.components)
    individual = [fact for fact in p.facts if fact.kind == INDIVIDUAL]
    if use.kind != INDIVIDUAL:
        if not any(fact.used for fact in individual):
            c["segment_only"] = 1.0
    else:
        used = [fact for fact in individual if fact.used]
        total = sum(fact.weight for fact in individual)
        target = min(total, FULL_COVERAGE_WEIGHT)
        weight = sum(fact.weight for fact in used) + use.weight
        c["individual_coverage"] = min(1.0, weight / target) if target else 0.0
        c["facts_used"] = min(3, len(used) + 1) / 3
        c["engaged"] = (c.get("engaged", 0.0) * len(used) + 1.0) / (len(used) + 1)
        c["segment_only"] = 0.0
        body = [fit for fit in p.sentences if fit.role != SentenceRole.FRAME]
        personal = sum(fit.role == SentenceRole.PERSONAL for fit in body)
        n = len(body)
        c["personal_share"] = (personal + 1) / (n + 1)
        c["interchangeable_share"] = (n - personal) / (n + 1)
        for part in ("pitch_share", "generic_share", "copied"):
            c[part] = c.get(part, 0.0) * n / (n + 1)
    return max(0, policy_score(c, True) - p.score)


def components_sentence(p: Personalization, german: bool) -> str:
    """The score's parts in plain words: facts used / total (honest counts), specificity,
    interchangeable share, claims."""
    c = p.components
    if not p.facts:
        return ""
    used = sum(use.used for use in p.facts)
    individual = [use for use in p.facts if use.kind != "segment"]
    used_individual = sum(use.used for use in individual)
    specificity = round(c.get("specificity", 0.0) * 100)
    portable = round(c.get("interchangeable_share", 0.0) * 100)
    claims = int(c.get("unsupported_claims", 0.0))
    if german:
        return (
            f"Fakten genutzt {used}/{len(p.facts)} (individuelle {used_individual}/"
            f"{len(individual)}) · Spezifität {specificity} % · austauschbare Sätze {portable} % "
            f"· unbelegte Behauptungen {claims}"
        )
    return (
        f"Facts used {used}/{len(p.facts)} (individual {used_individual}/{len(individual)}) · "
        f"specificity {specificity} % · interchangeable sentences {portable} % · "
        f"unsupported claims {claims}"
    )


def points_breakdown(p: Personalization, draft: str, german: bool) -> str:
    """Every point of the score and where it comes from (the score label's tooltip)."""
    lines = [
        f"+{use.points:.0f}  {'Fakt' if german else 'Fact'}: {_short(use.text)}"
        for use in p.facts
        if use.points >= 0.5
    ]
    sentence = "Satz" if german else "Sentence"
    lines += [
        f"+{fit.points:.0f}  {sentence}: {_short(draft[fit.start : fit.end])}"
        for fit in p.sentences
        if fit.points >= 0.5 and fit.end <= len(draft)
    ]
    claims = int(p.components.get("unsupported_claims", 0.0))
    if claims:
        lines.append(
            f"−  {claims} unbelegte Behauptung(en)"
            if german
            else f"−  {claims} unsupported claim(s)"
        )
    cap = int(p.components.get("cap", 100.0))
    if cap < 100:
        lines.append(
            f"≤{cap}  Platzhalter, falscher Name oder falsche Anrede"
            if german
            else f"≤{cap}  placeholder, wrong name or wrong salutation"
        )
    return "\n".join(lines) or ("Noch keine Punkte." if german else "No points yet.")


def _short(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"

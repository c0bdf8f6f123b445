"""Segment vs individual facts, hard limits, and the score's order against segment templates
and invitations – with the real analyzer (the ordering tests load the real USE model)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from outreach_coach.core.model import Recipient, Snapshot
from outreach_coach.core.score.fact_kind import INDIVIDUAL, SEGMENT, fact_kind
from outreach_coach.core.score.facts import split_facts
from outreach_coach.core.score.merge_fields import content_stems
from outreach_coach.core.score.personalization import assess
from outreach_coach.core.score.policy import (
    CAP_TEMPLATE,
    FLOOR_ENGAGED,
    WEIGHTS,
    components_sentence,
    policy_score,
    verdict,
)
from outreach_coach.core.score.references import References, SegmentProfile
from outreach_coach.services.session import build_analyzer

if TYPE_CHECKING:
    from outreach_coach.core.analyzer import Analyzer

STUDIO = Recipient(
    name="Hannah Price",
    company="Lotus Room Yoga",
    notes=(
        "Owner of a yoga studio\n"
        "Studio in Leeds with two locations\n"
        "Wrote in October about the fees booking platforms charge: 11% of class revenue\n"
        "Offers prenatal yoga with a midwife co-teaching once a month\n"
    ),
)
PERSONAL = (
    "Hi Hannah,\n\nyour October post about booking platforms taking 11% of class revenue hit "
    "home – I ran a small Pilates studio and we paid nearly the same. Did you move any classes "
    "off the platform since? I'm also curious how the prenatal classes with the midwife work: "
    "do the two of you plan each session together?\n\nBest,\nClaire"
)
SEGMENT_TEMPLATE = (
    "Hi Hannah,\n\nrunning a yoga studio is hard work: booking platforms eat into your revenue "
    "and classes are hard to fill. We built booking software for fitness and yoga studios that "
    "saves owners like you hours every week. Would a short demo next week make sense?\n\n"
    "Best,\nKevin"
)
INVITATION = (
    "Dear Dr. Price,\n\nOn behalf of the organizing committee, we invite you to submit an "
    "abstract to the International Conference on Yoga and Fitness Studios 2027. Your "
    "distinguished work in yoga would be a highlight of our annual meeting. The early-bird "
    "deadline is 15 March.\n\nSincerely,\nConference Secretariat"
)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Owner of a yoga studio", SEGMENT),
        ("Studio in Leeds with two locations", SEGMENT),
        ("Branche: Versicherungen", SEGMENT),
        ("Geschäftsführer eines Maschinenbauunternehmens, 120 Mitarbeitende", SEGMENT),
        (
            "Wrote in October about the fees booking platforms charge: 11% of class revenue",
            INDIVIDUAL,
        ),
        ("Sprach auf der PyCon DE 2024 über Data Contracts", INDIVIDUAL),
        ("Hat im Februar gepostet, dass ihr Team 40 % mehr Leads gesammelt hat", INDIVIDUAL),
        # a hobby, and a past employer after an adverb, in both languages
        ("Segelt in der Freizeit", INDIVIDUAL),
        ("Previously worked at Amtrak", INDIVIDUAL),
        ("Hat vorher bei der Deutschen Bahn gearbeitet", INDIVIDUAL),
        ("Geschäftsführerin einer Bäckerei mit drei Filialen", SEGMENT),
    ],
)
def test_note_lines_are_segment_or_individual(line: str, kind: str) -> None:
    assert fact_kind(line) == kind


@pytest.fixture(scope="module")
def wording() -> Analyzer:
    return build_analyzer(embeddings=False)


def _score(analyzer: Analyzer, text: str, recipient: Recipient = STUDIO) -> int:
    return analyzer.analyze(Snapshot(0, text, recipient, "en")).personalization.score


@pytest.mark.parametrize(
    "greeting",
    ["Hi {{first_name}}", "Hi Laura", "Dear Mr. Price"],
    ids=["placeholder", "wrong name", "wrong salutation"],
)
def test_placeholder_wrong_name_or_salutation_caps_the_score_and_says_why(
    wording: Analyzer, greeting: str
) -> None:
    recipient = Recipient(name="Hannah Price", salutation="Ms.", notes=STUDIO.notes)
    text = PERSONAL.replace("Hi Hannah", greeting)
    p = wording.analyze(Snapshot(0, text, recipient, "en")).personalization
    assert p.score <= CAP_TEMPLATE
    assert p.components["cap"] == CAP_TEMPLATE
    assert "at most" in p.explanation.casefold() or p.score <= CAP_TEMPLATE


def test_fact_kind_is_reported_and_coverage_counts_honestly(wording: Analyzer) -> None:
    p = wording.analyze(Snapshot(0, PERSONAL, STUDIO, "en")).personalization
    assert [use.kind for use in p.facts] == [SEGMENT, SEGMENT, INDIVIDUAL, INDIVIDUAL]
    assert all("kind" in use.to_dict() for use in p.facts)
    used = sum(use.used for use in p.facts)
    assert f"Facts used {used}/4" in components_sentence(p, german=False)


def test_verdict_lives_in_core_and_matches_the_bands() -> None:
    assert verdict(90, True, 0.0, german=False).startswith("Personal")
    assert verdict(90, True, 0.6, german=False).startswith("Partly")
    assert verdict(5, True, 1.0, german=True).startswith("Serienbrief")


@pytest.mark.model
def test_segment_template_scores_far_below_the_personal_draft(use_analyzer: Analyzer) -> None:
    personal = _score(use_analyzer, PERSONAL)
    template = _score(use_analyzer, SEGMENT_TEMPLATE)
    assert personal >= 60, personal
    assert template <= 20, template
    assert template < personal


@pytest.mark.model
def test_conference_invitation_scores_below_the_personal_draft(use_analyzer: Analyzer) -> None:
    invitation = _score(use_analyzer, INVITATION)
    assert invitation <= 20, invitation
    assert invitation < _score(use_analyzer, PERSONAL)


def test_policy_score_floors_engaged_personal_use_and_caps_still_win() -> None:
    nothing = dict.fromkeys(WEIGHTS, 0.0)
    engaged = {**nothing, "engaged": 1.0, "personal_share": 0.25, "pitch_share": 0.5}
    assert policy_score(nothing, has_earned=False) == 0
    assert policy_score(engaged, has_earned=True) >= FLOOR_ENGAGED
    assert policy_score({**engaged, "cap": 10.0}, has_earned=True) <= 10
    # the calibration rescored with other weights uses the same function
    assert policy_score(engaged, True, bias=-30.0, weights={}) == FLOOR_ENGAGED


def test_hyphenated_compounds_and_possessives_share_their_parts() -> None:
    assert {"400", "system"} <= set(content_stems("AS/400-System"))
    assert "amtrak" in content_stems("Amtrak's schedule data")


@pytest.mark.model
def test_a_recipient_in_the_segment_bank_is_not_their_own_neighbour(
    use_analyzer: Analyzer,
) -> None:
    """The same person saved in a library (or in the bank) must not make their own facts
    look common: the personal draft still uses them."""
    refs = use_analyzer.references["en"]
    notes = STUDIO.notes
    own = References(
        refs.profiles,
        refs.generic,
        refs.frequency,
        refs.typical,
        (
            *refs.bank,
            SegmentProfile(
                frozenset(content_stems("Owner of a yoga studio Leeds")),
                tuple(split_facts(Recipient(notes=notes))),
            ),
        ),
    )
    facts = [line for line in notes.splitlines() if line]
    assert len(refs.bank) not in own.neighbours(content_stems("yoga studio Leeds"), own_facts=facts)
    p = assess(PERSONAL, STUDIO, "en", use_analyzer.embedder, own)
    assert sum(use.used and use.kind == INDIVIDUAL for use in p.facts) == 2

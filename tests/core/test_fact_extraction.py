"""Candidate facts from pasted text: boilerplate dropped, specific parts kept, offsets right."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from outreach_coach.core.score.fact_extraction import (
    MAX_FACT_CHARS,
    append_facts,
    extract_facts,
    source_line,
)
from outreach_coach.core.score.fact_kind import INDIVIDUAL, SEGMENT, fact_kind

POST_EN = """I'm excited to share that after 9 years, I'm leaving Brightpath Logistics! 🎉

We grew the routing team from 3 to 40 people and cut empty truck miles by 18%.

Huge thanks to everyone who made this possible. 🙏
Follow me for more.
...see more

#newjob #logistics"""

PROFILE_DE = """Info
Leiterin Einkauf bei der Brandt Metallbau GmbH in Paderborn.

Seit 2023 stellen wir unsere Lieferanten auf CO₂-Bilanzen um – 60 von 140 haben schon geliefert.

Ehrenamtlich Schöffin am Landgericht Paderborn.

Diese Website verwendet Cookies. Impressum | Datenschutz
Mehr anzeigen"""


def texts(text: str) -> list[str]:
    return [c.text for c in extract_facts(text)]


def test_specific_parts_are_kept_and_boilerplate_dropped() -> None:
    found = texts(POST_EN)
    assert any("18%" in line and "truck miles" in line for line in found)
    assert any("Brightpath Logistics" in line for line in found)
    joined = "\n".join(found).casefold()
    for noise in ("follow me", "see more", "#newjob", "huge thanks", "excited to share"):
        assert noise not in joined


def test_german_profile_keeps_numbers_and_names_and_drops_legal_text() -> None:
    found = texts(PROFILE_DE)
    assert any("CO₂-Bilanzen" in line for line in found)
    assert any("Schöffin" in line for line in found)
    joined = "\n".join(found).casefold()
    for noise in ("cookies", "impressum", "mehr anzeigen"):
        assert noise not in joined
    assert "info" not in [line.casefold() for line in found]


def test_ranked_by_individuality_with_the_score_model_s_labels() -> None:
    candidates = extract_facts(PROFILE_DE)
    scores = [c.score for c in candidates]
    assert scores == sorted(scores, reverse=True)
    for candidate in candidates:
        assert candidate.kind == fact_kind(candidate.text)  # the same classifier as the score
        assert candidate.kind in (INDIVIDUAL, SEGMENT)
    assert candidates[0].kind == INDIVIDUAL
    assert candidates[0].reasons


def test_long_sentences_are_shortened_to_the_specific_clause() -> None:
    text = (
        "This week Tom Adebayo, owner of Crumb & Co in Bristol, tells us how he raised his "
        "prices by 12% without losing regulars, why he stopped selling sourdough to "
        "supermarkets, and what happened when he put the cost of each loaf on a chalkboard."
    )
    found = texts(text)
    assert any("12%" in line and len(line) < len(text) // 2 for line in found)
    assert all(len(line) <= MAX_FACT_CHARS + 1 for line in found)


def test_duplicates_and_limit() -> None:
    line = "Spoke at PyCon DE 2026 about data contracts in 40 teams."
    found = extract_facts("\n".join([line, line, line.upper()]))
    assert len(found) == 1
    many = "\n".join(f"Ran marathon number {i} in Berlin {2000 + i}." for i in range(30))
    assert len(extract_facts(many, limit=5)) <= 5
    assert extract_facts(many, limit=0) == []


def test_nothing_in_empty_or_pure_boilerplate_text() -> None:
    assert extract_facts("") == []
    assert extract_facts("Hallo! 👋\n\n#a #b #c\nMehr anzeigen\nLet's connect!") == []


def test_source_line_and_append_keep_existing_notes() -> None:
    assert source_line("post", "2026-12-01", "de") == "Quelle: Beitrag, 2026-12-01"
    assert source_line("company page", "2026-12-01", "en") == "source: company page, 2026-12-01"
    # a source line of its own is labelled segment: it does not pose as a fact about the person
    assert fact_kind(source_line("talk", "2026-12-01", "de")) == SEGMENT
    notes = append_facts(
        "leads the data team\n", ["Spoke at PyCon  DE"], "talk", "2026-12-01", "en"
    )
    assert notes == "leads the data team\n\nsource: talk, 2026-12-01\n- Spoke at PyCon DE\n"
    assert append_facts("x", [" ", ""], "post", "", "en") == "x"
    assert append_facts("", ["a b"], "other", "", "de") == "Quelle: Sonstiges\n- a b\n"


_ALPHABET = st.one_of(
    st.characters(),
    st.sampled_from(
        ["\r\n", "\n", "\x00", "‮", "🎉", "👨‍👩‍👧", "„", "“", "#", "·", " - ", ", ", "2026"]
    ),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_ALPHABET, max_size=120).map("".join))
def test_never_raises_and_offsets_point_into_the_text(text: str) -> None:
    for candidate in extract_facts(text):
        assert 0 <= candidate.start < candidate.end <= len(text)
        assert 0.0 <= candidate.score <= 1.0
        assert candidate.text.strip() == candidate.text
        assert candidate.text
        assert "\n" not in candidate.text
        assert "\r" not in candidate.text
        # every word of the proposal comes from the piece it was cut from
        piece = " ".join(text[candidate.start : candidate.end].split())
        first = candidate.text.split()[0].rstrip("…")
        assert first in piece


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=0, max_size=300), st.sampled_from(["\r\n", "\n\n", " 🎉 ", "\x00"]))
def test_real_looking_lines_with_noise_never_raise(text: str, joiner: str) -> None:
    pasted = joiner.join([POST_EN, text, PROFILE_DE])
    found = extract_facts(pasted)
    assert found
    for candidate in found:
        assert 0 <= candidate.start < candidate.end <= len(pasted)

"""Catalog format (groups, numbers, optional words), user catalogs and the windowed search."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from outreach_coach.assets import builtin_catalogs
from outreach_coach.core.rules.catalog import _scan, parse_catalog
from outreach_coach.core.rules.patterns import compile_pattern, required_literals

GROUP = """
[[group]]
id = "my.buzz"
category = "buzzword"
explanation = "Shared reason."
terms = [
  "synerg* || Synergieeffekt* => Say what works better together.",
  "deep dive => Just say it. => Own reason.",
]
"""


def test_groups_expand_into_entries_with_shared_and_own_texts() -> None:
    catalog = parse_catalog("en", GROUP)
    first, second = catalog.entries
    assert (first.id, first.patterns, first.explanation) == (
        "my.buzz.synerg",
        ("synerg*", "Synergieeffekt*"),
        "Shared reason.",
    )
    assert (second.suggestion, second.explanation) == ("Just say it.", "Own reason.")


def test_disabled_and_user_entries_combine_with_the_builtin_catalog() -> None:
    builtin = builtin_catalogs()["en"]
    user = parse_catalog("en", 'disabled = ["en.buzz.mindset"]\n' + GROUP)
    combined = builtin.combined(user)
    rules = {match.entry.id for match in combined.find("A growth mindset and a deep dive.")}
    assert "en.buzz.mindset" not in rules
    assert "my.buzz.deep_dive" in rules


@pytest.mark.parametrize(
    ("pattern", "text", "matched"),
    [
        ("(sehr |)freuen", "wir würden uns sehr freuen", "sehr freuen"),
        ("(sehr |)freuen", "wir würden uns freuen", "freuen"),
        ("bis zu #( %|%| Prozent)", "bis zu 80% günstiger", "bis zu 80%"),
        ("bis zu #( %|%| Prozent)", "bis zu 1.000 Prozent", "bis zu 1.000 Prozent"),
        ("(rank|get you) (#1|first) on Google", "we rank #1 on Google", "rank #1 on Google"),
        ("(your (company|team) |)is great", "your team is great", "your team is great"),
        ("Mindset*", "das Mindset-Coaching", "Mindset-Coaching"),
        ("ich hoffe(,|) es geht", "Ich hoffe,\nes geht", "Ich hoffe,\nes geht"),
        ("„Tipp“", 'ein "Tipp" von mir', '"Tipp"'),
        ("Profil .. gestoßen", "Profil gestoßen", "Profil gestoßen"),
        (
            "Profil .. gestoßen",
            "Profil, ganz zufällig, gestoßen",
            "Profil, ganz zufällig, gestoßen",
        ),
        ("Termin .. vereinbaren", "einen Termin mit mir vereinbaren", "Termin mit mir vereinbaren"),
    ],
)
def test_pattern_syntax(pattern: str, text: str, matched: str) -> None:
    found = compile_pattern(pattern).search(text)
    assert found is not None
    assert found.group() == matched


def test_patterns_never_match_inside_words() -> None:
    assert compile_pattern("Leads").search("Der Leadsänger singt") is None
    assert compile_pattern("synerg*").search("Ansynergie") is None


def test_a_gap_stays_within_the_sentence_and_five_words() -> None:
    gap = compile_pattern("Profil .. gestoßen")
    assert gap.search("Profil. Dann gestoßen") is None
    assert gap.search("Profil eins zwei drei vier fünf gestoßen") is not None
    assert gap.search("Profil eins zwei drei vier fünf sechs gestoßen") is None
    assert required_literals("Termin .. vereinbaren") == ("vereinbaren",)
    with pytest.raises(ValueError, match="gap"):
        compile_pattern(".. gestoßen")


def test_required_literals_prefer_long_certain_pieces() -> None:
    assert required_literals("(wir|und) (helfen|unterstützen) Unternehmen") == ("unternehmen",)
    assert required_literals("(sehr |)freuen") == ("freuen",)
    assert set(required_literals("(Leadmagnet*|Lead-Magnet*)")) == {"leadmagnet", "magnet"}
    assert required_literals("re:\\d+x") == ()


def test_every_builtin_entry_has_text_in_its_language() -> None:
    for language, catalog in builtin_catalogs().items():
        assert len(catalog.entries) >= 180, language
        for entry in catalog.entries:
            assert all((entry.explanation, entry.suggestion, entry.source)), entry.id
            assert entry.id.startswith(f"{language}."), entry.id


_PATTERNS = [
    re.compile(r"(?<![^\W_])(?:Leads|Mindset)(?![^\W_])", re.IGNORECASE),
    compile_pattern("ich (freue|) mich (sehr |)auf (Ihre|deine) Antwort"),
]


@settings(max_examples=150, deadline=None)
@given(
    pieces=st.lists(
        st.sampled_from(
            ["Leads ", "mindset", "ich freue mich auf Ihre Antwort", "x" * 500, "\n", "ä", "😀"]
        ),
        max_size=40,
    ),
)
def test_windowed_search_finds_what_a_full_scan_finds(pieces: list[str]) -> None:
    text = "".join(pieces)
    lowered = text.lower()
    for regex, literals in zip(_PATTERNS, [("leads", "mindset"), ("antwort",)], strict=True):
        full = [m.span() for m in regex.finditer(text)]
        windowed = [m.span() for m in _scan(regex, text, lowered, literals)]
        assert windowed == full


@settings(max_examples=120, deadline=None)
@given(
    pieces=st.lists(
        st.sampled_from(
            [
                "ich helfe Unternehmen ",
                "sich ",  # the start literal "ich" inside a word
                "Mich",
                "in jedem Projekt ",
                "Termin",
                "_ich hoffe, diese Nachricht erreicht Sie gut",  # "_" is no letter
                "5ich freue mich auf Ihre Antwort",  # a digit before
                "Ich hoffe, diese Nachricht erreicht Sie gut. ",
                "wir bieten Ihnen professionelle ",
                "ä",
                " ",
                "\n",
            ]
        ),
        max_size=30,
    ),
)
def test_the_catalog_finds_what_a_full_scan_of_every_pattern_finds(pieces: list[str]) -> None:
    """Start literals inside words are not tried (the patterns need no letter or digit
    before them); that must never lose a match."""
    text = "".join(pieces)
    catalog = builtin_catalogs()["de"]
    found = {(match.entry.id, match.start, match.end) for match in catalog.find(text)}
    full = {
        (entry.id, *span)
        for entry in catalog.entries
        for pattern in entry.patterns
        for span in (m.span() for m in compile_pattern(pattern).finditer(text))
        if span[1] > span[0]
    }
    assert found == full

"""Regexes tried only where a match can start (issue 15): the same matches as a full scan."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from outreach_coach.assets import builtin_catalogs
from outreach_coach.core.rules.anchored import AnchoredRegex, lowered
from outreach_coach.core.rules.patterns import DIGIT_START, compile_pattern, leading_literals
from outreach_coach.core.rules.spans import SpanClaims
from outreach_coach.core.text.draft import SplitDraft, clauses_of


@pytest.mark.parametrize(
    ("pattern", "starts"),
    [
        ("(sehr |)freuen", ("freuen", "sehr")),
        ("(wir|ich) (bieten|biete)", ("ich", "wir")),
        ("Mindset*", ("mindset",)),  # "mindset-" adds nothing
        ("Profil .. gestoßen", ("profil",)),
        ("(bis zu |)#( %|%| Prozent)", (DIGIT_START, "bis")),
        (
            "re:(?:(?<=\\n)|(?<=[.!?]\\s))(?:eine\\s+)?(?:kurze|schnelle)\\s+Frage",
            ("eine", "kurze", "schnelle"),
        ),
        # no start literal on some path: a single letter, or whitespace first
        ("(I |)hope you are well", ()),
        ("re:\\s*foo", ()),
        ("E-Mail", ()),
    ],
)
def test_start_literals_are_read_from_the_regex(pattern: str, starts: tuple[str, ...]) -> None:
    assert leading_literals(compile_pattern(pattern)) == starts


def test_a_currency_sign_is_a_start_and_a_digit_class_is_the_digit_start() -> None:
    assert set(leading_literals(re.compile(r"(?<!\w)(?:€|\$|EUR)\s?\d+"))) == {"€", "$", "eur"}
    assert leading_literals(re.compile(r"(?<![\w.,])\d{1,4}\s?x")) == (DIGIT_START,)


def test_lowered_keeps_offsets_and_folds_as_ignorecase_matches() -> None:
    assert lowered("İst ſehr Groß") == "ist sehr groß"
    assert len(lowered("İİİ")) == 3


_REGEXES = [
    compile_pattern("(sehr |)freuen"),
    compile_pattern("(bis zu |)#( %|%| Prozent)"),
    compile_pattern("ich (freue|) mich (sehr |)auf (Ihre|deine) Antwort"),
    compile_pattern("„Tipp“"),
    re.compile(r"(?<![\w.,])\d{1,4}\s?[x×](?![\w])", re.IGNORECASE),
    re.compile(r"(?<!\w)(?:€|\$|Euros?(?!\w))\s?\d+", re.IGNORECASE),
    re.compile(r"\bsehr\s+sehr\b", re.IGNORECASE),  # overlapping starts: "sehr sehr sehr"
]
_PIECES = [
    "sehr ",
    "Sehr ",
    "ſehr ",  # matches "sehr" case-insensitively
    "freuen",
    "FREUEN ",
    "bis zu ",
    "80 %",
    "1.000 Prozent ",
    "٣",  # an Arabic-Indic digit is a \d
    "10x ",
    "€ 5",
    "$",
    "Euros 12",
    "ich freue mich auf Ihre Antwort",
    '"Tipp" ',
    "„tipp“",
    "İ",
    "\n",
    "x",
    "ä",
    "😀",
]


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(st.sampled_from(_PIECES), max_size=30))
def test_anchored_search_finds_what_a_full_scan_finds(pieces: list[str]) -> None:
    text = "".join(pieces)
    for regex in _REGEXES:
        anchored = AnchoredRegex(regex)
        assert anchored.starts, regex.pattern
        full = [m.span() for m in regex.finditer(text)]
        assert [m.span() for m in anchored.finditer(text)] == full, regex.pattern


def test_the_catalog_finds_every_match_a_full_scan_of_each_pattern_finds() -> None:
    catalog = builtin_catalogs()["de"]
    text = (
        "Ich hoffe, diese Nachricht erreicht Sie gut! Wir helfen Unternehmen dabei, mehr Leads "
        "zu generieren – bis zu 300 % mehr Umsatz in 30 Tagen, garantiert. Das Angebot gilt nur "
        "noch bis Freitag. Hätten Sie diese Woche Zeit für ein kurzes Gespräch? "
    ) * 3
    expected = {
        (entry.id, found.start(), found.end())
        for entry in catalog.entries
        for pattern in entry.patterns
        for found in compile_pattern(pattern).finditer(text)
        if found.end() > found.start()
    }
    assert {(m.entry.id, m.start, m.end) for m in catalog.find(text)} == expected
    assert len(expected) > 10


@settings(max_examples=200, deadline=None)
@given(
    spans=st.lists(
        st.tuples(st.integers(0, 30), st.integers(0, 6)).map(lambda s: (s[0], s[0] + s[1])),
        max_size=15,
    )
)
def test_span_claims_refuse_exactly_the_overlapping_spans(spans: list[tuple[int, int]]) -> None:
    claims = SpanClaims()
    taken: list[tuple[int, int]] = []
    for start, end in spans:
        free = not any(start < t_end and t_start < end for t_start, t_end in taken)
        assert claims.claim(start, end) == free
        if free:
            taken.append((start, end))


def test_split_draft_finds_the_sentence_around_an_offset_and_its_clauses() -> None:
    text = "Hallo Anna,\n\nwie geht es dir? Ich habe eine Frage: wann, wo und wie.  Danke"
    draft = SplitDraft.of(text)
    for index in range(len(text)):
        around = [s for s in draft.sentences if s.start <= index < s.end]
        assert draft.sentence_at(index) == (around[0] if around else None)
    assert draft.clauses == tuple(c for s in draft.sentences for c in clauses_of(s))
    assert [c.text for c in draft.clauses][2:5] == ["Ich habe eine Frage", "wann", "wo und wie."]

"""Quoted passages (core.text.quotes): offsets are exact, and nothing outside a pair is quoted."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from outreach_coach.core.text.quotes import MAX_QUOTE_CHARS, outside_quotes, quoted_spans

_MARKS = '„“”"»«'


def test_each_pair_of_marks_quotes_its_own_line() -> None:
    text = 'Sie schrieb „Daten zuerst“ und "dann Modelle"; ein Bildschirm mit 27" bleibt.\n„offen'
    assert [text[a:b] for a, b in quoted_spans(text)] == ["„Daten zuerst“", '"dann Modelle"']


def test_a_quotation_does_not_cross_a_line_or_run_on() -> None:
    assert quoted_spans("„erste Zeile\nzweite Zeile“") == []
    assert quoted_spans("„" + "x" * (MAX_QUOTE_CHARS + 1) + "“") == []


@given(st.text(alphabet=st.sampled_from([*_MARKS, "a", " ", "\n"]), max_size=120))
def test_quotes_begin_and_end_with_marks_and_do_not_overlap(text: str) -> None:
    spans = quoted_spans(text)
    for start, end in spans:
        assert text[start] in _MARKS
        assert text[end - 1] in _MARKS
        assert "\n" not in text[start:end]
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in itertools.pairwise(spans))


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 10)), max_size=12))
def test_outside_quotes_keeps_exactly_the_spans_no_quote_contains(
    raw: list[tuple[int, int]],
) -> None:
    text = "a „bb cc“ d »ee« f " * 4
    quotes = quoted_spans(text)
    spans = sorted((start, start + size) for start, size in raw)
    expected = [
        (start, end)
        for start, end in spans
        if not any(q_start <= start and end <= q_end for q_start, q_end in quotes)
    ]
    assert outside_quotes(spans, quotes) == expected

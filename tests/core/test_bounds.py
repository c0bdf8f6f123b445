"""The window reads a very long draft's beginning: a prefix, cut where a reader would stop."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from outreach_coach.core.text.bounds import READ_LIMIT, readable_part


def test_a_message_is_read_whole() -> None:
    text = "Hallo Jana,\n\n" + "ein Satz. " * 1000
    assert len(text) < READ_LIMIT
    assert readable_part(text) == text


def test_cut_at_the_last_paragraph_break_before_the_limit() -> None:
    first = "Erster Absatz. " * 60
    second = "Zweiter Absatz ohne Ende " * 60
    text = first + "\n\n" + second
    assert readable_part(text, limit=len(first) + 100) == first


def test_without_paragraphs_cut_after_the_last_sentence_end() -> None:
    text = "Ein Satz hier. " * 100
    part = readable_part(text, limit=200)
    assert part.endswith(".")
    assert len(part) <= 200
    assert text.startswith(part)


def test_without_punctuation_cut_at_a_space_not_inside_a_word() -> None:
    text = "wort " * 1000
    part = readable_part(text, limit=503)
    assert part == "wort " * 99 + "wort"  # the last whole word before the limit


def test_one_endless_word_is_cut_at_the_limit() -> None:
    assert readable_part("x" * 50_000, limit=100) == "x" * 100


@given(st.text(alphabet=st.sampled_from("ab .\n😀"), max_size=400), st.integers(0, 300))
def test_always_a_prefix_within_the_limit(text: str, limit: int) -> None:
    part = readable_part(text, limit)
    assert text.startswith(part)
    assert len(part) <= max(limit, 0)
    if len(text) <= limit:
        assert part == text
    assert readable_part(part, limit) == part

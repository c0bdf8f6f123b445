from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from outreach_coach.core.offsets import Utf16Map, utf16_length


def test_emoji_counts_two_units() -> None:
    text = "a😀b"
    mapping = Utf16Map(text)
    assert [mapping.to_utf16(i) for i in range(4)] == [0, 1, 3, 4]
    assert mapping.from_utf16(3) == 2
    assert mapping.from_utf16(2) == 1  # inside the surrogate pair rounds down


def test_out_of_range_raises() -> None:
    mapping = Utf16Map("ab")
    with pytest.raises(IndexError):
        mapping.to_utf16(3)
    with pytest.raises(IndexError):
        mapping.from_utf16(3)


@given(st.text())
def test_round_trip_for_any_text(text: str) -> None:
    mapping = Utf16Map(text)
    assert (
        mapping.utf16_length
        == utf16_length(text)
        == len(text.encode("utf-16-le", "surrogatepass")) // 2
    )
    for index in range(len(text) + 1):
        assert mapping.from_utf16(mapping.to_utf16(index)) == index
        assert (
            mapping.to_utf16(index) == len(text[:index].encode("utf-16-le", "surrogatepass")) // 2
        )


@given(st.text())
def test_without_lone_surrogates_keeps_every_offset(text: str) -> None:
    from outreach_coach.core.offsets import without_lone_surrogates

    clean = without_lone_surrogates(text)
    assert len(clean) == len(text)
    clean.encode("utf-8")  # no surrogate left
    assert [c for c in clean if c != "\ufffd"] == [
        c for c in text if c != "\ufffd" and not "\ud800" <= c <= "\udfff"
    ]

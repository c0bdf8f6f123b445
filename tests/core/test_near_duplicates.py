"""MinHash signatures are stored in every library (with their band keys): however they are
computed, a text's signature must stay what it was, or old messages stop matching new drafts."""

from __future__ import annotations

import hashlib

import pytest

from outreach_coach.core.history.near_duplicates import (
    estimated_similarity,
    name_words,
    pack,
    signature,
)

# sha256 of the packed signatures as the first release computed them (one 60-value minimum
# over the shingles per permutation, recomputed for every call)
KNOWN = {
    "Hallo Anna, ich bin auf Ihr Profil gestoßen und war sofort beeindruckt.": (
        "bab09790c2e903f59d974de31ca97971"
    ),
    "one two": "064aed7c3cb14b118dad3049b451168a",
    "": "5954529dfb90a8f0a0acbeba182a4b54",
    "Hi Jana, your talk at PyCon DE on data contracts stayed with me.": (
        "e0ca84b661c12c0c5a35f44389d78aed"
    ),
}


@pytest.mark.parametrize("text", list(KNOWN))
def test_a_signature_stays_what_the_library_stored(text: str) -> None:
    packed = pack(signature(text, name_words("Anna Berger")))
    assert hashlib.sha256(packed).hexdigest()[:32] == KNOWN[text]


def test_typing_changes_the_signature_only_where_the_shingles_change() -> None:
    text = "Hi Jana, your talk at PyCon DE on data contracts stayed with me."
    before = signature(text)
    typed = signature(text + " Thanks")
    assert before != typed
    assert signature(text) == before  # the same text again, after the edit
    assert 0.5 < estimated_similarity(before, typed) < 1.0


def test_a_signature_updated_from_the_last_one_is_the_one_computed_afresh() -> None:
    """A keystroke's signature is updated from the previous text's (a few shingles added and
    removed); it must be the minimum over every shingle, as computed for an unrelated text
    before it (then nothing is reused)."""
    unrelated = " ".join(f"wort{index}" for index in range(300))
    text = "Hi Jana, your talk at PyCon DE on data contracts stayed with me. " * 3
    edits = [text + "Thanks", text + "Thanks a", text + "Thanks", text[:40] + text[60:], text]
    edits += [text.replace("talk", "post"), text + "one two three four", "one two", text]
    updated = [signature(edit) for edit in edits]  # each right after the previous one
    for edit, kept in zip(edits, updated, strict=True):
        signature(unrelated)
        assert signature(edit) == kept, edit

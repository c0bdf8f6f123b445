"""The embedding cache with the real default model (USE): a call that needs more sentences than
the cache holds still gets every row, and the model sees bounded batches."""

from __future__ import annotations

import numpy as np
import pytest

from outreach_coach.services.embedders import CachedEmbedder, EmbedderChoice, load_embedder

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def use_embedder() -> CachedEmbedder:
    return load_embedder(EmbedderChoice("use"))


def test_a_call_larger_than_the_cache_keeps_every_row(use_embedder: CachedEmbedder) -> None:
    batches: list[int] = []

    def encode(texts: list[str]) -> np.ndarray:
        batches.append(len(texts))
        return use_embedder.embed(texts)

    small = CachedEmbedder("USE, small cache", encode, 0.3, 0.7, capacity=8, max_batch=5)
    lines = [f"Notiz {index}: sprach auf der PyCon über Datenverträge" for index in range(23)]
    lines.append(lines[0])  # a repeat within the call
    vectors = small.embed(lines)
    assert vectors.shape == (24, use_embedder.embed(["x"]).shape[1])
    np.testing.assert_allclose(vectors, use_embedder.embed(lines), atol=1e-6)
    assert max(batches) <= 5
    assert sum(batches) == 23  # each distinct line once


@pytest.mark.slow
def test_nine_thousand_note_lines_embed(use_embedder: CachedEmbedder) -> None:
    """9,000 distinct note lines are more than the default cache holds (8,192)."""
    lines = [f"- Kontakt {index} leitet das Team Daten in Hamburg" for index in range(9_000)]
    vectors = use_embedder.embed(lines)
    assert vectors.shape[0] == 9_000
    np.testing.assert_allclose(vectors[-1], use_embedder.embed([lines[-1]])[0], atol=1e-6)


def test_similarity_keeps_the_last_left_side_only_while_it_is_the_same(
    use_embedder: CachedEmbedder,
) -> None:
    """The score compares the same units with several lists in a row; the next keystroke's
    units (one changed) and another list must still get their own rows."""
    units = ["Ihr Vortrag über Datenverträge", "Wie lief das erste Jahr?"]
    typed = [units[0], "Wie lief das erste Jahr danach?"]
    facts = ["sprach auf der PyCon über Datenverträge", "leitet das Datenteam"]
    others = ["backt Brot in Kiel", "läuft Marathon", "sammelt Briefmarken"]
    for left, right in ((units, facts), (units, others), (typed, others), (units, facts)):
        expected = np.clip(use_embedder.embed(left) @ use_embedder.embed(right).T, -1.0, 1.0)
        assert use_embedder.similarity(left, right) == expected.tolist()
    assert use_embedder.similarity(typed, facts)[1] != use_embedder.similarity(units, facts)[1]

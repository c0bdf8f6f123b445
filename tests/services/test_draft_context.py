"""The detector's draft context: what each clause's row says about the rest of its draft, and
that training groups the rows by draft exactly as the app reads one draft."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from outreach_coach.services.detector import (
    CONTEXT_FEATURES_PER_CATEGORY,
    DraftContext,
    context_features,
)
from training.draft_context import context_matrix, fit_context

CATEGORIES = 3
probabilities = st.integers(1, 12).flatmap(
    lambda rows: arrays(np.float32, (rows, CATEGORIES), elements=st.floats(0.0, 1.0, width=32))
)


def _part(features: np.ndarray, index: int) -> np.ndarray:
    """The ``index``-th block of per-category features (0 own, 1 others' highest, 2 mean, 3
    share at 0.5, 4 before, 5 after; then length and place, then log-odds)."""
    return features[:, index * CATEGORIES : (index + 1) * CATEGORIES]


@given(probabilities)
def test_others_highest_never_counts_the_clause_itself(first: np.ndarray) -> None:
    features = context_features(first)
    assert features.shape == (len(first), CONTEXT_FEATURES_PER_CATEGORY * CATEGORIES + 2)
    for row in range(len(first)):
        others = np.delete(first, row, axis=0)
        expected = others.max(axis=0) if len(others) else np.zeros(CATEGORIES)
        np.testing.assert_allclose(_part(features, 1)[row], expected)
    np.testing.assert_allclose(_part(features, 0), first)


@given(probabilities)
def test_neighbours_are_the_clauses_before_and_after(first: np.ndarray) -> None:
    features = context_features(first)
    np.testing.assert_allclose(_part(features, 4)[1:], first[:-1])
    np.testing.assert_allclose(_part(features, 5)[:-1], first[1:])
    assert not _part(features, 4)[0].any()  # nothing before the first clause
    assert not _part(features, 5)[-1].any()
    assert np.isfinite(features).all()  # log-odds of 0 and 1 are clipped


def test_a_draft_full_of_stock_moves_lifts_a_borderline_clause() -> None:
    # a context layer that learned "the rest of the draft matters" (as the shipped one did)
    rng = np.random.default_rng(7)
    drafts, rows, labels = [], [], []
    for draft in range(300):
        mass = draft % 2 == 0
        for _ in range(4):
            own = rng.uniform(0.3, 0.7)
            rows.append([own, 0.9 if mass else 0.1, 0.5])
            labels.append([int(mass and own > 0.4), 0, 0])
            drafts.append(f"d{draft}")
    first = np.asarray(rows, dtype=np.float32)
    context = fit_context(context_matrix(first, drafts), np.asarray(labels, dtype=np.int8))
    borderline = np.asarray([[0.55, 0.9, 0.5]] * 3, dtype=np.float32)
    personal = np.asarray([[0.55, 0.1, 0.5]] * 3, dtype=np.float32)
    assert context.probabilities(borderline)[0, 0] > 0.5 > context.probabilities(personal)[0, 0]
    # a category without a single example never fires
    assert (context.probabilities(borderline)[:, 1:] < 1e-6).all()


def test_training_rows_are_read_draft_by_draft() -> None:
    first = np.asarray([[0.9], [0.1], [0.2], [0.8]], dtype=np.float32)
    matrix = context_matrix(first, ["a", "a", "b", "b"])
    np.testing.assert_allclose(
        matrix, np.vstack([context_features(first[:2]), context_features(first[2:])])
    )
    with pytest.raises(AssertionError, match="not consecutive"):
        context_matrix(first, ["a", "b", "a", "b"])


def test_an_empty_draft_has_no_rows() -> None:
    context = DraftContext(
        np.zeros((CONTEXT_FEATURES_PER_CATEGORY * CATEGORIES + 2, CATEGORIES), np.float32),
        np.zeros(CATEGORIES, np.float32),
    )
    assert context.probabilities(np.zeros((0, CATEGORIES), np.float32)).shape == (0, CATEGORIES)

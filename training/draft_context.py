"""The detector's second stage: each clause's first-stage probabilities read beside the rest of
its draft (``services.detector.context_features``), one logistic regression per category.

Trained on held-out-family first-stage probabilities – what the network says about text it has
not seen, as in the app – and measured the same way: for every group of families, a context
layer fitted on the other groups scores it. Deterministic (lbfgs, no sampling).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from outreach_coach.services.detector import DraftContext, context_features

if TYPE_CHECKING:
    from collections.abc import Sequence

    from numpy.typing import NDArray

C = 1.0  # inverse L2 penalty; 0.1 found less on the held-out predictions (a throwaway check)


def context_matrix(first: NDArray[np.float32], drafts: Sequence[str]) -> NDArray[np.float32]:
    """``context_features`` for every row, each draft's rows (consecutive, in reading order, as
    ``clause_set`` lists them) read together."""
    assert len(first) == len(drafts)
    blocks = []
    seen: set[str] = set()
    start = 0
    for end in range(1, len(drafts) + 1):
        if end == len(drafts) or drafts[end] != drafts[start]:
            assert drafts[start] not in seen, f"the rows of {drafts[start]} are not consecutive"
            seen.add(drafts[start])
            blocks.append(context_features(first[start:end]))
            start = end
    if not blocks:
        return context_features(first)
    return np.vstack(blocks)


def fit_context(x: NDArray[np.float32], labels: NDArray[np.int8]) -> DraftContext:
    """One logistic regression per category; a category the rows do not show both ways (never
    or always positive) never fires."""
    from sklearn.linear_model import LogisticRegression

    weights = np.zeros((x.shape[1], labels.shape[1]), dtype=np.float32)
    bias = np.full(labels.shape[1], -30.0, dtype=np.float32)
    for k in range(labels.shape[1]):
        if labels[:, k].min() == labels[:, k].max():
            continue
        model = LogisticRegression(C=C, max_iter=3000).fit(x, labels[:, k])
        weights[:, k] = model.coef_[0]
        bias[k] = model.intercept_[0]
    return DraftContext(weights, bias)


def held_out_context(
    x: NDArray[np.float32],
    labels: NDArray[np.int8],
    families: NDArray[np.str_],
    groups: Sequence[Sequence[str]],
) -> NDArray[np.float32]:
    """Final probabilities, every group of families scored by a context layer fitted without
    it (on first-stage probabilities that are themselves held out)."""
    final = np.zeros(labels.shape, dtype=np.float32)
    for group in groups:
        held = np.isin(families, list(group))
        if not held.any():
            continue
        context = fit_context(x[~held], labels[~held])
        final[held] = context.probabilities_from_features(x[held])
    return final

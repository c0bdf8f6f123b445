"""Which detector model generalises to new writers? (the choice behind ``train_detector``)

    python -m training.compare_detectors

Trains each candidate on the first 40 families of the corpus (and the casual SMS) and scores the
16 families of the new-writers batch (``NEW_WRITERS``, written later by other writers; see
training/corpus-new/README.md), at clause level, with thresholds chosen on held-out-family
predictions of the 40 (clause precision 0.85, as in ``train_detector``). The new families
decided the model, so for that choice they are dev data.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np

from outreach_coach.core.rules.detector import DETECTED
from outreach_coach.services.embedders import EmbedderChoice, load_embedder
from training import train_detector
from training.casual import FAMILY
from training.train_detector import family_folds, threshold_for, training_data

if TYPE_CHECKING:
    from numpy.typing import NDArray

NEW_WRITERS = frozenset(
    {
        "ai-tool-vendors",
        "corporate-health",
        "cybersecurity",
        "ecommerce-agencies",
        "esg-consulting",
        "facility-services",
        "franchise-offers",
        "hr-payroll-software",
        "legal-services",
        "m-and-a-brokers",
        "market-research",
        "mentoring-requests",
        "promotional-products",
        "speakers-bureaus",
        "trade-fairs",
        "translation-services",
    }
)
Model = Callable[[np.ndarray, np.ndarray, np.ndarray], np.ndarray]


def logistic(x: NDArray[np.float32], y: NDArray[np.int8], test: NDArray[np.float32]) -> np.ndarray:
    """The detector until 2026-12-01: one logistic regression per category, C = 0.01."""
    from sklearn.linear_model import LogisticRegression

    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale < 1e-6] = 1.0
    out = np.zeros((len(test), y.shape[1]), dtype=np.float32)
    for k in range(y.shape[1]):
        model = LogisticRegression(C=0.01, max_iter=2000).fit((x - mean) / scale, y[:, k])
        out[:, k] = model.predict_proba((test - mean) / scale)[:, 1]
    return out


def network(x: NDArray[np.float32], y: NDArray[np.int8], test: NDArray[np.float32]) -> np.ndarray:
    """The shipped model: ``train_detector.train``."""
    return train_detector.train(x, y).probabilities(test)


def compare(
    name: str,
    model: Model,
    x: np.ndarray,
    y: np.ndarray,
    families: np.ndarray,
    languages: np.ndarray,
) -> None:
    old = ~np.isin(families, list(NEW_WRITERS))
    held = np.zeros(y[old].shape, dtype=np.float32)  # held-out-family predictions on the 40
    for group in family_folds(families[old]):
        rows = np.isin(families[old], group)
        held[rows] = model(x[old][~rows], y[old][~rows], x[old][rows])
    new_p = model(x[old], y[old], x[~old])
    print(f"\n{name}: clause precision / recall on the new writers' families")
    for language in ("de", "en"):
        fit_rows = (languages[old] == language) & (families[old] != FAMILY)
        test_rows = languages[~old] == language
        cells, hits, flagged, positives = [], 0, 0, 0
        for k, category in enumerate(DETECTED):
            # the floor of the day of the comparison (docs/QUALITY.md quotes its output)
            threshold = threshold_for(held[fit_rows, k], y[old][fit_rows, k], floor=0.5)
            flags = new_p[test_rows, k] >= threshold
            truth = y[~old][test_rows, k] == 1
            hit = int((flags & truth).sum())
            hits, flagged, positives = (
                hits + hit,
                flagged + int(flags.sum()),
                positives + int(truth.sum()),
            )
            cells.append(
                f"{category} {hit / max(1, flags.sum()):.2f}/{hit / max(1, truth.sum()):.2f}"
            )
        print(
            f"  {language}: all {hits / max(1, flagged):.2f}/{hits / max(1, positives):.2f} · "
            + " · ".join(cells)
        )


def main() -> int:
    data = training_data(load_embedder(EmbedderChoice("use")))
    for name, model in (("logistic regression", logistic), ("network (shipped)", network)):
        compare(name, model, data.x, data.labels, data.families, data.languages)
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())

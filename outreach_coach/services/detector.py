"""The learned clause detector at run time: shipped weights, numpy only, over the embedder's
vectors (``core.ports.ClauseDetector``).

The weights (``resources/models/detector.npz``, written by ``make train``; model card in
``resources/models/DETECTOR.md``) hold one logistic regression per language and category for each
embedding backend they were trained with. A backend without weights (a custom
sentence-transformers model) gets no detector: the catalog alone speaks (said in the log).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from outreach_coach.assets import detector_weights

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from numpy.typing import NDArray

    from outreach_coach.services.embedders import CachedEmbedder

log = logging.getLogger(__name__)

# Embedder names (CachedEmbedder.name) → the backend key the weights were trained under.
_BACKEND_OF = {
    "USE multilingual v3": "use",
    "sentence-transformers all-MiniLM-L6-v2": "sentence-transformers",
}


@dataclass(frozen=True)
class _Model:
    mean: NDArray[np.float32]
    scale: NDArray[np.float32]
    weights: NDArray[np.float32]  # categories × features
    bias: NDArray[np.float32]
    thresholds: NDArray[np.float32]


def detector_features(
    clauses: NDArray[np.float32],
    sentences: NDArray[np.float32],
    form: NDArray[np.float32],
    language: str,
) -> NDArray[np.float32]:
    """[clause embedding, sentence embedding, form features, is German]: the one definition
    the training script uses too."""
    german = np.full((len(form), 1), float(language == "de"), dtype=np.float32)
    return np.hstack([clauses, sentences, form.reshape(len(clauses), -1), german]).astype(
        np.float32
    )


class LearnedDetector:
    """Probabilities per clause and category from [embedding, form features]."""

    def __init__(
        self, embedder: CachedEmbedder, models: Mapping[str, _Model], categories: Sequence[str]
    ) -> None:
        self._embedder = embedder
        self._models = dict(models)
        self._categories = tuple(categories)

    def detect(
        self,
        clauses: Sequence[str],
        sentences: Sequence[str],
        form: Sequence[Sequence[float]],
        language: str,
    ) -> list[list[tuple[str, float]]]:
        model = self._models.get(language)
        if model is None or not clauses:
            return [[] for _ in clauses]
        # one model call for the new clauses and sentences (most come from the cache)
        vectors = self._embedder.embed([*clauses, *sentences])
        features = detector_features(
            vectors[: len(clauses)],
            vectors[len(clauses) :],
            np.asarray(form, dtype=np.float32),
            language,
        )
        z = ((features - model.mean) / model.scale) @ model.weights.T + model.bias
        probabilities = 1.0 / (1.0 + np.exp(-z))
        flagged = probabilities >= model.thresholds
        return [
            [
                (self._categories[k], float(probabilities[row, k]))
                for k in np.flatnonzero(flagged[row])
            ]
            for row in range(len(clauses))
        ]


def load_detector(embedder: CachedEmbedder) -> LearnedDetector | None:
    """The detector for this embedder, or None when no weights were trained for it."""
    backend = _BACKEND_OF.get(embedder.name)
    if backend is None:
        log.info("no detector weights for embedder %s", embedder.name)
        return None
    try:
        archive_file = detector_weights()
    except OSError as error:  # a damaged install: the catalog still works
        log.warning("detector weights unavailable: %s", error)
        return None
    with archive_file as archive:
        meta = json.loads(str(archive["meta"]))
        models: dict[str, _Model] = {}
        for language in ("de", "en"):
            prefix = f"{backend}/{language}/"
            if f"{prefix}weights" not in archive.files:
                continue
            models[language] = _Model(
                mean=archive[f"{prefix}mean"],
                scale=archive[f"{prefix}scale"],
                weights=archive[f"{prefix}weights"],
                bias=archive[f"{prefix}bias"],
                thresholds=archive[f"{prefix}thresholds"],
            )
    if not models:
        return None
    return LearnedDetector(embedder, models, meta["categories"])

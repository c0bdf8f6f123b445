"""The learned clause detector at run time: shipped weights, numpy only, over the embedder's
vectors (``core.ports.ClauseDetector``).

The weights (``resources/models/detector.npz``, written by ``make train``; model card in
``resources/models/DETECTOR.md``) hold, for each embedding backend they were trained with, a
small ensemble of one-hidden-layer networks (German and English together, one output per
category) and thresholds per language and category. A backend without weights (a custom
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
class Network:
    """An ensemble of one-hidden-layer networks over standardised features; each member is
    ``sigmoid(relu(x @ hidden + hidden_bias) @ output + output_bias)``, the members averaged."""

    mean: NDArray[np.float32]  # features
    scale: NDArray[np.float32]  # features
    hidden: NDArray[np.float32]  # members × features × units
    hidden_bias: NDArray[np.float32]  # members × units
    output: NDArray[np.float32]  # members × units × categories
    output_bias: NDArray[np.float32]  # members × categories

    def probabilities(self, features: NDArray[np.float32]) -> NDArray[np.float32]:
        """Probabilities per row and category (the training script scores with this too)."""
        x = (features - self.mean) / self.scale
        total = np.zeros((len(x), self.output.shape[2]), dtype=np.float32)
        for member in range(len(self.hidden)):
            units = np.maximum(x @ self.hidden[member] + self.hidden_bias[member], 0.0)
            z = units @ self.output[member] + self.output_bias[member]
            total += 1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))
        result: NDArray[np.float32] = (total / len(self.hidden)).astype(np.float32)
        return result

    def arrays(self, prefix: str) -> dict[str, NDArray[np.float32]]:
        """The network as named arrays for the weights file."""
        return {
            f"{prefix}{name}": getattr(self, name)
            for name in ("mean", "scale", "hidden", "hidden_bias", "output", "output_bias")
        }

    @classmethod
    def from_arrays(cls, arrays: Mapping[str, NDArray[np.float32]], prefix: str) -> Network:
        return cls(
            **{
                name: np.asarray(arrays[f"{prefix}{name}"], dtype=np.float32)
                for name in ("mean", "scale", "hidden", "hidden_bias", "output", "output_bias")
            }
        )


@dataclass(frozen=True)
class _Model:
    network: Network
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
        probabilities = model.network.probabilities(features)
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
        if f"{backend}/hidden" in archive.files:
            network = Network.from_arrays(archive, f"{backend}/")
            for language in ("de", "en"):
                key = f"{backend}/{language}/thresholds"
                if key in archive.files:
                    models[language] = _Model(network, np.asarray(archive[key], np.float32))
    if not models:
        return None
    return LearnedDetector(embedder, models, meta["categories"])

"""The learned clause detector at run time: shipped weights, numpy only, over the embedder's
vectors (``core.ports.ClauseDetector``).

The weights (``resources/models/detector.npz``, written by ``make train``; model card in
``resources/models/DETECTOR.md``) hold, for each embedding backend they were trained with, a
small ensemble of one-hidden-layer networks (German and English together, one output per
category), per language a draft-context layer that reads each clause's probabilities beside
those of the rest of its draft, and thresholds per language and category. A backend without
weights (a custom sentence-transformers model) gets no detector: the catalog alone speaks (said
in the log).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from outreach_coach.assets import detector_weights
from outreach_coach.core.rules.detector import form_feature_names

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


# first, others, mean, share, before, after and log-odds per category (+ length and place)
CONTEXT_FEATURES_PER_CATEGORY = 7


def context_features(first: NDArray[np.float32]) -> NDArray[np.float32]:
    """Per clause of one draft (rows in reading order), its first-stage probabilities beside
    the draft's: the highest among the other clauses, the mean, the share at 0.5 or more, the
    clauses before and after, the draft's length in clauses, the clause's place, and its own
    log-odds. A borderline claim in a draft full of stock moves is more likely one than the
    same words in a personal letter. The one definition the training script uses too."""
    count, categories = first.shape
    if count == 0:
        return np.zeros((0, CONTEXT_FEATURES_PER_CATEGORY * categories + 2), dtype=np.float32)
    zero = np.zeros((1, categories), dtype=np.float32)
    top = first.max(axis=0)
    second = np.sort(first, axis=0)[-2] if count > 1 else np.zeros(categories, np.float32)
    is_top = np.arange(count)[:, None] == first.argmax(axis=0)[None, :]
    others = np.where(is_top, second, top) if count > 1 else np.zeros_like(first)
    mean = np.broadcast_to(first.mean(axis=0), first.shape)
    share = np.broadcast_to((first >= 0.5).mean(axis=0), first.shape)
    before = np.vstack([zero, first[:-1]])
    after = np.vstack([first[1:], zero])
    length = np.full((count, 1), np.log1p(count), dtype=np.float32)
    place = (np.arange(count, dtype=np.float32) / count)[:, None]
    clipped = np.clip(first, 1e-4, 1 - 1e-4)
    log_odds = np.log(clipped / (1 - clipped))
    features = np.hstack([first, others, mean, share, before, after, length, place, log_odds])
    return features.astype(np.float32)


@dataclass(frozen=True)
class DraftContext:
    """The second stage: one logistic regression per category over ``context_features``."""

    weights: NDArray[np.float32]  # context features × categories
    bias: NDArray[np.float32]  # categories

    def probabilities(self, first: NDArray[np.float32]) -> NDArray[np.float32]:
        """The final probabilities of one draft's clauses from their first-stage ones."""
        return self.probabilities_from_features(context_features(first))

    def probabilities_from_features(self, features: NDArray[np.float32]) -> NDArray[np.float32]:
        z = features @ self.weights + self.bias
        result: NDArray[np.float32] = (1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))).astype(
            np.float32
        )
        return result


@dataclass(frozen=True)
class _Model:
    network: Network
    context: DraftContext
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
        probabilities = model.context.probabilities(model.network.probabilities(features))
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
    if _BACKEND_OF.get(embedder.name) is None:
        log.info("no detector weights for embedder %s", embedder.name)
        return None
    try:
        archive = detector_weights()
    except OSError as error:  # a damaged install: the catalog still works
        log.warning("detector weights unavailable: %s", error)
        return None
    return detector_from_archive(embedder, archive)


def detector_from_archive(
    embedder: CachedEmbedder, archive: Mapping[str, NDArray[np.float32]]
) -> LearnedDetector | None:
    """The detector in a weights archive, or None – with a warning – when the weights are
    incomplete or were trained on other form features than this version computes (their
    network would read the features in the wrong places)."""
    backend = _BACKEND_OF.get(embedder.name)
    if backend is None:
        return None
    try:
        meta = json.loads(str(archive["meta"]))
        if meta.get("form_features") != form_feature_names():
            raise ValueError("the weights were trained on other form features; run make train")
        categories = meta["categories"]
        models = _models_of(archive, backend)
    except (KeyError, ValueError) as error:  # weights of another version: the catalog still works
        log.warning("detector weights not usable: %s", error)
        return None
    if not models:
        return None
    return LearnedDetector(embedder, models, categories)


def _models_of(archive: Mapping[str, NDArray[np.float32]], backend: str) -> dict[str, _Model]:
    """The network, context layer and thresholds per language trained for ``backend``."""
    if f"{backend}/hidden" not in archive:
        return {}
    network = Network.from_arrays(archive, f"{backend}/")
    models: dict[str, _Model] = {}
    for language in ("de", "en"):
        prefix = f"{backend}/{language}/"
        if f"{prefix}thresholds" in archive:
            context = DraftContext(
                np.asarray(archive[f"{prefix}context_weights"], np.float32),
                np.asarray(archive[f"{prefix}context_bias"], np.float32),
            )
            thresholds = np.asarray(archive[f"{prefix}thresholds"], np.float32)
            models[language] = _Model(network, context, thresholds)
    return models

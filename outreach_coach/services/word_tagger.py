"""The learned buzzword tagger at run time: shipped weights, numpy only
(``core.ports.WordTagger``).

The weights (``resources/models/buzzwords.npz``, written by ``make train``; model card in
``resources/models/DETECTOR.md``) hold, per language, a logistic regression over hashed word
features, its bias and the cutoff chosen on held-out families. It needs no embedding model, so
it speaks from the first keystroke.
"""

from __future__ import annotations

import json
import logging
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from outreach_coach.assets import detector_weights
from outreach_coach.core.rules.buzzword_words import (
    FEATURE_BITS,
    FEATURES_VERSION,
    word_contexts,
    word_features,
)

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from numpy.typing import NDArray

log = logging.getLogger(__name__)
WEIGHTS_FILE = "buzzwords.npz"
_WORDS_KEPT = 16384  # words (with neighbours) whose probability is kept; then start afresh


@dataclass(frozen=True)
class LanguageTagger:
    weights: NDArray[np.float32]  # 2 ** FEATURE_BITS (shipped as float16)
    bias: float
    cutoff: float


class LearnedWordTagger:
    """Per word, ``sigmoid(bias + sum of its features' weights)``. A keystroke changes one word
    of a few hundred, so each word's probability is kept, by the word and its neighbours."""

    def __init__(self, languages: Mapping[str, LanguageTagger]) -> None:
        self._languages = dict(languages)
        self._known: dict[tuple[str, str, str, str], float] = {}

    def buzzword_probabilities(self, words: Sequence[str], language: str) -> list[float]:
        model = self._languages.get(language)
        if model is None:
            return [0.0] * len(words)
        if len(self._known) > _WORDS_KEPT:
            self._known.clear()
        known = self._known
        result = []
        for context in word_contexts(words):
            key = (language, *context)
            probability = known.get(key)
            if probability is None:
                z = model.bias + float(model.weights[list(word_features(*context))].sum())
                probability = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
                known[key] = probability
            result.append(probability)
        return result

    def cutoff(self, language: str) -> float:
        model = self._languages.get(language)
        return model.cutoff if model is not None else 1.01


def load_word_tagger() -> LearnedWordTagger | None:
    """The shipped tagger, or None (with a warning) when its weights are missing or do not fit
    this version's features: the catalog still finds the listed buzzwords."""
    try:
        archive = detector_weights(WEIGHTS_FILE)
    except OSError as error:
        log.warning("buzzword tagger weights unavailable: %s", error)
        return None
    return word_tagger_from_archive(archive)


def word_tagger_from_archive(
    archive: Mapping[str, NDArray[np.float32]],
) -> LearnedWordTagger | None:
    try:
        meta = json.loads(str(archive["meta"]))
        if meta.get("feature_bits") != FEATURE_BITS or meta.get("features") != FEATURES_VERSION:
            raise ValueError("the weights were trained on other word features; run make train")
        languages = {
            language: LanguageTagger(
                np.asarray(archive[f"{language}/weights"], np.float32),
                float(archive[f"{language}/bias"]),
                float(archive[f"{language}/cutoff"]),
            )
            for language in meta["languages"]
        }
    except (KeyError, ValueError, TypeError) as error:
        log.warning("buzzword tagger weights not usable: %s", error)
        return None
    if any(len(model.weights) != 1 << FEATURE_BITS for model in languages.values()):
        log.warning("buzzword tagger weights not usable: wrong size")
        return None
    return LearnedWordTagger(languages)

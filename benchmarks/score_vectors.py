"""Sentence vectors kept on disk for the score's benchmark and calibration.

Scoring the dev set means embedding tens of thousands of sentences, clauses and note lines
with the real model; on a loaded two-core machine that is most of the run. The vectors of a
text never change for a given model, so they are computed once (in length-sorted batches,
which pads least) and kept in ``.cache/training/score-vectors-<model>.npz``; reruns after a
change to the score's code only embed what is new. The analyzer sees an ordinary
``core.ports.Embedder``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, cast

import numpy as np

from outreach_coach.core.rules.detector import clause_sentences, detector_clauses
from outreach_coach.core.score.contrast import clause_units
from outreach_coach.core.score.merge_fields import MergeFields
from outreach_coach.core.text.draft import SplitDraft
from outreach_coach.core.text.split import lines_and_sentences, sentences
from outreach_coach.services.detector import load_detector
from outreach_coach.services.embedders import load_embedder
from outreach_coach.services.session import build_analyzer

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from numpy.typing import NDArray

    from outreach_coach.core.analyzer import Analyzer
    from outreach_coach.core.model import Recipient
    from outreach_coach.services.embedders import CachedEmbedder, EmbedderChoice

CACHE = Path(__file__).resolve().parents[1] / ".cache" / "training"
BATCH = 256
SAVE_EVERY = 4000


class DiskEmbedder:
    """``Embedder`` over a model, every vector kept in memory and on disk."""

    def __init__(self, inner: CachedEmbedder, folder: Path = CACHE) -> None:
        self._inner = inner
        slug = re.sub(r"[^a-z0-9]+", "-", inner.name.lower()).strip("-")
        self._path = folder / f"score-vectors-{slug}.npz"
        self._index: dict[str, int] = {}
        self._matrix = np.zeros((0, 0), dtype=np.float32)
        self._size = 0
        self._unsaved = 0
        if self._path.exists():
            with np.load(self._path, allow_pickle=False) as data:
                texts = [str(t) for t in data["texts"]]
                self._matrix = np.array(data["vectors"], dtype=np.float32)
            self._index = {text: i for i, text in enumerate(texts)}
            self._size = len(texts)

    @property
    def name(self) -> str:
        return self._inner.name

    @property
    def match_threshold(self) -> float:
        return self._inner.match_threshold

    @property
    def paraphrase_threshold(self) -> float:
        return self._inner.paraphrase_threshold

    def prefill(self, texts: Iterable[str]) -> int:
        """Embed every new text now, in long length-sorted batches; returns how many."""
        new = sorted({t for t in texts if t not in self._index}, key=len)
        for start in range(0, len(new), BATCH):
            self._add(new[start : start + BATCH])
        return len(new)

    def embed(self, texts: Sequence[str]) -> NDArray[np.float32]:
        missing = sorted({t for t in texts if t not in self._index}, key=len)
        for start in range(0, len(missing), BATCH):
            self._add(missing[start : start + BATCH])
        rows: NDArray[np.float32] = self._matrix[[self._index[t] for t in texts]]
        return rows

    def similarity(self, left: Sequence[str], right: Sequence[str]) -> list[list[float]]:
        if not left or not right:
            return [[] for _ in left]
        matrix = np.clip(self.embed(left) @ self.embed(right).T, -1.0, 1.0)
        rows: list[list[float]] = matrix.tolist()
        return rows

    def _add(self, texts: list[str]) -> None:
        vectors = self._inner.embed(texts)
        needed = self._size + len(texts)
        if self._matrix.shape[0] < needed or self._matrix.shape[1] != vectors.shape[1]:
            grown = np.zeros((max(needed, 2 * self._matrix.shape[0]), vectors.shape[1]), np.float32)
            if self._size:
                grown[: self._size] = self._matrix[: self._size]
            self._matrix = grown
        self._matrix[self._size : needed] = vectors
        for offset, text in enumerate(texts):
            self._index[text] = self._size + offset
        self._size = needed
        self._unsaved += len(texts)
        if self._unsaved >= SAVE_EVERY:
            self.save()

    def save(self) -> None:
        if not self._unsaved:
            return
        self._path.parent.mkdir(parents=True, exist_ok=True)
        texts = np.array(sorted(self._index, key=self._index.__getitem__), dtype=str)
        temporary = self._path.with_suffix(".tmp.npz")
        np.savez(temporary, texts=texts, vectors=self._matrix[: self._size])
        temporary.replace(self._path)
        self._unsaved = 0


def disk_analyzer(choice: EmbedderChoice) -> tuple[Analyzer, DiskEmbedder]:
    """The app's analyzer – catalogs, the learned detector, the chosen model – with every
    vector behind the disk cache (no warm-up: the references come from the cache too)."""
    disk = DiskEmbedder(load_embedder(choice))
    # The detector only asks its embedder for ``name`` and ``embed``, which DiskEmbedder has.
    detector = load_detector(cast("CachedEmbedder", disk))
    analyzer = replace(build_analyzer(embeddings=False), embedder=disk, detector=detector)
    return analyzer, disk


def texts_to_embed(analyzer: Analyzer, drafts: Iterable[tuple[Recipient, str, str]]) -> list[str]:
    """What scoring these (recipient, text, language) drafts will embed, as far as it can be
    known up front: sentences and their clauses (merge fields masked), note lines, the
    reference facts and the segment bank's lines of the language."""
    found: set[str] = set()
    languages: set[str] = set()
    for recipient, text, language in drafts:
        languages.add(language)
        merge = MergeFields.of(recipient)
        split = SplitDraft.of(text)
        clauses = detector_clauses(split)
        found.update(clause.text for clause in clauses)
        found.update(clause_sentences(split, clauses))
        for span in sentences(text):
            found.add(span.text)
            found.update(clause_units(merge.mask(span.text)))
        for line in lines_and_sentences(recipient.notes):
            found.add(line.text)
            found.add(merge.mask(line.text))
    for language in languages:
        refs = analyzer.references.get(language)
        if refs is None:
            continue
        found.update(fact.span.text for fact in refs.facts)
        found.update(text for text, _ in refs.typical)
        found.update(fact.span.text for profile in refs.bank for fact in profile.facts)
    return sorted(found)

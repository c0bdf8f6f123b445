"""Clause-level training data from the family corpus: texts, form features, labels, families.

Shared by the training script and the quality report, so both see exactly the clauses and
features the app computes (``core.rules.detector``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from outreach_coach.assets import builtin_catalogs
from outreach_coach.core.rules.detector import DETECTED, detector_clauses, form_features
from outreach_coach.core.text.draft import SplitDraft
from training.casual import casual_drafts
from training.corpus import Draft, load_corpus

if TYPE_CHECKING:
    from numpy.typing import NDArray

    from outreach_coach.services.embedders import CachedEmbedder

CACHE = Path(__file__).resolve().parents[1] / ".cache" / "training"
# A clause carries a category when it shares at least this many characters with a gold span of
# it: exactly when a finding on the clause would count as correct (it overlaps a gold span).
MIN_OVERLAP = 2


@dataclass(frozen=True)
class ClauseSet:
    """All clauses of one language: parallel arrays, one row per clause."""

    texts: list[str]
    form: NDArray[np.float32]
    sentences: list[str]  # the sentence each clause belongs to
    labels: NDArray[np.int8]  # clauses × len(DETECTED), 0/1
    families: NDArray[np.str_]
    drafts: list[str]  # draft id per clause


def clause_labels(draft: Draft, start: int, end: int) -> list[int]:
    row = []
    for category in DETECTED:
        hit = 0
        for span in draft.spans:
            if span.category != category:
                continue
            if min(end, span.end) - max(start, span.start) >= MIN_OVERLAP:
                hit = 1
        row.append(hit)
    return row


def clause_set(language: str, drafts: list[Draft] | None = None, casual: bool = False) -> ClauseSet:
    """Every clause of the corpus in ``language`` (or of ``drafts``); with ``casual``, the
    ordinary SMS of ``training.casual`` join the English ones as negatives."""
    catalog = builtin_catalogs()[language]
    texts: list[str] = []
    sentences: list[str] = []
    form: list[list[float]] = []
    labels: list[list[int]] = []
    families: list[str] = []
    ids: list[str] = []
    chosen = drafts if drafts is not None else load_corpus(language)
    if casual and language == "en":
        chosen = [*chosen, *casual_drafts()]
    for draft in chosen:
        split = SplitDraft.of(draft.text)
        clauses = detector_clauses(split)
        hits = tuple(catalog.find(draft.text))
        form.extend(form_features(split, clauses, hits, draft.recipient.notes))
        for clause in clauses:
            sentence = split.sentence_at(clause.start)
            sentences.append(sentence.text if sentence is not None else clause.text)
            texts.append(clause.text)
            labels.append(clause_labels(draft, clause.start, clause.end))
            families.append(draft.family)
            ids.append(draft.id)
    return ClauseSet(
        texts,
        np.asarray(form, dtype=np.float32).reshape(len(texts), -1),
        sentences,
        np.asarray(labels, dtype=np.int8).reshape(len(texts), len(DETECTED)),
        np.asarray(families),
        ids,
    )


def embeddings(embedder: CachedEmbedder, texts: list[str]) -> NDArray[np.float32]:
    """Clause embeddings, cached on disk per model and text list (training reruns are quick)."""
    digest = hashlib.blake2b(
        ("\x00".join([embedder.name, *texts])).encode("utf-8", "surrogatepass"), digest_size=12
    ).hexdigest()
    path = CACHE / f"emb-{digest}.npy"
    if path.exists():
        cached: NDArray[np.float32] = np.load(path)
        return cached
    rows = [embedder.embed(texts[i : i + 128]) for i in range(0, len(texts), 128)]
    matrix = np.vstack(rows).astype(np.float32)
    CACHE.mkdir(parents=True, exist_ok=True)
    np.save(path, matrix)
    return matrix

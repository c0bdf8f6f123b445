"""Train the buzzword word tagger on the family corpus and ship its weights (``make train``).

    python -m training.train_buzzwords [--out resources/models/buzzwords.npz]

One logistic regression per language over each word's hashed features
(``core.rules.buzzword_words.word_feature_rows``: the word, its character 3- to 5-grams, shape,
length and neighbours), seeded and deterministic. A word inside a ``buzzword`` span is positive;
every other word is negative – also a buzzword inside a larger promise or compliment, which
docs/ANNOTATION.md leaves to the larger span. The cutoff per language is chosen on held-out
family groups (the detector's ``FOLDS``): the lowest probability at which the runs of flagged
words reach ``TARGET_PRECISION`` against the gold buzzword spans. Those held-out probabilities
are cached for ``training.quality_detector``.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

from outreach_coach.core.model import Category
from outreach_coach.core.rules.buzzword_words import (
    FEATURE_BITS,
    FEATURES_VERSION,
    TAGGED_WORD_RE,
    flagged_runs,
    word_feature_rows,
)
from training.corpus import Draft, load_corpus
from training.detector_data import CACHE
from training.train_detector import MODELS, family_folds

if TYPE_CHECKING:
    from collections.abc import Collection, Sequence

    from numpy.typing import NDArray

WEIGHTS = MODELS / "buzzwords.npz"
LANGUAGES = ("de", "en")
C = 1.0  # inverse L2 penalty (0.3 and 3 traded precision for recall along the same curve)
TARGET_PRECISION = 0.85  # of the flagged runs, held out: as the clause detector's target
QUICK_FAMILIES = 16  # --quick: enough for every held-out group to see buzzwords
CUTOFFS = tuple(round(0.5 + 0.025 * k, 3) for k in range(19))  # 0.5 … 0.95


@dataclass(frozen=True)
class WordSet:
    """Every word of a language's corpus, in draft order, with its features and label."""

    drafts: list[Draft]
    spans: list[list[tuple[int, int]]]  # per draft, the words' character spans
    features: csr_matrix
    labels: NDArray[np.int8]
    families: NDArray[np.str_]


def word_set(language: str, drafts: Sequence[Draft] | None = None) -> WordSet:
    drafts = list(drafts if drafts is not None else load_corpus(language))
    rows: list[int] = []
    columns: list[int] = []
    labels: list[int] = []
    families: list[str] = []
    spans: list[list[tuple[int, int]]] = []
    for draft in drafts:
        matches = list(TAGGED_WORD_RE.finditer(draft.text))
        buzzwords = [s for s in draft.spans if s.category == Category.BUZZWORD]
        spans.append([m.span() for m in matches])
        for match, features in zip(
            matches, word_feature_rows([m.group() for m in matches]), strict=True
        ):
            start, end = match.span()
            rows.extend([len(labels)] * len(features))
            columns.extend(features)
            labels.append(int(any(s.start < end and start < s.end for s in buzzwords)))
            families.append(draft.family)
    matrix = csr_matrix(
        (np.ones(len(rows), np.float32), (rows, columns)), shape=(len(labels), 1 << FEATURE_BITS)
    )
    matrix.data[:] = 1.0  # a feature hashed twice in one word still counts once
    return WordSet(drafts, spans, matrix, np.array(labels, np.int8), np.array(families))


def fit(features: csr_matrix, labels: NDArray[np.int8]) -> LogisticRegression:
    return LogisticRegression(C=C, max_iter=3000).fit(features, labels)


def held_out(data: WordSet) -> NDArray[np.float32]:
    """Every word scored by a model that never saw its sender family."""
    probabilities = np.zeros(len(data.labels), np.float32)
    for group in family_folds(data.families):
        test = np.isin(data.families, group)
        model = fit(data.features[~test], data.labels[~test])
        probabilities[test] = model.predict_proba(data.features[test])[:, 1]
    return probabilities


def run_precision_recall(
    data: WordSet,
    probabilities: NDArray[np.float32],
    cutoff: float,
    without: Collection[str] = frozenset(),
) -> tuple[float, float, int]:
    """Precision and recall of the flagged runs against the gold buzzword spans (families in
    ``without`` left out)."""
    offset = correct = flagged = found = gold = 0
    for draft, spans in zip(data.drafts, data.spans, strict=True):
        own = probabilities[offset : offset + len(spans)].tolist()
        offset += len(spans)
        if draft.family in without:
            continue
        runs = flagged_runs(draft.text, spans, own, cutoff)
        marked = [s for s in draft.spans if s.category == Category.BUZZWORD]
        flagged += len(runs)
        correct += sum(any(s.start < e and b < s.end for s in marked) for b, e, _ in runs)
        gold += len(marked)
        found += sum(any(s.start < e and b < s.end for b, e, _ in runs) for s in marked)
    return correct / max(1, flagged), found / max(1, gold), flagged


def choose_cutoff(
    data: WordSet, probabilities: NDArray[np.float32], without: Collection[str] = frozenset()
) -> float:
    """The lowest cutoff whose held-out runs reach the target precision."""
    for cutoff in CUTOFFS:
        precision, _, flagged = run_precision_recall(data, probabilities, cutoff, without)
        if precision >= TARGET_PRECISION and flagged >= 5:
            return cutoff
    return 1.01


def oof_path(language: str) -> Path:
    return CACHE / f"buzzwords-oof-{language}.npz"


def cached_held_out(language: str, data: WordSet) -> NDArray[np.float32] | None:
    """The held-out probabilities ``make train`` cached, if they belong to this corpus."""
    path = oof_path(language)
    if not path.is_file():
        return None
    with np.load(path) as cached:
        if cached["families"].tolist() != data.families.tolist():
            return None
        probabilities: NDArray[np.float32] = cached["probabilities"]
        return probabilities


def word_offsets(data: WordSet) -> dict[str, tuple[int, int]]:
    """Draft id → its rows (first, end) in the word set."""
    offsets: dict[str, tuple[int, int]] = {}
    offset = 0
    for draft, spans in zip(data.drafts, data.spans, strict=True):
        offsets[draft.id] = (offset, offset + len(spans))
        offset += len(spans)
    return offsets


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=WEIGHTS, help="where to write the weights")
    parser.add_argument(
        "--quick", action="store_true", help=f"{QUICK_FAMILIES} families per language, no cache"
    )
    args = parser.parse_args(argv)
    arrays: dict[str, NDArray[np.float32]] = {}
    report: dict[str, dict[str, float]] = {}
    for language in LANGUAGES:
        drafts = load_corpus(language)
        if args.quick:
            kept = sorted({d.family for d in drafts})[:QUICK_FAMILIES]
            drafts = [d for d in drafts if d.family in kept]
        data = word_set(language, drafts)
        probabilities = held_out(data)
        if not args.quick:
            CACHE.mkdir(parents=True, exist_ok=True)
            np.savez(oof_path(language), probabilities=probabilities, families=data.families)
        cutoff = choose_cutoff(data, probabilities)
        precision, recall, flagged = run_precision_recall(data, probabilities, cutoff)
        model = fit(data.features, data.labels)
        arrays[f"{language}/weights"] = model.coef_[0].astype(np.float16)  # halves the file
        arrays[f"{language}/bias"] = np.asarray(model.intercept_[0], np.float32)
        arrays[f"{language}/cutoff"] = np.asarray(cutoff, np.float32)
        report[language] = {
            "cutoff": cutoff,
            "held_out_precision": round(precision, 3),
            "held_out_recall": round(recall, 3),
            "words": len(data.labels),
            "families": len(set(data.families.tolist())),
        }
        print(
            f"{language}: {len(data.labels)} words, cutoff {cutoff}, held-out buzzword runs "
            f"{flagged}, precision {precision:.3f}, recall {recall:.3f}"
        )
    meta = {
        "feature_bits": FEATURE_BITS,
        "features": FEATURES_VERSION,
        "languages": list(LANGUAGES),
        "model": f"logistic regression, C {C}",
        "target_precision": TARGET_PRECISION,
        "trained": date.today().isoformat(),
        "report": report,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, meta=np.array(json.dumps(meta)), **arrays)  # type: ignore[arg-type]
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

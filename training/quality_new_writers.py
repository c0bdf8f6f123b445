"""First run of the shipped coach on families written after it was trained (``make quality``).

    python -m training.quality_new_writers [--folder training/corpus-new] [-v]

``training/corpus-new/`` is where sender families written by new writers land, after the
shipped detector weights (resources/models/detector.npz) were trained, under the same rules
(docs/ANNOTATION.md); see its README for the steps. This script runs the whole coach as the
app does – catalog, rules, findings by meaning and the shipped detector, with the default model
(USE) – and prints span precision and recall per language and category. Its first run is the
honest number for new writers; once the families join the training data (or prompt a change),
they are dev data.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.quality_rules import table
from outreach_coach.core.analyzer import Analyzer
from outreach_coach.core.model import Snapshot
from outreach_coach.services.embedders import EmbedderChoice
from outreach_coach.services.session import build_analyzer
from training.corpus import load_corpus
from training.quality_detector import coaching, score, show_errors, three_decimals

if TYPE_CHECKING:
    from collections import Counter

NEW = Path(__file__).parent / "corpus-new"


def evaluate(analyzer: Analyzer, folder: Path, language: str, verbose: bool) -> None:
    drafts = load_corpus(language, folder)
    families = {d.family for d in drafts}
    personal = sum(d.kind == "personal" for d in drafts)
    variants = {
        "catalog and rules": Analyzer(
            analyzer.catalogs,
            analyzer.embedder,
            analyzer.references,
            first_names=analyzer.first_names,
        ),
        "catalog, rules and detector": analyzer,
    }
    for name, run in variants.items():
        counts: dict[str, Counter[str]] = {}
        flagged = 0
        for draft in drafts:
            snapshot = Snapshot(0, draft.text, draft.recipient, language)
            found = coaching(run.analyze(snapshot).findings)
            score(counts, draft, found)
            flagged += draft.kind == "personal" and bool(found)
            if verbose and run is analyzer:
                show_errors(draft, found)
        print(
            f"\n### {language}, {name} – new writers ({len(families)} families, "
            f"{len(drafts)} drafts)\n"
        )
        print(table(counts))
        print(three_decimals(counts))
        print(
            f"\nclean personal drafts with a coaching finding: {flagged}/{personal} "
            f"({flagged / max(1, personal):.1%})"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--folder", type=Path, default=NEW)
    parser.add_argument("-v", "--verbose", action="store_true", help="misses and false alarms")
    args = parser.parse_args()
    analyzer = build_analyzer(choice=EmbedderChoice("use"))
    if analyzer.embedder is None or analyzer.detector is None:
        print("error: the default model or the detector did not load", file=sys.stderr)
        return 1
    if not load_corpus(folder=args.folder):
        print(f"no families in {args.folder}: every family there has joined the training corpus")
        return 0
    for language in ("de", "en"):
        evaluate(analyzer, args.folder, language, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Check the family corpus against docs/ANNOTATION.md's minimums and print its size.

python -m training.corpus_stats [--file PATH]   # exit 1 when a file breaks the format
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from training.corpus import CorpusError, Draft, load_corpus, load_file

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def clean_sentences(draft: Draft) -> int:
    """Sentences of a personal draft that carry no label (what must stay quiet)."""
    count, position = 0, 0
    for piece in _SENTENCE_END.split(draft.text):
        start = draft.text.find(piece, position)
        end = start + len(piece)
        position = end
        if len(piece.split()) < 4:
            continue
        if not any(span.start < end and start < span.end for span in draft.spans):
            count += 1
    return count


def report(drafts: list[Draft]) -> None:
    for language in ("de", "en"):
        mine = [d for d in drafts if d.language == language]
        if not mine:
            continue
        families: dict[str, Counter[str]] = defaultdict(Counter)
        spans: Counter[str] = Counter()
        for draft in mine:
            families[draft.family][draft.kind] += 1
            for span in draft.spans:
                spans[str(span.category)] += 1
        clean = sum(clean_sentences(d) for d in mine if d.kind == "personal")
        print(
            f"{language}: {len(families)} families, {len(mine)} drafts, "
            f"{sum(spans.values())} spans, {clean} clean personal sentences"
        )
        print("   " + ", ".join(f"{k} {v}" for k, v in sorted(spans.items())))
        incomplete = [f for f, kinds in families.items() if len(kinds) < 3]
        if incomplete:
            print(f"   families without all three kinds: {', '.join(sorted(incomplete))}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--file", type=Path, help="check one file only")
    args = parser.parse_args()
    try:
        drafts = load_file(args.file) if args.file else load_corpus()
    except CorpusError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    report(drafts)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Catalog entries whose category disagrees with the labelled corpus (docs/ANNOTATION.md).

    python -m training.catalog_audit [--min 4] [--share 0.75]

The catalog's categories are written by hand, the corpus is labelled by the annotation rules;
where they disagree, the panel gives the wrong reason ("buzzword" for "we are the leading
provider", which the rules call an unverifiable claim, an empty promise) and the finding counts
as wrong. For every entry with at least ``--min`` hits in the corpus, this prints how its hits
fall: on a gold span of its own category, of another category, or on none. An entry whose hits
mostly land on one other category is a candidate to move – by a person who reads the rule,
not automatically.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict

from outreach_coach.assets import builtin_catalogs
from training.corpus import load_corpus


def audit(language: str, minimum: int, share: float) -> None:
    catalog = builtin_catalogs()[language]
    outcomes: dict[str, Counter[str]] = defaultdict(Counter)
    category_of: dict[str, str] = {}
    for draft in load_corpus(language):
        for match in catalog.find(draft.text):
            entry = match.entry
            category_of[entry.id] = str(entry.category)
            over = {
                str(span.category)
                for span in draft.spans
                if span.start < match.end and match.start < span.end
            }
            if str(entry.category) in over:
                outcomes[entry.id]["own"] += 1
            elif over:
                outcomes[entry.id]["+".join(sorted(over))] += 1
            else:
                outcomes[entry.id]["none"] += 1
    print(f"\n### {language}: entries whose hits mostly fall on another category\n")
    print("| entry | its category | hits | on its own | on another (count) | on none |")
    print("|---|---|---|---|---|---|")
    for entry_id, counts in sorted(outcomes.items()):
        hits = sum(counts.values())
        others = [(k, v) for k, v in counts.items() if k not in ("own", "none")]
        if hits < minimum or not others:
            continue
        other, count = max(others, key=lambda kv: kv[1])
        if count / hits >= share:
            print(
                f"| {entry_id} | {category_of[entry_id]} | {hits} | {counts['own']} | "
                f"{other} ({count}) | {counts['none']} |"
            )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--min", type=int, default=4, help="fewest hits to judge an entry")
    parser.add_argument("--share", type=float, default=0.75, help="share on one other category")
    args = parser.parse_args()
    for language in ("de", "en"):
        audit(language, args.min, args.share)
    return 0


if __name__ == "__main__":
    sys.exit(main())

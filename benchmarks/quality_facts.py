"""Precision and recall of the facts proposed from pasted text (core/score/fact_extraction.py).

``benchmarks/data/facts_{de,en}.toml`` hold pasted texts (profile About and Experience, posts,
talk abstracts, company pages, podcast descriptions) with the facts a careful user would keep,
each with its *key*: the specific part (a name, a number, quoted words, the problem named).

Matching: a proposed fact matches a gold fact when it contains every string of the gold fact's
key, compared case-insensitively with runs of white space collapsed. Precision is the share of
proposed facts that match at least one gold fact; recall the share of gold facts matched by at
least one proposal; both over all texts of a language (micro-averaged). Kind agreement is the
share of matched gold facts whose individual/segment label equals the proposal's.

    python -m benchmarks.quality_facts          # table for docs/QUALITY.md
    python -m benchmarks.quality_facts -v       # every proposal, + matched / - not, and misses
    python -m benchmarks.quality_facts --quick  # the first three texts per language (tests)
"""

from __future__ import annotations

import argparse
import time
import tomllib
from dataclasses import dataclass
from pathlib import Path

from outreach_coach.core.score.fact_extraction import DEFAULT_LIMIT, extract_facts

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Gold:
    fact: str
    key: tuple[str, ...]
    kind: str


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def matches(proposal: str, gold: Gold) -> bool:
    """The proposal contains every string of the gold fact's key."""
    text = _norm(proposal)
    return all(_norm(part) in text for part in gold.key)


def load(language: str) -> list[tuple[str, str, list[Gold]]]:
    raw = tomllib.loads((DATA / f"facts_{language}.toml").read_text(encoding="utf-8"))
    return [
        (
            entry["id"],
            entry["text"],
            [Gold(f["fact"], tuple(f["key"]), f.get("kind", "individual")) for f in entry["fact"]],
        )
        for entry in raw["text"]
    ]


def evaluate(language: str, limit: int, quick: bool, verbose: bool) -> dict[str, float]:
    texts = load(language)[: 3 if quick else None]
    proposed = correct = gold_total = found = kind_same = 0
    began = time.perf_counter()
    for identifier, text, golds in texts:
        candidates = extract_facts(text, limit=limit)
        hits = [[g for g in golds if matches(c.text, g)] for c in candidates]
        proposed += len(candidates)
        correct += sum(1 for h in hits if h)
        gold_total += len(golds)
        for gold in golds:
            partners = [c for c in candidates if matches(c.text, gold)]
            if partners:
                found += 1
                kind_same += partners[0].kind == gold.kind
        if verbose:
            print(f"\n[{identifier}]")
            for candidate, hit in zip(candidates, hits, strict=True):
                mark = "+" if hit else "-"
                print(f"  {mark} {candidate.score:.2f} {candidate.kind[:3]}  {candidate.text}")
            for gold in golds:
                if not any(matches(c.text, gold) for c in candidates):
                    print(f"  MISSED {gold.fact}  (key {', '.join(gold.key)})")
    took = (time.perf_counter() - began) * 1000 / max(1, len(texts))
    return {
        "texts": len(texts),
        "gold": gold_total,
        "proposed": proposed,
        "precision": correct / proposed if proposed else 0.0,
        "recall": found / gold_total if gold_total else 0.0,
        "kind": kind_same / found if found else 0.0,
        "ms": took,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="three texts per language")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--limit", type=int, default=DEFAULT_LIMIT, help="proposals per text")
    args = parser.parse_args()
    print(f"facts from pasted text, up to {args.limit} proposals per text")
    print(
        "| language | texts | gold facts | proposed | precision | recall | kind agrees | ms/text |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for language in ("de", "en"):
        r = evaluate(language, args.limit, args.quick, args.verbose)
        print(
            f"| {language} | {r['texts']:.0f} | {r['gold']:.0f} | {r['proposed']:.0f} | "
            f"{r['precision']:.2f} | {r['recall']:.2f} | {r['kind']:.2f} | {r['ms']:.1f} ms |"
        )


if __name__ == "__main__":
    main()

"""Precision and recall of the rules on our labelled development sets, plus spam-vs-ham flag rates.

A gold span is written inline as ``[[category|words]]``, read by ``training.corpus.parse_marked``
(the family corpus's one reader, with its checks); ``gold_extra`` lists spans that cannot be
marked inline, such as ``[Name]``. A finding counts as correct when it overlaps a gold span of
the same category; a gold span counts as found when a finding of its category overlaps it.

    python -m benchmarks.quality_rules            # both languages, table for docs/QUALITY.md
    python -m benchmarks.quality_rules --quick    # the dev sets only, no SMS (the test suite)
"""

from __future__ import annotations

import argparse
import tomllib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from outreach_coach.assets import builtin_catalogs
from outreach_coach.core.analyzer import Analyzer
from outreach_coach.core.model import Category, Finding, Recipient, Snapshot
from training.corpus import parse_marked

DATA = Path(__file__).parent / "data"
EVALDATA = Path(__file__).resolve().parents[2] / "shared" / "evaldata"
# Form hints (long sentences, budgets) and grammar are not labelled in the dev set.
SCORED = frozenset(Category) - {Category.STYLE, Category.GRAMMAR, Category.SPELLING}


@dataclass(frozen=True)
class Case:
    id: str
    language: str
    text: str
    recipient: Recipient
    gold: tuple[tuple[Category, int, int], ...]


def load_cases(language: str, split: str = "dev") -> list[Case]:
    path = DATA / f"rules_{split}_{language}.toml"
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    cases = []
    for item in raw["case"]:
        text, spans = parse_marked(item["text"].strip("\n"))
        gold = [(span.category, span.start, span.end) for span in spans]
        for category, words in item.get("gold_extra", []):
            start = text.index(words)
            gold.append((Category(category), start, start + len(words)))
        cases.append(
            Case(item["id"], language, text, Recipient(**item.get("recipient", {})), tuple(gold))
        )
    return cases


def coaching_findings(
    analyzer: Analyzer, text: str, recipient: Recipient, language: str
) -> list[Finding]:
    """The scored findings: the rules alone, or with a model everything ``analyze`` reports
    (findings by meaning included)."""
    if analyzer.embedder is None:
        found = analyzer.findings(text, recipient, language)
    else:
        found = analyzer.analyze(Snapshot(0, text, recipient, language)).findings
    return [finding for finding in found if finding.category in SCORED]


def evaluate(
    analyzer: Analyzer, cases: list[Case], verbose: bool = False
) -> dict[str, Counter[str]]:
    """Per-category counts: tp_pred, predicted, tp_gold, gold."""
    counts: dict[str, Counter[str]] = {}
    for case in cases:
        findings = coaching_findings(analyzer, case.text, case.recipient, case.language)
        for finding in findings:
            hit = any(
                category == finding.category and start < finding.end and finding.start < end
                for category, start, end in case.gold
            )
            bucket = counts.setdefault(str(finding.category), Counter())
            bucket["predicted"] += 1
            bucket["tp_pred"] += hit
            if verbose and not hit:
                print(f"  FP {case.id} {finding.rule}: {case.text[finding.start : finding.end]!r}")
        for category, start, end in case.gold:
            found = any(
                f.category == category and f.start < end and start < f.end for f in findings
            )
            bucket = counts.setdefault(str(category), Counter())
            bucket["gold"] += 1
            bucket["tp_gold"] += found
            if verbose and not found:
                print(f"  FN {case.id} {category}: {case.text[start:end]!r}")
    return counts


def _ratio(numerator: int, denominator: int) -> str:
    return f"{numerator / denominator:.2f}" if denominator else "–"


def table(counts: dict[str, Counter[str]]) -> str:
    lines = ["| category | precision | recall | findings | gold spans |", "|---|---|---|---|---|"]
    total: Counter[str] = Counter()
    for category in sorted(counts):
        c = counts[category]
        total.update(c)
        lines.append(
            f"| {category} | {_ratio(c['tp_pred'], c['predicted'])} | "
            f"{_ratio(c['tp_gold'], c['gold'])} | {c['predicted']} | {c['gold']} |"
        )
    lines.append(
        f"| **all** | **{_ratio(total['tp_pred'], total['predicted'])}** | "
        f"**{_ratio(total['tp_gold'], total['gold'])}** | {total['predicted']} | {total['gold']} |"
    )
    return "\n".join(lines)


def sms_flag_rates(analyzer: Analyzer) -> str:
    """Share of SMS spam and ham messages with at least one coaching finding (English)."""
    path = EVALDATA / "sms-spam-collection" / "SMSSpamCollection"
    if not path.is_file():
        return "SMS Spam Collection not found – skipped"
    flagged: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        label, _, message = line.partition("\t")
        totals[label] += 1
        flagged[label] += bool(coaching_findings(analyzer, message, Recipient(), "en"))
    return (
        f"SMS Spam Collection: spam flagged {flagged['spam']}/{totals['spam']} "
        f"({flagged['spam'] / totals['spam']:.1%}), ham flagged {flagged['ham']}/{totals['ham']} "
        f"({flagged['ham'] / totals['ham']:.1%})"
    )


def personal_false_alarms(analyzer: Analyzer, language: str, verbose: bool = False) -> str:
    """Findings on the personal drafts of the score's data sets: clean text, so every one is a
    false alarm (or a real weakness of the draft that we wrote by accident)."""
    from benchmarks.quality_score import load_drafts

    drafts = [draft for split in ("dev", "holdout") for draft in load_drafts(language, split)]
    personal = [draft for draft in drafts if draft.kind == "personal"]
    templates = [draft for draft in drafts if draft.kind != "personal"]
    caught = sum(
        bool(coaching_findings(analyzer, d.text, d.recipient, language)) for d in templates
    )
    alarms: Counter[str] = Counter()
    flagged = 0
    for draft in personal:
        findings = coaching_findings(analyzer, draft.text, draft.recipient, language)
        flagged += bool(findings)
        for finding in findings:
            alarms[str(finding.category)] += 1
            if verbose:
                words = draft.text[finding.start : finding.end]
                print(f"  FP personal {draft.label} {finding.rule}: {words!r}")
    by_category = ", ".join(f"{category} {count}" for category, count in sorted(alarms.items()))
    return (
        f"personal drafts ({language}): {flagged}/{len(personal)} with a coaching finding"
        f" ({by_category or 'none'}); template drafts: {caught}/{len(templates)} flagged"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses and false alarms")
    parser.add_argument(
        "--model",
        action="store_true",
        help="with the default embedding model (findings by meaning)",
    )
    parser.add_argument("--quick", action="store_true", help="the dev sets only: does it work?")
    args = parser.parse_args()
    analyzer = Analyzer(builtin_catalogs())
    if args.model:
        from outreach_coach.services.embedders import EmbedderChoice
        from outreach_coach.services.session import build_analyzer

        analyzer = build_analyzer(choice=EmbedderChoice("use"))
    splits = ["dev"] if args.quick else ["dev", *(f"holdout{n}" for n in ("", 2, 3, 4, 5, 6, 7))]
    for split in splits:
        for language in ("de", "en"):
            cases = load_cases(language, split)
            print(f"\n## {split} {language}: {len(cases)} drafts\n")
            print(table(evaluate(analyzer, cases, args.verbose)))
    if args.quick:
        return
    print()
    for language in ("de", "en"):
        print(personal_false_alarms(analyzer, language, args.verbose))
    print(sms_flag_rates(analyzer))


if __name__ == "__main__":
    main()

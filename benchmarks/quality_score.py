"""AUROC of the personalization score on our development sets, per language and backend.

Every recipient in ``benchmarks/data/personal_<lang>.toml`` contributes one personal draft, two
fake-personal drafts (mass-mail templates with name, company and role merged in) and one
generic draft. The score should rank every personal draft above the rest; AUROC is the share of
(personal, other) pairs it orders correctly (ties count half).

    python -m benchmarks.quality_score                 # table for docs/QUALITY.md
    python -m benchmarks.quality_score -v --backend use --language de   # per-draft scores
"""

from __future__ import annotations

import argparse
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from outreach_coach.core.model import Recipient, Snapshot
from outreach_coach.services.analysis import build_analyzer
from outreach_coach.services.embedders import EmbedderChoice

if TYPE_CHECKING:
    from outreach_coach.core.analyzer import Analyzer

DATA = Path(__file__).parent / "data"
BACKENDS = {
    "use": EmbedderChoice("use"),
    "minilm": EmbedderChoice("sentence-transformers"),
    "wording": None,
}


@dataclass(frozen=True)
class Draft:
    kind: str  # personal | fake | generic
    recipient: Recipient
    text: str
    label: str


def _greeting(language: str, salutation: str, name: str) -> str:
    parts = name.split()
    first, last = parts[0], parts[-1]
    if language == "de":
        return f"Hallo {salutation} {last}" if salutation else f"Hallo {first}"
    return f"Hi {first}"


def load_drafts(language: str, split: str = "dev") -> list[Draft]:
    name = f"personal_{language}.toml" if split == "dev" else f"personal_holdout_{language}.toml"
    raw = tomllib.loads((DATA / name).read_text(encoding="utf-8"))
    fakes = [t["text"] for t in raw["template"] if t["kind"] == "fake"]
    generics = [t["text"] for t in raw["template"] if t["kind"] == "generic"]
    drafts: list[Draft] = []
    for index, entry in enumerate(raw["recipient"]):
        recipient = Recipient(
            name=entry["name"],
            salutation=entry.get("salutation", ""),
            notes=entry["notes"],
            company=entry.get("company", ""),
        )
        plain_name = " ".join(p for p in entry["name"].split() if not p.endswith("."))
        fields = {
            "greeting": _greeting(language, entry.get("salutation", ""), plain_name),
            "company": entry.get("company", ""),
            "role": entry.get("role", ""),
        }
        drafts.append(Draft("personal", recipient, entry["personal"], entry["name"]))
        for offset in (0, 3):
            template = fakes[(index + offset) % len(fakes)]
            drafts.append(Draft("fake", recipient, template.format(**fields), entry["name"]))
        generic = generics[index % len(generics)]
        drafts.append(Draft("generic", recipient, generic, entry["name"]))
    return drafts


def auroc(positives: list[float], negatives: list[float]) -> float:
    if not positives or not negatives:
        return float("nan")
    wins = sum(1.0 if p > n else 0.5 if p == n else 0.0 for p in positives for n in negatives)
    return wins / (len(positives) * len(negatives))


def score_all(analyzer: Analyzer, drafts: list[Draft], language: str) -> list[int]:
    return [
        analyzer.analyze(Snapshot(0, d.text, d.recipient, language)).personalization.score
        for d in drafts
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=sorted(BACKENDS), action="append")
    parser.add_argument("--language", choices=["de", "en"], action="append")
    parser.add_argument("--split", choices=["dev", "holdout"], action="append")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    print(
        "| set | language | backend | personal vs rest | personal vs fake "
        "| mean personal/fake/generic |"
    )
    print("|---|---|---|---|---|---|")
    for backend in args.backend or list(BACKENDS):
        choice = BACKENDS[backend]
        analyzer = build_analyzer(embeddings=choice is not None, choice=choice)
        for split, language in (
            (split, language)
            for split in args.split or ["dev", "holdout"]
            for language in args.language or ["de", "en"]
        ):
            drafts = load_drafts(language, split)
            scores = score_all(analyzer, drafts, language)
            by_kind: dict[str, list[float]] = {"personal": [], "fake": [], "generic": []}
            for draft, score in zip(drafts, scores, strict=True):
                by_kind[draft.kind].append(score)
                if args.verbose:
                    print(f"  {score:3d} {draft.kind:8s} {draft.label}")
            rest = by_kind["fake"] + by_kind["generic"]
            means = "/".join(
                f"{sum(v) / len(v):.0f}"
                for v in (by_kind[k] for k in ("personal", "fake", "generic"))
            )
            print(
                f"| {split} | {language} | {backend} | {auroc(by_kind['personal'], rest):.3f} "
                f"| {auroc(by_kind['personal'], by_kind['fake']):.3f} | {means} |"
            )


if __name__ == "__main__":
    main()

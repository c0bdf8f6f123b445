"""AUROC of the personalization score on our development sets, per language and kind.

Every recipient in ``benchmarks/data/personal_<lang>.toml`` contributes one personal draft, two
fake-personal drafts (mass-mail templates with name, company and role merged in) and one
generic draft. The score should rank every personal draft above the rest; AUROC is the share of
(personal, other) pairs it orders correctly (ties count half).

Beyond those, the dev set takes the family corpus (training/corpus: personal, fake_personal
and mass drafts by recipient) and generated attacks for every recipient (benchmarks/attacks.py:
segment template, merge, icebreaker, invitation, flattery, AI-style); the table reports AUROC
personal vs all others, vs fake-personal and vs every kind, with the mean score per kind.
Leave-one-recipient-out numbers of the calibration: ``python -m training.calibrate_score``.

    python -m benchmarks.quality_score                 # table for docs/QUALITY.md
    python -m benchmarks.quality_score -v --backend use --language de   # per-draft scores
    python -m benchmarks.quality_score --quick   # USE and wording, German holdout (the test suite)
"""

from __future__ import annotations

import argparse
import time
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.attacks import attacks_for
from benchmarks.score_vectors import DiskEmbedder, disk_analyzer, texts_to_embed
from outreach_coach.core.model import Recipient, Snapshot
from outreach_coach.core.score.policy import earned
from outreach_coach.services.embedders import EmbedderChoice
from outreach_coach.services.session import build_analyzer

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
    return [s.score for s in scored_drafts(analyzer, drafts, language)]


@dataclass(frozen=True)
class Scored:
    """A draft's score and what it was made of (enough to rescore it under other weights)."""

    score: int
    components: dict[str, float]
    earned: bool


def scored_drafts(analyzer: Analyzer, drafts: list[Draft], language: str) -> list[Scored]:
    found: list[Scored] = []
    for d in drafts:
        p = analyzer.analyze(Snapshot(0, d.text, d.recipient, language)).personalization
        found.append(Scored(p.score, dict(p.components), earned(p)))
    return found


@cache
def _analyzer(backend: str) -> tuple[Analyzer, DiskEmbedder | None]:
    choice = BACKENDS[backend]
    if choice is None:
        return build_analyzer(embeddings=False), None
    return disk_analyzer(choice)


def collect(language: str, split: str, backend: str = "use") -> tuple[list[Draft], list[Scored]]:
    """The extended set of ``split`` and every draft scored (vectors from the disk cache)."""
    analyzer, disk = _analyzer(backend)
    drafts = extended_set(language, split)
    if disk is not None:
        disk.prefill(texts_to_embed(analyzer, ((d.recipient, d.text, language) for d in drafts)))
    scored = scored_drafts(analyzer, drafts, language)
    if disk is not None:
        disk.save()
    return drafts, scored


# Kinds in the extended set: personal, the dev files' fake and generic templates, the corpus's
# fake_personal and mass drafts, and the generated attacks (benchmarks/attacks.py).
FAKE_KINDS = ("fake", "fake_personal")


def corpus_drafts(language: str) -> list[Draft]:
    """The family corpus's drafts by recipient; a mass draft goes to one recipient of its
    family in turn (it was written for all of them)."""
    from training.corpus import load_corpus

    drafts = load_corpus(language)
    by_family: dict[str, list[tuple[str, Recipient]]] = {}
    for draft in drafts:
        if draft.recipient_id:
            people = by_family.setdefault(draft.family, [])
            if all(rid != draft.recipient_id for rid, _ in people):
                people.append((draft.recipient_id, draft.recipient))
    found: list[Draft] = []
    turn: dict[str, int] = {}
    for draft in drafts:
        if draft.recipient_id:
            found.append(Draft(draft.kind, draft.recipient, draft.text, draft.recipient_id))
            continue
        people = by_family.get(draft.family, [])
        if not people:
            continue
        index = turn.get(draft.family, 0)
        turn[draft.family] = index + 1
        rid, recipient = people[index % len(people)]
        found.append(Draft("mass", recipient, draft.text, rid))
    return found


def attack_drafts(base: list[Draft], language: str) -> list[Draft]:
    """One generated attack of every kind for every recipient in ``base``."""
    seen: dict[str, Recipient] = {}
    for draft in base:
        seen.setdefault(draft.label, draft.recipient)
    return [
        Draft(attack.kind, recipient, attack.text, label)
        for index, (label, recipient) in enumerate(seen.items())
        for attack in attacks_for(recipient, language, index)
    ]


def extended_set(language: str, split: str = "dev") -> list[Draft]:
    """dev: the dev file, the corpus and attacks on all their recipients; holdout: the holdout
    file and attacks on its recipients."""
    base = load_drafts(language, split)
    if split == "dev":
        base += corpus_drafts(language)
    return base + attack_drafts(base, language)


def table(drafts: list[Draft], scores: list[float], split: str, language: str) -> list[str]:
    by_kind: dict[str, list[float]] = {}
    for draft, score in zip(drafts, scores, strict=True):
        by_kind.setdefault(draft.kind, []).append(score)
    personal = by_kind.get("personal", [])
    rest = [s for kind, values in by_kind.items() if kind != "personal" for s in values]
    fakes = [s for kind in FAKE_KINDS for s in by_kind.get(kind, [])]
    rows = [
        (
            f"| {split} | {language} | all others | {len(rest)} | {auroc(personal, rest):.3f} "
            f"| {sum(rest) / max(1, len(rest)):.0f} |"
        ),
        (
            f"| {split} | {language} | fake-personal | {len(fakes)} "
            f"| {auroc(personal, fakes):.3f} | {sum(fakes) / max(1, len(fakes)):.0f} |"
        ),
    ]
    for kind in sorted(by_kind):
        values = by_kind[kind]
        shown = "–" if kind == "personal" else f"{auroc(personal, values):.3f}"
        rows.append(
            f"| {split} | {language} | {kind} | {len(values)} | {shown} "
            f"| {sum(values) / len(values):.0f} |"
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=sorted(BACKENDS), action="append")
    parser.add_argument("--language", choices=["de", "en"], action="append")
    parser.add_argument("--split", choices=["dev", "holdout"], action="append")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--quick", action="store_true", help="a small run: does it still work?")
    args = parser.parse_args()
    if args.quick:
        args.backend = args.backend or ["use", "wording"]
        args.language = args.language or ["de"]
        args.split = args.split or ["holdout"]
    languages = args.language or ["de", "en"]
    splits = args.split or ["dev", "holdout"]
    for backend in args.backend or ["use"]:
        started = time.perf_counter()
        print(f"backend: {backend}")
        rows: list[str] = []
        loro: list[str] = []
        dev: dict[str, tuple[list[Draft], list[Scored]]] = {}
        for split, language in ((s, lang) for s in splits for lang in languages):
            drafts, scored = collect(language, split, backend)
            if split == "dev":
                dev[language] = (drafts, scored)
            scores = [float(s.score) for s in scored]
            if args.verbose:
                for draft, score in zip(drafts, scores, strict=True):
                    print(f"  {score:3.0f} {draft.kind:13s} {draft.label}")
            rows += table(drafts, scores, f"{split} (shipped weights)", language)
        if dev and backend != "wording" and not args.quick:
            loro = _loro_rows(dev)
        print("| set | language | personal vs | drafts | AUROC | mean score |")
        print("|---|---|---|---|---|---|")
        for row in [*loro, *rows]:
            print(row)
        print(f"({time.perf_counter() - started:.0f} s)")


def _loro_rows(dev: dict[str, tuple[list[Draft], list[Scored]]]) -> list[str]:
    """Leave-one-recipient-out: every dev draft scored by weights fitted without its recipient
    (``training.calibrate_score``; both languages fitted together, as for the shipped ones)."""
    from training.calibrate_score import leave_one_recipient_out

    drafts = [d for language in dev for d in dev[language][0]]
    scored = [s for language in dev for s in dev[language][1]]
    labels = [int(d.kind == "personal") for d in drafts]
    groups = [f"{language}:{d.label}" for language in dev for d in dev[language][0]]
    held_out = leave_one_recipient_out(scored, labels, groups)
    rows: list[str] = []
    offset = 0
    for language, (mine, _) in dev.items():
        rows += table(mine, held_out[offset : offset + len(mine)], "dev LORO", language)
        offset += len(mine)
    return rows


if __name__ == "__main__":
    main()

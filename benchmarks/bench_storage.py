"""Library at scale: near-duplicate lookup in 100,000 sent messages, search in 10,000 profiles.

python -m benchmarks.bench_storage            # builds a library in a temp folder (~2 min)
python -m benchmarks.bench_storage --quick    # 500 messages, 100 profiles (the test suite)
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.stats import summary
from outreach_coach.core.model import Recipient
from outreach_coach.storage.library import Library
from outreach_coach.storage.profiles import Profile

MESSAGES = 100_000
PROFILES = 10_000
FIRST = [
    "Anna",
    "Jonas",
    "Lea",
    "Markus",
    "Sabine",
    "Felix",
    "Julia",
    "Andreas",
    "Nina",
    "Daniel",
    "Laura",
    "Martin",
    "Jürgen",
    "Özlem",
]
LAST = [
    "Berger",
    "Weber",
    "Schulz",
    "Krüger",
    "Hoffmann",
    "Becker",
    "Richter",
    "Koch",
    "Wolf",
    "Schneider",
    "Neumann",
    "Müller",
]
VOCABULARY = [
    "wir",
    "helfen",
    "unternehmen",
    "kunden",
    "zeit",
    "projekt",
    "daten",
    "team",
    "vertrieb",
    "marketing",
    "lösung",
    "gespräch",
    "woche",
    "minuten",
    "erfolg",
    "wachstum",
    "prozess",
    "digital",
    "plattform",
    "beratung",
    "angebot",
    "termin",
    "idee",
    "erfahrung",
    "netzwerk",
    "branche",
    "markt",
    "strategie",
    "ergebnis",
    "qualität",
    "service",
    "software",
    "analyse",
]


def _template(rng: random.Random) -> str:
    return "Hallo {name}, " + " ".join(rng.choice(VOCABULARY) for _ in range(45)) + "."


def main() -> None:
    quick = "--quick" in sys.argv
    messages, profiles, checks = (500, 100, 6) if quick else (MESSAGES, PROFILES, 60)
    rng = random.Random(7)
    templates = [_template(rng) for _ in range(500)]
    with tempfile.TemporaryDirectory() as folder:
        library = Library.open(Path(folder))
        began = time.perf_counter()
        batch: list[tuple[str, str, int | None, str]] = []
        for index in range(messages):
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            text = templates[index % len(templates)].format(name=name)
            batch.append((text, name, None, f"2026-{1 + index % 12:02d}-{1 + index % 28:02d}"))
            if len(batch) == 5000:
                library.history.record_many(batch)
                batch = []
        library.history.record_many(batch)
        print(f"recorded {messages:,} messages in {time.perf_counter() - began:.0f} s")
        timings: list[float] = []
        for index in range(checks):
            if index % 2:
                draft = templates[rng.randrange(len(templates))].format(name="Eva Sommer")
            else:
                draft = _template(rng).format(name="Eva Sommer")  # new text: no match
            began = time.perf_counter()
            library.history.similar(draft, Recipient(name="Eva Sommer"))
            timings.append(time.perf_counter() - began)
        print(
            summary(f"near-duplicate check against {messages:,} sent messages", timings)
            + " (goal: p95 ≤ 50 ms)"
        )

        people = [
            Profile(
                f"{rng.choice(FIRST)} {rng.choice(LAST)} {index}",
                company=f"{rng.choice(LAST)} {rng.choice(['GmbH', 'AG', 'Logistik', 'Solar'])}",
                role=rng.choice(["Leiterin Vertrieb", "CTO", "Gründer", "Head of Data"]),
                notes=" ".join(rng.choice(VOCABULARY) for _ in range(30)),
            )
            for index in range(profiles)
        ]
        with library.db.transaction():
            for person in people:
                library.profiles.add(person)
        timings = []
        for query in ["mül", "anna ber", "solar", "head data", "jürgen", "zzz", "netzwerk"] * (
            1 if quick else 8
        ):
            began = time.perf_counter()
            library.profiles.search(query)
            timings.append(time.perf_counter() - began)
        print(
            summary(f"profile search as you type in {profiles:,} profiles", timings)
            + " (goal: p95 ≤ 20 ms)"
        )
        size = sum(p.stat().st_size for p in Path(folder).iterdir()) / 1e6
        print(f"library size on disk: {size:.0f} MB")
        library.close()


if __name__ == "__main__":
    main()

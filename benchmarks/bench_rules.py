"""All rules (no embedding model) on a 150-word draft, and on 1 MB of text.

python -m benchmarks.bench_rules            # 300 revisions of the draft, then 1 MB twice
python -m benchmarks.bench_rules --quick    # 5 revisions, 20 kB (the test suite)
"""

from __future__ import annotations

import sys
import time

from benchmarks.stats import summary
from outreach_coach.assets import builtin_catalogs, builtin_references
from outreach_coach.core.analyzer import Analyzer
from outreach_coach.core.model import Recipient, Snapshot

DRAFT_DE = """Hallo Frau Weber,

ich hoffe, diese Nachricht erreicht Sie gut. Ihr Vortrag auf der PyCon DE über Datenverträge
hat mich lange beschäftigt, z. B. Ihr Beispiel mit dem Schema, das niemand mehr ändern durfte.
Wir helfen Unternehmen dabei, mehr Leads zu generieren, und bieten IT-Dienstleistungen für
5 € pro Stunde. Mit dem richtigen Mindset erreichen Sie 6- bis 7-stellige Jahresumsätze.
Das Angebot gilt nur noch bis Freitag. Wie entscheiden Sie bei Korvus, wer ein Schema
freigibt, und wer darf es später ändern? Mich interessiert besonders, wie Sie mit Teams
umgehen, die ihre Daten lieber selbst behalten wollen, und ob die Verträge am Ende im
Repository oder in einem eigenen Katalog liegen. Wir haben bei einem Kunden in Leipzig
erlebt, dass die Abstimmung zwischen den Teams länger gedauert hat als die Technik selbst,
und am Ende half nur ein gemeinsamer Termin pro Woche. Hätten Sie diese Woche Zeit für ein
kurzes Gespräch? Ich freue mich auf Ihre Rückmeldung.

Viele Grüße
Tobias"""


def main() -> None:
    quick = "--quick" in sys.argv
    revisions, warm_up, size, repeats = (5, 1, 20_000, 1) if quick else (300, 20, 1_000_000, 5)
    analyzer = Analyzer(builtin_catalogs(), references=builtin_references())
    recipient = Recipient(name="Anna Weber", salutation="Frau Dr.", company="Korvus GmbH")
    print(f"draft: {len(DRAFT_DE.split())} words")
    timings: list[float] = []
    for revision in range(revisions):
        text = DRAFT_DE + "x" * (revision % 7)
        started = time.perf_counter()
        analyzer.analyze(Snapshot(revision, text, recipient, "de"))
        timings.append(time.perf_counter() - started)
    words = len(DRAFT_DE.split())
    print(
        summary(f"all rules, {words} words (analyze, no model)", timings[warm_up:])
        + " (goal: median ≤ 5 ms)"
    )
    big = (DRAFT_DE + "\n\n") * (size // len(DRAFT_DE))
    megabytes = f"{size / 1e6:g} MB"
    for label, text in (
        (f"{megabytes} of draft text", big),
        (f"{megabytes} without line breaks", big.replace("\n", " ")),
    ):
        runs: list[float] = []
        for run in range(repeats):
            started = time.perf_counter()
            # a new text each run: nothing cached from the run before
            report = analyzer.analyze(Snapshot(run, f"{run}{text}", recipient, "de"))
            runs.append(time.perf_counter() - started)
        found = f"{len(report.findings)} findings"
        print(summary(f"all rules, {label} ({found})", runs) + " (goal: ≤ 1 s, issue 15)")


if __name__ == "__main__":
    main()

"""All rules (no embedding model) on a 150-word draft, and on 1 MB of text.

python -m benchmarks.bench_rules
"""

from __future__ import annotations

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
    analyzer = Analyzer(builtin_catalogs(), references=builtin_references())
    recipient = Recipient(name="Anna Weber", salutation="Frau Dr.", company="Korvus GmbH")
    print(f"draft: {len(DRAFT_DE.split())} words")
    timings: list[float] = []
    for revision in range(300):
        text = DRAFT_DE + "x" * (revision % 7)
        started = time.perf_counter()
        analyzer.analyze(Snapshot(revision, text, recipient, "de"))
        timings.append(time.perf_counter() - started)
    print(summary("all rules, 150 words (analyze, no model)", timings[20:]))
    big = (DRAFT_DE + "\n\n") * (1_000_000 // len(DRAFT_DE))
    for label, text in (
        ("1 MB of draft text", big),
        ("1 MB without line breaks", big.replace("\n", " ")),
    ):
        started = time.perf_counter()
        report = analyzer.analyze(Snapshot(0, text, recipient, "de"))
        elapsed = time.perf_counter() - started
        print(
            f"{label}: {len(text) / 1e6:.2f} MB, {len(report.findings)} findings, {elapsed:.2f} s"
        )


if __name__ == "__main__":
    main()

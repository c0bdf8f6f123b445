"""LanguageTool: server cold start, check latency for 150 and 1,000 words, JVM memory.

python -m benchmarks.bench_languagetool            # 20 checks each (BENCH_RUNS)
python -m benchmarks.bench_languagetool --quick    # 2 checks, 150 words (the test suite)
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from benchmarks.stats import summary
from outreach_coach.services.languagetool import GrammarChecker, GrammarSettings

JARS = os.environ.get("OUTREACH_COACH_LANGUAGETOOL", str(Path(".cache/languagetool").resolve()))
SENTENCES = [
    "Ihr Vortrag auf der PyCon DE über Data Contracts hat mich überzeugt, weil er konkret war. ",
    "Wir versuchen gerade dasselbe in unserem Team und stolpern über die Versionierung. ",
    "Wie haben Sie die Teams dazu gebracht, Änderungen am Schema gemeinsam abzustimmen? ",
]
RUNS = int(os.environ.get("BENCH_RUNS", "20"))


def text_of(words: int) -> str:
    out: list[str] = []
    while sum(len(s.split()) for s in out) < words:
        out.append(SENTENCES[len(out) % len(SENTENCES)])
    return "".join(out)


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    quick = "--quick" in sys.argv
    runs = 2 if quick else RUNS
    checker = GrammarChecker(GrammarSettings(mode="directory", directory=JARS))
    started = time.perf_counter()
    checker.start()
    print(f"server cold start (until it answers): {time.perf_counter() - started:.1f} s")
    try:
        for words in (150,) if quick else (150, 1000):
            text = text_of(words)
            timings = []
            for index in range(runs):  # a new text each time, never checked before
                fresh = f"Version {words}-{index}. " + text
                begin = time.perf_counter()
                checker.check(fresh, "de")
                timings.append(time.perf_counter() - begin)
            goal = " (goal: median ≤ 300 ms)" if len(text.split()) < 500 else ""
            print(
                summary(f"check {len(text.split())} new words (de), one paragraph", timings) + goal
            )
        paragraphs = "\n\n".join(SENTENCES[i % 3] * 2 for i in range(5))  # ~150 words
        checker.check(paragraphs, "de")
        timings = []
        for index in range(runs):  # typing at the end: only the last paragraph is new
            edited = paragraphs + "x" * (index + 1)
            begin = time.perf_counter()
            checker.check(edited, "de")
            timings.append(time.perf_counter() - begin)
        words = len(paragraphs.split())
        print(summary(f"re-check after a keystroke ({words} words, 5 paragraphs)", timings))
        server = checker._server
        if server is not None and server.process is not None:
            print(f"JVM resident memory: {rss_mib(server.process.pid):.0f} MiB")
    finally:
        checker.close()


if __name__ == "__main__":
    main()

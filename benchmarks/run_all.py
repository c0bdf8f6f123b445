"""Every benchmark, one after the other, into one results file.

python -m benchmarks.run_all            # in full (`make bench`): benchmarks/results/latest.txt
python -m benchmarks.run_all --quick    # each one small and fast: does it still run?

Each benchmark runs as its own process (so start-up, memory and imports are its own), its output
goes to the terminal and, under a heading with the command, to the results file. The header of
that file names the date, the commit and the machine, so a number in docs/PERFORMANCE.md can say
which command printed it. The run fails (exit 1) if any benchmark fails.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results" / "latest.txt"

# (module, extra arguments); the order of `make bench`
BENCHMARKS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("benchmarks.bench_startup", ()),
    ("benchmarks.bench_keystroke", ("--rules-only",)),
    ("benchmarks.bench_keystroke", ()),
    ("benchmarks.bench_keystroke", ("--sent", "200")),
    ("benchmarks.bench_keystroke", ("--sent", "1000")),
    ("benchmarks.bench_rules", ()),
    ("benchmarks.bench_paste", ()),
    ("benchmarks.bench_detector", ()),
    ("benchmarks.bench_score", ()),
    ("benchmarks.bench_storage", ()),
    ("benchmarks.bench_languagetool", ()),
    ("benchmarks.quality_rules", ()),
    ("benchmarks.quality_rules", ("--model",)),
    ("benchmarks.quality_score", ()),
    ("benchmarks.quality_facts", ()),
)
NEEDS_LANGUAGETOOL = frozenset({"benchmarks.bench_languagetool"})
# Qt's offscreen plugin says this on every window; it is not a result
_NOISE = "This plugin does not support propagateSizeHints()"


def command(module: str, arguments: tuple[str, ...], quick: bool) -> list[str]:
    return [sys.executable, "-m", module, *arguments, *(["--quick"] if quick else [])]


def environment() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def run(module: str, arguments: tuple[str, ...], quick: bool) -> subprocess.CompletedProcess[str]:
    """One benchmark as a child process, output captured (stderr merged into stdout)."""
    result = subprocess.run(
        command(module, arguments, quick),
        cwd=ROOT,
        env=environment(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        check=False,
    )
    kept = [line for line in result.stdout.splitlines(keepends=True) if line.strip() != _NOISE]
    result.stdout = "".join(kept)
    return result


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    for line in (
        Path("/proc/cpuinfo").read_text().splitlines() if Path("/proc/cpuinfo").is_file() else []
    ):
        if line.startswith("model name"):
            cpu = line.partition(":")[2].strip()
            break
    return (
        f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}, {platform.platform()}"
    )


def commit() -> str:
    found = subprocess.run(
        ["git", "describe", "--always", "--dirty"], cwd=ROOT, capture_output=True, text=True
    )
    return found.stdout.strip() or "unknown"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small inputs, a few iterations")
    parser.add_argument("--output", type=Path, default=RESULTS, help=f"default: {RESULTS}")
    args = parser.parse_args()
    args.output.parent.mkdir(parents=True, exist_ok=True)
    failed: list[str] = []
    with args.output.open("w", encoding="utf-8") as out:
        out.write(
            f"# benchmarks{' (quick)' if args.quick else ''}, "
            f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, commit {commit()}\n# {machine()}\n"
        )
        for module, arguments in BENCHMARKS:
            shown = " ".join(["python -m", module, *arguments, *(["--quick"] * args.quick)])
            print(f"\n$ {shown}", flush=True)
            began = time.perf_counter()
            result = run(module, arguments, args.quick)
            took = time.perf_counter() - began
            print(result.stdout, end="", flush=True)
            status = "ok" if result.returncode == 0 else f"FAILED (exit {result.returncode})"
            out.write(f"\n## $ {shown}   [{status}, {took:.0f} s]\n{result.stdout}")
            out.flush()
            if result.returncode != 0:
                failed.append(shown)
    print(f"\nresults: {args.output}")
    if failed:
        raise SystemExit("failed: " + "; ".join(failed))


if __name__ == "__main__":
    main()

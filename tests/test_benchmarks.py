"""Every benchmark runs once in its quick mode, so a benchmark that breaks fails the test suite
instead of rotting until the next `make bench`."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.run_all import BENCHMARKS, NEEDS_LANGUAGETOOL, command, run
from tests.conftest import languagetool_jars

SCRIPTS = Path(__file__).resolve().parents[1] / "benchmarks"


def test_every_benchmark_script_is_run() -> None:
    """A new bench_*.py or quality_*.py cannot be forgotten by `make bench` and this test."""
    listed = {module.rpartition(".")[2] for module, _ in BENCHMARKS}
    scripts = {
        path.stem for pattern in ("bench_*.py", "quality_*.py") for path in SCRIPTS.glob(pattern)
    }
    assert scripts == listed


@pytest.mark.slow
@pytest.mark.parametrize(
    ("module", "arguments"),
    BENCHMARKS,
    ids=[" ".join([module.rpartition(".")[2], *arguments]) for module, arguments in BENCHMARKS],
)
def test_benchmark_runs_in_quick_mode(
    module: str, arguments: tuple[str, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    if module in NEEDS_LANGUAGETOOL:
        jars = languagetool_jars()
        if not any(jars.glob("languagetool-server*.jar")):
            pytest.skip(f"no LanguageTool jars in {jars}: run `make languagetool` (make test does)")
        monkeypatch.setenv("OUTREACH_COACH_LANGUAGETOOL", str(jars))
    result = run(module, arguments, quick=True)
    shown = " ".join(command(module, arguments, quick=True)[1:])
    assert result.returncode == 0, f"{shown} failed:\n{result.stdout[-4000:]}"
    assert "ms" in result.stdout or "|" in result.stdout, f"{shown} printed no result"

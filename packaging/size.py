"""What a user downloads and keeps: the default install, the packaged app, LanguageTool's JVM.

    python packaging/size.py [--python python3] [--package dist/outreach-coach]
                             [--languagetool .cache/languagetool]

(`make size` runs it with all three.) The default install is measured from scratch every time:
a new virtual environment in a temporary folder, the wheels ``pip download`` fetches for this
checkout without extras (summed: the download size), installed from exactly those wheels
(``du``: the venv size), then deleted. Sizes are MB = 10^6 bytes of disk blocks, as ``du -s
-B1`` counts them. The package folder is measured as ``make package`` left it. LanguageTool is
started the way the app starts it (``services/languagetool.py``, same JVM flags): seconds until
it answers, until German and English are warmed up, and the JVM's resident memory after
checking texts in both languages.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MB = 1_000_000
GOALS_MB = {"venv": 600, "package": 500, "languagetool": 800}


def disk_usage(path: Path) -> int:
    """Bytes of disk blocks under ``path`` (hard links once, symlinks not followed): du -s."""
    seen: set[tuple[int, int]] = set()
    total = 0
    for folder, _, files in os.walk(path):
        for name in [folder, *(os.path.join(folder, file) for file in files)]:
            info = os.lstat(name)
            if (info.st_dev, info.st_ino) in seen:
                continue
            seen.add((info.st_dev, info.st_ino))
            total += info.st_blocks * 512
    return total


def _line(label: str, size: int, goal: str = "") -> None:
    verdict = ""
    if goal:
        verdict = (
            f"  (goal ≤ {GOALS_MB[goal]} MB: {'ok' if size <= GOALS_MB[goal] * MB else 'OVER'})"
        )
    print(f"{label:<46} {size / MB:8.0f} MB{verdict}")


def default_install(python: str) -> None:
    """Download and install the default (light) app into a fresh venv; print both sizes."""
    with tempfile.TemporaryDirectory(prefix="outreach-coach-size-") as scratch:
        wheels, venv = Path(scratch) / "wheels", Path(scratch) / "venv"
        pip_env = dict(os.environ, PIP_NO_CACHE_DIR="1", PIP_DISABLE_PIP_VERSION_CHECK="1")
        subprocess.run([python, "-m", "venv", str(venv)], check=True)
        pip = [str(venv / "bin" / "python"), "-m", "pip", "--quiet"]
        started = time.perf_counter()
        # what `make install` fetches: a current pip/setuptools/wheel, then the app's wheels
        subprocess.run(
            [*pip, "download", "--dest", str(wheels), "pip", "setuptools", "wheel", str(ROOT)],
            check=True,
            env=pip_env,
        )
        downloaded = time.perf_counter() - started
        local = ["--no-index", "--find-links", str(wheels)]
        subprocess.run(
            [*pip, "install", *local, "--upgrade", "pip", "setuptools", "wheel"],
            check=True,
            env=pip_env,
        )
        subprocess.run([*pip, "install", *local, str(ROOT)], check=True, env=pip_env)
        files = sorted(wheels.iterdir(), key=lambda file: file.stat().st_size, reverse=True)
        download = sum(file.stat().st_size for file in files)
        largest = ", ".join(
            f"{f.name.split('-')[0]} {f.stat().st_size / MB:.0f}" for f in files[:3]
        )
        _line(f"download, default install ({len(files)} wheels)", download)
        print(f"  largest (MB): {largest}; fetched in {downloaded:.0f} s here")
        _line("venv, default install (make run)", disk_usage(venv), "venv")


def package_folder(folder: Path) -> None:
    if not folder.is_dir():
        print(f"{'package folder':<46} not built ({folder} missing; run `make package`)")
        return
    _line(f"package folder ({folder})", disk_usage(folder), "package")


def _rss_mb(pid: int) -> tuple[int, int]:
    """Resident and peak resident memory of a process, in MB (10^6 bytes)."""
    values = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            values[key] = int(rest.split()[0]) * 1024 // MB
    return values["VmRSS"], values["VmHWM"]


def languagetool(folder: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from outreach_coach.services.languagetool import GrammarChecker, GrammarSettings, LocalServer

    if not any(folder.glob("languagetool-server*.jar")):
        print(f"{'LanguageTool JVM':<46} not measured ({folder} has no jars; make languagetool)")
        return
    started = time.perf_counter()
    server = LocalServer(folder)
    url = server.start()
    answering = time.perf_counter() - started
    checker = GrammarChecker(GrammarSettings(mode="url", url=url))
    try:
        checker.start()  # builds the German and English pipelines, as the app does
        ready = time.perf_counter() - started
        assert server.process is not None
        at_ready, _ = _rss_mb(server.process.pid)
        german = "Ihr Vortrag über Data Contracts hat mich überzeugt, weil er konkret wahr. "
        english = "Your talk about data contracts convinced me, because it were concrete. "
        for index in range(40):  # new texts each time, as while typing
            checker.check(f"Version {index}. " + german * (5 + index), "de")
            checker.check(f"Version {index}. " + english * (5 + index), "en")
        rss, peak = _rss_mb(server.process.pid)
    finally:
        checker.close()
        server.stop()
    print(f"{'LanguageTool start: answers / de+en warm':<46} {answering:6.1f} s / {ready:.1f} s")
    print(
        f"{'LanguageTool JVM resident memory':<46} {rss:8d} MB  (goal ≤ 800 MB: "
        f"{'ok' if peak <= GOALS_MB['languagetool'] else 'OVER'}; {at_ready} MB when ready, "
        f"peak {peak} MB after 80 checks)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--python", default="python3", help="interpreter for the fresh venv")
    parser.add_argument("--package", type=Path, help="the folder `make package` built")
    parser.add_argument("--languagetool", type=Path, help="a folder of LanguageTool jars")
    parser.add_argument("--no-venv", action="store_true", help="skip the fresh install")
    options = parser.parse_args()
    machine = os.uname()
    print(
        f"{time.strftime('%Y-%m-%d')}, {machine.sysname} {machine.machine}, "
        f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}"
    )
    if not options.no_venv:
        default_install(options.python)
    if options.package is not None:
        package_folder(options.package)
    if options.languagetool is not None:
        languagetool(options.languagetool)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Start the packaged app offscreen, render its window with the example, check the picture.

python packaging/smoke_test.py dist/outreach-coach/outreach-coach
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path


def main(binary: str) -> int:
    with tempfile.TemporaryDirectory() as folder:
        picture = Path(folder) / "smoke.png"
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OUTREACH_COACH_DATA_DIR=folder)
        version = subprocess.run(
            [binary, "--version"], capture_output=True, text=True, timeout=120, env=env
        )
        if version.returncode != 0:
            print(version.stderr, file=sys.stderr)
            return 1
        shot = subprocess.run(
            [binary, "--screenshot", str(picture), "--ui-lang", "de", "--example"],
            capture_output=True,
            text=True,
            timeout=300,
            env=env,
        )
        if shot.returncode != 0 or not picture.exists() or picture.stat().st_size < 50_000:
            print(shot.stderr, file=sys.stderr)
            return 1
        print(f"ok: {version.stdout.strip()}, window rendered ({picture.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

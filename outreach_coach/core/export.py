"""The polished text that leaves the app: what the recipient will actually receive."""

from __future__ import annotations

import re

_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def polished(text: str) -> str:
    """Trim trailing spaces per line, normalise line endings to \\n, drop control characters
    and leading/trailing blank lines; inner blank lines (paragraphs) stay."""
    unified = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2029", "\n")
    unified = _CONTROL_RE.sub("", unified)
    lines = [line.rstrip() for line in unified.split("\n")]
    return "\n".join(lines).strip("\n")

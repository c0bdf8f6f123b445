"""Quoted passages: words inside quotation marks are someone else's (a talk's title, a
sentence from a post), not the writer speaking to the reader."""

from __future__ import annotations

import re
from bisect import bisect_right

# A quotation opens and closes on one line and is at most this long; a lone quotation mark
# (an inch sign, a typo) then cannot swallow the rest of the draft.
MAX_QUOTE_CHARS = 200
_QUOTED = re.compile(
    "|".join(
        f"{opening}[^{closing}{opening}\\n\\r]{{1,{MAX_QUOTE_CHARS}}}[{closing}]"
        for opening, closing in (
            ("„", '“”"'),  # German low-high, also closed by a straight or English mark
            ("“", "”"),  # English
            ('"', '"'),  # straight
            ("»", "«"),  # German guillemets
            ("«", "»"),  # Swiss and French
        )
    )
)


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Start and end of every quotation, marks included, in reading order."""
    return [match.span() for match in _QUOTED.finditer(text)]


def outside_quotes(
    spans: list[tuple[int, int]], quotes: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The ``spans`` that do not lie inside one of ``quotes`` (both in reading order)."""
    if not quotes:
        return spans
    starts = [start for start, _ in quotes]
    kept = []
    for start, end in spans:
        index = bisect_right(starts, start) - 1
        if index < 0 or end > quotes[index][1]:
            kept.append((start, end))
    return kept

"""First come, first served: rules that try several regexes keep only the first match on a span."""

from __future__ import annotations

from bisect import bisect_left, insort


class SpanClaims:
    """Spans already taken; a later match that overlaps one of them is refused.

    The taken spans never overlap each other, so sorted by (start, end) their ends rise too:
    the only one that can overlap a new span is the last one starting before its end – one
    bisection instead of a comparison with every span taken (a megabyte has thousands).
    """

    def __init__(self) -> None:
        self._taken: list[tuple[int, int]] = []

    def claim(self, start: int, end: int) -> bool:
        """Take ``start..end`` unless it overlaps a span taken before; say whether it was taken."""
        before = bisect_left(self._taken, (end,)) - 1  # the last one starting before ``end``
        if before >= 0 and start < self._taken[before][1]:
            return False
        insort(self._taken, (start, end))
        return True

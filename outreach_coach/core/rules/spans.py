"""First come, first served: rules that try several regexes keep only the first match on a span."""

from __future__ import annotations


class SpanClaims:
    """Spans already taken; a later match that overlaps one of them is refused."""

    def __init__(self) -> None:
        self._taken: list[tuple[int, int]] = []

    def claim(self, start: int, end: int) -> bool:
        """Take ``start..end`` unless it overlaps a span taken before; say whether it was taken."""
        if any(start < taken_end and taken_start < end for taken_start, taken_end in self._taken):
            return False
        self._taken.append((start, end))
        return True

"""Convert between Python ``str`` indices and UTF-16 code-unit positions.

Qt (QTextDocument) and LanguageTool (Java strings) count UTF-16 code units; a character
outside the Basic Multilingual Plane (most emoji) is one ``str`` index but two units.
"""

from __future__ import annotations

from bisect import bisect_right


class Utf16Map:
    """Precomputed index of astral characters for O(log n) conversions both ways."""

    __slots__ = ("_astral", "_length")

    def __init__(self, text: str) -> None:
        self._astral = [index for index, char in enumerate(text) if ord(char) > 0xFFFF]
        self._length = len(text)

    def to_utf16(self, index: int) -> int:
        """UTF-16 position of the ``str`` index ``index`` (0..len(text))."""
        if not 0 <= index <= self._length:
            raise IndexError(index)
        return index + bisect_right(self._astral, index - 1)

    def from_utf16(self, position: int) -> int:
        """``str`` index for a UTF-16 position; a position inside a surrogate pair rounds down."""
        if not 0 <= position <= self.utf16_length:
            raise IndexError(position)
        low, high = 0, self._length
        while low < high:
            middle = (low + high + 1) // 2
            if self.to_utf16(middle) <= position:
                low = middle
            else:
                high = middle - 1
        return low

    @property
    def utf16_length(self) -> int:
        return self.to_utf16(self._length)


def utf16_length(text: str) -> int:
    """Number of UTF-16 code units ``text`` occupies."""
    return len(text) + sum(1 for char in text if ord(char) > 0xFFFF)

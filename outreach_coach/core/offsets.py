"""Convert between Python ``str`` indices and UTF-16 code-unit positions.

Qt (QTextDocument) and LanguageTool (Java strings) count UTF-16 code units; a character
outside the Basic Multilingual Plane (most emoji) is one ``str`` index but two units.
"""

from __future__ import annotations

import re
from bisect import bisect_right

# characters outside the Basic Multilingual Plane: two UTF-16 code units each. Found by one
# regex scan (C speed: 4–14 ms per megabyte), and only in a text that has any, instead of a
# Python loop over every character (43 ms on the GUI thread per report of a 300 kB draft,
# under cProfile).
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class Utf16Map:
    """Precomputed index of astral characters for O(log n) conversions both ways."""

    __slots__ = ("_astral", "_length")

    def __init__(self, text: str) -> None:
        self._astral = (
            [match.start() for match in _ASTRAL.finditer(text)] if _any_astral(text) else []
        )
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
    return len(text) + (sum(1 for _ in _ASTRAL.finditer(text)) if _any_astral(text) else 0)


def _any_astral(text: str) -> bool:
    """Whether ``text`` has a character beyond U+FFFF: encoding it is faster still (1–2 ms per
    megabyte) than the regex scan that finds where they are."""
    return not text.isascii() and len(text.encode("utf-16-le", "surrogatepass")) > 2 * len(text)


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def without_lone_surrogates(text: str) -> str:
    """``text`` with each lone surrogate (half of a broken UTF-16 pair, from a malformed paste
    or a JSON escape) as U+FFFD. Services that take UTF-8 – the model's tokenizer, LanguageTool's
    HTTP request – refuse a text that has one; both characters are one ``str`` index and one
    UTF-16 unit, so every offset stays where it was."""
    if text.isascii():
        return text
    return _LONE_SURROGATE.sub("\ufffd", text)

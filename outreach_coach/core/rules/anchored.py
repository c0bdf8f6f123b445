"""Regexes tried only where a match can start, instead of scanning every position of the text.

A regex that begins with a lookbehind or ``\\b`` gives Python's regex engine nothing to skip
ahead with, so ``finditer`` over a megabyte tries the whole pattern at every one of a million
positions. Most of our patterns start with a word, a currency sign or a number: their possible
start literals are read from the pattern (``patterns.leading_literals``), found with
``str.find`` in the lowered text (or, for a number, as the positions of digits), and the regex
is tried there only (``regex.match``), left to right, the next try after the end of the last
match – exactly ``regex.finditer(text)``, far fewer tries.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from outreach_coach.core.rules.patterns import DIGIT_START, IGNORECASE_FOLD, leading_literals

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

_DIGIT = re.compile(r"\d")
_FOLDED = re.compile("[" + "".join(chr(code) for code in IGNORECASE_FOLD) + "]")


@lru_cache(maxsize=4)
def lowered(text: str) -> str:
    """Lower case with unchanged offsets (a few characters, like "İ", grow when lowered), folded
    as case-insensitive regexes see it ("ſ" is an "s"). Cached: every rule of one analysis
    looks at the same text."""
    result = text.lower()
    if len(result) != len(text):
        result = "".join(char.lower() if len(char.lower()) == 1 else char for char in text)
    return result.translate(IGNORECASE_FOLD) if _FOLDED.search(result) else result


@lru_cache(maxsize=4)
def digit_positions(text: str) -> list[int]:
    """Where a digit (``\\d``: any decimal digit) stands in ``text``, ascending."""
    return [found.start() for found in _DIGIT.finditer(text)]


def match_from(
    regex: re.Pattern[str], text: str, candidates: Iterable[int]
) -> Iterator[re.Match[str]]:
    """``regex.finditer(text)`` when every match starts at one of ``candidates`` (ascending):
    each is tried in turn, anchored, skipping those inside the last match."""
    position = 0
    for index in candidates:
        if index < position:
            continue
        found = regex.match(text, index)
        if found is not None:  # never empty: it starts with a start literal
            yield found
            position = found.end()


class AnchoredRegex:
    """A compiled regex and where its matches can start; ``finditer`` as ``re`` has it."""

    __slots__ = ("regex", "starts")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self.starts = leading_literals(regex)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Exactly ``self.regex.finditer(text)``."""
        if not self.starts:
            return self.regex.finditer(text)
        return match_from(self.regex, text, self.candidates(text))

    def candidates(self, text: str) -> list[int]:
        """Every position where one of the start literals occurs, ascending (one start needs
        no set and no sort: a price regex starts with a digit only, and the thousands of digit
        positions of a megabyte were copied and sorted again for each of them)."""
        if self.starts == (DIGIT_START,):
            return digit_positions(text)
        found: set[int] = set()
        low = lowered(text)
        if len(self.starts) == 1:
            return list(_occurrences(low, self.starts[0]))
        for start in self.starts:
            if start == DIGIT_START:
                found.update(digit_positions(text))
                continue
            found.update(_occurrences(low, start))
        return sorted(found)


def _occurrences(low: str, literal: str) -> Iterator[int]:
    """Where ``literal`` starts in ``low``, ascending (overlapping occurrences included)."""
    index = low.find(literal)
    while index >= 0:
        yield index
        index = low.find(literal, index + 1)

"""Phrase catalogs: TOML text (read by ``assets``) compiled into tolerant matchers.

A pattern is a phrase in a small, readable syntax rather than a raw regex, so that
non-programmers can extend the catalog:

* words are separated by any whitespace, line breaks included;
* ``word*`` matches inflected forms (``erreich*`` → erreicht, erreichen);
* ``(a|b|c)`` offers alternatives, ``(a|)`` makes a word optional;
* straight and typographic quotes and apostrophes are interchangeable; case is ignored;
* a pattern starting with ``re:`` is a raw regular expression.

Matches never start or end inside a word ("Leads" does not fire in "Leadsänger").
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from outreach_coach.core.model import Category, Severity

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

_QUOTES = "\"'„“”‚‘’«»‹›"


@dataclass(frozen=True, slots=True)
class Entry:
    """One catalog entry: what to look for, why it hurts, what to write instead."""

    id: str
    category: Category
    severity: Severity
    patterns: tuple[str, ...]
    explanation: str
    suggestion: str
    source: str


@dataclass(frozen=True, slots=True)
class Match:
    """A catalog entry found in a text."""

    entry: Entry
    start: int
    end: int


def _word_to_regex(word: str) -> str:
    parts: list[str] = []
    for char in word:
        if char == "*":
            parts.append(r"[^\W_]*")
        elif char in _QUOTES:
            parts.append(f"[{re.escape(_QUOTES)}]")
        elif char == "-":
            parts.append(r"[-‐‑–]?\s*")
        else:
            parts.append(re.escape(char))
    return "".join(parts)


_SEPARATOR = r"[\s\u00a0]+"


def _split_outside_groups(text: str, separator: str | None) -> list[str]:
    """Split on whitespace (``separator=None``) or on ``|``, ignoring anything in parentheses."""
    pieces: list[str] = []
    depth = 0
    current: list[str] = []
    for char in text:
        depth += (char == "(") - (char == ")")
        is_break = char.isspace() if separator is None else char == separator
        if is_break and depth == 0:
            pieces.append("".join(current))
            current = []
        else:
            current.append(char)
    pieces.append("".join(current))
    return pieces if separator is not None else [piece for piece in pieces if piece]


def _token_to_regex(token: str) -> str:
    """One whitespace-free token; ``(…|…)`` groups hold alternatives that may contain spaces."""
    out: list[str] = []
    position = 0
    while position < len(token):
        if token[position] == "(":
            close = token.index(")", position)
            options = _split_outside_groups(token[position + 1 : close], "|")
            out.append("(?:" + "|".join(_phrase_to_regex(option) for option in options) + ")")
            position = close + 1
        else:
            out.append(_word_to_regex(token[position]))
            position += 1
    return "".join(out)


def _tokens(phrase: str) -> list[str]:
    """Whitespace-separated tokens, where a parenthesised group may contain spaces."""
    return _split_outside_groups(phrase, None)


def _is_optional(token: str) -> bool:
    return (
        token.startswith("(")
        and token.endswith(")")
        and token.count("(") == 1
        and "" in _split_outside_groups(token[1:-1], "|")
    )


def _phrase_to_regex(phrase: str) -> str:
    """Translate the readable pattern syntax into a regular expression."""
    phrase = phrase.strip()
    if phrase.startswith("re:"):
        return phrase[3:].strip()
    regex = ""
    first_optional = False
    for index, token in enumerate(_tokens(phrase)):
        body = _token_to_regex(token)
        if index == 0:
            first_optional = _is_optional(token)
            regex = f"(?:{body}{_SEPARATOR})?" if first_optional else body
            continue
        if _is_optional(token):
            regex += f"(?:{_SEPARATOR}{body})?"
        elif index == 1 and first_optional:
            regex += body
        else:
            regex += _SEPARATOR + body
    return regex


def compile_pattern(phrase: str) -> re.Pattern[str]:
    """Compile one pattern with word boundaries on both ends, case-insensitively."""
    return re.compile(r"(?<![^\W_])(?:" + _phrase_to_regex(phrase) + r")(?![^\W_])", re.IGNORECASE)


class Catalog:
    """Compiled entries of one language; build once, match many times."""

    def __init__(self, language: str, entries: Iterable[Entry]) -> None:
        self.language = language
        self.entries = tuple(entries)
        self._compiled = [
            (entry, compile_pattern(pattern))
            for entry in self.entries
            for pattern in entry.patterns
        ]

    def find(self, text: str) -> Iterator[Match]:
        """Every match of every entry, one per distinct span and entry."""
        seen: set[tuple[str, int, int]] = set()
        for entry, regex in self._compiled:
            for found in regex.finditer(text):
                key = (entry.id, found.start(), found.end())
                if found.end() > found.start() and key not in seen:
                    seen.add(key)
                    yield Match(entry, found.start(), found.end())


def parse_catalog(language: str, toml_text: str, source_name: str = "catalog") -> Catalog:
    """Parse a catalog file; a bad entry raises ``ValueError`` naming the entry."""
    data = tomllib.loads(toml_text)
    entries: list[Entry] = []
    for raw in data.get("entry", []):
        try:
            entry = Entry(
                id=str(raw["id"]),
                category=Category(raw["category"]),
                severity=Severity(raw.get("severity", "warning")),
                patterns=tuple(str(pattern) for pattern in raw["patterns"]),
                explanation=str(raw["explanation"]),
                suggestion=str(raw.get("suggestion", "")),
                source=str(raw.get("source", source_name)),
            )
            for pattern in entry.patterns:
                compile_pattern(pattern)
        except (KeyError, ValueError, re.error) as error:
            raise ValueError(f"{source_name}: entry {raw.get('id', '?')!r}: {error}") from error
        entries.append(entry)
    return Catalog(language, entries)

"""Phrase catalogs: TOML text (read by ``assets``) compiled into tolerant matchers.

A pattern is a phrase in a small, readable syntax rather than a raw regex, so that
non-programmers can extend the catalog:

* words are separated by any whitespace, line breaks included;
* ``word*`` matches inflected forms (``erreich*`` → erreicht, erreichen);
* ``(a|b|c)`` offers alternatives, ``(a|)`` makes a word optional;
* ``#`` stands for a number ("7", "9,50", "1.000");
* ``..`` between two words allows up to five other words there, within the sentence
  (``Profil .. gestoßen`` → "Profil gestoßen", "Profil zufällig gestoßen");
* straight and typographic quotes and apostrophes are interchangeable; case is ignored;
* a pattern starting with ``re:`` is a raw regular expression.

Matches never start or end inside a word ("Leads" does not fire in "Leadsänger").

A file holds ``[[entry]]`` tables (one entry, all fields) and ``[[group]]`` tables: a group
shares category, severity, explanation and source, and lists its terms compactly as
``"pattern || other pattern => suggestion"`` (optionally ``=> own explanation`` after that).
A top-level ``disabled = [ids]`` (used by the user's catalog) switches built-in entries off.

Each pattern carries literal word pieces one of which must occur in the text, and – read from
its regex – the literals one of which every match starts with. ``find`` finds every occurrence
of every literal of the catalog in one pass over the text (an Aho–Corasick automaton,
pyahocorasick), skips the patterns none of whose literals occur, tries a pattern's regex only
where one of its start literals occurs (``regex.match`` there, no scanning), and for the few
patterns without start literals (a number first, "I …") runs the regex on long texts only in
windows around its literals; that keeps hundreds of entries fast on long drafts.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import ahocorasick

from outreach_coach.core.model import Category, Severity
from outreach_coach.core.rules.anchored import digit_positions, lowered, match_from
from outreach_coach.core.rules.patterns import (
    DIGIT_START,
    IGNORECASE_FOLD,
    compile_pattern,
    leading_literals,
    required_literals,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator


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


class Catalog:
    """Compiled entries of one language; build once, match many times."""

    def __init__(
        self, language: str, entries: Iterable[Entry], disabled: Iterable[str] = ()
    ) -> None:
        self.language = language
        self.entries = tuple(entries)
        self.disabled = frozenset(disabled)
        self._compiled = [
            (entry, *_compiled(pattern))
            for entry in self.entries
            if entry.id not in self.disabled
            for pattern in entry.patterns
        ]
        self._literals = _LiteralIndex(
            literal
            for _, literals, starts, _ in self._compiled
            for literal in (*literals, *starts)
            if literal != DIGIT_START
        )
        # which patterns need which literal (one of a pattern's literals must occur), so that
        # a search looks only at the patterns whose literals occur, in catalog order
        needing: dict[str, list[int]] = {}
        for index, (_, literals, _, _) in enumerate(self._compiled):
            for literal in literals:
                needing.setdefault(literal, []).append(index)
        self._needing = {literal: tuple(indices) for literal, indices in needing.items()}
        self._unconditional = frozenset(
            index for index, (_, literals, _, _) in enumerate(self._compiled) if not literals
        )
        self._no_word_before = tuple(
            regex.pattern.startswith(_NO_WORD_BEFORE) for _, _, _, regex in self._compiled
        )

    def combined(self, user: Catalog) -> Catalog:
        """This catalog plus the user's entries (same id replaces), minus what the user disabled."""
        own_ids = {entry.id for entry in user.entries}
        entries = [entry for entry in self.entries if entry.id not in own_ids]
        return Catalog(self.language, [*entries, *user.entries], self.disabled | user.disabled)

    def find(self, text: str) -> Iterator[Match]:
        """Every match of every entry, one per distinct span and entry."""
        seen: set[tuple[str, int, int]] = set()
        low = lowered(text)
        occurrences = self._literals.occurrences(low)
        digits = digit_positions(text)
        if digits:
            occurrences[DIGIT_START] = digits
        at_word_start: dict[str, list[int]] = {}
        candidates = set(self._unconditional)
        for literal in occurrences:
            candidates.update(self._needing.get(literal, ()))
        for index in sorted(candidates):  # the patterns one of whose literals occurs
            entry, literals, starts, regex = self._compiled[index]
            if starts and self._no_word_before[index]:
                matches = _match_at(
                    regex, text, starts, _after_no_word(text, occurrences, starts, at_word_start)
                )
            elif starts:
                matches = _match_at(regex, text, starts, occurrences)
            else:
                matches = _scan(regex, text, low, literals, occurrences)
            for found in matches:
                key = (entry.id, found.start(), found.end())
                if found.end() > found.start() and key not in seen:
                    seen.add(key)
                    yield Match(entry, found.start(), found.end())


@lru_cache(maxsize=8192)
def _compiled(
    pattern: str,
) -> tuple[tuple[str, ...], tuple[str, ...], re.Pattern[str]]:
    """A pattern's required literals, start literals and regex, worked out once per process
    (every catalog built from the same files shares them)."""
    regex = compile_pattern(pattern)
    return _folded(required_literals(pattern)), leading_literals(regex), regex


# Around each occurrence of a pattern's literal, this much text is searched; phrases are far
# shorter, so a match containing the literal always fits.
_WINDOW = 300


def _folded(literals: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(literal.translate(IGNORECASE_FOLD) for literal in literals))


# Every catalog pattern begins so (``patterns.compile_pattern``): no letter or digit before it.
_NO_WORD_BEFORE = r"(?<![^\W_])"


def _after_no_word(
    text: str,
    occurrences: dict[str, list[int]],
    starts: tuple[str, ...],
    kept: dict[str, list[int]],
) -> dict[str, list[int]]:
    r"""The occurrences of ``starts`` not preceded by a letter or digit (``[^\W_]`` is
    ``str.isalnum``, the same Unicode test ``re`` makes): a pattern that begins with
    ``_NO_WORD_BEFORE`` cannot match anywhere else. Short literals such as "in" or "ich" stand
    inside many words, and trying each catalog pattern there was most of the catalog's time
    on a megabyte. Worked out once per literal (``kept``) for all patterns of one search."""
    for start in starts:
        if start not in kept and start in occurrences:
            kept[start] = [i for i in occurrences[start] if not i or not text[i - 1].isalnum()]
    return kept


def _match_at(
    regex: re.Pattern[str], text: str, starts: tuple[str, ...], occurrences: dict[str, list[int]]
) -> Iterator[re.Match[str]]:
    """Exactly ``regex.finditer(text)`` for a regex whose every match begins with one of
    ``starts``: tried only where one of them occurs (``anchored.match_from``)."""
    found_starts = [occurrences[start] for start in starts if start in occurrences]
    if len(found_starts) > 1:
        return match_from(regex, text, sorted(set().union(*found_starts)))
    return match_from(regex, text, found_starts[0] if found_starts else ())


class _LiteralIndex:
    """Every literal of a catalog in one Aho–Corasick automaton: one pass over the lowered text
    finds where each of them occurs (overlapping occurrences included, as ``str.find`` from
    each next index would)."""

    def __init__(self, literals: Iterable[str]) -> None:
        self._literals = tuple(dict.fromkeys(literals))
        self._automaton: ahocorasick.Automaton | None = None
        if self._literals:
            self._automaton = ahocorasick.Automaton()
            for number, literal in enumerate(self._literals):
                self._automaton.add_word(literal, number)
            self._automaton.make_automaton()

    def occurrences(self, lowered: str) -> dict[str, list[int]]:
        """Start offsets of each literal that occurs, ascending; absent literals are missing."""
        if self._automaton is None:
            return {}
        ends: dict[int, list[int]] = {}
        for end, number in self._automaton.iter(lowered):
            found = ends.get(number)
            if found is None:
                ends[number] = [end]
            else:
                found.append(end)
        literals = self._literals
        return {
            literals[number]: [end - len(literals[number]) + 1 for end in ends[number]]
            for number in sorted(ends)
        }


@lru_cache(maxsize=8192)
def _can_overlap(literal: str) -> bool:
    """Whether two occurrences can overlap ("aa" in "aaa"): a prefix is also a suffix."""
    return any(literal[:size] == literal[-size:] for size in range(1, len(literal)))


def _count(literal: str, starts: list[int]) -> int:
    """Non-overlapping occurrences, as ``str.count`` counts them."""
    if not _can_overlap(literal):
        return len(starts)
    count = 0
    free_from = 0
    for start in starts:
        if start >= free_from:
            count += 1
            free_from = start + len(literal)
    return count


def _scan(
    regex: re.Pattern[str],
    text: str,
    lowered: str,
    literals: tuple[str, ...],
    occurrences: dict[str, list[int]] | None = None,
) -> Iterator[re.Match[str]]:
    """Like ``regex.finditer(text)``, but on long texts only near occurrences of the literals.

    A case-insensitive regex cannot skip ahead the way ``str.find`` can, so scanning a megabyte
    with hundreds of patterns is slow; searching small windows around the literals is not.
    ``occurrences`` are the literals' start offsets in ``lowered`` (``_LiteralIndex``); without
    them, they are looked up here.
    """
    if occurrences is None:
        occurrences = {}
        for literal in literals:
            starts = list(_positions(lowered, literal))
            if starts:
                occurrences[literal] = starts
    found_literals = [literal for literal in literals if literal in occurrences]
    count = sum(_count(literal, occurrences[literal]) for literal in found_literals)
    if not literals or count * 2 * _WINDOW >= len(text):
        yield from regex.finditer(text)
        return
    hits = sorted(
        (index, len(literal)) for literal in found_literals for index in occurrences[literal]
    )
    position = 0
    next_hit = 0
    while next_hit < len(hits):
        index, length = hits[next_hit]
        next_hit += 1
        if index < position:  # jump past the hits inside the last match
            next_hit = bisect_left(hits, (position, 0), lo=next_hit)
            continue
        window_end = min(len(text), index + length + _WINDOW)
        found = regex.search(text, max(position, index - _WINDOW), window_end)
        if found is not None and found.end() == window_end < len(text):
            found = regex.search(text, max(position, index - _WINDOW))  # cut short: search on
        if found is not None and found.start() <= index + length:
            yield found
            position = max(found.end(), found.start() + 1)


def _positions(text: str, literal: str) -> Iterator[int]:
    index = text.find(literal)
    while index >= 0:
        yield index
        index = text.find(literal, index + 1)


def parse_catalog(language: str, toml_text: str, source_name: str = "catalog") -> Catalog:
    """Parse a catalog file; a bad entry raises ``ValueError`` naming the entry."""
    data = tomllib.loads(toml_text)
    entries: list[Entry] = []
    for group in data.get("group", []):
        entries.extend(_group_entries(group, source_name))
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
    ids = [entry.id for entry in entries]
    duplicates = sorted({entry_id for entry_id in ids if ids.count(entry_id) > 1})
    if duplicates:
        raise ValueError(f"{source_name}: duplicate entry ids: {', '.join(duplicates)}")
    disabled = data.get("disabled", [])
    if not isinstance(disabled, list):
        raise ValueError(f"{source_name}: 'disabled' must be a list of entry ids")
    return Catalog(language, entries, (str(entry_id) for entry_id in disabled))


def _slug(pattern: str) -> str:
    """A readable id part: the first alternative of each group, first six words."""
    first_options = re.sub(r"\(([^|()]*)[^()]*\)", r"\1", pattern.lower())
    words = re.findall(r"[^\W_]+", first_options)
    return "_".join(words[:6]) or "term"


def _group_entries(group: dict[str, object], source_name: str) -> list[Entry]:
    """Expand a ``[[group]]`` into entries: shared fields plus one compact line per term."""
    group_id = str(group.get("id", "?"))
    try:
        category = Category(str(group["category"]))
        severity = Severity(str(group.get("severity", "warning")))
        explanation = str(group["explanation"])
        default_suggestion = str(group.get("suggestion", ""))
        source = str(group.get("source", source_name))
        terms = group["terms"]
        if not isinstance(terms, list):
            raise ValueError("'terms' must be a list")
        result: list[Entry] = []
        used: set[str] = set()
        for term in terms:
            parts = [part.strip() for part in str(term).split("=>")]
            patterns = tuple(p.strip() for p in parts[0].split("||") if p.strip())
            if not patterns:
                raise ValueError(f"empty term {term!r}")
            for pattern in patterns:
                compile_pattern(pattern)
            entry_id = f"{group_id}.{_slug(patterns[0])}"
            suffix = 2
            while entry_id in used:
                entry_id = f"{group_id}.{_slug(patterns[0])}_{suffix}"
                suffix += 1
            used.add(entry_id)
            result.append(
                Entry(
                    id=entry_id,
                    category=category,
                    severity=severity,
                    patterns=patterns,
                    explanation=parts[2] if len(parts) > 2 and parts[2] else explanation,
                    suggestion=parts[1] if len(parts) > 1 and parts[1] else default_suggestion,
                    source=source,
                )
            )
    except (KeyError, ValueError, re.error) as error:
        raise ValueError(f"{source_name}: group {group_id!r}: {error}") from error
    return result

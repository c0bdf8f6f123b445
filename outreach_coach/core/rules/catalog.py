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

Each pattern carries a literal word piece that must occur in the text; ``find`` checks that
piece with a plain substring test before running the regex, which keeps hundreds of entries
fast on long drafts.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from outreach_coach.core.model import Category, Severity
from outreach_coach.core.rules.patterns import compile_pattern, required_literals

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
            (entry, required_literals(pattern), compile_pattern(pattern))
            for entry in self.entries
            if entry.id not in self.disabled
            for pattern in entry.patterns
        ]

    def combined(self, user: Catalog) -> Catalog:
        """This catalog plus the user's entries (same id replaces), minus what the user disabled."""
        own_ids = {entry.id for entry in user.entries}
        entries = [entry for entry in self.entries if entry.id not in own_ids]
        return Catalog(self.language, [*entries, *user.entries], self.disabled | user.disabled)

    def find(self, text: str) -> Iterator[Match]:
        """Every match of every entry, one per distinct span and entry."""
        seen: set[tuple[str, int, int]] = set()
        lowered = _lower_same_length(text)
        for entry, literals, regex in self._compiled:
            if literals and not any(literal in lowered for literal in literals):
                continue
            for found in _scan(regex, text, lowered, literals):
                key = (entry.id, found.start(), found.end())
                if found.end() > found.start() and key not in seen:
                    seen.add(key)
                    yield Match(entry, found.start(), found.end())


# Around each occurrence of a pattern's literal, this much text is searched; phrases are far
# shorter, so a match containing the literal always fits.
_WINDOW = 300


def _lower_same_length(text: str) -> str:
    """Lower case with unchanged offsets (a few characters, like "İ", grow when lowered)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(char.lower() if len(char.lower()) == 1 else char for char in text)


def _scan(
    regex: re.Pattern[str], text: str, lowered: str, literals: tuple[str, ...]
) -> Iterator[re.Match[str]]:
    """Like ``regex.finditer(text)``, but on long texts only near occurrences of the literals.

    A case-insensitive regex cannot skip ahead the way ``str.find`` can, so scanning a megabyte
    with hundreds of patterns is slow; searching small windows around the literals is not.
    """
    occurrences = sum(lowered.count(literal) for literal in literals)
    if not literals or occurrences * 2 * _WINDOW >= len(text):
        yield from regex.finditer(text)
        return
    hits = sorted(
        (index, len(literal)) for literal in literals for index in _positions(lowered, literal)
    )
    position = 0
    for index, length in hits:
        if index < position:
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

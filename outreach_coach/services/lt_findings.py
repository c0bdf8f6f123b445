"""LanguageTool results in our terms: paragraphs and chunks to send, matches as Findings with
exact ``str`` offsets (LanguageTool counts UTF-16 code units)."""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from outreach_coach.core.model import Category, Finding, Severity

if TYPE_CHECKING:
    from outreach_coach.core.offsets import Utf16Map

log = logging.getLogger(__name__)

CHUNK_CHARS = 10_000
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_SPELLING_TYPES = {"misspelling"}
_STYLE_TYPES = {"style", "locale-violation", "register"}


def paragraphs(text: str) -> list[tuple[int, str]]:
    """Non-blank paragraphs (split at blank lines) with their offsets; a paragraph longer than
    ``CHUNK_CHARS`` is split further by ``chunks``."""
    pieces: list[tuple[int, str]] = []
    start = 0
    for match in [*_BLANK_LINE.finditer(text), None]:
        end = match.start() if match else len(text)
        piece = text[start:end]
        if piece.strip():
            pieces.extend((start + offset, part) for offset, part in chunks(piece))
        start = match.end() if match else len(text)
    return pieces


def batches(pieces: list[str], size: int = CHUNK_CHARS) -> list[list[str]]:
    batches: list[list[str]] = []
    current: list[str] = []
    length = 0
    for piece in pieces:
        if current and length + len(piece) + 2 > size:
            batches.append(current)
            current, length = [], 0
        current.append(piece)
        length += len(piece) + 2
    if current:
        batches.append(current)
    return batches


def chunks(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """Split at paragraph (or line) breaks into pieces of at most about ``size`` characters."""
    if len(text) <= size:
        return [(0, text)] if text.strip() else []
    pieces: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = max(text.rfind("\n\n", start, end), text.rfind("\n", start, end))
            end = cut + 1 if cut > start else end
        if text[start:end].strip():
            pieces.append((start, text[start:end]))
        start = end
    return pieces


def match_to_finding(match: Any, mapping: Utf16Map) -> Finding | None:
    """Map one language-tool-python match to a Finding with exact ``str`` offsets.

    language-tool-python already moves ``offset`` back by the astral characters before it,
    but leaves ``error_length`` in UTF-16 units; we go back to UTF-16 and map both ends.
    """
    start = int(match.offset)
    try:
        end = mapping.from_utf16(mapping.to_utf16(start) + int(match.error_length))
    except IndexError:
        log.warning("LanguageTool match outside the text (rule %s)", match.rule_id)
        return None
    if end <= start:
        return None
    issue = str(match.rule_issue_type)
    category = (
        Category.SPELLING
        if issue in _SPELLING_TYPES
        else Category.STYLE
        if issue in _STYLE_TYPES
        else Category.GRAMMAR
    )
    return Finding(
        start=start,
        end=end,
        category=category,
        severity=Severity.WARNING if category != Category.STYLE else Severity.INFO,
        message=str(match.message),
        suggestions=tuple(str(value) for value in list(match.replacements)[:5]),
        rule=f"languagetool.{match.rule_id}",
    )


def shifted(finding: Finding, offset: int) -> Finding:
    if not offset:
        return finding
    return replace(finding, start=max(0, finding.start + offset), end=finding.end + offset)

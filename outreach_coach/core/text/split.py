"""Words and sentences with offsets, and a robust German/English guess for short texts."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

WORD_RE = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)

# Abbreviations after which a period does not end a sentence (lower-cased, without the dot).
_ABBREVIATIONS = frozenset(
    [
        "z",
        "b",
        "bzw",
        "usw",
        "etc",
        "ca",
        "vgl",
        "evtl",
        "ggf",
        "inkl",
        "zzgl",
        "dr",
        "prof",
        "dipl",
        "ing",
        "mag",
        "hr",
        "fr",
        "nr",
        "tel",
        "str",
        "abs",
        "bspw",
        "u",
        "a",
        "o",
        "ä",
        "d",
        "h",
        "s",
        "sog",
        "ggü",
        "insb",
        "mio",
        "mrd",
        "jh",
        "jhd",
        "kap",
        "e",
        "g",
        "i",
        "mr",
        "mrs",
        "ms",
        "jr",
        "sr",
        "inc",
        "ltd",
        "co",
        "corp",
        "vs",
        "approx",
        "no",
        "dept",
        "est",
        "fig",
        "st",
    ]
)

_SENTENCE_END_RE = re.compile(r"[.!?…]+[\"'”“»«)\]]*(?=\s|$)|\n")


class Span(NamedTuple):
    """A piece of text with its ``str`` offsets. A named tuple rather than a frozen dataclass:
    a megabyte of text is 160,000 words, and a tuple is built in half the time."""

    start: int
    end: int
    text: str


@lru_cache(maxsize=16)
def word_texts(text: str) -> list[str]:
    """The words of ``text`` without offsets, for counting (one pass in C, no object per word:
    a megabyte has 160,000 of them). Cached like ``words``; callers must not modify it."""
    return WORD_RE.findall(text)


@lru_cache(maxsize=16)
def word_starts(text: str) -> list[int]:
    """Where each word of ``text`` starts, ascending (for bisecting sentences into word counts).
    Cached like ``words``; callers must not modify it."""
    return [match.start() for match in WORD_RE.finditer(text)]


@lru_cache(maxsize=16)
def words(text: str) -> list[Span]:
    """All words (letters and digits, with inner hyphens and apostrophes).

    Cached for the last texts because every rule of one analysis asks for the same draft;
    callers must not modify the returned list.
    """
    return [Span(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text)]


_LETTERS_AT_END = re.compile(r"([^\W\d_]+)$")
_ONE_OR_TWO_DIGITS_AT_END = re.compile(r"(\d{1,2})$")


def _ends_with_abbreviation(text: str, period_index: int) -> bool:
    before = text[max(0, period_index - 12) : period_index]
    match = _LETTERS_AT_END.search(before)
    if match is None:
        # "am 3. März": an ordinal number followed by a lower-case word or a month continues.
        digits = _ONE_OR_TWO_DIGITS_AT_END.search(before)
        if digits is None:
            return False
        following = text[period_index + 1 : period_index + 3].strip()
        return bool(following) and (following[0].isdigit() or following[0].isupper())
    token = match.group(1).lower()
    return token in _ABBREVIATIONS or len(token) == 1


def _continues_on_next_line(text: str, newline_index: int) -> bool:
    """A hard-wrapped line: a word before the break and a lower-case word right after it."""
    before = text[newline_index - 1 : newline_index].rstrip("\r")
    following = text[newline_index + 1 : newline_index + 40].lstrip(" \t")
    return bool(before) and before[-1:].isalnum() and following[:1].islower()


# A "sentence" longer than this (a paste without punctuation) is cut at the last space before
# the limit, so that no caller (score, claims, embeddings) works on an unbounded piece; the same
# bound as ``core.text.draft.MAX_PIECE_CHARS``.
MAX_SENTENCE_CHARS = 1_000


@lru_cache(maxsize=16)
def sentences(text: str) -> list[Span]:
    """Split into sentences, keeping offsets; knows common German and English abbreviations.

    Pieces longer than ``MAX_SENTENCE_CHARS`` are cut at a space. Cached like ``words``; callers
    must not modify the returned list.
    """
    result: list[Span] = []
    start = 0
    for match in _SENTENCE_END_RE.finditer(text):
        end = match.end()
        if match.group().startswith(".") and _ends_with_abbreviation(text, match.start()):
            continue
        if match.group() == "\n" and _continues_on_next_line(text, match.start()):
            continue
        _append_trimmed(text, start, end, result)
        start = end
    _append_trimmed(text, start, len(text), result)
    return result


def lines_and_sentences(text: str) -> list[Span]:
    """Split notes into facts: every line (or bullet) and, inside long lines, every sentence."""
    result: list[Span] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        content = line.rstrip("\r\n")
        bullet = re.match(r"\s*(?:[-•*–]|\d+[.)])\s+", content)
        skip = bullet.end() if bullet else 0
        for sentence in sentences(content[skip:]):
            result.append(
                Span(offset + skip + sentence.start, offset + skip + sentence.end, sentence.text)
            )
        offset += len(line)
    return [span for span in result if WORD_RE.search(span.text)]


def _append_trimmed(text: str, start: int, end: int, into: list[Span]) -> None:
    piece = text[start:end]
    stripped_left = len(piece) - len(piece.lstrip())
    stripped_right = len(piece.rstrip())
    while stripped_right - stripped_left > MAX_SENTENCE_CHARS:
        limit = stripped_left + MAX_SENTENCE_CHARS
        cut = piece.rfind(" ", stripped_left, limit)
        cut = cut if cut > stripped_left + MAX_SENTENCE_CHARS // 2 else limit
        _append_trimmed(text, start + stripped_left, start + cut, into)
        rest = piece[cut:stripped_right]
        stripped_left = cut + len(rest) - len(rest.lstrip())
    if stripped_right > stripped_left:
        into.append(
            Span(start + stripped_left, start + stripped_right, piece[stripped_left:stripped_right])
        )


_GERMAN_MARKERS = frozenset(
    [
        "und",
        "ich",
        "sie",
        "ihr",
        "ihre",
        "ihnen",
        "der",
        "die",
        "das",
        "nicht",
        "ist",
        "mit",
        "für",
        "auf",
        "wir",
        "ein",
        "eine",
        "einen",
        "dem",
        "den",
        "zu",
        "von",
        "sind",
        "haben",
        "habe",
        "auch",
        "es",
        "als",
        "bei",
        "wie",
        "oder",
        "aber",
        "dass",
        "wenn",
        "noch",
        "nach",
        "über",
        "schon",
        "gerne",
        "hallo",
        "liebe",
        "lieber",
        "sehr",
        "geehrte",
        "geehrter",
        "grüße",
        "viele",
        "beste",
        "freundlichen",
        "würde",
        "möchte",
        "mich",
        "mir",
        "dich",
        "dir",
        "dein",
        "deine",
        "unser",
        "unsere",
        "uns",
        "kann",
        "können",
    ]
)
_ENGLISH_MARKERS = frozenset(
    [
        "and",
        "i",
        "you",
        "your",
        "the",
        "is",
        "are",
        "to",
        "of",
        "a",
        "an",
        "in",
        "for",
        "on",
        "with",
        "we",
        "our",
        "my",
        "me",
        "it",
        "this",
        "that",
        "not",
        "be",
        "have",
        "has",
        "was",
        "were",
        "would",
        "could",
        "should",
        "will",
        "can",
        "do",
        "does",
        "hi",
        "hello",
        "dear",
        "thanks",
        "regards",
        "best",
        "at",
        "from",
        "about",
        "as",
        "but",
        "or",
        "if",
        "so",
        "just",
        "what",
        "how",
        "when",
        "which",
        "who",
    ]
)


def guess_language(text: str, default: str = "en") -> str:
    """Return ``"de"`` or ``"en"`` from function words, umlauts and ß; ``default`` when unsure.

    Runs on every keystroke over the whole draft: the words come from the cached
    ``word_texts`` (no span objects) and are lowered once, joined."""
    tokens = "\n".join(word_texts(text[:20000])).lower().split("\n")
    german = sum(map(_GERMAN_MARKERS.__contains__, tokens)) + 0.5 * sum(
        1 for token in tokens if _UMLAUT.search(token)
    )
    english = sum(map(_ENGLISH_MARKERS.__contains__, tokens))
    if german == english:
        return default
    return "de" if german > english else "en"


_UMLAUT = re.compile("[äöüß]")

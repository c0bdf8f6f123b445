"""The greeting line, read once: the greeting word, the words after it, the titles and the
words that look like names (``Line``), and what the user knows of the recipient (``Known``).
The checks that compare them are in ``greeting.py``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from outreach_coach.core.rules.name_gender import (
    FEMALE_WORDS,
    MALE_WORDS,
    NAME_TOKEN,
    TITLE_WORDS,
    fold_name,
)

if TYPE_CHECKING:
    from outreach_coach.core.model import Recipient

GREETING_LINE = re.compile(
    r"^[ \t]*(?P<greet>sehr\s+geehrte(?P<formal_m>r)?|liebe(?P<dear_m>r)?|hallo|hi|hey|"
    r"guten\s+(?:tag|morgen|abend)|moin|servus|dear|hello|good\s+(?:morning|afternoon|evening))"
    r"(?P<rest>[ \t]+[^,!:\n]{1,80})?",
    re.IGNORECASE | re.MULTILINE,
)
# a group or a sign-off, not a person: "Hallo zusammen", "Hi all", "Dear Sir or Madam"
NOT_NAMES = frozenset(
    {"zusammen", "team", "alle", "allerseits", "leute", "kollegen", "kolleginnen", "freunde"}
    | {"there", "all", "everyone", "everybody", "folks", "friend", "friends", "colleagues", "guys"}
    | {"damen", "herren", "sir", "madam", "und", "and", "or", "oder", "grüße", "grüsse", "gruß"}
)
SEVERAL_PEOPLE = re.compile(r"(?i)\b(?:und|and)\b|&|/")
TITLED = FEMALE_WORDS | MALE_WORDS  # Frau, Herr, Ms, Mr …: a surname follows
Token = tuple[int, int, str]  # start, end, word


@dataclass(frozen=True, slots=True)
class Known:
    gender: str  # "f", "m" or ""
    titles: frozenset[str]
    names: frozenset[str]


def known_of(recipient: Recipient) -> Known:
    words = [
        fold_name(word) for word in NAME_TOKEN.findall(recipient.salutation + " " + recipient.name)
    ]
    gender = ""
    if any(word in FEMALE_WORDS for word in words):
        gender = "f"
    elif any(word in MALE_WORDS for word in words):
        gender = "m"
    titles = frozenset(TITLE_WORDS[word] for word in words if word in TITLE_WORDS)
    names = frozenset(
        part
        for word in NAME_TOKEN.findall(recipient.name)
        for part in fold_name(word).split("-")
        if part and part not in TITLE_WORDS and part not in TITLED
    )
    return Known(gender, titles, names)


@dataclass(frozen=True, slots=True)
class Line:
    """The greeting line, read once for every check: the greeting word, the first four words
    after it, the titles among them (canonical) and the words that look like names."""

    text: str  # the whole draft
    match: re.Match[str]
    tokens: list[Token]
    titles: list[Token]
    names: list[Token]

    @property
    def greet(self) -> str:
        return self.match.group("greet").lower()

    @property
    def formal(self) -> bool:
        """ "Sehr geehrte(r)" or "Dear": the title belongs in the greeting."""
        return "geehrt" in self.greet or self.greet == "dear"

    @property
    def by_surname(self) -> bool:
        """Herr/Frau/Mr/Ms among the words: the surname follows, and so does the title."""
        return any(fold_name(word) in TITLED for _, _, word in self.tokens)


def read_line(text: str) -> Line | None:
    """The greeting must be the first non-empty line; later lines are body or signature."""
    match = GREETING_LINE.match(text, len(text) - len(text.lstrip()))
    if match is None:
        return None
    rest = match.group("rest") or ""
    if match.group("greet").lower().startswith("liebe") and rest.strip().lower().startswith(
        ("grü", "gruß")
    ):
        return None  # "Liebe Grüße" is a sign-off
    offset = match.start("rest") if rest else match.end()
    tokens = [(t.start() + offset, t.end() + offset, t.group()) for t in NAME_TOKEN.finditer(rest)]
    tokens = tokens[:4]
    titles = [
        (s, e, TITLE_WORDS[fold_name(w)]) for s, e, w in tokens if fold_name(w) in TITLE_WORDS
    ]
    names = [
        (s, e, w)
        for s, e, w in tokens
        if fold_name(w) not in TITLE_WORDS and fold_name(w) not in TITLED and w[0].isupper()
    ]
    return Line(text, match, tokens, titles, names)

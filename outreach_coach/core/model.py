"""Immutable values that flow from the editor to the analyzer and back to the panel.

Offsets are always Python ``str`` indices (code points); the UI and LanguageTool
convert to UTF-16 at their own boundary (see ``core.offsets``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Category(StrEnum):
    """What kind of problem a finding points at (stable names, used by the CLI JSON)."""

    GENERIC_PHRASE = "generic_phrase"
    BUZZWORD = "buzzword"
    EMPTY_PROMISE = "empty_promise"
    PRESSURE = "pressure"
    PRICE_DUMPING = "price_dumping"
    FAKE_PERSONALIZATION = "fake_personalization"
    UNSUPPORTED_CLAIM = "unsupported_claim"
    TEMPLATE_ERROR = "template_error"
    MASS_MESSAGE = "mass_message"
    GRAMMAR = "grammar"
    SPELLING = "spelling"
    STYLE = "style"


class Severity(StrEnum):
    """How urgently the user should look at a finding."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class Recipient:
    """The person the draft is written to, as far as the user knows them."""

    name: str = ""
    salutation: str = ""
    notes: str = ""
    company: str = ""


class Channel(StrEnum):
    """Where the message goes; each channel has its own length budget."""

    LINKEDIN_NOTE = "linkedin_note"
    LINKEDIN_MESSAGE = "linkedin_message"
    EMAIL = "email"


@dataclass(frozen=True, slots=True)
class Suppression:
    """The user's "ignore this match, because …": a rule and the exact words it matched.

    Matching by words instead of offsets keeps the suppression valid while the text around it
    changes; an empty ``text`` silences the rule everywhere.
    """

    rule: str
    text: str = ""
    reason: str = ""

    def covers(self, finding: Finding, draft: str) -> bool:
        if finding.rule != self.rule:
            return False
        if not self.text:
            return True
        return _normalized(draft[finding.start : finding.end]) == _normalized(self.text)


def _normalized(text: str) -> str:
    return " ".join(text.casefold().split())


@dataclass(frozen=True, slots=True)
class Snapshot:
    """One state of the editor, handed to a worker; ``revision`` identifies it."""

    revision: int
    text: str
    recipient: Recipient = field(default_factory=Recipient)
    language: str = "auto"
    channel: Channel = Channel.EMAIL
    suppressions: tuple[Suppression, ...] = ()
    advised_words: int = 0  # the user's own length budget; 0 = the channel's default
    unread: int = 0  # characters of the draft after ``text`` (the window reads a long one's start)


@dataclass(frozen=True, slots=True)
class SentMatch:
    """A message sent before that resembles the draft."""

    recipient: str
    sent_at: str  # ISO date (YYYY-MM-DD…)
    similarity: float  # 0..1
    text: str
    same_recipient: bool
    by_meaning: bool = False  # found by the embedding model, not by shared wording


@dataclass(frozen=True, slots=True)
class Finding:
    """A span of the draft worth the user's attention, with the reason and a way out."""

    start: int
    end: int
    category: Category
    severity: Severity
    message: str
    suggestions: tuple[str, ...] = ()
    rule: str = ""

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}..{self.end}")

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "category": str(self.category),
            "severity": str(self.severity),
            "message": self.message,
            "suggestions": list(self.suggestions),
            "rule": self.rule,
        }


@dataclass(frozen=True, slots=True)
class FactUse:
    """One fact from the notes and whether (and where) the draft uses it."""

    text: str
    notes_start: int
    notes_end: int
    weight: float
    used: bool
    similarity: float
    evidence: tuple[int, int] | None = None
    points: float = 0.0  # what this fact adds to the score
    headline: bool = False  # job title / company line: what a mail merge fills in too
    kind: str = "individual"  # "segment" (role, organisation, place) or "individual"

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "notes_span": [self.notes_start, self.notes_end],
            "weight": round(self.weight, 3),
            "used": self.used,
            "similarity": round(self.similarity, 3),
            "evidence": list(self.evidence) if self.evidence else None,
            "points": round(self.points, 1),
            "headline": self.headline,
            "kind": self.kind,
        }


class SentenceRole(StrEnum):
    """What a draft sentence does for personalization."""

    PERSONAL = "personal"  # tied to a fact about this recipient more than to anyone else
    INTERCHANGEABLE = "interchangeable"  # would fit other recipients just as well
    FRAME = "frame"  # greeting, sign-off, name: too short to judge


@dataclass(frozen=True, slots=True)
class SentenceFit:
    """One draft sentence: personal or interchangeable, and the evidence for it."""

    start: int
    end: int
    role: SentenceRole
    fact: int | None = None  # index into Personalization.facts of the fact it uses
    fits_others: int = 0  # reference profiles it fits as well as this recipient
    others: int = 0  # reference profiles compared with
    points: float = 0.0
    generic_like: str = ""  # a typical mass-message sentence it says the same as

    def to_dict(self) -> dict[str, Any]:
        return {
            "span": [self.start, self.end],
            "role": str(self.role),
            "fact": self.fact,
            "fits_others": self.fits_others,
            "others": self.others,
            "points": round(self.points, 1),
            "generic_like": self.generic_like or None,
        }


@dataclass(frozen=True, slots=True)
class Personalization:
    """How much of the draft could only have been written to this recipient, and why."""

    score: int
    facts: tuple[FactUse, ...]
    components: dict[str, float]
    hints: tuple[str, ...]
    explanation: str
    method: str
    sentences: tuple[SentenceFit, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "score": self.score,
            "facts": [fact.to_dict() for fact in self.facts],
            "sentences": [sentence.to_dict() for sentence in self.sentences],
            "components": {key: round(value, 3) for key, value in self.components.items()},
            "hints": list(self.hints),
            "explanation": self.explanation,
            "method": self.method,
        }


@dataclass(frozen=True, slots=True)
class Metrics:
    """Listening and form signals, in numbers the panel turns into plain words."""

    words: int
    characters: int
    sentences: int
    questions: int
    you_words: int
    me_words: int
    reading_seconds: int
    open_questions: int = 0
    questions_about_them: int = 0
    pitch_questions: int = 0
    opening_you_words: int = 0
    opening_me_words: int = 0
    readability: float | None = None
    readability_scale: str = ""
    long_sentences: int = 0

    @property
    def you_share(self) -> float:
        total = self.you_words + self.me_words
        return self.you_words / total if total else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "words": self.words,
            "characters": self.characters,
            "sentences": self.sentences,
            "questions": self.questions,
            "you_words": self.you_words,
            "me_words": self.me_words,
            "you_share": round(self.you_share, 3),
            "reading_seconds": self.reading_seconds,
            "open_questions": self.open_questions,
            "closed_questions": self.questions - self.open_questions,
            "questions_about_them": self.questions_about_them,
            "pitch_questions": self.pitch_questions,
            "opening_you_words": self.opening_you_words,
            "opening_me_words": self.opening_me_words,
            "readability": None if self.readability is None else round(self.readability, 1),
            "readability_scale": self.readability_scale,
            "long_sentences": self.long_sentences,
        }


@dataclass(frozen=True, slots=True)
class Report:
    """Everything the coach has to say about one snapshot."""

    revision: int
    language: str
    personalization: Personalization
    findings: tuple[Finding, ...]
    metrics: Metrics
    unread: int = 0  # characters after the analysed beginning of a very long draft

    def to_dict(self) -> dict[str, Any]:
        return {
            "language": self.language,
            "personalization": self.personalization.to_dict(),
            "findings": [finding.to_dict() for finding in self.findings],
            "metrics": self.metrics.to_dict(),
        }

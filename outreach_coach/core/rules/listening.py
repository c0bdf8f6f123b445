"""Listening and form signals: questions, you-versus-me focus, length and reading time."""

from __future__ import annotations

from outreach_coach.core.model import Metrics
from outreach_coach.core.text import sentences, words

_YOU = {
    "de": frozenset(
        [
            "sie",
            "ihr",
            "ihre",
            "ihrem",
            "ihren",
            "ihrer",
            "ihres",
            "ihnen",
            "du",
            "dich",
            "dir",
            "dein",
            "deine",
            "deinem",
            "deinen",
            "deiner",
            "deines",
            "euch",
            "euer",
            "eure",
        ]
    ),
    "en": frozenset(["you", "your", "yours", "yourself", "you're", "you've", "you'd", "you'll"]),
}
_ME = {
    "de": frozenset(
        [
            "ich",
            "mich",
            "mir",
            "mein",
            "meine",
            "meinem",
            "meinen",
            "meiner",
            "meines",
            "wir",
            "uns",
            "unser",
            "unsere",
            "unserem",
            "unseren",
            "unserer",
            "unseres",
        ]
    ),
    "en": frozenset(
        [
            "i",
            "me",
            "my",
            "mine",
            "myself",
            "i'm",
            "i've",
            "i'd",
            "i'll",
            "we",
            "us",
            "our",
            "ours",
            "ourselves",
            "we're",
            "we've",
            "we'll",
        ]
    ),
}
WORDS_PER_MINUTE = 220


def _polite_form(token: str) -> bool:
    """German "Sie/Ihr" addresses the reader only when capitalised mid-sentence.

    At the start of a sentence the capital tells nothing; we count it then, because outreach
    rarely talks about a third person in the first word.
    """
    if token[0].isupper():
        return True
    return token.lower() not in {"sie", "ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres", "ihnen"}


def measure(text: str, language: str) -> Metrics:
    """Count what a reader notices first: length, questions, and who the text is about."""
    tokens = words(text)
    you_words = me_words = 0
    you_set, me_set = _YOU.get(language, _YOU["en"]), _ME.get(language, _ME["en"])
    for token in tokens:
        lowered = token.text.lower().replace("’", "'")
        if lowered in you_set and (language != "de" or _polite_form(token.text)):
            you_words += 1
        elif lowered in me_set:
            me_words += 1
    sentence_spans = sentences(text)
    questions = sum(1 for span in sentence_spans if span.text.rstrip("\"'”“»«) ").endswith("?"))
    return Metrics(
        words=len(tokens),
        characters=len(text),
        sentences=len(sentence_spans),
        questions=questions,
        you_words=you_words,
        me_words=me_words,
        reading_seconds=round(len(tokens) * 60 / WORDS_PER_MINUTE),
    )

"""Listening and form signals: questions, you-versus-me focus, length and reading time."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from outreach_coach.core.model import Metrics
from outreach_coach.core.rules.readability import (
    LONG_SENTENCE_WORDS,
    reading_ease_of,
    words_per_sentence,
)
from outreach_coach.core.text.split import sentences, word_starts, word_texts, words

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
OPENING_SENTENCES = 2

_OPEN_STARTS = {
    "de": frozenset(
        [
            "wie",
            "was",
            "warum",
            "wieso",
            "weshalb",
            "welche",
            "welcher",
            "welches",
            "welchen",
            "welchem",
            "wo",
            "wann",
            "wer",
            "wen",
            "wem",
            "woran",
            "womit",
            "worauf",
            "wofür",
            "wozu",
            "wodurch",
            "worüber",
            "wovon",
            "inwiefern",
            "inwieweit",
        ]
    ),
    "en": frozenset(["how", "what", "why", "which", "where", "when", "who", "whom", "whose"]),
}
# Words that turn a question into a pitch: it asks about the sender's offer, not the reader.
_PITCH_MARKERS = {
    "de": frozenset(
        [
            "unser",
            "unsere",
            "unserem",
            "unseren",
            "unserer",
            "unseres",
            "mein",
            "meine",
            "meinem",
            "meinen",
            "meiner",
            "angebot",
            "angebots",
            "lösung",
            "lösungen",
            "produkt",
            "produkte",
            "dienstleistung",
            "dienstleistungen",
            "termin",
            "gespräch",
            "telefonat",
            "call",
            "demo",
            "minuten",
            "interesse",
            "zusammenarbeit",
            "erstgespräch",
            "kennenlernen",
            "kennenlerngespräch",
            "zoom",
            "teams",
        ]
    ),
    "en": frozenset(
        [
            "our",
            "my",
            "offer",
            "solution",
            "solutions",
            "product",
            "products",
            "service",
            "services",
            "demo",
            "call",
            "meeting",
            "minutes",
            "interested",
            "interest",
            "partnership",
            "zoom",
            "chat",
            "hop",
        ]
    ),
}


def _polite_form(token: str) -> bool:
    """German "Sie/Ihr" addresses the reader only when capitalised mid-sentence.

    At the start of a sentence the capital tells nothing; we count it then, because outreach
    rarely talks about a third person in the first word.
    """
    if token[0].isupper():
        return True
    return token.lower() not in {"sie", "ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres", "ihnen"}


def _focus(tokens: list[str], language: str) -> tuple[int, int]:
    """(words about the reader, words about the writer); each distinct word is judged once."""
    you_words = me_words = 0
    for token, times in Counter(tokens).items():
        about = _about(token, language)
        if about == _READER:
            you_words += times
        elif about == _WRITER:
            me_words += times
    return you_words, me_words


_READER, _WRITER = 1, 2


@lru_cache(maxsize=8192)
def _about(token: str, language: str) -> int:
    """Whether a word is about the reader (1), the writer (2) or neither (0); kept per word,
    as a keystroke's draft has the same words as the last one."""
    lowered = token.lower().replace("’", "'")
    if lowered in _YOU.get(language, _YOU["en"]) and (language != "de" or _polite_form(token)):
        return _READER
    return _WRITER if lowered in _ME.get(language, _ME["en"]) else 0


def classify_question(sentence: str, language: str) -> tuple[bool, bool, bool]:
    """(open, about the reader, pitch) for one question sentence."""
    tokens = [span.text for span in words(sentence)]
    lowered = [token.lower() for token in tokens]
    opens = _OPEN_STARTS.get(language, _OPEN_STARTS["en"])
    is_open = any(token in opens for token in lowered[:3])
    pitch = any(token in _PITCH_MARKERS.get(language, _PITCH_MARKERS["en"]) for token in lowered)
    you_words, _ = _focus(tokens, language)
    return is_open, you_words > 0 and not pitch, pitch


def measure(text: str, language: str) -> Metrics:
    """Count what a reader notices first: length, questions, who the text is about, ease."""
    tokens = word_texts(text)
    you_words, me_words = _focus(tokens, language)
    sentence_spans = sentences(text)
    counts = words_per_sentence(sentence_spans, word_starts(text))
    opening_words = sum(counts[:OPENING_SENTENCES])
    opening_you, opening_me = _focus(tokens[:opening_words], language)
    questions = open_questions = about_them = pitches = 0
    for span in sentence_spans:
        if not span.text.rstrip("\"'”“»«) ").endswith("?"):
            continue
        questions += 1
        is_open, about, pitch = classify_question(span.text, language)
        open_questions += is_open
        about_them += about
        pitches += pitch
    ease = reading_ease_of(tokens, len(sentence_spans), language)
    return Metrics(
        words=len(tokens),
        characters=len(text),
        sentences=len(sentence_spans),
        questions=questions,
        you_words=you_words,
        me_words=me_words,
        reading_seconds=round(len(tokens) * 60 / WORDS_PER_MINUTE),
        open_questions=open_questions,
        questions_about_them=about_them,
        pitch_questions=pitches,
        opening_you_words=opening_you,
        opening_me_words=opening_me,
        readability=ease,
        readability_scale=("Amstad" if language == "de" else "Flesch") if ease is not None else "",
        long_sentences=sum(1 for count in counts if count > LONG_SENTENCE_WORDS),
    )

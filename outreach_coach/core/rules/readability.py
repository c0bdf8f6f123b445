"""Readability: Flesch reading ease for English, Amstad's German adaptation, long sentences.

Both scales run from about 0 (hard) to 100 (easy); a good message sits above 60.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

from outreach_coach.core.model import Category, Finding, Severity
from outreach_coach.core.text.split import Span, sentences, word_starts, word_texts, words

if TYPE_CHECKING:
    from outreach_coach.core.rules.context import RuleContext
    from outreach_coach.core.text.draft import SplitDraft

LONG_SENTENCE_WORDS = 25
_VOWEL_GROUPS = {
    "de": re.compile(r"(?:äu|eu|ei|ie|au|ai|aa|ee|oo|[aeiouyäöü])", re.IGNORECASE),
    "en": re.compile(r"[aeiouy]+", re.IGNORECASE),
}


@lru_cache(maxsize=8192)
def syllables(word: str, language: str) -> int:
    """Vowel groups, with German diphthongs as one and a silent English final "e" dropped.
    Kept per word: a keystroke's draft has the same words as the last one."""
    count = len(_VOWEL_GROUPS.get(language, _VOWEL_GROUPS["en"]).findall(word))
    lowered = word.lower()
    if language == "en" and lowered.endswith("e") and not lowered.endswith("le") and count > 1:
        count -= 1
    return max(1, count)


def reading_ease(text: str, language: str) -> float | None:
    """Flesch (en) or Amstad (de) reading ease; ``None`` for fewer than 10 words."""
    return reading_ease_of(word_texts(text), len(sentences(text)), language)


def reading_ease_of(tokens: list[str], sentence_count: int, language: str) -> float | None:
    """The same from words and sentences the caller already has (long drafts: count once)."""
    counted = Counter(tokens)
    for token in [token for token in counted if token.isdigit()]:
        del counted[token]
    total = counted.total()
    if total < 10:
        return None
    words_per_sentence = total / max(1, sentence_count)
    # once per distinct word: a long text repeats most of its words many times
    syllable_count = sum(syllables(token, language) * times for token, times in counted.items())
    syllables_per_word = syllable_count / total
    if language == "de":
        score = 180 - words_per_sentence - 58.5 * syllables_per_word
    else:
        score = 206.835 - 1.015 * words_per_sentence - 84.6 * syllables_per_word
    return max(0.0, min(100.0, score))


def words_per_sentence(sentence_spans: list[Span], starts: list[int]) -> list[int]:
    """How many words (of ``word_starts``) fall in each sentence, by bisection."""
    return [
        bisect_left(starts, span.end) - bisect_left(starts, span.start) for span in sentence_spans
    ]


def long_sentences(text: str) -> list[Span]:
    spans = sentences(text)
    counts = words_per_sentence(spans, word_starts(text))
    return [span for span, count in zip(spans, counts, strict=True) if count > LONG_SENTENCE_WORDS]


def long_sentence_findings(draft: SplitDraft, ctx: RuleContext) -> list[Finding]:
    """Sentences too long to read on a phone."""
    spans = long_sentences(draft.text)
    german = ctx.german
    return [
        Finding(
            start=span.start,
            end=span.end,
            category=Category.STYLE,
            severity=Severity.INFO,
            message=(
                f"Ein Satz mit {len(words(span.text))} Wörtern – auf dem Handy liest das niemand "
                "zu Ende."
                if german
                else f"A sentence of {len(words(span.text))} words – nobody finishes that on a "
                "phone."
            ),
            suggestions=(
                "In zwei Sätze teilen; eine Aussage pro Satz."
                if german
                else "Split it in two; one point per sentence.",
            ),
            rule="form.long_sentence",
        )
        for span in spans
    ]

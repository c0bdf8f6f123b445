"""The learned word tagger as a rule: advertising words and jargon the catalog never listed.

A buzzword is a word, not a clause ("KI-first Plattform", "Flex-Capacity-Modell", "smarte"), so
the clause detector hardly finds one. This model reads each word by its letters (hashed
character 3- to 5-grams), its shape and its neighbours – the features are defined here, in core,
so that ``training/train_buzzwords.py`` and the app compute exactly the same ones – and a
logistic regression trained on the family corpus (resources/models/DETECTOR.md) says how likely
the corpus writers would have marked it. Adjacent flagged words become one finding.
"""

from __future__ import annotations

import re
import zlib
from functools import lru_cache
from typing import TYPE_CHECKING

from outreach_coach.core.model import Category, Finding, Severity
from outreach_coach.core.rules.detector import (
    DETECTOR_RULE,
    SHORT_TEXT_WORDS,
    SURE_IN_SHORT_TEXT,
    advice_message,
)
from outreach_coach.core.rules.wording import category_advice

if TYPE_CHECKING:
    from collections.abc import Sequence

    from outreach_coach.core.rules.context import RuleContext
    from outreach_coach.core.text.draft import SplitDraft

# A word keeps its hyphens, apostrophes and inner dots: "End-to-End-Digitalisierung" is one.
TAGGED_WORD_RE = re.compile(r"\w(?:[\w\-’'&+/.]*\w)?")
FEATURE_BITS = 18  # hashed feature space: 262,144 weights per language
FEATURES_VERSION = 1  # bump with any change to the features: old weights then refuse to load
MAX_WORDS = 3000  # a message has a few hundred words; a 1 MB paste must not stall a keystroke
RULE = f"{DETECTOR_RULE}words.{Category.BUZZWORD}"
_START, _END = "^", "$"


def word_contexts(words: Sequence[str]) -> list[tuple[str, str, str]]:
    """Every word with the lower-cased words before and after it: all a word's features
    depend on (the tagger keeps its probabilities by this key)."""
    lowered = [word.lower() for word in words]
    last = len(words) - 1
    return [
        (
            word,
            lowered[index - 1] if index > 0 else _START,
            lowered[index + 1] if index < last else _END,
        )
        for index, word in enumerate(words)
    ]


def word_feature_rows(words: Sequence[str]) -> list[tuple[int, ...]]:
    """The hashed features of every word, read with its neighbours (training reads these)."""
    return [word_features(*context) for context in word_contexts(words)]


@lru_cache(maxsize=8192)
def word_features(word: str, before: str, after: str) -> tuple[int, ...]:
    """Feature indices of one word: the word, its character n-grams, shape, length and the
    words on either side. Cached: a keystroke changes one word of a few hundred."""
    lower = word.lower()
    padded = f"<{lower}>"
    names = [f"w:{lower}"]
    for n in (3, 4, 5):
        names.extend(f"c{n}:{padded[k : k + n]}" for k in range(len(padded) - n + 1))
    shape = (
        ("H" if "-" in lower else "")
        + ("U" if word[:1].isupper() else "")
        + ("D" if any(ch.isdigit() for ch in lower) else "")
    )
    names += [f"s:{shape}", f"p:{before}", f"n:{after}", f"len:{min(len(lower), 15)}"]
    mask = (1 << FEATURE_BITS) - 1
    return tuple(zlib.crc32(name.encode("utf-8", "surrogatepass")) & mask for name in names)


_LINE_BREAK = re.compile(r"[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")


def flagged_runs(
    text: str, spans: Sequence[tuple[int, int]], probabilities: Sequence[float], cutoff: float
) -> list[tuple[int, int, float]]:
    """The runs of flagged words with only spaces between them ("digitale Transformation"),
    each with its highest probability; training chooses the cutoff on exactly these runs. A
    line break ends a run: the last word of a line and the first of the next are not one
    phrase (a greeting line, a list)."""
    runs: list[tuple[int, int, float]] = []
    for (start, end), probability in zip(spans, probabilities, strict=True):
        if probability < cutoff:
            continue
        gap = text[runs[-1][1] : start] if runs else ""
        if runs and not gap.strip() and not _LINE_BREAK.search(gap):
            first, _, best = runs[-1]
            runs[-1] = (first, end, max(best, probability))
        else:
            runs.append((start, end, probability))
    return runs


def buzzword_word_findings(draft: SplitDraft, ctx: RuleContext) -> list[Finding]:
    """One finding per run of adjacent words the tagger flags, in the draft's language."""
    tagger = ctx.word_tagger
    if tagger is None:
        return []
    matches = []
    for match in TAGGED_WORD_RE.finditer(draft.text):
        matches.append(match)
        if len(matches) >= MAX_WORDS:
            break
    if not matches:
        return []
    words = [m.group() for m in matches]
    probabilities = tagger.buzzword_probabilities(words, ctx.language)
    cutoff = tagger.cutoff(ctx.language)
    if len(matches) < SHORT_TEXT_WORDS:  # ordinary chat: only what the model is sure of
        cutoff = max(cutoff, SURE_IN_SHORT_TEXT)
    runs = flagged_runs(draft.text, [m.span() for m in matches], probabilities, cutoff)
    if not runs:
        return []
    explanation, suggestion = category_advice(Category.BUZZWORD, ctx.language)
    return [
        Finding(
            start=start,
            end=end,
            category=Category.BUZZWORD,
            severity=Severity.INFO,
            message=advice_message(explanation, confidence, ctx.german),
            suggestions=(suggestion,),
            rule=RULE,
        )
        for start, end, confidence in runs
    ]

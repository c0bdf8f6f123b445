"""Typical mass-message sentences found by meaning, with the category they stand for.

The catalog catches known wordings; this catches the same move in new words ("Ihr Profil hat
mich neugierig gemacht" ≈ "Ihr Profil hat mich sehr angesprochen", "Registration closes on
Sunday" ≈ "This offer is only available for a limited time"). A body sentence that restates a
sentence of the typical bank (``References.typical``) gets that sentence's category: generic
phrase, fake personalization, pressure or empty promise. Sentences tied to the recipient's
notes are never flagged, and a sentence the catalog already marks in the same category is
not marked twice. It needs an embedding model; without one, the catalog alone speaks.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from outreach_coach.core.model import Category, Finding, SentenceRole, Severity
from outreach_coach.core.score.contrast import CLAUSE_BREAK
from outreach_coach.core.score.merge_fields import MergeFields, merge_fields_of
from outreach_coach.core.score.personalization import MAX_SENTENCES
from outreach_coach.core.text.message_parts import frame_flags
from outreach_coach.core.text.split import Span, sentences, words

if TYPE_CHECKING:
    from collections.abc import Sequence

    from outreach_coach.core.model import Personalization, Recipient
    from outreach_coach.core.ports import Embedder
    from outreach_coach.core.score.references import References

# Findings of these categories already tell the user what is generic about a sentence; a
# generic-phrase match by meaning adds nothing to them.
_ALREADY_SAID = frozenset(
    {
        Category.GENERIC_PHRASE,
        Category.BUZZWORD,
        Category.EMPTY_PROMISE,
        Category.PRESSURE,
        Category.FAKE_PERSONALIZATION,
    }
)
MIN_WORDS = 3
# The bank holds whole moves, not exact wordings: a restatement of a fake compliment, a
# deadline or a promise counts a little below the model's paraphrase threshold (USE 0.60).
# Measured on the personal drafts of the score's data sets: about 1 % of their body sentences
# reach it, almost all of them asks for a call – which is why generic phrases (asks, thanks,
# openers) keep the full threshold.
BANK_MARGIN = 0.10
# Short pieces ("Have a good night.", "Waiting for your reply.") look alike to any model; they
# need the full paraphrase threshold.
SHORT_WORDS = 6

_WHY = {
    Category.GENERIC_PHRASE: (
        "er würde an jeden passen.",
        "it would fit anyone.",
    ),
    Category.FAKE_PERSONALIZATION: (
        "klingt persönlich, passt aber auf jede beliebige Person.",
        "it sounds personal but fits anyone at all.",
    ),
    Category.PRESSURE: (
        "künstlicher Zeitdruck, der bei Fremden wie eine Verkaufsmasche wirkt.",
        "manufactured urgency that reads like a sales trick to a stranger.",
    ),
    Category.EMPTY_PROMISE: (
        "ein Versprechen, das niemand halten kann, der die Person nicht kennt.",
        "a promise nobody can keep who does not know the person.",
    ),
}
_HINT = {
    Category.GENERIC_PHRASE: (
        "Durch etwas ersetzen, das nur für diese Person gilt – oder streichen.",
        "Replace it with something only true for this person – or cut it.",
    ),
    Category.FAKE_PERSONALIZATION: (
        "Konkret werden: ein Projekt, ein Beitrag, eine Aussage dieser Person.",
        "Be specific: a project, a post, something this person said.",
    ),
    Category.PRESSURE: (
        "Die Frist streichen; echtes Interesse braucht keinen Countdown.",
        "Drop the deadline; real interest needs no countdown.",
    ),
    Category.EMPTY_PROMISE: (
        "Ein belegbares Ergebnis aus einem echten Projekt nennen – oder streichen.",
        "Name a result you can back up from a real project – or cut it.",
    ),
}


def generic_sentence_findings(
    draft: str,
    recipient: Recipient,
    personalization: Personalization,
    existing: Sequence[Finding],
    language: str,
    embedder: Embedder | None,
    references: References | None,
) -> list[Finding]:
    """Body sentences (or their clauses) that say the same as a typical sentence of the bank:
    at most one finding per category and sentence, on the clause that matches best."""
    if embedder is None or references is None or not references.typical or not draft.strip():
        return []
    candidates = _candidates(draft, personalization)
    if not candidates:
        return []
    merge = merge_fields_of(recipient)
    units = [(span.start, unit) for span in candidates for unit in _units(span)]
    bank = [text for text, _ in references.typical]
    rows = embedder.similarity([_masked(merge, unit.text) for _, unit in units], bank)
    best = _best_per_sentence(units, rows, references, embedder.paraphrase_threshold)
    german = language == "de"
    specific = {start for start, category in best if category != Category.GENERIC_PHRASE}
    findings: list[Finding] = []
    for (start, category), (_, unit, column) in sorted(best.items(), key=lambda item: item[0][0]):
        if category == Category.GENERIC_PHRASE and start in specific:
            continue  # "fake compliment" says more than "generic"
        if not _already_marked(unit, category, existing):
            findings.append(_finding(unit, references.typical[column][0], category, german))
    return findings


def _best_per_sentence(
    units: list[tuple[int, Span]],
    rows: list[list[float]],
    references: References,
    strict: float,
) -> dict[tuple[int, Category], tuple[float, Span, int]]:
    """(sentence start, category) → the best (similarity, unit, bank index) that clears its
    threshold."""
    lenient = strict - BANK_MARGIN
    best: dict[tuple[int, Category], tuple[float, Span, int]] = {}
    for (sentence_start, unit), row in zip(units, rows, strict=True):
        if max(row, default=lenient) < lenient:
            continue  # nothing in the bank is close (most units): no threshold is lower
        short = _word_count(unit.text) < SHORT_WORDS
        for column, similarity in enumerate(row):
            category = references.typical[column][1]
            # asks and thanks overlap most with honest messages: they need a real paraphrase
            threshold = strict if short or category == Category.GENERIC_PHRASE else lenient
            if similarity < threshold:
                continue
            key = (sentence_start, category)
            if similarity > best.get(key, (-1.0, unit, -1))[0]:
                best[key] = (similarity, unit, column)
    return best


def _units(span: Span) -> list[Span]:
    """The sentence and, when it has several, its clauses (with their own offsets): "Gestatten
    Sie, dass ich mich kurz vorstelle: Ich bin Finanzcoach …" holds two moves."""
    clauses = _clauses(span.text)
    if len(clauses) < 2:
        return [span]
    return [
        span,
        *(Span(span.start + start, span.start + end, text) for start, end, text in clauses),
    ]


# Typing changes one sentence: what depends on a sentence's (or a clause's) text alone is
# kept for the next analysis (sentences are at most 1,000 characters, see split.sentences).
_KEPT = 1024


@lru_cache(maxsize=_KEPT)
def _clauses(sentence: str) -> tuple[tuple[int, int, str], ...]:
    """The sentence's clauses of at least ``MIN_WORDS`` words, offsets within the sentence."""
    clauses: list[tuple[int, int, str]] = []
    position = 0
    for piece in [*CLAUSE_BREAK.finditer(sentence), None]:
        end = piece.start() if piece is not None else len(sentence)
        text = sentence[position:end]
        stripped = text.strip()
        if _word_count(stripped) >= MIN_WORDS:
            offset = position + (len(text) - len(text.lstrip()))
            clauses.append((offset, offset + len(stripped), stripped))
        if piece is not None:
            position = piece.end()
    return tuple(clauses)


@lru_cache(maxsize=_KEPT)
def _word_count(text: str) -> int:
    return len(words(text))


@lru_cache(maxsize=_KEPT)
def _masked(merge: MergeFields, text: str) -> str:
    return merge.mask(text)


def _candidates(draft: str, personalization: Personalization) -> list[Span]:
    """Body sentences long enough to judge and not tied to the recipient."""
    spans = sentences(draft)[:MAX_SENTENCES]
    personal = {
        (fit.start, fit.end)
        for fit in personalization.sentences
        if fit.role == SentenceRole.PERSONAL
    }
    return [
        span
        for span, is_frame in zip(spans, frame_flags(spans), strict=True)
        if not is_frame
        and (span.start, span.end) not in personal
        and _word_count(span.text) >= MIN_WORDS
    ]


def _already_marked(span: Span, category: Category, existing: Sequence[Finding]) -> bool:
    overlapping = [f for f in existing if f.start < span.end and span.start < f.end]
    if category == Category.GENERIC_PHRASE:
        return any(f.category in _ALREADY_SAID for f in overlapping)
    return any(f.category == category for f in overlapping)


def _finding(span: Span, like: str, category: Category, german: bool) -> Finding:
    why = _WHY[category][0 if german else 1]
    hint = _HINT[category][0 if german else 1]
    message = (
        f"Sagt dasselbe wie ein typischer Satz aus Massennachrichten („{like}“) – {why}"
        if german
        else f"Says the same as a typical mass-message sentence (“{like}”) – {why}"
    )
    rule = "generic.meaning" if category == Category.GENERIC_PHRASE else f"meaning.{category}"
    return Finding(
        start=span.start,
        end=span.end,
        category=category,
        severity=Severity.INFO if category == Category.GENERIC_PHRASE else Severity.WARNING,
        message=message,
        suggestions=(hint,),
        rule=rule,
    )

"""Personalization: which facts from the notes the draft uses, and a score that explains itself.

Each fact from the notes is matched against the draft sentences twice: by its specific tokens
(names, numbers, rare words; a shared word stem counts, so German inflection does not hide a
match) and, when an embedder is loaded, by meaning. The score rewards using the notes' facts
and penalises a draft whose sentences connect to none of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from outreach_coach.core.model import FactUse, Personalization, Recipient
from outreach_coach.core.text import Span, lines_and_sentences, sentences, words

if TYPE_CHECKING:
    from outreach_coach.core.ports import Embedder

_STOPWORDS = frozenset(
    [
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "einen",
        "einem",
        "einer",
        "eines",
        "und",
        "oder",
        "aber",
        "auch",
        "als",
        "am",
        "an",
        "auf",
        "aus",
        "bei",
        "bin",
        "bis",
        "da",
        "dass",
        "dein",
        "deine",
        "du",
        "er",
        "es",
        "für",
        "hat",
        "hatte",
        "haben",
        "ich",
        "ihr",
        "ihre",
        "im",
        "in",
        "ist",
        "ja",
        "kann",
        "mit",
        "nach",
        "nicht",
        "noch",
        "nur",
        "ob",
        "schon",
        "sehr",
        "sein",
        "seine",
        "sich",
        "sie",
        "sind",
        "so",
        "über",
        "um",
        "uns",
        "unter",
        "viel",
        "vom",
        "von",
        "vor",
        "war",
        "was",
        "weil",
        "wenn",
        "werden",
        "wie",
        "wir",
        "wird",
        "zu",
        "zum",
        "zur",
        "zwischen",
        "hier",
        "dort",
        "gerne",
        "sowie",
        "seit",
        "the",
        "a",
        "an",
        "and",
        "or",
        "but",
        "also",
        "as",
        "at",
        "by",
        "for",
        "from",
        "has",
        "had",
        "have",
        "he",
        "her",
        "his",
        "i",
        "in",
        "is",
        "it",
        "its",
        "of",
        "on",
        "our",
        "she",
        "that",
        "the",
        "their",
        "them",
        "they",
        "this",
        "to",
        "was",
        "were",
        "with",
        "you",
        "your",
        "we",
        "about",
        "into",
        "over",
        "very",
        "just",
    ]
)
# Beyond this many sentences a draft is not a message any more; comparing more would only
# cost time (a 1 MB paste has thousands of sentences).
MAX_SENTENCES = 120
LEXICAL_THRESHOLD = 0.5


@dataclass(frozen=True, slots=True)
class _Token:
    key: str
    specific: bool


def _stem(word: str) -> str:
    lowered = word.lower()
    return lowered[:6] if len(lowered) > 6 else lowered


def _merged_stems(recipient: Recipient) -> frozenset[str]:
    """Name and company: a mail merge inserts them into any template, so they prove nothing."""
    return frozenset(_stem(span.text) for span in words(f"{recipient.name} {recipient.company}"))


def _fact_tokens(fact: str, merged: frozenset[str] = frozenset()) -> list[_Token]:
    tokens: list[_Token] = []
    for index, span in enumerate(words(fact)):
        lowered = span.text.lower()
        if lowered in _STOPWORDS or (len(lowered) < 3 and not lowered.isdigit()):
            continue
        if _stem(span.text) in merged:
            continue
        specific = (
            any(char.isdigit() for char in span.text)
            or (span.text[1:] != span.text[1:].lower())  # PyCon, AWS, GmbH
            or (index > 0 and span.text[0].isupper() and len(span.text) > 3)
        )
        tokens.append(_Token(_stem(span.text), specific))
    return tokens


def _lexical_match(
    fact: str, sentence_stems: list[set[str]], merged: frozenset[str]
) -> tuple[float, int]:
    """Weighted share of the fact's tokens found in the best sentence, and that sentence.

    The recipient's name and company do not count: they are what a mail merge fills in.
    """
    tokens = _fact_tokens(fact, merged)
    if not tokens or not sentence_stems:
        return 0.0, -1
    total = sum(2.0 if token.specific else 1.0 for token in tokens)
    best_share, best_index = 0.0, -1
    for index, stems in enumerate(sentence_stems):
        found = sum(2.0 if token.specific else 1.0 for token in tokens if token.key in stems)
        if found / total > best_share:
            best_share, best_index = found / total, index
    return best_share, best_index


def _fact_weight(fact: str, merged: frozenset[str]) -> float:
    """Specific facts (names, numbers, named things) count more than facts anyone shares."""
    tokens = _fact_tokens(fact, merged)
    specific = sum(token.specific for token in tokens)
    return 1.0 + min(specific, 3) * 0.5


def assess(
    draft: str,
    recipient: Recipient,
    language: str,
    embedder: Embedder | None = None,
) -> Personalization:
    """Score how much of the draft could only have been written to this recipient."""
    german = language == "de"
    facts = lines_and_sentences(recipient.notes)
    draft_sentences = sentences(draft)[:MAX_SENTENCES]
    method = f"wording + meaning ({embedder.name})" if embedder else "wording only"
    if not facts:
        return Personalization(
            score=0,
            facts=(),
            components={"coverage": 0.0, "personal_sentences": 0.0},
            hints=(
                (
                    "Notieren Sie, was Sie über diese Person wissen – Projekte, Vorträge, Beiträge."
                    if german
                    else "Note what you know about this person – projects, talks, posts."
                ),
            ),
            explanation=(
                "Keine Notizen zu dieser Person: Es gibt nichts, womit der Entwurf verglichen "
                "werden kann."
                if german
                else "No notes for this recipient: there is nothing to compare the draft with."
            ),
            method=method,
        )
    uses = _fact_uses(facts, draft_sentences, embedder, _merged_stems(recipient))
    return _score(uses, draft_sentences, german, method)


def _fact_uses(
    facts: list[Span],
    draft_sentences: list[Span],
    embedder: Embedder | None,
    merged: frozenset[str],
) -> list[FactUse]:
    sentence_stems = [{_stem(w.text) for w in words(s.text)} for s in draft_sentences]
    semantic: list[list[float]] = []
    if embedder is not None and draft_sentences:
        semantic = embedder.similarity([f.text for f in facts], [s.text for s in draft_sentences])
    threshold = embedder.match_threshold if embedder is not None else 1.0
    uses: list[FactUse] = []
    for fact_index, fact in enumerate(facts):
        lexical, lexical_best = _lexical_match(fact.text, sentence_stems, merged)
        meaning, meaning_best = 0.0, -1
        if semantic:
            row = semantic[fact_index]
            meaning_best = max(range(len(row)), key=row.__getitem__)
            meaning = row[meaning_best]
        used = lexical >= LEXICAL_THRESHOLD or meaning >= threshold
        best = lexical_best if lexical >= LEXICAL_THRESHOLD or meaning_best < 0 else meaning_best
        evidence = None
        if used and best >= 0:
            evidence = (draft_sentences[best].start, draft_sentences[best].end)
        uses.append(
            FactUse(
                text=fact.text,
                notes_start=fact.start,
                notes_end=fact.end,
                weight=_fact_weight(fact.text, merged),
                used=used,
                similarity=max(lexical, meaning),
                evidence=evidence,
            )
        )
    return uses


def _score(
    uses: list[FactUse], draft_sentences: list[Span], german: bool, method: str
) -> Personalization:
    total_weight = sum(use.weight for use in uses)
    used_weight = sum(use.weight for use in uses if use.used)
    # Nobody has to use every fact: two strong facts make a message personal.
    target = min(total_weight, 4.0)
    coverage = min(1.0, used_weight / target) if target else 0.0
    evidence_starts = {use.evidence[0] for use in uses if use.evidence}
    body = [s for s in draft_sentences if len(words(s.text)) > 3] or draft_sentences
    personal_share = sum(1 for s in body if s.start in evidence_starts) / len(body) if body else 0.0
    score = round(100 * (0.7 * coverage + 0.3 * min(1.0, personal_share * 2)))
    hints = _hints(uses, coverage, german)
    if german:
        explanation = (
            f"Nutzt {sum(u.used for u in uses)} von {len(uses)} Fakten aus den Notizen; "
            f"{round(personal_share * 100)} % der Sätze beziehen sich auf sie."
        )
    else:
        explanation = (
            f"Uses {sum(u.used for u in uses)} of {len(uses)} facts from the notes; "
            f"{round(personal_share * 100)} % of the sentences refer to them."
        )
    return Personalization(
        score=score,
        facts=tuple(uses),
        components={"coverage": coverage, "personal_sentences": personal_share},
        hints=hints,
        explanation=explanation,
        method=method,
    )


def _hints(uses: list[FactUse], coverage: float, german: bool) -> tuple[str, ...]:
    unused = sorted((u for u in uses if not u.used), key=lambda u: -u.weight)
    hints: list[str] = []
    for use in unused[:2]:
        hints.append(f"Erwähnen Sie: „{use.text}“" if german else f"Mention: “{use.text}”")
    if coverage == 0.0:
        hints.insert(
            0,
            "Kein Satz bezieht sich auf die Notizen – so könnte die Nachricht an jeden gehen."
            if german
            else "No sentence refers to the notes – this message could go to anyone.",
        )
    return tuple(hints[:3])

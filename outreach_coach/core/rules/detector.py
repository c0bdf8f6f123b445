"""The learned clause detector as a rule: every clause the model flags becomes a finding.

The catalog knows wordings; the detector (trained on the family corpus, see
training/train_detector.py and resources/models/DETECTOR.md) knows the moves behind them, so a
new wording of a known move is found too. It runs only once an embedding model is loaded; before
that, the catalog alone speaks. Form features are defined here, in core, so that the training
script and the app compute exactly the same numbers.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING

from outreach_coach.core.model import Category, Finding, Severity
from outreach_coach.core.rules.personal_context import content_words, names_the_notes
from outreach_coach.core.rules.wording import category_advice
from outreach_coach.core.score.merge_fields import merge_fields_of
from outreach_coach.core.text.split import WORD_RE

if TYPE_CHECKING:
    from collections.abc import Sequence, Set

    from outreach_coach.core.model import Recipient
    from outreach_coach.core.rules.catalog import Match
    from outreach_coach.core.rules.context import RuleContext
    from outreach_coach.core.text.draft import SplitDraft
    from outreach_coach.core.text.split import Span

# Categories the detector learns; template errors and form stay with the exact rules. Prices
# joined on 2026-12-02: the price rules know a floor for a few kinds of work only, and bargain
# framing ("Pakete schon ab 99 €", "from just 12p each") was found at span recall 0.19 / 0.24.
DETECTED = (
    Category.GENERIC_PHRASE,
    Category.BUZZWORD,
    Category.EMPTY_PROMISE,
    Category.PRESSURE,
    Category.FAKE_PERSONALIZATION,
    Category.PRICE_DUMPING,
)
MIN_CLAUSE_WORDS = 2
# A message has a few dozen clauses; beyond this the detector stops (the score stops at 120
# sentences for the same reason).
MAX_CLAUSES = 240
DETECTOR_RULE = "detector."  # prefix of every rule id the detector reports
# In a sentence that names something from the notes ("Your PyCon talk on data contracts really
# helped us, because every schema change breaks one of our dashboards") the detector speaks only
# when this sure: naming the person's facts is evidence against a template, though a fake
# compliment names them too. (Until 2026-12-02: 0.65, and for fake personalization only; the
# model retrained on 126 families called that sentence "fake" at 0.77 and its reason a
# "promise" at 0.69 in a draft full of stock moves.)
SURE_BESIDE_THE_NOTES = 0.8
# Out of context a short chat line ("See you in a couple of weeks!", "Till 2!") looks like a
# stock phrase: in a text of fewer words than this the detector speaks only when this sure.
# Outreach drafts this short are rare (3 of the corpus' 2,160); the catalog still reads them.
SHORT_TEXT_WORDS = 20
SURE_IN_SHORT_TEXT = 0.8
_YOU = re.compile(r"(?i)\b(?:sie|ihr\w*|du|dein\w*|dich|dir|euch|euer\w*|you|your\w*)\b")
_ME = re.compile(r"(?i)\b(?:ich|wir|uns\w*|mein\w*|mich|mir|i|we|our\w*|us|my|me)\b")
_DIGIT = re.compile(r"\d")


def form_feature_names() -> list[str]:
    """Names of the form features, in order (the model card lists them)."""
    return [
        *(f"catalog_clause_{c}" for c in DETECTED),
        *(f"catalog_draft_{c}" for c in DETECTED),
        "position",
        "first_sentence",
        "last_sentence",
        "question",
        "exclamation",
        "words_log",
        "digits",
        "capitalised_inner",
        "you_words",
        "me_words",
        "notes_overlap_clause",
        "notes_overlap_draft",
    ]


def form_features(
    draft: SplitDraft, clauses: list[Span], hits: Sequence[Match], notes: str
) -> list[list[float]]:
    """Per clause: catalog hits (in the clause and in the whole draft), where it stands, its
    form, and how much of it – and of the draft – echoes the recipient's notes (an ask after a
    concrete, personal reason is not a template)."""
    in_draft = [sum(1 for h in hits if h.entry.category == c) for c in DETECTED]
    draft_any = [min(count, 3) / 3 for count in in_draft]
    note_words = _note_words(notes)
    draft_overlap = _overlap(content_words(draft.text), note_words)
    last_sentence = draft.sentences[-1] if draft.sentences else None
    first_sentence = draft.sentences[0] if draft.sentences else None
    length = max(1, len(draft.text))
    rows: list[list[float]] = []
    for clause in clauses:
        own = [
            float(
                any(
                    h.entry.category == c and h.start < clause.end and clause.start < h.end
                    for h in hits
                )
            )
            for c in DETECTED
        ]
        sentence = draft.sentence_at(clause.start)
        tail = draft.text[clause.end : clause.end + 3]
        shape, words = _clause_form(clause.text)
        rows.append(
            [
                *own,
                *draft_any,
                clause.start / length,
                float(sentence is not None and sentence == first_sentence),
                float(sentence is not None and sentence == last_sentence),
                float("?" in tail or clause.text.endswith("?")),
                float("!" in tail or clause.text.endswith("!")),
                *shape,
                _overlap(words, note_words),
                draft_overlap,
            ]
        )
    return rows


# A keystroke changes one clause of a few dozen: what depends on a clause's text alone is kept.
_CLAUSES_KEPT = 1024


@lru_cache(maxsize=_CLAUSES_KEPT)
def _clause_form(text: str) -> tuple[tuple[float, ...], frozenset[str]]:
    """The features of a clause's own words (length, digits, capitalised words, you/I words)
    and its content words."""
    tokens = WORD_RE.findall(text)
    inner_caps = sum(1 for t in tokens[1:] if t[:1].isupper())
    shape = (
        min(len(tokens), 40) / 40,
        float(bool(_DIGIT.search(text))),
        min(inner_caps, 4) / 4,
        min(len(_YOU.findall(text)), 3) / 3,
        min(len(_ME.findall(text)), 3) / 3,
    )
    return shape, frozenset(content_words(text))


@lru_cache(maxsize=16)
def _note_words(notes: str) -> frozenset[str]:
    return frozenset(content_words(notes))


def detector_clauses(draft: SplitDraft) -> list[Span]:
    """The clauses the detector judges: long enough to mean something, and no more than
    ``MAX_CLAUSES`` (a 1 MB paste must not embed thousands of clauses on every keystroke)."""
    judged = [c for c in draft.clauses if len(WORD_RE.findall(c.text)) >= MIN_CLAUSE_WORDS]
    return judged[:MAX_CLAUSES]


def clause_sentences(draft: SplitDraft, clauses: list[Span]) -> list[str]:
    """The sentence each clause stands in: the context that tells a polite ask after a
    personal reason from a stock ask."""
    result = []
    for clause in clauses:
        sentence = draft.sentence_at(clause.start)
        result.append(sentence.text if sentence is not None else clause.text)
    return result


def detector_findings(draft: SplitDraft, ctx: RuleContext) -> list[Finding]:
    """One finding per clause and category the detector flags, the clause quoted."""
    if ctx.detector is None:
        return []
    clauses = detector_clauses(draft)
    if not clauses:
        return []
    form = form_features(draft, clauses, ctx.matches(draft.text), ctx.recipient.notes)
    verdicts = ctx.detector.detect(
        [c.text for c in clauses], clause_sentences(draft, clauses), form, ctx.language
    )
    short = (
        sum(1 for _ in islice(WORD_RE.finditer(draft.text), SHORT_TEXT_WORDS)) < SHORT_TEXT_WORDS
    )
    findings: list[Finding] = []
    for clause, flagged in zip(clauses, verdicts, strict=True):
        for name, confidence in flagged:
            category = Category(name)
            if short and confidence < SURE_IN_SHORT_TEXT:
                continue
            if confidence < SURE_BESIDE_THE_NOTES and _names_the_notes(
                draft, clause, ctx.recipient
            ):
                continue
            explanation, suggestion = category_advice(category, ctx.language)
            findings.append(
                Finding(
                    start=clause.start,
                    end=clause.end,
                    category=category,
                    severity=Severity.WARNING if confidence >= 0.8 else Severity.INFO,
                    message=advice_message(explanation, confidence, ctx.german),
                    suggestions=(suggestion,),
                    rule=f"{DETECTOR_RULE}{category}",
                )
            )
    return findings


def _names_the_notes(draft: SplitDraft, clause: Span, recipient: Recipient) -> bool:
    """The clause's sentence names something from the notes that a mail merge cannot fill in:
    "als Office-Managerin bei Heller Maschinenbau" is the profile's headline, the talk at
    PyCon is not."""
    note_words = _personal_note_words(recipient)
    if not note_words:
        return False
    sentence = draft.sentence_at(clause.start)
    text = sentence.text if sentence is not None else clause.text
    return names_the_notes(merge_fields_of(recipient).mask(text), note_words)


@lru_cache(maxsize=16)
def _personal_note_words(recipient: Recipient) -> frozenset[str]:
    """Content words of the notes without the merge fields (name, company, job title)."""
    return frozenset(content_words(merge_fields_of(recipient).mask(recipient.notes)))


def advice_message(explanation: str, confidence: float, german: bool) -> str:
    """The category's reason and how sure the model is (the panel quotes the words)."""
    reason = explanation[:1].upper() + explanation[1:]
    percent = min(99, round(confidence * 100))  # a model is never certain; "100 %" claims it is
    if german:
        return f"{reason} (Einschätzung des Modells: {percent} %)"
    return f"{reason} (the model's confidence: {percent} %)"


def _overlap(words: Set[str], notes: Set[str]) -> float:
    return len(words & notes) / len(words) if words and notes else 0.0

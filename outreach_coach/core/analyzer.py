"""Analyzer: one snapshot in, one report out. The same object serves the CLI and the GUI."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import accumulate
from typing import TYPE_CHECKING

from outreach_coach.core.history.mass_message import mass_message_findings
from outreach_coach.core.model import (
    Category,
    Channel,
    Finding,
    Recipient,
    Report,
    Snapshot,
    Suppression,
)
from outreach_coach.core.rules.by_meaning import generic_sentence_findings
from outreach_coach.core.rules.context import RuleContext
from outreach_coach.core.rules.detector import DETECTOR_RULE
from outreach_coach.core.rules.listening import measure
from outreach_coach.core.rules.personal_context import (
    without_asks_after_a_personal_reason,
    without_claims_quoted_from_the_notes,
    without_model_doubts_on_personal_sentences,
)
from outreach_coach.core.rules.registry import RULES
from outreach_coach.core.score.claims import unsupported_claims
from outreach_coach.core.score.memo import ScoreMemo
from outreach_coach.core.score.personalization import assess, with_limits
from outreach_coach.core.text.draft import SplitDraft
from outreach_coach.core.text.split import guess_language, words

if TYPE_CHECKING:
    from collections.abc import Mapping

    from outreach_coach.core.ports import ClauseDetector, Embedder, SentHistory, WordTagger
    from outreach_coach.core.rules.catalog import Catalog
    from outreach_coach.core.score.references import References

SUPPORTED_LANGUAGES = ("de", "en")


@dataclass(frozen=True, slots=True)
class Analyzer:
    """Compose the rules and the personalization score; immutable, so safe to share."""

    catalogs: Mapping[str, Catalog]
    embedder: Embedder | None = None
    references: Mapping[str, References] = field(default_factory=dict)
    history: SentHistory | None = None
    detector: ClauseDetector | None = None
    # the learned buzzword tagger (works without an embedding model)
    word_tagger: WordTagger | None = None
    # lower-case first name → "f"/"m" (assets.first_name_genders); empty: no inference
    first_names: Mapping[str, str] = field(default_factory=dict)
    # what the score reuses between keystrokes (results as if recomputed; see score/memo.py)
    memo: ScoreMemo = field(default_factory=ScoreMemo, compare=False, repr=False)

    def with_embedder(self, embedder: Embedder | None) -> Analyzer:
        """The same analyzer with a (newly loaded) embedder."""
        return replace(self, embedder=embedder)

    def with_history(self, history: SentHistory | None) -> Analyzer:
        """The same analyzer checking drafts against the sent history."""
        return replace(self, history=history)

    def language_of(self, snapshot: Snapshot) -> str:
        if snapshot.language in SUPPORTED_LANGUAGES:
            return snapshot.language
        return guess_language(snapshot.text, default=_notes_language(snapshot.recipient.notes))

    def context(self, snapshot: Snapshot, language: str) -> RuleContext:
        """What every rule gets besides the draft."""
        return RuleContext(
            recipient=snapshot.recipient,
            language=language,
            channel=snapshot.channel,
            advised_words=snapshot.advised_words,
            catalog=self.catalogs.get(language),
            detector=self.detector,
            word_tagger=self.word_tagger,
            first_names=self.first_names,
        )

    def analyze(self, snapshot: Snapshot) -> Report:
        """Run every check on the snapshot; findings come back ordered by position."""
        language = self.language_of(snapshot)
        text = snapshot.text
        draft = SplitDraft.of(text)
        ctx = self.context(snapshot, language)
        findings = self.rule_findings(draft, ctx, snapshot.suppressions)
        faked = [(f.start, f.end) for f in findings if f.category == Category.FAKE_PERSONALIZATION]
        personalization = assess(
            text,
            snapshot.recipient,
            language,
            self.embedder,
            self.references.get(language),
            faked,
            self.memo,
        )
        generic = generic_sentence_findings(
            text,
            snapshot.recipient,
            personalization,
            findings,
            language,
            self.embedder,
            self.references.get(language),
        )
        if generic:  # a stock ask by meaning after a personal reason is as polite as by wording
            kept = without_asks_after_a_personal_reason([*findings, *generic], draft, ctx)
            generic = [finding for finding in generic if finding in kept]
        extra = [
            finding
            for finding in (
                *unsupported_claims(text, personalization, language, snapshot.recipient.notes),
                *generic,
                *self._mass_message_findings(text, snapshot.recipient, language),
            )
            if not any(s.covers(finding, text) for s in snapshot.suppressions)
        ]
        return Report(
            revision=snapshot.revision,
            language=language,
            personalization=with_limits(personalization, (*findings, *extra), language == "de"),
            findings=tuple(sorted((*findings, *extra), key=_reading_order)),
            metrics=measure(text, language),
            unread=snapshot.unread,
        )

    def _mass_message_findings(
        self, text: str, recipient: Recipient, language: str
    ) -> list[Finding]:
        if self.history is None or not text.strip():
            return []
        matches = self.history.similar(text, recipient)
        return mass_message_findings(text, matches, language, self.embedder)

    def findings(
        self,
        text: str,
        recipient: Recipient,
        language: str,
        channel: Channel = Channel.EMAIL,
        suppressions: tuple[Suppression, ...] = (),
        advised_words: int = 0,
    ) -> tuple[Finding, ...]:
        """The rules' findings for a text (without the score and the history)."""
        snapshot = Snapshot(0, text, recipient, language, channel, suppressions, advised_words)
        return self.rule_findings(
            SplitDraft.of(text), self.context(snapshot, language), suppressions
        )

    @staticmethod
    def rule_findings(
        draft: SplitDraft, ctx: RuleContext, suppressions: tuple[Suppression, ...] = ()
    ) -> tuple[Finding, ...]:
        """Every registered rule's findings, overlaps merged, minus the suppressed ones, in
        reading order."""
        ctx = ctx.with_catalog_matches(draft.text)
        found = [finding for rule in RULES for finding in rule(draft, ctx)]
        found = _without_detector_repeats(found)
        kept = _without_nested_buzzwords(_without_overlapping_duplicates(found))
        kept = without_claims_quoted_from_the_notes(kept, draft, ctx)
        kept = without_model_doubts_on_personal_sentences(kept, draft, ctx)
        kept = without_asks_after_a_personal_reason(kept, draft, ctx)
        if suppressions:
            kept = [f for f in kept if not any(s.covers(f, draft.text) for s in suppressions)]
        kept.sort(key=_reading_order)
        return tuple(kept)


@lru_cache(maxsize=16)
def _notes_language(notes: str) -> str:
    """The notes' language – the draft's when the draft alone does not tell – the same for
    every keystroke."""
    return guess_language(notes, default="en")


def merge_findings(
    own: tuple[Finding, ...],
    grammar: list[Finding],
    draft: str = "",
    recipient: Recipient | None = None,
) -> tuple[Finding, ...]:
    """Add grammar findings, except where the coach already marks the same words – and except
    "misspellings" of words the user wrote in the recipient's profile ("PyCon", "Nordlicht",
    the person's own name): the speller does not know them, the user does."""
    known = _profile_words(recipient) if recipient is not None else frozenset()
    kept = [
        extra
        for extra in grammar
        if not any(extra.start < mine.end and mine.start < extra.end for mine in own)
        and not (
            extra.category == Category.SPELLING
            and draft[extra.start : extra.end].casefold() in known
        )
    ]
    return tuple(sorted((*own, *kept), key=_reading_order))


def _profile_words(recipient: Recipient) -> frozenset[str]:
    profile = " ".join((recipient.name, recipient.company, recipient.notes))
    return frozenset(span.text.casefold() for span in words(profile))


def _without_overlapping_duplicates(found: list[Finding]) -> list[Finding]:
    """One finding per stretch of words and category: a phrase entry and a number rule on the
    same words ("verdoppeln Sie Ihren Umsatz") would otherwise say the same thing twice, and
    two entries on overlapping words ("Das Angebot gilt nur bis" + "nur bis Freitag") become
    one highlight over both.

    Sorted by start, the kept findings of a category stay disjoint, so the last one kept has
    the furthest end: a finding inside it is dropped, one reaching beyond it extends it.
    """
    found = sorted(found, key=lambda f: (f.start, -(f.end - f.start), f.rule))
    last: dict[str, int] = {}  # category → index in kept of its last finding
    kept: list[Finding] = []
    for finding in found:
        index = last.get(finding.category)
        if index is not None and finding.start < kept[index].end:
            if finding.end > kept[index].end:
                kept[index] = replace(kept[index], end=finding.end)
            continue
        last[finding.category] = len(kept)
        kept.append(finding)
    return kept


# A pitch, a promise or a fake compliment swallows its buzzwords: one highlight with the more
# useful reason. Spans never nest in docs/ANNOTATION.md, and the corpus writers marked the
# compliment, not the buzzword inside it ("Ihr innovatives Unternehmen": 24 of 28 such
# buzzwords were unmarked, `make quality` on 2026-12-01).
_SWALLOWS_BUZZWORDS = frozenset(
    {Category.GENERIC_PHRASE, Category.EMPTY_PROMISE, Category.FAKE_PERSONALIZATION}
)


def _without_detector_repeats(found: list[Finding]) -> list[Finding]:
    """The detector marks whole clauses; where the catalog or an exact rule already marks words
    of the same category there, its precise span and specific reason win."""
    exact = [f for f in found if not f.rule.startswith(DETECTOR_RULE)]
    return [
        f
        for f in found
        if not f.rule.startswith(DETECTOR_RULE)
        or not any(e.category == f.category and e.start < f.end and f.start < e.end for e in exact)
    ]


def _without_nested_buzzwords(found: list[Finding]) -> list[Finding]:
    """A buzzword inside a pitch, a promise or a fake compliment ("we are a leading agency",
    "10x your revenue", "Ihr innovatives Unternehmen") is already covered by it: one highlight
    with the more useful reason is enough.

    Stronger spans sorted by start with a running maximum of their ends: a buzzword is covered
    exactly when the furthest end among the spans starting at or before it reaches its end.
    """
    stronger = sorted((f.start, f.end) for f in found if f.category in _SWALLOWS_BUZZWORDS)
    if not stronger:
        return found
    starts = [start for start, _ in stronger]
    furthest = list(accumulate((end for _, end in stronger), max))
    kept: list[Finding] = []
    for finding in found:
        if finding.category == Category.BUZZWORD:
            index = bisect_right(starts, finding.start) - 1
            if index >= 0 and furthest[index] >= finding.end:
                continue
        kept.append(finding)
    return kept


def _reading_order(finding: Finding) -> tuple[int, int, str]:
    """Findings are listed and navigated in the order a reader meets them."""
    return finding.start, finding.end, finding.rule

"""Sent-history matching by meaning: a reworded template is still the same template.

The library finds copies by shared wording (MinHash). A template whose sentences were
rephrased ("Ihr Profil hat mich beeindruckt" → "Ihr Profil hat mich direkt angesprochen")
shares few word triples but nearly every sentence's meaning; the embedding model finds those,
among the most recent messages.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from outreach_coach.core.history.mass_message import REWORDED_MARGIN, WARN_SIMILARITY
from outreach_coach.core.model import SentMatch
from outreach_coach.core.text.message_parts import frame_flags
from outreach_coach.core.text.split import sentences

if TYPE_CHECKING:
    from outreach_coach.core.model import Recipient
    from outreach_coach.core.ports import Embedder, SentHistory

# (recipient, sent_at, text) of the newest sent messages
RecentMessages = Callable[[], Sequence[tuple[str, str, str]]]
RECENT_LIMIT = 200
MIN_BODY_SENTENCES = 2
# A draft sentence restates an old one above the model's match threshold plus REWORDED_MARGIN
# (USE: 0.38); no pair of personal drafts to different people in the dev sets shares 60 % of
# its sentences at that level.


@lru_cache(maxsize=1024)
def _body(text: str) -> tuple[str, ...]:
    """Body sentences of a message (cached: the same sent messages are compared on every
    keystroke)."""
    spans = sentences(text)[:60]
    return tuple(s.text for s, frame in zip(spans, frame_flags(spans), strict=True) if not frame)


# Draft sentences whose hits among the recent messages are kept per history (a keystroke
# changes one sentence; the others' hits are reused).
_KEPT_ROWS = 512


class _RecentIndex:
    """The body sentences of the recent messages, in one list, with each message's range in
    it, and per draft sentence the messages it paraphrases (made on first use)."""

    def __init__(self, recent: Sequence[tuple[str, str, str]], threshold: float) -> None:
        self.sentences: list[str] = []
        self.ranges: list[tuple[int, int]] = []
        self._threshold = threshold
        for _, _, old_text in recent:
            begin = len(self.sentences)
            self.sentences.extend(_body(old_text))
            self.ranges.append((begin, len(self.sentences)))
        self._hits: dict[str, tuple[int, ...]] = {}

    def hits(self, body: Sequence[str], embedder: Embedder) -> list[tuple[int, ...]]:
        """Per draft sentence, the indices of the messages with a body sentence it restates
        (highest similarity at least the threshold); only sentences not seen before are
        compared. Kept as indices, not similarities: a keystroke then counts a few hits
        instead of comparing every sentence with every message again."""
        new = [sentence for sentence in dict.fromkeys(body) if sentence not in self._hits]
        if new:
            if len(self._hits) + len(new) > _KEPT_ROWS:
                self._hits.clear()  # the hits of this draft's other sentences go too
                new = list(dict.fromkeys(body))
            threshold = self._threshold
            for sentence, row in zip(new, embedder.similarity(new, self.sentences), strict=True):
                self._hits[sentence] = tuple(
                    index
                    for index, (begin, end) in enumerate(self.ranges)
                    if end > begin and max(row[begin:end]) >= threshold
                )
        return [self._hits[sentence] for sentence in body]


class MeaningAwareHistory:
    """``core.ports.SentHistory``: wording matches, plus messages whose sentences the draft
    paraphrases one by one (share of draft sentences with a paraphrase = the similarity).

    The recent messages' sentences are gathered once per set of recent messages, and each
    draft sentence is compared with them once: a keystroke compares only the sentence it
    changed (1,000 sent messages made every keystroke compare all of them again).
    """

    def __init__(self, wording: SentHistory, recent: RecentMessages, embedder: Embedder) -> None:
        self._wording = wording
        self._recent = recent
        self._embedder = embedder
        # the recent messages the index was made for, and the index (one value: the analysis
        # lane's worker reads it while a later job may replace it)
        self._state: tuple[tuple[tuple[str, str, str], ...], _RecentIndex] = (
            (),
            _RecentIndex((), 0.0),
        )

    def similar(self, text: str, recipient: Recipient) -> Sequence[SentMatch]:
        found = list(self._wording.similar(text, recipient))
        body = _body(text)
        if len(body) < MIN_BODY_SENTENCES:
            return found
        recent = tuple(self._recent())
        threshold = self._embedder.match_threshold + REWORDED_MARGIN
        state = self._state
        if state[0] != recent:
            state = self._state = (recent, _RecentIndex(recent, threshold))
        index_of_recent = state[1]
        if not index_of_recent.sentences:
            return found
        paraphrased = Counter(
            index for hits in index_of_recent.hits(body, self._embedder) for index in hits
        )
        name = recipient.name.strip().casefold()
        seen = {(m.recipient, m.sent_at) for m in found}
        for index in sorted(paraphrased):
            who, sent_at, old_text = recent[index]
            if (who, sent_at) in seen:
                continue
            share = paraphrased[index] / len(body)
            if share >= WARN_SIMILARITY:
                same = bool(name) and who.strip().casefold() == name
                found.append(SentMatch(who, sent_at, share, old_text, same, by_meaning=True))
        return found

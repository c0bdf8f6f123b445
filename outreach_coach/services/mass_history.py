"""Sent-history matching by meaning: a reworded template is still the same template.

The library finds copies by shared wording (MinHash). A template whose sentences were
rephrased ("Ihr Profil hat mich beeindruckt" → "Ihr Profil hat mich direkt angesprochen")
shares few word triples but nearly every sentence's meaning; the embedding model finds those,
among the most recent messages.
"""

from __future__ import annotations

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


# Rows of draft sentences against the recent messages kept per history (a keystroke changes
# one sentence; the others' rows are reused).
_KEPT_ROWS = 512


class _RecentIndex:
    """The body sentences of the recent messages, in one list, with each message's range in
    it, and per draft sentence its best similarity to each message (made on first use)."""

    def __init__(self, recent: Sequence[tuple[str, str, str]]) -> None:
        self.sentences: list[str] = []
        self.ranges: list[tuple[int, int]] = []
        for _, _, old_text in recent:
            begin = len(self.sentences)
            self.sentences.extend(_body(old_text))
            self.ranges.append((begin, len(self.sentences)))
        self._best: dict[str, list[float]] = {}

    def best(self, body: Sequence[str], embedder: Embedder) -> list[list[float]]:
        """Per draft sentence, the highest similarity to any body sentence of each message
        (-1 for a message without body sentences); only sentences not seen before are
        compared."""
        new = [sentence for sentence in dict.fromkeys(body) if sentence not in self._best]
        if new:
            if len(self._best) + len(new) > _KEPT_ROWS:
                self._best.clear()  # the rows of this draft's other sentences go too
                new = list(dict.fromkeys(body))
            for sentence, row in zip(new, embedder.similarity(new, self.sentences), strict=True):
                self._best[sentence] = [
                    max(row[begin:end]) if end > begin else -1.0 for begin, end in self.ranges
                ]
        return [self._best[sentence] for sentence in body]


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
        self._state: tuple[tuple[tuple[str, str, str], ...], _RecentIndex] = ((), _RecentIndex(()))

    def similar(self, text: str, recipient: Recipient) -> Sequence[SentMatch]:
        found = list(self._wording.similar(text, recipient))
        body = _body(text)
        if len(body) < MIN_BODY_SENTENCES:
            return found
        recent = tuple(self._recent())
        state = self._state
        if state[0] != recent:
            state = self._state = (recent, _RecentIndex(recent))
        index_of_recent = state[1]
        if not index_of_recent.sentences:
            return found
        best = index_of_recent.best(body, self._embedder)
        threshold = self._embedder.match_threshold + REWORDED_MARGIN
        name = recipient.name.strip().casefold()
        seen = {(m.recipient, m.sent_at) for m in found}
        for index, (who, sent_at, old_text) in enumerate(recent):
            begin, end = index_of_recent.ranges[index]
            if (who, sent_at) in seen or end == begin:
                continue
            paraphrased = sum(row[index] >= threshold for row in best)
            share = paraphrased / len(body)
            if share >= WARN_SIMILARITY:
                same = bool(name) and who.strip().casefold() == name
                found.append(SentMatch(who, sent_at, share, old_text, same, by_meaning=True))
        return found

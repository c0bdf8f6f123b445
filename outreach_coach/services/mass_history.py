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


class MeaningAwareHistory:
    """``core.ports.SentHistory``: wording matches, plus messages whose sentences the draft
    paraphrases one by one (share of draft sentences with a paraphrase = the similarity)."""

    def __init__(self, wording: SentHistory, recent: RecentMessages, embedder: Embedder) -> None:
        self._wording = wording
        self._recent = recent
        self._embedder = embedder

    def similar(self, text: str, recipient: Recipient) -> Sequence[SentMatch]:
        found = list(self._wording.similar(text, recipient))
        body = _body(text)
        if len(body) < MIN_BODY_SENTENCES:
            return found
        seen = {(m.recipient, m.sent_at) for m in found}
        candidates = [m for m in self._recent() if (m[0], m[1]) not in seen]
        old_sentences: list[str] = []
        owners: list[int] = []
        for index, (_, _, old_text) in enumerate(candidates):
            for sentence in _body(old_text):
                old_sentences.append(sentence)
                owners.append(index)
        if not old_sentences:
            return found
        matrix = self._embedder.similarity(list(body), old_sentences)
        threshold = self._embedder.match_threshold + REWORDED_MARGIN
        name = recipient.name.strip().casefold()
        for index, (who, sent_at, old_text) in enumerate(candidates):
            columns = [c for c, owner in enumerate(owners) if owner == index]
            if not columns:
                continue
            paraphrased = sum(max(row[c] for c in columns) >= threshold for row in matrix)
            share = paraphrased / len(body)
            if share >= WARN_SIMILARITY:
                same = bool(name) and who.strip().casefold() == name
                found.append(SentMatch(who, sent_at, share, old_text, same, by_meaning=True))
        return found

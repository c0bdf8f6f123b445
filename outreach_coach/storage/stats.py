"""Reply statistics over the sent history: reply rate by score band, channel, length, questions
about the recipient and month, with the counts behind every bar. Qt-free: the Stats view and
``outreach-coach history stats`` show the same numbers.

A message counts as *replied* when marked so, as *no reply* when marked so or when it is not
marked and was sent at least the follow-up days ago, and as *waiting* otherwise; the reply rate
is replied / (replied + no reply), waiting messages are left out of it.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from outreach_coach.core.model import Channel
from outreach_coach.core.rules.form import BUDGETS
from outreach_coach.core.rules.listening import measure
from outreach_coach.core.score.policy import LEVELS
from outreach_coach.core.text.split import guess_language
from outreach_coach.storage.history import NO_REPLY, REPLIED

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from outreach_coach.storage.history import SentMessage

# Below this many decided messages (replied or not) a bar says nothing yet.
MIN_MESSAGES = 10
MAX_MONTHS = 24
DIMENSIONS = ("score", "channel", "length", "questions", "month")
CHANNELS = (str(Channel.LINKEDIN_NOTE), str(Channel.LINKEDIN_MESSAGE), str(Channel.EMAIL))
CSV_HEADER = ("dimension", "group", "messages", "replied", "no_reply", "waiting", "reply_rate")


@dataclass(frozen=True, slots=True)
class Bar:
    """One group of messages: how many got a reply, how many did not, how many still wait."""

    key: str
    replied: int = 0
    no_reply: int = 0
    waiting: int = 0

    @property
    def messages(self) -> int:
        return self.replied + self.no_reply + self.waiting

    @property
    def decided(self) -> int:
        return self.replied + self.no_reply

    @property
    def rate(self) -> float | None:
        return self.replied / self.decided if self.decided else None

    @property
    def enough(self) -> bool:
        """Enough messages to read anything into the rate."""
        return self.decided >= MIN_MESSAGES

    def to_dict(self) -> dict[str, object]:
        rate = self.rate
        return {
            "group": self.key,
            "messages": self.messages,
            "replied": self.replied,
            "no_reply": self.no_reply,
            "waiting": self.waiting,
            "reply_rate": None if rate is None else round(rate, 3),
            "enough": self.enough,
        }


@dataclass(frozen=True, slots=True)
class Breakdown:
    """The reply rate along one dimension; ``not_measured`` messages have no value for it
    (recorded before the app stored it, or outside the app)."""

    dimension: str
    bars: tuple[Bar, ...]
    not_measured: int = 0

    def to_dict(self) -> dict[str, object]:
        return {
            "dimension": self.dimension,
            "bars": [bar.to_dict() for bar in self.bars],
            "not_measured": self.not_measured,
        }


@dataclass(frozen=True, slots=True)
class ReplyStats:
    followup_days: int
    total: Bar
    breakdowns: tuple[Breakdown, ...]

    @property
    def enough(self) -> bool:
        return self.total.enough

    def breakdown(self, dimension: str) -> Breakdown:
        return next(b for b in self.breakdowns if b.dimension == dimension)

    def to_dict(self) -> dict[str, object]:
        return {
            "followup_days": self.followup_days,
            "min_messages_per_bar": MIN_MESSAGES,
            "total": self.total.to_dict(),
            "breakdowns": [b.to_dict() for b in self.breakdowns],
        }

    def rows(self) -> list[tuple[str, Bar]]:
        """(dimension, bar) for every bar, the total first (the table and the CSV)."""
        return [("total", self.total)] + [
            (b.dimension, bar) for b in self.breakdowns for bar in b.bars
        ]

    def to_csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(CSV_HEADER)
        for dimension, bar in self.rows():
            rate = bar.rate
            writer.writerow(
                (
                    dimension,
                    bar.key,
                    bar.messages,
                    bar.replied,
                    bar.no_reply,
                    bar.waiting,
                    "" if rate is None else f"{rate:.3f}",
                )
            )
        return out.getvalue()


def score_bands() -> tuple[tuple[int, int], ...]:
    """(low, high) per band, from the verdict levels (0–19, 20–49, 50–79, 80–100)."""
    floors = sorted({0, *(floor for floor, *_ in LEVELS)})
    return tuple((low, high - 1) for low, high in zip(floors, [*floors[1:], 101], strict=True))


def length_bands() -> tuple[tuple[int, int | None], ...]:
    """(low, high) in words, split where the channels' advised lengths end (50, 120, 200)."""
    limits = sorted({budget.advised_words for budget in BUDGETS.values()})
    lows = [1, *(limit + 1 for limit in limits)]
    highs: list[int | None] = [*limits, None]
    return tuple(zip(lows, highs, strict=True))


def band_key(low: int, high: int | None) -> str:
    return f"{low}+" if high is None else f"{low}-{high}"


def _state(message: SentMessage, cutoff: datetime) -> str:
    if message.reply in (REPLIED, NO_REPLY):
        return message.reply
    try:
        sent = datetime.fromisoformat(message.sent_at)
    except ValueError:
        return "waiting"
    if sent.tzinfo is None:
        sent = sent.replace(tzinfo=UTC)
    return NO_REPLY if sent <= cutoff else "waiting"


def _count(key: str, states: Sequence[str]) -> Bar:
    return Bar(
        key,
        replied=sum(1 for s in states if s == REPLIED),
        no_reply=sum(1 for s in states if s == NO_REPLY),
        waiting=sum(1 for s in states if s == "waiting"),
    )


def _breakdown(
    dimension: str,
    keys: Sequence[str],
    items: Sequence[tuple[SentMessage, str]],
    key_of: Callable[[SentMessage], str | None],
) -> Breakdown:
    grouped: dict[str, list[str]] = {key: [] for key in keys}
    not_measured = 0
    for message, state in items:
        key = key_of(message)
        if key is None or key not in grouped:
            not_measured += 1
        else:
            grouped[key].append(state)
    return Breakdown(
        dimension, tuple(_count(key, states) for key, states in grouped.items()), not_measured
    )


def _months(items: Sequence[tuple[SentMessage, str]]) -> list[str]:
    """Every month from the first message to the last (at most the last ``MAX_MONTHS``)."""
    present = sorted({m.sent_day().strftime("%Y-%m") for m, _ in items})
    if not present:
        return []
    year, month = int(present[0][:4]), int(present[0][5:7])
    months = []
    while f"{year:04d}-{month:02d}" <= present[-1]:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months[-MAX_MONTHS:]


def compute(
    messages: Sequence[SentMessage], followup_days: int, now: datetime | None = None
) -> ReplyStats:
    cutoff = (now or datetime.now(UTC)) - timedelta(days=followup_days)
    items = [(m, _state(m, cutoff)) for m in messages]

    def score_key(message: SentMessage) -> str | None:
        if message.score is None:
            return None
        return next(
            (band_key(lo, hi) for lo, hi in score_bands() if lo <= message.score <= hi), None
        )

    def words(message: SentMessage) -> int:
        if message.words is not None:
            return message.words
        return measure(message.text, guess_language(message.text)).words

    def length_key(message: SentMessage) -> str | None:
        count = words(message)
        for low, high in length_bands():
            if count >= low and (high is None or count <= high):
                return band_key(low, high)
        return None

    def questions_key(message: SentMessage) -> str | None:
        count = message.questions_about_them
        if count is None:
            count = measure(message.text, guess_language(message.text)).questions_about_them
        return "3+" if count >= 3 else str(count)

    breakdowns = (
        _breakdown("score", [band_key(lo, hi) for lo, hi in score_bands()], items, score_key),
        _breakdown("channel", CHANNELS, items, lambda m: m.channel or None),
        _breakdown("length", [band_key(lo, hi) for lo, hi in length_bands()], items, length_key),
        _breakdown("questions", ["0", "1", "2", "3+"], items, questions_key),
        _breakdown("month", _months(items), items, lambda m: m.sent_day().strftime("%Y-%m")),
    )
    return ReplyStats(followup_days, _count("all", [s for _, s in items]), breakdowns)

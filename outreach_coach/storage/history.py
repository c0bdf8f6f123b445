"""Sent history: what the user copied out for whom, searchable for near-duplicates.

Each message is stored with its MinHash signature and LSH band keys (core.near_duplicates), so
"is this draft nearly what I sent before?" is one indexed lookup, even over 100,000 messages.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from outreach_coach.core.model import SentMatch
from outreach_coach.storage.db import now_iso

if TYPE_CHECKING:
    import sqlite3
    from collections.abc import Sequence

    from outreach_coach.core.model import Recipient
    from outreach_coach.storage.db import Database

# At most this many candidates (most shared bands first) are compared signature by signature;
# those whose signatures agree this much are confirmed on their exact shingles.
MAX_CANDIDATES = 300
CONFIRM_FROM = 0.35
MAX_MATCHES = 20

# ``messages`` keeps reads of at most this many messages, for this many (profile, limit) pairs.
_KEEP_UP_TO = 1000
_KEPT_READS = 8

# Reply states: not marked yet, replied (on ``replied_on``), marked as "no reply".
NOT_MARKED, REPLIED, NO_REPLY = "", "replied", "no_reply"
FOLLOWUP_DAYS = "followup_days"  # library setting: no reply after this many days → follow up
DEFAULT_FOLLOWUP_DAYS = 7
_COLUMNS = (
    "id, profile_id, recipient, text, sent_at, reply, replied_on, score, channel, words,"
    " questions_about_them"
)


@dataclass(frozen=True, slots=True)
class SendMeasures:
    """What the coach measured when the message was copied (None: not measured)."""

    score: int | None = None
    channel: str = ""
    words: int | None = None
    questions_about_them: int | None = None


@dataclass(frozen=True, slots=True)
class SentMessage:
    id: int
    profile_id: int | None
    recipient: str
    text: str
    sent_at: str
    reply: str = NOT_MARKED
    replied_on: str = ""  # YYYY-MM-DD when replied
    score: int | None = None
    channel: str = ""
    words: int | None = None
    questions_about_them: int | None = None

    def sent_day(self) -> date:
        """The day it was sent, in local time (``sent_at`` is stored in UTC)."""
        return _local_day(self.sent_at)

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "profile_id": self.profile_id,
            "recipient": self.recipient,
            "sent_at": self.sent_at,
            "reply": self.reply or "none",
            "replied_on": self.replied_on or None,
            "score": self.score,
            "channel": self.channel or None,
            "words": self.words,
            "questions_about_them": self.questions_about_them,
            "text": self.text,
        }


def _local_day(iso: str) -> date:
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return date.fromisoformat(iso[:10])
    if moment.tzinfo is None:
        return moment.date()
    return moment.astimezone().date()


class HistoryStore:
    """Record sent messages and find the ones a draft resembles (``core.ports.SentHistory``)."""

    def __init__(self, db: Database) -> None:
        self._db = db
        # the last small ``messages`` read per (profile, limit), with the sent history's
        # version it was read at: the copy check asks for the newest 200 on every keystroke
        self._kept: dict[tuple[int | None, int], tuple[int, list[SentMessage]]] = {}
        self._reads = 0

    def record(
        self,
        text: str,
        recipient: str,
        profile_id: int | None = None,
        sent_at: str | None = None,
        measures: SendMeasures | None = None,
    ) -> int:
        """Store a sent message; words and questions about the recipient are measured here
        when the caller has no report (the score only comes from the coach)."""
        measured = _completed(text, measures or SendMeasures())
        with self._db.transaction() as connection:
            sent_id = _insert(connection, text, recipient, profile_id, sent_at or now_iso())
            connection.execute(
                "UPDATE sent SET score=?, channel=?, words=?, questions_about_them=? WHERE id=?",
                (
                    measured.score,
                    measured.channel,
                    measured.words,
                    measured.questions_about_them,
                    sent_id,
                ),
            )
            return sent_id

    def record_many(self, rows: Sequence[tuple[str, str, int | None, str]]) -> None:
        """(text, recipient, profile_id, sent_at) rows in one transaction (imports, benchmarks)."""
        with self._db.transaction() as connection:
            for text, recipient, profile_id, sent_at in rows:
                _insert(connection, text, recipient, profile_id, sent_at)

    def version(self) -> int:
        """The sent history's change counter (schema 6, kept by triggers in the file): every
        insert, edit and delete of a sent message raises it – in this connection or another
        process, a person's deletion cascading included – and nothing else does (a saved
        draft, notes, settings). Row ids cannot serve: SQLite reuses the largest after a
        delete."""
        with self._db.reading() as connection:
            return _version(connection)

    @property
    def reads(self) -> int:
        """How many times ``messages`` went to SQLite rather than returning its kept read
        (for tests and benchmarks: the copy check should not read on every keystroke)."""
        return self._reads

    def messages(self, profile_id: int | None = None, limit: int = 1000) -> list[SentMessage]:
        """Newest first; only those to ``profile_id`` when given. A read of at most
        ``_KEEP_UP_TO`` messages is kept while ``version()`` stays equal: the copy check by
        meaning reads the same newest 200 on every keystroke (2.2 ms), and the draft's
        autosave no longer throws that read away.

        The version is read before the rows, so the rows are at least as new as it; a read
        inside a transaction is not kept, as a rollback would lower the version again and a
        later change could bring the same number with other rows."""
        sql = f"SELECT {_COLUMNS} FROM sent"
        params: tuple[object, ...] = (limit,)
        if profile_id is not None:
            sql += " WHERE profile_id = ?"
            params = (profile_id, limit)
        key = (profile_id, limit)
        with self._db.reading() as connection:
            version = _version(connection)
            kept = self._kept.get(key)
            if kept is not None and kept[0] == version:
                return list(kept[1])
            rows = connection.execute(sql + " ORDER BY sent_at DESC, id DESC LIMIT ?", params)
            found = [SentMessage(*row) for row in rows.fetchall()]
            self._reads += 1
            if limit <= _KEEP_UP_TO and not connection.in_transaction:
                if len(self._kept) >= _KEPT_READS:
                    self._kept.clear()
                self._kept[key] = version, found
            return list(found)

    def get(self, sent_id: int) -> SentMessage | None:
        with self._db.reading() as connection:
            row = connection.execute(
                f"SELECT {_COLUMNS} FROM sent WHERE id=?", (sent_id,)
            ).fetchone()
        return SentMessage(*row) if row else None

    def mark_replied(self, sent_id: int, on: date | None = None) -> bool:
        """The recipient answered (on ``on``, today by default); False if there is no such
        message. A date before the message was sent, or in the future, is refused."""
        day = on or date.today()
        message = self.get(sent_id)
        if message is None:
            return False
        if day > date.today():
            raise ValueError(f"{day.isoformat()} is in the future")
        if day < message.sent_day():
            raise ValueError(
                f"{day.isoformat()} is before the message was sent "
                f"({message.sent_day().isoformat()})"
            )
        return self._set_reply(sent_id, REPLIED, day.isoformat())

    def mark_no_reply(self, sent_id: int) -> bool:
        return self._set_reply(sent_id, NO_REPLY, "")

    def unmark(self, sent_id: int) -> bool:
        return self._set_reply(sent_id, NOT_MARKED, "")

    def _set_reply(self, sent_id: int, state: str, replied_on: str) -> bool:
        with self._db.transaction() as connection:
            cursor = connection.execute(
                "UPDATE sent SET reply=?, replied_on=? WHERE id=?", (state, replied_on, sent_id)
            )
        return cursor.rowcount > 0

    def followups_due(self, days: int, now: datetime | None = None) -> list[SentMessage]:
        """Messages without a reply (not marked) sent at least ``days`` days ago, oldest first;
        only the newest message to each person (a follow-up replaces the one before)."""
        cutoff = (now or datetime.now(UTC)) - timedelta(days=max(0, days))
        with self._db.reading() as connection:
            rows = connection.execute(
                f"SELECT {_COLUMNS} FROM sent AS s WHERE reply = '' AND sent_at <= ?"
                " AND NOT EXISTS (SELECT 1 FROM sent AS later WHERE later.sent_at > s.sent_at"
                " AND (later.profile_id = s.profile_id OR (s.profile_id IS NULL"
                " AND later.profile_id IS NULL AND later.recipient = s.recipient)))"
                " ORDER BY sent_at, id",
                (cutoff.astimezone(UTC).isoformat(timespec="seconds"),),
            ).fetchall()
        return [SentMessage(*row) for row in rows]

    def delete(self, sent_id: int) -> bool:
        with self._db.transaction() as connection:
            return connection.execute("DELETE FROM sent WHERE id=?", (sent_id,)).rowcount > 0

    def count(self) -> int:
        with self._db.reading() as connection:
            return int(connection.execute("SELECT count(*) FROM sent").fetchone()[0])

    def similar(self, text: str, recipient: Recipient) -> list[SentMatch]:
        """Sent messages whose wording overlaps ``text`` by at least ``WARN_SIMILARITY``
        (names left out on both sides)."""
        from outreach_coach.core.history.mass_message import WARN_SIMILARITY  # see _insert
        from outreach_coach.core.history.near_duplicates import (
            band_keys,
            estimated_similarity,
            jaccard,
            name_words,
            shingles,
            signature,
            unpack,
        )

        own_names = name_words(recipient.name)
        sig = signature(text, own_names)
        keys = band_keys(sig)
        marks = ",".join("?" * len(keys))
        with self._db.reading() as connection:
            candidates = connection.execute(
                f"SELECT sent_id FROM sent_bands WHERE band IN ({marks})"
                " GROUP BY sent_id ORDER BY count(*) DESC LIMIT ?",
                (*keys, MAX_CANDIDATES),
            ).fetchall()
            if not candidates:
                return []
            ids = [row[0] for row in candidates]
            rows = connection.execute(
                "SELECT recipient, sent_at, text, signature FROM sent"
                f" WHERE id IN ({','.join('?' * len(ids))})",
                ids,
            ).fetchall()
        name = recipient.name.strip().casefold()
        mine = shingles(text, own_names)
        matches = []
        for who, sent_at, old_text, blob in rows:
            if estimated_similarity(sig, unpack(blob)) < CONFIRM_FROM:
                continue
            similarity = jaccard(mine, shingles(str(old_text), name_words(str(who))))
            if similarity >= WARN_SIMILARITY:
                same = bool(name) and str(who).strip().casefold() == name
                matches.append(SentMatch(str(who), str(sent_at), similarity, str(old_text), same))
        matches.sort(key=lambda m: m.similarity, reverse=True)
        return matches[:MAX_MATCHES]


def _version(connection: sqlite3.Connection) -> int:
    row = connection.execute("SELECT version FROM sent_version WHERE id = 1").fetchone()
    return int(row[0])


def _completed(text: str, measures: SendMeasures) -> SendMeasures:
    if measures.words is not None and measures.questions_about_them is not None:
        return measures
    from outreach_coach.core.rules.listening import measure  # see _insert
    from outreach_coach.core.text.split import guess_language

    metrics = measure(text, guess_language(text))
    return SendMeasures(
        measures.score,
        measures.channel,
        metrics.words if measures.words is None else measures.words,
        metrics.questions_about_them
        if measures.questions_about_them is None
        else measures.questions_about_them,
    )


def _insert(
    connection: sqlite3.Connection,
    text: str,
    recipient: str,
    profile_id: int | None,
    sent_at: str,
) -> int:
    """One message with its signature (names left out) and its LSH band keys.

    The text code is imported where used: opening the library before the window shows needs
    none of it."""
    from outreach_coach.core.history.near_duplicates import band_keys, name_words, pack, signature

    sig = signature(text, name_words(recipient))
    sent_id = connection.execute(
        "INSERT INTO sent (profile_id, recipient, text, sent_at, signature) VALUES (?,?,?,?,?)",
        (profile_id, recipient, text, sent_at, pack(sig)),
    ).lastrowid
    assert sent_id is not None
    connection.executemany(
        "INSERT INTO sent_bands (band, sent_id) VALUES (?, ?)",
        [(key, sent_id) for key in band_keys(sig)],
    )
    return sent_id

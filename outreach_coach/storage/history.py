"""Sent history: what the user copied out for whom, searchable for near-duplicates.

Each message is stored with its MinHash signature and LSH band keys (core.near_duplicates), so
"is this draft nearly what I sent before?" is one indexed lookup, even over 100,000 messages.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from outreach_coach.core.history.mass_message import WARN_SIMILARITY
from outreach_coach.core.history.near_duplicates import (
    band_keys,
    estimated_similarity,
    jaccard,
    name_words,
    pack,
    shingles,
    signature,
    unpack,
)
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


@dataclass(frozen=True, slots=True)
class SentMessage:
    id: int
    profile_id: int | None
    recipient: str
    text: str
    sent_at: str


class HistoryStore:
    """Record sent messages and find the ones a draft resembles (``core.ports.SentHistory``)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def record(
        self,
        text: str,
        recipient: str,
        profile_id: int | None = None,
        sent_at: str | None = None,
    ) -> int:
        with self._db.transaction() as connection:
            return _insert(connection, text, recipient, profile_id, sent_at or now_iso())

    def record_many(self, rows: Sequence[tuple[str, str, int | None, str]]) -> None:
        """(text, recipient, profile_id, sent_at) rows in one transaction (imports, benchmarks)."""
        with self._db.transaction() as connection:
            for text, recipient, profile_id, sent_at in rows:
                _insert(connection, text, recipient, profile_id, sent_at)

    def messages(self, profile_id: int | None = None, limit: int = 1000) -> list[SentMessage]:
        """Newest first; only those to ``profile_id`` when given."""
        sql = "SELECT id, profile_id, recipient, text, sent_at FROM sent"
        params: tuple[object, ...] = (limit,)
        if profile_id is not None:
            sql += " WHERE profile_id = ?"
            params = (profile_id, limit)
        with self._db.reading() as connection:
            rows = connection.execute(sql + " ORDER BY sent_at DESC, id DESC LIMIT ?", params)
            return [SentMessage(*row) for row in rows.fetchall()]

    def delete(self, sent_id: int) -> bool:
        with self._db.transaction() as connection:
            return connection.execute("DELETE FROM sent WHERE id=?", (sent_id,)).rowcount > 0

    def count(self) -> int:
        with self._db.reading() as connection:
            return int(connection.execute("SELECT count(*) FROM sent").fetchone()[0])

    def similar(self, text: str, recipient: Recipient) -> list[SentMatch]:
        """Sent messages whose wording overlaps ``text`` by at least ``WARN_SIMILARITY``
        (names left out on both sides)."""
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


def _insert(
    connection: sqlite3.Connection,
    text: str,
    recipient: str,
    profile_id: int | None,
    sent_at: str,
) -> int:
    """One message with its signature (names left out) and its LSH band keys."""
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

"""Drafts: the text being written, per person, saved while the user types."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from outreach_coach.storage.db import DB_NAME, busy_timeout, now_iso

if TYPE_CHECKING:
    from pathlib import Path

    from outreach_coach.storage.db import Database

_LAST_EDITED = "ORDER BY updated DESC, id DESC LIMIT 1"


@dataclass(frozen=True, slots=True)
class Draft:
    id: int
    profile_id: int | None
    text: str
    updated: str


class DraftStore:
    """One current draft per person (and one without a person); saving replaces it."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def save(self, profile_id: int | None, text: str) -> None:
        """Store ``text`` as the current draft for ``profile_id``, in one short transaction."""
        with self._db.transaction() as connection:
            row = connection.execute(
                "SELECT id FROM drafts WHERE profile_id IS ? ORDER BY updated DESC, id DESC"
                " LIMIT 1",
                (profile_id,),
            ).fetchone()
            if row is None:
                connection.execute(
                    "INSERT INTO drafts (profile_id, text, updated) VALUES (?, ?, ?)",
                    (profile_id, text, now_iso()),
                )
            else:
                connection.execute(
                    "UPDATE drafts SET text=?, updated=? WHERE id=?", (text, now_iso(), row[0])
                )

    def current(self, profile_id: int | None) -> Draft | None:
        with self._db.reading() as connection:
            row = connection.execute(
                "SELECT id, profile_id, text, updated FROM drafts WHERE profile_id IS ?"
                " ORDER BY updated DESC, id DESC LIMIT 1",
                (profile_id,),
            ).fetchone()
        return Draft(*row) if row else None

    def last_edited(self) -> Draft | None:
        """The draft the user worked on last (restored at start)."""
        with self._db.reading() as connection:
            row = connection.execute(
                f"SELECT id, profile_id, text, updated FROM drafts {_LAST_EDITED}"
            ).fetchone()
        return Draft(*row) if row else None

    def for_profile(self, profile_id: int) -> list[Draft]:
        with self._db.reading() as connection:
            rows = connection.execute(
                "SELECT id, profile_id, text, updated FROM drafts WHERE profile_id=?"
                " ORDER BY updated",
                (profile_id,),
            ).fetchall()
        return [Draft(*row) for row in rows]


def peek_last_edited(folder: Path) -> str | None:
    """The text of the draft worked on last, read straight from the library file in
    ``folder`` (read-only; no check, no migration, not the library's other modules): what the
    window shows at once, before the library is opened. ``""`` without a library file, None
    when the file cannot be read so (opening the library then says why)."""
    path = folder / DB_NAME
    if not path.exists():
        return ""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=busy_timeout())
        try:
            row = connection.execute(f"SELECT text FROM drafts {_LAST_EDITED}").fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else ""

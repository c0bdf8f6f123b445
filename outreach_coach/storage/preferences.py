"""Small persisted choices: suppressions ("ignore this match, because …") and settings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from outreach_coach.core.model import Suppression
from outreach_coach.storage.db import now_iso

if TYPE_CHECKING:
    from outreach_coach.storage.db import Database


class SuppressionStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, suppression: Suppression) -> None:
        """Remember it (the same rule and words again only update the reason)."""
        with self._db.transaction() as connection:
            connection.execute(
                "INSERT INTO suppressions (rule, text, reason, created) VALUES (?,?,?,?)"
                " ON CONFLICT (rule, text) DO UPDATE SET reason = excluded.reason",
                (suppression.rule, suppression.text, suppression.reason, now_iso()),
            )

    def all(self) -> tuple[Suppression, ...]:
        with self._db.reading() as connection:
            rows = connection.execute(
                "SELECT rule, text, reason FROM suppressions ORDER BY created, id"
            ).fetchall()
        return tuple(Suppression(rule, text, reason) for rule, text, reason in rows)

    def remove(self, rule: str, text: str = "") -> bool:
        with self._db.transaction() as connection:
            cursor = connection.execute(
                "DELETE FROM suppressions WHERE rule=? AND text=?", (rule, text)
            )
        return cursor.rowcount > 0


class SettingStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, key: str, default: str = "") -> str:
        with self._db.reading() as connection:
            row = connection.execute("SELECT value FROM settings WHERE key=?", (key,)).fetchone()
        return str(row[0]) if row else default

    def set(self, key: str, value: str) -> None:
        with self._db.transaction() as connection:
            connection.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

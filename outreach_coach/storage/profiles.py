"""People the user writes to: stored profiles with full-text search."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from outreach_coach.core.model import Recipient
from outreach_coach.storage.db import now_iso

if TYPE_CHECKING:
    import sqlite3

    from outreach_coach.storage.db import Database

_COLUMNS = (
    "id, name, salutation, company, role, notes, tags, address_form, email, url, created, updated"
)
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Profile:
    """One person: how to address them and what the user knows about them."""

    name: str
    salutation: str = ""
    company: str = ""
    role: str = ""
    notes: str = ""
    tags: tuple[str, ...] = ()
    address_form: str = ""  # "du", "sie" or "" (no preference)
    email: str = ""
    url: str = ""
    id: int | None = None
    created: str = ""
    updated: str = field(default="", compare=False)

    def recipient(self) -> Recipient:
        """What the analysis needs; the job title leads the notes, as a profile headline."""
        notes = self.notes
        if self.role and self.role.casefold() not in notes.casefold():
            headline = f"{self.role}, {self.company}" if self.company else self.role
            notes = f"{headline}\n{notes}" if notes else headline
        salutation = self.salutation or ("Du" if self.address_form == "du" else "")
        return Recipient(self.name, salutation, notes, self.company)

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "salutation": self.salutation,
            "company": self.company,
            "role": self.role,
            "notes": self.notes,
            "tags": list(self.tags),
            "address_form": self.address_form,
            "email": self.email,
            "url": self.url,
            "created": self.created,
            "updated": self.updated,
        }


def _row(row: sqlite3.Row | tuple[object, ...]) -> Profile:
    (pid, name, salutation, company, role, notes, tags, form, email, url, created, updated) = row
    return Profile(
        name=str(name),
        salutation=str(salutation),
        company=str(company),
        role=str(role),
        notes=str(notes),
        tags=tuple(t for t in str(tags).split(",") if t),
        address_form=str(form),
        email=str(email),
        url=str(url),
        id=int(str(pid)),
        created=str(created),
        updated=str(updated),
    )


def _fts_query(text: str) -> str:
    """Every word as a prefix, all required: "mül berl" finds "Müller, Berlin"."""
    return " AND ".join(f'"{token}"*' for token in _TOKEN.findall(text))


class ProfileStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, profile: Profile) -> Profile:
        stamp = now_iso()
        with self._db.transaction() as connection:
            return self._insert(connection, replace(profile, created=stamp, updated=stamp))

    def _insert(self, connection: sqlite3.Connection, profile: Profile) -> Profile:
        cursor = connection.execute(
            "INSERT INTO profiles (name, salutation, company, role, notes, tags, address_form,"
            " email, url, created, updated) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (
                profile.name,
                profile.salutation,
                profile.company,
                profile.role,
                profile.notes,
                ",".join(profile.tags),
                profile.address_form,
                profile.email,
                profile.url,
                profile.created or now_iso(),
                profile.updated or now_iso(),
            ),
        )
        return replace(profile, id=cursor.lastrowid)

    def update(self, profile: Profile) -> Profile:
        if profile.id is None:
            raise ValueError("profile has no id")
        updated = replace(profile, updated=now_iso())
        with self._db.transaction() as connection:
            connection.execute(
                "UPDATE profiles SET name=?, salutation=?, company=?, role=?, notes=?, tags=?,"
                " address_form=?, email=?, url=?, updated=? WHERE id=?",
                (
                    updated.name,
                    updated.salutation,
                    updated.company,
                    updated.role,
                    updated.notes,
                    ",".join(updated.tags),
                    updated.address_form,
                    updated.email,
                    updated.url,
                    updated.updated,
                    updated.id,
                ),
            )
        return updated

    def get(self, profile_id: int) -> Profile | None:
        with self._db.reading() as connection:
            row = connection.execute(
                f"SELECT {_COLUMNS} FROM profiles WHERE id=?", (profile_id,)
            ).fetchone()
        return _row(row) if row else None

    def delete(self, profile_id: int) -> bool:
        """Delete the person with their drafts and sent history (right to erasure)."""
        with self._db.transaction() as connection:
            cursor = connection.execute("DELETE FROM profiles WHERE id=?", (profile_id,))
        return cursor.rowcount > 0

    def duplicate(self, profile_id: int, suffix: str = " (2)") -> Profile | None:
        original = self.get(profile_id)
        if original is None:
            return None
        return self.add(replace(original, id=None, name=original.name + suffix))

    def all(self, limit: int = 10_000) -> list[Profile]:
        with self._db.reading() as connection:
            rows = connection.execute(
                f"SELECT {_COLUMNS} FROM profiles ORDER BY name COLLATE NOCASE LIMIT ?", (limit,)
            ).fetchall()
        return [_row(row) for row in rows]

    def count(self) -> int:
        with self._db.reading() as connection:
            return int(connection.execute("SELECT count(*) FROM profiles").fetchone()[0])

    def search(self, text: str, limit: int = 50) -> list[Profile]:
        """Profiles whose name, company, role, notes or tags contain every word (as a prefix),
        best matches first; an empty query lists everyone alphabetically."""
        query = _fts_query(text)
        if not query:
            return self.all(limit)
        with self._db.reading() as connection:
            rows = connection.execute(
                f"SELECT {', '.join('p.' + c.strip() for c in _COLUMNS.split(','))} "
                "FROM profiles_fts JOIN profiles p ON p.id = profiles_fts.rowid "
                "WHERE profiles_fts MATCH ? ORDER BY bm25(profiles_fts, 10, 5, 5, 1, 3) LIMIT ?",
                (query, limit),
            ).fetchall()
        return [_row(row) for row in rows]

    def find(self, name_or_id: str) -> Profile | None:
        """An id, an exact name (any case) or a search with exactly one hit."""
        if name_or_id.isascii() and name_or_id.isdigit() and len(name_or_id) < 19:  # SQLite int
            found = self.get(int(name_or_id))
            if found is not None:
                return found
        with self._db.reading() as connection:
            rows = connection.execute(
                f"SELECT {_COLUMNS} FROM profiles WHERE name = ? COLLATE NOCASE", (name_or_id,)
            ).fetchall()
        if len(rows) == 1:
            return _row(rows[0])
        hits = self.search(name_or_id, limit=2)
        return hits[0] if len(hits) == 1 else None

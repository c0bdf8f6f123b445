"""The user's library: one database, the stores on it, and the privacy operations."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from outreach_coach.storage.db import Database, open_database, open_memory_database
from outreach_coach.storage.drafts import DraftStore
from outreach_coach.storage.history import (
    DEFAULT_FOLLOWUP_DAYS,
    FOLLOWUP_DAYS,
    HistoryStore,
)
from outreach_coach.storage.preferences import SettingStore, SuppressionStore
from outreach_coach.storage.profiles import ProfileStore

if TYPE_CHECKING:
    from pathlib import Path

RECORD_HISTORY = "record_history"


class Library:
    """Profiles, drafts, sent history, suppressions and settings in one SQLite file."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.profiles = ProfileStore(db)
        self.drafts = DraftStore(db)
        self.history = HistoryStore(db)
        self.suppressions = SuppressionStore(db)
        self.settings = SettingStore(db)

    @classmethod
    def open(cls, folder: Path) -> Library:
        return cls(open_database(folder))

    @classmethod
    def in_memory(cls) -> Library:
        return cls(open_memory_database())

    @property
    def records_history(self) -> bool:
        return self.settings.get(RECORD_HISTORY, "1") == "1"

    def set_records_history(self, enabled: bool) -> None:
        self.settings.set(RECORD_HISTORY, "1" if enabled else "0")

    @property
    def followup_days(self) -> int:
        """No reply after this many days: the message shows among the follow-ups due."""
        value = self.settings.get(FOLLOWUP_DAYS, str(DEFAULT_FOLLOWUP_DAYS))
        return int(value) if value.isdigit() else DEFAULT_FOLLOWUP_DAYS

    def set_followup_days(self, days: int) -> None:
        self.settings.set(FOLLOWUP_DAYS, str(max(1, days)))

    def export_person(self, profile_id: int) -> dict[str, Any] | None:
        """Everything stored about one person, as JSON-ready data (GDPR access request)."""
        profile = self.profiles.get(profile_id)
        if profile is None:
            return None
        return {
            "profile": profile.to_dict(),
            "drafts": [
                {"text": d.text, "updated": d.updated} for d in self.drafts.for_profile(profile_id)
            ],
            "sent": [
                {
                    "recipient": m.recipient,
                    "text": m.text,
                    "sent_at": m.sent_at,
                    "reply": m.reply or "none",
                    "replied_on": m.replied_on,
                }
                for m in self.history.messages(profile_id, limit=1_000_000)
            ],
        }

    def close(self) -> None:
        self.db.close()

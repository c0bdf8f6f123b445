"""Connect the library to the analysis: the one place that knows both storage and services
(the layers below must not import each other)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from outreach_coach.services.mass_history import RECENT_LIMIT, MeaningAwareHistory

if TYPE_CHECKING:
    from outreach_coach.core.ports import Embedder, SentHistory
    from outreach_coach.storage.library import Library


def sent_history(library: Library, embedder: Embedder | None) -> SentHistory:
    """Wording matches from the library; with a model, reworded templates too."""
    if embedder is None:
        return library.history

    def recent() -> list[tuple[str, str, str]]:
        return [
            (m.recipient, m.sent_at, m.text) for m in library.history.messages(limit=RECENT_LIMIT)
        ]

    return MeaningAwareHistory(library.history, recent, embedder)

"""Connect the library to the analysis: the one place that knows both storage and services
(the layers below must not import each other)."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from outreach_coach.services.languagetool import (
    ENV_LANGUAGETOOL,
    GrammarSettings,
    settings_from_value,
)

if TYPE_CHECKING:  # the model's and the history's modules load where used: not at start-up
    from pathlib import Path

    from outreach_coach.core.ports import Embedder, SentHistory
    from outreach_coach.services.embedders import EmbedderChoice
    from outreach_coach.settings import Settings
    from outreach_coach.storage.library import Library


def grammar_settings(
    settings: Settings, explicit_url: str | None = None, cache_dir: Path | None = None
) -> GrammarSettings:
    """LanguageTool for this run: ``--languagetool-url``, else the environment, else settings."""
    if explicit_url:
        base = GrammarSettings(mode="url", url=explicit_url)
    elif os.environ.get(ENV_LANGUAGETOOL, "").strip():
        base = settings_from_value(os.environ[ENV_LANGUAGETOOL])
    else:
        base = GrammarSettings(
            mode=settings.grammar_mode,
            url=settings.grammar_url,
            directory=settings.grammar_directory,
        )
    return GrammarSettings(
        mode=base.mode,
        url=base.url,
        directory=base.directory,
        english_variant=settings.english_variant,
        mother_tongue=settings.mother_tongue,
        picky=settings.picky,
        disabled_rules=frozenset(settings.disabled_rules),
        disabled_categories=frozenset(settings.disabled_categories),
        cache_dir=str(cache_dir / "languagetool") if cache_dir else "",
    )


def embedder_choice(
    settings: Settings, backend: str | None = None, model: str | None = None
) -> EmbedderChoice | None:
    """The model for this run (None = wording only): options, environment, then settings."""
    from outreach_coach.services.embedders import ENV_EMBEDDINGS, configured_choice

    if backend == "off":
        return None
    if backend or model or os.environ.get(ENV_EMBEDDINGS, "").strip():
        if os.environ.get(ENV_EMBEDDINGS, "").strip() == "off" and not (backend or model):
            return None
        return configured_choice(backend, model)
    if settings.embeddings == "off":
        return None
    return configured_choice(settings.embeddings, settings.embedding_model or None)


def sent_history(library: Library, embedder: Embedder | None) -> SentHistory:
    """Wording matches from the library; with a model, reworded templates too."""
    from outreach_coach.services.mass_history import RECENT_LIMIT, MeaningAwareHistory

    if embedder is None:
        return library.history

    def recent() -> list[tuple[str, str, str]]:
        return [
            (m.recipient, m.sent_at, m.text) for m in library.history.messages(limit=RECENT_LIMIT)
        ]

    return MeaningAwareHistory(library.history, recent, embedder)

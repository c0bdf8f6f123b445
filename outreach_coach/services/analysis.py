"""Build the analyzer with the shipped catalogs and, when wanted, the default embedder."""

from __future__ import annotations

import logging

from outreach_coach.assets import builtin_catalogs
from outreach_coach.core.analyzer import Analyzer
from outreach_coach.errors import ServiceUnavailableError
from outreach_coach.services.embedders import EmbedderChoice, load_embedder

log = logging.getLogger(__name__)


def build_analyzer(embeddings: bool = True, choice: EmbedderChoice | None = None) -> Analyzer:
    """An analyzer ready for use; without a model it still runs every rule (wording only)."""
    analyzer = Analyzer(builtin_catalogs())
    if not embeddings:
        return analyzer
    try:
        return analyzer.with_embedder(load_embedder(choice or EmbedderChoice()))
    except ServiceUnavailableError as error:
        log.warning("embedding model unavailable, scoring by wording only: %s", error)
        return analyzer

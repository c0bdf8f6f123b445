"""The real models: no fake embedder anywhere."""

from __future__ import annotations

import pytest

from outreach_coach.errors import ServiceUnavailableError
from outreach_coach.services.embedders import CachedEmbedder, EmbedderChoice, load_embedder

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def use_embedder() -> CachedEmbedder:
    return load_embedder(EmbedderChoice("use"))


def test_paraphrase_beats_unrelated_in_german(use_embedder: CachedEmbedder) -> None:
    fact = "Sprach auf der PyCon DE über Data Contracts"
    paraphrase = (
        "Ihr Vortrag in Berlin über Vereinbarungen zwischen Datenproduzenten und -konsumenten"
    )
    unrelated = "Wir bieten IT-Dienstleistungen zu günstigen Preisen an."
    ((to_paraphrase, to_unrelated),) = use_embedder.similarity([fact], [paraphrase, unrelated])
    assert to_paraphrase > to_unrelated + 0.15
    assert to_paraphrase >= use_embedder.match_threshold


def test_cache_embeds_each_sentence_once(use_embedder: CachedEmbedder) -> None:
    before = use_embedder.misses
    use_embedder.similarity(["Grüße aus München", "Straße"], ["Grüße aus München"])
    use_embedder.similarity(["Grüße aus München"], ["Straße", "Grüße aus München"])
    assert use_embedder.misses - before == 2


def test_bundled_sentence_transformer_loads_offline() -> None:
    embedder = load_embedder(EmbedderChoice("sentence-transformers"))
    ((same, other),) = embedder.similarity(
        ["a talk about data contracts"], ["a presentation on data contracts", "cheap office chairs"]
    )
    assert same > other


def test_unknown_model_fails_with_a_clear_message() -> None:
    with pytest.raises(ServiceUnavailableError, match="Could not load"):
        load_embedder(EmbedderChoice("sentence-transformers", "/nonexistent/model-folder"))

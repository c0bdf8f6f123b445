"""``make train``'s word tagger: a quick run on a few families writes weights the app loads, with
a cutoff chosen on held-out families."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from outreach_coach.services.word_tagger import word_tagger_from_archive
from training import train_buzzwords

if TYPE_CHECKING:
    from pathlib import Path

    import pytest


def test_quick_training_writes_loadable_weights(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "buzzwords.npz"
    assert train_buzzwords.main(["--quick", "--out", str(out)]) == 0
    with np.load(out) as archive:
        tagger = word_tagger_from_archive({key: archive[key] for key in archive.files})
    assert tagger is not None
    for language in ("de", "en"):
        assert 0.5 <= tagger.cutoff(language) <= 1.01
    printed = capsys.readouterr().out
    assert "held-out buzzword runs" in printed


def test_runs_join_adjacent_words_only() -> None:
    from outreach_coach.core.rules.buzzword_words import flagged_runs

    text = "smarte digitale, agile Welt"
    spans = [(0, 6), (7, 15), (17, 22), (23, 27)]
    runs = flagged_runs(text, spans, [0.9, 0.8, 0.95, 0.1], 0.7)
    assert [(s, e) for s, e, _ in runs] == [(0, 15), (17, 22)]
    assert runs[0][2] == 0.9


def test_runs_end_at_a_line_break() -> None:
    """The last word of one line and the first of the next are two phrases, not one."""
    from outreach_coach.core.rules.buzzword_words import flagged_runs

    for newline in ("\n", "\r\n", "\u2028", " \n  "):
        text = f"agile{newline}Synergien nutzen"
        second = text.index("Synergien")
        spans = [(0, 5), (second, second + 9), (second + 10, second + 16)]
        runs = flagged_runs(text, spans, [0.9, 0.8, 0.95], 0.7)
        assert [(s, e) for s, e, _ in runs] == [(0, 5), (second, second + 16)]

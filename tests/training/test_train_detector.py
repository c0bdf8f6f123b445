"""The training script runs end to end (three families, the real model) and writes weights that
the app's detector loads with numpy alone – so `make train` cannot rot."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import numpy as np
import pytest

from outreach_coach.core.rules.detector import DETECTED
from training.train_detector import MIN_THRESHOLDS, main

if TYPE_CHECKING:
    from pathlib import Path

pytestmark = [pytest.mark.model, pytest.mark.slow]


def test_quick_training_writes_loadable_weights(tmp_path: Path) -> None:
    target = tmp_path / "detector.npz"
    assert main(["--quick", "--out", str(target)]) == 0
    with np.load(target) as archive:
        meta = json.loads(str(archive["meta"]))
        assert meta["categories"] == [str(c) for c in DETECTED]
        hidden = archive["use/hidden"]  # members × features × units
        assert archive["use/output"].shape == (hidden.shape[0], hidden.shape[2], len(DETECTED))
        assert archive["use/mean"].shape == (hidden.shape[1],)
        for language in ("de", "en"):
            thresholds = archive[f"use/{language}/thresholds"]
            assert thresholds.shape == (len(DETECTED),)
            assert ((thresholds >= MIN_THRESHOLDS[language]) & (thresholds <= 1.01)).all()
            weights = archive[f"use/{language}/context_weights"]
            assert weights.shape == (7 * len(DETECTED) + 2, len(DETECTED))
            assert archive[f"use/{language}/context_bias"].shape == (len(DETECTED),)
            assert np.isfinite(weights).all()


def test_the_nested_check_of_the_draft_context_runs(capsys: pytest.CaptureFixture[str]) -> None:
    from training.nested_context_check import main as nested_check

    assert nested_check(["--quick", "--groups", "1"]) == 0
    printed = capsys.readouterr().out
    for language in ("de", "en"):
        assert f"### {language}: 1 of 3 family groups checked" in printed
    names = tuple(f"| {category} |" for category in DETECTED)
    rows = [line for line in printed.splitlines() if line.startswith(names)]
    assert len(rows) == 2 * len(DETECTED)
    for row in rows:  # three precision / recall pairs, each a share
        pairs = [cell.strip() for cell in row.strip("|").split("|")[1:]]
        assert len(pairs) == 3
        for pair in pairs:
            precision, recall = (float(v) for v in pair.split(" / "))
            assert 0.0 <= precision <= 1.0
            assert 0.0 <= recall <= 1.0


def test_thresholds_are_chosen_anew_from_the_cached_predictions(tmp_path: Path) -> None:
    """``--thresholds-only``: a model right on every clause reaches the target precision at
    any threshold, so each language's floor is what it gets; predictions of another corpus
    are refused."""
    from training.detector_data import clause_set
    from training.train_detector import oof_path, rethreshold

    weights = {"use/hidden": np.zeros((1, 1, 1), dtype=np.float32)}
    for language in ("de", "en"):
        data = clause_set(language, casual=True)
        right = data.labels.astype(np.float32) * 0.99
        np.savez(oof_path("use", language, tmp_path), probabilities=right, families=data.families)
    chosen = rethreshold(weights, tmp_path)
    for language in ("de", "en"):
        floor = MIN_THRESHOLDS[language]
        assert chosen[f"use/{language}/thresholds"].tolist() == pytest.approx(
            [floor] * len(DETECTED)
        )
    with np.load(oof_path("use", "en", tmp_path)) as cached:
        shorter = {key: cached[key][:-1] for key in cached.files}
    np.savez(oof_path("use", "en", tmp_path), **shorter)
    with pytest.raises(SystemExit, match="another corpus"):
        rethreshold(weights, tmp_path)

"""The training script runs end to end (three families, the real model) and writes weights that
the app's detector loads with numpy alone – so `make train` cannot rot."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import numpy as np
import pytest

from outreach_coach.core.rules.detector import DETECTED
from training.train_detector import main

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
            assert ((thresholds >= 0.5) & (thresholds <= 1.01)).all()

"""The quality script that docs/QUALITY.md quotes for new writers runs end to end on a small
folder with the real model – so `make quality` cannot rot between its (long) runs."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from training.quality_new_writers import main as quality_new_writers

pytestmark = [pytest.mark.model, pytest.mark.slow]

CORPUS = Path(__file__).resolve().parents[2] / "training" / "corpus"


def test_new_writers_tables_for_a_small_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for language in ("de", "en"):
        (tmp_path / language).mkdir()
        shutil.copy(CORPUS / language / "podcasts.toml", tmp_path / language)
    monkeypatch.setattr(sys, "argv", ["quality_new_writers", "--folder", str(tmp_path)])
    assert quality_new_writers() == 0
    printed = capsys.readouterr().out
    for language in ("de", "en"):
        for coach in ("catalog and rules", "catalog, rules and detector"):
            assert f"### {language}, {coach} – new writers (1 families, 12 drafts)" in printed
    totals = [line for line in printed.splitlines() if line.startswith("| **all** |")]
    assert len(totals) == 4
    recalls = [float(line.split("|")[3].strip(" *")) for line in totals]
    assert all(0.0 <= recall <= 1.0 for recall in recalls)
    # per language, catalog alone then with the detector: on a family it was trained on, the
    # detector finds more
    assert recalls[1] > recalls[0]
    assert recalls[3] > recalls[2]
    assert printed.count("clean personal drafts with a coaching finding: ") == 4


def test_an_empty_folder_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", ["quality_new_writers", "--folder", str(tmp_path)])
    assert quality_new_writers() == 0
    assert "no families in" in capsys.readouterr().out
